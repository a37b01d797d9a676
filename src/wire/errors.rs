//! How an `AwsError` looks on the wire, one function per protocol: `__type` and
//! `X-Amzn-ErrorType` for JSON, the header and a `message` body for restJson1,
//! `<ErrorResponse>` for query, a CBOR map for rpcv2Cbor.
//!
//! This is the only place that renders errors; it never decides which error to give.

use bytes::Bytes;
use http::{HeaderValue, Response, StatusCode};
use serde_json::{Map, Value};

use super::model::{Kind, Model, Protocol};
use crate::error::{AwsError, Fault};

pub type WireResponse = Response<Bytes>;

/// The status of an error: its own, else the model's for its code, else 400.
pub fn status_of(err: &AwsError, model: Option<&Model>) -> u16 {
    err.status
        .or_else(|| model.and_then(|m| m.error(&err.code)).map(|e| e.status))
        .unwrap_or(400)
}

fn fault_of(err: &AwsError, status: u16) -> Fault {
    if err.status.is_none() && status >= 500 {
        Fault::Receiver
    } else {
        err.fault()
    }
}

/// The member name the error shape uses for its message (`message` or `Message`).
fn message_key(err: &AwsError, model: Option<&Model>) -> &'static str {
    let shape = model.and_then(|m| m.shape_named(&err.code));
    match shape.map(|s| &s.kind) {
        Some(Kind::Structure { members, .. }) if members.iter().any(|m| m.name == "Message") => {
            "Message"
        }
        _ => "message",
    }
}

pub fn response(status: u16, content_type: &str, request_id: &str, body: Bytes) -> WireResponse {
    let mut r = Response::new(body);
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    let h = r.headers_mut();
    if let Ok(v) = HeaderValue::from_str(content_type) {
        h.insert(http::header::CONTENT_TYPE, v);
    }
    if let Ok(v) = HeaderValue::from_str(request_id) {
        h.insert("x-amzn-RequestId", v);
    }
    r
}

fn json_body(err: &AwsError, model: Option<&Model>, with_type: bool) -> Map<String, Value> {
    let mut body = Map::new();
    if with_type {
        body.insert("__type".into(), Value::String(err.code.clone()));
    }
    body.insert(
        message_key(err, model).into(),
        Value::String(err.message.clone()),
    );
    for (k, v) in &err.fields {
        body.insert(k.clone(), v.clone());
    }
    body
}

/// Encodes `err` as `protocol` gives errors (JSON when the protocol is unknown).
pub fn encode(
    protocol: Protocol,
    model: Option<&Model>,
    json_version: &str,
    err: &AwsError,
    request_id: &str,
) -> WireResponse {
    let status = status_of(err, model);
    let mut r = match protocol {
        Protocol::Json => {
            // Coral answers a request in a protocol it does not recognise (a foreign
            // Content-Type) with a bare XML element, whatever the target said:
            // https://github.com/disneystreaming/smithy4s/issues/167
            let body = if status == 404 && err.code == "UnknownOperationException" {
                Bytes::from_static(b"<UnknownOperationException/>\n")
            } else {
                Value::Object(json_body(err, model, true))
                    .to_string()
                    .into()
            };
            response(
                status,
                &format!("application/x-amz-json-{json_version}"),
                request_id,
                body,
            )
        }
        Protocol::RestJson => {
            let body = Value::Object(json_body(err, model, false)).to_string();
            response(status, "application/json", request_id, body.into())
        }
        Protocol::Query => {
            let ns = model
                .and_then(|m| m.metadata.xml_namespace.clone())
                .unwrap_or_default();
            let kind = match fault_of(err, status) {
                Fault::Sender => "Sender",
                Fault::Receiver => "Receiver",
            };
            let body = format!(
                "<ErrorResponse xmlns=\"{}\">\n  <Error>\n    <Type>{kind}</Type>\n    <Code>{}</Code>\n    <Message>{}</Message>\n  </Error>\n  <RequestId>{}</RequestId>\n</ErrorResponse>\n",
                quick_xml::escape::escape(ns.as_str()),
                quick_xml::escape::partial_escape(err.code.as_str()),
                quick_xml::escape::partial_escape(err.message.as_str()),
                quick_xml::escape::partial_escape(request_id),
            );
            response(status, "text/xml", request_id, body.into())
        }
        Protocol::Cbor => {
            let mut map = json_body(err, model, true);
            // rpcv2Cbor errors name the shape by its absolute id; clients keep what follows '#'.
            if let Some(m) = model {
                let ns = format!("com.amazonaws.{}", m.metadata.endpoint_prefix);
                map.insert("__type".into(), Value::String(format!("{ns}#{}", err.code)));
            }
            let body = super::cbor::to_bytes(&super::cbor::from_json(&Value::Object(map)));
            let mut r = response(status, "application/cbor", request_id, body.into());
            r.headers_mut()
                .insert("smithy-protocol", HeaderValue::from_static("rpc-v2-cbor"));
            r
        }
    };
    if protocol != Protocol::Query
        && let Ok(v) = HeaderValue::from_str(&err.code)
    {
        r.headers_mut().insert("X-Amzn-ErrorType", v);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_error_shape() {
        let err = AwsError::new("ClusterNotFoundException", "Cluster not found.");
        let r = encode(Protocol::Json, None, "1.1", &err, "rid");
        assert_eq!(r.status(), 400);
        assert_eq!(r.headers()["X-Amzn-ErrorType"], "ClusterNotFoundException");
        assert_eq!(r.headers()["x-amzn-RequestId"], "rid");
        let body: Value = serde_json::from_slice(r.body()).unwrap();
        assert_eq!(
            body,
            serde_json::json!({"__type": "ClusterNotFoundException", "message": "Cluster not found."})
        );
    }

    #[test]
    fn query_error_shape() {
        let err = AwsError::new(
            "InvalidAction",
            "Could not find operation Nope for version 2011-06-15",
        );
        let r = encode(Protocol::Query, None, "", &err, "rid");
        let text = std::str::from_utf8(r.body()).unwrap();
        assert!(text.contains("<Type>Sender</Type>"));
        assert!(text.contains("<Code>InvalidAction</Code>"));
        assert!(text.contains("<RequestId>rid</RequestId>"));
    }

    #[test]
    fn not_implemented_is_501() {
        let err = AwsError::not_implemented("ecs", "ListAttributes");
        let r = encode(Protocol::RestJson, None, "1.1", &err, "rid");
        assert_eq!(r.status(), 501);
        assert_eq!(r.headers()["X-Amzn-ErrorType"], "NotImplemented");
    }
}
