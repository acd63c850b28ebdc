//! The conformance check over every hand-written declaration of this workspace's suites
//! (`graph_codegen::conformance`, `Mode::Subset`: they declare a few properties each), against
//! the v1.0 CSDL. Their known deviations are listed, each with its reason, in
//! `tests/fixtures/csdl/hand-written-deviations.txt`; any other difference fails, and so does a
//! listed one that is gone (update the list).

use graph_codegen::Document;
use graph_codegen::conformance::{Csdl, Mode, check_enum, check_type};
use graph_entity::schema::{Described, enum_schema};

#[test]
fn hand_written_declarations_conform_but_for_their_listed_deviations() {
    let path = graph_codegen::V1_CSDL;
    let xml = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let doc = Document::parse(&xml).unwrap();
    let csdl = Csdl::new(&doc);
    let found: Vec<String> = [
        check_type(&csdl, &<graph_entity_tests::directory::DirectoryObject as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::User as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::Message as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::MailFolder as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::ManagedDevice as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::DeviceManagement as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::DeviceCompliancePolicy as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::DeviceCompliancePolicyAssignment as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::Windows10CompliancePolicy as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::directory::ReportRoot as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::Security as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::SecurityAlert as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::AttackSimulationRoot as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::HuntingQueryResults as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::SinglePropertySchema as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::Print as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::security::PrintSettings as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::Identity as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::UserIdentity as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::TeamworkUserIdentity as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::EmailIdentity as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::IdentitySet as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::BaseItem as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::DriveItem as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::Drive as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::DeviceActionResult as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::RemoteLockActionResult as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::ResetPasscodeActionResult as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::ManagedDevice as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::ServiceProvisioningError as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::ServiceProvisioningXmlError as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::drive_items::User as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::MobileApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::MobileLobApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::WebApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::IosStoreApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::AndroidStoreApp as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::MimeContent as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::IosDeviceType as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::IosMinimumOperatingSystem as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::AndroidMinimumOperatingSystem as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppInstallExperience as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppMsiInformation as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppReturnCode as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppRule as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppFileSystemRule as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppPowerShellScriptRule as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppProductCodeRule as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::mobile_apps::Win32LobAppRegistryRule as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::DeviceManagementPartner as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::DeviceManagementPartnerAssignment as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::TermsAndConditions as Described>::schema(), Mode::Subset),
        check_type(&csdl, &<graph_entity_tests::DeviceCategory as Described>::schema(), Mode::Subset),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::directory::Importance>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::drive_items::ActionState>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::drive_items::TeamworkUserIdentityType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::MobileAppPublishingState>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::WindowsArchitecture>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppMsiPackageType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppReturnCodeType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::RunAsAccountType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppRestartBehavior>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppRuleType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppRuleOperator>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppFileSystemOperationType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppPowerShellScriptRuleOperationType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::mobile_apps::Win32LobAppRegistryRuleOperationType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::DeviceManagementPartnerAppType>()),
        check_enum(&csdl, &enum_schema::<graph_entity_tests::DeviceManagementPartnerTenantState>()),
        check_type(&csdl, &<graph_entity::resources::DeviceManagementExchangeConnector as Described>::schema(), Mode::Complete),
    ]
    .concat();
    let listed = include_str!("../fixtures/csdl/hand-written-deviations.txt");
    let expected: Vec<&str> = listed
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(|line| line.split(" # ").next().unwrap_or(line).trim_end())
        .collect();
    let unexpected: Vec<&String> = found
        .iter()
        .filter(|d| !expected.contains(&d.as_str()))
        .collect();
    let gone: Vec<&&str> = expected
        .iter()
        .filter(|e| !found.iter().any(|d| d == **e))
        .collect();
    assert!(
        unexpected.is_empty() && gone.is_empty(),
        "differences not listed:\n{}\n\nlisted but gone:\n{}",
        unexpected
            .iter()
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n"),
        gone.iter().map(|s| **s).collect::<Vec<_>>().join("\n")
    );
}
