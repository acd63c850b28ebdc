#!/usr/bin/env python3
"""Generate the compile benchmark's declarations from entities.json (see extract.py).

    python3 generate.py --variant derive|serde [--n N] [--data FILE] [--use] [--skip-none] --out lib.rs

Both variants declare the same types with the same fields, derives and names; only the
serialization derive differs:

* `derive`: `#[derive(graph_entity::GraphEntity, ...)]` entities (base `entity`, their OData
  type, `id`, `#[graph(additional_data)]`) and `#[derive(graph_entity::GraphEnum, ...)]` enums,
  with `#[graph(rename = "...")]` where the derive's lowerCamelCase would not give the CSDL name.
* `serde`: `#[derive(serde::Serialize, serde::Deserialize, ...)]` with
  `#[serde(rename_all = "camelCase", default)]` on entities, `#[serde(rename_all = "camelCase")]`
  on enums, and `#[serde(rename = "...")]` where serde's camelCase would not give the CSDL name.
  No `additional_data` field (serde has no lossless equivalent short of `#[serde(flatten)]`).
  With `--skip-none`, every `Option` field also gets
  `#[serde(skip_serializing_if = "Option::is_none")]`.

Type mapping (the same in both): Edm.String/Guid/Date/TimeOfDay/Duration/Binary/Decimal →
String, Boolean → bool, Int32 → i32, Int64 → i64, Int16 → i16, Byte → u8, Double → f64,
Single → f32, DateTimeOffset → graph_entity::edm::DateTimeOffset, non-flags enum types → the
generated enum, complex types, flags enums (`IsFlags`, sent as "a,b"), Edm.Untyped and
Edm.Stream → serde_json::Value; Collection(X) → Vec<X>; every field is an Option.

`--use` appends, per entity, a non-generic function reading and writing it with serde_json, so
that the serde code is monomorphized and code-generated in this crate, as in a program that
uses the types (a library's generic impls alone are only type-checked).
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

RUST_KEYWORDS = set("""
as break const continue crate else enum extern false fn for if impl in let loop match mod move
mut pub ref return self Self static struct super trait true type unsafe use where while async
await dyn abstract become box do final macro override priv typeof unsized virtual yield try gen
""".split())
# Keywords that cannot be raw identifiers.
NOT_RAW = {"crate", "self", "super", "Self", "_"}
# Names the generated code uses unqualified: a type of the same name would shadow them.
RESERVED_TYPES = {"Option", "String", "Vec", "Default", "Clone", "Debug", "PartialEq", "Eq",
                  "Hash", "Copy", "Result", "Box"}

EDM = {
    "Edm.String": "String",
    "Edm.Guid": "String",
    "Edm.Date": "String",
    "Edm.TimeOfDay": "String",
    "Edm.Duration": "String",
    "Edm.Binary": "String",
    "Edm.Decimal": "String",
    "Edm.Boolean": "bool",
    "Edm.Int32": "i32",
    "Edm.Int64": "i64",
    "Edm.Int16": "i16",
    "Edm.Byte": "u8",
    "Edm.SByte": "i8",
    "Edm.Double": "f64",
    "Edm.Single": "f32",
    "Edm.DateTimeOffset": "graph_entity::edm::DateTimeOffset",
}


def derive_lower_camel(ident):
    """graph-entity-derive's case::lower_camel."""
    if ident.startswith("r#"):
        ident = ident[2:]
    out = ""
    upper_next = False
    for index, ch in enumerate(ident):
        if ch == "_":
            if out == "" and index == 0:
                out += "_"
            else:
                upper_next = out != "" and not out.endswith("_")
        elif out == "" or out == "_":
            out += ch.lower()
        elif upper_next:
            out += ch.upper()
            upper_next = False
        else:
            out += ch
    return out


def serde_camel_field(ident):
    """serde_derive's RenameRule::CamelCase for fields (after stripping `r#`)."""
    if ident.startswith("r#"):
        ident = ident[2:]
    pascal = ""
    capitalize = True
    for ch in ident:
        if ch == "_":
            capitalize = True
        elif capitalize:
            pascal += ch.upper()
            capitalize = False
        else:
            pascal += ch
    return pascal[:1].lower() + pascal[1:]


def serde_camel_variant(ident):
    """serde_derive's RenameRule::CamelCase for variants."""
    return ident[:1].lower() + ident[1:]


def snake(name):
    """lowerCamel → snake_case, keeping acronyms together: `primarySMTPAddress` →
    `primary_smtp_address`, `iPhoneModel` → `i_phone_model`."""
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+", name)
    if "".join(words) != re.sub(r"[^A-Za-z0-9]", "", name) or not words:
        words = [re.sub(r"[^A-Za-z0-9]", "_", name)]
    return "_".join(word.lower() for word in words)


def pascal(name):
    ident = re.sub(r"[^A-Za-z0-9_]", "_", name)
    ident = ident[:1].upper() + ident[1:]
    if not ident or ident[0].isdigit():
        ident = "V" + ident
    return ident


def field_ident(name):
    ident = snake(name)
    if ident[0].isdigit():
        ident = "_" + ident
    if ident in NOT_RAW:
        return ident + "_"
    if ident in RUST_KEYWORDS:
        return "r#" + ident
    return ident


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--variant", choices=["derive", "serde"], required=True)
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--data", default=os.path.join(HERE, "entities.json"))
    parser.add_argument("--use", action="store_true")
    parser.add_argument("--skip-none", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args()
    derive = args.variant == "derive"

    with open(args.data, encoding="utf-8") as handle:
        data = json.load(handle)
    entities = data["entities"][: args.n]
    if len(entities) < args.n:
        sys.exit("%s holds %d entities, %d asked" % (args.data, len(entities), args.n))
    all_enums = data["enums"]

    # Rust names of the types: entities, then the (non-flags) enums they use.
    used = set()
    type_names = {}

    def claim(qualified, name):
        ident = pascal(name)
        if ident in RESERVED_TYPES:
            ident += "Type"
        base = ident
        counter = 2
        while ident in used or (derive and ident.endswith("Patch") and ident[:-5] in used):
            ident = "%s%d" % (base, counter)
            counter += 1
        used.add(ident)
        used.add(ident + "Patch")  # the derive's patch type
        type_names[qualified] = ident

    for entity in entities:
        claim(entity["odata_type"], entity["name"])
    enum_order = []
    for entity in entities:
        for prop in entity["properties"]:
            name = prop["type"]
            if prop["kind"] == "enum" and not all_enums[name]["flags"] and name not in type_names:
                claim(name, all_enums[name]["name"])
                enum_order.append(name)

    def rust_type(prop):
        if prop["kind"] == "edm":
            inner = EDM.get(prop["type"], "serde_json::Value")
        elif prop["kind"] == "enum" and prop["type"] in type_names:
            inner = type_names[prop["type"]]
        else:
            inner = "serde_json::Value"
        if prop["collection"]:
            inner = "Vec<%s>" % inner
        return "Option<%s>" % inner

    out = []
    w = out.append
    w("// @generated by scripts/compile-bench-data/generate.py --variant %s --n %d%s%s: do not edit."
      % (args.variant, args.n, " --use" if args.use else "", " --skip-none" if args.skip_none else ""))
    w("// %d entity types of Microsoft Graph v1.0 (%s)." % (len(entities), data["selection"]))
    w("#![allow(clippy::all, dead_code)]")
    w("")
    if derive:
        w("use graph_entity::{AdditionalData, GraphEntity, GraphEnum};")
    else:
        w("use serde::{Deserialize, Serialize};")
    w("")

    counts = {"renames": 0, "fields": 0}
    for entity in entities:
        ident = type_names[entity["odata_type"]]
        w("/// `%s`." % entity["odata_type"])
        if derive:
            w("#[derive(GraphEntity, Debug, Clone, PartialEq, Default)]")
            w('#[graph(base = "entity", odata_type = "%s")]' % entity["odata_type"])
        else:
            w("#[derive(Serialize, Deserialize, Debug, Clone, PartialEq, Default)]")
            w('#[serde(rename_all = "camelCase", default)]')
        w("pub struct %s {" % ident)
        members = {"id", "additional_data"}
        fields = [("id", "id", "Option<String>")]
        for prop in entity["properties"]:
            member = field_ident(prop["name"])
            base = member
            counter = 2
            while member.removeprefix("r#") in members:
                member = "%s_%d" % (base, counter)
                counter += 1
            members.add(member.removeprefix("r#"))
            fields.append((member, prop["name"], rust_type(prop)))
        for member, json_name, ty in fields:
            counts["fields"] += 1
            if derive:
                if derive_lower_camel(member) != json_name:
                    w('    #[graph(rename = "%s")]' % json_name)
                    counts["renames"] += 1
            else:
                if serde_camel_field(member) != json_name:
                    w('    #[serde(rename = "%s")]' % json_name)
                    counts["renames"] += 1
                if args.skip_none:
                    w('    #[serde(skip_serializing_if = "Option::is_none")]')
            w("    pub %s: %s," % (member, ty))
        if derive:
            w("    #[graph(additional_data)]")
            w("    pub additional_data: AdditionalData,")
        w("}")
        w("")

    for qualified in enum_order:
        enum = all_enums[qualified]
        ident = type_names[qualified]
        w("/// `%s`." % qualified)
        if derive:
            w("#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]")
            w('#[graph(odata_type = "%s")]' % qualified)
        else:
            w("#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash)]")
            w('#[serde(rename_all = "camelCase")]')
        w("pub enum %s {" % ident)
        variants = set()
        for member in enum["members"]:
            variant = pascal(member)
            if variant in RUST_KEYWORDS:
                variant += "Member"
            base = variant
            counter = 2
            while variant in variants:
                variant = "%s%d" % (base, counter)
                counter += 1
            variants.add(variant)
            if derive and derive_lower_camel(variant) != member:
                w('    #[graph(rename = "%s")]' % member)
                counts["renames"] += 1
            elif not derive and serde_camel_variant(variant) != member:
                w('    #[serde(rename = "%s")]' % member)
                counts["renames"] += 1
            w("    %s," % variant)
        w("}")
        w("")

    if args.use:
        w("/// Reads and writes every type with serde_json, as a program using them would.")
        w("pub mod uses {")
        for entity in entities:
            ident = type_names[entity["odata_type"]]
            w("    pub fn read_write_%s(json: &str) -> serde_json::Result<String> {" % snake(ident))
            w("        let value: super::%s = serde_json::from_str(json)?;" % ident)
            w("        serde_json::to_string(&value)")
            w("    }")
        w("}")

    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write("\n".join(out))
    print("%s: %d entities (%d fields), %d enums, %d renames"
          % (args.variant, len(entities), counts["fields"], len(enum_order), counts["renames"]),
          file=sys.stderr)


if __name__ == "__main__":
    main()
