//! Keys of every type the derive takes, and the true reasons of `LEFT_OUT.md` for the others: a
//! target with an integer key (`workflow/versions` into `workflowVersion`, keyed by an
//! `Edm.Int32`) is an entity with an integer key field, reached by its navigation; a target with
//! a key of another type (an `Edm.Guid` here) is left out for that key, not as if it had none;
//! a keyless target is left out as keyless.

const CSDL: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<edmx:Edmx Version="4.0" xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx">
  <edmx:DataServices>
    <Schema Namespace="microsoft.graph" Alias="graph" xmlns="http://docs.oasis-open.org/odata/ns/edm">
      <EntityType Name="entity" Abstract="true">
        <Key>
          <PropertyRef Name="id" />
        </Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
      </EntityType>
      <EntityType Name="workflowBase" Abstract="true">
        <Property Name="displayName" Type="Edm.String" />
      </EntityType>
      <EntityType Name="workflow" BaseType="graph.workflowBase">
        <Key>
          <PropertyRef Name="id" />
        </Key>
        <Property Name="id" Type="Edm.String" Nullable="false" />
        <NavigationProperty Name="versions" Type="Collection(graph.workflowVersion)" ContainsTarget="true" />
        <NavigationProperty Name="archives" Type="Collection(graph.archive)" ContainsTarget="true" />
        <NavigationProperty Name="stamps" Type="Collection(graph.stamp)" ContainsTarget="true" />
      </EntityType>
      <EntityType Name="workflowVersion" BaseType="graph.workflowBase">
        <Key>
          <PropertyRef Name="versionNumber" />
        </Key>
        <Property Name="versionNumber" Type="Edm.Int32" Nullable="false" />
      </EntityType>
      <EntityType Name="stamp">
        <Key>
          <PropertyRef Name="stampId" />
        </Key>
        <Property Name="stampId" Type="Edm.Guid" Nullable="false" />
      </EntityType>
      <EntityType Name="archive">
        <Property Name="name" Type="Edm.String" />
      </EntityType>
      <EntityContainer Name="GraphService">
        <EntitySet Name="workflows" EntityType="graph.workflow" />
      </EntityContainer>
    </Schema>
  </edmx:DataServices>
</edmx:Edmx>
"#;

#[test]
fn a_target_with_an_integer_key_is_addressed_and_one_with_another_key_left_out_for_it() {
    let files = graph_codegen::generate(CSDL).unwrap();
    let left_out = &files["LEFT_OUT.md"];
    for line in [
        "- navigation microsoft.graph.workflow/stamps: its target's key `stampId` is an \
         `Edm.Guid`, and the derive takes string and integer keys only (the target is declared \
         as a complex type, without key)\n",
        "- navigation microsoft.graph.workflow/archives: its target has no key\n",
    ] {
        assert!(left_out.contains(line), "no {line:?} in:\n{left_out}");
    }
    assert!(!left_out.contains("versions"), "{left_out}");
    let all: String = files.values().map(String::as_str).collect();
    for needle in [
        "contains(name = \"versions\", target = WorkflowVersion)",
        "#[graph(key, non_nullable)]\n    pub version_number: Option<i32>,",
    ] {
        assert!(all.contains(needle), "no {needle:?} in the generated crate");
    }
}
