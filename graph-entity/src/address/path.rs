//! [`Path`]: a path under the service root and its template, grown step by step (drive item
//! paths included, [`Path::drive_path`]); and [`FromPath`], what the generated step structs are
//! built from.

use core::fmt;
use std::borrow::Cow;

use percent_encoding::utf8_percent_encode;

use super::function::{FunctionArguments, FunctionParameters};
use super::key::{EntityKey, SEGMENT};

/// A path under the service root and its template: `/users/u1/messages` and
/// `/users/{user-id}/messages`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Path {
    path: Cow<'static, str>,
    template: Cow<'static, str>,
    /// It ends in a drive item path (`root:/a/b`) whose closing `:` the next step writes.
    open: bool,
}

/// A name that cannot be one of a drive item path ([`Path::drive_path`]): empty, `.` or `..`
/// (which would address the folder itself or its parent), or holding `/` (which would be two
/// names); or a path of no names.
#[derive(Clone, Debug, PartialEq, Eq, Hash, thiserror::Error)]
#[error("{name:?} cannot be a name of a drive item path: {reason}")]
pub struct DrivePathError {
    name: String,
    reason: &'static str,
}

impl DrivePathError {
    /// The refused name (empty for a path of no names).
    pub fn name(&self) -> &str {
        &self.name
    }
}

impl Path {
    /// A root path, such as an entity set's (`/users`) or a singleton's (`/me`): its own
    /// template. It must start with `/`: the derive checks the paths it is given, and
    /// [`ServiceRoot::build`](crate::ServiceRoot::build) refuses any other.
    pub const fn root(path: &'static str) -> Self {
        Path {
            path: Cow::Borrowed(path),
            template: Cow::Borrowed(path),
            open: false,
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
            path: Cow::Owned(join(&self.path, self.open, segment)),
            template: Cow::Owned(join(&self.template, self.open, segment)),
            open: false,
        }
    }

    /// This path and a drive item path under it: `{path}:/{name}/{name}`, as OneDrive and
    /// SharePoint address an item by its names under a folder (`/me/drive/root:/a%20b/c.txt`).
    /// Each name is percent-encoded on its own, as a key is, so it stays one name; the closing
    /// `:` is written only when a step follows (`/me/drive/root:/a%20b/c.txt:/content`). On a
    /// path that ends in one already, the names continue it. The template writes the whole
    /// path as `{item-path}`.
    ///
    /// ```
    /// use graph_entity::address::Path;
    ///
    /// let item = Path::root("/me/drive/root").drive_path(["a b", "c.txt"])?;
    /// assert_eq!(item.as_str(), "/me/drive/root:/a%20b/c.txt");
    /// assert_eq!(item.segment("content").as_str(), "/me/drive/root:/a%20b/c.txt:/content");
    /// assert_eq!(item.segment("content").template(), "/me/drive/root:/{item-path}:/content");
    /// assert!(Path::root("/me/drive/root").drive_path(["a", ".."]).is_err());
    /// # Ok::<(), graph_entity::address::DrivePathError>(())
    /// ```
    ///
    /// # Errors
    /// A name that is empty, `.` or `..`, or holds `/`; a path of no names.
    pub fn drive_path<I>(&self, names: I) -> Result<Path, DrivePathError>
    where
        I: IntoIterator,
        I::Item: AsRef<str>,
    {
        let mut path = String::with_capacity(self.path.len() + 32);
        path.push_str(&self.path);
        if !self.open {
            path.push(':');
        }
        let mut count = 0_usize;
        for name in names {
            let name = name.as_ref();
            let reason = match name {
                "" => Some("a name is never empty"),
                "." | ".." => Some("`.` and `..` would address the folder or its parent"),
                _ if name.contains('/') => Some("a name holds no `/`: give each name apart"),
                _ => None,
            };
            if let Some(reason) = reason {
                return Err(DrivePathError {
                    name: name.to_owned(),
                    reason,
                });
            }
            path.push('/');
            path.extend(utf8_percent_encode(name, SEGMENT));
            count += 1;
        }
        if count == 0 {
            return Err(DrivePathError {
                name: String::new(),
                reason: "a drive item path has at least one name",
            });
        }
        let template = if self.open {
            self.template.clone()
        } else {
            Cow::Owned(format!("{}:/{{item-path}}", self.template))
        };
        Ok(Path {
            path: Cow::Owned(path),
            template,
            open: true,
        })
    }

    /// This path and a key, encoded as one segment ([`push_segment`](crate::push_segment), or
    /// an integer's digits); `placeholder` (such as
    /// `user-id`) stands for it in the template.
    #[must_use]
    pub fn key<K: EntityKey + ?Sized>(&self, key: &K, placeholder: &str) -> Path {
        let mut path = String::with_capacity(self.path.len() + 24);
        path.push_str(&self.path);
        if self.open {
            path.push(':');
        }
        path.push('/');
        key.push_key(&mut path);
        let mut template = String::with_capacity(self.template.len() + placeholder.len() + 4);
        template.push_str(&self.template);
        if self.open {
            template.push(':');
        }
        template.push_str("/{");
        template.push_str(placeholder);
        template.push('}');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
            open: false,
        }
    }

    /// This path and a function call: `name(p1=literal,p2=literal)`, every literal
    /// percent-encoded (see [`FunctionArguments`]). The template names the parameters:
    /// `name(p1={p1},p2={p2})`.
    #[must_use]
    pub fn function<P: FunctionParameters + ?Sized>(&self, name: &str, parameters: &P) -> Path {
        let mut arguments = FunctionArguments::default();
        parameters.write_arguments(&mut arguments);
        let mut path = join(&self.path, self.open, name);
        path.push('(');
        path.push_str(&arguments.encoded);
        path.push(')');
        let mut template = join(&self.template, self.open, name);
        template.push('(');
        template.push_str(&arguments.template);
        template.push(')');
        Path {
            path: Cow::Owned(path),
            template: Cow::Owned(template),
            open: false,
        }
    }
}

/// `{path}/{segment}`, or `{path}:/{segment}` after a drive item path (`open`), which the `:`
/// closes.
fn join(path: &str, open: bool, segment: &str) -> String {
    let mut out = String::with_capacity(path.len() + 2 + segment.len());
    out.push_str(path);
    if open {
        out.push(':');
    }
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
