//! The serde twin of the generated crate, for the compile-time benchmark: the same structs,
//! enums, fields, field types, `cfg` gates and features, with `#[derive(Serialize,
//! Deserialize)]` instead of the graph derives (`rename_all = "camelCase"` and the same
//! renames; a base type is a `#[serde(flatten)]` field, a polymorphic enum is internally tagged
//! by `@odata.type` with each variant renamed to its `#`-prefixed qualified name, as Graph
//! writes it; flags are strings), and without what serde has no counterpart for:
//! `additional_data`, addresses and operations.

use graph_codegen::emit::Files;

/// The twin of the (unformatted) files of [`generate`](graph_codegen::generate).
pub fn serde_twin(files: &Files) -> Files {
    let mut out = Files::new();
    for (path, text) in files {
        if path == "Cargo.toml" {
            out.insert(path.clone(), twin_manifest(text));
        } else if path.starts_with("src/") && path.ends_with(".rs") {
            out.insert(path.clone(), twin_source(text));
        }
    }
    out
}

fn twin_manifest(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with("name = ") {
            out.push_str("name = \"graph-resources-serde\"\n");
        } else if line.starts_with("graph-entity = ") {
            out.push_str(line);
            out.push_str("\nserde = { version = \"1\", features = [\"derive\"] }\n");
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn twin_source(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut docs: Vec<&str> = Vec::new();
    let mut lines = text.lines().peekable();
    let mut skip_attribute = false;
    let mut skip_field = false;
    // Inside an inherent or trait impl the generator writes beside a type (inherited property
    // constants, steps of areas that are off, `Admits` impls): serde has no counterpart.
    let mut skip_impl = false;
    // Inside a polymorphic enum: the qualified name of the variant whose doc was read last.
    let mut polymorphic = false;
    let mut variant_type: Option<&str> = None;
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if skip_impl {
            skip_impl = line != "}";
            continue;
        }
        // An item's own attributes wait with its docs: an impl drops them.
        if line.starts_with("#[")
            && line.ends_with(']')
            && !line.starts_with("#[derive(")
            && !line.starts_with("#[graph(")
            && !(line.starts_with("#[cfg_attr(") && line.contains("graph("))
        {
            docs.push(line);
            continue;
        }
        if line.starts_with("impl ") || line == "pub mod steps {}" {
            docs.clear();
            skip_impl = !line.ends_with("{}");
            continue;
        }
        if skip_attribute {
            skip_attribute = !trimmed.ends_with(")]");
            continue;
        }
        if skip_field {
            skip_field = false;
            continue;
        }
        if trimmed.starts_with("///") {
            if polymorphic {
                // `/// `microsoft.graph.user`.`: the variant's type, first in its doc.
                variant_type = trimmed.split('`').nth(1).or(variant_type);
            }
            docs.push(line);
            continue;
        }
        if polymorphic && trimmed == "}" {
            polymorphic = false;
        }
        let indent = &line[..line.len() - trimmed.len()];
        let mut flush = true;
        let replaced: Option<String> = if trimmed.starts_with("use graph_entity::{") {
            Some(format!(
                "use graph_entity::{{ThinVec, edm, serde_json}};\n{indent}#[allow(unused_imports)]\n{indent}use serde::{{Deserialize, Serialize}};"
            ))
        } else if trimmed.starts_with("#[derive(GraphEnum,") {
            Some(format!(
                "{}\n{indent}#[serde(rename_all = \"camelCase\")]",
                line.replace("GraphEnum,", "Serialize, Deserialize,")
            ))
        } else if trimmed.starts_with("#[derive(GraphPolymorphic,") {
            // Serde's internally tagged enum: the baseline of the polymorphic read.
            polymorphic = true;
            Some(format!(
                "{}\n{indent}#[serde(tag = \"@odata.type\")]",
                line.replace("GraphPolymorphic,", "Serialize, Deserialize,")
            ))
        } else if polymorphic && trimmed.ends_with("),") && !trimmed.starts_with('#') {
            // A variant: renamed to its `@odata.type` (`Other` to the root type's).
            let rename = variant_type.take().map_or_else(String::new, |name| {
                format!("{indent}#[serde(rename = \"#{name}\")]\n")
            });
            Some(format!("{rename}{line}"))
        } else if trimmed.starts_with("#[derive(GraphEntity,") {
            let parameters = lines
                .peek()
                .is_some_and(|next| next.trim() == "#[graph(parameters)]");
            let serde = if parameters {
                "#[serde(rename_all = \"camelCase\")]"
            } else {
                "#[serde(rename_all = \"camelCase\", default)]"
            };
            Some(format!(
                "{}\n{indent}{serde}",
                line.replace("GraphEntity,", "Serialize, Deserialize,")
            ))
        } else if trimmed.starts_with("#[graph(additional_data)]") {
            docs.clear();
            flush = false;
            skip_field = true;
            Some(String::new())
        } else if trimmed.starts_with("#[graph(base)]") {
            Some(format!("{indent}#[serde(flatten)]"))
        } else if trimmed.starts_with("#[graph(") && !trimmed.contains("rename = ") {
            // Type attributes (odata_type, paths, operations), `key`, `read_only`, `other`.
            skip_attribute = !trimmed.ends_with(")]");
            Some(String::new())
        } else if trimmed.starts_with("#[graph(") {
            let rename = &trimmed[trimmed.find("rename = ").unwrap_or(0)..];
            let rename = rename.trim_end_matches(")]");
            Some(format!("{indent}#[serde({rename})]"))
        } else if trimmed.starts_with("#[cfg_attr(") && trimmed.contains("graph(") {
            skip_attribute = !trimmed.ends_with(")]");
            Some(String::new())
        } else {
            None
        };
        if flush {
            for doc in docs.drain(..) {
                out.push_str(doc);
                out.push('\n');
            }
        }
        match replaced {
            Some(text) if text.is_empty() => {}
            Some(text) => {
                out.push_str(&text);
                out.push('\n');
            }
            None => {
                out.push_str(&replace_flags(line));
                out.push('\n');
            }
        }
    }
    out
}

/// `Option<Flags<Weekdays>>` → `Option<String>`: a flags value is a string on the wire.
fn replace_flags(line: &str) -> String {
    let mut line = line.to_owned();
    while let Some(start) = line.find("Flags<") {
        let mut depth = 0;
        let mut end = start;
        for (i, ch) in line[start..].char_indices() {
            match ch {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        end = start + i;
                        break;
                    }
                }
                _ => {}
            }
        }
        if end == start {
            break;
        }
        line.replace_range(start..=end, "String");
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_twin_has_the_same_fields_with_serde_derives() {
        let files =
            graph_codegen::generate(include_str!("../../tests/fixtures/small.xml")).unwrap();
        let twin = serde_twin(&files);
        let widgets = &twin["src/graph/widgets.rs"];
        assert!(!widgets.contains("GraphEntity") && !widgets.contains("#[graph("));
        assert!(widgets.contains("#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]\n#[serde(rename_all = \"camelCase\", default)]\npub struct Widget {"));
        assert!(widgets.contains("    #[serde(rename = \"azureADDeviceId\")]\n    pub azure_ad_device_id: Option<edm::Guid>,"));
        assert!(widgets.contains("pub days: Option<String>,"));
        // The same field types: boxed single values, `ThinVec` navigation collections.
        assert!(widgets.contains("pub owner: Option<Box<Person>>,"));
        assert!(widgets.contains("pub parts: Option<ThinVec<AnyPart>>,"));
        assert!(twin["src/graph/mod.rs"].contains("use graph_entity::{ThinVec, edm, serde_json};"));
        assert!(widgets.contains("    #[serde(flatten)]\n    pub base: Part,"));
        assert!(widgets.contains("#[serde(tag = \"@odata.type\")]\npub enum AnyPart {"));
        let any_part = &widgets[widgets.find("pub enum AnyPart {").unwrap()..];
        let any_part = &any_part[..any_part.find("\n}").unwrap()];
        // Each variant is renamed to the `@odata.type` Graph writes, `Other` to the root's.
        assert!(
            any_part.contains("    #[serde(rename = \"#microsoft.graph.gear\")]\n    Gear(Gear),")
        );
        assert!(
            any_part.contains("    #[serde(rename = \"#microsoft.graph.part\")]\n    Other(Part),")
        );
        assert!(!widgets.contains("pub additional_data"));
        // Nothing beside the types: no inherited constants, steps or `Admits` impls, no `steps`.
        for (path, text) in &twin {
            assert!(
                !text.lines().any(|line| line.starts_with("impl ")),
                "{path} has an impl"
            );
            assert!(!text.contains("STEPS.md"), "{path}");
        }
        assert!(twin["Cargo.toml"].contains("name = \"graph-resources-serde\""));
        // The same number of types.
        let count =
            |text: &str| text.matches("pub struct ").count() + text.matches("pub enum ").count();
        assert_eq!(count(widgets), count(&files["src/graph/widgets.rs"]));
    }
}
