//! [`Pager`]: following a listing or a delta round page by page, without I/O, and its saved
//! form ([`Cursor`]).

use std::collections::BTreeSet;

use http::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue};
use serde::de::{self, DeserializeOwned, Deserializer};
use serde::ser::{SerializeStruct, Serializer};
use serde::{Deserialize, Serialize};

use crate::request::query::{CONSISTENCY_LEVEL, Query};
use crate::request::{Body, Operation, absolute_uri, build};
use crate::response::collection::Page;
use crate::response::error::{PagingError, ResponseError};
use crate::response::read::read_page;

/// The request headers every page of a listing needs: the first request's
/// `ConsistencyLevel`, `Prefer` and `Accept`.
fn is_carried(name: &HeaderName) -> bool {
    *name == CONSISTENCY_LEVEL || name.as_str() == "prefer" || *name == ACCEPT
}

/// FNV-1a, 64 bits: stable across builds, so a saved cursor remembers the links it saw.
fn link_hash(link: &str) -> u64 {
    link.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The request of the page at `link`, on the one road ([`build`], without a root: the link is
/// absolute): `GET` of the link exactly as received, with the `carried` headers.
fn page_request(link: &str, carried: &HeaderMap) -> Result<http::Request<Body>, PagingError> {
    let operation = Operation::next_link(link).with_headers(carried.clone());
    build(None, operation, &Query::new()).map_err(PagingError::InvalidLink)
}

fn origin(uri: &http::Uri) -> String {
    let mut origin = String::new();
    origin.push_str(uri.scheme_str().unwrap_or_default());
    origin.push_str("://");
    origin.push_str(uri.authority().map_or("", http::uri::Authority::as_str));
    origin.make_ascii_lowercase();
    origin
}

/// Follows a listing or a delta round page by page, without doing any I/O: it makes each
/// request, and reads each response into a [`Page`].
///
/// - The next request goes to `@odata.nextLink` exactly as received (it is an absolute URL
///   and is not re-encoded), with the headers of the first request that every page needs
///   (`ConsistencyLevel`, `Prefer`, `Accept`).
/// - A next link that was seen before is an error ([`PagingError::RepeatedLink`]), and so is
///   one to another origin than the first request ([`PagingError::OtherOrigin`]).
/// - The listing ends on a page without a next link; a delta round ends on the page with
///   `@odata.deltaLink`, which [`Pager::delta_link`] returns to start the next round from
///   ([`Pager::from_link`]).
/// - [`Pager::cursor`] saves where it is; [`Pager::resume`] goes on from there later.
///
/// A response that cannot be read leaves the pager where it was, so that the same request can
/// be sent again (after [`crate::response::error::ResponseError::retry_after`] for a throttled one).
///
/// ```
/// use graph_entity::http::{Method, Response};
/// use graph_entity::response::page::Pager;
/// use graph_entity::query::Query;
/// use graph_entity::serde_json::Value;
/// use graph_entity::request::{Operation, ServiceRoot};
///
/// let users = Operation::new(Method::GET, "/users".to_owned());
/// let first = ServiceRoot::v1().build(users, &Query::new().count(true))?;
/// let mut pager = Pager::new(&first)?;
/// let request = pager.next_request().unwrap();
/// assert_eq!(request.uri(), "https://graph.microsoft.com/v1.0/users?$count=true");
///
/// let next = "https://graph.microsoft.com/v1.0/users?$count=true&$skiptoken=RFNwdAIA";
/// let body = format!(r#"{{"@odata.count":3,"value":[{{"id":"a"}}],"@odata.nextLink":"{next}"}}"#);
/// let page = pager.read::<Value, _>(&Response::new(body))?;
/// assert_eq!(page.count, Some(3));
///
/// let request = pager.next_request().unwrap();
/// assert_eq!(request.uri(), next);
/// assert_eq!(request.headers()["consistencylevel"], "eventual");
///
/// let saved = graph_entity::serde_json::to_string(&pager.cursor())?;
/// let resumed = Pager::resume(graph_entity::serde_json::from_str(&saved)?)?;
/// assert_eq!(resumed.next_request().unwrap().uri(), next);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Pager {
    /// The next page's link, as received, and its request.
    next: Option<(String, http::Request<Body>)>,
    delta_link: Option<String>,
    headers: HeaderMap,
    origin: String,
    seen: BTreeSet<u64>,
}

impl Pager {
    /// A pager whose first request is `first` (a `GET` of a collection or of `delta()`).
    ///
    /// # Errors
    /// When `first`'s URI is not absolute, or a header to carry is not visible ASCII.
    pub fn new<B>(first: &http::Request<B>) -> Result<Self, PagingError> {
        let link = first.uri().to_string();
        Pager::from_link(&link, first.headers())
    }

    /// A pager that starts at `link` — a saved `@odata.deltaLink` or `@odata.nextLink` —
    /// with the carried headers among `headers`.
    ///
    /// # Errors
    /// When `link` is not an absolute URI, or a header to carry is not visible ASCII.
    pub fn from_link(link: &str, headers: &HeaderMap) -> Result<Self, PagingError> {
        let mut carried = HeaderMap::new();
        for (name, value) in headers {
            if is_carried(name) {
                if value.to_str().is_err() {
                    return Err(PagingError::OpaqueHeader(name.as_str().to_owned()));
                }
                carried.append(name.clone(), value.clone());
            }
        }
        let request = page_request(link, &carried)?;
        Ok(Pager {
            origin: origin(request.uri()),
            seen: BTreeSet::from([link_hash(link)]),
            next: Some((link.to_owned(), request)),
            delta_link: None,
            headers: carried,
        })
    }

    /// The request for the next page, as [`ServiceRoot::build`](crate::ServiceRoot::build)
    /// builds [`Operation::next_link`] with the carried headers; `None` once the listing has
    /// ended.
    pub fn next_request(&self) -> Option<http::Request<Body>> {
        self.next.as_ref().map(|(_, request)| request.clone())
    }

    /// The URL of the next page, as received; `None` once the listing has ended.
    pub fn next_link(&self) -> Option<&str> {
        self.next.as_ref().map(|(link, _)| link.as_str())
    }

    /// Whether the listing has ended.
    pub fn is_done(&self) -> bool {
        self.next.is_none()
    }

    /// The `@odata.deltaLink` that ended a delta round: save it, and start the next round
    /// from it with [`Pager::from_link`].
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }

    /// Reads the response to [`Pager::next_request`] into a page, and moves on to the next.
    ///
    /// # Errors
    /// When the response cannot be read (see [`crate::response::read_page`]) — the pager then
    /// stays where it was — or paging cannot go on (see [`Pager::advance`]).
    pub fn read<T: DeserializeOwned, B: AsRef<[u8]>>(
        &mut self,
        response: &http::Response<B>,
    ) -> Result<Page<T>, ResponseError> {
        if self.next.is_none() {
            return Err(ResponseError::Paging(PagingError::Finished));
        }
        let page = read_page(response)?;
        self.advance(&page)?;
        Ok(page)
    }

    /// Moves on past `page` (read by other means): to its next link, or to the end, keeping
    /// its delta link.
    ///
    /// # Errors
    /// When the listing had ended, or the next link repeats, is not absolute, or leaves the
    /// first request's origin. The pager then stays where it was.
    pub fn advance<T>(&mut self, page: &Page<T>) -> Result<(), PagingError> {
        if self.next.is_none() {
            return Err(PagingError::Finished);
        }
        match &page.next_link {
            Some(link) => {
                let request = page_request(link, &self.headers)?;
                if origin(request.uri()) != self.origin {
                    return Err(PagingError::OtherOrigin(link.clone()));
                }
                if !self.seen.insert(link_hash(link)) {
                    return Err(PagingError::RepeatedLink(link.clone()));
                }
                self.next = Some((link.clone(), request));
            }
            None => {
                if let Some(delta) = &page.delta_link {
                    absolute_uri(delta).map_err(PagingError::InvalidLink)?;
                }
                self.next = None;
                self.delta_link.clone_from(&page.delta_link);
            }
        }
        Ok(())
    }

    /// Where the pager is, to save (it is `Serialize` and `Deserialize`) and
    /// [`Pager::resume`] later.
    pub fn cursor(&self) -> Cursor {
        Cursor {
            next_link: self.next_link().map(str::to_owned),
            delta_link: self.delta_link.clone(),
            headers: self
                .headers
                .iter()
                .filter_map(|(name, value)| {
                    Some((name.as_str().to_owned(), value.to_str().ok()?.to_owned()))
                })
                .collect(),
            origin: self.origin.clone(),
            seen: self.seen.iter().copied().collect(),
        }
    }

    /// The pager saved in `cursor`.
    ///
    /// # Errors
    /// When the cursor's link or headers are not valid.
    pub fn resume(cursor: Cursor) -> Result<Self, PagingError> {
        let mut headers = HeaderMap::new();
        for (name, value) in &cursor.headers {
            let name = HeaderName::try_from(name.as_str())
                .map_err(|_| PagingError::InvalidCursor(format!("bad header name `{name}`")))?;
            if !is_carried(&name) {
                return Err(PagingError::InvalidCursor(format!(
                    "`{name}` is not a header a listing carries"
                )));
            }
            let value = HeaderValue::try_from(value.as_str())
                .map_err(|_| PagingError::InvalidCursor(format!("bad `{name}` value")))?;
            headers.append(name, value);
        }
        let next = match cursor.next_link {
            Some(link) => {
                let request = page_request(&link, &headers)?;
                if origin(request.uri()) != cursor.origin {
                    return Err(PagingError::OtherOrigin(link));
                }
                Some((link, request))
            }
            None => None,
        };
        Ok(Pager {
            next,
            delta_link: cursor.delta_link,
            headers,
            origin: cursor.origin,
            seen: cursor.seen.into_iter().collect(),
        })
    }
}

/// A saved [`Pager`]: the next link, the delta link, the carried headers, the origin, and
/// (hashes of) the links seen. Serialized as a JSON object:
/// `{"nextLink":..., "deltaLink":..., "headers":[[name, value], ...], "origin":..., "seen":[...]}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cursor {
    next_link: Option<String>,
    delta_link: Option<String>,
    headers: Vec<(String, String)>,
    origin: String,
    seen: Vec<u64>,
}

impl Cursor {
    /// The link the next request goes to.
    pub fn next_link(&self) -> Option<&str> {
        self.next_link.as_deref()
    }

    /// The delta link that ended the round, once it has.
    pub fn delta_link(&self) -> Option<&str> {
        self.delta_link.as_deref()
    }
}

impl Serialize for Cursor {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut state = serializer.serialize_struct("Cursor", 5)?;
        state.serialize_field("nextLink", &self.next_link)?;
        state.serialize_field("deltaLink", &self.delta_link)?;
        state.serialize_field("headers", &self.headers)?;
        state.serialize_field("origin", &self.origin)?;
        state.serialize_field("seen", &self.seen)?;
        state.end()
    }
}

impl<'de> Deserialize<'de> for Cursor {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        let field = |name: &str| value.get(name).cloned().unwrap_or(serde_json::Value::Null);
        let read = |name: &'static str| {
            let error = move |e: serde_json::Error| {
                de::Error::custom(format_args!("cursor field `{name}`: {e}"))
            };
            (field(name), error)
        };
        let (next, e1) = read("nextLink");
        let (delta, e2) = read("deltaLink");
        let (headers, e3) = read("headers");
        let (origin, e4) = read("origin");
        let (seen, e5) = read("seen");
        Ok(Cursor {
            next_link: serde_json::from_value(next).map_err(e1)?,
            delta_link: serde_json::from_value(delta).map_err(e2)?,
            headers: serde_json::from_value(headers).map_err(e3)?,
            origin: serde_json::from_value(origin).map_err(e4)?,
            seen: serde_json::from_value(seen).map_err(e5)?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn page_json(next: Option<&str>, delta: Option<&str>) -> String {
        let mut json = String::from(r#"{"value":[{"id":"x"}]"#);
        if let Some(next) = next {
            json.push_str(&format!(r#","@odata.nextLink":"{next}""#));
        }
        if let Some(delta) = delta {
            json.push_str(&format!(r#","@odata.deltaLink":"{delta}""#));
        }
        json.push('}');
        json
    }

    fn first() -> http::Request<Vec<u8>> {
        let mut request = http::Request::new(Vec::new());
        *request.uri_mut() = "https://graph.microsoft.com/v1.0/users/delta?$select=id"
            .parse()
            .unwrap();
        let headers = request.headers_mut();
        headers.insert(CONSISTENCY_LEVEL, HeaderValue::from_static("eventual"));
        headers.insert("prefer", HeaderValue::from_static("odata.maxpagesize=2"));
        headers.insert("authorization", HeaderValue::from_static("Bearer secret"));
        request
    }

    #[test]
    fn pager_follows_links_and_stops_at_the_delta_link() {
        let mut pager = Pager::new(&first()).unwrap();
        let next = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a%2Bb'c";
        let page: Page<Value> = pager
            .read(&http::Response::new(page_json(Some(next), None)))
            .unwrap();
        assert_eq!(page.value.len(), 1);
        let request = pager.next_request().unwrap();
        assert_eq!(request.method(), http::Method::GET);
        assert_eq!(request.uri().to_string(), next);
        let headers: Vec<_> = request
            .headers()
            .iter()
            .map(|(n, v)| (n.as_str(), v.to_str().unwrap()))
            .collect();
        assert_eq!(
            headers,
            [
                ("consistencylevel", "eventual"),
                ("prefer", "odata.maxpagesize=2"),
                ("accept", "application/json"),
            ]
        );
        let delta = "https://graph.microsoft.com/v1.0/users/delta?$deltatoken=t";
        pager
            .read::<Value, _>(&http::Response::new(page_json(None, Some(delta))))
            .unwrap();
        assert!(pager.is_done());
        assert!(pager.next_request().is_none());
        assert_eq!(pager.delta_link(), Some(delta));
        assert!(matches!(
            pager.read::<Value, _>(&http::Response::new(page_json(None, None))),
            Err(ResponseError::Paging(PagingError::Finished))
        ));
        // The next round starts from the delta link, with the same headers.
        let round = Pager::from_link(delta, request.headers()).unwrap();
        assert_eq!(round.next_request().unwrap().uri().to_string(), delta);
        assert_eq!(
            round.next_request().unwrap().headers()["prefer"],
            "odata.maxpagesize=2"
        );
    }

    #[test]
    fn pager_refuses_repeats_and_other_origins() {
        let mut pager = Pager::new(&first()).unwrap();
        let first_uri = first().uri().to_string();
        let page: Page<Value> = serde_json::from_str(&page_json(Some(&first_uri), None)).unwrap();
        assert_eq!(
            pager.advance(&page),
            Err(PagingError::RepeatedLink(first_uri))
        );
        let a = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a";
        let b = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=b";
        for (link, ok) in [(a, true), (b, true), (a, false)] {
            let page: Page<Value> = serde_json::from_str(&page_json(Some(link), None)).unwrap();
            assert_eq!(pager.advance(&page).is_ok(), ok, "{link}");
        }
        assert_eq!(pager.next_link(), Some(b));
        for link in [
            "https://evil.example/v1.0/users",
            "http://graph.microsoft.com/v1.0/users",
        ] {
            let page: Page<Value> = serde_json::from_str(&page_json(Some(link), None)).unwrap();
            assert_eq!(
                pager.advance(&page),
                Err(PagingError::OtherOrigin(link.into()))
            );
        }
        let page: Page<Value> = serde_json::from_str(&page_json(Some("/relative"), None)).unwrap();
        assert!(matches!(
            pager.advance(&page),
            Err(PagingError::InvalidLink(_))
        ));
        assert_eq!(
            pager.next_link(),
            Some(b),
            "errors leave the pager where it was"
        );
        // A failed response leaves it where it was too.
        let mut throttled = http::Response::new("");
        *throttled.status_mut() = http::StatusCode::TOO_MANY_REQUESTS;
        assert!(matches!(
            pager.read::<Value, _>(&throttled),
            Err(ResponseError::Throttled(_))
        ));
        assert_eq!(pager.next_link(), Some(b));
    }

    #[test]
    fn cursors_save_and_resume() {
        let mut pager = Pager::new(&first()).unwrap();
        let a = "https://graph.microsoft.com/v1.0/users/delta?$skiptoken=a";
        let page: Page<Value> = serde_json::from_str(&page_json(Some(a), None)).unwrap();
        pager.advance(&page).unwrap();
        let saved = serde_json::to_string(&pager.cursor()).unwrap();
        assert!(!saved.contains("secret"), "{saved}");
        let cursor: Cursor = serde_json::from_str(&saved).unwrap();
        assert_eq!(cursor, pager.cursor());
        assert_eq!(cursor.next_link(), Some(a));
        let mut resumed = Pager::resume(cursor).unwrap();
        assert_eq!(resumed.next_request().unwrap().uri().to_string(), a);
        assert_eq!(
            resumed.next_request().unwrap().headers()[&CONSISTENCY_LEVEL],
            "eventual"
        );
        // It still knows the links it saw.
        assert!(matches!(
            resumed.advance(&page),
            Err(PagingError::RepeatedLink(_))
        ));

        for bad in [
            r#"{"nextLink":1,"deltaLink":null,"headers":[],"origin":"","seen":[]}"#,
            r#"{"nextLink":null,"deltaLink":null,"headers":[["authorization","x"]],"origin":"","seen":[]}"#,
            r#"{"nextLink":"https://other.example/x","deltaLink":null,"headers":[],"origin":"https://graph.microsoft.com","seen":[]}"#,
        ] {
            let resumed = serde_json::from_str::<Cursor>(bad)
                .map_err(|e| e.to_string())
                .and_then(|c| Pager::resume(c).map_err(|e| e.to_string()));
            assert!(resumed.is_err(), "{bad}");
        }
    }

    #[test]
    fn opaque_headers_cannot_be_carried() {
        let mut request = first();
        request
            .headers_mut()
            .insert("prefer", HeaderValue::from_bytes(b"caf\xe9").unwrap());
        assert_eq!(
            Pager::new(&request).unwrap_err(),
            PagingError::OpaqueHeader("prefer".into())
        );
    }
}
