//! The types of the area `reports`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.partners.billing.blob")]
pub struct Blob {
    /// Not nullable.
    pub name: Option<String>,
    /// Not nullable.
    pub partition_value: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.azureUsage"
)]
pub struct AzureUsage {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub billed: Option<BilledUsage>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub unbilled: Option<UnbilledUsage>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billedReconciliation"
)]
pub struct BilledReconciliation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billedUsage"
)]
pub struct BilledUsage {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billing"
)]
pub struct Billing {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub manifests: Option<Vec<Manifest>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub operations: Option<Vec<AnyOperation>>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub reconciliation: Option<BillingReconciliation>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub usage: Option<AzureUsage>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billingReconciliation"
)]
pub struct BillingReconciliation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub billed: Option<BilledReconciliation>,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub unbilled: Option<UnbilledReconciliation>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.partners.billing.exportSuccessOperation")]
pub struct ExportSuccessOperation {
    /// The inherited properties of `operation`.
    #[graph(base)]
    pub base: Operation,
    /// Navigation property: read when `$expand`ed, never written.
    #[graph(read_only)]
    pub resource_location: Option<Manifest>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.partners.billing.failedOperation")]
pub struct FailedOperation {
    /// The inherited properties of `operation`.
    #[graph(base)]
    pub base: Operation,
    /// Not nullable.
    pub error: Option<crate::graph::PublicError>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.manifest"
)]
pub struct Manifest {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub blob_count: Option<i32>,
    /// Not nullable.
    pub blobs: Option<Vec<Blob>>,
    /// Not nullable.
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    pub data_format: Option<String>,
    /// Not nullable.
    pub e_tag: Option<String>,
    /// Not nullable.
    pub partition_type: Option<String>,
    /// Not nullable.
    pub partner_tenant_id: Option<String>,
    /// Not nullable.
    pub root_directory: Option<String>,
    /// Not nullable.
    pub sas_token: Option<String>,
    /// Not nullable.
    pub schema_version: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.operation"
)]
pub struct Operation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Not nullable.
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<crate::graph::LongRunningOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.partners.billing.operation` of any of the derived types this build declares;
/// a value of another type reads as `Operation`, keeping its `@odata.type` and properties.
#[cfg(feature = "reports")]
#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]
pub enum AnyOperation {
    /// `microsoft.graph.partners.billing.exportSuccessOperation`.
    ExportSuccessOperation(ExportSuccessOperation),
    /// `microsoft.graph.partners.billing.failedOperation`.
    FailedOperation(FailedOperation),
    /// `microsoft.graph.partners.billing.runningOperation`.
    RunningOperation(RunningOperation),
    /// `microsoft.graph.partners.billing.operation` itself, or a type this build does not declare.
    #[graph(other)]
    Other(Operation),
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.partners.billing.runningOperation")]
pub struct RunningOperation {
    /// The inherited properties of `operation`.
    #[graph(base)]
    pub base: Operation,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.unbilledReconciliation"
)]
pub struct UnbilledReconciliation {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.unbilledUsage"
)]
pub struct UnbilledUsage {
    /// The key. Inherited from `entity`.
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
