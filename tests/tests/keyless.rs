//! Keyless entity types (`#[graph(keyless)]`) over real v1.0 shapes
//! (`graph_entity_tests::security`, `directory::ReportRoot`): singletons whose CSDL entity type
//! has no key, their contained navigation and bound operations, each request compared exactly
//! (method, URL, body) under a service root.

use graph_entity::address::{ItemPath, SingletonPath};
use graph_entity::http::Method;
use graph_entity::response::Media;
use graph_entity::schema::{Described, TypeKind};
use graph_entity::serde_json::{self, Value, json};
use graph_entity::{Call, GraphEntity};
use graph_entity_tests::directory::{ReportPeriodParameters, ReportRoot};
use graph_entity_tests::security::*;
use graph_entity_tests::url_shape::{HOSTILE_STRINGS, SERVICE_ROOT, check_item_url};
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

use graph_entity_tests::sent::sent;

fn request(method: Method, path: &str, body: Option<Value>) -> (Method, String, Option<Value>) {
    (method, format!("{SERVICE_ROOT}{path}"), body)
}

#[test]
fn a_keyless_singleton_reads_and_updates_without_a_key() {
    let security: SingletonPath<Security> = Security::singleton();
    assert_eq!(
        sent(security.get()),
        request(Method::GET, "/security", None)
    );
    assert_eq!(security.template(), "/security");
    let print = Print::singleton();
    let patch = PrintPatch {
        settings: Some(PrintSettings {
            document_conversion_enabled: Some(true),
            ..Default::default()
        })
        .into(),
        ..Default::default()
    };
    assert_eq!(
        sent(print.update_with(&patch).unwrap()),
        request(
            Method::PATCH,
            "/print",
            Some(json!({"settings": {"documentConversionEnabled": true}}))
        )
    );
}

#[test]
fn a_keyless_type_has_no_key() {
    assert_eq!(Security::KEY_PROPERTY, "");
    assert_eq!(Security::default().key(), None);
    assert_eq!(ReportRoot::KEY_PROPERTY, "");
    assert_eq!(Security::ACTIONS, ["runHuntingQuery"]);
    assert_eq!(
        ReportRoot::FUNCTIONS,
        ["getUserArchivedPrintJobs", "getEmailActivityCounts"]
    );
    let schema = <Security as Described>::schema();
    assert_eq!(schema.kind, TypeKind::Entity);
    assert_eq!(schema.key, None);
    assert_eq!(schema.collection_path, None);
    assert_eq!(schema.singleton, Some("/security"));
    assert_eq!(schema.base, None);
    let navigations: Vec<(&str, String)> = schema
        .navigations
        .iter()
        .map(|navigation| (navigation.name, navigation.target.to_string()))
        .collect();
    assert_eq!(
        navigations,
        [
            (
                "alerts_v2",
                "Collection(microsoft.graph.security.alert)".to_owned()
            ),
            (
                "attackSimulation",
                "microsoft.graph.attackSimulationRoot".to_owned()
            )
        ]
    );
    // The keyed entity it contains keeps its key.
    assert_eq!(<SecurityAlert as Described>::schema().key, Some("id"));
}

#[test]
fn a_keyed_collection_under_a_keyless_singleton() {
    let alerts = Security::singleton().alerts_v2();
    assert_eq!(alerts.template(), "/security/alerts_v2");
    assert_eq!(
        sent(alerts.list()),
        request(Method::GET, "/security/alerts_v2", None)
    );
    let alert: ItemPath<SecurityAlert> = alerts.item("da637");
    assert_eq!(
        sent(alert.get()),
        request(Method::GET, "/security/alerts_v2/da637", None)
    );
    assert_eq!(alert.template(), "/security/alerts_v2/{alert-id}");
    let patch = SecurityAlertPatch {
        assigned_to: Some("ada@contoso.com".to_owned()).into(),
        ..Default::default()
    };
    assert_eq!(
        sent(alert.update_with(&patch).unwrap()),
        request(
            Method::PATCH,
            "/security/alerts_v2/da637",
            Some(json!({"assignedTo": "ada@contoso.com"}))
        )
    );
    assert_eq!(
        sent(alert.delete()),
        request(Method::DELETE, "/security/alerts_v2/da637", None)
    );
    let root: ItemPath<AttackSimulationRoot> = Security::singleton().attack_simulation();
    assert_eq!(
        sent(root.get()),
        request(Method::GET, "/security/attackSimulation", None)
    );
}

#[test]
fn a_bound_action_of_a_keyless_singleton() {
    let parameters = RunHuntingQueryParameters {
        query: Some("DeviceProcessEvents | take 10".to_owned()),
        timespan: None,
    };
    let call: Call<HuntingQueryResults> = Security::singleton()
        .run_hunting_query(&parameters)
        .unwrap();
    assert_eq!(
        sent(call),
        request(
            Method::POST,
            "/security/runHuntingQuery",
            Some(json!({"query": "DeviceProcessEvents | take 10"}))
        )
    );
}

#[test]
fn a_bound_function_with_a_parameter_of_a_keyless_singleton() {
    let call: Call<Media> = ReportRoot::singleton().get_email_activity_counts(&period("D7"));
    assert_eq!(
        sent(call),
        request(
            Method::GET,
            "/reports/getEmailActivityCounts(period='D7')",
            None
        )
    );
    let call = ReportRoot::singleton().get_email_activity_counts(&period("D7'),x=('"));
    assert_eq!(
        sent(call),
        request(
            Method::GET,
            "/reports/getEmailActivityCounts(period='D7%27%27%29%2Cx%3D%28%27%27')",
            None
        )
    );
}

fn period(period: &str) -> ReportPeriodParameters {
    ReportPeriodParameters {
        period: period.to_owned(),
    }
}

/// The URL of an alert `key` under `/security`: one item segment that decodes to the key.
fn check_alert(key: &str) -> Result<(), String> {
    let (_, uri, _) = sent(Security::singleton().alerts_v2().item(key).get());
    check_item_url(&uri, SERVICE_ROOT, "/security/alerts_v2", key, None)
}

/// The URL of `getEmailActivityCounts(period=...)`: one segment after `/reports`, whose
/// argument decodes to the string, each `'` doubled.
fn check_report_function(text: &str) -> Result<(), String> {
    let (_, uri, _) = sent(ReportRoot::singleton().get_email_activity_counts(&period(text)));
    let url = Url::parse(&uri).map_err(|error| format!("{uri:?}: {error}"))?;
    if url.as_str() != uri || url.query().is_some() || url.fragment().is_some() {
        return Err(format!("{uri:?}: WHATWG parsing gives {:?}", url.as_str()));
    }
    let segments: Vec<&str> = url.path_segments().into_iter().flatten().collect();
    let ["v1.0", "reports", call] = segments.as_slice() else {
        return Err(format!("{uri:?}: segments {segments:?}"));
    };
    let quoted = call
        .strip_prefix("getEmailActivityCounts(period='")
        .and_then(|rest| rest.strip_suffix("')"))
        .ok_or_else(|| format!("{uri:?}: call {call:?}"))?;
    if let Some(bad) = quoted
        .chars()
        .find(|ch| !ch.is_ascii_alphanumeric() && !"-._~%".contains(*ch))
    {
        return Err(format!("{uri:?}: {bad:?} in the argument"));
    }
    let decoded = percent_decode_str(quoted)
        .decode_utf8()
        .map_err(|error| format!("{uri:?}: {error}"))?;
    if decoded != text.replace('\'', "''") {
        return Err(format!("{uri:?}: the argument decodes to {decoded:?}"));
    }
    Ok(())
}

#[test]
fn hostile_keys_under_a_keyless_singleton_keep_the_url_shape() {
    for key in HOSTILE_STRINGS {
        assert_eq!(check_alert(key), Ok(()), "key {key:?}");
    }
}

#[test]
fn hostile_function_strings_of_a_keyless_singleton_keep_the_url_shape() {
    for text in HOSTILE_STRINGS {
        assert_eq!(check_report_function(text), Ok(()), "string {text:?}");
    }
}

proptest! {
    #[test]
    fn any_key_under_a_keyless_singleton_keeps_the_url_shape(key in any::<String>()) {
        prop_assert_eq!(check_alert(&key), Ok(()));
    }

    #[test]
    fn any_function_string_of_a_keyless_singleton_keeps_the_url_shape(text in any::<String>()) {
        prop_assert_eq!(check_report_function(&text), Ok(()));
    }
}

#[test]
fn a_keyless_entity_round_trips() {
    let document = json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#print",
        "@odata.type": "#microsoft.graph.print",
        "settings": {
            "documentConversionEnabled": false,
            "printerDiscoverySettings": {"airPrint": {"incompatiblePrinters": "showAll"}}
        },
        "futureProperty": [1, 2]
    });
    let print: Print = serde_json::from_value(document.clone()).unwrap();
    let settings = print.settings.as_ref().unwrap();
    assert_eq!(settings.document_conversion_enabled, Some(false));
    assert_eq!(
        settings
            .additional_data
            .get_as::<Value>("printerDiscoverySettings")
            .map(Result::unwrap),
        Some(json!({"airPrint": {"incompatiblePrinters": "showAll"}}))
    );
    assert_eq!(
        print
            .additional_data
            .get_as::<Value>("futureProperty")
            .map(Result::unwrap),
        Some(json!([1, 2]))
    );
    assert_eq!(serde_json::to_value(&print).unwrap(), document);
    let again: Print = serde_json::from_value(serde_json::to_value(&print).unwrap()).unwrap();
    assert_eq!(again, print);
    // A null is kept apart from absence, and written back.
    let nulled = json!({"@odata.type": "#microsoft.graph.print", "settings": null});
    let print: Print = serde_json::from_value(nulled.clone()).unwrap();
    assert_eq!(serde_json::to_value(&print).unwrap(), nulled);
}
