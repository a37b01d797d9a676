//! Express services: CreateExpressGatewayService, UpdateExpressGatewayService,
//! DeleteExpressGatewayService, DescribeExpressGatewayService. An Express service is a real
//! ECS service (Fargate, awsvpc, `resourceManagementType` ECS) running a task definition
//! made from its primary container, with Express Mode's defaults (the `default` cluster,
//! 1 vCPU, 2 GiB, port 80, `/ping`, one task minimum); each update registers a new revision
//! and deploys it through the scheduler.
//!
//! It never scales on metrics (Dockside has none: the service runs `minTaskCount` tasks),
//! and its ingress path is a name, because Dockside does not emulate ELBv2 yet.

use super::api::*;
use super::ingress::{self, ExpressRec};
use super::state::Region;
use super::{cluster, gateways, names, service, task_definition};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

const CPU: &str = "1024";
const MEMORY: &str = "2048";
const PORT: i32 = 80;
const HEALTH_CHECK_PATH: &str = "/ping";
const MIN_TASKS: i32 = 1;
const MAX_TASKS: i32 = 20;
const CONTAINER: &str = "main";

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

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
fn name_from_image(image: &str) -> String {
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

fn check_scaling(t: &ExpressGatewayScalingTarget) -> AwsResult<()> {
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
fn with_defaults(
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
fn task_definition_for(
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

fn network(c: &ExpressGatewayServiceConfiguration) -> NetworkConfiguration {
    let n = c.network_configuration.clone().unwrap_or_default();
    NetworkConfiguration {
        awsvpc_configuration: Some(AwsVpcConfiguration {
            subnets: n.subnets,
            security_groups: n.security_groups,
            assign_public_ip: Some("ENABLED".into()),
        }),
    }
}

/// The cluster an Express service goes to; `default` is created when missing.
fn cluster_for(r: &mut Region, given: Option<&str>) -> AwsResult<String> {
    let name = names::cluster(given, &r.account, &r.region)?;
    let active = r
        .clusters
        .get(&name)
        .is_some_and(|c| c.cluster.status.as_deref() == Some("ACTIVE"));
    if name == "default" && !active {
        cluster::create(
            r,
            CreateClusterRequest {
                cluster_name: Some(name.clone()),
                capacity_providers: Some(vec!["FARGATE".into()]),
                default_capacity_provider_strategy: Some(vec![CapacityProviderStrategyItem {
                    capacity_provider: Some("FARGATE".into()),
                    weight: Some(1),
                    base: Some(0),
                }]),
                ..Default::default()
            },
        )?;
    }
    cluster::active(r, Some(&name))
}

fn status(r: &Region, x: &ExpressRec) -> ExpressGatewayServiceStatus {
    let s = r
        .services
        .get(&(x.cluster.clone(), x.service.clone()))
        .and_then(|s| s.service.status.clone())
        .unwrap_or_else(|| "INACTIVE".into());
    ExpressGatewayServiceStatus {
        status_code: Some(s),
        status_reason: None,
    }
}

/// The service revision that deployed a configuration's task definition, if one did.
fn revision_of(r: &Region, service_arn: &str, def: &str) -> Option<String> {
    r.revisions
        .values()
        .map(|x| &x.revision)
        .filter(|v| v.service_arn.as_deref() == Some(service_arn))
        .filter(|v| v.task_definition.as_deref() == Some(def))
        .max_by_key(|v| v.created_at.map(|t| t.millis()))
        .and_then(|v| v.service_revision_arn.clone())
}

/// The Express service as DescribeExpressGatewayService shows it.
fn describe_one(r: &Region, key: &str, tags: bool) -> ECSExpressGatewayService {
    let x = &r.ingress.express[key];
    let skey = (x.cluster.clone(), x.service.clone());
    let svc = r.services.get(&skey).map(|s| &s.service);
    let arn = r.arn(&format!("service/{}/{}", x.cluster, x.service));
    let deployed: Vec<String> = svc
        .and_then(|s| s.deployments.clone())
        .unwrap_or_default()
        .into_iter()
        .filter_map(|d| d.task_definition)
        .collect();
    let mut active: Vec<ExpressGatewayServiceConfiguration> = x
        .configs
        .iter()
        .filter(|c| {
            c.task_definition_arn
                .as_ref()
                .is_some_and(|t| deployed.contains(t))
        })
        .cloned()
        .collect();
    if active.is_empty() {
        active.extend(x.configs.last().cloned());
    }
    for c in &mut active {
        if let Some(t) = &c.task_definition_arn {
            c.service_revision_arn = revision_of(r, &arn, t);
        }
    }
    let current = r
        .history
        .values()
        .filter(|h| h.cluster == x.cluster && h.service == x.service)
        .max_by_key(|h| h.deployment.created_at.map(|t| t.millis()))
        .and_then(|h| h.deployment.service_deployment_arn.clone());
    ECSExpressGatewayService {
        cluster: Some(x.cluster.clone()),
        service_name: Some(x.service.clone()),
        service_arn: Some(arn),
        infrastructure_role_arn: Some(x.infrastructure_role_arn.clone()),
        status: Some(status(r, x)),
        current_deployment: current,
        active_configurations: Some(active),
        tags: tags.then(|| svc.and_then(|s| s.tags.clone()).unwrap_or_default()),
        created_at: Some(Timestamp::from_millis(x.created_at)),
        updated_at: Some(Timestamp::from_millis(x.updated_at)),
    }
}

pub fn create(
    r: &mut Region,
    now: i64,
    input: CreateExpressGatewayServiceRequest,
) -> AwsResult<CreateExpressGatewayServiceResponse> {
    let role = input.infrastructure_role_arn.clone().unwrap_or_default();
    gateways::check_role(&role)?;
    if input.primary_container.is_none() && input.task_definition_arn.is_none() {
        return Err(invalid(
            "Either primaryContainer or taskDefinitionArn must be specified.",
        ));
    }
    if let Some(t) = &input.scaling_target {
        check_scaling(t)?;
    }
    let cluster = cluster_for(r, input.cluster.as_deref())?;
    let name = match &input.service_name {
        Some(n) => n.clone(),
        None => name_from_image(
            input
                .primary_container
                .as_ref()
                .and_then(|p| p.image.as_deref())
                .unwrap_or("express"),
        ),
    };
    let skey = (cluster.clone(), name.clone());
    if r.services
        .get(&skey)
        .is_some_and(|s| s.service.status.as_deref() != Some("INACTIVE"))
    {
        return Err(invalid("Creation of service was not idempotent."));
    }
    let ts = Timestamp::from_millis(now);
    let host = name.to_ascii_lowercase().replace('_', "-");
    let mut config = with_defaults(
        ExpressGatewayServiceConfiguration {
            execution_role_arn: input.execution_role_arn,
            task_role_arn: input.task_role_arn,
            task_definition_arn: input.task_definition_arn,
            cpu: input.cpu,
            memory: input.memory,
            cpu_architecture: input.cpu_architecture,
            network_configuration: input.network_configuration,
            health_check_path: input.health_check_path,
            primary_container: input.primary_container,
            scaling_target: input.scaling_target,
            ingress_paths: Some(vec![IngressPathSummary {
                access_type: Some("PUBLIC".into()),
                endpoint: Some(format!(
                    "https://{host}-{}.ecs.{}.on.aws",
                    ingress::hex(8),
                    r.region
                )),
            }]),
            created_at: Some(ts),
            ..Default::default()
        },
        r,
        &cluster,
        &name,
    );
    let def = task_definition_for(r, ts, &name, &mut config)?;
    let min = config
        .scaling_target
        .as_ref()
        .and_then(|s| s.min_task_count)
        .unwrap_or(MIN_TASKS);
    service::create(
        r,
        ts,
        CreateServiceRequest {
            cluster: Some(cluster.clone()),
            service_name: Some(name.clone()),
            task_definition: Some(def),
            desired_count: Some(min),
            launch_type: Some("FARGATE".into()),
            network_configuration: Some(network(&config)),
            deployment_configuration: Some(DeploymentConfiguration {
                deployment_circuit_breaker: Some(DeploymentCircuitBreaker {
                    enable: Some(true),
                    rollback: Some(true),
                    ..Default::default()
                }),
                ..Default::default()
            }),
            tags: input.tags,
            propagate_tags: Some("SERVICE".into()),
            enable_ecs_managed_tags: Some(true),
            ..Default::default()
        },
    )?;
    if let Some(s) = r.services.get_mut(&skey) {
        s.service.resource_management_type = Some("ECS".into());
    }
    // The deployment and revision are recorded now, so the answer names them.
    super::history::sync(r, &skey, now, None);
    let key = format!("{cluster}/{name}");
    r.ingress.express.insert(
        key.clone(),
        ExpressRec {
            cluster,
            service: name,
            infrastructure_role_arn: role,
            created_at: now,
            updated_at: now,
            configs: vec![config],
        },
    );
    r.ingress.touch("express", &key);
    Ok(CreateExpressGatewayServiceResponse {
        service: Some(describe_one(r, &key, true)),
    })
}

/// The key of an Express service from its ARN, or `missing`.
fn find(r: &Region, arn: &str, missing: fn() -> AwsError) -> AwsResult<String> {
    let (cluster, name) = names::service(arn, &r.account, &r.region)?;
    let cluster = cluster.unwrap_or_else(|| "default".into());
    let key = format!("{cluster}/{name}");
    if r.ingress.express.contains_key(&key) {
        Ok(key)
    } else {
        Err(missing())
    }
}

fn no_resource() -> AwsError {
    ErrorCode::ResourceNotFoundException.with("The specified Express service was not found.")
}

fn no_service() -> AwsError {
    ErrorCode::ServiceNotFoundException.with("Service not found.")
}

pub fn describe(
    r: &Region,
    input: DescribeExpressGatewayServiceRequest,
) -> AwsResult<DescribeExpressGatewayServiceResponse> {
    let key = find(
        r,
        input.service_arn.as_deref().unwrap_or_default(),
        no_resource,
    )?;
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    Ok(DescribeExpressGatewayServiceResponse {
        service: Some(describe_one(r, &key, tags)),
    })
}

pub fn update(
    r: &mut Region,
    now: i64,
    input: UpdateExpressGatewayServiceRequest,
) -> AwsResult<UpdateExpressGatewayServiceResponse> {
    let key = find(
        r,
        input.service_arn.as_deref().unwrap_or_default(),
        no_service,
    )?;
    let x = r.ingress.express[&key].clone();
    if status(r, &x).status_code.as_deref() != Some("ACTIVE") {
        return Err(ErrorCode::ServiceNotActiveException.with("Service was not ACTIVE."));
    }
    if let Some(t) = &input.scaling_target {
        check_scaling(t)?;
    }
    let ts = Timestamp::from_millis(now);
    let mut c = x.configs.last().cloned().unwrap_or_default();
    // A service of a given task definition keeps it unless given a container or another.
    let keep = input.primary_container.is_none() && c.primary_container.is_none();
    let previous = c.task_definition_arn.take();
    c.task_definition_arn = input
        .task_definition_arn
        .or(if keep { previous } else { None });
    macro_rules! take {
        ($($f:ident),*) => { $( if let Some(v) = input.$f { c.$f = Some(v); } )* };
    }
    take!(
        execution_role_arn,
        task_role_arn,
        health_check_path,
        cpu,
        memory,
        cpu_architecture,
        network_configuration,
        primary_container
    );
    if let Some(s) = input.scaling_target {
        let t = c.scaling_target.get_or_insert_with(Default::default);
        t.min_task_count = s.min_task_count.or(t.min_task_count);
        t.max_task_count = s.max_task_count.or(t.max_task_count);
        t.auto_scaling_metric = s.auto_scaling_metric.or(t.auto_scaling_metric.take());
        t.auto_scaling_target_value = s.auto_scaling_target_value.or(t.auto_scaling_target_value);
        check_scaling(t)?;
    }
    c.service_revision_arn = None;
    c.created_at = Some(ts);
    let mut c = with_defaults(c, r, &x.cluster, &x.service);
    let def = task_definition_for(r, ts, &x.service, &mut c)?;
    let (min, max) = c
        .scaling_target
        .as_ref()
        .map(|s| (s.min_task_count.unwrap_or(1), s.max_task_count.unwrap_or(1)))
        .unwrap_or((MIN_TASKS, MAX_TASKS));
    let current = r.services[&(x.cluster.clone(), x.service.clone())]
        .service
        .desired_count
        .unwrap_or(0);
    service::update(
        r,
        ts,
        UpdateServiceRequest {
            cluster: Some(x.cluster.clone()),
            service: Some(x.service.clone()),
            task_definition: Some(def),
            desired_count: Some(current.clamp(min, max)),
            network_configuration: Some(network(&c)),
            ..Default::default()
        },
    )?;
    super::history::sync(r, &(x.cluster.clone(), x.service.clone()), now, None);
    let arn = r.arn(&format!("service/{}/{}", x.cluster, x.service));
    c.service_revision_arn = c
        .task_definition_arn
        .as_deref()
        .and_then(|t| revision_of(r, &arn, t));
    let rec = r.ingress.express.get_mut(&key).expect("found");
    rec.configs.push(c.clone());
    rec.updated_at = now;
    r.ingress.touch("express", &key);
    let x = &r.ingress.express[&key];
    Ok(UpdateExpressGatewayServiceResponse {
        service: Some(UpdatedExpressGatewayService {
            service_arn: Some(r.arn(&format!("service/{}/{}", x.cluster, x.service))),
            cluster: Some(x.cluster.clone()),
            service_name: Some(x.service.clone()),
            status: Some(status(r, x)),
            target_configuration: Some(c),
            created_at: Some(Timestamp::from_millis(x.created_at)),
            updated_at: Some(ts),
        }),
    })
}

pub fn delete(
    r: &mut Region,
    now: i64,
    input: DeleteExpressGatewayServiceRequest,
) -> AwsResult<DeleteExpressGatewayServiceResponse> {
    let key = find(
        r,
        input.service_arn.as_deref().unwrap_or_default(),
        no_service,
    )?;
    let x = r.ingress.express[&key].clone();
    service::delete(
        r,
        DeleteServiceRequest {
            cluster: Some(x.cluster.clone()),
            service: Some(x.service.clone()),
            force: Some(true),
        },
    )?;
    if let Some(rec) = r.ingress.express.get_mut(&key) {
        rec.updated_at = now;
    }
    r.ingress.touch("express", &key);
    Ok(DeleteExpressGatewayServiceResponse {
        service: Some(describe_one(r, &key, false)),
    })
}
