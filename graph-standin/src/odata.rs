//! Reading OData URLs: path segments (with parenthesized keys and function calls), literals and
//! `$filter` expressions.

use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

/// One segment of a resource path, decoded.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Segment {
    /// A name or a key.
    Name(String),
    /// `name(...)`: a function call with its parameters.
    Call(String, Map<String, Value>),
}

/// Percent-decodes `text`; `None` when the bytes are not UTF-8.
pub(crate) fn decode(text: &str) -> Option<String> {
    percent_decode_str(text)
        .decode_utf8()
        .ok()
        .map(|text| text.into_owned())
}

/// Splits a raw (percent-encoded) path into segments. A segment `name('key')` becomes the two
/// segments `name` and `key` unless `name` is in `functions`; `name(a=1,b='x')` and `name()`
/// of a function become [`Segment::Call`].
pub(crate) fn segments(
    raw: &str,
    is_function: impl Fn(&str) -> bool,
) -> Result<Vec<Segment>, String> {
    let mut out = Vec::new();
    for part in raw.split('/').filter(|part| !part.is_empty()) {
        match part.find('(') {
            Some(open) if part.ends_with(')') => {
                let name = decode(&part[..open]).ok_or("a segment is not UTF-8")?;
                let inner = decode(&part[open + 1..part.len() - 1]).ok_or("a key is not UTF-8")?;
                if is_function(&name) {
                    out.push(Segment::Call(name, parameters(&inner)?));
                } else {
                    let key = match read_literal(&inner)? {
                        (Value::String(key), "") => key,
                        _ => return Err(format!("`{inner}` is not a key in parentheses ('...')")),
                    };
                    if !name.is_empty() {
                        out.push(Segment::Name(name));
                    }
                    out.push(Segment::Name(key));
                }
            }
            _ => out.push(Segment::Name(decode(part).ok_or("a segment is not UTF-8")?)),
        }
    }
    Ok(out)
}

/// `a=1,b='x,y'` as parameters.
fn parameters(mut text: &str) -> Result<Map<String, Value>, String> {
    let mut map = Map::new();
    loop {
        text = text.trim_start();
        if text.is_empty() {
            return Ok(map);
        }
        let eq = text
            .find('=')
            .ok_or_else(|| format!("a function parameter without `=` in `{text}`"))?;
        let name = text[..eq].trim().to_owned();
        let (value, rest) = read_literal(text[eq + 1..].trim_start())?;
        map.insert(name, value);
        let rest = rest.trim_start();
        text = match rest.strip_prefix(',') {
            Some(rest) => rest,
            None if rest.is_empty() => rest,
            None => return Err(format!("unexpected `{rest}` after a function parameter")),
        };
    }
}

/// Reads one literal at the start of `text`: `'string'` (with `''` for `'`), a qualified enum
/// member `ns.type'member'` (as its member string), a number, `true`, `false`, `null`, or a
/// bare GUID or date (as a string). Returns it and the rest.
pub(crate) fn read_literal(text: &str) -> Result<(Value, &str), String> {
    if let Some(rest) = text.strip_prefix('\'') {
        return read_string(rest);
    }
    let end = text
        .find(|c: char| c.is_whitespace() || c == ',' || c == ')' || c == '\'')
        .unwrap_or(text.len());
    let (word, rest) = text.split_at(end);
    if let Some(after) = rest.strip_prefix('\'') {
        // `microsoft.graph.type'member'`
        if !word.is_empty() && word.contains('.') {
            return read_string(after);
        }
    }
    let value = match word {
        "" => return Err(format!("a literal was expected at `{text}`")),
        "null" => Value::Null,
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => match serde_json::from_str::<serde_json::Number>(word) {
            Ok(number) => Value::Number(number),
            Err(_) => Value::String(word.to_owned()),
        },
    };
    Ok((value, rest))
}

fn read_string(text: &str) -> Result<(Value, &str), String> {
    let mut out = String::new();
    let mut rest = text;
    loop {
        let quote = rest
            .find('\'')
            .ok_or_else(|| "a string literal has no closing `'`".to_owned())?;
        out.push_str(&rest[..quote]);
        rest = &rest[quote + 1..];
        match rest.strip_prefix('\'') {
            Some(after) => {
                out.push('\'');
                rest = after;
            }
            None => return Ok((Value::String(out), rest)),
        }
    }
}

/// A `$filter` expression: comparisons joined by `and` and `or` (`and` binding tighter),
/// optionally in parentheses, and `not`.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Filter {
    Compare {
        path: Vec<String>,
        op: Op,
        value: Value,
    },
    And(Box<Filter>, Box<Filter>),
    Or(Box<Filter>, Box<Filter>),
    Not(Box<Filter>),
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
}

impl Filter {
    /// Parses a (decoded) `$filter` value.
    pub(crate) fn parse(text: &str) -> Result<Filter, String> {
        let (filter, rest) = parse_or(text)?;
        if rest.trim().is_empty() {
            Ok(filter)
        } else {
            Err(format!("unexpected `{}` in $filter", rest.trim()))
        }
    }

    /// Whether `item` matches.
    pub(crate) fn matches(&self, item: &Map<String, Value>) -> bool {
        match self {
            Filter::And(a, b) => a.matches(item) && b.matches(item),
            Filter::Or(a, b) => a.matches(item) || b.matches(item),
            Filter::Not(a) => !a.matches(item),
            Filter::Compare { path, op, value } => {
                let mut current = item.get(&path[0]);
                for name in &path[1..] {
                    current = current.and_then(|value| value.get(name));
                }
                let actual = current.unwrap_or(&Value::Null);
                compare(actual, *op, value)
            }
        }
    }
}

fn compare(actual: &Value, op: Op, literal: &Value) -> bool {
    use std::cmp::Ordering;
    let ordering = match (actual, literal) {
        (Value::Number(a), Value::Number(b)) => a.as_f64().partial_cmp(&b.as_f64()),
        (Value::String(a), Value::String(b)) => Some(a.cmp(b)),
        (Value::Bool(a), Value::Bool(b)) => Some(a.cmp(b)),
        (Value::Null, Value::Null) => Some(Ordering::Equal),
        _ => None,
    };
    match op {
        Op::Eq => ordering == Some(Ordering::Equal),
        Op::Ne => ordering != Some(Ordering::Equal),
        Op::Gt => ordering == Some(Ordering::Greater),
        Op::Ge => matches!(ordering, Some(Ordering::Greater | Ordering::Equal)),
        Op::Lt => ordering == Some(Ordering::Less),
        Op::Le => matches!(ordering, Some(Ordering::Less | Ordering::Equal)),
    }
}

/// The next word (letters, digits, `_`, `/`, `.`) of `text`, and the rest.
fn word(text: &str) -> (&str, &str) {
    let text = text.trim_start();
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '/' | '.' | '@')))
        .unwrap_or(text.len());
    text.split_at(end)
}

fn parse_or(text: &str) -> Result<(Filter, &str), String> {
    let (mut left, mut rest) = parse_and(text)?;
    loop {
        let (next, after) = word(rest);
        if next != "or" {
            return Ok((left, rest));
        }
        let (right, after) = parse_and(after)?;
        left = Filter::Or(Box::new(left), Box::new(right));
        rest = after;
    }
}

fn parse_and(text: &str) -> Result<(Filter, &str), String> {
    let (mut left, mut rest) = parse_unary(text)?;
    loop {
        let (next, after) = word(rest);
        if next != "and" {
            return Ok((left, rest));
        }
        let (right, after) = parse_unary(after)?;
        left = Filter::And(Box::new(left), Box::new(right));
        rest = after;
    }
}

fn parse_unary(text: &str) -> Result<(Filter, &str), String> {
    let text = text.trim_start();
    if let Some(inner) = text.strip_prefix('(') {
        let (filter, rest) = parse_or(inner)?;
        let rest = rest
            .trim_start()
            .strip_prefix(')')
            .ok_or("a `(` in $filter has no `)`")?;
        return Ok((filter, rest));
    }
    let (first, rest) = word(text);
    if first == "not" {
        let (inner, rest) = parse_unary(rest)?;
        return Ok((Filter::Not(Box::new(inner)), rest));
    }
    if first.is_empty() {
        return Err(format!("a property was expected at `{text}` in $filter"));
    }
    let (op, rest) = word(rest);
    let op = match op {
        "eq" => Op::Eq,
        "ne" => Op::Ne,
        "gt" => Op::Gt,
        "ge" => Op::Ge,
        "lt" => Op::Lt,
        "le" => Op::Le,
        other => {
            return Err(format!(
                "the stand-in's $filter supports eq, ne, gt, ge, lt, le, and, or, not; \
                 not `{first} {other}`"
            ));
        }
    };
    let (value, rest) = read_literal(rest.trim_start())?;
    let path = first.split('/').map(str::to_owned).collect();
    Ok((Filter::Compare { path, op, value }, rest))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn item(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => unreachable!("test items are objects"),
        }
    }

    #[test]
    fn parenthesized_keys_and_calls() {
        let is_function = |name: &str| name == "getThing";
        assert_eq!(
            segments("/a/b('x%27%27y')/c", is_function).unwrap(),
            vec![
                Segment::Name("a".into()),
                Segment::Name("b".into()),
                Segment::Name("x'y".into()),
                Segment::Name("c".into()),
            ]
        );
        assert_eq!(
            segments("/coll('..')", is_function).unwrap(),
            vec![Segment::Name("coll".into()), Segment::Name("..".into())]
        );
        assert_eq!(
            segments("/a%2Fb/getThing(n=3,s='a,b')", is_function).unwrap(),
            vec![
                Segment::Name("a/b".into()),
                Segment::Call("getThing".into(), item(json!({"n": 3, "s": "a,b"}))),
            ]
        );
        assert!(segments("/coll(3)", is_function).is_err());
    }

    #[test]
    fn filters() {
        let user = item(json!({"name": "O'Neil", "age": 40, "kind": "guest", "a": {"b": 1}}));
        for (text, expected) in [
            ("name eq 'O''Neil'", true),
            ("name ne 'O''Neil'", false),
            ("age eq 40 and kind eq 'guest'", true),
            ("age eq 41 or kind eq microsoft.graph.userType'guest'", true),
            ("not (age eq 40)", false),
            ("a/b ge 1", true),
            ("missing eq null", true),
        ] {
            assert_eq!(
                Filter::parse(text).unwrap().matches(&user),
                expected,
                "{text}"
            );
        }
        assert!(Filter::parse("startswith(name,'O')").is_err());
        assert!(Filter::parse("name eq 'open").is_err());
    }
}
