//! Graph resources that ship with the crate, each declared as one annotated struct.

mod exchange_connector;

pub use exchange_connector::{
    DeviceManagementExchangeConnector, DeviceManagementExchangeConnectorPatch,
    DeviceManagementExchangeConnectorStatus, DeviceManagementExchangeConnectorSyncParameters,
    DeviceManagementExchangeConnectorSyncType, DeviceManagementExchangeConnectorType,
};
