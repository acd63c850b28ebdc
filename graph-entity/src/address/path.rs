//! [`Path`]: a path under the service root and its template, grown step by step; and
//! [`FromPath`], what the generated step structs are built from.

use core::fmt;
use std::borrow::Cow;

use super::function::{FunctionArguments, FunctionParameters};
use super::key::EntityKey;

/// A path under the service root and its template: `/users/u1/messages` and
/// `/users/{user-id}/messages`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    path: Cow<'static, str>,
    template: Cow<'static, str>,
}

impl Path {
    /// A root path, such as an entity set's (`/users`) or a singleton's (`/me`): its own
    /// template. It must start with `/`: the derive checks the paths it is given, and
    /// [`ServiceRoot::build`](crate::ServiceRoot::build) refuses any other.
    pub const fn root(path: &'static str) -> Self {
        Path {
            path: Cow::Borrowed(path),
            template: Cow::Borrowed(path),
        }
    }

    /// The path, every key percent-encoded: `/users/u1/messages`.
    pub fn as_str(&self) -> &str {
        &self.path
    }

    /// The template, a placeholder for every key: `/users/{user-id}/messages`.
    pub fn template(&self) -> &str {
        &self.template
    }

    /// This path and a fixed segment: a navigation property, a cast's type name, `$value`.
    #[must_use]
    pub fn segment(&self, segment: &str) -> Path {
        Path {
            path: Cow::Owned(join(&self.path, segment)),
            template: Cow::Owned(join(&self.template, segment)),
        }
    }

    /// This path and a key, encoded as one segment ([`push_segment`](crate::push_segment), or
    /// an integer's digits); `placeholder` (such as
    /// `user-id`) stands for it in the template.
    #[must_use]
    pub fn key<K: EntityKey + ?Sized>(&self, key: &K, placeholder: &str) -> Path {
        let mut path = String::with_capacity(self.path.len() + 24);
        path.push_str(&self.path);
        path.push('/');
        key.push_key(&mut path);
        let mut template = String::with_capacity(self.template.len() + placeholder.len() + 3);
        template.push_str(&self.template);
        template.push_str("/{");
        template.push_str(placeholder);
        template.push('}');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
        }
    }

    /// This path and a function call: `name(p1=literal,p2=literal)`, every literal
    /// percent-encoded (see [`FunctionArguments`]). The template names the parameters:
    /// `name(p1={p1},p2={p2})`.
    #[must_use]
    pub fn function<P: FunctionParameters + ?Sized>(&self, name: &str, parameters: &P) -> Path {
        let mut arguments = FunctionArguments::default();
        parameters.write_arguments(&mut arguments);
        let mut path = join(&self.path, name);
        path.push('(');
        path.push_str(&arguments.encoded);
        path.push(')');
        let mut template = join(&self.template, name);
        template.push('(');
        template.push_str(&arguments.template);
        template.push(')');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
        }
    }
}

fn join(path: &str, segment: &str) -> String {
    let mut out = String::with_capacity(path.len() + 1 + segment.len());
    out.push_str(path);
    out.push('/');
    out.push_str(segment);
    out
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.path)
    }
}

/// A generated step struct, [`GraphEntity::Paths`](crate::GraphEntity::Paths) or [`GraphEntity::CollectionPaths`](crate::GraphEntity::CollectionPaths): built
/// from a path, and giving it back. Implemented by the derive; a derived type's struct holds its
/// base type's, and dereferences to it.
pub trait FromPath {
    /// The struct for `path`.
    fn from_path(path: Path) -> Self;
    /// The path it was built from.
    fn path(&self) -> &Path;
}

/// The [`GraphEntity::Paths`](crate::GraphEntity::Paths) and [`GraphEntity::CollectionPaths`](crate::GraphEntity::CollectionPaths) of a root type (one without a
/// base type) that has no contained navigation and no bound operations of its own: just the
/// path. The derive names it through a type alias (`<Name>Paths`), as it names its base's struct
/// for a derived type with nothing of its own, so that such types cost no struct and no impls.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PathOnly {
    path: Path,
}

impl FromPath for PathOnly {
    #[inline]
    fn from_path(path: Path) -> Self {
        PathOnly { path }
    }
    #[inline]
    fn path(&self) -> &Path {
        &self.path
    }
}

impl fmt::Debug for PathOnly {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PathOnly")
            .field(&self.path.as_str())
            .finish()
    }
}
