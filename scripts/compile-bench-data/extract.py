#!/usr/bin/env python3
"""Extract the compile benchmark's input from the Microsoft Graph v1.0 CSDL.

    python3 scripts/compile-bench-data/extract.py [CSDL] [--count N] [--out FILE]

CSDL defaults to the repository's graph-codegen/csdl/v1.0.xml;
FILE defaults to entities.json next to this script. Standard library only.

The selection is deterministic: the first N entity types, in document order, of the
`microsoft.graph` schema that derive directly from `graph.entity` and declare at least one
structural property (navigation properties are not read). For each, its structural properties
(name, type, collection or not, nullable) are kept, along with every enum type they use (with
its members, in document order, and IsFlags). Types are written fully qualified
(`microsoft.graph.x`, aliases resolved); complex types are kept only as names (the generator
maps them to `serde_json::Value`).
"""

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CSDL = os.path.normpath(
    os.path.join(HERE, "..", "..", "graph-codegen", "csdl", "v1.0.xml")
)
ROOT_NAMESPACE = "microsoft.graph"


def dump(value, indent=""):
    """JSON with one entity property or enum per line: small, diffable, deterministic."""
    if isinstance(value, dict) and value and not ("name" in value and (
            "kind" in value or "members" in value)):
        inner = indent + "  "
        items = ",\n".join("%s%s: %s" % (inner, json.dumps(key), dump(item, inner))
                            for key, item in value.items())
        return "{\n%s\n%s}" % (items, indent) + ("\n" if not indent else "")
    if isinstance(value, list) and value and isinstance(value[0], dict):
        inner = indent + "  "
        items = ",\n".join(inner + dump(item, inner) for item in value)
        return "[\n%s\n%s]" % (items, indent)
    return json.dumps(value, separators=(", ", ": "))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("csdl", nargs="?", default=DEFAULT_CSDL)
    parser.add_argument("--count", type=int, default=200)
    parser.add_argument("--out", default=os.path.join(HERE, "entities.json"))
    args = parser.parse_args()

    root = ET.parse(args.csdl).getroot()
    schemas = list(root.iter(EDM + "Schema"))
    aliases = {}
    for schema in schemas:
        namespace = schema.get("Namespace")
        aliases[namespace] = namespace
        if schema.get("Alias"):
            aliases[schema.get("Alias")] = namespace

    def qualify(name):
        """`graph.x` / `self.y` / `microsoft.graph.security.y` → the namespace-qualified name."""
        prefix, _, short = name.rpartition(".")
        return "%s.%s" % (aliases.get(prefix, prefix), short)

    enums = {}
    for schema in schemas:
        namespace = schema.get("Namespace")
        for enum in schema.findall(EDM + "EnumType"):
            enums["%s.%s" % (namespace, enum.get("Name"))] = {
                "name": enum.get("Name"),
                "namespace": namespace,
                "flags": enum.get("IsFlags") == "true",
                "members": [member.get("Name") for member in enum.findall(EDM + "Member")],
            }

    main_schema = next(s for s in schemas if s.get("Namespace") == ROOT_NAMESPACE)
    entities = []
    used_enums = set()
    for entity in main_schema.findall(EDM + "EntityType"):
        if len(entities) == args.count:
            break
        base = entity.get("BaseType")
        if base is None or qualify(base) != ROOT_NAMESPACE + ".entity":
            continue
        properties = []
        for prop in entity.findall(EDM + "Property"):
            raw = prop.get("Type")
            collection = raw.startswith("Collection(") and raw.endswith(")")
            inner = raw[len("Collection("):-1] if collection else raw
            if inner.startswith("Edm."):
                kind, type_name = "edm", inner
            else:
                type_name = qualify(inner)
                kind = "enum" if type_name in enums else "complex"
                if kind == "enum":
                    used_enums.add(type_name)
            properties.append({
                "name": prop.get("Name"),
                "type": type_name,
                "kind": kind,
                "collection": collection,
                "nullable": prop.get("Nullable") != "false",
            })
        if not properties:
            continue
        entities.append({
            "name": entity.get("Name"),
            "odata_type": "%s.%s" % (ROOT_NAMESPACE, entity.get("Name")),
            "abstract": entity.get("Abstract") == "true",
            "properties": properties,
        })
    if len(entities) < args.count:
        sys.exit("only %d entity types qualify, %d asked" % (len(entities), args.count))

    out = {
        "source": "v1.0-cleanMetadata.xml (microsoftgraph/msgraph-metadata clean_v10_metadata)",
        "selection": "the first %d entity types of namespace %s, in document order, with "
                     "BaseType graph.entity and at least one structural property"
                     % (args.count, ROOT_NAMESPACE),
        "entities": entities,
        "enums": {name: enums[name] for name in sorted(used_enums)},
    }
    with open(args.out, "w", encoding="utf-8") as handle:
        handle.write(dump(out))
    print("%s: %d entities, %d properties, %d enums" % (
        os.path.relpath(args.out), len(entities),
        sum(len(e["properties"]) for e in entities), len(used_enums)))


if __name__ == "__main__":
    main()
