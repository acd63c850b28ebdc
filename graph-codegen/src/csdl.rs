//! The CSDL (OData v4 `$metadata`) document as a model: schemas, types, operations and the
//! entity container, read with `roxmltree`.
//!
//! Every type reference is resolved to its namespace-qualified name (aliases such as `graph.`
//! and `self.` replaced by their namespace), so that the rest of the generator never sees an
//! alias. Descriptions come from `Org.OData.Core.V1.Description` annotations, inline or in an
//! `<Annotations Target="...">` block.

use std::collections::{BTreeMap, HashMap};
use std::fmt;

/// A CSDL document that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsdlError(pub String);

impl fmt::Display for CsdlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CsdlError {}

/// A reference to a type: `Edm.String`, `microsoft.graph.user`, or a collection of one.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeRef {
    /// Namespace-qualified (`Edm.String`, `microsoft.graph.user`).
    pub name: String,
    /// `Collection(...)`.
    pub collection: bool,
}

impl TypeRef {
    /// Whether this is a primitive `Edm.*` type.
    pub fn is_edm(&self) -> bool {
        self.name.starts_with("Edm.")
    }
}

/// A structural property.
#[derive(Debug, Clone, PartialEq)]
pub struct Property {
    pub name: String,
    pub ty: TypeRef,
    /// The CSDL's `Nullable` (default `true`).
    pub nullable: bool,
    /// `Org.OData.Core.V1.Computed`: set by the service, never by a client.
    pub computed: bool,
    pub description: Option<String>,
}

/// A navigation property.
#[derive(Debug, Clone, PartialEq)]
pub struct NavigationProperty {
    pub name: String,
    pub ty: TypeRef,
    pub nullable: bool,
    pub contains_target: bool,
    pub description: Option<String>,
    /// The Capabilities annotation [`REFERENCEABLE`], inline or external: `Some(true)` where it
    /// says the navigation takes `$ref`.
    pub referenceable: Option<bool>,
    /// The `Org.OData.Validation.V1.DerivedTypeConstraint` annotation: the only types the
    /// navigation may hold (namespace-qualified), empty for any type derived from its own.
    pub derived_types: Vec<String>,
    /// Its Capabilities restrictions, inline or external (`microsoft.graph.team/schedule`).
    pub restrictions: Restrictions,
}

/// The Capabilities annotations that restrict what a step does (`ReadRestrictions`,
/// `InsertRestrictions`, `UpdateRestrictions`, `DeleteRestrictions`), on a navigation property,
/// an entity set or an entity type: `None` where the CSDL is silent.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Restrictions {
    /// `ReadRestrictions/Readable`: the collection (or single-valued step) is read.
    pub readable: Option<bool>,
    /// `ReadRestrictions/ReadByKeyRestrictions/Readable`: an item is read by key.
    pub readable_by_key: Option<bool>,
    /// `InsertRestrictions/Insertable`.
    pub insertable: Option<bool>,
    /// `UpdateRestrictions/Updatable`.
    pub updatable: Option<bool>,
    /// `UpdateRestrictions/UpdateMethod`: `PATCH`, `PUT`, or both, as listed.
    pub update_methods: Option<Vec<String>>,
    /// `DeleteRestrictions/Deletable`.
    pub deletable: Option<bool>,
}

impl Restrictions {
    /// Each field of `self`, else of `fallback` (a step's own annotation over its target
    /// type's).
    pub fn or(&self, fallback: &Restrictions) -> Restrictions {
        Restrictions {
            readable: self.readable.or(fallback.readable),
            readable_by_key: self.readable_by_key.or(fallback.readable_by_key),
            insertable: self.insertable.or(fallback.insertable),
            updatable: self.updatable.or(fallback.updatable),
            update_methods: self
                .update_methods
                .clone()
                .or_else(|| fallback.update_methods.clone()),
            deletable: self.deletable.or(fallback.deletable),
        }
    }
}

/// `ReadRestrictions` and the others' terms.
pub const READ_RESTRICTIONS: &str = "Org.OData.Capabilities.V1.ReadRestrictions";
pub const INSERT_RESTRICTIONS: &str = "Org.OData.Capabilities.V1.InsertRestrictions";
pub const UPDATE_RESTRICTIONS: &str = "Org.OData.Capabilities.V1.UpdateRestrictions";
pub const DELETE_RESTRICTIONS: &str = "Org.OData.Capabilities.V1.DeleteRestrictions";

/// An entity type or a complex type.
#[derive(Debug, Clone, PartialEq)]
pub struct StructuredType {
    pub namespace: String,
    pub name: String,
    pub is_entity: bool,
    /// Namespace-qualified.
    pub base: Option<String>,
    pub is_abstract: bool,
    pub open: bool,
    pub has_stream: bool,
    /// The key's property names (entity types that declare a key).
    pub key: Vec<String>,
    pub properties: Vec<Property>,
    pub navigation: Vec<NavigationProperty>,
    pub description: Option<String>,
    /// Capabilities restrictions on the type itself (`microsoft.graph.site`), which Graph
    /// applies to every collection of it.
    pub restrictions: Restrictions,
}

impl StructuredType {
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.namespace, self.name)
    }
}

/// A member of an enum type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub value: Option<i64>,
    pub description: Option<String>,
}

/// An enum type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumType {
    pub namespace: String,
    pub name: String,
    pub flags: bool,
    pub underlying: Option<String>,
    pub members: Vec<Member>,
    pub description: Option<String>,
}

impl EnumType {
    pub fn qualified(&self) -> String {
        format!("{}.{}", self.namespace, self.name)
    }
}

/// A parameter of an action or function.
#[derive(Debug, Clone, PartialEq)]
pub struct Parameter {
    pub name: String,
    pub ty: TypeRef,
    pub nullable: bool,
    /// `Org.OData.Core.V1.OptionalParameter`.
    pub optional: bool,
}

/// An action or a function.
#[derive(Debug, Clone, PartialEq)]
pub struct Operation {
    pub namespace: String,
    pub name: String,
    pub is_function: bool,
    pub bound: bool,
    /// For a bound operation, the first parameter is the binding parameter.
    pub parameters: Vec<Parameter>,
    pub return_type: Option<(TypeRef, bool)>,
    pub composable: bool,
    pub description: Option<String>,
}

impl Operation {
    /// The binding parameter's type, for a bound operation.
    pub fn binding(&self) -> Option<&TypeRef> {
        self.bound
            .then(|| self.parameters.first().map(|p| &p.ty))
            .flatten()
    }
}

/// An entity set or singleton of the entity container.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ContainerItem {
    pub name: String,
    /// Namespace-qualified entity type.
    pub ty: String,
    pub singleton: bool,
    /// Its `NavigationPropertyBinding`s: (`Path`, `Target`), as written (`members`,
    /// `directoryObjects`).
    pub bindings: Vec<(String, String)>,
    /// Capabilities restrictions on the entity set or singleton
    /// (`microsoft.graph.GraphService/places`).
    pub restrictions: Restrictions,
}

/// An action or function import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OperationImport {
    /// The namespace of the entity container that imports it.
    pub namespace: String,
    pub name: String,
    /// Namespace-qualified operation name.
    pub operation: String,
    pub is_function: bool,
}

/// A whole CSDL document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Document {
    /// Namespace → alias, in document order.
    pub schemas: Vec<(String, Option<String>)>,
    pub structured: Vec<StructuredType>,
    pub enums: Vec<EnumType>,
    pub operations: Vec<Operation>,
    pub container: Vec<ContainerItem>,
    pub imports: Vec<OperationImport>,
}

const EDM_NS: &str = "http://docs.oasis-open.org/odata/ns/edm";
const DESCRIPTION: &str = "Org.OData.Core.V1.Description";
const COMPUTED: &str = "Org.OData.Core.V1.Computed";
const OPTIONAL: &str = "Org.OData.Core.V1.OptionalParameter";

fn children<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    name: &'static str,
) -> impl Iterator<Item = roxmltree::Node<'a, 'i>> + 'a {
    node.children()
        .filter(move |c| c.is_element() && c.tag_name().name() == name)
}

fn attr<'a>(node: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    node.attribute(name)
}

fn flag(node: roxmltree::Node<'_, '_>, name: &str, default: bool) -> bool {
    match node.attribute(name) {
        Some(value) => value == "true",
        None => default,
    }
}

/// The inline annotations of an element: term → value (`String` or `Bool` attribute; a term
/// without a value is `"true"`). A term whose value is a `Record` also gives each of its
/// `PropertyValue`s as `term/Property` → value (`Bool`, `String`, or an `EnumMember`'s text):
/// `Org.OData.Capabilities.V1.NavigationRestrictions/Referenceable` → `true`.
fn annotations(node: roxmltree::Node<'_, '_>) -> HashMap<String, String> {
    let mut found = HashMap::new();
    for a in children(node, "Annotation") {
        let Some(term) = a.attribute("Term") else {
            continue;
        };
        let value = a
            .attribute("String")
            .or_else(|| a.attribute("Bool"))
            .unwrap_or("true");
        found.insert(term.to_owned(), value.to_owned());
        for record in children(a, "Record") {
            for property in children(record, "PropertyValue") {
                let Some(name) = property.attribute("Property") else {
                    continue;
                };
                let value = property
                    .attribute("Bool")
                    .or_else(|| property.attribute("String"))
                    .or_else(|| {
                        children(property, "EnumMember")
                            .next()
                            .and_then(|member| member.text())
                    });
                if let Some(value) = value {
                    found.insert(format!("{term}/{name}"), value.trim().to_owned());
                }
                // One level of nested record: `ReadRestrictions/ReadByKeyRestrictions/Readable`.
                for inner in children(property, "Record").flat_map(|r| children(r, "PropertyValue"))
                {
                    let (Some(inner_name), Some(value)) =
                        (inner.attribute("Property"), inner.attribute("Bool"))
                    else {
                        continue;
                    };
                    found.insert(format!("{term}/{name}/{inner_name}"), value.to_owned());
                }
            }
        }
    }
    found
}

/// `NavigationRestrictions/Referenceable`: the navigation is changed through `$ref`.
pub const REFERENCEABLE: &str = "Org.OData.Capabilities.V1.NavigationRestrictions/Referenceable";

struct Resolver {
    /// alias or namespace → namespace.
    prefixes: HashMap<String, String>,
}

impl Resolver {
    /// `graph.user` → `microsoft.graph.user`; `Collection(graph.x)` → a collection.
    fn type_ref(&self, text: &str) -> TypeRef {
        let (inner, collection) = match text
            .strip_prefix("Collection(")
            .and_then(|t| t.strip_suffix(')'))
        {
            Some(inner) => (inner, true),
            None => (text, false),
        };
        TypeRef {
            name: self.name(inner),
            collection,
        }
    }

    fn name(&self, text: &str) -> String {
        if text.starts_with("Edm.") {
            return text.to_owned();
        }
        match text.rsplit_once('.') {
            Some((prefix, name)) => match self.prefixes.get(prefix) {
                Some(namespace) => format!("{namespace}.{name}"),
                None => text.to_owned(),
            },
            None => text.to_owned(),
        }
    }

    /// A `Target` of `<Annotations>`, with its alias resolved (only the part before `/`).
    fn target(&self, text: &str) -> String {
        match text.split_once('/') {
            Some((ty, rest)) => format!("{}/{rest}", self.name(ty)),
            None => self.name(text),
        }
    }
}

/// The external annotations of a document (`<Annotations Target="...">`): target → term →
/// value, consulted after an element's own.
struct External(HashMap<String, HashMap<String, String>>);

impl External {
    /// The value of `term` for `target`: its inline annotation, else an external one.
    fn lookup(&self, target: &str, inline: &HashMap<String, String>, term: &str) -> Option<String> {
        inline
            .get(term)
            .or_else(|| self.0.get(target).and_then(|terms| terms.get(term)))
            .cloned()
    }

    /// The Capabilities restrictions of `target`, inline or external, a term at a time.
    fn restrictions(&self, target: &str, inline: &HashMap<String, String>) -> Restrictions {
        let flag = |term: &str, property: &str| {
            self.lookup(target, inline, &format!("{term}/{property}"))
                .map(|value| value == "true")
        };
        Restrictions {
            readable: flag(READ_RESTRICTIONS, "Readable"),
            readable_by_key: flag(READ_RESTRICTIONS, "ReadByKeyRestrictions/Readable"),
            insertable: flag(INSERT_RESTRICTIONS, "Insertable"),
            updatable: flag(UPDATE_RESTRICTIONS, "Updatable"),
            update_methods: self
                .lookup(
                    target,
                    inline,
                    &format!("{UPDATE_RESTRICTIONS}/UpdateMethod"),
                )
                .map(|methods| {
                    methods
                        .split_whitespace()
                        .filter_map(|m| m.rsplit('/').next())
                        .map(str::to_owned)
                        .collect()
                }),
            deletable: flag(DELETE_RESTRICTIONS, "Deletable"),
        }
    }

    /// The description of `target`, if it has a non-blank one.
    fn description(&self, target: &str, inline: &HashMap<String, String>) -> Option<String> {
        self.lookup(target, inline, DESCRIPTION)
            .filter(|d| !d.trim().is_empty())
    }
}

/// The term of the derived-type constraint (OData's Validation vocabulary).
pub const DERIVED_TYPE_CONSTRAINT: &str = "Org.OData.Validation.V1.DerivedTypeConstraint";

/// The types an inline [`DERIVED_TYPE_CONSTRAINT`] annotation of `node` lists, resolved.
fn derived_type_constraint(node: roxmltree::Node<'_, '_>, resolver: &Resolver) -> Vec<String> {
    children(node, "Annotation")
        .filter(|a| attr(*a, "Term") == Some(DERIVED_TYPE_CONSTRAINT))
        .flat_map(|a| children(a, "Collection"))
        .flat_map(|c| children(c, "String"))
        .filter_map(|s| s.text())
        .map(|name| resolver.name(name.trim()))
        .collect()
}

/// An `EntityType` or `ComplexType` element of the schema `namespace`.
fn structured_type(
    node: roxmltree::Node<'_, '_>,
    namespace: &str,
    resolver: &Resolver,
    external: &External,
) -> StructuredType {
    let kind = node.tag_name().name();
    let name = attr(node, "Name").unwrap_or_default();
    let qualified = format!("{namespace}.{name}");
    let inline = annotations(node);
    let key = children(node, "Key")
        .flat_map(|k| children(k, "PropertyRef"))
        .filter_map(|p| attr(p, "Name").map(str::to_owned))
        .collect();
    let properties = children(node, "Property")
        .filter_map(|p| {
            let pname = attr(p, "Name")?;
            let inline = annotations(p);
            let target = format!("{qualified}/{pname}");
            Some(Property {
                name: pname.to_owned(),
                ty: resolver.type_ref(attr(p, "Type")?),
                nullable: flag(p, "Nullable", true),
                computed: external
                    .lookup(&target, &inline, COMPUTED)
                    .is_some_and(|v| v == "true"),
                description: external.description(&target, &inline),
            })
        })
        .collect();
    let navigation = children(node, "NavigationProperty")
        .filter_map(|p| {
            let pname = attr(p, "Name")?;
            let inline = annotations(p);
            Some(NavigationProperty {
                name: pname.to_owned(),
                ty: resolver.type_ref(attr(p, "Type")?),
                nullable: flag(p, "Nullable", true),
                contains_target: flag(p, "ContainsTarget", false),
                description: external.description(&format!("{qualified}/{pname}"), &inline),
                referenceable: external
                    .lookup(&format!("{qualified}/{pname}"), &inline, REFERENCEABLE)
                    .map(|value| value == "true"),
                derived_types: derived_type_constraint(p, resolver),
                restrictions: external.restrictions(&format!("{qualified}/{pname}"), &inline),
            })
        })
        .collect();
    StructuredType {
        namespace: namespace.to_owned(),
        name: name.to_owned(),
        is_entity: kind == "EntityType",
        base: attr(node, "BaseType").map(|b| resolver.name(b)),
        is_abstract: flag(node, "Abstract", false),
        open: flag(node, "OpenType", false),
        has_stream: flag(node, "HasStream", false),
        key,
        properties,
        navigation,
        description: external.description(&qualified, &inline),
        restrictions: external.restrictions(&qualified, &inline),
    }
}

/// The entity sets, singletons and operation imports of an `EntityContainer` element.
fn container(
    node: roxmltree::Node<'_, '_>,
    namespace: &str,
    resolver: &Resolver,
    external: &External,
    doc: &mut Document,
) {
    let container_name = attr(node, "Name").unwrap_or_default();
    for item in node.children().filter(|n| n.is_element()) {
        let Some(item_name) = attr(item, "Name") else {
            continue;
        };
        match item.tag_name().name() {
            "EntitySet" | "Singleton" => {
                let singleton = item.tag_name().name() == "Singleton";
                let ty = attr(item, if singleton { "Type" } else { "EntityType" });
                if let Some(ty) = ty {
                    let bindings = item
                        .children()
                        .filter(|n| {
                            n.is_element() && n.tag_name().name() == "NavigationPropertyBinding"
                        })
                        .filter_map(|n| {
                            Some((attr(n, "Path")?.to_owned(), attr(n, "Target")?.to_owned()))
                        })
                        .collect();
                    doc.container.push(ContainerItem {
                        name: item_name.to_owned(),
                        ty: resolver.name(ty),
                        singleton,
                        bindings,
                        restrictions: external.restrictions(
                            &format!("{namespace}.{container_name}/{item_name}"),
                            &annotations(item),
                        ),
                    });
                }
            }
            "ActionImport" | "FunctionImport" => {
                let is_function = item.tag_name().name() == "FunctionImport";
                let operation = attr(item, if is_function { "Function" } else { "Action" });
                if let Some(operation) = operation {
                    doc.imports.push(OperationImport {
                        namespace: namespace.to_owned(),
                        name: item_name.to_owned(),
                        operation: resolver.name(operation),
                        is_function,
                    });
                }
            }
            _ => {}
        }
    }
}

impl Document {
    /// Reads a CSDL document.
    pub fn parse(xml: &str) -> Result<Document, CsdlError> {
        let xml = xml.strip_prefix('\u{feff}').unwrap_or(xml);
        let tree = roxmltree::Document::parse(xml)
            .map_err(|e| CsdlError(format!("not an XML document: {e}")))?;
        let schemas: Vec<_> = tree
            .descendants()
            .filter(|n| n.is_element() && n.tag_name().name() == "Schema")
            .filter(|n| n.tag_name().namespace().is_none_or(|ns| ns == EDM_NS))
            .collect();
        if schemas.is_empty() {
            return Err(CsdlError("no <Schema> element: not a CSDL document".into()));
        }
        let mut doc = Document::default();
        let mut prefixes = HashMap::new();
        for schema in &schemas {
            let namespace = attr(*schema, "Namespace")
                .ok_or_else(|| CsdlError("a <Schema> without Namespace".into()))?;
            let alias = attr(*schema, "Alias").map(str::to_owned);
            prefixes.insert(namespace.to_owned(), namespace.to_owned());
            if let Some(alias) = &alias {
                prefixes.insert(alias.clone(), namespace.to_owned());
            }
            doc.schemas.push((namespace.to_owned(), alias));
        }
        let resolver = Resolver { prefixes };

        // External annotations: target → term → value.
        let mut external: HashMap<String, HashMap<String, String>> = HashMap::new();
        for schema in &schemas {
            for block in children(*schema, "Annotations") {
                let Some(target) = attr(block, "Target") else {
                    continue;
                };
                let entry = external.entry(resolver.target(target)).or_default();
                for (term, value) in annotations(block) {
                    entry.entry(term).or_insert(value);
                }
            }
        }
        let external = External(external);

        for schema in &schemas {
            let namespace = attr(*schema, "Namespace").unwrap_or_default().to_owned();
            for node in schema.children().filter(|n| n.is_element()) {
                let kind = node.tag_name().name();
                let Some(name) = attr(node, "Name") else {
                    continue;
                };
                let qualified = format!("{namespace}.{name}");
                let inline = annotations(node);
                match kind {
                    "EntityType" | "ComplexType" => {
                        let st = structured_type(node, &namespace, &resolver, &external);
                        doc.structured.push(st);
                    }
                    "EnumType" => {
                        let members = children(node, "Member")
                            .filter_map(|m| {
                                let mname = attr(m, "Name")?;
                                Some(Member {
                                    name: mname.to_owned(),
                                    value: attr(m, "Value").and_then(|v| v.parse().ok()),
                                    description: external.description(
                                        &format!("{qualified}/{mname}"),
                                        &annotations(m),
                                    ),
                                })
                            })
                            .collect();
                        doc.enums.push(EnumType {
                            namespace: namespace.clone(),
                            name: name.to_owned(),
                            flags: flag(node, "IsFlags", false),
                            underlying: attr(node, "UnderlyingType").map(str::to_owned),
                            members,
                            description: external.description(&qualified, &inline),
                        });
                    }
                    "Action" | "Function" => {
                        let parameters = children(node, "Parameter")
                            .filter_map(|p| {
                                let inline = annotations(p);
                                Some(Parameter {
                                    name: attr(p, "Name")?.to_owned(),
                                    ty: resolver.type_ref(attr(p, "Type")?),
                                    nullable: flag(p, "Nullable", true),
                                    optional: inline.contains_key(OPTIONAL),
                                })
                            })
                            .collect();
                        let return_type = children(node, "ReturnType").next().and_then(|r| {
                            Some((
                                resolver.type_ref(attr(r, "Type")?),
                                flag(r, "Nullable", true),
                            ))
                        });
                        doc.operations.push(Operation {
                            namespace: namespace.clone(),
                            name: name.to_owned(),
                            is_function: kind == "Function",
                            bound: flag(node, "IsBound", false),
                            parameters,
                            return_type,
                            composable: flag(node, "IsComposable", false),
                            description: external.description(&qualified, &inline),
                        });
                    }
                    "EntityContainer" => {
                        container(node, &namespace, &resolver, &external, &mut doc)
                    }
                    _ => {}
                }
            }
        }
        Ok(doc)
    }

    /// Structured types by qualified name.
    pub fn structured_index(&self) -> BTreeMap<String, usize> {
        self.structured
            .iter()
            .enumerate()
            .map(|(i, t)| (t.qualified(), i))
            .collect()
    }

    /// Enum types by qualified name.
    pub fn enum_index(&self) -> BTreeMap<String, usize> {
        self.enums
            .iter()
            .enumerate()
            .map(|(i, t)| (t.qualified(), i))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"<?xml version="1.0"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="contoso.core" Alias="c" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EnumType Name="colour" IsFlags="true">
        <Member Name="red" Value="1" />
        <Member Name="blue" Value="2" />
      </EnumType>
      <EntityType Name="thing" Abstract="true">
        <Key><PropertyRef Name="id" /></Key>
        <Property Name="id" Type="Edm.String" Nullable="false">
          <Annotation Term="Org.OData.Core.V1.Computed" Bool="true" />
        </Property>
        <Property Name="colours" Type="Collection(c.colour)" />
        <NavigationProperty Name="parts" Type="Collection(c.thing)" ContainsTarget="true" />
      </EntityType>
      <Action Name="paint" IsBound="true">
        <Parameter Name="bindingParameter" Type="c.thing" />
        <Parameter Name="colour" Type="c.colour" Nullable="false" />
        <ReturnType Type="Edm.Boolean" />
      </Action>
      <EntityContainer Name="Service">
        <EntitySet Name="things" EntityType="contoso.core.thing" />
        <Singleton Name="me" Type="c.thing" />
      </EntityContainer>
      <Annotations Target="c.thing/colours">
        <Annotation Term="Org.OData.Core.V1.Description" String="The colours." />
      </Annotations>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>"#;

    #[test]
    fn reads_types_operations_and_container_with_aliases_resolved() {
        let doc = Document::parse(SMALL).unwrap();
        assert_eq!(doc.schemas, vec![("contoso.core".into(), Some("c".into()))]);
        let thing = &doc.structured[0];
        assert_eq!(thing.qualified(), "contoso.core.thing");
        assert!(thing.is_entity && thing.is_abstract);
        assert_eq!(thing.key, ["id"]);
        assert!(thing.properties[0].computed && !thing.properties[0].nullable);
        assert_eq!(
            thing.properties[1].ty,
            TypeRef {
                name: "contoso.core.colour".into(),
                collection: true
            }
        );
        assert_eq!(
            thing.properties[1].description.as_deref(),
            Some("The colours.")
        );
        assert!(thing.navigation[0].contains_target);
        assert!(doc.enums[0].flags);
        assert_eq!(doc.enums[0].members[1].value, Some(2));
        let paint = &doc.operations[0];
        assert_eq!(paint.binding().unwrap().name, "contoso.core.thing");
        assert_eq!(paint.return_type.as_ref().unwrap().0.name, "Edm.Boolean");
        assert_eq!(doc.container.len(), 2);
        assert!(doc.container[1].singleton);
        assert_eq!(doc.container[1].ty, "contoso.core.thing");
    }

    #[test]
    fn refuses_what_is_not_csdl() {
        assert!(
            Document::parse("<a/>")
                .unwrap_err()
                .0
                .contains("no <Schema>")
        );
        assert!(Document::parse("<a").unwrap_err().0.contains("not an XML"));
    }
}
