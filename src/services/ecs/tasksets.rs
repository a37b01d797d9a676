//! Task sets of services with the EXTERNAL deployment controller: CreateTaskSet,
//! UpdateTaskSet, DeleteTaskSet, DescribeTaskSets, UpdateServicePrimaryTaskSet, and the
//! reconciling that keeps each set at `ceil(desiredCount × scale%)` tasks.
//!
//! It never decides which set serves traffic: the external controller does, through
//! UpdateServicePrimaryTaskSet.

use super::api::*;
use super::launcher;
use super::lifecycle::{self, Env};
use super::service;
use super::state::{Dirty, Region};
use super::task;
use super::task_definition;
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn external(s: &Service) -> bool {
    s.deployment_controller
        .as_ref()
        .and_then(|c| c.r#type.as_deref())
        == Some("EXTERNAL")
}

/// The ACTIVE service with the EXTERNAL controller a request names.
fn service_key(
    r: &Region,
    cluster: Option<&str>,
    given: Option<&str>,
) -> AwsResult<(String, String)> {
    let key = service::active_service(r, cluster, given.unwrap_or_default())?;
    if !external(&r.services[&key].service) {
        return Err(invalid(
            "Task sets can only be used with services that use the EXTERNAL deployment controller.",
        ));
    }
    Ok(key)
}

fn set_id(given: &str) -> &str {
    // `ecs-svc/123…` or the task set's ARN `…:task-set/<cluster>/<service>/ecs-svc/123…`.
    match given.find("ecs-svc/") {
        Some(i) => &given[i..],
        None => given,
    }
}

fn position(s: &Service, given: &str) -> AwsResult<usize> {
    let id = set_id(given);
    s.task_sets
        .iter()
        .flatten()
        .position(|t| t.id.as_deref() == Some(id))
        .ok_or_else(|| {
            ErrorCode::TaskSetNotFoundException.with("The specified task set does not exist.")
        })
}

fn check_scale(scale: Option<Scale>) -> AwsResult<Scale> {
    let scale = scale.unwrap_or(Scale {
        value: Some(100.0),
        unit: Some("PERCENT".into()),
    });
    let v = scale.value.unwrap_or(0.0);
    if !(0.0..=100.0).contains(&v) {
        return Err(invalid("Scale value must be between 0 and 100."));
    }
    Ok(Scale {
        value: Some(v),
        unit: Some("PERCENT".into()),
    })
}

fn computed(desired: i32, scale: &Option<Scale>) -> i32 {
    let pct = scale.as_ref().and_then(|s| s.value).unwrap_or(100.0);
    (desired as f64 * pct / 100.0).ceil() as i32
}

pub fn create(
    r: &mut Region,
    env: &Env,
    input: CreateTaskSetRequest,
) -> AwsResult<CreateTaskSetResponse> {
    let key = service_key(r, input.cluster.as_deref(), input.service.as_deref())?;
    let def =
        task_definition::for_new_tasks(r, input.task_definition.as_deref().unwrap_or_default())?
            .def
            .clone();
    let (launch_type, provider) = task::placement(
        r,
        &key.0,
        input.launch_type.as_deref(),
        input.capacity_provider_strategy.as_deref(),
    )?;
    task::compatible(&def, &launch_type)?;
    task::network(&def, input.network_configuration.as_ref())?;
    let scale = check_scale(input.scale)?;
    let s = &r.services[&key].service;
    if let Some(token) = input.client_token.as_deref()
        && let Some(same) = s.task_sets.iter().flatten().find(|t| {
            t.started_by.as_deref() == Some(token) && t.status.as_deref() != Some("DRAINING")
        })
    {
        return Ok(CreateTaskSetResponse {
            task_set: Some(same.clone()),
        });
    }
    let id = format!("ecs-svc/{:019}", fastrand::u64(..) % 10u64.pow(19));
    let now = Timestamp::from_millis(env.now);
    let fargate = launch_type == "FARGATE";
    let set = TaskSet {
        id: Some(id.clone()),
        task_set_arn: Some(r.arn(&format!("task-set/{}/{}/{id}", key.0, key.1))),
        service_arn: s.service_arn.clone(),
        cluster_arn: s.cluster_arn.clone(),
        started_by: input.client_token.clone(),
        external_id: input.external_id,
        status: Some("ACTIVE".into()),
        task_definition: def.task_definition_arn.clone(),
        computed_desired_count: Some(computed(s.desired_count.unwrap_or(0), &Some(scale.clone()))),
        pending_count: Some(0),
        running_count: Some(0),
        created_at: Some(now),
        updated_at: Some(now),
        launch_type: provider.is_none().then(|| launch_type.clone()),
        capacity_provider_strategy: match provider {
            Some(_) => Some(task::strategy_for(
                r,
                &key.0,
                None,
                input.capacity_provider_strategy.as_deref(),
            )?),
            None => None,
        },
        platform_version: fargate.then(|| input.platform_version.unwrap_or_else(|| "1.4.0".into())),
        platform_family: fargate.then(|| "Linux".into()),
        network_configuration: input.network_configuration,
        load_balancers: Some(input.load_balancers.unwrap_or_default()),
        service_registries: Some(input.service_registries.unwrap_or_default()),
        scale: Some(scale),
        stability_status: Some("STABILIZING".into()),
        stability_status_at: Some(now),
        tags: Some(input.tags.unwrap_or_default()),
        fargate_ephemeral_storage: None,
    };
    let rec = r.services.get_mut(&key).expect("exists");
    rec.service
        .task_sets
        .get_or_insert_with(Vec::new)
        .push(set.clone());
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    r.reconcile.insert(key);
    Ok(CreateTaskSetResponse {
        task_set: Some(set),
    })
}

pub fn update(
    r: &mut Region,
    env: &Env,
    input: UpdateTaskSetRequest,
) -> AwsResult<UpdateTaskSetResponse> {
    let key = service_key(r, input.cluster.as_deref(), input.service.as_deref())?;
    let i = position(
        &r.services[&key].service,
        input.task_set.as_deref().unwrap_or_default(),
    )?;
    let scale = check_scale(input.scale)?;
    let rec = r.services.get_mut(&key).expect("exists");
    let desired = rec.service.desired_count.unwrap_or(0);
    let set = &mut rec.service.task_sets.as_mut().expect("found")[i];
    set.computed_desired_count = Some(computed(desired, &Some(scale.clone())));
    set.scale = Some(scale);
    set.updated_at = Some(Timestamp::from_millis(env.now));
    let out = set.clone();
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    r.reconcile.insert(key);
    Ok(UpdateTaskSetResponse {
        task_set: Some(out),
    })
}

pub fn delete(
    r: &mut Region,
    env: &Env,
    input: DeleteTaskSetRequest,
) -> AwsResult<DeleteTaskSetResponse> {
    let key = service_key(r, input.cluster.as_deref(), input.service.as_deref())?;
    let i = position(
        &r.services[&key].service,
        input.task_set.as_deref().unwrap_or_default(),
    )?;
    let rec = r.services.get_mut(&key).expect("exists");
    let set = &mut rec.service.task_sets.as_mut().expect("found")[i];
    if set.status.as_deref() == Some("PRIMARY") && !input.force.unwrap_or(false) {
        return Err(invalid(
            "The primary task set cannot be deleted. Make another task set primary, or use force.",
        ));
    }
    set.status = Some("DRAINING".into());
    set.computed_desired_count = Some(0);
    set.updated_at = Some(Timestamp::from_millis(env.now));
    let out = set.clone();
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    r.reconcile.insert(key);
    Ok(DeleteTaskSetResponse {
        task_set: Some(out),
    })
}

pub fn describe(r: &Region, input: DescribeTaskSetsRequest) -> AwsResult<DescribeTaskSetsResponse> {
    let key = service::find(
        r,
        input.cluster.as_deref(),
        input.service.as_deref().unwrap_or_default(),
    )?;
    let s = &r.services[&key].service;
    if !external(s) {
        return Err(invalid(
            "Task sets can only be used with services that use the EXTERNAL deployment controller.",
        ));
    }
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    let all = s.task_sets.clone().unwrap_or_default();
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    match input.task_sets.filter(|v| !v.is_empty()) {
        None => found = all,
        Some(refs) => {
            for given in refs {
                match all.iter().find(|t| t.id.as_deref() == Some(set_id(&given))) {
                    Some(t) => found.push(t.clone()),
                    None => failures.push(Failure {
                        arn: Some(given.clone()),
                        reason: Some("MISSING".into()),
                        detail: None,
                    }),
                }
            }
        }
    }
    if !tags {
        for t in &mut found {
            t.tags = None;
        }
    }
    Ok(DescribeTaskSetsResponse {
        task_sets: Some(found),
        failures: Some(failures),
    })
}

pub fn make_primary(
    r: &mut Region,
    env: &Env,
    input: UpdateServicePrimaryTaskSetRequest,
) -> AwsResult<UpdateServicePrimaryTaskSetResponse> {
    let key = service_key(r, input.cluster.as_deref(), input.service.as_deref())?;
    let i = position(
        &r.services[&key].service,
        input.primary_task_set.as_deref().unwrap_or_default(),
    )?;
    let rec = r.services.get_mut(&key).expect("exists");
    let now = Timestamp::from_millis(env.now);
    let sets = rec.service.task_sets.as_mut().expect("found");
    if sets[i].status.as_deref() == Some("DRAINING") {
        return Err(invalid(
            "A DRAINING task set cannot become the primary task set.",
        ));
    }
    for (k, t) in sets.iter_mut().enumerate() {
        if k == i {
            t.status = Some("PRIMARY".into());
            t.updated_at = Some(now);
        } else if t.status.as_deref() == Some("PRIMARY") {
            t.status = Some("ACTIVE".into());
            t.updated_at = Some(now);
        }
    }
    let out = sets[i].clone();
    rec.service.task_definition = out.task_definition.clone();
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
    r.reconcile.insert(key);
    Ok(UpdateServicePrimaryTaskSetResponse {
        task_set: Some(out),
    })
}

/// Brings each task set of an EXTERNAL service to its computed count, and forgets DRAINING
/// sets once their tasks have stopped.
pub fn reconcile(r: &mut Region, env: &Env, key: &(String, String)) {
    let Some(rec) = r.services.get(key) else {
        return;
    };
    let s = rec.service.clone();
    let desired = if s.status.as_deref() == Some("ACTIVE") {
        s.desired_count.unwrap_or(0)
    } else {
        0
    };
    let mut sets = s.task_sets.clone().unwrap_or_default();
    let ids: Vec<String> = r
        .service_tasks
        .get(key)
        .into_iter()
        .flatten()
        .cloned()
        .collect();
    let now = Timestamp::from_millis(env.now);
    for set in sets.iter_mut() {
        if desired == 0 && s.status.as_deref() != Some("ACTIVE") {
            set.status = Some("DRAINING".into());
        }
        let id = set.id.clone().unwrap_or_default();
        let want = if set.status.as_deref() == Some("DRAINING") {
            0
        } else {
            computed(desired, &set.scale)
        };
        set.computed_desired_count = Some(want);
        let mine: Vec<&String> = ids
            .iter()
            .filter(|t| {
                let rec = &r.tasks[*t];
                rec.deployment.as_deref() == Some(id.as_str())
                    && rec.task.desired_status.as_deref() == Some("RUNNING")
            })
            .collect();
        let have = mine.len() as i32;
        if have < want {
            let as_deployment = Deployment {
                id: set.id.clone(),
                task_definition: set.task_definition.clone(),
                launch_type: set.launch_type.clone(),
                capacity_provider_strategy: set.capacity_provider_strategy.clone(),
                platform_version: set.platform_version.clone(),
                network_configuration: set.network_configuration.clone(),
                ..Default::default()
            };
            launcher::start(r, env, key, &as_deployment, (want - have) as usize, &[]);
        } else if have > want {
            let stop: Vec<String> = mine
                .iter()
                .take((have - want) as usize)
                .map(|s| s.to_string())
                .collect();
            for t in stop {
                if let Some(mut rec) = r.tasks.remove(&t) {
                    lifecycle::request_stop(
                        &mut rec,
                        env.now,
                        "ServiceSchedulerInitiated",
                        &format!("Scaling activity initiated by (deployment {id})"),
                    );
                    r.put_task(rec);
                }
            }
        }
        let (mut running, mut pending, mut alive) = (0, 0, 0);
        for t in r.service_tasks.get(key).into_iter().flatten() {
            let rec = &r.tasks[t];
            if rec.deployment.as_deref() != Some(id.as_str()) {
                continue;
            }
            let status = rec.task.last_status.as_deref().unwrap_or_default();
            if status != "STOPPED" {
                alive += 1;
            }
            if rec.task.desired_status.as_deref() == Some("RUNNING") {
                if status == "RUNNING" {
                    running += 1;
                } else {
                    pending += 1;
                }
            }
        }
        set.running_count = Some(running);
        set.pending_count = Some(pending);
        let steady = running == want && pending == 0;
        let stability = if steady {
            "STEADY_STATE"
        } else {
            "STABILIZING"
        };
        if set.stability_status.as_deref() != Some(stability) {
            set.stability_status = Some(stability.into());
            set.stability_status_at = Some(now);
        }
        if set.status.as_deref() == Some("DRAINING") && alive == 0 {
            set.id = None;
        }
    }
    sets.retain(|t| t.id.is_some());
    let rec = r.services.get_mut(key).expect("exists");
    let s = &mut rec.service;
    s.running_count = Some(sets.iter().map(|t| t.running_count.unwrap_or(0)).sum());
    s.pending_count = Some(sets.iter().map(|t| t.pending_count.unwrap_or(0)).sum());
    s.task_sets = Some(sets);
    if s.status.as_deref() == Some("DRAINING") && s.task_sets.as_ref().is_some_and(Vec::is_empty) {
        s.status = Some("INACTIVE".into());
    }
    r.touch(Dirty::Service(key.0.clone(), key.1.clone()));
}
