//! Boxing: the by-value property edges that would make a type infinite, found as strongly
//! connected components.

use super::{Kind, Plan};
use crate::csdl::Document;

impl Plan {
    /// Structural and navigation properties held by value (not in a collection) form cycles
    /// (`a.b: B`, `b.a: A`): find the strongly connected components of the by-value graph
    /// (struct → single-valued property type, and its polymorphic enum's variants; struct → base)
    /// and box every property edge inside one.
    pub(super) fn plan_boxes(&mut self, doc: &Document) {
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
}

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
    fn tarjan_finds_cycles() {
        let c = tarjan(&[vec![1], vec![0], vec![0, 3], vec![]]);
        assert_eq!(c[0], c[1]);
        assert_ne!(c[2], c[0]);
        assert_ne!(c[3], c[2]);
    }
}
