//! Task definitions: RegisterTaskDefinition with ECS's checks, DescribeTaskDefinition,
//! ListTaskDefinitions, ListTaskDefinitionFamilies, DeregisterTaskDefinition,
//! DeleteTaskDefinitions. Revisions count up per family and are never reused.
//!
//! It never runs anything: tasks read the definitions kept here.

use std::collections::HashSet;

use super::api::*;
use super::fargate;
use super::names;
use super::paging;
use super::state::{Dirty, Region, TaskDefRec};
use crate::error::AwsResult;
use crate::types::Timestamp;

fn client(msg: impl Into<String>) -> crate::error::AwsError {
    ErrorCode::ClientException.with(msg)
}

fn valid_family(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// ECS's checks of a registration, in the order ECS reports them.
fn check(input: &RegisterTaskDefinitionRequest) -> AwsResult<(Option<String>, Option<String>)> {
    let family = input.family.as_deref().unwrap_or_default();
    if !valid_family(family) {
        return Err(client(
            "Family contains invalid characters. Valid characters are letters, numbers, hyphens and underscores; up to 255 of them.",
        ));
    }
    let containers = input.container_definitions.as_deref().unwrap_or_default();
    if containers.is_empty() {
        return Err(client("Container list cannot be empty."));
    }
    if containers.len() > 10 {
        return Err(client(
            "Too many containers: a task definition can have at most 10 container definitions.",
        ));
    }
    let mut names = HashSet::new();
    for c in containers {
        let name = c.name.as_deref().unwrap_or("");
        if name.is_empty() {
            return Err(client("Container.name should not be null or empty."));
        }
        if c.image.as_deref().unwrap_or("").is_empty() {
            return Err(client("Container.image should not be null or empty."));
        }
        if !names.insert(name) {
            return Err(client(format!(
                "Duplicate container name '{name}': container names must be unique within a task definition."
            )));
        }
    }
    if !containers.iter().any(|c| c.essential.unwrap_or(true)) {
        return Err(client(
            "Task definition must have at least one essential container.",
        ));
    }
    let fargate = input
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default()
        .iter()
        .any(|c| c == "FARGATE");
    let mode = input
        .network_mode
        .as_deref()
        .unwrap_or(if fargate { "awsvpc" } else { "bridge" });
    let cpu = match input.cpu.as_deref() {
        Some(t) => Some(fargate::parse_cpu(t).ok_or_else(|| {
            ErrorCode::InvalidParameterException.with("Invalid 'cpu' setting for task.")
        })?),
        None => None,
    };
    let memory = match input.memory.as_deref() {
        Some(t) => Some(fargate::parse_memory(t).ok_or_else(|| {
            ErrorCode::InvalidParameterException.with("Invalid 'memory' setting for task.")
        })?),
        None => None,
    };
    if fargate {
        if input.network_mode.as_deref().is_some_and(|m| m != "awsvpc") {
            return Err(client("Fargate only supports network mode 'awsvpc'."));
        }
        let cpu =
            cpu.ok_or_else(|| client("Fargate requires that 'cpu' be defined at the task level."))?;
        let memory = memory.ok_or_else(|| {
            client("Fargate requires that 'memory' be defined at the task level.")
        })?;
        if !fargate::valid(cpu, memory) {
            return Err(client(format!(
                "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory. See the Amazon ECS documentation for the valid values."
            )));
        }
    } else if memory.is_none() {
        for c in containers {
            if c.memory.is_none() && c.memory_reservation.is_none() {
                return Err(client(format!(
                    "Invalid setting for container '{}'. At least one of 'memory' or 'memoryReservation' must be specified.",
                    c.name.as_deref().unwrap_or_default()
                )));
            }
        }
    }
    for c in containers {
        for pm in c.port_mappings.as_deref().unwrap_or_default() {
            let host = pm.host_port;
            match mode {
                "awsvpc" | "host"
                    if host.is_some_and(|h| h != 0 && Some(h) != pm.container_port) =>
                {
                    return Err(ErrorCode::InvalidParameterException.with(format!(
                        "When networkMode={mode}, the host ports and container ports in port mappings must match."
                    )));
                }
                "none" => {
                    return Err(ErrorCode::InvalidParameterException
                        .with("When networkMode=none, containers cannot have port mappings."));
                }
                _ => {}
            }
        }
    }
    let volumes: HashSet<&str> = input
        .volumes
        .as_deref()
        .unwrap_or_default()
        .iter()
        .filter_map(|v| v.name.as_deref())
        .collect();
    for c in containers {
        for mp in c.mount_points.as_deref().unwrap_or_default() {
            let source = mp.source_volume.as_deref().unwrap_or("");
            if !volumes.contains(source) {
                return Err(client(format!(
                    "Invalid 'mountPoints' setting for container '{}': sourceVolume '{source}' is not defined in the task definition's volumes.",
                    c.name.as_deref().unwrap_or_default()
                )));
            }
        }
    }
    Ok((cpu.map(|c| c.to_string()), memory.map(|m| m.to_string())))
}

pub fn register(
    r: &mut Region,
    now: Timestamp,
    input: RegisterTaskDefinitionRequest,
) -> AwsResult<RegisterTaskDefinitionResponse> {
    let (cpu, memory) = check(&input)?;
    let family = input.family.clone().unwrap_or_default();
    let fargate_required = input
        .requires_compatibilities
        .as_deref()
        .unwrap_or_default()
        .iter()
        .any(|c| c == "FARGATE");
    let mode = input.network_mode.clone().unwrap_or_else(|| {
        if fargate_required {
            "awsvpc".into()
        } else {
            "bridge".into()
        }
    });
    let fargate_ok = mode == "awsvpc"
        && matches!((&cpu, &memory), (Some(c), Some(m)) if fargate::valid(c.parse().unwrap_or(0), m.parse().unwrap_or(0)));
    let mut compatibilities = vec!["EC2".to_string()];
    if fargate_ok {
        compatibilities.push("FARGATE".into());
    }
    let containers = input
        .container_definitions
        .unwrap_or_default()
        .into_iter()
        .map(|mut c| {
            c.essential = Some(c.essential.unwrap_or(true));
            for pm in c.port_mappings.iter_mut().flatten() {
                pm.protocol.get_or_insert_with(|| "tcp".into());
                if mode == "awsvpc" || mode == "host" {
                    pm.host_port = pm.container_port;
                }
            }
            c.environment.get_or_insert_with(Vec::new);
            c.mount_points.get_or_insert_with(Vec::new);
            c.volumes_from.get_or_insert_with(Vec::new);
            c.port_mappings.get_or_insert_with(Vec::new);
            c
        })
        .collect();
    let revs = r.families.entry(family.clone()).or_default();
    let revision = revs.len() as i32 + 1;
    let mut requires = vec![Attribute {
        name: Some("com.amazonaws.ecs.capability.docker-remote-api.1.18".into()),
        ..Default::default()
    }];
    if mode == "awsvpc" {
        requires.push(Attribute {
            name: Some("ecs.capability.task-eni".into()),
            ..Default::default()
        });
    }
    let def = TaskDefinition {
        task_definition_arn: Some(format!(
            "arn:aws:ecs:{}:{}:task-definition/{family}:{revision}",
            r.region, r.account
        )),
        container_definitions: Some(containers),
        family: Some(family.clone()),
        task_role_arn: input.task_role_arn,
        execution_role_arn: input.execution_role_arn,
        network_mode: Some(mode),
        revision: Some(revision),
        volumes: Some(input.volumes.unwrap_or_default()),
        status: Some("ACTIVE".into()),
        requires_attributes: Some(requires),
        placement_constraints: Some(input.placement_constraints.unwrap_or_default()),
        compatibilities: Some(compatibilities),
        runtime_platform: input.runtime_platform,
        requires_compatibilities: input.requires_compatibilities,
        cpu,
        memory,
        inference_accelerators: input.inference_accelerators,
        pid_mode: input.pid_mode,
        ipc_mode: input.ipc_mode,
        proxy_configuration: input.proxy_configuration,
        registered_at: Some(now),
        registered_by: Some(format!("arn:aws:iam::{}:root", r.account)),
        ephemeral_storage: input.ephemeral_storage,
        enable_fault_injection: input.enable_fault_injection,
        ..Default::default()
    };
    let tags = input.tags.unwrap_or_default();
    let revs = r.families.get_mut(&family).expect("inserted above");
    revs.push(TaskDefRec {
        def: def.clone(),
        tags: tags.clone(),
    });
    r.touch(Dirty::TaskDef(family, revision));
    Ok(RegisterTaskDefinitionResponse {
        task_definition: Some(def),
        tags: Some(tags),
    })
}

/// The revision a reference names (a bare family means its latest ACTIVE revision).
pub fn find<'a>(r: &'a Region, reference: &str) -> AwsResult<Option<&'a TaskDefRec>> {
    let (family, rev) = names::task_definition(reference, &r.account, &r.region)?;
    Ok(r.families
        .get(&family)
        .and_then(|revs| revision(revs, rev, |d| d.def.status.as_deref() == Some("ACTIVE"))))
}

/// Revision `n` of a family's revisions (revision `n` at index `n - 1`), or without a
/// number its latest `active` one: how ECS reads `family:revision` and bare families, for
/// task and daemon task definitions alike.
pub fn revision<T>(revs: &[T], n: Option<i32>, active: impl Fn(&T) -> bool) -> Option<&T> {
    match n {
        Some(n) if n >= 1 => revs.get(n as usize - 1),
        Some(_) => None,
        None => revs.iter().rev().find(|d| active(d)),
    }
}

/// The ACTIVE revision new tasks may use.
pub fn for_new_tasks<'a>(r: &'a Region, reference: &str) -> AwsResult<&'a TaskDefRec> {
    match find(r, reference)? {
        None => Err(client("TaskDefinition not found.")),
        Some(d) if d.def.status.as_deref() != Some("ACTIVE") => {
            Err(client("TaskDefinition is inactive"))
        }
        Some(d) => Ok(d),
    }
}

pub fn describe(
    r: &Region,
    input: DescribeTaskDefinitionRequest,
) -> AwsResult<DescribeTaskDefinitionResponse> {
    let reference = input.task_definition.unwrap_or_default();
    let rec = find(r, &reference)?.ok_or_else(|| client("Unable to describe task definition."))?;
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS")
        .then(|| rec.tags.clone());
    Ok(DescribeTaskDefinitionResponse {
        task_definition: Some(rec.def.clone()),
        tags,
    })
}

pub fn list(
    r: &Region,
    input: ListTaskDefinitionsRequest,
) -> AwsResult<ListTaskDefinitionsResponse> {
    let status = input.status.unwrap_or_else(|| "ACTIVE".into());
    let mut all: Vec<(String, String)> = Vec::new();
    for (family, revs) in &r.families {
        if input.family_prefix.as_deref().is_some_and(|p| p != family) {
            continue;
        }
        for d in revs
            .iter()
            .filter(|d| d.def.status.as_deref() == Some(status.as_str()))
        {
            let rev = d.def.revision.unwrap_or(0);
            all.push((
                format!("{family}:{rev:010}"),
                d.def.task_definition_arn.clone().unwrap_or_default(),
            ));
        }
    }
    if input.sort.as_deref() == Some("DESC") {
        all.reverse();
        // Page keys must still increase: number them in the order shown.
        all = all
            .into_iter()
            .enumerate()
            .map(|(i, (_, arn))| (format!("{i:010}"), arn))
            .collect();
    }
    let (arns, next) = paging::page(all, input.max_results, input.next_token.as_deref())?;
    Ok(ListTaskDefinitionsResponse {
        task_definition_arns: Some(arns),
        next_token: next,
    })
}

pub fn list_families(
    r: &Region,
    input: ListTaskDefinitionFamiliesRequest,
) -> AwsResult<ListTaskDefinitionFamiliesResponse> {
    let status = input.status.unwrap_or_else(|| "ALL".into());
    let families = r.families.iter().filter_map(|(family, revs)| {
        if input
            .family_prefix
            .as_deref()
            .is_some_and(|p| !family.starts_with(p))
        {
            return None;
        }
        let active = revs
            .iter()
            .any(|d| d.def.status.as_deref() == Some("ACTIVE"));
        let keep = match status.as_str() {
            "ACTIVE" => active,
            "INACTIVE" => !active,
            _ => true,
        };
        keep.then(|| (family.clone(), family.clone()))
    });
    let (families, next) = paging::page(families, input.max_results, input.next_token.as_deref())?;
    Ok(ListTaskDefinitionFamiliesResponse {
        families: Some(families),
        next_token: next,
    })
}

/// The (family, revision) a reference names; a revision is required.
fn exact(r: &Region, reference: &str) -> AwsResult<(String, i32)> {
    let (family, rev) = names::task_definition(reference, &r.account, &r.region)?;
    let rev = rev.ok_or_else(|| {
        ErrorCode::InvalidParameterException
            .with("Revision must be specified when deregistering a task definition.")
    })?;
    let exists = r
        .families
        .get(&family)
        .is_some_and(|revs| rev >= 1 && (rev as usize) <= revs.len());
    if !exists {
        return Err(client("The specified task definition does not exist."));
    }
    Ok((family, rev))
}

pub fn deregister(
    r: &mut Region,
    now: Timestamp,
    input: DeregisterTaskDefinitionRequest,
) -> AwsResult<DeregisterTaskDefinitionResponse> {
    let (family, rev) = exact(r, input.task_definition.as_deref().unwrap_or_default())?;
    let def = &mut r.families.get_mut(&family).expect("exists")[rev as usize - 1].def;
    if def.status.as_deref() != Some("ACTIVE") {
        return Err(client("The specified task definition is already inactive."));
    }
    def.status = Some("INACTIVE".into());
    def.deregistered_at = Some(now);
    let out = def.clone();
    r.touch(Dirty::TaskDef(family, rev));
    Ok(DeregisterTaskDefinitionResponse {
        task_definition: Some(out),
    })
}

pub fn delete(
    r: &mut Region,
    now: Timestamp,
    input: DeleteTaskDefinitionsRequest,
) -> AwsResult<DeleteTaskDefinitionsResponse> {
    let refs = input.task_definitions.unwrap_or_default();
    if refs.len() > 10 {
        return Err(ErrorCode::InvalidParameterException
            .with("You can specify up to 10 task definitions in one request."));
    }
    let (mut done, mut failures) = (Vec::new(), Vec::new());
    for reference in refs {
        let found = exact(r, &reference);
        let (family, rev) = match found {
            Ok(x) => x,
            Err(e) => {
                failures.push(Failure {
                    arn: Some(reference),
                    reason: Some(e.message),
                    detail: None,
                });
                continue;
            }
        };
        let def = &mut r.families.get_mut(&family).expect("exists")[rev as usize - 1].def;
        if def.status.as_deref() == Some("ACTIVE") {
            failures.push(Failure {
                arn: def.task_definition_arn.clone(),
                reason: Some("The specified task definition is still in ACTIVE status. Deregister the target task definition first.".into()),
                detail: None,
            });
            continue;
        }
        def.status = Some("DELETE_IN_PROGRESS".into());
        def.delete_requested_at.get_or_insert(now);
        done.push(def.clone());
        r.touch(Dirty::TaskDef(family, rev));
    }
    Ok(DeleteTaskDefinitionsResponse {
        task_definitions: Some(done),
        failures: Some(failures),
    })
}
