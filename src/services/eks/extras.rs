//! The rest of EKS's cluster operations: CancelUpdate (an update still InProgress becomes
//! Cancelled and its change is never applied), AssociateEncryptionConfig (secrets encryption,
//! once per cluster, as an update), upgrade insights computed from the cluster's own state
//! (node group version skew, add-ons not offered for the next Kubernetes version, extended
//! support) with their refresh, and EKS Anywhere subscriptions (terms of 12 or 36 months).
//!
//! It never reads a workload: insights look only at what the EKS API knows.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use super::update::{self, UpdateRec, param};
use super::versions;
use crate::context::Context;
use crate::error::AwsResult;

pub fn cancel_update(
    eks: &Eks,
    ctx: &Context,
    i: CancelUpdateRequest,
) -> AwsResult<CancelUpdateResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let id = i.update_id.unwrap_or_default();
    let mut found = None;
    for u in t.all::<UpdateRec>("update", &format!("{cluster}|"))? {
        if u.id == id {
            found = Some(u);
        }
    }
    let mut u = found.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!("No update found for ID: {id}"))
    })?;
    if u.status(now, eks.step_ms) != "InProgress" {
        return Err(ErrorCode::InvalidRequestException.with(format!(
            "Update {id} is {} and can no longer be cancelled.",
            u.status(now, eks.step_ms)
        )));
    }
    u.cancelled = true;
    u.applied = true;
    t.put("update", &format!("{cluster}|{}|{}", u.target, u.id), &u)?;
    Ok(CancelUpdateResponse {
        update: Some(u.view(now, eks.step_ms)),
    })
}

pub fn associate_encryption(
    eks: &Eks,
    ctx: &Context,
    i: AssociateEncryptionConfigRequest,
) -> AwsResult<AssociateEncryptionConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    if c.c
        .encryption_config
        .as_ref()
        .is_some_and(|e| !e.is_empty())
    {
        return Err(invalid("Encryption is already enabled on the cluster"));
    }
    let config = i.encryption_config.unwrap_or_default();
    // `resources` is deprecated (EKS encrypts all API data); when given it must be secrets.
    let ok = config.len() == 1
        && config[0]
            .resources
            .as_ref()
            .is_none_or(|r| r.iter().all(|x| x == "secrets"))
        && config[0]
            .provider
            .as_ref()
            .and_then(|p| p.key_arn.as_deref())
            .is_some_and(|k| k.starts_with("arn:aws:kms:"));
    if !ok {
        return Err(invalid(
            "encryptionConfig needs one entry with a KMS key ARN (and resources, if any, [\"secrets\"]).",
        ));
    }
    let u = update::start(
        eks,
        &t,
        &cluster,
        "",
        "AssociateEncryptionConfig",
        vec![param(
            "EncryptionConfig",
            serde_json::to_string(&config).unwrap_or_default(),
        )],
        json!({"encryptionConfig": config}),
        now,
    )?;
    Ok(AssociateEncryptionConfigResponse { update: Some(u) })
}

/// The insights of a cluster as its state stands.
fn insights(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<Vec<Insight>> {
    let c = super::cluster::load(eks, t, cluster, now)?;
    let version = c.c.version.clone().unwrap_or_default();
    let next = versions::next_minor(&version).filter(|v| versions::supported(v));
    let refreshed: i64 = t
        .get("insights-refresh", cluster)?
        .unwrap_or(c.c.created_at.map_or(now, |x| x.millis()));
    let status = |ok: bool, reason: &str| InsightStatus {
        status: Some(if ok { "PASSING" } else { "WARNING" }.into()),
        reason: Some(reason.into()),
    };
    let mut out = Vec::new();
    let skewed: Vec<String> = t
        .all::<super::nodegroup::NodegroupRec>("nodegroup", &format!("{cluster}|"))?
        .into_iter()
        .filter(|n| n.n.version.as_deref() != Some(version.as_str()))
        .filter_map(|n| n.n.nodegroup_arn)
        .collect();
    out.push(Insight {
        id: Some(format!("{cluster}-kubelet-version-skew")),
        name: Some("Kubelet version skew".into()),
        category: Some("UPGRADE_READINESS".into()),
        kubernetes_version: next.clone().or(Some(version.clone())),
        last_refresh_time: ts(refreshed),
        last_transition_time: ts(refreshed),
        description: Some(
            "Checks that every node group runs the cluster's Kubernetes version before an upgrade."
                .into(),
        ),
        insight_status: Some(if skewed.is_empty() {
            status(true, "All node groups run the cluster's version.")
        } else {
            status(
                false,
                "Node groups run an older Kubernetes version than the cluster.",
            )
        }),
        recommendation: Some("Upgrade the node groups to the cluster's version first.".into()),
        resources: Some(
            skewed
                .into_iter()
                .map(|arn| InsightResourceDetail {
                    insight_status: Some(status(false, "version skew")),
                    kubernetes_resource_uri: None,
                    arn: Some(arn),
                })
                .collect(),
        ),
        ..Default::default()
    });
    let stuck: Vec<String> = match &next {
        Some(n) => t
            .all::<super::addon::AddonRec>("addon", &format!("{cluster}|"))?
            .into_iter()
            .filter(|a| {
                let name = a.a.addon_name.clone().unwrap_or_default();
                versions::addon(&name)
                    .is_some_and(|info| versions::addon_versions(info, Some(n)).is_empty())
            })
            .filter_map(|a| a.a.addon_arn)
            .collect(),
        None => vec![],
    };
    out.push(Insight {
        id: Some(format!("{cluster}-addon-compatibility")),
        name: Some("Amazon EKS add-on version compatibility".into()),
        category: Some("UPGRADE_READINESS".into()),
        kubernetes_version: next.clone().or(Some(version.clone())),
        last_refresh_time: ts(refreshed),
        last_transition_time: ts(refreshed),
        description: Some(
            "Checks that the installed add-ons are offered for the next Kubernetes version.".into(),
        ),
        insight_status: Some(if stuck.is_empty() {
            status(
                true,
                "Every add-on has a version for the next Kubernetes version.",
            )
        } else {
            status(
                false,
                "Some add-ons have no version for the next Kubernetes version.",
            )
        }),
        recommendation: Some(
            "Update the add-ons to versions offered for the next Kubernetes version.".into(),
        ),
        resources: Some(
            stuck
                .into_iter()
                .map(|arn| InsightResourceDetail {
                    insight_status: Some(status(false, "no compatible version")),
                    kubernetes_resource_uri: None,
                    arn: Some(arn),
                })
                .collect(),
        ),
        ..Default::default()
    });
    let today = crate::types::Timestamp::from_millis(now).to_iso8601();
    let extended = versions::extended(&version, &today[..10]);
    out.push(Insight {
        id: Some(format!("{cluster}-cluster-health")),
        name: Some("Cluster in extended support".into()),
        category: Some("MISCONFIGURATION".into()),
        kubernetes_version: Some(version),
        last_refresh_time: ts(refreshed),
        last_transition_time: ts(refreshed),
        description: Some("Checks whether the cluster's version is past standard support.".into()),
        insight_status: Some(status(
            !extended,
            if extended {
                "The version is in extended support."
            } else {
                "The version is in standard support."
            },
        )),
        recommendation: Some("Upgrade to a version in standard support.".into()),
        resources: Some(vec![]),
        ..Default::default()
    });
    Ok(out)
}

pub fn describe_insight(
    eks: &Eks,
    ctx: &Context,
    i: DescribeInsightRequest,
) -> AwsResult<DescribeInsightResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    let id = i.id.unwrap_or_default();
    let insight = insights(eks, &t, &cluster, ctx.clock.now_millis())?
        .into_iter()
        .find(|x| x.id.as_deref() == Some(id.as_str()))
        .ok_or_else(|| {
            ErrorCode::ResourceNotFoundException.with(format!("No insight found for ID: {id}"))
        })?;
    Ok(DescribeInsightResponse {
        insight: Some(insight),
    })
}

pub fn list_insights(
    eks: &Eks,
    ctx: &Context,
    i: ListInsightsRequest,
) -> AwsResult<ListInsightsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    let f = i.filter.unwrap_or_default();
    let keep = |want: &Option<Vec<String>>, v: &Option<String>| {
        want.as_ref()
            .is_none_or(|w| w.is_empty() || v.as_ref().is_some_and(|v| w.contains(v)))
    };
    let rows = insights(eks, &t, &cluster, ctx.clock.now_millis())?
        .into_iter()
        .filter(|x| keep(&f.categories, &x.category))
        .filter(|x| keep(&f.kubernetes_versions, &x.kubernetes_version))
        .filter(|x| {
            keep(
                &f.statuses,
                &x.insight_status.as_ref().and_then(|s| s.status.clone()),
            )
        })
        .map(|x| {
            (
                x.id.clone().unwrap_or_default(),
                InsightSummary {
                    id: x.id,
                    name: x.name,
                    category: x.category,
                    kubernetes_version: x.kubernetes_version,
                    last_refresh_time: x.last_refresh_time,
                    last_transition_time: x.last_transition_time,
                    description: x.description,
                    insight_status: x.insight_status,
                },
            )
        })
        .collect();
    let (insights, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListInsightsResponse {
        insights: Some(insights),
        next_token,
    })
}

pub fn start_refresh(
    eks: &Eks,
    ctx: &Context,
    i: StartInsightsRefreshRequest,
) -> AwsResult<StartInsightsRefreshResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    t.put("insights-refresh", &cluster, &now)?;
    Ok(StartInsightsRefreshResponse {
        message: Some("Insights refresh started.".into()),
        status: Some("IN_PROGRESS".into()),
    })
}

pub fn describe_refresh(
    eks: &Eks,
    ctx: &Context,
    i: DescribeInsightsRefreshRequest,
) -> AwsResult<DescribeInsightsRefreshResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let started: i64 = t.get("insights-refresh", &cluster)?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException
            .with(format!("No insights refresh found for cluster: {cluster}"))
    })?;
    let done = now >= started + eks.step_ms;
    Ok(DescribeInsightsRefreshResponse {
        message: Some(
            if done {
                "Insights refresh completed."
            } else {
                "Insights refresh in progress."
            }
            .into(),
        ),
        status: Some(if done { "COMPLETED" } else { "IN_PROGRESS" }.into()),
        started_at: ts(started),
        ended_at: if done {
            ts(started + eks.step_ms)
        } else {
            None
        },
    })
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SubscriptionRec {
    pub s: EksAnywhereSubscription,
    pub phase: Phase,
}

fn sub_view(eks: &Eks, r: &SubscriptionRec, now: i64) -> EksAnywhereSubscription {
    let mut s = r.s.clone();
    s.status = r.phase.at(now, eks.step_ms);
    if s.status.as_deref() == Some("ACTIVE") && s.expiration_date.is_some_and(|e| e.millis() <= now)
    {
        s.status = Some("EXPIRED".into());
    }
    s
}

fn sub_load(eks: &Eks, t: &Tables<'_>, id: &str, now: i64) -> AwsResult<SubscriptionRec> {
    t.get::<SubscriptionRec>("anywhere", id)?
        .filter(|r| r.phase.at(now, eks.step_ms).is_some())
        .ok_or_else(|| {
            ErrorCode::ResourceNotFoundException.with(format!("No subscription found for ID: {id}"))
        })
}

pub fn create_subscription(
    eks: &Eks,
    ctx: &Context,
    i: CreateEksAnywhereSubscriptionRequest,
) -> AwsResult<CreateEksAnywhereSubscriptionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    let term = i.term.unwrap_or_default();
    let months = term.duration.unwrap_or(0);
    if !matches!(months, 12 | 36) || term.unit.as_deref().unwrap_or("MONTHS") != "MONTHS" {
        return Err(invalid("The subscription term must be 12 or 36 MONTHS."));
    }
    let quantity = i.license_quantity.unwrap_or(1);
    if !(1..=100).contains(&quantity) {
        return Err(invalid("licenseQuantity must be between 1 and 100."));
    }
    if t.all::<SubscriptionRec>("anywhere", "")?.iter().any(|r| {
        r.s.arn
            .as_deref()
            .is_some_and(|a| a.ends_with(&format!("/{name}")))
            && r.phase.at(now, eks.step_ms).is_some()
    }) {
        return Err(in_use(format!(
            "A subscription named {name} already exists."
        )));
    }
    let id = crate::context::new_request_id();
    let s = EksAnywhereSubscription {
        id: Some(id.clone()),
        arn: Some(t.arn(&format!("eks-anywhere-subscription/{name}"))),
        created_at: ts(now),
        effective_date: ts(now),
        expiration_date: ts(now + i64::from(months) * 30 * 86_400_000),
        license_quantity: Some(quantity),
        license_type: Some(i.license_type.unwrap_or_else(|| "Cluster".into())),
        term: Some(term),
        auto_renew: Some(i.auto_renew.unwrap_or(false)),
        license_arns: Some(vec![]),
        licenses: Some(
            (0..quantity)
                .map(|_| License {
                    id: Some(crate::context::new_request_id()),
                    token: Some(crate::context::new_request_id()),
                })
                .collect(),
        ),
        tags: Some(i.tags.unwrap_or_default()),
        status: None,
    };
    let rec = SubscriptionRec {
        s,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    t.put("anywhere", &id, &rec)?;
    Ok(CreateEksAnywhereSubscriptionResponse {
        subscription: Some(sub_view(eks, &rec, now)),
    })
}

pub fn describe_subscription(
    eks: &Eks,
    ctx: &Context,
    i: DescribeEksAnywhereSubscriptionRequest,
) -> AwsResult<DescribeEksAnywhereSubscriptionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let rec = sub_load(eks, &t, i.id.as_deref().unwrap_or_default(), now)?;
    Ok(DescribeEksAnywhereSubscriptionResponse {
        subscription: Some(sub_view(eks, &rec, now)),
    })
}

pub fn update_subscription(
    eks: &Eks,
    ctx: &Context,
    i: UpdateEksAnywhereSubscriptionRequest,
) -> AwsResult<UpdateEksAnywhereSubscriptionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let id = i.id.unwrap_or_default();
    let mut rec = sub_load(eks, &t, &id, now)?;
    rec.s.auto_renew = i.auto_renew;
    t.put("anywhere", &id, &rec)?;
    Ok(UpdateEksAnywhereSubscriptionResponse {
        subscription: Some(sub_view(eks, &rec, now)),
    })
}

pub fn delete_subscription(
    eks: &Eks,
    ctx: &Context,
    i: DeleteEksAnywhereSubscriptionRequest,
) -> AwsResult<DeleteEksAnywhereSubscriptionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let id = i.id.unwrap_or_default();
    let mut rec = sub_load(eks, &t, &id, now)?;
    // Only a subscription still within its first day can be deleted, as EKS allows.
    if now - rec.s.created_at.map_or(0, |c| c.millis()) > 86_400_000 {
        return Err(ErrorCode::InvalidRequestException
            .with("A subscription can only be deleted within 24 hours of its creation."));
    }
    rec.phase = Phase::new("DELETING", None, now);
    t.put("anywhere", &id, &rec)?;
    Ok(DeleteEksAnywhereSubscriptionResponse {
        subscription: Some(sub_view(eks, &rec, now)),
    })
}

pub fn list_subscriptions(
    eks: &Eks,
    ctx: &Context,
    i: ListEksAnywhereSubscriptionsRequest,
) -> AwsResult<ListEksAnywhereSubscriptionsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let want = i.include_status.unwrap_or_default();
    let rows = t
        .all::<SubscriptionRec>("anywhere", "")?
        .into_iter()
        .filter(|r| r.phase.at(now, eks.step_ms).is_some())
        .map(|r| sub_view(eks, &r, now))
        .filter(|s| want.is_empty() || s.status.as_ref().is_some_and(|x| want.contains(x)))
        .map(|s| (s.id.clone().unwrap_or_default(), s))
        .collect();
    let (subscriptions, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListEksAnywhereSubscriptionsResponse {
        subscriptions: Some(subscriptions),
        next_token,
    })
}
