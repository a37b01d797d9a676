//! Cloud Map's records in storage (namespace `servicediscovery`): namespaces, services,
//! instances, operations and tags per account and region, with the ids and ARNs Cloud Map
//! gives them and the operations' progress on the clock.
//!
//! It never answers a request itself; the resource modules do.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::api::*;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::storage::records::Records;
use crate::types::Timestamp;

pub const NS: &str = "servicediscovery";

/// How long an operation stays SUBMITTED, then PENDING, on the clock.
const SUBMITTED_MS: i64 = 100;
const PENDING_MS: i64 = 400;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NamespaceRecord {
    pub namespace: Namespace,
    #[serde(default)]
    pub vpc: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ServiceRecord {
    pub service: Service,
    #[serde(default)]
    pub attributes: HashMap<String, String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// Bumped on every change of the service's instances (DiscoverInstancesRevision).
    #[serde(default)]
    pub revision: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct InstanceRecord {
    pub instance: Instance,
    /// HEALTHY or UNHEALTHY (custom health checks), HEALTHY otherwise.
    pub health: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct OperationRecord {
    pub id: String,
    pub r#type: String,
    pub created_ms: i64,
    pub targets: HashMap<String, String>,
    /// A failed operation says why.
    #[serde(default)]
    pub error: Option<(String, String)>,
}

impl OperationRecord {
    /// The operation as GetOperation shows it at `now`.
    pub fn view(&self, account: &str, now: i64) -> Operation {
        let age = now - self.created_ms;
        let (status, updated) = if age < SUBMITTED_MS {
            ("SUBMITTED", self.created_ms)
        } else if age < SUBMITTED_MS + PENDING_MS {
            ("PENDING", self.created_ms + SUBMITTED_MS)
        } else if self.error.is_some() {
            ("FAIL", self.created_ms + SUBMITTED_MS + PENDING_MS)
        } else {
            ("SUCCESS", self.created_ms + SUBMITTED_MS + PENDING_MS)
        };
        Operation {
            id: Some(self.id.clone()),
            owner_account: Some(account.to_string()),
            r#type: Some(self.r#type.clone()),
            status: Some(status.into()),
            error_message: self
                .error
                .as_ref()
                .filter(|_| status == "FAIL")
                .map(|e| e.1.clone()),
            error_code: self
                .error
                .as_ref()
                .filter(|_| status == "FAIL")
                .map(|e| e.0.clone()),
            create_date: Some(Timestamp::from_millis(self.created_ms)),
            update_date: Some(Timestamp::from_millis(updated)),
            targets: Some(self.targets.clone()),
        }
    }
}

fn random(len: usize, alphabet: &[u8]) -> String {
    (0..len)
        .map(|_| alphabet[fastrand::usize(..alphabet.len())] as char)
        .collect()
}

const LOWER: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

pub fn namespace_id() -> String {
    format!("ns-{}", random(16, LOWER))
}

pub fn service_id() -> String {
    format!("srv-{}", random(16, LOWER))
}

pub fn hosted_zone_id() -> String {
    format!("Z{}", random(13, b"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
}

/// Storage access for one account and region (the shared record helpers, and Cloud Map's).
pub struct Tables<'a>(Records<'a>);

impl<'a> std::ops::Deref for Tables<'a> {
    type Target = Records<'a>;
    fn deref(&self) -> &Records<'a> {
        &self.0
    }
}

impl<'a> Tables<'a> {
    pub fn new(store: &'a Store, ctx: &Context) -> Self {
        Self::scoped(store, &ctx.account, &ctx.region)
    }

    pub fn scoped(store: &'a Store, account: &str, region: &str) -> Self {
        Tables(Records::new(store, NS, account, region))
    }

    pub fn arn(&self, kind: &str, id: &str) -> String {
        format!(
            "arn:aws:servicediscovery:{}:{}:{kind}/{id}",
            self.region, self.account
        )
    }

    /// Records a new operation and returns its id.
    pub fn operation(
        &self,
        kind: &str,
        targets: &[(&str, &str)],
        now: i64,
        error: Option<(String, String)>,
    ) -> AwsResult<String> {
        let id = format!("{}-{}", random(32, LOWER), random(8, LOWER));
        let op = OperationRecord {
            id: id.clone(),
            r#type: kind.to_string(),
            created_ms: now,
            targets: targets
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            error,
        };
        self.put("op", &id, &op)?;
        Ok(id)
    }

    pub fn namespace(&self, id: &str) -> AwsResult<NamespaceRecord> {
        self.get("ns", id)?
            .ok_or_else(|| ErrorCode::NamespaceNotFound.with(format!("Namespace {id} not found.")))
    }

    pub fn service(&self, id: &str) -> AwsResult<ServiceRecord> {
        self.get("svc", id)?
            .ok_or_else(|| ErrorCode::ServiceNotFound.with(format!("Service {id} not found.")))
    }

    pub fn instances(&self, service: &str) -> AwsResult<Vec<InstanceRecord>> {
        Ok(self.all("inst", &format!("{service}/"))?)
    }

    pub fn namespaces(&self) -> AwsResult<Vec<NamespaceRecord>> {
        Ok(self.all("ns", "")?)
    }

    pub fn services(&self) -> AwsResult<Vec<ServiceRecord>> {
        Ok(self.all("svc", "")?)
    }
}

/// Pages `items` (already in order, keyed) after `token`, `max` at a time.
pub fn page<T>(
    items: Vec<(String, T)>,
    token: Option<&str>,
    max: Option<i32>,
    default_max: usize,
) -> AwsResult<(Vec<T>, Option<String>)> {
    use base64::Engine as _;
    let after = match token {
        Some(t) => Some(
            base64::engine::general_purpose::URL_SAFE_NO_PAD
                .decode(t)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| ErrorCode::InvalidInput.with("The nextToken is not valid."))?,
        ),
        None => None,
    };
    let max = max.map_or(default_max, |m| m.max(1) as usize);
    let rest: Vec<(String, T)> = items
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let next = (rest.len() > max)
        .then(|| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&rest[max - 1].0));
    Ok((rest.into_iter().take(max).map(|(_, v)| v).collect(), next))
}
