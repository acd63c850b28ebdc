//! The types of the area `subscribedSkus`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "subscribedSkus")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.licenseUnitsDetail")]
pub struct LicenseUnitsDetail {
    pub enabled: Option<i32>,
    pub locked_out: Option<i32>,
    pub suspended: Option<i32>,
    pub warning: Option<i32>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(any(feature = "subscribedSkus", feature = "users", feature = "directory"))]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.servicePlanInfo")]
pub struct ServicePlanInfo {
    pub applies_to: Option<String>,
    pub provisioning_status: Option<String>,
    pub service_plan_id: Option<edm::Guid>,
    pub service_plan_name: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "subscribedSkus")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.subscribedSku",
    path = "/subscribedSkus"
)]
pub struct SubscribedSku {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    pub account_id: Option<String>,
    pub account_name: Option<String>,
    pub applies_to: Option<String>,
    pub capability_status: Option<String>,
    pub consumed_units: Option<i32>,
    pub prepaid_units: Option<LicenseUnitsDetail>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub service_plans: Option<Vec<ServicePlanInfo>>,
    pub sku_id: Option<edm::Guid>,
    pub sku_part_number: Option<String>,
    pub subscription_ids: Option<Vec<String>>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
