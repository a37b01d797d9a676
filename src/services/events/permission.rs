//! Event bus resource policies: PutPermission (a statement letting an account, or everyone,
//! put events on the bus, or a whole policy document) and RemovePermission; and the check
//! that decides whether another account's events may enter a bus.
//!
//! It never delivers an event.

use serde_json::{Value, json};

use super::api::*;
use super::bus::{BusRec, Tables};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

fn statements(b: &BusRec) -> Vec<Value> {
    b.policy
        .as_deref()
        .and_then(|p| serde_json::from_str::<Value>(p).ok())
        .and_then(|v| v["Statement"].as_array().cloned())
        .unwrap_or_default()
}

fn store_policy(t: &Tables<'_>, b: &mut BusRec, stmts: Vec<Value>) -> AwsResult<()> {
    b.policy = (!stmts.is_empty())
        .then(|| json!({"Version": "2012-10-17", "Statement": stmts}).to_string());
    t.put("bus", &b.name, b)?;
    Ok(())
}

pub fn put(store: &Store, ctx: &Context, i: PutPermissionRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let mut b = t.bus(i.event_bus_name.as_deref())?;
    if let Some(policy) = i.policy {
        let v: Value = serde_json::from_str(&policy)
            .ok()
            .filter(|v: &Value| v["Statement"].is_array())
            .ok_or_else(|| {
                super::validation("The policy is not valid JSON with a Statement list.")
            })?;
        b.policy = Some(v.to_string());
        t.put("bus", &b.name, &b)?;
        return Ok(());
    }
    let sid = i.statement_id.unwrap_or_default();
    let principal = i.principal.unwrap_or_default();
    let action = i.action.unwrap_or_else(|| "events:PutEvents".into());
    if action != "events:PutEvents" {
        return Err(super::validation(
            "Provided value in parameter 'action' is not supported.",
        ));
    }
    let ok = principal == "*"
        || (principal.len() == 12 && principal.bytes().all(|c| c.is_ascii_digit()));
    if !ok || sid.is_empty() {
        return Err(super::validation(
            "Parameter Principal is not valid: an account id or *.",
        ));
    }
    if principal == "*" && i.condition.is_none() {
        // EventBridge allows "*" only with a condition on the organization.
        return Err(super::validation(
            "A Condition is required when Principal is *.",
        ));
    }
    let mut stmts = statements(&b);
    stmts.retain(|s| s["Sid"] != json!(sid));
    let mut st = json!({
        "Sid": sid,
        "Effect": "Allow",
        "Principal": if principal == "*" { json!("*") } else { json!({"AWS": format!("arn:aws:iam::{principal}:root")}) },
        "Action": action,
        "Resource": t.arn(&format!("event-bus/{}", b.name)),
    });
    if let Some(c) = i.condition {
        st["Condition"] = json!({ c.r#type.unwrap_or_default(): { c.key.unwrap_or_default(): c.value.unwrap_or_default() } });
    }
    stmts.push(st);
    store_policy(&t, &mut b, stmts)
}

pub fn remove(store: &Store, ctx: &Context, i: RemovePermissionRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let mut b = t.bus(i.event_bus_name.as_deref())?;
    if i.remove_all_permissions.unwrap_or(false) {
        return store_policy(&t, &mut b, Vec::new());
    }
    let sid = i.statement_id.unwrap_or_default();
    let mut stmts = statements(&b);
    let before = stmts.len();
    stmts.retain(|s| s["Sid"] != json!(sid));
    if stmts.len() == before {
        return Err(ErrorCode::ResourceNotFoundException
            .with("Statement with the provided id does not exist."));
    }
    store_policy(&t, &mut b, stmts)
}

/// May `source_account` put events on bus `b` (of another account)?
pub fn allows(b: &BusRec, source_account: &str) -> bool {
    statements(b).iter().any(|s| {
        let action_ok = match &s["Action"] {
            Value::String(a) => a == "events:PutEvents" || a == "events:*",
            Value::Array(a) => a.iter().any(|x| x == "events:PutEvents" || x == "events:*"),
            _ => false,
        };
        let p = &s["Principal"];
        let principal_ok = *p == json!("*")
            || p["AWS"].as_str().is_some_and(|a| {
                a == source_account || a.contains(&format!("::{source_account}:"))
            })
            || p["AWS"].as_array().is_some_and(|l| {
                l.iter().any(|a| {
                    a.as_str().is_some_and(|a| {
                        a == source_account || a.contains(&format!("::{source_account}:"))
                    })
                })
            });
        s["Effect"] == "Allow" && action_ok && principal_ok
    })
}
