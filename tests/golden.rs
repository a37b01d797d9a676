//! Golden wire tests: every file in `fixtures/wire/` is a request and the exact answer
//! Dockside must give, checked by one `check()`. A new case is a new file.
//!
//! A file has sections, each opened by a `=== name` line:
//! - `request`: the raw HTTP request (request line, headers, blank line, body).
//! - `input` (optional): the canonical JSON input the request must decode to.
//! - `handler` (optional): `{"output": …}` or `{"error": {"code", "message"}}`. When given,
//!   the service is not called: this result is encoded instead, so each protocol's
//!   success and modelled-error encodings are checked whatever services exist.
//! - `response`: status line, the headers that must be present, blank line, body.
//!   JSON bodies compare as JSON; `{request_id}` stands for the answer's request id.
//!   A `X-Fixture-Body: cbor` header on either side means the body is written as JSON
//!   and travels as CBOR.
//!
//! It never needs a network: requests go through the router in-process.

use std::path::Path;

use axum::body::Body;
use dockside::error::AwsError;
use dockside::wire::{self, Request};
use dockside::{AppState, Config};
use http::HeaderMap;
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

struct Case {
    name: String,
    method: String,
    target: String,
    headers: HeaderMap,
    body: Vec<u8>,
    input: Option<Value>,
    handler: Option<Value>,
    status: u16,
    want_headers: Vec<(String, String)>,
    want_body: String,
    want_cbor: bool,
}

fn sections(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.split_inclusive('\n') {
        if let Some(name) = line.strip_prefix("=== ") {
            out.push((name.trim().to_string(), String::new()));
        } else if let Some(last) = out.last_mut() {
            last.1.push_str(line);
        }
    }
    out
}

/// Head lines and body of an HTTP message written in a fixture.
fn split_message(text: &str) -> (Vec<String>, String) {
    let text = text.trim_start_matches('\n');
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    (
        head.lines().map(str::to_string).collect(),
        body.trim_end_matches('\n').to_string(),
    )
}

fn cbor_from_json(v: &Value) -> Vec<u8> {
    fn conv(v: &Value) -> ciborium::value::Value {
        use ciborium::value::Value as C;
        match v {
            Value::Null => C::Null,
            Value::Bool(b) => C::Bool(*b),
            Value::Number(n) => match n.as_i64() {
                Some(i) => C::Integer(i.into()),
                None => C::Float(n.as_f64().unwrap()),
            },
            Value::String(s) => C::Text(s.clone()),
            Value::Array(a) => C::Array(a.iter().map(conv).collect()),
            Value::Object(o) => C::Map(
                o.iter()
                    .map(|(k, v)| (C::Text(k.clone()), conv(v)))
                    .collect(),
            ),
        }
    }
    let mut out = Vec::new();
    ciborium::ser::into_writer(&conv(v), &mut out).unwrap();
    out
}

fn json_from_cbor(bytes: &[u8]) -> Value {
    fn conv(v: &ciborium::value::Value) -> Value {
        use ciborium::value::Value as C;
        match v {
            C::Null => Value::Null,
            C::Bool(b) => Value::Bool(*b),
            C::Integer(i) => Value::from(i128::from(*i) as i64),
            C::Float(f) => serde_json::json!(f),
            C::Text(s) => Value::String(s.clone()),
            C::Array(a) => Value::Array(a.iter().map(conv).collect()),
            C::Map(m) => Value::Object(
                m.iter()
                    .map(|(k, v)| (k.as_text().unwrap().to_string(), conv(v)))
                    .collect(),
            ),
            C::Tag(_, inner) => conv(inner),
            other => panic!("unexpected CBOR {other:?}"),
        }
    }
    conv(&ciborium::de::from_reader(bytes).unwrap())
}

fn parse(path: &Path) -> Case {
    let text = std::fs::read_to_string(path).unwrap();
    let mut case = Case {
        name: path.file_name().unwrap().to_string_lossy().into_owned(),
        method: String::new(),
        target: String::new(),
        headers: HeaderMap::new(),
        body: Vec::new(),
        input: None,
        handler: None,
        status: 0,
        want_headers: Vec::new(),
        want_body: String::new(),
        want_cbor: false,
    };
    for (name, body) in sections(&text) {
        match name.as_str() {
            "request" => {
                let (head, body) = split_message(&body);
                let mut line = head[0].split(' ');
                case.method = line.next().unwrap().to_string();
                case.target = line.next().unwrap().to_string();
                let mut cbor = false;
                for h in &head[1..] {
                    let (k, v) = h.split_once(':').unwrap();
                    if k.eq_ignore_ascii_case("x-fixture-body") {
                        cbor = v.trim() == "cbor";
                        continue;
                    }
                    case.headers.append(
                        http::HeaderName::from_bytes(k.trim().as_bytes()).unwrap(),
                        v.trim().parse().unwrap(),
                    );
                }
                case.body = if cbor && !body.is_empty() {
                    cbor_from_json(&serde_json::from_str(&body).unwrap())
                } else {
                    body.into_bytes()
                };
            }
            "input" => case.input = Some(serde_json::from_str(&body).unwrap()),
            "handler" => case.handler = Some(serde_json::from_str(&body).unwrap()),
            "response" => {
                let (head, body) = split_message(&body);
                case.status = head[0].split(' ').nth(1).unwrap().parse().unwrap();
                for h in &head[1..] {
                    let (k, v) = h.split_once(':').unwrap();
                    if k.eq_ignore_ascii_case("x-fixture-body") {
                        case.want_cbor = v.trim() == "cbor";
                        continue;
                    }
                    case.want_headers
                        .push((k.trim().to_string(), v.trim().to_string()));
                }
                case.want_body = body;
            }
            other => panic!("{}: unknown section {other}", path.display()),
        }
    }
    case
}

/// Runs the request through routing, decoding and validation, then encodes the handler
/// result the fixture gives.
fn through_wire(case: &Case) -> http::Response<bytes::Bytes> {
    let (path, query) = case
        .target
        .split_once('?')
        .map(|(p, q)| (p, Some(q)))
        .unwrap_or((case.target.as_str(), None));
    let req = Request {
        method: &case.method,
        path,
        query,
        headers: &case.headers,
        body: &case.body,
    };
    let rid = "00000000-0000-4000-8000-000000000000";
    let routed = wire::route(&req).unwrap_or_else(|| panic!("{}: not routed", case.name));
    let decoded = wire::decode(&routed, &req).and_then(|(op, mut input)| {
        wire::check(&routed, op, &mut input)?;
        Ok((op, input))
    });
    let (op, input) = match decoded {
        Ok(d) => d,
        Err(e) => return wire::encode_error(Some(&routed), &e, rid),
    };
    if let Some(want) = &case.input {
        assert_eq!(&input, want, "{}: decoded input", case.name);
    }
    let handler = case.handler.as_ref().unwrap();
    if let Some(err) = handler.get("error") {
        let e = AwsError::new(
            err["code"].as_str().unwrap(),
            err["message"].as_str().unwrap(),
        );
        return wire::encode_error(Some(&routed), &e, rid);
    }
    wire::encode(
        &routed,
        op,
        dockside::types::Output::Value(handler["output"].clone()),
        rid,
    )
}

async fn through_app(case: &Case) -> http::Response<bytes::Bytes> {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let mut req = http::Request::builder()
        .method(case.method.as_str())
        .uri(case.target.as_str());
    for (k, v) in &case.headers {
        req = req.header(k, v);
    }
    let resp = app
        .oneshot(req.body(Body::from(case.body.clone())).unwrap())
        .await
        .unwrap();
    let (parts, body) = resp.into_parts();
    http::Response::from_parts(parts, body.collect().await.unwrap().to_bytes())
}

async fn check(path: &Path) -> Result<(), String> {
    let case = parse(path);
    let resp = if case.handler.is_some() {
        through_wire(&case)
    } else {
        through_app(&case).await
    };
    let name = &case.name;
    if resp.status().as_u16() != case.status {
        return Err(format!(
            "{name}: status {} (want {})\n{}",
            resp.status(),
            case.status,
            String::from_utf8_lossy(resp.body())
        ));
    }
    for (k, v) in &case.want_headers {
        let got = resp.headers().get(k).map(|h| h.to_str().unwrap_or(""));
        if got != Some(v.as_str()) {
            return Err(format!("{name}: header {k} is {got:?}, want {v:?}"));
        }
    }
    let rid = resp
        .headers()
        .get("x-amzn-RequestId")
        .ok_or(format!("{name}: no x-amzn-RequestId"))?
        .to_str()
        .unwrap()
        .to_string();
    let body = if case.want_cbor {
        json_from_cbor(resp.body()).to_string()
    } else {
        String::from_utf8_lossy(resp.body()).replace(&rid, "{request_id}")
    };
    let same = match (
        serde_json::from_str::<Value>(&body),
        serde_json::from_str::<Value>(&case.want_body),
    ) {
        (Ok(a), Ok(b)) => a == b,
        _ => body.trim_end() == case.want_body.trim_end(),
    };
    if !same {
        return Err(format!("{name}: body\n{body}\nwant\n{}", case.want_body));
    }
    Ok(())
}

#[tokio::test]
async fn wire_fixtures() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/wire");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "http"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 30, "fixtures/wire holds the golden cases");
    let mut failures = Vec::new();
    for p in &paths {
        if let Err(e) = check(p).await {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} wire fixtures failed:\n\n{}",
        failures.len(),
        paths.len(),
        failures.join("\n\n")
    );
}
