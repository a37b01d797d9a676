//! The admin surface (`/_dockside/…`, LocalStack's and moto's aliases) and gateway limits,
//! driven in-process through the router. It never opens a socket.

use axum::body::Body;
use dockside::{AppState, Config};
use http_body_util::BodyExt;
use serde_json::{Value, json};
use tower::ServiceExt;

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0";

async fn call(app: &axum::Router, method: &str, uri: &str, body: &str) -> (u16, Value) {
    let req = http::Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json")
        .body(Body::from(body.to_string()))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status().as_u16();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (
        status,
        serde_json::from_slice(&bytes)
            .unwrap_or(Value::String(String::from_utf8_lossy(&bytes).into_owned())),
    )
}

/// One STS query call signed with `key`; returns status and XML body.
async fn sts(app: &axum::Router, key: &str, form: &'static str) -> (u16, String) {
    let req = http::Request::builder()
        .method("POST")
        .uri("/")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("authorization", AUTH.replace("test/", &format!("{key}/")))
        .body(Body::from(form))
        .unwrap();
    let resp = app.clone().oneshot(req).await.unwrap();
    let status = resp.status().as_u16();
    let bytes = resp.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8(bytes.to_vec()).unwrap())
}

fn element<'a>(xml: &'a str, name: &str) -> &'a str {
    let open = format!("<{name}>");
    let start = xml.find(&open).unwrap() + open.len();
    &xml[start..start + xml[start..].find('<').unwrap()]
}

/// Issues credentials through STS (a write), returning the access key id.
async fn assume_role(app: &axum::Router) -> String {
    let (status, xml) = sts(
        app,
        "test",
        "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=sess",
    )
    .await;
    assert_eq!(status, 200, "{xml}");
    element(&xml, "AccessKeyId").to_string()
}

async fn account_of(app: &axum::Router, key: &str) -> String {
    let (_, xml) = sts(app, key, "Action=GetCallerIdentity&Version=2011-06-15").await;
    element(&xml, "Account").to_string()
}

#[tokio::test]
async fn health_lists_every_service() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let (status, body) = call(&app, "GET", "/_dockside/health", "").await;
    assert_eq!(status, 200);
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["store"], "memory");
    for s in ["ecs", "ecr", "eks", "events", "servicediscovery", "sts"] {
        assert_eq!(body["services"][s], "running", "{s}");
    }
    let (status, body) = call(&app, "GET", "/_localstack/health", "").await;
    assert_eq!(status, 200);
    assert_eq!(body["services"]["ecs"], "running");
}

#[tokio::test]
async fn reset_all_and_one_service() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let key = assume_role(&app).await;
    assert_eq!(account_of(&app, &key).await, "123456789012");

    // Resetting another service keeps STS's sessions.
    let (status, body) = call(&app, "POST", "/_dockside/reset?service=ecs", "").await;
    assert_eq!((status, body), (200, json!({"reset": "ecs"})));
    assert_eq!(account_of(&app, &key).await, "123456789012");

    let (status, _) = call(&app, "POST", "/_dockside/reset", r#"{"service":"sts"}"#).await;
    assert_eq!(status, 200);
    assert_eq!(account_of(&app, &key).await, "000000000000");

    let (status, body) = call(&app, "POST", "/_dockside/reset?service=nope", "").await;
    assert_eq!(status, 400);
    assert!(body["error"].as_str().unwrap().contains("nope"));
}

#[tokio::test]
async fn compatibility_resets() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    for (uri, want) in [
        ("/_localstack/state/reset", json!({"reset": "all"})),
        ("/moto-api/reset", json!({"status": "ok"})),
        ("/_dockside/reset", json!({"reset": "all"})),
    ] {
        let key = assume_role(&app).await;
        let (status, body) = call(&app, "POST", uri, "").await;
        assert_eq!((status, body), (200, want), "{uri}");
        assert_eq!(
            account_of(&app, &key).await,
            "000000000000",
            "{uri} cleared STS"
        );
    }
}

#[tokio::test]
async fn clock_reads_and_advances() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let (status, before) = call(&app, "GET", "/_dockside/clock", "").await;
    assert_eq!(status, 200);
    assert_eq!(before["mode"], "real");
    let (_, manual) = call(&app, "POST", "/_dockside/clock", r#"{"mode":"manual"}"#).await;
    assert_eq!(manual["mode"], "manual");
    let t0 = manual["nowMillis"].as_i64().unwrap();
    let (_, later) = call(
        &app,
        "POST",
        "/_dockside/clock",
        r#"{"advanceSeconds":3600}"#,
    )
    .await;
    assert_eq!(later["nowMillis"].as_i64().unwrap(), t0 + 3_600_000);
    let (_, read) = call(&app, "GET", "/_dockside/clock", "").await;
    assert_eq!(
        read["nowMillis"].as_i64().unwrap(),
        t0 + 3_600_000,
        "manual time stands still"
    );

    for bad in [
        r#"{"advanceSeconds":-1}"#,
        r#"{"mode":"sideways"}"#,
        "not json",
        r#"{"advance":1}"#,
    ] {
        let (status, body) = call(&app, "POST", "/_dockside/clock", bad).await;
        assert_eq!(status, 400, "{bad}");
        assert!(body["error"].is_string());
    }
}

#[tokio::test]
async fn oversized_bodies_are_refused() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let big = vec![b' '; dockside::gateway::MAX_BODY + 1];
    let req = http::Request::builder()
        .method("POST")
        .uri("/")
        .header(
            "x-amz-target",
            "AmazonEC2ContainerServiceV20141113.ListClusters",
        )
        .header("content-type", "application/x-amz-json-1.1")
        .header("authorization", AUTH.replace("/sts/", "/ecs/"))
        .body(Body::from(big))
        .unwrap();
    let resp = app.oneshot(req).await.unwrap();
    assert_eq!(resp.status(), 413);
    assert_eq!(
        resp.headers()["x-amzn-errortype"],
        "RequestEntityTooLargeException"
    );
}
