#!/usr/bin/env python3
"""Unit tests of scripts/import-circles, on tiny crates written to a temporary directory.

Run: python3 scripts/test_import_circles.py (`.ci/run` does).
"""
import contextlib
import importlib.machinery
import importlib.util
import io
import pathlib
import tempfile
import textwrap
import unittest

SCRIPT = pathlib.Path(__file__).resolve().parent / "import-circles"
_loader = importlib.machinery.SourceFileLoader("import_circles", str(SCRIPT))
_spec = importlib.util.spec_from_loader("import_circles", _loader)
import_circles = importlib.util.module_from_spec(_spec)
_loader.exec_module(import_circles)


class Crate:
    """A crate of the given files (path relative to the crate -> source) in a temp dir."""

    def __init__(self, files):
        self._dir = tempfile.TemporaryDirectory()
        self.path = pathlib.Path(self._dir.name) / "krate"
        for name, source in files.items():
            file = self.path / name
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(textwrap.dedent(source))

    def circles(self):
        """Each circle as the set of its files, relative to the crate."""
        found = import_circles.circles([self.path], self.path)
        return [set(files) for files, _ in found]

    def close(self):
        self._dir.cleanup()


class ImportCirclesTest(unittest.TestCase):
    def crate(self, files):
        crate = Crate(files)
        self.addCleanup(crate.close)
        return crate

    def test_sibling_circle_through_use(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\n",
            "src/a.rs": "use crate::b::B;\npub struct A(B);\n",
            "src/b.rs": "use crate::a::A;\npub struct B;\nfn f(_: A) {}\n",
        })
        self.assertEqual(crate.circles(), [{"src/a.rs", "src/b.rs"}])

    def test_fully_qualified_path_in_code_is_an_edge(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\n",
            "src/a.rs": "pub fn f() { crate::b::g() }\n",
            "src/b.rs": "pub fn g() {}\npub fn h() -> crate::a::T { todo!() }\npub struct T;\n",
        })
        self.assertEqual(crate.circles(), [{"src/a.rs", "src/b.rs"}])

    def test_one_way_is_no_circle(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\npub use a::A;\npub use b::B;\n",
            "src/a.rs": "use crate::B;\npub struct A(B);\n",
            "src/b.rs": "pub struct B;\n",
        })
        self.assertEqual(crate.circles(), [])

    def test_comments_and_strings_are_not_paths(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\n",
            "src/a.rs": "use crate::b::B;\npub struct A(B);\n",
            "src/b.rs": (
                "// use crate::a::A;\n/* crate::a::A /* nested */ crate::a::A */\n"
                "/// [`A`](crate::a::A)\npub struct B;\n"
                "const S: &str = \"crate::a::A\";\nconst R: &str = r#\"crate::a::A\"#;\n"
                "const C: char = '\"';\nfn f<'a>(x: &'a str) -> &'a str { x }\n"
            ),
        })
        self.assertEqual(crate.circles(), [])

    def test_crate_root_re_exports_resolve_to_the_defining_module(self):
        # Every module names the root's re-exports: that is no circle with the root, but a
        # circle between the defining modules is found through them.
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\npub use a::A;\npub use b::{B as Bee};\n",
            "src/a.rs": "pub struct A(crate::Bee);\n",
            "src/b.rs": "use crate::A;\npub struct B(Box<A>);\n",
        })
        self.assertEqual(crate.circles(), [{"src/a.rs", "src/b.rs"}])

    def test_folders_mod_rs_and_path_attribute(self):
        crate = self.crate({
            "src/lib.rs": "mod outer;\n#[path = \"elsewhere/renamed.rs\"]\nmod other;\n",
            "src/outer.rs": "mod inner;\n",
            "src/outer/inner/mod.rs": "pub fn f() { crate::other::g() }\n",
            "src/elsewhere/renamed.rs": "pub fn g() {}\npub fn h() { crate::outer::inner::f() }\n",
        })
        self.assertEqual(
            crate.circles(), [{"src/outer/inner/mod.rs", "src/elsewhere/renamed.rs"}])

    def test_super_re_exported_from_a_sibling_is_an_edge_to_the_sibling(self):
        crate = self.crate({
            "src/lib.rs": "mod layer;\n",
            "src/layer/mod.rs": "mod a;\nmod b;\npub use a::A;\npub use b::B;\n",
            "src/layer/a.rs": "use super::B;\npub struct A(B);\n",
            "src/layer/b.rs": "pub struct B;\nfn f(_: super::A) {}\n",
        })
        self.assertEqual(crate.circles(), [{"src/layer/a.rs", "src/layer/b.rs"}])

    def test_facade_re_export_above_a_child_using_the_parent_is_no_circle(self):
        crate = self.crate({
            "src/lib.rs": "mod layer;\n",
            "src/layer/mod.rs": "mod a;\npub use a::A;\npub struct Error;\n",
            "src/layer/a.rs": "use super::Error;\npub struct A(Error);\n",
        })
        self.assertEqual(crate.circles(), [])

    def test_parent_using_a_child_that_uses_the_parent_is_a_circle(self):
        crate = self.crate({
            "src/lib.rs": "mod layer;\n",
            "src/layer/mod.rs": (
                "mod a;\npub use a::A;\npub struct Error;\npub fn run() -> A { todo!() }\n"
            ),
            "src/layer/a.rs": "use super::Error;\npub struct A(Error);\n",
        })
        self.assertEqual(crate.circles(), [{"src/layer/mod.rs", "src/layer/a.rs"}])

    def test_relative_child_paths_and_grouped_use_trees(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\nuse a::{self, x::{X}};\n",
            "src/a.rs": "pub mod x { pub struct X; }\npub fn f() -> crate::b::B { todo!() }\n",
            "src/b.rs": "use crate::{a::{x::X, f as g}};\npub struct B;\nfn k() -> X { g(); X }\n",
        })
        self.assertEqual(crate.circles(), [{"src/a.rs", "src/b.rs"}])

    def test_unit_test_modules_are_left_out(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\n",
            "src/a.rs": "pub fn f() { crate::b::g() }\n",
            "src/b.rs": (
                "pub fn g() {}\n#[cfg(test)]\nmod tests {\n    use crate::a::f;\n"
                "    #[test]\n    fn t() { f() }\n}\n"
            ),
        })
        self.assertEqual(crate.circles(), [])

    def test_each_target_is_its_own_tree(self):
        crate = self.crate({
            "src/lib.rs": "pub fn f() {}\n",
            "tests/suite.rs": "mod support;\nmod cases;\n",
            "tests/support/mod.rs": "pub fn s() { crate::cases::c() }\n",
            "tests/cases.rs": "pub fn c() { crate::support::s() }\n",
        })
        self.assertEqual(crate.circles(), [{"tests/support/mod.rs", "tests/cases.rs"}])

    def test_main_exits_1_and_names_the_evidence(self):
        crate = self.crate({
            "src/lib.rs": "mod a;\nmod b;\n",
            "src/a.rs": "use crate::b::B;\npub struct A;\n",
            "src/b.rs": "pub struct B;\nfn f() { let _ = crate::a::A; }\n",
        })
        out = io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
            status = import_circles.main([str(crate.path)])
        self.assertEqual(status, 1)
        self.assertIn("src/a.rs:1 -> ", out.getvalue())
        self.assertIn("(crate::a::A)", out.getvalue())

    def test_main_exits_0_without_a_circle(self):
        crate = self.crate({"src/lib.rs": "mod a;\n", "src/a.rs": "pub struct A;\n"})
        with contextlib.redirect_stdout(io.StringIO()):
            self.assertEqual(import_circles.main([str(crate.path)]), 0)


if __name__ == "__main__":
    unittest.main()
