//! The service scheduler: brings each service that changed toward what it asks for —
//! `desiredCount` tasks of its PRIMARY deployment, rolled out without going below
//! `minimumHealthyPercent` or above `maximumPercent` — replaces tasks that stop, completes
//! deployments, trips the circuit breaker, and writes the events ECS writes. It also moves
//! tasks through their phases as the clock reaches them.
//!
//! Its cost per tick grows with the tasks and services that fell due, never with all of them.

use super::api::*;
use super::launcher;
use super::lifecycle::{self, Env};
use super::names;
use super::state::{Dirty, Emitted, Region};
use super::task_definition;
use crate::types::Timestamp;

/// Most rounds of phases and reconciliations per call: each round converges, this only
/// guards against a bug turning into a hang.
const MAX_ROUNDS: usize = 64;

/// Events a service keeps, newest first.
const MAX_EVENTS: usize = 100;

/// Applies everything that fell due by `env.now`: task phases, then services to reconcile.
pub fn advance(r: &mut Region, env: &Env) {
    for _ in 0..MAX_ROUNDS {
        let mut worked = false;
        while let Some((at, id)) = r.due.first().cloned() {
            if at > env.now {
                break;
            }
            r.due.remove(&(at, id.clone()));
            worked = true;
            let expired = r.tasks.get(&id).is_some_and(|t| {
                t.task.last_status.as_deref() == Some("STOPPED")
                    && t.expires.is_some_and(|e| e <= at)
            });
            if expired {
                r.drop_task(&id);
            } else {
                lifecycle::advance(r, &id, at);
            }
        }
        while let Some((at, c, n)) = r.wakeups.first().cloned() {
            if at > env.now {
                break;
            }
            r.wakeups.remove(&(at, c.clone(), n.clone()));
            r.reconcile.insert((c, n));
        }
        let services: Vec<(String, String)> =
            std::mem::take(&mut r.reconcile).into_iter().collect();
        for key in services {
            worked = true;
            reconcile(r, env, &key);
        }
        if std::mem::take(&mut r.daemons_due) {
            worked = true;
            super::daemon::reconcile_all(r, env);
        }
        if std::mem::take(&mut r.capacity_changed) && !r.waiting.is_empty() {
            let before = r.waiting.len();
            super::provisioning::place_waiting(r, env);
            worked |= r.waiting.len() != before;
        }
        if !worked {
            return;
        }
    }
}

fn event(s: &mut Service, now: Timestamp, message: String) {
    let events = s.events.get_or_insert_with(Vec::new);
    events.insert(
        0,
        ServiceEvent {
            id: Some(names::uuid()),
            created_at: Some(now),
            message: Some(message),
        },
    );
    events.truncate(MAX_EVENTS);
}

fn short(arn: &str) -> &str {
    arn.rsplit('/').next().unwrap_or(arn)
}

/// A task of a service, as the scheduler sees it.
struct Member {
    id: String,
    deployment: String,
    running: bool,
    /// Asked to run (not stopping or stopped).
    active: bool,
    failed_uncounted: bool,
    /// Under task scale-in protection: scale-in and deployments leave it running.
    protected: bool,
    /// On an instance that is draining or gone: replaced, then stopped.
    leaving: bool,
    /// The container instance it was placed on.
    instance: Option<String>,
}

fn members(r: &Region, key: &(String, String), now: i64) -> Vec<Member> {
    let Some(ids) = r.service_tasks.get(key) else {
        return vec![];
    };
    ids.iter()
        .filter_map(|id| {
            let rec = r.tasks.get(id)?;
            let t = &rec.task;
            let active = t.desired_status.as_deref() == Some("RUNNING");
            let failed = matches!(
                t.stop_code.as_deref(),
                Some("TaskFailedToStart" | "EssentialContainerExited")
            );
            Some(Member {
                id: id.clone(),
                deployment: rec.deployment.clone().unwrap_or_default(),
                running: active && t.last_status.as_deref() == Some("RUNNING"),
                active,
                failed_uncounted: failed && !rec.counted,
                protected: rec.protected_until.is_some_and(|until| until > now),
                leaving: launcher::leaving(r, rec),
                instance: rec.placed.as_ref().map(|p| p.instance.clone()),
            })
        })
        .collect()
}

fn stop_tasks(r: &mut Region, ids: &[String], at: i64, reason_of: impl Fn(&str) -> String) {
    for id in ids {
        if let Some(mut rec) = r.tasks.remove(id) {
            let reason = reason_of(rec.deployment.as_deref().unwrap_or_default());
            lifecycle::request_stop(&mut rec, at, "ServiceSchedulerInitiated", &reason);
            r.put_task(rec);
        }
    }
}

/// How long ECS waits before launching again after a deployment's `failed`-th failure:
/// doubling from one second, at most five minutes.
fn backoff(failed: i32) -> i64 {
    1000i64 << (failed - 1).clamp(0, 8)
}

/// The circuit breaker's threshold for a deployment of `desired` tasks: half of them, at
/// least 3 and at most 200 (ECS's rule).
fn threshold(desired: i32) -> i32 {
    ((desired + 1) / 2).clamp(3, 200)
}

fn reconcile(r: &mut Region, env: &Env, key: &(String, String)) {
    let Some(rec) = r.services.get(key) else {
        return;
    };
    let s = &rec.service;
    let status = s.status.clone().unwrap_or_default();
    let external = s
        .deployment_controller
        .as_ref()
        .and_then(|c| c.r#type.as_deref())
        == Some("EXTERNAL");
    if external && status != "INACTIVE" {
        super::tasksets::reconcile(r, env, key);
        return;
    }
    let ecs = s
        .deployment_controller
        .as_ref()
        .and_then(|c| c.r#type.as_deref())
        .unwrap_or("ECS")
        == "ECS";
    if status == "INACTIVE" || !ecs || s.deployments.as_deref().unwrap_or_default().is_empty() {
        return;
    }
    let now = Timestamp::from_millis(env.now);
    let name = key.1.clone();
    let daemon = s.scheduling_strategy.as_deref() == Some("DAEMON");
    let daemon_on: Vec<String> = if daemon && status != "DRAINING" {
        let def = s
            .task_definition
            .as_deref()
            .and_then(|a| task_definition::find(r, a).ok().flatten())
            .map(|d| d.def.clone());
        launcher::daemon_instances(r, key, def.as_ref())
    } else {
        vec![]
    };
    let rec = &r.services[key];
    let s = &rec.service;
    let desired = if status == "DRAINING" {
        0
    } else if daemon {
        daemon_on.len() as i32
    } else {
        s.desired_count.unwrap_or(0)
    };
    let config = s.deployment_configuration.clone().unwrap_or_default();
    let (min_pct, max_pct) = (
        config.minimum_healthy_percent.unwrap_or(100),
        config.maximum_percent.unwrap_or(200),
    );
    let breaker = config
        .deployment_circuit_breaker
        .clone()
        .unwrap_or_default();
    let mut tasks = members(r, key, env.now);

    // Failures count against their deployment once, and delay the next launch.
    let mut deployments = s.deployments.clone().unwrap_or_default();
    let mut new_failures = false;
    for m in tasks.iter_mut().filter(|m| m.failed_uncounted) {
        new_failures = true;
        if let Some(d) = deployments
            .iter_mut()
            .find(|d| d.id.as_deref() == Some(m.deployment.as_str()))
        {
            d.failed_tasks = Some(d.failed_tasks.unwrap_or(0) + 1);
        }
        if let Some(t) = r.tasks.get_mut(&m.id) {
            t.counted = true;
        }
        r.dirty.insert(Dirty::Task(m.id.clone()));
        m.failed_uncounted = false;
    }
    let rec = r.services.get_mut(key).expect("exists");
    let mut events: Vec<String> = Vec::new();
    let primary_id = deployments[0].id.clone().unwrap_or_default();
    if new_failures {
        let failed = deployments[0].failed_tasks.unwrap_or(1).max(1);
        let at = env.now + backoff(failed).min(300_000);
        rec.retry_at = Some(at);
        r.wakeups.insert((at, key.0.clone(), key.1.clone()));
    }
    let rec = r.services.get_mut(key).expect("exists");
    let waiting = rec.retry_at.is_some_and(|t| t > env.now);

    // The circuit breaker.
    let mut rolled: Option<(String, String)> = None;
    if breaker.enable.unwrap_or(false)
        && deployments[0].rollout_state.as_deref() == Some("IN_PROGRESS")
        && deployments[0].failed_tasks.unwrap_or(0) >= threshold(desired)
    {
        let d = &mut deployments[0];
        d.rollout_state = Some("FAILED".into());
        d.rollout_state_reason =
            Some("ECS deployment circuit breaker: tasks failed to start.".into());
        d.updated_at = Some(now);
        events.push(format!(
            "(service {name}) (deployment {primary_id}) deployment failed: tasks failed to start."
        ));
        if breaker.rollback.unwrap_or(false)
            && let Some(good) = rec
                .last_good
                .clone()
                .filter(|g| Some(g) != deployments[0].task_definition.as_ref())
        {
            deployments[0].status = Some("ACTIVE".into());
            let mut snapshot = rec.service.clone();
            snapshot.desired_count = Some(desired);
            let d = super::service::new_deployment(&good, desired, now, &snapshot);
            events.push(format!(
                "(service {name}) rolling back to deployment {}.",
                d.id.as_deref().unwrap_or_default()
            ));
            rec.service.task_definition = Some(good);
            rolled = Some((primary_id.clone(), d.id.clone().unwrap_or_default()));
            deployments.insert(0, d);
        }
    }
    let primary = deployments[0].clone();
    let primary_id = primary.id.clone().unwrap_or_default();
    let failed = primary.rollout_state.as_deref() == Some("FAILED");

    let of = |m: &Member| m.deployment == primary_id && !m.leaving;
    let primary_active = tasks.iter().filter(|m| m.active && of(m)).count() as i32;
    let total_active = tasks.iter().filter(|m| m.active).count() as i32;
    let healthy = tasks.iter().filter(|m| m.running).count() as i32;
    let max_total = if desired == 0 {
        0
    } else {
        (desired * max_pct / 100).max(1)
    };
    let min_healthy = (desired * min_pct + 99) / 100;

    // Start what the primary deployment lacks, within maximumPercent.
    let mut started = Vec::new();
    let mut unplaced: Option<String> = None;
    let mut to_stop: Vec<String> = Vec::new();
    if daemon {
        // One task per eligible instance: an old deployment's task stops first, then the
        // new one starts where nothing of the service runs.
        let mut free = Vec::new();
        for id in &daemon_on {
            let here: Vec<&Member> = tasks
                .iter()
                .filter(|m| m.active && m.instance.as_deref() == Some(id.as_str()))
                .collect();
            if here.is_empty() {
                free.push(Some(id.clone()));
            }
            to_stop.extend(
                here.iter()
                    .filter(|m| !of(m) && !m.protected)
                    .map(|m| m.id.clone()),
            );
            to_stop.extend(here.iter().filter(|m| of(m)).skip(1).map(|m| m.id.clone()));
        }
        to_stop.extend(
            tasks
                .iter()
                .filter(|m| {
                    m.active
                        && !m.protected
                        && m.instance.as_ref().is_none_or(|i| !daemon_on.contains(i))
                })
                .map(|m| m.id.clone()),
        );
        if !failed && !waiting && !free.is_empty() {
            let n = free.len();
            let got = launcher::start(r, env, key, &primary, n, &free);
            started = got.arns;
            unplaced = got.unplaced;
        }
    } else {
        if !failed && !waiting && primary_active < desired {
            let room = (max_total - total_active).max(0);
            let n = (desired - primary_active).min(room);
            if n > 0 {
                let got = launcher::start(r, env, key, &primary, n as usize, &[]);
                started = got.arns;
                unplaced = got.unplaced;
            }
        }

        // Stop old deployments' tasks and tasks on draining instances (pending ones
        // first), keeping minimumHealthyPercent.
        let mut old: Vec<&Member> = tasks
            .iter()
            .filter(|m| m.active && !of(m) && !m.protected)
            .collect();
        old.sort_by_key(|m| m.running);
        let mut spare = (healthy - min_healthy).max(0);
        for m in old {
            if !m.running {
                to_stop.push(m.id.clone());
            } else if spare > 0 {
                spare -= 1;
                to_stop.push(m.id.clone());
            }
        }
        // Scale in: the primary deployment above the desired count.
        let mut extra: Vec<&Member> = tasks
            .iter()
            .filter(|m| m.active && of(m) && !m.protected)
            .collect();
        extra.sort_by_key(|m| m.running);
        let excess = (primary_active - desired).max(0) as usize;
        to_stop.extend(extra.iter().take(excess).map(|m| m.id.clone()));
    }
    to_stop.dedup();
    if !to_stop.is_empty() {
        stop_tasks(r, &to_stop, env.now, |dep| {
            format!("Scaling activity initiated by (deployment {dep})")
        });
    }

    // Counts, completion and events.
    let tasks = members(r, key, env.now);
    let rec = r.services.get_mut(key).expect("exists");
    for d in deployments.iter_mut() {
        let id = d.id.clone().unwrap_or_default();
        let mine = tasks.iter().filter(|m| m.active && m.deployment == id);
        let (running, all) = mine.fold((0, 0), |(r, a), m| (r + i32::from(m.running), a + 1));
        d.running_count = Some(running);
        d.pending_count = Some(all - running);
        if d.id.as_deref() == Some(primary_id.as_str()) {
            d.desired_count = Some(desired);
        } else {
            d.desired_count = Some(all);
        }
    }
    let old_left = tasks.iter().any(|m| m.active && !of(m));
    deployments.retain(|d| {
        d.id.as_deref() == Some(primary_id.as_str())
            || tasks
                .iter()
                .any(|m| m.active && Some(m.deployment.as_str()) == d.id.as_deref())
    });
    let primary = &mut deployments[0];
    let running = primary.running_count.unwrap_or(0);
    let pending = primary.pending_count.unwrap_or(0);
    if !started.is_empty() {
        let list: Vec<String> = started
            .iter()
            .map(|a| format!("(task {})", short(a)))
            .collect();
        events.push(format!(
            "(service {name}) has started {} tasks: {}.",
            started.len(),
            list.join(" ")
        ));
        rec.steady = false;
    }
    if !to_stop.is_empty() {
        let list: Vec<String> = to_stop.iter().map(|id| format!("(task {id})")).collect();
        events.push(format!(
            "(service {name}) has stopped {} running tasks: {}.",
            to_stop.len(),
            list.join(" ")
        ));
        rec.steady = false;
    }
    let done = !old_left && running == desired && pending == 0;
    if done && primary.rollout_state.as_deref() == Some("IN_PROGRESS") {
        primary.rollout_state = Some("COMPLETED".into());
        primary.rollout_state_reason = Some(format!("ECS deployment {primary_id} completed."));
        primary.updated_at = Some(now);
        rec.last_good = primary.task_definition.clone();
        events.push(format!(
            "(service {name}) (deployment {primary_id}) deployment completed."
        ));
    }
    let s = &mut rec.service;
    s.running_count = Some(
        deployments
            .iter()
            .map(|d| d.running_count.unwrap_or(0))
            .sum(),
    );
    s.pending_count = Some(
        deployments
            .iter()
            .map(|d| d.pending_count.unwrap_or(0))
            .sum(),
    );
    s.deployments = Some(deployments);
    if status == "DRAINING" && !tasks.iter().any(|m| m.active) {
        s.status = Some("INACTIVE".into());
    }
    if daemon {
        s.desired_count = Some(desired);
    }
    if let Some(reason) = unplaced {
        let message = format!(
            "(service {name}) was unable to place a task because no container instance met all of its requirements. {reason}"
        );
        let repeated = s
            .events
            .as_deref()
            .unwrap_or_default()
            .first()
            .and_then(|e| e.message.as_deref())
            == Some(message.as_str());
        if !repeated {
            events.push(message);
        }
    }
    let mut actions: Vec<(&'static str, &'static str, &'static str)> = Vec::new();
    for e in events {
        actions.extend(action(&e));
        event(s, now, e);
    }
    if done && status == "ACTIVE" && !rec.steady {
        actions.push((SERVICE_ACTION, "SERVICE_STEADY_STATE", "INFO"));
        rec.steady = true;
        event(
            &mut rec.service,
            now,
            format!("(service {name}) has reached a steady state."),
        );
    }
    let arns = (
        rec.service.service_arn.clone().unwrap_or_default(),
        rec.service.cluster_arn.clone().unwrap_or_default(),
    );
    for (detail_type, event_name, kind) in actions {
        r.emitted.push(Emitted::Service {
            arn: arns.0.clone(),
            cluster_arn: arns.1.clone(),
            detail_type,
            event_name,
            kind,
            at: env.now,
        });
    }
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    super::history::sync(r, key, env.now, rolled);
}

const SERVICE_ACTION: &str = "ECS Service Action";
const DEPLOYMENT: &str = "ECS Deployment State Change";

/// The EventBridge event a service event message stands for: (detail-type, eventName,
/// eventType).
fn action(message: &str) -> Option<(&'static str, &'static str, &'static str)> {
    if message.contains("was unable to place a task") {
        Some((SERVICE_ACTION, "SERVICE_TASK_PLACEMENT_FAILURE", "WARN"))
    } else if message.contains("deployment completed") {
        Some((DEPLOYMENT, "SERVICE_DEPLOYMENT_COMPLETED", "INFO"))
    } else if message.contains("deployment failed") {
        Some((DEPLOYMENT, "SERVICE_DEPLOYMENT_FAILED", "ERROR"))
    } else {
        None
    }
}
