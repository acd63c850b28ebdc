//! Non-contained navigation of the generated v1.0 types, as a program reaches it: each request
//! built under the global root and a national cloud and checked, through the `url` crate, by
//! method, path segments and body. Hostile keys stay inside their segment.

use graph_entity::address::{ByReference, Creates, NavigationPath, ReadOnly, RelatedPath};
use graph_entity::http::{Method, Request};
use graph_entity::request::Body;
use graph_entity::url::Url;
use graph_entity::{ApiVersion, Call, Cloud, GraphEntity, Page, Query, ServiceRoot};
use graph_resources::graph::{BaseItem, DirectoryObject, Drive, DriveItem, Group, User};

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
    let members: NavigationPath<DirectoryObject, ByReference> = Group::item("g/1").members();
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
        assert_eq!(segments(root, &id), ["users", "u 1/#"]);
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
            format!(r#"{{"@odata.id":"{}/users/m1"}}"#, root.as_str())
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
    let member_of: NavigationPath<DirectoryObject, ReadOnly> = User::item("u1").member_of();
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
        assert_eq!(urls("owners@odata.bind"), [["users", "o 1/#"]]);
        // The second bind of `members` joins the first's array.
        assert_eq!(
            urls("members@odata.bind"),
            [["users", "m1"], ["users", "m?2"], ["groups", "g/3"]]
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
                "members@odata.bind": [format!("{}/users/u1", root.as_str())]
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
            format!("{}/users/boss", root.as_str())
        );
    }
}
