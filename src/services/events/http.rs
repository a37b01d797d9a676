//! Calls to API destinations: the URL with the target's path values and query strings, the
//! connection's authorization (Basic, an API key header, an OAuth bearer token fetched from
//! the connection's authorization endpoint and refreshed on 401 or 407) and extra
//! parameters, the input as a JSON body, a 5-second timeout; answers say whether to retry.
//!
//! It never decides when to call; the delivery worker does.

use base64::Engine as _;
use serde_json::Value;

use super::api::*;
use super::bus::Tables;
use super::connection::{self, ConnectionRec};
use crate::storage::Store;

/// How long an endpoint has to answer (EventBridge's limit for API destinations).
pub const TIMEOUT: std::time::Duration = std::time::Duration::from_secs(5);

/// What a call came to.
#[derive(Debug)]
pub enum Outcome {
    Done,
    /// Worth another try later (throttled, a server error, no answer).
    Retry(String),
    /// Not worth retrying.
    Fail(String),
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .timeout(TIMEOUT)
        .user_agent("Amazon/EventBridge/ApiDestinations")
        .build()
        .unwrap_or_default()
}

/// One API destination call a rule's target asked for.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
pub struct Call {
    pub destination_arn: String,
    pub input: String,
    pub http: Option<HttpParameters>,
}

fn pairs<'a>(
    items: impl Iterator<Item = (&'a Option<String>, &'a Option<String>)>,
) -> Vec<(String, String)> {
    items
        .filter_map(|(k, v)| Some((k.clone()?, v.clone().unwrap_or_default())))
        .collect()
}

fn with_query(url: &str, q: &[(String, String)]) -> String {
    if q.is_empty() {
        return url.to_string();
    }
    let mut s = form_urlencoded::Serializer::new(String::new());
    for (k, v) in q {
        s.append_pair(k, v);
    }
    let sep = if url.contains('?') { '&' } else { '?' };
    format!("{url}{sep}{}", s.finish())
}

fn method(m: &str) -> reqwest::Method {
    reqwest::Method::from_bytes(m.as_bytes()).unwrap_or(reqwest::Method::POST)
}

/// Calls an API destination once.
pub async fn call(client: &reqwest::Client, store: &Store, c: &Call, now: i64) -> Outcome {
    let Some(dest) = super::api_destination::by_arn(store, &c.destination_arn) else {
        return Outcome::Fail(format!(
            "API destination {} does not exist",
            c.destination_arn
        ));
    };
    let Some((account, region, conn)) = connection::by_arn(store, &dest.connection_arn) else {
        return Outcome::Fail(format!("connection {} does not exist", dest.connection_arn));
    };
    let expired = matches!(&conn.token, Some((_, Some(at))) if *at <= now);
    match conn.state.as_str() {
        "AUTHORIZED" if expired => {
            let t = Tables::scoped(store, &account, &region);
            let mut fresh = conn;
            fresh.state = "AUTHORIZING".into();
            let _ = connection::save(&t, &fresh);
            return Outcome::Retry("the OAuth token expired".into());
        }
        "AUTHORIZED" => {}
        "AUTHORIZING" => return Outcome::Retry("the connection is authorizing".into()),
        other => return Outcome::Fail(format!("the connection is {other}")),
    }
    // `*` in the endpoint takes the path parameter values in order.
    let mut url = String::new();
    let mut values = c
        .http
        .as_ref()
        .and_then(|h| h.path_parameter_values.clone())
        .unwrap_or_default()
        .into_iter();
    for (i, part) in dest.endpoint.split('*').enumerate() {
        if i > 0 {
            url.push_str(&values.next().unwrap_or_default());
        }
        url.push_str(part);
    }
    let extra = conn
        .auth
        .invocation_http_parameters
        .clone()
        .unwrap_or_default();
    let mut query = pairs(
        extra
            .query_string_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    );
    let mut headers = pairs(
        extra
            .header_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    );
    if let Some(h) = &c.http {
        query.extend(
            h.query_string_parameters
                .iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.clone())),
        );
        headers.extend(
            h.header_parameters
                .iter()
                .flatten()
                .map(|(k, v)| (k.clone(), v.clone())),
        );
    }
    if let Some(k) = &conn.auth.api_key_auth_parameters {
        headers.push((
            k.api_key_name.clone().unwrap_or_default(),
            k.api_key_value.clone().unwrap_or_default(),
        ));
    }
    if let Some(b) = &conn.auth.basic_auth_parameters {
        let pair = format!(
            "{}:{}",
            b.username.clone().unwrap_or_default(),
            b.password.clone().unwrap_or_default()
        );
        let b64 = base64::engine::general_purpose::STANDARD.encode(pair);
        headers.push(("Authorization".into(), format!("Basic {b64}")));
    }
    if let Some((token, _)) = &conn.token {
        headers.push(("Authorization".into(), format!("Bearer {token}")));
    }
    let mut body = c.input.clone();
    let body_params = pairs(
        extra
            .body_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    );
    if !body_params.is_empty()
        && let Ok(Value::Object(mut m)) = serde_json::from_str::<Value>(&body)
    {
        for (k, v) in body_params {
            m.insert(k, Value::String(v));
        }
        body = Value::Object(m).to_string();
    }
    let m = method(&dest.method);
    let mut req = client
        .request(m.clone(), with_query(&url, &query))
        .header("content-type", "application/json; charset=utf-8");
    for (k, v) in &headers {
        req = req.header(k.as_str(), v.as_str());
    }
    if m != reqwest::Method::GET && m != reqwest::Method::HEAD {
        req = req.body(body);
    }
    let status = match req.send().await {
        Ok(r) => r.status().as_u16(),
        Err(e) => return Outcome::Retry(format!("{url}: {e}")),
    };
    match status {
        200..=299 => Outcome::Done,
        401 | 407 if conn.authorization_type == "OAUTH_CLIENT_CREDENTIALS" => {
            // The token is stale: fetch another, then try again.
            let t = Tables::scoped(store, &account, &region);
            let mut fresh = conn;
            fresh.state = "AUTHORIZING".into();
            let _ = connection::save(&t, &fresh);
            Outcome::Retry(format!("{url} answered {status}"))
        }
        409 | 429 | 500..=599 => Outcome::Retry(format!("{url} answered {status}")),
        _ => Outcome::Fail(format!("{url} answered {status}")),
    }
}

/// Fetches an OAuth client-credentials token for `c` and records the connection AUTHORIZED,
/// or DEAUTHORIZED with the reason.
pub async fn authorize(client: &reqwest::Client, t: &Tables<'_>, mut c: ConnectionRec, now: i64) {
    let o = c.auth.o_auth_parameters.clone().unwrap_or_default();
    let cp = o.client_parameters.clone().unwrap_or_default();
    let extra = o.o_auth_http_parameters.clone().unwrap_or_default();
    let query = pairs(
        extra
            .query_string_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    );
    let url = with_query(
        &o.authorization_endpoint.clone().unwrap_or_default(),
        &query,
    );
    let mut req = client
        .request(method(&o.http_method.clone().unwrap_or_default()), &url)
        .basic_auth(
            cp.client_id.clone().unwrap_or_default(),
            cp.client_secret.clone(),
        );
    for (k, v) in pairs(
        extra
            .header_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    ) {
        req = req.header(k, v);
    }
    let form = pairs(
        extra
            .body_parameters
            .iter()
            .flatten()
            .map(|p| (&p.key, &p.value)),
    );
    if !form.is_empty() {
        let mut s = form_urlencoded::Serializer::new(String::new());
        for (k, v) in &form {
            s.append_pair(k, v);
        }
        req = req
            .header("content-type", "application/x-www-form-urlencoded")
            .body(s.finish());
    }
    let answer = match req.send().await {
        Ok(r) if r.status().is_success() => r
            .bytes()
            .await
            .ok()
            .and_then(|b| serde_json::from_slice::<Value>(&b).ok())
            .ok_or_else(|| "the authorization endpoint's answer is not JSON".to_string()),
        Ok(r) => Err(format!(
            "the authorization endpoint answered {}",
            r.status()
        )),
        Err(e) => Err(format!("the authorization endpoint did not answer: {e}")),
    };
    match answer.and_then(|v| {
        let token = v["access_token"]
            .as_str()
            .ok_or("the answer has no access_token")?
            .to_string();
        Ok((token, v["expires_in"].as_i64().map(|s| now + s * 1000)))
    }) {
        Ok(token) => {
            c.token = Some(token);
            c.state = "AUTHORIZED".into();
            c.state_reason = None;
            c.authorized_ms = Some(now);
        }
        Err(reason) => {
            c.token = None;
            c.state = "DEAUTHORIZED".into();
            c.state_reason = Some(reason);
        }
    }
    if let Err(e) = connection::save(t, &c) {
        tracing::error!("events connection {}: {}", c.name, e.message);
    }
}

/// Authorizes every connection waiting for its OAuth token (and those whose token expired).
pub async fn authorize_pending(client: &reqwest::Client, store: &Store, now: i64) {
    let Ok(pending) = super::bus::indexed(store, "auth") else {
        return;
    };
    for (t, name) in pending {
        if let Ok(Some(c)) = t.get::<ConnectionRec>("connection", &name) {
            authorize(client, &t, c, now).await;
        }
    }
}
