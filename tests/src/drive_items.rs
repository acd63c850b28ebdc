//! Polymorphic complex values, declared from the v1.0 CSDL (`v1.0-cleanMetadata.xml`).
//!
//! ```text
//! identity (complex, open)            Identity       ── 21 derived types in v1.0, among them
//! ├── userIdentity                    UserIdentity
//! ├── teamworkUserIdentity            TeamworkUserIdentity
//! ├── emailIdentity                   EmailIdentity
//! └── sharePointIdentity, initiator, provisionedIdentity, ...   (not declared: read as Identity)
//!
//! identitySet (complex, open)         IdentitySet    application, device, user: identity
//!
//! deviceActionResult (complex)        DeviceActionResult
//! ├── remoteLockActionResult          RemoteLockActionResult
//! ├── resetPasscodeActionResult       ResetPasscodeActionResult
//! └── locateDeviceActionResult, ...   (not declared)
//!
//! serviceProvisioningError (complex, abstract)   ServiceProvisioningError
//! └── serviceProvisioningXmlError                ServiceProvisioningXmlError
//!
//! entity
//! └── baseItem (abstract)             BaseItem       createdBy, lastModifiedBy: identitySet
//!     └── driveItem                   DriveItem      /drives/{drive-id}/items: left out here
//! managedDevice                       ManagedDevice  deviceActionResults
//! user (a directoryObject)            User           serviceProvisioningErrors
//! ```
//!
//! A property of a complex type with derived types is declared with a `#[derive(GraphPolymorphic)]`
//! enum ([`AnyIdentity`], [`AnyDeviceActionResult`], [`AnyServiceProvisioningError`]): a value
//! whose `@odata.type` names a declared variant reads as that type; any other value reads as the
//! declared base (its `#[graph(other)]` variant), keeping its `@odata.type` and its extra
//! properties in `additional_data`, and writing them back.
//!
//! Only a representative subset of each type's properties is declared; the others are kept in
//! `additional_data` like any unknown property. Navigation properties are not declared.
//! "Not nullable." marks `Nullable="false"` properties.

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic};

// ---------------------------------------------------------------------------------------------
// identity and identitySet
// ---------------------------------------------------------------------------------------------

// CSDL line 8742: `<ComplexType Name="identity" OpenType="true">`.
/// An identity: of a user, a device or an application.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identity")]
pub struct Identity {
    /// The display name of the identity.
    pub display_name: Option<String>,
    /// Unique identifier for the identity.
    pub id: Option<String>,
    /// Everything else, for this type and its derived types: the `@odata.type` of a derived type
    /// this program does not declare, its properties, annotations.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11594: `<ComplexType Name="userIdentity" BaseType="graph.identity" OpenType="true">`.
/// A user identity.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.userIdentity")]
pub struct UserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    /// Indicates the client IP address associated with the user performing the activity.
    pub ip_address: Option<String>,
    /// The userPrincipalName attribute of the user.
    pub user_principal_name: Option<String>,
}

// CSDL line 11302: `<ComplexType Name="teamworkUserIdentity" BaseType="graph.identity" OpenType="true">`.
/// A user identity in Teams.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.teamworkUserIdentity")]
pub struct TeamworkUserIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    /// Type of user.
    pub user_identity_type: Option<TeamworkUserIdentityType>,
}

// CSDL line 8475: `<ComplexType Name="emailIdentity" BaseType="graph.identity" OpenType="true">`.
/// An identity with an email address.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.emailIdentity")]
pub struct EmailIdentity {
    /// The inherited properties of `identity`.
    #[graph(base)]
    pub base: Identity,
    /// Email address of the user.
    pub email: Option<String>,
}

/// An `identity` value, read as the type its `@odata.type` names.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyIdentity {
    /// `#microsoft.graph.userIdentity`.
    User(UserIdentity),
    /// `#microsoft.graph.teamworkUserIdentity`.
    TeamworkUser(TeamworkUserIdentity),
    /// `#microsoft.graph.emailIdentity`.
    Email(EmailIdentity),
    /// `identity` itself, or one of its derived types this program does not declare
    /// (`sharePointIdentity`, `provisionedIdentity`, ...), read as `identity`.
    #[graph(other)]
    Other(Identity),
}

// CSDL line 8746: `<ComplexType Name="identitySet" OpenType="true">`.
/// A collection of identities associated with various events for an item, such as created by or
/// last modified by.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.identitySet")]
pub struct IdentitySet {
    /// The Microsoft Entra application associated with the event.
    pub application: Option<AnyIdentity>,
    /// The device associated with the event.
    pub device: Option<AnyIdentity>,
    /// The user associated with the event.
    pub user: Option<AnyIdentity>,
    /// Everything else: the derived types' properties (`group`, `sharePointGroup` of
    /// `sharePointIdentitySet`, ...), annotations.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// baseItem and driveItem
// ---------------------------------------------------------------------------------------------

// CSDL line 13306: `<EntityType Name="baseItem" BaseType="graph.entity" Abstract="true">`.
/// An abstract resource that contains a common set of properties shared among several other
/// resources types, such as driveItem, drive and site.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.baseItem", abstract)]
pub struct BaseItem {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// Identity of the user, device, or application that created the item. Read-only.
    #[graph(read_only)]
    pub created_by: Option<IdentitySet>,
    /// Date and time of item creation. Read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<DateTimeOffset>,
    /// Provides a user-visible description of the item. Optional.
    pub description: Option<String>,
    /// ETag for the item. Read-only.
    #[graph(read_only)]
    pub e_tag: Option<String>,
    /// Identity of the user, device, and application that last modified the item. Read-only.
    #[graph(read_only)]
    pub last_modified_by: Option<IdentitySet>,
    /// Date and time the item was last modified. Read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    /// The name of the item. Read-write.
    pub name: Option<String>,
    /// URL that either displays the resource in the browser (for Office file formats), or is a
    /// direct link to the file (for other formats). Read-only.
    #[graph(read_only)]
    pub web_url: Option<String>,
    /// Everything else, for this type and its derived types.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 15337: `<EntityType Name="driveItem" BaseType="graph.baseItem" OpenType="true">`.
// Only a few of its properties are declared; its many facets (`file`, `folder`, `image`, ...)
// are kept in `additional_data`.
/// A file, folder, or other item stored in a drive.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.driveItem",
    by_path,
    navigation(name = "children", target = DriveItem, creates)
)]
pub struct DriveItem {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    /// An eTag for the content of the item. Read-only.
    #[graph(read_only)]
    pub c_tag: Option<String>,
    /// Size of the item in bytes. Read-only.
    #[graph(read_only)]
    pub size: Option<i64>,
    /// WebDAV compatible URL for the item.
    #[graph(read_only)]
    pub web_dav_url: Option<String>,
    /// The content stream, if the item represents a file (`Edm.Stream`): fetched and replaced at
    /// `{item}/content`; its media annotations stay in the additional data.
    #[graph(read_only)]
    pub content: Option<graph_entity::edm::Stream>,
}

// CSDL: `<EntityType Name="drive" BaseType="graph.baseItem">`, entity set `drives`; contained:
// `items`; not contained: the single-valued `root`.
/// The top-level object that represents a user's OneDrive or a document library.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.drive",
    path = "/drives",
    contains(name = "items", target = DriveItem),
    navigation(name = "root", target = DriveItem, single)
)]
pub struct Drive {
    /// The inherited properties of `baseItem`.
    #[graph(base)]
    pub base: BaseItem,
    /// Describes the type of drive represented by this resource.
    #[graph(read_only)]
    pub drive_type: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// deviceActionResult and managedDevice
// ---------------------------------------------------------------------------------------------

// CSDL line 8051: `<ComplexType Name="deviceActionResult">`.
/// Device action result.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.deviceActionResult")]
pub struct DeviceActionResult {
    /// Action name.
    pub action_name: Option<String>,
    /// State of the action. Not nullable.
    #[graph(non_nullable)]
    pub action_state: Option<ActionState>,
    /// Time the action state was last updated. Not nullable.
    #[graph(non_nullable)]
    pub last_updated_date_time: Option<DateTimeOffset>,
    /// Time the action was initiated. Not nullable.
    #[graph(non_nullable)]
    pub start_date_time: Option<DateTimeOffset>,
    /// Everything else, for this type and its derived types.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 10417: `<ComplexType Name="remoteLockActionResult" BaseType="graph.deviceActionResult">`.
/// Lock action result with a pin to unlock.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.remoteLockActionResult")]
pub struct RemoteLockActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// Pin to unlock the client.
    pub unlock_pin: Option<String>,
}

// CSDL line 10448: `<ComplexType Name="resetPasscodeActionResult" BaseType="graph.deviceActionResult">`.
/// Reset passcode action result.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.resetPasscodeActionResult")]
pub struct ResetPasscodeActionResult {
    /// The inherited properties of `deviceActionResult`.
    #[graph(base)]
    pub base: DeviceActionResult,
    /// RotateBitLockerKeys action error code. Valid values 0 to 2147483647. Not nullable.
    #[graph(non_nullable)]
    pub error_code: Option<i32>,
    /// Newly generated passcode for the device.
    pub passcode: Option<String>,
}

/// A `deviceActionResult` value, read as the type its `@odata.type` names.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyDeviceActionResult {
    /// `#microsoft.graph.remoteLockActionResult`.
    RemoteLock(RemoteLockActionResult),
    /// `#microsoft.graph.resetPasscodeActionResult`.
    ResetPasscode(ResetPasscodeActionResult),
    /// `deviceActionResult` itself or a derived type this program does not declare
    /// (`locateDeviceActionResult`, `windowsDefenderScanActionResult`, ...).
    #[graph(other)]
    Other(DeviceActionResult),
}

// CSDL line 17506: `<EntityType Name="managedDevice" BaseType="graph.entity">`; a subset.
/// Devices that are managed or pre-enrolled through Intune.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDevice",
    path = "/deviceManagement/managedDevices"
)]
pub struct ManagedDevice {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// List of ComplexType deviceActionResult objects. This property is read-only.
    #[graph(read_only)]
    pub device_action_results: Option<Vec<AnyDeviceActionResult>>,
    /// Name of the device. This property is read-only.
    #[graph(read_only)]
    pub device_name: Option<String>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// serviceProvisioningError and user
// ---------------------------------------------------------------------------------------------

// CSDL line 10786: `<ComplexType Name="serviceProvisioningError" Abstract="true">`.
/// Represents information about a service provisioning error.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.serviceProvisioningError", abstract)]
pub struct ServiceProvisioningError {
    /// The date and time at which the error occurred.
    pub created_date_time: Option<DateTimeOffset>,
    /// Indicates whether the error has been attended to.
    pub is_resolved: Option<bool>,
    /// Qualified service instance (for example, 'SharePoint/Dublin') that published the service
    /// error information.
    pub service_instance: Option<String>,
    /// Everything else, for this type and its derived types.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 10791: `<ComplexType Name="serviceProvisioningXmlError" BaseType="graph.serviceProvisioningError">`.
/// Represents information about a service provisioning error, with its details in XML.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.serviceProvisioningXmlError")]
pub struct ServiceProvisioningXmlError {
    /// The inherited properties of `serviceProvisioningError`.
    #[graph(base)]
    pub base: ServiceProvisioningError,
    /// Error Information published by the Federated Service as an xml string.
    pub error_detail: Option<String>,
}

/// A `serviceProvisioningError` value, read as the type its `@odata.type` names.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyServiceProvisioningError {
    /// `#microsoft.graph.serviceProvisioningXmlError`.
    Xml(ServiceProvisioningXmlError),
    /// A derived type this program does not declare, read as `serviceProvisioningError`.
    #[graph(other)]
    Other(ServiceProvisioningError),
}

// CSDL line 20879: `<EntityType Name="user" BaseType="graph.directoryObject" OpenType="true">`; a
// subset.
/// Represents a Microsoft Entra user account.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "directoryObject",
    odata_type = "microsoft.graph.user",
    path = "/users"
)]
pub struct User {
    /// The unique identifier for the object (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// The name displayed in the address book for the user.
    pub display_name: Option<String>,
    /// Errors published by a federated service describing a nontransient, service-specific error
    /// regarding the properties or link from a user object.
    #[graph(read_only)]
    pub service_provisioning_errors: Option<Vec<AnyServiceProvisioningError>>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// ---------------------------------------------------------------------------------------------
// Enum types
// ---------------------------------------------------------------------------------------------

// CSDL line 158: `<EnumType Name="actionState">`.
/// State of the action on the device.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.actionState")]
pub enum ActionState {
    /// Not a valid action state.
    None,
    /// Action is pending.
    Pending,
    /// Action has been cancelled.
    Canceled,
    /// Action is active.
    Active,
    /// Action completed without errors.
    Done,
    /// Action failed.
    Failed,
    /// Action is not supported.
    NotSupported,
}

// CSDL line 5414: `<EnumType Name="teamworkUserIdentityType">`. `emailUser` comes after
// `unknownFutureValue`: an evolvable enum's member added later.
/// The type of a user identity in Teams.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.teamworkUserIdentityType")]
pub enum TeamworkUserIdentityType {
    /// A Microsoft Entra user.
    AadUser,
    /// An on-premises Microsoft Entra user.
    OnPremiseAadUser,
    /// An anonymous guest.
    AnonymousGuest,
    /// A federated user.
    FederatedUser,
    /// A personal Microsoft account user.
    PersonalMicrosoftAccountUser,
    /// A Skype user.
    SkypeUser,
    /// A phone user.
    PhoneUser,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
    /// An email user.
    EmailUser,
}
