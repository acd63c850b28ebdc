//! The types of the area `other`'s feature file: those it owns, and those only it and a few other areas need.

#[allow(unused_imports)]
use super::*;

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.partners.billing.attributeSet")]
pub enum AttributeSet {
    Full,
    Basic,
    UnknownFutureValue,
}

#[cfg(feature = "other")]
#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[graph(odata_type = "microsoft.graph.partners.billing.billingPeriod")]
pub enum BillingPeriod {
    Current,
    Last,
    UnknownFutureValue,
}
