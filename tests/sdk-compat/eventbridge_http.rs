//! Connections and API destinations through aws-sdk-eventbridge against a local endpoint:
//! API key, Basic and OAuth client-credentials authorization with their extra parameters,
//! path/header/query values from the target, retries on 5xx under the retry policy, no retry
//! on 4xx, deauthorization, and the errors of each.

use std::collections::HashMap;

use aws_sdk_eventbridge::Client;
use aws_sdk_eventbridge::error::ProvideErrorMetadata;
use aws_sdk_eventbridge::types::{
    ApiDestinationHttpMethod, ConnectionAuthorizationType, ConnectionBodyParameter,
    ConnectionHeaderParameter, ConnectionHttpParameters, ConnectionOAuthHttpMethod,
    ConnectionQueryStringParameter, ConnectionState, CreateConnectionApiKeyAuthRequestParameters,
    CreateConnectionAuthRequestParameters, CreateConnectionOAuthClientRequestParameters,
    CreateConnectionOAuthRequestParameters, HttpParameters, PutEventsRequestEntry, RetryPolicy,
    Target,
};

use crate::harness::Dockside;
use crate::receiver::Receiver;

async fn put(eb: &Client, kind: &str) {
    let out = eb
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .source("my.app")
                .detail_type(kind)
                .detail(r#"{"id":7}"#)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.failed_entry_count(), 0);
}

/// A rule for `detail-type` = `kind` calling `dest` with path value `kind`.
async fn route(eb: &Client, kind: &str, dest: &str) {
    eb.put_rule()
        .name(kind)
        .event_pattern(format!(r#"{{"detail-type":["{kind}"]}}"#))
        .send()
        .await
        .unwrap();
    let http = HttpParameters::builder()
        .path_parameter_values(kind)
        .set_header_parameters(Some(HashMap::from([("X-Kind".into(), kind.into())])))
        .set_query_string_parameters(Some(HashMap::from([("v".into(), "2".into())])))
        .build();
    eb.put_targets()
        .rule(kind)
        .targets(
            Target::builder()
                .id("hook")
                .arn(dest)
                .role_arn("arn:aws:iam::000000000000:role/eb")
                .http_parameters(http)
                .retry_policy(RetryPolicy::builder().maximum_retry_attempts(2).build())
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn api_destinations_call_the_endpoint_with_the_connection_s_authorization() {
    let d = Dockside::start().await;
    let eb = Client::new(&d.sdk_config("test"));
    let hook = Receiver::start().await;

    let auth = CreateConnectionAuthRequestParameters::builder()
        .api_key_auth_parameters(
            CreateConnectionApiKeyAuthRequestParameters::builder()
                .api_key_name("x-api-key")
                .api_key_value("secret-1")
                .build()
                .unwrap(),
        )
        .invocation_http_parameters(
            ConnectionHttpParameters::builder()
                .header_parameters(
                    ConnectionHeaderParameter::builder()
                        .key("X-Team")
                        .value("dock")
                        .build(),
                )
                .query_string_parameters(
                    ConnectionQueryStringParameter::builder()
                        .key("src")
                        .value("eb")
                        .is_value_secret(true)
                        .build(),
                )
                .body_parameters(
                    ConnectionBodyParameter::builder()
                        .key("extra")
                        .value("1")
                        .build(),
                )
                .build(),
        )
        .build();
    let conn = eb
        .create_connection()
        .name("keyed")
        .authorization_type(ConnectionAuthorizationType::ApiKey)
        .auth_parameters(auth.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(conn.connection_state(), Some(&ConnectionState::Authorized));
    let conn_arn = conn.connection_arn().unwrap().to_string();
    assert!(conn_arn.starts_with("arn:aws:events:us-east-1:000000000000:connection/keyed/"));
    let described = eb.describe_connection().name("keyed").send().await.unwrap();
    let shown = described.auth_parameters().unwrap();
    assert_eq!(
        shown.api_key_auth_parameters().unwrap().api_key_name(),
        Some("x-api-key")
    );
    let q = &shown
        .invocation_http_parameters()
        .unwrap()
        .query_string_parameters()[0];
    assert_eq!(q.value(), None, "secret values are never shown");
    assert!(described.secret_arn().unwrap().starts_with(
        "arn:aws:secretsmanager:us-east-1:000000000000:secret:events!connection/keyed/"
    ));

    // Errors.
    let e = eb
        .create_connection()
        .name("keyed")
        .authorization_type(ConnectionAuthorizationType::ApiKey)
        .auth_parameters(auth)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceAlreadyExistsException"));
    // BASIC with an API key's parameters.
    let half = CreateConnectionAuthRequestParameters::builder()
        .api_key_auth_parameters(
            CreateConnectionApiKeyAuthRequestParameters::builder()
                .api_key_name("k")
                .api_key_value("v")
                .build()
                .unwrap(),
        )
        .build();
    let e = eb
        .create_connection()
        .name("half")
        .authorization_type(ConnectionAuthorizationType::Basic)
        .auth_parameters(half)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"), "{e:?}");
    let e = eb
        .describe_connection()
        .name("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    let e = eb
        .create_api_destination()
        .name("lost")
        .connection_arn("arn:aws:events:us-east-1:000000000000:connection/nope/1")
        .invocation_endpoint(format!("{}/x", hook.url))
        .http_method(ApiDestinationHttpMethod::Post)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));

    let dest = eb
        .create_api_destination()
        .name("hook")
        .connection_arn(&conn_arn)
        .invocation_endpoint(format!("{}/hook/*", hook.url))
        .http_method(ApiDestinationHttpMethod::Post)
        .invocation_rate_limit_per_second(50)
        .send()
        .await
        .unwrap();
    let dest_arn = dest.api_destination_arn().unwrap().to_string();
    let listed = eb.list_api_destinations().send().await.unwrap();
    assert_eq!(
        listed.api_destinations()[0].invocation_rate_limit_per_second(),
        Some(50)
    );

    route(&eb, "orders", &dest_arn).await;
    put(&eb, "orders").await;
    let seen = hook.wait_for(1).await;
    assert_eq!(seen.len(), 1);
    let call = &seen[0];
    assert_eq!(call.method, "POST");
    assert_eq!(call.target, "/hook/orders?src=eb&v=2");
    assert_eq!(call.header("x-api-key"), Some("secret-1"));
    assert_eq!(call.header("x-team"), Some("dock"));
    assert_eq!(call.header("x-kind"), Some("orders"));
    assert_eq!(
        call.header("user-agent"),
        Some("Amazon/EventBridge/ApiDestinations")
    );
    assert_eq!(
        call.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    let body: serde_json::Value = serde_json::from_str(&call.body).unwrap();
    assert_eq!(body["source"], "my.app");
    assert_eq!(body["detail"]["id"], 7);
    assert_eq!(
        body["extra"], "1",
        "the connection's body parameters join the body"
    );

    // A 500 is retried (with back-off, on the clock), a 400 is not.
    d.manual_clock();
    hook.statuses.lock().unwrap().extend([500, 400]);
    put(&eb, "orders").await;
    assert_eq!(hook.wait_for(2).await.len(), 2);
    d.advance(std::time::Duration::from_secs(3));
    assert_eq!(hook.wait_for(3).await.len(), 3, "retried after 2 s");
    d.advance(std::time::Duration::from_secs(60));
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(hook.seen().len(), 3, "a 400 is not retried");

    // OAuth: the token comes from the authorization endpoint, then rides every call.
    let oauth = CreateConnectionAuthRequestParameters::builder()
        .o_auth_parameters(
            CreateConnectionOAuthRequestParameters::builder()
                .authorization_endpoint(format!("{}/token", hook.url))
                .http_method(ConnectionOAuthHttpMethod::Post)
                .client_parameters(
                    CreateConnectionOAuthClientRequestParameters::builder()
                        .client_id("id")
                        .client_secret("shh")
                        .build()
                        .unwrap(),
                )
                .o_auth_http_parameters(
                    ConnectionHttpParameters::builder()
                        .body_parameters(
                            ConnectionBodyParameter::builder()
                                .key("grant_type")
                                .value("client_credentials")
                                .build(),
                        )
                        .build(),
                )
                .build()
                .unwrap(),
        )
        .build();
    let c = eb
        .create_connection()
        .name("oauth")
        .authorization_type(ConnectionAuthorizationType::OauthClientCredentials)
        .auth_parameters(oauth)
        .send()
        .await
        .unwrap();
    assert_eq!(c.connection_state(), Some(&ConnectionState::Authorizing));
    let mut state = None;
    for _ in 0..100 {
        let c = eb.describe_connection().name("oauth").send().await.unwrap();
        state = c.connection_state().cloned();
        if state == Some(ConnectionState::Authorized) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(state, Some(ConnectionState::Authorized));
    let token_call = hook.seen()[3].clone();
    assert_eq!(token_call.target, "/token");
    assert_eq!(token_call.header("authorization"), Some("Basic aWQ6c2ho"));
    assert_eq!(token_call.body, "grant_type=client_credentials");
    let dest = eb
        .create_api_destination()
        .name("secure")
        .connection_arn(c.connection_arn().unwrap())
        .invocation_endpoint(format!("{}/secure/*", hook.url))
        .http_method(ApiDestinationHttpMethod::Put)
        .send()
        .await
        .unwrap();
    route(&eb, "payments", dest.api_destination_arn().unwrap()).await;
    put(&eb, "payments").await;
    let seen = hook.wait_for(5).await;
    assert_eq!(seen[4].method, "PUT");
    assert_eq!(seen[4].target, "/secure/payments?v=2");
    assert_eq!(seen[4].header("authorization"), Some("Bearer tok-1"));

    // Deauthorized, nothing is called.
    let out = eb
        .deauthorize_connection()
        .name("oauth")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.connection_state(),
        Some(&ConnectionState::Deauthorizing)
    );
    let c = eb.describe_connection().name("oauth").send().await.unwrap();
    assert_eq!(c.connection_state(), Some(&ConnectionState::Deauthorized));
    put(&eb, "payments").await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(hook.seen().len(), 5);
    let listed = eb.list_connections().send().await.unwrap();
    assert_eq!(listed.connections().len(), 2);
    eb.delete_api_destination()
        .name("secure")
        .send()
        .await
        .unwrap();
    let e = eb
        .describe_api_destination()
        .name("secure")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
}
