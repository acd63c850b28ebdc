//! Operations: the `action(...)`/`function(...)` items of bound operations with their
//! `#[graph(parameters)]` structs and typed returns, and the container's unbound operations as
//! functions of their namespace's module.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::text::{FieldNames, describe, doc_lines};
use super::{Writer, edm_type};
use crate::csdl::TypeRef;
use crate::naming;
use crate::plan::{ENTITY, Gate, Kind, OpPlan};

impl Writer<'_> {
    /// The `action(...)` or `function(...)` item of a bound operation.
    pub(super) fn operation_item(&self, op: &OpPlan, module: usize) -> String {
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
    pub(super) fn return_type(
        &self,
        operation: &crate::csdl::Operation,
        module: usize,
    ) -> Option<String> {
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
    pub(super) fn parameters(
        &self,
        out: &mut String,
        t: usize,
        op: &OpPlan,
        name: &str,
        gate: &Gate,
    ) {
        let operation = &self.doc.operations[op.op];
        let plan = &self.plan.types[t];
        let binding = plan.qualified.rsplit('.').next().unwrap_or(&plan.qualified);
        let (what, how, wire) = if operation.is_function {
            ("function", "arguments", ", written in its URL")
        } else {
            ("action", "body", "")
        };
        // The call as OData writes it, with its parameters, and the method that makes it: the
        // one place that tells the overloads apart (`get_office365_active_user_detail` takes
        // `date`, `..._with_period` takes `period`).
        let names: Vec<&str> = operation
            .parameters
            .iter()
            .skip(1)
            .map(|p| p.name.as_str())
            .collect();
        let call = if operation.is_function {
            let arguments: Vec<String> = names.iter().map(|n| format!("{n}={{{n}}}")).collect();
            format!("GET {{path}}/{}({})", operation.name, arguments.join(","))
        } else {
            let members: Vec<String> = names.iter().map(|n| format!("\"{n}\"")).collect();
            format!(
                "POST {{path}}/{} with the body {{{}}}",
                operation.name,
                members.join(", ")
            )
        };
        let method = op
            .method
            .clone()
            .unwrap_or_else(|| naming::derive_snake(&operation.name));
        let steps = if op.collection {
            "CollectionPaths"
        } else {
            "Paths"
        };
        doc_lines(
            out,
            &format!(
                "The {how} of the {what} `{}`, bound to {}`{binding}`{wire}: `{call}`, the call \
                 of `{}{steps}::{method}`.",
                operation.name,
                if op.collection {
                    "a collection of "
                } else {
                    ""
                },
                plan.rust_name,
            ),
            0,
        );
        self.gated_item(out, gate, true);
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
        let gates = self.unbound_gates(operation);
        let attrs = self.gates_attrs(&gates);
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
        self.unbound_docs(out, import, operation, params.is_some(), &gates);
        out.push_str(&attrs);
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
            if let Some(text) = self.gates_doc(&gates) {
                out.push_str("///\n");
                doc_lines(out, &text, 0);
            }
            out.push_str(&attrs);
            self.parameters_struct(out, operation, 0, module, p);
        }
    }

    /// The gates of the types an unbound operation names: it is compiled when every one is.
    fn unbound_gates(&self, operation: &crate::csdl::Operation) -> BTreeSet<Gate> {
        operation
            .parameters
            .iter()
            .map(|p| &p.ty)
            .chain(operation.return_type.as_ref().map(|(ty, _)| ty))
            .filter_map(|ty| self.plan.lookup(ty))
            .map(|x| self.plan.gate(x))
            .filter(|gate| *gate != Gate::Always)
            .collect()
    }

    /// The `#[cfg(...)]` and `#[cfg_attr(docsrs, doc(cfg(...)))]` lines of an item compiled
    /// when every gate of `gates` is open (none for no gate).
    fn gates_attrs(&self, gates: &BTreeSet<Gate>) -> String {
        let cfgs: Vec<String> = gates.iter().filter_map(|g| self.plan.cfg(g)).collect();
        let predicate = match cfgs.as_slice() {
            [] => return String::new(),
            [one] => one.clone(),
            all => format!("all({})", all.join(", ")),
        };
        format!("#[cfg({predicate})]\n#[cfg_attr(docsrs, doc(cfg({predicate})))]\n")
    }

    /// The docs' paragraph naming the features of an item compiled when every gate of `gates`
    /// is open ([`Writer::features_doc`] for one).
    fn gates_doc(&self, gates: &BTreeSet<Gate>) -> Option<String> {
        match gates.len() {
            0 => None,
            1 => gates.first().and_then(|g| self.features_doc(g)),
            _ => {
                let each: Vec<String> = gates.iter().map(|g| self.features_text(g)).collect();
                Some(format!("Available with {}.", each.join(" and ")))
            }
        }
    }

    /// The docs of an unbound operation's function: its description, its request, the features
    /// it needs, and its errors.
    fn unbound_docs(
        &self,
        out: &mut String,
        import: &crate::csdl::OperationImport,
        operation: &crate::csdl::Operation,
        has_params: bool,
        gates: &BTreeSet<Gate>,
    ) {
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
                if has_params {
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
                if has_params {
                    "; its parameters are the JSON body"
                } else {
                    ""
                }
            )
        };
        if let Some(text) = describe(operation.description.as_deref()) {
            docs = format!("{text}\n\n{docs}");
        }
        if let Some(text) = self.gates_doc(gates) {
            docs = format!("{docs}\n\n{text}");
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
}
