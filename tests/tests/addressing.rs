//! Typed addressing over real v1.0 shapes (`graph_entity_tests::directory`): every request is
//! compared exactly (method, path, body), under a service root as an `http::Request`.

use graph_entity::address::{CollectionPath, SingletonPath};
use graph_entity::edm::DateTimeOffset;
use graph_entity::edm::{Date, Guid};
use graph_entity::http::{Method, Response};
use graph_entity::response::page::DeltaItem;
use graph_entity::serde_json::{self, Value, json};
use graph_entity::{GraphEntity, Operation, Query, ServiceRoot};
use graph_entity_tests::directory::*;
use percent_encoding::percent_decode_str;
use proptest::prelude::*;
use url::Url;

use graph_entity_tests::sent::sent;

fn get(url: &str) -> (Method, String, Option<Value>) {
    (
        Method::GET,
        format!("https://graph.microsoft.com/v1.0{url}"),
        None,
    )
}

fn me() -> SingletonPath<User> {
    SingletonPath::root("/me")
}

#[test]
fn a_user_through_its_entity_set_the_me_singleton_and_a_cast() {
    assert_eq!(sent(User::item("u1").get()), get("/users/u1"));
    assert_eq!(sent(me().get()), get("/me"));
    let cast = DirectoryObject::item("u1").cast::<User, _>();
    assert_eq!(
        sent(cast.get()),
        get("/directoryObjects/u1/microsoft.graph.user")
    );
    assert_eq!(
        sent(DirectoryObject::collection().cast::<User, _>().list()),
        get("/directoryObjects/microsoft.graph.user")
    );
    // The derived type's own entity set, and its constants.
    assert_eq!(User::COLLECTION_PATH, "/users");
    assert_eq!(User::ITEM_PATH, "/users/{id}");
    assert_eq!(DirectoryObject::COLLECTION_PATH, "/directoryObjects");
    assert_eq!(User::collection().item("u1").template(), "/users/{user-id}");
    assert_eq!(User::get("u 1").to_string(), "GET /users/u%201");
}

#[test]
fn a_singleton_reads_and_updates_without_a_key() {
    let patch = UserPatch {
        display_name: Some("Ada".to_owned()).into(),
        ..Default::default()
    };
    // A derived type's patch names its type, as for any derived type.
    assert_eq!(
        sent(me().update_with(&patch).unwrap()),
        (
            Method::PATCH,
            "https://graph.microsoft.com/v1.0/me".to_owned(),
            Some(json!({"@odata.type": "#microsoft.graph.user", "displayName": "Ada"}))
        )
    );
    assert_eq!(
        sent(DeviceManagement::singleton().get()),
        get("/deviceManagement")
    );
    assert_eq!(
        DeviceManagement::singleton().template(),
        "/deviceManagement"
    );
}

#[test]
fn policy_assignments_two_levels_deep() {
    let policies = DeviceManagement::singleton().device_compliance_policies();
    let assignments = policies.item("p/1").assignments();
    assert_eq!(
        sent(assignments.list()),
        get("/deviceManagement/deviceCompliancePolicies/p%2F1/assignments")
    );
    assert_eq!(
        sent(assignments.item("a1").delete()),
        (
            Method::DELETE,
            "https://graph.microsoft.com/v1.0/deviceManagement/deviceCompliancePolicies/p%2F1/assignments/a1"
                .to_owned(),
            None
        )
    );
    assert_eq!(
        assignments.item("a1").template(),
        "/deviceManagement/deviceCompliancePolicies/{deviceCompliancePolicy-id}/assignments/\
         {deviceCompliancePolicyAssignment-id}"
    );
}

#[test]
fn messages_three_levels_deep_under_a_user_and_under_me() {
    let under_user = User::item("u1")
        .mail_folders()
        .item("inbox")
        .messages()
        .item("m1")
        .get();
    assert_eq!(
        sent(under_user),
        get("/users/u1/mailFolders/inbox/messages/m1")
    );
    let under_me = me()
        .mail_folders()
        .item("f1")
        .child_folders()
        .item("f2")
        .messages();
    assert_eq!(
        sent(under_me.list()),
        get("/me/mailFolders/f1/childFolders/f2/messages")
    );
    assert_eq!(
        under_me.template(),
        "/me/mailFolders/{mailFolder-id}/childFolders/{mailFolder-id}/messages"
    );
    assert_eq!(
        sent(me().messages().item("m1").get()),
        get("/me/messages/m1")
    );
    let moved = me()
        .messages()
        .item("m1")
        .r#move(&MoveParameters {
            destination_id: Some("deleteditems".to_owned()),
        })
        .unwrap();
    assert_eq!(
        sent(moved),
        (
            Method::POST,
            "https://graph.microsoft.com/v1.0/me/messages/m1/move".to_owned(),
            Some(json!({"DestinationId": "deleteditems"}))
        )
    );
    assert_eq!(
        sent(me().messages().item("m1").send()),
        (
            Method::POST,
            "https://graph.microsoft.com/v1.0/me/messages/m1/send".to_owned(),
            None
        )
    );
}

#[test]
fn a_managed_device_under_device_management_and_under_a_user() {
    let managed = DeviceManagement::singleton().managed_devices().item("d1");
    assert_eq!(
        sent(managed.get()),
        get("/deviceManagement/managedDevices/d1")
    );
    let of_user = User::item("u1").managed_devices().item("d1");
    assert_eq!(sent(of_user.get()), get("/users/u1/managedDevices/d1"));
    assert_eq!(
        sent(of_user.retire()),
        (
            Method::POST,
            "https://graph.microsoft.com/v1.0/users/u1/managedDevices/d1/retire".to_owned(),
            None
        )
    );
}

#[test]
fn assign_is_inherited_by_the_derived_policy() {
    let policies: CollectionPath<Windows10CompliancePolicy> = DeviceManagement::singleton()
        .device_compliance_policies()
        .cast::<Windows10CompliancePolicy, _>();
    let parameters = AssignParameters {
        assignments: Some(vec![DeviceCompliancePolicyAssignment {
            id: Some("a1".to_owned()),
            ..Default::default()
        }]),
    };
    // `assign` and `assignments` are declared on the abstract base, and reached through the
    // derived type's item.
    let item = policies.item("p1");
    let assign = item.assign(&parameters).unwrap();
    assert_eq!(
        sent(assign.clone()),
        (
            Method::POST,
            "https://graph.microsoft.com/v1.0/deviceManagement/deviceCompliancePolicies/\
             microsoft.graph.windows10CompliancePolicy/p1/assign"
                .to_owned(),
            Some(
                json!({"assignments": [{"@odata.type": "#microsoft.graph.deviceCompliancePolicyAssignment", "id": "a1"}]})
            )
        )
    );
    assert_eq!(
        sent(item.assignments().list()),
        get(
            "/deviceManagement/deviceCompliancePolicies/microsoft.graph.windows10CompliancePolicy/p1/assignments"
        )
    );
    // Its typed return.
    let response = Response::builder()
        .status(200)
        .body(r#"{"value":[{"id":"a1"}]}"#)
        .unwrap();
    let returned = assign.read(&response).unwrap();
    assert_eq!(returned[0].id.as_deref(), Some("a1"));
}

#[test]
fn creating_a_derived_type_in_its_base_collection_writes_its_type() {
    let policy = Windows10CompliancePolicy {
        policy: DeviceCompliancePolicy {
            display_name: Some("Win10".to_owned()),
            ..Default::default()
        },
        password_required: Some(true),
    };
    let create = DeviceManagement::singleton()
        .device_compliance_policies()
        .create_with(&policy)
        .unwrap();
    assert_eq!(
        sent(create),
        (
            Method::POST,
            "https://graph.microsoft.com/v1.0/deviceManagement/deviceCompliancePolicies".to_owned(),
            Some(json!({
                "@odata.type": "#microsoft.graph.windows10CompliancePolicy",
                "displayName": "Win10",
                "passwordRequired": true
            }))
        )
    );
}

#[test]
fn delta_is_bound_to_the_collection_and_returns_delta_pages() {
    let delta = User::collection().delta();
    assert_eq!(sent(delta.clone()), get("/users/delta()"));
    assert_eq!(
        sent(DirectoryObject::collection().delta()),
        get("/directoryObjects/delta()")
    );
    let response = Response::builder()
        .status(200)
        .body(
            r#"{"value":[{"id":"u1","displayName":"A"},{"id":"u2","@removed":{"reason":"changed"}}],
                "@odata.deltaLink":"https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=x"}"#,
        )
        .unwrap();
    let page = delta.read(&response).unwrap();
    assert!(
        matches!(&page.value[0], DeltaItem::Present(user) if user.display_name.as_deref() == Some("A"))
    );
    assert!(matches!(&page.value[1], DeltaItem::Removed(_)));
    assert!(page.delta_link.is_some());
}

fn find_activities(query: &str) -> FindActivitiesParameters {
    FindActivitiesParameters {
        query: query.to_owned(),
        importance: Importance::High,
        correlation_id: "2f0c1e54-9d3a-4a6c-8f1e-5b3c2a1d0e9f"
            .parse::<Guid>()
            .unwrap(),
        on: "2024-02-29".parse::<Date>().unwrap(),
        since: Some(
            "2024-02-29T10:00:00+01:00"
                .parse::<DateTimeOffset>()
                .unwrap(),
        ),
    }
}

#[test]
fn a_function_writes_string_enum_guid_and_date_literals() {
    let call = User::item("u1").find_activities(&find_activities("O'Neil & Sons"));
    assert_eq!(
        sent(call),
        get("/users/u1/findActivities(query='O%27%27Neil%20%26%20Sons',\
             importance=microsoft.graph.importance'high',\
             correlationId=2f0c1e54-9d3a-4a6c-8f1e-5b3c2a1d0e9f,on=2024-02-29,\
             since=2024-02-29T10%3A00%3A00%2B01%3A00)")
    );
    let reports =
        ReportRoot::singleton().get_user_archived_print_jobs(&ArchivedPrintJobsParameters {
            user_id: "u1".to_owned(),
            start_date_time: None,
            end_date_time: Some("2024-01-01T00:00:00Z".parse().unwrap()),
        });
    assert_eq!(
        sent(reports),
        get(
            "/reports/getUserArchivedPrintJobs(userId='u1',startDateTime=null,\
             endDateTime=2024-01-01T00%3A00%3A00Z)"
        )
    );
}

fn check_function_url(query: &str) -> Result<(), String> {
    graph_entity_tests::url_shape::check_typed_paths(query)
}

#[test]
fn hostile_function_strings_keep_the_url_shape() {
    for query in graph_entity_tests::url_shape::HOSTILE_STRINGS {
        check_function_url(query).unwrap();
    }
}

proptest! {
    #[test]
    fn any_function_string_keeps_the_url_shape(query in any::<String>()) {
        prop_assert_eq!(check_function_url(&query), Ok(()));
    }

    #[test]
    fn any_parent_key_is_one_segment(user in any::<String>(), folder in any::<String>()) {
        let path = User::item(&user).mail_folders().item(&folder).messages();
        let uri = format!("https://graph.microsoft.com/v1.0{}", path.path());
        let url = Url::parse(&uri).map_err(|error| TestCaseError::fail(error.to_string()))?;
        prop_assert_eq!(url.as_str(), uri.as_str());
        let segments: Vec<String> = url
            .path_segments()
            .unwrap()
            .map(|segment| percent_decode_str(segment).decode_utf8_lossy().into_owned())
            .collect();
        // Keys that cannot be one segment use the parenthesized form on the segment before.
        let expected_user = if matches!(user.as_str(), "" | "." | "..") {
            vec![format!("users('{user}')")]
        } else {
            vec!["users".to_owned(), user.clone()]
        };
        let expected_folder = if matches!(folder.as_str(), "" | "." | "..") {
            vec![format!("mailFolders('{folder}')")]
        } else {
            vec!["mailFolders".to_owned(), folder.clone()]
        };
        let mut expected = vec!["v1.0".to_owned()];
        expected.extend(expected_user);
        expected.extend(expected_folder);
        expected.push("messages".to_owned());
        prop_assert_eq!(segments, expected);
    }
}

#[test]
fn a_media_stream_is_got_and_put_as_bytes() {
    use graph_entity::response::{Media, Returned};
    use graph_entity_tests::drive_items::{Drive, DriveItem};

    let item = me().drive().items().item("i1");
    let put = item.stream(DriveItem::CONTENT).put::<DriveItem>(
        "text/plain",
        b"The contents of the file goes here.".to_vec(),
    );
    let request = ServiceRoot::v1().build(put.clone(), &Query::new()).unwrap();
    assert_eq!(request.method(), Method::PUT);
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/me/drive/items/i1/content"
    );
    assert_eq!(request.headers()["content-type"], "text/plain");
    assert_eq!(
        request.body().as_bytes(),
        Some(&b"The contents of the file goes here."[..])
    );
    // The response is the item's metadata, with its media annotations kept.
    let response = Response::builder()
        .status(201)
        .body(
            r#"{"id":"i1","name":"file.txt","size":35,
                "content@odata.mediaContentType":"text/plain"}"#,
        )
        .unwrap();
    let uploaded = put.read(&response).unwrap();
    assert_eq!(uploaded.size, Some(35));
    assert_eq!(
        uploaded
            .base
            .additional_data
            .media("content")
            .content_type()
            .as_deref(),
        Some("text/plain")
    );
    assert_eq!(
        Drive::item("d1").root().template(),
        "/drives/{drive-id}/root"
    );
    assert_eq!(
        sent(Drive::item("d1").root().stream(DriveItem::CONTENT).get()),
        get("/drives/d1/root/content")
    );

    let value = me().messages().item("m1").value().get();
    let request = ServiceRoot::v1()
        .build(value.clone(), &Query::new())
        .unwrap();
    assert_eq!(
        request.uri(),
        "https://graph.microsoft.com/v1.0/me/messages/m1/$value"
    );
    assert_eq!(request.headers()["accept"], "*/*");
    let response = Response::builder()
        .status(200)
        .header("content-type", "text/plain")
        .body(b"MIME-Version: 1.0".to_vec())
        .unwrap();
    assert_eq!(
        value.read(&response).unwrap(),
        Media {
            content_type: Some("text/plain".to_owned()),
            bytes: b"MIME-Version: 1.0".to_vec(),
        }
    );
    // A failure is an error, not bytes.
    let failure = Response::builder()
        .status(404)
        .body(br#"{"error":{"code":"itemNotFound","message":"x"}}"#.to_vec())
        .unwrap();
    assert!(Media::read(&failure).is_err());
}

#[test]
fn unbound_operations_are_addressed_from_the_root() {
    let call = graph_entity::address::unbound_function::<Vec<Value>, _>(
        "getReport",
        &[("period", graph_entity::query::Literal::string("D7"))],
    );
    assert_eq!(sent(call), get("/getReport(period='D7')"));
    let operation: Operation = graph_entity::address::unbound_action::<(), Value>(
        "sendNotification",
        Some(&json!({"to": "a"})),
    )
    .unwrap()
    .into_operation();
    assert_eq!(operation.to_string(), "POST /sendNotification");
}

#[test]
fn a_batch_of_typed_calls_reads_each_item_as_its_return() {
    use graph_entity::batch::{BatchItem, BatchRequest, BatchResponse};
    use graph_entity::{GraphError, ResponseError};

    let get = me().messages().item("m1").get();
    let delete = me().messages().item("m2").delete().if_match("W/\"2\"");
    let delta = User::collection().delta();
    let mut batch = BatchRequest::new();
    batch
        .push(BatchItem::from_operation("1", get.clone()).unwrap())
        .unwrap();
    batch
        .push(
            BatchItem::from_operation("2", delete.clone())
                .unwrap()
                .depends_on(["1"]),
        )
        .unwrap();
    batch
        .push(BatchItem::from_operation("3", delta.clone()).unwrap())
        .unwrap();
    let body: Value = serde_json::from_slice(&batch.to_body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({"requests": [
            {"id": "1", "method": "GET", "url": "/me/messages/m1"},
            {"id": "2", "method": "DELETE", "url": "/me/messages/m2",
             "headers": {"if-match": "W/\"2\""}, "dependsOn": ["1"]},
            {"id": "3", "method": "GET", "url": "/users/delta()"}
        ]})
    );
    let response = Response::new(
        r#"{"responses":[
            {"id":"3","status":429,"headers":{"Retry-After":"7"},
             "body":{"error":{"code":"TooManyRequests","message":"slow down"}}},
            {"id":"1","status":200,"body":{"id":"m1","subject":"Hi","importance":"high"}},
            {"id":"2","status":204,"body":null}]}"#,
    );
    let responses = BatchResponse::read(&response).unwrap();
    let message = get.read_batch_item(responses.get("1").unwrap()).unwrap();
    assert_eq!(message.importance, Some(Importance::High));
    delete.read_batch_item(responses.get("2").unwrap()).unwrap();
    match delta.read_batch_item(responses.get("3").unwrap()) {
        Err(ResponseError::Throttled(error)) => {
            let error: &GraphError = &error;
            assert_eq!(error.status().as_u16(), 429);
            assert!(error.retry_after().is_some());
        }
        other => panic!("expected a throttled item, got {other:?}"),
    }
    // A media body cannot go in a JSON batch.
    let put = me()
        .drive()
        .items()
        .item("i1")
        .stream(graph_entity_tests::drive_items::DriveItem::CONTENT)
        .put::<Value>("text/plain", b"x".to_vec());
    assert!(BatchItem::from_operation("4", put).is_err());
}
