//! The entity expander's tests: what is generated for each kind of struct, read from the
//! tokens.

use crate::expand::test_support::*;

fn connector() -> syn::DeriveInput {
    syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.deviceManagementExchangeConnector",
            path = "/deviceManagement/exchangeConnectors",
            action = "sync",
            action(name = "retire", parameters = RetireParameters),
        )]
        pub struct Connector {
            pub id: ::core::option::Option<::std::string::String>,
            #[graph(rename = "serverName")]
            pub server: ::core::option::Option<::std::string::String>,
            #[graph(read_only)]
            pub version: ::core::option::Option<::std::string::String>,
            pub count: i32,
            pub state: ::graph_entity::Nullable<State>,
            #[graph(additional_data)]
            pub additional_data: ::graph_entity::AdditionalData,
        }
    }
}

fn web_app() -> syn::DeriveInput {
    syn::parse_quote! {
        #[graph(odata_type = "microsoft.graph.webApp", action = "assign")]
        pub struct WebApp {
            #[graph(base)]
            pub app: MobileApp,
            pub app_url: ::core::option::Option<::std::string::String>,
            #[graph(rename = "useManagedBrowser")]
            pub managed: ::core::option::Option<bool>,
        }
    }
}

/// The token streams given to `schema_items!`, at any depth.
fn schema_items(tokens: proc_macro2::TokenStream, found: &mut Vec<proc_macro2::TokenStream>) {
    use proc_macro2::TokenTree;
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    for (at, tree) in trees.iter().enumerate() {
        if let TokenTree::Group(group) = tree {
            let called = at >= 2
                && matches!(&trees[at - 2], TokenTree::Ident(name) if name == "schema_items")
                && matches!(&trees[at - 1], TokenTree::Punct(bang) if bang.as_char() == '!');
            if called {
                found.push(group.stream());
            } else {
                schema_items(group.stream(), found);
            }
        }
    }
}

#[test]
fn the_description_is_kept_only_through_the_schema_feature() {
    let tokens = entity(connector());
    let mut kept = Vec::new();
    schema_items(tokens.clone(), &mut kept);
    let inside: Vec<String> = kept.into_iter().flat_map(flat).collect();
    let all = flat(tokens);
    let described = "__private :: Described for";
    assert_eq!(
        count(&inside, described),
        1,
        "{described} inside schema_items!"
    );
    assert_eq!(
        count(&all, described),
        1,
        "{described} outside schema_items!"
    );
    // `EdmType` is generated with or without the feature: a projection's compile-time check
    // reads its `PROPERTY_EDM`.
    let edm_type = "__private :: EdmType for";
    assert_eq!(
        count(&inside, edm_type),
        0,
        "{edm_type} inside schema_items!"
    );
    assert_eq!(count(&all, edm_type), 1, "{edm_type} in all");
    assert!(contains(
        &all,
        ":: graph_entity :: __private :: schema_items !"
    ));
}

#[test]
fn the_redeclared_property_check_does_not_go_with_the_schema_feature() {
    let tokens = entity(web_app());
    let mut kept = Vec::new();
    schema_items(tokens.clone(), &mut kept);
    let inside: Vec<String> = kept.into_iter().flat_map(flat).collect();
    let all = flat(tokens);
    assert_eq!(count(&all, ":: redeclared"), 1);
    assert_eq!(count(&inside, ":: redeclared"), 0);
}

#[test]
fn the_key_type_is_read_from_the_key_fields_spelling() {
    for (field, key) in [
        (quote::quote!(::core::option::Option<i32>), "i32"),
        (quote::quote!(i16), "i16"),
        (quote::quote!(Option<i64>), "i64"),
        (quote::quote!(Option<::graph_entity::edm::Int64>), "i64"),
        (quote::quote!(Option<String>), "str"),
        (quote::quote!(u32), "str"),
    ] {
        let tokens = flat(entity(syn::parse_quote! {
            #[graph(odata_type = "microsoft.graph.counter", path = "/counters")]
            pub struct Counter {
                #[graph(key)]
                pub number: #field,
            }
        }));
        assert!(contains(&tokens, &format!("type Key = {key} ;")), "{field}");
        assert!(
            contains(
                &tokens,
                &format!(
                    ":: graph_entity :: __private :: AsKey :: < {key} > :: as_key \
                     (& self . number)"
                )
            ),
            "{field}"
        );
    }
}

#[test]
fn a_keyless_entity_has_no_key_no_collection_and_no_create_body() {
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(
            odata_type = "microsoft.graph.security",
            keyless,
            singleton = "/security",
            action = "runHuntingQuery",
        )]
        pub struct Security {
            pub provider_status: ::core::option::Option<::std::string::String>,
        }
    }));
    assert_hygienic(&tokens);
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: GraphEntity for Security"
    ));
    assert!(contains(
        &tokens,
        "const KEY_PROPERTY : & 'static str = \"\" ;"
    ));
    assert!(contains(&tokens, ":: core :: option :: Option :: None"));
    assert!(contains(&tokens, "pub fn singleton ()"));
    assert!(contains(&tokens, "pub fn run_hunting_query (& self)"));
    for absent in ["Addressable", "Keyed for", "key : impl"] {
        assert!(!contains(&tokens, absent), "{absent}");
    }
    // Creating one is refused by `Addressable` alone (see `keyless-type-created`).
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: Creatable for Security { }"
    ));
}

#[test]
fn keyed_entities_are_keyed_a_derived_one_when_its_base_is() {
    let tokens = flat(entity(connector()));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: Keyed for Connector { }"
    ));
    let tokens = flat(entity(web_app()));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: Keyed for WebApp"
    ));
    assert!(contains(
        &tokens,
        "for < '__base > MobileApp : :: graph_entity :: __private :: Keyed"
    ));
}

#[test]
fn an_entity_with_path_is_addressable_and_its_actions_are_unbounded() {
    let tokens = flat(entity(connector()));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: Addressable for Connector { }"
    ));
    assert!(contains(
        &tokens,
        "pub fn sync (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,)"
    ));
    assert!(!contains(&tokens, "AddressableVia"));
    assert!(contains(
        &tokens,
        r#"const COLLECTION_PATH : & 'static str = "/deviceManagement/exchangeConnectors" ;"#
    ));
}

#[test]
fn every_entity_but_an_abstract_one_is_creatable() {
    let concrete = flat(entity(connector()));
    assert!(contains(
        &concrete,
        "impl :: graph_entity :: __private :: Creatable for Connector { }"
    ));
    // `false` is the trait's default.
    assert!(!contains(&concrete, "const ABSTRACT"));
    let derived = flat(entity(web_app()));
    assert!(contains(
        &derived,
        "impl :: graph_entity :: __private :: Creatable for WebApp \
         where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase { }"
    ));
    let abstract_type = flat(entity(syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.deviceCompliancePolicy",
            path = "/deviceManagement/deviceCompliancePolicies",
            abstract
        )]
        pub struct DeviceCompliancePolicy {
            pub id: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(!contains(&abstract_type, "Creatable"));
    assert!(contains(&abstract_type, "const ABSTRACT : bool = true ;"));
    assert!(contains(
        &abstract_type,
        "impl :: graph_entity :: __private :: Addressable for DeviceCompliancePolicy { }"
    ));
}

#[test]
fn an_entity_without_path_is_not_addressable_and_its_actions_are_bounded() {
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(base = "entity", odata_type = "microsoft.graph.deviceCategory", action = "sync")]
        pub struct DeviceCategory {
            pub id: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(!contains(&tokens, "Addressable for DeviceCategory"));
    assert!(contains(
        &tokens,
        "pub fn sync < '__a > (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,) -> :: graph_entity :: __private :: Operation \
         where Self : :: graph_entity :: __private :: AddressableVia < '__a >"
    ));
    // Naming its path is still a compile-time error, and only naming it is.
    assert!(contains(&tokens, "not_addressable"));
}

#[test]
fn a_derived_entity_is_addressable_exactly_when_its_base_is() {
    let tokens = flat(entity(web_app()));
    assert!(contains(
        &tokens,
        "impl < '__a > :: graph_entity :: __private :: Addressable for WebApp \
         where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase , \
         MobileApp : :: graph_entity :: __private :: AddressableVia < '__a >"
    ));
    assert!(contains(
        &tokens,
        "pub fn assign < '__a > (key : impl :: graph_entity :: __private :: KeyArgument < < Self as :: graph_entity :: __private :: GraphEntity > :: Key > ,) -> :: graph_entity :: __private :: Operation \
         where Self : :: graph_entity :: __private :: AddressableVia < '__a >"
    ));
    // Its paths are its base's, read only when named.
    assert!(contains(&tokens, "collection_path_of :: < MobileApp > ()"));
    assert!(contains(&tokens, "item_path_of :: < MobileApp > ()"));
}

#[test]
fn every_item_of_a_derived_type_that_needs_its_base_is_bounded_by_it() {
    // Under a binder, so that it is not a global bound, which the compiler would check
    // (a second error for a base of another type).
    let bound = "where for < '__base > MobileApp : :: graph_entity :: __private :: EntityBase";
    let tokens = flat(entity(web_app()));
    for item in [
        "pub struct __Slots",
        "impl :: core :: default :: Default for __Slots",
        "impl :: graph_entity :: __private :: Structured for WebApp",
        "impl :: graph_entity :: __private :: GraphBase for WebApp",
        "impl :: graph_entity :: __private :: EntityBase for WebApp",
        "impl :: graph_entity :: __private :: GraphEntity for WebApp",
        "impl :: graph_entity :: __private :: serde :: Serialize for WebApp",
        "impl :: graph_entity :: __private :: serde :: Serialize for WebAppPatch",
        "impl :: graph_entity :: __private :: PatchFields for WebAppPatch",
        "pub struct WebAppPatch",
        "impl :: core :: default :: Default for WebAppPatch",
        "impl WebAppPatch",
        "impl WebApp",
    ] {
        assert!(contains(&tokens, &format!("{item} {bound}")), "{item}");
    }
    // No bound on the base is global: each is under the binder.
    let predicate = "MobileApp : :: graph_entity :: __private :: EntityBase";
    assert_eq!(
        count(&tokens, predicate),
        count(&tokens, &format!("for < '__base > {predicate}"))
    );
    assert!(count(&tokens, predicate) >= 14);
    // A derived complex type's base need not be an entity.
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(odata_type = "microsoft.graph.win32LobAppRegistryRule", complex)]
        pub struct RegistryRule {
            #[graph(base)]
            pub rule: Rule,
            pub key_path: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: GraphComplex for RegistryRule \
         where for < '__base > Rule : :: graph_entity :: __private :: GraphBase"
    ));
    assert!(!contains(&tokens, "EntityBase"));
    // A type without base has no such bound.
    assert!(contains(
        &flat(entity(connector())),
        "impl :: graph_entity :: __private :: EntityBase for Connector { }"
    ));
}

#[test]
fn also_reads_overrides_the_trait_default_only_when_given() {
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(
            odata_type = "microsoft.graph.user",
            base = "entity",
            also_reads = "microsoft.graph.agentUser",
            also_reads = "microsoft.graph.botUser"
        )]
        pub struct User {
            pub id: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(contains(
        &tokens,
        r#"const ALSO_READS : & 'static [& 'static str] =
            & [ "microsoft.graph.agentUser" , "microsoft.graph.botUser" ] ;"#
    ));
    assert_hygienic(&tokens);
    assert!(!contains(&flat(entity(connector())), "ALSO_READS"));
}

#[test]
fn a_complex_type_is_not_an_entity() {
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(odata_type = "microsoft.graph.mimeContent")]
        pub struct MimeContent {
            pub r#type: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(contains(&tokens, "GraphComplex for MimeContent"));
    assert!(!contains(&tokens, "GraphEntity for MimeContent"));
    assert!(!contains(&tokens, "Addressable"));
    assert!(!tokens.contains(&"MimeContentPatch".to_owned()));
}

#[test]
fn each_own_property_of_a_derived_type_is_asserted_absent_from_its_base() {
    let tokens = flat(entity(web_app()));
    assert_eq!(
        count(
            &tokens,
            r#"let __redeclared = :: graph_entity :: __private :: redeclared (
                < MobileApp as :: graph_entity :: __private :: EntityBase > :: ALL_PROPERTIES ,
                & [ "appUrl" , "useManagedBrowser" ] ) ;"#
        ),
        1
    );
    for (at, name) in ["appUrl", "useManagedBrowser"].into_iter().enumerate() {
        let message = format!(
            "\"`{name}` is a property of the base type `MobileApp`: remove this field; \
             `WebApp` reads and writes it through its base field `app`\""
        );
        let assertion = format!(":: core :: assert ! (__redeclared != {at}usize , {message}) ;");
        assert_eq!(count(&tokens, &assertion), 1, "{assertion}");
    }
    // A type without base, or without properties of its own, has nothing to redeclare.
    assert!(!contains(&flat(entity(connector())), "redeclared"));
    let bare = flat(entity(syn::parse_quote! {
        #[graph(odata_type = "microsoft.graph.webApp")]
        pub struct WebApp {
            #[graph(base)]
            pub app: MobileApp,
        }
    }));
    assert!(!contains(&bare, "redeclared"));
}

#[test]
fn only_property_types_other_than_scalars_are_asserted_once_and_go_through_probes() {
    let tokens = flat(entity(connector()));
    // `Option<String>` and `Nullable<State>` are asserted on their inner type; the scalars
    // `String` and `i32` need no assertion, as their direct calls cannot fall back.
    for ty in [":: std :: string :: String", "i32", "State"] {
        let assertion = format!(
            ": :: core :: marker :: PhantomData < :: graph_entity :: __private :: PropertyCheck < {ty} > > ,"
        );
        let expected = usize::from(ty == "State");
        assert_eq!(count(&tokens, &assertion), expected, "{ty}");
    }
    // The additional data is not a property.
    assert!(!contains(
        &tokens,
        "PropertyCheck < :: graph_entity :: AdditionalData >"
    ));
    assert!(!tokens.contains(&"__check5".to_owned()));
    // The three `String`s and the `i32` are scalars: direct calls. `State` may be an enum
    // (read open) or not (de)serializable (one error, the assertion's): probes.
    assert_eq!(count(&tokens, "RequiredReader :: of"), 0);
    assert_eq!(count(&tokens, "__reader . required"), 1);
    assert_eq!(count(&tokens, "OptionalReader :: of"), 1);
    assert_eq!(count(&tokens, "__reader . plain_optional"), 3);
    assert_eq!(count(&tokens, ". write_required"), 0);
    assert_eq!(count(&tokens, "__writer . required"), 1);
    assert_eq!(count(&tokens, ". write_optional"), 1);
    assert_eq!(count(&tokens, "__writer . optional"), 3);
    assert_eq!(
        count(
            &tokens,
            "< RetireParameters as :: graph_entity :: __private :: ActionParameters > :: ASSERT"
        ),
        1
    );
}

#[test]
fn read_only_properties_and_the_key_are_written_only_in_full() {
    let tokens = flat(entity(connector()));
    // `id` (the key) and `version` (read-only).
    assert_eq!(
        count(
            &tokens,
            "if let :: graph_entity :: __private :: WriteMode :: Full = __mode"
        ),
        2
    );
    assert!(contains(&tokens, "pub struct ConnectorPatch"));
    assert!(!contains(&tokens, "pub version :"));
    assert!(contains(&tokens, "pub server :"));
}

#[test]
fn the_crate_attribute_changes_every_path_to_the_runtime() {
    let mut input = connector();
    input
        .attrs
        .push(syn::parse_quote!(#[graph(crate = "::my_graph")]));
    let tokens = flat(entity(input));
    assert!(contains(
        &tokens,
        "impl :: my_graph :: __private :: Addressable for Connector"
    ));
    assert!(!contains(&tokens, "graph_entity :: __private"));
    assert!(contains(
        &tokens,
        ":: my_graph :: __private :: serde :: Serialize for Connector"
    ));
}

#[test]
fn generated_entities_name_nothing_from_the_callers_scope() {
    assert_hygienic(&flat(entity(connector())));
    assert_hygienic(&flat(entity(web_app())));
    assert_hygienic(&flat(entity(syn::parse_quote! {
        #[graph(parameters)]
        pub struct RetireParameters {
            pub reason: ::core::option::Option<::std::string::String>,
        }
    })));
}

#[test]
fn every_type_derives_from_itself_and_through_its_base_from_its_bases() {
    let tokens = flat(entity(web_app()));
    assert!(contains(
        &tokens,
        "impl < __R > :: graph_entity :: __private :: DerivesFrom < __R > for WebApp \
         where MobileApp : :: graph_entity :: __private :: DerivesFrom < __R >"
    ));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: SelfView for WebApp { }"
    ));
    let tokens = flat(entity(connector()));
    assert!(contains(
        &tokens,
        "impl :: graph_entity :: __private :: SelfView for Connector { }"
    ));
}

#[test]
fn only_an_operation_that_returns_something_asserts_its_return_type() {
    let tokens = flat(entity(connector()));
    assert!(!tokens.iter().any(|token| token == "Returned"));
    let tokens = flat(entity(syn::parse_quote! {
        #[graph(
            base = "entity",
            odata_type = "microsoft.graph.deviceManagementExchangeConnector",
            path = "/deviceManagement/exchangeConnectors",
            function(name = "status", returns = Report),
            action(name = "sync", returns = ()),
        )]
        pub struct Connector {
            pub id: ::core::option::Option<::std::string::String>,
        }
    }));
    assert!(contains(
        &tokens,
        "< Report as :: graph_entity :: __private :: Returned > :: ASSERT"
    ));
    assert_eq!(
        tokens.iter().filter(|token| *token == "Returned").count(),
        1
    );
}
