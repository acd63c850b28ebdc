//! The benchmark's downstream program of the v1.0 CSDL (`graph_codegen::downstream`) addresses
//! a derived type that declares no `path` through its base's collection, and a singleton's type
//! through its singleton; the twin's program reads and writes the same types and has no
//! addresses. (The small fixture, in the module's unit tests, has no addressable derived type.)

use graph_codegen::downstream::downstream_program;

#[test]
fn the_v1_program_addresses_derived_types_and_singletons() {
    let xml = std::fs::read_to_string(graph_codegen::V1_CSDL).unwrap();
    let doc = graph_codegen::Document::parse(&xml).unwrap();
    let ours = &downstream_program(&doc, false)["src/main.rs"];
    // `windows10CompliancePolicy` embeds the abstract `deviceCompliancePolicy`, whose `path` is
    // `/deviceManagement/deviceCompliancePolicies`.
    for addressed in ["DeviceCompliancePolicy", "Windows10CompliancePolicy"] {
        assert!(
            ours.contains(&format!(
                "addresses::<graph_resources::graph::{addressed}, _>(\"key/1\");"
            )),
            "{addressed}"
        );
    }
    assert!(ours.contains("black_box(graph_resources::graph::DeviceManagement::singleton());"));
    // Contained in a policy, not in a singleton: no address of its own.
    assert!(
        ours.contains("read_write::<graph_resources::graph::DeviceCompliancePolicyAssignment>")
    );
    assert!(
        !ours.contains("addresses::<graph_resources::graph::DeviceCompliancePolicyAssignment>")
    );
    let twin = &downstream_program(&doc, true)["src/main.rs"];
    assert!(!twin.contains("addresses::<") && !twin.contains("::singleton()"));
    let reads = |text: &str| text.matches("read_write::<").count();
    assert!(reads(ours) > 3000, "{}", reads(ours));
    assert_eq!(reads(twin), reads(ours));
}
