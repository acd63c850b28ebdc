//! The README's quick start: the generated `User` (graph-resources, feature `users`) through
//! the client, against the local Graph stand-in: list users with `$select`, get one, and handle
//! a typed 404. Run it with `cargo run -p graph-entity-tests --example quick_start`.

use graph_entity::client::{Client, ClientCredentials, ClientError, TryStreamExt};
use graph_entity::{Query, ServiceRoot};
use graph_resources::graph::User;
use graph_standin::StandIn;

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // A local Graph with two users and a token endpoint, on 127.0.0.1. Against Graph itself:
    // `ServiceRoot::v1()`, and `ClientCredentials::new(tenant, client_id, secret)`.
    let standin = StandIn::builder()
        .client("app-id", "app-secret")
        .seed_document(
            r#"{"/users": [
                {"id": "u1", "displayName": "Adele Vance", "mail": "adele@contoso.com", "city": "Seattle"},
                {"id": "u2", "displayName": "Alex Wilber", "mail": "alex@contoso.com", "city": "San Diego"}
            ]}"#,
        )?
        .start()
        .await?;
    let token_url = standin.token_url().ok_or("no token endpoint")?;
    let tokens = ClientCredentials::with_token_url(&token_url, "app-id", "app-secret")?;
    let client = Client::builder(ServiceRoot::parse(&standin.service_root())?, tokens).build()?;

    // List users with `$select` (a misspelt property does not compile), page by page.
    let select = Query::<User>::typed().select([User::DISPLAY_NAME, User::MAIL]);
    let mut pages = client.list::<User, _>(&select)?;
    let mut names = Vec::new();
    while let Some(page) = pages.try_next().await? {
        names.extend(page.value.into_iter().filter_map(|user| user.display_name));
    }
    assert_eq!(names, ["Adele Vance", "Alex Wilber"]);

    // Get one: only the selected properties come back.
    let adele: User = client.get("u1", &select).await?;
    assert_eq!(adele.mail.as_deref(), Some("adele@contoso.com"));
    assert_eq!(adele.city, None);

    // A typed 404, with Graph's error code and request id.
    match client.get::<User, _>("nobody", &Query::new()).await {
        Err(ClientError::NotFound(error)) => {
            println!("404: {:?} ({:?})", error.code(), error.request_id());
        }
        other => return Err(format!("expected a typed 404, got {other:?}").into()),
    }
    println!("listed {names:?}, read {:?}", adele.display_name);
    Ok(())
}
