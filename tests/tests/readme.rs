//! The README's quick start is `examples/quick_start.rs`, verbatim: the example is what runs
//! (the test command runs it, `.ci/run` once more with only its one area), so the README shows
//! code that works.

const README: &str = include_str!("../../README.md");
const QUICK_START: &str = include_str!("../examples/quick_start.rs");

/// The body of the README's one `rust,ignore` block (the quick start: it needs
/// graph-resources, which graph-entity's README doctests cannot depend on).
fn quick_start_block() -> Option<&'static str> {
    let fence = "```rust,ignore\n";
    let start = README.find(fence)? + fence.len();
    let length = README[start..].find("```\n")?;
    Some(&README[start..start + length])
}

#[test]
fn the_readme_shows_the_quick_start_example_verbatim() {
    let block = quick_start_block().expect("the README has a ```rust,ignore quick start block");
    assert_eq!(
        block, QUICK_START,
        "README.md's quick start differs from tests/examples/quick_start.rs: copy the file into it"
    );
}

#[test]
fn the_readme_stays_a_front_door() {
    let lines = README.lines().count();
    assert!(
        lines <= 300,
        "README.md has {lines} lines: move reference material into the guide"
    );
    assert_eq!(
        README.matches("```rust,ignore").count(),
        1,
        "only the quick start is untested"
    );
}
