//! The generator: turns one AWS model into `src/services/<svc>/api.rs` (serde types for
//! every shape, the operation list, the modelled errors and a trait whose methods default
//! to "not implemented").
//!
//! It runs at development time (`cargo run -p codegen`) and in one freshness test;
//! it never runs inside the server.

mod names;

use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use super::model::{Kind, Model, Protocol, ShapeId};
pub use names::{rust_field, snake_case};

/// The services Dockside generates an API for: (fixture name, Rust module name).
pub const GENERATED: &[(&str, &str)] = &[
    ("ecs", "ecs"),
    ("ecr", "ecr"),
    ("eks", "eks"),
    ("events", "events"),
    ("servicediscovery", "servicediscovery"),
    ("sts", "sts"),
    ("logs", "logs"),
    ("elbv2", "elbv2"),
    ("application-autoscaling", "application_autoscaling"),
];

/// Names the generated module defines itself, which a shape must not take.
const RESERVED: &[&str] = &["Api", "ErrorCode", "SERVICE", "OPERATIONS", "dispatch"];

struct Gen<'m> {
    model: &'m Model,
    name: &'m str,
    type_names: HashMap<ShapeId, String>,
    de: HashSet<ShapeId>,
    ser: HashSet<ShapeId>,
    out: String,
}

/// Generates the `api.rs` of one service.
pub fn generate(name: &str, model: &Model, botocore: &str) -> String {
    let mut g = Gen {
        model,
        name,
        type_names: HashMap::new(),
        de: HashSet::new(),
        ser: HashSet::new(),
        out: String::new(),
    };
    for (id, shape) in model.shapes.iter().enumerate() {
        if matches!(shape.kind, Kind::Structure { .. }) {
            let mut n = names::type_name(&shape.name);
            if RESERVED.contains(&n.as_str()) {
                n.push_str("Shape");
            }
            g.type_names.insert(id, n);
        }
    }
    for op in &model.operations {
        if let Some(i) = op.input {
            g.mark(i, true);
        }
        if let Some(o) = op.output {
            g.mark(o, false);
        }
        for &e in &op.errors {
            g.mark(e, false);
        }
    }
    g.header(botocore);
    g.structs();
    g.errors();
    g.api();
    g.dispatch();
    g.out
}

impl Gen<'_> {
    /// Marks every shape reachable from `id` as needing Deserialize (input) or Serialize.
    fn mark(&mut self, id: ShapeId, input: bool) {
        let set = if input { &mut self.de } else { &mut self.ser };
        if !set.insert(id) {
            return;
        }
        let children: Vec<ShapeId> = match &self.model.shape(id).kind {
            Kind::Structure { members, .. } => members.iter().map(|m| m.shape).collect(),
            Kind::List { member, .. } => vec![*member],
            Kind::Map { key, value, .. } => vec![*key, *value],
            _ => vec![],
        };
        for c in children {
            self.mark(c, input);
        }
    }

    fn header(&mut self, botocore: &str) {
        let m = &self.model.metadata;
        let protocols: Vec<&str> = m
            .protocols
            .iter()
            .map(|p| match p {
                Protocol::Json => "Protocol::Json",
                Protocol::RestJson => "Protocol::RestJson",
                Protocol::Query => "Protocol::Query",
                Protocol::Cbor => "Protocol::Cbor",
            })
            .collect();
        let opt = |v: &Option<String>| match v {
            Some(s) => format!("Some({s:?})"),
            None => "None".to_string(),
        };
        let _ = write!(
            self.out,
            r#"//! Generated from fixtures/models/{name}.json (botocore {botocore}) by `cargo run -p codegen`. Do not edit.
//!
//! The serde types of every shape, the modelled errors, and the trait a service
//! implements; it never holds behaviour: an operation left unimplemented answers
//! the uniform not-implemented error.

#![allow(clippy::all, clippy::pedantic, dead_code, non_camel_case_types, unused_imports)]

use crate::catalog::{{Protocol, ServiceMeta}};
use crate::context::Context;
use crate::error::{{AwsError, AwsResult}};

/// What routing needs to know of this service without parsing its model.
pub const SERVICE: ServiceMeta = ServiceMeta {{
    name: {name:?},
    service_id: {sid:?},
    signing_name: {sign:?},
    endpoint_prefix: {ep:?},
    target_prefix: {tp},
    api_version: {ver:?},
    protocols: &[{protocols}],
    model_json: include_str!("../../../fixtures/models/{name}.json"),
}};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
"#,
            name = self.name,
            sid = m.service_id,
            sign = m.signing_name,
            ep = m.endpoint_prefix,
            tp = opt(&m.target_prefix),
            ver = m.api_version,
            protocols = protocols.join(", "),
        );
        for op in &self.model.operations {
            let _ = writeln!(self.out, "    {:?},", op.name);
        }
        self.out.push_str("];\n");
    }

    fn rust_type(&self, id: ShapeId) -> String {
        let shape = self.model.shape(id);
        match &shape.kind {
            Kind::Structure { .. } => self.type_names[&id].clone(),
            Kind::Document => "::serde_json::Value".into(),
            Kind::List { member, .. } => format!("::std::vec::Vec<{}>", self.rust_type(*member)),
            Kind::Map { value, .. } => format!(
                "::std::collections::HashMap<::std::string::String, {}>",
                self.rust_type(*value)
            ),
            Kind::String => "::std::string::String".into(),
            Kind::Integer => "i32".into(),
            Kind::Long => "i64".into(),
            Kind::Float => "f32".into(),
            Kind::Double => "f64".into(),
            Kind::Boolean => "bool".into(),
            Kind::Timestamp => "crate::types::Timestamp".into(),
            Kind::Blob => "crate::types::Blob".into(),
        }
    }

    /// True when `to` leads back to `from` through structure members alone, so the
    /// member needs a Box to give the type a finite size.
    fn recursive(&self, from: ShapeId, to: ShapeId) -> bool {
        let mut seen = HashSet::new();
        let mut stack = vec![to];
        while let Some(id) = stack.pop() {
            if id == from {
                return true;
            }
            if !seen.insert(id) {
                continue;
            }
            if let Kind::Structure { members, .. } = &self.model.shape(id).kind {
                stack.extend(
                    members
                        .iter()
                        .filter(|m| {
                            matches!(self.model.shape(m.shape).kind, Kind::Structure { .. })
                        })
                        .map(|m| m.shape),
                );
            }
        }
        false
    }

    fn structs(&mut self) {
        let mut ids: Vec<ShapeId> = self.type_names.keys().copied().collect();
        ids.sort_by(|a, b| self.type_names[a].cmp(&self.type_names[b]));
        for id in ids {
            if !self.de.contains(&id) && !self.ser.contains(&id) {
                continue;
            }
            let shape = self.model.shape(id);
            let Kind::Structure { members, .. } = &shape.kind else {
                continue;
            };
            // Both ways for every shape: services keep output shapes as their stored
            // records, and read input shapes back from them.
            let derives = [
                "Debug",
                "Clone",
                "Default",
                "PartialEq",
                "::serde::Serialize",
                "::serde::Deserialize",
            ];
            let _ = write!(
                self.out,
                "\n/// The `{}` shape.\n#[derive({})]\npub struct {} {{\n",
                shape.name,
                derives.join(", "),
                self.type_names[&id]
            );
            let mut used = BTreeSet::new();
            for m in members {
                let mut field = rust_field(&m.name);
                while !used.insert(field.clone()) {
                    field.push('_');
                }
                let mut ty = self.rust_type(m.shape);
                if matches!(self.model.shape(m.shape).kind, Kind::Structure { .. })
                    && self.recursive(id, m.shape)
                {
                    ty = format!("::std::boxed::Box<{ty}>");
                }
                let _ = write!(
                    self.out,
                    "    #[serde(rename = {:?}, default, skip_serializing_if = \"::std::option::Option::is_none\")]\n    pub {}: ::std::option::Option<{}>,\n",
                    m.name, field, ty
                );
            }
            self.out.push_str("}\n");
        }
    }

    fn errors(&mut self) {
        let mut errs: Vec<(String, String, u16)> = Vec::new();
        for shape in &self.model.shapes {
            if let Kind::Structure {
                exception: Some(e), ..
            } = &shape.kind
            {
                errs.push((names::type_name(&shape.name), e.code.clone(), e.status));
            }
        }
        errs.sort();
        self.out.push_str(
            "\n/// The errors the model declares, with the code and HTTP status clients see.\n\
             #[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum ErrorCode {\n",
        );
        for (variant, _, _) in &errs {
            let _ = writeln!(self.out, "    {variant},");
        }
        self.out.push_str(
            "}\n\nimpl ErrorCode {\n    pub const fn code(self) -> &'static str {\n        match self {\n",
        );
        for (variant, code, _) in &errs {
            let _ = writeln!(self.out, "            ErrorCode::{variant} => {code:?},");
        }
        self.out.push_str(
            "        }\n    }\n\n    pub const fn status(self) -> u16 {\n        match self {\n",
        );
        for (variant, _, status) in &errs {
            let _ = writeln!(self.out, "            ErrorCode::{variant} => {status},");
        }
        self.out.push_str(
            "        }\n    }\n\n    /// This error with a message, as handlers return it.\n    \
             pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {\n        \
             AwsError::new(self.code(), message).with_status(self.status())\n    }\n}\n",
        );
    }

    fn signature(&self, op: &super::model::Operation) -> (String, String, String) {
        let method = snake_case(&op.name);
        let input = op
            .input
            .map(|i| format!(", input: {}", self.rust_type(i)))
            .unwrap_or_default();
        let output = op
            .output
            .map(|o| self.rust_type(o))
            .unwrap_or_else(|| "()".into());
        (method, input, output)
    }

    fn api(&mut self) {
        let _ = write!(
            self.out,
            "\n/// One method per operation of the {} model; each defaults to the not-implemented error.\n\
             pub trait Api: Send + Sync + 'static {{\n",
            self.name
        );
        for op in &self.model.operations {
            let (method, input, output) = self.signature(op);
            let unused = if op.input.is_some() {
                "(ctx, input)"
            } else {
                "ctx"
            };
            let _ = write!(
                self.out,
                "    fn {method}(&self, ctx: &Context{input}) -> impl ::std::future::Future<Output = AwsResult<{output}>> + Send {{\n        \
                 let _ = {unused};\n        \
                 async {{ Err(AwsError::not_implemented(SERVICE.name, {:?})) }}\n    }}\n",
                op.name
            );
        }
        self.out.push_str(
            "    /// Answers an operation with output JSON the service already holds (a cache), \
             skipping the typed path; `None` (the default) takes the typed path.\n    \
             fn cached(&self, ctx: &Context, operation: &str, input: &::serde_json::Value) -> ::std::option::Option<AwsResult<::std::vec::Vec<u8>>> {\n        \
             let _ = (ctx, operation, input);\n        None\n    }\n",
        );
        self.out.push_str("}\n");
    }

    fn dispatch(&mut self) {
        self.out.push_str(
            "\n/// Decodes the input of `operation`, calls the handler and encodes its output.\n\
             pub async fn dispatch<S: Api>(svc: &S, ctx: &Context, operation: &str, input: ::serde_json::Value, form: crate::types::Form) -> AwsResult<crate::types::Output> {\n    \
             if form == crate::types::Form::Json {\n        \
             if let ::std::option::Option::Some(out) = svc.cached(ctx, operation, &input) {\n            \
             return out.map(crate::types::Output::Json);\n        }\n    }\n    \
             match operation {\n",
        );
        for op in &self.model.operations {
            let (method, input, _) = self.signature(op);
            let call = if input.is_empty() {
                format!("svc.{method}(ctx).await?")
            } else {
                format!("svc.{method}(ctx, crate::types::decode(input)?).await?")
            };
            let _ = writeln!(
                self.out,
                "        {:?} => crate::types::encode(&{call}, form),",
                op.name
            );
        }
        self.out.push_str(
            "        _ => Err(AwsError::new(\"UnknownOperationException\", format!(\"Unknown operation {operation}\"))),\n    }\n}\n",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The committed `api.rs` files are what the generator makes of the committed models.
    #[test]
    fn generated_code_is_fresh() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let source: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join("fixtures/models/SOURCE.json")).unwrap(),
        )
        .unwrap();
        let botocore = source["botocore"].as_str().unwrap();
        for (name, module) in GENERATED {
            let json =
                std::fs::read_to_string(root.join(format!("fixtures/models/{name}.json"))).unwrap();
            let model = Model::parse(&json).unwrap();
            let want = generate(name, &model, botocore);
            let path = root.join(format!("src/services/{module}/api.rs"));
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{} is stale: run `cargo run -p codegen`",
                path.display()
            );
        }
    }
}
