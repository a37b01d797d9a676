//! Clusters: CreateCluster, DescribeClusters, ListClusters, UpdateCluster,
//! UpdateClusterSettings, PutClusterCapacityProviders, DeleteCluster. Counters are computed
//! from the tasks and services the cluster holds, so they are always right.
//!
//! It never starts or stops tasks.

use super::api::*;
use super::names;
use super::paging;
use super::state::{ClusterRec, Dirty, Region};
use crate::error::AwsResult;

fn check_settings(settings: &[ClusterSetting]) -> AwsResult<()> {
    for s in settings {
        let value = s.value.as_deref().unwrap_or("");
        if s.name.as_deref() == Some("containerInsights")
            && !["enabled", "disabled", "enhanced"].contains(&value)
        {
            return Err(ErrorCode::InvalidParameterException.with(format!(
                "The value '{value}' is not valid for the containerInsights setting. Valid values are enabled, disabled and enhanced."
            )));
        }
    }
    Ok(())
}

fn check_providers(
    r: &Region,
    providers: &[String],
    strategy: &[CapacityProviderStrategyItem],
) -> AwsResult<()> {
    for p in providers {
        if !super::capacity::exists(r, p) {
            return Err(ErrorCode::InvalidParameterException.with(format!(
                "The specified capacity provider '{p}' does not exist. Specify a valid capacity provider and try again."
            )));
        }
    }
    for item in strategy {
        let name = item.capacity_provider.as_deref().unwrap_or("");
        if !providers.iter().any(|p| p == name) {
            return Err(ErrorCode::InvalidParameterException.with(format!(
                "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again: {name}"
            )));
        }
    }
    Ok(())
}

pub fn create(r: &mut Region, input: CreateClusterRequest) -> AwsResult<CreateClusterResponse> {
    let name = input.cluster_name.unwrap_or_else(|| "default".into());
    if !names::valid_name(&name) {
        return Err(ErrorCode::InvalidParameterException.with(
            "Cluster name can contain only letters, numbers, underscores and hyphens, and be up to 255 characters long.",
        ));
    }
    if let Some(existing) = r.clusters.get(&name)
        && existing.cluster.status.as_deref() == Some("ACTIVE")
    {
        return Ok(CreateClusterResponse {
            cluster: Some(describe_one(r, &name, &[])),
        });
    }
    let settings = input.settings.unwrap_or_else(|| {
        vec![ClusterSetting {
            name: Some("containerInsights".into()),
            value: Some("disabled".into()),
        }]
    });
    check_settings(&settings)?;
    let providers = input.capacity_providers.unwrap_or_default();
    let strategy = input.default_capacity_provider_strategy.unwrap_or_default();
    check_providers(r, &providers, &strategy)?;
    let cluster = Cluster {
        cluster_arn: Some(r.arn(&format!("cluster/{name}"))),
        cluster_name: Some(name.clone()),
        configuration: input.configuration,
        status: Some("ACTIVE".into()),
        tags: input.tags.filter(|t| !t.is_empty()),
        settings: Some(settings),
        capacity_providers: Some(providers),
        default_capacity_provider_strategy: Some(strategy),
        service_connect_defaults: input.service_connect_defaults.map(|d| {
            ClusterServiceConnectDefaults {
                namespace: d.namespace,
            }
        }),
        ..Default::default()
    };
    r.clusters.insert(name.clone(), ClusterRec { cluster });
    r.touch(Dirty::Cluster(name.clone()));
    Ok(CreateClusterResponse {
        cluster: Some(describe_one(
            r,
            &name,
            &["SETTINGS", "CONFIGURATIONS", "TAGS"],
        )),
    })
}

/// The cluster as DescribeClusters shows it, with counters and the `include`d parts.
pub fn describe_one(r: &Region, name: &str, include: &[&str]) -> Cluster {
    let mut c = r.clusters[name].cluster.clone();
    let (mut running, mut pending) = (0, 0);
    let mut by_launch: std::collections::BTreeMap<String, i32> = Default::default();
    if let Some(ids) = r.cluster_tasks.get(name) {
        for id in ids {
            let t = &r.tasks[id].task;
            let launch = t.launch_type.as_deref().unwrap_or("FARGATE");
            match t.last_status.as_deref() {
                Some("RUNNING") => {
                    running += 1;
                    *by_launch
                        .entry(format!("running{}TasksCount", label(launch)))
                        .or_default() += 1;
                }
                Some("PROVISIONING" | "PENDING" | "ACTIVATING") => {
                    pending += 1;
                    *by_launch
                        .entry(format!("pending{}TasksCount", label(launch)))
                        .or_default() += 1;
                }
                _ => {}
            }
        }
    }
    let mut active = 0;
    for ((cluster, _), s) in r.services.range((name.to_string(), String::new())..) {
        if cluster != name {
            break;
        }
        let launch = s.service.launch_type.as_deref().unwrap_or("FARGATE");
        match s.service.status.as_deref() {
            Some("ACTIVE") => {
                active += 1;
                *by_launch
                    .entry(format!("active{}ServiceCount", label(launch)))
                    .or_default() += 1;
            }
            Some("DRAINING") => {
                *by_launch
                    .entry(format!("draining{}ServiceCount", label(launch)))
                    .or_default() += 1;
            }
            _ => {}
        }
    }
    c.running_tasks_count = Some(running);
    c.pending_tasks_count = Some(pending);
    c.active_services_count = Some(active);
    c.registered_container_instances_count = Some(
        r.instances
            .values()
            .filter(|i| i.cluster == name && i.instance.status.as_deref() != Some("INACTIVE"))
            .count() as i32,
    );
    c.statistics = Some(if include.contains(&"STATISTICS") {
        by_launch
            .into_iter()
            .map(|(k, v)| KeyValuePair {
                name: Some(k),
                value: Some(v.to_string()),
            })
            .collect()
    } else {
        vec![]
    });
    if !include.contains(&"TAGS") {
        c.tags = None;
    }
    if !include.contains(&"SETTINGS") {
        c.settings = None;
    }
    if !include.contains(&"CONFIGURATIONS") {
        c.configuration = None;
    }
    if include.contains(&"ATTACHMENTS") {
        c.attachments = Some(vec![]);
    }
    c
}

fn label(launch: &str) -> &'static str {
    match launch {
        "EC2" => "EC2",
        "EXTERNAL" => "External",
        _ => "Fargate",
    }
}

pub fn describe(r: &Region, input: DescribeClustersRequest) -> AwsResult<DescribeClustersResponse> {
    let include: Vec<String> = input.include.unwrap_or_default();
    let include: Vec<&str> = include.iter().map(String::as_str).collect();
    let names = input.clusters.unwrap_or_else(|| vec!["default".into()]);
    let (mut clusters, mut failures) = (Vec::new(), Vec::new());
    for given in names {
        let name = super::names::cluster(Some(&given), &r.account, &r.region)?;
        if r.clusters.contains_key(&name) {
            clusters.push(describe_one(r, &name, &include));
        } else {
            failures.push(Failure {
                arn: Some(r.arn(&format!("cluster/{name}"))),
                reason: Some("MISSING".into()),
                detail: None,
            });
        }
    }
    Ok(DescribeClustersResponse {
        clusters: Some(clusters),
        failures: Some(failures),
    })
}

pub fn list(r: &Region, input: ListClustersRequest) -> AwsResult<ListClustersResponse> {
    let active = r
        .clusters
        .iter()
        .filter(|(_, c)| c.cluster.status.as_deref() == Some("ACTIVE"))
        .map(|(n, c)| (n.clone(), c.cluster.cluster_arn.clone().unwrap_or_default()));
    let (arns, next) = paging::page(active, input.max_results, input.next_token.as_deref())?;
    Ok(ListClustersResponse {
        cluster_arns: Some(arns),
        next_token: next,
    })
}

/// The name of an ACTIVE cluster, or ClusterNotFoundException.
pub fn active(r: &Region, given: Option<&str>) -> AwsResult<String> {
    let name = super::names::cluster(given, &r.account, &r.region)?;
    match r.clusters.get(&name) {
        Some(c) if c.cluster.status.as_deref() == Some("ACTIVE") => Ok(name),
        _ => Err(ErrorCode::ClusterNotFoundException.with("Cluster not found.")),
    }
}

fn updated(r: &mut Region, name: &str) -> Cluster {
    r.touch(Dirty::Cluster(name.to_string()));
    describe_one(r, name, &["SETTINGS", "CONFIGURATIONS", "TAGS"])
}

pub fn update(r: &mut Region, input: UpdateClusterRequest) -> AwsResult<UpdateClusterResponse> {
    let name = active(r, input.cluster.as_deref())?;
    if let Some(s) = &input.settings {
        check_settings(s)?;
    }
    let c = &mut r.clusters.get_mut(&name).expect("active").cluster;
    if let Some(s) = input.settings {
        c.settings = Some(s);
    }
    if let Some(conf) = input.configuration {
        c.configuration = Some(conf);
    }
    if let Some(d) = input.service_connect_defaults {
        c.service_connect_defaults = Some(ClusterServiceConnectDefaults {
            namespace: d.namespace,
        });
    }
    Ok(UpdateClusterResponse {
        cluster: Some(updated(r, &name)),
    })
}

pub fn update_settings(
    r: &mut Region,
    input: UpdateClusterSettingsRequest,
) -> AwsResult<UpdateClusterSettingsResponse> {
    let name = active(r, input.cluster.as_deref())?;
    let settings = input.settings.unwrap_or_default();
    check_settings(&settings)?;
    let c = &mut r.clusters.get_mut(&name).expect("active").cluster;
    let current = c.settings.get_or_insert_with(Vec::new);
    for s in settings {
        match current.iter_mut().find(|x| x.name == s.name) {
            Some(x) => x.value = s.value,
            None => current.push(s),
        }
    }
    Ok(UpdateClusterSettingsResponse {
        cluster: Some(updated(r, &name)),
    })
}

pub fn put_capacity_providers(
    r: &mut Region,
    input: PutClusterCapacityProvidersRequest,
) -> AwsResult<PutClusterCapacityProvidersResponse> {
    let name = active(r, input.cluster.as_deref())?;
    let providers = input.capacity_providers.unwrap_or_default();
    let strategy = input.default_capacity_provider_strategy.unwrap_or_default();
    check_providers(r, &providers, &strategy)?;
    let c = &mut r.clusters.get_mut(&name).expect("active").cluster;
    c.capacity_providers = Some(providers);
    c.default_capacity_provider_strategy = Some(strategy);
    Ok(PutClusterCapacityProvidersResponse {
        cluster: Some(updated(r, &name)),
    })
}

pub fn delete(r: &mut Region, input: DeleteClusterRequest) -> AwsResult<DeleteClusterResponse> {
    let name = active(r, input.cluster.as_deref())?;
    let described = describe_one(r, &name, &[]);
    let services = r
        .services
        .range((name.clone(), String::new())..)
        .take_while(|((c, _), _)| *c == name)
        .any(|(_, s)| matches!(s.service.status.as_deref(), Some("ACTIVE" | "DRAINING")));
    if services {
        return Err(ErrorCode::ClusterContainsServicesException
            .with("The Cluster cannot be deleted while Services are active."));
    }
    let tasks = r.cluster_tasks.get(&name).is_some_and(|ids| {
        ids.iter()
            .any(|id| r.tasks[id].task.last_status.as_deref() != Some("STOPPED"))
    });
    if tasks {
        return Err(ErrorCode::ClusterContainsTasksException
            .with("The Cluster cannot be deleted while Tasks are active."));
    }
    if described.registered_container_instances_count.unwrap_or(0) > 0 {
        return Err(ErrorCode::ClusterContainsContainerInstancesException.with(
            "The Cluster cannot be deleted while Container Instances are active or draining.",
        ));
    }
    let c = &mut r.clusters.get_mut(&name).expect("active").cluster;
    c.status = Some("INACTIVE".into());
    Ok(DeleteClusterResponse {
        cluster: Some(updated(r, &name)),
    })
}
