//! The scalar types of AWS models that serde has no shape for: timestamps and blobs.
//!
//! Values travel between wire and services as JSON values in one canonical form
//! (timestamps as epoch seconds, blobs as base64); this module never knows which
//! protocol will carry them.

use aws_smithy_types::DateTime;
use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An instant, carried as epoch seconds (fractions allowed) in the canonical form.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
pub struct Timestamp(pub DateTime);

impl Timestamp {
    pub fn from_millis(ms: i64) -> Self {
        Timestamp(DateTime::from_millis(ms))
    }

    pub fn from_secs_f64(secs: f64) -> Self {
        Timestamp(DateTime::from_secs_f64(secs))
    }

    pub fn as_secs_f64(&self) -> f64 {
        self.0.as_secs_f64()
    }

    pub fn millis(&self) -> i64 {
        self.0.to_millis().unwrap_or(i64::MAX)
    }

    /// An RFC 3339 instant (`2023-11-14T22:13:20Z`), as events carry their `time`.
    pub fn parse_iso8601(text: &str) -> Option<Self> {
        DateTime::from_str(text, aws_smithy_types::date_time::Format::DateTime)
            .ok()
            .map(Timestamp)
    }

    /// ISO 8601 as AWS's XML protocols write it: whole seconds, or three digits of
    /// milliseconds when there are any (`2023-11-14T22:13:20.500Z`).
    pub fn to_iso8601(&self) -> String {
        let whole = DateTime::from_secs(self.0.secs())
            .fmt(aws_smithy_types::date_time::Format::DateTime)
            .unwrap_or_default();
        let ms = self.0.subsec_nanos() / 1_000_000;
        match (ms, whole.strip_suffix('Z')) {
            (0, _) | (_, None) => whole,
            (ms, Some(base)) => format!("{base}.{ms:03}Z"),
        }
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let secs = self.0.secs();
        if self.0.subsec_nanos() == 0 {
            s.serialize_i64(secs)
        } else {
            // Milliseconds are the precision AWS's JSON answers carry.
            let ms = (self.0.subsec_nanos() / 1_000_000) as f64 / 1000.0;
            s.serialize_f64(secs as f64 + ms)
        }
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let secs = f64::deserialize(d)?;
        if !secs.is_finite() {
            return Err(serde::de::Error::custom("timestamp out of range"));
        }
        Ok(Timestamp(DateTime::from_secs_f64(secs)))
    }
}

/// Opaque bytes, carried base64-encoded in the canonical form.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Blob(pub Vec<u8>);

impl Serialize for Blob {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Blob {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        base64::engine::general_purpose::STANDARD
            .decode(text.as_bytes())
            .map(Blob)
            .map_err(|_| serde::de::Error::custom("blob is not valid base64"))
    }
}

/// Turns a validated canonical value into a handler's input type. A mismatch that the
/// validator let through (it should not) is the client's malformed input.
pub fn decode<T: serde::de::DeserializeOwned>(
    value: serde_json::Value,
) -> crate::error::AwsResult<T> {
    serde_json::from_value(value).map_err(|e| {
        crate::error::AwsError::new("SerializationException", e.to_string()).with_status(400)
    })
}

/// The form a handler's output is encoded in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// JSON bytes, for protocols that write the output shape as it is (awsJson).
    Json,
    /// The canonical value, for protocols that map it by shape (restJson1, query, CBOR).
    Value,
}

/// A handler's output, encoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Output {
    Json(Vec<u8>),
    Value(serde_json::Value),
}

impl Output {
    /// The canonical value, whichever form the output took.
    pub fn into_value(self) -> serde_json::Value {
        match self {
            Output::Value(v) => v,
            Output::Json(bytes) => serde_json::from_slice(&bytes).unwrap_or_default(),
        }
    }
}

/// Encodes a handler's output in `form`. Serialising straight to bytes skips building a
/// value tree, which is most of the cost of a large answer.
pub fn encode<T: Serialize>(value: &T, form: Form) -> crate::error::AwsResult<Output> {
    match form {
        Form::Json => {
            let bytes = serde_json::to_vec(value).map_err(crate::error::AwsError::internal)?;
            // An operation without output serialises `()` as `null`; the wire wants `{}`.
            Ok(Output::Json(if bytes == b"null" {
                b"{}".to_vec()
            } else {
                bytes
            }))
        }
        Form::Value => serde_json::to_value(value)
            .map(Output::Value)
            .map_err(crate::error::AwsError::internal),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timestamps_are_epoch_seconds() {
        let t = Timestamp::from_millis(1_700_000_000_250);
        assert_eq!(serde_json::to_string(&t).unwrap(), "1700000000.25");
        let whole = Timestamp::from_millis(1_700_000_000_000);
        assert_eq!(serde_json::to_string(&whole).unwrap(), "1700000000");
        assert_eq!(whole.to_iso8601(), "2023-11-14T22:13:20Z");
        assert_eq!(t.to_iso8601(), "2023-11-14T22:13:20.250Z");
        let back: Timestamp = serde_json::from_str("1700000000.25").unwrap();
        assert_eq!(back, t);
    }

    #[test]
    fn blobs_are_base64() {
        let b = Blob(b"hi".to_vec());
        assert_eq!(serde_json::to_string(&b).unwrap(), "\"aGk=\"");
        assert!(serde_json::from_str::<Blob>("\"@@\"").is_err());
    }
}
