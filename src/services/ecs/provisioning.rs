//! Tasks waiting for capacity: a task (RunTask's or a service's) of an Auto Scaling group
//! capacity provider with managed scaling turned on that no container instance can take
//! stays PROVISIONING (at most 100 per cluster) until an instance of its provider can take
//! it — a new registration, or a task stopping — or until 30 minutes have passed, when it
//! stops with `TaskFailedToStart`. Without managed scaling such a task fails at once.
//!
//! It never scales anything: Dockside has no Auto Scaling groups, so capacity comes only from
//! container instances registered into the provider.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::lifecycle::{Env, OnInstance};
use super::state::Region;
use super::{placement, placer, task_definition};

/// How long a task waits for capacity.
pub const WAIT_MS: i64 = 30 * 60_000;
/// How many tasks may wait in one cluster.
pub const PER_CLUSTER: usize = 100;
/// The reason a task that waited in vain stops with.
pub const NO_CAPACITY: &str = "EMPTY CAPACITY PROVIDER";

/// What a waiting task needs to be placed later.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Waiting {
    pub provider: String,
    pub strategies: Vec<PlacementStrategy>,
    pub constraints: Vec<PlacementConstraint>,
    pub until: i64,
}

/// How a task of `provider` that found no instance in `cluster` waits, if it may: its
/// provider has managed scaling and the cluster has room for another waiting task.
pub fn wait_for(
    r: &Region,
    cluster: &str,
    provider: Option<&str>,
    now: i64,
    (strategies, constraints): (Vec<PlacementStrategy>, Vec<PlacementConstraint>),
) -> Option<Waiting> {
    let provider = provider?;
    let managed = r
        .providers
        .get(provider)
        .and_then(|p| p.provider.auto_scaling_group_provider.as_ref())
        .and_then(|a| a.managed_scaling.as_ref())
        .is_some_and(|m| m.status.as_deref() == Some("ENABLED"));
    let waiting = r
        .waiting
        .iter()
        .filter(|(_, id)| r.tasks.get(id).is_some_and(|t| t.cluster == cluster))
        .count();
    (managed && waiting < PER_CLUSTER).then(|| Waiting {
        provider: provider.to_string(),
        strategies,
        constraints,
        until: now + WAIT_MS,
    })
}

/// Makes a just-started task wait for capacity: PROVISIONING, with no instance, until
/// `w.until` at the latest.
pub fn hold(r: &mut Region, task: &mut Task, w: Waiting) {
    let id = task
        .task_arn
        .as_deref()
        .and_then(|a| a.rsplit('/').next())
        .unwrap_or_default()
        .to_string();
    // Taken as a copy: `put_task` replaces the record and its place in the due queue.
    let Some(mut rec) = r.tasks.get(&id).cloned() else {
        return;
    };
    rec.task.last_status = Some("PROVISIONING".into());
    rec.due = Some(w.until);
    rec.waiting = Some(w);
    *task = rec.task.clone();
    r.put_task(rec);
}

/// Places what waits, oldest first, where capacity now allows.
pub fn place_waiting(r: &mut Region, env: &Env) {
    let ids: Vec<String> = r.waiting.iter().map(|(_, id)| id.clone()).collect();
    for id in ids {
        let Some(rec) = r.tasks.get(&id) else {
            continue;
        };
        let Some(w) = rec.waiting.clone() else {
            continue;
        };
        let Some(def) = rec
            .task
            .task_definition_arn
            .as_deref()
            .and_then(|a| task_definition::find(r, a).ok().flatten())
            .map(|d| d.def.clone())
        else {
            continue;
        };
        let overrides = rec.task.overrides.clone().unwrap_or_default();
        let group = rec.task.group.clone().unwrap_or_default();
        let cluster = rec.cluster.clone();
        let demand = placement::demand(&def, &overrides);
        let Ok(mut rules) = placement::rules(&w.strategies, &w.constraints, &group) else {
            continue;
        };
        rules.provider = Some(w.provider.clone());
        let p = placer::placer(r, &cluster, &demand, &rules);
        if let Ok(on) = p.place(r, &demand, &rules, None) {
            settle(r, env, &id, on);
        }
    }
}

/// Puts a waiting task on the instance placement chose; its phases go on from there.
fn settle(r: &mut Region, env: &Env, id: &str, on: OnInstance) {
    let Some(mut rec) = r.tasks.get(id).cloned() else {
        return;
    };
    let t = &mut rec.task;
    t.container_instance_arn = Some(on.arn.clone());
    t.availability_zone = Some(on.zone.clone());
    for (i, c) in t.containers.iter_mut().flatten().enumerate() {
        c.network_bindings = Some(
            on.bindings
                .iter()
                .filter(|(k, _)| *k == i)
                .map(|(_, b)| b.clone())
                .collect(),
        );
    }
    t.version = Some(t.version.unwrap_or(0) + 1);
    rec.placed = Some(on.placed);
    rec.waiting = None;
    rec.due = Some(env.now + rec.step_ms);
    r.put_task(rec);
}
