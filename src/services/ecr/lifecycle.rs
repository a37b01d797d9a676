//! Lifecycle policies: Put/Get/DeleteLifecyclePolicy, Start/GetLifecyclePolicyPreview, and
//! the sweep that applies every policy on the clock (expiring images, moving them to the
//! archive storage class) and reclaims the layers nothing references any more.
//!
//! It never decides what a rule selects (that is `lifecycle_rules`) and never expires an
//! image from a preview.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::image::GRACE_MS;
use super::lifecycle_rules::{self, Candidate, Decision};
use super::repository::{existing, meta, save};
use super::{Ecr, scope, storage};
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::registry::store::{Archive, NS, Scope};
use crate::storage::{Batch, SEP};
use crate::types::Timestamp;

/// A repository's lifecycle policy, with its last evaluation and preview.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Attached {
    pub text: Option<String>,
    pub last_evaluated_ms: Option<i64>,
    pub preview: Option<Preview>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Preview {
    pub text: String,
    pub results: Vec<LifecyclePolicyPreviewResult>,
}

/// Index of repositories holding a policy: `lifecycle␟account␟region␟name`, across scopes.
fn index_key(s: &Scope, name: &str) -> Vec<u8> {
    let mut k = b"lifecycle".to_vec();
    for part in [s.account.as_str(), s.region.as_str(), name] {
        k.push(SEP);
        k.extend_from_slice(part.as_bytes());
    }
    k
}

fn no_policy(ctx: &Context, name: &str) -> AwsError {
    ErrorCode::LifecyclePolicyNotFoundException.with(format!(
        "Lifecycle policy does not exist for the repository with name '{name}' in the registry with id '{}'",
        ctx.account
    ))
}

fn attached(ecr: &Ecr, ctx: &Context, registry: Option<&str>, name: &str) -> AwsResult<Attached> {
    let repo = existing(ecr, ctx, registry, name)?;
    Ok(meta(&repo).lifecycle.unwrap_or_default())
}

fn store_attached(ecr: &Ecr, ctx: &Context, name: &str, a: Attached) -> AwsResult<()> {
    let mut repo = existing(ecr, ctx, None, name)?;
    let mut m = meta(&repo);
    let mut b = Batch::default();
    if a.text.is_some() {
        b.put(index_key(&scope(ctx), name), Vec::new());
    } else {
        b.delete(index_key(&scope(ctx), name));
    }
    m.lifecycle = Some(a);
    save(ecr, ctx, &mut repo, &m)?;
    ecr.store.kv.apply(NS, b).map_err(storage)
}

pub fn put(
    ecr: &Ecr,
    ctx: &Context,
    input: PutLifecyclePolicyRequest,
) -> AwsResult<PutLifecyclePolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut a = attached(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let text = input.lifecycle_policy_text.unwrap_or_default();
    lifecycle_rules::parse(&text).map_err(|e| ErrorCode::InvalidParameterException.with(e))?;
    a.text = Some(text.clone());
    a.last_evaluated_ms = None;
    store_attached(ecr, ctx, &name, a)?;
    Ok(PutLifecyclePolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        lifecycle_policy_text: Some(text),
    })
}

pub fn get(
    ecr: &Ecr,
    ctx: &Context,
    input: GetLifecyclePolicyRequest,
) -> AwsResult<GetLifecyclePolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let a = attached(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let text = a.text.ok_or_else(|| no_policy(ctx, &name))?;
    Ok(GetLifecyclePolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        lifecycle_policy_text: Some(text),
        last_evaluated_at: a.last_evaluated_ms.map(Timestamp::from_millis),
    })
}

pub fn delete(
    ecr: &Ecr,
    ctx: &Context,
    input: DeleteLifecyclePolicyRequest,
) -> AwsResult<DeleteLifecyclePolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut a = attached(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let text = a.text.take().ok_or_else(|| no_policy(ctx, &name))?;
    let last = a.last_evaluated_ms.take();
    store_attached(ecr, ctx, &name, a)?;
    Ok(DeleteLifecyclePolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        lifecycle_policy_text: Some(text),
        last_evaluated_at: last.map(Timestamp::from_millis),
    })
}

/// The repository's images as the rules see them, with their tags.
fn candidates(ecr: &Ecr, s: &Scope, name: &str) -> AwsResult<Vec<Candidate>> {
    let images = &ecr.registry.images;
    let tags = images.tags(s, name).map_err(storage)?;
    Ok(images
        .manifests(s, name)
        .map_err(storage)?
        .into_iter()
        .map(|m| Candidate {
            tags: tags
                .iter()
                .filter(|(_, d)| *d == m.digest)
                .map(|(t, _)| t.clone())
                .collect(),
            pushed_ms: m.pushed_ms,
            last_pull_ms: m.last_pull_ms,
            archived_ms: m
                .archive
                .as_ref()
                .filter(|a| a.activated_ms.is_none())
                .map(|a| a.archived_ms),
            digest: m.digest,
        })
        .collect())
}

fn preview_result(c: &Candidate, d: &Decision) -> LifecyclePolicyPreviewResult {
    let transition = d.action == "transition";
    LifecyclePolicyPreviewResult {
        image_tags: Some(c.tags.clone()),
        image_digest: Some(c.digest.clone()),
        image_pushed_at: Some(Timestamp::from_millis(c.pushed_ms)),
        action: Some(LifecyclePolicyRuleAction {
            r#type: Some(if transition { "TRANSITION" } else { "EXPIRE" }.into()),
            target_storage_class: transition.then(|| "ARCHIVE".into()),
        }),
        applied_rule_priority: Some(d.priority as i32),
        storage_class: Some(
            if c.archived_ms.is_some() {
                "ARCHIVE"
            } else {
                "STANDARD"
            }
            .into(),
        ),
    }
}

pub fn start_preview(
    ecr: &Ecr,
    ctx: &Context,
    input: StartLifecyclePolicyPreviewRequest,
) -> AwsResult<StartLifecyclePolicyPreviewResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut a = attached(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let text = match input.lifecycle_policy_text.or_else(|| a.text.clone()) {
        Some(t) => t,
        None => return Err(no_policy(ctx, &name)),
    };
    let rules =
        lifecycle_rules::parse(&text).map_err(|e| ErrorCode::InvalidParameterException.with(e))?;
    let images = candidates(ecr, &scope(ctx), &name)?;
    let decisions = lifecycle_rules::evaluate(&rules, &images, ctx.clock.now_millis());
    let results = decisions
        .iter()
        .filter_map(|d| {
            images
                .iter()
                .find(|c| c.digest == d.digest)
                .map(|c| preview_result(c, d))
        })
        .collect();
    a.preview = Some(Preview {
        text: text.clone(),
        results,
    });
    store_attached(ecr, ctx, &name, a)?;
    Ok(StartLifecyclePolicyPreviewResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        lifecycle_policy_text: Some(text),
        status: Some("IN_PROGRESS".into()),
    })
}

pub fn get_preview(
    ecr: &Ecr,
    ctx: &Context,
    input: GetLifecyclePolicyPreviewRequest,
) -> AwsResult<GetLifecyclePolicyPreviewResponse> {
    let name = input.repository_name.unwrap_or_default();
    let a = attached(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let p = a.preview.ok_or_else(|| {
        ErrorCode::LifecyclePolicyPreviewNotFoundException.with(format!(
            "There is no lifecycle policy preview for the repository with name '{name}' in the registry with id '{}'",
            ctx.account
        ))
    })?;
    let summary = LifecyclePolicyPreviewSummary {
        expiring_image_total_count: Some(
            p.results
                .iter()
                .filter(|r| r.action.as_ref().and_then(|a| a.r#type.as_deref()) == Some("EXPIRE"))
                .count() as i32,
        ),
        transitioning_image_total_counts: Some(vec![TransitioningImageTotalCount {
            target_storage_class: Some("ARCHIVE".into()),
            image_total_count: Some(
                p.results
                    .iter()
                    .filter(|r| {
                        r.action.as_ref().and_then(|a| a.r#type.as_deref()) == Some("TRANSITION")
                    })
                    .count() as i32,
            ),
        }]),
    };
    let wanted = input.image_ids.unwrap_or_default();
    let tag_status = input.filter.and_then(|f| f.tag_status);
    let rows: Vec<(String, LifecyclePolicyPreviewResult)> = p
        .results
        .into_iter()
        .filter(|r| {
            let tags = r.image_tags.as_deref().unwrap_or_default();
            let status_ok = match tag_status.as_deref() {
                Some("TAGGED") => !tags.is_empty(),
                Some("UNTAGGED") => tags.is_empty(),
                _ => true,
            };
            let id_ok = wanted.is_empty()
                || wanted.iter().any(|w| {
                    w.image_digest
                        .as_ref()
                        .is_some_and(|d| Some(d) == r.image_digest.as_ref())
                        || w.image_tag.as_ref().is_some_and(|t| tags.contains(t))
                });
            status_ok && id_ok
        })
        .enumerate()
        .map(|(i, r)| (format!("{i:08}"), r))
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let after = input
        .next_token
        .as_deref()
        .map(super::repository::decode_token)
        .transpose()?;
    let rest: Vec<_> = rows
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let next = (rest.len() > max).then(|| super::repository::encode_token(&rest[max - 1].0));
    Ok(GetLifecyclePolicyPreviewResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        lifecycle_policy_text: Some(p.text),
        status: Some("COMPLETE".into()),
        next_token: next,
        preview_results: Some(rest.into_iter().take(max).map(|(_, r)| r).collect()),
        summary: Some(summary),
    })
}

/// Applies every repository's policy at `now`; returns how many images it expired or
/// archived. Index entries of repositories without a policy any more are dropped.
pub fn sweep(ecr: &Ecr, now: i64) -> AwsResult<usize> {
    let entries = ecr
        .store
        .kv
        .scan(NS, b"lifecycle\x1f", None, usize::MAX)
        .map_err(storage)?;
    let mut acted = 0;
    for (k, _) in entries {
        let text = String::from_utf8_lossy(&k["lifecycle\x1f".len()..]).into_owned();
        let mut parts = text.split('\x1f');
        let (Some(account), Some(region), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            continue;
        };
        let ctx = Context::background("ecr", account, region, ecr.registry.clock());
        let a = match ecr
            .registry
            .images
            .repo(&scope(&ctx), name)
            .map_err(storage)?
        {
            Some(r) => meta(&r).lifecycle.unwrap_or_default(),
            None => Attached::default(),
        };
        let Some(policy) = &a.text else {
            let mut b = Batch::default();
            b.delete(k);
            ecr.store.kv.apply(NS, b).map_err(storage)?;
            continue;
        };
        let Ok(rules) = lifecycle_rules::parse(policy) else {
            continue;
        };
        let here = apply(ecr, &ctx, name, &rules, now)?;
        acted += here;
        // Recorded when something changed, else at most once a minute (no write a second).
        if here > 0 || a.last_evaluated_ms.is_none_or(|t| now - t >= 60_000) {
            let mut a = a;
            a.last_evaluated_ms = Some(now);
            store_attached(ecr, &ctx, name, a)?;
        }
    }
    Ok(acted)
}

fn apply(
    ecr: &Ecr,
    ctx: &Context,
    name: &str,
    rules: &[lifecycle_rules::Rule],
    now: i64,
) -> AwsResult<usize> {
    let s = scope(ctx);
    let images = &ecr.registry.images;
    let decisions = lifecycle_rules::evaluate(rules, &candidates(ecr, &s, name)?, now);
    for d in &decisions {
        if d.action == "expire" {
            images
                .delete_manifest(&s, name, &d.digest)
                .map_err(storage)?;
            ecr.image_action(&s, name, &d.digest, None, "DELETE");
        } else if let Some(mut m) = images.manifest(&s, name, &d.digest).map_err(storage)? {
            m.archive = Some(Archive {
                archived_ms: now,
                activated_ms: None,
            });
            images.put_manifest(&s, name, &m, None).map_err(storage)?;
        }
    }
    if decisions.iter().any(|d| d.action == "expire") {
        images.collect_garbage(&s, now, GRACE_MS).map_err(storage)?;
    }
    Ok(decisions.len())
}
