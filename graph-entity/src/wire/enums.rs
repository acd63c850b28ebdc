//! Enumerations: [`GraphEnum`] and the error for a member it does not know.

/// A Graph enum type: a set of named members, written on the wire as lowerCamelCase strings.
///
/// Implement it with `#[derive(GraphEnum)]` on an enum of unit variants; the derive also
/// implements `Serialize`, `Deserialize`, `Display` and `FromStr`.
///
/// Enums grow: Graph adds members behind `unknownFutureValue`. On its own, a member the enum
/// does not know is a deserialization error ([`UnknownMember`]). Inside a derived struct, in an
/// `Option` or [`Nullable`](crate::Nullable) field (of the enum, a `Vec` of it or
/// [`Flags`](crate::Flags) of it), it is not: the field reads as `None` and the raw value is
/// kept in the struct's [`AdditionalData`](crate::AdditionalData), and written back unchanged.
/// In a required field (the enum itself) it is still an error, naming the property.
///
/// ```
/// # #[cfg(feature = "resources")] {
/// use graph_entity::GraphEnum;
/// use graph_entity::resources::DeviceManagementExchangeConnectorStatus as Status;
///
/// assert_eq!(Status::ConnectionPending.as_str(), "connectionPending");
/// assert_eq!(Status::from_member("connected"), Some(Status::Connected));
/// assert_eq!(Status::from_member("rebooting"), None);
/// assert!("rebooting".parse::<Status>().is_err());
/// # }
/// ```
pub trait GraphEnum: Sized + 'static {
    /// The namespace-qualified OData enum type, if declared with `odata_type`.
    const ODATA_TYPE: Option<&'static str>;
    /// The member names, in declaration order.
    const MEMBERS: &'static [&'static str];
    /// Whether the enum is a flags enum (`#[graph(flags)]`, the CSDL's `IsFlags="true"`); a
    /// default, `false`, so that a hand-written implementation need not name it.
    const FLAGS: bool = false;

    /// The member's wire name.
    fn as_str(&self) -> &'static str;

    /// The member called `member`, if the enum knows it.
    fn from_member(member: &str) -> Option<Self>;
}

/// A string that is not a member of the enum it was read as.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("`{member}` is not a member of {enum_name}; expected one of: {}", members.join(", "))]
pub struct UnknownMember {
    member: String,
    enum_name: &'static str,
    members: &'static [&'static str],
}

impl UnknownMember {
    /// The error for `member`, which `E` does not know.
    pub fn new<E: GraphEnum>(member: &str) -> Self {
        UnknownMember {
            member: member.to_owned(),
            enum_name: E::ODATA_TYPE.unwrap_or_else(|| core::any::type_name::<E>()),
            members: E::MEMBERS,
        }
    }

    /// The string that was read.
    pub fn member(&self) -> &str {
        &self.member
    }
}
