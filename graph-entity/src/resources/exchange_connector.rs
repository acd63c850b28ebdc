//! `microsoft.graph.deviceManagementExchangeConnector`: a connection to an Exchange environment.
//!
//! The declarations below are exactly what `graph-codegen` writes for these types from the v1.0
//! CSDL (`graph-resources/src/graph/device_management.rs`, there under the feature
//! `deviceManagement`): `graph-codegen/tests/shipped.rs` compares them. Their docs are the CSDL's
//! descriptions; a type's docs list its `Nullable="false"` properties ("Not nullable"), which
//! the service fills whenever it returns them. Every property is an `Option`, the key too: a
//! create body has no `id`, and `$select` returns only what was asked for.
//!
//! ```
//! use graph_entity::GraphEntity;
//! use graph_entity::resources::{
//!     DeviceManagementExchangeConnector as Connector, DeviceManagementExchangeConnectorStatus,
//!     DeviceManagementExchangeConnectorSyncParameters as SyncParameters,
//!     DeviceManagementExchangeConnectorSyncType as SyncType,
//! };
//!
//! let connector: Connector = serde_json::from_str(r##"{
//!     "@odata.type": "#microsoft.graph.deviceManagementExchangeConnector",
//!     "id": "98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98",
//!     "status": "connected",
//!     "serverName": "Server Name value"
//! }"##)?;
//! assert_eq!(connector.key(), Some("98cdc9e4-c9e4-98cd-e4c9-cd98e4c9cd98"));
//! assert_eq!(connector.status, Some(DeviceManagementExchangeConnectorStatus::Connected));
//! let sync = Connector::sync("98cdc9e4", &SyncParameters { sync_type: SyncType::DeltaSync })?;
//! assert_eq!(sync.to_string(), "POST /deviceManagement/exchangeConnectors/98cdc9e4/sync");
//! assert_eq!(sync.body(), Some(&br#"{"syncType":"deltaSync"}"#[..]));
//! # Ok::<(), serde_json::Error>(())
//! ```

use crate::edm;
use crate::{AdditionalData, GraphEntity, GraphEnum};

/// Entity which represents a connection to an Exchange environment.
///
/// Not nullable (`Nullable="false"`): `exchange_connector_type`, `last_sync_date_time`, `status`.
#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.deviceManagementExchangeConnector",
    path = "/deviceManagement/exchangeConnectors",
    action(name = "sync", parameters = DeviceManagementExchangeConnectorSyncParameters)
)]
pub struct DeviceManagementExchangeConnector {
    /// The key. Inherited from `entity`.
    #[graph(non_nullable)]
    pub id: Option<String>,
    /// The name of the server hosting the Exchange Connector.
    pub connector_server_name: Option<String>,
    /// An alias assigned to the Exchange server
    pub exchange_alias: Option<String>,
    /// The type of Exchange Connector Configured.
    #[graph(non_nullable)]
    pub exchange_connector_type: Option<DeviceManagementExchangeConnectorType>,
    /// Exchange Organization to the Exchange server
    pub exchange_organization: Option<String>,
    /// Last sync time for the Exchange Connector
    #[graph(non_nullable)]
    pub last_sync_date_time: Option<edm::DateTimeOffset>,
    /// Email address used to configure the Service To Service Exchange Connector.
    pub primary_smtp_address: Option<String>,
    /// The name of the Exchange server.
    pub server_name: Option<String>,
    /// Exchange Connector Status
    #[graph(non_nullable)]
    pub status: Option<DeviceManagementExchangeConnectorStatus>,
    /// The version of the ExchangeConnectorAgent
    pub version: Option<String>,
    #[graph(additional_data)]
    pub additional_data: AdditionalData,
}

/// The type of Exchange Connector.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorType")]
pub enum DeviceManagementExchangeConnectorType {
    /// Connects to on-premises Exchange Environment.
    OnPremises,
    /// Connects to O365 multi-tenant Exchange environment
    Hosted,
    /// Intune Service connects directly to O365 multi-tenant Exchange environment
    ServiceToService,
    /// Connects to O365 Dedicated Exchange environment.
    Dedicated,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// The current status of the Exchange Connector.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorStatus")]
pub enum DeviceManagementExchangeConnectorStatus {
    /// No Connector exists.
    None,
    /// Pending Connection to the Exchange Environment.
    ConnectionPending,
    /// Connected to the Exchange Environment
    Connected,
    /// Disconnected from the Exchange Environment
    Disconnected,
    /// Evolvable enumeration sentinel value. Do not use.
    UnknownFutureValue,
}

/// The body of the action `sync`, bound to `deviceManagementExchangeConnector`: `POST {path}/sync
/// with the body {"syncType"}`, the call of `DeviceManagementExchangeConnectorPaths::sync`.
#[derive(GraphEntity, Clone, Debug, PartialEq, Eq)]
#[graph(parameters)]
pub struct DeviceManagementExchangeConnectorSyncParameters {
    pub sync_type: DeviceManagementExchangeConnectorSyncType,
}

/// The type of Exchange Connector sync requested.
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.deviceManagementExchangeConnectorSyncType")]
pub enum DeviceManagementExchangeConnectorSyncType {
    /// Discover all the device in Exchange.
    FullSync,
    /// Discover only the device in Exchange which have updated during the delta sync window.
    DeltaSync,
}
