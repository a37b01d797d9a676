//! Task placement's terms: what a task needs of an instance (CPU, memory, host ports,
//! attributes), the strategies and constraints checked as ECS checks them, an instance's
//! attributes and resources, and the host ports a placed task is given.
//!
//! It never starts a task, and never chooses among instances itself (`placer` does).

use super::api::*;
use super::fargate;
use super::query::{Facts, Query};
use super::state::{InstanceRec, Placed, Region, Usage};
use crate::error::{AwsError, AwsResult};

/// Ports ECS gives out for dynamic host port mappings (the agent's default range).
pub const EPHEMERAL: std::ops::RangeInclusive<i32> = 49153..=65535;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

/// What one task needs of an instance.
#[derive(Debug, Clone, Default)]
pub struct Demand {
    pub cpu: i64,
    pub memory: i64,
    /// Each port mapping: (container index, container port, static host port or 0, udp).
    pub mappings: Vec<(usize, i32, i32, bool)>,
    /// Attributes the task definition requires: (name, value if any).
    pub requires: Vec<(String, Option<String>)>,
}

/// What a task definition (with its overrides) needs on an EC2 instance.
pub fn demand(def: &TaskDefinition, overrides: &TaskOverride) -> Demand {
    let containers = def.container_definitions.as_deref().unwrap_or_default();
    let over = |name: &Option<String>| {
        overrides
            .container_overrides
            .iter()
            .flatten()
            .find(|o| o.name == *name)
    };
    let task_cpu = overrides
        .cpu
        .as_deref()
        .or(def.cpu.as_deref())
        .and_then(fargate::parse_cpu);
    let task_mem = overrides
        .memory
        .as_deref()
        .or(def.memory.as_deref())
        .and_then(fargate::parse_memory);
    let cpu = task_cpu.map(i64::from).unwrap_or_else(|| {
        containers
            .iter()
            .map(|c| over(&c.name).and_then(|o| o.cpu).or(c.cpu).unwrap_or(0) as i64)
            .sum()
    });
    let memory = task_mem.map(i64::from).unwrap_or_else(|| {
        containers
            .iter()
            .map(|c| {
                let o = over(&c.name);
                o.and_then(|o| o.memory_reservation.or(o.memory))
                    .or(c.memory_reservation)
                    .or(c.memory)
                    .unwrap_or(0) as i64
            })
            .sum()
    });
    let mode = def.network_mode.as_deref().unwrap_or("bridge");
    let mut mappings = Vec::new();
    if mode == "bridge" || mode == "host" {
        for (i, c) in containers.iter().enumerate() {
            for pm in c.port_mappings.iter().flatten() {
                let container_port = pm.container_port.unwrap_or(0);
                let host = if mode == "host" {
                    container_port
                } else {
                    pm.host_port.unwrap_or(0)
                };
                let udp = pm.protocol.as_deref() == Some("udp");
                mappings.push((i, container_port, host, udp));
            }
        }
    }
    let requires = def
        .requires_attributes
        .iter()
        .flatten()
        .filter_map(|a| Some((a.name.clone()?, a.value.clone())))
        .collect();
    Demand {
        cpu,
        memory,
        mappings,
        requires,
    }
}

/// How tasks are to be placed: strategies, constraints and the task group.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub strategies: Vec<(String, String)>,
    pub member_of: Vec<Query>,
    pub distinct: bool,
    pub group: String,
    /// Only instances of this capacity provider (an Auto Scaling group provider).
    pub provider: Option<String>,
}

/// Checks strategies and constraints as ECS does and prepares them for placement.
pub fn rules(
    strategies: &[PlacementStrategy],
    constraints: &[PlacementConstraint],
    group: &str,
) -> AwsResult<Rules> {
    if strategies.len() > 5 {
        return Err(invalid(
            "The number of placement strategies must be less than or equal to 5.",
        ));
    }
    if constraints.len() > 10 {
        return Err(invalid(
            "The number of placement constraints must be less than or equal to 10.",
        ));
    }
    let mut out = Rules {
        group: group.to_string(),
        ..Default::default()
    };
    for s in strategies {
        let kind = s.r#type.as_deref().unwrap_or_default();
        let field = s.field.clone().unwrap_or_default();
        let field = match kind {
            "random" => String::new(),
            "binpack" => match field.to_ascii_lowercase().as_str() {
                "cpu" | "memory" => field.to_ascii_lowercase(),
                _ => {
                    return Err(invalid(format!(
                        "Invalid placement strategy field '{field}' for binpack. Valid values are cpu and memory."
                    )));
                }
            },
            "spread" => {
                if field.is_empty() {
                    return Err(invalid("Field is required for spread placement strategy."));
                }
                match field.as_str() {
                    "host" | "instanceId" => "instanceId".to_string(),
                    f if f.starts_with("attribute:") && f.len() > 10 => f.to_string(),
                    _ => {
                        return Err(invalid(format!(
                            "Invalid placement strategy field '{field}' for spread. Valid values are instanceId, host and attribute:<name>."
                        )));
                    }
                }
            }
            _ => {
                return Err(invalid(format!(
                    "Invalid placement strategy type '{kind}'."
                )));
            }
        };
        out.strategies.push((kind.to_string(), field));
    }
    for c in constraints {
        let expression = c.expression.as_deref().unwrap_or_default();
        match c.r#type.as_deref().unwrap_or_default() {
            "distinctInstance" => {
                if !expression.is_empty() {
                    return Err(invalid(
                        "An expression cannot be specified for the distinctInstance placement constraint.",
                    ));
                }
                out.distinct = true;
            }
            "memberOf" => {
                let q = Query::parse(expression).map_err(|why| {
                    invalid(format!(
                        "The placement constraint expression '{expression}' is not valid: {why}."
                    ))
                })?;
                out.member_of.push(q);
            }
            other => {
                return Err(invalid(format!(
                    "Invalid placement constraint type '{other}'."
                )));
            }
        }
    }
    Ok(out)
}

/// A resource of a container instance's registration.
pub fn resource<'a>(rec: &'a InstanceRec, name: &str) -> Option<&'a Resource> {
    rec.instance
        .registered_resources
        .iter()
        .flatten()
        .find(|r| r.name.as_deref() == Some(name))
}

pub fn integer(rec: &InstanceRec, name: &str) -> i64 {
    resource(rec, name)
        .and_then(|r| r.integer_value.map(i64::from).or(r.long_value))
        .unwrap_or(0)
}

pub fn reserved(rec: &InstanceRec, name: &str, port: i32) -> bool {
    resource(rec, name).is_some_and(|r| {
        r.string_set_value
            .iter()
            .flatten()
            .any(|p| p.parse() == Ok(port))
    })
}

/// Sorts attributes by name, the order `attribute` relies on.
pub fn sort_attributes(attrs: &mut [Attribute]) {
    attrs.sort_by(|a, b| {
        a.name
            .as_deref()
            .unwrap_or("")
            .cmp(b.name.as_deref().unwrap_or(""))
    });
}

/// A container instance's attribute value ("" for attributes without a value); the
/// attributes are kept sorted by name.
pub fn attribute_ref<'a>(rec: &'a InstanceRec, name: &str) -> Option<&'a str> {
    let attrs = rec.instance.attributes.as_deref().unwrap_or_default();
    attrs
        .binary_search_by(|a| a.name.as_deref().unwrap_or("").cmp(name))
        .ok()
        .map(|i| attrs[i].value.as_deref().unwrap_or(""))
}

/// `attribute_ref`, owned.
pub fn attribute(rec: &InstanceRec, name: &str) -> Option<String> {
    attribute_ref(rec, name).map(str::to_string)
}

/// Evaluates an expression against one instance.
pub fn matches(q: &Query, rec: &InstanceRec, usage: Option<&Usage>) -> bool {
    let attr = |name: &str| attribute(rec, name);
    let groups =
        |test: &dyn Fn(&str) -> bool| usage.is_some_and(|u| u.groups.keys().any(|g| test(g)));
    let i = &rec.instance;
    q.matches(&Facts {
        attribute: &attr,
        agent_connected: i.agent_connected.unwrap_or(true),
        agent_version: i
            .version_info
            .as_ref()
            .and_then(|v| v.agent_version.as_deref())
            .unwrap_or_default(),
        ec2_instance_id: i.ec2_instance_id.as_deref().unwrap_or_default(),
        registered_at_ms: i.registered_at.map(|t| t.millis()).unwrap_or(0),
        running_tasks: usage.map_or(0, |u| u.running as i64),
        groups: &groups,
    })
}

/// What a task placed on `instance` holds, with the host ports it was given; the bindings
/// are (container index, binding).
pub fn hold(r: &Region, instance: &str, d: &Demand) -> (Placed, Vec<(usize, NetworkBinding)>) {
    let rec = &r.instances[instance];
    let u = r.usage.get(instance);
    let mut placed = Placed {
        instance: instance.to_string(),
        cpu: d.cpu,
        memory: d.memory,
        ..Default::default()
    };
    let mut bindings = Vec::new();
    for (i, container_port, host, udp) in &d.mappings {
        let taken = |p: i32, placed: &Placed| {
            let (name, used, mine) = if *udp {
                ("PORTS_UDP", u.map(|u| &u.udp), &placed.udp)
            } else {
                ("PORTS", u.map(|u| &u.tcp), &placed.tcp)
            };
            reserved(rec, name, p) || used.is_some_and(|s| s.contains(&p)) || mine.contains(&p)
        };
        let port = if *host != 0 {
            *host
        } else {
            EPHEMERAL
                .clone()
                .find(|p| !taken(*p, &placed))
                .unwrap_or(*EPHEMERAL.end())
        };
        if *udp {
            placed.udp.push(port);
        } else {
            placed.tcp.push(port);
        }
        bindings.push((
            *i,
            NetworkBinding {
                bind_ip: Some("0.0.0.0".into()),
                container_port: Some(*container_port),
                host_port: Some(port),
                protocol: Some(if *udp { "udp" } else { "tcp" }.into()),
                ..Default::default()
            },
        ));
    }
    (placed, bindings)
}
