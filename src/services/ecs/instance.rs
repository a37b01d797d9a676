//! Container instances: RegisterContainerInstance (what the ECS agent calls),
//! DeregisterContainerInstance, DescribeContainerInstances, ListContainerInstances,
//! UpdateContainerInstancesState and UpdateContainerAgent. Counters and remaining resources
//! are computed from the tasks placed on each instance, so they are always right.
//!
//! It never places tasks (placement does) and never keeps a service's count (the
//! scheduler moves tasks off draining instances).

use super::api::*;
use super::cluster;
use super::lifecycle::{self, Env};
use super::names;
use super::paging;
use super::placement;
use super::query::Query;
use super::state::{Dirty, InstanceRec, Region};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

/// The newest ECS agent Dockside knows of: what UpdateContainerAgent updates to.
pub const LATEST_AGENT: &str = "1.100.0";

/// Ports ECS reserves on every instance (SSH, Docker, the agent's introspection).
const RESERVED_PORTS: &[&str] = &["22", "2375", "2376", "51678", "51679"];

/// Attributes the ECS agent reports for the capabilities of a current ECS-optimized AMI,
/// given to instances registered without any capability attribute.
const CAPABILITIES: &[&str] = &[
    "com.amazonaws.ecs.capability.docker-remote-api.1.17",
    "com.amazonaws.ecs.capability.docker-remote-api.1.18",
    "com.amazonaws.ecs.capability.docker-remote-api.1.19",
    "com.amazonaws.ecs.capability.docker-remote-api.1.20",
    "com.amazonaws.ecs.capability.docker-remote-api.1.21",
    "com.amazonaws.ecs.capability.docker-remote-api.1.22",
    "com.amazonaws.ecs.capability.docker-remote-api.1.23",
    "com.amazonaws.ecs.capability.docker-remote-api.1.24",
    "com.amazonaws.ecs.capability.docker-remote-api.1.25",
    "com.amazonaws.ecs.capability.docker-remote-api.1.29",
    "com.amazonaws.ecs.capability.docker-remote-api.1.30",
    "com.amazonaws.ecs.capability.docker-remote-api.1.32",
    "com.amazonaws.ecs.capability.docker-remote-api.1.38",
    "com.amazonaws.ecs.capability.docker-remote-api.1.44",
    "com.amazonaws.ecs.capability.ecr-auth",
    "com.amazonaws.ecs.capability.logging-driver.awslogs",
    "com.amazonaws.ecs.capability.logging-driver.json-file",
    "com.amazonaws.ecs.capability.logging-driver.none",
    "com.amazonaws.ecs.capability.privileged-container",
    "com.amazonaws.ecs.capability.task-iam-role",
    "com.amazonaws.ecs.capability.task-iam-role-network-host",
    "ecs.capability.container-health-check",
    "ecs.capability.execution-role-awslogs",
    "ecs.capability.execution-role-ecr-pull",
    "ecs.capability.secrets.ssm.environment-variables",
    "ecs.capability.task-eni",
];

/// The custom attribute that puts an instance in an Auto Scaling group capacity provider
/// (ECS learns it from the group; Dockside has no EC2, so the registration says it).
pub const PROVIDER_ATTRIBUTE: &str = "dockside.capacity-provider";

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn attr(name: &str, value: Option<String>) -> Attribute {
    Attribute {
        name: Some(name.into()),
        value,
        ..Default::default()
    }
}

fn set_attr(attrs: &mut Vec<Attribute>, a: Attribute) {
    match attrs.iter_mut().find(|x| x.name == a.name) {
        Some(x) => *x = a,
        None => attrs.push(a),
    }
}

fn int_resource(name: &str, v: i32) -> Resource {
    Resource {
        name: Some(name.into()),
        r#type: Some("INTEGER".into()),
        integer_value: Some(v),
        double_value: Some(0.0),
        long_value: Some(0),
        ..Default::default()
    }
}

fn set_resource(name: &str, ports: Vec<String>) -> Resource {
    Resource {
        name: Some(name.into()),
        r#type: Some("STRINGSET".into()),
        string_set_value: Some(ports),
        double_value: Some(0.0),
        long_value: Some(0),
        integer_value: Some(0),
    }
}

/// The instance as ECS describes it: counters, remaining resources, agent update progress.
pub fn view(r: &Region, id: &str, now: i64) -> ContainerInstance {
    let rec = &r.instances[id];
    let mut i = rec.instance.clone();
    let u = r.usage.get(id).cloned().unwrap_or_default();
    i.running_tasks_count = Some(u.running);
    i.pending_tasks_count = Some(u.pending);
    let remaining = i
        .registered_resources
        .iter()
        .flatten()
        .map(|res| match res.name.as_deref() {
            Some("CPU") => int_resource("CPU", res.integer_value.unwrap_or(0) - u.cpu as i32),
            Some("MEMORY") => {
                int_resource("MEMORY", res.integer_value.unwrap_or(0) - u.memory as i32)
            }
            Some(n @ ("PORTS" | "PORTS_UDP")) => {
                let used = if n == "PORTS" { &u.tcp } else { &u.udp };
                let mut ports: Vec<String> = res.string_set_value.clone().unwrap_or_default();
                ports.extend(used.iter().map(|p| p.to_string()));
                set_resource(n, ports)
            }
            _ => res.clone(),
        })
        .collect();
    i.remaining_resources = Some(remaining);
    if let Some(at) = rec.agent_update_at {
        let steps = ["PENDING", "STAGING", "STAGED", "UPDATING", "UPDATED"];
        let k = (((now - at).max(0) / 1000) as usize).min(steps.len() - 1);
        i.agent_update_status = Some(steps[k].into());
        if k == steps.len() - 1
            && let Some(v) = i.version_info.as_mut()
        {
            v.agent_version = Some(LATEST_AGENT.into());
        }
    }
    if i.tags.as_ref().is_some_and(Vec::is_empty) {
        i.tags = None;
    }
    i
}

/// The id of an instance of `cluster`, or None.
pub fn find(r: &Region, cluster: &str, given: &str) -> AwsResult<Option<String>> {
    let id = names::container_instance(given, &r.account, &r.region)?;
    Ok(r.instances
        .get(&id)
        .filter(|i| i.cluster == cluster)
        .map(|_| id))
}

fn identity(doc: Option<&str>) -> AwsResult<serde_json::Map<String, serde_json::Value>> {
    match doc {
        None | Some("") => Ok(Default::default()),
        Some(text) => match serde_json::from_str::<serde_json::Value>(text) {
            Ok(serde_json::Value::Object(m)) => Ok(m),
            _ => Err(invalid("Unable to parse the instance identity document.")),
        },
    }
}

pub fn register(
    r: &mut Region,
    env: &Env,
    input: RegisterContainerInstanceRequest,
) -> AwsResult<RegisterContainerInstanceResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let doc = identity(input.instance_identity_document.as_deref())?;
    let field = |k: &str| doc.get(k).and_then(|v| v.as_str()).map(str::to_string);
    let ec2_id =
        field("instanceId").unwrap_or_else(|| format!("i-{:017x}", fastrand::u128(..) >> 60));
    if let Some(region) = field("region")
        && region != r.region
    {
        return Err(invalid(format!(
            "The instance identity document is for region {region}, not {}.",
            r.region
        )));
    }
    let existing = match input.container_instance_arn.as_deref() {
        Some(given) => Some(
            find(r, &cluster, given)?
                .ok_or_else(|| invalid("The referenced container instance was not found."))?,
        ),
        None => r
            .instances
            .iter()
            .find(|(_, i)| {
                i.cluster == cluster
                    && i.instance.ec2_instance_id.as_deref() == Some(ec2_id.as_str())
                    && i.instance.status.as_deref() != Some("INACTIVE")
            })
            .map(|(id, _)| id.clone()),
    };
    let mut resources: Vec<Resource> = Vec::new();
    for res in input.total_resources.unwrap_or_default() {
        let name = res.name.clone().unwrap_or_default();
        match name.as_str() {
            "CPU" | "MEMORY" if res.integer_value.unwrap_or(0) < 0 => {
                return Err(invalid(format!("{name} must not be negative.")));
            }
            "CPU" | "MEMORY" => resources.push(int_resource(&name, res.integer_value.unwrap_or(0))),
            "PORTS" | "PORTS_UDP" => {
                let ports = res.string_set_value.clone().unwrap_or_default();
                if ports
                    .iter()
                    .any(|p| !matches!(p.parse::<u32>(), Ok(1..=65535)))
                {
                    return Err(invalid(format!("{name} must list port numbers.")));
                }
                resources.push(set_resource(&name, ports));
            }
            _ => resources.push(res),
        }
    }
    let defaults = [
        int_resource("CPU", 2048),
        int_resource("MEMORY", 3904),
        set_resource(
            "PORTS",
            RESERVED_PORTS.iter().map(|p| p.to_string()).collect(),
        ),
        set_resource("PORTS_UDP", vec![]),
    ];
    for d in defaults {
        if !resources.iter().any(|x| x.name == d.name) {
            resources.push(d);
        }
    }
    let mut attributes: Vec<Attribute> = Vec::new();
    let given = input.attributes.unwrap_or_default();
    let has_capabilities = given.iter().any(|a| {
        a.name
            .as_deref()
            .is_some_and(|n| n.contains(".capability."))
    });
    if !has_capabilities {
        for c in CAPABILITIES {
            attributes.push(attr(c, None));
        }
    }
    let zone = field("availabilityZone").unwrap_or_else(|| format!("{}a", r.region));
    set_attr(&mut attributes, attr("ecs.availability-zone", Some(zone)));
    set_attr(
        &mut attributes,
        attr(
            "ecs.instance-type",
            Some(field("instanceType").unwrap_or_else(|| "m5.large".into())),
        ),
    );
    if let Some(ami) = field("imageId") {
        set_attr(&mut attributes, attr("ecs.ami-id", Some(ami)));
    }
    set_attr(&mut attributes, attr("ecs.os-type", Some("linux".into())));
    set_attr(&mut attributes, attr("ecs.os-family", Some("LINUX".into())));
    set_attr(
        &mut attributes,
        attr("ecs.cpu-architecture", Some("x86_64".into())),
    );
    for a in given {
        super::attributes::check(&a)?;
        set_attr(
            &mut attributes,
            attr(a.name.as_deref().unwrap_or_default(), a.value),
        );
    }
    placement::sort_attributes(&mut attributes);
    let provider = attributes
        .iter()
        .find(|a| a.name.as_deref() == Some(PROVIDER_ATTRIBUTE))
        .and_then(|a| a.value.clone());
    if let Some(p) = &provider
        && !r.providers.contains_key(p)
    {
        return Err(invalid(format!(
            "The specified capacity provider '{p}' does not exist."
        )));
    }
    let id = existing.clone().unwrap_or_else(names::new_task_id);
    let arn = r.arn(&format!("container-instance/{cluster}/{id}"));
    let version = existing
        .as_ref()
        .and_then(|e| r.instances[e].instance.version)
        .unwrap_or(0)
        + 1;
    let instance = ContainerInstance {
        container_instance_arn: Some(arn),
        ec2_instance_id: Some(ec2_id),
        capacity_provider_name: provider,
        version: Some(version),
        version_info: Some(input.version_info.unwrap_or_default()),
        registered_resources: Some(resources),
        status: Some("ACTIVE".into()),
        agent_connected: Some(true),
        attributes: Some(attributes),
        registered_at: Some(Timestamp::from_millis(env.now)),
        attachments: Some(vec![]),
        tags: Some(input.tags.unwrap_or_default()),
        ..Default::default()
    };
    r.instances.insert(
        id.clone(),
        InstanceRec {
            instance,
            cluster: cluster.clone(),
            agent_update_at: None,
        },
    );
    r.touch(Dirty::Instance(id.clone()));
    reconcile_cluster(r, &cluster);
    Ok(RegisterContainerInstanceResponse {
        container_instance: Some(view(r, &id, env.now)),
    })
}

/// Asks the scheduler to look at every service of a cluster (capacity changed).
pub fn reconcile_cluster(r: &mut Region, cluster: &str) {
    let keys: Vec<(String, String)> = r
        .services
        .keys()
        .filter(|(c, _)| c == cluster)
        .cloned()
        .collect();
    r.reconcile.extend(keys);
}

/// The ids of the tasks placed on an instance that have not stopped.
pub fn tasks_on(r: &Region, cluster: &str, id: &str) -> Vec<String> {
    r.cluster_tasks
        .get(cluster)
        .into_iter()
        .flatten()
        .filter(|t| {
            let rec = &r.tasks[*t];
            rec.placed.as_ref().is_some_and(|p| p.instance == id)
                && rec.task.last_status.as_deref() != Some("STOPPED")
        })
        .cloned()
        .collect()
}

pub fn deregister(
    r: &mut Region,
    env: &Env,
    input: DeregisterContainerInstanceRequest,
) -> AwsResult<DeregisterContainerInstanceResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let given = input.container_instance.unwrap_or_default();
    let id = find(r, &cluster, &given)?
        .filter(|id| r.instances[id].instance.status.as_deref() != Some("INACTIVE"))
        .ok_or_else(|| invalid("The referenced container instance was not found."))?;
    let tasks = tasks_on(r, &cluster, &id);
    if !tasks.is_empty() && !input.force.unwrap_or(false) {
        return Err(invalid(
            "Found running tasks on the instance. Stop them, or deregister with force.",
        ));
    }
    for t in tasks {
        if let Some(mut rec) = r.tasks.remove(&t) {
            lifecycle::request_stop(
                &mut rec,
                env.now,
                "UserInitiated",
                "Container instance deregistration forced by user",
            );
            r.put_task(rec);
        }
    }
    let rec = r.instances.get_mut(&id).expect("exists");
    rec.instance.status = Some("INACTIVE".into());
    rec.instance.agent_connected = Some(false);
    rec.instance.version = Some(rec.instance.version.unwrap_or(0) + 1);
    r.touch(Dirty::Instance(id.clone()));
    reconcile_cluster(r, &cluster);
    Ok(DeregisterContainerInstanceResponse {
        container_instance: Some(view(r, &id, env.now)),
    })
}

/// The instances a request names, and MISSING failures for those it cannot find.
fn lookup(r: &Region, cluster: &str, refs: &[String]) -> AwsResult<(Vec<String>, Vec<Failure>)> {
    if refs.is_empty() {
        return Err(invalid("Container instances cannot be empty."));
    }
    if refs.len() > 100 {
        return Err(invalid("Container instances cannot be longer than 100."));
    }
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for given in refs {
        match find(r, cluster, given)? {
            Some(id) => found.push(id),
            None => failures.push(Failure {
                arn: Some(if given.starts_with("arn:") {
                    given.clone()
                } else {
                    r.arn(&format!("container-instance/{cluster}/{given}"))
                }),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok((found, failures))
}

pub fn describe(
    r: &Region,
    env: &Env,
    input: DescribeContainerInstancesRequest,
) -> AwsResult<DescribeContainerInstancesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let (found, failures) = lookup(r, &cluster, &input.container_instances.unwrap_or_default())?;
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    let instances = found
        .iter()
        .map(|id| {
            let mut i = view(r, id, env.now);
            if !tags {
                i.tags = None;
            }
            i
        })
        .collect();
    Ok(DescribeContainerInstancesResponse {
        container_instances: Some(instances),
        failures: Some(failures),
    })
}

pub fn list(
    r: &Region,
    input: ListContainerInstancesRequest,
) -> AwsResult<ListContainerInstancesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let filter =
        match input.filter.as_deref().filter(|f| !f.is_empty()) {
            Some(f) => Some(Query::parse(f).map_err(|why| {
                invalid(format!("The filter expression '{f}' is not valid: {why}."))
            })?),
            None => None,
        };
    let status = input.status.as_deref();
    let matching = r.instances.iter().filter_map(|(id, rec)| {
        let s = rec.instance.status.as_deref().unwrap_or_default();
        let keep = rec.cluster == cluster
            && match status {
                Some(want) => s == want,
                None => s != "INACTIVE",
            }
            && filter
                .as_ref()
                .is_none_or(|q| placement::matches(q, rec, r.usage.get(id)));
        keep.then(|| {
            (
                id.clone(),
                rec.instance
                    .container_instance_arn
                    .clone()
                    .unwrap_or_default(),
            )
        })
    });
    let (arns, next) = paging::page(matching, input.max_results, input.next_token.as_deref())?;
    Ok(ListContainerInstancesResponse {
        container_instance_arns: Some(arns),
        next_token: next,
    })
}

pub fn update_state(
    r: &mut Region,
    env: &Env,
    input: UpdateContainerInstancesStateRequest,
) -> AwsResult<UpdateContainerInstancesStateResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let status = input.status.unwrap_or_default();
    if status != "ACTIVE" && status != "DRAINING" {
        return Err(invalid(format!(
            "Container instance status {status} is not valid. Valid values are ACTIVE and DRAINING."
        )));
    }
    let (found, mut failures) =
        lookup(r, &cluster, &input.container_instances.unwrap_or_default())?;
    let mut out = Vec::new();
    for id in found {
        let rec = r.instances.get_mut(&id).expect("exists");
        if rec.instance.status.as_deref() == Some("INACTIVE") {
            failures.push(Failure {
                arn: rec.instance.container_instance_arn.clone(),
                reason: Some("INACTIVE".into()),
                detail: None,
            });
            continue;
        }
        if rec.instance.status.as_deref() != Some(status.as_str()) {
            rec.instance.status = Some(status.clone());
            rec.instance.version = Some(rec.instance.version.unwrap_or(0) + 1);
            r.touch(Dirty::Instance(id.clone()));
        }
        out.push(view(r, &id, env.now));
    }
    reconcile_cluster(r, &cluster);
    Ok(UpdateContainerInstancesStateResponse {
        container_instances: Some(out),
        failures: Some(failures),
    })
}

pub fn update_agent(
    r: &mut Region,
    env: &Env,
    input: UpdateContainerAgentRequest,
) -> AwsResult<UpdateContainerAgentResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let given = input.container_instance.unwrap_or_default();
    let id = find(r, &cluster, &given)?
        .ok_or_else(|| invalid("The referenced container instance was not found."))?;
    let current = view(r, &id, env.now);
    let version = current
        .version_info
        .as_ref()
        .and_then(|v| v.agent_version.clone())
        .filter(|v| !v.is_empty())
        .ok_or_else(|| {
            ErrorCode::MissingVersionException.with(
                "Amazon ECS can't determine the current version of the container agent on this container instance.",
            )
        })?;
    if current
        .agent_update_status
        .as_deref()
        .is_some_and(|s| s != "UPDATED" && s != "FAILED")
    {
        return Err(ErrorCode::UpdateInProgressException
            .with("An update is already in progress for this container instance."));
    }
    let parse = |v: &str| -> Vec<u64> {
        v.trim_start_matches('v')
            .split('.')
            .map(|p| p.parse().unwrap_or(0))
            .collect()
    };
    if parse(&version) >= parse(LATEST_AGENT) {
        return Err(ErrorCode::NoUpdateAvailableException
            .with("There is no update available for your container agent."));
    }
    let rec = r.instances.get_mut(&id).expect("exists");
    rec.agent_update_at = Some(env.now);
    if let Some(v) = rec.instance.version_info.as_mut() {
        v.agent_version = Some(version);
    }
    r.touch(Dirty::Instance(id.clone()));
    Ok(UpdateContainerAgentResponse {
        container_instance: Some(view(r, &id, env.now)),
    })
}
