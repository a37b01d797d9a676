//! Capacity providers: CreateCapacityProvider, UpdateCapacityProvider,
//! DeleteCapacityProvider, DescribeCapacityProviders (FARGATE and FARGATE_SPOT always
//! exist), and how a strategy's `base` and `weight` split tasks among providers.
//!
//! It never scales anything: Dockside has no Auto Scaling groups, so an EC2 provider's
//! capacity is the container instances registered into it.

use super::api::*;
use super::cluster;
use super::paging;
use super::state::{Dirty, ProviderRec, Region};
use crate::error::{AwsError, AwsResult};

pub const FARGATE: &[&str] = &["FARGATE", "FARGATE_SPOT"];

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn fargate_provider(r: &Region, name: &str) -> CapacityProvider {
    CapacityProvider {
        capacity_provider_arn: Some(r.arn(&format!("capacity-provider/{name}"))),
        name: Some(name.into()),
        status: Some("ACTIVE".into()),
        tags: Some(vec![]),
        r#type: Some(name.into()),
        ..Default::default()
    }
}

/// The name from a name or ARN.
fn name_of(given: &str) -> &str {
    given
        .strip_prefix("arn:")
        .and_then(|_| given.rsplit('/').next())
        .unwrap_or(given)
}

/// True when a provider of this name can be used (a Fargate one, or an ACTIVE custom one).
pub fn exists(r: &Region, name: &str) -> bool {
    FARGATE.contains(&name)
        || r.providers
            .get(name)
            .is_some_and(|p| p.provider.status.as_deref() == Some("ACTIVE"))
}

fn check_scaling(m: &ManagedScaling) -> AwsResult<ManagedScaling> {
    let target = m.target_capacity.unwrap_or(100);
    if !(1..=100).contains(&target) {
        return Err(invalid("targetCapacity must be between 1 and 100."));
    }
    let (lo, hi) = (
        m.minimum_scaling_step_size.unwrap_or(1),
        m.maximum_scaling_step_size.unwrap_or(10000),
    );
    if !(1..=10000).contains(&lo) || !(1..=10000).contains(&hi) || lo > hi {
        return Err(invalid(
            "minimumScalingStepSize and maximumScalingStepSize must be between 1 and 10000, the minimum not above the maximum.",
        ));
    }
    Ok(ManagedScaling {
        status: Some(m.status.clone().unwrap_or_else(|| "DISABLED".into())),
        target_capacity: Some(target),
        minimum_scaling_step_size: Some(lo),
        maximum_scaling_step_size: Some(hi),
        instance_warmup_period: Some(m.instance_warmup_period.unwrap_or(300)),
    })
}

pub fn create(
    r: &mut Region,
    input: CreateCapacityProviderRequest,
) -> AwsResult<CreateCapacityProviderResponse> {
    let name = input.name.unwrap_or_default();
    let lower = name.to_ascii_lowercase();
    if ["aws", "ecs", "fargate"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return Err(invalid(
            "The capacity provider name cannot begin with 'aws', 'ecs', or 'fargate'.",
        ));
    }
    if !name
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        || name.is_empty()
        || name.len() > 255
    {
        return Err(invalid(
            "The capacity provider name can contain up to 255 letters, numbers, underscores and hyphens.",
        ));
    }
    if r.providers
        .get(&name)
        .is_some_and(|p| p.provider.status.as_deref() == Some("ACTIVE"))
    {
        return Err(ErrorCode::ClientException.with(
            "The specified capacity provider already exists. To change the configuration of an existing capacity provider, update the capacity provider.",
        ));
    }
    let mut provider = CapacityProvider {
        capacity_provider_arn: Some(r.arn(&format!("capacity-provider/{name}"))),
        name: Some(name.clone()),
        status: Some("ACTIVE".into()),
        tags: Some(input.tags.unwrap_or_default()),
        ..Default::default()
    };
    match (
        input.auto_scaling_group_provider,
        input.managed_instances_provider,
    ) {
        (Some(asg), None) => {
            if input.cluster.is_some() {
                return Err(invalid(
                    "The cluster parameter is only valid for Amazon ECS Managed Instances capacity providers.",
                ));
            }
            let arn = asg.auto_scaling_group_arn.clone().unwrap_or_default();
            if !arn.starts_with("arn:aws") || !arn.contains(":autoScalingGroup:") {
                return Err(invalid(format!(
                    "The specified Auto Scaling group ARN '{arn}' is not valid."
                )));
            }
            let used = r.providers.values().any(|p| {
                p.provider.status.as_deref() == Some("ACTIVE")
                    && p.provider
                        .auto_scaling_group_provider
                        .as_ref()
                        .and_then(|a| a.auto_scaling_group_arn.as_deref())
                        == Some(arn.as_str())
            });
            if used {
                return Err(invalid(
                    "The specified Auto Scaling group is already used by another capacity provider.",
                ));
            }
            let scaling = check_scaling(&asg.managed_scaling.clone().unwrap_or_default())?;
            let protection = asg
                .managed_termination_protection
                .clone()
                .unwrap_or_else(|| "DISABLED".into());
            if protection == "ENABLED" && scaling.status.as_deref() != Some("ENABLED") {
                return Err(invalid(
                    "Managed termination protection can only be enabled when managed scaling is enabled.",
                ));
            }
            provider.r#type = Some("EC2_AUTOSCALING".into());
            provider.auto_scaling_group_provider = Some(AutoScalingGroupProvider {
                auto_scaling_group_arn: Some(arn),
                managed_scaling: Some(scaling),
                managed_termination_protection: Some(protection),
                managed_draining: Some(asg.managed_draining.unwrap_or_else(|| "ENABLED".into())),
            });
        }
        (None, Some(mi)) => {
            let cluster = cluster::active(r, input.cluster.as_deref())?;
            provider.r#type = Some("MANAGED_INSTANCES".into());
            provider.cluster = Some(cluster);
            provider.managed_instances_provider = serde_json::to_value(mi)
                .ok()
                .and_then(|v| serde_json::from_value(v).ok());
        }
        _ => {
            return Err(invalid(
                "Exactly one of autoScalingGroupProvider and managedInstancesProvider must be specified.",
            ));
        }
    }
    r.providers.insert(
        name.clone(),
        ProviderRec {
            provider: provider.clone(),
        },
    );
    r.touch(Dirty::Provider(name));
    Ok(CreateCapacityProviderResponse {
        capacity_provider: Some(provider),
    })
}

fn custom<'a>(r: &'a mut Region, given: &str) -> AwsResult<&'a mut ProviderRec> {
    let name = name_of(given).to_string();
    if FARGATE.contains(&name.as_str()) {
        return Err(invalid(format!(
            "The {name} capacity provider is managed by AWS and cannot be changed."
        )));
    }
    r.providers
        .get_mut(&name)
        .filter(|p| p.provider.status.as_deref() == Some("ACTIVE"))
        .ok_or_else(|| {
            invalid(format!(
                "The specified capacity provider '{name}' does not exist."
            ))
        })
}

pub fn update(
    r: &mut Region,
    input: UpdateCapacityProviderRequest,
) -> AwsResult<UpdateCapacityProviderResponse> {
    let given = input.name.unwrap_or_default();
    let rec = custom(r, &given)?;
    let p = &mut rec.provider;
    if let Some(u) = input.auto_scaling_group_provider {
        let asg = p.auto_scaling_group_provider.as_mut().ok_or_else(|| {
            invalid("The capacity provider is not an Auto Scaling group provider.")
        })?;
        if let Some(m) = u.managed_scaling {
            asg.managed_scaling = Some(check_scaling(&m)?);
        }
        if let Some(t) = u.managed_termination_protection {
            asg.managed_termination_protection = Some(t);
        }
        if let Some(d) = u.managed_draining {
            asg.managed_draining = Some(d);
        }
    }
    if let Some(mi) = input.managed_instances_provider {
        if p.managed_instances_provider.is_none() {
            return Err(invalid(
                "The capacity provider is not a Managed Instances provider.",
            ));
        }
        p.managed_instances_provider = serde_json::to_value(mi)
            .ok()
            .and_then(|v| serde_json::from_value(v).ok());
    }
    p.update_status = Some("UPDATE_COMPLETE".into());
    let out = p.clone();
    r.touch(Dirty::Provider(out.name.clone().unwrap_or_default()));
    Ok(UpdateCapacityProviderResponse {
        capacity_provider: Some(out),
    })
}

pub fn delete(
    r: &mut Region,
    input: DeleteCapacityProviderRequest,
) -> AwsResult<DeleteCapacityProviderResponse> {
    let given = input.capacity_provider.unwrap_or_default();
    let name = name_of(&given).to_string();
    custom(r, &given)?;
    if let Some((cluster, _)) = r.clusters.iter().find(|(_, c)| {
        c.cluster
            .capacity_providers
            .iter()
            .flatten()
            .any(|p| *p == name)
    }) {
        return Err(ErrorCode::ResourceInUseException.with(format!(
            "The capacity provider cannot be deleted because it is associated with cluster: {cluster}. Remove the capacity provider from the cluster and try again."
        )));
    }
    let in_strategy = r.services.values().any(|s| {
        s.service.status.as_deref() == Some("ACTIVE")
            && s.service
                .capacity_provider_strategy
                .iter()
                .flatten()
                .any(|i| i.capacity_provider.as_deref() == Some(name.as_str()))
    });
    if in_strategy {
        return Err(ErrorCode::ResourceInUseException.with(
            "The capacity provider cannot be deleted because it is in use by a service's capacity provider strategy.",
        ));
    }
    let rec = r.providers.get_mut(&name).expect("checked");
    rec.provider.status = Some("INACTIVE".into());
    rec.provider.update_status = Some("DELETE_COMPLETE".into());
    let out = rec.provider.clone();
    r.touch(Dirty::Provider(name));
    Ok(DeleteCapacityProviderResponse {
        capacity_provider: Some(out),
    })
}

pub fn describe(
    r: &Region,
    input: DescribeCapacityProvidersRequest,
) -> AwsResult<DescribeCapacityProvidersResponse> {
    let tags = input
        .include
        .unwrap_or_default()
        .iter()
        .any(|i| i == "TAGS");
    let show = |mut p: CapacityProvider| {
        if !tags {
            p.tags = None;
        }
        p
    };
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    let mut next = None;
    match input.capacity_providers.filter(|v| !v.is_empty()) {
        Some(names) => {
            if names.len() > 100 {
                return Err(invalid("capacityProviders cannot be longer than 100."));
            }
            for given in names {
                let name = name_of(&given);
                if FARGATE.contains(&name) {
                    found.push(show(fargate_provider(r, name)));
                } else if let Some(p) = r.providers.get(name) {
                    found.push(show(p.provider.clone()));
                } else {
                    failures.push(Failure {
                        arn: Some(r.arn(&format!("capacity-provider/{name}"))),
                        reason: Some("MISSING".into()),
                        detail: None,
                    });
                }
            }
        }
        None => {
            let all = FARGATE
                .iter()
                .map(|n| (format!("0{n}"), fargate_provider(r, n)))
                .chain(
                    r.providers
                        .iter()
                        .filter(|(_, p)| p.provider.status.as_deref() == Some("ACTIVE"))
                        .map(|(n, p)| (format!("1{n}"), p.provider.clone())),
                )
                .map(|(k, p)| (k, show(p)));
            let (page, token) = paging::page(all, input.max_results, input.next_token.as_deref())?;
            found = page;
            next = token;
        }
    }
    Ok(DescribeCapacityProvidersResponse {
        capacity_providers: Some(found),
        failures: Some(failures),
        next_token: next,
    })
}

/// Checks a strategy: known providers associated with the cluster, one base at most.
pub fn check_strategy(
    r: &Region,
    cluster: &str,
    strategy: &[CapacityProviderStrategyItem],
) -> AwsResult<()> {
    let associated = r.clusters[cluster]
        .cluster
        .capacity_providers
        .clone()
        .unwrap_or_default();
    for item in strategy {
        let name = item.capacity_provider.as_deref().unwrap_or_default();
        if !associated.iter().any(|p| p == name) {
            return Err(invalid(format!(
                "The specified capacity provider strategy cannot contain a capacity provider that is not associated with the cluster. Associate the capacity provider with the cluster or specify a valid capacity provider and try again: {name}"
            )));
        }
    }
    if strategy.iter().filter(|i| i.base.unwrap_or(0) > 0).count() > 1 {
        return Err(invalid(
            "You can only specify a base value for one capacity provider in a capacity provider strategy.",
        ));
    }
    if strategy.iter().all(|i| i.weight.unwrap_or(0) == 0) && !strategy.is_empty() {
        let base_only = strategy.iter().any(|i| i.base.unwrap_or(0) > 0);
        if !base_only {
            return Err(invalid(
                "At least one capacity provider in a capacity provider strategy must have a weight greater than zero.",
            ));
        }
    }
    let fargate = strategy
        .iter()
        .filter(|i| FARGATE.contains(&i.capacity_provider.as_deref().unwrap_or_default()))
        .count();
    if fargate > 0 && fargate < strategy.len() {
        return Err(invalid(
            "A capacity provider strategy cannot contain both Fargate capacity providers and Auto Scaling group capacity providers.",
        ));
    }
    Ok(())
}

/// The provider for each of `n` new tasks, given how many tasks each already has: first
/// every provider's `base`, then the rest in proportion to `weight` (ties to the earlier
/// item of the strategy).
pub fn split(strategy: &[CapacityProviderStrategyItem], existing: &[i32], n: usize) -> Vec<usize> {
    let mut counts: Vec<i64> = (0..strategy.len())
        .map(|i| existing.get(i).copied().unwrap_or(0) as i64)
        .collect();
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let under_base =
            (0..strategy.len()).find(|&i| counts[i] < strategy[i].base.unwrap_or(0) as i64);
        let pick = under_base.or_else(|| {
            let mut best: Option<(usize, i64, i64)> = None;
            for (i, item) in strategy.iter().enumerate() {
                let w = item.weight.unwrap_or(0) as i64;
                if w == 0 {
                    continue;
                }
                let beyond = (counts[i] - item.base.unwrap_or(0) as i64).max(0) + 1;
                // beyond / w, compared exactly as fractions.
                let better = best.is_none_or(|(_, bn, bw)| beyond * bw < bn * w);
                if better {
                    best = Some((i, beyond, w));
                }
            }
            best.map(|(i, _, _)| i)
        });
        let Some(i) = pick else { break };
        counts[i] += 1;
        out.push(i);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(name: &str, base: i32, weight: i32) -> CapacityProviderStrategyItem {
        CapacityProviderStrategyItem {
            capacity_provider: Some(name.into()),
            base: Some(base),
            weight: Some(weight),
        }
    }

    #[test]
    fn base_then_weights() {
        let s = [item("A", 2, 1), item("B", 0, 3)];
        let picks = split(&s, &[], 10);
        let a = picks.iter().filter(|&&i| i == 0).count();
        assert_eq!((a, 10 - a), (4, 6));
        // The first two go to the base.
        assert_eq!(&picks[..2], &[0, 0]);
        // Existing tasks count: with A at 4 and B at 6 already, 4 more split 1:3.
        let more = split(&s, &[4, 6], 4);
        assert_eq!(more.iter().filter(|&&i| i == 0).count(), 1);
        // Weight zero never gets tasks beyond its base.
        let s = [item("A", 1, 0), item("B", 0, 1)];
        assert_eq!(split(&s, &[], 3), vec![0, 1, 1]);
    }
}
