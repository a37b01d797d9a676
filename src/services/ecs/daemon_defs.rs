//! Daemon task definitions: RegisterDaemonTaskDefinition, DescribeDaemonTaskDefinition,
//! ListDaemonTaskDefinitions and DeleteDaemonTaskDefinition — families of revisions like
//! task definitions, ACTIVE until a delete is asked for (DELETE_IN_PROGRESS).
//!
//! It never runs a daemon: managed daemons themselves are not emulated yet.

use super::api::*;
use super::fargate;
use super::paging;
use super::state::{DaemonDefRec, Dirty, Region};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn client(msg: impl Into<String>) -> AwsError {
    ErrorCode::ClientException.with(msg)
}

fn valid_family(f: &str) -> bool {
    !f.is_empty()
        && f.len() <= 255
        && f.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// (family, revision) from `family`, `family:revision` or an ARN.
fn reference(r: &Region, given: &str) -> AwsResult<(String, Option<i32>)> {
    let text = if given.starts_with("arn:") {
        let parts: Vec<&str> = given.splitn(6, ':').collect();
        let ok = parts.len() == 6 && parts[2] == "ecs";
        let rest = parts
            .get(5)
            .and_then(|p| p.strip_prefix("daemon-task-definition/"));
        match rest {
            Some(rest) if ok && parts[3] == r.region && parts[4] == r.account => rest,
            _ => {
                return Err(invalid(format!(
                    "Invalid daemon task definition identifier: {given}"
                )));
            }
        }
    } else {
        given
    };
    match text.rsplit_once(':') {
        Some((family, rev)) => {
            let rev: i32 = rev
                .parse()
                .map_err(|_| client(format!("Invalid revision number. Number: {rev}")))?;
            Ok((family.to_string(), Some(rev)))
        }
        None => Ok((text.to_string(), None)),
    }
}

/// The revision a reference names (a bare family: its latest ACTIVE revision).
fn find<'a>(r: &'a Region, given: &str) -> AwsResult<Option<&'a DaemonDefRec>> {
    let (family, rev) = reference(r, given)?;
    Ok(r.daemon_defs.get(&family).and_then(|revs| {
        super::task_definition::revision(revs, rev, |d| d.def.status.as_deref() == Some("ACTIVE"))
    }))
}

pub fn register(
    r: &mut Region,
    now: i64,
    principal: String,
    input: RegisterDaemonTaskDefinitionRequest,
) -> AwsResult<RegisterDaemonTaskDefinitionResponse> {
    let family = input.family.unwrap_or_default();
    if !valid_family(&family) {
        return Err(invalid(
            "Family can contain up to 255 letters (uppercase and lowercase), numbers, hyphens, and underscores.",
        ));
    }
    let containers = input.container_definitions.unwrap_or_default();
    if containers.is_empty() || containers.len() > 10 {
        return Err(invalid(
            "A daemon task definition has 1 to 10 container definitions.",
        ));
    }
    let mut names = std::collections::BTreeSet::new();
    for c in &containers {
        let name = c.name.clone().unwrap_or_default();
        if name.is_empty() {
            return Err(invalid("Container name must be specified."));
        }
        if !names.insert(name.clone()) {
            return Err(invalid(format!("Duplicate container name found: {name}.")));
        }
        if c.memory.is_some_and(|m| m < 6) {
            return Err(invalid(format!(
                "Invalid 'memory' setting for container '{name}'. The memory value must be at least 6 MiB."
            )));
        }
        if let (Some(m), Some(res)) = (c.memory, c.memory_reservation)
            && res > m
        {
            return Err(invalid(format!(
                "Invalid 'memory' setting for container '{name}'. The memoryReservation must be less than or equal to the memory."
            )));
        }
    }
    if !containers.iter().any(|c| c.essential.unwrap_or(true)) {
        return Err(invalid(
            "A daemon task definition must have at least one essential container.",
        ));
    }
    let cpu = match input.cpu.as_deref() {
        Some(c) => Some(
            fargate::parse_cpu(c)
                .ok_or_else(|| invalid(format!("Invalid 'cpu' setting for the daemon task: {c}")))?
                .to_string(),
        ),
        None => None,
    };
    let memory = match input.memory.as_deref() {
        Some(m) => Some(
            fargate::parse_memory(m)
                .ok_or_else(|| {
                    invalid(format!("Invalid 'memory' setting for the daemon task: {m}"))
                })?
                .to_string(),
        ),
        None => None,
    };
    let revs = r.daemon_defs.entry(family.clone()).or_default();
    let revision = revs.len() as i32 + 1;
    let arn = format!(
        "arn:aws:ecs:{}:{}:daemon-task-definition/{family}:{revision}",
        r.region, r.account
    );
    let def = DaemonTaskDefinition {
        daemon_task_definition_arn: Some(arn.clone()),
        family: Some(family.clone()),
        revision: Some(revision),
        task_role_arn: input.task_role_arn,
        execution_role_arn: input.execution_role_arn,
        container_definitions: Some(
            containers
                .into_iter()
                .map(|mut c| {
                    c.essential = Some(c.essential.unwrap_or(true));
                    c
                })
                .collect(),
        ),
        volumes: Some(input.volumes.unwrap_or_default()),
        cpu,
        memory,
        status: Some("ACTIVE".into()),
        registered_at: Some(Timestamp::from_millis(now)),
        delete_requested_at: None,
        registered_by: Some(principal),
        pid_mode: input.pid_mode,
        ipc_mode: input.ipc_mode,
    };
    revs.push(DaemonDefRec {
        def,
        tags: input.tags.unwrap_or_default(),
    });
    r.touch(Dirty::DaemonDef(family, revision));
    Ok(RegisterDaemonTaskDefinitionResponse {
        daemon_task_definition_arn: Some(arn),
    })
}

pub fn describe(
    r: &Region,
    input: DescribeDaemonTaskDefinitionRequest,
) -> AwsResult<DescribeDaemonTaskDefinitionResponse> {
    let given = input.daemon_task_definition.unwrap_or_default();
    let rec = find(r, &given)?
        .filter(|d| d.def.status.as_deref() != Some("DELETED"))
        .ok_or_else(|| client("Unable to describe daemon task definition."))?;
    Ok(DescribeDaemonTaskDefinitionResponse {
        daemon_task_definition: Some(rec.def.clone()),
    })
}

pub fn list(
    r: &Region,
    input: ListDaemonTaskDefinitionsRequest,
) -> AwsResult<ListDaemonTaskDefinitionsResponse> {
    if input.family.is_some() && input.family_prefix.is_some() {
        return Err(invalid(
            "family and familyPrefix cannot be specified together.",
        ));
    }
    let status = input.status.as_deref().unwrap_or("ACTIVE");
    let last_only = input.revision.as_deref() == Some("LAST_REGISTERED");
    let mut items: Vec<(String, DaemonTaskDefinitionSummary)> = Vec::new();
    for (family, revs) in &r.daemon_defs {
        let keep_family = input.family.as_deref().is_none_or(|f| f == family)
            && input
                .family_prefix
                .as_deref()
                .is_none_or(|p| family.starts_with(p));
        if !keep_family {
            continue;
        }
        let matching: Vec<&DaemonDefRec> = revs
            .iter()
            .filter(|d| {
                let s = d.def.status.as_deref().unwrap_or_default();
                s != "DELETED" && (status == "ALL" || s == status)
            })
            .collect();
        let chosen: Vec<&DaemonDefRec> = if last_only {
            matching.last().copied().into_iter().collect()
        } else {
            matching
        };
        for d in chosen {
            let rev = d.def.revision.unwrap_or(0);
            items.push((
                format!("{family}:{rev:010}"),
                DaemonTaskDefinitionSummary {
                    arn: d.def.daemon_task_definition_arn.clone(),
                    registered_at: d.def.registered_at,
                    registered_by: d.def.registered_by.clone(),
                    delete_requested_at: d.def.delete_requested_at,
                    status: d.def.status.clone(),
                },
            ));
        }
    }
    if input.sort.as_deref() == Some("DESC") {
        items.reverse();
        // Page keys must still increase: number them in the order given.
        items = items
            .into_iter()
            .enumerate()
            .map(|(i, (_, v))| (format!("{i:010}"), v))
            .collect();
    }
    let (page, next) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListDaemonTaskDefinitionsResponse {
        daemon_task_definitions: Some(page),
        next_token: next,
    })
}

pub fn delete(
    r: &mut Region,
    now: i64,
    input: DeleteDaemonTaskDefinitionRequest,
) -> AwsResult<DeleteDaemonTaskDefinitionResponse> {
    let given = input.daemon_task_definition.unwrap_or_default();
    let (family, rev) = reference(r, &given)?;
    let Some(rev) = rev else {
        return Err(client(
            "The daemon task definition must be given with its revision (family:revision).",
        ));
    };
    let rec = r
        .daemon_defs
        .get_mut(&family)
        .and_then(|revs| revs.get_mut(rev.max(1) as usize - 1))
        .filter(|d| d.def.status.as_deref() == Some("ACTIVE"))
        .ok_or_else(|| {
            client(
                "Unable to delete daemon task definition: it does not exist or is being deleted.",
            )
        })?;
    rec.def.status = Some("DELETE_IN_PROGRESS".into());
    rec.def.delete_requested_at = Some(Timestamp::from_millis(now));
    let arn = rec.def.daemon_task_definition_arn.clone();
    r.touch(Dirty::DaemonDef(family, rev));
    Ok(DeleteDaemonTaskDefinitionResponse {
        daemon_task_definition_arn: arn,
    })
}

/// The full ARN of the ACTIVE revision a reference names, or ClientException.
pub fn active_arn(r: &Region, given: &str) -> AwsResult<String> {
    match find(r, given)? {
        Some(d) if d.def.status.as_deref() == Some("ACTIVE") => {
            Ok(d.def.daemon_task_definition_arn.clone().unwrap_or_default())
        }
        Some(_) => Err(client("The daemon task definition is being deleted.")),
        None => Err(client("Unable to describe daemon task definition.")),
    }
}

/// The containers of a daemon task definition (by full ARN).
pub fn containers(r: &Region, arn: &str) -> Vec<DaemonContainerDefinition> {
    find(r, arn)
        .ok()
        .flatten()
        .and_then(|d| d.def.container_definitions.clone())
        .unwrap_or_default()
}

/// A daemon task definition as the task definition its tasks run.
pub fn as_task_definition(r: &Region, arn: &str) -> Option<TaskDefinition> {
    let d = &find(r, arn).ok().flatten()?.def;
    let containers = serde_json::to_value(d.container_definitions.clone()?).ok()?;
    Some(TaskDefinition {
        task_definition_arn: d.daemon_task_definition_arn.clone(),
        family: d.family.clone(),
        revision: d.revision,
        container_definitions: serde_json::from_value(containers).ok(),
        cpu: d.cpu.clone(),
        memory: d.memory.clone(),
        network_mode: Some("host".into()),
        task_role_arn: d.task_role_arn.clone(),
        execution_role_arn: d.execution_role_arn.clone(),
        status: Some("ACTIVE".into()),
        ..Default::default()
    })
}
