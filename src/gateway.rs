//! The front door: every request gets an id and a span, `/_dockside`-style admin paths go
//! to `admin`, everything else through `wire` to `services`; errors are logged here, once.
//!
//! It never interprets an operation: it sequences route, authenticate, decode, call,
//! persist, encode.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use http_body_util::{BodyExt, Limited};
use tracing::Instrument;

use crate::AppState;
use crate::context::{Context, new_request_id};
use crate::error::AwsError;
use crate::services::sts;
use crate::wire::{self, Request, WireResponse};

/// The largest request body the AWS APIs accept here (the registry streams; this is for APIs).
pub const MAX_BODY: usize = 10 * 1024 * 1024;

fn into_response(r: WireResponse) -> Response {
    r.map(Body::from).into_response()
}

/// Handles one AWS API request.
pub async fn aws(State(state): State<Arc<AppState>>, req: http::Request<Body>) -> Response {
    let request_id = new_request_id();
    let (parts, body) = req.into_parts();
    let body: Bytes = match Limited::new(body, MAX_BODY).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(_) => {
            let err = AwsError::new(
                "RequestEntityTooLargeException",
                format!("Request body is larger than {MAX_BODY} bytes."),
            )
            .with_status(413);
            tracing::debug!(%request_id, "{err}");
            return into_response(wire::encode_error(None, &err, &request_id));
        }
    };
    let request = Request {
        method: parts.method.as_str(),
        path: parts.uri.path(),
        query: parts.uri.query(),
        headers: &parts.headers,
        body: &body,
    };
    let Some(routed) = wire::route(&request) else {
        let err = AwsError::new(
            crate::error::NOT_IMPLEMENTED,
            format!(
                "Dockside could not tell which AWS service {} {} is for.",
                parts.method,
                parts.uri.path()
            ),
        )
        .with_status(501);
        tracing::warn!(%request_id, "{err}");
        return into_response(wire::encode_error(None, &err, &request_id));
    };
    let span = tracing::info_span!(
        "request",
        service = routed.service.name,
        operation = tracing::field::Empty,
        request_id = %request_id
    );
    let answer = handle(&state, &routed, &request, &request_id)
        .instrument(span.clone())
        .await;
    let response = match answer {
        Ok(r) => r,
        Err(err) => {
            let _enter = span.enter();
            log(&err);
            wire::encode_error(Some(&routed), &err, &request_id)
        }
    };
    into_response(response)
}

async fn handle(
    state: &Arc<AppState>,
    routed: &wire::Routed,
    request: &Request<'_>,
    request_id: &str,
) -> Result<WireResponse, AwsError> {
    if let Some(err) = wire::auth_error(routed) {
        return Err(err);
    }
    let (op, mut input) = wire::decode(routed, request)?;
    tracing::Span::current().record("operation", op.name.as_str());
    wire::check(routed, op, &mut input)?;
    let access_key = match &routed.auth {
        wire::sigv4::Auth::Signed(c) => Some(c.access_key.clone()),
        _ => None,
    };
    let account = match &access_key {
        Some(key) => sts::resolve_account(&state.store, key, &state.config.account_id),
        None => state.config.account_id.clone(),
    };
    let host = request.header("host").unwrap_or("localhost:4566");
    let ctx = Context {
        request_id: request_id.to_string(),
        account,
        region: routed
            .region
            .clone()
            .unwrap_or_else(|| state.config.region.clone()),
        service: routed.service.name,
        operation: op.name.clone(),
        access_key,
        endpoint: format!("http://{host}"),
        clock: state.clock.clone(),
    };
    let output = state.services.call(&ctx, input, wire::form(routed)).await?;
    persist(state).await?;
    Ok(wire::encode(routed, op, output, request_id))
}

/// Makes every write so far durable before the answer that acknowledges it is sent.
pub async fn persist(state: &Arc<AppState>) -> Result<(), AwsError> {
    // Reads (most requests) wrote nothing and skip the hop to a blocking thread.
    if !state.store.kv.needs_persist() {
        return Ok(());
    }
    let kv = state.store.kv.clone();
    tokio::task::spawn_blocking(move || kv.persist())
        .await
        .map_err(AwsError::internal)?
        .map_err(AwsError::from)
}

/// Logs an error once: 5xx as errors (not-implemented as a warning), the rest at debug.
fn log(err: &AwsError) {
    match err.status {
        Some(501) => tracing::warn!("{err}"),
        Some(s) if s >= 500 => tracing::error!("{err}"),
        _ => tracing::debug!("{err}"),
    }
}
