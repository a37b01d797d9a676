//! Checks a decoded input against its model shape before any handler runs: types
//! (`SerializationException`), then required members, enums, lengths, ranges and patterns
//! (`ValidationException`, or `ValidationError` for the query protocol), with the
//! message shape AWS's services use.
//!
//! It normalises the canonical form as it goes (ISO 8601 timestamps become epoch
//! seconds) and never looks at what a value means beyond its shape.

use serde_json::Value;

use super::model::{Kind, Model, Protocol, Shape, ShapeId};
use crate::error::AwsError;

/// The most constraint failures one message lists, as AWS does.
const MAX_LISTED: usize = 10;

pub fn validate(
    model: &Model,
    shape: ShapeId,
    value: &mut Value,
    protocol: Protocol,
) -> Result<(), AwsError> {
    let mut v = Validator {
        model,
        failures: Vec::new(),
        lower_camel: protocol == Protocol::Query,
    };
    v.walk(shape, value, "")?;
    if v.failures.is_empty() {
        return Ok(());
    }
    let n = v.failures.len();
    v.failures.truncate(MAX_LISTED);
    let code = if protocol == Protocol::Query {
        "ValidationError"
    } else {
        "ValidationException"
    };
    Err(AwsError::new(
        code,
        format!(
            "{n} validation error{} detected: {}",
            if n == 1 { "" } else { "s" },
            v.failures.join("; ")
        ),
    )
    .with_status(400))
}

struct Validator<'m> {
    model: &'m Model,
    failures: Vec<String>,
    /// Query services name members in messages as their internal models do, with a
    /// lower-case first letter (`roleSessionName` for `RoleSessionName`).
    lower_camel: bool,
}

fn serialization(message: impl Into<String>) -> AwsError {
    AwsError::new("SerializationException", message).with_status(400)
}

fn token(value: &Value) -> &'static str {
    match value {
        Value::String(_) => "STRING_VALUE",
        Value::Number(_) => "NUMBER_VALUE",
        Value::Bool(true) => "TRUE_VALUE",
        Value::Bool(false) => "FALSE_VALUE",
        Value::Null => "NULL_VALUE",
        Value::Array(_) => "START_ARRAY",
        Value::Object(_) => "START_OBJECT",
    }
}

/// The rejection AWS's JSON services give for a value of the wrong type.
fn mismatch(value: &Value, target: &str) -> AwsError {
    match value {
        Value::Object(_) => serialization("Start of structure or map found where not expected."),
        Value::Array(_) => serialization("Start of list found where not expected."),
        _ => serialization(format!("{} can not be converted to {target}", token(value))),
    }
}

/// How a value is quoted in a validation message: `'abc'`, `null`, `'[a, b]'`.
fn render(value: &Value) -> String {
    fn inner(value: &Value) -> String {
        match value {
            Value::String(s) => s.clone(),
            Value::Array(items) => format!(
                "[{}]",
                items.iter().map(inner).collect::<Vec<_>>().join(", ")
            ),
            other => other.to_string(),
        }
    }
    match value {
        Value::Null => "null".into(),
        other => format!("'{}'", inner(other)),
    }
}

impl Validator<'_> {
    fn join(&self, path: &str, name: &str) -> String {
        let mut name = name.to_string();
        if self.lower_camel
            && let Some(first) = name.get(0..1)
        {
            let lower = first.to_ascii_lowercase();
            name.replace_range(0..1, &lower);
        }
        if path.is_empty() {
            name
        } else {
            format!("{path}.{name}")
        }
    }

    fn fail(&mut self, value: &Value, path: &str, constraint: String) {
        self.failures.push(format!(
            "Value {} at '{path}' failed to satisfy constraint: {constraint}",
            render(value)
        ));
    }

    fn walk(&mut self, id: ShapeId, value: &mut Value, path: &str) -> Result<(), AwsError> {
        let model = self.model;
        let shape = model.shape(id);
        match &shape.kind {
            Kind::Structure { members, .. } => {
                let Value::Object(map) = value else {
                    return Err(match value {
                        Value::Array(_) => serialization("Start of list found where not expected."),
                        _ => serialization(format!(
                            "{} can not be converted to a structure",
                            token(value)
                        )),
                    });
                };
                for m in members {
                    match map.get_mut(&m.name) {
                        Some(Value::Null) | None => {
                            if m.required {
                                self.fail(
                                    &Value::Null,
                                    &self.join(path, &m.name),
                                    "Member must not be null".into(),
                                );
                            }
                        }
                        Some(child) => self.walk(m.shape, child, &self.join(path, &m.name))?,
                    }
                }
            }
            Kind::Document => {}
            Kind::List { member, .. } => {
                let Value::Array(items) = value else {
                    return Err(mismatch(value, "a list"));
                };
                self.length(shape, items.len(), &Value::Array(items.clone()), path);
                for (i, item) in items.iter_mut().enumerate() {
                    if item.is_null() {
                        continue;
                    }
                    self.walk(*member, item, &format!("{path}.{}.member", i + 1))?;
                }
            }
            Kind::Map {
                key, value: vshape, ..
            } => {
                let Value::Object(map) = value else {
                    return Err(mismatch(value, "a map"));
                };
                if self.has_length_bounds(shape) {
                    let keys = Value::Array(map.keys().cloned().map(Value::String).collect());
                    self.length(shape, map.len(), &keys, path);
                }
                let key_shape = model.shape(*key);
                for (k, v) in map.iter_mut() {
                    let mut key_value = Value::String(k.clone());
                    self.scalar(key_shape, &mut key_value, &format!("{path}.key"))?;
                    if !v.is_null() {
                        self.walk(*vshape, v, &format!("{path}.{k}.member"))?;
                    }
                }
            }
            _ => self.scalar(shape, value, path)?,
        }
        Ok(())
    }

    fn has_length_bounds(&self, shape: &Shape) -> bool {
        shape.min.is_some() || shape.max.is_some()
    }

    fn length(&mut self, shape: &Shape, len: usize, value: &Value, path: &str) {
        if let Some(min) = shape.min
            && (len as f64) < min
        {
            self.fail(
                value,
                path,
                format!("Member must have length greater than or equal to {min}"),
            );
        }
        if let Some(max) = shape.max
            && (len as f64) > max
        {
            self.fail(
                value,
                path,
                format!("Member must have length less than or equal to {max}"),
            );
        }
    }

    fn range(&mut self, shape: &Shape, n: f64, value: &Value, path: &str) {
        if let Some(min) = shape.min
            && n < min
        {
            self.fail(
                value,
                path,
                format!("Member must have value greater than or equal to {min}"),
            );
        }
        if let Some(max) = shape.max
            && n > max
        {
            self.fail(
                value,
                path,
                format!("Member must have value less than or equal to {max}"),
            );
        }
    }

    fn scalar(&mut self, shape: &Shape, value: &mut Value, path: &str) -> Result<(), AwsError> {
        match &shape.kind {
            Kind::String => {
                let Value::String(s) = &*value else {
                    return Err(mismatch(value, "a String"));
                };
                let len = s.chars().count();
                if let Some(allowed) = &shape.enum_values
                    && !allowed.iter().any(|a| a == s)
                {
                    let set = allowed.join(", ");
                    self.fail(
                        value,
                        path,
                        format!("Member must satisfy enum value set: [{set}]"),
                    );
                    return Ok(());
                }
                self.length(shape, len, &value.clone(), path);
                if let (Some(re), Some(p)) = (shape.regex(), &shape.pattern)
                    && !re.is_match(s)
                {
                    self.fail(
                        &value.clone(),
                        path,
                        format!("Member must satisfy regular expression pattern: {p}"),
                    );
                }
            }
            Kind::Integer | Kind::Long => {
                let target = if matches!(shape.kind, Kind::Integer) {
                    "an Integer"
                } else {
                    "a Long"
                };
                let n = match &*value {
                    Value::Number(n) if n.is_i64() || n.is_u64() => n.as_f64().unwrap_or(0.0),
                    // Whole numbers written with a fraction (`3.0`) are still whole.
                    Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0) => {
                        let f = n.as_f64().unwrap_or(0.0);
                        *value = Value::from(f as i64);
                        f
                    }
                    _ => return Err(mismatch(value, target)),
                };
                let limit = if matches!(shape.kind, Kind::Integer) {
                    i32::MAX as f64
                } else {
                    i64::MAX as f64
                };
                if n.abs() > limit {
                    return Err(serialization(format!(
                        "NUMBER_VALUE {n} is out of range for {target}"
                    )));
                }
                self.range(shape, n, &value.clone(), path);
            }
            Kind::Float | Kind::Double => {
                let Value::Number(n) = &*value else {
                    return Err(mismatch(value, "a Double"));
                };
                let n = n.as_f64().unwrap_or(0.0);
                self.range(shape, n, &value.clone(), path);
            }
            Kind::Boolean if !value.is_boolean() => {
                return Err(mismatch(value, "a Boolean"));
            }
            Kind::Timestamp => match &*value {
                Value::Number(_) => {}
                Value::String(s) => match parse_timestamp(s) {
                    Some(secs) => *value = number(secs),
                    None => return Err(mismatch(value, "a Timestamp")),
                },
                _ => return Err(mismatch(value, "a Timestamp")),
            },
            Kind::Blob => {
                let Value::String(s) = &*value else {
                    return Err(mismatch(value, "a Blob"));
                };
                use base64::Engine as _;
                match base64::engine::general_purpose::STANDARD.decode(s) {
                    Ok(bytes) => self.length(shape, bytes.len(), &Value::Null, path),
                    Err(_) => return Err(serialization("Base64 encoded string is invalid")),
                }
            }
            _ => {}
        }
        Ok(())
    }
}

/// Epoch seconds from ISO 8601 (`2026-11-23T10:00:00Z`), HTTP date, or a number in text.
pub fn parse_timestamp(text: &str) -> Option<f64> {
    use aws_smithy_types::DateTime;
    use aws_smithy_types::date_time::Format;
    if let Ok(n) = text.parse::<f64>() {
        return n.is_finite().then_some(n);
    }
    DateTime::from_str(text, Format::DateTime)
        .or_else(|_| DateTime::from_str(text, Format::HttpDate))
        .ok()
        .map(|d| d.as_secs_f64())
}

/// A JSON number, integral when the value is.
pub fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 9.0e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n)
            .map(Value::Number)
            .unwrap_or(Value::Null)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use serde_json::json;

    fn check(service: &str, op: &str, mut input: Value) -> Result<Value, AwsError> {
        let model = catalog::model(catalog::by_name(service).unwrap());
        let op = model.operation(op).unwrap();
        validate(model, op.input.unwrap(), &mut input, model.protocol())?;
        Ok(input)
    }

    #[test]
    fn required_members() {
        let err = check("ecs", "DescribeTaskDefinition", json!({})).unwrap_err();
        assert_eq!(err.code, "ValidationException");
        assert_eq!(
            err.message,
            "1 validation error detected: Value null at 'taskDefinition' failed to satisfy constraint: Member must not be null"
        );
    }

    #[test]
    fn enums_and_nested_paths() {
        let err = check(
            "ecs",
            "DescribeClusters",
            json!({"include": ["TAGS", "NOPE"]}),
        )
        .unwrap_err();
        assert!(err.message.contains("Value 'NOPE' at 'include.2.member' failed to satisfy constraint: Member must satisfy enum value set: ["), "{}", err.message);
    }

    #[test]
    fn wrong_types_are_serialization_errors() {
        let err = check("ecs", "ListClusters", json!({"maxResults": "ten"})).unwrap_err();
        assert_eq!(err.code, "SerializationException");
        assert_eq!(
            err.message,
            "STRING_VALUE can not be converted to an Integer"
        );
        let err = check("ecs", "ListClusters", json!({"nextToken": {"a": 1}})).unwrap_err();
        assert_eq!(
            err.message,
            "Start of structure or map found where not expected."
        );
    }

    #[test]
    fn lengths_ranges_patterns() {
        let err = check(
            "sts",
            "AssumeRole",
            json!({"RoleArn": "short", "RoleSessionName": "a b", "DurationSeconds": 10}),
        )
        .unwrap_err();
        assert_eq!(err.code, "ValidationError");
        assert!(
            err.message.starts_with("3 validation errors detected: "),
            "{}",
            err.message
        );
        assert!(err.message.contains("Value 'short' at 'roleArn' failed to satisfy constraint: Member must have length greater than or equal to 20"));
        assert!(err.message.contains("Value '10' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"));
        assert!(err.message.contains("at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern"));
    }

    #[test]
    fn timestamps_are_normalised() {
        let v = check("ecs", "ListServicesByNamespace", json!({"namespace": "x"})).unwrap();
        assert_eq!(v, json!({"namespace": "x"}));
        assert_eq!(
            parse_timestamp("2026-11-23T00:00:00Z"),
            Some(1_795_392_000.0)
        );
        assert_eq!(number(3.0), json!(3));
    }
}
