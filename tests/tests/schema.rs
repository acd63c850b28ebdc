//! What declarations say about their types (`graph_entity::schema`), the input of a conformance
//! check against the CSDL.

use graph_entity::schema::{
    Described, EdmRef, EnumSchema, NavigationSchema, PropertySchema, TypeKind, enum_schema,
};
use graph_entity_tests::directory::*;
use graph_entity_tests::drive_items::DriveItem;

fn property(
    name: &'static str,
    edm: &'static str,
    nullable: bool,
    read_only: bool,
) -> PropertySchema {
    PropertySchema {
        name,
        edm: Some(EdmRef::single(edm)),
        nullable,
        read_only,
    }
}

#[test]
fn an_entity_describes_its_properties_key_paths_and_operations() {
    let schema = DirectoryObject::schema();
    assert_eq!(schema.name, "microsoft.graph.directoryObject");
    assert_eq!(schema.kind, TypeKind::Entity);
    assert_eq!(schema.base, Some("microsoft.graph.entity"));
    assert_eq!(schema.key, Some("id"));
    assert_eq!(schema.collection_path, Some("/directoryObjects"));
    assert_eq!(
        schema.properties,
        [
            property("id", "Edm.String", false, true),
            property("deletedDateTime", "Edm.DateTimeOffset", true, true),
        ]
    );
    let delta = &schema.operations[0];
    assert_eq!(
        (delta.name, delta.is_function, delta.collection),
        ("delta", true, true)
    );
    assert_eq!(
        delta.returns,
        Some(EdmRef::collection_of("microsoft.graph.directoryObject"))
    );
}

#[test]
fn a_derived_entity_describes_its_own_set_navigation_and_typed_parameters() {
    let schema = User::schema();
    assert_eq!(schema.base, Some("microsoft.graph.directoryObject"));
    assert_eq!(schema.key, Some("id"));
    assert_eq!(schema.collection_path, Some("/users"));
    assert_eq!(
        schema.properties,
        [
            property("displayName", "Edm.String", true, false),
            property("userPrincipalName", "Edm.String", true, false),
        ]
    );
    assert_eq!(
        schema.navigations,
        [
            NavigationSchema {
                name: "messages",
                target: EdmRef::collection_of("microsoft.graph.message"),
                contained: true,
            },
            NavigationSchema {
                name: "mailFolders",
                target: EdmRef::collection_of("microsoft.graph.mailFolder"),
                contained: true,
            },
            NavigationSchema {
                name: "managedDevices",
                target: EdmRef::collection_of("microsoft.graph.managedDevice"),
                contained: true,
            },
            NavigationSchema {
                name: "drive",
                target: EdmRef::single("microsoft.graph.drive"),
                contained: false,
            },
        ]
    );
    let find = schema
        .operations
        .iter()
        .find(|operation| operation.name == "findActivities")
        .unwrap();
    assert!(find.is_function && !find.collection);
    assert_eq!(find.returns, Some(EdmRef::collection_of("Edm.String")));
    assert_eq!(
        find.parameters,
        [
            property("query", "Edm.String", false, false),
            property("importance", "microsoft.graph.importance", false, false),
            property("correlationId", "Edm.Guid", false, false),
            property("on", "Edm.Date", false, false),
            property("since", "Edm.DateTimeOffset", true, false),
        ]
    );
    let change = schema
        .operations
        .iter()
        .find(|operation| operation.name == "changePassword")
        .unwrap();
    assert!(!change.is_function);
    assert_eq!(change.returns, None);
    assert_eq!(change.parameters.len(), 2);
}

#[test]
fn abstract_types_singletons_streams_and_unmapped_types_are_described() {
    assert!(DeviceCompliancePolicy::schema().is_abstract);
    assert!(!Windows10CompliancePolicy::schema().is_abstract);
    assert_eq!(
        DeviceManagement::schema().singleton,
        Some("/deviceManagement")
    );
    let assign = &DeviceCompliancePolicy::schema().operations[0];
    assert_eq!(
        assign.returns,
        Some(EdmRef::collection_of(
            "microsoft.graph.deviceCompliancePolicyAssignment"
        ))
    );
    assert_eq!(
        assign.parameters[0].edm,
        Some(EdmRef::collection_of(
            "microsoft.graph.deviceCompliancePolicyAssignment"
        ))
    );
    let content = DriveItem::schema()
        .properties
        .into_iter()
        .find(|property| property.name == "content")
        .unwrap();
    assert_eq!(content.edm, Some(EdmRef::single("Edm.Stream")));
    // `serde_json::Value` is Edm.Untyped.
    let target = DeviceCompliancePolicyAssignment::schema().properties[1];
    assert_eq!(target.edm, Some(EdmRef::single("Edm.Untyped")));
}

#[test]
fn enums_describe_their_members() {
    assert_eq!(
        enum_schema::<Importance>(),
        EnumSchema {
            name: Some("microsoft.graph.importance"),
            members: &["low", "normal", "high"],
            flags: false,
        }
    );
}
