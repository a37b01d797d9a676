//! Smithy RPC v2 CBOR (what Cloud Map's newest SDKs send): `POST
//! /service/<Service>/operation/<Operation>` with `smithy-protocol: rpc-v2-cbor`, CBOR maps
//! both ways, timestamps as tag 1 and blobs as byte strings.
//!
//! It converts between CBOR and the canonical value by shape; it never validates constraints.

use base64::Engine as _;
use bytes::Bytes;
use ciborium::value::{Integer, Value as Cbor};
use http::HeaderValue;
use serde_json::{Map, Value};

use super::errors::{WireResponse, response};
use super::model::{Kind, Model, Operation, ShapeId};
use super::validate::number;
use super::{Request, unknown_operation};
use crate::error::AwsError;

fn serialization(message: impl Into<String>) -> AwsError {
    AwsError::new("SerializationException", message).with_status(400)
}

pub fn decode(
    model: &'static Model,
    req: &Request<'_>,
) -> Result<(&'static Operation, Value), AwsError> {
    let name = req.path.rsplit('/').next().unwrap_or("");
    let Some(op) = model.operation(name) else {
        return Err(unknown_operation(name).with_status(404));
    };
    if !req.body.is_empty()
        && !req
            .header("content-type")
            .is_some_and(|ct| ct.starts_with("application/cbor"))
    {
        return Err(AwsError::new(
            "UnsupportedMediaTypeException",
            "rpc-v2-cbor requests carry Content-Type: application/cbor.",
        )
        .with_status(415));
    }
    let input = if req.body.is_empty() {
        Value::Object(Map::new())
    } else {
        let cbor: Cbor = ciborium::de::from_reader(req.body).map_err(|e| {
            use ciborium::de::Error;
            serialization(match e {
                Error::Io(_) => "Malformed CBOR: unexpected end of input".to_string(),
                Error::Syntax(at) => format!("Malformed CBOR: syntax error at byte {at}"),
                Error::Semantic(_, why) => format!("Malformed CBOR: {why}"),
                Error::RecursionLimitExceeded => "Malformed CBOR: nested too deeply".to_string(),
            })
        })?;
        match op.input {
            Some(id) => to_json(model, id, &cbor)?.unwrap_or(Value::Object(Map::new())),
            None => Value::Object(Map::new()),
        }
    };
    if !input.is_object() {
        return Err(serialization("Expected a CBOR map."));
    }
    Ok((op, input))
}

fn int_of(i: Integer) -> Value {
    let n: i128 = i.into();
    i64::try_from(n)
        .map(Value::from)
        .unwrap_or(Value::from(n as f64))
}

/// A CBOR value as the canonical value of shape `id`; nulls are absent members.
fn to_json(model: &Model, id: ShapeId, cbor: &Cbor) -> Result<Option<Value>, AwsError> {
    let kind = &model.shape(id).kind;
    let v = match (kind, cbor) {
        (_, Cbor::Null) => return Ok(None),
        (Kind::Structure { members, .. }, Cbor::Map(entries)) => {
            let mut obj = Map::new();
            for (k, v) in entries {
                let Cbor::Text(k) = k else {
                    return Err(serialization("Structure keys must be text."));
                };
                if let Some(m) = members.iter().find(|m| &m.name == k)
                    && let Some(v) = to_json(model, m.shape, v)?
                {
                    obj.insert(k.clone(), v);
                }
            }
            Value::Object(obj)
        }
        (Kind::Document, v) => generic(v),
        (Kind::List { member, .. }, Cbor::Array(items)) => Value::Array(
            items
                .iter()
                .map(|i| to_json(model, *member, i).map(|v| v.unwrap_or(Value::Null)))
                .collect::<Result<_, _>>()?,
        ),
        (Kind::Map { value, .. }, Cbor::Map(entries)) => {
            let mut obj = Map::new();
            for (k, v) in entries {
                let Cbor::Text(k) = k else {
                    return Err(serialization("Map keys must be text."));
                };
                obj.insert(k.clone(), to_json(model, *value, v)?.unwrap_or(Value::Null));
            }
            Value::Object(obj)
        }
        (Kind::String, Cbor::Text(s)) => Value::String(s.clone()),
        (Kind::Integer | Kind::Long, Cbor::Integer(i)) => int_of(*i),
        (Kind::Float | Kind::Double, Cbor::Float(f)) => number(*f),
        (Kind::Float | Kind::Double, Cbor::Integer(i)) => int_of(*i),
        (Kind::Boolean, Cbor::Bool(b)) => Value::Bool(*b),
        (Kind::Timestamp, Cbor::Tag(1, inner)) => match inner.as_ref() {
            Cbor::Integer(i) => int_of(*i),
            Cbor::Float(f) => number(*f),
            _ => return Err(serialization("Timestamps are tag 1 over a number.")),
        },
        (Kind::Timestamp, Cbor::Integer(i)) => int_of(*i),
        (Kind::Timestamp, Cbor::Float(f)) => number(*f),
        (Kind::Blob, Cbor::Bytes(b)) => {
            Value::String(base64::engine::general_purpose::STANDARD.encode(b))
        }
        (_, other) => {
            return Err(serialization(format!(
                "Unexpected CBOR {} for shape {}",
                type_name(other),
                model.shape(id).name
            )));
        }
    };
    Ok(Some(v))
}

fn type_name(v: &Cbor) -> &'static str {
    match v {
        Cbor::Integer(_) => "integer",
        Cbor::Bytes(_) => "byte string",
        Cbor::Float(_) => "float",
        Cbor::Text(_) => "text",
        Cbor::Bool(_) => "boolean",
        Cbor::Null => "null",
        Cbor::Tag(..) => "tag",
        Cbor::Array(_) => "array",
        Cbor::Map(_) => "map",
        _ => "value",
    }
}

/// Any CBOR value as JSON (documents).
fn generic(v: &Cbor) -> Value {
    match v {
        Cbor::Integer(i) => int_of(*i),
        Cbor::Float(f) => number(*f),
        Cbor::Text(s) => Value::String(s.clone()),
        Cbor::Bool(b) => Value::Bool(*b),
        Cbor::Bytes(b) => Value::String(base64::engine::general_purpose::STANDARD.encode(b)),
        Cbor::Array(items) => Value::Array(items.iter().map(generic).collect()),
        Cbor::Map(entries) => Value::Object(
            entries
                .iter()
                .filter_map(|(k, v)| Some((k.as_text()?.to_string(), generic(v))))
                .collect(),
        ),
        Cbor::Tag(_, inner) => generic(inner),
        _ => Value::Null,
    }
}

/// Any JSON value as CBOR, without a shape (error bodies).
pub fn from_json(v: &Value) -> Cbor {
    match v {
        Value::Null => Cbor::Null,
        Value::Bool(b) => Cbor::Bool(*b),
        Value::Number(n) => match n.as_i64() {
            Some(i) => Cbor::Integer(i.into()),
            None => Cbor::Float(n.as_f64().unwrap_or(0.0)),
        },
        Value::String(s) => Cbor::Text(s.clone()),
        Value::Array(items) => Cbor::Array(items.iter().map(from_json).collect()),
        Value::Object(obj) => Cbor::Map(
            obj.iter()
                .map(|(k, v)| (Cbor::Text(k.clone()), from_json(v)))
                .collect(),
        ),
    }
}

/// The canonical value of shape `id` as CBOR.
fn to_cbor(model: &Model, id: ShapeId, v: &Value) -> Cbor {
    match (&model.shape(id).kind, v) {
        (Kind::Structure { members, .. }, Value::Object(obj)) => Cbor::Map(
            members
                .iter()
                .filter_map(|m| {
                    let v = obj.get(&m.name).filter(|v| !v.is_null())?;
                    Some((Cbor::Text(m.name.clone()), to_cbor(model, m.shape, v)))
                })
                .collect(),
        ),
        (Kind::List { member, .. }, Value::Array(items)) => {
            Cbor::Array(items.iter().map(|i| to_cbor(model, *member, i)).collect())
        }
        (Kind::Map { value, .. }, Value::Object(obj)) => Cbor::Map(
            obj.iter()
                .map(|(k, v)| (Cbor::Text(k.clone()), to_cbor(model, *value, v)))
                .collect(),
        ),
        (Kind::Timestamp, Value::Number(n)) => Cbor::Tag(
            1,
            Box::new(match n.as_i64() {
                Some(i) => Cbor::Integer(i.into()),
                None => Cbor::Float(n.as_f64().unwrap_or(0.0)),
            }),
        ),
        (Kind::Float | Kind::Double, Value::Number(n)) => Cbor::Float(n.as_f64().unwrap_or(0.0)),
        (Kind::Blob, Value::String(s)) => Cbor::Bytes(
            base64::engine::general_purpose::STANDARD
                .decode(s)
                .unwrap_or_default(),
        ),
        (_, other) => from_json(other),
    }
}

pub fn to_bytes(v: &Cbor) -> Vec<u8> {
    let mut out = Vec::new();
    // Writing into a Vec cannot fail.
    let _ = ciborium::ser::into_writer(v, &mut out);
    out
}

pub fn encode(model: &Model, op: &Operation, output: Value, request_id: &str) -> WireResponse {
    let cbor = match op.output {
        Some(id) => to_cbor(model, id, &output),
        None => Cbor::Map(vec![]),
    };
    let mut r = response(
        200,
        "application/cbor",
        request_id,
        Bytes::from(to_bytes(&cbor)),
    );
    r.headers_mut()
        .insert("smithy-protocol", HeaderValue::from_static("rpc-v2-cbor"));
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;

    #[test]
    fn round_trips_by_shape() {
        let model = catalog::model(catalog::by_name("servicediscovery").unwrap());
        let op = model.operation("GetOperation").unwrap();
        let out = serde_json::json!({"Operation": {"Id": "op-1", "CreateDate": 1700000000.5, "Status": "SUCCESS"}});
        let cbor = to_cbor(model, op.output.unwrap(), &out);
        let bytes = to_bytes(&cbor);
        let back: Cbor = ciborium::de::from_reader(bytes.as_slice()).unwrap();
        let Cbor::Map(top) = &back else { panic!() };
        let Cbor::Map(inner) = &top[0].1 else {
            panic!()
        };
        assert!(
            inner
                .iter()
                .any(|(k, v)| k.as_text() == Some("CreateDate") && matches!(v, Cbor::Tag(1, _)))
        );
        let json = to_json(model, op.output.unwrap(), &back).unwrap().unwrap();
        assert_eq!(json, out);
    }
}
