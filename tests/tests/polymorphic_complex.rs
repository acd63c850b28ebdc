//! Polymorphic complex values (issue 9, item 5): a property whose type is a complex type with
//! derived types reads every one of them, in single fields and in collections. Declarations:
//! `graph_entity_tests::drive_items`, from the v1.0 CSDL.

use graph_entity::CreateBody;
use graph_entity_tests::drive_items::{
    ActionState, AnyDeviceActionResult, AnyIdentity, AnyServiceProvisioningError, DriveItem,
    Identity, IdentitySet, ManagedDevice, RemoteLockActionResult, ServiceProvisioningError,
    TeamworkUserIdentityType, User, UserIdentity,
};
use serde_json::{Value, json};

/// Reads `document` as `T`, writes it back, and returns both.
fn round_trip<T: serde::de::DeserializeOwned + serde::Serialize>(document: &Value) -> (T, Value) {
    let text = document.to_string();
    let value: T = serde_json::from_str(&text).unwrap_or_else(|error| panic!("{text}: {error}"));
    let written = serde_json::to_value(&value).unwrap();
    (value, written)
}

/// A `driveItem` as `GET /drives/{id}/items/{id}` returns it: `createdBy.user` is a
/// `sharePointIdentity` (a derived identity not declared here, with its own `loginName`),
/// `createdBy.device` a declared `teamworkUserIdentity`, `createdBy.application` a plain
/// `identity`, and `lastModifiedBy.user` a `userIdentity`.
fn drive_item() -> Value {
    json!({
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#drives('b!x')/items/$entity",
        "@odata.etag": "\"{5D0E6D8A-2E3B-4C5D-9E8F-0A1B2C3D4E5F},2\"",
        "@microsoft.graph.downloadUrl": "https://contoso.sharepoint.com/download?id=1",
        "id": "01BYE5RZ6QN3ZWBTUFOFD3GSPGOHDJD36K",
        "createdBy": {
            "user": {
                "@odata.type": "#microsoft.graph.sharePointIdentity",
                "displayName": "Megan Bowen",
                "id": "48d31887-5fad-4d73-a9f5-3c356e68a038",
                "loginName": "i:0#.f|membership|meganb@contoso.com"
            },
            "device": {
                "@odata.type": "#microsoft.graph.teamworkUserIdentity",
                "displayName": "Surface Hub",
                "id": "d1",
                "userIdentityType": "aadUser"
            },
            "application": {
                "displayName": "OneDrive",
                "id": "b4ee"
            }
        },
        "createdDateTime": "2017-08-07T16:16:30Z",
        "eTag": "\"{5D0E6D8A-2E3B-4C5D-9E8F-0A1B2C3D4E5F},2\"",
        "lastModifiedBy": {
            "user": {
                "@odata.type": "#microsoft.graph.userIdentity",
                "displayName": "Alex Wilber",
                "id": "a1",
                "userPrincipalName": "alexw@contoso.com",
                "ipAddress": "203.0.113.7"
            }
        },
        "lastModifiedDateTime": "2017-08-07T16:16:30Z",
        "name": "CR-227 Project",
        "webUrl": "https://contoso.sharepoint.com/sites/x/CR-227",
        "cTag": "\"c:{5D0E6D8A},0\"",
        "size": 1959281,
        "folder": {"childCount": 5},
        "parentReference": {"driveId": "b!x", "driveType": "documentLibrary", "id": "root"}
    })
}

#[test]
fn drive_item_with_an_undeclared_and_a_declared_derived_identity_round_trips_equal() {
    let document = drive_item();
    let (item, written) = round_trip::<DriveItem>(&document);
    // Both identity sets come back exactly as read, and so does the whole item, but for the
    // entity's own `@odata.type`, which an entity read without one writes (the document named
    // none: `GET /drives/{id}/items/{id}` does not).
    assert_eq!(written["createdBy"], document["createdBy"]);
    assert_eq!(written["lastModifiedBy"], document["lastModifiedBy"]);
    let mut expected = document.clone();
    expected["@odata.type"] = json!("#microsoft.graph.driveItem");
    assert_eq!(written, expected);
    // Read back, it is the same value.
    assert_eq!(serde_json::from_value::<DriveItem>(written).unwrap(), item);

    let created_by = item.base.created_by.as_ref().unwrap();
    // An undeclared derived identity reads as `identity`, keeping its type and `loginName`.
    let Some(AnyIdentity::Other(user)) = &created_by.user else {
        panic!("createdBy.user: {:?}", created_by.user)
    };
    assert_eq!(user.display_name.as_deref(), Some("Megan Bowen"));
    assert_eq!(
        user.id.as_deref(),
        Some("48d31887-5fad-4d73-a9f5-3c356e68a038")
    );
    assert_eq!(
        user.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.sharePointIdentity")
    );
    assert_eq!(
        user.additional_data.get("loginName").map(|raw| raw.get()),
        Some("\"i:0#.f|membership|meganb@contoso.com\"")
    );
    // A declared one reads as its type.
    let Some(AnyIdentity::TeamworkUser(device)) = &created_by.device else {
        panic!("createdBy.device: {:?}", created_by.device)
    };
    assert_eq!(device.base.display_name.as_deref(), Some("Surface Hub"));
    assert_eq!(
        device.user_identity_type,
        Some(TeamworkUserIdentityType::AadUser)
    );
    // No `@odata.type`: the declared type itself.
    let Some(AnyIdentity::Other(application)) = &created_by.application else {
        panic!("createdBy.application: {:?}", created_by.application)
    };
    assert_eq!(application.additional_data.odata_type().as_deref(), None);
    assert_eq!(application.id.as_deref(), Some("b4ee"));

    let modified_by = item.base.last_modified_by.as_ref().unwrap();
    assert_eq!(
        modified_by.user,
        Some(AnyIdentity::User(UserIdentity {
            base: Identity {
                display_name: Some("Alex Wilber".into()),
                id: Some("a1".into()),
                ..Identity::default()
            },
            ip_address: Some("203.0.113.7".into()),
            user_principal_name: Some("alexw@contoso.com".into()),
        }))
    );
    assert_eq!(item.size, Some(1_959_281));
}

#[test]
fn a_known_derived_identity_written_from_code_names_its_type() {
    let set = IdentitySet {
        user: Some(AnyIdentity::User(UserIdentity {
            base: Identity {
                id: Some("u1".into()),
                ..Identity::default()
            },
            user_principal_name: Some("u1@contoso.com".into()),
            ..UserIdentity::default()
        })),
        application: Some(AnyIdentity::Other(Identity {
            id: Some("app".into()),
            ..Identity::default()
        })),
        ..IdentitySet::default()
    };
    assert_eq!(
        serde_json::to_value(&set).unwrap(),
        json!({
            "application": {"id": "app"},
            "user": {
                "@odata.type": "#microsoft.graph.userIdentity",
                "id": "u1",
                "userPrincipalName": "u1@contoso.com"
            }
        })
    );
}

#[test]
fn every_spelling_of_a_derived_type_reads_as_it() {
    for spelling in [
        "#microsoft.graph.userIdentity",
        "microsoft.graph.userIdentity",
        "#graph.userIdentity",
    ] {
        let document = json!({"user": {"@odata.type": spelling, "id": "u"}});
        let (set, written) = round_trip::<IdentitySet>(&document);
        assert!(
            matches!(set.user, Some(AnyIdentity::User(_))),
            "{spelling}: {:?}",
            set.user
        );
        assert_eq!(written, document, "{spelling}");
    }
}

#[test]
fn explicit_null_identities_round_trip() {
    let document = json!({"application": null, "device": null, "user": {"id": "u"}});
    let (set, written) = round_trip::<IdentitySet>(&document);
    assert_eq!(set.application, None);
    assert_eq!(written, document);
}

#[test]
fn device_action_results_of_known_and_unknown_types_round_trip_in_a_collection() {
    let document = json!({
        "@odata.type": "#microsoft.graph.managedDevice",
        "id": "md1",
        "deviceName": "DESKTOP-1",
        "deviceActionResults": [
            {
                "@odata.type": "#microsoft.graph.remoteLockActionResult",
                "actionName": "remoteLock",
                "actionState": "done",
                "startDateTime": "2024-01-02T03:04:05Z",
                "lastUpdatedDateTime": "2024-01-02T03:05:00Z",
                "unlockPin": "1234"
            },
            {
                "@odata.type": "#microsoft.graph.locateDeviceActionResult",
                "actionName": "locateDevice",
                "actionState": "pending",
                "startDateTime": "2024-01-02T03:04:05Z",
                "lastUpdatedDateTime": "2024-01-02T03:04:05Z",
                "deviceLocation": {"latitude": 47.6, "longitude": -122.1, "altitude": null}
            },
            {
                "@odata.type": "#microsoft.graph.resetPasscodeActionResult",
                "actionName": "resetPasscode",
                "actionState": "someStateAddedLater",
                "errorCode": 0,
                "passcode": null
            },
            {
                "actionName": "retire",
                "actionState": "failed"
            }
        ]
    });
    let (device, written) = round_trip::<ManagedDevice>(&document);
    assert_eq!(written, document);
    let results = device.device_action_results.as_ref().unwrap();
    assert_eq!(results.len(), 4);
    assert_eq!(
        results[0],
        AnyDeviceActionResult::RemoteLock(RemoteLockActionResult {
            base: graph_entity_tests::drive_items::DeviceActionResult {
                action_name: Some("remoteLock".into()),
                action_state: Some(ActionState::Done),
                last_updated_date_time: Some("2024-01-02T03:05:00Z".parse().unwrap()),
                start_date_time: Some("2024-01-02T03:04:05Z".parse().unwrap()),
                ..Default::default()
            },
            unlock_pin: Some("1234".into()),
        })
    );
    let AnyDeviceActionResult::Other(locate) = &results[1] else {
        panic!("{:?}", results[1])
    };
    assert_eq!(locate.action_state, Some(ActionState::Pending));
    assert_eq!(
        locate.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.locateDeviceActionResult")
    );
    assert!(locate.additional_data.get("deviceLocation").is_some());
    let AnyDeviceActionResult::ResetPasscode(reset) = &results[2] else {
        panic!("{:?}", results[2])
    };
    assert_eq!(reset.error_code, Some(0));
    assert_eq!(
        reset.base.action_state, None,
        "an unknown member is kept aside"
    );
    assert!(matches!(&results[3], AnyDeviceActionResult::Other(_)));
}

#[test]
fn service_provisioning_errors_of_an_abstract_type_round_trip() {
    let document = json!({
        "@odata.type": "#microsoft.graph.user",
        "id": "u1",
        "displayName": "Adele Vance",
        "serviceProvisioningErrors": [
            {
                "@odata.type": "#microsoft.graph.serviceProvisioningXmlError",
                "createdDateTime": "2023-05-06T07:08:09Z",
                "isResolved": false,
                "serviceInstance": "exchange/namprd02-012-01",
                "errorDetail": "<ServiceInstance>...</ServiceInstance>"
            },
            {
                "@odata.type": "#microsoft.graph.serviceProvisioningJsonError",
                "isResolved": true,
                "serviceInstance": "SharePoint/Dublin",
                "errorDetail": {"code": "E1", "nested": [1, 2, {"a": null}]}
            }
        ]
    });
    let (user, written) = round_trip::<User>(&document);
    assert_eq!(written, document);
    let errors = user.service_provisioning_errors.as_ref().unwrap();
    let AnyServiceProvisioningError::Xml(xml) = &errors[0] else {
        panic!("{:?}", errors[0])
    };
    assert_eq!(
        xml.error_detail.as_deref(),
        Some("<ServiceInstance>...</ServiceInstance>")
    );
    assert_eq!(xml.base.is_resolved, Some(false));
    let AnyServiceProvisioningError::Other(ServiceProvisioningError {
        is_resolved,
        additional_data,
        ..
    }) = &errors[1]
    else {
        panic!("{:?}", errors[1])
    };
    assert_eq!(*is_resolved, Some(true));
    assert_eq!(
        additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.serviceProvisioningJsonError")
    );
}

#[test]
fn an_item_that_is_not_an_object_is_an_error_naming_the_property() {
    for (document, property) in [
        (
            json!({"id": "md1", "deviceActionResults": [{"actionName": "x"}, 7]}),
            "deviceActionResults",
        ),
        (
            json!({"id": "md1", "deviceActionResults": ["remoteLock"]}),
            "deviceActionResults",
        ),
        (
            json!({"id": "md1", "deviceActionResults": {"actionName": "x"}}),
            "deviceActionResults",
        ),
    ] {
        let error = serde_json::from_value::<ManagedDevice>(document.clone())
            .expect_err(&document.to_string())
            .to_string();
        assert!(error.contains(property), "{document}: {error}");
    }
    for (document, property) in [
        (json!({"user": "alex"}), "user"),
        (json!({"device": [{"id": "d"}]}), "device"),
        (json!({"application": 3}), "application"),
    ] {
        let error = serde_json::from_value::<IdentitySet>(document.clone())
            .expect_err(&document.to_string())
            .to_string();
        assert!(error.contains(property), "{document}: {error}");
    }
}

#[test]
fn a_mistyped_property_inside_a_derived_value_is_an_error_naming_it() {
    let document =
        json!({"user": {"@odata.type": "#microsoft.graph.userIdentity", "userPrincipalName": 5}});
    let error = serde_json::from_value::<IdentitySet>(document)
        .unwrap_err()
        .to_string();
    assert!(error.contains("userPrincipalName"), "{error}");
}

#[test]
fn a_drive_item_create_body_leaves_out_read_only_identity_sets() {
    let (item, _) = round_trip::<DriveItem>(&drive_item());
    // `driveItem` is addressed under a drive (`/drives/{drive-id}/items`), not declared here: its
    // create body is `CreateBody`, what `create_with` sends.
    let body = serde_json::to_value(CreateBody(&item)).unwrap();
    assert!(body.get("createdBy").is_none(), "{body}");
    assert!(body.get("lastModifiedBy").is_none(), "{body}");
    assert_eq!(body["name"], "CR-227 Project");
}

#[test]
fn errors_inside_a_collection_say_where_in_the_document() {
    for (text, expected) in [
        (
            r#"{"id": "md1", "deviceActionResults": [{"actionName": "x"}, 7]}"#,
            "property `deviceActionResults`: invalid type: integer `7`, expected a JSON object \
             (a complex or entity value) at line 1 column 60",
        ),
        (
            "{\"id\": \"md1\",\n \"deviceActionResults\": [null]}",
            "property `deviceActionResults`: invalid type: null, expected a JSON object \
             (a complex or entity value) at line 2 column 29",
        ),
        (
            r#"{"id": "md1", "deviceActionResults": [{"@odata.type": 5}]}"#,
            "property `deviceActionResults`: property `@odata.type`: invalid type: integer `5`, \
             expected a string at line 1 column 55",
        ),
        (
            r##"{"deviceActionResults": [{"@odata.type": "#microsoft.graph.remoteLockActionResult", "unlockPin": 5}]}"##,
            "property `deviceActionResults`: property `unlockPin`: invalid type: integer `5`, \
             expected a string at line 1 column 98",
        ),
        // An item whose `@odata.type` is not its first member is taken whole and read again:
        // the error says where it is within the item (as taken, without white space), and the
        // document's position is where the item ends.
        (
            r##"{"deviceActionResults": [{"unlockPin": 5, "@odata.type": "#microsoft.graph.remoteLockActionResult"}]}"##,
            "property `deviceActionResults`: property `unlockPin`: invalid type: integer `5`, \
             expected a string, at line 1 column 14 of the item that ends at line 1 column 99",
        ),
    ] {
        let error = serde_json::from_str::<ManagedDevice>(text).unwrap_err();
        assert_eq!(error.to_string(), expected, "{text}");
    }
}

mod round_trips {
    use super::*;
    use proptest::prelude::*;

    /// A JSON scalar of any kind, as an unknown property's value.
    fn scalar() -> impl Strategy<Value = Value> {
        prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            ".{0,8}".prop_map(Value::from),
        ]
    }

    /// One `identity` value: of a declared derived type, of an undeclared one (with an extra
    /// property), or with no `@odata.type`.
    fn identity() -> impl Strategy<Value = Value> {
        let type_name = prop_oneof![
            Just(None),
            Just(Some("#microsoft.graph.userIdentity")),
            Just(Some("#microsoft.graph.teamworkUserIdentity")),
            Just(Some("#microsoft.graph.emailIdentity")),
            Just(Some("#microsoft.graph.sharePointIdentity")),
            Just(Some("#microsoft.graph.provisionedIdentity")),
            Just(Some("#microsoft.graph.someIdentityAddedLater")),
        ];
        (
            type_name,
            proptest::option::of(".{0,8}"),
            proptest::option::of(".{0,8}"),
            proptest::option::of(scalar()),
        )
            .prop_map(|(type_name, display_name, id, extra)| {
                let mut object = serde_json::Map::new();
                if let Some(type_name) = type_name {
                    object.insert("@odata.type".into(), json!(type_name));
                }
                if let Some(display_name) = display_name {
                    object.insert("displayName".into(), json!(display_name));
                }
                if let Some(id) = id {
                    object.insert("id".into(), json!(id));
                }
                match (type_name, extra) {
                    (Some("#microsoft.graph.userIdentity"), _) => {
                        object.insert("userPrincipalName".into(), json!("a@b.c"));
                    }
                    (Some("#microsoft.graph.emailIdentity"), _) => {
                        object.insert("email".into(), json!("a@b.c"));
                    }
                    (Some("#microsoft.graph.teamworkUserIdentity"), _) => {
                        object.insert("userIdentityType".into(), json!("anonymousGuest"));
                    }
                    (_, Some(extra)) => {
                        object.insert("loginName".into(), extra);
                    }
                    (_, None) => {}
                }
                Value::Object(object)
            })
    }

    proptest! {
        #[test]
        fn identity_sets_round_trip(
            user in proptest::option::of(identity()),
            device in proptest::option::of(identity()),
            application in proptest::option::of(identity()),
        ) {
            let mut document = serde_json::Map::new();
            for (name, value) in [("application", application), ("device", device), ("user", user)] {
                if let Some(value) = value {
                    document.insert(name.into(), value);
                }
            }
            let document = Value::Object(document);
            let (_, written) = round_trip::<IdentitySet>(&document);
            prop_assert_eq!(written, document);
        }

        #[test]
        fn collections_of_identities_round_trip(items in proptest::collection::vec(identity(), 0..6)) {
            let document = Value::Array(items);
            let (_, written) = round_trip::<Vec<AnyIdentity>>(&document);
            prop_assert_eq!(written, document);
        }
    }
}

#[test]
fn a_property_declared_with_the_base_complex_type_reads_every_derived_type_as_it() {
    // No enum: a field or collection of the hierarchy's root type (`Option<Identity>`,
    // `Vec<ServiceProvisioningError>`) reads a derived value as the root, keeping its type and
    // extra properties. This is what keeps a response readable when Graph adds a derived type.
    let document = json!({
        "@odata.type": "#microsoft.graph.sharePointIdentity",
        "displayName": "Megan Bowen",
        "loginName": "i:0#.f|membership|meganb@contoso.com"
    });
    let (identity, written) = round_trip::<Identity>(&document);
    assert_eq!(written, document);
    assert_eq!(identity.display_name.as_deref(), Some("Megan Bowen"));
    assert_eq!(
        identity.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.sharePointIdentity")
    );

    let document = json!([
        {"@odata.type": "#microsoft.graph.serviceProvisioningXmlError", "errorDetail": "<x/>"},
        {"@odata.type": "microsoft.graph.serviceProvisioningErrorAddedLater", "isResolved": true},
        {"serviceInstance": "exchange"}
    ]);
    let (errors, written) = round_trip::<Vec<ServiceProvisioningError>>(&document);
    assert_eq!(written, document);
    assert_eq!(errors[1].is_resolved, Some(true));
    assert_eq!(
        errors[2],
        ServiceProvisioningError {
            service_instance: Some("exchange".into()),
            ..ServiceProvisioningError::default()
        }
    );
}

#[test]
fn a_base_read_through_the_enum_without_a_type_equals_one_built_in_code() {
    let (identity, written) = round_trip::<AnyIdentity>(&json!({"id": "app"}));
    assert_eq!(
        identity,
        AnyIdentity::Other(Identity {
            id: Some("app".into()),
            ..Identity::default()
        })
    );
    assert_eq!(written, json!({"id": "app"}));
}

#[test]
fn entities_still_check_their_type_and_derived_complex_types_keep_another() {
    let error =
        serde_json::from_value::<DriveItem>(json!({"@odata.type": "#microsoft.graph.user"}))
            .unwrap_err()
            .to_string();
    assert!(error.contains("#microsoft.graph.user"), "{error}");
    // A property typed `userIdentity` may hold a type derived from it that this program does
    // not declare: read as `userIdentity`, kept, written back.
    let document =
        json!({"@odata.type": "#microsoft.graph.auditUserIdentity", "homeTenantId": "t1"});
    let (identity, written) = round_trip::<UserIdentity>(&document);
    assert_eq!(
        identity.base.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.auditUserIdentity")
    );
    assert_eq!(written, document);
}

/// Not a Graph type: an entity with every shape of field a polymorphic complex value can have,
/// to see them through patches too.
#[derive(graph_entity::GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.testHolder",
    path = "/testHolders"
)]
struct Holder {
    id: Option<String>,
    owner: graph_entity::Nullable<AnyIdentity>,
    owners: Option<Vec<AnyIdentity>>,
    #[graph(additional_data)]
    additional_data: graph_entity::AdditionalData,
}

#[test]
fn nullable_fields_and_patches_of_polymorphic_complex_values() {
    use graph_entity::{GraphEntity, Nullable};
    let document = json!({
        "@odata.type": "#microsoft.graph.testHolder",
        "id": "h1",
        "owner": null,
        "owners": [
            {"@odata.type": "#microsoft.graph.emailIdentity", "email": "a@b.c"},
            {"@odata.type": "#microsoft.graph.provisionedIdentity", "identityType": "user"}
        ]
    });
    let (holder, written) = round_trip::<Holder>(&document);
    assert_eq!(written, document);
    assert_eq!(holder.owner, Nullable::Null);
    assert!(matches!(
        holder.owners.as_deref(),
        Some([AnyIdentity::Email(_), AnyIdentity::Other(_)])
    ));

    let patch = HolderPatch::default()
        .owner(Some(AnyIdentity::User(UserIdentity {
            user_principal_name: Some("u@contoso.com".into()),
            ..UserIdentity::default()
        })))
        .owners(holder.owners.clone());
    let update = Holder::update_with("h1", &patch).unwrap();
    assert_eq!(
        serde_json::from_slice::<Value>(update.body().unwrap()).unwrap(),
        json!({
            "owner": {"@odata.type": "#microsoft.graph.userIdentity", "userPrincipalName": "u@contoso.com"},
            "owners": document["owners"]
        })
    );
}
