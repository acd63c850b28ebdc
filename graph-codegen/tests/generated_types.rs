//! Generated types are the types the CSDL declares: graph-resources' calls and properties read
//! Microsoft's published delta rounds and a user with an expanded drive, none of which carry
//! `@odata.type` on the values of the declared type, into typed fields (not `additional_data`),
//! and a value of a derived type into its variant of the enum rooted at the declared type, or,
//! where the derived type declares nothing of its own (`agentUser`), into the declared type.

use graph_entity::http;
use graph_entity::page::{DeltaItem, Page, RemovedReason};
use graph_entity::serde_json;
use graph_entity::{Call, GraphEntity, ThinVec};
use graph_resources::graph::{AnyMessage, Drive, Group, User};

macro_rules! fixture {
    ($name:literal) => {
        include_str!(concat!("../../tests/fixtures/responses/", $name))
    };
}

fn ok(body: &str) -> http::Response<Vec<u8>> {
    http::Response::builder()
        .status(200)
        .header("content-type", "application/json")
        .body(body.as_bytes().to_vec())
        .expect("a valid response")
}

/// The type of a call, exactly: a call of another return type does not compile.
fn users_delta(call: Call<Page<DeltaItem<User>>>) -> Call<Page<DeltaItem<User>>> {
    call
}

fn groups_delta(call: Call<Page<DeltaItem<Group>>>) -> Call<Page<DeltaItem<Group>>> {
    call
}

/// The field's type, exactly.
fn drive_field(user: &User) -> &Option<Box<Drive>> {
    &user.drive
}

/// A user present in a delta round.
fn present(item: &DeltaItem<User>) -> &User {
    match item {
        DeltaItem::Present(user) => user,
        other => panic!("not present: {other:?}"),
    }
}

#[test]
fn the_users_delta_reads_users_not_directory_objects() {
    // `user`'s one derived type in v1.0, `agentUser`, declares nothing of its own: the call
    // returns `user` itself, not `directoryObject` nor an enum of `user`'s derived types.
    let call = users_delta(User::collection().delta());
    assert_eq!(call.to_string(), "GET /users/delta()");

    let round_1 = call.read(&ok(fixture!("delta-users-1.json"))).unwrap();
    assert_eq!(round_1.value.len(), 2);
    let first = present(&round_1.value[0]);
    assert_eq!(first.display_name.as_deref(), Some("Testing 1"));
    assert_eq!(first.given_name.as_deref(), Some("Testing"));
    assert_eq!(first.surname.as_deref(), Some("1"));
    assert_eq!(
        first.base.id.as_deref(),
        Some("7f5b1a8e-11a4-44fb-8a2a-39e2ad9e7a21")
    );
    for property in ["displayName", "givenName", "surname", "id"] {
        assert!(
            first.base.additional_data.get(property).is_none(),
            "{property} left in additional_data"
        );
    }

    let round_2 = call.read(&ok(fixture!("delta-users-2.json"))).unwrap();
    assert_eq!(
        present(&round_2.value[0]).display_name.as_deref(),
        Some("Testing 3")
    );
    match &round_2.value[1] {
        DeltaItem::Removed(removed) => assert_eq!(removed.reason, RemovedReason::Changed),
        other => panic!("not removed: {other:?}"),
    }

    let round_3 = call.read(&ok(fixture!("delta-users-3.json"))).unwrap();
    assert_eq!(
        present(&round_3.value[0]).display_name.as_deref(),
        Some("Testing 1 (renamed)")
    );
}

#[test]
fn an_agent_user_in_the_users_delta_reads_as_a_user_and_keeps_its_type() {
    let call = users_delta(User::collection().delta());
    let page = r##"{
        "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users",
        "value": [
            {"id": "u1", "displayName": "Adele Vance"},
            {
                "@odata.type": "#microsoft.graph.agentUser",
                "id": "a1",
                "displayName": "Build agent",
                "accountEnabled": true
            }
        ]
    }"##;
    let round = call.read(&ok(page)).unwrap();
    let adele = present(&round.value[0]);
    assert_eq!(adele.base.additional_data.odata_type(), None);
    let agent = present(&round.value[1]);
    assert_eq!(agent.display_name.as_deref(), Some("Build agent"));
    assert_eq!(agent.account_enabled, Some(true));
    assert_eq!(agent.base.id.as_deref(), Some("a1"));
    assert_eq!(
        agent.base.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.agentUser")
    );
    // Written back as read: the agent user's type, not `user`'s.
    let written = serde_json::to_value(agent).unwrap();
    assert_eq!(written["@odata.type"], "#microsoft.graph.agentUser");
    assert_eq!(written["displayName"], "Build agent");
    assert_eq!(
        serde_json::to_value(adele).unwrap()["@odata.type"],
        "#microsoft.graph.user"
    );
}

#[test]
fn the_groups_delta_reads_groups() {
    let call = groups_delta(Group::collection().delta());
    let round = call.read(&ok(fixture!("delta-groups-1.json"))).unwrap();
    let DeltaItem::Present(group) = &round.value[0] else {
        panic!("not present: {:?}", round.value[0]);
    };
    assert_eq!(group.display_name.as_deref(), Some("All Company"));
    assert_eq!(
        group.description.as_deref(),
        Some("This is the default group for everyone in the network")
    );
    assert_eq!(
        group.group_types.as_deref(),
        Some(&["Unified".to_owned()][..])
    );
    assert_eq!(group.mail.as_deref(), Some("allcompany@contoso.com"));
    assert_eq!(
        group.created_date_time.map(|t| t.to_string()).as_deref(),
        Some("2021-03-12T10:36:14Z")
    );
    for property in [
        "displayName",
        "description",
        "groupTypes",
        "mail",
        "createdDateTime",
    ] {
        assert!(
            group.base.additional_data.get(property).is_none(),
            "{property} left in additional_data"
        );
    }
    // `members@delta` is no property of `group`: kept as it came.
    assert!(group.base.additional_data.get("members@delta").is_some());
}

#[test]
fn an_expanded_drive_without_odata_type_reads_as_a_drive() {
    let json = r#"{
        "id": "87d349ed-44d7-43e1-9a83-5f2406dee5bd",
        "displayName": "Adele Vance",
        "drive": {
            "id": "b!-RIj2DuyvEyV1T4NlOaMHk8XkS_I8MdFlUCq1BlcjgmhRfAj3-Z8RY2VpuvV_tpd",
            "driveType": "business",
            "name": "OneDrive",
            "webUrl": "https://contoso-my.sharepoint.com/personal/adelev_contoso_com/Documents",
            "createdDateTime": "2017-07-27T02:41:36Z"
        }
    }"#;
    let user: User = serde_json::from_str(json).unwrap();
    let drive = drive_field(&user).as_deref().expect("the drive is read");
    assert_eq!(drive.drive_type.as_deref(), Some("business"));
    assert_eq!(drive.base.name.as_deref(), Some("OneDrive"));
    assert_eq!(
        drive.base.id.as_deref(),
        Some("b!-RIj2DuyvEyV1T4NlOaMHk8XkS_I8MdFlUCq1BlcjgmhRfAj3-Z8RY2VpuvV_tpd")
    );
    assert!(drive.base.created_date_time.is_some());
    assert!(drive.base.additional_data.is_empty(), "{drive:?}");
    assert!(user.base.additional_data.get("drive").is_none());
}

#[test]
fn a_value_of_a_derived_type_reads_into_its_variant_of_the_enum_rooted_at_the_declared_type() {
    // `user.messages` is `Collection(microsoft.graph.message)`: `AnyMessage`, rooted at
    // `message` (not at `outlookItem`).
    let json = r##"{
        "id": "u1",
        "messages": [
            {"id": "m1", "subject": "Plain"},
            {
                "@odata.type": "#microsoft.graph.eventMessageRequest",
                "id": "m2",
                "subject": "Meeting",
                "meetingMessageType": "meetingRequest",
                "responseRequested": true
            }
        ]
    }"##;
    let user: User = serde_json::from_str(json).unwrap();
    let messages: &ThinVec<AnyMessage> = user.messages.as_ref().unwrap();
    match &messages[0] {
        AnyMessage::Other(message) => assert_eq!(message.subject.as_deref(), Some("Plain")),
        other => panic!("not a message: {other:?}"),
    }
    match &messages[1] {
        AnyMessage::EventMessageRequest(request) => {
            assert_eq!(request.response_requested, Some(true));
            assert_eq!(request.base.base.subject.as_deref(), Some("Meeting"));
        }
        other => panic!("not an eventMessageRequest: {other:?}"),
    }
    // The enum's base view is the declared type.
    assert_eq!(messages[1].base().subject.as_deref(), Some("Meeting"));
}
