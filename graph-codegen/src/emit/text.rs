//! Formatting of generated source text: Markdown-safe doc comments wrapped to [`WIDTH`],
//! attributes laid out as rustfmt would, and unique field names.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use crate::naming;

/// The widest a doc comment line may be, indentation included.
pub const WIDTH: usize = 100;

/// Markdown-safe text for a doc comment: `[`, `]`, `<`, `>`, `` ` `` and `\` escaped, URLs
/// made autolinks, whitespace collapsed.
pub fn sanitize(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, word) in text.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        if let Some(at) = word.find("https://").or_else(|| word.find("http://")) {
            let (before, url) = word.split_at(at);
            let end = url
                .trim_end_matches(['.', ',', ';', ':', ')', '\'', '"'])
                .len();
            let (url, after) = url.split_at(end);
            escape_into(&mut out, before);
            if url.contains(['<', '>', '`']) {
                escape_into(&mut out, url);
            } else {
                let _ = write!(out, "<{url}>");
            }
            escape_into(&mut out, after);
        } else {
            escape_into(&mut out, word);
        }
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for ch in text.chars() {
        if matches!(ch, '[' | ']' | '<' | '>' | '`' | '\\' | '*' | '_' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
}

/// Doc comment lines (`/// ...`) for `text`, wrapped to [`WIDTH`] at `indent`.
pub fn doc_lines(out: &mut String, text: &str, indent: usize) {
    let room = WIDTH.saturating_sub(indent + 4).max(20);
    let mut line = String::new();
    let pad = " ".repeat(indent);
    for word in text.split(' ').filter(|w| !w.is_empty()) {
        if !line.is_empty() && line.len() + 1 + word.len() > room {
            let _ = writeln!(out, "{pad}/// {line}");
            line.clear();
        }
        if line.is_empty() {
            // A line may not start a list, a heading or a quote.
            let risky = matches!(word, "-" | "+" | "*" | "#" | "##" | "###")
                || word.starts_with('#')
                || word.starts_with('=')
                || (word.ends_with(['.', ')'])
                    && word.len() > 1
                    && word[..word.len() - 1].chars().all(|c| c.is_ascii_digit()));
            if risky {
                line.push('\\');
            }
        } else {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{pad}/// {line}");
    }
}

/// A description as Markdown-safe text (see [`sanitize`]), if there is one.
pub(super) fn describe(description: Option<&str>) -> Option<String> {
    description.map(sanitize).filter(|text| !text.is_empty())
}

/// Writes `#[name(items)]` on one line if it fits in [`WIDTH`], else one item a line (and an
/// item `word(...)` that does not fit broken the same way), as rustfmt writes attributes; it
/// leaves those it cannot parse (`returns = Vec<T>`) as they are, so this is their only format.
pub fn write_attribute(out: &mut String, name: &str, items: &[String], indent: usize) {
    let pad = " ".repeat(indent);
    let one = format!("{pad}#[{name}({})]", items.join(", "));
    if one.len() <= WIDTH {
        out.push_str(&one);
        out.push('\n');
        return;
    }
    let _ = writeln!(out, "{pad}#[{name}(");
    for (i, item) in items.iter().enumerate() {
        let comma = if i + 1 < items.len() { "," } else { "" };
        let line = format!("{pad}    {item}{comma}");
        match item.split_once('(') {
            Some((word, rest)) if line.len() > WIDTH && rest.ends_with(')') => {
                let _ = writeln!(out, "{pad}    {word}(");
                let inner = split_top_level(&rest[..rest.len() - 1]);
                for (j, part) in inner.iter().enumerate() {
                    let comma = if j + 1 < inner.len() { "," } else { "" };
                    let _ = writeln!(out, "{pad}        {part}{comma}");
                }
                let _ = writeln!(out, "{pad}    ){comma}");
            }
            _ => {
                out.push_str(&line);
                out.push('\n');
            }
        }
    }
    let _ = writeln!(out, "{pad})]");
}

/// `a = X<B, C>, b` → `["a = X<B, C>", "b"]`: splits at the commas outside brackets.
fn split_top_level(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut current = String::new();
    for ch in text.chars() {
        match ch {
            '<' | '(' | '[' => depth += 1,
            '>' | ')' | ']' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(current.trim().to_owned());
                current.clear();
                continue;
            }
            _ => {}
        }
        current.push(ch);
    }
    if !current.trim().is_empty() {
        parts.push(current.trim().to_owned());
    }
    parts
}

/// The field names of one struct, unique.
#[derive(Default)]
pub(super) struct FieldNames {
    used: BTreeSet<String>,
}

impl FieldNames {
    fn take(&mut self, name: &str) {
        self.used.insert(name.to_owned());
    }

    pub(super) fn fresh(&mut self, base: &str) -> String {
        let mut name = base.to_owned();
        let mut n = 2;
        while self.used.contains(&name) {
            name = format!("{base}_{n}");
            n += 1;
        }
        self.used.insert(name.clone());
        name
    }

    /// The field of JSON property `json`, pushing `rename` onto `attrs` when needed.
    pub(super) fn field(&mut self, json: &str, attrs: &mut Vec<String>) -> String {
        let snake = naming::snake_field(json);
        let field = if self.used.contains(&snake) {
            self.fresh(&snake)
        } else {
            self.take(&snake);
            snake
        };
        if !naming::round_trips(&field, json) {
            attrs.push(format!("rename = \"{json}\""));
        }
        field
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn docs_are_markdown_safe_and_wrapped() {
        assert_eq!(
            sanitize("See [this] <b>x_y</b> at https://a.example/b_c. `code`"),
            "See \\[this\\] \\<b\\>x\\_y\\</b\\> at <https://a.example/b_c>. \\`code\\`"
        );
        let mut out = String::new();
        doc_lines(&mut out, &"word ".repeat(40), 4);
        assert!(
            out.lines()
                .all(|l| l.len() <= WIDTH && l.starts_with("    /// "))
        );
        assert_eq!(out.lines().count(), 3);
        let mut out = String::new();
        doc_lines(&mut out, &format!("{} - a list? 1. no", "w".repeat(95)), 0);
        assert!(out.contains("/// \\- a list? 1. no"), "{out}");
        assert_eq!(describe(Some("Last  sync")).as_deref(), Some("Last sync"));
        assert_eq!(describe(Some(" ")), None);
        assert_eq!(describe(None), None);
    }
}
