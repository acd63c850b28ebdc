//! The types of the namespace `microsoft.graph.termStore`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, edm};

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.termStore.relationType")]
pub enum RelationType {
    Pin,
    Reuse,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.termStore.termGroupScope")]
pub enum TermGroupScope {
    Global,
    System,
    SiteCollection,
    UnknownFutureValue,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.termStore.localizedDescription")]
pub struct LocalizedDescription {
    pub description: Option<String>,
    pub language_tag: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.termStore.localizedLabel")]
pub struct LocalizedLabel {
    pub is_default: Option<bool>,
    pub language_tag: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.termStore.localizedName")]
pub struct LocalizedName {
    pub language_tag: Option<String>,
    pub name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.termStore.group",
    contains(name = "sets", target = Set)
)]
pub struct Group {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub display_name: Option<String>,
    pub parent_site_id: Option<String>,
    pub scope: Option<TermGroupScope>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sets: Option<Vec<Set>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.termStore.relation"
)]
pub struct Relation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub relationship: Option<RelationType>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub from_term: Option<Term>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub set: Option<Set>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub to_term: Option<Term>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.termStore.set",
    contains(name = "children", target = Term),
    contains(name = "parentGroup", target = Group, single),
    contains(name = "relations", target = Relation),
    contains(name = "terms", target = Term)
)]
pub struct Set {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub description: Option<String>,
    pub localized_names: Option<Vec<LocalizedName>>,
    pub properties: Option<Vec<crate::graph::KeyValue>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub children: Option<Vec<Term>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub parent_group: Option<Group>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub relations: Option<Vec<Relation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub terms: Option<Vec<Term>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.termStore.store",
    contains(name = "groups", target = Group),
    contains(name = "sets", target = Set)
)]
pub struct Store {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub default_language_tag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub language_tags: Option<Vec<String>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub groups: Option<Vec<Group>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub sets: Option<Vec<Set>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "sites")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.termStore.term",
    contains(name = "children", target = Term),
    contains(name = "relations", target = Relation)
)]
pub struct Term {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub created_date_time: Option<edm::DateTimeOffset>,
    pub descriptions: Option<Vec<LocalizedDescription>>,
    pub labels: Option<Vec<LocalizedLabel>>,
    pub last_modified_date_time: Option<edm::DateTimeOffset>,
    pub properties: Option<Vec<crate::graph::KeyValue>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub children: Option<Vec<Term>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub relations: Option<Vec<Relation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub set: Option<Set>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
