//! Replication: PutReplicationConfiguration, images really copied to the destination
//! registries (other regions, other accounts whose registry policy allows it) when pushed,
//! DescribeImageReplicationStatus, deletes that follow when a rule says so, and backfills
//! of what was pushed before (Start/Stop/ListReplicationBackfills,
//! DescribeReplicationBackfillResults).
//!
//! It never replicates an image into its own registry, and never copies through the network:
//! every registry lives in this process.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::image::find_one;
use super::repository::{decode_token, encode_token, existing};
use super::settings::{filters_match, load, update};
use super::{Ecr, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::store::Scope;
use crate::types::Timestamp;

/// One destination's state for one image, kept in the image's `meta`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Replica {
    pub region: String,
    pub registry_id: String,
    pub status: String,
    pub failure_code: Option<String>,
}

/// A backfill and what it did.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Backfill {
    pub id: String,
    pub destination: ReplicationDestination,
    pub status: String,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    pub results: Vec<ReplicationBackfillResult>,
}

fn dest_scope(d: &ReplicationDestination) -> Scope {
    Scope {
        account: d.registry_id.clone().unwrap_or_default(),
        region: d.region.clone().unwrap_or_default(),
    }
}

pub fn put_config(
    ecr: &Ecr,
    ctx: &Context,
    input: PutReplicationConfigurationRequest,
) -> AwsResult<PutReplicationConfigurationResponse> {
    let config = input.replication_configuration.unwrap_or_default();
    for rule in config.rules.iter().flatten() {
        for d in rule.destinations.iter().flatten() {
            if d.region.as_deref() == Some(ctx.region.as_str())
                && d.registry_id.as_deref() == Some(ctx.account.as_str())
            {
                return Err(ErrorCode::InvalidParameterException.with(format!(
                    "Invalid parameter at 'replicationConfiguration' failed to satisfy constraint: 'Replication destination cannot be the source registry: region {} and registry id {}'",
                    ctx.region, ctx.account
                )));
            }
            if !d
                .registry_id
                .as_deref()
                .is_some_and(|r| r.len() == 12 && r.bytes().all(|b| b.is_ascii_digit()))
            {
                return Err(ErrorCode::InvalidParameterException.with(
                    "Invalid parameter at 'registryId' failed to satisfy constraint: 'must be a 12-digit account id'",
                ));
            }
        }
    }
    update(ecr, ctx, |v| {
        v.replication = Some(config.clone());
        Ok(())
    })?;
    Ok(PutReplicationConfigurationResponse {
        replication_configuration: Some(config),
    })
}

/// The destinations the configuration sends repository `name` to, with whether deletes follow.
fn destinations(
    config: &ReplicationConfiguration,
    name: &str,
) -> Vec<(ReplicationDestination, bool)> {
    let mut out: Vec<(ReplicationDestination, bool)> = Vec::new();
    for rule in config.rules.iter().flatten() {
        let filters = rule.repository_filters.iter().flatten();
        if !filters_match(filters.map(|f| (&f.filter, &f.filter_type)), name) {
            continue;
        }
        let deletes = rule
            .delete_replication
            .as_ref()
            .and_then(|d| d.enabled)
            .unwrap_or(false);
        for d in rule.destinations.iter().flatten() {
            if !out.iter().any(|(x, _)| x == d) {
                out.push((d.clone(), deletes));
            }
        }
    }
    out
}

/// Whether the destination registry lets `source_account` replicate into it: always within
/// an account; across accounts, when its registry policy allows ecr:ReplicateImage to it.
fn permitted(ecr: &Ecr, to: &Scope, source_account: &str) -> AwsResult<bool> {
    if to.account == source_account {
        return Ok(true);
    }
    let policy = load(ecr, to)?.policy.unwrap_or_default();
    Ok(policy.contains(source_account)
        && (policy.contains("ecr:ReplicateImage") || policy.contains("ecr:*")))
}

/// Copies one image to one destination, creating the repository there if needed (from a
/// REPLICATION creation template when one covers it).
fn replicate_one(
    ecr: &Ecr,
    from: &Scope,
    name: &str,
    digest: &str,
    d: &ReplicationDestination,
    now: i64,
) -> AwsResult<Result<(), String>> {
    let to = dest_scope(d);
    if !permitted(ecr, &to, &from.account)? {
        return Ok(Err("REPLICATION_NOT_PERMITTED".into()));
    }
    let images = &ecr.registry.images;
    if images.repo(&to, name).map_err(storage)?.is_none()
        && super::templates::create_from_template(ecr, &to, name, "REPLICATION")?.is_none()
    {
        let ctx = Context::background("ecr", &to.account, &to.region, ecr.registry.clock());
        let made = super::repository::create(
            ecr,
            &ctx,
            CreateRepositoryRequest {
                repository_name: Some(name.to_string()),
                ..Default::default()
            },
        );
        if let Err(e) = made
            && e.code != "RepositoryAlreadyExistsException"
        {
            return Err(e);
        }
    }
    match images.copy_image(from, name, &to, name, digest, now) {
        Ok(()) => Ok(Ok(())),
        Err(e) => Ok(Err(format!("COPY_FAILED: {e}"))),
    }
}

/// After a push: copies the image to every destination the configuration names for its
/// repository and records each outcome on the image.
pub fn on_push(ecr: &Ecr, s: &Scope, name: &str, digest: &str, now: i64) -> AwsResult<()> {
    let Some(config) = load(ecr, s)?.replication else {
        return Ok(());
    };
    let dests = destinations(&config, name);
    if dests.is_empty() {
        return Ok(());
    }
    let mut replicas = Vec::new();
    for (d, _) in &dests {
        let outcome = replicate_one(ecr, s, name, digest, d, now)?;
        replicas.push(Replica {
            region: d.region.clone().unwrap_or_default(),
            registry_id: d.registry_id.clone().unwrap_or_default(),
            status: if outcome.is_ok() {
                "COMPLETE"
            } else {
                "FAILED"
            }
            .into(),
            failure_code: outcome.err(),
        });
    }
    let images = &ecr.registry.images;
    if let Some(mut m) = images.manifest(s, name, digest).map_err(storage)? {
        if !m.meta.is_object() {
            m.meta = serde_json::json!({});
        }
        m.meta["replication"] = serde_json::to_value(replicas).map_err(storage)?;
        images.put_manifest(s, name, &m, None).map_err(storage)?;
    }
    Ok(())
}

/// After images are deleted: the destinations whose rule enables delete replication lose
/// them too.
pub fn on_delete(ecr: &Ecr, s: &Scope, name: &str, digests: &[String]) -> AwsResult<()> {
    let Some(config) = load(ecr, s)?.replication else {
        return Ok(());
    };
    for (d, deletes) in destinations(&config, name) {
        if !deletes {
            continue;
        }
        let to = dest_scope(&d);
        for digest in digests {
            ecr.registry
                .images
                .delete_manifest(&to, name, digest)
                .map_err(storage)?;
        }
    }
    Ok(())
}

pub fn describe_status(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeImageReplicationStatusRequest,
) -> AwsResult<DescribeImageReplicationStatusResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.image_id.unwrap_or_default();
    let (m, _) = find_one(ecr, ctx, &name, &id)?;
    let replicas: Vec<Replica> = m
        .meta
        .get("replication")
        .and_then(|v| serde_json::from_value(v.clone()).ok())
        .unwrap_or_default();
    Ok(DescribeImageReplicationStatusResponse {
        repository_name: Some(name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(m.digest.clone()),
            image_tag: id.image_tag,
        }),
        replication_statuses: Some(
            replicas
                .into_iter()
                .map(|r| ImageReplicationStatus {
                    region: Some(r.region),
                    registry_id: Some(r.registry_id),
                    status: Some(r.status),
                    failure_code: r.failure_code,
                })
                .collect(),
        ),
    })
}

fn summary(b: &Backfill) -> ReplicationBackfillSummary {
    let failed: Vec<&ReplicationBackfillResult> = b
        .results
        .iter()
        .filter(|r| r.status.as_deref() == Some("FAILED"))
        .collect();
    let mut codes: Vec<String> = failed
        .iter()
        .filter_map(|r| r.failure_code.clone())
        .collect();
    codes.sort();
    codes.dedup();
    ReplicationBackfillSummary {
        replication_backfill_id: Some(b.id.clone()),
        destination: Some(b.destination.clone()),
        status: Some(b.status.clone()),
        failure_code: None,
        progress: Some(ReplicationBackfillProgress {
            total_replication_count: Some(b.results.len() as i32),
            completed_replication_count: Some((b.results.len() - failed.len()) as i32),
            failed_replication_count: Some(failed.len() as i32),
            failure_codes: (!codes.is_empty()).then_some(codes),
        }),
        started_at: Some(Timestamp::from_millis(b.started_ms)),
        ended_at: b.ended_ms.map(Timestamp::from_millis),
    }
}

/// Replicates every image of every repository the configuration sends to `destination`.
pub fn start_backfill(
    ecr: &Ecr,
    ctx: &Context,
    input: StartReplicationBackfillRequest,
) -> AwsResult<StartReplicationBackfillResponse> {
    let s = scope(ctx);
    let dest = input.destination.unwrap_or_default();
    let config = load(ecr, &s)?.replication.unwrap_or_default();
    let covered = config
        .rules
        .iter()
        .flatten()
        .any(|r| r.destinations.iter().flatten().any(|d| *d == dest));
    if !covered {
        return Err(ErrorCode::InvalidParameterException.with(
            "Invalid parameter at 'destination' failed to satisfy constraint: 'The destination is not in the registry's replication configuration'",
        ));
    }
    let now = ctx.clock.now_millis();
    let mut results = Vec::new();
    for repo in ecr
        .registry
        .images
        .repos(&s, None, usize::MAX)
        .map_err(storage)?
    {
        if !destinations(&config, &repo.name)
            .iter()
            .any(|(d, _)| *d == dest)
        {
            continue;
        }
        for m in ecr
            .registry
            .images
            .manifests(&s, &repo.name)
            .map_err(storage)?
        {
            let outcome = replicate_one(ecr, &s, &repo.name, &m.digest, &dest, now)?;
            results.push(ReplicationBackfillResult {
                repository_name: Some(repo.name.clone()),
                image_id: Some(ImageIdentifier {
                    image_digest: Some(m.digest.clone()),
                    image_tag: None,
                }),
                status: Some(
                    if outcome.is_ok() {
                        "COMPLETE"
                    } else {
                        "FAILED"
                    }
                    .into(),
                ),
                failure_code: outcome.err(),
                sub_image_failure_codes: None,
            });
        }
    }
    let failed = results
        .iter()
        .any(|r| r.status.as_deref() == Some("FAILED"));
    let b = Backfill {
        id: crate::context::new_request_id(),
        destination: dest.clone(),
        status: if failed { "FAILED" } else { "COMPLETE" }.into(),
        started_ms: now,
        ended_ms: Some(now),
        results,
    };
    update(ecr, ctx, |v| {
        v.backfills.push(b.clone());
        Ok(())
    })?;
    Ok(StartReplicationBackfillResponse {
        replication_backfill_id: Some(b.id),
        registry_id: Some(ctx.account.clone()),
        destination: Some(dest),
        // Copies are local: the backfill has finished by the time this answers.
        status: Some(b.status),
        started_at: Some(Timestamp::from_millis(now)),
    })
}

fn backfill_not_found(id: &str) -> crate::error::AwsError {
    ErrorCode::ReplicationBackfillNotFoundException.with(format!(
        "The replication backfill with id '{id}' does not exist."
    ))
}

pub fn stop_backfill(
    ecr: &Ecr,
    ctx: &Context,
    input: StopReplicationBackfillRequest,
) -> AwsResult<StopReplicationBackfillResponse> {
    let id = input.replication_backfill_id.unwrap_or_default();
    let b = load(ecr, &scope(ctx))?
        .backfills
        .into_iter()
        .find(|b| b.id == id)
        .ok_or_else(|| backfill_not_found(&id))?;
    // Backfills here finish within StartReplicationBackfill: there is never one to stop.
    Err(
        ErrorCode::ReplicationBackfillInvalidStatusException.with(format!(
            "The replication backfill with id '{id}' cannot be stopped because its status is {}.",
            b.status
        )),
    )
}

pub fn list_backfills(
    ecr: &Ecr,
    ctx: &Context,
    input: ListReplicationBackfillsRequest,
) -> AwsResult<ListReplicationBackfillsResponse> {
    let all = load(ecr, &scope(ctx))?.backfills;
    let rows: Vec<(String, ReplicationBackfillSummary)> = all
        .iter()
        .enumerate()
        .map(|(i, b)| (format!("{i:08}"), summary(b)))
        .collect();
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<_> = rows
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let next = (rest.len() > max).then(|| encode_token(&rest[max - 1].0));
    Ok(ListReplicationBackfillsResponse {
        registry_id: Some(ctx.account.clone()),
        backfills: Some(rest.into_iter().take(max).map(|(_, b)| b).collect()),
        next_token: next,
    })
}

pub fn backfill_results(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeReplicationBackfillResultsRequest,
) -> AwsResult<DescribeReplicationBackfillResultsResponse> {
    let id = input.replication_backfill_id.unwrap_or_default();
    let b = load(ecr, &scope(ctx))?
        .backfills
        .into_iter()
        .find(|b| b.id == id)
        .ok_or_else(|| backfill_not_found(&id))?;
    let s = summary(&b);
    let filter = input.result_status_filter;
    let rows: Vec<(String, ReplicationBackfillResult)> = b
        .results
        .into_iter()
        .filter(|r| filter.as_ref().is_none_or(|f| r.status.as_ref() == Some(f)))
        .enumerate()
        .map(|(i, r)| (format!("{i:08}"), r))
        .collect();
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<_> = rows
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let next = (rest.len() > max).then(|| encode_token(&rest[max - 1].0));
    Ok(DescribeReplicationBackfillResultsResponse {
        registry_id: Some(ctx.account.clone()),
        replication_backfill_id: Some(id),
        destination: s.destination,
        status: s.status,
        failure_code: None,
        progress: s.progress,
        results: Some(rest.into_iter().take(max).map(|(_, r)| r).collect()),
        started_at: s.started_at,
        ended_at: s.ended_at,
        next_token: next,
    })
}
