//! Add-ons: the catalogue (DescribeAddonVersions with each version's compatible cluster
//! versions and the default per version, DescribeAddonConfiguration with a JSON schema) and
//! a cluster's add-ons (Create with the version checked against the cluster's Kubernetes
//! version and `configurationValues` parsed, Describe, List, Update as an AddonUpdate on the
//! clock, Delete).
//!
//! It never installs anything in the cluster.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use super::update::{self, param};
use super::versions::{self, ADDONS, AddonInfo as Info};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct AddonRec {
    pub a: Addon,
    pub phase: Phase,
}

fn id(cluster: &str, name: &str) -> String {
    format!("{cluster}|{name}")
}

fn not_found(name: &str, cluster: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException
        .with(format!("No addon: {name} found in cluster: {cluster}"))
}

fn version_info(a: &Info, v: &str, lo: u32, hi: u32) -> AddonVersionInfo {
    let default_for =
        |cluster: &str| versions::addon_versions(a, Some(cluster)).first() == Some(&v);
    AddonVersionInfo {
        addon_version: Some(v.into()),
        architecture: Some(vec!["amd64".into(), "arm64".into()]),
        compute_types: Some(vec!["ec2".into(), "hybrid".into()]),
        compatibilities: Some(
            versions::addon_clusters(lo, hi)
                .into_iter()
                .map(|c| Compatibility {
                    default_version: Some(default_for(&c)),
                    cluster_version: Some(c),
                    platform_versions: Some(vec!["*".into()]),
                })
                .collect(),
        ),
        requires_configuration: Some(false),
        requires_iam_permissions: Some(matches!(
            a.0,
            "vpc-cni" | "aws-ebs-csi-driver" | "aws-efs-csi-driver"
        )),
    }
}

pub fn describe_versions(
    _eks: &Eks,
    _ctx: &Context,
    i: DescribeAddonVersionsRequest,
) -> AwsResult<DescribeAddonVersionsResponse> {
    if let Some(v) = &i.kubernetes_version
        && !versions::supported(v)
    {
        return Err(invalid(format!("unsupported Kubernetes version {v}")));
    }
    let rows = ADDONS
        .iter()
        .filter(|a| i.addon_name.as_ref().is_none_or(|n| n == a.0))
        .filter(|a| {
            i.types
                .as_ref()
                .is_none_or(|t| t.is_empty() || t.iter().any(|x| x == a.1))
        })
        .filter(|a| {
            i.publishers
                .as_ref()
                .is_none_or(|p| p.is_empty() || p.iter().any(|x| x == a.2))
        })
        .filter(|_| {
            i.owners
                .as_ref()
                .is_none_or(|o| o.is_empty() || o.iter().any(|x| x == "aws"))
        })
        .filter_map(|a| {
            let wanted = versions::addon_versions(a, i.kubernetes_version.as_deref());
            let list: Vec<AddonVersionInfo> =
                a.3.iter()
                    .filter(|(v, _, _)| wanted.contains(v))
                    .map(|(v, lo, hi)| version_info(a, v, *lo, *hi))
                    .collect();
            (!list.is_empty()).then(|| {
                (
                    a.0.to_string(),
                    AddonInfo {
                        addon_name: Some(a.0.into()),
                        r#type: Some(a.1.into()),
                        addon_versions: Some(list),
                        publisher: Some(a.2.into()),
                        owner: Some("aws".into()),
                        marketplace_information: None,
                        default_namespace: Some("kube-system".into()),
                    },
                )
            })
        })
        .collect();
    let (addons, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(DescribeAddonVersionsResponse {
        addons: Some(addons),
        next_token,
    })
}

pub fn describe_configuration(
    _eks: &Eks,
    _ctx: &Context,
    i: DescribeAddonConfigurationRequest,
) -> AwsResult<DescribeAddonConfigurationResponse> {
    let name = i.addon_name.unwrap_or_default();
    let version = i.addon_version.unwrap_or_default();
    let a = versions::addon(&name)
        .ok_or_else(|| invalid(format!("Addon {name} specified is not supported")))?;
    if !a.3.iter().any(|(v, _, _)| *v == version) {
        return Err(invalid(format!(
            "Addon version {version} specified is not supported for addon {name}"
        )));
    }
    let schema = json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "type": "object",
        "additionalProperties": false,
        "properties": {
            "resources": {"type": "object", "properties": {
                "limits": {"type": "object"}, "requests": {"type": "object"}}},
            "tolerations": {"type": "array", "items": {"type": "object"}},
            "nodeSelector": {"type": "object", "additionalProperties": {"type": "string"}},
            "replicaCount": {"type": "integer", "minimum": 1},
            "env": {"type": "object", "additionalProperties": {"type": "string"}},
        },
    });
    let pod_identity = match name.as_str() {
        "vpc-cni" => vec![("aws-node", "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy")],
        "aws-ebs-csi-driver" => vec![(
            "ebs-csi-controller-sa",
            "arn:aws:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy",
        )],
        "aws-efs-csi-driver" => vec![(
            "efs-csi-controller-sa",
            "arn:aws:iam::aws:policy/service-role/AmazonEFSCSIDriverPolicy",
        )],
        _ => vec![],
    };
    Ok(DescribeAddonConfigurationResponse {
        addon_name: Some(name),
        addon_version: Some(version),
        configuration_schema: Some(schema.to_string()),
        pod_identity_configuration: Some(
            pod_identity
                .into_iter()
                .map(|(sa, p)| AddonPodIdentityConfiguration {
                    service_account: Some(sa.into()),
                    recommended_managed_policies: Some(vec![p.into()]),
                })
                .collect(),
        ),
    })
}

fn load(eks: &Eks, t: &Tables<'_>, cluster: &str, name: &str, now: i64) -> AwsResult<AddonRec> {
    let mut rec: AddonRec = t
        .get("addon", &id(cluster, name))?
        .ok_or_else(|| not_found(name, cluster))?;
    if rec.phase.at(now, eks.step_ms).is_none() {
        t.delete("addon", &id(cluster, name))?;
        return Err(not_found(name, cluster));
    }
    if update::settle(eks, t, cluster, &format!("addon/{name}"), now, &mut rec.a)? {
        t.put("addon", &id(cluster, name), &rec)?;
    }
    Ok(rec)
}

fn view(eks: &Eks, t: &Tables<'_>, rec: &AddonRec, now: i64) -> AwsResult<Addon> {
    let mut a = rec.a.clone();
    let (name, cluster) = (
        a.addon_name.clone().unwrap_or_default(),
        a.cluster_name.clone().unwrap_or_default(),
    );
    let mut status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status == "ACTIVE" && update::busy(eks, t, &cluster, &format!("addon/{name}"), now)? {
        status = "UPDATING".into();
    }
    a.status = Some(status);
    Ok(a)
}

/// The version to install: the one asked for, if it works with the cluster, else the default.
fn pick(name: &str, asked: Option<String>, cluster_version: &str) -> AwsResult<String> {
    let a = versions::addon(name).ok_or_else(|| {
        invalid(format!(
            "Addon {name} specified is not supported in {cluster_version} Kubernetes version"
        ))
    })?;
    let fits = versions::addon_versions(a, Some(cluster_version));
    match asked {
        Some(v) if fits.contains(&v.as_str()) => Ok(v),
        Some(v) => Err(invalid(format!(
            "Addon version {v} specified is not supported in {cluster_version} Kubernetes version"
        ))),
        None => fits.first().map(|v| v.to_string()).ok_or_else(|| {
            invalid(format!(
                "Addon {name} specified is not supported in {cluster_version} Kubernetes version"
            ))
        }),
    }
}

/// `configurationValues` must be JSON (or YAML, which Dockside accepts unparsed).
fn check_values(v: &Option<String>) -> AwsResult<()> {
    if let Some(text) = v
        && text.trim_start().starts_with('{')
        && serde_json::from_str::<serde_json::Value>(text).is_err()
    {
        return Err(invalid(
            "ConfigurationValue provided in request is not supported: the JSON does not parse",
        ));
    }
    Ok(())
}

pub fn create(eks: &Eks, ctx: &Context, i: CreateAddonRequest) -> AwsResult<CreateAddonResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    let name = i.addon_name.unwrap_or_default();
    if load(eks, &t, &cluster, &name, now).is_ok() {
        return Err(in_use(format!("Addon already exists: {name}")));
    }
    let version = pick(
        &name,
        i.addon_version,
        c.c.version.as_deref().unwrap_or_default(),
    )?;
    check_values(&i.configuration_values)?;
    let a = Addon {
        addon_name: Some(name.clone()),
        cluster_name: Some(cluster.clone()),
        addon_version: Some(version),
        health: Some(AddonHealth {
            issues: Some(vec![]),
        }),
        addon_arn: Some(t.arn(&format!(
            "addon/{cluster}/{name}/{}",
            crate::context::new_request_id()
        ))),
        created_at: ts(now),
        modified_at: ts(now),
        service_account_role_arn: i.service_account_role_arn,
        tags: Some(i.tags.unwrap_or_default()),
        publisher: Some("eks".into()),
        owner: Some("aws".into()),
        configuration_values: i.configuration_values,
        pod_identity_associations: Some(vec![]),
        ..Default::default()
    };
    let rec = AddonRec {
        a,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    t.put("addon", &id(&cluster, &name), &rec)?;
    Ok(CreateAddonResponse {
        addon: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeAddonRequest,
) -> AwsResult<DescribeAddonResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rec = load(
        eks,
        &t,
        &cluster,
        i.addon_name.as_deref().unwrap_or_default(),
        now,
    )?;
    Ok(DescribeAddonResponse {
        addon: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn list(eks: &Eks, ctx: &Context, i: ListAddonsRequest) -> AwsResult<ListAddonsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rows = t
        .all::<AddonRec>("addon", &format!("{cluster}|"))?
        .into_iter()
        .filter(|a| a.phase.at(now, eks.step_ms).is_some())
        .filter_map(|a| a.a.addon_name)
        .map(|n| (n.clone(), n))
        .collect();
    let (addons, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListAddonsResponse {
        addons: Some(addons),
        next_token,
    })
}

pub fn update(eks: &Eks, ctx: &Context, i: UpdateAddonRequest) -> AwsResult<UpdateAddonResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.addon_name.unwrap_or_default();
    let rec = load(eks, &t, &cluster, &name, now)?;
    let status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status != "ACTIVE" {
        return Err(in_use(format!("Addon {name} is in {status} state.")));
    }
    check_values(&i.configuration_values)?;
    let mut params = Vec::new();
    let mut patch = serde_json::Map::new();
    if let Some(v) = i.addon_version {
        let v = pick(&name, Some(v), c.c.version.as_deref().unwrap_or_default())?;
        params.push(param("AddonVersion", &v));
        patch.insert("addonVersion".into(), json!(v));
    }
    if let Some(r) = i.service_account_role_arn {
        params.push(param("ServiceAccountRoleArn", &r));
        patch.insert("serviceAccountRoleArn".into(), json!(r));
    }
    if let Some(cv) = i.configuration_values {
        params.push(param("ConfigurationValues", &cv));
        patch.insert("configurationValues".into(), json!(cv));
    }
    if let Some(r) = i.resolve_conflicts {
        params.push(param("ResolveConflicts", r));
    }
    patch.insert("modifiedAt".into(), json!(now / 1000));
    let u = update::start(
        eks,
        &t,
        &cluster,
        &format!("addon/{name}"),
        "AddonUpdate",
        params,
        serde_json::Value::Object(patch),
        now,
    )?;
    Ok(UpdateAddonResponse { update: Some(u) })
}

pub fn delete(eks: &Eks, ctx: &Context, i: DeleteAddonRequest) -> AwsResult<DeleteAddonResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.addon_name.unwrap_or_default();
    let mut rec = load(eks, &t, &cluster, &name, now)?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("addon", &id(&cluster, &name), &rec)?;
    Ok(DeleteAddonResponse {
        addon: Some(view(eks, &t, &rec, now)?),
    })
}
