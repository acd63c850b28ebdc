//! What to generate and where: Rust names, modules, areas (cargo features) and the types each
//! area needs.
//!
//! # Areas
//!
//! An area is a top-level part of the service: one per entity set or singleton of the entity
//! container, named as the container names it (`deviceManagement`, `users`, `security`, ...).
//! Entity sets and singletons of the same entity type are one area, named by the first (`me`
//! joins `users`).
//!
//! Each entity type is *owned* by one area: the area whose entity set or singleton reaches it
//! first (breadth-first, all areas a level at a time, in container order) through contained
//! navigation properties (`ContainsTarget="true"`) or as a type derived from one it owns. An
//! entity type no area reaches is owned by the area of its nearest owned base type, else by
//! the area `other`.
//!
//! An area *needs* the types it owns and, transitively, what they structurally need: their base
//! types, and the complex and enum types of their structural properties. Navigation properties
//! and derived types are not followed: a navigation property whose target is not compiled has
//! no field (its `$expand`ed value is kept in `additional_data`), and a value of a derived type
//! that is not compiled reads as its base type. A type is compiled when any area that needs it
//! is enabled. Types that at least [`CORE_THRESHOLD`] areas need make up the feature `core`,
//! which every area enables (what these types need is needed by the same areas, so `core` is
//! closed).

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use crate::csdl::{Document, TypeRef};
use crate::naming;

/// Types needed by at least this many areas go to the feature `core`.
pub const CORE_THRESHOLD: usize = 6;

/// The universal base entity type, whose key `id` derived types declare themselves
/// (`base = "entity"`).
pub const ENTITY: &str = "microsoft.graph.entity";

/// Where a type is declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Index into `Document::structured`.
    Structured(usize),
    /// Index into `Document::enums`.
    Enum(usize),
}

/// The cargo features under which an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Gate {
    /// Always (used by every area).
    Always,
    /// The `core` feature.
    Core,
    /// Any of these areas (indices into [`Plan::areas`]).
    Areas(BTreeSet<usize>),
}

/// Everything planned for one CSDL type.
#[derive(Debug, Clone)]
pub struct TypePlan {
    pub kind: Kind,
    pub qualified: String,
    /// Index into [`Plan::modules`].
    pub module: usize,
    /// The Rust type name, unique in its module.
    pub rust_name: String,
    /// For structured types with derived types (in the Rust sense, [`TypePlan::rust_derived`]):
    /// the polymorphic enum rooted at this type, which every reference to it is written with.
    pub any_name: Option<String>,
    /// For a structured type whose every descendant (by the CSDL's `BaseType` chains) declares
    /// no property and no navigation property of its own: those descendants (qualified names,
    /// document order), which it reads as itself (`also_reads`) instead of having an
    /// [`TypePlan::any_name`] enum.
    pub also_reads: Vec<String>,
    /// Direct derived types (qualified names), in document order.
    pub derived: Vec<String>,
    /// Direct derived types that embed this one (`#[graph(base)]`), in document order.
    pub rust_derived: Vec<usize>,
    /// The owning area (entity types), or the first area that needs it.
    pub owner: Option<usize>,
    /// The areas that need this type.
    pub areas: BTreeSet<usize>,
    /// The file group in its module: owner area name, `core`, or `other`.
    pub file: String,
}

/// A namespace's module.
#[derive(Debug, Clone)]
pub struct Module {
    pub namespace: String,
    /// The module's name at the crate root (`graph`, `security`, `call_records`).
    pub name: String,
}

/// An area: one cargo feature.
#[derive(Debug, Clone)]
pub struct Area {
    /// The feature's name: the first entity set's or singleton's name.
    pub name: String,
    /// The entity sets and singletons of the area's root type.
    pub roots: Vec<String>,
    /// The root entity type.
    pub root_type: String,
}

/// The plan for a whole document.
#[derive(Debug, Clone)]
pub struct Plan {
    pub modules: Vec<Module>,
    pub areas: Vec<Area>,
    pub types: Vec<TypePlan>,
    pub by_name: HashMap<String, usize>,
    /// Property edges that must be boxed to keep types finite: (type, property name).
    pub boxed: BTreeSet<(String, String)>,
    /// The bound operations declared on each type (indexed like `types`).
    pub ops_of: Vec<Vec<OpPlan>>,
    /// The contained navigation declared on each type (indexed like `types`).
    pub navs_of: Vec<Vec<NavPlan>>,
    /// Bound operations and contained navigation properties left out, with why.
    pub left_out: Vec<String>,
}

/// A bound action or function, declared on its binding type.
#[derive(Debug, Clone)]
pub struct OpPlan {
    /// Index into `Document::operations`.
    pub op: usize,
    /// Bound to a collection of the type.
    pub collection: bool,
    /// The `#[graph(parameters)]` struct of its parameters, if it has any.
    pub params: Option<String>,
    /// Its method (`method = "..."`), when not the snake_case of its name: an overload
    /// (`delta_with_token`), or a name the address types take (`delete_action`).
    pub method: Option<String>,
}

/// A contained navigation property, declared with `contains(...)`.
#[derive(Debug, Clone)]
pub struct NavPlan {
    pub name: String,
    /// The contained entity type.
    pub target: usize,
    pub single: bool,
}

// Methods of the address types that a navigation or operation may not take: the derive's
// lists, from the crate both use.
use graph_entity_names::reserved::{
    COLLECTION_METHODS as RESERVED_COLLECTION_METHODS, ITEM_METHODS as RESERVED_ITEM_METHODS,
    TYPE_FUNCTIONS as RESERVED_FUNCTIONS,
};

/// The CSDL types of the keys the derive takes: a string, or an integer (written as its digits).
pub const KEY_TYPES: &[&str] = &["Edm.String", "Edm.Int16", "Edm.Int32", "Edm.Int64"];

/// Whether an `Edm.*` type has an OData literal form the runtime writes (a function parameter).
pub fn literal_edm(name: &str) -> bool {
    matches!(
        name,
        "Edm.String"
            | "Edm.Boolean"
            | "Edm.Byte"
            | "Edm.SByte"
            | "Edm.Int16"
            | "Edm.Int32"
            | "Edm.Int64"
            | "Edm.Double"
            | "Edm.Single"
            | "Edm.Guid"
            | "Edm.Date"
            | "Edm.DateTimeOffset"
    )
}

/// The module name of a namespace: `microsoft.graph` → `graph`, `microsoft.graph.callRecords`
/// → `call_records`, `microsoft.graph.partners.billing` → `partners_billing`, `contoso.core` →
/// `contoso_core`.
pub fn namespace_module(namespace: &str) -> String {
    let rest = if namespace == "microsoft.graph" {
        "graph"
    } else {
        namespace
            .strip_prefix("microsoft.graph.")
            .unwrap_or(namespace)
    };
    rest.split('.')
        .map(naming::module_name)
        .map(|m| m.trim_start_matches("r#").trim_end_matches('_').to_owned())
        .collect::<Vec<_>>()
        .join("_")
}

impl Plan {
    pub fn new(doc: &Document) -> Plan {
        // Modules, in schema order.
        let mut modules: Vec<Module> = Vec::new();
        let mut module_of: HashMap<String, usize> = HashMap::new();
        for (namespace, _) in &doc.schemas {
            let has_types = doc.structured.iter().any(|t| &t.namespace == namespace)
                || doc.enums.iter().any(|t| &t.namespace == namespace);
            if has_types && !module_of.contains_key(namespace) {
                module_of.insert(namespace.clone(), modules.len());
                modules.push(Module {
                    namespace: namespace.clone(),
                    name: namespace_module(namespace),
                });
            }
        }

        // Types and names.
        let mut types: Vec<TypePlan> = Vec::new();
        let mut by_name = HashMap::new();
        let mut taken: HashMap<usize, BTreeSet<String>> = HashMap::new();
        let mut push = |kind: Kind, namespace: &str, name: &str, types: &mut Vec<TypePlan>| {
            let module = module_of[namespace];
            let used = taken.entry(module).or_default();
            let base = naming::upper_camel(name);
            let mut rust_name = base.clone();
            let mut n = 2;
            while used.contains(&rust_name) || RESERVED_TYPE_NAMES.contains(&rust_name.as_str()) {
                rust_name = format!("{base}{n}");
                n += 1;
            }
            used.insert(rust_name.clone());
            if matches!(kind, Kind::Structured(_)) {
                used.insert(format!("{rust_name}Patch"));
            }
            let qualified = format!("{namespace}.{name}");
            by_name.insert(qualified.clone(), types.len());
            types.push(TypePlan {
                kind,
                qualified,
                module,
                rust_name,
                any_name: None,
                also_reads: Vec::new(),
                derived: Vec::new(),
                rust_derived: Vec::new(),
                owner: None,
                areas: BTreeSet::new(),
                file: String::new(),
            });
        };
        for (i, e) in doc.enums.iter().enumerate() {
            push(Kind::Enum(i), &e.namespace, &e.name, &mut types);
        }
        for (i, t) in doc.structured.iter().enumerate() {
            push(Kind::Structured(i), &t.namespace, &t.name, &mut types);
        }
        for t in &doc.structured {
            if let Some(base) = &t.base
                && let Some(&b) = by_name.get(base)
            {
                types[b].derived.push(t.qualified());
            }
        }
        let mut plan = Plan {
            modules,
            areas: Vec::new(),
            types,
            by_name,
            boxed: BTreeSet::new(),
            ops_of: Vec::new(),
            navs_of: Vec::new(),
            left_out: Vec::new(),
        };
        // Derived types in the Rust sense: those that embed their base.
        for i in 0..plan.types.len() {
            let derived: Vec<usize> = plan.types[i]
                .derived
                .iter()
                .filter_map(|d| plan.by_name.get(d).copied())
                .filter(|&d| plan.named_base(doc, d).is_none())
                .collect();
            plan.types[i].rust_derived = derived;
        }
        // Polymorphic enum names, after every type name is taken: one per type that has derived
        // types, rooted at it, so that a reference reads the type the CSDL declares. Not for a
        // type whose descendants all declare nothing of their own (`user`, whose one derived
        // type `agentUser` is empty): a value of one holds nothing the type's fields do not, so
        // the type itself reads them (`also_reads`), and no program matches on a variant for
        // nothing.
        for i in 0..plan.types.len() {
            if plan.types[i].rust_derived.is_empty() {
                continue;
            }
            if let Some(also_reads) = plan.empty_descendants(doc, i) {
                // A complex type reads a value of any `@odata.type` already (graph-entity's
                // `Structured::READS_ANY_TYPE`): only an entity type needs the names.
                if plan.structured(doc, i).is_some_and(|st| st.is_entity) {
                    plan.types[i].also_reads = also_reads;
                }
                continue;
            }
            let used = taken.entry(plan.types[i].module).or_default();
            let base = format!("Any{}", plan.types[i].rust_name);
            let mut name = base.clone();
            let mut n = 2;
            while used.contains(&name) {
                name = format!("{base}{n}");
                n += 1;
            }
            used.insert(name.clone());
            plan.types[i].any_name = Some(name);
        }
        plan.plan_operations(doc, &mut taken);
        plan.plan_areas(doc);
        plan.plan_boxes(doc);
        plan
    }

    pub fn structured<'d>(
        &self,
        doc: &'d Document,
        index: usize,
    ) -> Option<&'d crate::csdl::StructuredType> {
        match self.types[index].kind {
            Kind::Structured(s) => doc.structured.get(s),
            Kind::Enum(_) => None,
        }
    }

    /// Whether a structured type or one of its bases declares a key that graph-entity can hold:
    /// a string or an Edm integer ([`KEY_TYPES`]; `workflowVersion`'s key `versionNumber` is an
    /// `Edm.Int32`, its field an `Option<i32>`).
    pub fn keyed(&self, doc: &Document, t: usize) -> bool {
        self.key_type(doc, t)
            .is_some_and(|(_, ty)| ty.is_none_or(|ty| KEY_TYPES.contains(&ty.as_str())))
    }

    /// The key property of a structured type (its own or its bases'), and its CSDL type (`None`
    /// when no type of the chain declares that property).
    pub(crate) fn key_type(&self, doc: &Document, t: usize) -> Option<(String, Option<String>)> {
        let mut chain = Vec::new();
        let mut next = Some(t);
        while let Some(x) = next {
            let Some(st) = self.structured(doc, x) else {
                break;
            };
            chain.push(st);
            next = st.base.as_ref().and_then(|b| self.by_name.get(b)).copied();
        }
        let key = chain.iter().find_map(|st| st.key.first())?;
        let ty = chain
            .iter()
            .flat_map(|st| st.properties.iter())
            .find(|p| &p.name == key)
            .map(|p| {
                if p.ty.collection {
                    format!("Collection({})", p.ty.name)
                } else {
                    p.ty.name.clone()
                }
            });
        Some((key.clone(), ty))
    }

    /// The key property and its CSDL type, when a structured type or one of its bases declares
    /// a key of a type the derive takes no key of (not in [`KEY_TYPES`]): such a type is
    /// declared without key, and what would address it is left out for that reason.
    pub fn unsupported_key(&self, doc: &Document, t: usize) -> Option<(String, String)> {
        match self.key_type(doc, t)? {
            (key, Some(ty)) if !KEY_TYPES.contains(&ty.as_str()) => Some((key, ty)),
            _ => None,
        }
    }

    /// Whether a type is written `#[graph(keyless)]`: a root entity type (no base type) whose
    /// CSDL declares no key (`security`, `reportRoot`, `admin`), and that no type embeds as its
    /// `#[graph(base)]` (the derive takes no keyless base: `workflowBase`'s derived types stay
    /// as they are). It is addressed through its singletons and single-valued contained
    /// navigation, and has its navigation and item-bound operations.
    pub fn keyless(&self, doc: &Document, t: usize) -> bool {
        self.structured(doc, t)
            .is_some_and(|st| st.is_entity && st.base.is_none() && st.key.is_empty())
            && self.types[t].rust_derived.is_empty()
    }

    /// The base a type names as a string (`base = "entity"`) rather than embedding it in a
    /// `#[graph(base)]` field, with the properties it inherits declared on the type itself:
    /// `entity` (whose only property is the key `id`), and a keyless (abstract) entity base of
    /// a type that declares the key (`policyDeletableItem` of `namedLocation`), which the
    /// derive could not take as the base of an entity.
    pub fn named_base(&self, doc: &Document, t: usize) -> Option<usize> {
        let st = self.structured(doc, t)?;
        let &b = self.by_name.get(st.base.as_ref()?)?;
        let keyless_base = st.is_entity && !self.keyed(doc, b) && self.keyed(doc, t);
        (self.types[b].qualified == ENTITY || keyless_base).then_some(b)
    }

    /// Every descendant of the structured type `index` by the CSDL's `BaseType` chains
    /// (qualified names, document order), if each declares no property and no navigation
    /// property of its own; `None` if one does.
    fn empty_descendants(&self, doc: &Document, index: usize) -> Option<Vec<String>> {
        let mut found: Vec<usize> = Vec::new();
        let mut stack: Vec<usize> = vec![index];
        while let Some(t) = stack.pop() {
            for derived in &self.types[t].derived {
                let &d = self.by_name.get(derived)?;
                let st = self.structured(doc, d)?;
                if !st.properties.is_empty() || !st.navigation.is_empty() {
                    return None;
                }
                found.push(d);
                stack.push(d);
            }
        }
        // Structured types are planned in document order.
        found.sort_unstable();
        Some(
            found
                .into_iter()
                .map(|d| self.types[d].qualified.clone())
                .collect(),
        )
    }

    /// Every descendant of a type in the Rust sense (types embedding it, at any depth), depth
    /// first in document order.
    pub fn descendants(&self, index: usize) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.types[index]
            .rust_derived
            .iter()
            .rev()
            .copied()
            .collect();
        while let Some(d) = stack.pop() {
            out.push(d);
            stack.extend(self.types[d].rust_derived.iter().rev().copied());
        }
        out
    }

    fn plan_areas(&mut self, doc: &Document) {
        // One area per root type.
        let mut area_of_root: HashMap<String, usize> = HashMap::new();
        for item in &doc.container {
            if !self.by_name.contains_key(&item.ty) {
                continue;
            }
            match area_of_root.get(&item.ty) {
                Some(&a) => self.areas[a].roots.push(item.name.clone()),
                None => {
                    area_of_root.insert(item.ty.clone(), self.areas.len());
                    self.areas.push(Area {
                        name: item.name.clone(),
                        roots: vec![item.name.clone()],
                        root_type: item.ty.clone(),
                    });
                }
            }
        }
        let entity = self.by_name.get(ENTITY).copied();

        // Ownership: breadth-first over contained navigation and derived types.
        let mut owner: Vec<Option<usize>> = vec![None; self.types.len()];
        let mut queue: VecDeque<usize> = VecDeque::new();
        for (a, area) in self.areas.iter().enumerate() {
            let t = self.by_name[&area.root_type];
            if owner[t].is_none() {
                owner[t] = Some(a);
                queue.push_back(t);
            }
        }
        while let Some(t) = queue.pop_front() {
            let a = owner[t];
            let mut next: Vec<usize> = Vec::new();
            if let Some(st) = self.structured(doc, t) {
                for nav in st.navigation.iter().filter(|n| n.contains_target) {
                    if let Some(&target) = self.by_name.get(&nav.ty.name) {
                        next.push(target);
                    }
                }
            }
            if Some(t) != entity {
                next.extend(
                    self.types[t]
                        .derived
                        .iter()
                        .filter_map(|d| self.by_name.get(d).copied()),
                );
            }
            for n in next {
                if owner[n].is_none() && Some(n) != entity {
                    owner[n] = a;
                    queue.push_back(n);
                }
            }
        }
        // Unreached entity types: the area of the nearest owned base, else `other`.
        let other = self.areas.len();
        let mut needs_other = false;
        for t in 0..self.types.len() {
            let Some(st) = self.structured(doc, t) else {
                continue;
            };
            if !st.is_entity || owner[t].is_some() {
                continue;
            }
            let mut base = st.base.clone();
            let mut found = None;
            while let Some(b) = base {
                let Some(&bi) = self.by_name.get(&b) else {
                    break;
                };
                if let Some(a) = owner[bi] {
                    found = Some(a);
                    break;
                }
                base = self.structured(doc, bi).and_then(|s| s.base.clone());
            }
            owner[t] = Some(found.unwrap_or_else(|| {
                needs_other = true;
                other
            }));
        }

        // Needs: closure over bases and structural property types.
        let count = self.areas.len() + usize::from(needs_other);
        let mut areas_of: Vec<BTreeSet<usize>> = vec![BTreeSet::new(); self.types.len()];
        for a in 0..count {
            let mut stack: Vec<usize> = (0..self.types.len())
                .filter(|&t| owner[t] == Some(a))
                .collect();
            while let Some(t) = stack.pop() {
                if !areas_of[t].insert(a) {
                    continue;
                }
                stack.extend(self.structural_needs(doc, t));
            }
        }
        // Derived types no area needs: with their base type's areas (and what they need), so
        // that a value of one reads as its own type wherever its base is compiled.
        let mut changed = true;
        while changed {
            changed = false;
            for t in 0..self.types.len() {
                if !areas_of[t].is_empty() {
                    continue;
                }
                let Some(st) = self.structured(doc, t) else {
                    continue;
                };
                let Some(&b) = st.base.as_ref().and_then(|b| self.by_name.get(b)) else {
                    continue;
                };
                if Some(b) == entity || areas_of[b].is_empty() {
                    continue;
                }
                for a in areas_of[b].clone() {
                    let mut stack = vec![t];
                    while let Some(x) = stack.pop() {
                        if areas_of[x].insert(a) {
                            stack.extend(self.structural_needs(doc, x));
                        }
                    }
                }
                changed = true;
            }
        }
        // Types no area needs (complex and enum types used by nothing, or by operations only),
        // with what they need.
        let mut stack: Vec<usize> = (0..self.types.len())
            .filter(|&t| areas_of[t].is_empty())
            .collect();
        needs_other |= !stack.is_empty();
        while let Some(t) = stack.pop() {
            if areas_of[t].insert(other) {
                stack.extend(self.structural_needs(doc, t));
            }
        }
        if needs_other {
            self.areas.push(Area {
                name: "other".to_owned(),
                roots: Vec::new(),
                root_type: String::new(),
            });
        }
        for t in 0..self.types.len() {
            let areas = std::mem::take(&mut areas_of[t]);
            let first = owner[t].or_else(|| areas.iter().next().copied());
            self.types[t].owner = first;
            self.types[t].file = if areas.len() >= CORE_THRESHOLD.min(self.areas.len().max(2)) {
                "core".to_owned()
            } else {
                first.map_or_else(
                    || "other".to_owned(),
                    |a| naming::module_name(&self.areas[a].name),
                )
            };
            self.types[t].areas = areas;
        }
    }

    /// The types a type needs to compile: its base, and the types of its structural
    /// properties.
    pub fn structural_needs(&self, doc: &Document, t: usize) -> Vec<usize> {
        let Some(st) = self.structured(doc, t) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        if let Some(base) = &st.base
            && let Some(&b) = self.by_name.get(base)
        {
            out.push(b);
        }
        for p in &st.properties {
            if let Some(&x) = self.by_name.get(&p.ty.name) {
                out.push(x);
            }
        }
        // The operations bound to it: their parameter and return types.
        for op in self.ops_of.get(t).into_iter().flatten() {
            let operation = &doc.operations[op.op];
            let types = operation
                .parameters
                .iter()
                .skip(1)
                .map(|p| &p.ty)
                .chain(operation.return_type.as_ref().map(|(ty, _)| ty));
            for ty in types {
                if let Some(&x) = self.by_name.get(&ty.name) {
                    out.push(x);
                }
            }
        }
        out
    }

    /// Which bound operations and contained navigation properties each type declares, and the
    /// names of the parameter structs.
    fn plan_operations(&mut self, doc: &Document, taken: &mut HashMap<usize, BTreeSet<String>>) {
        let n = self.types.len();
        self.ops_of = vec![Vec::new(); n];
        self.navs_of = vec![Vec::new(); n];
        // Item methods taken per type: navigation first, then item-bound operations.
        let mut methods: Vec<BTreeSet<String>> = vec![BTreeSet::new(); n];
        for (t, taken_methods) in methods.iter_mut().enumerate() {
            let Some(st) = self.structured(doc, t) else {
                continue;
            };
            if !st.is_entity {
                continue;
            }
            if !self.keyed(doc, t) && !self.keyless(doc, t) {
                for item in doc.container.iter().filter(|c| c.ty == st.qualified()) {
                    self.left_out.push(format!(
                        "{} /{} of {}: its type has no key (the derive addresses keyed entity types)",
                        if item.singleton { "singleton" } else { "entity set" },
                        item.name,
                        st.qualified()
                    ));
                }
                for nav in st.navigation.iter().filter(|n| n.contains_target) {
                    self.left_out.push(format!(
                        "navigation {}/{}: its type has no key",
                        st.qualified(),
                        nav.name
                    ));
                }
                continue;
            }
            for nav in st.navigation.iter().filter(|n| n.contains_target) {
                let method = naming::derive_snake(&nav.name);
                let target = self.by_name.get(&nav.ty.name).copied();
                let why = match target {
                    None => Some("its target is not declared".to_owned()),
                    // A keyless target is reached only single-valued: a collection would need keys.
                    Some(x)
                        if !(self.keyed(doc, x)
                            || (self.keyless(doc, x) && !nav.ty.collection)) =>
                    {
                        Some(match self.unsupported_key(doc, x) {
                            Some((key, ty)) => format!(
                                "its target's key `{key}` is an `{ty}`, and the derive takes \
                                 string and integer keys only (the target is declared as a \
                                 complex type, without key)"
                            ),
                            None => "its target has no key".to_owned(),
                        })
                    }
                    Some(_) if RESERVED_ITEM_METHODS.contains(&method.as_str()) => {
                        Some("its method would be hidden by an `ItemPath` method".to_owned())
                    }
                    Some(_) if !valid_method(&method) => {
                        Some("it cannot name a Rust method".to_owned())
                    }
                    Some(_) if taken_methods.contains(&method) => {
                        Some("its method is taken".to_owned())
                    }
                    Some(_) => None,
                };
                match (why, target) {
                    (None, Some(target)) => {
                        taken_methods.insert(method);
                        self.navs_of[t].push(NavPlan {
                            name: nav.name.clone(),
                            target,
                            single: !nav.ty.collection,
                        });
                    }
                    (why, _) => self.left_out.push(format!(
                        "navigation {}/{}: {}",
                        st.qualified(),
                        nav.name,
                        why.unwrap_or_default()
                    )),
                }
            }
        }
        let mut collection_methods: Vec<BTreeSet<String>> = vec![BTreeSet::new(); n];
        let renamed = self.operation_methods(doc, &methods);
        for (i, op) in doc.operations.iter().enumerate() {
            let Some(binding) = op.binding() else {
                continue;
            };
            let Some(&t) = self.by_name.get(&binding.name) else {
                self.left_out.push(format!(
                    "{} {}: its binding type is not declared",
                    kind(op),
                    op.name
                ));
                continue;
            };
            let collection = binding.collection;
            let method = renamed[i]
                .clone()
                .unwrap_or_else(|| naming::derive_snake(&op.name));
            let on_type = !collection && !op.is_function;
            let reserved = if collection {
                RESERVED_COLLECTION_METHODS
            } else {
                RESERVED_ITEM_METHODS
            };
            let taken_methods = if collection {
                &collection_methods[t]
            } else {
                &methods[t]
            };
            let why = if let Some(why) = self.unplannable(doc, op, t) {
                Some(why)
            } else if (on_type && RESERVED_FUNCTIONS.contains(&method.as_str()))
                || reserved.contains(&method.as_str())
            {
                Some("its method would be hidden by a method of the address types")
            } else if !valid_method(&method) {
                Some("it cannot name a Rust function")
            } else if taken_methods.contains(&method) {
                Some("its method is taken (an overload, or a navigation of the same name)")
            } else {
                None
            };
            if let Some(why) = why {
                self.left_out.push(format!(
                    "{} {} bound to {}{}: {why}",
                    kind(op),
                    op.name,
                    binding.name,
                    if collection { " (collection)" } else { "" }
                ));
                continue;
            }
            if collection {
                collection_methods[t].insert(method);
            } else {
                methods[t].insert(method);
            }
            let params = (op.parameters.len() > 1).then(|| {
                let used = taken.entry(self.types[t].module).or_default();
                let base = format!(
                    "{}{}{}Parameters",
                    self.types[t].rust_name,
                    if collection { "Collection" } else { "" },
                    naming::upper_camel(renamed[i].as_deref().unwrap_or(&op.name))
                );
                let mut name = base.clone();
                let mut k = 2;
                while used.contains(&name) {
                    name = format!("{base}{k}");
                    k += 1;
                }
                used.insert(name.clone());
                name
            });
            self.ops_of[t].push(OpPlan {
                op: i,
                collection,
                params,
                method: renamed[i].clone(),
            });
        }
    }

    /// Why the bound operation `op` of the type `t` cannot be declared, whatever its method's
    /// name: `None` when it can.
    fn unplannable(
        &self,
        doc: &Document,
        op: &crate::csdl::Operation,
        t: usize,
    ) -> Option<&'static str> {
        let non_literal = op.is_function
            && op.parameters.iter().skip(1).any(|p| {
                p.ty.collection
                    || match self.by_name.get(&p.ty.name) {
                        Some(&x) => match self.types[x].kind {
                            Kind::Enum(e) => doc.enums[e].flags || doc.enums[e].members.is_empty(),
                            Kind::Structured(_) => true,
                        },
                        None => !literal_edm(&p.ty.name),
                    }
            });
        let collection = op.binding().is_some_and(|binding| binding.collection);
        if self.keyless(doc, t) && collection {
            Some("bound to a collection of a keyless type, which has none")
        } else if !self.keyed(doc, t) && !self.keyless(doc, t) {
            Some("its binding type has no key")
        } else if op.is_function && op.return_type.is_none() {
            Some("a function without a return type")
        } else if non_literal {
            Some(
                "a parameter has no literal form the declarations write (a collection, a structured \
                 value, a flags enum or an Edm type without one)",
            )
        } else {
            None
        }
    }

    /// The method of each bound operation whose method is not the snake_case of its name
    /// (`None` for the others), by the rules of the crate docs:
    /// - of the overloads of one name bound to one type (or to its collection), the one with
    ///   the fewest parameters keeps the name; each other is `<name>_with_<its parameters that
    ///   the first lacks, snake_case, joined by _>` (`delta_with_token`);
    /// - a name that a method of the address types takes (`get`, `delete`, `create`, `item`,
    ///   `value`, ...), or that a navigation of the type takes, gets `_action` or `_function`
    ///   (`delete_action`, `item_function`).
    ///
    /// `item_methods` holds, per type, the methods its navigation properties take.
    fn operation_methods(
        &self,
        doc: &Document,
        item_methods: &[BTreeSet<String>],
    ) -> Vec<Option<String>> {
        let mut out = vec![None; doc.operations.len()];
        // (binding type, collection, OData name) -> the overloads, in document order.
        let mut groups: BTreeMap<(usize, bool, &str), Vec<usize>> = BTreeMap::new();
        for (i, op) in doc.operations.iter().enumerate() {
            let Some(binding) = op.binding() else {
                continue;
            };
            let Some(&t) = self.by_name.get(&binding.name) else {
                continue;
            };
            if self.unplannable(doc, op, t).is_some() {
                continue;
            }
            groups
                .entry((t, binding.collection, op.name.as_str()))
                .or_default()
                .push(i);
        }
        for ((t, collection, name), mut overloads) in groups {
            overloads.sort_by_key(|&i| doc.operations[i].parameters.len());
            let first = overloads[0];
            let on_type = !collection && !doc.operations[first].is_function;
            let snake = naming::derive_snake(name);
            let reserved = if collection {
                RESERVED_COLLECTION_METHODS
            } else {
                RESERVED_ITEM_METHODS
            };
            let hidden = (on_type && RESERVED_FUNCTIONS.contains(&snake.as_str()))
                || reserved.contains(&snake.as_str())
                || (!collection && item_methods[t].contains(&snake));
            let plain = if hidden {
                format!("{snake}_{}", kind(&doc.operations[first]))
            } else {
                snake.clone()
            };
            if plain != snake {
                out[first] = Some(plain.clone());
            }
            let names = |i: usize| -> Vec<&str> {
                doc.operations[i]
                    .parameters
                    .iter()
                    .skip(1)
                    .map(|p| p.name.as_str())
                    .collect()
            };
            let first_names = names(first);
            for &i in &overloads[1..] {
                let all = names(i);
                let mut extra: Vec<&str> = all
                    .iter()
                    .copied()
                    .filter(|n| !first_names.contains(n))
                    .collect();
                if extra.is_empty() {
                    extra = all;
                }
                if extra.is_empty() {
                    // Nothing tells it from the first: left out as taken.
                    continue;
                }
                let words: Vec<String> = extra.iter().map(|n| naming::derive_snake(n)).collect();
                out[i] = Some(format!("{snake}_with_{}", words.join("_")));
            }
        }
        out
    }

    /// The gate of a type.
    pub fn gate(&self, t: usize) -> Gate {
        let areas = &self.types[t].areas;
        if areas.len() == self.areas.len() {
            Gate::Always
        } else if self.types[t].file == "core" {
            Gate::Core
        } else {
            Gate::Areas(areas.clone())
        }
    }

    /// Whether an item gated by `inner` is compiled whenever one gated by `outer` is.
    pub fn implies(outer: &Gate, inner: &Gate) -> bool {
        match (outer, inner) {
            (_, Gate::Always) => true,
            (Gate::Always, _) => false,
            (_, Gate::Core) => true,
            (Gate::Core, Gate::Areas(_)) => false,
            (Gate::Areas(o), Gate::Areas(i)) => o.is_subset(i),
        }
    }

    /// The `cfg` predicate of a gate, if it is not `Always`.
    pub fn cfg(&self, gate: &Gate) -> Option<String> {
        match gate {
            Gate::Always => None,
            Gate::Core => Some("feature = \"core\"".to_owned()),
            Gate::Areas(areas) => {
                let features: Vec<String> = areas
                    .iter()
                    .map(|&a| format!("feature = \"{}\"", self.areas[a].name))
                    .collect();
                Some(if features.len() == 1 {
                    features[0].clone()
                } else {
                    format!("any({})", features.join(", "))
                })
            }
        }
    }

    /// Structural and navigation properties held by value (not in a collection) form cycles
    /// (`a.b: B`, `b.a: A`): find the strongly connected components of the by-value graph
    /// (struct → single-valued property type, and its polymorphic enum's variants; struct → base)
    /// and box every property edge inside one.
    fn plan_boxes(&mut self, doc: &Document) {
        let n = self.types.len();
        // Node per type; a property of a type with derived types points at the type and its
        // descendants (the polymorphic enum rooted at it holds them by value).
        let mut edges: Vec<Vec<(usize, Option<String>)>> = vec![Vec::new(); n];
        for (t, out) in edges.iter_mut().enumerate() {
            let Some(st) = self.structured(doc, t) else {
                continue;
            };
            if let Some(base) = &st.base
                && let Some(&b) = self.by_name.get(base)
            {
                out.push((b, None));
            }
            let single = st
                .properties
                .iter()
                .map(|p| (&p.name, &p.ty))
                .chain(st.navigation.iter().map(|p| (&p.name, &p.ty)))
                .filter(|(_, ty)| !ty.collection);
            for (name, ty) in single {
                let Some(&x) = self.by_name.get(&ty.name) else {
                    continue;
                };
                if !matches!(self.types[x].kind, Kind::Structured(_)) {
                    continue;
                }
                out.push((x, Some(name.clone())));
                if self.types[x].any_name.is_some() {
                    for d in self.descendants(x) {
                        out.push((d, Some(name.clone())));
                    }
                }
            }
        }
        let plain: Vec<Vec<usize>> = edges
            .iter()
            .map(|e| e.iter().map(|(x, _)| *x).collect())
            .collect();
        let component = tarjan(&plain);
        for t in 0..n {
            for (x, name) in &edges[t] {
                if let Some(name) = name
                    && component[*x] == component[t]
                {
                    self.boxed
                        .insert((self.types[t].qualified.clone(), name.clone()));
                }
            }
        }
    }

    /// The plan of a type reference's named type, if it is one of the document's.
    pub fn lookup(&self, ty: &TypeRef) -> Option<usize> {
        self.by_name.get(&ty.name).copied()
    }

    /// Types grouped by (module, file), in document order within each.
    pub fn files(&self) -> BTreeMap<(usize, String), Vec<usize>> {
        let mut files: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
        for (t, plan) in self.types.iter().enumerate() {
            files
                .entry((plan.module, plan.file.clone()))
                .or_default()
                .push(t);
        }
        files
    }
}

fn kind(op: &crate::csdl::Operation) -> &'static str {
    if op.is_function { "function" } else { "action" }
}

/// Whether the derive can make a method of this snake_case name (raw identifiers included).
fn valid_method(method: &str) -> bool {
    !method.is_empty()
        && !["self", "Self", "super", "crate", "_"].contains(&method)
        && method
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !method.starts_with(|c: char| c.is_ascii_digit())
}

/// Names a generated type may not take: the runtime's names the generated code uses unqualified,
/// and the prelude's.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "AdditionalData",
    "Flags",
    "GraphEntity",
    "GraphEnum",
    "GraphPolymorphic",
    "Option",
    "Some",
    "None",
    "String",
    "Vec",
    "Box",
    "Clone",
    "Copy",
    "Debug",
    "Default",
    "PartialEq",
    "Eq",
    "Hash",
    "Result",
    "Ok",
    "Err",
];

/// Strongly connected components (Tarjan, iterative): the component number of each node.
fn tarjan(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for root in 0..n {
        if index[root] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(root, 0)];
        while let Some(&mut (v, ref mut child)) = work.last_mut() {
            if *child == 0 && index[v] == usize::MAX {
                index[v] = next_index;
                low[v] = next_index;
                next_index += 1;
                stack.push(v);
                on_stack[v] = true;
            }
            if let Some(&w) = edges[v].get(*child) {
                *child += 1;
                if index[w] == usize::MAX {
                    work.push((w, 0));
                } else if on_stack[w] {
                    low[v] = low[v].min(index[w]);
                }
            } else {
                work.pop();
                if let Some(&(parent, _)) = work.last() {
                    low[parent] = low[parent].min(low[v]);
                }
                if low[v] == index[v] {
                    while let Some(w) = stack.pop() {
                        on_stack[w] = false;
                        component[w] = next_component;
                        if w == v {
                            break;
                        }
                    }
                    next_component += 1;
                }
            }
        }
    }
    component
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_become_modules() {
        assert_eq!(namespace_module("microsoft.graph"), "graph");
        assert_eq!(namespace_module("microsoft.graph.security"), "security");
        assert_eq!(
            namespace_module("microsoft.graph.callRecords"),
            "call_records"
        );
        assert_eq!(
            namespace_module("microsoft.graph.partners.billing"),
            "partners_billing"
        );
        assert_eq!(namespace_module("contoso.core"), "contoso_core");
    }

    #[test]
    fn tarjan_finds_cycles() {
        let c = tarjan(&[vec![1], vec![0], vec![0, 3], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[2], c[0]);
        assert_ne!(c[3], c[2]);
    }

    #[test]
    fn gates_imply() {
        let a = |v: &[usize]| Gate::Areas(v.iter().copied().collect());
        assert!(Plan::implies(&a(&[1]), &a(&[1, 2])));
        assert!(!Plan::implies(&a(&[1, 2]), &a(&[1])));
        assert!(Plan::implies(&a(&[1]), &Gate::Core));
        assert!(!Plan::implies(&Gate::Core, &a(&[1])));
        assert!(Plan::implies(&Gate::Core, &Gate::Always));
    }
}
