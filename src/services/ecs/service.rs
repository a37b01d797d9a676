//! Services: CreateService, UpdateService, DeleteService, DescribeServices, ListServices,
//! ListServicesByNamespace. These record what the user wants (desired count, task
//! definition, deployment settings); the scheduler makes it so.
//!
//! It never starts or stops a task itself.

use super::api::*;
use super::cluster;
use super::gateway_routes;
use super::names;
use super::paging;
use super::state::{Dirty, Region, ServiceRec};
use super::task;
use super::task_definition;
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn deployment_config(given: Option<DeploymentConfiguration>) -> AwsResult<DeploymentConfiguration> {
    let mut c = given.unwrap_or_default();
    let min = *c.minimum_healthy_percent.get_or_insert(100);
    let max = *c.maximum_percent.get_or_insert(200);
    c.deployment_circuit_breaker
        .get_or_insert(DeploymentCircuitBreaker {
            enable: Some(false),
            rollback: Some(false),
            ..Default::default()
        });
    if !(0..=100).contains(&min) {
        return Err(invalid("minimumHealthyPercent must be between 0 and 100."));
    }
    if max <= min {
        return Err(invalid(format!(
            "The maximumPercent value of {max} must be greater than the minimumHealthyPercent value of {min} so that tasks can be replaced during a deployment."
        )));
    }
    Ok(c)
}

fn check_load_balancers(def: &TaskDefinition, lbs: &[LoadBalancer]) -> AwsResult<()> {
    for lb in lbs {
        if lb.target_group_arn.is_none() && lb.load_balancer_name.is_none() {
            return Err(invalid(
                "Either targetGroupArn or loadBalancerName must be specified for a load balancer.",
            ));
        }
        let name = lb.container_name.as_deref().unwrap_or_default();
        let port = lb.container_port.unwrap_or(0);
        let container = def
            .container_definitions
            .as_deref()
            .unwrap_or_default()
            .iter()
            .find(|c| c.name.as_deref() == Some(name));
        let Some(container) = container else {
            return Err(invalid(format!(
                "The container {name} does not exist in the task definition."
            )));
        };
        let has_port = container
            .port_mappings
            .as_deref()
            .unwrap_or_default()
            .iter()
            .any(|p| p.container_port == Some(port));
        if !has_port {
            return Err(invalid(format!(
                "The container {name} did not have a container port {port} defined."
            )));
        }
    }
    Ok(())
}

/// A new deployment of `def` for `desired` tasks.
pub fn new_deployment(def_arn: &str, desired: i32, now: Timestamp, s: &Service) -> Deployment {
    let id = names::new_deployment_id();
    Deployment {
        rollout_state_reason: Some(format!("ECS deployment {id} in progress.")),
        id: Some(id),
        status: Some("PRIMARY".into()),
        task_definition: Some(def_arn.to_string()),
        desired_count: Some(desired),
        pending_count: Some(0),
        running_count: Some(0),
        failed_tasks: Some(0),
        created_at: Some(now),
        updated_at: Some(now),
        capacity_provider_strategy: s.capacity_provider_strategy.clone(),
        launch_type: s.launch_type.clone(),
        platform_version: s.platform_version.clone(),
        platform_family: s.platform_family.clone(),
        network_configuration: s.network_configuration.clone(),
        rollout_state: Some("IN_PROGRESS".into()),
        ..Default::default()
    }
}

pub fn create(
    r: &mut Region,
    now: Timestamp,
    input: CreateServiceRequest,
) -> AwsResult<CreateServiceResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let name = input.service_name.clone().unwrap_or_default();
    if !names::valid_name(&name) {
        return Err(invalid(
            "Service name can contain only letters, numbers, underscores and hyphens, and be up to 255 characters long.",
        ));
    }
    let key = (cluster.clone(), name.clone());
    if r.services
        .get(&key)
        .is_some_and(|s| s.service.status.as_deref() != Some("INACTIVE"))
    {
        return Err(invalid("Creation of service was not idempotent."));
    }
    let desired = input.desired_count.unwrap_or(0);
    if desired < 0 {
        return Err(invalid("Desired count must be greater than or equal to 0."));
    }
    let controller = input
        .deployment_controller
        .clone()
        .unwrap_or(DeploymentController {
            r#type: Some("ECS".into()),
        });
    let ecs_controller = controller.r#type.as_deref().unwrap_or("ECS") == "ECS";
    let def = match input.task_definition.as_deref() {
        Some(t) => Some(task_definition::for_new_tasks(r, t)?.def.clone()),
        None if ecs_controller => return Err(invalid("TaskDefinition must be specified.")),
        None => None,
    };
    let scheduling = input
        .scheduling_strategy
        .clone()
        .unwrap_or_else(|| "REPLICA".into());
    let (launch_type, provider) = task::placement(
        r,
        &cluster,
        input.launch_type.as_deref(),
        input.capacity_provider_strategy.as_deref(),
    )?;
    if scheduling == "DAEMON" && launch_type == "FARGATE" {
        return Err(invalid(
            "The daemon scheduling strategy does not support FARGATE launch type.",
        ));
    }
    if launch_type == "FARGATE"
        && input
            .placement_strategy
            .as_deref()
            .is_some_and(|p| !p.is_empty())
    {
        return Err(invalid(
            "Placement strategies are not supported with FARGATE launch type.",
        ));
    }
    super::placement::rules(
        input.placement_strategy.as_deref().unwrap_or_default(),
        input.placement_constraints.as_deref().unwrap_or_default(),
        "",
    )?;
    let lbs = input.load_balancers.clone().unwrap_or_default();
    if let Some(def) = &def {
        task::compatible(def, &launch_type)?;
        task::network(def, input.network_configuration.as_ref())?;
        check_load_balancers(def, &lbs)?;
    }
    let connectors = input.gateway_connectors.clone().unwrap_or_default();
    gateway_routes::check(r, &cluster, def.as_ref(), &connectors)?;
    if input.health_check_grace_period_seconds.is_some() && lbs.is_empty() {
        return Err(invalid(
            "Health check grace period is only valid for services configured to use load balancers",
        ));
    }
    for reg in input.service_registries.as_deref().unwrap_or_default() {
        if reg.registry_arn.is_none() {
            return Err(invalid(
                "registryArn must be specified for a service registry.",
            ));
        }
    }
    let config = deployment_config(input.deployment_configuration.clone())?;
    let fargate = launch_type == "FARGATE";
    let mut service = Service {
        service_arn: Some(r.arn(&format!("service/{cluster}/{name}"))),
        service_name: Some(name.clone()),
        cluster_arn: Some(r.arn(&format!("cluster/{cluster}"))),
        load_balancers: Some(lbs),
        service_registries: Some(input.service_registries.unwrap_or_default()),
        status: Some("ACTIVE".into()),
        desired_count: Some(if scheduling == "DAEMON" { 0 } else { desired }),
        running_count: Some(0),
        pending_count: Some(0),
        launch_type: provider.is_none().then(|| launch_type.clone()),
        capacity_provider_strategy: match provider {
            Some(_) => Some(task::strategy_for(
                r,
                &cluster,
                None,
                input.capacity_provider_strategy.as_deref(),
            )?),
            None => None,
        },
        platform_version: fargate.then(|| {
            input
                .platform_version
                .clone()
                .unwrap_or_else(|| "LATEST".into())
        }),
        platform_family: fargate.then(|| "Linux".to_string()),
        task_definition: def.as_ref().and_then(|d| d.task_definition_arn.clone()),
        deployment_configuration: Some(config),
        deployments: Some(vec![]),
        role_arn: input.role,
        events: Some(vec![]),
        created_at: Some(now),
        placement_constraints: Some(input.placement_constraints.unwrap_or_default()),
        placement_strategy: Some(input.placement_strategy.unwrap_or_default()),
        network_configuration: input.network_configuration,
        health_check_grace_period_seconds: input.health_check_grace_period_seconds,
        scheduling_strategy: Some(scheduling),
        deployment_controller: Some(controller),
        tags: Some(input.tags.unwrap_or_default()),
        created_by: Some(format!("arn:aws:iam::{}:root", r.account)),
        enable_ecs_managed_tags: Some(input.enable_ecs_managed_tags.unwrap_or(false)),
        propagate_tags: Some(input.propagate_tags.unwrap_or_else(|| "NONE".into())),
        enable_execute_command: Some(input.enable_execute_command.unwrap_or(false)),
        ..Default::default()
    };
    let namespace = input
        .service_connect_configuration
        .as_ref()
        .filter(|c| c.enabled.unwrap_or(false))
        .and_then(|c| c.namespace.clone())
        .or_else(|| {
            r.clusters[&cluster]
                .cluster
                .service_connect_defaults
                .as_ref()
                .and_then(|d| d.namespace.clone())
        });
    if let (true, Some(arn)) = (ecs_controller, service.task_definition.clone()) {
        let d = new_deployment(&arn, desired, now, &service);
        service.deployments = Some(vec![d]);
    }
    r.services.insert(
        key.clone(),
        ServiceRec {
            service,
            cluster: cluster.clone(),
            last_good: None,
            steady: false,
            namespace,
            retry_at: None,
            gateway_connectors: connectors,
        },
    );
    r.touch(Dirty::Service(cluster.clone(), name.clone()));
    r.reconcile.insert(key.clone());
    gateway_routes::sync(r, now.millis(), &key);
    Ok(CreateServiceResponse {
        service: Some(r.services[&key].service.clone()),
    })
}

/// The key of an existing service (any status), or ServiceNotFoundException.
pub(super) fn find(r: &Region, cluster: Option<&str>, given: &str) -> AwsResult<(String, String)> {
    let (from_arn, name) = names::service(given, &r.account, &r.region)?;
    let cluster = cluster::active(r, cluster.or(from_arn.as_deref()))?;
    let key = (cluster, name);
    if !r.services.contains_key(&key) {
        return Err(ErrorCode::ServiceNotFoundException.with("Service not found."));
    }
    Ok(key)
}

pub(super) fn active_service(
    r: &Region,
    cluster: Option<&str>,
    given: &str,
) -> AwsResult<(String, String)> {
    let key = find(r, cluster, given)?;
    if r.services[&key].service.status.as_deref() != Some("ACTIVE") {
        return Err(ErrorCode::ServiceNotActiveException.with("Service was not ACTIVE."));
    }
    Ok(key)
}

pub fn update(
    r: &mut Region,
    now: Timestamp,
    input: UpdateServiceRequest,
) -> AwsResult<UpdateServiceResponse> {
    let key = active_service(
        r,
        input.cluster.as_deref(),
        input.service.as_deref().unwrap_or_default(),
    )?;
    if input.desired_count.is_some_and(|d| d < 0) {
        return Err(invalid("Desired count must be greater than or equal to 0."));
    }
    let new_def = match input.task_definition.as_deref() {
        Some(t) => Some(task_definition::for_new_tasks(r, t)?.def.clone()),
        None => None,
    };
    let current = r.services[&key].service.clone();
    let def_for_checks = match &new_def {
        Some(d) => Some(d.clone()),
        None => current
            .task_definition
            .as_deref()
            .and_then(|arn| task_definition::find(r, arn).ok().flatten())
            .map(|d| d.def.clone()),
    };
    let launch_type = current
        .launch_type
        .clone()
        .unwrap_or_else(|| "FARGATE".into());
    if let Some(def) = &def_for_checks {
        task::compatible(def, &launch_type)?;
        if input.network_configuration.is_some() || new_def.is_some() {
            task::network(
                def,
                input
                    .network_configuration
                    .as_ref()
                    .or(current.network_configuration.as_ref()),
            )?;
        }
        if let Some(lbs) = &input.load_balancers {
            check_load_balancers(def, lbs)?;
        }
    }
    if let Some(c) = &input.gateway_connectors {
        gateway_routes::check(r, &key.0, def_for_checks.as_ref(), c)?;
    }
    let config = match input.deployment_configuration {
        Some(c) => Some(deployment_config(Some(c))?),
        None => None,
    };
    let rec = r.services.get_mut(&key).expect("active");
    let mut redeploy = input.force_new_deployment.unwrap_or(false);
    if let Some(c) = input.gateway_connectors {
        redeploy |= rec.gateway_connectors != c;
        rec.gateway_connectors = c;
    }
    let s = &mut rec.service;
    if let Some(d) = input.desired_count {
        s.desired_count = Some(d);
    }
    if let Some(c) = config {
        s.deployment_configuration = Some(c);
    }
    if let Some(n) = input.network_configuration {
        s.network_configuration = Some(n);
        redeploy = true;
    }
    if let Some(p) = input.platform_version {
        s.platform_version = Some(p);
        redeploy = true;
    }
    if let Some(def) = new_def {
        redeploy |= s.task_definition != def.task_definition_arn;
        s.task_definition = def.task_definition_arn;
    }
    if let Some(lbs) = input.load_balancers {
        s.load_balancers = Some(lbs);
    }
    if let Some(regs) = input.service_registries {
        s.service_registries = Some(regs);
    }
    if let Some(v) = input.enable_execute_command {
        s.enable_execute_command = Some(v);
    }
    if let Some(v) = input.propagate_tags {
        s.propagate_tags = Some(v);
    }
    if let Some(v) = input.health_check_grace_period_seconds {
        s.health_check_grace_period_seconds = Some(v);
    }
    if let Some(v) = input.placement_constraints {
        s.placement_constraints = Some(v);
    }
    if let Some(v) = input.placement_strategy {
        s.placement_strategy = Some(v);
    }
    let desired = s.desired_count.unwrap_or(0);
    let ecs_controller = s
        .deployment_controller
        .as_ref()
        .and_then(|c| c.r#type.as_deref())
        .unwrap_or("ECS")
        == "ECS";
    if ecs_controller {
        let deployments = s.deployments.get_or_insert_with(Vec::new);
        if redeploy || deployments.is_empty() {
            for d in deployments.iter_mut() {
                d.status = Some("ACTIVE".into());
            }
            let arn = s.task_definition.clone().unwrap_or_default();
            let snapshot = s.clone();
            let d = new_deployment(&arn, desired, now, &snapshot);
            s.deployments.get_or_insert_with(Vec::new).insert(0, d);
        } else if let Some(primary) = deployments.first_mut() {
            primary.desired_count = Some(desired);
            primary.updated_at = Some(now);
        }
    }
    rec.steady = false;
    rec.retry_at = None;
    let out = rec.service.clone();
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    gateway_routes::sync(r, now.millis(), &key);
    r.reconcile.insert(key);
    Ok(UpdateServiceResponse { service: Some(out) })
}

pub fn delete(r: &mut Region, input: DeleteServiceRequest) -> AwsResult<DeleteServiceResponse> {
    let key = find(
        r,
        input.cluster.as_deref(),
        input.service.as_deref().unwrap_or_default(),
    )?;
    let rec = r.services.get_mut(&key).expect("found");
    let s = &mut rec.service;
    match s.status.as_deref() {
        Some("ACTIVE") => {}
        _ => return Err(ErrorCode::ServiceNotActiveException.with("Service was not ACTIVE.")),
    }
    let replica = s.scheduling_strategy.as_deref() != Some("DAEMON");
    if replica && s.desired_count.unwrap_or(0) > 0 && !input.force.unwrap_or(false) {
        return Err(invalid(
            "The service cannot be stopped while it is scaled above 0.",
        ));
    }
    s.desired_count = Some(0);
    s.status = Some("DRAINING".into());
    for d in s.deployments.iter_mut().flatten() {
        d.desired_count = Some(0);
    }
    let out = s.clone();
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    gateway_routes::sync(r, 0, &key);
    r.reconcile.insert(key);
    Ok(DeleteServiceResponse { service: Some(out) })
}

pub fn describe(r: &Region, input: DescribeServicesRequest) -> AwsResult<DescribeServicesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let refs = input.services.unwrap_or_default();
    if refs.len() > 10 {
        return Err(invalid("Services cannot be longer than 10."));
    }
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    let (mut services, mut failures) = (Vec::new(), Vec::new());
    for given in refs {
        let (_, name) = names::service(&given, &r.account, &r.region)?;
        match r.services.get(&(cluster.clone(), name.clone())) {
            Some(rec) => {
                let mut s = rec.service.clone();
                if !tags {
                    s.tags = None;
                }
                services.push(s);
            }
            None => failures.push(Failure {
                arn: Some(r.arn(&format!("service/{cluster}/{name}"))),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok(DescribeServicesResponse {
        services: Some(services),
        failures: Some(failures),
    })
}

pub fn list(r: &Region, input: ListServicesRequest) -> AwsResult<ListServicesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let items = r
        .services
        .range((cluster.clone(), String::new())..)
        .take_while(|((c, _), _)| *c == cluster)
        .filter(|(_, s)| s.service.status.as_deref() != Some("INACTIVE"))
        .filter(|(_, s)| {
            input
                .launch_type
                .as_deref()
                .is_none_or(|l| s.service.launch_type.as_deref().unwrap_or("FARGATE") == l)
                && input
                    .scheduling_strategy
                    .as_deref()
                    .is_none_or(|st| s.service.scheduling_strategy.as_deref() == Some(st))
                && input.resource_management_type.as_deref().is_none_or(|m| {
                    s.service
                        .resource_management_type
                        .as_deref()
                        .unwrap_or("CUSTOMER")
                        == m
                })
        })
        .map(|((_, n), s)| (n.clone(), s.service.service_arn.clone().unwrap_or_default()));
    let (arns, next) = paging::page(
        items,
        Some(input.max_results.unwrap_or(10)),
        input.next_token.as_deref(),
    )?;
    Ok(ListServicesResponse {
        service_arns: Some(arns),
        next_token: next,
    })
}

pub fn list_by_namespace(
    r: &Region,
    input: ListServicesByNamespaceRequest,
) -> AwsResult<ListServicesByNamespaceResponse> {
    let ns = input.namespace.unwrap_or_default();
    // A namespace may be named by name or ARN on either side.
    let same = |given: &str| {
        given == ns || given.ends_with(&format!("/{ns}")) || ns.ends_with(&format!("/{given}"))
    };
    let items = r
        .services
        .iter()
        .filter(|(_, s)| {
            s.service.status.as_deref() == Some("ACTIVE")
                && s.namespace.as_deref().is_some_and(same)
        })
        .map(|((c, n), s)| {
            (
                format!("{c}/{n}"),
                s.service.service_arn.clone().unwrap_or_default(),
            )
        });
    let (arns, next) = paging::page(
        items,
        Some(input.max_results.unwrap_or(10)),
        input.next_token.as_deref(),
    )?;
    Ok(ListServicesByNamespaceResponse {
        service_arns: Some(arns),
        next_token: next,
    })
}
