//! Fargate profiles: Create (one to five selectors, each with a namespace and at most five
//! labels), Describe, List, Delete; CREATING → ACTIVE and DELETING → gone on the clock, and
//! only one profile of a cluster CREATING or DELETING at a time, as EKS enforces.
//!
//! It never schedules pods.

use serde::{Deserialize, Serialize};

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ProfileRec {
    pub p: FargateProfile,
    pub phase: Phase,
}

fn id(cluster: &str, name: &str) -> String {
    format!("{cluster}|{name}")
}

fn not_found(name: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException
        .with(format!("No Fargate Profile found with name: {name}."))
}

fn live(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<Vec<ProfileRec>> {
    Ok(t.all::<ProfileRec>("fargate", &format!("{cluster}|"))?
        .into_iter()
        .filter(|p| p.phase.at(now, eks.step_ms).is_some())
        .collect())
}

pub fn any(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<bool> {
    Ok(!live(eks, t, cluster, now)?.is_empty())
}

/// One profile CREATING or DELETING at a time per cluster.
fn one_at_a_time(
    eks: &Eks,
    t: &Tables<'_>,
    cluster: &str,
    name: &str,
    verb: &str,
    now: i64,
) -> AwsResult<()> {
    for p in live(eks, t, cluster, now)? {
        let status = p.phase.at(now, eks.step_ms).unwrap_or_default();
        if matches!(status.as_str(), "CREATING" | "DELETING") {
            return Err(in_use(format!(
                "Cannot {verb} Fargate Profile {name} because cluster {cluster} currently has Fargate profile {} in status {status}",
                p.p.fargate_profile_name.clone().unwrap_or_default()
            )));
        }
    }
    Ok(())
}

fn load(eks: &Eks, t: &Tables<'_>, cluster: &str, name: &str, now: i64) -> AwsResult<ProfileRec> {
    let rec: ProfileRec = t
        .get("fargate", &id(cluster, name))?
        .ok_or_else(|| not_found(name))?;
    if rec.phase.at(now, eks.step_ms).is_none() {
        t.delete("fargate", &id(cluster, name))?;
        return Err(not_found(name));
    }
    Ok(rec)
}

fn view(eks: &Eks, rec: &ProfileRec, now: i64) -> FargateProfile {
    let mut p = rec.p.clone();
    p.status = rec.phase.at(now, eks.step_ms);
    p
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateFargateProfileRequest,
) -> AwsResult<CreateFargateProfileResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    let name = i.fargate_profile_name.unwrap_or_default();
    super::state::check_name("Fargate profile", &name)?;
    if load(eks, &t, &cluster, &name, now).is_ok() {
        return Err(in_use(
            "A Fargate Profile already exists with this name in the cluster.",
        ));
    }
    let selectors = i.selectors.unwrap_or_default();
    if selectors.is_empty() || selectors.len() > 5 {
        return Err(invalid(
            "A Fargate profile needs between 1 and 5 selectors.",
        ));
    }
    for s in &selectors {
        if s.namespace.as_deref().is_none_or(str::is_empty) {
            return Err(invalid("Each Fargate profile selector needs a namespace."));
        }
        if s.labels.as_ref().is_some_and(|l| l.len() > 5) {
            return Err(invalid("A Fargate profile selector has at most 5 labels."));
        }
    }
    one_at_a_time(eks, &t, &cluster, &name, "create", now)?;
    let p = FargateProfile {
        fargate_profile_name: Some(name.clone()),
        fargate_profile_arn: Some(t.arn(&format!(
            "fargateprofile/{cluster}/{name}/{}",
            crate::context::new_request_id()
        ))),
        cluster_name: Some(cluster.clone()),
        created_at: ts(now),
        pod_execution_role_arn: i.pod_execution_role_arn,
        subnets: Some(i.subnets.unwrap_or_default()),
        selectors: Some(selectors),
        tags: Some(i.tags.unwrap_or_default()),
        health: Some(FargateProfileHealth {
            issues: Some(vec![]),
        }),
        ..Default::default()
    };
    let rec = ProfileRec {
        p,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    t.put("fargate", &id(&cluster, &name), &rec)?;
    Ok(CreateFargateProfileResponse {
        fargate_profile: Some(view(eks, &rec, now)),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeFargateProfileRequest,
) -> AwsResult<DescribeFargateProfileResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rec = load(
        eks,
        &t,
        &cluster,
        i.fargate_profile_name.as_deref().unwrap_or_default(),
        now,
    )?;
    Ok(DescribeFargateProfileResponse {
        fargate_profile: Some(view(eks, &rec, now)),
    })
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListFargateProfilesRequest,
) -> AwsResult<ListFargateProfilesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rows = live(eks, &t, &cluster, now)?
        .into_iter()
        .filter_map(|p| p.p.fargate_profile_name)
        .map(|n| (n.clone(), n))
        .collect();
    let (names, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListFargateProfilesResponse {
        fargate_profile_names: Some(names),
        next_token,
    })
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteFargateProfileRequest,
) -> AwsResult<DeleteFargateProfileResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i.fargate_profile_name.unwrap_or_default();
    let mut rec = load(eks, &t, &cluster, &name, now)?;
    one_at_a_time(eks, &t, &cluster, &name, "delete", now)?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("fargate", &id(&cluster, &name), &rec)?;
    Ok(DeleteFargateProfileResponse {
        fargate_profile: Some(view(eks, &rec, now)),
    })
}
