//! Task scale-in protection: UpdateTaskProtection (service tasks only, for 1 to 2,880
//! minutes, 120 by default) and GetTaskProtection. The scheduler leaves protected tasks
//! running when it scales in or replaces a deployment, and looks again when protection
//! expires.
//!
//! It never stops a task itself.

use super::api::*;
use super::lifecycle::Env;
use super::state::Region;
use crate::error::AwsResult;
use crate::types::Timestamp;

const DEFAULT_MINUTES: i32 = 120;
const MAX_MINUTES: i32 = 2880;

fn view(rec: &super::state::TaskRec, now: i64) -> ProtectedTask {
    let until = rec.protected_until.filter(|u| *u > now);
    ProtectedTask {
        task_arn: rec.task.task_arn.clone(),
        protection_enabled: Some(until.is_some()),
        expiration_date: until.map(Timestamp::from_millis),
    }
}

pub fn update(
    r: &mut Region,
    env: &Env,
    i: UpdateTaskProtectionRequest,
) -> AwsResult<UpdateTaskProtectionResponse> {
    let minutes = i.expires_in_minutes.unwrap_or(DEFAULT_MINUTES);
    let enable = i.protection_enabled.unwrap_or(false);
    if enable && !(1..=MAX_MINUTES).contains(&minutes) {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "expiresInMinutes must be between 1 and {MAX_MINUTES}."
        )));
    }
    let refs = i.tasks.unwrap_or_default();
    if refs.len() > 10 {
        return Err(ErrorCode::InvalidParameterException.with("Tasks cannot be longer than 10."));
    }
    let (found, mut failures) = super::task::lookup(r, i.cluster.as_deref(), &refs)?;
    let ids: Vec<(String, Option<String>, Option<String>)> = found
        .iter()
        .map(|t| {
            (
                t.task.task_arn.clone().unwrap_or_default(),
                t.service.clone(),
                t.task.last_status.clone(),
            )
        })
        .collect();
    let mut protected = Vec::new();
    for (arn, service, status) in ids {
        let id = arn.rsplit('/').next().unwrap_or_default().to_string();
        if service.is_none() || status.as_deref() == Some("STOPPED") {
            failures.push(Failure {
                arn: Some(arn),
                reason: Some("TASK_NOT_VALID".into()),
                detail: Some("Only running tasks that a service started can be protected.".into()),
            });
            continue;
        }
        let Some(mut rec) = r.tasks.remove(&id) else {
            continue;
        };
        let until = enable.then(|| env.now + i64::from(minutes) * 60_000);
        rec.protected_until = until;
        if let (Some(at), Some(s)) = (until, &rec.service) {
            r.wakeups.insert((at, rec.cluster.clone(), s.clone()));
        }
        if let Some(s) = &rec.service {
            r.reconcile.insert((rec.cluster.clone(), s.clone()));
        }
        protected.push(view(&rec, env.now));
        r.put_task(rec);
    }
    Ok(UpdateTaskProtectionResponse {
        protected_tasks: Some(protected),
        failures: Some(failures),
    })
}

pub fn get(
    r: &Region,
    env: &Env,
    i: GetTaskProtectionRequest,
) -> AwsResult<GetTaskProtectionResponse> {
    let refs = i.tasks.unwrap_or_default();
    let (found, failures) = super::task::lookup(r, i.cluster.as_deref(), &refs)?;
    Ok(GetTaskProtectionResponse {
        protected_tasks: Some(found.iter().map(|t| view(t, env.now)).collect()),
        failures: Some(failures),
    })
}
