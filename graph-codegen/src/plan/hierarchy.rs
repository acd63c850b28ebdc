//! A type's place in the hierarchy: its key, its bases (embedded or named), its descendants.

use super::{ENTITY, KEY_TYPES, Kind, Plan};
use crate::csdl::Document;

impl Plan {
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
    pub fn key_type(&self, doc: &Document, t: usize) -> Option<(String, Option<String>)> {
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
    pub(super) fn empty_descendants(&self, doc: &Document, index: usize) -> Option<Vec<String>> {
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
}
