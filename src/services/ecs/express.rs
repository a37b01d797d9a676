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
use super::express_config::{
    MAX_TASKS, MIN_TASKS, check_scaling, name_from_image, network, task_definition_for,
    with_defaults,
};
use super::ingress::{self, ExpressRec};
use super::state::Region;
use super::{cluster, gateways, names, service};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
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
