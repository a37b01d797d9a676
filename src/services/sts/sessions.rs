//! Issued temporary credentials: what each access key stands for (account, ARN, user id),
//! kept in the `sts` namespace so they survive restarts.
//!
//! It never decides routing; the gateway asks `resolve_account` which account a key is.

use serde::{Deserialize, Serialize};

use super::api::{AssumedRoleUser, Credentials};
use super::keys;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::{Batch, Store};
use crate::types::Timestamp;

const NS: &str = "sts";

/// Who a set of credentials speaks for.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Identity {
    pub account: String,
    pub arn: String,
    pub user_id: String,
}

/// A role named by an ARN: `arn:aws:iam::<account>:role/<path/>name`.
pub struct Role {
    pub arn: String,
    pub account: String,
    pub name: String,
}

impl Role {
    pub fn parse(arn: &str) -> AwsResult<Role> {
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let ok = parts.len() == 6
            && parts[0] == "arn"
            && parts[1].starts_with("aws")
            && parts[2] == "iam"
            && keys::is_account_id(parts[4])
            && parts[5].starts_with("role/")
            && parts[5].len() > 5;
        if !ok {
            return Err(super::invalid_role_arn(arn));
        }
        Ok(Role {
            arn: arn.to_string(),
            account: parts[4].to_string(),
            name: parts[5].rsplit('/').next().unwrap_or_default().to_string(),
        })
    }
}

pub struct Issued {
    pub credentials: Credentials,
    pub user: AssumedRoleUser,
}

pub fn load(store: &Store, key: &str) -> AwsResult<Option<Identity>> {
    if key.len() != 20 {
        return Ok(None);
    }
    match store.kv.get(NS, key.as_bytes())? {
        Some(bytes) => Ok(serde_json::from_slice(&bytes).ok()),
        None => Ok(None),
    }
}

/// The account a request signed with `key` acts in: a 12-digit key is the account, a key
/// Dockside issued is its session's account, anything else the default.
pub fn resolve_account(store: &Store, key: &str, default: &str) -> String {
    if keys::is_account_id(key) {
        return key.to_string();
    }
    match load(store, key) {
        Ok(Some(identity)) => identity.account,
        _ => default.to_string(),
    }
}

/// New credentials for `identity`, valid `seconds` from now, remembered durably.
pub fn issue(
    store: &Store,
    ctx: &Context,
    identity: Identity,
    seconds: i32,
) -> AwsResult<Credentials> {
    let key = keys::new_key_id("ASIA", &identity.account);
    let mut batch = Batch::default();
    batch.put(
        key.as_bytes().to_vec(),
        serde_json::to_vec(&identity).map_err(crate::error::AwsError::internal)?,
    );
    store.kv.apply(NS, batch)?;
    const SECRET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    Ok(Credentials {
        access_key_id: Some(key),
        secret_access_key: Some(keys::random_text(40, SECRET)),
        session_token: Some(format!("FwoGZXIvYXdzE{}", keys::random_text(300, SECRET))),
        // STS states expirations in whole seconds.
        expiration: Some(Timestamp::from_millis(
            (ctx.clock.now_millis() / 1000 + i64::from(seconds)) * 1000,
        )),
    })
}

pub fn issue_for_role(
    store: &Store,
    ctx: &Context,
    role: &Role,
    session_name: &str,
    seconds: i32,
) -> AwsResult<Issued> {
    let role_id = keys::stable_id("AROA", &role.arn);
    let arn = format!(
        "arn:aws:sts::{}:assumed-role/{}/{session_name}",
        role.account, role.name
    );
    let user_id = format!("{role_id}:{session_name}");
    let credentials = issue(
        store,
        ctx,
        Identity {
            account: role.account.clone(),
            arn: arn.clone(),
            user_id: user_id.clone(),
        },
        seconds,
    )?;
    Ok(Issued {
        credentials,
        user: AssumedRoleUser {
            assumed_role_id: Some(user_id),
            arn: Some(arn),
        },
    })
}
