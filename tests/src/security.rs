//! Keyless entity types (`#[graph(keyless)]`): entity types whose CSDL declares no key,
//! addressed only as singletons (or through single-valued contained navigation), declared from
//! the v1.0 CSDL (`v1.0-cleanMetadata.xml`).
//!
//! ```text
//! /security                          Security          (singleton, keyless)
//!   /alerts_v2                       SecurityAlert     (microsoft.graph.security.alert, keyed)
//!   /attackSimulation                AttackSimulationRoot (single-valued)
//!   /runHuntingQuery                 bound action, returns HuntingQueryResults
//! /print                             Print             (singleton, keyless, with a property)
//! ```
//!
//! `/reports` (`reportRoot`, keyless too) is in [`directory`](crate::directory).

use graph_entity::{AdditionalData, GraphEntity};

// CSDL line 19551: `<EntityType Name="security">`, no key and no base type; the singleton
// `<Singleton Name="security" Type="microsoft.graph.security">` (line 29894); the bound action
// `<Action Name="runHuntingQuery" IsBound="true">` (line 54332).
/// The singleton `/security`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    odata_type = "microsoft.graph.security",
    keyless,
    singleton = "/security",
    contains(name = "alerts_v2", target = SecurityAlert),
    contains(name = "attackSimulation", target = AttackSimulationRoot, single),
    action(
        name = "runHuntingQuery",
        parameters = RunHuntingQueryParameters,
        returns = HuntingQueryResults
    )
)]
pub struct Security {
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 53506: `<EntityType Name="alert" BaseType="graph.entity">` in
// `microsoft.graph.security`.
/// An alert of Microsoft 365 Defender, `/security/alerts_v2/{id}`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "microsoft.graph.entity",
    odata_type = "microsoft.graph.security.alert"
)]
pub struct SecurityAlert {
    pub id: Option<String>,
    pub assigned_to: Option<String>,
    pub category: Option<String>,
    pub title: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 13094: `<EntityType Name="attackSimulationRoot" BaseType="graph.entity"
// Abstract="true">`.
/// `/security/attackSimulation`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.attackSimulationRoot",
    abstract
)]
pub struct AttackSimulationRoot {
    pub id: Option<String>,
}

/// The parameters of `runHuntingQuery`.
#[derive(GraphEntity, Clone, Debug, PartialEq)]
#[graph(parameters)]
pub struct RunHuntingQueryParameters {
    pub query: Option<String>,
    pub timespan: Option<String>,
}

// CSDL line 52874: `<ComplexType Name="huntingQueryResults">`.
/// What `runHuntingQuery` returns.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.huntingQueryResults")]
pub struct HuntingQueryResults {
    pub schema: Option<Vec<SinglePropertySchema>>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 53322: `<ComplexType Name="singlePropertySchema">`.
/// A column of a hunting query's results.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.security.singlePropertySchema")]
pub struct SinglePropertySchema {
    pub name: Option<String>,
    pub r#type: Option<String>,
}

// CSDL line 18819: `<EntityType Name="print">`, no key; `<Singleton Name="print">`.
/// The singleton `/print`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.print", keyless, singleton = "/print")]
pub struct Print {
    pub settings: Option<PrintSettings>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

// CSDL line 10129: `<ComplexType Name="printSettings">`.
/// The settings of `/print`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(odata_type = "microsoft.graph.printSettings")]
pub struct PrintSettings {
    #[graph(non_nullable)]
    pub document_conversion_enabled: Option<bool>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}
