//! What reads managed daemons: DescribeDaemon (each running revision with its counts per
//! capacity provider), ListDaemons, DescribeDaemonDeployments, ListDaemonDeployments and
//! DescribeDaemonRevisions.
//!
//! It never changes a daemon.

use super::api::*;
use super::cluster;
use super::daemon::{daemon, eligible, key_of, tasks_of, ts};
use super::paging;
use super::state::Region;
use crate::error::AwsResult;

pub fn describe(r: &Region, input: DescribeDaemonRequest) -> AwsResult<DescribeDaemonResponse> {
    let d = daemon(r, input.daemon_arn.as_deref().unwrap_or_default())?;
    let tasks = tasks_of(r, d);
    let eligible = eligible(r, d);
    let revisions = d
        .revisions
        .iter()
        .filter_map(|rev| {
            let arn = rev.daemon_revision_arn.clone()?;
            let providers: Vec<DaemonCapacityProvider> = d
                .providers
                .iter()
                .map(|p| {
                    let on = |i: &String| {
                        r.instances[i].instance.capacity_provider_name.as_deref()
                            == Some(p.as_str())
                    };
                    let running = tasks
                        .iter()
                        .filter(|(_, i, rv, up)| {
                            *up && *rv == arn && r.instances.get(i).is_some_and(|_| on(i))
                        })
                        .count() as i32;
                    let total = eligible.iter().filter(|i| on(i)).count() as i32;
                    DaemonCapacityProvider {
                        arn: Some(r.arn(&format!("capacity-provider/{p}"))),
                        running_count: Some(running),
                        without_daemon_count: Some((total - running).max(0)),
                    }
                })
                .collect();
            let running: i32 = providers.iter().map(|p| p.running_count.unwrap_or(0)).sum();
            let current = d.revisions.last().map(|x| x.daemon_revision_arn.as_deref())
                == Some(Some(arn.as_str()));
            (running > 0 || current).then(|| DaemonRevisionDetail {
                total_running_count: Some(running),
                total_without_daemon_count: Some(
                    providers
                        .iter()
                        .map(|p| p.without_daemon_count.unwrap_or(0))
                        .sum(),
                ),
                arn: Some(arn),
                capacity_providers: Some(providers),
            })
        })
        .collect();
    Ok(DescribeDaemonResponse {
        daemon: Some(DaemonDetail {
            daemon_arn: Some(d.arn.clone()),
            cluster_arn: Some(r.arn(&format!("cluster/{}", d.cluster))),
            status: Some(d.status.clone()),
            current_revisions: Some(revisions),
            deployment_arn: d
                .deployments
                .last()
                .and_then(|x| x.daemon_deployment_arn.clone()),
            created_at: ts(d.created_at),
            updated_at: ts(d.updated_at),
        }),
    })
}

pub fn list(r: &Region, input: ListDaemonsRequest) -> AwsResult<ListDaemonsResponse> {
    let cluster = match input.cluster_arn.as_deref() {
        Some(c) => Some(cluster::active(r, Some(c))?),
        None => None,
    };
    let wanted: Vec<String> = input
        .capacity_provider_arns
        .unwrap_or_default()
        .iter()
        .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
        .collect();
    let items = r.daemons.iter().filter(|(_, d)| {
        cluster.as_deref().is_none_or(|c| d.cluster == c)
            && (wanted.is_empty() || d.providers.iter().any(|p| wanted.contains(p)))
    });
    let items = items.map(|(k, d)| {
        (
            k.clone(),
            DaemonSummary {
                daemon_arn: Some(d.arn.clone()),
                status: Some(d.status.clone()),
                created_at: ts(d.created_at),
                updated_at: ts(d.updated_at),
            },
        )
    });
    let (page, next) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListDaemonsResponse {
        daemon_summaries_list: Some(page),
        next_token: next,
    })
}

pub fn describe_deployments(
    r: &Region,
    input: DescribeDaemonDeploymentsRequest,
) -> AwsResult<DescribeDaemonDeploymentsResponse> {
    let arns = input.daemon_deployment_arns.unwrap_or_default();
    let (found, failures) = paging::each(arns, 20, "daemonDeploymentArns", |arn| {
        let d = r.daemons.get(&key_of(arn, "daemon-deployment")?)?;
        d.deployments
            .iter()
            .find(|x| x.daemon_deployment_arn.as_deref() == Some(arn))
            .cloned()
    })?;
    Ok(DescribeDaemonDeploymentsResponse {
        failures: Some(failures),
        daemon_deployments: Some(found),
    })
}

pub fn list_deployments(
    r: &Region,
    input: ListDaemonDeploymentsRequest,
) -> AwsResult<ListDaemonDeploymentsResponse> {
    let d = daemon(r, input.daemon_arn.as_deref().unwrap_or_default())?;
    let statuses = input.status.unwrap_or_default();
    let range = input.created_at.unwrap_or_default();
    let items = d.deployments.iter().rev().filter(|x| {
        let at = x.created_at.map(|t| t.millis()).unwrap_or(0);
        (statuses.is_empty() || statuses.contains(&x.status.clone().unwrap_or_default()))
            && range.before.is_none_or(|b| at < b.millis())
            && range.after.is_none_or(|a| at > a.millis())
    });
    let items = items.enumerate().map(|(i, x)| {
        (
            format!("{i:010}"),
            DaemonDeploymentSummary {
                daemon_deployment_arn: x.daemon_deployment_arn.clone(),
                daemon_arn: Some(d.arn.clone()),
                cluster_arn: x.cluster_arn.clone(),
                status: x.status.clone(),
                status_reason: x.status_reason.clone(),
                target_daemon_revision_arn: x
                    .target_daemon_revision
                    .as_ref()
                    .and_then(|t| t.arn.clone()),
                created_at: x.created_at,
                started_at: x.started_at,
                stopped_at: x.stopped_at,
                finished_at: x.finished_at,
            },
        )
    });
    let (page, next) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListDaemonDeploymentsResponse {
        next_token: next,
        daemon_deployments: Some(page),
    })
}

pub fn describe_revisions(
    r: &Region,
    input: DescribeDaemonRevisionsRequest,
) -> AwsResult<DescribeDaemonRevisionsResponse> {
    let arns = input.daemon_revision_arns.unwrap_or_default();
    let (found, failures) = paging::each(arns, 20, "daemonRevisionArns", |arn| {
        let d = r.daemons.get(&key_of(arn, "daemon-revision")?)?;
        d.revisions
            .iter()
            .find(|x| x.daemon_revision_arn.as_deref() == Some(arn))
            .cloned()
    })?;
    Ok(DescribeDaemonRevisionsResponse {
        daemon_revisions: Some(found),
        failures: Some(failures),
    })
}
