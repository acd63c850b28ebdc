//! Where kept data is written: the read sorts each kept entry (control information before the
//! properties, a declared property's `null` or unknown member at its place, the rest after), and
//! the writer trusts that only for the type that was read; data moved to a value of another type,
//! or entries set through `AdditionalData`'s methods, are placed by their names.

use graph_entity::{AdditionalData, GraphEntity};
use serde_json::json;

#[derive(GraphEntity, Debug, Default)]
#[graph(odata_type = "microsoft.graph.draft")]
struct Draft {
    id: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

#[derive(GraphEntity, Debug, Default)]
#[graph(odata_type = "microsoft.graph.article")]
struct Article {
    id: Option<String>,
    title: Option<String>,
    #[graph(additional_data)]
    additional_data: AdditionalData,
}

const DOCUMENT: &str =
    r##"{"id":"a","extra":1,"title":"kept","@odata.etag":"e","title@odata.type":"#String"}"##;

#[test]
fn a_read_value_writes_its_kept_entries_in_their_places() {
    let article: Article =
        serde_json::from_str(r#"{"title":null,"extra":1,"@odata.etag":"e","id":"a"}"#).unwrap();
    assert_eq!(
        serde_json::to_string(&article).unwrap(),
        r#"{"@odata.etag":"e","id":"a","title":null,"extra":1}"#
    );
}

#[test]
fn data_moved_to_another_type_is_placed_by_its_names() {
    let draft: Draft = serde_json::from_str(DOCUMENT).unwrap();
    // `title` is not `Draft`'s: it was kept after the declared properties.
    assert_eq!(
        serde_json::to_string(&draft).unwrap(),
        r##"{"@odata.etag":"e","id":"a","extra":1,"title":"kept","title@odata.type":"#String"}"##
    );
    // `Article` declares it: its field wins, and the kept entry is not written a second time.
    let with_title = Article {
        id: draft.id.clone(),
        title: Some("mine".into()),
        additional_data: draft.additional_data.clone(),
    };
    assert_eq!(
        serde_json::to_value(&with_title).unwrap(),
        json!({"@odata.etag": "e", "id": "a", "title": "mine", "extra": 1, "title@odata.type": "#String"})
    );
    assert_eq!(
        serde_json::to_string(&with_title).unwrap(),
        r##"{"@odata.etag":"e","id":"a","title":"mine","extra":1,"title@odata.type":"#String"}"##
    );
    // Its field empty, the kept entry takes the property's place.
    let without_title = Article {
        id: draft.id,
        title: None,
        additional_data: draft.additional_data,
    };
    assert_eq!(
        serde_json::to_string(&without_title).unwrap(),
        r##"{"@odata.etag":"e","id":"a","title":"kept","extra":1,"title@odata.type":"#String"}"##
    );
}

#[test]
fn entries_set_after_the_read_are_placed_by_their_names() {
    let mut article: Article = serde_json::from_str(r#"{"id":"a","extra":1}"#).unwrap();
    article.additional_data.set_null("title");
    article
        .additional_data
        .insert_value("@odata.id", "https://x/a")
        .unwrap();
    article
        .additional_data
        .insert_value("@odata.type", "#microsoft.graph.article")
        .unwrap();
    article.additional_data.insert_value("later", &2).unwrap();
    assert_eq!(
        serde_json::to_string(&article).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.article","@odata.id":"https://x/a","id":"a","title":null,"extra":1,"later":2}"##
    );
}
