//! The types of the area `drives`: those it owns, and those it shares with few other areas.

#[allow(unused_imports)]
use super::*;

#[cfg(any(feature = "drives", feature = "security"))]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.security.behaviorDuringRetentionPeriod")]
pub enum BehaviorDuringRetentionPeriod {
    DoNotRetain,
    Retain,
    RetainAsRecord,
    RetainAsRegulatoryRecord,
    UnknownFutureValue,
}
