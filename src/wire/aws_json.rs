//! awsJson1_0 / awsJson1_1: `POST /` with `X-Amz-Target: <prefix>.<Operation>` and a JSON
//! object both ways.
//!
//! It never validates members: it only turns bytes into the canonical value and back.

use bytes::Bytes;
use serde_json::Value;

use super::errors::{WireResponse, response};
use super::model::{Model, Operation};
use super::{Request, unknown_operation};
use crate::error::AwsError;

/// Content types under which JSON services accept a body.
fn acceptable(content_type: Option<&str>) -> bool {
    match content_type {
        None => true,
        Some(ct) => {
            let ct = ct.split(';').next().unwrap_or("").trim();
            ct.eq_ignore_ascii_case("application/x-amz-json-1.0")
                || ct.eq_ignore_ascii_case("application/x-amz-json-1.1")
                || ct.eq_ignore_ascii_case("application/json")
        }
    }
}

pub fn decode(
    model: &'static Model,
    req: &Request<'_>,
) -> Result<(&'static Operation, Value), AwsError> {
    if !acceptable(req.header("content-type")) {
        return Err(AwsError::new(
            "UnknownOperationException",
            "The request's Content-Type is not one this service speaks.",
        )
        .with_status(404));
    }
    let target = req.header("x-amz-target").unwrap_or("");
    let prefix = model.metadata.target_prefix.as_deref().unwrap_or("");
    let name = target
        .strip_prefix(prefix)
        .and_then(|rest| rest.strip_prefix('.'))
        .unwrap_or("");
    let Some(op) = model.operation(name) else {
        return Err(unknown_operation(target));
    };
    Ok((op, parse_object(req.body)?))
}

/// The body as a JSON object; empty means `{}`.
pub fn parse_object(body: &[u8]) -> Result<Value, AwsError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(Value::Object(Default::default()));
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(v @ Value::Object(_)) => Ok(v),
        Ok(_) => Err(AwsError::new(
            "SerializationException",
            "Start of structure or map expected.",
        )
        .with_status(400)),
        Err(e) => Err(
            AwsError::new("SerializationException", format!("Malformed JSON: {e}"))
                .with_status(400),
        ),
    }
}

pub fn encode(model: &Model, output: Value, request_id: &str) -> WireResponse {
    let body = match output {
        Value::Null => b"{}".to_vec(),
        v => v.to_string().into_bytes(),
    };
    encode_bytes(model, body, request_id)
}

/// Answers with an output already serialised as JSON.
pub fn encode_bytes(model: &Model, body: Vec<u8>, request_id: &str) -> WireResponse {
    let body = Bytes::from(body);
    let version = model.metadata.json_version.as_deref().unwrap_or("1.1");
    response(
        200,
        &format!("application/x-amz-json-{version}"),
        request_id,
        body,
    )
}
