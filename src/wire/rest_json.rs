//! restJson1: operations found by method and URI template (labels, greedy labels, query
//! literals), members bound to the path, the query string, headers and a JSON payload.
//!
//! It never validates constraints; it binds and converts, and the validator checks.

use std::collections::HashMap;
use std::sync::OnceLock;

use bytes::Bytes;
use http::HeaderValue;
use percent_encoding::percent_decode_str;
use serde_json::{Map, Value};

use super::Request;
use super::aws_json::parse_object;
use super::errors::{WireResponse, response};
use super::model::{Kind, Location, Model, Operation};
use super::query::scalar;
use crate::error::AwsError;

/// The code of a path, query or header value that is not of its member's type.
const BAD: &str = "SerializationException";

#[derive(Debug)]
enum Segment {
    Literal(String),
    Label(String),
    Greedy(String),
}

#[derive(Debug)]
struct Route {
    op: usize,
    method: String,
    segments: Vec<Segment>,
    /// `?key` or `?key=value` parts of the template, which must be present.
    query: Vec<(String, Option<String>)>,
}

fn compile(index: usize, op: &Operation) -> Route {
    let (path, query) = op
        .request_uri
        .split_once('?')
        .unwrap_or((op.request_uri.as_str(), ""));
    let segments = path
        .split('/')
        .filter(|s| !s.is_empty())
        .map(
            |s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                Some(label) => match label.strip_suffix('+') {
                    Some(greedy) => Segment::Greedy(greedy.to_string()),
                    None => Segment::Label(label.to_string()),
                },
                None => Segment::Literal(s.to_string()),
            },
        )
        .collect();
    let query = query
        .split('&')
        .filter(|q| !q.is_empty())
        .map(|q| match q.split_once('=') {
            Some((k, v)) => (k.to_string(), Some(v.to_string())),
            None => (q.to_string(), None),
        })
        .collect();
    Route {
        op: index,
        method: op.method.clone(),
        segments,
        query,
    }
}

/// The routes of a model, built once.
fn routes(model: &'static Model) -> &'static [Route] {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<usize, &'static [Route]>>> = OnceLock::new();
    let key = model as *const Model as usize;
    let cache = CACHE.get_or_init(Default::default);
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry(key).or_insert_with(|| {
        let v: Vec<Route> = model
            .operations
            .iter()
            .enumerate()
            .map(|(i, op)| compile(i, op))
            .collect();
        Box::leak(v.into_boxed_slice())
    })
}

/// URI label names and their raw (still percent-encoded) values.
pub type Labels = Vec<(String, String)>;

/// Matches a path against a route, returning the raw (still encoded) label values.
fn matches(route: &Route, parts: &[&str]) -> Option<Labels> {
    let mut labels = Vec::new();
    let mut i = 0;
    for seg in &route.segments {
        match seg {
            Segment::Literal(l) => {
                if parts.get(i)? != l {
                    return None;
                }
                i += 1;
            }
            Segment::Label(name) => {
                let p = parts.get(i)?;
                labels.push((name.clone(), (*p).to_string()));
                i += 1;
            }
            Segment::Greedy(name) => {
                if i >= parts.len() {
                    return None;
                }
                labels.push((name.clone(), parts[i..].join("/")));
                i = parts.len();
            }
        }
    }
    (i == parts.len()).then_some(labels)
}

/// The operation a request addresses, if any route of the model matches it.
pub fn find(model: &'static Model, req: &Request<'_>) -> Option<(&'static Operation, Labels)> {
    let parts: Vec<&str> = req.path.split('/').filter(|s| !s.is_empty()).collect();
    let query: Vec<(String, String)> = form_urlencoded::parse(req.query.unwrap_or("").as_bytes())
        .into_owned()
        .collect();
    let mut best: Option<(usize, &Route, Labels)> = None;
    for route in routes(model) {
        if !route.method.eq_ignore_ascii_case(req.method) {
            continue;
        }
        let query_ok = route.query.iter().all(|(k, v)| {
            query
                .iter()
                .any(|(qk, qv)| qk == k && v.as_ref().is_none_or(|v| v == qv))
        });
        if !query_ok {
            continue;
        }
        if let Some(labels) = matches(route, &parts) {
            let literals = route
                .segments
                .iter()
                .filter(|s| matches!(s, Segment::Literal(_)))
                .count()
                * 4
                + route.query.len() * 2
                + usize::from(
                    !route
                        .segments
                        .iter()
                        .any(|s| matches!(s, Segment::Greedy(_))),
                );
            if best.as_ref().is_none_or(|(score, _, _)| literals > *score) {
                best = Some((literals, route, labels));
            }
        }
    }
    best.map(|(_, route, labels)| (&model.operations[route.op], labels))
}

pub fn decode(
    model: &'static Model,
    req: &Request<'_>,
) -> Result<(&'static Operation, Value), AwsError> {
    let Some((op, labels)) = find(model, req) else {
        return Err(AwsError::new(
            "UnknownOperationException",
            format!("No operation matches {} {}", req.method, req.path),
        )
        .with_status(404));
    };
    let Some(input_id) = op.input else {
        return Ok((op, Value::Object(Map::new())));
    };
    let input = model.shape(input_id);
    let Kind::Structure {
        members, payload, ..
    } = &input.kind
    else {
        return Ok((op, Value::Object(Map::new())));
    };
    let query: Vec<(String, String)> = form_urlencoded::parse(req.query.unwrap_or("").as_bytes())
        .into_owned()
        .collect();
    let mut obj = Map::new();
    if let Some(payload) = payload {
        if let Some(m) = members.iter().find(|m| &m.name == payload) {
            match &model.shape(m.shape).kind {
                Kind::Blob | Kind::String => {
                    use base64::Engine as _;
                    if !req.body.is_empty() {
                        let v = match model.shape(m.shape).kind {
                            Kind::Blob => Value::String(
                                base64::engine::general_purpose::STANDARD.encode(req.body),
                            ),
                            _ => Value::String(String::from_utf8_lossy(req.body).into_owned()),
                        };
                        obj.insert(m.name.clone(), v);
                    }
                }
                _ => {
                    let body = parse_object(req.body)?;
                    if body.as_object().is_some_and(|o| !o.is_empty()) {
                        obj.insert(m.name.clone(), body);
                    }
                }
            }
        }
    } else {
        let body = parse_object(req.body)?;
        if let Value::Object(fields) = body {
            for m in members.iter().filter(|m| m.location == Location::Body) {
                if let Some(v) = fields.get(&m.name) {
                    obj.insert(m.name.clone(), v.clone());
                }
            }
        }
    }
    for m in members {
        let kind = &model.shape(m.shape).kind;
        match m.location {
            Location::Uri => {
                if let Some((_, raw)) = labels.iter().find(|(n, _)| n == m.wire_name()) {
                    let text = percent_decode_str(raw).decode_utf8_lossy();
                    obj.insert(m.name.clone(), scalar(kind, &text, m.wire_name(), BAD)?);
                }
            }
            Location::Query => {
                let values: Vec<&String> = query
                    .iter()
                    .filter(|(k, _)| k == m.wire_name())
                    .map(|(_, v)| v)
                    .collect();
                match kind {
                    Kind::List { member, .. } if !values.is_empty() => {
                        let item = &model.shape(*member).kind;
                        let items = values
                            .iter()
                            .map(|v| scalar(item, v, m.wire_name(), BAD))
                            .collect::<Result<Vec<_>, _>>()?;
                        obj.insert(m.name.clone(), Value::Array(items));
                    }
                    Kind::Map { .. } => {
                        let bound: Vec<&str> = members
                            .iter()
                            .filter(|o| o.location == Location::Query && o.location_name.is_some())
                            .map(|o| o.wire_name())
                            .collect();
                        let rest: Map<String, Value> = query
                            .iter()
                            .filter(|(k, _)| !bound.contains(&k.as_str()))
                            .map(|(k, v)| (k.clone(), Value::String(v.clone())))
                            .collect();
                        if !rest.is_empty() {
                            obj.insert(m.name.clone(), Value::Object(rest));
                        }
                    }
                    _ => {
                        if let Some(v) = values.first() {
                            obj.insert(m.name.clone(), scalar(kind, v, m.wire_name(), BAD)?);
                        }
                    }
                }
            }
            Location::Header => {
                if let Some(v) = req.header(m.wire_name()) {
                    obj.insert(m.name.clone(), scalar(kind, v, m.wire_name(), BAD)?);
                }
            }
            _ => {}
        }
    }
    Ok((op, Value::Object(obj)))
}

pub fn encode(model: &Model, op: &Operation, output: Value, request_id: &str) -> WireResponse {
    let mut status = op.response_code;
    let mut headers: Vec<(String, String)> = Vec::new();
    let mut body = Map::new();
    let mut raw: Option<Bytes> = None;
    if let (Some(id), Value::Object(mut obj)) = (op.output, output)
        && let Kind::Structure {
            members, payload, ..
        } = &model.shape(id).kind
    {
        for m in members {
            let Some(v) = obj.remove(&m.name) else {
                continue;
            };
            match m.location {
                Location::Header => headers.push((
                    m.wire_name().to_string(),
                    v.as_str().map(str::to_string).unwrap_or(v.to_string()),
                )),
                Location::StatusCode => {
                    status = v
                        .as_u64()
                        .and_then(|s| u16::try_from(s).ok())
                        .unwrap_or(status)
                }
                _ if payload.as_deref() == Some(m.name.as_str()) => match v {
                    Value::Object(o) => body = o,
                    Value::String(s) => raw = Some(Bytes::from(s)),
                    other => raw = Some(Bytes::from(other.to_string())),
                },
                _ => {
                    body.insert(m.name.clone(), v);
                }
            }
        }
    }
    let bytes = raw.unwrap_or_else(|| Bytes::from(Value::Object(body).to_string()));
    let mut r = response(status, "application/json", request_id, bytes);
    for (k, v) in headers {
        if let (Ok(k), Ok(v)) = (
            http::HeaderName::from_bytes(k.as_bytes()),
            HeaderValue::from_str(&v),
        ) {
            r.headers_mut().insert(k, v);
        }
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    /// Every restJson1 operation is found again from its own URI template, with label
    /// values filled in: no route shadows another.
    #[test]
    fn every_route_finds_its_operation() {
        let headers = http::HeaderMap::new();
        for meta in catalog::SERVICES {
            if !meta.protocols.contains(&crate::wire::Protocol::RestJson) {
                continue;
            }
            let model = catalog::model(meta);
            for op in &model.operations {
                let (path, query) = op
                    .request_uri
                    .split_once('?')
                    .unwrap_or((op.request_uri.as_str(), ""));
                let path: String = path
                    .split('/')
                    .map(|s| if s.starts_with('{') { "x1" } else { s })
                    .collect::<Vec<_>>()
                    .join("/");
                let req = Request {
                    method: &op.method,
                    path: &path,
                    query: Some(query),
                    headers: &headers,
                    body: b"",
                };
                let found = find(model, &req).map(|(o, _)| o.name.as_str());
                assert_eq!(
                    found,
                    Some(op.name.as_str()),
                    "{} {}",
                    op.method,
                    op.request_uri
                );
            }
        }
    }
}
