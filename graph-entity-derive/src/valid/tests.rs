//! The rules' tests: what a valid input resolves to, and every mistake reported once.

use proc_macro2::Span;

use super::check_entity;
use super::model::{Kind, Role};
use super::names::{PATH_KEYWORD, check_path, function_ident};
use crate::ast::Entity;
use crate::ctxt::Ctxt;

fn errors_of(input: syn::DeriveInput) -> Vec<String> {
    let cx = Ctxt::new();
    if let Some(ast) = Entity::from_input(&input, &cx) {
        let _ = check_entity(&ast, &cx);
    }
    cx.messages()
}

#[test]
fn a_valid_connector_resolves_base_key_and_path() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[graph(base = "entity", odata_type = "microsoft.graph.x", path = "/xs", action = "sync")]
        struct X { id: Option<String>, name: Option<String> }
    };
    let cx = Ctxt::new();
    let ast = Entity::from_input(&input, &cx).unwrap();
    let checked = check_entity(&ast, &cx).unwrap();
    assert!(cx.check().is_ok());
    assert_eq!(checked.base_type.as_deref(), Some("microsoft.graph.entity"));
    assert!(matches!(checked.kind, Kind::Entity { path: Some(ref path) } if path == "/xs"));
    assert_eq!(checked.members[0].role, Role::Key { slot: 0 });
    assert_eq!(
        checked.members[1].role,
        Role::Property {
            slot: 1,
            read_only: false
        }
    );
    assert_eq!(checked.actions[0].function, "sync");
}

#[test]
fn all_mistakes_of_one_input_are_reported_together() {
    let errors = errors_of(syn::parse_quote! {
        #[graph(base = "entity", odata_type = "x", path = "xs", action = "")]
        struct X {
            #[graph(key)] a: String,
            #[graph(key)] b: String,
            #[graph(rename = "a")] c: String,
            #[graph(rename = "@odata.type")] d: String,
        }
    });
    assert_eq!(errors.len(), 6, "{errors:#?}");
}

#[test]
fn abstract_is_read_as_a_flag_and_action_parameters_are_never_abstract() {
    assert!(
        errors_of(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x", path = "/xs", abstract)]
            struct X { id: Option<String> }
        })
        .is_empty()
    );
    let errors = errors_of(syn::parse_quote! {
        #[graph(parameters, abstract)]
        struct P { reason: Option<String> }
    });
    assert_eq!(
        errors,
        ["action parameters have no `abstract`: remove it, or remove `parameters`"]
    );
}

#[test]
fn also_reads_names_other_qualified_types_once_each() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.user",
            also_reads = "microsoft.graph.agentUser",
            also_reads = "microsoft.graph.botUser"
        )]
        struct User { id: Option<String> }
    };
    let cx = Ctxt::new();
    let ast = Entity::from_input(&input, &cx).unwrap();
    let checked = check_entity(&ast, &cx).unwrap();
    assert!(cx.check().is_ok());
    assert_eq!(
        checked.also_reads,
        ["microsoft.graph.agentUser", "microsoft.graph.botUser"]
    );

    let errors = errors_of(syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.user",
            also_reads = "agentUser",
            also_reads = "#microsoft.graph.agentUser",
            also_reads = "microsoft.graph.user",
            also_reads = "microsoft.graph.a-b",
            also_reads = "microsoft.graph.botUser",
            also_reads = "microsoft.graph.botUser"
        )]
        struct User { id: Option<String> }
    });
    assert_eq!(
        errors,
        [
            "`agentUser` has no namespace: write the qualified name, e.g. \
             `\"microsoft.graph.agentUser\"`",
            "write the type name without `#`: `\"microsoft.graph.agentUser\"`",
            "`microsoft.graph.user` is this type's own `odata_type`, which it always reads: \
             remove this `also_reads`",
            "`microsoft.graph.a-b` is not a qualified OData type name: write dot-separated \
             identifiers, e.g. `\"microsoft.graph.deviceManagementExchangeConnector\"`",
            "`also_reads = \"microsoft.graph.botUser\"` is given twice: keep one",
        ]
    );

    let errors = errors_of(syn::parse_quote! {
        #[graph(parameters, also_reads = "microsoft.graph.agentUser")]
        struct P { reason: Option<String> }
    });
    assert_eq!(
        errors,
        ["action parameters have no `also_reads`: remove it, or remove `parameters`"]
    );
}

#[test]
fn an_unread_attribute_causes_no_follow_on_errors() {
    let errors = errors_of(syn::parse_quote! {
        #[graph(odata_typ = "microsoft.graph.x", path = "/xs")]
        struct X { #[graph(key, renam = "k")] id: String }
    });
    assert_eq!(errors.len(), 2, "{errors:#?}");
}

#[test]
fn an_additional_data_field_without_its_attribute_is_one_error() {
    for ty in [
        quote::quote!(AdditionalData),
        quote::quote!(graph_entity::AdditionalData),
        quote::quote!(::graph_entity::AdditionalData),
    ] {
        let errors = errors_of(syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x")]
            struct X { id: Option<String>, extra: #ty }
        });
        assert_eq!(
            errors,
            [
                "a field of type `AdditionalData` keeps what the struct does not model: mark \
              it `#[graph(additional_data)]`"
            ],
            "{ty}"
        );
    }
    let errors = errors_of(syn::parse_quote! {
        #[graph(base = "entity", odata_type = "microsoft.graph.x")]
        struct X {
            id: Option<String>,
            #[graph(additional_data)]
            extra: graph_entity::AdditionalData,
            data: Option<AdditionalData>,
        }
    });
    assert!(errors.is_empty(), "{errors:#?}");
}

#[test]
fn a_keyless_entity_has_no_key_member() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[graph(
            odata_type = "microsoft.graph.security",
            keyless,
            singleton = "/security",
            contains(name = "alerts_v2", target = Alert),
            action = "runHuntingQuery",
        )]
        struct Security { id: Option<String> }
    };
    let cx = Ctxt::new();
    let ast = Entity::from_input(&input, &cx).unwrap();
    let checked = check_entity(&ast, &cx).unwrap();
    assert!(cx.check().is_ok());
    assert!(matches!(checked.kind, Kind::Keyless));
    assert!(checked.is_entity() && !checked.is_keyed());
    // A field named `id` is an ordinary property of a keyless type.
    assert_eq!(
        checked.members[0].role,
        Role::Property {
            slot: 0,
            read_only: false
        }
    );
    assert!(checked.key().is_none());
    assert_eq!(checked.singleton.as_deref(), Some("/security"));
    assert_eq!(checked.navigations[0].name, "alerts_v2");
    assert_eq!(checked.actions[0].function, "run_hunting_query");
}

#[test]
fn every_keyless_mistake_is_reported_together() {
    let errors = errors_of(syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.security",
            keyless,
            path = "/security",
            function(name = "delta", returns = (), collection),
        )]
        struct Security {
            #[graph(key)] id: Option<String>,
        }
    });
    assert_eq!(errors.len(), 4, "{errors:#?}");
    for (error, fragment) in errors.iter().zip([
        "has no key property: remove `key`",
        "`base = \"entity\"` brings the key property `id`",
        "no collection to address: remove `path`",
        "no collection to bind a function to: remove `collection`",
    ]) {
        assert!(error.contains(fragment), "{error}");
    }
}

#[test]
fn base_in_another_namespace_stays_qualified() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[graph(base = "other.ns.thing", odata_type = "microsoft.graph.x")]
        struct X { #[graph(key)] name: String }
    };
    let cx = Ctxt::new();
    let ast = Entity::from_input(&input, &cx).unwrap();
    let checked = check_entity(&ast, &cx).unwrap();
    assert!(cx.check().is_ok());
    assert_eq!(checked.base_type.as_deref(), Some("other.ns.thing"));
    assert!(matches!(checked.kind, Kind::Entity { path: None }));
    assert_eq!(checked.members[0].role, Role::Key { slot: 0 });
}

#[test]
fn actions_that_cannot_be_functions_are_errors_not_panics() {
    for name in ["self", "Self", "super", "crate", "_", "delete", "get"] {
        let input: syn::DeriveInput = syn::parse_quote! {
            #[graph(base = "entity", odata_type = "microsoft.graph.x", action = #name)]
            struct X { id: Option<String> }
        };
        let cx = Ctxt::new();
        let ast = Entity::from_input(&input, &cx).unwrap();
        assert!(check_entity(&ast, &cx).is_none(), "{name}");
        assert_eq!(cx.messages().len(), 1, "{name}");
    }
    assert_eq!(
        function_ident("type", Span::call_site())
            .unwrap()
            .to_string(),
        "r#type"
    );
}

#[test]
fn paths_are_checked() {
    for (path, fragment) in [
        ("xs", "starts at the service root"),
        ("/xs/", "trailing"),
        ("/a//b", "empty segment"),
        ("/xs?$top=1", "cannot contain `?`"),
        ("/xs/{id}", "cannot contain `{`"),
    ] {
        let cx = Ctxt::new();
        assert!(!check_path(PATH_KEYWORD, path, Span::call_site(), &cx));
        let errors = cx.messages();
        assert!(errors[0].contains(fragment), "{path}: {}", errors[0]);
    }
}

#[test]
fn a_projection_resolves_its_projected_type_and_its_own_properties() {
    let input: syn::DeriveInput = syn::parse_quote! {
        #[graph(projection_of = graph_resources::graph::User)]
        struct UserRow {
            id: Option<String>,
            #[graph(rename = "userPrincipalName")]
            upn: Option<String>,
            #[graph(additional_data)]
            rest: AdditionalData,
        }
    };
    let cx = Ctxt::new();
    let ast = Entity::from_input(&input, &cx).unwrap();
    let checked = check_entity(&ast, &cx).unwrap();
    assert!(cx.check().is_ok());
    let Kind::Projection { of } = &checked.kind else {
        panic!("not a projection");
    };
    assert_eq!(
        quote::quote!(#of).to_string().replace(' ', ""),
        "graph_resources::graph::User"
    );
    let names: Vec<&str> = checked
        .properties()
        .map(|property| property.field.json_name.as_str())
        .collect();
    assert_eq!(names, ["id", "userPrincipalName"]);
    assert_eq!(checked.members[2].role, Role::AdditionalData);
}

#[test]
fn a_projection_takes_no_keyword_of_its_projected_type_and_every_one_is_an_error() {
    let errors = errors_of(syn::parse_quote! {
        #[graph(projection_of = User, odata_type = "microsoft.graph.user", base = "entity",
                path = "/users", action = "sync")]
        struct UserRow {
            #[graph(key)]
            id: Option<String>,
            #[graph(base)]
            base: DirectoryObject,
        }
    });
    assert_eq!(errors.len(), 6, "{errors:?}");
    for (error, keyword) in errors.iter().zip(["odata_type", "base", "path", "action"]) {
        assert!(error.starts_with("a projection has the"), "{error}");
        let end = format!("of the type it projects, `User`: remove `{keyword}`");
        assert!(error.ends_with(&end), "{error}");
    }
    assert!(errors[4].contains("remove `#[graph(base)]`"), "{errors:?}");
    assert!(
        errors[5].starts_with("`key` is not for a field of a projection"),
        "{errors:?}"
    );
}

#[test]
fn projection_of_takes_a_plain_type_path() {
    for input in [
        quote::quote!(
            #[graph(projection_of = "User")]
            struct R {
                id: Option<String>,
            }
        ),
        quote::quote!(
            #[graph(projection_of = Vec<User>)]
            struct R {
                id: Option<String>,
            }
        ),
        quote::quote!(
            #[graph(projection_of)]
            struct R {
                id: Option<String>,
            }
        ),
    ] {
        let input: syn::DeriveInput = syn::parse2(input).unwrap();
        let errors = errors_of(input.clone());
        let quoted = input.attrs[0]
            .meta
            .require_list()
            .unwrap()
            .tokens
            .to_string();
        if quoted.contains('"') {
            // A type in quotes is read as the type, as `returns = "T"` is.
            assert!(errors.is_empty(), "{errors:?}");
        } else {
            assert_eq!(errors.len(), 1, "{errors:?}");
            assert!(
                errors[0].starts_with("`projection_of` takes the Graph type"),
                "{errors:?}"
            );
        }
    }
}
