//! Writing the planned declarations as Rust source text (formatted by rustfmt afterwards).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use crate::csdl::{Document, EnumType, StructuredType, TypeRef};
use crate::naming;
use crate::plan::{ENTITY, Gate, Kind, OpPlan, Plan};

/// The widest a doc comment line may be, indentation included.
pub const WIDTH: usize = 100;

/// The doc comment of the field that keeps what a type does not model.
pub const ADDITIONAL_DATA_DOC: &str = "Everything the document holds that the fields above do not: unknown properties, annotations, explicit `null`s and enum members this crate does not know yet.";

/// The Rust type of an `Edm.*` primitive, as written in generated code.
pub fn edm_type(name: &str) -> Option<&'static str> {
    Some(match name {
        "Edm.String" => "String",
        "Edm.Boolean" => "bool",
        "Edm.Byte" => "u8",
        "Edm.SByte" => "i8",
        "Edm.Int16" => "i16",
        "Edm.Int32" => "i32",
        "Edm.Int64" => "edm::Int64",
        "Edm.Single" => "f32",
        "Edm.Double" => "edm::Double",
        "Edm.Decimal" => "edm::Decimal",
        "Edm.Guid" => "edm::Guid",
        "Edm.Binary" => "edm::Binary",
        "Edm.Date" => "edm::Date",
        "Edm.TimeOfDay" => "edm::TimeOfDay",
        "Edm.Duration" => "edm::Duration",
        "Edm.DateTimeOffset" => "edm::DateTimeOffset",
        // Any JSON value: kept as it is.
        "Edm.Stream" => "edm::Stream",
        "Edm.Untyped" | "Edm.PrimitiveType" => "serde_json::Value",
        _ => return None,
    })
}

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

/// A description, ending in a full stop, with "Not nullable." after it when `not_null`.
fn describe(description: Option<&str>, not_null: bool) -> Option<String> {
    let mut text = description.map(sanitize).unwrap_or_default();
    if not_null {
        if !text.is_empty() && !text.ends_with('.') {
            text.push('.');
        }
        if !text.is_empty() {
            text.push(' ');
        }
        text.push_str("Not nullable.");
    }
    (!text.is_empty()).then_some(text)
}

/// The generator's output: relative path → file content (before rustfmt).
pub type Files = BTreeMap<String, String>;

/// The addresses a structured type declares: [`Writer::addresses`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addresses {
    /// `path = "..."`: its collection (an entity set, or a singleton's contained collection).
    pub path: Option<String>,
    /// `singleton = "..."`: a singleton of the type.
    pub singleton: Option<String>,
}

/// What a module writes for one type reference.
pub struct Writer<'a> {
    pub doc: &'a Document,
    pub plan: &'a Plan,
}

impl Writer<'_> {
    /// The path of a type, as written from module `from`.
    fn path(&self, t: usize, name: &str, from: usize) -> String {
        let module = self.plan.types[t].module;
        if module == from {
            name.to_owned()
        } else {
            format!("crate::{}::{name}", self.plan.modules[module].name)
        }
    }

    /// The Rust type a reference to the structured type `t` is written with, from module
    /// `from`: the type itself, or, when it has derived types, the polymorphic enum rooted at
    /// it (its variants are it and its derived types).
    fn structured_name(&self, t: usize, from: usize) -> String {
        let plan = &self.plan.types[t];
        self.path(t, plan.any_name.as_deref().unwrap_or(&plan.rust_name), from)
    }

    /// The Rust type of a property's value (without `Option`), and the gate of the type it
    /// names (if it is a declared type).
    pub fn value_type(&self, ty: &TypeRef, from: usize, boxed: bool) -> (String, Option<usize>) {
        let (inner, target) = if let Some(edm) = edm_type(&ty.name) {
            (edm.to_owned(), None)
        } else if ty.name == ENTITY {
            ("serde_json::Value".to_owned(), None)
        } else if let Some(t) = self.plan.lookup(ty) {
            match self.plan.types[t].kind {
                Kind::Enum(e) => {
                    let name = self.path(t, &self.plan.types[t].rust_name, from);
                    if self.doc.enums[e].flags && !self.doc.enums[e].members.is_empty() {
                        (format!("Flags<{name}>"), Some(t))
                    } else {
                        (name, Some(t))
                    }
                }
                Kind::Structured(_) => {
                    let name = self.structured_name(t, from);
                    let name = if boxed && !ty.collection {
                        format!("Box<{name}>")
                    } else {
                        name
                    };
                    (name, Some(t))
                }
            }
        } else {
            // A type this document does not declare: any JSON value.
            ("serde_json::Value".to_owned(), None)
        };
        if ty.collection {
            (format!("Vec<{inner}>"), target)
        } else {
            (inner, target)
        }
    }

    fn cfg_attr(&self, out: &mut String, gate: &Gate, indent: usize) {
        if let Some(cfg) = self.plan.cfg(gate) {
            let _ = writeln!(out, "{}#[cfg({cfg})]", " ".repeat(indent));
        }
    }

    /// One enum type.
    pub fn enum_type(&self, out: &mut String, t: usize, e: &EnumType) {
        let plan = &self.plan.types[t];
        if let Some(text) = describe(e.description.as_deref(), false) {
            doc_lines(out, &text, 0);
        }
        if e.members.is_empty() {
            // A GraphEnum needs a member: with none, every value is one this build does not
            // know, kept as the string it is.
            if e.description.is_some() {
                out.push_str("///\n");
            }
            let _ = writeln!(
                out,
                "/// The enum type `{}`, which the CSDL declares without members: its values are \
                 kept as strings.",
                plan.qualified
            );
            self.cfg_attr(out, &self.plan.gate(t), 0);
            let _ = writeln!(out, "pub type {} = String;\n", plan.rust_name);
            return;
        }
        self.cfg_attr(out, &self.plan.gate(t), 0);
        out.push_str("#[derive(GraphEnum, Clone, Copy, Debug, PartialEq, Eq, Hash)]\n");
        let _ = writeln!(
            out,
            "#[graph(odata_type = \"{}\"{})]",
            plan.qualified,
            if e.flags { ", flags" } else { "" }
        );
        let _ = writeln!(out, "pub enum {} {{", plan.rust_name);
        let mut used = BTreeSet::new();
        for member in &e.members {
            let base = naming::upper_camel(&member.name);
            let mut variant = base.clone();
            let mut n = 2;
            while !used.insert(variant.clone()) {
                variant = format!("{base}{n}");
                n += 1;
            }
            if let Some(text) = describe(member.description.as_deref(), false) {
                doc_lines(out, &text, 4);
            }
            if naming::lower_camel(&variant) != member.name {
                let _ = writeln!(out, "    #[graph(rename = \"{}\")]", member.name);
            }
            let _ = writeln!(out, "    {variant},");
        }
        out.push_str("}\n\n");
    }

    /// One entity or complex type.
    pub fn structured_type(&self, out: &mut String, t: usize, st: &StructuredType) {
        let plan = &self.plan.types[t];
        let gate = self.plan.gate(t);
        if let Some(text) = describe(st.description.as_deref(), false) {
            doc_lines(out, &text, 0);
        }
        self.cfg_attr(out, &gate, 0);
        out.push_str("#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]\n");
        let named = self.plan.named_base(self.doc, t);
        let embedded = self.embedded_base(t);
        let keyed = self.plan.keyed(self.doc, t);
        let mut graph = Vec::new();
        if let Some(b) = named {
            let (namespace, name) = self.plan.types[b]
                .qualified
                .rsplit_once('.')
                .unwrap_or(("", &self.plan.types[b].qualified));
            graph.push(if namespace == st.namespace {
                format!("base = \"{name}\"")
            } else {
                format!("base = \"{}\"", self.plan.types[b].qualified)
            });
        }
        graph.push(format!("odata_type = \"{}\"", plan.qualified));
        let addresses = self.addresses(t);
        if let Some(path) = &addresses.path {
            graph.push(format!("path = \"{path}\""));
        }
        let keyless = self.plan.keyless(self.doc, t);
        if let Some(singleton) = addresses.singleton.as_ref().filter(|_| !keyless) {
            graph.push(format!("singleton = \"{singleton}\""));
        }
        if keyless {
            graph.push("keyless".to_owned());
            if let Some(singleton) = &addresses.singleton {
                graph.push(format!("singleton = \"{singleton}\""));
            }
        }
        if embedded.is_some() && !keyed {
            graph.push("complex".to_owned());
        }
        if st.is_abstract {
            graph.push("abstract".to_owned());
        }
        // Named by OData name, so under every gate: see `TypePlan::also_reads`.
        for also in &plan.also_reads {
            graph.push(format!("also_reads = \"{also}\""));
        }
        let mut gated = Vec::new();
        for nav in &self.plan.navs_of[t] {
            let target = &self.plan.types[nav.target];
            let item = format!(
                "contains(name = \"{}\", target = {}{})",
                nav.name,
                self.path(nav.target, &target.rust_name, plan.module),
                if nav.single { ", single" } else { "" }
            );
            let target_gate = self.plan.gate(nav.target);
            if Plan::implies(&gate, &target_gate) {
                graph.push(item);
            } else {
                gated.push((target_gate, item));
            }
        }
        for op in &self.plan.ops_of[t] {
            graph.push(self.operation_item(op, plan.module));
        }
        write_attribute(out, "graph", &graph, 0);
        for (g, item) in gated {
            if let Some(cfg) = self.plan.cfg(&g) {
                let _ = writeln!(out, "#[cfg_attr({cfg}, graph({item}))]");
            }
        }
        let _ = writeln!(out, "pub struct {} {{", plan.rust_name);

        let mut fields = FieldNames::default();
        if let Some(b) = embedded {
            let name = fields.fresh("base");
            let qualified = &self.plan.types[b].qualified;
            let _ = writeln!(
                out,
                "    /// The inherited properties of `{}`.\n    #[graph(base)]\n    pub {name}: {},",
                qualified.rsplit('.').next().unwrap_or(qualified),
                self.path(b, &self.plan.types[b].rust_name, plan.module)
            );
        }
        // The properties: those of the named base chain (topmost first), then the type's own.
        let mut chain = Vec::new();
        let mut next = named;
        while let Some(b) = next {
            chain.push(b);
            next = self
                .plan
                .structured(self.doc, b)
                .and_then(|s| s.base.as_ref())
                .and_then(|x| self.plan.by_name.get(x).copied());
        }
        let key: Option<&str> = std::iter::once(st)
            .chain(
                chain
                    .iter()
                    .filter_map(|&b| self.plan.structured(self.doc, b)),
            )
            .find(|s| !s.key.is_empty())
            .and_then(|s| s.key.first().map(String::as_str));
        // The derive finds `id` as the key of a type with a named base; any other key, and the
        // key of a type without base, is marked.
        // graph-entity's keys are strings: a key of another type (`workflowVersion`'s
        // `versionNumber`, an `Edm.Int32`) is declared as a plain property.
        let key_type = std::iter::once(st)
            .chain(
                chain
                    .iter()
                    .filter_map(|&b| self.plan.structured(self.doc, b)),
            )
            .flat_map(|s| s.properties.iter())
            .find(|p| Some(p.name.as_str()) == key)
            .map(|p| p.ty.name.as_str());
        let key = key.filter(|_| key_type.is_none_or(|k| crate::plan::KEY_TYPES.contains(&k)));
        let mark_key =
            embedded.is_none() && keyed && key.is_some() && !(named.is_some() && key == Some("id"));
        let mut seen = BTreeSet::new();
        for (owner, s) in chain
            .iter()
            .rev()
            .filter_map(|&b| self.plan.structured(self.doc, b).map(|s| (Some(b), s)))
            .chain(std::iter::once((None, st)))
        {
            let owner_name = owner.map(|b| {
                self.plan.types[b]
                    .qualified
                    .rsplit('.')
                    .next()
                    .unwrap_or_default()
                    .to_owned()
            });
            for p in &s.properties {
                if !seen.insert(p.name.clone()) {
                    continue;
                }
                let boxed = self.plan.boxed.contains(&(s.qualified(), p.name.clone()))
                    || self
                        .plan
                        .boxed
                        .contains(&(plan.qualified.clone(), p.name.clone()));
                let (ty, _) = self.value_type(&p.ty, plan.module, boxed);
                let mut attrs = Vec::new();
                let is_key = key == Some(p.name.as_str());
                if mark_key && is_key {
                    attrs.push("key".to_owned());
                }
                if p.computed {
                    attrs.push("read_only".to_owned());
                }
                if !p.nullable {
                    attrs.push("non_nullable".to_owned());
                }
                let field = fields.field(&p.name, &mut attrs);
                let text = match (&owner_name, is_key) {
                    (Some(o), true) => Some(format!("The key. Inherited from `{o}`.")),
                    (Some(o), false) => {
                        Some(describe(p.description.as_deref(), !p.nullable).map_or_else(
                            || format!("Inherited from `{o}`."),
                            |d| format!("{d} Inherited from `{o}`."),
                        ))
                    }
                    (None, _) => describe(p.description.as_deref(), !p.nullable),
                };
                if let Some(text) = text {
                    doc_lines(out, &text, 4);
                }
                if !attrs.is_empty() {
                    let _ = writeln!(out, "    #[graph({})]", attrs.join(", "));
                }
                let _ = writeln!(out, "    pub {field}: Option<{ty}>,");
            }
        }
        for (owner, s) in chain
            .iter()
            .rev()
            .filter_map(|&b| self.plan.structured(self.doc, b).map(|s| (Some(b), s)))
            .chain(std::iter::once((None, st)))
        {
            for n in &s.navigation {
                if !seen.insert(n.name.clone()) {
                    continue;
                }
                let boxed = self.plan.boxed.contains(&(s.qualified(), n.name.clone()))
                    || self
                        .plan
                        .boxed
                        .contains(&(plan.qualified.clone(), n.name.clone()));
                let (ty, target) = self.value_type(&n.ty, plan.module, boxed);
                let mut attrs = vec!["read_only".to_owned()];
                let field = fields.field(&n.name, &mut attrs);
                let field_gate = target
                    .map(|x| self.plan.gate(x))
                    .filter(|g| !Plan::implies(&gate, g));
                let mut text = describe(n.description.as_deref(), false).unwrap_or_default();
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str("Navigation property: read when `$expand`ed, never written.");
                if let Some(o) = owner {
                    let q = &self.plan.types[o].qualified;
                    text.push_str(&format!(
                        " Inherited from `{}`.",
                        q.rsplit('.').next().unwrap_or(q)
                    ));
                }
                if let Some(g) = &field_gate {
                    text.push_str(&format!(
                        " Declared with {}; without, an `$expand`ed value is kept in `additional_data`.",
                        self.features_text(g)
                    ));
                }
                doc_lines(out, &text, 4);
                if let Some(g) = &field_gate {
                    self.cfg_attr(out, g, 4);
                }
                let _ = writeln!(out, "    #[graph({})]", attrs.join(", "));
                let _ = writeln!(out, "    pub {field}: Option<{ty}>,");
            }
        }
        let derived = embedded.is_some();
        if !derived {
            let name = fields.fresh("additional_data");
            doc_lines(out, ADDITIONAL_DATA_DOC, 4);
            let _ = writeln!(
                out,
                "    #[graph(additional_data)]\n    pub {name}: AdditionalData,"
            );
        }
        out.push_str("}\n\n");

        if let Some(any) = &plan.any_name {
            self.polymorphic(out, t, any, &gate);
        }
        for op in &self.plan.ops_of[t] {
            if let Some(name) = &op.params {
                self.parameters(out, t, op, name, &gate);
            }
        }
    }

    /// The addresses a structured type declares itself (`path = ...`, `singleton = ...`): a
    /// keyed entity type's entity set (or, without one, the first contained collection of a
    /// singleton that holds it) and singleton, a keyless one's singleton. A derived type (one
    /// with a `#[graph(base)]` field) that declares no `path` is still addressable through its
    /// base's: see [`Self::addressable`].
    pub fn addresses(&self, t: usize) -> Addresses {
        let mut addresses = Addresses::default();
        let Some(st) = self.plan.structured(self.doc, t) else {
            return addresses;
        };
        let qualified = &self.plan.types[t].qualified;
        let mut roots = self.doc.container.iter().filter(|c| &c.ty == qualified);
        let keyless = self.plan.keyless(self.doc, t);
        if self.plan.keyed(self.doc, t) && st.is_entity {
            addresses.path = match roots.clone().find(|c| !c.singleton) {
                Some(set) => Some(format!("/{}", set.name)),
                None => self.singleton_collection(qualified),
            };
        }
        if (self.plan.keyed(self.doc, t) && st.is_entity) || keyless {
            addresses.singleton = roots.find(|c| c.singleton).map(|c| format!("/{}", c.name));
        }
        addresses
    }

    /// Whether the derive makes a structured type `graph_entity::Addressable`: it declares a
    /// `path`, or it embeds (`#[graph(base)]`) a type that is addressable.
    pub fn addressable(&self, t: usize) -> bool {
        self.addresses(t).path.is_some()
            || self.embedded_base(t).is_some_and(|b| self.addressable(b))
    }

    /// The base type a structured type embeds as a `#[graph(base)]` field, if any (a base
    /// named in `base = "..."` is not embedded: see [`Plan::named_base`]).
    pub fn embedded_base(&self, t: usize) -> Option<usize> {
        if self.plan.named_base(self.doc, t).is_some() {
            return None;
        }
        let st = self.plan.structured(self.doc, t)?;
        st.base
            .as_deref()
            .and_then(|b| self.plan.by_name.get(b).copied())
    }

    /// A type without an entity set of its own is addressed, as a collection, at the first
    /// contained collection of a singleton that holds it (`/deviceManagement/exchangeConnectors`),
    /// in container order: the address with no parent key to give.
    fn singleton_collection(&self, qualified: &str) -> Option<String> {
        self.doc
            .container
            .iter()
            .filter(|c| c.singleton)
            .find_map(|c| {
                let &t = self.plan.by_name.get(&c.ty)?;
                let st = self.plan.structured(self.doc, t)?;
                st.navigation
                    .iter()
                    .find(|n| n.contains_target && n.ty.collection && n.ty.name == qualified)
                    .map(|n| format!("/{}/{}", c.name, n.name))
            })
    }

    /// The `action(...)` or `function(...)` item of a bound operation.
    fn operation_item(&self, op: &OpPlan, module: usize) -> String {
        let operation = &self.doc.operations[op.op];
        let returns = self.return_type(operation, module);
        let keyword = if operation.is_function {
            "function"
        } else {
            "action"
        };
        if op.params.is_none() && returns.is_none() && !op.collection && op.method.is_none() {
            return format!("{keyword} = \"{}\"", operation.name);
        }
        let mut parts = vec![format!("name = \"{}\"", operation.name)];
        if let Some(method) = &op.method {
            parts.push(format!("method = \"{method}\""));
        }
        if op.collection {
            parts.push("collection".to_owned());
        }
        if let Some(params) = &op.params {
            parts.push(format!("parameters = {params}"));
        }
        if let Some(returns) = returns {
            parts.push(format!("returns = {returns}"));
        }
        format!("{keyword}({})", parts.join(", "))
    }

    /// The type an operation's response reads as, if it returns anything.
    fn return_type(&self, operation: &crate::csdl::Operation, module: usize) -> Option<String> {
        let (ty, _) = operation.return_type.as_ref()?;
        let target = self.plan.lookup(ty).filter(|_| ty.name != ENTITY);
        let element = TypeRef {
            name: ty.name.clone(),
            collection: false,
        };
        if ty.collection {
            let (inner, _) = self.value_type(&element, module, false);
            let entity = target.is_some_and(|x| {
                self.plan
                    .structured(self.doc, x)
                    .is_some_and(|s| s.is_entity)
                    && self.plan.keyed(self.doc, x)
            });
            return Some(
                if entity && operation.is_function && operation.name == "delta" {
                    format!("Page<DeltaItem<{inner}>>")
                } else if entity && operation.is_function {
                    format!("Page<{inner}>")
                } else {
                    format!("Vec<{inner}>")
                },
            );
        }
        Some(match target.map(|x| (x, self.plan.types[x].kind)) {
            Some((x, Kind::Structured(_))) => self.structured_name(x, module),
            Some((_, Kind::Enum(_))) => {
                let (inner, _) = self.value_type(&element, module, false);
                format!("response::Value<{inner}>")
            }
            None => match ty.name.as_str() {
                "Edm.String" => "String".to_owned(),
                "Edm.Boolean" => "bool".to_owned(),
                "Edm.Int32" => "i32".to_owned(),
                "Edm.Int64" => "i64".to_owned(),
                "Edm.Double" => "f64".to_owned(),
                "Edm.Guid" | "Edm.Date" | "Edm.DateTimeOffset" => {
                    edm_type(&ty.name).unwrap_or("String").to_owned()
                }
                "Edm.Stream" => "response::Media".to_owned(),
                other => format!(
                    "response::Value<{}>",
                    edm_type(other).unwrap_or("serde_json::Value")
                ),
            },
        })
    }

    /// The `#[graph(parameters)]` struct of an operation.
    fn parameters(&self, out: &mut String, t: usize, op: &OpPlan, name: &str, gate: &Gate) {
        let operation = &self.doc.operations[op.op];
        let plan = &self.plan.types[t];
        let binding = plan.qualified.rsplit('.').next().unwrap_or(&plan.qualified);
        let (what, how, wire) = if operation.is_function {
            ("function", "arguments", ", written in its URL")
        } else {
            ("action", "body", "")
        };
        doc_lines(
            out,
            &format!(
                "The {how} of the {what} `{}`, bound to {}`{binding}`{wire}.",
                operation.name,
                if op.collection {
                    "a collection of "
                } else {
                    ""
                }
            ),
            0,
        );
        self.cfg_attr(out, gate, 0);
        self.parameters_struct(out, operation, 1, plan.module, name);
    }

    /// The unbound operations that the entity container imports (`ActionImport`,
    /// `FunctionImport`), as functions of the module of the container's namespace (or, when it
    /// declares no type, of the operation's): one per overload, named as bound operations are
    /// (`naming::derive_snake` of the import's name, `_with_<parameters>` for the overloads
    /// with more parameters), built on `graph_entity::address::unbound_action` and
    /// `unbound_function`, with a `#[graph(parameters)]` struct for their parameters. Returns
    /// the text per module and what is left out, with why.
    pub fn unbound_operations(&self) -> (BTreeMap<usize, String>, Vec<String>) {
        let mut per_module: BTreeMap<usize, String> = BTreeMap::new();
        let mut left_out = Vec::new();
        let module_of = |namespace: &str| {
            self.plan
                .modules
                .iter()
                .position(|m| m.namespace == namespace)
        };
        let mut used_names: BTreeSet<String> = self
            .plan
            .types
            .iter()
            .map(|t| t.rust_name.clone())
            .collect();
        for import in &self.doc.imports {
            let kind = if import.is_function {
                "function"
            } else {
                "action"
            };
            let mut overloads: Vec<&crate::csdl::Operation> = self
                .doc
                .operations
                .iter()
                .filter(|o| {
                    !o.bound
                        && o.is_function == import.is_function
                        && format!("{}.{}", o.namespace, o.name) == import.operation
                })
                .collect();
            overloads.sort_by_key(|o| o.parameters.len());
            let Some(module) = overloads
                .first()
                .and_then(|o| module_of(&import.namespace).or_else(|| module_of(&o.namespace)))
            else {
                left_out.push(format!(
                    "{kind} import {}: its {kind} {} is not declared unbound, or its namespace \
                     has no module",
                    import.name, import.operation
                ));
                continue;
            };
            let snake = naming::derive_snake(&import.name);
            let first: Vec<&str> = overloads[0]
                .parameters
                .iter()
                .map(|p| p.name.as_str())
                .collect();
            let mut methods = BTreeSet::new();
            for (k, operation) in overloads.iter().enumerate() {
                let names: Vec<&str> = operation
                    .parameters
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect();
                let method = if k == 0 {
                    snake.clone()
                } else {
                    let mut extra: Vec<&str> = names
                        .iter()
                        .copied()
                        .filter(|n| !first.contains(n))
                        .collect();
                    if extra.is_empty() {
                        extra = names.clone();
                    }
                    let words: Vec<String> =
                        extra.iter().map(|n| naming::derive_snake(n)).collect();
                    format!("{snake}_with_{}", words.join("_"))
                };
                if let Some(why) = self.unbound_unplannable(operation, &method, &methods) {
                    left_out.push(format!(
                        "{kind} import {} ({}): {why}",
                        import.name,
                        names.join(", ")
                    ));
                    continue;
                }
                methods.insert(method.clone());
                let out = per_module.entry(module).or_default();
                self.unbound_operation(out, import, operation, &method, module, &mut used_names);
            }
        }
        (per_module, left_out)
    }

    /// Why the unbound `operation` cannot be the function `method`: `None` when it can.
    fn unbound_unplannable(
        &self,
        operation: &crate::csdl::Operation,
        method: &str,
        taken: &BTreeSet<String>,
    ) -> Option<&'static str> {
        let non_literal = operation.is_function
            && operation.parameters.iter().any(|p| {
                p.ty.collection
                    || match self.plan.lookup(&p.ty) {
                        Some(x) => match self.plan.types[x].kind {
                            Kind::Enum(e) => {
                                self.doc.enums[e].flags || self.doc.enums[e].members.is_empty()
                            }
                            Kind::Structured(_) => true,
                        },
                        None => !crate::plan::literal_edm(&p.ty.name),
                    }
            });
        if operation.is_function && operation.return_type.is_none() {
            Some("a function without a return type")
        } else if non_literal {
            Some(
                "a parameter has no literal form the declarations write (a collection, a structured \
                 value, a flags enum or an Edm type without one)",
            )
        } else if taken.contains(method) {
            Some("its function name is taken")
        } else {
            None
        }
    }

    /// One unbound operation as the function `method` of `module`, with its parameters struct.
    fn unbound_operation(
        &self,
        out: &mut String,
        import: &crate::csdl::OperationImport,
        operation: &crate::csdl::Operation,
        method: &str,
        module: usize,
        used_names: &mut BTreeSet<String>,
    ) {
        // Compiled when every type it names is.
        let mut cfgs: BTreeSet<String> = BTreeSet::new();
        let named = operation
            .parameters
            .iter()
            .map(|p| &p.ty)
            .chain(operation.return_type.as_ref().map(|(ty, _)| ty));
        for ty in named {
            if let Some(x) = self.plan.lookup(ty) {
                let gate = self.plan.gate(x);
                if let Some(cfg) = self.plan.cfg(&gate) {
                    cfgs.insert(cfg);
                }
            }
        }
        let cfg = match cfgs.len() {
            0 => String::new(),
            1 => format!(
                "#[cfg({})]\n",
                cfgs.iter().next().map_or("", String::as_str)
            ),
            _ => format!(
                "#[cfg(all({}))]\n",
                cfgs.iter().cloned().collect::<Vec<_>>().join(", ")
            ),
        };
        let params = (!operation.parameters.is_empty()).then(|| {
            let base = format!("{}Parameters", naming::upper_camel(method));
            let mut name = base.clone();
            let mut k = 2;
            while used_names.contains(&name) {
                name = format!("{base}{k}");
                k += 1;
            }
            used_names.insert(name.clone());
            name
        });
        let returns = self
            .return_type(operation, module)
            .unwrap_or_else(|| "()".to_owned());
        let function = naming::escape_ident(method.to_owned());
        let name = &import.name;
        let arguments: Vec<&str> = operation
            .parameters
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        let mut docs = if operation.is_function {
            format!(
                "`GET /{name}({})`: the unbound function `{}`, imported by the entity container \
                 as `{name}`{}.",
                arguments.join(","),
                import.operation,
                if params.is_some() {
                    "; its parameters written in the URL as OData literals, percent-encoded"
                } else {
                    ""
                }
            )
        } else {
            format!(
                "`POST /{name}`: the unbound action `{}`, imported by the entity container as \
                 `{name}`{}.",
                import.operation,
                if params.is_some() {
                    "; its parameters are the JSON body"
                } else {
                    ""
                }
            )
        };
        if let Some(text) = describe(operation.description.as_deref(), false) {
            docs = format!("{text}\n\n{docs}");
        }
        if !operation.is_function {
            docs.push_str("\n\n# Errors\n\nWhen the parameters cannot be serialized.");
        }
        for (k, paragraph) in docs.split("\n\n").enumerate() {
            if k > 0 {
                out.push_str("///\n");
            }
            if paragraph.starts_with("# ") {
                let _ = writeln!(out, "/// {paragraph}");
            } else {
                doc_lines(out, paragraph, 0);
            }
        }
        out.push_str(&cfg);
        let call = format!("graph_entity::Call<{returns}>");
        let _ = match (operation.is_function, &params) {
            (true, None) => writeln!(
                out,
                "pub fn {function}() -> {call} {{\n    \
                 graph_entity::address::unbound_function(\"{name}\", &())\n}}\n"
            ),
            (true, Some(p)) => writeln!(
                out,
                "pub fn {function}(parameters: &{p}) -> {call} {{\n    \
                 graph_entity::address::unbound_function(\"{name}\", parameters)\n}}\n"
            ),
            (false, None) => writeln!(
                out,
                "pub fn {function}() -> Result<{call}, graph_entity::serde_json::Error> {{\n    \
                 graph_entity::address::unbound_action::<_, ()>(\"{name}\", None)\n}}\n"
            ),
            (false, Some(p)) => writeln!(
                out,
                "pub fn {function}(parameters: &{p}) -> Result<{call}, graph_entity::serde_json::Error> {{\n    \
                 graph_entity::address::unbound_action(\"{name}\", Some(parameters))\n}}\n"
            ),
        };
        if let Some(p) = &params {
            let what = if operation.is_function {
                "arguments of the function"
            } else {
                "body of the action"
            };
            doc_lines(out, &format!("The {what} `{name}`, unbound."), 0);
            out.push_str(&cfg);
            self.parameters_struct(out, operation, 0, module, p);
        }
    }

    /// The `#[graph(parameters)]` struct `name` of the parameters of `operation` from the
    /// `skip`th on (1 for a bound operation: not its binding parameter), in `module`.
    fn parameters_struct(
        &self,
        out: &mut String,
        operation: &crate::csdl::Operation,
        skip: usize,
        module: usize,
        name: &str,
    ) {
        let mut fields = FieldNames::default();
        let mut lines = String::new();
        let mut eq = true;
        let mut all_optional = true;
        for p in operation.parameters.iter().skip(skip) {
            let (ty, target) = if operation.is_function {
                match p.ty.name.as_str() {
                    "Edm.Int64" => ("i64".to_owned(), None),
                    "Edm.Double" | "Edm.Single" => ("f64".to_owned(), None),
                    _ => self.value_type(&p.ty, module, false),
                }
            } else {
                self.value_type(&p.ty, module, false)
            };
            if ty.contains("f32")
                || ty.contains("f64")
                || target.is_some_and(|x| matches!(self.plan.types[x].kind, Kind::Structured(_)))
            {
                eq = false;
            }
            let mut attrs = Vec::new();
            let field = fields.field(&p.name, &mut attrs);
            if !attrs.is_empty() {
                let _ = writeln!(lines, "    #[graph({})]", attrs.join(", "));
            }
            if !p.nullable && !p.optional {
                all_optional = false;
                let _ = writeln!(lines, "    pub {field}: {ty},");
            } else {
                let _ = writeln!(lines, "    pub {field}: Option<{ty}>,");
            }
        }
        let _ = writeln!(
            out,
            "#[derive(GraphEntity, Clone, Debug, {}PartialEq{})]\n#[graph(parameters)]\npub struct {name} {{\n{lines}}}\n",
            if all_optional { "Default, " } else { "" },
            if eq { ", Eq" } else { "" }
        );
    }

    fn features_text(&self, gate: &Gate) -> String {
        match gate {
            Gate::Always => "every feature".to_owned(),
            Gate::Core => "the feature `core`".to_owned(),
            Gate::Areas(areas) => {
                let names: Vec<String> = areas
                    .iter()
                    .map(|&a| format!("`{}`", self.plan.areas[a].name))
                    .collect();
                if names.len() == 1 {
                    format!("the feature {}", names[0])
                } else {
                    format!("any of the features {}", names.join(", "))
                }
            }
        }
    }

    /// The polymorphic enum rooted at a type with derived types.
    fn polymorphic(&self, out: &mut String, t: usize, any: &str, gate: &Gate) {
        let plan = &self.plan.types[t];
        let text = format!(
            "A `{}`: the type itself or any of its derived types this build declares (a value \
             without `@odata.type` is the type itself); a value of another derived type reads \
             as `{}`, keeping its `@odata.type` and properties.",
            plan.qualified, plan.rust_name
        );
        doc_lines(out, &text, 0);
        self.cfg_attr(out, gate, 0);
        out.push_str("#[derive(GraphPolymorphic, Clone, Debug, PartialEq)]\n");
        let _ = writeln!(out, "pub enum {any} {{");
        let mut used: BTreeSet<String> = BTreeSet::from(["Other".to_owned()]);
        for d in self.plan.descendants(t) {
            let dp = &self.plan.types[d];
            let Kind::Structured(s) = dp.kind else {
                continue;
            };
            if self.doc.structured[s].is_abstract {
                continue;
            }
            let mut variant = dp.rust_name.clone();
            if used.contains(&variant) {
                variant = format!(
                    "{}{}",
                    naming::upper_camel(&self.plan.modules[dp.module].name),
                    dp.rust_name
                );
            }
            let base = variant.clone();
            let mut n = 2;
            while !used.insert(variant.clone()) {
                variant = format!("{base}{n}");
                n += 1;
            }
            let _ = writeln!(out, "    /// `{}`.", dp.qualified);
            let dgate = self.plan.gate(d);
            if !Plan::implies(gate, &dgate) {
                self.cfg_attr(out, &dgate, 4);
            }
            let _ = writeln!(
                out,
                "    {variant}({}),",
                self.path(d, &dp.rust_name, plan.module)
            );
        }
        let _ = writeln!(
            out,
            "    /// `{}` itself, or a type this build does not declare.\n    #[graph(other)]\n    Other({}),",
            plan.qualified, plan.rust_name
        );
        out.push_str("}\n\n");
    }
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
struct FieldNames {
    used: BTreeSet<String>,
}

impl FieldNames {
    fn take(&mut self, name: &str) {
        self.used.insert(name.to_owned());
    }

    fn fresh(&mut self, base: &str) -> String {
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
    fn field(&mut self, json: &str, attrs: &mut Vec<String>) -> String {
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

/// A JSON value of an `Edm.*` type, for the round-trip documents.
pub fn edm_sample(name: &str) -> &'static str {
    match name {
        "Edm.String" => "\"text with \\\"quotes\\\" and é\"",
        "Edm.Boolean" => "true",
        "Edm.Byte" => "7",
        "Edm.SByte" => "-7",
        "Edm.Int16" => "-300",
        "Edm.Int32" => "123456",
        "Edm.Int64" => "9007199254740993",
        "Edm.Single" => "2.5",
        "Edm.Double" => "1.5",
        "Edm.Decimal" => "12.25",
        "Edm.Guid" => "\"0f8fad5b-d9cb-469f-a165-70867728950e\"",
        "Edm.Binary" => "\"AQID\"",
        "Edm.Date" => "\"2024-02-29\"",
        "Edm.TimeOfDay" => "\"12:30:15.5\"",
        "Edm.Duration" => "\"PT1H30M\"",
        "Edm.DateTimeOffset" => "\"2024-02-29T12:30:15.1234567Z\"",
        "Edm.Stream" => "\"c3RyZWFt\"",
        _ => "{\"any\":[\"json\",1,null]}",
    }
}

/// The round-trip documents of the generated crate's test.
impl Writer<'_> {
    /// Every property of a type, its bases' first (the JSON is flat).
    fn all_properties(&self, t: usize) -> Vec<(&crate::csdl::Property, bool)> {
        let mut chain = Vec::new();
        let mut next = Some(t);
        while let Some(x) = next {
            let Some(st) = self.plan.structured(self.doc, x) else {
                break;
            };
            chain.push(st);
            next = st
                .base
                .as_ref()
                .and_then(|b| self.plan.by_name.get(b).copied());
        }
        let mut seen = BTreeSet::new();
        chain
            .iter()
            .rev()
            .flat_map(|st| st.properties.iter())
            .filter(|p| seen.insert(p.name.clone()))
            .map(|p| (p, false))
            .collect()
    }

    /// A JSON document of type `t` from its CSDL shape: a value of every property, every third
    /// one `null`, the first enum property an unknown member, control information and an
    /// unknown property. Nested structured values go two levels deep.
    pub fn sample(&self, t: usize, depth: usize, unknown_member: &mut bool) -> String {
        let mut out = format!("{{\"@odata.type\":\"#{}\"", self.plan.types[t].qualified);
        if depth == 0 {
            out.push_str(",\"@odata.etag\":\"W/\\\"1\\\"\"");
        }
        for (i, (p, _)) in self.all_properties(t).into_iter().enumerate() {
            let value = if i % 3 == 2 {
                "null".to_owned()
            } else {
                self.sample_value(&p.ty, depth, unknown_member)
            };
            let _ = write!(out, ",\"{}\":{value}", p.name);
        }
        out.push_str(",\"propertyAddedLater\":{\"nested\":[1,\"two\",null]}}");
        out
    }

    fn sample_value(&self, ty: &TypeRef, depth: usize, unknown_member: &mut bool) -> String {
        let one = if let Some(x) = self.plan.lookup(ty).filter(|_| ty.name != ENTITY) {
            match self.plan.types[x].kind {
                Kind::Enum(e) => {
                    let e = &self.doc.enums[e];
                    if e.members.is_empty() {
                        "\"anyString\"".to_owned()
                    } else if !*unknown_member && !e.flags {
                        *unknown_member = true;
                        "\"memberAddedLater\"".to_owned()
                    } else if e.flags && e.members.len() > 1 {
                        format!("\"{},{}\"", e.members[0].name, e.members[1].name)
                    } else {
                        format!("\"{}\"", e.members[0].name)
                    }
                }
                Kind::Structured(_) if depth >= 2 => {
                    return if ty.collection {
                        "[]".to_owned()
                    } else {
                        "null".to_owned()
                    };
                }
                Kind::Structured(_) => self.sample(x, depth + 1, unknown_member),
            }
        } else {
            edm_sample(&ty.name).to_owned()
        };
        if ty.collection {
            format!("[{one}]")
        } else {
            one
        }
    }
}

/// The generated crate's round-trip test: every type reads a document made from its CSDL shape
/// and writes it back equal.
pub fn round_trip_test(doc: &Document, plan: &Plan) -> String {
    let writer = Writer { doc, plan };
    let mut out = String::from(
        "//! Generated by graph-codegen: every type reads a document made from its CSDL shape (a \
         value of\n//! every property, every third one `null`, an enum member this build does not \
         know, control\n//! information and an unknown property) and writes it back equal. Each \
         type is checked under\n//! its own features: `cargo test -p graph-resources --all-features` \
         checks them all.\n\n\
         #![allow(unused_imports, dead_code)]\n\n\
         use graph_entity::serde::Serialize;\n\
         use graph_entity::serde::de::DeserializeOwned;\n\
         use graph_entity::serde_json::{self, Value};\n\n\
         /// Reads `json` as `T`, writes it back, and compares the two as JSON values.\n\
         #[track_caller]\n\
         fn round_trip<T: Serialize + DeserializeOwned>(json: &str) {\n\
         \x20   let read: T = serde_json::from_str(json)\n\
         \x20       .unwrap_or_else(|e| panic!(\"{} does not read: {e}\\n{json}\", std::any::type_name::<T>()));\n\
         \x20   let written = serde_json::to_value(&read).unwrap();\n\
         \x20   let expected: Value = serde_json::from_str(json).unwrap();\n\
         \x20   assert_eq!(written, expected, \"{} writes back differently\", std::any::type_name::<T>());\n\
         }\n\n",
    );
    for group in sample_groups(doc, plan, false) {
        let _ = writeln!(out, "#[test]");
        writer.cfg_attr(&mut out, &group.gate, 0);
        let _ = writeln!(out, "fn {}() {{", group.name);
        for sample in group.types {
            if let Some(gate) = &sample.gate {
                writer.cfg_attr(&mut out, gate, 4);
            }
            let _ = writeln!(
                out,
                "    round_trip::<graph_resources::{}::{}>(r##\"{}\"##);",
                group.module, plan.types[sample.t].rust_name, sample.json
            );
        }
        out.push_str("}\n\n");
    }
    out
}

/// The types of one file of the generated crate that a program of all of them reads and
/// writes (the round-trip test, [`crate::downstream`]), with their gates and sample documents.
#[derive(Debug, Clone)]
pub struct SampleGroup {
    /// A function name for the group: `{module}_{file}`.
    pub name: String,
    /// The module's name at the crate root (`graph`).
    pub module: String,
    /// The features under which any of the group's types is compiled.
    pub gate: Gate,
    /// The types, in document order.
    pub types: Vec<SampleType>,
}

/// One type of a [`SampleGroup`].
#[derive(Debug, Clone)]
pub struct SampleType {
    /// Index into [`Plan::types`].
    pub t: usize,
    /// The type's own gate, when the group's does not imply it.
    pub gate: Option<Gate>,
    /// A JSON document of the type ([`Writer::sample`]; for an enum, its first member).
    pub json: String,
}

/// Per file of the generated crate, the structured types of the round-trip test (all but
/// `microsoft.graph.entity`) and, with `enums`, the enum types that have members. Groups with
/// no such type are left out, so that no gated function is empty.
pub fn sample_groups(doc: &Document, plan: &Plan, enums: bool) -> Vec<SampleGroup> {
    let writer = Writer { doc, plan };
    let mut groups = Vec::new();
    for ((module, group), types) in plan.files() {
        let checks: Vec<usize> = types
            .into_iter()
            .filter(|&t| plan.types[t].qualified != ENTITY)
            .filter(|&t| match plan.types[t].kind {
                Kind::Structured(_) => true,
                Kind::Enum(e) => enums && !doc.enums[e].members.is_empty(),
            })
            .collect();
        if checks.is_empty() {
            continue;
        }
        let module_name = &plan.modules[module].name;
        // The group exists under the features of its types, so that no build runs it empty.
        let gate = union_gate(plan, &checks);
        let types = checks
            .into_iter()
            .map(|t| {
                let json = match plan.types[t].kind {
                    Kind::Structured(_) => writer.sample(t, 0, &mut false),
                    Kind::Enum(e) => format!("\"{}\"", doc.enums[e].members[0].name),
                };
                let own = plan.gate(t);
                let gate = (!Plan::implies(&gate, &own)).then_some(own);
                SampleType { t, gate, json }
            })
            .collect();
        groups.push(SampleGroup {
            name: format!("{module_name}_{}", file_module(&group)),
            module: module_name.clone(),
            gate,
            types,
        });
    }
    groups
}

/// The generated crate's conformance test: every entity, complex and enum type checked against
/// the CSDL it was generated from (`graph_codegen::conformance`, complete mode).
pub fn conformance_test(doc: &Document, plan: &Plan) -> String {
    let writer = Writer { doc, plan };
    let mut out = String::from(
        "//! Generated by graph-codegen: every entity, complex and enum type conforms to the v1.0 \
         CSDL it was\n//! generated from (`graph_codegen::conformance`, every property of each \
         type). Each type is checked\n//! under its own features: `cargo test -p graph-resources \
         --all-features` checks them all.\n\n\
         #![allow(unused_imports, dead_code)]\n\n\
         use std::sync::OnceLock;\n\n\
         use graph_codegen::Document;\n\
         use graph_codegen::conformance::{Csdl, Mode, check_enum, check_type};\n\
         use graph_entity::schema::{Described, enum_schema};\n\n\
         fn csdl() -> &'static Document {\n\
         \x20   static DOC: OnceLock<Document> = OnceLock::new();\n\
         \x20   DOC.get_or_init(|| {\n\
         \x20       let path = graph_codegen::V1_CSDL;\n\
         \x20       let xml = std::fs::read_to_string(path).unwrap_or_else(|e| panic!(\"{path}: {e}\"));\n\
         \x20       Document::parse(&xml).unwrap()\n\
         \x20   })\n\
         }\n\n",
    );
    for ((module, group), types) in plan.files() {
        let checks: Vec<usize> = types
            .into_iter()
            .filter(|&t| plan.types[t].qualified != ENTITY)
            .filter(|&t| match plan.types[t].kind {
                Kind::Enum(e) => !doc.enums[e].members.is_empty(),
                Kind::Structured(_) => true,
            })
            .collect();
        if checks.is_empty() {
            continue;
        }
        let module_name = &plan.modules[module].name;
        let gate = union_gate(plan, &checks);
        let _ = writeln!(out, "#[test]");
        writer.cfg_attr(&mut out, &gate, 0);
        let _ = writeln!(
            out,
            "fn {module_name}_{}() {{\n    let csdl = Csdl::new(csdl());\n    let mut differences: Vec<String> = Vec::new();",
            file_module(&group)
        );
        for t in checks {
            if !Plan::implies(&gate, &plan.gate(t)) {
                writer.cfg_attr(&mut out, &plan.gate(t), 4);
            }
            let path = format!(
                "graph_resources::{module_name}::{}",
                plan.types[t].rust_name
            );
            let _ = match plan.types[t].kind {
                Kind::Enum(_) => writeln!(
                    out,
                    "    differences.extend(check_enum(&csdl, &enum_schema::<{path}>()));"
                ),
                Kind::Structured(_) => writeln!(
                    out,
                    "    differences.extend(check_type(&csdl, &<{path} as Described>::schema(), Mode::Complete));"
                ),
            };
        }
        out.push_str(
            "    assert!(differences.is_empty(), \"{}\", differences.join(\"\\n\"));\n}\n\n",
        );
    }
    out
}

/// The gate under which any of `types` is compiled.
fn union_gate(plan: &Plan, types: &[usize]) -> Gate {
    let gates: Vec<Gate> = types.iter().map(|&t| plan.gate(t)).collect();
    if gates.contains(&Gate::Always) {
        Gate::Always
    } else if gates.contains(&Gate::Core) {
        Gate::Core
    } else {
        Gate::Areas(
            gates
                .iter()
                .flat_map(|g| match g {
                    Gate::Areas(a) => a.iter().copied().collect::<Vec<_>>(),
                    _ => Vec::new(),
                })
                .collect(),
        )
    }
}

/// The module file name of a file group (`core` is a file `shared.rs`).
pub fn file_module(group: &str) -> String {
    if group == "core" {
        "shared".to_owned()
    } else {
        group.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edm_types_map_to_the_runtimes_types() {
        for (edm, rust) in [
            ("Edm.String", "String"),
            ("Edm.Boolean", "bool"),
            ("Edm.Int32", "i32"),
            ("Edm.Int64", "edm::Int64"),
            ("Edm.Double", "edm::Double"),
            ("Edm.Single", "f32"),
            ("Edm.Decimal", "edm::Decimal"),
            ("Edm.Guid", "edm::Guid"),
            ("Edm.DateTimeOffset", "edm::DateTimeOffset"),
            ("Edm.Duration", "edm::Duration"),
            ("Edm.Untyped", "serde_json::Value"),
            ("Edm.Stream", "edm::Stream"),
        ] {
            assert_eq!(edm_type(edm), Some(rust), "{edm}");
        }
        assert_eq!(edm_type("Edm.Geography"), None);
    }

    #[test]
    fn property_types_wrap_collections_flags_and_the_enums_of_types_with_derived_types() {
        let doc = Document::parse(include_str!("../tests/fixtures/small.xml")).unwrap();
        let plan = Plan::new(&doc);
        let writer = Writer {
            doc: &doc,
            plan: &plan,
        };
        let graph = plan.types[plan.by_name["microsoft.graph.widget"]].module;
        let ty = |name: &str, collection: bool| TypeRef {
            name: name.to_owned(),
            collection,
        };
        let of = |name: &str, collection: bool, from: usize| {
            writer.value_type(&ty(name, collection), from, false).0
        };
        assert_eq!(of("Edm.String", true, graph), "Vec<String>");
        assert_eq!(
            of("microsoft.graph.weekdays", false, graph),
            "Flags<Weekdays>"
        );
        assert_eq!(of("microsoft.graph.empty", false, graph), "Empty");
        // A type with derived types is read through the enum rooted at it; a derived type
        // without derived types of its own is itself, not its root's enum.
        assert_eq!(of("microsoft.graph.gear", false, graph), "Gear");
        assert_eq!(of("microsoft.graph.part", false, graph), "AnyPart");
        assert_eq!(of("microsoft.graph.shape", true, graph), "Vec<AnyShape>");
        assert_eq!(of("microsoft.graph.widget", false, graph), "Widget");
        // `person`'s one derived type, `robot`, declares nothing: `person` is itself, and reads
        // robots (`also_reads`); `part`'s `gear` declares `teeth`, so `part` has its enum.
        assert_eq!(of("microsoft.graph.person", false, graph), "Person");
        let person = &plan.types[plan.by_name["microsoft.graph.person"]];
        assert_eq!(person.any_name, None);
        assert_eq!(person.also_reads, ["microsoft.graph.robot"]);
        assert!(
            plan.types[plan.by_name["microsoft.graph.part"]]
                .also_reads
                .is_empty()
        );
        assert_eq!(
            of("microsoft.graph.entity", false, graph),
            "serde_json::Value"
        );
        let records = plan.types[plan.by_name["microsoft.graph.callRecords.widget"]].module;
        assert_eq!(
            of("microsoft.graph.colour", false, records),
            "crate::graph::Colour"
        );
        assert_eq!(
            writer
                .value_type(&ty("microsoft.graph.part", false), graph, true)
                .0,
            "Box<AnyPart>"
        );
    }

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
        assert_eq!(
            describe(Some("Last sync"), true).as_deref(),
            Some("Last sync. Not nullable.")
        );
        assert_eq!(describe(None, true).as_deref(), Some("Not nullable."));
        assert_eq!(describe(None, false), None);
    }
}
