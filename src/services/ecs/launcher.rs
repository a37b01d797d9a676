//! Starting a service's tasks: which capacity provider each new task goes to (the
//! strategy's base and weights over the tasks already running), and, for EC2, which
//! container instance takes it (the service's placement strategy, ECS's AZ-balanced spread
//! by default, and its constraints); DAEMON services get one task per eligible instance.
//! A task of a managed-scaling provider that no instance can take waits for capacity.
//!
//! It never decides how many tasks a service needs: the scheduler does.

use super::api::*;
use super::capacity;
use super::lifecycle::{self, Env, NewTask};
use super::placement::{self, Rules};
use super::placer::{self, Placer};
use super::provisioning;
use super::state::Region;
use super::task;
use super::task_definition;

/// What starting tasks gave: their ARNs, and why the rest could not be placed.
#[derive(Default)]
pub struct Started {
    pub arns: Vec<String>,
    pub unplaced: Option<String>,
}

/// The placement rules of a service's tasks.
pub fn rules(s: &Service, def: &TaskDefinition, name: &str) -> Rules {
    let (strategies, constraints) = given_rules(s, def);
    placement::rules(&strategies, &constraints, &format!("service:{name}")).unwrap_or_default()
}

/// A service's placement strategies (ECS's default spread when it names none) and its
/// constraints with the task definition's.
fn given_rules(
    s: &Service,
    def: &TaskDefinition,
) -> (Vec<PlacementStrategy>, Vec<PlacementConstraint>) {
    let mut strategies = s.placement_strategy.clone().unwrap_or_default();
    if strategies.is_empty() {
        // The service scheduler balances across zones, then instances.
        for field in ["attribute:ecs.availability-zone", "instanceId"] {
            strategies.push(PlacementStrategy {
                r#type: Some("spread".into()),
                field: Some(field.into()),
            });
        }
    }
    let mut constraints = s.placement_constraints.clone().unwrap_or_default();
    constraints.extend(task::definition_constraints(def));
    (strategies, constraints)
}

/// The event text for tasks that found no instance, from the placement failures.
pub fn unplaced_reason(failures: &[Failure]) -> String {
    let closest = failures.iter().find(|f| f.arn.is_some());
    let Some(f) = closest else {
        return "Reason: No Container Instances were found in your cluster.".into();
    };
    let id = f.arn.as_deref().unwrap_or_default();
    let id = id.rsplit('/').next().unwrap_or(id);
    let what = match f.reason.as_deref().unwrap_or_default() {
        "RESOURCE:MEMORY" => "has insufficient memory available".to_string(),
        "RESOURCE:CPU" => "has insufficient CPU units available".to_string(),
        "RESOURCE:PORTS" => "is already using a port required by your task".to_string(),
        "ATTRIBUTE" => "is missing an attribute required by your task".to_string(),
        other => format!("encountered error \"{other}\""),
    };
    format!(
        "The closest matching (container-instance {id}) {what}. For more information, see the Troubleshooting section of the Amazon ECS Developer Guide."
    )
}

/// Starts up to `n` tasks of `deployment` for the service `key`; `only` limits each task to
/// one instance (DAEMON services).
pub fn start(
    r: &mut Region,
    env: &Env,
    key: &(String, String),
    deployment: &Deployment,
    n: usize,
    only: &[Option<String>],
) -> Started {
    let mut out = Started::default();
    let s = r.services[key].service.clone();
    let Some(def) = deployment
        .task_definition
        .as_deref()
        .and_then(|arn| task_definition::find(r, arn).ok().flatten())
        .cloned()
    else {
        return out;
    };
    let vpc = task::network(&def.def, deployment.network_configuration.as_ref())
        .ok()
        .flatten();
    let tags = task::task_tags(
        vec![],
        s.propagate_tags.as_deref(),
        &def.tags,
        s.tags.as_deref().unwrap_or_default(),
    );
    let strategy = deployment
        .capacity_provider_strategy
        .clone()
        .unwrap_or_default();
    // Tasks each provider already has, so new ones keep the strategy's split.
    let existing: Vec<i32> = strategy
        .iter()
        .map(|item| {
            r.service_tasks
                .get(key)
                .into_iter()
                .flatten()
                .filter(|id| {
                    let t = &r.tasks[*id].task;
                    t.desired_status.as_deref() == Some("RUNNING")
                        && t.capacity_provider_name == item.capacity_provider
                })
                .count() as i32
        })
        .collect();
    let providers: Vec<Option<String>> = if strategy.is_empty() {
        vec![None; n]
    } else {
        capacity::split(&strategy, &existing, n)
            .into_iter()
            .map(|i| strategy[i].capacity_provider.clone())
            .collect()
    };
    let mut rules = rules(&s, &def.def, &key.1);
    let overrides = TaskOverride {
        container_overrides: Some(vec![]),
        inference_accelerator_overrides: Some(vec![]),
        ..Default::default()
    };
    let demand = placement::demand(&def.def, &overrides);
    let mut placer: Option<std::sync::Arc<Placer>> = None;
    for (i, provider) in providers.into_iter().enumerate() {
        let launch_type = match &provider {
            Some(p) => task::provider_launch_type(p).to_string(),
            None => deployment
                .launch_type
                .clone()
                .unwrap_or_else(|| "FARGATE".into()),
        };
        let mut wait = None;
        let on = if launch_type == "FARGATE" {
            None
        } else {
            rules.provider = provider.clone();
            let limit: Option<Vec<String>> = only.get(i).cloned().flatten().map(|x| vec![x]);
            let p = placer
                .get_or_insert_with(|| placer::placer(r, &key.0, &demand, &rules))
                .clone();
            match p.place(r, &demand, &rules, limit.as_deref()) {
                Ok(on) => Some(on),
                Err(f) => {
                    // DAEMON tasks (limited to one instance) never wait.
                    wait = limit
                        .is_none()
                        .then(|| given_rules(&s, &def.def))
                        .and_then(|g| {
                            provisioning::wait_for(r, &key.0, provider.as_deref(), env.now, g)
                        });
                    if wait.is_none() {
                        out.unplaced = Some(unplaced_reason(&f));
                        break;
                    }
                    None
                }
            }
        };
        let fargate = launch_type == "FARGATE";
        let mut t = lifecycle::start(
            r,
            env,
            NewTask {
                cluster: key.0.clone(),
                definition: def.def.clone(),
                launch_type,
                capacity_provider: provider.or_else(|| fargate.then(|| "FARGATE".into())),
                network: vpc.clone(),
                overrides: overrides.clone(),
                group: format!("service:{}", key.1),
                started_by: deployment.id.clone(),
                tags: tags.clone(),
                service: Some(key.1.clone()),
                deployment: deployment.id.clone(),
                enable_execute_command: s.enable_execute_command.unwrap_or(false),
                platform_version: deployment.platform_version.clone(),
                on,
            },
        );
        if let Some(w) = wait {
            provisioning::hold(r, &mut t, w);
        }
        out.arns.push(t.task_arn.unwrap_or_default());
    }
    out
}

/// A DAEMON service's instances: the ACTIVE instances of its cluster that satisfy its
/// memberOf constraints.
pub fn daemon_instances(
    r: &Region,
    key: &(String, String),
    def: Option<&TaskDefinition>,
) -> Vec<String> {
    let s = &r.services[key].service;
    let rules = match def {
        Some(d) => rules(s, d, &key.1),
        None => Rules::default(),
    };
    r.instances
        .iter()
        .filter(|(id, rec)| {
            rec.cluster == key.0
                && rec.instance.status.as_deref() == Some("ACTIVE")
                && rules
                    .member_of
                    .iter()
                    .all(|q| placement::matches(q, rec, r.usage.get(*id)))
        })
        .map(|(id, _)| id.clone())
        .collect()
}

/// True when a task sits on an instance that is draining or gone (the scheduler moves it).
pub fn leaving(r: &Region, rec: &super::state::TaskRec) -> bool {
    rec.placed.as_ref().is_some_and(|p| {
        r.instances
            .get(&p.instance)
            .is_none_or(|i| i.instance.status.as_deref() != Some("ACTIVE"))
    })
}
