//! A task's life as ECS reports it: PROVISIONING → PENDING → ACTIVATING → RUNNING, then
//! DEACTIVATING → STOPPING → DEPROVISIONING → STOPPED (tasks without awsvpc skip the
//! PROVISIONING/ACTIVATING/DEACTIVATING/DEPROVISIONING phases), each phase one runtime
//! step after the last, with its timestamps set as it is reached.
//!
//! It never decides that a task should stop: callers (StopTask, the scheduler, failure
//! injection) do; it carries the decision out phase by phase.

use super::api::*;
use super::names;
use super::state::{Region, TaskRec};
use crate::runtime::{ContainerSpec, LaunchSpec, Outcome, Runtime};
use crate::types::Timestamp;

/// What launching needs to know besides the region.
pub struct Env<'a> {
    pub now: i64,
    pub runtime: &'a dyn Runtime,
}

/// How long a STOPPED task stays describable (AWS keeps them about an hour).
pub const RETENTION_MS: i64 = 3_600_000;

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

fn awsvpc(rec: &TaskRec) -> bool {
    rec.task.attachments.as_deref().is_some_and(|a| {
        a.iter()
            .any(|x| x.r#type.as_deref() == Some("ElasticNetworkInterface"))
    })
}

/// Everything a new task is made of.
pub struct NewTask {
    pub cluster: String,
    pub definition: TaskDefinition,
    pub launch_type: String,
    pub capacity_provider: Option<String>,
    pub network: Option<AwsVpcConfiguration>,
    pub overrides: TaskOverride,
    pub group: String,
    pub started_by: Option<String>,
    pub tags: Vec<Tag>,
    pub service: Option<String>,
    pub deployment: Option<String>,
    pub enable_execute_command: bool,
    pub platform_version: Option<String>,
    /// The container instance an EC2 task was placed on.
    pub on: Option<OnInstance>,
}

/// Where placement put an EC2 task: what it holds, and the host ports each container got.
pub struct OnInstance {
    pub placed: super::state::Placed,
    pub arn: String,
    pub zone: String,
    /// (container index, binding).
    pub bindings: Vec<(usize, NetworkBinding)>,
}

/// A subnet's /20 inside 10.0.0.0/8, the same for the same subnet id.
fn subnet_base(subnet: &str) -> u32 {
    let h = subnet.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ b as u64).wrapping_mul(0x0100_0000_01b3)
    });
    (10 << 24) | (((h >> 8) as u32 & 0xfff) << 12)
}

fn dotted(ip: u32) -> String {
    format!(
        "{}.{}.{}.{}",
        ip >> 24,
        (ip >> 16) & 255,
        (ip >> 8) & 255,
        ip & 255
    )
}

/// The lowest free address of a subnet (AWS reserves the first four and the last).
fn allocate(r: &mut Region, subnet: &str) -> u32 {
    let base = subnet_base(subnet);
    let used = r.ips.entry(subnet.to_string()).or_default();
    let ip = (base + 4..base + 4095)
        .find(|ip| !used.contains(ip))
        .unwrap_or(base + 4);
    used.insert(ip);
    ip
}

fn zone(region: &str, subnet: &str) -> String {
    let letter = (b'a' + (subnet_base(subnet) >> 12) as u8 % 3) as char;
    format!("{region}{letter}")
}

fn detail(name: &str, value: String) -> KeyValuePair {
    KeyValuePair {
        name: Some(name.into()),
        value: Some(value),
    }
}

/// Creates a task in its first phase and asks the runtime to launch it.
pub fn start(r: &mut Region, env: &Env, new: NewTask) -> Task {
    let id = names::new_task_id();
    let arn = r.arn(&format!("task/{}/{id}", new.cluster));
    let def = &new.definition;
    let (mut attachments, mut ip, mut az) = (Vec::new(), None, format!("{}a", r.region));
    let mut interfaces = Vec::new();
    if let Some(net) = &new.network {
        let subnet = net
            .subnets
            .as_deref()
            .unwrap_or_default()
            .first()
            .cloned()
            .unwrap_or_default();
        let addr = allocate(r, &subnet);
        let attachment_id = names::uuid();
        let dns = if r.region == "us-east-1" {
            format!("ip-{}.ec2.internal", dotted(addr).replace('.', "-"))
        } else {
            format!(
                "ip-{}.{}.compute.internal",
                dotted(addr).replace('.', "-"),
                r.region
            )
        };
        attachments.push(Attachment {
            id: Some(attachment_id.clone()),
            r#type: Some("ElasticNetworkInterface".into()),
            status: Some("PRECREATED".into()),
            details: Some(vec![
                detail("subnetId", subnet.clone()),
                detail(
                    "networkInterfaceId",
                    format!("eni-{:017x}", fastrand::u128(..) >> 60),
                ),
                detail(
                    "macAddress",
                    format!(
                        "0e:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}",
                        fastrand::u8(..),
                        fastrand::u8(..),
                        fastrand::u8(..),
                        fastrand::u8(..),
                        fastrand::u8(..)
                    ),
                ),
                detail("privateDnsName", dns),
                detail("privateIPv4Address", dotted(addr)),
            ]),
        });
        interfaces.push(NetworkInterface {
            attachment_id: Some(attachment_id),
            private_ipv4_address: Some(dotted(addr)),
            ipv6_address: None,
        });
        az = zone(&r.region, &subnet);
        ip = Some((subnet, addr));
    }
    if let Some(on) = &new.on {
        az = on.zone.clone();
    }
    let overrides = &new.overrides;
    let containers: Vec<Container> = def
        .container_definitions
        .as_deref()
        .unwrap_or_default()
        .iter()
        .enumerate()
        .map(|(i, c)| Container {
            container_arn: Some(r.arn(&format!(
                "container/{}/{id}/{}",
                new.cluster,
                names::uuid()
            ))),
            task_arn: Some(arn.clone()),
            name: c.name.clone(),
            image: c.image.clone(),
            last_status: Some("PENDING".into()),
            network_interfaces: Some(interfaces.clone()),
            network_bindings: Some(
                new.on
                    .iter()
                    .flat_map(|o| &o.bindings)
                    .filter(|(k, _)| *k == i)
                    .map(|(_, b)| b.clone())
                    .collect(),
            ),
            health_status: Some("UNKNOWN".into()),
            cpu: Some(c.cpu.unwrap_or(0).to_string()),
            memory: c.memory.map(|m| m.to_string()),
            memory_reservation: c.memory_reservation.map(|m| m.to_string()),
            ..Default::default()
        })
        .collect();
    let spec = LaunchSpec {
        task_arn: arn.clone(),
        task_definition: format!(
            "{}:{}",
            def.family.as_deref().unwrap_or_default(),
            def.revision.unwrap_or(0)
        ),
        containers: def
            .container_definitions
            .as_deref()
            .unwrap_or_default()
            .iter()
            .map(|c| ContainerSpec {
                name: c.name.clone().unwrap_or_default(),
                image: c.image.clone().unwrap_or_default(),
                essential: c.essential.unwrap_or(true),
            })
            .collect(),
    };
    let launch = env.runtime.launch(&spec);
    let fargate = new.launch_type == "FARGATE";
    let task = Task {
        attachments: Some(attachments),
        attributes: Some(vec![Attribute {
            name: Some("ecs.cpu-architecture".into()),
            value: Some("x86_64".into()),
            ..Default::default()
        }]),
        availability_zone: Some(az),
        capacity_provider_name: new.capacity_provider.clone(),
        cluster_arn: Some(r.arn(&format!("cluster/{}", new.cluster))),
        container_instance_arn: new.on.as_ref().map(|o| o.arn.clone()),
        connectivity: None,
        containers: Some(containers),
        cpu: overrides.cpu.clone().or(def.cpu.clone()),
        created_at: ts(env.now),
        desired_status: Some("RUNNING".into()),
        enable_execute_command: Some(new.enable_execute_command),
        group: Some(new.group),
        health_status: Some("UNKNOWN".into()),
        last_status: Some(
            if ip.is_some() {
                "PROVISIONING"
            } else {
                "PENDING"
            }
            .into(),
        ),
        launch_type: Some(new.launch_type.clone()),
        memory: overrides.memory.clone().or(def.memory.clone()),
        overrides: Some(new.overrides),
        platform_version: if fargate {
            Some(match new.platform_version.as_deref() {
                None | Some("LATEST") => "1.4.0".to_string(),
                Some(v) => v.to_string(),
            })
        } else {
            None
        },
        platform_family: fargate.then(|| "Linux".to_string()),
        started_by: new.started_by,
        tags: Some(new.tags),
        task_arn: Some(arn),
        task_definition_arn: def.task_definition_arn.clone(),
        version: Some(1),
        ephemeral_storage: fargate.then_some(EphemeralStorage {
            size_in_gi_b: Some(20),
        }),
        fargate_ephemeral_storage: fargate.then_some(TaskEphemeralStorage {
            size_in_gi_b: Some(20),
            kms_key_id: None,
        }),
        ..Default::default()
    };
    let step = launch.step.as_millis() as i64;
    let rec = TaskRec {
        task: task.clone(),
        cluster: new.cluster,
        service: new.service,
        deployment: new.deployment,
        due: Some(env.now + step),
        step_ms: step,
        fail_to_start: match launch.outcome {
            Outcome::Runs => None,
            Outcome::FailsToStart(reason) => Some(reason),
        },
        ip,
        expires: None,
        counted: false,
        protected_until: None,
        placed: new.on.map(|o| o.placed),
        waiting: None,
        json: None,
    };
    r.put_task(rec);
    task
}

fn set_containers(t: &mut Task, status: &str, exit: Option<i32>, reason: Option<&str>) {
    for c in t.containers.iter_mut().flatten() {
        if c.last_status.as_deref() == Some("STOPPED") {
            continue;
        }
        c.last_status = Some(status.into());
        if status == "RUNNING" {
            c.runtime_id.get_or_insert_with(|| {
                format!("{:032x}-{}", fastrand::u128(..), fastrand::u32(..))
            });
        }
        if status == "STOPPED" {
            c.exit_code = c.exit_code.or(exit);
            if let Some(r) = reason {
                c.reason.get_or_insert_with(|| r.to_string());
            }
        }
    }
}

fn set_attachment(t: &mut Task, status: &str) {
    for a in t.attachments.iter_mut().flatten() {
        a.status = Some(status.into());
    }
}

/// Asks a task to stop from `at`: it leaves its current phase on the stop path.
pub fn request_stop(rec: &mut TaskRec, at: i64, code: &str, reason: &str) {
    let t = &mut rec.task;
    if t.desired_status.as_deref() == Some("STOPPED") {
        return;
    }
    t.desired_status = Some("STOPPED".into());
    t.stop_code = Some(code.into());
    t.stopped_reason = Some(reason.into());
    t.stopping_at = ts(at);
    t.version = Some(t.version.unwrap_or(0) + 1);
    rec.due = Some(at.max(0));
}

/// Moves one task to its next phase at time `at`; returns true when it changed.
pub fn advance(r: &mut Region, id: &str, at: i64) -> bool {
    let Some(mut rec) = r.tasks.remove(id) else {
        return false;
    };
    let vpc = awsvpc(&rec);
    let step = rec.step_ms;
    let stopping = rec.task.desired_status.as_deref() == Some("STOPPED");
    // A task that waited for capacity in vain.
    if rec.waiting.take().is_some() && !stopping {
        let reason = super::provisioning::NO_CAPACITY;
        request_stop(&mut rec, at, "TaskFailedToStart", reason);
        set_containers(&mut rec.task, "STOPPED", None, Some(reason));
    }
    let current = rec.task.last_status.clone().unwrap_or_default();
    if !stopping
        && current == "PENDING"
        && let Some(reason) = rec.fail_to_start.take()
    {
        request_stop(&mut rec, at, "TaskFailedToStart", &reason);
        set_containers(&mut rec.task, "STOPPED", None, Some(&reason));
    }
    let stopping = rec.task.desired_status.as_deref() == Some("STOPPED");
    let t = &mut rec.task;
    let next = if stopping {
        match current.as_str() {
            "RUNNING" | "ACTIVATING" if vpc => "DEACTIVATING",
            "PROVISIONING" | "PENDING" | "RUNNING" | "ACTIVATING" if !vpc => "STOPPING",
            "PROVISIONING" | "PENDING" => "DEPROVISIONING",
            "DEACTIVATING" => "STOPPING",
            "STOPPING" if vpc => "DEPROVISIONING",
            "STOPPING" | "DEPROVISIONING" => "STOPPED",
            _ => "",
        }
    } else {
        match current.as_str() {
            "PROVISIONING" => "PENDING",
            "PENDING" if vpc => "ACTIVATING",
            "PENDING" | "ACTIVATING" => "RUNNING",
            _ => "",
        }
    };
    if next.is_empty() {
        rec.due = None;
        r.put_task(rec);
        return false;
    }
    match next {
        "PENDING" => {
            set_attachment(t, "ATTACHED");
            t.connectivity = Some("CONNECTED".into());
            t.connectivity_at = ts(at);
            t.pull_started_at = ts(at);
        }
        "ACTIVATING" => t.pull_stopped_at = ts(at),
        "RUNNING" => {
            t.pull_stopped_at.get_or_insert(Timestamp::from_millis(at));
            t.started_at = ts(at);
            set_containers(t, "RUNNING", None, None);
        }
        "STOPPING" => {
            t.stopping_at.get_or_insert(Timestamp::from_millis(at));
            t.execution_stopped_at = ts(at);
            set_containers(t, "STOPPED", Some(0), None);
        }
        "DEPROVISIONING" => set_attachment(t, "DETACHED"),
        "STOPPED" => {
            t.stopped_at = ts(at);
            t.execution_stopped_at
                .get_or_insert(Timestamp::from_millis(at));
            set_containers(t, "STOPPED", Some(0), None);
            set_attachment(t, "DELETED");
            t.connectivity = Some("DISCONNECTED".into());
            rec.expires = Some(at + RETENTION_MS);
        }
        _ => {}
    }
    let t = &mut rec.task;
    t.last_status = Some(next.into());
    t.version = Some(t.version.unwrap_or(0) + 1);
    rec.due = match next {
        "RUNNING" => None,
        "STOPPED" => rec.expires,
        _ => Some(at + step),
    };
    super::registries::on_phase(r, &rec, &current, next);
    if next == "STOPPED"
        && let Some((subnet, ip)) = rec.ip.take()
    {
        r.release_ip(&subnet, ip);
    }
    r.put_task(rec);
    true
}

/// Makes a running task's container exit with `code` at `at` (failure injection and the
/// Docker runtime's reports): an essential container's exit stops the task.
pub fn container_exited(
    r: &mut Region,
    id: &str,
    container: Option<&str>,
    code: i32,
    at: i64,
) -> bool {
    let Some(mut rec) = r.tasks.remove(id) else {
        return false;
    };
    let essential: Vec<String> = essential_containers(r, &rec);
    let mut essential_exit = false;
    let names: Vec<String> = rec
        .task
        .containers
        .iter()
        .flatten()
        .filter(|c| container.is_none_or(|n| c.name.as_deref() == Some(n)))
        .filter_map(|c| c.name.clone())
        .collect();
    for c in rec.task.containers.iter_mut().flatten() {
        if c.name.as_ref().is_some_and(|n| names.contains(n)) {
            c.exit_code = Some(code);
            c.last_status = Some("STOPPED".into());
            essential_exit |= essential.contains(n_or_empty(&c.name));
        }
    }
    if essential_exit && rec.task.desired_status.as_deref() != Some("STOPPED") {
        request_stop(
            &mut rec,
            at,
            "EssentialContainerExited",
            "Essential container in task exited",
        );
    }
    r.put_task(rec);
    essential_exit
}

fn n_or_empty(name: &Option<String>) -> &String {
    static EMPTY: String = String::new();
    name.as_ref().unwrap_or(&EMPTY)
}

/// The names of a task's essential containers, from its task definition.
fn essential_containers(r: &Region, rec: &TaskRec) -> Vec<String> {
    let arn = rec.task.task_definition_arn.as_deref().unwrap_or_default();
    let tail = arn.rsplit('/').next().unwrap_or_default();
    let Some((family, rev)) = tail.rsplit_once(':') else {
        return vec![];
    };
    let rev: usize = rev.parse().unwrap_or(0);
    r.families
        .get(family)
        .and_then(|revs| revs.get(rev.wrapping_sub(1)))
        .map(|d| {
            d.def
                .container_definitions
                .iter()
                .flatten()
                .filter(|c| c.essential.unwrap_or(true))
                .filter_map(|c| c.name.clone())
                .collect()
        })
        .unwrap_or_default()
}
