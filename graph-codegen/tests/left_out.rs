//! The reasons `LEFT_OUT.md` gives are the true ones: a contained collection whose target has an
//! integer key (as `workflow/versions` into `workflowVersion`, keyed by an `Edm.Int32`) is left
//! out for that key, not as if the target had none; a keyless target is left out as keyless.

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
      </EntityType>
      <EntityType Name="workflowVersion" BaseType="graph.workflowBase">
        <Key>
          <PropertyRef Name="versionNumber" />
        </Key>
        <Property Name="versionNumber" Type="Edm.Int32" Nullable="false" />
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
fn a_target_with_an_integer_key_is_left_out_for_its_key_not_as_keyless() {
    let files = graph_codegen::generate(CSDL).unwrap();
    let left_out = &files["LEFT_OUT.md"];
    for line in [
        "- navigation microsoft.graph.workflow/versions: its target's key `versionNumber` is an \
         `Edm.Int32`, and the derive takes string keys only (the target is declared as a \
         complex type, without key)\n",
        "- navigation microsoft.graph.workflow/archives: its target has no key\n",
    ] {
        assert!(left_out.contains(line), "no {line:?} in:\n{left_out}");
    }
}
