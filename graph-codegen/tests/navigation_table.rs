//! The table of what each non-contained navigation allows (`graph_codegen::plan::allowed`) is
//! held to the v1.0 CSDL the repository carries: every `NavigationRestrictions/Referenceable`
//! annotation is honoured, no documented entry contradicts an annotation or names a navigation
//! the CSDL does not have, and the cases Graph documents come out as it documents them. The
//! generated `graph-resources/NAVIGATION.md` lists the result, and declares every one.

use graph_codegen::csdl::Document;
use graph_codegen::plan::Plan;
use graph_codegen::plan::allowed::{Allowed, DOCUMENTED, allowed};

const CSDL: &str = include_str!("../csdl/v1.0.xml");

fn document() -> Document {
    Document::parse(CSDL).expect("the carried CSDL parses")
}

/// Every navigation property of an entity type that does not contain its target:
/// (qualified type, the property).
fn non_contained(doc: &Document) -> Vec<(String, &graph_codegen::csdl::NavigationProperty)> {
    doc.structured
        .iter()
        .filter(|st| st.is_entity)
        .flat_map(|st| {
            st.navigation
                .iter()
                .filter(|nav| !nav.contains_target)
                .map(move |nav| (st.qualified(), nav))
        })
        .collect()
}

#[test]
fn every_referenceable_annotation_is_honoured() {
    let doc = document();
    let mut annotated = 0;
    for st in &doc.structured {
        for nav in &st.navigation {
            if nav.referenceable == Some(true) {
                annotated += 1;
                assert_eq!(
                    allowed(&st.qualified(), nav),
                    Allowed::References,
                    "{}/{} is annotated Referenceable",
                    st.qualified(),
                    nav.name
                );
            }
        }
    }
    // The annotations the CSDL has on navigation properties, inline and external (the rest
    // of its 59 `Referenceable` are on entity sets and types).
    assert!(
        annotated >= 38,
        "{annotated} annotated navigation properties"
    );
}

#[test]
fn documented_entries_name_real_navigation_and_contradict_no_annotation() {
    let doc = document();
    let all = non_contained(&doc);
    for (ty, name, entry, why) in DOCUMENTED {
        let found = all.iter().find(|(t, nav)| t == ty && nav.name == *name);
        let Some((_, nav)) = found else {
            panic!("documented {ty}/{name} is no non-contained navigation of the CSDL");
        };
        assert!(!why.is_empty(), "{ty}/{name} says where Graph documents it");
        match nav.referenceable {
            Some(true) => assert_eq!(*entry, Allowed::References, "{ty}/{name}"),
            Some(false) => assert_ne!(*entry, Allowed::References, "{ty}/{name}"),
            None => {}
        }
        assert_eq!(allowed(ty, nav), *entry, "{ty}/{name}");
    }
}

#[test]
fn graph_documented_cases_come_out_as_documented() {
    let doc = document();
    let all = non_contained(&doc);
    let of = |ty: &str, name: &str| {
        let (ty, nav) = all
            .iter()
            .find(|(t, nav)| t == ty && nav.name == name)
            .unwrap_or_else(|| panic!("{ty}/{name} is a non-contained navigation"));
        allowed(ty, nav)
    };
    assert_eq!(of("microsoft.graph.group", "members"), Allowed::References);
    assert_eq!(of("microsoft.graph.group", "owners"), Allowed::References);
    assert_eq!(of("microsoft.graph.user", "manager"), Allowed::References);
    assert_eq!(
        of("microsoft.graph.driveItem", "children"),
        Allowed::Creating
    );
    for (ty, name) in [
        ("microsoft.graph.user", "memberOf"),
        ("microsoft.graph.user", "transitiveMemberOf"),
        ("microsoft.graph.group", "transitiveMembers"),
        ("microsoft.graph.user", "directReports"),
        ("microsoft.graph.group", "memberOf"),
    ] {
        assert_eq!(of(ty, name), Allowed::Reading, "{ty}/{name} is read-only");
    }
}

#[test]
fn the_generated_table_lists_every_declared_navigation() {
    let doc = document();
    let plan = Plan::new(&doc);
    let table = include_str!("../../graph-resources/NAVIGATION.md");
    let mut declared = 0;
    for (t, navs) in plan.navs_of.iter().enumerate() {
        for nav in navs.iter().filter(|nav| !nav.contained) {
            declared += 1;
            let row = format!("| `{}` | `{}` |", plan.types[t].qualified, nav.name);
            assert!(table.contains(&row), "NAVIGATION.md lists {row}");
        }
    }
    assert_eq!(
        table.lines().filter(|line| line.starts_with("| `")).count(),
        declared
    );
    assert!(
        declared > 200,
        "{declared} non-contained navigation properties declared"
    );
}

#[test]
fn every_navigation_property_is_declared_or_left_out_with_its_reason() {
    use std::collections::BTreeSet;
    let doc = document();
    let plan = Plan::new(&doc);
    let all: BTreeSet<String> = doc
        .structured
        .iter()
        .flat_map(|st| {
            st.navigation
                .iter()
                .map(move |nav| format!("{}/{}", st.qualified(), nav.name))
        })
        .collect();
    let mut accounted = BTreeSet::new();
    for (t, navs) in plan.navs_of.iter().enumerate() {
        for nav in navs {
            let name = format!("{}/{}", plan.types[t].qualified, nav.name);
            assert!(accounted.insert(name.clone()), "{name} accounted twice");
        }
    }
    let left_out = include_str!("../../graph-resources/LEFT_OUT.md");
    for line in left_out.lines() {
        let Some(rest) = line.strip_prefix("- navigation ") else {
            continue;
        };
        let (name, why) = rest.split_once(": ").expect("a reason after the name");
        assert!(!why.trim().is_empty(), "{name} has a reason");
        assert!(accounted.insert(name.to_owned()), "{name} accounted twice");
    }
    let missing: Vec<_> = all.difference(&accounted).collect();
    assert!(
        missing.is_empty(),
        "neither declared nor left out: {missing:?}"
    );
    let unknown: Vec<_> = accounted.difference(&all).collect();
    assert!(
        unknown.is_empty(),
        "not navigation properties of the CSDL: {unknown:?}"
    );
    assert!(all.len() > 1400, "{} navigation properties", all.len());
}

/// The generated crate's sources, concatenated.
fn generated_sources() -> String {
    fn walk(dir: &std::path::Path, out: &mut String) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .expect("graph-resources/src")
            .map(|e| e.expect("an entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push_str(&std::fs::read_to_string(&path).expect("a source"));
            }
        }
    }
    let mut out = String::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../graph-resources/src"),
        &mut out,
    );
    out
}

#[test]
fn every_derived_type_constraint_is_declared() {
    let doc = document();
    let plan = Plan::new(&doc);
    let sources = generated_sources();
    // Whitespace-free, as rustfmt may break an attribute anywhere.
    let compact: String = sources.chars().filter(|c| !c.is_whitespace()).collect();
    let mut constrained = 0;
    for (t, navs) in plan.navs_of.iter().enumerate() {
        let Some(st) = plan.structured(&doc, t) else {
            continue;
        };
        for nav in navs.iter().filter(|nav| !nav.contained && !nav.single) {
            let declared = st
                .navigation
                .iter()
                .find(|n| n.name == nav.name)
                .expect("the CSDL's navigation");
            assert_eq!(
                nav.admits
                    .iter()
                    .map(|&x| plan.types[x].qualified.clone())
                    .collect::<Vec<_>>(),
                declared
                    .derived_types
                    .iter()
                    .filter(|q| plan.by_name.contains_key(*q))
                    .cloned()
                    .collect::<Vec<_>>(),
                "{}/{}",
                st.qualified(),
                nav.name
            );
            if nav.admits.is_empty() {
                continue;
            }
            constrained += 1;
            let rust = &plan.types[t].rust_name;
            let marker = graph_entity_names::case::admits_marker(rust, &nav.name);
            for &x in &nav.admits {
                let name = &plan.types[x].rust_name;
                let gated = format!("implAdmits<{name}>for{marker}{{}}");
                let gated_qualified =
                    format!("::graph_entity::address::Admits<{name}>for{marker}{{}}");
                let listed = compact.contains(&format!("name=\"{}\",target=", nav.name))
                    && compact
                        .split(&format!("pubstruct{rust}{{"))
                        .next()
                        .is_some_and(|before| {
                            let attribute = &before[before.rfind("#[graph(").unwrap_or(0)..];
                            attribute
                                .split(&format!("name=\"{}\"", nav.name))
                                .nth(1)
                                .and_then(|rest| rest.split("admits(").nth(1))
                                .and_then(|rest| rest.split(')').next())
                                .is_some_and(|list| {
                                    list.split(',')
                                        .any(|n| n.rsplit("::").next() == Some(name.as_str()))
                                })
                        });
                assert!(
                    listed || compact.contains(&gated) || compact.contains(&gated_qualified),
                    "{marker} admits {name}"
                );
            }
        }
    }
    assert!(constrained >= 20, "{constrained} constrained navigations");
}
