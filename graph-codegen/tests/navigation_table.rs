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
    let non_contained = table
        .split("# Restricted contained steps")
        .next()
        .expect("the first section");
    assert_eq!(
        non_contained
            .lines()
            .filter(|line| line.starts_with("| `"))
            .count(),
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

/// Each contained step the plan declares, with the CSDL's navigation property and the
/// restrictions in effect (its own over its target type's).
fn contained_steps(
    doc: &Document,
    plan: &Plan,
) -> Vec<(
    String,
    graph_codegen::plan::NavPlan,
    graph_codegen::csdl::Restrictions,
)> {
    let mut steps = Vec::new();
    for (t, navs) in plan.navs_of.iter().enumerate() {
        let Some(st) = plan.structured(doc, t) else {
            continue;
        };
        for nav in navs.iter().filter(|nav| nav.contained) {
            let declared = st
                .navigation
                .iter()
                .find(|n| n.name == nav.name)
                .expect("declared navigation is the CSDL's");
            let restrictions = declared
                .restrictions
                .or(&graph_codegen::plan::type_restrictions(
                    doc,
                    &declared.ty.name,
                ));
            steps.push((
                format!("{}/{}", plan.types[t].qualified, nav.name),
                nav.clone(),
                restrictions,
            ));
        }
    }
    steps
}

/// Every Capabilities restriction on a contained step (or on its target type) is honoured by
/// the step's `allows(...)`, term by term; a step the CSDL is silent on allows everything.
#[test]
fn every_restriction_of_a_contained_step_is_honoured() {
    let doc = document();
    let plan = Plan::new(&doc);
    let mut restricted = 0;
    for (name, nav, r) in contained_steps(&doc, &plan) {
        let Some(c) = nav.capabilities else {
            // Silent, or saying only what the default allows already.
            // A single-valued step has no collection to create in or to read by key.
            let collection_only = |value: Option<bool>| value.filter(|_| !nav.single);
            for (term, value) in [
                ("Readable", r.readable),
                ("ReadByKey", collection_only(r.readable_by_key)),
                ("Insertable", collection_only(r.insertable)),
                ("Updatable", r.updatable),
                ("Deletable", r.deletable),
            ] {
                assert_ne!(value, Some(false), "{name}: {term} false, yet unrestricted");
            }
            assert!(
                r.update_methods
                    .as_ref()
                    .is_none_or(|m| m.iter().all(|m| m == "PATCH")),
                "{name}: UpdateMethod {:?}, yet unrestricted",
                r.update_methods
            );
            continue;
        };
        restricted += 1;
        assert!(
            !nav.single || (!c.list && !c.create),
            "{name}: a single step"
        );
        if nav.single {
            assert_eq!(c.get, r.readable != Some(false), "{name}: get");
        } else {
            assert_eq!(c.list, r.readable != Some(false), "{name}: list");
            assert_eq!(
                c.get,
                r.readable_by_key != Some(false),
                "{name}: get by key"
            );
            assert_eq!(c.create, r.insertable != Some(false), "{name}: create");
        }
        assert_eq!(c.delete, r.deletable != Some(false), "{name}: delete");
        if r.updatable == Some(false) {
            assert!(!c.update && !c.replace, "{name}: not updatable");
        } else if let Some(methods) = &r.update_methods {
            assert_eq!(c.replace, methods.iter().any(|m| m == "PUT"), "{name}: PUT");
            assert_eq!(
                c.update,
                methods.iter().any(|m| m == "PATCH"),
                "{name}: PATCH"
            );
        } else {
            assert!(c.update && !c.replace, "{name}: PATCH by default");
        }
    }
    assert!(restricted >= 70, "{restricted} restricted contained steps");
}

/// Graph's documented cases come out as documented, and the generated crate and its
/// `NAVIGATION.md` say the same.
#[test]
fn documented_contained_steps_allow_what_graph_documents() {
    let doc = document();
    let plan = Plan::new(&doc);
    let steps = contained_steps(&doc, &plan);
    let of = |name: &str| {
        steps
            .iter()
            .find(|(n, _, _)| n == name)
            .unwrap_or_else(|| panic!("{name} is a contained step"))
            .1
            .capabilities
            .map(|c| c.keywords().join(", "))
    };
    // `team/schedule` is created or replaced with PUT (its `UpdateMethod`).
    assert_eq!(
        of("microsoft.graph.team/schedule").as_deref(),
        Some("get, replace, delete")
    );
    // A calendar view is listed, not read by key, created, updated or deleted.
    assert_eq!(
        of("microsoft.graph.user/calendarView").as_deref(),
        Some("list")
    );
    // A user's messages allow everything.
    assert_eq!(of("microsoft.graph.user/messages"), None);
    let sources = generated_sources();
    assert!(sources.contains(
        "contains(name = \"schedule\", target = Schedule, single, allows(get, replace, delete))"
    ));
    let table = include_str!("../../graph-resources/NAVIGATION.md");
    let rows = table
        .split("# Restricted contained steps")
        .nth(1)
        .expect("the contained section");
    for (name, nav, _) in &steps {
        let Some(c) = nav.capabilities else { continue };
        let (ty, nav_name) = name.rsplit_once('/').expect("type/navigation");
        let row = format!("| `{ty}` | `{nav_name}` |");
        let line = rows
            .lines()
            .find(|line| line.starts_with(&row))
            .unwrap_or_else(|| panic!("NAVIGATION.md lists {name}"));
        assert!(
            line.contains(&format!("`allows({})`", c.keywords().join(", "))),
            "{line}"
        );
    }
}

/// A non-contained navigation's insert annotation agrees with what its step allows: one that
/// Graph says takes inserts is not read-only (`driveItem/children` creates, and
/// `administrativeUnit/members` takes `$ref`), and one that takes none does not create.
#[test]
fn insert_annotations_of_non_contained_navigation_agree() {
    let doc = document();
    let mut annotated = 0;
    for (ty, nav) in non_contained(&doc) {
        let r = nav
            .restrictions
            .or(&graph_codegen::plan::type_restrictions(&doc, &nav.ty.name));
        let allows = allowed(&ty, nav);
        // A single-valued one has no collection to create in.
        match r.insertable.filter(|_| nav.ty.collection) {
            Some(true) => assert_ne!(allows, Allowed::Reading, "{ty}/{}", nav.name),
            Some(false) => assert_ne!(allows, Allowed::Creating, "{ty}/{}", nav.name),
            None => continue,
        }
        annotated += 1;
    }
    assert!(annotated >= 3, "{annotated} annotated");
}
