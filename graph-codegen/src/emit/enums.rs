//! The enums: one `#[derive(GraphEnum)]` per CSDL enum type, and one
//! `#[derive(GraphPolymorphic)]` per structured type with derived types.

use std::collections::BTreeSet;
use std::fmt::Write as _;

use super::Writer;
use super::text::{describe, doc_lines};
use crate::csdl::EnumType;
use crate::naming;
use crate::plan::{Gate, Kind, Plan};

impl Writer<'_> {
    /// One enum type.
    pub fn enum_type(&self, out: &mut String, t: usize, e: &EnumType) {
        let plan = &self.plan.types[t];
        let description = describe(e.description.as_deref());
        if let Some(text) = &description {
            doc_lines(out, text, 0);
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
            self.gated_item(out, &self.plan.gate(t), true);
            let _ = writeln!(out, "pub type {} = String;\n", plan.rust_name);
            return;
        }
        self.gated_item(out, &self.plan.gate(t), description.is_some());
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
            if let Some(text) = describe(member.description.as_deref()) {
                doc_lines(out, &text, 4);
            }
            if naming::lower_camel(&variant) != member.name {
                let _ = writeln!(out, "    #[graph(rename = \"{}\")]", member.name);
            }
            let _ = writeln!(out, "    {variant},");
        }
        out.push_str("}\n\n");
    }

    /// The polymorphic enum rooted at a type with derived types.
    pub(super) fn polymorphic(&self, out: &mut String, t: usize, any: &str, gate: &Gate) {
        let plan = &self.plan.types[t];
        let text = format!(
            "A `{}`: the type itself or any of its derived types this build declares (a value \
             without `@odata.type` is the type itself); a value of another derived type reads \
             as `{}`, keeping its `@odata.type` and properties.",
            plan.qualified, plan.rust_name
        );
        doc_lines(out, &text, 0);
        self.gated_item(out, gate, true);
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
                self.gate_attrs(out, &dgate, 4);
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
