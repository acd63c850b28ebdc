//! The types of the area `groupSettingTemplates`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "groupSettingTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.settingTemplateValue")]
pub struct SettingTemplateValue {
    pub default_value: Option<String>,
    pub description: Option<String>,
    pub name: Option<String>,
    pub r#type: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "groupSettingTemplates")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.groupSettingTemplate",
    path = "/groupSettingTemplates"
)]
pub struct GroupSettingTemplate {
    /// The inherited properties of `directoryObject`.
    #[graph(base)]
    pub base: DirectoryObject,
    pub description: Option<String>,
    pub display_name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub values: Option<Vec<SettingTemplateValue>>,
}
