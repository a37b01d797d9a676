//! The request context handlers receive: who is calling (account), where (region), which
//! operation, and the clock. It never carries HTTP: handlers see no headers or bodies.

use crate::clock::Clock;
use crate::types::Timestamp;

#[derive(Clone)]
pub struct Context {
    pub request_id: String,
    /// The 12-digit account the credentials belong to.
    pub account: String,
    pub region: String,
    /// The service's fixture name (`ecs`, `sts`…).
    pub service: &'static str,
    pub operation: String,
    /// The access key id the request was signed with, when it was signed.
    pub access_key: Option<String>,
    /// The origin the client reached Dockside at (`http://localhost:4566`), for URLs in answers.
    pub endpoint: String,
    pub clock: Clock,
}

impl Context {
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// `arn:aws:<service>:<region>:<account>:<resource>`.
    pub fn arn(&self, service: &str, resource: &str) -> String {
        format!(
            "arn:aws:{service}:{}:{}:{resource}",
            self.region, self.account
        )
    }

    /// A context for tests and background jobs.
    pub fn background(service: &'static str, account: &str, region: &str, clock: Clock) -> Self {
        Context {
            request_id: new_request_id(),
            account: account.to_string(),
            region: region.to_string(),
            service,
            operation: String::new(),
            access_key: None,
            endpoint: String::new(),
            clock,
        }
    }
}

/// A request id in the form AWS uses (a random UUID).
pub fn new_request_id() -> String {
    let v = fastrand::u128(..);
    let v = (v & !(0xf << 76)) | (0x4 << 76); // version 4
    let v = (v & !(0x3 << 62)) | (0x2 << 62); // RFC 4122 variant
    let h = format!("{v:032x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn request_ids_are_uuids() {
        let id = super::new_request_id();
        assert_eq!(id.len(), 36);
        assert_eq!(&id[14..15], "4");
        assert_ne!(id, super::new_request_id());
    }
}
