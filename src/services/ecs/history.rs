//! Service deployments and revisions as ECS records them: each deployment the scheduler
//! starts becomes a service deployment (IN_PROGRESS → SUCCESSFUL, STOPPED when superseded
//! or failed without rollback, ROLLBACK_IN_PROGRESS → ROLLBACK_SUCCESSFUL) targeting a
//! service revision (the task definition and settings it deploys). ListServiceDeployments,
//! DescribeServiceDeployments, DescribeServiceRevisions, StopServiceDeployment and
//! ContinueServiceDeployment read and act on them.
//!
//! It never runs tasks: it follows the scheduler's deployments, and a rollback it asks for
//! is a new deployment the scheduler carries out.

use super::api::*;
use super::paging;
use super::service;
use super::state::{Dirty, HistoryRec, Region, RevisionRec};
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn short_id() -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    (0..22)
        .map(|_| ALPHABET[fastrand::usize(..ALPHABET.len())] as char)
        .collect()
}

/// The service deployment a scheduler deployment carries out.
fn record_of(r: &Region, deployment: &str) -> Option<String> {
    r.carried.get(deployment).cloned()
}

/// Records that scheduler deployment `by` carries out the service deployment `hid`.
fn carry(r: &mut Region, hid: &str, by: String) {
    if let Some(h) = r.history.get_mut(hid) {
        h.carried_by.push(by.clone());
        r.carried.insert(by, hid.to_string());
    }
}

/// Records the revision a deployment deploys; returns its ARN.
fn revision(r: &mut Region, key: &(String, String), s: &Service, d: &Deployment) -> String {
    let id = format!("{:019}", fastrand::u64(..) % 10u64.pow(19));
    let arn = r.arn(&format!("service-revision/{}/{}/{id}", key.0, key.1));
    let images = d
        .task_definition
        .as_deref()
        .and_then(|a| super::task_definition::find(r, a).ok().flatten())
        .map(|def| {
            def.def
                .container_definitions
                .iter()
                .flatten()
                .map(|c| ContainerImage {
                    container_name: c.name.clone(),
                    image_digest: None,
                    image: c.image.clone(),
                })
                .collect()
        });
    let rev = ServiceRevision {
        service_revision_arn: Some(arn.clone()),
        service_arn: s.service_arn.clone(),
        cluster_arn: s.cluster_arn.clone(),
        task_definition: d.task_definition.clone(),
        capacity_provider_strategy: d.capacity_provider_strategy.clone(),
        launch_type: d.launch_type.clone(),
        platform_version: d.platform_version.clone(),
        platform_family: d.platform_family.clone(),
        load_balancers: s.load_balancers.clone(),
        service_registries: s.service_registries.clone(),
        network_configuration: d.network_configuration.clone(),
        container_images: images,
        guard_duty_enabled: Some(false),
        created_at: d.created_at,
        gateway_connectors: r
            .services
            .get(key)
            .map(|x| x.gateway_connectors.clone())
            .filter(|c| !c.is_empty()),
        ..Default::default()
    };
    r.revisions
        .insert(id.clone(), RevisionRec { revision: rev });
    r.touch(Dirty::Revision(id));
    arn
}

fn summary(arn: &str, d: &Deployment) -> ServiceRevisionSummary {
    ServiceRevisionSummary {
        arn: Some(arn.to_string()),
        requested_task_count: d.desired_count,
        running_task_count: d.running_count,
        pending_task_count: d.pending_count,
        ..Default::default()
    }
}

/// Brings the service deployments of a service in line with the scheduler's deployments;
/// `rolled_back` is (failed deployment, the rollback's deployment) when the circuit breaker
/// just rolled back.
pub fn sync(
    r: &mut Region,
    key: &(String, String),
    now: i64,
    rolled_back: Option<(String, String)>,
) {
    let Some(rec) = r.services.get(key) else {
        return;
    };
    let s = rec.service.clone();
    let deployments = s.deployments.clone().unwrap_or_default();
    let at = Timestamp::from_millis(now);
    if let Some((failed, into)) = rolled_back
        && let Some(hid) = record_of(r, &failed)
        && let Some(d) = deployments
            .iter()
            .find(|d| d.id.as_deref() == Some(into.as_str()))
    {
        let arn = revision(r, key, &s, d);
        carry(r, &hid, into);
        let h = r.history.get_mut(&hid).expect("found");
        h.deployment.status = Some("ROLLBACK_IN_PROGRESS".into());
        h.deployment.rollback = Some(Rollback {
            reason: Some("ECS deployment circuit breaker: tasks failed to start.".into()),
            started_at: Some(at),
            service_revision_arn: Some(arn),
        });
        h.deployment.updated_at = Some(at);
        r.touch(Dirty::History(hid));
    }
    let primary = deployments
        .first()
        .and_then(|d| d.id.clone())
        .unwrap_or_default();
    for d in &deployments {
        let did = d.id.clone().unwrap_or_default();
        let hid = match record_of(r, &did) {
            Some(h) => h,
            None => {
                let arn = revision(r, key, &s, d);
                let sources: Vec<ServiceRevisionSummary> = deployments
                    .iter()
                    .filter(|o| o.id != d.id)
                    .filter_map(|o| {
                        let h = record_of(r, o.id.as_deref()?)?;
                        let rev = r.history[&h].deployment.target_service_revision.clone()?;
                        Some(summary(rev.arn.as_deref()?, o))
                    })
                    .collect();
                let hid = short_id();
                let breaker = s
                    .deployment_configuration
                    .as_ref()
                    .and_then(|c| c.deployment_circuit_breaker.as_ref());
                let deployment = ServiceDeployment {
                    service_deployment_arn: Some(
                        r.arn(&format!("service-deployment/{}/{}/{hid}", key.0, key.1)),
                    ),
                    service_arn: s.service_arn.clone(),
                    cluster_arn: s.cluster_arn.clone(),
                    created_at: d.created_at,
                    started_at: d.created_at,
                    updated_at: Some(at),
                    source_service_revisions: Some(sources),
                    target_service_revision: Some(summary(&arn, d)),
                    status: Some("IN_PROGRESS".into()),
                    deployment_configuration: s.deployment_configuration.clone(),
                    deployment_circuit_breaker: Some(ServiceDeploymentCircuitBreaker {
                        status: Some(
                            if breaker.and_then(|b| b.enable).unwrap_or(false) {
                                "MONITORING"
                            } else {
                                "DISABLED"
                            }
                            .into(),
                        ),
                        failure_count: Some(0),
                        threshold: Some(((d.desired_count.unwrap_or(0) + 1) / 2).clamp(3, 200)),
                    }),
                    ..Default::default()
                };
                r.history.insert(
                    hid.clone(),
                    HistoryRec {
                        deployment,
                        cluster: key.0.clone(),
                        service: key.1.clone(),
                        carried_by: vec![],
                    },
                );
                carry(r, &hid, did.clone());
                r.touch(Dirty::History(hid.clone()));
                hid
            }
        };
        let h = r.history.get_mut(&hid).expect("exists");
        let before = h.deployment.clone();
        let x = &mut h.deployment;
        let is_target = h.carried_by.first() == Some(&did);
        if is_target && let Some(t) = x.target_service_revision.as_mut() {
            t.requested_task_count = d.desired_count;
            t.running_task_count = d.running_count;
            t.pending_task_count = d.pending_count;
        }
        if let Some(b) = x.deployment_circuit_breaker.as_mut()
            && is_target
        {
            b.failure_count = d.failed_tasks;
            if d.rollout_state.as_deref() == Some("FAILED")
                && b.status.as_deref() == Some("MONITORING")
            {
                b.status = Some("TRIGGERED".into());
            }
        }
        let status = x.status.clone().unwrap_or_default();
        let next = match (status.as_str(), d.rollout_state.as_deref()) {
            ("IN_PROGRESS", Some("COMPLETED")) => Some(("SUCCESSFUL", None)),
            ("ROLLBACK_IN_PROGRESS", Some("COMPLETED")) if !is_target => {
                Some(("ROLLBACK_SUCCESSFUL", None))
            }
            ("ROLLBACK_IN_PROGRESS", Some("FAILED")) if !is_target => {
                Some(("ROLLBACK_FAILED", None))
            }
            ("IN_PROGRESS", Some("FAILED")) => Some((
                "STOPPED",
                Some("ECS deployment circuit breaker: tasks failed to start."),
            )),
            ("IN_PROGRESS", _) if did != primary => Some((
                "STOPPED",
                Some("A newer deployment of the service replaced it."),
            )),
            _ => None,
        };
        if let Some((st, reason)) = next {
            x.status = Some(st.into());
            if let Some(why) = reason {
                x.status_reason = Some(why.into());
                x.stopped_at = Some(at);
            } else {
                x.finished_at = Some(at);
            }
        }
        if *x != before {
            x.updated_at = Some(at);
            r.touch(Dirty::History(hid));
        }
    }
}

fn find(r: &Region, arn: &str) -> AwsResult<String> {
    let id = arn.rsplit('/').next().unwrap_or(arn);
    if !arn.contains(":service-deployment/") {
        return Err(invalid(format!("Invalid service deployment ARN: {arn}")));
    }
    r.history
        .contains_key(id)
        .then(|| id.to_string())
        .ok_or_else(|| {
            ErrorCode::ServiceDeploymentNotFoundException
                .with("The service deployment does not exist.")
        })
}

pub fn list(
    r: &Region,
    input: ListServiceDeploymentsRequest,
) -> AwsResult<ListServiceDeploymentsResponse> {
    let key = service::find(
        r,
        input.cluster.as_deref(),
        input.service.as_deref().unwrap_or_default(),
    )?;
    let statuses = input.status.unwrap_or_default();
    let range = input.created_at.unwrap_or_default();
    let mut found: Vec<&HistoryRec> = r
        .history
        .values()
        .filter(|h| (h.cluster.as_str(), h.service.as_str()) == (key.0.as_str(), key.1.as_str()))
        .filter(|h| {
            statuses.is_empty()
                || statuses.contains(&h.deployment.status.clone().unwrap_or_default())
        })
        .filter(|h| {
            let at = h.deployment.created_at.map(|t| t.millis()).unwrap_or(0);
            range.before.is_none_or(|b| at < b.millis())
                && range.after.is_none_or(|a| at > a.millis())
        })
        .collect();
    // Newest first.
    found.sort_by_key(|h| std::cmp::Reverse(h.deployment.created_at.map(|t| t.millis())));
    let items = found.into_iter().enumerate().map(|(i, h)| {
        let d = &h.deployment;
        (
            format!("{i:010}"),
            ServiceDeploymentBrief {
                service_deployment_arn: d.service_deployment_arn.clone(),
                service_arn: d.service_arn.clone(),
                cluster_arn: d.cluster_arn.clone(),
                started_at: d.started_at,
                created_at: d.created_at,
                finished_at: d.finished_at,
                target_service_revision_arn: d
                    .target_service_revision
                    .as_ref()
                    .and_then(|t| t.arn.clone()),
                status: d.status.clone(),
                status_reason: d.status_reason.clone(),
            },
        )
    });
    let (page, next) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListServiceDeploymentsResponse {
        service_deployments: Some(page),
        next_token: next,
    })
}

pub fn describe(
    r: &Region,
    input: DescribeServiceDeploymentsRequest,
) -> AwsResult<DescribeServiceDeploymentsResponse> {
    let arns = input.service_deployment_arns.unwrap_or_default();
    let (found, failures) = paging::each(arns, 20, "serviceDeploymentArns", |arn| {
        let id = find(r, arn).ok()?;
        Some(r.history[&id].deployment.clone())
    })?;
    Ok(DescribeServiceDeploymentsResponse {
        service_deployments: Some(found),
        failures: Some(failures),
    })
}

pub fn revisions(
    r: &Region,
    now: i64,
    input: DescribeServiceRevisionsRequest,
) -> AwsResult<DescribeServiceRevisionsResponse> {
    let arns = input.service_revision_arns.unwrap_or_default();
    let (found, failures) = paging::each(arns, 20, "serviceRevisionArns", |arn| {
        let id = arn.rsplit('/').next().unwrap_or(arn);
        let rev = r
            .revisions
            .get(id)
            .filter(|_| arn.contains(":service-revision/"))?;
        let mut out = rev.revision.clone();
        out.ecs_managed_resources = managed(r, now, arn);
        Some(out)
    })?;
    Ok(DescribeServiceRevisionsResponse {
        service_revisions: Some(found),
        failures: Some(failures),
    })
}

/// What ECS manages for the service of a revision: its gateway connections, and an
/// Express service's ingress path.
fn managed(r: &Region, now: i64, arn: &str) -> Option<ECSManagedResources> {
    let rest = arn.split(":service-revision/").nth(1)?;
    let mut parts = rest.split('/');
    let key = (parts.next()?.to_string(), parts.next()?.to_string());
    let connections = super::gateway_routes::connections(r, now, &key);
    let ingress: Vec<ManagedIngressPath> = r
        .ingress
        .express
        .get(&format!("{}/{}", key.0, key.1))
        .and_then(|x| x.configs.last())
        .and_then(|c| c.ingress_paths.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|p| ManagedIngressPath {
            access_type: p.access_type,
            endpoint: p.endpoint,
            ..Default::default()
        })
        .collect();
    (!connections.is_empty() || !ingress.is_empty()).then(|| ECSManagedResources {
        ingress_paths: (!ingress.is_empty()).then_some(ingress),
        gateway_connections: (!connections.is_empty()).then_some(connections),
        ..Default::default()
    })
}

pub fn stop(
    r: &mut Region,
    now: i64,
    input: StopServiceDeploymentRequest,
) -> AwsResult<StopServiceDeploymentResponse> {
    let arn = input.service_deployment_arn.unwrap_or_default();
    let id = find(r, &arn)?;
    if input.stop_type.as_deref().unwrap_or("ROLLBACK") != "ROLLBACK" {
        return Err(invalid("The valid value for stopType is ROLLBACK."));
    }
    let h = r.history[&id].clone();
    if !matches!(
        h.deployment.status.as_deref(),
        Some("IN_PROGRESS" | "PENDING")
    ) {
        return Err(ErrorCode::ConflictException.with(format!(
            "The service deployment is {} and cannot be stopped.",
            h.deployment.status.as_deref().unwrap_or_default()
        )));
    }
    let key = (h.cluster.clone(), h.service.clone());
    let source = h
        .deployment
        .source_service_revisions
        .iter()
        .flatten()
        .find_map(|s| {
            let rid = s.arn.as_deref()?.rsplit('/').next()?;
            r.revisions.get(rid)?.revision.task_definition.clone()
        })
        .or_else(|| r.services.get(&key).and_then(|s| s.last_good.clone()))
        .ok_or_else(|| {
            ErrorCode::ConflictException
                .with("The service has no earlier service revision to roll back to.")
        })?;
    let at = Timestamp::from_millis(now);
    let rec = r.services.get_mut(&key).expect("history names a service");
    let s = &mut rec.service;
    let desired = s.desired_count.unwrap_or(0);
    for d in s.deployments.iter_mut().flatten() {
        d.status = Some("ACTIVE".into());
    }
    s.task_definition = Some(source.clone());
    let snapshot = s.clone();
    let d = service::new_deployment(&source, desired, at, &snapshot);
    let into = d.id.clone().unwrap_or_default();
    s.deployments
        .get_or_insert_with(Vec::new)
        .insert(0, d.clone());
    rec.steady = false;
    let rev = revision(r, &key, &snapshot, &d);
    carry(r, &id, into);
    let h = r.history.get_mut(&id).expect("found");
    h.deployment.status = Some("ROLLBACK_IN_PROGRESS".into());
    h.deployment.stopped_at = Some(at);
    h.deployment.updated_at = Some(at);
    h.deployment.rollback = Some(Rollback {
        reason: Some("StopServiceDeployment was called with stopType ROLLBACK.".into()),
        started_at: Some(at),
        service_revision_arn: Some(rev),
    });
    r.touch(Dirty::History(id));
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    r.reconcile.insert(key);
    Ok(StopServiceDeploymentResponse {
        service_deployment_arn: Some(arn),
    })
}

pub fn resume(
    r: &Region,
    input: ContinueServiceDeploymentRequest,
) -> AwsResult<ContinueServiceDeploymentResponse> {
    let arn = input.service_deployment_arn.unwrap_or_default();
    find(r, &arn)?;
    // Dockside runs no deployment lifecycle hooks, so no deployment ever waits on one.
    Err(invalid(format!(
        "The service deployment is not waiting on lifecycle hook {}.",
        input.hook_id.unwrap_or_default()
    )))
}
