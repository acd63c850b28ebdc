//! The property names `#[derive(GraphEntity)]` generates: one `Property<Self>` constant per
//! declared property, taken by the typed query options of `Query<Self>`, and by those of every
//! type derived from `Self`.

use graph_entity::query::{Expand, Order, Property, Query, prop};
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{GraphComplex, GraphEntity};
use graph_entity_tests::mobile_apps::{MobileApp, MobileLobApp, Win32LobApp};

#[test]
fn every_property_of_the_connector_has_its_constant() {
    let constants = [
        Connector::ID,
        Connector::CONNECTOR_SERVER_NAME,
        Connector::EXCHANGE_ALIAS,
        Connector::EXCHANGE_CONNECTOR_TYPE,
        Connector::EXCHANGE_ORGANIZATION,
        Connector::LAST_SYNC_DATE_TIME,
        Connector::PRIMARY_SMTP_ADDRESS,
        Connector::SERVER_NAME,
        Connector::STATUS,
        Connector::VERSION,
    ];
    let names: Vec<&str> = constants.iter().map(Property::name).collect();
    assert_eq!(names, Connector::PROPERTIES);
    assert_eq!(Connector::SERVER_NAME.name(), "serverName");
}

#[test]
fn a_typed_query_writes_the_json_names() {
    let query = Query::<Connector>::typed()
        .select([Connector::ID, Connector::SERVER_NAME, Connector::STATUS])
        .filter(prop(Connector::PRIMARY_SMTP_ADDRESS).ends_with("@contoso.com"))
        .order_by(Connector::LAST_SYNC_DATE_TIME, Order::Descending)
        .top(5);
    assert_eq!(
        query.to_string(),
        "?$select=id,serverName,status\
         &$filter=endswith(primarySmtpAddress,%27@contoso.com%27)\
         &$orderby=lastSyncDateTime%20desc&$top=5",
    );
}

#[test]
fn renamed_fields_keep_their_json_name() {
    assert_eq!(
        Win32LobApp::MINIMUM_CPU_SPEED_IN_MHZ.name(),
        "minimumCpuSpeedInMHz"
    );
    assert_eq!(
        Win32LobApp::MINIMUM_FREE_DISK_SPACE_IN_MB.name(),
        "minimumFreeDiskSpaceInMB"
    );
}

#[test]
fn a_derived_type_takes_the_properties_of_every_base() {
    // `Win32LobApp` derives from `MobileLobApp`, which derives from `MobileApp`.
    let query = Query::<Win32LobApp>::typed()
        .select([Win32LobApp::INSTALL_COMMAND_LINE])
        .select([MobileLobApp::FILE_NAME])
        .select([MobileApp::ID, MobileApp::DISPLAY_NAME])
        .filter(prop(MobileApp::PUBLISHER).eq("O'Neil"))
        .order_by(MobileApp::DISPLAY_NAME, Order::Ascending)
        .order_by(MobileLobApp::SIZE, Order::Descending);
    assert_eq!(
        query.to_string(),
        "?$select=installCommandLine,fileName,id,displayName\
         &$filter=publisher%20eq%20%27O%27%27Neil%27\
         &$orderby=displayName,size%20desc",
    );
    let lob = Query::<MobileLobApp>::typed().select([MobileApp::DISPLAY_NAME, MobileApp::NOTES]);
    assert_eq!(lob.to_string(), "?$select=displayName,notes");
}

#[test]
fn a_typed_expand_takes_the_navigation_target_s_names() {
    let query = Query::<MobileApp>::typed().expand(
        Expand::<MobileApp, MobileLobApp>::of(Property::declared("assignments"))
            .select([MobileLobApp::FILE_NAME, MobileApp::ID.for_type()]),
    );
    assert_eq!(
        query.to_string(),
        "?$expand=assignments($select%3DfileName,id)"
    );
}

mod reserved {
    use graph_entity::GraphEntity;

    /// Fields named like the constants of the derived traits.
    #[derive(GraphEntity, Debug, Default)]
    #[graph(odata_type = "microsoft.graph.schemaExtensionLike")]
    pub struct Reserved {
        pub properties: Option<Vec<String>>,
        pub odata_type: Option<String>,
        pub actions: Option<i32>,
        pub base_type: Option<String>,
        pub r#type: Option<String>,
    }
}

#[test]
fn a_property_named_like_a_trait_constant_gets_a_suffix() {
    use reserved::Reserved;
    assert_eq!(Reserved::PROPERTIES_PROPERTY.name(), "properties");
    assert_eq!(Reserved::ODATA_TYPE_PROPERTY.name(), "odataType");
    assert_eq!(Reserved::ACTIONS_PROPERTY.name(), "actions");
    assert_eq!(Reserved::BASE_TYPE_PROPERTY.name(), "baseType");
    assert_eq!(Reserved::TYPE.name(), "type");
    // The trait constants keep their meaning under the plain path.
    assert_eq!(
        Reserved::PROPERTIES,
        ["properties", "odataType", "actions", "baseType", "type"]
    );
    assert_eq!(Reserved::ODATA_TYPE, "microsoft.graph.schemaExtensionLike");
}

mod other_crate_base {
    use graph_entity::GraphEntity;
    use graph_entity_tests::mobile_apps::MobileLobApp;

    /// A derived type declared in another crate than its bases.
    #[derive(GraphEntity, Debug, Default)]
    #[graph(odata_type = "microsoft.graph.macOSLobApp")]
    pub struct MacOsLobApp {
        #[graph(base)]
        pub base: MobileLobApp,
        pub bundle_id: Option<String>,
    }
}

#[test]
fn a_type_derived_across_crates_takes_its_bases_names() {
    use other_crate_base::MacOsLobApp;
    let query = Query::<MacOsLobApp>::typed().select([
        MacOsLobApp::BUNDLE_ID,
        MobileLobApp::FILE_NAME.for_type(),
        MobileApp::DISPLAY_NAME.for_type(),
    ]);
    assert_eq!(query.to_string(), "?$select=bundleId,fileName,displayName");
}
