//! The conformance check (`graph_codegen::conformance`) on the shipped connector against the
//! v1.0 CSDL, and a mutation suite: for each category (name, Edm type, nullability, read-only,
//! enum member, flags, key, base, abstract, path, singleton, containment, operation, parameter,
//! return type, navigation type) a declaration with one mistake, which the check must name, while
//! the faithful declaration passes.

use graph_codegen::Document;
use graph_codegen::conformance::{Csdl, Mode, check_enum, check_type};
use graph_entity::page::{DeltaItem, Page};
use graph_entity::resources::{
    DeviceManagementExchangeConnector, DeviceManagementExchangeConnectorStatus,
    DeviceManagementExchangeConnectorSyncType, DeviceManagementExchangeConnectorType,
};
use graph_entity::schema::{Described, enum_schema};
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, edm};

fn v1() -> Document {
    let path = std::path::Path::new(graph_codegen::V1_CSDL);
    let xml = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the v1.0 CSDL is not at {}: {e}", path.display()));
    Document::parse(&xml).unwrap()
}

#[test]
fn the_shipped_connector_conforms() {
    let doc = v1();
    let csdl = Csdl::new(&doc);
    let differences = check_type(
        &csdl,
        &DeviceManagementExchangeConnector::schema(),
        Mode::Complete,
    );
    assert_eq!(differences, Vec::<String>::new());
    for schema in [
        enum_schema::<DeviceManagementExchangeConnectorStatus>(),
        enum_schema::<DeviceManagementExchangeConnectorSyncType>(),
        enum_schema::<DeviceManagementExchangeConnectorType>(),
    ] {
        assert_eq!(check_enum(&csdl, &schema), Vec::<String>::new());
    }
}

/// The connector as generated, with one mistake per declaration below.
mod mutants {
    use super::*;

    #[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
    #[graph(parameters)]
    pub struct SyncParameters {
        pub sync_type: DeviceManagementExchangeConnectorSyncType,
    }

    #[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
    #[graph(parameters)]
    pub struct WrongParameters {
        pub sync_kind: DeviceManagementExchangeConnectorSyncType,
    }

    const TYPE: &str = "microsoft.graph.deviceManagementExchangeConnector";

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.deviceManagementExchangeConnector", path = "/deviceManagement/exchangeConnectors", action(name = "sync", parameters = SyncParameters))]
    pub struct Faithful {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector"
    )]
    pub struct Name {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(rename = "serverNames")]
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector"
    )]
    pub struct EdmType {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<i32>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector"
    )]
    pub struct Nullability {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnector")]
    pub struct Key {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(key)]
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "deviceManagementPartner",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector"
    )]
    pub struct Base {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector",
        path = "/deviceManagement/exchangeConnector"
    )]
    pub struct Path {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector",
        path = "/deviceManagement/exchangeConnectors",
        action = "resync"
    )]
    pub struct Operation {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.deviceManagementExchangeConnector", path = "/deviceManagement/exchangeConnectors", action(name = "sync", parameters = WrongParameters))]
    pub struct Parameter {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        pub connector_server_name: Option<String>,
        pub exchange_alias: Option<String>,
        #[graph(non_nullable)]
        pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
        pub exchange_organization: Option<String>,
        #[graph(non_nullable)]
        pub last_sync_date_time: Option<edm::DateTimeOffset>,
        pub primary_smtp_address: Option<String>,
        pub version: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
    #[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
    pub enum Member {
        None,
        ConnectionPending,
        Connected,
        Disconneted,
        UnknownFutureValue,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector"
    )]
    pub struct ReadOnly {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub server_name: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector",
        abstract
    )]
    pub struct Abstract {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector",
        path = "/deviceManagement/exchangeConnectors",
        singleton = "/deviceManagement"
    )]
    pub struct SingletonOfAnotherType {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "entity",
        odata_type = "microsoft.graph.deviceManagementExchangeConnector",
        path = "/deviceManagement/exchangeConnectors",
        contains(name = "exchangeConnectors", target = Faithful)
    )]
    pub struct Containment {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub server_name: Option<String>,
        #[graph(non_nullable)]
        pub status: Option<DeviceManagementExchangeConnectorStatus>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    /// `user.manager` is a relationship (`navigation(...)`), not contained.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "directoryObject",
        odata_type = "microsoft.graph.user",
        path = "/users",
        contains(name = "manager", target = Faithful, single)
    )]
    pub struct ManagerContained {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    #[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
    #[graph(
        odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus",
        flags
    )]
    pub enum Flags {
        None,
        ConnectionPending,
        Connected,
        Disconnected,
        UnknownFutureValue,
    }

    /// `directoryObject`, the base of `user`: the root the generator once wrote every
    /// reference of the hierarchy with.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.directoryObject")]
    pub struct DirectoryObject {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    /// `baseItem`, the base of `drive`.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.baseItem")]
    pub struct BaseItem {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    /// `user`'s `delta` returning its base's collection, where the CSDL returns
    /// `Collection(microsoft.graph.user)`.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "directoryObject",
        odata_type = "microsoft.graph.user",
        path = "/users",
        function(name = "delta", collection, returns = Page<DeltaItem<DirectoryObject>>)
    )]
    pub struct UserReturn {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub display_name: Option<String>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    /// `user.drive` declared with `baseItem`, where the CSDL says `microsoft.graph.drive`.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "directoryObject",
        odata_type = "microsoft.graph.user",
        path = "/users"
    )]
    pub struct UserNavigation {
        #[graph(non_nullable)]
        pub id: Option<String>,
        pub display_name: Option<String>,
        #[graph(read_only)]
        pub drive: Option<Box<BaseItem>>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    /// `user.drive` declared with `user` itself: a type of another hierarchy.
    #[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
    #[graph(
        base = "directoryObject",
        odata_type = "microsoft.graph.user",
        path = "/users"
    )]
    pub struct UserNavigationElsewhere {
        #[graph(non_nullable)]
        pub id: Option<String>,
        #[graph(read_only)]
        pub manager: Option<Box<UserReturn>>,
        #[graph(additional_data)]
        pub additional_data: AdditionalData,
    }

    pub fn check<T: Described>(mode: Mode) -> Vec<String> {
        let doc = v1();
        let schema = T::schema();
        assert_eq!(schema.name, TYPE);
        check_type(&Csdl::new(&doc), &schema, mode)
    }
}

#[track_caller]
fn names(differences: Vec<String>, needles: &[&str]) {
    assert!(!differences.is_empty(), "the check found nothing");
    let all = differences.join("\n");
    for needle in needles {
        assert!(all.contains(needle), "no {needle:?} in:\n{all}");
    }
}

#[test]
fn the_faithful_declaration_passes() {
    assert_eq!(
        mutants::check::<mutants::Faithful>(Mode::Complete),
        Vec::<String>::new()
    );
}

#[test]
fn a_wrong_property_name_is_named() {
    names(
        mutants::check::<mutants::Name>(Mode::Complete),
        &[
            "serverNames: the CSDL has no property",
            "serverName: the CSDL's property is not declared",
        ],
    );
}

#[test]
fn a_wrong_edm_type_is_named() {
    names(
        mutants::check::<mutants::EdmType>(Mode::Subset),
        &["serverName: declared Edm.Int32, the CSDL's is Edm.String"],
    );
}

#[test]
fn a_dropped_nullable_false_is_named() {
    names(
        mutants::check::<mutants::Nullability>(Mode::Subset),
        &["status: declared nullable, the CSDL's is Nullable=\"false\""],
    );
}

#[test]
fn a_wrong_enum_member_is_named() {
    let doc = v1();
    names(
        check_enum(
            &Csdl::new(&doc),
            &graph_entity::schema::enum_schema::<mutants::Member>(),
        ),
        &[
            "member `disconneted` is not the CSDL's",
            "the CSDL's member `disconnected` is not declared",
        ],
    );
}

#[test]
fn a_wrong_key_is_named() {
    names(
        mutants::check::<mutants::Key>(Mode::Subset),
        &[
            "key serverName declared, the CSDL's is id",
            "base type (none) declared",
        ],
    );
}

#[test]
fn a_wrong_base_is_named() {
    names(
        mutants::check::<mutants::Base>(Mode::Subset),
        &[
            "base type microsoft.graph.deviceManagementPartner declared, the CSDL's is microsoft.graph.entity",
        ],
    );
}

#[test]
fn a_wrong_path_is_named() {
    names(
        mutants::check::<mutants::Path>(Mode::Subset),
        &["path /deviceManagement/exchangeConnector is not"],
    );
}

#[test]
fn a_wrong_operation_is_named() {
    names(
        mutants::check::<mutants::Operation>(Mode::Subset),
        &["action `resync` is not bound to this type"],
    );
}

#[test]
fn a_wrong_parameter_is_named() {
    names(
        mutants::check::<mutants::Parameter>(Mode::Subset),
        &[
            "action `sync` lacks the parameter `syncType`",
            "action `sync` has no parameter `syncKind`",
        ],
    );
}

#[test]
fn every_difference_is_reported_at_once() {
    // The key mutant is also an entity without base: both are named.
    let differences = mutants::check::<mutants::Key>(Mode::Subset);
    assert!(differences.len() >= 2, "{differences:?}");
}

#[test]
fn a_wrong_read_only_is_named() {
    names(
        mutants::check::<mutants::ReadOnly>(Mode::Subset),
        &["serverName: declared read_only, the CSDL's is writable"],
    );
}

#[test]
fn a_wrong_abstract_is_named() {
    names(
        mutants::check::<mutants::Abstract>(Mode::Subset),
        &["declared abstract, the CSDL's is not abstract"],
    );
}

#[test]
fn a_wrong_singleton_is_named() {
    names(
        mutants::check::<mutants::SingletonOfAnotherType>(Mode::Subset),
        &["singleton /deviceManagement is not a singleton of this type"],
    );
}

#[test]
fn a_wrong_containment_is_named() {
    names(
        mutants::check::<mutants::Containment>(Mode::Subset),
        &["contains `exchangeConnectors`, which is no contained navigation property of the CSDL"],
    );
}

#[test]
fn a_relationship_declared_as_contained_is_named() {
    names(
        check_user::<mutants::ManagerContained>(),
        &["contains `manager`, which is no contained navigation property of the CSDL"],
    );
}

#[test]
fn a_wrong_flags_is_named() {
    let doc = v1();
    names(
        check_enum(&Csdl::new(&doc), &enum_schema::<mutants::Flags>()),
        &["declared flags, the CSDL's is not flags"],
    );
}

fn check_user<T: Described>() -> Vec<String> {
    let doc = v1();
    let schema = T::schema();
    assert_eq!(schema.name, "microsoft.graph.user");
    check_type(&Csdl::new(&doc), &schema, Mode::Subset)
}

#[test]
fn a_base_type_for_the_csdls_return_type_is_named() {
    names(
        check_user::<mutants::UserReturn>(),
        &[
            "function `delta` returns Collection(microsoft.graph.directoryObject), the CSDL's returns Collection(microsoft.graph.user)",
        ],
    );
}

#[test]
fn a_base_type_for_the_csdls_navigation_type_is_named() {
    names(
        check_user::<mutants::UserNavigation>(),
        &[
            "drive: declared microsoft.graph.baseItem, the CSDL's navigation property is microsoft.graph.drive",
        ],
    );
}

#[test]
fn a_derived_type_for_the_csdls_navigation_type_is_named() {
    // `manager` is a `directoryObject`: `user`, derived from it, is not what the CSDL declares.
    names(
        check_user::<mutants::UserNavigationElsewhere>(),
        &[
            "manager: declared microsoft.graph.user, the CSDL's navigation property is microsoft.graph.directoryObject",
        ],
    );
}
