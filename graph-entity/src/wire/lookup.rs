//! [`PropertyLookup`]: a type's property names in buckets by a hash of their length and first
//! and last bytes, built by a `const fn` from its `PROPERTIES`, so that reading a key compares it
//! with the one name (rarely more) that can be it.
//!
//! The derive used to generate a `match` on the names per type, which the optimizer turns into a
//! switch on the length and compares of constants; this table does comparable work without a
//! body per type to compile. Being a provided constant of `Structured` (which builds on this
//! module), it is evaluated only for the types a program reads, never by `cargo check` of a
//! crate that declares thousands.

/// The number of buckets, 2^7 (see [`bucket`]): about twice the properties of a wide Graph type, so that most
/// buckets hold one name or none.
const BUCKETS: usize = 128;
/// The most names a table holds; a type with more is looked up by a scan of its names.
const CAPACITY: usize = 512;
/// A type with this many names or fewer is looked up by a scan: comparing lengths along a short
/// list costs less than the hash and the loads of a bucket (BENCHMARKS.md's property lookup
/// table has a type of each kind).
const SCAN_AT_MOST: usize = 16;

/// A type's property indexes in buckets by [`bucket`].
#[derive(Debug)]
pub struct PropertyLookup {
    /// Where each bucket's indexes start in `order`; the next bucket's start ends them.
    starts: [u16; BUCKETS + 1],
    /// The property indexes, by bucket, and in each bucket in the order of `PROPERTIES`.
    order: [u16; CAPACITY],
    /// Whether `order` holds every name; if not, lookups scan the names.
    bucketed: bool,
}

/// The bucket of `name`: a Fibonacci hash (one multiplication) of its length and its first
/// and last bytes, which the names of one type rarely share all three of.
#[inline]
pub(crate) const fn bucket(name: &[u8]) -> usize {
    let len = name.len();
    let (first, last) = if len == 0 {
        (0, 0)
    } else {
        (name[0], name[len - 1])
    };
    #[allow(clippy::cast_possible_truncation)] // Only the low byte of the length is hashed.
    let key = (len as u8) as u32 | (first as u32) << 8 | (last as u32) << 16;
    // The top 7 bits of the product: `BUCKETS` is 2^7.
    (key.wrapping_mul(0x9e37_79b9) >> 25) as usize
}

/// `a == b` for names, in a `const fn` (where `==` on slices is not available): the
/// compile-time checks of property names use it.
pub(crate) const fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut at = 0;
    while at < a.len() {
        if a[at] != b[at] {
            return false;
        }
        at += 1;
    }
    true
}

impl PropertyLookup {
    /// The table of `properties`, a type's `PROPERTIES`.
    #[must_use]
    pub const fn new(properties: &[&str]) -> Self {
        let mut starts = [0_u16; BUCKETS + 1];
        let mut order = [0_u16; CAPACITY];
        let count = properties.len();
        if count <= SCAN_AT_MOST || count > CAPACITY {
            return Self {
                starts,
                order,
                bucketed: false,
            };
        }
        // A counting sort by bucket: sizes, then starts, then places.
        let mut index = 0;
        while index < count {
            starts[bucket(properties[index].as_bytes()) + 1] += 1;
            index += 1;
        }
        let mut at = 0;
        while at < BUCKETS {
            starts[at + 1] += starts[at];
            at += 1;
        }
        let mut next = starts;
        index = 0;
        while index < count {
            let place = &mut next[bucket(properties[index].as_bytes())];
            #[allow(clippy::cast_possible_truncation)] // `count` is at most `CAPACITY`.
            {
                order[*place as usize] = index as u16;
            }
            *place += 1;
            index += 1;
        }
        Self {
            starts,
            order,
            bucketed: true,
        }
    }

    /// The index of `name` in `properties` (the ones this table was built from): the last
    /// place, if it is listed twice.
    #[inline]
    #[must_use]
    pub fn index(&self, properties: &[&str], name: &str) -> Option<u16> {
        if !self.bucketed {
            let position = properties.iter().rposition(|property| *property == name)?;
            return u16::try_from(position).ok();
        }
        let bucket = bucket(name.as_bytes());
        let (start, end) = (self.starts[bucket], self.starts[bucket + 1]);
        self.order[usize::from(start)..usize::from(end)]
            .iter()
            .rev()
            .copied()
            .find(|&index| properties[usize::from(index)] == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks the lookup's answer for every name, of `properties` and `others`: its last place
    /// in `properties`, or `None`. It checks `properties` as given (scanned if short), and after
    /// enough names of padding to be bucketed.
    fn agrees_with_a_scan(properties: &[&str], others: &[&str]) {
        let padding: Vec<String> = (0..=SCAN_AT_MOST).map(|n| format!("padding{n}")).collect();
        let padded: Vec<&str> = properties
            .iter()
            .copied()
            .chain(padding.iter().map(String::as_str))
            .collect();
        assert!(PropertyLookup::new(&padded).bucketed);
        for properties in [properties, &padded] {
            let lookup = PropertyLookup::new(properties);
            for name in others.iter().chain(properties) {
                let scan = properties
                    .iter()
                    .rposition(|property| property == name)
                    .map(|position| u16::try_from(position).unwrap());
                assert_eq!(lookup.index(properties, name), scan, "{name:?}");
            }
        }
    }

    #[test]
    fn every_name_has_its_last_place_and_others_none() {
        let properties = [
            "id",
            "displayName",
            "description",
            "createdDateTime",
            "lastModifiedDateTime",
            "version",
            "status",
            "size",
            "name",
            "displayName",
            "",
        ];
        let undeclared = [
            "Id",
            "displayname",
            "x",
            "sizes",
            "unknownProperty",
            "é",
            "padding",
        ];
        agrees_with_a_scan(&properties, &undeclared);
        agrees_with_a_scan(&[], &undeclared);
        assert!(!PropertyLookup::new(&properties).bucketed);
    }

    #[test]
    fn names_that_share_a_bucket_are_told_apart() {
        // Same length, first and last bytes: one bucket.
        let properties = ["aXb", "id", "aYb", "aZb", "aYb"];
        assert_eq!(bucket(b"aXb"), bucket(b"aZb"));
        agrees_with_a_scan(&properties, &["aWb", "ab", "aXbb"]);
        let long = "a".repeat(300);
        let longer = "a".repeat(300 + 256);
        agrees_with_a_scan(&[long.as_str(), "x"], &[longer.as_str()]);
    }

    #[test]
    fn more_names_than_the_table_holds_are_scanned() {
        let owned: Vec<String> = (0..CAPACITY + 3).map(|n| format!("p{n}")).collect();
        let properties: Vec<&str> = owned.iter().map(String::as_str).collect();
        assert!(!PropertyLookup::new(&properties).bucketed);
        let fitting = &properties[..CAPACITY];
        assert!(PropertyLookup::new(fitting).bucketed);
        for properties in [&properties[..], fitting] {
            let lookup = PropertyLookup::new(properties);
            for (place, name) in properties.iter().enumerate() {
                assert_eq!(lookup.index(properties, name), u16::try_from(place).ok());
            }
            for name in ["p", "q1", "p100000"] {
                assert_eq!(lookup.index(properties, name), None);
            }
        }
    }
}
