//! `#[graph(also_reads = "...")]`: an entity reads a document of a type it names (a derived type
//! that declares nothing of its own, as Graph's `agentUser` under `user`) as itself, in every
//! spelling of that type, and writes it back exactly as read; a document of any other type is
//! still the error that names the type it really has.

use graph_entity::page::Page;
use graph_entity::{AdditionalData, GraphEntity};

/// Graph's `user`, reading `agentUser` documents too.
#[derive(GraphEntity, Debug, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.user",
    base = "entity",
    path = "/users",
    also_reads = "microsoft.graph.agentUser"
)]
struct User {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

/// The same type without `also_reads`: the strict check, for comparison.
#[derive(GraphEntity, Debug, PartialEq)]
#[graph(odata_type = "microsoft.graph.user", base = "entity")]
struct StrictUser {
    id: Option<String>,
    display_name: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

/// A user document naming its type `tag`, with control information and a property the struct
/// does not declare, in the order a `User` writes them.
fn document(tag: &str) -> String {
    format!(
        r#"{{"@odata.type":"{tag}","@odata.etag":"W/\"7\"","id":"u1","displayName":"Build agent","agentBlueprintId":"b1"}}"#
    )
}

#[test]
fn a_document_of_a_type_named_in_also_reads_reads_as_the_type_and_is_written_back_as_read() {
    for tag in [
        "#microsoft.graph.agentUser",
        "#graph.agentUser",
        "microsoft.graph.agentUser",
        "https://graph.microsoft.com/v1.0/$metadata#graph.agentUser",
    ] {
        let document = document(tag);
        let user: User = serde_json::from_str(&document)
            .unwrap_or_else(|error| panic!("`{tag}` does not read: {error}"));
        assert_eq!(user.key(), Some("u1"), "{tag}");
        assert_eq!(user.display_name.as_deref(), Some("Build agent"), "{tag}");
        assert_eq!(
            user.additional_data.odata_type().as_deref(),
            Some(tag),
            "{tag}"
        );
        assert_eq!(serde_json::to_string(&user).unwrap(), document, "{tag}");
    }
}

#[test]
fn the_types_own_documents_still_read_and_name_it() {
    let document = document("#microsoft.graph.user");
    let user: User = serde_json::from_str(&document).unwrap();
    assert_eq!(user.additional_data.odata_type(), None);
    assert_eq!(serde_json::to_string(&user).unwrap(), document);
}

#[test]
fn a_document_of_any_other_type_is_still_the_wrong_type_error() {
    let error = serde_json::from_str::<User>(&document("#microsoft.graph.group"))
        .unwrap_err()
        .to_string();
    assert!(
        error.starts_with(
            "`@odata.type` is `#microsoft.graph.group`, but this is `#microsoft.graph.user`: \
             read the document as `microsoft.graph.group`, or through a `GraphPolymorphic` enum \
             of `microsoft.graph.user`'s derived types"
        ),
        "{error}"
    );
    // Without `also_reads`, the agent user is the same error.
    let error = serde_json::from_str::<StrictUser>(&document("#microsoft.graph.agentUser"))
        .unwrap_err()
        .to_string();
    assert!(
        error.contains("read the document as `microsoft.graph.agentUser`"),
        "{error}"
    );
}

#[test]
fn a_page_mixing_the_type_and_the_types_it_also_reads_reads_every_item() {
    let page = format!(
        r#"{{"value":[{},{}]}}"#,
        document("#microsoft.graph.user"),
        document("#microsoft.graph.agentUser")
    );
    let page: Page<User> = serde_json::from_str(&page).unwrap();
    let tags: Vec<Option<String>> = page
        .value
        .iter()
        .map(|user| user.additional_data.odata_type().map(Into::into))
        .collect();
    assert_eq!(tags, [None, Some("#microsoft.graph.agentUser".to_owned())]);
}
