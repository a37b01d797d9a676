//! What the ECS agent calls on an instance: DiscoverPollEndpoint, SubmitTaskStateChange,
//! SubmitContainerStateChange and SubmitAttachmentStateChanges, which move tasks and
//! containers to the states the agent reports; and ExecuteCommand, answered as ECS answers
//! when no agent session can be opened.
//!
//! It never invents a state the agent did not report: it applies the report, and the
//! scheduler reacts to the change as it would to any other.

use super::api::*;
use super::cluster;
use super::lifecycle::{self, Env};
use super::names;
use super::state::Region;
use crate::error::{AwsError, AwsResult};

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

pub fn discover(
    r: &Region,
    endpoint: &str,
    input: DiscoverPollEndpointRequest,
) -> AwsResult<DiscoverPollEndpointResponse> {
    if let Some(given) = input.container_instance.as_deref() {
        let cluster = cluster::active(r, input.cluster.as_deref())?;
        super::instance::find(r, &cluster, given)?
            .ok_or_else(|| invalid("The referenced container instance was not found."))?;
    }
    let base = endpoint.trim_end_matches('/');
    Ok(DiscoverPollEndpointResponse {
        endpoint: Some(format!("{base}/")),
        telemetry_endpoint: Some(format!("{base}/")),
        service_connect_endpoint: Some(format!("{base}/")),
    })
}

/// The id of a task of the cluster a report names.
fn task_of(r: &Region, cluster: Option<&str>, task: Option<&str>) -> AwsResult<String> {
    let cluster = cluster::active(r, cluster)?;
    let id = names::task(task.unwrap_or_default(), &r.account, &r.region)?;
    match r.tasks.get(&id) {
        Some(t) if t.cluster == cluster => Ok(id),
        _ => Err(invalid("The referenced task was not found.")),
    }
}

fn check_status(status: &str) -> AwsResult<()> {
    if ["PENDING", "RUNNING", "STOPPED"].contains(&status) {
        Ok(())
    } else {
        Err(invalid(format!(
            "Status {status} is not valid. Valid values are PENDING, RUNNING and STOPPED."
        )))
    }
}

/// Applies one container's report; true when an essential container stopped.
fn container_report(
    r: &mut Region,
    id: &str,
    c: &ContainerStateChange,
    at: i64,
) -> AwsResult<bool> {
    let name = c.container_name.clone().unwrap_or_default();
    let status = c.status.clone().unwrap_or_default();
    if !status.is_empty() {
        check_status(&status)?;
    }
    let Some(mut rec) = r.tasks.remove(id) else {
        return Ok(false);
    };
    let found = rec
        .task
        .containers
        .iter_mut()
        .flatten()
        .find(|x| x.name.as_deref() == Some(name.as_str()));
    let Some(x) = found else {
        r.put_task(rec);
        return Err(invalid(format!(
            "Container {name} is not a container of the task."
        )));
    };
    if let Some(v) = &c.runtime_id {
        x.runtime_id = Some(v.clone());
    }
    if let Some(v) = &c.image_digest {
        x.image_digest = Some(v.clone());
    }
    if let Some(v) = &c.network_bindings {
        x.network_bindings = Some(v.clone());
    }
    if let Some(v) = &c.reason {
        x.reason = Some(v.clone());
    }
    let stopped = status == "STOPPED";
    if !status.is_empty() && !stopped {
        x.last_status = Some(status);
    }
    rec.task.version = Some(rec.task.version.unwrap_or(0) + 1);
    r.put_task(rec);
    if stopped {
        return Ok(lifecycle::container_exited(
            r,
            id,
            Some(&name),
            c.exit_code.unwrap_or(0),
            at,
        ));
    }
    Ok(false)
}

/// Moves a task to the status the agent reported.
fn task_report(r: &mut Region, id: &str, status: &str, reason: Option<&str>, at: i64) {
    let Some(mut rec) = r.tasks.remove(id) else {
        return;
    };
    let current = rec.task.last_status.clone().unwrap_or_default();
    match status {
        "RUNNING"
            if !matches!(current.as_str(), "RUNNING" | "STOPPED")
                && rec.task.desired_status.as_deref() == Some("RUNNING") =>
        {
            rec.fail_to_start = None;
            r.put_task(rec);
            // Through the remaining start phases at once.
            for _ in 0..4 {
                let now = r.tasks.get(id).and_then(|t| t.task.last_status.clone());
                if now.as_deref() == Some("RUNNING") || !lifecycle::advance(r, id, at) {
                    break;
                }
            }
        }
        "STOPPED" if current != "STOPPED" => {
            lifecycle::request_stop(
                &mut rec,
                at,
                "EssentialContainerExited",
                reason.unwrap_or("Task stopped as the container agent reported"),
            );
            r.put_task(rec);
            for _ in 0..8 {
                let now = r.tasks.get(id).and_then(|t| t.task.last_status.clone());
                if now.as_deref() == Some("STOPPED") || !lifecycle::advance(r, id, at) {
                    break;
                }
            }
        }
        _ => r.put_task(rec),
    }
}

pub fn submit_task(
    r: &mut Region,
    env: &Env,
    input: SubmitTaskStateChangeRequest,
) -> AwsResult<SubmitTaskStateChangeResponse> {
    let id = task_of(r, input.cluster.as_deref(), input.task.as_deref())?;
    if let Some(s) = input.status.as_deref() {
        check_status(s)?;
    }
    for c in input.containers.iter().flatten() {
        container_report(r, &id, c, env.now)?;
    }
    if let Some(rec) = r.tasks.get_mut(&id) {
        let t = &mut rec.task;
        let given = [
            (&mut t.pull_started_at, input.pull_started_at),
            (&mut t.pull_stopped_at, input.pull_stopped_at),
            (&mut t.execution_stopped_at, input.execution_stopped_at),
        ];
        for (field, value) in given {
            if value.is_some() {
                *field = value;
            }
        }
    }
    attachments(
        r,
        Some(&id),
        input.attachments.as_deref().unwrap_or_default(),
    )?;
    if let Some(s) = input.status.as_deref() {
        task_report(r, &id, s, input.reason.as_deref(), env.now);
    }
    Ok(SubmitTaskStateChangeResponse {
        acknowledgment: Some("ACK".into()),
    })
}

pub fn submit_container(
    r: &mut Region,
    env: &Env,
    input: SubmitContainerStateChangeRequest,
) -> AwsResult<SubmitContainerStateChangeResponse> {
    let id = task_of(r, input.cluster.as_deref(), input.task.as_deref())?;
    let change = ContainerStateChange {
        container_name: input.container_name,
        image_digest: None,
        runtime_id: input.runtime_id,
        exit_code: input.exit_code,
        network_bindings: input.network_bindings,
        reason: input.reason,
        status: input.status,
    };
    container_report(r, &id, &change, env.now)?;
    Ok(SubmitContainerStateChangeResponse {
        acknowledgment: Some("ACK".into()),
    })
}

/// Sets the status of each attachment named (by ARN or id), in one task or any.
fn attachments(
    r: &mut Region,
    only: Option<&str>,
    changes: &[AttachmentStateChange],
) -> AwsResult<()> {
    for ch in changes {
        let arn = ch.attachment_arn.as_deref().unwrap_or_default();
        let wanted = arn.rsplit('/').next().unwrap_or(arn).to_string();
        let holder = match only {
            Some(id) => Some(id.to_string()),
            None => r
                .tasks
                .iter()
                .find(|(_, t)| {
                    t.task
                        .attachments
                        .iter()
                        .flatten()
                        .any(|a| a.id.as_deref() == Some(wanted.as_str()))
                })
                .map(|(id, _)| id.clone()),
        };
        let Some(id) = holder else {
            return Err(invalid(format!("Attachment {arn} was not found.")));
        };
        let Some(mut rec) = r.tasks.remove(&id) else {
            continue;
        };
        let mut hit = false;
        for a in rec.task.attachments.iter_mut().flatten() {
            if a.id.as_deref() == Some(wanted.as_str()) {
                a.status = ch.status.clone();
                hit = true;
            }
        }
        r.put_task(rec);
        if !hit {
            return Err(invalid(format!("Attachment {arn} was not found.")));
        }
    }
    Ok(())
}

pub fn submit_attachments(
    r: &mut Region,
    input: SubmitAttachmentStateChangesRequest,
) -> AwsResult<SubmitAttachmentStateChangesResponse> {
    cluster::active(r, input.cluster.as_deref())?;
    attachments(r, None, input.attachments.as_deref().unwrap_or_default())?;
    Ok(SubmitAttachmentStateChangesResponse {
        acknowledgment: Some("ACK".into()),
    })
}

pub fn execute_command(
    r: &Region,
    input: ExecuteCommandRequest,
) -> AwsResult<ExecuteCommandResponse> {
    let id = task_of(r, input.cluster.as_deref(), input.task.as_deref())?;
    if !input.interactive.unwrap_or(false) {
        return Err(invalid("Interactive is the only mode supported currently."));
    }
    let rec = &r.tasks[&id];
    let containers = rec.task.containers.as_deref().unwrap_or_default();
    let container = match input.container.as_deref() {
        Some(name) => containers
            .iter()
            .find(|c| c.name.as_deref() == Some(name))
            .ok_or_else(|| invalid(format!("The container {name} does not exist in the task.")))?,
        None if containers.len() == 1 => &containers[0],
        None => {
            return Err(invalid(
                "The task has more than one container; specify the container to run the command in.",
            ));
        }
    };
    let running = rec.task.last_status.as_deref() == Some("RUNNING");
    if !rec.task.enable_execute_command.unwrap_or(false) || !running {
        return Err(invalid(
            "The execute command failed because execute command was not enabled when the task was run or the execute command agent isn't running. Wait and try again or run a new task with execute command enabled and try again.",
        ));
    }
    // No SSM agent runs beside Dockside's containers, so no session can be opened.
    let _ = container;
    Err(ErrorCode::TargetNotConnectedException
        .with("The execute command failed due to an internal error. Try again later."))
}
