//! Boxing: every single-valued structured property (a complex value, or a navigation
//! property's target) is held in a `Box`.
//!
//! Every one, not only those on a cycle: a page of values is read by moving each value, so a
//! type's size is what reading it costs. Inline, `User`'s two dozen single-valued complex and
//! navigation values (`MailboxSettings` alone is 552 bytes) made it 6 KB, for properties Graph
//! mostly does not send; `Option<Box<T>>` is 8 bytes. It also keeps every type finite: each
//! by-value cycle (`a.b: B`, `b.a: A`) goes through a property, so through a box.

use super::{ENTITY, Kind, Plan};
use crate::csdl::Document;

impl Plan {
    /// Boxes the structural and navigation properties of every structured type whose value is
    /// one structured value (not a collection; `microsoft.graph.entity` is read as a JSON value,
    /// not boxed).
    pub(super) fn plan_boxes(&mut self, doc: &Document) {
        for t in 0..self.types.len() {
            let Some(st) = self.structured(doc, t) else {
                continue;
            };
            let single = st
                .properties
                .iter()
                .map(|p| (&p.name, &p.ty))
                .chain(st.navigation.iter().map(|p| (&p.name, &p.ty)))
                .filter(|(_, ty)| !ty.collection && ty.name != ENTITY);
            for (name, ty) in single {
                let structured = self
                    .lookup(ty)
                    .is_some_and(|x| matches!(self.types[x].kind, Kind::Structured(_)));
                if structured {
                    self.boxed
                        .insert((self.types[t].qualified.clone(), name.clone()));
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::Document;
    use crate::plan::Plan;

    #[test]
    fn every_single_valued_structured_property_is_boxed() {
        let doc = Document::parse(include_str!("../../tests/fixtures/small.xml")).unwrap();
        let plan = Plan::new(&doc);
        let boxed = |t: &str, p: &str| {
            plan.boxed
                .contains(&(format!("microsoft.graph.{t}"), p.to_owned()))
        };
        // On a cycle (`part.next: part`) and not (`widget.owner: person`, navigation).
        assert!(boxed("part", "next"));
        assert!(boxed("widget", "owner"));
        assert!(boxed("widget", "shape"));
        // Collections, primitives and enums are not.
        assert!(!boxed("widget", "parts"));
        assert!(!boxed("widget", "tags"));
        assert!(!boxed("widget", "colour"));
    }
}
