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
