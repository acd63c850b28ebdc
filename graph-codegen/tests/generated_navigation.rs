//! Non-contained navigation of the generated v1.0 types, as a program reaches it: each request
//! built under the global root and a national cloud and checked, through the `url` crate, by
//! method, path segments and body. Hostile keys stay inside their segment.

use graph_entity::address::{ByReference, Creates, NavigationPath, ReadOnly, RelatedPath};
use graph_entity::http::{Method, Request};
use graph_entity::request::Body;
use graph_entity::url::Url;
use graph_entity::{ApiVersion, Call, Cloud, GraphEntity, Operation, Page, Query, ServiceRoot};
use graph_resources::graph::{
    BaseItem, DirectoryObject, Drive, DriveItem, Group, GroupMembersAdmits, User,
};

/// The roots every request is built under.
fn roots() -> [ServiceRoot; 2] {
    [
        ServiceRoot::v1(),
        ServiceRoot::microsoft(Cloud::UsGovL4, ApiVersion::V1),
    ]
}

/// The request of `call` under `root`, its URL parsed by the WHATWG parser.
fn build<R>(root: &ServiceRoot, call: Call<R>) -> (Request<Body>, Url) {
    let request = root.build(call, &Query::new()).expect("the request builds");
    let url = Url::parse(&request.uri().to_string()).expect("a URL");
    (request, url)
}

/// `url`'s path segments after the root's own, decoded.
fn segments(root: &ServiceRoot, url: &Url) -> Vec<String> {
    let root_segments = Url::parse(root.as_str())
        .expect("the root is a URL")
        .path_segments()
        .map_or(0, Iterator::count);
    url.path_segments()
        .expect("a path")
        .skip(root_segments)
        .map(|segment| {
            graph_entity::url::form_urlencoded::parse(format!("x={segment}").as_bytes())
                .next()
                .map(|(_, value)| value.into_owned())
                .unwrap_or_default()
        })
        .collect()
}

/// Checks the method and decoded path segments of `call` under every root; gives the body of
/// each.
fn check<R>(call: &Call<R>, method: Method, expected: &[&str]) -> Vec<Option<Vec<u8>>>
where
    Call<R>: Clone,
{
    roots()
        .iter()
        .map(|root| {
            let (request, url) = build(root, call.clone());
            assert_eq!(request.method(), method, "{url}");
            assert_eq!(segments(root, &url), expected, "{url}");
            assert!(url.query().is_none() && url.fragment().is_none(), "{url}");
            request.body().as_bytes().map(<[u8]>::to_vec)
        })
        .collect()
}

#[test]
fn group_members_list_cast_count_and_item() {
    let members: NavigationPath<DirectoryObject, ByReference, GroupMembersAdmits> =
        Group::item("g/1").members();
    check(&members.list(), Method::GET, &["groups", "g/1", "members"]);
    check(
        &members.cast::<User, _>().list(),
        Method::GET,
        &["groups", "g/1", "members", "microsoft.graph.user"],
    );
    let count = members.count();
    check(&count, Method::GET, &["groups", "g/1", "members", "$count"]);
    let request = ServiceRoot::v1().build(count, &Query::new()).unwrap();
    assert_eq!(request.headers()["consistencylevel"], "eventual");
    assert_eq!(request.headers()["accept"], "text/plain");
    check(
        &members.cast::<User, _>().count(),
        Method::GET,
        &["groups", "g/1", "members", "microsoft.graph.user", "$count"],
    );
    check(
        &members.item("u?1").get(),
        Method::GET,
        &["groups", "g/1", "members", "u?1"],
    );
}

#[test]
fn group_members_references_add_list_and_remove() {
    let members = Group::item("g1").members();
    check(
        &members.refs().list(),
        Method::GET,
        &["groups", "g1", "members", "$ref"],
    );
    let add = members.refs().add::<User, _>("u 1/#");
    for (root, body) in roots().iter().zip(check(
        &add,
        Method::POST,
        &["groups", "g1", "members", "$ref"],
    )) {
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(&body.expect("a body")).unwrap();
        let id = Url::parse(body["@odata.id"].as_str().expect("an @odata.id")).unwrap();
        assert!(
            id.as_str().starts_with(root.as_str()),
            "{id} under {root:?}"
        );
        // Under the entity set the CSDL binds `members` to (`NavigationPropertyBinding`).
        assert_eq!(segments(root, &id), ["directoryObjects", "u 1/#"]);
        assert_eq!(body.as_object().map(|o| o.len()), Some(1));
    }
    check(
        &members.item("u1").remove_ref(),
        Method::DELETE,
        &["groups", "g1", "members", "u1", "$ref"],
    );
}

#[test]
fn user_manager_get_put_and_delete_reference() {
    let manager: RelatedPath<DirectoryObject, ByReference> = User::item("u1").manager();
    check(&manager.get(), Method::GET, &["users", "u1", "manager"]);
    let put = manager.set_ref::<User, _>("m1");
    for (root, body) in roots().iter().zip(check(
        &put,
        Method::PUT,
        &["users", "u1", "manager", "$ref"],
    )) {
        let body = String::from_utf8(body.expect("a body")).unwrap();
        assert_eq!(
            body,
            format!(r#"{{"@odata.id":"{}/directoryObjects/m1"}}"#, root.as_str())
        );
    }
    check(
        &manager.remove_ref(),
        Method::DELETE,
        &["users", "u1", "manager", "$ref"],
    );
}

#[test]
fn read_only_navigation_and_casts() {
    let member_of: NavigationPath<
        DirectoryObject,
        ReadOnly,
        graph_resources::graph::UserMemberOfAdmits,
    > = User::item("u1").member_of();
    check(
        &member_of.cast::<Group, _>().list(),
        Method::GET,
        &["users", "u1", "memberOf", "microsoft.graph.group"],
    );
    check(
        &User::item("u1").direct_reports().list(),
        Method::GET,
        &["users", "u1", "directReports"],
    );
    check(
        &Group::item("g1").transitive_members().count(),
        Method::GET,
        &["groups", "g1", "transitiveMembers", "$count"],
    );
}

#[test]
fn me_drive_root_children() {
    let me = User::singleton();
    let drive: RelatedPath<Drive> = me.drive();
    let children: NavigationPath<DriveItem, Creates> = drive.root().children();
    check(
        &children.list(),
        Method::GET,
        &["me", "drive", "root", "children"],
    );
    let folder = DriveItem {
        base: BaseItem {
            name: Some("Reports".to_owned()),
            ..BaseItem::default()
        },
        ..DriveItem::default()
    };
    let create = children.create_with(&folder).unwrap();
    let bodies = check(&create, Method::POST, &["me", "drive", "root", "children"]);
    assert!(
        String::from_utf8(bodies[0].clone().unwrap())
            .unwrap()
            .contains(r#""name":"Reports""#)
    );
}

#[test]
fn users_count() {
    let count: Call<u64> = User::collection().count();
    check(&count, Method::GET, &["users", "$count"]);
    let request = ServiceRoot::v1()
        .build(count.clone(), &Query::new())
        .unwrap();
    assert_eq!(request.headers()["consistencylevel"], "eventual");
    let response = graph_entity::http::Response::builder()
        .status(200)
        .header("content-type", "text/plain")
        .body("893")
        .unwrap();
    assert_eq!(count.read(&response).unwrap(), 893);
}

#[test]
fn a_reference_list_reads_as_references() {
    let call: Call<Page<graph_entity::response::Reference>> =
        Group::item("g1").members().refs().list();
    let response = graph_entity::http::Response::builder()
        .status(200)
        .body(
            r#"{"@odata.context":"https://graph.microsoft.com/v1.0/$metadata#directoryObjects",
                "value":[{"@odata.id":"https://graph.microsoft.com/v1.0/directoryObjects/u1"}]}"#,
        )
        .unwrap();
    let page = call.read(&response).unwrap();
    assert_eq!(
        page.value[0].odata_id,
        "https://graph.microsoft.com/v1.0/directoryObjects/u1"
    );
}

#[test]
fn me_drive_item_content_by_path() {
    let content = User::singleton()
        .drive()
        .root()
        .by_path(["a b", "c.txt"])
        .expect("two names")
        .stream(DriveItem::CONTENT)
        .get();
    for root in roots() {
        let request = root.build(content.clone(), &Query::new()).unwrap();
        let sent = request.uri().to_string();
        assert_eq!(
            sent,
            format!("{}/me/drive/root:/a%20b/c.txt:/content", root.as_str())
        );
        let url = Url::parse(&sent).unwrap();
        assert_eq!(
            segments(&root, &url),
            ["me", "drive", "root:", "a b", "c.txt:", "content"]
        );
    }
    assert!(
        User::singleton()
            .drive()
            .root()
            .by_path(["..", "x"])
            .is_err()
    );
}

#[test]
fn a_group_created_with_owners_and_members_bound() {
    let group = Group {
        display_name: Some("Ops".into()),
        mail_enabled: Some(false),
        mail_nickname: Some("ops".into()),
        security_enabled: Some(true),
        ..Group::default()
    };
    let create = Group::collection()
        .create_with(&group)
        .expect("a body")
        .bind(|group| group.owners().bind::<User, _>(["o 1/#"]))
        .bind(|group| group.members().bind::<User, _>(["m1", "m?2"]))
        .bind(|group| group.members().bind::<Group, _>(["g/3"]));
    for (root, body) in roots()
        .iter()
        .zip(check(&create, Method::POST, &["groups"]))
    {
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(&body.expect("a body")).unwrap();
        assert_eq!(body["displayName"], "Ops");
        assert_eq!(body["mailNickname"], "ops");
        let urls = |name: &str| -> Vec<Vec<String>> {
            body[name]
                .as_array()
                .unwrap_or_else(|| panic!("{name} is an array: {body}"))
                .iter()
                .map(|url| {
                    let url = Url::parse(url.as_str().expect("a URL")).unwrap();
                    assert!(
                        url.as_str().starts_with(root.as_str()),
                        "{url} under {root:?}"
                    );
                    assert!(url.query().is_none() && url.fragment().is_none(), "{url}");
                    segments(root, &url)
                })
                .collect()
        };
        assert_eq!(urls("owners@odata.bind"), [["directoryObjects", "o 1/#"]]);
        // The second bind of `members` joins the first's array.
        assert_eq!(
            urls("members@odata.bind"),
            [
                ["directoryObjects", "m1"],
                ["directoryObjects", "m?2"],
                ["directoryObjects", "g/3"]
            ]
        );
    }
}

#[test]
fn an_update_binds_members_and_a_single_valued_reference() {
    let group = Group::item("g1");
    let patch = graph_resources::graph::GroupPatch::default();
    let update = group
        .update_with(&patch)
        .expect("a body")
        .with_bind(group.members().bind::<User, _>(["u1"]));
    let bodies = check(&update, Method::PATCH, &["groups", "g1"]);
    for (root, body) in roots().iter().zip(bodies) {
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(&body.expect("a body")).unwrap();
        assert_eq!(
            body,
            graph_entity::serde_json::json!({
                "members@odata.bind": [format!("{}/directoryObjects/u1", root.as_str())]
            })
        );
    }
    // A single-valued navigation binds one URL, not an array.
    let me = User::item("u2");
    let update = me
        .update_with(&graph_resources::graph::UserPatch::default())
        .expect("a body")
        .with_bind(me.manager().bind::<User, _>("boss"));
    let bodies = check(&update, Method::PATCH, &["users", "u2"]);
    for (root, body) in roots().iter().zip(bodies) {
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(&body.expect("a body")).unwrap();
        assert_eq!(
            body["manager@odata.bind"],
            format!("{}/directoryObjects/boss", root.as_str())
        );
    }
}

/// A page of `GET /groups/delta()` as Graph's docs show it, with a member added and one removed.
const GROUPS_DELTA: &str = r##"{
  "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#groups",
  "@odata.nextLink": "https://graph.microsoft.com/v1.0/groups/delta?$skiptoken=pqwSUjGYvb3jQpbwVAwEL7yuI3dU1LecfkkfLPtnIjsXoYQp_dpA3cNJWc",
  "value": [
    {
      "createdDateTime": "2021-03-12T10:36:14Z",
      "description": "This is the default group for everyone in the network",
      "displayName": "All Company",
      "groupTypes": ["Unified"],
      "mail": "allcompany@contoso.com",
      "id": "02bd9fd6-8f93-4758-87c3-1fb73740a315",
      "members@delta": [
        {"@odata.type": "#microsoft.graph.user", "id": "693acd06-2877-4339-8ade-b704261fe7a0"},
        {"@odata.type": "#microsoft.graph.group", "id": "49320844-be99-4164-8167-87ff5d047ace"},
        {"@odata.type": "#microsoft.graph.user", "id": "b1f1a6b3-1a6c-4b4b-9d4e-4e4b4b4b4b4b", "@removed": {"reason": "deleted"}}
      ]
    },
    {
      "id": "0ae7ed6f-8d2f-4a1f-8f0f-6c8f0b2c1234",
      "@removed": {"reason": "changed"}
    }
  ]
}"##;

#[test]
fn groups_delta_reads_members_delta_typed() {
    use graph_entity::response::page::{DeltaItem, RemovedReason};
    use graph_resources::graph::AnyDirectoryObject;

    let delta = Group::collection().delta();
    check(&delta, Method::GET, &["groups", "delta()"]);
    // `$select` and `$deltatoken=latest` ride on the query and the round's own links.
    let root = ServiceRoot::v1();
    let request = root
        .build(
            Group::collection().delta(),
            &Query::<Group>::typed().select([Group::DISPLAY_NAME, Group::MEMBERS]),
        )
        .unwrap();
    assert_eq!(request.uri().query(), Some("$select=displayName,members"));
    let latest = root
        .build(
            User::collection().delta(),
            &Query::<User>::typed()
                .select([User::ID, User::DISPLAY_NAME])
                .delta_token("latest"),
        )
        .unwrap();
    assert_eq!(latest.uri().path(), "/v1.0/users/delta()");
    assert_eq!(
        latest.uri().query(),
        Some("$select=id,displayName&$deltatoken=latest")
    );

    let page: Page<DeltaItem<Group>> = graph_entity::serde_json::from_str(GROUPS_DELTA).unwrap();
    let DeltaItem::Present(group) = &page.value[0] else {
        panic!("the first group is present: {:?}", page.value[0]);
    };
    assert_eq!(group.display_name.as_deref(), Some("All Company"));
    assert_eq!(
        group.id.as_deref(),
        Some("02bd9fd6-8f93-4758-87c3-1fb73740a315")
    );
    let members: Vec<DeltaItem<AnyDirectoryObject>> = group
        .additional_data
        .navigation_delta(Group::MEMBERS.name())
        .expect("members@delta is there")
        .expect("it reads");
    assert_eq!(members.len(), 3);
    match &members[0] {
        DeltaItem::Present(AnyDirectoryObject::User(user)) => {
            assert_eq!(
                user.id.as_deref(),
                Some("693acd06-2877-4339-8ade-b704261fe7a0")
            );
        }
        other => panic!("a user: {other:?}"),
    }
    assert!(matches!(
        &members[1],
        DeltaItem::Present(AnyDirectoryObject::Group(group))
            if group.id.as_deref() == Some("49320844-be99-4164-8167-87ff5d047ace")
    ));
    match &members[2] {
        DeltaItem::Removed(removed) => {
            assert_eq!(
                removed.id.as_deref(),
                Some("b1f1a6b3-1a6c-4b4b-9d4e-4e4b4b4b4b4b")
            );
            assert_eq!(removed.reason, RemovedReason::Deleted);
        }
        other => panic!("removed: {other:?}"),
    }
    assert!(matches!(&page.value[1], DeltaItem::Removed(r) if r.reason == RemovedReason::Changed));
    // Written back, the group keeps its members' changes as read.
    let written = graph_entity::serde_json::to_value(group).unwrap();
    assert_eq!(written["members@delta"].as_array().map(Vec::len), Some(3));
}

/// The request of `call` with `query` under the global root: its query string and whether it
/// carries `ConsistencyLevel: eventual`.
fn advanced_parts<R, Q>(call: Call<R>, query: &Query<Q>) -> (Option<String>, bool) {
    let request = ServiceRoot::v1()
        .build(call, query)
        .expect("the request builds");
    let eventual = request
        .headers()
        .get("consistencylevel")
        .is_some_and(|value| value == "eventual");
    (request.uri().query().map(str::to_owned), eventual)
}

#[test]
fn advanced_queries_on_directory_objects_set_what_graph_requires() {
    use graph_entity::query::{Order, prop};

    let users = || Query::<User>::typed();
    // Each of Graph's advanced-query cases, on `/users`: the header and `$count=true`.
    let cases = [
        (
            users().filter(prop(User::DISPLAY_NAME).ne("Ops")),
            "$filter=displayName%20ne%20%27Ops%27&$count=true",
        ),
        (
            users().filter(prop(User::DISPLAY_NAME).eq("Ops").not()),
            "$filter=not(displayName%20eq%20%27Ops%27)&$count=true",
        ),
        (
            users().filter(prop(User::MAIL).ends_with("@contoso.com")),
            "$filter=endswith(mail,%27@contoso.com%27)&$count=true",
        ),
        (
            users().search("displayName:Ada"),
            "$search=%22displayName:Ada%22&$count=true",
        ),
        (
            users()
                .filter(prop(User::ACCOUNT_ENABLED).eq(true))
                .order_by(User::DISPLAY_NAME, Order::Ascending),
            "$filter=accountEnabled%20eq%20true&$orderby=displayName&$count=true",
        ),
        (users().count(true), "$count=true"),
    ];
    for (query, expected) in &cases {
        let (uri_query, eventual) = advanced_parts(User::collection().list(), query);
        assert!(eventual, "{expected}");
        assert_eq!(uri_query.as_deref(), Some(*expected));
        // The same through navigation: a group's members, and a cast of them.
        let members = Group::item("g1").members();
        let (_, eventual) = advanced_parts(members.list(), query);
        assert!(eventual, "members: {expected}");
        let (cast_query, eventual) = advanced_parts(members.cast::<User, _>().list(), query);
        assert!(eventual, "members cast: {expected}");
        assert_eq!(cast_query.as_deref(), Some(*expected));
    }
    // `$count=false` given is kept; the header is still sent.
    let (uri_query, eventual) = advanced_parts(
        User::collection().list(),
        &users().search("Ada").count(false),
    );
    assert!(eventual);
    assert_eq!(uri_query.as_deref(), Some("$search=%22Ada%22&$count=false"));
    // A `/$count` segment sends the header and no `$count=true`.
    let (uri_query, eventual) = advanced_parts(
        User::collection().count(),
        &users().filter(prop(User::MAIL).ends_with("@contoso.com")),
    );
    assert!(eventual);
    assert_eq!(
        uri_query.as_deref(),
        Some("$filter=endswith(mail,%27@contoso.com%27)")
    );
    // A plain query is not advanced.
    let (uri_query, eventual) = advanced_parts(
        User::collection().list(),
        &users().filter(prop(User::DISPLAY_NAME).eq("Ops")),
    );
    assert!(!eventual);
    assert_eq!(
        uri_query.as_deref(),
        Some("$filter=displayName%20eq%20%27Ops%27")
    );
}

#[test]
fn the_same_operators_elsewhere_are_not_advanced() {
    use graph_entity::query::prop;

    // `/me/messages` is Outlook's: `ne` needs no header and takes no `$count` there.
    let messages = Operation::new(Method::GET, "/me/messages".into());
    let query = Query::new().filter(prop("subject").ne("x"));
    let request = ServiceRoot::v1().build(messages, &query).unwrap();
    assert!(request.headers().get("consistencylevel").is_none());
    assert_eq!(
        request.uri().query(),
        Some("$filter=subject%20ne%20%27x%27")
    );
}

#[test]
fn references_and_binds_as_batch_items_under_the_batchs_root() {
    use graph_entity::batch::{BatchError, BatchItem, BatchRequest};

    let members = Group::item("g1").members();
    let create = Group::collection()
        .create_with(&Group::default())
        .unwrap()
        .bind(|group| group.owners().bind::<User, _>(["o1"]));
    for root in roots() {
        let mut batch = BatchRequest::new();
        batch
            .push(
                BatchItem::from_operation_under("add", members.refs().add::<User, _>("u/1"), &root)
                    .unwrap(),
            )
            .unwrap();
        batch
            .push(
                BatchItem::from_operation_under("remove", members.item("u2").remove_ref(), &root)
                    .unwrap(),
            )
            .unwrap();
        batch
            .push(BatchItem::from_operation_under("create", create.clone(), &root).unwrap())
            .unwrap();
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(&batch.to_body().unwrap()).unwrap();
        let requests = body["requests"].as_array().unwrap();
        assert_eq!(requests[0]["method"], "POST");
        assert_eq!(requests[0]["url"], "/groups/g1/members/$ref");
        let id = Url::parse(requests[0]["body"]["@odata.id"].as_str().unwrap()).unwrap();
        assert!(
            id.as_str().starts_with(root.as_str()),
            "{id} under {root:?}"
        );
        assert_eq!(segments(&root, &id), ["directoryObjects", "u/1"]);
        assert_eq!(requests[1]["method"], "DELETE");
        assert_eq!(requests[1]["url"], "/groups/g1/members/u2/$ref");
        assert_eq!(requests[2]["url"], "/groups");
        assert_eq!(
            requests[2]["body"]["owners@odata.bind"][0],
            format!("{}/directoryObjects/o1", root.as_str())
        );
    }
    // Without a root, a reference is refused rather than written under the global one.
    assert!(matches!(
        BatchItem::from_operation("add", members.refs().add::<User, _>("u1")),
        Err(BatchError::ReferenceNeedsRoot { id }) if id == "add"
    ));
    assert!(BatchItem::from_operation("remove", members.item("u2").remove_ref()).is_ok());
}

/// Holds at compile time: `C` admits `D`.
fn admitted<C: graph_entity::address::Admits<D>, D>() {}

#[test]
fn derived_type_constraints_admit_the_csdls_types() {
    use graph_resources::graph::{
        Application, Device, GroupMemberOfAdmits, OrgContact, ServicePrincipal, UserMemberOfAdmits,
    };
    // `group.members` may hold users, groups, applications, service principals, devices and
    // organizational contacts: each is a cast, a `$ref` and an `@odata.bind` of it.
    admitted::<GroupMembersAdmits, User>();
    admitted::<GroupMembersAdmits, Group>();
    admitted::<GroupMembersAdmits, Application>();
    admitted::<GroupMembersAdmits, ServicePrincipal>();
    admitted::<GroupMembersAdmits, Device>();
    admitted::<GroupMembersAdmits, OrgContact>();
    admitted::<GroupMemberOfAdmits, Group>();
    admitted::<UserMemberOfAdmits, Group>();
    admitted::<UserMemberOfAdmits, graph_resources::graph::DirectoryRole>();
    admitted::<UserMemberOfAdmits, graph_resources::graph::AdministrativeUnit>();
    let members = Group::item("g1").members();
    check(
        &members.cast::<Device, _>().list(),
        Method::GET,
        &["groups", "g1", "members", "microsoft.graph.device"],
    );
    check(
        &members.refs().add::<OrgContact, _>("c1"),
        Method::POST,
        &["groups", "g1", "members", "$ref"],
    );
}

/// Contained steps allow what the CSDL's restrictions leave them: `team/schedule` is replaced
/// with `PUT` (its `UpdateMethod`), a user's `calendarView` is listed only, and an unrestricted
/// step keeps `PATCH` and `DELETE`.
#[test]
fn restricted_contained_steps_over_v1_shapes() {
    use graph_resources::graph::{Schedule, Team, TeamScheduleCapabilities};
    let schedule = Schedule {
        enabled: Some(true),
        time_zone: Some("America/Chicago".to_owned()),
        ..Schedule::default()
    };
    for root in roots() {
        let step: graph_entity::ItemPath<Schedule, TeamScheduleCapabilities> =
            Team::item("t/1?x").schedule();
        let (request, url) = build(&root, step.replace_with(&schedule).expect("a body"));
        assert_eq!(request.method(), Method::PUT);
        assert_eq!(segments(&root, &url), ["teams", "t/1?x", "schedule"]);
        assert_eq!(url.query(), None);
        let body: graph_entity::serde_json::Value =
            graph_entity::serde_json::from_slice(request.body().as_bytes().expect("bytes"))
                .expect("JSON");
        assert_eq!(body["enabled"], true);
        assert_eq!(body["timeZone"], "America/Chicago");
        let (request, _) = build(&root, step.get());
        assert_eq!(request.method(), Method::GET);

        let view = User::item("u1").calendar_view();
        let (request, url) = build(&root, view.list());
        assert_eq!(request.method(), Method::GET);
        assert_eq!(segments(&root, &url), ["users", "u1", "calendarView"]);

        let message = User::item("u1").messages().item("m1");
        assert_eq!(build(&root, message.update()).0.method(), Method::PATCH);
        assert_eq!(build(&root, message.delete()).0.method(), Method::DELETE);
    }
}
