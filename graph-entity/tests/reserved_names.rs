//! The reserved method names of `graph-entity-names` checked against the address types' real
//! methods, read from this crate's own sources: a method added to `ItemPath`, `SingletonPath`,
//! `RelatedPath` or `CollectionPath` (or a function added to `GraphEntity`) that the lists do not name would
//! silently hide a generated navigation or operation of the same name, and a name the lists keep
//! after its method is gone renames generated methods for nothing.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use graph_entity::GraphEntity;
use graph_entity_names::reserved::{COLLECTION_METHODS, ITEM_METHODS, TYPE_FUNCTIONS};
use proc_macro2::{Delimiter, Group, TokenStream, TokenTree};

/// The functions of the entity types that the derive generates itself, not from a trait:
/// `singleton()`, for a type declared with `singleton = "/..."` (see [`Me`]).
const DERIVED_FUNCTIONS: &[&str] = &["singleton"];

/// What the sources declare: the `pub` methods (with `self`) of every type's inherent impls,
/// and the functions of every trait.
#[derive(Default)]
struct Declared {
    methods: BTreeMap<String, BTreeSet<String>>,
    trait_functions: BTreeMap<String, BTreeSet<String>>,
    /// `macro_rules!` whose expansion declares inherent impls: the macro's name, the position
    /// of the `$name:ident` argument that names the type, and the methods of that type.
    macro_impls: Vec<(String, usize, BTreeSet<String>)>,
    /// Every macro call: the macro's name and its comma-separated arguments, as written.
    macro_calls: Vec<(String, Vec<String>)>,
}

impl Declared {
    fn read_dir(&mut self, dir: &Path) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
            .map(|entry| entry.expect("a directory entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                self.read_dir(&path);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let source = std::fs::read_to_string(&path)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
                let file = syn::parse_file(&source)
                    .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
                self.items(&file.items);
            }
        }
    }

    fn items(&mut self, items: &[syn::Item]) {
        for item in items {
            match item {
                syn::Item::Impl(item) if item.trait_.is_none() => {
                    if let Some(name) = type_name(&item.self_ty) {
                        self.methods
                            .entry(name)
                            .or_default()
                            .extend(pub_methods(item));
                    }
                }
                syn::Item::Trait(item) => {
                    let functions = item.items.iter().filter_map(|item| match item {
                        syn::TraitItem::Fn(function) => Some(function.sig.ident.to_string()),
                        _ => None,
                    });
                    self.trait_functions
                        .entry(item.ident.to_string())
                        .or_default()
                        .extend(functions);
                }
                syn::Item::Mod(module) => {
                    if let Some((_, items)) = &module.content {
                        self.items(items);
                    }
                }
                syn::Item::Macro(item) => self.macro_item(item),
                _ => {}
            }
        }
    }

    fn macro_item(&mut self, item: &syn::ItemMacro) {
        let Some(name) = item.mac.path.get_ident().map(ToString::to_string) else {
            return;
        };
        if name != "macro_rules" {
            let arguments = split_commas(item.mac.tokens.clone());
            self.macro_calls.push((name, arguments));
            return;
        }
        let Some(defined) = &item.ident else {
            return;
        };
        // Each rule: `(matcher) => { transcriber }`.
        let trees: Vec<TokenTree> = item.mac.tokens.clone().into_iter().collect();
        for window in trees.windows(4) {
            let [
                TokenTree::Group(matcher),
                TokenTree::Punct(eq),
                TokenTree::Punct(gt),
                TokenTree::Group(transcriber),
            ] = window
            else {
                continue;
            };
            if eq.as_char() != '=' || gt.as_char() != '>' {
                continue;
            }
            let parameters = macro_parameters(matcher.stream());
            let Some(expansion) = substitute(transcriber.stream()) else {
                continue;
            };
            let Ok(file) = syn::parse2::<syn::File>(expansion) else {
                continue;
            };
            for item in &file.items {
                let syn::Item::Impl(item) = item else {
                    continue;
                };
                let Some(ty) = type_name(&item.self_ty).filter(|_| item.trait_.is_none()) else {
                    continue;
                };
                if let Some(position) = parameters.iter().position(|parameter| *parameter == ty) {
                    self.macro_impls
                        .push((defined.to_string(), position, pub_methods(item)));
                }
            }
        }
    }

    /// The methods of `ty`, with those its impls in a `macro_rules!` expansion declare.
    fn methods_of(&self, ty: &str) -> BTreeSet<String> {
        let mut methods = self.methods.get(ty).cloned().unwrap_or_default();
        for (name, position, impl_methods) in &self.macro_impls {
            let called = self.macro_calls.iter().any(|(called, arguments)| {
                called == name
                    && arguments
                        .get(*position)
                        .is_some_and(|argument| argument == ty)
            });
            if called {
                methods.extend(impl_methods.iter().cloned());
            }
        }
        methods
    }
}

/// The last segment of a path type: `ItemPath` for `ItemPath<T>`.
fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) if path.qself.is_none() => path
            .path
            .segments
            .last()
            .map(|segment| segment.ident.to_string()),
        _ => None,
    }
}

/// The `pub` methods with a `self` receiver: the associated functions without one (`from_path`,
/// `root`) are called on the type, and hide no method of the type it dereferences to.
fn pub_methods(item: &syn::ItemImpl) -> BTreeSet<String> {
    item.items
        .iter()
        .filter_map(|item| match item {
            syn::ImplItem::Fn(function)
                if matches!(function.vis, syn::Visibility::Public(_))
                    && function.sig.receiver().is_some() =>
            {
                Some(function.sig.ident.to_string())
            }
            _ => None,
        })
        .collect()
}

/// The names of a macro matcher's fragments, in order: `name` and `doc` for
/// `($name:ident, $doc:literal)`.
fn macro_parameters(matcher: TokenStream) -> Vec<String> {
    let trees: Vec<TokenTree> = matcher.into_iter().collect();
    trees
        .windows(2)
        .filter_map(|pair| match pair {
            [TokenTree::Punct(dollar), TokenTree::Ident(name)] if dollar.as_char() == '$' => {
                Some(name.to_string())
            }
            _ => None,
        })
        .collect()
}

/// A transcriber with each `$name` replaced by `name`, so that it parses as items whose types
/// are named after the parameters; `None` when it repeats (`$(...)*`).
fn substitute(tokens: TokenStream) -> Option<TokenStream> {
    let mut out = Vec::new();
    let mut trees = tokens.into_iter().peekable();
    while let Some(tree) = trees.next() {
        match tree {
            TokenTree::Punct(dollar) if dollar.as_char() == '$' => match trees.next() {
                Some(TokenTree::Ident(name)) => out.push(TokenTree::Ident(name)),
                _ => return None,
            },
            TokenTree::Group(group) => {
                let mut inner = Group::new(group.delimiter(), substitute(group.stream())?);
                inner.set_span(group.span());
                out.push(TokenTree::Group(inner));
            }
            other => out.push(other),
        }
    }
    Some(out.into_iter().collect())
}

/// A macro call's arguments, split at the commas outside groups.
fn split_commas(tokens: TokenStream) -> Vec<String> {
    let mut arguments = vec![TokenStream::new()];
    for tree in tokens {
        match &tree {
            TokenTree::Punct(comma) if comma.as_char() == ',' => {
                arguments.push(TokenStream::new());
            }
            TokenTree::Group(group) if group.delimiter() == Delimiter::None => {
                arguments.last_mut().into_iter().for_each(|last| {
                    last.extend(group.stream());
                });
            }
            _ => arguments.last_mut().into_iter().for_each(|last| {
                last.extend([tree.clone()]);
            }),
        }
    }
    arguments.iter().map(ToString::to_string).collect()
}

fn declared() -> Declared {
    let mut declared = Declared::default();
    declared.read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"));
    declared
}

/// What a list misses (methods it does not reserve) and what it keeps for nothing (names no
/// method has), as a message; `None` when the list is exactly the methods.
fn compare(list: &str, reserved: &[&str], methods: &BTreeSet<String>) -> Option<String> {
    let reserved: BTreeSet<String> = reserved.iter().map(|name| (*name).to_owned()).collect();
    let missing: Vec<&String> = methods.difference(&reserved).collect();
    let stale: Vec<&String> = reserved.difference(methods).collect();
    (!missing.is_empty() || !stale.is_empty()).then(|| {
        format!(
            "graph_entity_names::reserved::{list}: add {missing:?} (methods it does not reserve, \
             which would hide or be hidden by generated ones), remove {stale:?} (no method has \
             these names any more); then regenerate graph-resources (`cargo run -p graph-codegen`)"
        )
    })
}

#[test]
fn the_reserved_names_are_exactly_the_address_types_methods() {
    let declared = declared();
    let item = declared.methods_of("ItemPath");
    let singleton = declared.methods_of("SingletonPath");
    let related = declared.methods_of("RelatedPath");
    let collection = declared.methods_of("CollectionPath");
    let entity = declared
        .trait_functions
        .get("GraphEntity")
        .cloned()
        .unwrap_or_default();
    // The reading found the types at all (a rename would otherwise pass as "no methods").
    for (name, methods) in [
        ("ItemPath", &item),
        ("SingletonPath", &singleton),
        ("RelatedPath", &related),
        ("CollectionPath", &collection),
        ("GraphEntity", &entity),
    ] {
        assert!(
            methods.contains("path") || methods.contains("get"),
            "no methods of `{name}` found in graph-entity/src: {methods:?}"
        );
    }
    // `RelatedPath` dereferences to `<Name>Paths` as `ItemPath` does.
    let item_methods: BTreeSet<String> = item
        .iter()
        .chain(&singleton)
        .chain(&related)
        .cloned()
        .collect();
    let type_functions: BTreeSet<String> = entity
        .iter()
        .cloned()
        .chain(DERIVED_FUNCTIONS.iter().map(|name| (*name).to_owned()))
        .collect();
    let mismatches: Vec<String> = [
        compare("ITEM_METHODS", ITEM_METHODS, &item_methods),
        compare("COLLECTION_METHODS", COLLECTION_METHODS, &collection),
        compare("TYPE_FUNCTIONS", TYPE_FUNCTIONS, &type_functions),
    ]
    .into_iter()
    .flatten()
    .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_comparison_reports_a_missing_and_a_stale_name() {
    let methods: BTreeSet<String> = ["path", "get"].map(String::from).into();
    assert_eq!(compare("ITEM_METHODS", &["path", "get"], &methods), None);
    let message = compare("ITEM_METHODS", &["path", "gone"], &methods).unwrap_or_default();
    assert!(
        message.contains(r#"add ["get"]"#) && message.contains(r#"remove ["gone"]"#),
        "{message}"
    );
}

#[test]
fn methods_declared_through_a_macro_are_found() {
    let file: syn::File = syn::parse_quote! {
        macro_rules! address {
            ($name:ident, $doc:literal) => {
                #[doc = $doc]
                pub struct $name;
                impl $name {
                    pub fn shared(&self) {}
                    fn private(&self) {}
                    pub fn constructor() -> Self { $name }
                }
            };
        }
        address!(First, "first");
        address!(Second, "second");
        impl First {
            pub fn own(&self) {}
        }
    };
    let mut declared = Declared::default();
    declared.items(&file.items);
    let names = |methods: BTreeSet<String>| methods.into_iter().collect::<Vec<_>>();
    assert_eq!(names(declared.methods_of("First")), ["own", "shared"]);
    assert_eq!(names(declared.methods_of("Second")), ["shared"]);
    assert!(declared.methods_of("Third").is_empty());
}

/// A singleton type, whose `singleton()` is the one reserved function the derive generates.
#[derive(GraphEntity)]
#[graph(
    base = "entity",
    odata_type = "microsoft.graph.user",
    singleton = "/me"
)]
pub struct Me {
    pub id: Option<String>,
}

#[test]
fn the_derive_generates_the_reserved_singleton_function() {
    assert_eq!(Me::singleton().path(), "/me");
    assert!(
        DERIVED_FUNCTIONS
            .iter()
            .all(|name| TYPE_FUNCTIONS.contains(name))
    );
}
