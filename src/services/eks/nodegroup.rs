//! Managed node groups: CreateNodegroup (scaling config with min ≤ desired ≤ max, labels and
//! taints checked as Kubernetes does, AMI type against the cluster version, an Auto Scaling
//! group named for it), DescribeNodegroup, ListNodegroups, DeleteNodegroup,
//! UpdateNodegroupConfig and UpdateNodegroupVersion (updates on the clock).
//!
//! It never launches instances.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use super::update::{self, param};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct NodegroupRec {
    pub n: Nodegroup,
    pub phase: Phase,
}

fn id(cluster: &str, name: &str) -> String {
    format!("{cluster}|{name}")
}

fn not_found(name: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("No node group found for name: {name}."))
}

/// Whether the cluster still has node groups (DeleteCluster refuses then).
pub fn any(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<bool> {
    Ok(t.all::<NodegroupRec>("nodegroup", &format!("{cluster}|"))?
        .iter()
        .any(|n| n.phase.at(now, eks.step_ms).is_some()))
}

fn load(eks: &Eks, t: &Tables<'_>, cluster: &str, name: &str, now: i64) -> AwsResult<NodegroupRec> {
    let mut rec: NodegroupRec = t
        .get("nodegroup", &id(cluster, name))?
        .ok_or_else(|| not_found(name))?;
    if rec.phase.at(now, eks.step_ms).is_none() {
        t.delete("nodegroup", &id(cluster, name))?;
        return Err(not_found(name));
    }
    if update::settle(
        eks,
        t,
        cluster,
        &format!("nodegroup/{name}"),
        now,
        &mut rec.n,
    )? {
        t.put("nodegroup", &id(cluster, name), &rec)?;
    }
    Ok(rec)
}

fn view(eks: &Eks, t: &Tables<'_>, rec: &NodegroupRec, now: i64) -> AwsResult<Nodegroup> {
    let mut n = rec.n.clone();
    let name = n.nodegroup_name.clone().unwrap_or_default();
    let cluster = n.cluster_name.clone().unwrap_or_default();
    let mut status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status == "ACTIVE" && update::busy(eks, t, &cluster, &format!("nodegroup/{name}"), now)? {
        status = "UPDATING".into();
    }
    n.status = Some(status);
    Ok(n)
}

/// A Kubernetes qualified name (`prefix/name`), as label and taint keys must be.
pub fn qualified(key: &str) -> bool {
    let (prefix, name) = match key.rsplit_once('/') {
        Some((p, n)) => (Some(p), n),
        None => (None, key),
    };
    let name_ok = !name.is_empty()
        && name.len() <= 63
        && name.starts_with(|c: char| c.is_ascii_alphanumeric())
        && name.ends_with(|c: char| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    let prefix_ok = prefix.is_none_or(|p| {
        !p.is_empty()
            && p.len() <= 253
            && p.split('.').all(|l| {
                !l.is_empty()
                    && l.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            })
    });
    name_ok && prefix_ok
}

fn label_value(v: &str) -> bool {
    v.is_empty() || qualified(v) && !v.contains('/')
}

fn check_labels(labels: &HashMap<String, String>) -> AwsResult<()> {
    for (k, v) in labels {
        if !qualified(k) || !label_value(v) {
            return Err(invalid(format!(
                "Label {k}={v} is not valid: keys and values must be Kubernetes qualified names."
            )));
        }
    }
    Ok(())
}

fn check_taints(taints: &[Taint]) -> AwsResult<()> {
    if taints.len() > 50 {
        return Err(invalid("A node group can have at most 50 taints."));
    }
    for t in taints {
        let k = t.key.clone().unwrap_or_default();
        let v = t.value.clone().unwrap_or_default();
        if !qualified(&k) || !label_value(&v) {
            return Err(invalid(format!(
                "Taint {k}={v} is not valid: keys and values must be Kubernetes qualified names."
            )));
        }
    }
    Ok(())
}

fn check_scaling(s: &NodegroupScalingConfig) -> AwsResult<()> {
    let (min, max, desired) = (
        s.min_size.unwrap_or(0),
        s.max_size.unwrap_or(1),
        s.desired_size.unwrap_or(0),
    );
    if min < 0 || max < 1 {
        return Err(invalid(
            "Minimum size must be at least 0 and maximum size at least 1.",
        ));
    }
    if min > max {
        return Err(invalid(format!(
            "Minimum capacity {min} can't be greater than max size {max}"
        )));
    }
    if desired < min || desired > max {
        return Err(invalid(format!(
            "Desired capacity {desired} must be between minimum capacity {min} and max size {max}"
        )));
    }
    Ok(())
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateNodegroupRequest,
) -> AwsResult<CreateNodegroupResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    let name = i.nodegroup_name.unwrap_or_default();
    super::state::check_name("node group", &name)?;
    if load(eks, &t, &cluster, &name, now).is_ok() {
        return Err(in_use(format!(
            "NodeGroup already exists with name {name} and cluster name {cluster}"
        )));
    }
    let scaling = i.scaling_config.unwrap_or(NodegroupScalingConfig {
        min_size: Some(1),
        max_size: Some(2),
        desired_size: Some(2),
    });
    check_scaling(&scaling)?;
    let labels = i.labels.unwrap_or_default();
    check_labels(&labels)?;
    let taints = i.taints.unwrap_or_default();
    check_taints(&taints)?;
    if i.subnets.as_ref().is_none_or(Vec::is_empty) {
        return Err(invalid("Subnets are required"));
    }
    let version = c.c.version.clone().unwrap_or_default();
    if let Some(v) = &i.version
        && *v != version
    {
        return Err(invalid(format!(
            "Requested Nodegroup Version {v} is not the cluster's version {version}"
        )));
    }
    let ami = i
        .ami_type
        .unwrap_or_else(|| "AL2023_x86_64_STANDARD".into());
    let minor: u32 = version
        .split('.')
        .nth(1)
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if ami.starts_with("AL2_") && minor > 32 {
        return Err(invalid(format!(
            "AMI Type {ami} is only supported for kubernetes versions 1.32 or earlier"
        )));
    }
    let template = i.launch_template.is_some();
    let n = Nodegroup {
        nodegroup_name: Some(name.clone()),
        nodegroup_arn: Some(t.arn(&format!(
            "nodegroup/{cluster}/{name}/{}",
            crate::context::new_request_id()
        ))),
        cluster_name: Some(cluster.clone()),
        version: Some(version.clone()),
        release_version: Some(
            i.release_version
                .unwrap_or_else(|| format!("{version}.2-20261120")),
        ),
        created_at: ts(now),
        modified_at: ts(now),
        capacity_type: Some(i.capacity_type.unwrap_or_else(|| "ON_DEMAND".into())),
        scaling_config: Some(scaling),
        instance_types: Some(i.instance_types.unwrap_or_else(|| {
            if template {
                vec![]
            } else {
                vec!["t3.medium".into()]
            }
        })),
        subnets: i.subnets,
        remote_access: i.remote_access,
        ami_type: Some(ami),
        node_role: i.node_role,
        labels: Some(labels),
        taints: Some(taints),
        resources: Some(NodegroupResources {
            auto_scaling_groups: Some(vec![AutoScalingGroup {
                name: Some(format!("eks-{name}-{}", crate::context::new_request_id())),
            }]),
            remote_access_security_group: None,
        }),
        disk_size: if template {
            None
        } else {
            Some(i.disk_size.unwrap_or(20))
        },
        health: Some(NodegroupHealth {
            issues: Some(vec![]),
        }),
        update_config: Some(i.update_config.unwrap_or(NodegroupUpdateConfig {
            max_unavailable: Some(1),
            ..Default::default()
        })),
        node_repair_config: i.node_repair_config,
        launch_template: i.launch_template,
        tags: Some(i.tags.unwrap_or_default()),
        warm_pool_config: i.warm_pool_config,
        ..Default::default()
    };
    let rec = NodegroupRec {
        n,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    t.put("nodegroup", &id(&cluster, &name), &rec)?;
    Ok(CreateNodegroupResponse {
        nodegroup: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeNodegroupRequest,
) -> AwsResult<DescribeNodegroupResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rec = load(
        eks,
        &t,
        &cluster,
        i.nodegroup_name.as_deref().unwrap_or_default(),
        now,
    )?;
    Ok(DescribeNodegroupResponse {
        nodegroup: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListNodegroupsRequest,
) -> AwsResult<ListNodegroupsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rows = t
        .all::<NodegroupRec>("nodegroup", &format!("{cluster}|"))?
        .into_iter()
        .filter(|n| n.phase.at(now, eks.step_ms).is_some())
        .filter_map(|n| n.n.nodegroup_name)
        .map(|n| (n.clone(), n))
        .collect();
    let (nodegroups, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListNodegroupsResponse {
        nodegroups: Some(nodegroups),
        next_token,
    })
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteNodegroupRequest,
) -> AwsResult<DeleteNodegroupResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.nodegroup_name.unwrap_or_default();
    let mut rec = load(eks, &t, &cluster, &name, now)?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("nodegroup", &id(&cluster, &name), &rec)?;
    let mut n = rec.n;
    n.status = Some("DELETING".into());
    Ok(DeleteNodegroupResponse { nodegroup: Some(n) })
}

/// Loads an ACTIVE node group (and its cluster) for an update.
fn updatable(
    eks: &Eks,
    t: &Tables<'_>,
    cluster: &str,
    name: &str,
    now: i64,
) -> AwsResult<NodegroupRec> {
    super::cluster::load(eks, t, cluster, now)?;
    let rec = load(eks, t, cluster, name, now)?;
    let status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status != "ACTIVE" {
        return Err(in_use(format!("Nodegroup {name} is in {status} state.")));
    }
    Ok(rec)
}

pub fn update_config(
    eks: &Eks,
    ctx: &Context,
    i: UpdateNodegroupConfigRequest,
) -> AwsResult<UpdateNodegroupConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let name = i.nodegroup_name.unwrap_or_default();
    let rec = updatable(eks, &t, &cluster, &name, now)?;
    let mut params = Vec::new();
    let mut patch = serde_json::Map::new();
    if let Some(s) = &i.scaling_config {
        let cur = rec.n.scaling_config.clone().unwrap_or_default();
        let merged = NodegroupScalingConfig {
            min_size: s.min_size.or(cur.min_size),
            max_size: s.max_size.or(cur.max_size),
            desired_size: s.desired_size.or(cur.desired_size),
        };
        check_scaling(&merged)?;
        for (k, v) in [
            ("MinSize", s.min_size),
            ("MaxSize", s.max_size),
            ("DesiredSize", s.desired_size),
        ] {
            if let Some(v) = v {
                params.push(param(k, v.to_string()));
            }
        }
        patch.insert("scalingConfig".into(), json!(merged));
    }
    if let Some(l) = &i.labels {
        let mut labels = rec.n.labels.clone().unwrap_or_default();
        let add = l.add_or_update_labels.clone().unwrap_or_default();
        check_labels(&add)?;
        for k in l.remove_labels.iter().flatten() {
            labels.remove(k);
        }
        labels.extend(add.clone());
        if !add.is_empty() {
            params.push(param(
                "LabelsToAdd",
                serde_json::to_string(&add).unwrap_or_default(),
            ));
        }
        if let Some(r) = &l.remove_labels {
            params.push(param(
                "LabelsToRemove",
                serde_json::to_string(r).unwrap_or_default(),
            ));
        }
        patch.insert("labels".into(), json!(labels));
    }
    if let Some(tp) = &i.taints {
        let mut taints = rec.n.taints.clone().unwrap_or_default();
        let add = tp.add_or_update_taints.clone().unwrap_or_default();
        check_taints(&add)?;
        let gone: Vec<Option<String>> = tp
            .remove_taints
            .iter()
            .flatten()
            .chain(add.iter())
            .map(|x| x.key.clone())
            .collect();
        taints.retain(|x| !gone.contains(&x.key));
        taints.extend(add.clone());
        check_taints(&taints)?;
        if !add.is_empty() {
            params.push(param(
                "TaintsToAdd",
                serde_json::to_string(&add).unwrap_or_default(),
            ));
        }
        patch.insert("taints".into(), json!(taints));
    }
    if let Some(u) = &i.update_config {
        if let Some(m) = u.max_unavailable {
            params.push(param("MaxUnavailable", m.to_string()));
        }
        if let Some(m) = u.max_unavailable_percentage {
            params.push(param("MaxUnavailablePercentage", m.to_string()));
        }
        patch.insert("updateConfig".into(), json!(u));
    }
    if let Some(r) = &i.node_repair_config {
        params.push(param(
            "NodeRepairEnabled",
            r.enabled.unwrap_or(false).to_string(),
        ));
        patch.insert("nodeRepairConfig".into(), json!(r));
    }
    if params.is_empty() {
        return Err(invalid("No changes needed"));
    }
    patch.insert("modifiedAt".into(), json!(now / 1000));
    let u = update::start(
        eks,
        &t,
        &cluster,
        &format!("nodegroup/{name}"),
        "ConfigUpdate",
        params,
        serde_json::Value::Object(patch),
        now,
    )?;
    Ok(UpdateNodegroupConfigResponse { update: Some(u) })
}

pub fn update_version(
    eks: &Eks,
    ctx: &Context,
    i: UpdateNodegroupVersionRequest,
) -> AwsResult<UpdateNodegroupVersionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let name = i.nodegroup_name.unwrap_or_default();
    let rec = updatable(eks, &t, &cluster, &name, now)?;
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    let cluster_version = c.c.version.clone().unwrap_or_default();
    let version = i.version.unwrap_or_else(|| cluster_version.clone());
    if version != cluster_version {
        return Err(invalid(format!(
            "Requested Nodegroup Version {version} is not the cluster's version {cluster_version}"
        )));
    }
    let release = i
        .release_version
        .unwrap_or_else(|| format!("{version}.2-20261120"));
    if rec.n.version.as_deref() == Some(version.as_str())
        && rec.n.release_version.as_deref() == Some(release.as_str())
        && i.launch_template.is_none()
    {
        return Err(invalid("No changes needed"));
    }
    let u = update::start(
        eks,
        &t,
        &cluster,
        &format!("nodegroup/{name}"),
        "VersionUpdate",
        vec![
            param("Version", &version),
            param("ReleaseVersion", &release),
        ],
        json!({"version": version, "releaseVersion": release, "modifiedAt": now / 1000}),
        now,
    )?;
    Ok(UpdateNodegroupVersionResponse { update: Some(u) })
}
