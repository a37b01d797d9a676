//! Admin endpoints: health, reset and the virtual clock under `/_dockside/`, plus the
//! aliases LocalStack and moto users already call.
//!
//! It never touches AWS semantics: resetting removes state, it does not re-create it.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::Router;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::AppState;
use crate::catalog;

pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/_dockside/health", get(health))
        .route("/_dockside/reset", post(reset))
        .route("/_dockside/clock", get(clock).post(set_clock))
        .route("/_localstack/health", get(localstack_health))
        .route("/_localstack/state/reset", post(reset_all))
        .route("/moto-api/reset", post(moto_reset))
        .route("/_dockside/ecs/inject", post(ecs_inject))
}

fn services_state() -> BTreeMap<&'static str, &'static str> {
    catalog::SERVICES
        .iter()
        .map(|s| (s.name, "running"))
        .collect()
}

/// `GET /_dockside/health`: version, store, and every service with its state.
async fn health(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "store": if state.store.kv.is_durable() { "sled" } else { "memory" },
        "services": services_state(),
    }))
}

/// `GET /_localstack/health`, in LocalStack's shape.
async fn localstack_health() -> Json<Value> {
    Json(json!({
        "edition": "dockside",
        "version": env!("CARGO_PKG_VERSION"),
        "services": services_state(),
    }))
}

#[derive(Deserialize, Default)]
struct ResetQuery {
    service: Option<String>,
}

fn error(status: StatusCode, message: String) -> Response {
    (status, Json(json!({ "error": message }))).into_response()
}

/// Removes all state, or one service's (`?service=ecs` or `{"service": "ecs"}`).
async fn reset(
    State(state): State<Arc<AppState>>,
    Query(query): Query<ResetQuery>,
    body: axum::body::Bytes,
) -> Response {
    let from_body = serde_json::from_slice::<ResetQuery>(&body)
        .ok()
        .and_then(|b| b.service);
    let service = query.service.or(from_body);
    if let Some(name) = service.as_deref().filter(|n| catalog::by_name(n).is_none()) {
        return error(StatusCode::BAD_REQUEST, format!("unknown service {name:?}"));
    }
    match do_reset(&state, service.as_deref()).await {
        Ok(()) => Json(json!({ "reset": service.unwrap_or_else(|| "all".into()) })).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

async fn do_reset(state: &Arc<AppState>, service: Option<&str>) -> Result<(), String> {
    let store = state.store.clone();
    let name = service.map(str::to_string);
    tokio::task::spawn_blocking(move || store.reset(name.as_deref()))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| e.to_string())?;
    state.services.reset(service);
    tracing::info!(service = service.unwrap_or("all"), "state reset");
    Ok(())
}

async fn reset_all(State(state): State<Arc<AppState>>) -> Response {
    match do_reset(&state, None).await {
        Ok(()) => Json(json!({ "reset": "all" })).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

async fn moto_reset(State(state): State<Arc<AppState>>) -> Response {
    match do_reset(&state, None).await {
        Ok(()) => Json(json!({ "status": "ok" })).into_response(),
        Err(e) => error(StatusCode::INTERNAL_SERVER_ERROR, e),
    }
}

async fn clock(State(state): State<Arc<AppState>>) -> Json<Value> {
    Json(json!(state.clock.state()))
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct ClockChange {
    /// Seconds to move forward.
    advance_seconds: Option<f64>,
    /// `manual` (time stands still between advances) or `real`.
    mode: Option<String>,
}

/// `POST /_dockside/clock` with `{"advanceSeconds": 90}` and/or `{"mode": "manual"}`.
async fn set_clock(State(state): State<Arc<AppState>>, body: axum::body::Bytes) -> Response {
    let change: ClockChange = match serde_json::from_slice(&body) {
        Ok(c) => c,
        Err(e) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("invalid clock change: {e}"),
            );
        }
    };
    match change.mode.as_deref() {
        None => {}
        Some("manual") => state.clock.set_manual(true),
        Some("real") => state.clock.set_manual(false),
        Some(other) => {
            return error(
                StatusCode::BAD_REQUEST,
                format!("mode must be \"manual\" or \"real\", not {other:?}"),
            );
        }
    }
    if let Some(secs) = change.advance_seconds {
        if !secs.is_finite() || secs < 0.0 {
            return error(
                StatusCode::BAD_REQUEST,
                "advanceSeconds must be a number of seconds, zero or more".into(),
            );
        }
        state.clock.advance(Duration::from_secs_f64(secs));
    }
    Json(json!(state.clock.state())).into_response()
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
struct Injection {
    /// A RUNNING task (ARN, or id with `account`/`region`) whose container exits.
    task: Option<String>,
    container: Option<String>,
    exit_code: Option<i32>,
    /// A task definition (`family` or `family:revision`) whose next launches fail to start.
    task_definition: Option<String>,
    fail_to_start: Option<bool>,
    count: Option<u32>,
    reason: Option<String>,
    account: Option<String>,
    region: Option<String>,
}

/// `POST /_dockside/ecs/inject`: failure injection for users' tests.
/// `{"task": "<arn>", "exitCode": 1}` makes a running task's containers exit (one with
/// `"container"`); `{"taskDefinition": "web", "failToStart": true, "count": 3}` makes the
/// next launches of a task definition fail (all of them without `count`).
async fn ecs_inject(State(state): State<Arc<AppState>>, body: axum::body::Bytes) -> Response {
    let inj: Injection = match serde_json::from_slice(&body) {
        Ok(i) => i,
        Err(e) => return error(StatusCode::BAD_REQUEST, format!("invalid injection: {e}")),
    };
    let ecs = &state.services.ecs;
    if let Some(task) = &inj.task {
        // An ARN names its account and region: arn:aws:ecs:<region>:<account>:task/…
        let parts: Vec<&str> = task.splitn(6, ':').collect();
        let (region, account) = if parts.len() == 6 {
            (parts[3].to_string(), parts[4].to_string())
        } else {
            (
                inj.region
                    .clone()
                    .unwrap_or_else(|| state.config.region.clone()),
                inj.account
                    .clone()
                    .unwrap_or_else(|| state.config.account_id.clone()),
            )
        };
        let code = inj.exit_code.unwrap_or(1);
        return match ecs.inject_exit(&account, &region, task, inj.container.as_deref(), code) {
            Ok(()) => Json(json!({ "task": task, "exitCode": code })).into_response(),
            Err(e) => error(StatusCode::BAD_REQUEST, e.message),
        };
    }
    if let (Some(td), Some(true)) = (&inj.task_definition, inj.fail_to_start) {
        let reason = inj.reason.clone().unwrap_or_else(|| {
            "CannotPullContainerError: pull image manifest has been retried 5 time(s): failed to resolve ref (injected by Dockside)".into()
        });
        ecs.runtime().fail_launches(td, inj.count, &reason);
        return Json(json!({ "taskDefinition": td, "failToStart": true, "count": inj.count }))
            .into_response();
    }
    error(
        StatusCode::BAD_REQUEST,
        "give {\"task\", \"exitCode\"} or {\"taskDefinition\", \"failToStart\": true}".into(),
    )
}
