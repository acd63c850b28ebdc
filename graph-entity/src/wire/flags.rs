//! [`Flags`]: values of enum types whose CSDL says `IsFlags="true"`.

use core::fmt;
use core::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};
use serde::{Deserialize, Serialize, Serializer};

use crate::wire::enums::{GraphEnum, UnknownMember};

/// A flags enum: `#[derive(GraphEnum)]` with `#[graph(flags)]`, for an enum type whose CSDL says
/// `IsFlags="true"`. Its values are [`Flags`] of its members.
pub trait GraphFlags: GraphEnum {}

/// A value of a flags enum: a set of members, written on the wire as one string of
/// comma-separated member names (`"email,sms"`).
///
/// Members keep the order they were read or inserted in, so a value writes back as it was read.
/// A member the enum does not know fails a standalone read; inside an entity, in an `Option`
/// field, the field reads as `None` and the raw value is kept and written back.
///
/// ```
/// use graph_entity::{Flags, GraphEnum};
///
/// #[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq)]
/// #[graph(flags)]
/// enum Channel { Email, Sms, Push }
///
/// let flags: Flags<Channel> = serde_json::from_str(r#""sms,email""#)?;
/// assert!(flags.contains(Channel::Email) && !flags.contains(Channel::Push));
/// assert_eq!(serde_json::to_string(&flags)?, r#""sms,email""#);
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Flags<E> {
    members: Vec<E>,
}

impl<E> Default for Flags<E> {
    fn default() -> Self {
        Flags {
            members: Vec::new(),
        }
    }
}

impl<E: GraphFlags + PartialEq> Flags<E> {
    /// No member.
    pub fn new() -> Self {
        Self::default()
    }

    /// Whether `member` is set.
    pub fn contains(&self, member: E) -> bool {
        self.members.contains(&member)
    }

    /// Sets `member`; returns whether it was not set yet.
    pub fn insert(&mut self, member: E) -> bool {
        if self.members.contains(&member) {
            return false;
        }
        self.members.push(member);
        true
    }

    /// Clears `member`; returns whether it was set.
    pub fn remove(&mut self, member: E) -> bool {
        let before = self.members.len();
        self.members.retain(|held| *held != member);
        self.members.len() != before
    }

    /// The members set, in order.
    pub fn iter(&self) -> impl Iterator<Item = &E> {
        self.members.iter()
    }

    /// Whether no member is set.
    pub fn is_empty(&self) -> bool {
        self.members.is_empty()
    }

    /// Parses `"a,b"`, keeping the members as given (a repeated member too: the value writes
    /// back as it was read).
    ///
    /// # Errors
    /// When a name is not a member of `E`.
    pub fn parse(text: &str) -> Result<Self, UnknownMember> {
        let mut flags = Self::new();
        if text.is_empty() {
            return Ok(flags);
        }
        for name in text.split(',') {
            let member = E::from_member(name).ok_or_else(|| UnknownMember::new::<E>(name))?;
            // Kept as given, a repeat too, so that the value writes back as it was read.
            flags.members.push(member);
        }
        Ok(flags)
    }
}

impl<E: GraphFlags + PartialEq> FromIterator<E> for Flags<E> {
    fn from_iter<I: IntoIterator<Item = E>>(members: I) -> Self {
        let mut flags = Self::new();
        for member in members {
            flags.insert(member);
        }
        flags
    }
}

/// `"a,b"`.
impl<E: GraphFlags> fmt::Display for Flags<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, member) in self.members.iter().enumerate() {
            if index > 0 {
                f.write_str(",")?;
            }
            f.write_str(member.as_str())?;
        }
        Ok(())
    }
}

impl<E: GraphFlags> Serialize for Flags<E> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de, E: GraphFlags + PartialEq> Deserialize<'de> for Flags<E> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct FlagsVisitor<E>(PhantomData<E>);
        impl<E: GraphFlags + PartialEq> Visitor<'_> for FlagsVisitor<E> {
            type Value = Flags<E>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a string of comma-separated enum members")
            }
            fn visit_str<Er: de::Error>(self, text: &str) -> Result<Flags<E>, Er> {
                Flags::parse(text).map_err(Er::custom)
            }
        }
        deserializer.deserialize_str(FlagsVisitor(PhantomData))
    }
}
