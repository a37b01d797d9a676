//! The configuration of an Express service: Express Mode's defaults (1 vCPU, 2 GiB,
//! X86_64, port 80, `/ping`, awslogs, 1 to 20 tasks, the region's default network), the
//! name made from an image, and the task definition registered from the primary container.
//!
//! It never creates or changes the service: `express.rs` does.

use super::api::*;
use super::state::Region;
use super::{ingress, task_definition};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

const CPU: &str = "1024";
const MEMORY: &str = "2048";
const PORT: i32 = 80;
const HEALTH_CHECK_PATH: &str = "/ping";
pub(super) const MIN_TASKS: i32 = 1;
pub(super) const MAX_TASKS: i32 = 20;
const CONTAINER: &str = "main";

/// Stable stand-ins for the default VPC's subnets and security group of a region.
fn default_network(r: &Region) -> ExpressGatewayServiceNetworkConfiguration {
    let seed: u64 = format!("{}{}", r.account, r.region)
        .bytes()
        .fold(1469598103934665603, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(1099511628211)
        });
    ExpressGatewayServiceNetworkConfiguration {
        subnets: Some(
            (0..2u64)
                .map(|i| format!("subnet-{:017x}", seed.wrapping_add(i)))
                .collect(),
        ),
        security_groups: Some(vec![format!("sg-{:017x}", seed.rotate_left(7))]),
    }
}

/// A service name from an image reference: its repository's last segment and a suffix.
pub(super) fn name_from_image(image: &str) -> String {
    let path = image.split(['@']).next().unwrap_or(image);
    let last = path.rsplit('/').next().unwrap_or(path);
    let repo = last.split(':').next().unwrap_or(last);
    let mut base: String = repo
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .take(200)
        .collect();
    if base.trim_matches('-').is_empty() {
        base = "express".into();
    }
    format!("{}-{}", base.trim_matches('-'), ingress::hex(4))
}

pub(super) fn check_scaling(t: &ExpressGatewayScalingTarget) -> AwsResult<()> {
    let (min, max) = (
        t.min_task_count.unwrap_or(MIN_TASKS),
        t.max_task_count.unwrap_or(MAX_TASKS),
    );
    if min < 0 || max < 1 || min > max {
        return Err(invalid(format!(
            "minTaskCount ({min}) must be between 0 and maxTaskCount ({max}), and maxTaskCount at least 1."
        )));
    }
    if t.auto_scaling_target_value.is_some_and(|v| v < 1) {
        return Err(invalid("autoScalingTargetValue must be at least 1."));
    }
    Ok(())
}

/// Fills Express Mode's defaults into a configuration.
pub(super) fn with_defaults(
    mut c: ExpressGatewayServiceConfiguration,
    r: &Region,
    cluster: &str,
    name: &str,
) -> ExpressGatewayServiceConfiguration {
    c.cpu.get_or_insert_with(|| CPU.into());
    c.memory.get_or_insert_with(|| MEMORY.into());
    c.cpu_architecture.get_or_insert_with(|| "X86_64".into());
    c.health_check_path
        .get_or_insert_with(|| HEALTH_CHECK_PATH.into());
    if c.network_configuration
        .as_ref()
        .is_none_or(|n| n.subnets.as_deref().unwrap_or_default().is_empty())
    {
        let mut n = c.network_configuration.take().unwrap_or_default();
        n.subnets = default_network(r).subnets;
        if n.security_groups.as_deref().unwrap_or_default().is_empty() {
            n.security_groups = default_network(r).security_groups;
        }
        c.network_configuration = Some(n);
    }
    if let Some(p) = c.primary_container.as_mut() {
        p.container_port.get_or_insert(PORT);
        p.aws_logs_configuration
            .get_or_insert_with(|| ExpressGatewayServiceAwsLogsConfiguration {
                log_group: Some(format!("/aws/ecs/{cluster}/{name}")),
                log_stream_prefix: Some("ecs".into()),
            });
    }
    let s = c.scaling_target.get_or_insert_with(Default::default);
    s.min_task_count.get_or_insert(MIN_TASKS);
    s.max_task_count.get_or_insert(MAX_TASKS);
    s.auto_scaling_metric
        .get_or_insert_with(|| "AVERAGE_CPU".into());
    s.auto_scaling_target_value.get_or_insert(60);
    c
}

/// Registers the task definition a configuration runs, unless it names its own (whose sizes
/// it then shows); sets the configuration's `taskDefinitionArn`.
pub(super) fn task_definition_for(
    r: &mut Region,
    now: Timestamp,
    family: &str,
    c: &mut ExpressGatewayServiceConfiguration,
) -> AwsResult<String> {
    if let Some(arn) = &c.task_definition_arn {
        let def = task_definition::for_new_tasks(r, arn)?.def.clone();
        if def.network_mode.as_deref() != Some("awsvpc") {
            return Err(invalid(
                "The task definition of an Express service must use the awsvpc network mode.",
            ));
        }
        c.cpu = def.cpu.or(c.cpu.take());
        c.memory = def.memory.or(c.memory.take());
        c.task_definition_arn = def.task_definition_arn;
        return Ok(c.task_definition_arn.clone().unwrap_or_default());
    }
    let Some(p) = &c.primary_container else {
        return Err(invalid(
            "Either primaryContainer or taskDefinitionArn must be specified.",
        ));
    };
    if c.execution_role_arn.is_none() {
        return Err(invalid(
            "executionRoleArn must be specified with a primaryContainer.",
        ));
    }
    let (cpu, memory) = (
        c.cpu.as_deref().unwrap_or(CPU),
        c.memory.as_deref().unwrap_or(MEMORY),
    );
    if !super::fargate::valid(cpu.parse().unwrap_or(0), memory.parse().unwrap_or(0)) {
        return Err(invalid(format!(
            "No Fargate configuration exists for given values: {cpu} CPU, {memory} memory."
        )));
    }
    let port = p.container_port.unwrap_or(PORT);
    if !(1..=65535).contains(&port) {
        return Err(invalid("containerPort must be between 1 and 65535."));
    }
    let logs = p.aws_logs_configuration.clone().unwrap_or_default();
    let options = [
        ("awslogs-group", logs.log_group),
        ("awslogs-stream-prefix", logs.log_stream_prefix),
        ("awslogs-region", Some(r.region.clone())),
        ("awslogs-create-group", Some("true".into())),
    ]
    .into_iter()
    .filter_map(|(k, v)| Some((k.to_string(), v?)))
    .collect();
    let container = ContainerDefinition {
        name: Some(CONTAINER.into()),
        image: p.image.clone(),
        essential: Some(true),
        command: p.command.clone(),
        environment: p.environment.clone(),
        secrets: p.secrets.clone(),
        repository_credentials: p
            .repository_credentials
            .as_ref()
            .map(|c| RepositoryCredentials {
                credentials_parameter: c.credentials_parameter.clone(),
            }),
        port_mappings: Some(vec![PortMapping {
            container_port: Some(port),
            protocol: Some("tcp".into()),
            name: Some(format!("{CONTAINER}-{port}")),
            app_protocol: Some("http".into()),
            ..Default::default()
        }]),
        log_configuration: Some(LogConfiguration {
            log_driver: Some("awslogs".into()),
            options: Some(options),
            secret_options: None,
        }),
        ..Default::default()
    };
    let out = task_definition::register(
        r,
        now,
        RegisterTaskDefinitionRequest {
            family: Some(family.to_string()),
            container_definitions: Some(vec![container]),
            cpu: c.cpu.clone(),
            memory: c.memory.clone(),
            network_mode: Some("awsvpc".into()),
            requires_compatibilities: Some(vec!["FARGATE".into()]),
            runtime_platform: Some(RuntimePlatform {
                cpu_architecture: c.cpu_architecture.clone(),
                operating_system_family: Some("LINUX".into()),
            }),
            execution_role_arn: c.execution_role_arn.clone(),
            task_role_arn: c.task_role_arn.clone(),
            ..Default::default()
        },
    )?;
    c.task_definition_arn = out.task_definition.and_then(|d| d.task_definition_arn);
    Ok(c.task_definition_arn.clone().unwrap_or_default())
}

pub(super) fn network(c: &ExpressGatewayServiceConfiguration) -> NetworkConfiguration {
    let n = c.network_configuration.clone().unwrap_or_default();
    NetworkConfiguration {
        awsvpc_configuration: Some(AwsVpcConfiguration {
            subnets: n.subnets,
            security_groups: n.security_groups,
            assign_public_ip: Some("ENABLED".into()),
        }),
    }
}

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}
