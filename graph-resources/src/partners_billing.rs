//! The types of the namespace `microsoft.graph.partners.billing`.

// Features that leave a module's types out leave some of these unused.
#[allow(unused_imports)]
use graph_entity::{AdditionalData, GraphEntity, GraphEnum, GraphPolymorphic, edm};

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.partners.billing.attributeSet")]
pub enum AttributeSet {
    Full,
    Basic,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.partners.billing.billingPeriod")]
pub enum BillingPeriod {
    Current,
    Last,
    UnknownFutureValue,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.partners.billing.blob")]
pub struct Blob {
    /// Not nullable.
    #[graph(non_nullable)]
    pub name: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
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
    odata_type = "microsoft.graph.partners.billing.azureUsage",
    contains(name = "billed", target = BilledUsage, single),
    contains(name = "unbilled", target = UnbilledUsage, single)
)]
pub struct AzureUsage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
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
    odata_type = "microsoft.graph.partners.billing.billedReconciliation",
    action(
        name = "export",
        parameters = BilledReconciliationExportParameters,
        returns = AnyOperation
    )
)]
pub struct BilledReconciliation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `export`, bound to `billedReconciliation`.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct BilledReconciliationExportParameters {
    pub invoice_id: Option<String>,
    pub attribute_set: Option<AttributeSet>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billedUsage",
    action(name = "export", parameters = BilledUsageExportParameters, returns = AnyOperation)
)]
pub struct BilledUsage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `export`, bound to `billedUsage`.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct BilledUsageExportParameters {
    pub invoice_id: Option<String>,
    pub attribute_set: Option<AttributeSet>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.billing",
    contains(name = "manifests", target = Manifest),
    contains(name = "operations", target = Operation),
    contains(name = "reconciliation", target = BillingReconciliation, single),
    contains(name = "usage", target = AzureUsage, single)
)]
pub struct Billing {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
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
    odata_type = "microsoft.graph.partners.billing.billingReconciliation",
    contains(name = "billed", target = BilledReconciliation, single),
    contains(name = "unbilled", target = UnbilledReconciliation, single)
)]
pub struct BillingReconciliation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
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
    #[graph(non_nullable)]
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
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub blob_count: Option<i32>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub blobs: Option<Vec<Blob>>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub data_format: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub e_tag: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub partition_type: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub partner_tenant_id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub root_directory: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub sas_token: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
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
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub created_date_time: Option<edm::DateTimeOffset>,
    /// Not nullable.
    #[graph(non_nullable)]
    pub last_action_date_time: Option<edm::DateTimeOffset>,
    pub status: Option<crate::graph::LongRunningOperationStatus>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// A `microsoft.graph.partners.billing.operation`: the type itself or any of its derived types this
/// build declares (a value without `@odata.type` is the type itself); a value of another derived
/// type reads as `Operation`, keeping its `@odata.type` and properties.
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
    odata_type = "microsoft.graph.partners.billing.unbilledReconciliation",
    action(
        name = "export",
        parameters = UnbilledReconciliationExportParameters,
        returns = AnyOperation
    )
)]
pub struct UnbilledReconciliation {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `export`, bound to `unbilledReconciliation`.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnbilledReconciliationExportParameters {
    pub currency_code: Option<String>,
    pub billing_period: Option<BillingPeriod>,
    pub attribute_set: Option<AttributeSet>,
}

#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.partners.billing.unbilledUsage",
    action(name = "export", parameters = UnbilledUsageExportParameters, returns = AnyOperation)
)]
pub struct UnbilledUsage {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// Everything the document holds that the fields above do not: unknown properties, annotations,
    /// explicit `null`s and enum members this crate does not know yet.
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The body of the action `export`, bound to `unbilledUsage`.
#[cfg(feature = "reports")]
#[derive(GraphEntity, Clone, Debug, Default, PartialEq, Eq)]
#[graph(parameters)]
pub struct UnbilledUsageExportParameters {
    pub currency_code: Option<String>,
    pub billing_period: Option<BillingPeriod>,
    pub attribute_set: Option<AttributeSet>,
}
