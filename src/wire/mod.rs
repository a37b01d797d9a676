//! The AWS wire protocols: which service and operation a request is for, its input as a
//! canonical JSON value checked against the model, and the answer or error back as bytes.
//!
//! `wire` knows protocols and models and nothing about clusters or repositories.

pub mod aws_json;
pub mod cbor;
#[cfg(test)]
mod codegen;
pub mod errors;
pub mod model;
pub mod query;
pub mod rest_json;
pub mod sigv4;
pub mod validate;

use http::HeaderMap;
use serde_json::Value;

use crate::catalog::{self, ServiceMeta};
use crate::error::AwsError;
use crate::types::{Form, Output};
pub use errors::WireResponse;
pub use model::{Model, Operation, Protocol};
use sigv4::Auth;

/// The parts of an HTTP request the protocols read.
pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: Option<&'a str>,
    pub headers: &'a HeaderMap,
    pub body: &'a [u8],
}

impl Request<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
}

/// Where a request goes: its service, the protocol it speaks, and its credential.
pub struct Routed {
    pub service: &'static ServiceMeta,
    pub protocol: Protocol,
    pub auth: Auth,
    /// The region named by the credential scope, else by the host.
    pub region: Option<String>,
}

impl Routed {
    pub fn model(&self) -> &'static Model {
        catalog::model(self.service)
    }
}

/// The JSON protocols answer an unknown target this way.
pub fn unknown_operation(target: &str) -> AwsError {
    AwsError::new(
        "UnknownOperationException",
        format!("Unknown operation {target}"),
    )
    .with_status(400)
}

/// The host without its port.
fn host_name<'a>(req: &'a Request<'_>) -> &'a str {
    let host = req.header("host").unwrap_or("");
    match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    }
}

/// The service a request is for: by credential scope, then `X-Amz-Target`, then Host,
/// then path (rpcv2Cbor paths, a query `Version`, restJson1 routes).
pub fn route(req: &Request<'_>) -> Option<Routed> {
    let auth = sigv4::parse(req.headers, req.query);
    let host = host_name(req);
    let mut host_region = None;
    let by_scope = match &auth {
        Auth::Signed(c) => catalog::by_signing_name(&c.service),
        _ => None,
    };
    let service = by_scope
        .or_else(|| {
            let target = req.header("x-amz-target")?;
            catalog::by_target_prefix(target.split('.').next()?)
        })
        .or_else(|| {
            let labels: Vec<&str> = host.split('.').collect();
            let (service, region) = match labels.as_slice() {
                ["api", "ecr", region, ..] => (catalog::by_name("ecr"), Some(*region)),
                [first, rest @ ..] => {
                    let name = first.strip_prefix("data-").unwrap_or(first);
                    (catalog::by_endpoint_prefix(name), rest.first().copied())
                }
                [] => (None, None),
            };
            if service.is_some() {
                host_region = region
                    .filter(|r| r.contains('-') && r.bytes().any(|b| b.is_ascii_digit()))
                    .map(str::to_string);
            }
            service
        })
        .or_else(|| by_path(req))?;
    let region = match &auth {
        Auth::Signed(c) => c.region.clone(),
        _ => None,
    }
    .or_else(|| {
        req.header("x-amz-region-set")
            .map(|s| s.split(',').next().unwrap_or(s).trim().to_string())
    })
    .or(host_region);
    Some(Routed {
        service,
        protocol: protocol_of(service, req),
        auth,
        region,
    })
}

fn by_path(req: &Request<'_>) -> Option<&'static ServiceMeta> {
    if let Some(rest) = req.path.strip_prefix("/service/") {
        return catalog::by_target_prefix(rest.split('/').next()?);
    }
    let params = query::params(req);
    if let Some(version) = params.get("Version")
        && params.contains_key("Action")
    {
        return catalog::SERVICES
            .iter()
            .copied()
            .find(|s| s.api_version == version && s.protocols.contains(&Protocol::Query));
    }
    catalog::SERVICES
        .iter()
        .copied()
        .filter(|s| s.protocols.contains(&Protocol::RestJson))
        .find(|s| rest_json::find(catalog::model(s), req).is_some())
}

/// The protocol of a request to `service`: CBOR when the client says so, else the JSON
/// protocol when a target header is present, else the model's first protocol.
fn protocol_of(service: &ServiceMeta, req: &Request<'_>) -> Protocol {
    let has = |p| service.protocols.contains(&p);
    if has(Protocol::Cbor)
        && (req.header("smithy-protocol") == Some("rpc-v2-cbor")
            || req.path.starts_with("/service/"))
    {
        return Protocol::Cbor;
    }
    if has(Protocol::Json) {
        return Protocol::Json;
    }
    service.protocols[0]
}

/// Decodes the operation and its canonical input (not yet validated: see [`check`]).
pub fn decode(routed: &Routed, req: &Request<'_>) -> Result<(&'static Operation, Value), AwsError> {
    let model = routed.model();
    match routed.protocol {
        Protocol::Json => aws_json::decode(model, req),
        Protocol::RestJson => rest_json::decode(model, req),
        Protocol::Query => query::decode(model, req),
        Protocol::Cbor => cbor::decode(model, req),
    }
}

/// Validates a decoded input against the operation's input shape.
pub fn check(routed: &Routed, op: &Operation, input: &mut Value) -> Result<(), AwsError> {
    match op.input {
        Some(shape) => validate::validate(routed.model(), shape, input, routed.protocol),
        None => Ok(()),
    }
}

/// The form the protocol of a request wants handler output in.
pub fn form(routed: &Routed) -> Form {
    match routed.protocol {
        Protocol::Json => Form::Json,
        _ => Form::Value,
    }
}

/// Encodes a handler's output.
pub fn encode(routed: &Routed, op: &Operation, output: Output, request_id: &str) -> WireResponse {
    let model = routed.model();
    match (routed.protocol, output) {
        (Protocol::Json, Output::Json(bytes)) => aws_json::encode_bytes(model, bytes, request_id),
        (Protocol::Json, out) => aws_json::encode(model, out.into_value(), request_id),
        (Protocol::RestJson, out) => rest_json::encode(model, op, out.into_value(), request_id),
        (Protocol::Query, out) => query::encode(model, op, out.into_value(), request_id),
        (Protocol::Cbor, out) => cbor::encode(model, op, out.into_value(), request_id),
    }
}

/// Encodes an error in the protocol of the request (JSON when no service was found).
pub fn encode_error(routed: Option<&Routed>, err: &AwsError, request_id: &str) -> WireResponse {
    match routed {
        Some(r) => {
            let model = r.model();
            let version = model.metadata.json_version.as_deref().unwrap_or("1.1");
            errors::encode(r.protocol, Some(model), version, err, request_id)
        }
        None => errors::encode(Protocol::Json, None, "1.1", err, request_id),
    }
}

/// The error for a request without credentials, or with ones that are not SigV4.
pub fn auth_error(routed: &Routed) -> Option<AwsError> {
    let query = routed.protocol == Protocol::Query;
    match &routed.auth {
        Auth::Signed(_) => None,
        Auth::Missing => Some(if query {
            AwsError::new(
                "MissingAuthenticationToken",
                "Request is missing Authentication Token",
            )
            .with_status(403)
        } else {
            AwsError::new(
                "MissingAuthenticationTokenException",
                "Missing Authentication Token",
            )
            .with_status(403)
        }),
        Auth::Malformed(why) => Some(
            AwsError::new(
                if query {
                    "IncompleteSignature"
                } else {
                    "IncompleteSignatureException"
                },
                why.clone(),
            )
            .with_status(400),
        ),
    }
}
