//! The stand-in's binary: `graph-standin --port 0 --seed FILE` serves the seed.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use graph_entity::client::{Client, StaticToken};
use graph_entity::resources::DeviceManagementExchangeConnector as Connector;
use graph_entity::{Query, ServiceRoot};

#[tokio::test]
async fn the_binary_serves_its_seed() {
    let dir = std::env::temp_dir().join(format!("graph-standin-seed-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let seed = dir.join("seed.json");
    std::fs::write(
        &seed,
        r#"{"/deviceManagement/exchangeConnectors": [
            {"id": "c1", "serverName": "mail01"}, {"id": "c2", "serverName": "mail02"},
            {"id": "c3", "serverName": "mail03"}]}"#,
    )
    .unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_graph-standin"))
        .args(["--port", "0", "--page-size", "2", "--seed"])
        .arg(&seed)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let root = first
        .trim()
        .strip_prefix("graph-standin: service root ")
        .unwrap_or_else(|| panic!("unexpected first line {first:?}"))
        .to_owned();
    let client = Client::builder(
        ServiceRoot::parse(&root).unwrap(),
        StaticToken::new("unused"),
    )
    .build()
    .unwrap();
    let listed = client
        .list::<Connector, _>(&Query::new())
        .unwrap()
        .items()
        .await;
    let read: Result<Connector, _> = client.get("c2", &Query::new()).await;
    child.kill().unwrap();
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let names: Vec<_> = listed
        .unwrap()
        .into_iter()
        .filter_map(|c| c.server_name)
        .collect();
    assert_eq!(names, ["mail01", "mail02", "mail03"]);
    assert_eq!(read.unwrap().server_name.as_deref(), Some("mail02"));

    let refused = Command::new(env!("CARGO_BIN_EXE_graph-standin"))
        .args(["--seed", "/nonexistent/seed.json"])
        .output()
        .unwrap();
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("/nonexistent/seed.json"));
}
