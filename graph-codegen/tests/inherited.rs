//! Inherited fields and property constants of the generated v1.0 types, at depth 3
//! (`win32LobApp` → `mobileLobApp` → `mobileApp` → `entity`): fields through `Deref`, every
//! property of the hierarchy a typed property of the derived type.

use graph_entity::{GraphEntity, Query, ServiceRoot};
use graph_resources::graph::{DirectoryObject, MobileApp, MobileLobApp, User, Win32LobApp};

#[test]
// The fields are written through `DerefMut`, which a struct literal cannot do.
#[allow(clippy::field_reassign_with_default)]
fn inherited_fields_are_reached_directly_at_any_depth() {
    let mut app = Win32LobApp::default();
    // Written through `DerefMut`, two and one levels down.
    app.id = Some("a1".into());
    app.display_name = Some("Contoso".into());
    app.file_name = Some("setup.exe".into());
    app.install_command_line = Some("setup /q".into());
    assert_eq!(app.base.base.id.as_deref(), Some("a1"));
    assert_eq!(app.base.base.display_name.as_deref(), Some("Contoso"));
    assert_eq!(app.base.file_name.as_deref(), Some("setup.exe"));
    // Read through `Deref`, as a `&MobileApp` where one is asked for.
    let as_mobile_app: &MobileApp = &app;
    assert_eq!(as_mobile_app.id.as_deref(), Some("a1"));
    let as_lob_app: &MobileLobApp = &app;
    assert_eq!(as_lob_app.file_name.as_deref(), Some("setup.exe"));
    // The wire is unchanged: the fields are the same ones.
    let json = graph_entity::serde_json::to_value(&app).unwrap();
    assert_eq!(json["id"], "a1");
    assert_eq!(json["displayName"], "Contoso");
    assert_eq!(json["fileName"], "setup.exe");
    assert_eq!(json["installCommandLine"], "setup /q");

    let mut user = User::default();
    user.id = Some("u1".into());
    assert_eq!(user.base.id.as_deref(), Some("u1"));
}

#[test]
fn every_property_of_the_hierarchy_is_a_property_of_the_derived_type() {
    // One array, one type: from `entity`, `mobileApp`, `mobileLobApp` and the type's own.
    let select = [
        Win32LobApp::ID,
        Win32LobApp::DISPLAY_NAME,
        Win32LobApp::FILE_NAME,
        Win32LobApp::INSTALL_COMMAND_LINE,
        Win32LobApp::CATEGORIES,
    ];
    assert_eq!(Win32LobApp::ID.name(), "id");
    assert_eq!(
        Win32LobApp::DISPLAY_NAME,
        MobileApp::DISPLAY_NAME.for_type()
    );
    assert_eq!(Win32LobApp::FILE_NAME, MobileLobApp::FILE_NAME.for_type());
    let request = ServiceRoot::v1()
        .build(
            Win32LobApp::collection().list(),
            &Query::<Win32LobApp>::typed().select(select),
        )
        .unwrap();
    assert_eq!(
        request.uri().query(),
        Some("$select=id,displayName,fileName,installCommandLine,categories")
    );

    // `User::ID` and `User::DISPLAY_NAME` in one `$select`.
    let users =
        Query::<User>::typed().select([User::ID, User::DELETED_DATE_TIME, User::DISPLAY_NAME]);
    let request = ServiceRoot::v1()
        .build(User::collection().list(), &users)
        .unwrap();
    assert_eq!(
        request.uri().query(),
        Some("$select=id,deletedDateTime,displayName")
    );
    assert_eq!(User::ID, DirectoryObject::ID.for_type());
}
