//! `AwsError`, the one error type handlers return, and the `aws_error!` macro that names its AWS code.
//!
//! It never knows how an error looks on the wire: `wire::errors` turns it into bytes.

use std::fmt;

/// Who is to blame, as AWS's query protocol says it (`<Type>Sender</Type>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    Sender,
    Receiver,
}

/// An error answered to a client: an AWS error code, a message for people, and
/// optionally the HTTP status (otherwise the model's status for that code is used)
/// and extra members the error shape carries.
#[derive(Debug, Clone, PartialEq)]
pub struct AwsError {
    pub code: String,
    pub message: String,
    pub status: Option<u16>,
    pub fields: Vec<(String, serde_json::Value)>,
}

impl AwsError {
    pub fn new(code: impl Into<String>, message: impl Into<String>) -> Self {
        AwsError {
            code: code.into(),
            message: message.into(),
            status: None,
            fields: Vec::new(),
        }
    }

    /// Fixes the HTTP status instead of taking the model's.
    pub fn with_status(mut self, status: u16) -> Self {
        self.status = Some(status);
        self
    }

    /// Adds a member of the error shape beside the message (`reason`, `resourceName`…).
    pub fn with_field(mut self, name: &str, value: impl Into<serde_json::Value>) -> Self {
        self.fields.push((name.to_string(), value.into()));
        self
    }

    /// The uniform answer of every operation Dockside does not emulate yet.
    pub fn not_implemented(service: &str, operation: &str) -> Self {
        AwsError::new(
            NOT_IMPLEMENTED,
            format!("Dockside does not emulate {service}:{operation} yet."),
        )
        .with_status(501)
    }

    /// A failure of Dockside itself (storage, IO): logged at the gateway, answered 500.
    pub fn internal(detail: impl fmt::Display) -> Self {
        AwsError::new(INTERNAL_FAILURE, format!("{detail}")).with_status(500)
    }

    pub fn is_server_fault(&self) -> bool {
        self.status.is_some_and(|s| s >= 500)
    }

    pub fn fault(&self) -> Fault {
        if self.is_server_fault() {
            Fault::Receiver
        } else {
            Fault::Sender
        }
    }
}

/// The code of the uniform "not implemented" answer (HTTP 501).
pub const NOT_IMPLEMENTED: &str = "NotImplemented";
/// The code of an internal failure (HTTP 500).
pub const INTERNAL_FAILURE: &str = "InternalFailure";

impl fmt::Display for AwsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.code, self.message)
    }
}

impl std::error::Error for AwsError {}

/// Builds an [`AwsError`] whose code is the AWS error name written as an identifier:
/// `aws_error!(ClusterNotFoundException, "Cluster not found.")`, or with format arguments.
#[macro_export]
macro_rules! aws_error {
    ($code:ident, $($fmt:tt)+) => {
        $crate::error::AwsError::new(stringify!($code), format!($($fmt)+))
    };
}

pub type AwsResult<T> = Result<T, AwsError>;
