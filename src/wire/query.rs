//! awsQuery: a form (`Action=…&Version=…&Member.member.1=…`) in, XML out (through quick-xml).
//!
//! It maps between the form, XML and the canonical value by the model's shapes; it never
//! validates constraints (the validator does).

use std::collections::BTreeMap;

use bytes::Bytes;
use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use serde_json::{Map, Value};

use super::Request;
use super::errors::{WireResponse, response};
use super::model::{Kind, Model, Operation, ShapeId};
use super::validate::{number, parse_timestamp};
use crate::error::AwsError;
use crate::types::Timestamp;

/// The parameters of a query request: the form body of a POST, else the query string.
pub fn params(req: &Request<'_>) -> BTreeMap<String, String> {
    let form = req
        .header("content-type")
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let source: &[u8] = if form || (!req.body.is_empty() && req.method == "POST") {
        req.body
    } else {
        req.query.unwrap_or("").as_bytes()
    };
    form_urlencoded::parse(source).into_owned().collect()
}

pub fn decode(
    model: &'static Model,
    req: &Request<'_>,
) -> Result<(&'static Operation, Value), AwsError> {
    let params = params(req);
    let Some(action) = params.get("Action") else {
        return Err(AwsError::new("MissingAction", "Missing Action").with_status(400));
    };
    let Some(op) = model.operation(action) else {
        let version = params.get("Version").map(String::as_str).unwrap_or("");
        return Err(AwsError::new(
            "InvalidAction",
            format!("Could not find operation {action} for version {version}"),
        )
        .with_status(400));
    };
    let input = match op.input {
        Some(shape) => read(model, shape, "", &params)?.unwrap_or(Value::Object(Map::new())),
        None => Value::Object(Map::new()),
    };
    Ok((op, input))
}

fn join(prefix: &str, name: &str) -> String {
    if prefix.is_empty() {
        name.to_string()
    } else {
        format!("{prefix}.{name}")
    }
}

/// The indices `N` of `prefix.N…` present, in order.
fn indices(params: &BTreeMap<String, String>, prefix: &str) -> Vec<usize> {
    let dotted = format!("{prefix}.");
    let mut found: Vec<usize> = params
        .range(dotted.clone()..)
        .take_while(|(k, _)| k.starts_with(&dotted))
        .filter_map(|(k, _)| k[dotted.len()..].split('.').next()?.parse().ok())
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

fn read(
    model: &Model,
    id: ShapeId,
    key: &str,
    params: &BTreeMap<String, String>,
) -> Result<Option<Value>, AwsError> {
    let shape = model.shape(id);
    match &shape.kind {
        Kind::Structure { members, .. } => {
            let mut obj = Map::new();
            for m in members {
                if let Some(v) = read(model, m.shape, &join(key, m.wire_name()), params)? {
                    obj.insert(m.name.clone(), v);
                }
            }
            Ok((!obj.is_empty() || key.is_empty()).then_some(Value::Object(obj)))
        }
        Kind::List {
            member,
            member_name,
            flattened,
        } => {
            let base = if *flattened {
                key.to_string()
            } else {
                join(key, member_name.as_deref().unwrap_or("member"))
            };
            let idx = indices(params, &base);
            if idx.is_empty() {
                // `Name=` with no members is how the query protocol sends an empty list.
                return Ok(params.get(key).map(|_| Value::Array(vec![])));
            }
            let mut items = Vec::with_capacity(idx.len());
            for i in idx {
                if let Some(v) = read(model, *member, &format!("{base}.{i}"), params)? {
                    items.push(v);
                }
            }
            Ok(Some(Value::Array(items)))
        }
        Kind::Map {
            key: kshape,
            value,
            flattened,
        } => {
            let base = if *flattened {
                key.to_string()
            } else {
                join(key, "entry")
            };
            let mut obj = Map::new();
            for i in indices(params, &base) {
                let k = read(model, *kshape, &format!("{base}.{i}.key"), params)?;
                let v = read(model, *value, &format!("{base}.{i}.value"), params)?;
                if let (Some(Value::String(k)), Some(v)) = (k, v) {
                    obj.insert(k, v);
                }
            }
            Ok((!obj.is_empty()).then_some(Value::Object(obj)))
        }
        _ => match params.get(key) {
            None => Ok(None),
            Some(text) => scalar(&shape.kind, text, key, "ValidationError").map(Some),
        },
    }
}

/// A scalar from its text form (query strings, URI labels, headers); a text that is not
/// of the shape's type is refused with `code`.
pub fn scalar(kind: &Kind, text: &str, name: &str, code: &str) -> Result<Value, AwsError> {
    let bad = |what: &str| {
        AwsError::new(
            code,
            format!("Value '{text}' for parameter {name} is invalid. It must be {what}."),
        )
        .with_status(400)
    };
    Ok(match kind {
        Kind::Integer | Kind::Long => Value::from(
            text.trim()
                .parse::<i64>()
                .map_err(|_| bad("a whole number"))?,
        ),
        Kind::Float | Kind::Double => {
            number(text.trim().parse::<f64>().map_err(|_| bad("a number"))?)
        }
        Kind::Boolean => match text.trim() {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => return Err(bad("true or false")),
        },
        Kind::Timestamp => number(parse_timestamp(text).ok_or_else(|| bad("a timestamp"))?),
        _ => Value::String(text.to_string()),
    })
}

type XmlWriter = Writer<Vec<u8>>;

fn open(w: &mut XmlWriter, name: &str) {
    let _ = w.write_event(Event::Start(BytesStart::new(name)));
}

fn close(w: &mut XmlWriter, name: &str) {
    let _ = w.write_event(Event::End(BytesEnd::new(name)));
}

fn text(w: &mut XmlWriter, name: &str, value: &str) {
    open(w, name);
    // AWS escapes only what XML requires in text (`<`, `>`, `&`), not quotes.
    let escaped = quick_xml::escape::partial_escape(value);
    let _ = w.write_event(Event::Text(BytesText::from_escaped(escaped)));
    close(w, name);
}

fn write_value(w: &mut XmlWriter, model: &Model, id: ShapeId, name: &str, value: &Value) {
    let shape = model.shape(id);
    match (&shape.kind, value) {
        (_, Value::Null) => {}
        (Kind::Structure { members, .. }, Value::Object(obj)) => {
            open(w, name);
            for m in members {
                if let Some(v) = obj.get(&m.name) {
                    write_member(w, model, m.shape, m.wire_name(), m.flattened, v);
                }
            }
            close(w, name);
        }
        (Kind::List { .. }, _) | (Kind::Map { .. }, _) => {
            write_member(w, model, id, name, false, value)
        }
        (Kind::Timestamp, Value::Number(n)) => {
            // Canonical seconds are floats; AWS's XML carries at most milliseconds.
            let t = Timestamp::from_millis((n.as_f64().unwrap_or(0.0) * 1000.0).round() as i64);
            text(w, name, &t.to_iso8601());
        }
        (_, Value::String(s)) => text(w, name, s),
        (_, other) => text(w, name, &other.to_string()),
    }
}

fn write_member(
    w: &mut XmlWriter,
    model: &Model,
    id: ShapeId,
    name: &str,
    member_flattened: bool,
    value: &Value,
) {
    match (&model.shape(id).kind, value) {
        (
            Kind::List {
                member,
                member_name,
                flattened,
            },
            Value::Array(items),
        ) => {
            if *flattened || member_flattened {
                for item in items {
                    write_value(w, model, *member, name, item);
                }
            } else {
                open(w, name);
                for item in items {
                    write_value(
                        w,
                        model,
                        *member,
                        member_name.as_deref().unwrap_or("member"),
                        item,
                    );
                }
                close(w, name);
            }
        }
        (Kind::Map { key, value: v, .. }, Value::Object(obj)) => {
            open(w, name);
            for (k, item) in obj {
                open(w, "entry");
                write_value(w, model, *key, "key", &Value::String(k.clone()));
                write_value(w, model, *v, "value", item);
                close(w, "entry");
            }
            close(w, name);
        }
        _ => write_value(w, model, id, name, value),
    }
}

pub fn encode(model: &Model, op: &Operation, output: Value, request_id: &str) -> WireResponse {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 2);
    let root = format!("{}Response", op.name);
    let mut start = BytesStart::new(root.as_str());
    if let Some(ns) = &model.metadata.xml_namespace {
        start.push_attribute(("xmlns", ns.as_str()));
    }
    let _ = w.write_event(Event::Start(start));
    if let (Some(shape), Value::Object(obj)) = (op.output, &output) {
        let wrapper = op
            .result_wrapper
            .clone()
            .unwrap_or_else(|| format!("{}Result", op.name));
        open(&mut w, &wrapper);
        for m in model.shape(shape).members() {
            if let Some(v) = obj.get(&m.name) {
                write_member(&mut w, model, m.shape, m.wire_name(), m.flattened, v);
            }
        }
        close(&mut w, &wrapper);
    }
    open(&mut w, "ResponseMetadata");
    text(&mut w, "RequestId", request_id);
    close(&mut w, "ResponseMetadata");
    close(&mut w, &root);
    let mut body = w.into_inner();
    body.push(b'\n');
    response(200, "text/xml", request_id, Bytes::from(body))
}
