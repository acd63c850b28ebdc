//! Areas: one cargo feature per entity set or singleton, the area that owns each type, the
//! areas that need it, and the gate (`cfg`) under which it is compiled. See [the module
//! docs](super) for the rules.

use std::collections::{BTreeMap, BTreeSet, HashMap, VecDeque};

use super::{Area, CORE_THRESHOLD, ENTITY, Gate, Plan};
use crate::csdl::Document;
use crate::naming;

impl Plan {
    /// The areas, the owner and the areas of each type, and its file group.
    pub(super) fn plan_areas(&mut self, doc: &Document) {
        self.area_list(doc);
        let (owner, needs_other) = self.owners(doc);
        let (mut areas_of, needs_other) = self.needs(doc, &owner, needs_other);
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

    /// One area per root type (entity set or singleton type), named by its first.
    fn area_list(&mut self, doc: &Document) {
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
    }

    /// The owning area of each type: breadth-first over contained navigation and derived
    /// types; an unreached entity type has the area of its nearest owned base, else `other`
    /// (the area after the last, and then `true`).
    fn owners(&self, doc: &Document) -> (Vec<Option<usize>>, bool) {
        let entity = self.by_name.get(ENTITY).copied();
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
        (owner, needs_other)
    }

    /// The areas that need each type: the closure of what each owns over bases and structural
    /// property types; derived types no area needs go with their base; what no area needs
    /// goes to `other` (and then the second value is `true`).
    fn needs(
        &self,
        doc: &Document,
        owner: &[Option<usize>],
        mut needs_other: bool,
    ) -> (Vec<BTreeSet<usize>>, bool) {
        let entity = self.by_name.get(ENTITY).copied();
        let other = self.areas.len();
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
        (areas_of, needs_other)
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

#[cfg(test)]
mod tests {
    use super::*;

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
