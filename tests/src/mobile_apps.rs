//! A real hierarchy of derived Graph types: Intune's mobile apps, declared from the v1.0 CSDL
//! (`v1.0-cleanMetadata.xml`, msgraph-metadata commit f54f11b).
//!
//! ```text
//! entity
//! └── mobileApp (abstract)            MobileApp        /deviceAppManagement/mobileApps
//!     ├── mobileLobApp (abstract)     MobileLobApp
//!     │   └── win32LobApp             Win32LobApp
//!     ├── webApp                      WebApp
//!     ├── iosStoreApp                 IosStoreApp
//!     └── androidStoreApp             AndroidStoreApp
//! ```
//!
//! [`AnyMobileApp`] reads an item of the collection as the type its `@odata.type` names; items of
//! the many other derived types (`macOSDmgApp`, `iosVppApp`, ...) are read as [`MobileApp`], with
//! everything else kept. The complex types `win32LobAppRule` and its four derived types are a
//! second hierarchy, of complex types (`#[graph(complex)]`), read through [`AnyWin32LobAppRule`].
//!
//! Every doc comment on a type, field or member is the CSDL's `Org.OData.Core.V1.Description`
//! annotation of that element (descriptions: lines 32107-49283), shortened where it runs to
//! several sentences of boilerplate; "Not nullable." marks
//! `Nullable="false"` properties. Navigation properties are not declared. Properties whose CSDL
//! description says "This property is read-only." are `#[graph(read_only)]`: left out of create
//! and update bodies.

use graph_entity::edm::DateTimeOffset;
use graph_entity::{AdditionalData, Flags, GraphEntity, GraphEnum, GraphPolymorphic};

// ---------------------------------------------------------------------------------------------
// Entity types
// ---------------------------------------------------------------------------------------------

// CSDL line 17777: `<EntityType Name="mobileApp" BaseType="graph.entity" Abstract="true">`. Its
// navigation properties `assignments` and `categories` are not declared. Bound action: `assign`
// (line 23197), with the parameter `mobileAppAssignments`.
/// An abstract class containing the base properties for Intune mobile apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.mobileApp",
    path = "/deviceAppManagement/mobileApps",
    action(name = "assign", parameters = MobileAppAssignParameters)
, abstract)]
pub struct MobileApp {
    /// The unique identifier of the entity, its key (inherited from `entity`). Not nullable.
    pub id: Option<String>,
    /// The date and time the app was created. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub created_date_time: Option<DateTimeOffset>,
    /// The description of the app.
    pub description: Option<String>,
    /// The developer of the app.
    pub developer: Option<String>,
    /// The admin provided or imported title of the app.
    pub display_name: Option<String>,
    /// The more information Url.
    pub information_url: Option<String>,
    /// The value indicating whether the app is marked as featured by the admin. Not nullable.
    #[graph(non_nullable)]
    pub is_featured: Option<bool>,
    /// The large icon, to be displayed in the app details and used for upload of the icon.
    pub large_icon: Option<MimeContent>,
    /// The date and time the app was last modified. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub last_modified_date_time: Option<DateTimeOffset>,
    /// Notes for the app.
    pub notes: Option<String>,
    /// The owner of the app.
    pub owner: Option<String>,
    /// The privacy statement Url.
    pub privacy_information_url: Option<String>,
    /// The publisher of the app.
    pub publisher: Option<String>,
    /// The publishing state for the app. The app cannot be assigned unless the app is published. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub publishing_state: Option<MobileAppPublishingState>,
    /// Everything else, for this type and every type derived from it: unknown properties,
    /// annotations, explicit `null`s, unknown enum members, the `@odata.type` of a derived type
    /// this program does not declare.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 23197: `<Action Name="assign" IsBound="true">` bound to `graph.mobileApp`. Its
// parameter is a collection of the entity type `mobileAppAssignment` (line 17794), whose
// `target` and `settings` are abstract, polymorphic complex types: kept as raw JSON values here.
/// The body of the `assign` action of a mobile app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(parameters)]
pub struct MobileAppAssignParameters {
    /// The assignments to set (`Collection(graph.mobileAppAssignment)`), as raw JSON objects.
    pub mobile_app_assignments: Option<Vec<serde_json::Value>>,
}

// CSDL line 17833: `<EntityType Name="mobileLobApp" BaseType="graph.mobileApp" Abstract="true">`.
// Its navigation property `contentVersions` is not declared.
/// An abstract base class containing properties for all mobile line-of-business apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mobileLobApp", abstract)]
pub struct MobileLobApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The internal committed content version.
    pub committed_content_version: Option<String>,
    /// The name of the main LOB application file.
    pub file_name: Option<String>,
    /// The total size, including all uploaded files. This property is read-only. Not nullable.
    #[graph(read_only, non_nullable)]
    pub size: Option<i64>,
}

// CSDL line 21877: `<EntityType Name="win32LobApp" BaseType="graph.mobileLobApp">`. Its bound
// action `enableApplicableArchitectures` (line 24391) is left out: these declarations stop at the
// actions of `mobileApp` itself.
/// Contains properties and inherited properties for Win32 apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobApp")]
pub struct Win32LobApp {
    /// The inherited properties of `mobileLobApp` (and through it, of `mobileApp`).
    #[graph(base)]
    pub base: MobileLobApp,
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be treated as not applicable for devices with architectures not matching the selected value. When a non-null value is provided for the `allowedArchitectures` property, the value of the `applicableArchitectures` property is set to `none`. Possible values are: `null`, `x86`, `x64`, `arm64`.
    pub allowed_architectures: Option<Flags<WindowsArchitecture>>,
    /// Indicates the Windows architecture(s) this app should be installed on. The app will be treated as not applicable for devices with architectures not matching the selected value. When a non-null value is provided for the `allowedArchitectures` property, the value of the `applicableArchitectures` property is set to `none`. Default value is `none`. Possible values are: `none`, `x86`, `x64`. Not nullable.
    #[graph(non_nullable)]
    pub applicable_architectures: Option<Flags<WindowsArchitecture>>,
    /// Indicates the command line to install this app. Used to install the Win32 app. Example: `msiexec /i "Orca.Msi" /qn`.
    pub install_command_line: Option<String>,
    /// Indicates the install experience for this app.
    pub install_experience: Option<Win32LobAppInstallExperience>,
    /// Indicates the value for the minimum CPU speed which is required to install this app. Allowed range from `0` to `clock speed from WMI helper`.
    #[graph(rename = "minimumCpuSpeedInMHz")]
    pub minimum_cpu_speed_in_mhz: Option<i32>,
    /// Indicates the value for the minimum free disk space which is required to install this app. Allowed range from `0` to `driver's maximum available free space`.
    #[graph(rename = "minimumFreeDiskSpaceInMB")]
    pub minimum_free_disk_space_in_mb: Option<i32>,
    /// Indicates the value for the minimum physical memory which is required to install this app. Allowed range from `0` to `total physical memory from WMI helper`.
    #[graph(rename = "minimumMemoryInMB")]
    pub minimum_memory_in_mb: Option<i32>,
    /// Indicates the value for the minimum number of processors which is required to install this app. Minimum value is `0`.
    pub minimum_number_of_processors: Option<i32>,
    /// Indicates the value for the minimum supported windows release. Example: `Windows11_23H2`.
    pub minimum_supported_windows_release: Option<String>,
    /// Indicates the MSI details if this Win32 app is an MSI app.
    pub msi_information: Option<Win32LobAppMsiInformation>,
    /// Indicates the return codes for post installation behavior.
    pub return_codes: Option<Vec<Win32LobAppReturnCode>>,
    /// Indicates the detection and requirement rules for this app. Possible values are: `Win32LobAppFileSystemRule, Win32LobAppPowerShellScriptRule, Win32LobAppProductCodeRule, Win32LobAppRegistryRule`.
    pub rules: Option<Vec<AnyWin32LobAppRule>>,
    /// Indicates the relative path of the setup file in the encrypted Win32LobApp package. Example: `Intel-SA-00075 Detection and Mitigation Tool.msi`.
    pub setup_file_path: Option<String>,
    /// Indicates the command line to uninstall this app. Used to uninstall the app. Example: `msiexec /x "{85F4CBCB-9BBC-4B50-A7D8-E1106771498D}" /qn`.
    pub uninstall_command_line: Option<String>,
}

// CSDL line 21858: `<EntityType Name="webApp" BaseType="graph.mobileApp">`. `appUrl` "cannot be
// PATCHed" but is given on create, so it is not `read_only` (which would drop it from both).
/// Contains properties and inherited properties for web apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.webApp")]
pub struct WebApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The web app URL. This property cannot be PATCHed.
    pub app_url: Option<String>,
    /// Whether or not to use managed browser. This property is only applicable for Android and IOS. Not nullable.
    #[graph(non_nullable)]
    pub use_managed_browser: Option<bool>,
}

// CSDL line 16944: `<EntityType Name="iosStoreApp" BaseType="graph.mobileApp">`.
/// Contains properties and inherited properties for iOS store apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosStoreApp")]
pub struct IosStoreApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The iOS architecture for which this app can run on. Not nullable.
    #[graph(non_nullable)]
    pub applicable_device_type: Option<IosDeviceType>,
    /// The Apple App Store URL
    pub app_store_url: Option<String>,
    /// The Identity Name.
    pub bundle_id: Option<String>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<IosMinimumOperatingSystem>,
}

// CSDL line 12779: `<EntityType Name="androidStoreApp" BaseType="graph.mobileApp">`. `packageId`
// is described as read-only but is what a create gives (the Graph docs' create example has it),
// so it is not `read_only`.
/// Contains properties and inherited properties for Android store apps.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidStoreApp")]
pub struct AndroidStoreApp {
    /// The inherited properties of `mobileApp`.
    #[graph(base)]
    pub base: MobileApp,
    /// The Android app store URL.
    pub app_store_url: Option<String>,
    /// The value for the minimum applicable operating system.
    pub minimum_supported_operating_system: Option<AndroidMinimumOperatingSystem>,
    /// The package identifier. This property is read-only.
    #[graph(read_only)]
    pub package_id: Option<String>,
}

/// An item of `/deviceAppManagement/mobileApps`, read as the type its `@odata.type` names.
///
/// `win32LobApp` is a grandchild (`win32LobApp` → `mobileLobApp` → `mobileApp`); items of any
/// other type, or with no `@odata.type`, are read as [`MobileApp`] and keep their type and
/// their other properties.
// Variants hold their types by value (`GraphPolymorphic` takes `Variant(Type)`, not a `Box`), and
// a win32LobApp is several times the size of a webApp.
#[allow(clippy::large_enum_variant)]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyMobileApp {
    /// `#microsoft.graph.webApp`.
    WebApp(WebApp),
    /// `#microsoft.graph.win32LobApp`.
    Win32LobApp(Win32LobApp),
    /// `#microsoft.graph.iosStoreApp`.
    IosStoreApp(IosStoreApp),
    /// `#microsoft.graph.androidStoreApp`.
    AndroidStoreApp(AndroidStoreApp),
    /// Every other type (`macOSDmgApp`, `iosVppApp`, ...), read as `mobileApp`.
    #[graph(other)]
    Other(MobileApp),
}

// ---------------------------------------------------------------------------------------------
// Complex types
// ---------------------------------------------------------------------------------------------

// CSDL line 9395: `<ComplexType Name="mimeContent">`.
/// Contains properties for a generic mime content.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.mimeContent")]
pub struct MimeContent {
    /// Indicates the content mime type.
    pub r#type: Option<String>,
    /// The byte array that contains the actual content (`Edm.Binary`: base64 text, kept in the
    /// alphabet it was read in).
    pub value: Option<graph_entity::edm::Binary>,
    /// Everything else, the value's own `@odata.type` included.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 8880: `<ComplexType Name="iosDeviceType">`.
/// Contains properties of the possible iOS device types the mobile app can run on.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosDeviceType")]
pub struct IosDeviceType {
    /// Whether the app should run on iPads. Not nullable.
    #[graph(non_nullable)]
    pub i_pad: Option<bool>,
    /// Whether the app should run on iPhones and iPods. Not nullable.
    #[graph(non_nullable)]
    pub i_phone_and_i_pod: Option<bool>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 8906: `<ComplexType Name="iosMinimumOperatingSystem">`. The property names hold an
// underscore (`v10_0`), which the default lowerCamelCase would drop: each is renamed.
/// Contains properties of the minimum operating system required for an iOS mobile app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.iosMinimumOperatingSystem")]
pub struct IosMinimumOperatingSystem {
    /// When 'True', iOS with OS Version 10.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v10_0", non_nullable)]
    pub v10_0: Option<bool>,
    /// When 'True', iOS with OS Version 11.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v11_0", non_nullable)]
    pub v11_0: Option<bool>,
    /// When 'True', iOS with OS Version 12.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v12_0", non_nullable)]
    pub v12_0: Option<bool>,
    /// When 'True', iOS with OS Version 13.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v13_0", non_nullable)]
    pub v13_0: Option<bool>,
    /// When 'True', iOS with OS Version 14.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v14_0", non_nullable)]
    pub v14_0: Option<bool>,
    /// When 'True', iOS with OS Version 15.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v15_0", non_nullable)]
    pub v15_0: Option<bool>,
    /// When 'True', iOS with OS Version 8.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v8_0", non_nullable)]
    pub v8_0: Option<bool>,
    /// When 'True', iOS with OS Version 9.0 or later is required to install the app. Not nullable.
    #[graph(rename = "v9_0", non_nullable)]
    pub v9_0: Option<bool>,
    /// Everything else (versions added after this declaration, ...).
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 6626: `<ComplexType Name="androidMinimumOperatingSystem">`. Renamed as above.
/// Contains properties for the minimum operating system required for an Android mobile app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.androidMinimumOperatingSystem")]
pub struct AndroidMinimumOperatingSystem {
    /// When TRUE, only Version 10.0 or later is supported. Not nullable.
    #[graph(rename = "v10_0", non_nullable)]
    pub v10_0: Option<bool>,
    /// When TRUE, only Version 11.0 or later is supported. Not nullable.
    #[graph(rename = "v11_0", non_nullable)]
    pub v11_0: Option<bool>,
    /// When TRUE, only Version 4.0 or later is supported. Not nullable.
    #[graph(rename = "v4_0", non_nullable)]
    pub v4_0: Option<bool>,
    /// When TRUE, only Version 4.0.3 or later is supported. Not nullable.
    #[graph(rename = "v4_0_3", non_nullable)]
    pub v4_0_3: Option<bool>,
    /// When TRUE, only Version 4.1 or later is supported. Not nullable.
    #[graph(rename = "v4_1", non_nullable)]
    pub v4_1: Option<bool>,
    /// When TRUE, only Version 4.2 or later is supported. Not nullable.
    #[graph(rename = "v4_2", non_nullable)]
    pub v4_2: Option<bool>,
    /// When TRUE, only Version 4.3 or later is supported. Not nullable.
    #[graph(rename = "v4_3", non_nullable)]
    pub v4_3: Option<bool>,
    /// When TRUE, only Version 4.4 or later is supported. Not nullable.
    #[graph(rename = "v4_4", non_nullable)]
    pub v4_4: Option<bool>,
    /// When TRUE, only Version 5.0 or later is supported. Not nullable.
    #[graph(rename = "v5_0", non_nullable)]
    pub v5_0: Option<bool>,
    /// When TRUE, only Version 5.1 or later is supported. Not nullable.
    #[graph(rename = "v5_1", non_nullable)]
    pub v5_1: Option<bool>,
    /// When TRUE, only Version 6.0 or later is supported. Not nullable.
    #[graph(rename = "v6_0", non_nullable)]
    pub v6_0: Option<bool>,
    /// When TRUE, only Version 7.0 or later is supported. Not nullable.
    #[graph(rename = "v7_0", non_nullable)]
    pub v7_0: Option<bool>,
    /// When TRUE, only Version 7.1 or later is supported. Not nullable.
    #[graph(rename = "v7_1", non_nullable)]
    pub v7_1: Option<bool>,
    /// When TRUE, only Version 8.0 or later is supported. Not nullable.
    #[graph(rename = "v8_0", non_nullable)]
    pub v8_0: Option<bool>,
    /// When TRUE, only Version 8.1 or later is supported. Not nullable.
    #[graph(rename = "v8_1", non_nullable)]
    pub v8_1: Option<bool>,
    /// When TRUE, only Version 9.0 or later is supported. Not nullable.
    #[graph(rename = "v9_0", non_nullable)]
    pub v9_0: Option<bool>,
    /// Everything else (versions added after this declaration, ...).
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11890: `<ComplexType Name="win32LobAppInstallExperience">`.
/// Contains installation experience properties for a Win32 App
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppInstallExperience")]
pub struct Win32LobAppInstallExperience {
    /// Device restart behavior. Not nullable.
    #[graph(non_nullable)]
    pub device_restart_behavior: Option<Win32LobAppRestartBehavior>,
    /// Indicates the type of execution context the app runs in. Not nullable.
    #[graph(non_nullable)]
    pub run_as_account: Option<RunAsAccountType>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11894: `<ComplexType Name="win32LobAppMsiInformation">`.
/// Contains MSI app properties for a Win32 App.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppMsiInformation")]
pub struct Win32LobAppMsiInformation {
    /// The MSI package type. Not nullable.
    #[graph(non_nullable)]
    pub package_type: Option<Win32LobAppMsiPackageType>,
    /// The MSI product code.
    pub product_code: Option<String>,
    /// The MSI product name.
    pub product_name: Option<String>,
    /// The MSI product version.
    pub product_version: Option<String>,
    /// The MSI publisher.
    pub publisher: Option<String>,
    /// Whether the MSI app requires the machine to reboot to complete installation. Not nullable.
    #[graph(non_nullable)]
    pub requires_reboot: Option<bool>,
    /// The MSI upgrade code.
    pub upgrade_code: Option<String>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11931: `<ComplexType Name="win32LobAppReturnCode">`.
/// Contains return code properties for a Win32 App
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppReturnCode")]
pub struct Win32LobAppReturnCode {
    /// Return code. Not nullable.
    #[graph(non_nullable)]
    pub return_code: Option<i32>,
    /// The type of return code. Not nullable.
    #[graph(non_nullable)]
    pub r#type: Option<Win32LobAppReturnCodeType>,
    /// Everything else.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11935: `<ComplexType Name="win32LobAppRule" Abstract="true">`: the base of four
// derived complex types (lines 11882-11924), each declared with `#[graph(complex)]`.
/// A base complex type to store the detection or requirement rule data for a Win32 LOB app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.win32LobAppRule", abstract)]
pub struct Win32LobAppRule {
    /// The rule type indicating the purpose of the rule. Not nullable.
    #[graph(non_nullable)]
    pub rule_type: Option<Win32LobAppRuleType>,
    /// Everything else, for this type and its derived types: the `@odata.type`, unknown
    /// properties of a rule type this program does not declare, ...
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 11882: `<ComplexType Name="win32LobAppFileSystemRule" BaseType="graph.win32LobAppRule">`.
/// A complex type to store file or folder rule data for a Win32 LOB app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.win32LobAppFileSystemRule")]
pub struct Win32LobAppFileSystemRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// A value indicating whether to expand environment variables in the 32-bit context on 64-bit systems. Not nullable.
    #[graph(rename = "check32BitOn64System", non_nullable)]
    pub check_32_bit_on_64_system: Option<bool>,
    /// The file or folder comparison value.
    pub comparison_value: Option<String>,
    /// The file or folder name to look up.
    pub file_or_folder_name: Option<String>,
    /// The file system operation type. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppFileSystemOperationType>,
    /// The operator for file or folder detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// The file or folder path to look up.
    pub path: Option<String>,
}

// CSDL line 11903: `<ComplexType Name="win32LobAppPowerShellScriptRule" BaseType="graph.win32LobAppRule">`.
/// A complex type to store the PowerShell script rule data for a Win32 LOB app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    complex,
    odata_type = "microsoft.graph.win32LobAppPowerShellScriptRule"
)]
pub struct Win32LobAppPowerShellScriptRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// The script output comparison value. Do not specify a value if the rule is used for detection.
    pub comparison_value: Option<String>,
    /// The display name for the rule. Do not specify this value if the rule is used for detection.
    pub display_name: Option<String>,
    /// A value indicating whether a signature check is enforced. Not nullable.
    #[graph(non_nullable)]
    pub enforce_signature_check: Option<bool>,
    /// The script output comparison operation type. Use NotConfigured (the default value) if the rule is used for detection. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppPowerShellScriptRuleOperationType>,
    /// The script output operator. Use NotConfigured (the default value) if the rule is used for detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// A value indicating whether the script should run as 32-bit. Not nullable.
    #[graph(rename = "runAs32Bit", non_nullable)]
    pub run_as_32_bit: Option<bool>,
    /// The execution context of the script. Do not specify this value if the rule is used for detection. Script detection rules will run in the same context as the associated app install context.
    pub run_as_account: Option<RunAsAccountType>,
    /// The base64-encoded script content.
    pub script_content: Option<String>,
}

// CSDL line 11913: `<ComplexType Name="win32LobAppProductCodeRule" BaseType="graph.win32LobAppRule">`.
/// A complex type to store the product code and version rule data for a Win32 LOB app. This rule is not supported as a requirement rule.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.win32LobAppProductCodeRule")]
pub struct Win32LobAppProductCodeRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// The product code of the app.
    pub product_code: Option<String>,
    /// The product version comparison value.
    pub product_version: Option<String>,
    /// The product version comparison operator. Not nullable.
    #[graph(non_nullable)]
    pub product_version_operator: Option<Win32LobAppRuleOperator>,
}

// CSDL line 11918: `<ComplexType Name="win32LobAppRegistryRule" BaseType="graph.win32LobAppRule">`.
/// A complex type to store registry rule data for a Win32 LOB app.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(complex, odata_type = "microsoft.graph.win32LobAppRegistryRule")]
pub struct Win32LobAppRegistryRule {
    /// The inherited properties of `win32LobAppRule`.
    #[graph(base)]
    pub base: Win32LobAppRule,
    /// A value indicating whether to search the 32-bit registry on 64-bit systems. Not nullable.
    #[graph(rename = "check32BitOn64System", non_nullable)]
    pub check_32_bit_on_64_system: Option<bool>,
    /// The registry comparison value.
    pub comparison_value: Option<String>,
    /// The full path of the registry entry containing the value to detect.
    pub key_path: Option<String>,
    /// The registry operation type. Not nullable.
    #[graph(non_nullable)]
    pub operation_type: Option<Win32LobAppRegistryRuleOperationType>,
    /// The operator for registry detection. Not nullable.
    #[graph(non_nullable)]
    pub operator: Option<Win32LobAppRuleOperator>,
    /// The name of the registry value to detect.
    pub value_name: Option<String>,
}

/// One of a Win32 app's `rules`, read as the rule type its `@odata.type` names.
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyWin32LobAppRule {
    /// `#microsoft.graph.win32LobAppFileSystemRule`.
    FileSystem(Win32LobAppFileSystemRule),
    /// `#microsoft.graph.win32LobAppPowerShellScriptRule`.
    PowerShellScript(Win32LobAppPowerShellScriptRule),
    /// `#microsoft.graph.win32LobAppProductCodeRule`.
    ProductCode(Win32LobAppProductCodeRule),
    /// `#microsoft.graph.win32LobAppRegistryRule`.
    Registry(Win32LobAppRegistryRule),
    /// A rule type this program does not declare, read as `win32LobAppRule`.
    #[graph(other)]
    Other(Win32LobAppRule),
}

// ---------------------------------------------------------------------------------------------
// Enum types
// ---------------------------------------------------------------------------------------------

// CSDL line 2670: `<EnumType Name="mobileAppPublishingState">`. The CSDL gives it no
// `unknownFutureValue`.
/// Indicates the publishing state of an app.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.mobileAppPublishingState")]
pub enum MobileAppPublishingState {
    /// The app is not yet published.
    NotPublished,
    /// The app is pending service-side processing.
    Processing,
    /// The app is published.
    Published,
}

// CSDL line 6012: `<EnumType Name="windowsArchitecture" IsFlags="true">`.
/// Contains properties for Windows architecture.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(flags, odata_type = "microsoft.graph.windowsArchitecture")]
pub enum WindowsArchitecture {
    /// No flags set.
    None,
    /// Whether or not the X86 Windows architecture type is supported.
    X86,
    /// Whether or not the X64 Windows architecture type is supported.
    X64,
    /// Whether or not the Arm Windows architecture type is supported.
    Arm,
    /// Whether or not the Neutral Windows architecture type is supported.
    Neutral,
}

// CSDL line 5935: `<EnumType Name="win32LobAppMsiPackageType">`.
/// Indicates the package type of an MSI Win32LobApp.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppMsiPackageType")]
pub enum Win32LobAppMsiPackageType {
    /// Indicates a per-machine app package.
    PerMachine,
    /// Indicates a per-user app package.
    PerUser,
    /// Indicates a dual-purpose app package.
    DualPurpose,
}

// CSDL line 5968: `<EnumType Name="win32LobAppReturnCodeType">`.
/// Indicates the type of return code.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppReturnCodeType")]
pub enum Win32LobAppReturnCodeType {
    /// Failed.
    Failed,
    /// Success.
    Success,
    /// Soft-reboot is required.
    SoftReboot,
    /// Hard-reboot is required.
    HardReboot,
    /// Retry.
    Retry,
}

// CSDL line 4798: `<EnumType Name="runAsAccountType">`.
/// Indicates the type of execution context the app runs in.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.runAsAccountType")]
pub enum RunAsAccountType {
    /// System context
    System,
    /// User context
    User,
}

// CSDL line 5962: `<EnumType Name="win32LobAppRestartBehavior">`.
/// Indicates the type of restart action.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRestartBehavior")]
pub enum Win32LobAppRestartBehavior {
    /// Intune will restart the device after running the app installation if the operation returns a reboot code.
    BasedOnReturnCode,
    /// Intune will not take any specific action on reboot codes resulting from app installations. Intune will not attempt to suppress restarts for MSI apps.
    Allow,
    /// Intune will attempt to suppress restarts for MSI apps.
    Suppress,
    /// Intune will force the device to restart immediately after the app installation operation.
    Force,
}

// CSDL line 5984: `<EnumType Name="win32LobAppRuleType">`.
/// Contains rule types for Win32 LOB apps.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRuleType")]
pub enum Win32LobAppRuleType {
    /// Detection rule.
    Detection,
    /// Requirement rule.
    Requirement,
}

// CSDL line 5975: `<EnumType Name="win32LobAppRuleOperator">`.
/// Contains properties for detection operator.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRuleOperator")]
pub enum Win32LobAppRuleOperator {
    /// Not configured.
    NotConfigured,
    /// Equal operator.
    Equal,
    /// Not equal operator.
    NotEqual,
    /// Greater than operator.
    GreaterThan,
    /// Greater than or equal operator.
    GreaterThanOrEqual,
    /// Less than operator.
    LessThan,
    /// Less than or equal operator.
    LessThanOrEqual,
}

// CSDL line 5927: `<EnumType Name="win32LobAppFileSystemOperationType">`.
/// A list of possible operations for rules used to make determinations about an application based on files or folders. Unless noted, can be used with either detection or requirement rules.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppFileSystemOperationType")]
pub enum Win32LobAppFileSystemOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified file or folder exists.
    Exists,
    /// Indicates that the rule compares the modified date of the specified file against a provided comparison value by DateTime comparison.
    ModifiedDate,
    /// Indicates that the rule compares the created date of the specified file against a provided comparison value by DateTime comparison.
    CreatedDate,
    /// Indicates that the rule compares the detected version of the specified file against a provided comparison value via version semantics.
    Version,
    /// Indicates that the rule compares the size of the file in MiB (rounded down) against a provided comparison value by integer comparison.
    #[graph(rename = "sizeInMB")]
    SizeInMb,
}

// CSDL line 5945: `<EnumType Name="win32LobAppPowerShellScriptRuleOperationType">`.
/// Contains all supported Powershell Script output detection type.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppPowerShellScriptRuleOperationType")]
pub enum Win32LobAppPowerShellScriptRuleOperationType {
    /// Not configured.
    NotConfigured,
    /// Output data type is string.
    String,
    /// Output data type is date time.
    DateTime,
    /// Output data type is integer.
    Integer,
    /// Output data type is float.
    Float,
    /// Output data type is version.
    Version,
    /// Output data type is boolean.
    Boolean,
}

// CSDL line 5954: `<EnumType Name="win32LobAppRegistryRuleOperationType">`.
/// A list of possible operations for rules used to make determinations about an application based on registry keys or values. Unless noted, the values can be used with either detection or requirement rules.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.win32LobAppRegistryRuleOperationType")]
pub enum Win32LobAppRegistryRuleOperationType {
    /// Default. Indicates that the rule does not have the operation type configured.
    NotConfigured,
    /// Indicates that the rule evaluates whether the specified registry key or value exists.
    Exists,
    /// Indicates that the rule evaluates whether the specified registry key or value does not exist. It is the functional inverse of an equivalent rule that uses operation type `exists`.
    DoesNotExist,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value by string comparison.
    String,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value by integer comparison.
    Integer,
    /// Indicates that the rule compares the value read at the given registry value against a provided comparison value via version semantics.
    Version,
}
