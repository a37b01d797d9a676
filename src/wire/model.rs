//! The AWS service models, loaded from `fixtures/models/` into an indexed form that the
//! protocols, the validator and the code generator walk.
//!
//! It describes shapes and operations; it never knows what a cluster or a repository is.

use std::collections::HashMap;
use std::sync::OnceLock;

use regex::Regex;
use serde::Deserialize;
use serde_json::Value;

pub type ShapeId = usize;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Protocol {
    /// awsJson1_0 / awsJson1_1: `POST /`, `X-Amz-Target`, JSON both ways.
    Json,
    /// restJson1: routes from URI templates, JSON payloads.
    RestJson,
    /// awsQuery: a form in, XML out.
    Query,
    /// Smithy RPC v2 CBOR.
    Cbor,
}

impl Protocol {
    fn parse(name: &str) -> Option<Protocol> {
        match name {
            "json" => Some(Protocol::Json),
            "rest-json" => Some(Protocol::RestJson),
            "query" => Some(Protocol::Query),
            "smithy-rpc-v2-cbor" => Some(Protocol::Cbor),
            _ => None,
        }
    }
}

#[derive(Debug)]
pub struct Metadata {
    pub api_version: String,
    pub endpoint_prefix: String,
    pub signing_name: String,
    pub target_prefix: Option<String>,
    pub json_version: Option<String>,
    pub xml_namespace: Option<String>,
    pub service_id: String,
    /// Every protocol the model lists, preferred first.
    pub protocols: Vec<Protocol>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Body,
    Uri,
    Query,
    Header,
    Headers,
    StatusCode,
}

#[derive(Debug)]
pub struct Member {
    pub name: String,
    pub shape: ShapeId,
    pub location: Location,
    /// The name on the wire where it differs from `name` (URI label, query key, XML element).
    pub location_name: Option<String>,
    pub required: bool,
    pub idempotency_token: bool,
    pub flattened: bool,
}

impl Member {
    pub fn wire_name(&self) -> &str {
        self.location_name.as_deref().unwrap_or(&self.name)
    }
}

#[derive(Debug, Clone)]
pub struct ErrorInfo {
    /// The code clients see; the query protocol's `error.code` where the model names one.
    pub code: String,
    pub status: u16,
    pub sender_fault: bool,
}

#[derive(Debug)]
pub enum Kind {
    Structure {
        members: Vec<Member>,
        payload: Option<String>,
        union: bool,
        exception: Option<ErrorInfo>,
    },
    /// A structure marked `document`: any JSON value.
    Document,
    List {
        member: ShapeId,
        member_name: Option<String>,
        flattened: bool,
    },
    Map {
        key: ShapeId,
        value: ShapeId,
        flattened: bool,
    },
    String,
    Integer,
    Long,
    Float,
    Double,
    Boolean,
    Timestamp,
    Blob,
}

#[derive(Debug)]
pub struct Shape {
    pub name: String,
    pub kind: Kind,
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub pattern: Option<String>,
    pub enum_values: Option<Vec<String>>,
    pub timestamp_format: Option<String>,
    pub event_stream: bool,
    regex: OnceLock<Option<Regex>>,
}

impl Shape {
    /// The compiled `pattern`, matched against the whole value as AWS's services match
    /// it (Java's `matches()`), if it compiles: the few constructs Rust's engine lacks
    /// (look-around, surrogate ranges) skip the check.
    pub fn regex(&self) -> Option<&Regex> {
        self.regex
            .get_or_init(|| {
                let p = self.pattern.as_deref()?;
                Regex::new(&format!("^(?:{p})$")).ok()
            })
            .as_ref()
    }

    pub fn members(&self) -> &[Member] {
        match &self.kind {
            Kind::Structure { members, .. } => members,
            _ => &[],
        }
    }
}

#[derive(Debug)]
pub struct Operation {
    pub name: String,
    pub method: String,
    pub request_uri: String,
    pub response_code: u16,
    pub input: Option<ShapeId>,
    pub output: Option<ShapeId>,
    pub result_wrapper: Option<String>,
    pub errors: Vec<ShapeId>,
    pub host_prefix: Option<String>,
}

#[derive(Debug)]
pub struct Model {
    pub metadata: Metadata,
    pub shapes: Vec<Shape>,
    pub operations: Vec<Operation>,
    shape_ids: HashMap<String, ShapeId>,
    op_ids: HashMap<String, usize>,
    errors: HashMap<String, ErrorInfo>,
}

// The botocore JSON, as read.
#[derive(Deserialize)]
struct RawModel {
    metadata: RawMeta,
    operations: HashMap<String, RawOp>,
    shapes: HashMap<String, RawShape>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMeta {
    api_version: String,
    endpoint_prefix: String,
    signing_name: Option<String>,
    target_prefix: Option<String>,
    json_version: Option<String>,
    xml_namespace: Option<String>,
    service_id: String,
    protocol: String,
    #[serde(default)]
    protocols: Vec<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawOp {
    name: String,
    http: RawHttp,
    input: Option<RawRef>,
    output: Option<RawRef>,
    #[serde(default)]
    errors: Vec<RawRef>,
    endpoint: Option<RawEndpoint>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawHttp {
    method: String,
    request_uri: String,
    response_code: Option<u16>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawRef {
    shape: String,
    result_wrapper: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawEndpoint {
    host_prefix: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawShape {
    #[serde(rename = "type")]
    kind: String,
    #[serde(default)]
    members: serde_json::Map<String, Value>,
    #[serde(default)]
    required: Vec<String>,
    member: Option<RawMemberRef>,
    key: Option<RawMemberRef>,
    value: Option<RawMemberRef>,
    min: Option<f64>,
    max: Option<f64>,
    pattern: Option<String>,
    #[serde(rename = "enum")]
    enum_values: Option<Vec<String>>,
    timestamp_format: Option<String>,
    payload: Option<String>,
    #[serde(default)]
    union: bool,
    #[serde(default)]
    document: bool,
    #[serde(default)]
    exception: bool,
    #[serde(default)]
    fault: bool,
    #[serde(default)]
    flattened: bool,
    #[serde(default)]
    eventstream: bool,
    error: Option<RawError>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMemberRef {
    shape: String,
    location_name: Option<String>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawError {
    code: Option<String>,
    http_status_code: Option<u16>,
    #[serde(default)]
    sender_fault: bool,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct RawMember {
    shape: String,
    location: Option<String>,
    location_name: Option<String>,
    #[serde(default)]
    idempotency_token: bool,
    #[serde(default)]
    flattened: bool,
}

impl Model {
    /// Parses a botocore `service-2.json`.
    pub fn parse(json: &str) -> Result<Model, String> {
        let raw: RawModel = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut names: Vec<&String> = raw.shapes.keys().collect();
        names.sort();
        let shape_ids: HashMap<String, ShapeId> = names
            .iter()
            .enumerate()
            .map(|(i, n)| ((*n).clone(), i))
            .collect();
        let id = |name: &str| -> Result<ShapeId, String> {
            shape_ids
                .get(name)
                .copied()
                .ok_or_else(|| format!("unknown shape {name}"))
        };
        let mut shapes = Vec::with_capacity(names.len());
        for name in &names {
            shapes.push(build_shape(name, &raw.shapes[*name], &id)?);
        }
        let mut errors = HashMap::new();
        for shape in &shapes {
            if let Kind::Structure {
                exception: Some(e), ..
            } = &shape.kind
            {
                errors.insert(shape.name.clone(), e.clone());
                errors.insert(e.code.clone(), e.clone());
            }
        }
        let mut op_names: Vec<&String> = raw.operations.keys().collect();
        op_names.sort();
        let mut operations = Vec::new();
        for name in op_names {
            let op = &raw.operations[name];
            operations.push(Operation {
                name: op.name.clone(),
                method: op.http.method.clone(),
                request_uri: op.http.request_uri.clone(),
                response_code: op.http.response_code.unwrap_or(200),
                input: op.input.as_ref().map(|r| id(&r.shape)).transpose()?,
                output: op.output.as_ref().map(|r| id(&r.shape)).transpose()?,
                result_wrapper: op.output.as_ref().and_then(|r| r.result_wrapper.clone()),
                errors: op
                    .errors
                    .iter()
                    .map(|r| id(&r.shape))
                    .collect::<Result<_, _>>()?,
                host_prefix: op.endpoint.as_ref().and_then(|e| e.host_prefix.clone()),
            });
        }
        let op_ids = operations
            .iter()
            .enumerate()
            .map(|(i, o)| (o.name.clone(), i))
            .collect();
        let m = &raw.metadata;
        let mut protocols: Vec<Protocol> = m
            .protocols
            .iter()
            .filter_map(|p| Protocol::parse(p))
            .collect();
        if protocols.is_empty() {
            protocols.extend(Protocol::parse(&m.protocol));
        }
        Ok(Model {
            metadata: Metadata {
                api_version: m.api_version.clone(),
                endpoint_prefix: m.endpoint_prefix.clone(),
                signing_name: m.signing_name.clone().unwrap_or(m.endpoint_prefix.clone()),
                target_prefix: m.target_prefix.clone(),
                json_version: m.json_version.clone(),
                xml_namespace: m.xml_namespace.clone(),
                service_id: m.service_id.clone(),
                protocols,
            },
            shapes,
            operations,
            shape_ids,
            op_ids,
            errors,
        })
    }

    pub fn shape(&self, id: ShapeId) -> &Shape {
        &self.shapes[id]
    }

    pub fn shape_named(&self, name: &str) -> Option<&Shape> {
        self.shape_ids.get(name).map(|&i| &self.shapes[i])
    }

    pub fn operation(&self, name: &str) -> Option<&Operation> {
        self.op_ids.get(name).map(|&i| &self.operations[i])
    }

    /// The modelled error for a code (shape name or query code), if any.
    pub fn error(&self, code: &str) -> Option<&ErrorInfo> {
        self.errors.get(code)
    }

    pub fn protocol(&self) -> Protocol {
        self.metadata.protocols[0]
    }
}

fn build_shape(
    name: &str,
    raw: &RawShape,
    id: &dyn Fn(&str) -> Result<ShapeId, String>,
) -> Result<Shape, String> {
    let kind = match raw.kind.as_str() {
        "structure" if raw.document => Kind::Document,
        "structure" => {
            let mut members = Vec::with_capacity(raw.members.len());
            for (mname, mval) in &raw.members {
                let m: RawMember = serde_json::from_value(mval.clone())
                    .map_err(|e| format!("{name}.{mname}: {e}"))?;
                members.push(Member {
                    name: mname.clone(),
                    shape: id(&m.shape)?,
                    location: match m.location.as_deref() {
                        None => Location::Body,
                        Some("uri") => Location::Uri,
                        Some("querystring") => Location::Query,
                        Some("header") => Location::Header,
                        Some("headers") => Location::Headers,
                        Some("statusCode") => Location::StatusCode,
                        Some(other) => return Err(format!("{name}.{mname}: location {other}")),
                    },
                    location_name: m.location_name,
                    required: raw.required.contains(mname),
                    idempotency_token: m.idempotency_token,
                    flattened: m.flattened,
                });
            }
            let exception = (raw.exception || raw.error.is_some()).then(|| {
                let e = raw.error.as_ref();
                ErrorInfo {
                    code: e.and_then(|e| e.code.clone()).unwrap_or(name.to_string()),
                    status: e.and_then(|e| e.http_status_code).unwrap_or(if raw.fault {
                        500
                    } else {
                        400
                    }),
                    sender_fault: e.is_some_and(|e| e.sender_fault) || !raw.fault,
                }
            });
            Kind::Structure {
                members,
                payload: raw.payload.clone(),
                union: raw.union,
                exception,
            }
        }
        "list" => {
            let m = raw
                .member
                .as_ref()
                .ok_or(format!("{name}: list without member"))?;
            Kind::List {
                member: id(&m.shape)?,
                member_name: m.location_name.clone(),
                flattened: raw.flattened,
            }
        }
        "map" => Kind::Map {
            key: id(&raw
                .key
                .as_ref()
                .ok_or(format!("{name}: map without key"))?
                .shape)?,
            value: id(&raw
                .value
                .as_ref()
                .ok_or(format!("{name}: map without value"))?
                .shape)?,
            flattened: raw.flattened,
        },
        "string" => Kind::String,
        "integer" => Kind::Integer,
        "long" => Kind::Long,
        "float" => Kind::Float,
        "double" => Kind::Double,
        "boolean" => Kind::Boolean,
        "timestamp" => Kind::Timestamp,
        "blob" => Kind::Blob,
        other => return Err(format!("{name}: unsupported type {other}")),
    };
    Ok(Shape {
        name: name.to_string(),
        kind,
        min: raw.min,
        max: raw.max,
        pattern: raw.pattern.clone(),
        enum_values: raw.enum_values.clone(),
        timestamp_format: raw.timestamp_format.clone(),
        event_stream: raw.eventstream,
        regex: OnceLock::new(),
    })
}
