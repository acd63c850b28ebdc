//! Derived types (`#[graph(base)]`) and mixed collections (`#[derive(GraphPolymorphic)]`) on a
//! real hierarchy: Intune's mobile apps (`graph_entity_tests::mobile_apps`).
//!
//! The fixture `fixtures/mobile_apps/page.json` is one page of `GET
//! /deviceAppManagement/mobileApps`: a `webApp`, a `win32LobApp` (a grandchild, through the
//! abstract `mobileLobApp`, with a polymorphic collection of complex `rules`), an `iosStoreApp`,
//! an `androidStoreApp` whose `@odata.type` has no `#`, a `macOSDmgApp` (a real derived type these
//! tests do not declare) and an item with no `@odata.type`; with `@odata.etag`s, unknown
//! properties, explicit `null`s and enum members the enums do not know.

use std::collections::HashMap;

use graph_entity::edm::DateTimeOffset;
use graph_entity::http::Method;
use graph_entity::{CreateBody, Flags, GraphComplex, GraphEntity, GraphEnum};
use graph_entity_tests::mobile_apps::{
    AndroidMinimumOperatingSystem, AndroidStoreApp, AnyMobileApp, AnyWin32LobAppRule,
    IosMinimumOperatingSystem, IosStoreApp, MimeContent, MobileApp, MobileAppAssignParameters,
    MobileAppPublishingState as Publishing, MobileLobApp, RunAsAccountType, WebApp, Win32LobApp,
    Win32LobAppFileSystemOperationType, Win32LobAppFileSystemRule, Win32LobAppMsiPackageType,
    Win32LobAppPowerShellScriptRule, Win32LobAppProductCodeRule, Win32LobAppRegistryRule,
    Win32LobAppRegistryRuleOperationType, Win32LobAppRestartBehavior, Win32LobAppReturnCodeType,
    Win32LobAppRule, Win32LobAppRuleOperator, Win32LobAppRuleType, WindowsArchitecture,
};
use serde_json::value::RawValue;
use serde_json::{Value, json};

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const PAGE: &str = "page.json";

/// Indices of the items in the page fixture.
const WEB: usize = 0;
const WIN32: usize = 1;
const IOS: usize = 2;
const ANDROID: usize = 3;
const MAC_DMG: usize = 4;
const UNTYPED: usize = 5;

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/mobile_apps/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// The raw text of the page's `value`, read straight from the page's text.
fn value_text(page: &str) -> &str {
    let envelope: HashMap<&str, &RawValue> = serde_json::from_str(page).unwrap();
    envelope["value"].get()
}

/// The page's items, read as `AnyMobileApp`.
fn items() -> Vec<AnyMobileApp> {
    let page = fixture(PAGE);
    serde_json::from_str(value_text(&page)).unwrap_or_else(|error| panic!("{PAGE}: {error}"))
}

/// The page's items as plain JSON values.
fn original_items() -> Vec<Value> {
    let page: Value = serde_json::from_str(&fixture(PAGE)).unwrap();
    page["value"].as_array().unwrap().clone()
}

/// The raw text of item `index` of the page.
fn item_text(index: usize) -> String {
    let page = fixture(PAGE);
    let items: Vec<&RawValue> = serde_json::from_str(value_text(&page)).unwrap();
    items[index].get().to_owned()
}

/// The raw JSON text of the entry `name` of `data`.
fn raw<'a>(data: &'a graph_entity::AdditionalData, name: &str) -> &'a str {
    data.get(name)
        .unwrap_or_else(|| panic!("`{name}` is not kept in {data:?}"))
        .get()
}

fn time(text: &str) -> DateTimeOffset {
    text.parse().unwrap()
}

/// Reads the page with `from` replaced by `to` in its text, and returns the error.
fn error_with(from: &str, to: &str) -> serde_json::Error {
    let page = fixture(PAGE);
    assert!(page.contains(from), "the fixture has no `{from}`");
    let page = page.replacen(from, to, 1);
    match serde_json::from_str::<Vec<AnyMobileApp>>(value_text(&page)) {
        Ok(items) => panic!("`{to}` was accepted: {items:#?}"),
        Err(error) => error,
    }
}

// ---------------------------------------------------------------------------------------------
// Reading a mixed page
// ---------------------------------------------------------------------------------------------

#[test]
fn every_item_is_read_as_the_variant_its_odata_type_names() {
    let items = items();
    assert_eq!(items.len(), 6);
    assert!(matches!(items[WEB], AnyMobileApp::WebApp(_)));
    assert!(matches!(items[WIN32], AnyMobileApp::Win32LobApp(_)));
    assert!(matches!(items[IOS], AnyMobileApp::IosStoreApp(_)));
    assert!(matches!(items[ANDROID], AnyMobileApp::AndroidStoreApp(_)));
    assert!(matches!(items[MAC_DMG], AnyMobileApp::Other(_)));
    assert!(matches!(items[UNTYPED], AnyMobileApp::Other(_)));

    let types: Vec<String> = items
        .iter()
        .map(|item| item.odata_type().into_owned())
        .collect();
    assert_eq!(
        types,
        [
            "microsoft.graph.webApp",
            "microsoft.graph.win32LobApp",
            "microsoft.graph.iosStoreApp",
            "microsoft.graph.androidStoreApp",
            "microsoft.graph.macOSDmgApp",
            "microsoft.graph.mobileApp",
        ]
    );
}

#[test]
fn web_app_reads_its_own_and_inherited_properties() {
    let AnyMobileApp::WebApp(app) = &items()[WEB] else {
        panic!("not a webApp")
    };
    // Own properties.
    assert_eq!(
        app.app_url.as_deref(),
        Some("https://expenses.contoso.example/")
    );
    assert_eq!(app.use_managed_browser, Some(true));
    // Inherited properties, in the `base` field.
    let base = &app.base;
    assert_eq!(base.key(), Some("0177548a-548a-0177-8a54-77018a547701"));
    assert_eq!(app.key(), base.key());
    assert_eq!(base.display_name.as_deref(), Some("Contoso Expenses"));
    assert_eq!(base.publisher.as_deref(), Some("Contoso"));
    assert_eq!(base.is_featured, Some(true));
    assert_eq!(base.publishing_state, Some(Publishing::Published));
    assert_eq!(base.owner.as_deref(), Some("Finance IT"));
    assert_eq!(base.developer.as_deref(), Some("Contoso Dev"));
    assert_eq!(base.notes.as_deref(), Some("Managed browser only"));
    assert_eq!(
        base.information_url.as_deref(),
        Some("https://contoso.example/expenses/info")
    );
    assert_eq!(
        base.created_date_time,
        Some(time("2024-03-05T09:41:22.1250000Z"))
    );
    // Timestamps keep their spelling.
    assert_eq!(
        base.last_modified_date_time.as_ref().unwrap().to_string(),
        "2024-11-17T16:02:09.007+00:00"
    );
    // Explicit nulls read as None and are remembered.
    assert_eq!(base.description, None);
    assert!(base.additional_data.is_null("description"));
    assert_eq!(base.privacy_information_url, None);
    assert!(base.additional_data.is_null("privacyInformationUrl"));
    // A complex value, with its own `@odata.type` kept.
    let icon = base.large_icon.as_ref().unwrap();
    assert_eq!(icon.r#type.as_deref(), Some("image/png"));
    assert_eq!(
        icon.value.as_ref().map(ToString::to_string).as_deref(),
        Some("iVBORw0KGgo=")
    );
    assert_eq!(
        icon.additional_data.odata_type().as_deref(),
        Some("microsoft.graph.mimeContent")
    );
    // Control information and unknown properties are in the root's additional data.
    let data = &base.additional_data;
    assert_eq!(data.etag().as_deref(), Some("W/\"JzEtV2ViQXBwLTEn\""));
    assert_eq!(raw(data, "roleScopeTagIds"), r#"["0", "7"]"#);
    assert_eq!(raw(data, "dependentAppCount"), "0");
    // `#microsoft.graph.webApp` is the type's own: not kept, written from the type.
    assert_eq!(data.odata_type(), None);
}

#[test]
fn win32_lob_app_reads_three_levels_of_properties() {
    let AnyMobileApp::Win32LobApp(app) = &items()[WIN32] else {
        panic!("not a win32LobApp")
    };
    // mobileApp, two levels up.
    let root = &app.base.base;
    assert_eq!(
        root.id.as_deref(),
        Some("f4e1f0b6-5d0a-4b2e-9d63-3a0d2f1c9e11")
    );
    assert_eq!(root.display_name.as_deref(), Some("7-Zip 23.01"));
    assert_eq!(root.publishing_state, Some(Publishing::Processing));
    assert_eq!(root.is_featured, Some(false));
    assert_eq!(root.owner.as_deref(), Some(""));
    assert_eq!(root.large_icon, None);
    assert!(root.additional_data.is_null("largeIcon"));
    let never = root.last_modified_date_time.as_ref().unwrap();
    assert!(never.is_never());
    assert_eq!(never.to_string(), "0001-01-01T00:00:00Z");
    // mobileLobApp, one level up.
    let lob = &app.base;
    assert_eq!(lob.committed_content_version.as_deref(), Some("1"));
    assert_eq!(lob.file_name.as_deref(), Some("7z2301-x64.intunewin"));
    assert_eq!(lob.size, Some(1_601_536));
    // win32LobApp's own.
    assert_eq!(
        app.install_command_line.as_deref(),
        Some(r#"msiexec /i "7z2301-x64.msi" /qn"#)
    );
    assert_eq!(
        app.uninstall_command_line.as_deref(),
        Some(r#"msiexec /x "{23170F69-40C1-2702-2301-000001000000}" /qn"#)
    );
    assert_eq!(app.minimum_cpu_speed_in_mhz, Some(1800));
    assert_eq!(app.minimum_free_disk_space_in_mb, Some(50));
    assert_eq!(app.minimum_memory_in_mb, None);
    // The explicit null of a derived type's property is remembered in the root's data.
    assert!(root.additional_data.is_null("minimumMemoryInMB"));
    assert_eq!(app.minimum_number_of_processors, Some(1));
    assert_eq!(
        app.minimum_supported_windows_release.as_deref(),
        Some("1607")
    );
    assert_eq!(app.setup_file_path.as_deref(), Some("7z2301-x64.msi"));
    // Flags: `none` is a member; `arm64` is not (yet), so the field is None and the raw kept.
    let applicable = app.applicable_architectures.as_ref().unwrap();
    assert!(applicable.contains(WindowsArchitecture::None));
    assert_eq!(applicable.iter().count(), 1);
    assert_eq!(app.allowed_architectures, None);
    assert_eq!(
        raw(&root.additional_data, "allowedArchitectures"),
        r#""x64,arm64""#
    );
    // Complex values.
    let experience = app.install_experience.as_ref().unwrap();
    assert_eq!(experience.run_as_account, Some(RunAsAccountType::System));
    assert_eq!(
        experience.device_restart_behavior,
        Some(Win32LobAppRestartBehavior::BasedOnReturnCode)
    );
    assert_eq!(
        raw(&experience.additional_data, "maxRunTimeInMinutes"),
        "60"
    );
    let msi = app.msi_information.as_ref().unwrap();
    assert_eq!(
        msi.package_type,
        Some(Win32LobAppMsiPackageType::PerMachine)
    );
    assert_eq!(msi.requires_reboot, Some(false));
    assert_eq!(
        msi.product_name.as_deref(),
        Some("7-Zip 23.01 (x64 edition)")
    );
    assert_eq!(msi.upgrade_code, None);
    assert!(msi.additional_data.is_null("upgradeCode"));
    let codes = app.return_codes.as_ref().unwrap();
    let read: Vec<(Option<i32>, Option<Win32LobAppReturnCodeType>)> = codes
        .iter()
        .map(|code| (code.return_code, code.r#type))
        .collect();
    assert_eq!(
        read,
        [
            (Some(0), Some(Win32LobAppReturnCodeType::Success)),
            (Some(1707), Some(Win32LobAppReturnCodeType::Success)),
            (Some(3010), Some(Win32LobAppReturnCodeType::SoftReboot)),
            (Some(1641), Some(Win32LobAppReturnCodeType::HardReboot)),
            (Some(1618), Some(Win32LobAppReturnCodeType::Retry)),
            (Some(99), None),
        ]
    );
    assert_eq!(
        raw(&codes[5].additional_data, "type"),
        r#""unknownFutureValue""#
    );
    // An unknown property of the derived type lands in the root's data too.
    assert_eq!(raw(&root.additional_data, "displayVersion"), r#""23.01""#);
}

#[test]
fn win32_rules_are_a_polymorphic_collection_of_derived_complex_types() {
    let AnyMobileApp::Win32LobApp(app) = &items()[WIN32] else {
        panic!("not a win32LobApp")
    };
    let rules = app.rules.as_ref().unwrap();
    assert_eq!(rules.len(), 5);
    let types: Vec<String> = rules
        .iter()
        .map(|rule| rule.odata_type().into_owned())
        .collect();
    assert_eq!(
        types,
        [
            "microsoft.graph.win32LobAppProductCodeRule",
            "microsoft.graph.win32LobAppRegistryRule",
            "microsoft.graph.win32LobAppFileSystemRule",
            "microsoft.graph.win32LobAppPowerShellScriptRule",
            // Not a type of the CSDL: a rule type added after this build.
            "microsoft.graph.win32LobAppTeamsRule",
        ]
    );
    let rule_types: Vec<Option<Win32LobAppRuleType>> =
        rules.iter().map(|rule| rule.base().rule_type).collect();
    assert_eq!(
        rule_types,
        [
            Some(Win32LobAppRuleType::Detection),
            Some(Win32LobAppRuleType::Requirement),
            Some(Win32LobAppRuleType::Requirement),
            Some(Win32LobAppRuleType::Requirement),
            Some(Win32LobAppRuleType::Requirement),
        ]
    );

    let AnyWin32LobAppRule::ProductCode(product) = &rules[0] else {
        panic!("{:?}", rules[0])
    };
    assert_eq!(
        product.product_code.as_deref(),
        Some("{23170F69-40C1-2702-2301-000001000000}")
    );
    assert_eq!(product.product_version.as_deref(), Some("23.01.00.0"));
    assert_eq!(
        product.product_version_operator,
        Some(Win32LobAppRuleOperator::GreaterThanOrEqual)
    );
    let AnyWin32LobAppRule::Registry(registry) = &rules[1] else {
        panic!("{:?}", rules[1])
    };
    assert_eq!(registry.check_32_bit_on_64_system, Some(false));
    assert_eq!(
        registry.key_path.as_deref(),
        Some(r"HKEY_LOCAL_MACHINE\SOFTWARE\Contoso")
    );
    assert_eq!(registry.value_name.as_deref(), Some("Channel"));
    assert_eq!(
        registry.operation_type,
        Some(Win32LobAppRegistryRuleOperationType::String)
    );
    assert_eq!(registry.operator, Some(Win32LobAppRuleOperator::Equal));
    assert_eq!(registry.comparison_value.as_deref(), Some("stable"));
    let AnyWin32LobAppRule::FileSystem(file) = &rules[2] else {
        panic!("{:?}", rules[2])
    };
    assert_eq!(file.path.as_deref(), Some(r"C:\Program Files"));
    assert_eq!(file.file_or_folder_name.as_deref(), Some("7-Zip"));
    assert_eq!(file.check_32_bit_on_64_system, Some(true));
    assert_eq!(
        file.operation_type,
        Some(Win32LobAppFileSystemOperationType::SizeInMb)
    );
    assert_eq!(file.operator, Some(Win32LobAppRuleOperator::LessThan));
    let AnyWin32LobAppRule::PowerShellScript(script) = &rules[3] else {
        panic!("{:?}", rules[3])
    };
    assert_eq!(script.display_name.as_deref(), Some("Edition check"));
    assert_eq!(script.enforce_signature_check, Some(false));
    assert_eq!(script.run_as_32_bit, Some(false));
    assert_eq!(script.run_as_account, None);
    assert!(script.base.additional_data.is_null("runAsAccount"));
    assert_eq!(
        script.script_content.as_deref(),
        Some("V3JpdGUtT3V0cHV0ICdvayc=")
    );
    let AnyWin32LobAppRule::Other(other) = &rules[4] else {
        panic!("{:?}", rules[4])
    };
    assert_eq!(raw(&other.additional_data, "channel"), r#""preview""#);
    assert_eq!(
        other.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.win32LobAppTeamsRule")
    );
}

#[test]
fn store_apps_read_their_complex_types() {
    let items = items();
    let AnyMobileApp::IosStoreApp(ios) = &items[IOS] else {
        panic!("not an iosStoreApp")
    };
    assert_eq!(ios.bundle_id.as_deref(), Some("com.contoso.chat"));
    assert_eq!(
        ios.app_store_url.as_deref(),
        Some("https://apps.apple.com/app/id000000001")
    );
    let device = ios.applicable_device_type.as_ref().unwrap();
    assert_eq!(
        (device.i_pad, device.i_phone_and_i_pod),
        (Some(true), Some(true))
    );
    let minimum = ios.minimum_supported_operating_system.as_ref().unwrap();
    assert_eq!(minimum.v14_0, Some(true));
    assert_eq!(minimum.v8_0, Some(false));
    assert_eq!(minimum.v15_0, Some(false));
    // A version newer than the declaration is kept in the complex value's own data.
    assert_eq!(raw(&minimum.additional_data, "v16_0"), "false");
    // A publishing state this enum does not know: None, kept.
    assert_eq!(ios.base.publishing_state, None);
    assert_eq!(
        raw(&ios.base.additional_data, "publishingState"),
        r#""retired""#
    );
    assert!(ios.base.additional_data.is_null("notes"));

    let AnyMobileApp::AndroidStoreApp(android) = &items[ANDROID] else {
        panic!("not an androidStoreApp")
    };
    assert_eq!(android.package_id.as_deref(), Some("com.contoso.notes"));
    assert_eq!(
        android.app_store_url.as_deref(),
        Some("https://play.google.com/store/apps/details?id=com.contoso.notes")
    );
    let minimum = android.minimum_supported_operating_system.as_ref().unwrap();
    assert_eq!(minimum.v8_0, Some(true));
    assert_eq!(minimum.v4_0_3, Some(false));
    assert_eq!(minimum.v11_0, Some(false));
    assert_eq!(
        android.base.publishing_state,
        Some(Publishing::NotPublished)
    );
}

#[test]
fn every_item_has_a_base_view() {
    let items = items();
    // (id, displayName, isFeatured, publisher, etag, createdDateTime)
    type Row = (
        &'static str,
        &'static str,
        bool,
        Option<&'static str>,
        &'static str,
        &'static str,
    );
    let expected: [Row; 6] = [
        (
            "0177548a-548a-0177-8a54-77018a547701",
            "Contoso Expenses",
            true,
            Some("Contoso"),
            "W/\"JzEtV2ViQXBwLTEn\"",
            "2024-03-05T09:41:22.1250000Z",
        ),
        (
            "f4e1f0b6-5d0a-4b2e-9d63-3a0d2f1c9e11",
            "7-Zip 23.01",
            false,
            Some("Igor Pavlov"),
            "W/\"JzEtV2luMzItMic=\"",
            "2023-01-01T00:00:00Z",
        ),
        (
            "6b0a5b88-5b88-6b0a-885b-0a6b885b0a6b",
            "Contoso Chat",
            false,
            Some("Contoso Ltd."),
            "W/\"JzEtaW9zLTMn\"",
            "2022-07-01T12:00:00.0000000Z",
        ),
        (
            "a3c1e5f7-0d2b-4c6a-8e9f-1b3d5f7a9c0e",
            "Contoso Notes",
            false,
            Some("Contoso"),
            "W/\"JzEtYW5kcm9pZC00Jw==\"",
            "2021-10-10T10:10:10Z",
        ),
        (
            "2d4f6a8c-1e3b-4d5f-9a7c-0b2d4f6a8c1e",
            "Contoso Design",
            false,
            Some("Contoso"),
            "W/\"JzEtbWFjLTUn\"",
            "2024-06-01T08:00:00Z",
        ),
        (
            "9e8d7c6b-5a49-4382-9170-6f5e4d3c2b1a",
            "Untyped item",
            true,
            None,
            "W/\"JzEtdW50eXBlZC02Jw==\"",
            "2020-01-01T00:00:00.000Z",
        ),
    ];
    for (item, (id, name, featured, publisher, etag, created)) in items.iter().zip(expected) {
        let base: &MobileApp = item.base();
        assert_eq!(base.key(), Some(id), "{item:?}");
        assert_eq!(base.display_name.as_deref(), Some(name), "{id}");
        assert_eq!(base.is_featured, Some(featured), "{id}");
        assert_eq!(base.publisher.as_deref(), publisher, "{id}");
        assert_eq!(base.additional_data.etag().as_deref(), Some(etag), "{id}");
        assert_eq!(base.created_date_time, Some(time(created)), "{id}");
    }
    // The base view of a grandchild is the same value as its `base.base` field.
    let AnyMobileApp::Win32LobApp(app) = &items[WIN32] else {
        panic!("not a win32LobApp")
    };
    assert!(std::ptr::eq(items[WIN32].base(), &app.base.base));
}

#[test]
fn the_base_view_is_mutable_and_changes_are_written() {
    let mut items = items();
    let originals = original_items();
    for (index, (item, original)) in items.iter_mut().zip(&originals).enumerate() {
        item.base_mut().display_name = Some(format!("Renamed {index}"));
        let written = serde_json::to_value(&*item).unwrap();
        assert_eq!(written["displayName"], json!(format!("Renamed {index}")));
        // Nothing else changed (the untyped item gains its `@odata.type`, see below).
        let mut written = written;
        let mut original = original.clone();
        written.as_object_mut().unwrap().remove("displayName");
        written.as_object_mut().unwrap().remove("@odata.type");
        original.as_object_mut().unwrap().remove("displayName");
        original.as_object_mut().unwrap().remove("@odata.type");
        assert_eq!(written, original, "item {index}");
    }
}

#[test]
fn an_item_of_an_undeclared_type_keeps_its_type_and_properties() {
    let items = items();
    let AnyMobileApp::Other(app) = &items[MAC_DMG] else {
        panic!("not read as the base type")
    };
    assert_eq!(items[MAC_DMG].odata_type(), "microsoft.graph.macOSDmgApp");
    // mobileApp's properties are read...
    assert_eq!(app.display_name.as_deref(), Some("Contoso Design"));
    assert_eq!(app.description.as_deref(), Some("Design suite"));
    assert_eq!(app.publishing_state, Some(Publishing::Published));
    assert_eq!(
        app.last_modified_date_time,
        Some(time("2024-06-02T08:00:00Z"))
    );
    assert!(app.additional_data.is_null("notes"));
    // ...and everything else is kept, in document order: mobileLobApp's and macOSDmgApp's.
    let kept: Vec<&str> = app.additional_data.iter().map(|(name, _)| name).collect();
    assert_eq!(
        kept,
        [
            "@odata.type",
            "@odata.etag",
            "committedContentVersion",
            "fileName",
            "size",
            "primaryBundleId",
            "primaryBundleVersion",
            "ignoreVersionDetection",
            "includedApps",
            "minimumSupportedOperatingSystem",
            "notes",
        ]
    );
    let data = &app.additional_data;
    assert_eq!(
        data.odata_type().as_deref(),
        Some("#microsoft.graph.macOSDmgApp")
    );
    assert_eq!(raw(data, "size"), "104857600");
    assert_eq!(raw(data, "primaryBundleId"), r#""com.contoso.design""#);
    assert!(
        data.get_as::<bool>("ignoreVersionDetection")
            .unwrap()
            .unwrap()
    );
    let included: Vec<Value> = data.get_as("includedApps").unwrap().unwrap();
    assert_eq!(included.len(), 2);
    assert_eq!(included[1]["bundleId"], "com.contoso.design.helper");

    // Written back unchanged, its type first.
    let written = serde_json::to_string(&items[MAC_DMG]).unwrap();
    assert!(
        written.starts_with(r##"{"@odata.type":"#microsoft.graph.macOSDmgApp","##),
        "{written}"
    );
    let written: Value = serde_json::from_str(&written).unwrap();
    assert_eq!(written, original_items()[MAC_DMG]);
}

#[test]
fn an_item_without_odata_type_is_read_as_the_base_type() {
    let items = items();
    let AnyMobileApp::Other(app) = &items[UNTYPED] else {
        panic!("not read as the base type")
    };
    assert_eq!(items[UNTYPED].odata_type(), "microsoft.graph.mobileApp");
    assert_eq!(app.additional_data.odata_type(), None);
    assert_eq!(app.display_name.as_deref(), Some("Untyped item"));
    assert_eq!(app.publisher, None);
    assert!(app.additional_data.is_null("publisher"));
    // Unknown values are kept as raw text, never coerced (`2.50` stays `2.50`).
    assert_eq!(
        raw(&app.additional_data, "futureProperty"),
        r#"{"nested": [1, 2.50, {"deep": null}]}"#
    );
    let written = serde_json::to_string(&items[UNTYPED]).unwrap();
    assert!(written.contains(r#""futureProperty":{"nested": [1, 2.50, {"deep": null}]}"#));
}

// ---------------------------------------------------------------------------------------------
// Writing the page back
// ---------------------------------------------------------------------------------------------

#[test]
fn the_page_written_back_loses_nothing() {
    let items = items();
    let originals = original_items();
    let written = serde_json::to_value(&items).unwrap();
    let written = written.as_array().unwrap();
    assert_eq!(written.len(), originals.len());
    for (index, (written, original)) in written.iter().zip(&originals).enumerate() {
        if index == UNTYPED {
            // Every property and annotation is written back with its value (the item also
            // gains an `@odata.type`: see `the_page_written_back_equals_the_original`).
            for (name, value) in original.as_object().unwrap() {
                assert_eq!(written.get(name), Some(value), "item {index}: `{name}`");
            }
        } else {
            assert_eq!(written, original, "item {index}");
        }
    }
    // And again: what was written reads back as the same variants, and writes the same text
    // (the values differ only in the order their additional data holds explicit nulls: those
    // are written in the declared properties' places).
    let text = serde_json::to_string(&items).unwrap();
    let again: Vec<AnyMobileApp> = serde_json::from_str(&text).unwrap();
    for (again, item) in again.iter().zip(&items) {
        assert_eq!(again.odata_type(), item.odata_type());
        assert_eq!(std::mem::discriminant(again), std::mem::discriminant(item));
    }
    assert_eq!(serde_json::to_string(&again).unwrap(), text);
}

/// The property names of a JSON object, in the order written, duplicates kept (a
/// `serde_json::Value` would keep the last of two).
struct Names(Vec<String>);

impl<'de> serde::Deserialize<'de> for Names {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = Names;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Names, A::Error> {
                let mut names = Vec::new();
                while let Some((name, _)) = map.next_entry::<String, serde::de::IgnoredAny>()? {
                    names.push(name);
                }
                Ok(Names(names))
            }
        }
        deserializer.deserialize_map(Visitor)
    }
}

#[test]
fn a_derived_type_writes_each_name_once_whole_and_as_a_create_body() {
    // Every level of each item is set (the fixture's items have base and own properties,
    // explicit nulls kept for declared names, unknown properties and annotations), and each is
    // written as itself, not through the polymorphic enum.
    let written: Vec<(&str, String)> = items()
        .iter()
        .flat_map(|item| match item {
            AnyMobileApp::WebApp(app) => vec![
                ("webApp", serde_json::to_string(app).unwrap()),
                (
                    "webApp create",
                    serde_json::to_string(&CreateBody(app)).unwrap(),
                ),
            ],
            AnyMobileApp::Win32LobApp(app) => vec![
                ("win32LobApp", serde_json::to_string(app).unwrap()),
                (
                    "win32LobApp create",
                    serde_json::to_string(&CreateBody(app)).unwrap(),
                ),
            ],
            AnyMobileApp::IosStoreApp(app) => vec![
                ("iosStoreApp", serde_json::to_string(app).unwrap()),
                (
                    "iosStoreApp create",
                    serde_json::to_string(&CreateBody(app)).unwrap(),
                ),
            ],
            AnyMobileApp::AndroidStoreApp(app) => vec![
                ("androidStoreApp", serde_json::to_string(app).unwrap()),
                (
                    "androidStoreApp create",
                    serde_json::to_string(&CreateBody(app)).unwrap(),
                ),
            ],
            _ => Vec::new(),
        })
        .collect();
    assert_eq!(written.len(), 8);
    for (what, text) in &written {
        let Names(names) = serde_json::from_str(text).unwrap();
        let mut seen = std::collections::HashSet::new();
        for name in &names {
            assert!(seen.insert(name), "{what} writes `{name}` twice: {text}");
        }
        // Base and own properties both, so that a name written by both levels would show.
        assert!(
            names.iter().any(|name| name == "displayName"),
            "{what}: {text}"
        );
    }
    // What a derived type writes, its own reader reads.
    let win32 = &written[2].1;
    let again: Win32LobApp = serde_json::from_str(win32).unwrap();
    assert_eq!(&serde_json::to_string(&again).unwrap(), win32);
}

#[test]
fn the_page_written_back_equals_the_original() {
    let page: Value = serde_json::from_str(&fixture(PAGE)).unwrap();
    let written = json!({
        "@odata.context": page["@odata.context"],
        "value": items(),
    });
    assert_eq!(written, page);
}

// ---------------------------------------------------------------------------------------------
// `@odata.type` spellings and wrong documents
// ---------------------------------------------------------------------------------------------

#[test]
fn odata_type_without_hash_reads_as_the_type_and_is_written_as_given() {
    let items = items();
    assert!(matches!(items[ANDROID], AnyMobileApp::AndroidStoreApp(_)));
    assert_eq!(
        items[ANDROID]
            .base()
            .additional_data
            .odata_type()
            .as_deref(),
        Some("microsoft.graph.androidStoreApp")
    );
    let written = serde_json::to_string(&items[ANDROID]).unwrap();
    assert!(
        written.starts_with(r#"{"@odata.type":"microsoft.graph.androidStoreApp","#),
        "{written}"
    );

    let read = |json: &str| serde_json::from_str::<AnyMobileApp>(json).unwrap();
    let web = read(r#"{"@odata.type": "microsoft.graph.webApp", "appUrl": "https://a/"}"#);
    let AnyMobileApp::WebApp(web) = web else {
        panic!("{web:?}")
    };
    assert_eq!(web.app_url.as_deref(), Some("https://a/"));
    let win32 = read(r#"{"@odata.type": "microsoft.graph.win32LobApp", "size": 1}"#);
    assert!(matches!(&win32, AnyMobileApp::Win32LobApp(app) if app.base.size == Some(1)));
    // A derived type read directly accepts the spelling without `#` too.
    let direct: IosStoreApp =
        serde_json::from_str(r#"{"@odata.type": "microsoft.graph.iosStoreApp", "bundleId": "b"}"#)
            .unwrap();
    assert_eq!(direct.bundle_id.as_deref(), Some("b"));
    // An undeclared type without `#`, and the abstract base's own type.
    let vpp =
        read(r#"{"@odata.type": "microsoft.graph.iosVppApp", "vppTokenOrganizationName": "C"}"#);
    assert!(matches!(vpp, AnyMobileApp::Other(_)));
    assert_eq!(vpp.odata_type(), "microsoft.graph.iosVppApp");
    let base = read(r##"{"@odata.type": "#microsoft.graph.mobileApp", "id": "m"}"##);
    assert!(matches!(base, AnyMobileApp::Other(_)));
    assert_eq!(base.odata_type(), "microsoft.graph.mobileApp");
    // An abstract intermediate type is not a variant: read as the base type, with its
    // properties kept.
    let lob = read(r##"{"@odata.type": "#microsoft.graph.mobileLobApp", "fileName": "f"}"##);
    assert_eq!(lob.odata_type(), "microsoft.graph.mobileLobApp");
    assert_eq!(raw(&lob.base().additional_data, "fileName"), r#""f""#);
}

#[test]
fn a_wrong_typed_value_in_one_item_fails_the_page() {
    // A derived type's own property.
    let error = error_with(
        r#""useManagedBrowser": true"#,
        r#""useManagedBrowser": "yes""#,
    );
    assert!(error.to_string().contains("expected a boolean"), "{error}");
    // A grandchild's own property.
    let error = error_with(
        r#""minimumCpuSpeedInMHz": 1800"#,
        r#""minimumCpuSpeedInMHz": "fast""#,
    );
    assert!(error.to_string().contains("expected i32"), "{error}");
    // An inherited property of a derived type (mobileLobApp's, in a win32LobApp).
    let error = error_with(r#""size": 1601536"#, r#""size": "1.5 MB""#);
    assert!(error.to_string().contains("expected i64"), "{error}");
    // A property of a complex value, in a polymorphic collection inside a derived type.
    let error = error_with(
        r#""productVersionOperator": "greaterThanOrEqual""#,
        r#""productVersionOperator": 5"#,
    );
    assert!(error.to_string().contains("invalid type"), "{error}");
    // The base's properties of an item of an undeclared type, and of an untyped item.
    let error = error_with(r#""displayName": "Contoso Design""#, r#""displayName": 5"#);
    assert!(error.to_string().contains("expected a string"), "{error}");
    let error = error_with(
        r#""isFeatured": true,
      "publishingState": "published",
      "createdDateTime": "2020"#,
        r#""isFeatured": "true",
      "publishingState": "published",
      "createdDateTime": "2020"#,
    );
    assert!(error.to_string().contains("expected a boolean"), "{error}");
    // A malformed timestamp.
    let error = error_with("2021-10-10T10:10:10Z", "yesterday");
    assert!(!error.to_string().is_empty());
    // A property given twice in one item.
    let error = error_with(
        r#""packageId": "com.contoso.notes","#,
        r#""packageId": "a", "packageId": "b","#,
    );
    assert!(
        error.to_string().contains("`packageId` is given twice"),
        "{error}"
    );
    // `@odata.type` that is not a string.
    let error = error_with(
        r##""@odata.type": "#microsoft.graph.iosStoreApp""##,
        r#""@odata.type": 7"#,
    );
    assert!(!error.to_string().is_empty());
    // An item that is not an object.
    let error = serde_json::from_str::<Vec<AnyMobileApp>>("[42]").unwrap_err();
    assert!(!error.to_string().is_empty());
}

#[test]
fn the_error_of_a_wrong_item_points_into_the_document() {
    // The iOS item starts about 100 lines into the page.
    let page = fixture(PAGE).replacen(r#""bundleId": "com.contoso.chat""#, r#""bundleId": 5"#, 1);
    let value = value_text(&page);
    let at = value.find(r#""bundleId": 5"#).unwrap();
    let line = 1 + value[..at].matches('\n').count();
    let error = serde_json::from_str::<Vec<AnyMobileApp>>(value).unwrap_err();
    assert!(error.to_string().contains("expected a string"), "{error}");
    // The item names its type first, as Graph writes it, so it is read in one pass and the error
    // is at the property's own place in the document.
    assert_eq!(error.line(), line, "{error}");
    assert!(!error.to_string().contains("of the item"), "{error}");
}

#[test]
fn a_derived_type_read_directly_refuses_a_document_of_another_type() {
    let win32 = item_text(WIN32);
    let error = serde_json::from_str::<WebApp>(&win32)
        .unwrap_err()
        .to_string();
    assert!(error.contains("#microsoft.graph.win32LobApp"), "{error}");
    assert!(error.contains("microsoft.graph.webApp"), "{error}");

    let web = item_text(WEB);
    let error = serde_json::from_str::<Win32LobApp>(&web)
        .unwrap_err()
        .to_string();
    assert!(error.contains("#microsoft.graph.webApp"), "{error}");
    assert!(error.contains("microsoft.graph.win32LobApp"), "{error}");
    // A sibling of the same base, and the abstract intermediate type.
    let error = serde_json::from_str::<IosStoreApp>(&item_text(ANDROID))
        .unwrap_err()
        .to_string();
    assert!(error.contains("microsoft.graph.androidStoreApp"), "{error}");
    assert!(error.contains("microsoft.graph.iosStoreApp"), "{error}");
    let error = serde_json::from_str::<MobileLobApp>(&win32)
        .unwrap_err()
        .to_string();
    assert!(error.contains("#microsoft.graph.win32LobApp"), "{error}");
    assert!(error.contains("microsoft.graph.mobileLobApp"), "{error}");
    // The base type read directly is strict too: derived documents go through the enum.
    let error = serde_json::from_str::<MobileApp>(&web)
        .unwrap_err()
        .to_string();
    assert!(error.contains("#microsoft.graph.webApp"), "{error}");
    assert!(error.contains("GraphPolymorphic"), "{error}");
    // A derived complex type does not: it is always a property's value, which may hold a
    // type derived from it that this program does not know (Graph adds them), so any type is
    // read as itself, kept, and written back as read.
    let other = r##"{"@odata.type":"#microsoft.graph.win32LobAppFileSystemRule","path":"C:\\x"}"##;
    let rule: Win32LobAppRegistryRule = serde_json::from_str(other).unwrap();
    assert_eq!(
        rule.base.additional_data.odata_type().as_deref(),
        Some("#microsoft.graph.win32LobAppFileSystemRule")
    );
    assert_eq!(serde_json::to_string(&rule).unwrap(), other);

    // Its own type, or none, is read: the same value the enum gives.
    let direct: WebApp = serde_json::from_str(&web).unwrap();
    assert_eq!(AnyMobileApp::from(direct.clone()), items()[WEB]);
    assert_eq!(
        serde_json::to_value(&direct).unwrap(),
        original_items()[WEB]
    );
    let untyped: WebApp = serde_json::from_str(r#"{"appUrl": "https://a/", "id": "w"}"#).unwrap();
    assert_eq!(untyped.key(), Some("w"));
}

// ---------------------------------------------------------------------------------------------
// Constants and operations
// ---------------------------------------------------------------------------------------------

const MOBILE_APP_PROPERTIES: [&str; 14] = [
    "id",
    "createdDateTime",
    "description",
    "developer",
    "displayName",
    "informationUrl",
    "isFeatured",
    "largeIcon",
    "lastModifiedDateTime",
    "notes",
    "owner",
    "privacyInformationUrl",
    "publisher",
    "publishingState",
];

#[test]
fn derived_types_inherit_key_and_paths_and_name_their_base() {
    assert_eq!(MobileApp::ODATA_TYPE, "microsoft.graph.mobileApp");
    assert_eq!(MobileApp::BASE_TYPE, Some("microsoft.graph.entity"));
    assert_eq!(MobileLobApp::BASE_TYPE, Some("microsoft.graph.mobileApp"));
    assert_eq!(Win32LobApp::BASE_TYPE, Some("microsoft.graph.mobileLobApp"));
    assert_eq!(WebApp::BASE_TYPE, Some("microsoft.graph.mobileApp"));
    assert_eq!(IosStoreApp::BASE_TYPE, Some("microsoft.graph.mobileApp"));
    assert_eq!(
        AndroidStoreApp::BASE_TYPE,
        Some("microsoft.graph.mobileApp")
    );
    assert_eq!(Win32LobApp::ODATA_TYPE, "microsoft.graph.win32LobApp");
    assert_eq!(
        AndroidStoreApp::ODATA_TYPE,
        "microsoft.graph.androidStoreApp"
    );

    macro_rules! same_collection {
        ($($ty:ty),*) => {$(
            assert_eq!(<$ty>::KEY_PROPERTY, "id", stringify!($ty));
            assert_eq!(<$ty>::COLLECTION_PATH, "/deviceAppManagement/mobileApps", stringify!($ty));
            assert_eq!(<$ty>::ITEM_PATH, "/deviceAppManagement/mobileApps/{id}", stringify!($ty));
        )*};
    }
    same_collection!(
        MobileApp,
        MobileLobApp,
        Win32LobApp,
        WebApp,
        IosStoreApp,
        AndroidStoreApp
    );

    // Properties: the base's first, then the type's own, in declaration order.
    assert_eq!(MobileApp::PROPERTIES, MOBILE_APP_PROPERTIES);
    let web: Vec<&str> = MOBILE_APP_PROPERTIES
        .iter()
        .copied()
        .chain(["appUrl", "useManagedBrowser"])
        .collect();
    assert_eq!(WebApp::PROPERTIES, web);
    let lob: Vec<&str> = MOBILE_APP_PROPERTIES
        .iter()
        .copied()
        .chain(["committedContentVersion", "fileName", "size"])
        .collect();
    assert_eq!(MobileLobApp::PROPERTIES, lob);
    let win32: Vec<&str> = lob
        .iter()
        .copied()
        .chain([
            "allowedArchitectures",
            "applicableArchitectures",
            "installCommandLine",
            "installExperience",
            "minimumCpuSpeedInMHz",
            "minimumFreeDiskSpaceInMB",
            "minimumMemoryInMB",
            "minimumNumberOfProcessors",
            "minimumSupportedWindowsRelease",
            "msiInformation",
            "returnCodes",
            "rules",
            "setupFilePath",
            "uninstallCommandLine",
        ])
        .collect();
    assert_eq!(Win32LobApp::PROPERTIES, win32);
    assert_eq!(&IosStoreApp::PROPERTIES[..14], MOBILE_APP_PROPERTIES);
    assert_eq!(
        &IosStoreApp::PROPERTIES[14..],
        [
            "applicableDeviceType",
            "appStoreUrl",
            "bundleId",
            "minimumSupportedOperatingSystem"
        ]
    );
    assert_eq!(
        &AndroidStoreApp::PROPERTIES[14..],
        [
            "appStoreUrl",
            "minimumSupportedOperatingSystem",
            "packageId"
        ]
    );

    // Actions are the declaring type's.
    assert_eq!(MobileApp::ACTIONS, ["assign"]);
    assert!(WebApp::ACTIONS.is_empty() && Win32LobApp::ACTIONS.is_empty());
}

/// The read finds a property by its place in `PROPERTIES`: the base's first, at every level.
fn assert_indexes_follow_properties<T: graph_entity::__private::Structured>() {
    for (position, name) in T::PROPERTIES.iter().enumerate() {
        assert_eq!(
            T::property_index(name),
            Some(u16::try_from(position).unwrap()),
            "{name}"
        );
    }
    assert_eq!(usize::from(T::PROPERTY_COUNT), T::PROPERTIES.len());
    assert_eq!(T::property_index("notDeclaredHere"), None);
    assert_eq!(T::property_index(""), None);
}

#[test]
fn every_property_of_every_level_has_the_index_of_its_place_in_properties() {
    assert_indexes_follow_properties::<MobileApp>();
    assert_indexes_follow_properties::<WebApp>();
    assert_indexes_follow_properties::<MobileLobApp>();
    assert_indexes_follow_properties::<Win32LobApp>();
    assert_indexes_follow_properties::<IosStoreApp>();
    assert_indexes_follow_properties::<Win32LobAppRegistryRule>();

    // And reading by those indexes puts each value in its own field, at every level.
    let app: Win32LobApp = serde_json::from_value(json!({
        "@odata.type": "#microsoft.graph.win32LobApp",
        "id": "a1",
        "displayName": "base",
        "committedContentVersion": "2",
        "setupFilePath": "setup.exe",
    }))
    .unwrap();
    assert_eq!(app.base.base.id.as_deref(), Some("a1"));
    assert_eq!(app.base.base.display_name.as_deref(), Some("base"));
    assert_eq!(app.base.committed_content_version.as_deref(), Some("2"));
    assert_eq!(app.setup_file_path.as_deref(), Some("setup.exe"));
}

#[test]
fn complex_types_and_derived_complex_types_describe_themselves() {
    assert_eq!(
        <MimeContent as GraphComplex>::ODATA_TYPE,
        "microsoft.graph.mimeContent"
    );
    assert_eq!(<MimeContent as GraphComplex>::BASE_TYPE, None);
    assert_eq!(<MimeContent as GraphComplex>::PROPERTIES, ["type", "value"]);
    assert_eq!(
        <IosMinimumOperatingSystem as GraphComplex>::PROPERTIES,
        [
            "v10_0", "v11_0", "v12_0", "v13_0", "v14_0", "v15_0", "v8_0", "v9_0"
        ]
    );
    assert_eq!(
        <AndroidMinimumOperatingSystem as GraphComplex>::PROPERTIES.len(),
        16
    );
    assert!(<AndroidMinimumOperatingSystem as GraphComplex>::PROPERTIES.contains(&"v4_0_3"));
    assert_eq!(<Win32LobAppRule as GraphComplex>::PROPERTIES, ["ruleType"]);
    assert_eq!(
        <Win32LobAppProductCodeRule as GraphComplex>::BASE_TYPE,
        Some("microsoft.graph.win32LobAppRule")
    );
    assert_eq!(
        <Win32LobAppProductCodeRule as GraphComplex>::PROPERTIES,
        [
            "ruleType",
            "productCode",
            "productVersion",
            "productVersionOperator"
        ]
    );
    assert_eq!(
        <Win32LobAppFileSystemRule as GraphComplex>::PROPERTIES,
        [
            "ruleType",
            "check32BitOn64System",
            "comparisonValue",
            "fileOrFolderName",
            "operationType",
            "operator",
            "path"
        ]
    );
    assert_eq!(
        <Win32LobAppPowerShellScriptRule as GraphComplex>::ODATA_TYPE,
        "microsoft.graph.win32LobAppPowerShellScriptRule"
    );
    assert_eq!(
        <Publishing as GraphEnum>::MEMBERS,
        ["notPublished", "processing", "published"]
    );
    assert_eq!(
        <WindowsArchitecture as GraphEnum>::MEMBERS,
        ["none", "x86", "x64", "arm", "neutral"]
    );
    assert_eq!(
        Win32LobAppFileSystemOperationType::SizeInMb.as_str(),
        "sizeInMB"
    );
}

#[test]
fn operations_of_derived_types_address_the_base_collection() {
    let get = WebApp::get("a/b");
    assert_eq!(get.to_string(), "GET /deviceAppManagement/mobileApps/a%2Fb");
    assert_eq!(
        Win32LobApp::list().to_string(),
        "GET /deviceAppManagement/mobileApps"
    );
    assert_eq!(
        IosStoreApp::create().to_string(),
        "POST /deviceAppManagement/mobileApps"
    );
    assert_eq!(
        AndroidStoreApp::delete("x").to_string(),
        "DELETE /deviceAppManagement/mobileApps/x"
    );
    assert_eq!(
        MobileLobApp::update("x").to_string(),
        "PATCH /deviceAppManagement/mobileApps/x"
    );
    assert_eq!(WebApp::item_path("k"), "/deviceAppManagement/mobileApps/k");

    let parameters = MobileAppAssignParameters {
        mobile_app_assignments: Some(vec![json!({
            "@odata.type": "#microsoft.graph.mobileAppAssignment",
            "intent": "required",
            "target": {"@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget"}
        })]),
    };
    let assign = MobileApp::assign("app 1", &parameters).unwrap();
    assert_eq!(assign.method(), Method::POST);
    assert_eq!(
        assign.path(),
        "/deviceAppManagement/mobileApps/app%201/assign"
    );
    let body: Value = serde_json::from_slice(assign.body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({"mobileAppAssignments": [{
            "@odata.type": "#microsoft.graph.mobileAppAssignment",
            "intent": "required",
            "target": {"@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget"}
        }]})
    );
    let empty = MobileApp::assign("a", &MobileAppAssignParameters::default()).unwrap();
    assert_eq!(empty.body(), Some(&b"{}"[..]));
}

// ---------------------------------------------------------------------------------------------
// Create bodies and values built in code
// ---------------------------------------------------------------------------------------------

#[test]
fn create_bodies_of_derived_types_built_in_code() {
    let app = WebApp {
        base: MobileApp {
            id: Some("ignored".into()),
            display_name: Some("Intranet".into()),
            publisher: Some("Contoso".into()),
            is_featured: Some(false),
            created_date_time: Some(time("2024-01-01T00:00:00Z")),
            publishing_state: Some(Publishing::Published),
            ..MobileApp::default()
        },
        app_url: Some("https://intranet.contoso.example/".into()),
        use_managed_browser: Some(false),
    };
    let create = app.create_with().unwrap();
    assert_eq!(create.to_string(), "POST /deviceAppManagement/mobileApps");
    assert_eq!(
        std::str::from_utf8(create.body().unwrap()).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.webApp","displayName":"Intranet","isFeatured":false,"publisher":"Contoso","appUrl":"https://intranet.contoso.example/","useManagedBrowser":false}"##
    );
    assert_eq!(
        serde_json::to_vec(&CreateBody(&app)).unwrap(),
        create.body().unwrap()
    );
    // The full value keeps the key and the read-only properties.
    assert_eq!(
        serde_json::to_string(&app).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.webApp","id":"ignored","createdDateTime":"2024-01-01T00:00:00Z","displayName":"Intranet","isFeatured":false,"publisher":"Contoso","publishingState":"published","appUrl":"https://intranet.contoso.example/","useManagedBrowser":false}"##
    );

    // A grandchild: read-only properties of every level are left out.
    let app = Win32LobApp {
        base: MobileLobApp {
            base: MobileApp {
                display_name: Some("Tool".into()),
                last_modified_date_time: Some(time("2024-01-01T00:00:00Z")),
                ..MobileApp::default()
            },
            file_name: Some("tool.intunewin".into()),
            size: Some(10),
            ..MobileLobApp::default()
        },
        applicable_architectures: Some(
            [WindowsArchitecture::X86, WindowsArchitecture::X64]
                .into_iter()
                .collect(),
        ),
        setup_file_path: Some("tool.msi".into()),
        ..Win32LobApp::default()
    };
    let body: Value = serde_json::from_slice(app.create_with().unwrap().body().unwrap()).unwrap();
    assert_eq!(
        body,
        json!({
            "@odata.type": "#microsoft.graph.win32LobApp",
            "displayName": "Tool",
            "fileName": "tool.intunewin",
            "applicableArchitectures": "x86,x64",
            "setupFilePath": "tool.msi"
        })
    );
    // Reading the full value back gives the same value.
    let again: Win32LobApp = serde_json::from_str(&serde_json::to_string(&app).unwrap()).unwrap();
    assert_eq!(again, app);
}

#[test]
fn create_bodies_of_items_read_from_the_page() {
    let items = items();
    let AnyMobileApp::WebApp(web) = &items[WEB] else {
        panic!("not a webApp")
    };
    let body: Value = serde_json::from_slice(web.create_with().unwrap().body().unwrap()).unwrap();
    // No key, no read-only property, no control information but `@odata.type`; explicit nulls
    // and unknown properties are kept.
    assert_eq!(
        body,
        json!({
            "@odata.type": "#microsoft.graph.webApp",
            "displayName": "Contoso Expenses",
            "description": null,
            "publisher": "Contoso",
            "largeIcon": {
                "@odata.type": "microsoft.graph.mimeContent",
                "type": "image/png",
                "value": "iVBORw0KGgo="
            },
            "isFeatured": true,
            "privacyInformationUrl": null,
            "informationUrl": "https://contoso.example/expenses/info",
            "owner": "Finance IT",
            "developer": "Contoso Dev",
            "notes": "Managed browser only",
            "appUrl": "https://expenses.contoso.example/",
            "useManagedBrowser": true,
            "roleScopeTagIds": ["0", "7"],
            "dependentAppCount": 0
        })
    );

    let AnyMobileApp::Win32LobApp(win32) = &items[WIN32] else {
        panic!("not a win32LobApp")
    };
    let body: Value = serde_json::from_slice(win32.create_with().unwrap().body().unwrap()).unwrap();
    let mut expected = original_items()[WIN32].clone();
    let object = expected.as_object_mut().unwrap();
    for name in [
        "@odata.etag",
        "id",
        "createdDateTime",
        "lastModifiedDateTime",
        "publishingState",
        "size",
    ] {
        assert!(object.remove(name).is_some(), "{name}");
    }
    assert_eq!(body, expected);

    // An item of an undeclared type keeps that type in its create body. `mobileApp` is
    // abstract, so it has no `create_with`; its value, read from a derived type's document, is
    // posted with an explicit `CreateBody`.
    let AnyMobileApp::Other(dmg) = &items[MAC_DMG] else {
        panic!("not read as the base type")
    };
    let body = MobileApp::create()
        .with_json(&graph_entity::CreateBody(dmg))
        .unwrap();
    let body = std::str::from_utf8(body.body().unwrap()).unwrap();
    assert!(
        body.starts_with(r##"{"@odata.type":"#microsoft.graph.macOSDmgApp","description""##),
        "{body}"
    );
    for left_out in [
        "@odata.etag",
        "\"id\"",
        "createdDateTime",
        "publishingState",
    ] {
        assert!(!body.contains(left_out), "{left_out}: {body}");
    }
    // What mobileApp does not declare is kept, mobileLobApp's read-only `size` included: the
    // base type cannot know it.
    for kept in [
        "\"primaryBundleId\"",
        "\"includedApps\"",
        "\"size\":104857600",
    ] {
        assert!(body.contains(kept), "{kept}: {body}");
    }
}

#[test]
fn polymorphic_values_built_in_code_are_written_with_their_type() {
    let web = AnyMobileApp::from(WebApp {
        app_url: Some("https://a/".into()),
        ..WebApp::default()
    });
    assert_eq!(web.odata_type(), "microsoft.graph.webApp");
    assert_eq!(
        serde_json::to_string(&web).unwrap(),
        r##"{"@odata.type":"#microsoft.graph.webApp","appUrl":"https://a/"}"##
    );
    let base = AnyMobileApp::from(MobileApp {
        display_name: Some("b".into()),
        ..MobileApp::default()
    });
    assert_eq!(base.odata_type(), "microsoft.graph.mobileApp");
    let mixed = vec![
        web,
        AnyMobileApp::from(Win32LobApp::default()),
        AnyMobileApp::from(IosStoreApp::default()),
        AnyMobileApp::from(AndroidStoreApp::default()),
        base,
    ];
    let text = serde_json::to_string(&mixed).unwrap();
    assert_eq!(
        text,
        r##"[{"@odata.type":"#microsoft.graph.webApp","appUrl":"https://a/"},{"@odata.type":"#microsoft.graph.win32LobApp"},{"@odata.type":"#microsoft.graph.iosStoreApp"},{"@odata.type":"#microsoft.graph.androidStoreApp"},{"@odata.type":"#microsoft.graph.mobileApp","displayName":"b"}]"##
    );
    let again: Vec<AnyMobileApp> = serde_json::from_str(&text).unwrap();
    assert_eq!(again, mixed);

    let rule = AnyWin32LobAppRule::from(Win32LobAppRule {
        rule_type: Some(Win32LobAppRuleType::Detection),
        ..Win32LobAppRule::default()
    });
    assert_eq!(rule.odata_type(), "microsoft.graph.win32LobAppRule");
    let flags: Flags<WindowsArchitecture> = serde_json::from_str(r#""x64,arm""#).unwrap();
    assert!(flags.contains(WindowsArchitecture::Arm) && !flags.contains(WindowsArchitecture::X86));
}

#[test]
fn a_derived_complex_value_built_in_code_names_its_type() {
    let app = Win32LobApp {
        rules: Some(vec![AnyWin32LobAppRule::from(Win32LobAppProductCodeRule {
            base: Win32LobAppRule {
                rule_type: Some(Win32LobAppRuleType::Detection),
                ..Win32LobAppRule::default()
            },
            product_code: Some("{p}".into()),
            ..Win32LobAppProductCodeRule::default()
        })]),
        ..Win32LobApp::default()
    };
    let body: Value = serde_json::from_slice(app.create_with().unwrap().body().unwrap()).unwrap();
    assert_eq!(
        body["rules"][0]["@odata.type"], "#microsoft.graph.win32LobAppProductCodeRule",
        "{body}"
    );
}

#[test]
fn derived_complex_values_read_from_a_document_keep_their_type() {
    let text = r##"{"@odata.type":"#microsoft.graph.win32LobAppRegistryRule","ruleType":"detection","keyPath":"HKLM\\X","operationType":"exists","operator":"notConfigured"}"##;
    let rule: AnyWin32LobAppRule = serde_json::from_str(text).unwrap();
    let AnyWin32LobAppRule::Registry(registry) = &rule else {
        panic!("{rule:?}")
    };
    assert_eq!(registry.key_path.as_deref(), Some(r"HKLM\X"));
    assert_eq!(
        registry.operation_type,
        Some(Win32LobAppRegistryRuleOperationType::Exists)
    );
    assert_eq!(serde_json::to_string(&rule).unwrap(), text);
    // Read directly, too.
    let direct: Win32LobAppRegistryRule = serde_json::from_str(text).unwrap();
    assert_eq!(serde_json::to_string(&direct).unwrap(), text);
    let _: &Win32LobAppRule = rule.base();
}

/// A derived entity is addressable exactly when its base is: through the base's collection when
/// it has one, and not at all (but still read, written and keyed) when it has none.
mod addressed_through_the_base {
    use graph_entity::{Addressable, GraphEntity};

    /// Held only inside other resources: no `path`.
    #[derive(GraphEntity, Debug, PartialEq)]
    #[graph(base = "entity", odata_type = "microsoft.graph.attachment")]
    pub struct Attachment {
        pub id: Option<String>,
        pub name: Option<String>,
    }

    #[derive(GraphEntity, Debug, PartialEq)]
    #[graph(odata_type = "microsoft.graph.fileAttachment", action = "scan")]
    pub struct FileAttachment {
        #[graph(base)]
        pub attachment: Attachment,
        pub content_bytes: Option<String>,
    }

    fn collection<T: Addressable>() -> &'static str {
        T::list().path().to_owned().leak()
    }

    #[test]
    fn a_derived_entity_of_a_base_with_path_is_addressable() {
        assert_eq!(
            collection::<super::WebApp>(),
            "/deviceAppManagement/mobileApps"
        );
        assert_eq!(
            super::WebApp::get("a").to_string(),
            "GET /deviceAppManagement/mobileApps/a"
        );
    }

    #[test]
    fn a_derived_entity_of_a_base_without_path_compiles_and_reads() {
        let text = r##"{"@odata.type":"#microsoft.graph.fileAttachment","id":"f1","name":"a.txt","contentBytes":"AA=="}"##;
        let file: FileAttachment = serde_json::from_str(text).unwrap();
        assert_eq!(file.key(), Some("f1"));
        assert_eq!(file.attachment.name.as_deref(), Some("a.txt"));
        assert_eq!(serde_json::to_string(&file).unwrap(), text);
        assert_eq!(FileAttachment::KEY_PROPERTY, "id");
        assert_eq!(FileAttachment::ACTIONS, ["scan"]);
        assert_eq!(
            <FileAttachment as GraphEntity>::PROPERTIES,
            ["id", "name", "contentBytes"]
        );
    }
}
