//! Real v1.0 shapes of addressing, declared from the CSDL (`v1.0-cleanMetadata.xml`): a type
//! reachable through several paths, contained navigation nested under parent keys, singletons,
//! a derived type with an entity set of its own, inherited bound actions, and functions.
//!
//! ```text
//! /directoryObjects                 DirectoryObject   (entity set)
//! /users                            User: DirectoryObject (entity set of its own)
//! /me                               User              (singleton)
//!   /messages                       Message           (contained)
//!   /mailFolders/{id}/messages      MailFolder, Message
//!   /mailFolders/{id}/childFolders  MailFolder
//!   /managedDevices                 ManagedDevice     (contained)
//!   /delta()                        bound to Collection(user)
//! /deviceManagement                 DeviceManagement  (singleton)
//!   /deviceCompliancePolicies       DeviceCompliancePolicy (abstract), Windows10CompliancePolicy
//!     /{id}/assignments             DeviceCompliancePolicyAssignment
//!     /{id}/assign                  bound action, inherited by the derived policy
//!   /managedDevices                 ManagedDevice
//! /reports                          ReportRoot        (singleton, keyless)
//!   /getUserArchivedPrintJobs(...)  bound function, string and DateTimeOffset parameters
//!   /getEmailActivityCounts(...)    bound function, a string parameter, a stream returned
//! ```
//!
//! Only a few properties of each type are declared; the rest are kept in `additional_data`.

use graph_entity::edm::DateTimeOffset;
use graph_entity::edm::{Date, Guid};
use graph_entity::page::{DeltaItem, Page};
use graph_entity::serde_json::Value;
use graph_entity::{AdditionalData, GraphEntity, GraphEnum};

// CSDL line 15197: `<EntityType Name="directoryObject" BaseType="graph.entity" OpenType="true">`;
// entity set `directoryObjects` (line 29335).
/// Represents an Azure Active Directory object.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.directoryObject",
    path = "/directoryObjects",
    function(name = "delta", collection, returns = Page<DeltaItem<DirectoryObject>>)
)]
pub struct DirectoryObject {
    /// The unique identifier of the entity. Not nullable.
    pub id: Option<String>,
    /// Date and time when this object was deleted.
    #[graph(read_only)]
    pub deleted_date_time: Option<DateTimeOffset>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 20879: `<EntityType Name="user" BaseType="graph.directoryObject" OpenType="true">`;
// entity set `users` (line 29571), singleton `me` (line 29749). Contained: `messages`,
// `mailFolders`, `managedDevices`; `delta()` is bound to `Collection(graph.user)` (line 27916).
// `findActivities` is not Graph's: a function with a parameter of each literal kind.
/// Represents a Microsoft Entra user account.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.user",
    path = "/users",
    contains(name = "messages", target = Message),
    contains(name = "mailFolders", target = MailFolder),
    contains(name = "managedDevices", target = ManagedDevice),
    navigation(name = "drive", target = crate::drive_items::Drive, single),
    function(name = "delta", collection, returns = Page<DeltaItem<User>>),
    function(name = "findActivities", parameters = FindActivitiesParameters, returns = Vec<String>),
    action(name = "changePassword", parameters = ChangePasswordParameters)
)]
pub struct User {
    #[graph(base)]
    pub directory_object: DirectoryObject,
    /// The name displayed in the address book for the user.
    pub display_name: Option<String>,
    /// The user principal name (UPN) of the user.
    pub user_principal_name: Option<String>,
}

/// The arguments of `changePassword` (CSDL line 25700), a JSON body.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct ChangePasswordParameters {
    pub current_password: Option<String>,
    pub new_password: Option<String>,
}

/// The arguments of the test function `findActivities`: one of each literal kind.
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct FindActivitiesParameters {
    pub query: String,
    pub importance: Importance,
    pub correlation_id: Guid,
    pub on: Date,
    pub since: Option<DateTimeOffset>,
}

/// `microsoft.graph.importance` (CSDL line 3036).
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
#[graph(odata_type = "microsoft.graph.importance")]
pub enum Importance {
    Low,
    Normal,
    High,
}

// CSDL line 17348: `<EntityType Name="mailFolder" BaseType="graph.entity">`.
/// A mail folder in a user's mailbox.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mailFolder",
    contains(name = "messages", target = Message),
    contains(name = "childFolders", target = MailFolder)
)]
pub struct MailFolder {
    pub id: Option<String>,
    pub display_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL: `<EntityType Name="message" BaseType="graph.outlookItem" OpenType="true">`, declared
// here on `entity` (the `outlookItem` properties are kept in `additional_data`).
/// A message in a mail folder.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.message",
    action = "send",
    action(name = "move", parameters = MoveParameters, returns = Message)
)]
pub struct Message {
    pub id: Option<String>,
    pub subject: Option<String>,
    pub importance: Option<Importance>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of `move` (a JSON body). The CSDL names the parameter `DestinationId`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MoveParameters {
    #[graph(rename = "DestinationId", non_nullable)]
    pub destination_id: Option<String>,
}

// CSDL line 17506: `<EntityType Name="managedDevice" BaseType="graph.entity">`; contained in
// `deviceManagement.managedDevices` and in `user.managedDevices`.
/// Devices that are managed or pre-enrolled through Intune.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.managedDevice",
    action = "retire"
)]
pub struct ManagedDevice {
    pub id: Option<String>,
    /// Computed by the service (`Core.Computed`).
    #[graph(read_only)]
    pub device_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 15023: `<EntityType Name="deviceManagement" BaseType="graph.entity">`; the singleton
// `deviceManagement` (line 29716).
/// The deviceManagement singleton.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagement",
    singleton = "/deviceManagement",
    contains(name = "deviceCompliancePolicies", target = DeviceCompliancePolicy),
    contains(name = "managedDevices", target = ManagedDevice)
)]
pub struct DeviceManagement {
    pub id: Option<String>,
    #[graph(non_nullable)]
    pub intune_account_id: Option<Guid>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 14815: `<EntityType Name="deviceCompliancePolicy" BaseType="graph.entity"
// Abstract="true">`; the action `assign` (line 23205) returns
// `Collection(graph.deviceCompliancePolicyAssignment)`.
/// This is the base class for Compliance policy.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicy",
    abstract,
    contains(name = "assignments", target = DeviceCompliancePolicyAssignment),
    action(
        name = "assign",
        parameters = AssignParameters,
        returns = Vec<DeviceCompliancePolicyAssignment>
    )
)]
pub struct DeviceCompliancePolicy {
    pub id: Option<String>,
    #[graph(non_nullable)]
    pub display_name: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of `assign`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct AssignParameters {
    pub assignments: Option<Vec<DeviceCompliancePolicyAssignment>>,
}

// CSDL line 14829.
/// Device compliance policy assignment.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceCompliancePolicyAssignment"
)]
pub struct DeviceCompliancePolicyAssignment {
    pub id: Option<String>,
    pub target: Option<Value>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 21893: `<EntityType Name="windows10CompliancePolicy"
// BaseType="graph.deviceCompliancePolicy">`.
/// This class contains compliance settings for Windows 10.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.windows10CompliancePolicy")]
pub struct Windows10CompliancePolicy {
    #[graph(base)]
    pub policy: DeviceCompliancePolicy,
    #[graph(non_nullable)]
    pub password_required: Option<bool>,
}

// The singleton `reports` (`reportRoot`, CSDL line 19260: `<EntityType Name="reportRoot">`, no
// key: `keyless`), with the bound functions `getUserArchivedPrintJobs` (CSDL:
// `<Parameter Name="userId" Type="Edm.String"/>`, `startDateTime`, `endDateTime`:
// `Edm.DateTimeOffset`) and `getEmailActivityCounts` (line 28361: `period`, `Edm.String`;
// returns `Edm.Stream`).
/// Represents the report root.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.reportRoot",
    keyless,
    singleton = "/reports",
    function(
        name = "getUserArchivedPrintJobs",
        parameters = ArchivedPrintJobsParameters,
        returns = Vec<Value>
    ),
    function(
        name = "getEmailActivityCounts",
        parameters = ReportPeriodParameters,
        returns = graph_entity::response::Media
    )
)]
pub struct ReportRoot {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The arguments of the report functions that take a period (`getEmailActivityCounts`): `D7`,
/// `D30`, `D90` or `D180`.
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ReportPeriodParameters {
    pub period: String,
}

/// The arguments of `getUserArchivedPrintJobs`.
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct ArchivedPrintJobsParameters {
    pub user_id: String,
    pub start_date_time: Option<DateTimeOffset>,
    pub end_date_time: Option<DateTimeOffset>,
}
