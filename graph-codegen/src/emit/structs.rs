//! The struct of an entity or complex type: its `#[graph(...)]` attribute (addresses,
//! contained navigation, bound operations), its fields, and what it declares beside it (its
//! polymorphic enum, its operations' parameter structs).

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::Writer;
use super::text::{FieldNames, describe, doc_lines, write_attribute};
use crate::csdl::StructuredType;
use crate::plan::{Gate, Plan};

/// The addresses a structured type declares: [`Writer::addresses`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Addresses {
    /// `path = "..."`: its collection (an entity set, or a singleton's contained collection).
    pub path: Option<String>,
    /// `singleton = "..."`: a singleton of the type.
    pub singleton: Option<String>,
}

/// A struct's fields as written, and the names the type's docs list.
#[derive(Default)]
struct Fields {
    /// The field lines.
    text: String,
    /// The fields of properties the CSDL declares `Nullable="false"`.
    not_nullable: Vec<String>,
    /// The fields of navigation properties.
    navigation: Vec<String>,
    /// The property constants the derive declares for the fields: see [`Constant`].
    constants: Vec<Constant>,
}

/// A property constant the derive declares for a field (`ID` for `id`), as a derived type
/// declares it again for itself.
#[derive(Clone)]
struct Constant {
    /// The constant's name: [`graph_entity_names::case::property_constant`] of the field.
    name: String,
    /// The JSON name.
    json: String,
    /// The `#[cfg]` lines of a field under other features than its type's.
    cfg: String,
    /// The short name of the type that declares the property.
    owner: String,
}

/// `a`, `b`, `c`: names as code, for a sentence.
fn code_list(names: &[String]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("`{n}`")).collect();
    quoted.join(", ")
}

/// The unqualified name of a CSDL type (`entity` of `microsoft.graph.entity`).
fn short_name(qualified: &str) -> String {
    qualified.rsplit('.').next().unwrap_or(qualified).to_owned()
}

impl Writer<'_> {
    /// One entity or complex type: its docs (with the lists of its not-nullable and navigation
    /// fields, said once per type rather than on each field), its `#[graph(...)]` attribute and
    /// its fields; then its polymorphic enum and its operations' parameter structs.
    pub fn structured_type(&self, out: &mut String, t: usize, st: &StructuredType) {
        let plan = &self.plan.types[t];
        let gate = self.plan.gate(t);
        let fields = self.fields(t, st, &gate);
        let mut paragraphs: Vec<String> = describe(st.description.as_deref()).into_iter().collect();
        if !fields.not_nullable.is_empty() {
            paragraphs.push(format!(
                "Not nullable (`Nullable=\"false\"`): {}.",
                code_list(&fields.not_nullable)
            ));
        }
        if !fields.navigation.is_empty() {
            paragraphs.push(format!(
                "Navigation properties, read when `$expand`ed, never written (a single value \
                 boxed, a collection a `ThinVec`): {}.",
                code_list(&fields.navigation)
            ));
        }
        for (k, paragraph) in paragraphs.iter().enumerate() {
            if k > 0 {
                out.push_str("///\n");
            }
            doc_lines(out, paragraph, 0);
        }
        self.gated_item(out, &gate, !paragraphs.is_empty());
        out.push_str("#[derive(GraphEntity, Clone, Debug, Default, PartialEq)]\n");
        self.graph_attribute(out, t, st, &gate);
        let _ = writeln!(out, "pub struct {} {{", plan.rust_name);
        out.push_str(&fields.text);
        out.push_str("}\n\n");
        self.inherited_constants(out, t, &fields.constants, &gate);
        self.navigation_off(out, t, st, &gate);
        self.gated_admits(out, t, &gate);

        if let Some(any) = &plan.any_name {
            self.polymorphic(out, t, any, &gate);
        }
        for op in &self.plan.ops_of[t] {
            if let Some(name) = &op.params {
                self.parameters(out, t, op, name, &gate);
            }
        }
    }

    /// The `#[graph(...)]` attribute of a structured type: its base, OData name, addresses,
    /// contained navigation (under `cfg_attr` when its target has other features) and bound
    /// operations.
    fn graph_attribute(&self, out: &mut String, t: usize, st: &StructuredType, gate: &Gate) {
        let plan = &self.plan.types[t];
        let embedded = self.embedded_base(t);
        let keyed = self.plan.keyed(self.doc, t);
        let mut graph = Vec::new();
        if let Some(b) = self.plan.named_base(self.doc, t) {
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
        if crate::plan::BY_PATH.contains(&plan.qualified.as_str()) {
            graph.push("by_path".to_owned());
        }
        // Named by OData name, so under every gate: see `TypePlan::also_reads`.
        for also in &plan.also_reads {
            graph.push(format!("also_reads = \"{also}\""));
        }
        let mut gated = Vec::new();
        for nav in &self.plan.navs_of[t] {
            let target = &self.plan.types[nav.target];
            let mut flags = String::new();
            if nav.single {
                flags.push_str(", single");
            }
            if let Some(flag) = nav.allowed.flag() {
                flags.push_str(", ");
                flags.push_str(flag);
            }
            let (admitted, _) = self.admitted(gate, nav);
            if !nav.admits.is_empty() {
                let names: Vec<String> = admitted
                    .iter()
                    .map(|&x| self.path(x, &self.plan.types[x].rust_name, plan.module))
                    .collect();
                flags.push_str(&format!(", admits({})", names.join(", ")));
            }
            if let Some(capabilities) = nav.capabilities {
                flags.push_str(&format!(", allows({})", capabilities.keywords().join(", ")));
            }
            // Only references are written under it.
            if let Some(binding) = nav
                .binding
                .as_ref()
                .filter(|_| nav.allowed == crate::plan::allowed::Allowed::References)
            {
                flags.push_str(&format!(", binding = \"{binding}\""));
            }
            let item = format!(
                "{}(name = \"{}\", target = {}{flags})",
                if nav.contained {
                    "contains"
                } else {
                    "navigation"
                },
                nav.name,
                self.path(nav.target, &target.rust_name, plan.module),
            );
            let target_gate = self.plan.gate(nav.target);
            if Plan::implies(gate, &target_gate) {
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
    }

    /// The fields of a structured type: its embedded base, the properties of its named base
    /// chain (topmost first) and its own, then the navigation properties the same way, and the
    /// `additional_data` of a type without embedded base.
    fn fields(&self, t: usize, st: &StructuredType, gate: &Gate) -> Fields {
        let plan = &self.plan.types[t];
        let mut fields = Fields::default();
        let mut names = FieldNames::default();
        let embedded = self.embedded_base(t);
        if let Some(b) = embedded {
            let name = names.fresh("base");
            let qualified = &self.plan.types[b].qualified;
            let _ = writeln!(
                fields.text,
                "    /// The inherited properties of `{}`.\n    #[graph(base)]\n    pub {name}: {},",
                qualified.rsplit('.').next().unwrap_or(qualified),
                self.path(b, &self.plan.types[b].rust_name, plan.module)
            );
        }
        let chain = self.named_chain(t);
        // Each declaring type of the chain (topmost first), with its short name when it is a
        // base, then the type itself.
        let owners: Vec<(Option<usize>, &StructuredType)> = chain
            .iter()
            .rev()
            .filter_map(|&b| self.plan.structured(self.doc, b).map(|s| (Some(b), s)))
            .chain(std::iter::once((None, st)))
            .collect();
        let mut seen = BTreeSet::new();
        self.property_fields(t, st, &chain, &owners, &mut seen, &mut names, &mut fields);
        self.navigation_fields(t, gate, &owners, &mut seen, &mut names, &mut fields);
        // Documented once, on `graph_entity::AdditionalData` and in the crate docs.
        if embedded.is_none() {
            let name = names.fresh("additional_data");
            let _ = writeln!(
                fields.text,
                "    #[graph(additional_data)]\n    pub {name}: AdditionalData,"
            );
        }
        fields
    }

    /// The property constants a type with an embedded base declares again for itself, one per
    /// property of its bases at any depth that it does not declare: the derive declares a
    /// type's own (it cannot see its bases'), and with these `Win32LobApp::ID` is a property of
    /// `Win32LobApp`, in one `$select` array with `Win32LobApp::DISPLAY_NAME`.
    fn inherited_constants(&self, out: &mut String, t: usize, own: &[Constant], gate: &Gate) {
        let mut inherited: Vec<Constant> = Vec::new();
        let mut next = self.embedded_base(t);
        while let Some(b) = next {
            if let Some(st) = self.plan.structured(self.doc, b) {
                let base_gate = self.plan.gate(b);
                inherited.extend(self.fields(b, st, &base_gate).constants);
            }
            next = self.embedded_base(b);
        }
        let mut seen: BTreeSet<String> = own.iter().map(|c| c.name.clone()).collect();
        inherited.retain(|c| seen.insert(c.name.clone()));
        if inherited.is_empty() {
            return;
        }
        let name = &self.plan.types[t].rust_name;
        let _ = writeln!(
            out,
            "/// The names of the properties `{name}` inherits, for typed query options."
        );
        self.gated_item(out, gate, true);
        let _ = writeln!(out, "#[allow(dead_code)]\nimpl {name} {{");
        for c in &inherited {
            let _ = writeln!(
                out,
                "    /// The property `{}`, inherited from `{}`.",
                c.json, c.owner
            );
            out.push_str(&c.cfg);
            let _ = writeln!(
                out,
                "    pub const {}: ::graph_entity::Property<Self> = \
                 ::graph_entity::Property::declared(\"{}\");",
                c.name, c.json
            );
        }
        out.push_str("}\n\n");
    }

    /// The types a navigation's `admits(...)` lists (those compiled whenever the navigation
    /// is), and the admitted types under other features, whose `Admits` impls
    /// [`Self::gated_admits`] writes under them (the list may be empty: the navigation then
    /// admits only those, with their features).
    fn admitted(&self, gate: &Gate, nav: &crate::plan::NavPlan) -> (Vec<usize>, Vec<usize>) {
        let target_gate = self.plan.gate(nav.target);
        nav.admits.iter().partition(|&&x| {
            let x_gate = self.plan.gate(x);
            Plan::implies(gate, &x_gate) || Plan::implies(&target_gate, &x_gate)
        })
    }

    /// The `Admits` impls of admitted types under other features than their navigation's
    /// (see [`Self::admitted`]), each under its own and the navigation's.
    fn gated_admits(&self, out: &mut String, t: usize, gate: &Gate) {
        let plan = &self.plan.types[t];
        for nav in &self.plan.navs_of[t] {
            let (_, gated) = self.admitted(gate, nav);
            let marker = graph_entity_names::case::admits_marker(&plan.rust_name, &nav.name);
            for x in gated {
                let cfgs: Vec<String> =
                    [gate.clone(), self.plan.gate(nav.target), self.plan.gate(x)]
                        .iter()
                        .filter_map(|g| self.plan.cfg(g))
                        .collect();
                let _ = writeln!(
                    out,
                    "#[cfg(all({}))]\nimpl ::graph_entity::address::Admits<{}> for {marker} {{}}\n",
                    cfgs.join(", "),
                    self.path(x, &self.plan.types[x].rust_name, plan.module),
                );
            }
        }
    }

    /// For each navigation whose target's area may be off while its type is on: the same step
    /// method under `cfg(not(...))`, which says when called (and only then: its bound names a
    /// lifetime) which crate feature to enable, rather than a bare "no method" error.
    fn navigation_off(&self, out: &mut String, t: usize, st: &StructuredType, gate: &Gate) {
        let keyed = self.plan.keyed(self.doc, t);
        if !st.is_entity || (self.embedded_base(t).is_some() && !keyed) {
            return;
        }
        let plan = &self.plan.types[t];
        // The derive declares the step struct `{Name}Paths` only for a type with item methods
        // (else an alias, which takes no inherent impl): these are there whatever the features.
        let steps_always = self.plan.navs_of[t]
            .iter()
            .any(|nav| Plan::implies(gate, &self.plan.gate(nav.target)))
            || self.plan.ops_of[t].iter().any(|op| !op.collection)
            || crate::plan::BY_PATH.contains(&plan.qualified.as_str());
        if !steps_always {
            return;
        }
        let mut methods = String::new();
        for nav in &self.plan.navs_of[t] {
            let target_gate = self.plan.gate(nav.target);
            if Plan::implies(gate, &target_gate) {
                continue;
            }
            let Some(cfg) = self.plan.cfg(&target_gate) else {
                continue;
            };
            let feature = match &target_gate {
                crate::plan::Gate::Areas(areas) => areas
                    .iter()
                    .next()
                    .map_or("core", |&a| self.plan.areas[a].name.as_str()),
                _ => "core",
            };
            let method = graph_entity_names::case::snake(&nav.name);
            super::text::doc_lines(
                &mut methods,
                &format!(
                    "`{{path}}/{}`, whose target `{}` needs {}: enable it to reach this step.",
                    nav.name,
                    self.plan.types[nav.target].qualified,
                    self.features_text(&target_gate),
                ),
                4,
            );
            let _ = writeln!(
                methods,
                "    #[cfg(not({cfg}))]\n    #[doc(hidden)]\n    pub fn {method}(&self) -> \
                 ::core::convert::Infallible\n    where\n        for<'a> (): \
                 crate::areas::feature_off::{feature}<'a>,\n    \
                 {{\n        unreachable!(\"the bound never holds\")\n    }}"
            );
        }
        if methods.is_empty() {
            return;
        }
        let _ = writeln!(
            out,
            "/// The steps of `{0}` whose targets are in areas that are off.",
            plan.rust_name
        );
        self.gated_item(out, gate, true);
        let _ = writeln!(out, "impl {}Paths {{\n{methods}}}\n", plan.rust_name);
    }

    /// The named bases of a type (`base = "..."`), nearest first.
    fn named_chain(&self, t: usize) -> Vec<usize> {
        let mut chain = Vec::new();
        let mut next = self.plan.named_base(self.doc, t);
        while let Some(b) = next {
            chain.push(b);
            next = self
                .plan
                .structured(self.doc, b)
                .and_then(|s| s.base.as_ref())
                .and_then(|x| self.plan.by_name.get(x).copied());
        }
        chain
    }

    /// The key of a type (the first key of it or its named bases) if graph-entity can hold it,
    /// and whether its field is marked `key`. The derive finds `id` as the key of a type with a
    /// named base; any other key, and the key of a type without base, is marked. graph-entity's
    /// keys are strings and integers: a key of another type is declared as a plain property.
    fn key_field(&self, t: usize, st: &StructuredType, chain: &[usize]) -> (Option<String>, bool) {
        let declaring = || {
            std::iter::once(st).chain(
                chain
                    .iter()
                    .filter_map(|&b| self.plan.structured(self.doc, b)),
            )
        };
        let key: Option<&str> = declaring()
            .find(|s| !s.key.is_empty())
            .and_then(|s| s.key.first().map(String::as_str));
        let key_type = declaring()
            .flat_map(|s| s.properties.iter())
            .find(|p| Some(p.name.as_str()) == key)
            .map(|p| p.ty.name.as_str());
        let key = key
            .filter(|_| key_type.is_none_or(|k| crate::plan::KEY_TYPES.contains(&k)))
            .map(str::to_owned);
        let named = !chain.is_empty();
        let mark = self.embedded_base(t).is_none()
            && self.plan.keyed(self.doc, t)
            && key.is_some()
            && !(named && key.as_deref() == Some("id"));
        (key, mark)
    }

    /// The structural properties' fields.
    #[allow(clippy::too_many_arguments)] // one struct's state, threaded through its parts
    fn property_fields(
        &self,
        t: usize,
        st: &StructuredType,
        chain: &[usize],
        owners: &[(Option<usize>, &StructuredType)],
        seen: &mut BTreeSet<String>,
        names: &mut FieldNames,
        fields: &mut Fields,
    ) {
        let plan = &self.plan.types[t];
        let (key, mark_key) = self.key_field(t, st, chain);
        for &(owner, s) in owners {
            let owner_name = owner.map(|b| short_name(&self.plan.types[b].qualified));
            for p in &s.properties {
                if !seen.insert(p.name.clone()) {
                    continue;
                }
                let boxed = self.boxed(s, &plan.qualified, &p.name);
                let (ty, _) = self.value_type(&p.ty, plan.module, boxed);
                let mut attrs = Vec::new();
                let is_key = key.as_deref() == Some(p.name.as_str());
                if mark_key && is_key {
                    attrs.push("key".to_owned());
                }
                if p.computed {
                    attrs.push("read_only".to_owned());
                }
                if !p.nullable {
                    attrs.push("non_nullable".to_owned());
                }
                let field = names.field(&p.name, &mut attrs);
                // The key is never null: its docs say it is the key.
                if !p.nullable && !is_key {
                    fields.not_nullable.push(field.clone());
                }
                let text = match (&owner_name, is_key) {
                    (Some(o), true) => Some(format!("The key. Inherited from `{o}`.")),
                    (Some(o), false) => Some(describe(p.description.as_deref()).map_or_else(
                        || format!("Inherited from `{o}`."),
                        |d| format!("{d} Inherited from `{o}`."),
                    )),
                    (None, _) => describe(p.description.as_deref()),
                };
                if let Some(text) = text {
                    doc_lines(&mut fields.text, &text, 4);
                }
                if !attrs.is_empty() {
                    let _ = writeln!(fields.text, "    #[graph({})]", attrs.join(", "));
                }
                let _ = writeln!(fields.text, "    pub {field}: Option<{ty}>,");
                fields.constants.push(Constant {
                    name: graph_entity_names::case::property_constant(&field),
                    json: p.name.clone(),
                    cfg: String::new(),
                    owner: owner_name
                        .clone()
                        .unwrap_or_else(|| short_name(&plan.qualified)),
                });
            }
        }
    }

    /// The navigation properties' fields: read only, and, when their target has other features,
    /// under the target's.
    fn navigation_fields(
        &self,
        t: usize,
        gate: &Gate,
        owners: &[(Option<usize>, &StructuredType)],
        seen: &mut BTreeSet<String>,
        names: &mut FieldNames,
        fields: &mut Fields,
    ) {
        let plan = &self.plan.types[t];
        for &(owner, s) in owners {
            for n in &s.navigation {
                if !seen.insert(n.name.clone()) {
                    continue;
                }
                let boxed = self.boxed(s, &plan.qualified, &n.name);
                let (ty, target) = self.navigation_type(&n.ty, plan.module, boxed);
                let mut attrs = vec!["read_only".to_owned()];
                let field = names.field(&n.name, &mut attrs);
                fields.navigation.push(field.clone());
                let field_gate = target
                    .map(|x| self.plan.gate(x))
                    .filter(|g| !Plan::implies(gate, g));
                let mut text: Vec<String> =
                    describe(n.description.as_deref()).into_iter().collect();
                if let Some(o) = owner {
                    text.push(format!(
                        "Inherited from `{}`.",
                        short_name(&self.plan.types[o].qualified)
                    ));
                }
                if let Some(g) = &field_gate {
                    text.push(format!(
                        "Declared with {}; without, an `$expand`ed value is kept in \
                         `additional_data`.",
                        self.features_text(g)
                    ));
                }
                doc_lines(&mut fields.text, &text.join(" "), 4);
                let mut cfg = String::new();
                if let Some(g) = &field_gate {
                    self.gate_attrs(&mut cfg, g, 4);
                }
                fields.text.push_str(&cfg);
                let _ = writeln!(fields.text, "    #[graph({})]", attrs.join(", "));
                let _ = writeln!(fields.text, "    pub {field}: Option<{ty}>,");
                fields.constants.push(Constant {
                    name: graph_entity_names::case::property_constant(&field),
                    json: n.name.clone(),
                    cfg,
                    owner: owner.map_or_else(
                        || short_name(&plan.qualified),
                        |o| short_name(&self.plan.types[o].qualified),
                    ),
                });
            }
        }
    }

    /// Whether the property `name`, declared by `declaring`, is boxed in the type `qualified`.
    fn boxed(&self, declaring: &StructuredType, qualified: &str, name: &str) -> bool {
        let boxed = &self.plan.boxed;
        boxed.contains(&(declaring.qualified(), name.to_owned()))
            || boxed.contains(&(qualified.to_owned(), name.to_owned()))
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
}
