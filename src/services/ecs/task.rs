//! Tasks: RunTask, StopTask, DescribeTasks, ListTasks. Launching and the phases a task goes
//! through live in `lifecycle`; this file checks requests and reports.
//!
//! It never keeps a service's count: the scheduler does.

use super::api::*;
use super::capacity;
use super::cluster;
use super::lifecycle::{self, Env, NewTask};
use super::names;
use super::paging;
use super::placement;
use super::placer;
use super::provisioning;
use super::state::{Region, TaskRec};
use super::task_definition;
use crate::error::{AwsError, AwsResult};

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

/// The capacity provider strategy a task or service uses: the one given, else the
/// cluster's default (empty when a launch type is given or neither exists).
pub fn strategy_for(
    r: &Region,
    cluster: &str,
    launch_type: Option<&str>,
    strategy: Option<&[CapacityProviderStrategyItem]>,
) -> AwsResult<Vec<CapacityProviderStrategyItem>> {
    if launch_type.is_some() && strategy.is_some_and(|s| !s.is_empty()) {
        return Err(invalid(
            "Specifying both a launch type and capacity provider strategy is not supported. Remove one and try again.",
        ));
    }
    if launch_type.is_some() {
        return Ok(vec![]);
    }
    let given = strategy.filter(|s| !s.is_empty()).map(<[_]>::to_vec);
    let out = given.unwrap_or_else(|| {
        r.clusters[cluster]
            .cluster
            .default_capacity_provider_strategy
            .clone()
            .unwrap_or_default()
    });
    capacity::check_strategy(r, cluster, &out)?;
    Ok(out)
}

/// The launch type of a capacity provider's tasks.
pub fn provider_launch_type(provider: &str) -> &'static str {
    if capacity::FARGATE.contains(&provider) {
        "FARGATE"
    } else {
        "EC2"
    }
}

/// Where a task runs: launch type and capacity provider, from the request or the cluster
/// (the provider with the largest base, then weight, stands for the strategy).
pub fn placement(
    r: &Region,
    cluster: &str,
    launch_type: Option<&str>,
    strategy: Option<&[CapacityProviderStrategyItem]>,
) -> AwsResult<(String, Option<String>)> {
    if let Some(lt) = launch_type {
        strategy_for(r, cluster, Some(lt), strategy)?;
        return Ok((lt.to_string(), None));
    }
    let strategy = strategy_for(r, cluster, None, strategy)?;
    match strategy
        .iter()
        .max_by_key(|i| (i.base.unwrap_or(0), i.weight.unwrap_or(0)))
        .and_then(|i| i.capacity_provider.clone())
    {
        Some(p) => Ok((provider_launch_type(&p).to_string(), Some(p))),
        None => Ok(("EC2".into(), None)),
    }
}

/// Checks a network configuration against the task definition's network mode.
pub fn network(
    def: &TaskDefinition,
    conf: Option<&NetworkConfiguration>,
) -> AwsResult<Option<AwsVpcConfiguration>> {
    let vpc = conf.and_then(|c| c.awsvpc_configuration.clone());
    if def.network_mode.as_deref() == Some("awsvpc") {
        let vpc = vpc.ok_or_else(|| {
            invalid(
                "Network Configuration must be provided when networkMode 'awsvpc' is specified.",
            )
        })?;
        if vpc.subnets.as_deref().unwrap_or_default().is_empty() {
            return Err(invalid("subnets can not be empty."));
        }
        Ok(Some(vpc))
    } else if vpc.is_some() {
        Err(invalid(
            "Network Configuration is not valid for the given networkMode of this task definition.",
        ))
    } else {
        Ok(None)
    }
}

/// Checks that a launch type can run a task definition.
pub fn compatible(def: &TaskDefinition, launch_type: &str) -> AwsResult<()> {
    let ok = def
        .compatibilities
        .as_deref()
        .unwrap_or_default()
        .iter()
        .any(|c| c == launch_type);
    if launch_type == "FARGATE" && !ok {
        return Err(invalid(
            "Task definition does not support launch_type FARGATE.",
        ));
    }
    Ok(())
}

fn check_overrides(def: &TaskDefinition, overrides: &TaskOverride) -> AwsResult<()> {
    for o in overrides.container_overrides.as_deref().unwrap_or_default() {
        let name = o.name.as_deref().unwrap_or_default();
        let known = def
            .container_definitions
            .as_deref()
            .unwrap_or_default()
            .iter()
            .any(|c| c.name.as_deref() == Some(name));
        if !known {
            return Err(invalid(format!(
                "Override for container named {name} is not a container in the TaskDefinition."
            )));
        }
    }
    Ok(())
}

/// Tags a task carries: its own, plus its task definition's when asked to propagate them.
pub fn task_tags(
    own: Vec<Tag>,
    propagate: Option<&str>,
    from_definition: &[Tag],
    from_service: &[Tag],
) -> Vec<Tag> {
    let mut tags = own;
    let extra = match propagate {
        Some("TASK_DEFINITION") => from_definition,
        Some("SERVICE") => from_service,
        _ => &[],
    };
    for t in extra {
        if !tags.iter().any(|x| x.key == t.key) {
            tags.push(t.clone());
        }
    }
    tags
}

pub fn run(r: &mut Region, env: &Env, input: RunTaskRequest) -> AwsResult<RunTaskResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let count = input.count.unwrap_or(1);
    if !(1..=10).contains(&count) {
        return Err(invalid("Count must be between 1 and 10."));
    }
    let def_rec =
        task_definition::for_new_tasks(r, input.task_definition.as_deref().unwrap_or_default())?;
    let def = def_rec.def.clone();
    let def_tags = def_rec.tags.clone();
    let strategy = strategy_for(
        r,
        &cluster,
        input.launch_type.as_deref(),
        input.capacity_provider_strategy.as_deref(),
    )?;
    // Each task's launch type and capacity provider.
    let targets: Vec<(String, Option<String>)> = if strategy.is_empty() {
        let lt = input.launch_type.clone().unwrap_or_else(|| "EC2".into());
        vec![(lt, None); count as usize]
    } else {
        capacity::split(&strategy, &[], count as usize)
            .into_iter()
            .map(|i| {
                let p = strategy[i].capacity_provider.clone().unwrap_or_default();
                (provider_launch_type(&p).to_string(), Some(p))
            })
            .collect()
    };
    for (lt, _) in &targets {
        compatible(&def, lt)?;
    }
    let vpc = network(&def, input.network_configuration.as_ref())?;
    let overrides = input.overrides.unwrap_or_default();
    check_overrides(&def, &overrides)?;
    let family = def.family.clone().unwrap_or_default();
    let group = input
        .group
        .clone()
        .unwrap_or_else(|| format!("family:{family}"));
    let strategies = input.placement_strategy.unwrap_or_default();
    let mut constraints = input.placement_constraints.unwrap_or_default();
    let fargate_only = targets.iter().all(|(lt, _)| lt == "FARGATE");
    if fargate_only && (!strategies.is_empty() || !constraints.is_empty()) {
        return Err(invalid(
            "Task placement constraints and strategies are not supported for tasks run on Fargate.",
        ));
    }
    constraints.extend(definition_constraints(&def));
    let rules = placement::rules(&strategies, &constraints, &group)?;
    let waits = Some((strategies, constraints));
    let given = Given {
        group,
        tags: input.tags,
        propagate_tags: input.propagate_tags,
        started_by: input.started_by,
        enable_execute_command: input.enable_execute_command,
        platform_version: input.platform_version,
    };
    let mut launch = Launch::new(cluster, def, &def_tags, rules, vpc, overrides, given);
    launch.waits = waits;
    let targets = targets.into_iter().map(|(lt, p)| (lt, p, None)).collect();
    let (tasks, failures) = launch_all(r, env, launch, targets);
    Ok(RunTaskResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

/// The placement constraints of a task definition, as a request gives them.
pub fn definition_constraints(def: &TaskDefinition) -> Vec<PlacementConstraint> {
    def.placement_constraints
        .iter()
        .flatten()
        .map(|c| PlacementConstraint {
            r#type: c.r#type.clone(),
            expression: c.expression.clone(),
        })
        .collect()
}

/// What the tasks of one RunTask or StartTask share.
struct Launch {
    cluster: String,
    def: TaskDefinition,
    demand: placement::Demand,
    rules: placement::Rules,
    vpc: Option<AwsVpcConfiguration>,
    overrides: TaskOverride,
    group: String,
    started_by: Option<String>,
    tags: Vec<Tag>,
    enable_execute_command: bool,
    platform_version: Option<String>,
    /// The strategies and constraints as given, for tasks that may wait for capacity.
    waits: Option<(Vec<PlacementStrategy>, Vec<PlacementConstraint>)>,
}

/// What RunTask and StartTask requests give alike.
struct Given {
    group: String,
    tags: Option<Vec<Tag>>,
    propagate_tags: Option<String>,
    started_by: Option<String>,
    enable_execute_command: Option<bool>,
    platform_version: Option<String>,
}

impl Launch {
    fn new(
        cluster: String,
        def: TaskDefinition,
        def_tags: &[Tag],
        rules: placement::Rules,
        vpc: Option<AwsVpcConfiguration>,
        overrides: TaskOverride,
        g: Given,
    ) -> Launch {
        let tags = task_tags(
            g.tags.unwrap_or_default(),
            g.propagate_tags.as_deref(),
            def_tags,
            &[],
        );
        Launch {
            cluster,
            demand: placement::demand(&def, &overrides),
            tags,
            def,
            rules,
            vpc,
            overrides,
            group: g.group,
            started_by: g.started_by,
            enable_execute_command: g.enable_execute_command.unwrap_or(false),
            platform_version: g.platform_version,
            waits: None,
        }
    }
}

/// A task to launch: launch type, capacity provider, and the instances it may go to.
type Target = (String, Option<String>, Option<Vec<String>>);

/// Places and starts one task per target; what cannot be placed becomes failures (each
/// instance and reason once).
fn launch_all(
    r: &mut Region,
    env: &Env,
    mut l: Launch,
    targets: Vec<Target>,
) -> (Vec<Task>, Vec<Failure>) {
    let mut tasks = Vec::new();
    let mut failures: Vec<Failure> = Vec::new();
    let mut ov = l.overrides.clone();
    ov.container_overrides.get_or_insert_with(Vec::new);
    ov.inference_accelerator_overrides
        .get_or_insert_with(Vec::new);
    let placer = targets
        .iter()
        .any(|(lt, _, _)| lt != "FARGATE")
        .then(|| placer::placer(r, &l.cluster, &l.demand, &l.rules));
    for (launch_type, provider, only) in targets {
        let mut wait = None;
        let on = match &placer {
            Some(placer) if launch_type != "FARGATE" => {
                l.rules.provider = provider.clone();
                match placer.place(r, &l.demand, &l.rules, only.as_deref()) {
                    Ok(on) => Some(on),
                    Err(f) => {
                        wait = l.waits.clone().and_then(|g| {
                            provisioning::wait_for(r, &l.cluster, provider.as_deref(), env.now, g)
                        });
                        if wait.is_none() {
                            for x in f {
                                if !failures
                                    .iter()
                                    .any(|y| y.arn == x.arn && y.reason == x.reason)
                                {
                                    failures.push(x);
                                }
                            }
                            continue;
                        }
                        None
                    }
                }
            }
            _ => None,
        };
        let fargate = launch_type == "FARGATE";
        let mut task = lifecycle::start(
            r,
            env,
            NewTask {
                cluster: l.cluster.clone(),
                definition: l.def.clone(),
                launch_type,
                capacity_provider: provider.or_else(|| fargate.then(|| "FARGATE".into())),
                network: l.vpc.clone(),
                overrides: ov.clone(),
                group: l.group.clone(),
                started_by: l.started_by.clone(),
                tags: l.tags.clone(),
                service: None,
                deployment: None,
                enable_execute_command: l.enable_execute_command,
                platform_version: l.platform_version.clone(),
                on,
            },
        );
        if let Some(w) = wait {
            provisioning::hold(r, &mut task, w);
        }
        tasks.push(task);
    }
    (tasks, failures)
}

/// StartTask: one task on each named container instance, if it fits there.
pub fn start(r: &mut Region, env: &Env, input: StartTaskRequest) -> AwsResult<StartTaskResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let refs = input.container_instances.unwrap_or_default();
    if refs.is_empty() || refs.len() > 10 {
        return Err(invalid(
            "Container instances must contain between 1 and 10 items.",
        ));
    }
    let def_rec =
        task_definition::for_new_tasks(r, input.task_definition.as_deref().unwrap_or_default())?;
    let (def, def_tags) = (def_rec.def.clone(), def_rec.tags.clone());
    let vpc = network(&def, input.network_configuration.as_ref())?;
    let overrides = input.overrides.unwrap_or_default();
    check_overrides(&def, &overrides)?;
    let group = input
        .group
        .clone()
        .unwrap_or_else(|| format!("family:{}", def.family.as_deref().unwrap_or_default()));
    let mut failures = Vec::new();
    let mut targets = Vec::new();
    for given in &refs {
        match super::instance::find(r, &cluster, given)? {
            Some(id) => targets.push(("EC2".to_string(), None, Some(vec![id]))),
            None => failures.push(Failure {
                arn: Some(given.clone()),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    let rules = placement::rules(&[], &definition_constraints(&def), &group)?;
    let given = Given {
        group,
        tags: input.tags,
        propagate_tags: input.propagate_tags,
        started_by: input.started_by,
        enable_execute_command: input.enable_execute_command,
        platform_version: None,
    };
    let launch = Launch::new(cluster, def, &def_tags, rules, vpc, overrides, given);
    let (tasks, more) = launch_all(r, env, launch, targets);
    failures.extend(more);
    Ok(StartTaskResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

/// The id of a task of `cluster`, or the error ECS gives for an unknown task.
fn existing(r: &Region, cluster: &str, given: &str) -> AwsResult<String> {
    let id = names::task(given, &r.account, &r.region)?;
    match r.tasks.get(&id) {
        Some(t) if t.cluster == cluster => Ok(id),
        _ => Err(invalid("The referenced task was not found.")),
    }
}

pub fn stop(r: &mut Region, env: &Env, input: StopTaskRequest) -> AwsResult<StopTaskResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let id = existing(r, &cluster, input.task.as_deref().unwrap_or_default())?;
    let mut rec = r.tasks.remove(&id).expect("exists");
    let reason = input
        .reason
        .unwrap_or_else(|| "Task stopped by user".into());
    lifecycle::request_stop(&mut rec, env.now, "UserInitiated", &reason);
    let task = rec.task.clone();
    r.put_task(rec);
    Ok(StopTaskResponse { task: Some(task) })
}

/// The tasks a DescribeTasks names, in order, and failures for those it cannot find.
pub(super) fn lookup<'a>(
    r: &'a Region,
    cluster: Option<&str>,
    refs: &[String],
) -> AwsResult<(Vec<&'a TaskRec>, Vec<Failure>)> {
    let cluster = cluster::active(r, cluster)?;
    if refs.len() > 100 {
        return Err(invalid("Tasks cannot be longer than 100."));
    }
    let (mut tasks, mut failures) = (Vec::with_capacity(refs.len()), Vec::new());
    for given in refs {
        let id = names::task(given, &r.account, &r.region)?;
        match r.tasks.get(&id).filter(|t| t.cluster == cluster) {
            Some(rec) => tasks.push(rec),
            None => failures.push(Failure {
                arn: Some(if given.starts_with("arn:") {
                    given.clone()
                } else {
                    r.arn(&format!("task/{cluster}/{given}"))
                }),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok((tasks, failures))
}

pub fn describe(r: &Region, input: DescribeTasksRequest) -> AwsResult<DescribeTasksResponse> {
    let refs = input.tasks.unwrap_or_default();
    let (found, failures) = lookup(r, input.cluster.as_deref(), &refs)?;
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    let tasks = found
        .into_iter()
        .map(|rec| {
            let mut t = rec.task.clone();
            if !tags {
                t.tags = None;
            }
            t
        })
        .collect();
    Ok(DescribeTasksResponse {
        tasks: Some(tasks),
        failures: Some(failures),
    })
}

/// DescribeTasks from each task's cached JSON (the answer without tags): the same answer
/// as `describe`, without cloning and serialising every task again.
pub fn describe_cached(r: &Region, input: &serde_json::Value) -> Option<AwsResult<Vec<u8>>> {
    let wants_tags = input["include"]
        .as_array()
        .is_some_and(|i| i.iter().any(|v| v == "TAGS"));
    if wants_tags {
        return None;
    }
    let refs: Vec<String> = input["tasks"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    let (found, failures) = match lookup(r, input["cluster"].as_str(), &refs) {
        Ok(x) => x,
        Err(e) => return Some(Err(e)),
    };
    let mut out = Vec::with_capacity(
        64 + found
            .iter()
            .map(|t| t.json.as_ref().map_or(0, |j| j.len() + 1))
            .sum::<usize>(),
    );
    out.extend_from_slice(b"{\"tasks\":[");
    for (i, rec) in found.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match &rec.json {
            Some(j) => out.extend_from_slice(j.as_bytes()),
            None => return None,
        }
    }
    out.extend_from_slice(b"],\"failures\":");
    out.extend(serde_json::to_vec(&failures).unwrap_or_else(|_| b"[]".to_vec()));
    out.push(b'}');
    Some(Ok(out))
}

pub fn list(r: &Region, input: ListTasksRequest) -> AwsResult<ListTasksResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let desired = input.desired_status.unwrap_or_else(|| "RUNNING".into());
    let service = match input.service_name.as_deref() {
        Some(s) => Some(names::service(s, &r.account, &r.region)?.1),
        None => None,
    };
    let instance = match input.container_instance.as_deref() {
        Some(i) => Some(names::container_instance(i, &r.account, &r.region)?),
        None => None,
    };
    let empty = Default::default();
    let ids = r.cluster_tasks.get(&cluster).unwrap_or(&empty);
    let matching = ids.iter().filter_map(|id| {
        let rec = &r.tasks[id];
        let t = &rec.task;
        let family_ok = input.family.as_deref().is_none_or(|f| {
            t.task_definition_arn
                .as_deref()
                .and_then(|a| a.rsplit('/').next())
                .and_then(|fr| fr.rsplit_once(':'))
                .is_some_and(|(fam, _)| fam == f)
        });
        let keep = family_ok
            && t.desired_status.as_deref() == Some(desired.as_str())
            && input
                .started_by
                .as_deref()
                .is_none_or(|s| t.started_by.as_deref() == Some(s))
            && service
                .as_deref()
                .is_none_or(|s| rec.service.as_deref() == Some(s))
            && input
                .launch_type
                .as_deref()
                .is_none_or(|l| t.launch_type.as_deref() == Some(l))
            && instance
                .as_deref()
                .is_none_or(|i| rec.placed.as_ref().is_some_and(|p| p.instance == i));
        keep.then(|| (id.clone(), t.task_arn.clone().unwrap_or_default()))
    });
    let (arns, next) = paging::page(matching, input.max_results, input.next_token.as_deref())?;
    Ok(ListTasksResponse {
        task_arns: Some(arns),
        next_token: next,
    })
}
