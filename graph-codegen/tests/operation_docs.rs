//! Which generated method makes which OData call, told by the docs: each parameters struct
//! names its call with its parameters and the method that makes it, and the method links its
//! parameters struct, so that overloads (`get_office365_active_user_detail` with `date`,
//! `..._with_period` with `period`) are told apart without reading generated code.

const REPORTS: &str = include_str!("../../graph-resources/src/graph/reports.rs");

/// The doc comment lines just above `pub struct {name}` (and its attributes), joined.
fn docs_of(source: &str, name: &str) -> String {
    let declaration = format!("pub struct {name}");
    let at = source
        .match_indices(&declaration)
        .map(|(at, _)| at)
        .find(|&at| {
            !source[at + declaration.len()..].starts_with(|c: char| c.is_alphanumeric() || c == '_')
        })
        .unwrap_or_else(|| panic!("{name} is declared"));
    let mut lines: Vec<&str> = source[..at]
        .lines()
        .rev()
        .skip_while(|line| !line.starts_with("///"))
        .take_while(|line| line.starts_with("///") || line.starts_with("#["))
        .filter_map(|line| line.strip_prefix("///"))
        .map(str::trim)
        .collect();
    lines.reverse();
    lines.join(" ")
}

#[test]
fn each_overload_names_its_call_and_its_method() {
    let date = docs_of(REPORTS, "ReportRootGetOffice365ActiveUserDetailParameters");
    assert!(
        date.contains("`GET {path}/getOffice365ActiveUserDetail(date={date})`")
            && date.contains("`ReportRootPaths::get_office365_active_user_detail`"),
        "{date}"
    );
    let period = docs_of(
        REPORTS,
        "ReportRootGetOffice365ActiveUserDetailWithPeriodParameters",
    );
    assert!(
        period.contains("`GET {path}/getOffice365ActiveUserDetail(period={period})`")
            && period.contains("`ReportRootPaths::get_office365_active_user_detail_with_period`"),
        "{period}"
    );
}

#[test]
fn every_parameters_struct_of_a_bound_operation_names_its_call() {
    let sources = [
        REPORTS,
        include_str!("../../graph-resources/src/graph/users.rs"),
        include_str!("../../graph-resources/src/graph/groups.rs"),
        include_str!("../../graph-resources/src/graph/device_management.rs"),
    ];
    let mut seen = 0;
    for source in sources {
        for (at, _) in source.match_indices("#[graph(parameters)]\npub struct ") {
            let name: String = source[at + "#[graph(parameters)]\npub struct ".len()..]
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            let docs = docs_of(source, &name);
            if docs.contains("unbound") {
                continue;
            }
            seen += 1;
            assert!(
                (docs.contains("`GET {path}/") || docs.contains("`POST {path}/"))
                    && docs.contains("the call of `"),
                "{name}: {docs}"
            );
        }
    }
    assert!(seen > 50, "{seen} parameters structs");
}

#[test]
fn the_steps_table_names_the_features_of_each_step() {
    let steps = include_str!("../../graph-resources/STEPS.md");
    let row = |owner: &str, step: &str| -> &str {
        steps
            .lines()
            .find(|line| line.starts_with(&format!("| `{owner}` |")) && line.contains(step))
            .unwrap_or_else(|| panic!("STEPS.md lists {owner} {step}"))
    };
    // `user.photo` is contained, and its target is in `groups`.
    assert!(row("User", "`photo()` (`photo`)").ends_with("| the crate feature `groups` |"));
    // `user.drive` is not, and its target is in `drives`.
    assert!(row("User", "`drive()` (`drive`)").ends_with("| the crate feature `drives` |"));
    assert!(row("Group", "`members()` (`members`)").ends_with("| — |"));
    assert!(
        row(
            "ReportRoot",
            "`get_office365_active_user_detail_with_period()`"
        )
        .contains("(`getOffice365ActiveUserDetail`) | bound function")
    );
}
