//! The types of the area `search`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

/// Supported platform types.
#[cfg(feature = "search")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.devicePlatformType")]
pub enum DevicePlatformType {
    /// Android.
    Android,
    /// AndroidForWork.
    AndroidForWork,
    /// iOS.
    IOS,
    /// MacOS.
    MacOS,
    /// WindowsPhone 8.1.
    WindowsPhone81,
    /// Windows 8.1 and later
    Windows81AndLater,
    /// Windows 10 and later.
    Windows10AndLater,
    /// Android Work Profile.
    AndroidWorkProfile,
    /// Unknown.
    Unknown,
    /// Android AOSP.
    AndroidAOSP,
    /// Indicates Mobile Application Management (MAM) for android devices.
    AndroidMobileApplicationManagement,
    /// Indicates Mobile Application Management (MAM) for iOS devices
    IOSMobileApplicationManagement,
    /// Evolvable enumeration sentinel value. Do not use
    UnknownFutureValue,
}

#[cfg(feature = "search")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(base = "entity", odata_type = "microsoft.graph.searchEntity")]
pub struct SearchEntity {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub acronyms: Option<Vec<crate::search::AnySearchAnswer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub bookmarks: Option<Vec<crate::search::AnySearchAnswer>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub qnas: Option<Vec<crate::search::AnySearchAnswer>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
