//! Access entries (Create, Describe, List, Update, Delete; only in the API authentication
//! modes), the access policy catalogue (ListAccessPolicies), and policy associations
//! (Associate, Disassociate, ListAssociatedAccessPolicies). A new cluster gives its creator
//! an entry with AmazonEKSClusterAdminPolicy, as `bootstrapClusterCreatorAdminPermissions`
//! asks.
//!
//! It never authorizes Kubernetes requests.

use serde::{Deserialize, Serialize};

use super::Eks;
use super::api::*;
use super::state::{Tables, in_use, invalid, page, ts};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EntryRec {
    pub e: AccessEntry,
    pub policies: Vec<AssociatedAccessPolicy>,
}

/// The access policies EKS offers.
pub const POLICIES: &[&str] = &[
    "AmazonEKSAdminPolicy",
    "AmazonEKSAdminViewPolicy",
    "AmazonEKSClusterAdminPolicy",
    "AmazonEKSEditPolicy",
    "AmazonEKSViewPolicy",
    "AmazonEKSAutoNodePolicy",
    "AmazonEKSBlockStoragePolicy",
    "AmazonEKSComputePolicy",
    "AmazonEKSLoadBalancingPolicy",
    "AmazonEKSNetworkingPolicy",
    "AmazonEKSHybridPolicy",
];

fn policy_arn(name: &str) -> String {
    format!("arn:aws:eks::aws:cluster-access-policy/{name}")
}

fn id(cluster: &str, principal: &str) -> String {
    format!("{cluster}|{principal}")
}

fn not_found() -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(
        "The specified principalArn could not be found. You can view your available access entries with 'list-access-entries'.",
    )
}

/// The cluster, which must use an API authentication mode.
fn api_mode(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<()> {
    let c = super::cluster::load(eks, t, cluster, now)?;
    let mode =
        c.c.access_config
            .and_then(|a| a.authentication_mode)
            .unwrap_or_default();
    if mode == "CONFIG_MAP" {
        return Err(ErrorCode::InvalidRequestException.with(
            "The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP] to perform this operation.",
        ));
    }
    Ok(())
}

fn load(t: &Tables<'_>, cluster: &str, principal: &str) -> AwsResult<EntryRec> {
    t.get("access", &id(cluster, principal))?
        .ok_or_else(not_found)
}

fn caller(eks: &Eks, ctx: &Context) -> String {
    crate::services::sts::principal(&eks.store, ctx)
}

fn new_entry(t: &Tables<'_>, cluster: &str, principal: &str, kind: &str, now: i64) -> AccessEntry {
    let (kind_part, name) = match principal.split_once(":role/") {
        Some((_, n)) => ("role", n.rsplit('/').next().unwrap_or(n).to_string()),
        None => (
            "user",
            principal.rsplit('/').next().unwrap_or("root").to_string(),
        ),
    };
    let username = if kind_part == "role" {
        format!(
            "arn:aws:sts::{}:assumed-role/{name}/{{{{SessionName}}}}",
            t.account
        )
    } else {
        principal.to_string()
    };
    AccessEntry {
        cluster_name: Some(cluster.into()),
        principal_arn: Some(principal.into()),
        kubernetes_groups: Some(vec![]),
        access_entry_arn: Some(t.arn(&format!(
            "access-entry/{cluster}/{kind_part}/{}/{name}/{}",
            t.account,
            crate::context::new_request_id()
        ))),
        created_at: ts(now),
        modified_at: ts(now),
        tags: Some(Default::default()),
        username: Some(username),
        r#type: Some(kind.into()),
    }
}

/// The creator's admin entry of a new cluster.
pub fn bootstrap_creator(
    eks: &Eks,
    ctx: &Context,
    t: &Tables<'_>,
    cluster: &str,
    now: i64,
) -> AwsResult<()> {
    let principal = caller(eks, ctx);
    let rec = EntryRec {
        e: new_entry(t, cluster, &principal, "STANDARD", now),
        policies: vec![AssociatedAccessPolicy {
            policy_arn: Some(policy_arn("AmazonEKSClusterAdminPolicy")),
            access_scope: Some(AccessScope {
                r#type: Some("cluster".into()),
                namespaces: Some(vec![]),
            }),
            associated_at: ts(now),
            modified_at: ts(now),
        }],
    };
    Ok(t.put("access", &id(cluster, &principal), &rec)?)
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateAccessEntryRequest,
) -> AwsResult<CreateAccessEntryResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, now)?;
    let principal = i.principal_arn.unwrap_or_default();
    if !principal.starts_with("arn:aws:iam::") {
        return Err(invalid(format!(
            "The principalArn parameter format is not valid: {principal}"
        )));
    }
    if t.get::<EntryRec>("access", &id(&cluster, &principal))?
        .is_some()
    {
        return Err(in_use(
            "The specified access entry resource is already in use on this cluster.",
        ));
    }
    let kind = i.r#type.unwrap_or_else(|| "STANDARD".into());
    let mut e = new_entry(&t, &cluster, &principal, &kind, now);
    let groups = i.kubernetes_groups.unwrap_or_default();
    if kind != "STANDARD" && (!groups.is_empty() || i.username.is_some()) {
        return Err(invalid(format!(
            "kubernetesGroups and username can't be set for access entries of type {kind}."
        )));
    }
    if groups.iter().any(|g| g.starts_with("system:")) {
        return Err(invalid("kubernetesGroups can't start with 'system:'."));
    }
    e.kubernetes_groups = Some(groups);
    if let Some(u) = i.username {
        e.username = Some(u);
    }
    e.tags = Some(i.tags.unwrap_or_default());
    let rec = EntryRec {
        e,
        policies: vec![],
    };
    t.put("access", &id(&cluster, &principal), &rec)?;
    Ok(CreateAccessEntryResponse {
        access_entry: Some(rec.e),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeAccessEntryRequest,
) -> AwsResult<DescribeAccessEntryResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, ctx.clock.now_millis())?;
    let rec = load(&t, &cluster, i.principal_arn.as_deref().unwrap_or_default())?;
    Ok(DescribeAccessEntryResponse {
        access_entry: Some(rec.e),
    })
}

pub fn update(
    eks: &Eks,
    ctx: &Context,
    i: UpdateAccessEntryRequest,
) -> AwsResult<UpdateAccessEntryResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, now)?;
    let principal = i.principal_arn.unwrap_or_default();
    let mut rec = load(&t, &cluster, &principal)?;
    if let Some(g) = i.kubernetes_groups {
        rec.e.kubernetes_groups = Some(g);
    }
    if let Some(u) = i.username {
        rec.e.username = Some(u);
    }
    rec.e.modified_at = ts(now);
    t.put("access", &id(&cluster, &principal), &rec)?;
    Ok(UpdateAccessEntryResponse {
        access_entry: Some(rec.e),
    })
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteAccessEntryRequest,
) -> AwsResult<DeleteAccessEntryResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, ctx.clock.now_millis())?;
    let principal = i.principal_arn.unwrap_or_default();
    load(&t, &cluster, &principal)?;
    t.delete("access", &id(&cluster, &principal))?;
    Ok(DeleteAccessEntryResponse {})
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListAccessEntriesRequest,
) -> AwsResult<ListAccessEntriesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, ctx.clock.now_millis())?;
    let rows = t
        .all::<EntryRec>("access", &format!("{cluster}|"))?
        .into_iter()
        .filter(|r| {
            i.associated_policy_arn.as_ref().is_none_or(|p| {
                r.policies
                    .iter()
                    .any(|x| x.policy_arn.as_deref() == Some(p.as_str()))
            })
        })
        .filter_map(|r| r.e.principal_arn)
        .map(|p| (p.clone(), p))
        .collect();
    let (access_entries, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListAccessEntriesResponse {
        access_entries: Some(access_entries),
        next_token,
    })
}

pub fn list_policies(
    _eks: &Eks,
    _ctx: &Context,
    i: ListAccessPoliciesRequest,
) -> AwsResult<ListAccessPoliciesResponse> {
    let rows = POLICIES
        .iter()
        .map(|n| {
            (
                n.to_string(),
                AccessPolicy {
                    name: Some(n.to_string()),
                    arn: Some(policy_arn(n)),
                },
            )
        })
        .collect();
    let (access_policies, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListAccessPoliciesResponse {
        access_policies: Some(access_policies),
        next_token,
    })
}

pub fn associate(
    eks: &Eks,
    ctx: &Context,
    i: AssociateAccessPolicyRequest,
) -> AwsResult<AssociateAccessPolicyResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, now)?;
    let principal = i.principal_arn.unwrap_or_default();
    let mut rec = load(&t, &cluster, &principal)?;
    let policy = i.policy_arn.unwrap_or_default();
    if !POLICIES.iter().any(|p| policy_arn(p) == policy) {
        return Err(ErrorCode::ResourceNotFoundException.with(format!(
            "The specified policyArn {policy} could not be found."
        )));
    }
    let scope = i.access_scope.unwrap_or_default();
    let namespaced = scope.r#type.as_deref() == Some("namespace");
    if namespaced == scope.namespaces.as_ref().is_none_or(Vec::is_empty) {
        return Err(invalid(
            "accessScope namespaces must be given for type namespace, and only for it.",
        ));
    }
    let associated = AssociatedAccessPolicy {
        policy_arn: Some(policy.clone()),
        access_scope: Some(scope),
        associated_at: rec
            .policies
            .iter()
            .find(|p| p.policy_arn.as_deref() == Some(policy.as_str()))
            .and_then(|p| p.associated_at)
            .or(ts(now)),
        modified_at: ts(now),
    };
    rec.policies
        .retain(|p| p.policy_arn.as_deref() != Some(policy.as_str()));
    rec.policies.push(associated.clone());
    t.put("access", &id(&cluster, &principal), &rec)?;
    Ok(AssociateAccessPolicyResponse {
        cluster_name: Some(cluster),
        principal_arn: Some(principal),
        associated_access_policy: Some(associated),
    })
}

pub fn disassociate(
    eks: &Eks,
    ctx: &Context,
    i: DisassociateAccessPolicyRequest,
) -> AwsResult<DisassociateAccessPolicyResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, ctx.clock.now_millis())?;
    let principal = i.principal_arn.unwrap_or_default();
    let mut rec = load(&t, &cluster, &principal)?;
    let policy = i.policy_arn.unwrap_or_default();
    rec.policies
        .retain(|p| p.policy_arn.as_deref() != Some(policy.as_str()));
    t.put("access", &id(&cluster, &principal), &rec)?;
    Ok(DisassociateAccessPolicyResponse {})
}

pub fn list_associated(
    eks: &Eks,
    ctx: &Context,
    i: ListAssociatedAccessPoliciesRequest,
) -> AwsResult<ListAssociatedAccessPoliciesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    api_mode(eks, &t, &cluster, ctx.clock.now_millis())?;
    let principal = i.principal_arn.unwrap_or_default();
    let rec = load(&t, &cluster, &principal)?;
    let rows = rec
        .policies
        .into_iter()
        .map(|p| (p.policy_arn.clone().unwrap_or_default(), p))
        .collect();
    let (policies, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListAssociatedAccessPoliciesResponse {
        cluster_name: Some(cluster),
        principal_arn: Some(principal),
        next_token,
        associated_access_policies: Some(policies),
    })
}
