//! Projections of the generated types (`#[graph(projection_of = User)]`): they read users pages
//! and delta rounds, their requests carry `$select` of their fields (and the cast segment of a
//! derived type in a base type's collection), and over loopback against the stand-in a listing
//! of a projection returns the selected properties.

use graph_entity::client::{Client, ClientCredentials, TryStreamExt};
use graph_entity::response::page::RemovedReason;
use graph_entity::{
    AdditionalData, BatchItem, BatchRequest, BatchResponse, Call, CollectionPath, DeltaItem,
    GraphEntity, Nullable, Page, Projection, Query, ServiceRoot,
};
use graph_resources::graph::{DirectoryObject, PasswordProfile, User};
use graph_standin::StandIn;

/// Eight properties of a user, two of them inherited from `directoryObject`.
#[derive(GraphEntity, Debug, PartialEq)]
#[graph(projection_of = User)]
pub struct UserRow {
    pub id: Option<String>,
    pub display_name: Option<String>,
    pub business_phones: Option<Vec<String>>,
    pub mail: Option<String>,
    pub account_enabled: Option<bool>,
    pub created_date_time: Option<graph_entity::edm::DateTimeOffset>,
    #[graph(rename = "userPrincipalName")]
    pub upn: Nullable<String>,
    pub deleted_date_time: Option<Box<graph_entity::edm::DateTimeOffset>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A projection of the base type: it reads users and groups alike.
#[derive(GraphEntity, Debug)]
#[graph(projection_of = DirectoryObject)]
pub struct ObjectId {
    pub id: Option<String>,
}

const USERS_PAGE: &str = r##"{
    "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users(id,displayName,businessPhones)",
    "value": [
        {"id": "u1", "displayName": "Adele Vance", "businessPhones": ["+1 425 555 0109"],
         "mail": "adele@contoso.com", "accountEnabled": true,
         "createdDateTime": "2024-01-02T03:04:05Z", "userPrincipalName": "adele@contoso.com",
         "city": "Seattle"},
        {"@odata.type": "#microsoft.graph.user", "id": "u2", "displayName": null,
         "businessPhones": [], "userPrincipalName": null}
    ],
    "@odata.nextLink": "https://graph.microsoft.com/v1.0/users?$select=id&$skiptoken=X"
}"##;

#[test]
fn a_projection_reads_a_users_page() {
    let page: Page<UserRow> = serde_json::from_str(USERS_PAGE).unwrap();
    assert_eq!(page.value.len(), 2);
    let adele = &page.value[0];
    assert_eq!(adele.id.as_deref(), Some("u1"));
    assert_eq!(adele.display_name.as_deref(), Some("Adele Vance"));
    assert_eq!(
        adele.business_phones.as_deref(),
        Some(&["+1 425 555 0109".to_owned()][..])
    );
    assert_eq!(adele.account_enabled, Some(true));
    assert_eq!(
        adele.created_date_time.map(|at| at.to_string()).as_deref(),
        Some("2024-01-02T03:04:05Z")
    );
    assert_eq!(adele.upn, Nullable::Value("adele@contoso.com".to_owned()));
    assert_eq!(adele.deleted_date_time, None);
    // What the projection does not hold is kept, as everywhere.
    assert_eq!(
        adele.additional_data.get("city").map(|raw| raw.get()),
        Some(r#""Seattle""#)
    );
    let u2 = &page.value[1];
    assert_eq!(
        (u2.id.as_deref(), u2.display_name.as_deref()),
        (Some("u2"), None)
    );
    assert_eq!(u2.upn, Nullable::Null);
    assert_eq!(
        page.next_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/users?$select=id&$skiptoken=X")
    );
    // Written back with the projected type's `@odata.type`.
    let written = serde_json::to_value(u2).unwrap();
    assert_eq!(written["@odata.type"], "#microsoft.graph.user");
    assert_eq!(written["userPrincipalName"], serde_json::Value::Null);
}

#[test]
fn a_projection_reads_a_delta_round_with_removed_items() {
    let round = r##"{
        "value": [
            {"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": "Adele Vance",
             "businessPhones": ["1"], "mail": "adele@contoso.com"},
            {"id": "u2", "@removed": {"reason": "changed"}},
            {"@odata.type": "#microsoft.graph.user", "id": "u3", "accountEnabled": false},
            {"id": "u4", "@removed": {"reason": "deleted"}}
        ],
        "@odata.deltaLink": "https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=T"
    }"##;
    let page: Page<DeltaItem<UserRow>> = serde_json::from_str(round).unwrap();
    let summary: Vec<(Option<&str>, Option<RemovedReason>)> = page
        .value
        .iter()
        .map(|item| match item {
            DeltaItem::Present(user) => (user.id.as_deref(), None),
            DeltaItem::Removed(removed) => (removed.id.as_deref(), Some(removed.reason.clone())),
        })
        .collect();
    assert_eq!(
        summary,
        [
            (Some("u1"), None),
            (Some("u2"), Some(RemovedReason::Changed)),
            (Some("u3"), None),
            (Some("u4"), Some(RemovedReason::Deleted)),
        ]
    );
    let DeltaItem::Present(adele) = &page.value[0] else {
        panic!("{:?}", page.value[0]);
    };
    assert_eq!(adele.mail.as_deref(), Some("adele@contoso.com"));
    let DeltaItem::Present(u3) = &page.value[2] else {
        panic!("{:?}", page.value[2]);
    };
    assert_eq!(u3.account_enabled, Some(false));
    assert_eq!(
        page.delta_link.as_deref(),
        Some("https://graph.microsoft.com/v1.0/users/delta()?$deltatoken=T")
    );
}

#[test]
fn a_projection_of_the_base_type_reads_its_derived_types() {
    let members = r##"{"value": [
        {"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": "Adele"},
        {"@odata.type": "#microsoft.graph.group", "id": "g1", "mailNickname": "team"}
    ]}"##;
    let page: Page<ObjectId> = serde_json::from_str(members).unwrap();
    let ids: Vec<_> = page.value.iter().map(|item| item.id.as_deref()).collect();
    assert_eq!(ids, [Some("u1"), Some("g1")]);
}

#[test]
fn a_projection_has_the_projected_types_name_key_and_paths() {
    assert_eq!(UserRow::ODATA_TYPE, "microsoft.graph.user");
    assert_eq!(UserRow::KEY_PROPERTY, "id");
    assert_eq!(UserRow::COLLECTION_PATH, "/users");
    let row = UserRow {
        id: Some("u1".into()),
        display_name: None,
        business_phones: None,
        mail: None,
        account_enabled: None,
        created_date_time: None,
        upn: Nullable::Absent,
        deleted_date_time: None,
        additional_data: AdditionalData::new(),
    };
    assert_eq!(row.key(), Some("u1"));
    assert_eq!(
        <UserRow as Projection>::SELECT,
        [
            "id",
            "displayName",
            "businessPhones",
            "mail",
            "accountEnabled",
            "createdDateTime",
            "userPrincipalName",
            "deletedDateTime"
        ]
    );
}

/// The URL of `call` under the public v1.0 root with `query`, parsed by the WHATWG parser.
fn url<R, Q>(call: Call<R>, query: &Query<Q>) -> url::Url {
    let request = ServiceRoot::v1().build(call, query).unwrap();
    url::Url::parse(&request.uri().to_string()).unwrap()
}

fn select_of(url: &url::Url) -> Vec<String> {
    url.query_pairs()
        .filter(|(name, _)| name == "$select")
        .map(|(_, value)| value.into_owned())
        .collect()
}

const ROW_SELECT: &str = "id,displayName,businessPhones,mail,accountEnabled,createdDateTime,userPrincipalName,deletedDateTime";

#[test]
fn listing_getting_and_delta_of_a_projection_select_its_fields() {
    let list = url(UserRow::collection().list(), &Query::new());
    assert_eq!(list.path(), "/v1.0/users");
    assert_eq!(select_of(&list), [ROW_SELECT]);

    let get = url(UserRow::item("u1").get(), &Query::new());
    assert_eq!(get.path(), "/v1.0/users/u1");
    assert_eq!(select_of(&get), [ROW_SELECT]);

    // The CRUD functions the client uses build the same operations.
    let request = ServiceRoot::v1()
        .build(UserRow::list(), &Query::new().top(5))
        .unwrap();
    let listed = url::Url::parse(&request.uri().to_string()).unwrap();
    assert_eq!(select_of(&listed), [ROW_SELECT]);
    assert_eq!(
        listed
            .query_pairs()
            .filter(|(name, _)| name == "$top")
            .count(),
        1
    );

    let delta: Call<Page<DeltaItem<UserRow>>> = User::collection().delta().project::<UserRow>();
    let delta = url(delta, &Query::new());
    assert_eq!(delta.path(), "/v1.0/users/delta()");
    assert_eq!(select_of(&delta), [ROW_SELECT]);
}

#[test]
fn a_query_selects_more_after_the_projections_fields() {
    let query = Query::<UserRow>::typed().select([User::CITY.for_type(), UserRow::MAIL]);
    let list = url(UserRow::collection().list(), &query);
    assert_eq!(select_of(&list), [format!("{ROW_SELECT},city")]);
}

#[test]
fn a_projection_of_a_derived_type_is_listed_through_the_cast_segment() {
    // A group's members: a collection of `directoryObject`.
    let members = CollectionPath::<DirectoryObject>::root("/groups/g1/members");
    let users = url(members.project::<UserRow, _>().list(), &Query::new());
    assert_eq!(users.path(), "/v1.0/groups/g1/members/microsoft.graph.user");
    assert_eq!(select_of(&users), [ROW_SELECT]);
    // A projection of the collection's own type needs no cast.
    let objects = url(members.project::<ObjectId, _>().list(), &Query::new());
    assert_eq!(objects.path(), "/v1.0/groups/g1/members");
    assert_eq!(select_of(&objects), ["id"]);
    // `/directoryObjects/microsoft.graph.user`, as the issue writes it.
    let all = url(
        DirectoryObject::collection().project::<UserRow, _>().list(),
        &Query::new(),
    );
    assert_eq!(all.path(), "/v1.0/directoryObjects/microsoft.graph.user");
}

/// A projection of a complex type, as the type of a field of a projection of an entity.
#[derive(GraphEntity, Debug, PartialEq)]
#[graph(projection_of = PasswordProfile)]
pub struct MustChange {
    pub force_change_password_next_sign_in: Option<bool>,
}

#[derive(GraphEntity, Debug)]
#[graph(projection_of = User)]
pub struct UserPassword {
    pub password_profile: Option<MustChange>,
    pub display_name: Option<Box<String>>,
}

#[test]
fn a_projection_of_a_complex_type_reads_as_its_property() {
    let json = r#"{"displayName":"Adele","passwordProfile":{"forceChangePasswordNextSignIn":true,"password":"x"}}"#;
    let user: UserPassword = serde_json::from_str(json).unwrap();
    assert_eq!(
        user.password_profile,
        Some(MustChange {
            force_change_password_next_sign_in: Some(true)
        })
    );
    assert_eq!(
        user.display_name.as_deref().map(String::as_str),
        Some("Adele")
    );
    assert_eq!(
        <MustChange as graph_entity::GraphComplex>::ODATA_TYPE,
        "microsoft.graph.passwordProfile"
    );
    assert_eq!(
        <UserPassword as Projection>::SELECT,
        ["passwordProfile", "displayName"]
    );
}

#[test]
fn batch_items_of_a_projection_select_its_fields_and_read_as_it() {
    let mut batch = BatchRequest::new();
    batch
        .push(BatchItem::from_operation("1", UserRow::item("u1").get()).unwrap())
        .unwrap();
    batch
        .push(BatchItem::from_operation("2", UserRow::collection().list()).unwrap())
        .unwrap();
    for (item, path) in batch.items().iter().zip(["/users/u1", "/users"]) {
        let url =
            url::Url::parse(&format!("https://graph.microsoft.com/v1.0{}", item.url())).unwrap();
        assert_eq!(url.path(), format!("/v1.0{path}"));
        assert_eq!(select_of(&url), [ROW_SELECT]);
    }
    let response: BatchResponse = serde_json::from_str(
        r##"{"responses": [
            {"id": "2", "status": 200, "body": {"value": [{"id": "u2", "mail": "alex@contoso.com"}]}},
            {"id": "1", "status": 200, "body": {"@odata.type": "#microsoft.graph.user", "id": "u1", "displayName": "Adele"}}
        ]}"##,
    )
    .unwrap();
    let adele: UserRow = response.get("1").unwrap().read_entity().unwrap();
    assert_eq!(adele.display_name.as_deref(), Some("Adele"));
    let page: Page<UserRow> = response.get("2").unwrap().read_page().unwrap();
    assert_eq!(page.value[0].mail.as_deref(), Some("alex@contoso.com"));
}

/// A projection of the two properties the stand-in's users have besides their key.
#[derive(GraphEntity, Debug)]
#[graph(projection_of = User)]
pub struct UserMail {
    pub display_name: Option<String>,
    pub mail: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[tokio::test(flavor = "current_thread")]
async fn over_loopback_a_listing_of_a_projection_returns_the_selected_properties() {
    let standin = StandIn::builder()
        .client("app-id", "app-secret")
        .seed_document(
            r#"{"/users": [
                {"id": "u1", "displayName": "Adele Vance", "mail": "adele@contoso.com", "city": "Seattle"},
                {"id": "u2", "displayName": "Alex Wilber", "mail": "alex@contoso.com", "city": "San Diego"}
            ]}"#,
        )
        .unwrap()
        .start()
        .await
        .unwrap();
    let token_url = standin.token_url().unwrap();
    let tokens = ClientCredentials::with_token_url(&token_url, "app-id", "app-secret").unwrap();
    let client = Client::builder(ServiceRoot::parse(&standin.service_root()).unwrap(), tokens)
        .build()
        .unwrap();

    let mut pages = client.list::<UserMail, _>(&Query::new().top(1)).unwrap();
    let mut rows = Vec::new();
    while let Some(page) = pages.try_next().await.unwrap() {
        rows.extend(page.value);
    }
    let read: Vec<_> = rows
        .iter()
        .map(|row| (row.display_name.as_deref(), row.mail.as_deref()))
        .collect();
    assert_eq!(
        read,
        [
            (Some("Adele Vance"), Some("adele@contoso.com")),
            (Some("Alex Wilber"), Some("alex@contoso.com"))
        ]
    );
    // The stand-in honours `$select`: `city` was not sent (it would be kept here); the key
    // and control information always are.
    for row in &rows {
        assert!(row.additional_data.get("city").is_none(), "{row:?}");
        assert!(row.additional_data.get("id").is_some(), "{row:?}");
    }

    let alex: UserMail = client.get("u2", &Query::new()).await.unwrap();
    assert_eq!(alex.mail.as_deref(), Some("alex@contoso.com"));
    assert!(alex.additional_data.get("city").is_none());
}
