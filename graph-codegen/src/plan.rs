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

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::csdl::{Document, TypeRef};
use crate::naming;

pub mod allowed;
mod areas;
mod boxes;
mod hierarchy;

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
    /// The navigation declared on each type (indexed like `types`), contained first.
    pub navs_of: Vec<Vec<NavPlan>>,
    /// Bound operations and navigation properties left out, with why.
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

/// A navigation property: contained, declared with `contains(...)`, or not, with
/// `navigation(...)`.
#[derive(Debug, Clone)]
pub struct NavPlan {
    pub name: String,
    /// The entity type it leads to.
    pub target: usize,
    pub single: bool,
    /// `ContainsTarget="true"`.
    pub contained: bool,
    /// What a non-contained one allows beyond reading (`Reading` for a contained one).
    pub allowed: allowed::Allowed,
    /// The entity set a non-contained one is bound to (`/directoryObjects`): the
    /// `NavigationPropertyBinding` of an entity set or singleton of its type.
    pub binding: Option<String>,
    /// The only types a non-contained collection may hold (the CSDL's derived-type constraint),
    /// those of them that are declared; empty for any type derived from its target.
    pub admits: Vec<usize>,
    /// What a contained step allows, where its Capabilities annotations (or its target
    /// type's) restrict it: the derive's `allows(...)`; `None` for everything.
    pub capabilities: Option<allowed::Capabilities>,
}

/// The entity set the navigation `name` of the type `qualified` is bound to: the
/// `NavigationPropertyBinding` of an entity set (else a singleton) of the type whose `Path` is
/// the navigation (or a cast then it), when its `Target` is an entity set
/// (`/directoryObjects` for `group.members`).
pub fn binding(doc: &Document, qualified: &str, name: &str) -> Option<String> {
    let mut holders: Vec<&crate::csdl::ContainerItem> =
        doc.container.iter().filter(|c| c.ty == qualified).collect();
    holders.sort_by_key(|c| c.singleton);
    holders.iter().find_map(|holder| {
        let (_, target) = holder.bindings.iter().find(|(path, _)| {
            path == name || path.rsplit_once('/').is_some_and(|(_, last)| last == name)
        })?;
        let set = target.rsplit('/').next().unwrap_or(target);
        doc.container
            .iter()
            .any(|c| !c.singleton && c.name == set)
            .then(|| format!("/{set}"))
    })
}

/// The Capabilities restrictions of the entity type `qualified`, each term from the type
/// itself else its nearest base type that has it (Graph applies them to every collection of
/// the type).
pub fn type_restrictions(doc: &Document, qualified: &str) -> crate::csdl::Restrictions {
    let mut found = crate::csdl::Restrictions::default();
    let mut next = Some(qualified.to_owned());
    let mut depth = 0;
    while let Some(name) = next.take() {
        let Some(st) = doc.structured.iter().find(|st| st.qualified() == name) else {
            break;
        };
        found = found.or(&st.restrictions);
        depth += 1;
        next = st.base.clone().filter(|_| depth < 32);
    }
    found
}

// Methods of the address types that a navigation or operation may not take: the derive's
// lists, from the crate both use.
use graph_entity_names::reserved::{
    COLLECTION_METHODS as RESERVED_COLLECTION_METHODS, ITEM_METHODS as RESERVED_ITEM_METHODS,
    TYPE_FUNCTIONS as RESERVED_FUNCTIONS,
};

/// The entity types whose items are addressed by path as well as by key (`by_path`):
/// OneDrive and SharePoint address a drive item by its names under a folder
/// (`/me/drive/root:/Documents/report.xlsx:`), which the CSDL does not say.
pub const BY_PATH: &[&str] = &["microsoft.graph.driveItem"];

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

    /// Which bound operations and contained navigation properties each type declares, and the
    /// names of the parameter structs.
    fn plan_operations(&mut self, doc: &Document, taken: &mut HashMap<usize, BTreeSet<String>>) {
        let n = self.types.len();
        self.ops_of = vec![Vec::new(); n];
        self.navs_of = vec![Vec::new(); n];
        let mut methods = self.plan_navigation(doc);
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

    /// The contained navigation each type declares (into `navs_of`), and the item methods it
    /// takes, per type.
    fn plan_navigation(&mut self, doc: &Document) -> Vec<BTreeSet<String>> {
        let n = self.types.len();
        // Item methods taken per type: navigation first, then item-bound operations.
        let mut methods: Vec<BTreeSet<String>> = vec![BTreeSet::new(); n];
        for (t, taken_methods) in methods.iter_mut().enumerate() {
            let Some(st) = self.structured(doc, t) else {
                continue;
            };
            if !st.is_entity {
                // A complex value has no path of its own: its navigation is reached only as
                // an `$expand`ed value, kept in its `additional_data`.
                for nav in &st.navigation {
                    self.left_out.push(format!(
                        "navigation {}/{}: declared on a complex type, which has no path to \
                         step from (an `$expand`ed value is kept in `additional_data`)",
                        st.qualified(),
                        nav.name
                    ));
                }
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
                for nav in &st.navigation {
                    self.left_out.push(format!(
                        "navigation {}/{}: its type has no key",
                        st.qualified(),
                        nav.name
                    ));
                }
                continue;
            }
            // Contained navigation first: it takes its method before a relationship of the
            // same snake_case name.
            let ordered = st
                .navigation
                .iter()
                .filter(|n| n.contains_target)
                .chain(st.navigation.iter().filter(|n| !n.contains_target));
            for nav in ordered {
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
                            contained: nav.contains_target,
                            allowed: if nav.contains_target {
                                allowed::Allowed::Reading
                            } else {
                                allowed::allowed(&st.qualified(), nav)
                            },
                            binding: if nav.contains_target {
                                None
                            } else {
                                binding(doc, &st.qualified(), &nav.name)
                            },
                            capabilities: if nav.contains_target {
                                allowed::contained(
                                    !nav.ty.collection,
                                    &nav.restrictions.or(&type_restrictions(doc, &nav.ty.name)),
                                )
                            } else {
                                None
                            },
                            admits: if nav.contains_target || !nav.ty.collection {
                                Vec::new()
                            } else {
                                nav.derived_types
                                    .iter()
                                    .filter_map(|name| self.by_name.get(name).copied())
                                    .collect()
                            },
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
        methods
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

    /// The plan of a type reference's named type, if it is one of the document's.
    pub fn lookup(&self, ty: &TypeRef) -> Option<usize> {
        self.by_name.get(&ty.name).copied()
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
}
