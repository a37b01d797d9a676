//! Managed daemons: CreateDaemon, UpdateDaemon, DeleteDaemon (what they read is in
//! `daemon_read`). A daemon runs one task of its daemon task
//! definition on every ACTIVE container instance of its capacity providers; each create or
//! update is a deployment (IN_PROGRESS until every instance runs the new revision, then
//! SUCCESSFUL; STOPPED when a newer one replaces it).
//!
//! It never keeps services: the scheduler calls `reconcile_all` when instances or daemon
//! tasks change.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::capacity;
use super::cluster;
use super::lifecycle::{self, Env, NewTask};
use super::placement;
use super::placer;
use super::state::{Dirty, Region};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

/// A daemon with its revisions and deployments (one storage record).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DaemonRec {
    pub arn: String,
    pub cluster: String,
    pub name: String,
    pub status: String,
    pub providers: Vec<String>,
    pub config: Option<DaemonDeploymentConfiguration>,
    pub tags: Vec<Tag>,
    pub created_at: i64,
    pub updated_at: i64,
    pub revisions: Vec<DaemonRevision>,
    pub deployments: Vec<DaemonDeployment>,
}

pub(super) fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn not_found() -> AwsError {
    ErrorCode::DaemonNotFoundException.with("The specified daemon does not exist.")
}

pub(super) fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

fn id19() -> String {
    format!("{:019}", fastrand::u64(..) % 10u64.pow(19))
}

/// The daemon key (`cluster/name`) an ARN of a daemon, revision or deployment names.
pub(super) fn key_of(arn: &str, kind: &str) -> Option<String> {
    let rest = arn.split_once(&format!(":{kind}/"))?.1;
    let mut parts = rest.split('/');
    let (c, n) = (parts.next()?, parts.next()?);
    Some(format!("{c}/{n}"))
}

pub(super) fn daemon<'a>(r: &'a Region, arn: &str) -> AwsResult<&'a DaemonRec> {
    key_of(arn, "daemon")
        .and_then(|k| r.daemons.get(&k))
        .filter(|d| d.arn == arn)
        .ok_or_else(not_found)
}

/// Provider names from names or ARNs, each an existing provider Dockside can put tasks on.
fn providers(r: &Region, given: &[String]) -> AwsResult<Vec<String>> {
    if given.is_empty() {
        return Err(invalid(
            "capacityProviderArns must name at least one capacity provider.",
        ));
    }
    given
        .iter()
        .map(|p| {
            let name = p.rsplit('/').next().unwrap_or(p).to_string();
            if capacity::FARGATE.contains(&name.as_str()) {
                return Err(invalid("Daemons cannot run on Fargate capacity providers."));
            }
            if !capacity::exists(r, &name) {
                return Err(invalid(format!(
                    "The specified capacity provider '{name}' does not exist."
                )));
            }
            Ok(name)
        })
        .collect()
}

/// A new revision and a deployment to it; returns the deployment's ARN.
fn deploy(
    r: &mut Region,
    key: &str,
    def_arn: &str,
    input_flags: (Option<String>, Option<bool>, Option<bool>),
    now: i64,
) -> String {
    let images = super::daemon_defs::containers(r, def_arn)
        .into_iter()
        .map(|c| DaemonContainerImage {
            container_name: c.name.clone(),
            image_digest: None,
            image: c.image.clone(),
        })
        .collect();
    let d = r.daemons.get_mut(key).expect("exists");
    let rev_arn = d.arn.replace(":daemon/", ":daemon-revision/") + "/" + &id19();
    d.revisions.push(DaemonRevision {
        daemon_revision_arn: Some(rev_arn.clone()),
        cluster_arn: Some(
            d.arn
                .split(":daemon/")
                .next()
                .unwrap_or_default()
                .to_string()
                + ":cluster/"
                + &d.cluster,
        ),
        daemon_arn: Some(d.arn.clone()),
        daemon_task_definition_arn: Some(def_arn.to_string()),
        created_at: ts(now),
        container_images: Some(images),
        propagate_tags: Some(input_flags.0.unwrap_or_else(|| "NONE".into())),
        enable_ecs_managed_tags: Some(input_flags.1.unwrap_or(false)),
        enable_execute_command: Some(input_flags.2.unwrap_or(false)),
        critical: Some(false),
    });
    let sources: Vec<DaemonDeploymentRevisionDetail> = d
        .revisions
        .iter()
        .rev()
        .nth(1)
        .map(|prev| DaemonDeploymentRevisionDetail {
            arn: prev.daemon_revision_arn.clone(),
            ..Default::default()
        })
        .into_iter()
        .collect();
    for old in d.deployments.iter_mut() {
        if old.status.as_deref() == Some("IN_PROGRESS") {
            old.status = Some("STOPPED".into());
            old.status_reason = Some("A newer deployment of the daemon replaced it.".into());
            old.stopped_at = ts(now);
        }
    }
    let dep_arn = d.arn.replace(":daemon/", ":daemon-deployment/") + "/" + &id19();
    d.deployments.push(DaemonDeployment {
        daemon_deployment_arn: Some(dep_arn.clone()),
        cluster_arn: d.revisions.last().and_then(|x| x.cluster_arn.clone()),
        status: Some("IN_PROGRESS".into()),
        target_daemon_revision: Some(DaemonDeploymentRevisionDetail {
            arn: Some(rev_arn),
            ..Default::default()
        }),
        source_daemon_revisions: Some(sources),
        deployment_configuration: d.config.clone(),
        created_at: ts(now),
        started_at: ts(now),
        ..Default::default()
    });
    d.updated_at = now;
    r.touch(Dirty::Daemon(key.to_string()));
    r.daemons_due = true;
    dep_arn
}

pub fn create(
    r: &mut Region,
    env: &Env,
    input: CreateDaemonRequest,
) -> AwsResult<CreateDaemonResponse> {
    let cluster = cluster::active(r, input.cluster_arn.as_deref())?;
    let name = input.daemon_name.unwrap_or_default();
    let ok = !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    if !ok {
        return Err(invalid(
            "Daemon names can contain up to 255 letters, numbers, hyphens and underscores.",
        ));
    }
    let key = format!("{cluster}/{name}");
    if r.daemons.contains_key(&key) {
        return Err(invalid(format!(
            "A daemon named {name} already exists in the cluster."
        )));
    }
    let def_arn = super::daemon_defs::active_arn(
        r,
        input
            .daemon_task_definition_arn
            .as_deref()
            .unwrap_or_default(),
    )?;
    let providers = providers(r, &input.capacity_provider_arns.unwrap_or_default())?;
    let arn = r.arn(&format!("daemon/{key}"));
    r.daemons.insert(
        key.clone(),
        DaemonRec {
            arn: arn.clone(),
            cluster,
            name,
            status: "ACTIVE".into(),
            providers,
            config: input.deployment_configuration,
            tags: input.tags.unwrap_or_default(),
            created_at: env.now,
            updated_at: env.now,
            revisions: vec![],
            deployments: vec![],
        },
    );
    let flags = (
        input.propagate_tags,
        input.enable_ecs_managed_tags,
        input.enable_execute_command,
    );
    let dep = deploy(r, &key, &def_arn, flags, env.now);
    Ok(CreateDaemonResponse {
        daemon_arn: Some(arn),
        status: Some("ACTIVE".into()),
        created_at: ts(env.now),
        deployment_arn: Some(dep),
    })
}

pub fn update(
    r: &mut Region,
    env: &Env,
    input: UpdateDaemonRequest,
) -> AwsResult<UpdateDaemonResponse> {
    let arn = input.daemon_arn.unwrap_or_default();
    let d = daemon(r, &arn)?;
    if d.status != "ACTIVE" {
        return Err(ErrorCode::DaemonNotActiveException.with("The daemon is being deleted."));
    }
    let key = format!("{}/{}", d.cluster, d.name);
    let def_arn = super::daemon_defs::active_arn(
        r,
        input
            .daemon_task_definition_arn
            .as_deref()
            .unwrap_or_default(),
    )?;
    let providers = providers(r, &input.capacity_provider_arns.unwrap_or_default())?;
    let d = r.daemons.get_mut(&key).expect("exists");
    d.providers = providers;
    if input.deployment_configuration.is_some() {
        d.config = input.deployment_configuration;
    }
    let created = d.created_at;
    let flags = (
        input.propagate_tags,
        input.enable_ecs_managed_tags,
        input.enable_execute_command,
    );
    let dep = deploy(r, &key, &def_arn, flags, env.now);
    Ok(UpdateDaemonResponse {
        daemon_arn: Some(arn),
        status: Some("ACTIVE".into()),
        created_at: ts(created),
        updated_at: ts(env.now),
        deployment_arn: Some(dep),
    })
}

pub fn delete(
    r: &mut Region,
    env: &Env,
    input: DeleteDaemonRequest,
) -> AwsResult<DeleteDaemonResponse> {
    let arn = input.daemon_arn.unwrap_or_default();
    let d = daemon(r, &arn)?;
    if d.status != "ACTIVE" {
        return Err(
            ErrorCode::DaemonNotActiveException.with("The daemon is already being deleted.")
        );
    }
    let key = format!("{}/{}", d.cluster, d.name);
    let d = r.daemons.get_mut(&key).expect("exists");
    d.status = "DELETE_IN_PROGRESS".into();
    d.updated_at = env.now;
    let out = DeleteDaemonResponse {
        daemon_arn: Some(arn),
        status: Some(d.status.clone()),
        created_at: ts(d.created_at),
        updated_at: ts(env.now),
        deployment_arn: d
            .deployments
            .last()
            .and_then(|x| x.daemon_deployment_arn.clone()),
    };
    r.touch(Dirty::Daemon(key));
    r.daemons_due = true;
    Ok(out)
}

/// (instance id, its provider, the revision ARN its daemon task runs, running) for each
/// task of the daemon that has not been asked to stop.
pub(super) fn tasks_of(r: &Region, d: &DaemonRec) -> Vec<(String, String, String, bool)> {
    let group = format!("daemon:{}", d.name);
    r.cluster_tasks
        .get(&d.cluster)
        .into_iter()
        .flatten()
        .filter_map(|id| {
            let rec = &r.tasks[id];
            let t = &rec.task;
            (t.group.as_deref() == Some(group.as_str())
                && t.desired_status.as_deref() == Some("RUNNING"))
            .then(|| {
                (
                    id.clone(),
                    rec.placed
                        .as_ref()
                        .map(|p| p.instance.clone())
                        .unwrap_or_default(),
                    rec.deployment.clone().unwrap_or_default(),
                    t.last_status.as_deref() == Some("RUNNING"),
                )
            })
        })
        .collect()
}

/// The ACTIVE instances of the daemon's cluster in its capacity providers.
pub(super) fn eligible(r: &Region, d: &DaemonRec) -> Vec<String> {
    if d.status != "ACTIVE" {
        return vec![];
    }
    r.instances
        .iter()
        .filter(|(_, i)| {
            i.cluster == d.cluster
                && i.instance.status.as_deref() == Some("ACTIVE")
                && i.instance
                    .capacity_provider_name
                    .as_ref()
                    .is_some_and(|p| d.providers.contains(p))
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// Brings every daemon to one task of its current revision per eligible instance.
pub fn reconcile_all(r: &mut Region, env: &Env) {
    let keys: Vec<String> = r.daemons.keys().cloned().collect();
    for key in keys {
        reconcile(r, env, &key);
    }
}

fn reconcile(r: &mut Region, env: &Env, key: &str) {
    let d = r.daemons[key].clone();
    let Some(current) = d.revisions.last().cloned() else {
        return;
    };
    let rev_arn = current.daemon_revision_arn.clone().unwrap_or_default();
    let def_arn = current
        .daemon_task_definition_arn
        .clone()
        .unwrap_or_default();
    let eligible = eligible(r, &d);
    let tasks = tasks_of(r, &d);
    // Stop tasks of old revisions and tasks on instances the daemon no longer covers.
    let stop: Vec<String> = tasks
        .iter()
        .filter(|(_, inst, rv, _)| *rv != rev_arn || !eligible.contains(inst))
        .map(|(id, ..)| id.clone())
        .collect();
    for id in &stop {
        if let Some(mut rec) = r.tasks.remove(id) {
            lifecycle::request_stop(
                &mut rec,
                env.now,
                "ServiceSchedulerInitiated",
                "Daemon deployment replaced the task",
            );
            r.put_task(rec);
        }
    }
    let busy: Vec<&String> = tasks.iter().map(|(_, inst, ..)| inst).collect();
    let free: Vec<String> = eligible
        .iter()
        .filter(|i| !busy.contains(i))
        .cloned()
        .collect();
    if !free.is_empty()
        && let Some(def) = super::daemon_defs::as_task_definition(r, &def_arn)
    {
        let overrides = TaskOverride {
            container_overrides: Some(vec![]),
            inference_accelerator_overrides: Some(vec![]),
            ..Default::default()
        };
        let demand = placement::demand(&def, &overrides);
        let rules = placement::Rules {
            group: format!("daemon:{}", d.name),
            ..Default::default()
        };
        let p = placer::placer(r, &d.cluster, &demand, &rules);
        for inst in free {
            let Ok(on) = p.place(r, &demand, &rules, Some(std::slice::from_ref(&inst))) else {
                continue;
            };
            let provider = r.instances[&inst].instance.capacity_provider_name.clone();
            lifecycle::start(
                r,
                env,
                NewTask {
                    cluster: d.cluster.clone(),
                    definition: def.clone(),
                    launch_type: "MANAGED_INSTANCES".into(),
                    capacity_provider: provider,
                    network: None,
                    overrides: overrides.clone(),
                    group: rules.group.clone(),
                    started_by: Some(format!("ecs-daemon/{}", d.name)),
                    tags: vec![],
                    service: None,
                    deployment: Some(rev_arn.clone()),
                    enable_execute_command: current.enable_execute_command.unwrap_or(false),
                    platform_version: None,
                    on: Some(on),
                },
            );
        }
    }
    // The current deployment's counts and completion; a deleted daemon goes once idle.
    let tasks = tasks_of(r, &d);
    let running = eligible
        .iter()
        .filter(|i| {
            tasks
                .iter()
                .any(|(_, inst, rv, up)| inst == *i && *rv == rev_arn && *up)
        })
        .count() as i32;
    let draining = r
        .instances
        .values()
        .filter(|i| i.cluster == d.cluster && i.instance.status.as_deref() == Some("DRAINING"))
        .filter(|i| {
            i.instance
                .capacity_provider_name
                .as_ref()
                .is_some_and(|p| d.providers.contains(p))
        })
        .count() as i32;
    if d.status != "ACTIVE" && tasks.is_empty() {
        r.daemons.remove(key);
        r.touch(Dirty::Daemon(key.to_string()));
        return;
    }
    let rec = r.daemons.get_mut(key).expect("exists");
    let Some(dep) = rec.deployments.last_mut() else {
        return;
    };
    let before = dep.clone();
    if let Some(t) = dep.target_daemon_revision.as_mut() {
        t.total_running_instance_count = Some(running);
        t.total_without_daemon_instance_count = Some(eligible.len() as i32 - running);
        t.total_draining_instance_count = Some(draining);
    }
    if dep.status.as_deref() == Some("IN_PROGRESS")
        && running == eligible.len() as i32
        && stop.is_empty()
    {
        let old_left = tasks.iter().any(|(_, _, rv, _)| *rv != rev_arn);
        if !old_left {
            dep.status = Some("SUCCESSFUL".into());
            dep.finished_at = ts(env.now);
        }
    }
    if *dep != before {
        r.touch(Dirty::Daemon(key.to_string()));
    }
}
