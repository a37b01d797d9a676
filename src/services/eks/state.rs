//! EKS's storage and common helpers: JSON records per account and region, ARNs, statuses
//! that settle on the clock (CREATING → ACTIVE, DELETING → gone, an update InProgress →
//! Successful, each after the configured step), and the error messages EKS gives for
//! resources that are not there.
//!
//! It never holds a resource's semantics; each resource's module does.

use serde::{Deserialize, Serialize};

use super::api::*;
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::storage::Store;
use crate::storage::records::Records;
use crate::types::Timestamp;

pub const NS: &str = "eks";

/// Storage of one account and region.
pub struct Tables<'a>(Records<'a>);

impl<'a> std::ops::Deref for Tables<'a> {
    type Target = Records<'a>;
    fn deref(&self) -> &Records<'a> {
        &self.0
    }
}

impl<'a> Tables<'a> {
    pub fn new(store: &'a Store, ctx: &Context) -> Self {
        Tables(Records::new(store, NS, &ctx.account, &ctx.region))
    }

    pub fn arn(&self, resource: &str) -> String {
        format!("arn:aws:eks:{}:{}:{resource}", self.region, self.account)
    }
}

pub fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

/// A status that moves on by itself: `status` since `since_ms`, becoming `then` once the
/// step has passed (`None`: the resource is gone).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Phase {
    pub status: String,
    pub since_ms: i64,
    pub then: Option<String>,
}

impl Phase {
    pub fn new(status: &str, then: Option<&str>, now: i64) -> Self {
        Phase {
            status: status.into(),
            since_ms: now,
            then: then.map(str::to_string),
        }
    }

    pub fn stable(status: &str, now: i64) -> Self {
        Phase::new(status, Some(status), now)
    }

    /// The status at `now` (None: gone).
    pub fn at(&self, now: i64, step: i64) -> Option<String> {
        if now >= self.since_ms + step {
            self.then.clone()
        } else {
            Some(self.status.clone())
        }
    }
}

pub fn cluster_not_found(name: &str) -> AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("No cluster found for name: {name}."))
}

pub fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

pub fn in_use(msg: impl Into<String>) -> AwsError {
    ErrorCode::ResourceInUseException.with(msg)
}

/// Pages `items` (in order, keyed) after `token`, `limit` at a time (EKS's default 100).
pub fn page<T>(
    items: Vec<(String, T)>,
    token: Option<&str>,
    limit: Option<i32>,
) -> AwsResult<(Vec<T>, Option<String>)> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let after = match token {
        Some(t) => Some(
            b64.decode(t)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| invalid("The nextToken is not valid."))?,
        ),
        None => None,
    };
    let max = limit.map_or(100, |l| l.max(1) as usize);
    let rest: Vec<(String, T)> = items
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let next = (rest.len() > max).then(|| b64.encode(&rest[max - 1].0));
    Ok((rest.into_iter().take(max).map(|(_, v)| v).collect(), next))
}

/// Names EKS accepts for clusters, node groups, profiles: a letter or digit first, then
/// letters, digits, hyphens and underscores, at most 100.
pub fn check_name(kind: &str, name: &str) -> AwsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 100
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(invalid(format!(
            "The {kind} name '{name}' must start with a letter or digit and contain only letters, digits, hyphens and underscores (at most 100 characters)."
        )))
    }
}
