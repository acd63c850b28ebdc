//! The seed documents' examples, kept verbatim in `tests/fixtures/seed/`, read into the shipped
//! connector and written back.

use graph_entity::GraphEntity;
use graph_entity::resources::{
    DeviceManagementExchangeConnector as Connector, DeviceManagementExchangeConnectorStatus,
    DeviceManagementExchangeConnectorType,
};
use serde_json::Value;

const CREATE_REQUEST: &str = include_str!("../fixtures/seed/create-request.json");
const CREATE_RESPONSE: &str = include_str!("../fixtures/seed/create-response.json");
const REPRESENTATION: &str = include_str!("../fixtures/seed/resource-representation.json");

/// Parses `json` into the connector and writes it back, returning both as JSON values.
fn round_trip(json: &str) -> (Connector, Value, Value) {
    let connector: Connector = serde_json::from_str(json).expect("the document parses");
    let written = serde_json::to_value(&connector).expect("the connector serializes");
    let original: Value = serde_json::from_str(json).expect("the fixture is JSON");
    (connector, original, written)
}

#[test]
fn create_request_round_trips() {
    let (connector, original, written) = round_trip(CREATE_REQUEST);
    assert_eq!(written, original);
    assert_eq!(connector.id, None, "a create body has no key");
    assert_eq!(connector.key(), None);
    assert_eq!(connector.server_name.as_deref(), Some("Server Name value"));
    assert_eq!(
        connector.primary_smtp_address.as_deref(),
        Some("Primary Smtp Address value")
    );
    assert_eq!(
        connector
            .last_sync_date_time
            .as_ref()
            .map(ToString::to_string),
        Some("2017-01-01T00:02:54.239458+03:00".to_owned())
    );
}

#[test]
fn create_response_round_trips_and_keeps_unknown_enum_strings() {
    let (connector, original, written) = round_trip(CREATE_RESPONSE);
    assert_eq!(written, original);
    assert_eq!(
        connector.key(),
        Some("98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98")
    );
    // The docs' placeholder "String" is no member of either enum: the fields read as None and
    // the strings are kept, so the object neither fails nor loses them.
    assert_eq!(connector.status, None);
    assert_eq!(connector.exchange_connector_type, None);
    assert_eq!(
        connector.additional_data.get("status").map(|raw| raw.get()),
        Some("\"String\"")
    );
    // Written back in the field's own place, right after lastSyncDateTime.
    let text = serde_json::to_string(&connector).unwrap();
    let position = |needle: &str| text.find(needle).unwrap();
    assert!(position("\"lastSyncDateTime\"") < position("\"status\":\"String\""));
    assert!(position("\"status\":\"String\"") < position("\"version\""));
}

#[test]
fn odata_type_comes_first_and_properties_follow_declaration_order() {
    let (connector, _, _) = round_trip(CREATE_RESPONSE);
    let text = serde_json::to_string(&connector).unwrap();
    assert!(
        text.starts_with(
            r##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","id":"##
        ),
        "{text}"
    );
    let mut last = 0;
    for name in Connector::PROPERTIES {
        if let Some(found) = text.find(&format!("\"{name}\":")) {
            assert!(found > last, "{name} is out of declaration order in {text}");
            last = found;
        }
    }
}

#[test]
fn known_members_read_as_enum_values_and_write_back() {
    let json = r##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","exchangeConnectorType":"serviceToService","status":"connectionPending"}"##;
    let (connector, original, written) = round_trip(json);
    assert_eq!(written, original);
    assert_eq!(
        connector.status,
        Some(DeviceManagementExchangeConnectorStatus::ConnectionPending)
    );
    assert_eq!(
        connector.exchange_connector_type,
        Some(DeviceManagementExchangeConnectorType::ServiceToService)
    );
    assert!(connector.additional_data.is_empty());
}

#[test]
fn unknown_future_value_is_an_ordinary_member() {
    let json = r#"{"status":"unknownFutureValue"}"#;
    let connector: Connector = serde_json::from_str(json).unwrap();
    assert_eq!(
        connector.status,
        Some(DeviceManagementExchangeConnectorStatus::UnknownFutureValue)
    );
}

#[test]
fn members_added_after_this_crate_round_trip() {
    for member in [
        "String",
        "rebooting",
        "",
        "CONNECTED",
        "connected ",
        "é\"\\\n",
    ] {
        let json = serde_json::json!({
            "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
            "id": "c1",
            "status": member,
            "exchangeConnectorType": member,
        });
        let connector: Connector = serde_json::from_value(json.clone()).unwrap();
        assert_eq!(connector.status, None, "{member:?}");
        assert_eq!(serde_json::to_value(&connector).unwrap(), json);
    }
}

#[test]
fn the_four_documented_timestamps_round_trip() {
    for timestamp in [
        "2017-01-01T00:02:54.239458+03:00",
        "2017-01-01T00:02:49.3205976-08:00",
        "2024-05-01T10:00:00Z",
        "0001-01-01T00:00:00Z",
    ] {
        let json = serde_json::json!({
            "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
            "lastSyncDateTime": timestamp,
        });
        let connector: Connector = serde_json::from_value(json.clone()).unwrap();
        let written = serde_json::to_string(&connector).unwrap();
        assert!(written.contains(&format!("\"{timestamp}\"")), "{written}");
        assert_eq!(serde_json::to_value(&connector).unwrap(), json);
    }
}

#[test]
fn an_invalid_timestamp_is_an_error_not_a_panic() {
    // The resource page's JSON representation has placeholders where values go.
    let error = serde_json::from_str::<Connector>(REPRESENTATION).unwrap_err();
    assert!(error.to_string().contains("String (timestamp)"), "{error}");
    for bad in ["2017-13-01T00:00:00Z", "yesterday", "2017-01-01", ""] {
        let json = serde_json::json!({ "lastSyncDateTime": bad });
        assert!(
            serde_json::from_value::<Connector>(json).is_err(),
            "{bad:?}"
        );
    }
}

#[test]
fn odata_type_may_be_absent_or_given_with_or_without_hash() {
    for json in [
        r#"{"id":"c1"}"#,
        r##"{"@odata.type":"#microsoft.graph.deviceManagementExchangeConnector","id":"c1"}"##,
        r#"{"@odata.type":"microsoft.graph.deviceManagementExchangeConnector","id":"c1"}"#,
        r#"{"id":"c1","@odata.type":"microsoft.graph.deviceManagementExchangeConnector"}"#,
    ] {
        let connector: Connector = serde_json::from_str(json).unwrap();
        assert_eq!(connector.key(), Some("c1"), "{json}");
    }
}

#[test]
fn another_odata_type_is_an_error_naming_both_types() {
    let json = r##"{"@odata.type":"#microsoft.graph.deviceCategory","id":"c1"}"##;
    let error = serde_json::from_str::<Connector>(json)
        .unwrap_err()
        .to_string();
    assert!(error.contains("microsoft.graph.deviceCategory"), "{error}");
    assert!(
        error.contains("microsoft.graph.deviceManagementExchangeConnector"),
        "{error}"
    );
}

#[test]
fn control_information_and_unknown_properties_are_accepted() {
    let json = r##"{
        "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagement/exchangeConnectors/$entity",
        "@odata.etag": "W/\"3\"",
        "@odata.id": "https://graph.microsoft.com/beta/deviceManagement/exchangeConnectors('c1')",
        "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
        "id": "c1",
        "serverName@odata.type": "#String",
        "serverName": "mail01",
        "newProperty": {"nested": [1.10, "2024-05-01T10:00:00Z"]}
    }"##;
    let (connector, original, written) = round_trip(json);
    assert_eq!(written, original);
    assert_eq!(connector.server_name.as_deref(), Some("mail01"));
    assert_eq!(connector.additional_data.etag().as_deref(), Some("W/\"3\""));
    assert!(connector.additional_data.odata_id().is_some());
    assert_eq!(
        connector.additional_data.get("newProperty").unwrap().get(),
        r#"{"nested": [1.10, "2024-05-01T10:00:00Z"]}"#
    );
}

#[test]
fn null_and_absence_read_as_none() {
    let connector: Connector = serde_json::from_str(r#"{"id":null,"serverName":null}"#).unwrap();
    assert_eq!(connector.id, None);
    assert_eq!(connector.server_name, None);
    assert_eq!(connector.version, None);
}

#[test]
fn a_property_given_twice_is_an_error() {
    for json in [
        r#"{"id":"a","id":"b"}"#,
        r#"{"serverName":null,"serverName":"x"}"#,
        r#"{"status":"connected","status":"connected"}"#,
        r#"{"unknown":1,"unknown":2}"#,
        r#"{"@odata.type":"microsoft.graph.deviceManagementExchangeConnector","@odata.type":"microsoft.graph.deviceManagementExchangeConnector"}"#,
    ] {
        let error = serde_json::from_str::<Connector>(json)
            .unwrap_err()
            .to_string();
        assert!(error.contains("given twice"), "{json}: {error}");
    }
}

#[test]
fn malformed_documents_are_errors() {
    for json in [
        "",
        "[]",
        "\"connector\"",
        "null",
        "{",
        r#"{"id": 5}"#,
        r#"{"status": 2}"#,
        r#"{"id": "a",}"#,
    ] {
        assert!(serde_json::from_str::<Connector>(json).is_err(), "{json:?}");
    }
}

#[test]
fn deep_nesting_in_unknown_properties_is_an_error_not_a_stack_overflow() {
    let json = format!(
        r#"{{"deep":{}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(serde_json::from_str::<Connector>(&json).is_err());
}

#[test]
fn a_value_of_the_wrong_type_is_an_error_naming_the_property_and_position() {
    let error = serde_json::from_str::<Connector>(r#"{"id": "c1", "serverName": 42}"#).unwrap_err();
    let message = error.to_string();
    assert!(message.contains("property `serverName`"), "{message}");
    assert!(message.contains("invalid type: integer `42`"), "{message}");
    assert_eq!((error.line(), error.column()), (1, 29), "{message}");
    let error =
        serde_json::from_str::<Connector>(r#"{"lastSyncDateTime": "2024-02-30T00:00:00Z"}"#)
            .unwrap_err()
            .to_string();
    assert!(error.contains("property `lastSyncDateTime`"), "{error}");
    assert!(error.contains("2024-02-30T00:00:00Z"), "{error}");
}
