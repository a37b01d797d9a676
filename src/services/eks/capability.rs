//! Capabilities (EKS-managed ACK, kro and Argo CD): Create (one per name, a role, the type's
//! configuration; CREATING then ACTIVE, an Argo CD server URL of the cluster), Describe, List,
//! Update (as a CapabilityUpdate on the clock), Delete.
//!
//! It never runs the controllers.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use super::update::{self, param};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CapabilityRec {
    pub c: Capability,
    pub phase: Phase,
}

fn id(cluster: &str, name: &str) -> String {
    format!("{cluster}|{name}")
}

fn load(
    eks: &Eks,
    t: &Tables<'_>,
    cluster: &str,
    name: &str,
    now: i64,
) -> AwsResult<CapabilityRec> {
    let not_found = || {
        ErrorCode::ResourceNotFoundException.with(format!("No capability found for name: {name}."))
    };
    let mut rec: CapabilityRec = t
        .get("capability", &id(cluster, name))?
        .ok_or_else(not_found)?;
    if rec.phase.at(now, eks.step_ms).is_none() {
        t.delete("capability", &id(cluster, name))?;
        return Err(not_found());
    }
    if update::settle(
        eks,
        t,
        cluster,
        &format!("capability/{name}"),
        now,
        &mut rec.c,
    )? {
        t.put("capability", &id(cluster, name), &rec)?;
    }
    Ok(rec)
}

fn view(eks: &Eks, t: &Tables<'_>, rec: &CapabilityRec, now: i64) -> AwsResult<Capability> {
    let mut c = rec.c.clone();
    let (name, cluster) = (
        c.capability_name.clone().unwrap_or_default(),
        c.cluster_name.clone().unwrap_or_default(),
    );
    let mut status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status == "ACTIVE" && update::busy(eks, t, &cluster, &format!("capability/{name}"), now)? {
        status = "UPDATING".into();
    }
    c.status = Some(status);
    Ok(c)
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateCapabilityRequest,
) -> AwsResult<CreateCapabilityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    let name = i.capability_name.unwrap_or_default();
    super::state::check_name("capability", &name)?;
    if load(eks, &t, &cluster, &name, now).is_ok() {
        return Err(in_use(format!(
            "Capability already exists with name: {name}"
        )));
    }
    let kind = i.r#type.unwrap_or_default();
    let role = i.role_arn.unwrap_or_default();
    if !role.starts_with("arn:aws:iam::") {
        return Err(invalid(format!(
            "The roleArn {role} is not a valid IAM role ARN."
        )));
    }
    let conf = i.configuration.unwrap_or_default();
    if (kind == "ARGOCD") != conf.argo_cd.is_some() && conf.argo_cd.is_some() {
        return Err(invalid(
            "argoCd configuration applies only to ARGOCD capabilities.",
        ));
    }
    if kind != "ACK" && conf.ack.is_some() {
        return Err(invalid(
            "ack configuration applies only to ACK capabilities.",
        ));
    }
    let configuration = serde_json::to_value(&conf)
        .ok()
        .map(|mut v| {
            if kind == "ARGOCD" {
                let url = format!(
                    "https://{}.argocd.eks.{}.localhost",
                    name.to_lowercase(),
                    t.region
                );
                v["argoCd"]["serverUrl"] = json!(url);
            }
            v
        })
        .and_then(|v| serde_json::from_value(v).ok());
    let cap = Capability {
        capability_name: Some(name.clone()),
        arn: Some(t.arn(&format!(
            "capability/{cluster}/{}/{name}/{}",
            kind.to_lowercase(),
            crate::context::new_request_id()
        ))),
        cluster_name: Some(cluster.clone()),
        r#type: Some(kind),
        role_arn: Some(role),
        version: Some("v1.0.0-eks.1".into()),
        configuration,
        tags: Some(i.tags.unwrap_or_default()),
        health: Some(CapabilityHealth {
            issues: Some(vec![]),
        }),
        created_at: ts(now),
        modified_at: ts(now),
        delete_propagation_policy: Some(
            i.delete_propagation_policy
                .unwrap_or_else(|| "RETAIN".into()),
        ),
        status: None,
    };
    let rec = CapabilityRec {
        c: cap,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    t.put("capability", &id(&cluster, &name), &rec)?;
    Ok(CreateCapabilityResponse {
        capability: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeCapabilityRequest,
) -> AwsResult<DescribeCapabilityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rec = load(
        eks,
        &t,
        &cluster,
        i.capability_name.as_deref().unwrap_or_default(),
        now,
    )?;
    Ok(DescribeCapabilityResponse {
        capability: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListCapabilitiesRequest,
) -> AwsResult<ListCapabilitiesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let mut rows = Vec::new();
    for rec in t.all::<CapabilityRec>("capability", &format!("{cluster}|"))? {
        if rec.phase.at(now, eks.step_ms).is_none() {
            continue;
        }
        let c = view(eks, &t, &rec, now)?;
        rows.push((
            c.capability_name.clone().unwrap_or_default(),
            CapabilitySummary {
                capability_name: c.capability_name,
                arn: c.arn,
                r#type: c.r#type,
                status: c.status,
                version: c.version,
                created_at: c.created_at,
                modified_at: c.modified_at,
            },
        ));
    }
    let (capabilities, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListCapabilitiesResponse {
        capabilities: Some(capabilities),
        next_token,
    })
}

pub fn update(
    eks: &Eks,
    ctx: &Context,
    i: UpdateCapabilityRequest,
) -> AwsResult<UpdateCapabilityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.capability_name.unwrap_or_default();
    load(eks, &t, &cluster, &name, now)?;
    let mut params = Vec::new();
    let mut patch = serde_json::Map::new();
    if let Some(r) = i.role_arn {
        params.push(param("RoleArn", &r));
        patch.insert("roleArn".into(), json!(r));
    }
    if let Some(p) = i.delete_propagation_policy {
        patch.insert("deletePropagationPolicy".into(), json!(p));
    }
    if let Some(c) = &i.configuration {
        if let Some(ack) = &c.ack {
            params.push(param(
                "EnableCrossNamespace",
                serde_json::to_string(ack).unwrap_or_default(),
            ));
        }
        if c.argo_cd.is_some() {
            params.push(param(
                "NetworkAccess",
                serde_json::to_string(&c.argo_cd).unwrap_or_default(),
            ));
        }
    }
    if params.is_empty() && patch.is_empty() {
        return Err(invalid("No changes needed"));
    }
    patch.insert("modifiedAt".into(), json!(now / 1000));
    let u = update::start(
        eks,
        &t,
        &cluster,
        &format!("capability/{name}"),
        "CapabilityUpdate",
        params,
        serde_json::Value::Object(patch),
        now,
    )?;
    Ok(UpdateCapabilityResponse { update: Some(u) })
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteCapabilityRequest,
) -> AwsResult<DeleteCapabilityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.capability_name.unwrap_or_default();
    let mut rec = load(eks, &t, &cluster, &name, now)?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("capability", &id(&cluster, &name), &rec)?;
    Ok(DeleteCapabilityResponse {
        capability: Some(view(eks, &t, &rec, now)?),
    })
}
