//! The attribute readers' tests: every keyword read, and every mistake reported once, saying
//! what to write.

use darling::util::path_to_string;
use quote::ToTokens;

use super::operations::ActionList;
use super::read::{Receiver, parse};
use super::receivers::{
    EnumAttrs, FieldAttrs, PolymorphicAttrs, PolymorphicVariantAttrs, TypeAttrs, VariantAttrs,
};
use crate::ctxt::Ctxt;

/// Reads `T` from the attributes; the parsed receiver, or every error message in order.
fn read<T: Receiver>(attrs: &[syn::Attribute]) -> std::result::Result<T, Vec<String>> {
    let cx = Ctxt::new();
    let parsed = parse::<T>(attrs, &cx);
    let messages = cx.messages();
    match parsed {
        Some(parsed) if messages.is_empty() => Ok(parsed),
        Some(_) => panic!("a receiver was returned with errors: {messages:?}"),
        None if messages.is_empty() => panic!("no receiver and no error"),
        None => Err(messages),
    }
}

fn errors<T: Receiver>(attrs: &[syn::Attribute]) -> Vec<String> {
    match read::<T>(attrs) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors,
    }
}

/// The one error of a struct attribute.
fn type_error(attrs: &[syn::Attribute]) -> String {
    let errors = errors::<TypeAttrs>(attrs);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap_or_default()
}

/// The one error of a field attribute.
fn field_error(attrs: &[syn::Attribute]) -> String {
    let errors = errors::<FieldAttrs>(attrs);
    assert_eq!(errors.len(), 1, "{errors:#?}");
    errors.into_iter().next().unwrap_or_default()
}

#[test]
fn every_struct_keyword_is_read() {
    let attrs: Vec<syn::Attribute> = syn::parse_quote! {
        /// A connector.
        #[serde(rename = "ignored")]
        #[graph(odata_type = "microsoft.graph.x", base = "entity", path = "/xs")]
        #[graph(action = "sync", action(name = "assign", parameters = a::AssignParameters))]
        #[graph(complex, parameters, crate = "::reexport::graph_entity")]
        #[graph(also_reads = "microsoft.graph.y", also_reads = "microsoft.graph.z")]
    };
    let attrs = read::<TypeAttrs>(&attrs).unwrap();
    let also_reads: Vec<&String> = attrs.also_reads.iter().map(AsRef::as_ref).collect();
    assert_eq!(also_reads, ["microsoft.graph.y", "microsoft.graph.z"]);
    assert_eq!(attrs.odata_type.unwrap().as_ref(), "microsoft.graph.x");
    assert_eq!(attrs.base.unwrap().as_ref(), "entity");
    assert_eq!(attrs.path.unwrap().as_ref(), "/xs");
    assert_eq!(attrs.actions.len(), 2);
    assert_eq!(attrs.actions[0].name, "sync");
    assert!(attrs.actions[0].parameters.is_none());
    assert_eq!(attrs.actions[1].name, "assign");
    let parameters = attrs.actions[1].parameters.as_ref().unwrap();
    assert_eq!(path_to_string(parameters), "a::AssignParameters");
    assert!(attrs.complex.is_present() && attrs.parameters.is_present());
    let krate = attrs.krate.unwrap();
    assert_eq!(
        krate.path().to_token_stream().to_string(),
        ":: reexport :: graph_entity"
    );
}

#[test]
fn absent_keywords_are_absent() {
    let attrs: Vec<syn::Attribute> = syn::parse_quote!(#[graph()] #[doc = "x"]);
    let attrs = read::<TypeAttrs>(&attrs).unwrap();
    assert!(attrs.odata_type.is_none() && attrs.base.is_none() && attrs.path.is_none());
    assert!(attrs.actions.is_empty() && attrs.krate.is_none() && attrs.also_reads.is_empty());
    assert!(!attrs.complex.is_present() && !attrs.parameters.is_present());
    let field = read::<FieldAttrs>(&[]).unwrap();
    assert!(!field.key.is_present() && field.rename.is_none());
}

#[test]
fn every_field_variant_and_enum_keyword_is_read() {
    let field = read::<FieldAttrs>(&[
        syn::parse_quote!(#[graph(key, rename = "displayName", read_only)]),
        syn::parse_quote!(#[graph(base, additional_data)]),
    ])
    .unwrap();
    assert!(field.key.is_present() && field.read_only.is_present());
    assert!(field.base.is_present() && field.additional_data.is_present());
    assert_eq!(field.rename.unwrap().as_ref(), "displayName");

    let enumeration = read::<EnumAttrs>(&[syn::parse_quote!(
        #[graph(odata_type = "microsoft.graph.e", flags, crate = graph)]
    )])
    .unwrap();
    assert!(enumeration.flags.is_present());
    assert_eq!(
        enumeration.odata_type.unwrap().as_ref(),
        "microsoft.graph.e"
    );
    assert_eq!(path_to_string(enumeration.krate.unwrap().path()), "graph");

    let variant = read::<VariantAttrs>(&[syn::parse_quote!(#[graph(rename = "m")])]).unwrap();
    assert_eq!(variant.rename.unwrap().as_ref(), "m");
    let other = read::<PolymorphicVariantAttrs>(&[syn::parse_quote!(#[graph(other)])]).unwrap();
    assert!(other.other.is_present());
    let polymorphic =
        read::<PolymorphicAttrs>(&[syn::parse_quote!(#[graph(crate = "g")])]).unwrap();
    assert!(polymorphic.krate.is_some());
}

#[test]
fn two_mistakes_in_one_attribute_are_two_errors() {
    let errors = errors::<FieldAttrs>(&[syn::parse_quote!(
        #[graph(key = true, renam = "x", rename = "y")]
    )]);
    assert_eq!(
        errors,
        [
            "`key` is a flag and takes no value: write `#[graph(key)]`",
            "Unknown field: `renam`. Did you mean `rename`?",
        ]
    );
}

#[test]
fn every_mistake_of_every_attribute_is_reported_in_order() {
    let errors = errors::<TypeAttrs>(&[
        syn::parse_quote!(#[graph(odata_type = 3, complex = "yes")]),
        syn::parse_quote!(#[graph(pth = "/xs", action = sync, odata_type = "x")]),
    ]);
    assert_eq!(errors.len(), 5, "{errors:#?}");
    assert_eq!(
        errors[0],
        "`odata_type` takes a string: write `odata_type = \"3\"`"
    );
    assert_eq!(
        errors[1],
        "`complex` is a flag and takes no value: write `#[graph(complex)]`"
    );
    assert_eq!(errors[2], "Unknown field: `pth`. Did you mean `path`?");
    assert!(
        errors[3].starts_with("`action` takes a name in quotes"),
        "{}",
        errors[3]
    );
    assert_eq!(
        errors[4],
        "`odata_type` is given twice: keep one `odata_type`"
    );
}

#[test]
fn a_key_given_twice_is_caught_across_attributes() {
    let error = type_error(&[
        syn::parse_quote!(#[graph(base = "entity")]),
        syn::parse_quote!(#[graph(base = "other")]),
    ]);
    assert_eq!(error, "`base` is given twice: keep one `base`");
    let error = field_error(&[syn::parse_quote!(#[graph(key, key)])]);
    assert_eq!(error, "`key` is given twice: keep one `key`");
}

#[test]
fn actions_may_repeat() {
    let attrs = read::<TypeAttrs>(&[syn::parse_quote!(
        #[graph(action = "sync", action = "retire", action = "sync")]
    )])
    .unwrap();
    let names: Vec<&str> = attrs.actions.iter().map(|a| a.name.as_str()).collect();
    // The same name twice is a rule of `valid`, with its own message.
    assert_eq!(names, ["sync", "retire", "sync"]);
}

#[test]
fn unknown_keys_get_a_suggestion_or_the_list_of_keys() {
    let error = type_error(&[syn::parse_quote!(#[graph(odata_typ = "x")])]);
    assert_eq!(
        error,
        "Unknown field: `odata_typ`. Did you mean `odata_type`?"
    );
    let error = field_error(&[syn::parse_quote!(#[graph(nullable)])]);
    assert_eq!(
        error,
        "Unknown field: `nullable`. Did you mean `non_nullable`?"
    );
    let error = field_error(&[syn::parse_quote!(#[graph(optional)])]);
    assert_eq!(
        error,
        "Unknown field: `optional`. Available values: `additional_data`, `base`, `key`, \
         `non_nullable`, `read_only`, `rename`"
    );
    // A keyword of another receiver is unknown here.
    let errors = errors::<VariantAttrs>(&[syn::parse_quote!(#[graph(key)])]);
    assert_eq!(errors, ["Unknown field: `key`. Available values: `rename`"]);
    let error = field_error(&[syn::parse_quote!(#[graph(serde::rename = "x")])]);
    assert!(
        error.starts_with("Unknown field: `serde::rename`"),
        "{error}"
    );
}

#[test]
fn a_flag_with_a_value_says_to_write_the_bare_flag() {
    for attr in [
        syn::parse_quote!(#[graph(read_only = true)]),
        syn::parse_quote!(#[graph(read_only = "yes")]),
        syn::parse_quote!(#[graph(read_only(true))]),
        syn::parse_quote!(#[graph(read_only = /x)]),
        syn::parse_quote!(#[graph(read_only = )]),
    ] {
        assert_eq!(
            field_error(&[attr]),
            "`read_only` is a flag and takes no value: write `#[graph(read_only)]`"
        );
    }
    let errors = errors::<PolymorphicVariantAttrs>(&[syn::parse_quote!(#[graph(other = 1)])]);
    assert_eq!(
        errors,
        ["`other` is a flag and takes no value: write `#[graph(other)]`"]
    );
}

#[test]
fn a_text_keyword_of_another_kind_says_what_to_write() {
    for (attr, written) in [
        (syn::parse_quote!(#[graph(rename = fooBar)]), "fooBar"),
        (syn::parse_quote!(#[graph(rename = 3)]), "3"),
        (syn::parse_quote!(#[graph(rename = true)]), "true"),
        (syn::parse_quote!(#[graph(rename = foo bar)]), "foo bar"),
        (syn::parse_quote!(#[graph(rename = foo-bar)]), "foo-bar"),
        (syn::parse_quote!(#[graph(rename = 'x')]), "..."),
        (syn::parse_quote!(#[graph(rename = [a])]), "..."),
        (syn::parse_quote!(#[graph(rename = )]), "..."),
        (syn::parse_quote!(#[graph(rename)]), "..."),
        (syn::parse_quote!(#[graph(rename("x"))]), "..."),
    ] {
        assert_eq!(
            field_error(&[attr]),
            format!("`rename` takes a string: write `rename = \"{written}\"`")
        );
    }
    for (attr, message) in [
        (
            syn::parse_quote!(#[graph(odata_type = microsoft.graph.x)]),
            "`odata_type` takes a string: write `odata_type = \"microsoft.graph.x\"`",
        ),
        (
            syn::parse_quote!(#[graph(path = /a/b)]),
            "`path` takes a string: write `path = \"/a/b\"`",
        ),
        (
            syn::parse_quote!(#[graph(base = entity)]),
            "`base` takes a string: write `base = \"entity\"`",
        ),
        (
            syn::parse_quote!(#[graph(also_reads = microsoft.graph.agentUser)]),
            "`also_reads` takes a string: write `also_reads = \"microsoft.graph.agentUser\"`",
        ),
    ] {
        assert_eq!(type_error(&[attr]), message);
    }
}

#[test]
fn an_unquoted_action_says_to_quote_it_or_list_it() {
    assert_eq!(
        type_error(&[syn::parse_quote!(#[graph(action = retire)])]),
        "`action` takes a name in quotes or a list: write `action = \"retire\"` or \
         `action(name = \"retire\", parameters = RetireParameters)`"
    );
    for attr in [
        syn::parse_quote!(#[graph(action)]),
        syn::parse_quote!(#[graph(action = 3.5)]),
        syn::parse_quote!(#[graph(action = a.b)]),
        syn::parse_quote!(#[graph(action = /sync)]),
    ] {
        assert_eq!(
            type_error(&[attr]),
            "`action` takes a name in quotes or a list: write `action = \"sync\"` or \
             `action(name = \"sync\", parameters = SyncParameters)`"
        );
    }
}

#[test]
fn the_list_form_of_an_action_is_read_by_the_same_loop() {
    let error = type_error(&[syn::parse_quote!(#[graph(action(parameters = P))])]);
    assert_eq!(
        error,
        "`action(...)` needs the action's name: write \
         `action(name = \"...\", parameters = P)`"
    );
    let error = type_error(&[syn::parse_quote!(#[graph(action())])]);
    assert!(error.contains("parameters = SyncParameters"), "{error}");
    // A misspelt or malformed name is one error, not also a missing name.
    let error = type_error(&[syn::parse_quote!(#[graph(action(nam = "sync"))])]);
    assert_eq!(error, "Unknown field: `nam`. Did you mean `name`?");
    let error = type_error(&[syn::parse_quote!(#[graph(action(name = sync))])]);
    assert_eq!(error, "`name` takes a string: write `name = \"sync\"`");
    let error = type_error(&[syn::parse_quote!(#[graph(action(name = "a", name = "b"))])]);
    assert_eq!(error, "`name` is given twice: keep one `name`");
    let errors = errors::<TypeAttrs>(&[syn::parse_quote!(
        #[graph(action(name = 1, parameters = 2))]
    )]);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(
        errors[1],
        "`parameters` takes the type of the action's body: write \
         `parameters = SyncParameters`"
    );
}

#[test]
fn action_parameters_are_type_paths() {
    let attrs = read::<TypeAttrs>(&[syn::parse_quote!(
        #[graph(
            action(name = "a", parameters = Generic<u8>),
            action(name = "b", parameters = "quoted::Parameters"),
        )]
    )])
    .unwrap();
    let paths: Vec<String> = attrs
        .actions
        .iter()
        .map(|action| action.parameters.to_token_stream().to_string())
        .collect();
    assert_eq!(paths, ["Generic < u8 >", "quoted :: Parameters"]);
    for attr in [
        syn::parse_quote!(#[graph(action(name = "a", parameters))]),
        syn::parse_quote!(#[graph(action(name = "a", parameters = "not a path"))]),
        syn::parse_quote!(#[graph(action(name = "a", parameters = <T as X>::Y))]),
    ] {
        assert!(type_error(&[attr]).starts_with("`parameters` takes the type"));
    }
}

#[test]
fn crate_takes_a_path_in_quotes() {
    for attr in [
        syn::parse_quote!(#[graph(crate = "graph entity")]),
        syn::parse_quote!(#[graph(crate = 3)]),
        syn::parse_quote!(#[graph(crate)]),
        syn::parse_quote!(#[graph(crate = /x)]),
    ] {
        assert_eq!(
            type_error(&[attr]),
            "`crate` takes a path in quotes: write `crate = \"::graph_entity\"`"
        );
    }
}

#[test]
fn a_graph_attribute_is_a_list_of_keywords() {
    let expected = "write the keywords in parentheses, `#[graph(...)]`; here they are \
                    `key`, `rename`, `read_only`, `non_nullable`, `base` and \
                    `additional_data`";
    assert_eq!(field_error(&[syn::parse_quote!(#[graph])]), expected);
    assert_eq!(field_error(&[syn::parse_quote!(#[graph = "x"])]), expected);
    assert_eq!(
        field_error(&[syn::parse_quote!(#[graph("displayName")])]),
        "a value needs its keyword: write `keyword = \"displayName\"`, where the keyword \
         is one of `key`, `rename`, `read_only`, `non_nullable`, `base` or `additional_data`"
    );
    assert_eq!(
        errors::<VariantAttrs>(&[syn::parse_quote!(#[graph("m")])]),
        ["a value needs its keyword: write `keyword = \"m\"`, where the keyword is `rename`"]
    );
    // Tokens darling cannot split into items are one error, and the other attributes are
    // still read.
    let errors = errors::<FieldAttrs>(&[
        syn::parse_quote!(#[graph(= "x")]),
        syn::parse_quote!(#[graph(key = 1)]),
    ]);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(errors[0], "expected identifier or literal");
    assert_eq!(
        field_error(&[syn::parse_quote!(#[graph(key,, read_only)])]),
        "an empty item: remove this `,`"
    );
    // A trailing comma is no empty item.
    assert!(read::<FieldAttrs>(&[syn::parse_quote!(#[graph(key, read_only,)])]).is_ok());
}

#[test]
fn a_malformed_item_hides_no_other() {
    let errors = errors::<TypeAttrs>(&[syn::parse_quote!(
        #[graph(path = a b c, action(name = x y, parameters = P), complex = x y)]
    )]);
    assert_eq!(
        errors,
        [
            "`path` takes a string: write `path = \"a b c\"`",
            "`name` takes a string: write `name = \"x y\"`",
            "`complex` is a flag and takes no value: write `#[graph(complex)]`",
        ]
    );
}

#[test]
fn every_receiver_names_each_keyword_once() {
    fn names<T: Receiver>() -> Vec<&'static str> {
        T::KEYWORDS
            .iter()
            .map(|(keyword, _)| keyword.name())
            .collect()
    }
    for names in [
        names::<TypeAttrs>(),
        names::<FieldAttrs>(),
        names::<EnumAttrs>(),
        names::<VariantAttrs>(),
        names::<PolymorphicAttrs>(),
        names::<PolymorphicVariantAttrs>(),
        names::<ActionList>(),
    ] {
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{names:?}");
    }
}

#[test]
fn functions_navigation_and_singletons_are_read_in_declaration_order() {
    let attrs = read::<TypeAttrs>(&[syn::parse_quote!(#[graph(
        singleton = "/me",
        contains(name = "messages", target = Message),
        contains(name = "root", target = a::DriveItem, single),
        function(name = "delta", collection, returns = Page<DeltaItem<User>>),
        action(name = "clean", returns = ()),
        function(name = "f", parameters = P, returns = "Vec<String>")
    )])])
    .unwrap_or_else(|errors| panic!("{errors:?}"));
    assert_eq!(
        attrs.singleton.as_ref().map(|text| text.as_ref().as_str()),
        Some("/me")
    );
    let contains: Vec<(&str, bool, String)> = attrs
        .contains
        .iter()
        .map(|c| {
            (
                c.name.as_str(),
                c.single,
                c.target.to_token_stream().to_string(),
            )
        })
        .collect();
    assert_eq!(
        contains,
        [
            ("messages", false, "Message".to_owned()),
            ("root", true, "a :: DriveItem".to_owned())
        ]
    );
    let operations: Vec<(&str, bool, bool, String)> = attrs
        .actions
        .iter()
        .map(|a| {
            let returns = a
                .returns
                .as_ref()
                .map(|ty| ty.to_token_stream().to_string());
            (
                a.name.as_str(),
                a.is_function,
                a.collection,
                returns.unwrap_or_default(),
            )
        })
        .collect();
    assert_eq!(
        operations,
        [
            (
                "delta",
                true,
                true,
                "Page < DeltaItem < User > >".to_owned()
            ),
            ("clean", false, false, "()".to_owned()),
            ("f", true, false, "Vec < String >".to_owned()),
        ]
    );
}

#[test]
fn a_function_needs_its_list_and_its_return_type() {
    assert!(
        type_error(&[syn::parse_quote!(#[graph(function = "delta")])])
            .starts_with("`function` takes a list")
    );
    assert!(
        type_error(&[syn::parse_quote!(#[graph(function(name = "delta"))])])
            .starts_with("a function returns a value: add `returns = T`")
    );
    assert_eq!(
        type_error(&[syn::parse_quote!(#[graph(contains(name = "m", target = 3))])]),
        "`target` takes a type: write `target = Message`"
    );
    assert_eq!(
        type_error(&[syn::parse_quote!(#[graph(contains(name = "m", target = M, singel))])]),
        "Unknown field: `singel`. Did you mean `single`?"
    );
}

#[test]
fn allows_lists_the_capabilities_of_a_contained_step_in_order() {
    let attrs = read::<TypeAttrs>(&[syn::parse_quote!(#[graph(
        contains(name = "schedule", target = Schedule, single, allows(get, replace)),
        contains(name = "calendarView", target = Event, allows(list)),
        contains(name = "events", target = Event)
    )])])
    .unwrap_or_else(|errors| panic!("{errors:?}"));
    let allows: Vec<Option<Vec<&str>>> = attrs
        .contains
        .iter()
        .map(|c| {
            c.allows
                .as_ref()
                .map(|list| list.iter().map(|(k, _)| k.name()).collect())
        })
        .collect();
    assert_eq!(
        allows,
        [Some(vec!["get", "replace"]), Some(vec!["list"]), None]
    );
}

#[test]
fn every_mistake_in_allows_is_reported_at_once() {
    let errors = errors::<TypeAttrs>(&[syn::parse_quote!(#[graph(
        contains(name = "schedule", target = Schedule, single, allows(list, get, get, patch)),
        navigation(name = "memberOf", target = DirectoryObject, allows(list))
    )])]);
    // A list that is itself malformed is not read further (`list` on a single-valued step is
    // reported once the list is well formed: the next test).
    assert_eq!(errors.len(), 3, "{errors:#?}");
    assert!(errors[0].contains("`get` is listed twice"), "{}", errors[0]);
    assert!(
        errors[1].contains("`allows` lists what the contained step allows"),
        "{}",
        errors[1]
    );
    assert!(
        errors[2].contains("`navigation(...)` takes no `allows`"),
        "{}",
        errors[2]
    );
}

#[test]
fn a_single_valued_step_neither_lists_nor_creates() {
    let errors = errors::<TypeAttrs>(&[syn::parse_quote!(#[graph(
        contains(name = "schedule", target = Schedule, single, allows(list, get, create))
    )])]);
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert!(errors[0].contains("no collection to list"), "{}", errors[0]);
    assert!(
        errors[1].contains("no collection to create in"),
        "{}",
        errors[1]
    );
}
