//! The OCI Distribution spec's errors: `{"errors":[{"code","message","detail"}]}` with the
//! status the spec gives each code, and ECR's Basic challenge on 401.
//!
//! It never decides which error applies; handlers do.

use axum::body::Body;
use axum::http::{HeaderValue, Response, StatusCode};
use serde_json::json;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Code {
    BlobUnknown,
    BlobUploadInvalid,
    BlobUploadUnknown,
    DigestInvalid,
    ManifestBlobUnknown,
    ManifestInvalid,
    ManifestUnknown,
    NameInvalid,
    NameUnknown,
    SizeInvalid,
    TagInvalid,
    Unauthorized,
    Denied,
    Unsupported,
    RangeInvalid,
    TooManyRequests,
}

impl Code {
    pub fn as_str(self) -> &'static str {
        match self {
            Code::BlobUnknown => "BLOB_UNKNOWN",
            Code::BlobUploadInvalid => "BLOB_UPLOAD_INVALID",
            Code::BlobUploadUnknown => "BLOB_UPLOAD_UNKNOWN",
            Code::DigestInvalid => "DIGEST_INVALID",
            Code::ManifestBlobUnknown => "MANIFEST_BLOB_UNKNOWN",
            Code::ManifestInvalid => "MANIFEST_INVALID",
            Code::ManifestUnknown => "MANIFEST_UNKNOWN",
            Code::NameInvalid => "NAME_INVALID",
            Code::NameUnknown => "NAME_UNKNOWN",
            Code::SizeInvalid => "SIZE_INVALID",
            Code::TagInvalid => "TAG_INVALID",
            Code::Unauthorized => "UNAUTHORIZED",
            Code::Denied => "DENIED",
            Code::Unsupported => "UNSUPPORTED",
            Code::RangeInvalid => "RANGE_INVALID",
            Code::TooManyRequests => "TOOMANYREQUESTS",
        }
    }

    /// The status the spec (and ECR) answers each code with.
    pub fn status(self) -> StatusCode {
        match self {
            Code::BlobUnknown
            | Code::BlobUploadUnknown
            | Code::ManifestUnknown
            | Code::NameUnknown => StatusCode::NOT_FOUND,
            Code::Unauthorized => StatusCode::UNAUTHORIZED,
            Code::Denied => StatusCode::FORBIDDEN,
            Code::Unsupported => StatusCode::METHOD_NOT_ALLOWED,
            Code::RangeInvalid => StatusCode::RANGE_NOT_SATISFIABLE,
            Code::TooManyRequests => StatusCode::TOO_MANY_REQUESTS,
            _ => StatusCode::BAD_REQUEST,
        }
    }
}

/// An error answered by the registry.
#[derive(Debug, Clone)]
pub struct RegistryError {
    pub code: Code,
    pub message: String,
    pub status: Option<StatusCode>,
}

pub type RegistryResult<T> = Result<T, RegistryError>;

pub fn err(code: Code, message: impl Into<String>) -> RegistryError {
    RegistryError {
        code,
        message: message.into(),
        status: None,
    }
}

impl RegistryError {
    pub fn with_status(mut self, status: StatusCode) -> Self {
        self.status = Some(status);
        self
    }

    pub fn into_response(self, realm: &str) -> Response<Body> {
        let body = json!({"errors": [{"code": self.code.as_str(), "message": self.message, "detail": null}]});
        let mut r = Response::new(Body::from(body.to_string()));
        let status = self.status.unwrap_or(self.code.status());
        *r.status_mut() = status;
        let h = r.headers_mut();
        h.insert(
            "content-type",
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        h.insert(
            "docker-distribution-api-version",
            HeaderValue::from_static("registry/2.0"),
        );
        if status == StatusCode::UNAUTHORIZED
            && let Ok(v) = HeaderValue::from_str(&challenge(realm))
        {
            h.insert("www-authenticate", v);
        }
        r
    }
}

/// ECR's challenge: Basic, realm the registry's origin, service `ecr.amazonaws.com`.
pub fn challenge(realm: &str) -> String {
    format!("Basic realm=\"{realm}\",service=\"ecr.amazonaws.com\"")
}

impl From<crate::storage::StorageError> for RegistryError {
    fn from(e: crate::storage::StorageError) -> Self {
        tracing::error!("registry storage: {e}");
        err(Code::Unsupported, "internal storage failure")
            .with_status(StatusCode::INTERNAL_SERVER_ERROR)
    }
}
