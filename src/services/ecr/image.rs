//! Images as ECR's API sees them — the registry's manifests and tags: ListImages,
//! DescribeImages, BatchGetImage, BatchDeleteImage, PutImage. A docker push shows up here at
//! once, and an image put here can be pulled.
//!
//! It never stores a manifest the registry would refuse.

use super::api::*;
use super::repository::{decode_token, encode_token, existing};
use super::{Ecr, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::digest::Digest;
use crate::registry::errors::Code;
use crate::registry::manifest;
use crate::registry::store::Manifest;
use crate::types::Timestamp;

fn image_id(digest: &str, tag: Option<&str>) -> ImageIdentifier {
    ImageIdentifier {
        image_digest: Some(digest.to_string()),
        image_tag: tag.map(str::to_string),
    }
}

pub(crate) fn id_text(id: &ImageIdentifier) -> String {
    let q = |v: &Option<String>| v.as_ref().map_or("null".to_string(), |s| format!("'{s}'"));
    format!(
        "{{imageDigest:{}, imageTag:{}}}",
        q(&id.image_digest),
        q(&id.image_tag)
    )
}

fn tag_filter_ok(status: Option<&str>, tags: &[String]) -> bool {
    match status {
        Some("TAGGED") => !tags.is_empty(),
        Some("UNTAGGED") => tags.is_empty(),
        _ => true,
    }
}

/// Every image of a repository with its tags, in digest order.
fn images(ecr: &Ecr, ctx: &Context, name: &str) -> AwsResult<Vec<(Manifest, Vec<String>)>> {
    let s = scope(ctx);
    let tags = ecr.registry.images.tags(&s, name).map_err(storage)?;
    let mut out: Vec<(Manifest, Vec<String>)> = ecr
        .registry
        .images
        .manifests(&s, name)
        .map_err(storage)?
        .into_iter()
        .map(|m| {
            let t = tags
                .iter()
                .filter(|(_, d)| *d == m.digest)
                .map(|(t, _)| t.clone())
                .collect();
            (m, t)
        })
        .collect();
    out.sort_by(|a, b| a.0.digest.cmp(&b.0.digest));
    Ok(out)
}

fn page<T>(
    items: Vec<(String, T)>,
    max: Option<i32>,
    token: Option<&str>,
    limit: usize,
) -> AwsResult<(Vec<T>, Option<String>)> {
    let max = max.map_or(limit, |m| m as usize);
    let after = token.map(decode_token).transpose()?;
    let rest: Vec<(String, T)> = items
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let more = rest.len() > max;
    let mut out = Vec::new();
    let mut last = None;
    for (k, v) in rest.into_iter().take(max) {
        last = Some(k);
        out.push(v);
    }
    Ok((
        out,
        if more {
            last.map(|k| encode_token(&k))
        } else {
            None
        },
    ))
}

pub fn list(ecr: &Ecr, ctx: &Context, input: ListImagesRequest) -> AwsResult<ListImagesResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let status = input.filter.as_ref().and_then(|f| f.tag_status.clone());
    // Only ACTIVE images unless the filter asks for others, as ECR lists them.
    let image_status = input
        .filter
        .as_ref()
        .and_then(|f| f.image_status.clone())
        .unwrap_or_else(|| "ACTIVE".into());
    let now = ctx.clock.now_millis();
    let mut ids = Vec::new();
    for (m, tags) in images(ecr, ctx, &name)? {
        if !tag_filter_ok(status.as_deref(), &tags)
            || (image_status != "ANY" && m.status(now) != image_status)
        {
            continue;
        }
        if tags.is_empty() {
            ids.push((m.digest.clone(), image_id(&m.digest, None)));
        }
        for t in &tags {
            ids.push((format!("{}:{t}", m.digest), image_id(&m.digest, Some(t))));
        }
    }
    let (ids, next) = page(ids, input.max_results, input.next_token.as_deref(), 1000)?;
    Ok(ListImagesResponse {
        image_ids: Some(ids),
        next_token: next,
    })
}

fn detail(ctx: &Context, name: &str, m: &Manifest, tags: Vec<String>) -> ImageDetail {
    let now = ctx.clock.now_millis();
    let scan = super::scan::status(m, now);
    let config_type = serde_json::from_str::<serde_json::Value>(&m.body)
        .ok()
        .and_then(|v| v["config"]["mediaType"].as_str().map(str::to_string));
    ImageDetail {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name.to_string()),
        image_digest: Some(m.digest.clone()),
        image_tags: (!tags.is_empty()).then_some(tags),
        image_size_in_bytes: Some(m.image_size as i64),
        image_pushed_at: Some(Timestamp::from_millis(m.pushed_ms)),
        image_manifest_media_type: Some(m.media_type.clone()),
        artifact_media_type: m.artifact_type.clone().or(config_type),
        last_recorded_pull_time: m.last_pull_ms.map(Timestamp::from_millis),
        subject_manifest_digest: m.subject.clone(),
        image_status: Some(m.status(now).into()),
        image_scan_status: scan.as_ref().map(|s| s.0.clone()),
        image_scan_findings_summary: scan.and_then(|s| s.1),
        last_archived_at: m
            .archive
            .as_ref()
            .map(|a| Timestamp::from_millis(a.archived_ms)),
        last_activated_at: m
            .archive
            .as_ref()
            .and_then(|a| a.activated_ms)
            .filter(|t| *t <= now)
            .map(Timestamp::from_millis),
    }
}

pub fn describe(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeImagesRequest,
) -> AwsResult<DescribeImagesResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let all = images(ecr, ctx, &name)?;
    if let Some(ids) = input.image_ids {
        let mut out = Vec::new();
        for id in ids {
            let found = all.iter().find(|(m, tags)| {
                id.image_digest.as_ref().is_none_or(|d| *d == m.digest)
                    && id.image_tag.as_ref().is_none_or(|t| tags.contains(t))
                    && (id.image_digest.is_some() || id.image_tag.is_some())
            });
            match found {
                Some((m, tags)) => out.push(detail(ctx, &name, m, tags.clone())),
                None => {
                    return Err(ErrorCode::ImageNotFoundException.with(format!(
                        "The image with imageId {} does not exist within the repository with name '{name}' in the registry with id '{}'",
                        id_text(&id),
                        ctx.account
                    )));
                }
            }
        }
        return Ok(DescribeImagesResponse {
            image_details: Some(out),
            next_token: None,
        });
    }
    let status = input.filter.as_ref().and_then(|f| f.tag_status.clone());
    // Archived images are listed only when the filter asks for them.
    let image_status = input
        .filter
        .as_ref()
        .and_then(|f| f.image_status.clone())
        .unwrap_or_else(|| "ACTIVE".into());
    let now = ctx.clock.now_millis();
    let items: Vec<(String, ImageDetail)> = all
        .into_iter()
        .filter(|(_, tags)| tag_filter_ok(status.as_deref(), tags))
        .filter(|(m, _)| image_status == "ANY" || m.status(now) == image_status)
        .map(|(m, tags)| (m.digest.clone(), detail(ctx, &name, &m, tags)))
        .collect();
    let (details, next) = page(items, input.max_results, input.next_token.as_deref(), 100)?;
    Ok(DescribeImagesResponse {
        image_details: Some(details),
        next_token: next,
    })
}

fn failure(id: &ImageIdentifier, code: &str, reason: &str) -> ImageFailure {
    ImageFailure {
        image_id: Some(id.clone()),
        failure_code: Some(code.into()),
        failure_reason: Some(reason.into()),
    }
}

/// The manifest an identifier names, or the failure ECR reports for it.
fn find<'a>(
    all: &'a [(Manifest, Vec<String>)],
    id: &ImageIdentifier,
) -> Result<&'a (Manifest, Vec<String>), ImageFailure> {
    if id.image_digest.is_none() && id.image_tag.is_none() {
        return Err(failure(
            id,
            "MissingDigestAndTag",
            "Invalid request parameters: both tag and digest cannot be null",
        ));
    }
    if let Some(d) = &id.image_digest
        && Digest::parse(d).is_none()
    {
        return Err(failure(
            id,
            "InvalidImageDigest",
            "Invalid request parameters: image digest should satisfy the regex '[a-zA-Z0-9-_+.]+:[a-fA-F0-9]+'",
        ));
    }
    let by_tag = id
        .image_tag
        .as_ref()
        .map(|t| all.iter().find(|(_, tags)| tags.contains(t)));
    let by_digest = id
        .image_digest
        .as_ref()
        .map(|d| all.iter().find(|(m, _)| m.digest == *d));
    match (by_digest, by_tag) {
        (Some(Some(a)), Some(Some(b))) if a.0.digest != b.0.digest => Err(failure(
            id,
            "ImageTagDoesNotMatchDigest",
            "Invalid request parameters: given tag and digest do not point to the same image",
        )),
        (Some(Some(a)), Some(Some(_)) | None) | (None, Some(Some(a))) => Ok(a),
        _ => Err(failure(id, "ImageNotFound", "Requested image not found")),
    }
}

/// The one image an identifier names, with its tags; ImageNotFoundException (or
/// InvalidParameterException for a malformed identifier) otherwise.
pub fn find_one(
    ecr: &Ecr,
    ctx: &Context,
    name: &str,
    id: &ImageIdentifier,
) -> AwsResult<(Manifest, Vec<String>)> {
    let all = images(ecr, ctx, name)?;
    match find(&all, id) {
        Ok(found) => Ok(found.clone()),
        Err(f) if f.failure_code.as_deref() == Some("ImageNotFound") => {
            Err(ErrorCode::ImageNotFoundException.with(format!(
                "The image with imageId {} does not exist within the repository with name '{name}' in the registry with id '{}'",
                id_text(id),
                ctx.account
            )))
        }
        Err(f) => Err(ErrorCode::InvalidParameterException
            .with(f.failure_reason.unwrap_or_default())),
    }
}

pub fn batch_get(
    ecr: &Ecr,
    ctx: &Context,
    input: BatchGetImageRequest,
) -> AwsResult<BatchGetImageResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let all = images(ecr, ctx, &name)?;
    let accepted = input.accepted_media_types.unwrap_or_default();
    let (mut got, mut failures) = (Vec::new(), Vec::new());
    for id in input.image_ids.unwrap_or_default() {
        match find(&all, &id) {
            Ok((m, _)) if !accepted.is_empty() && !accepted.contains(&m.media_type) => {
                failures.push(failure(
                    &id,
                    "UnsupportedImageType",
                    &format!(
                        "Image is of type {} which is not among the accepted media types",
                        m.media_type
                    ),
                ));
            }
            Ok((m, _)) => {
                ecr.registry
                    .images
                    .touch_pull(&scope(ctx), &name, &m.digest, ctx.clock.now_millis())
                    .map_err(storage)?;
                got.push(Image {
                    registry_id: Some(ctx.account.clone()),
                    repository_name: Some(name.clone()),
                    image_id: Some(image_id(&m.digest, id.image_tag.as_deref())),
                    image_manifest: Some(m.body.clone()),
                    image_manifest_media_type: Some(m.media_type.clone()),
                });
            }
            Err(f) => failures.push(f),
        }
    }
    Ok(BatchGetImageResponse {
        images: Some(got),
        failures: Some(failures),
    })
}

pub fn batch_delete(
    ecr: &Ecr,
    ctx: &Context,
    input: BatchDeleteImageRequest,
) -> AwsResult<BatchDeleteImageResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let s = scope(ctx);
    let store = &ecr.registry.images;
    let (mut deleted, mut failures) = (Vec::new(), Vec::new());
    for id in input.image_ids.unwrap_or_default() {
        let all = images(ecr, ctx, &name)?;
        match find(&all, &id) {
            Ok((m, tags)) => {
                // Untagging the last tag deletes the image, as ECR does.
                let whole = id.image_tag.is_none() || tags.len() <= 1;
                if whole {
                    store
                        .delete_manifest(&s, &name, &m.digest)
                        .map_err(storage)?;
                    if tags.is_empty() {
                        ecr.image_action(&s, &name, &m.digest, None, "DELETE");
                        deleted.push(image_id(&m.digest, None));
                    }
                    for t in tags {
                        ecr.image_action(&s, &name, &m.digest, Some(t), "DELETE");
                        deleted.push(image_id(&m.digest, Some(t)));
                    }
                } else if let Some(t) = &id.image_tag {
                    store.delete_tag(&s, &name, t).map_err(storage)?;
                    ecr.image_action(&s, &name, &m.digest, Some(t), "DELETE");
                    deleted.push(image_id(&m.digest, Some(t)));
                }
            }
            Err(f) => failures.push(f),
        }
    }
    let mut gone: Vec<String> = deleted
        .iter()
        .filter_map(|i: &ImageIdentifier| i.image_digest.clone())
        .filter(|d| store.manifest(&s, &name, d).ok().flatten().is_none())
        .collect();
    gone.dedup();
    super::replication::on_delete(ecr, &s, &name, &gone)?;
    store
        .collect_garbage(&s, ctx.clock.now_millis(), GRACE_MS)
        .map_err(storage)?;
    Ok(BatchDeleteImageResponse {
        image_ids: Some(deleted),
        failures: Some(failures),
    })
}

/// Layers younger than this are never collected: a push may still be on its way.
pub const GRACE_MS: i64 = 10 * 60 * 1000;

pub fn put(ecr: &Ecr, ctx: &Context, input: PutImageRequest) -> AwsResult<PutImageResponse> {
    let name = input.repository_name.unwrap_or_default();
    let repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let s = scope(ctx);
    let store = &ecr.registry.images;
    let text = input.image_manifest.unwrap_or_default();
    let built = manifest::build(
        store,
        &s,
        &name,
        text.as_bytes(),
        input.image_manifest_media_type.as_deref(),
        ctx.clock.now_millis(),
    );
    let m = match built {
        Ok(m) => m,
        Err(e) => {
            return Err(match e.code {
                Code::ManifestBlobUnknown if e.message.starts_with("child") => ErrorCode::ReferencedImagesNotFoundException.with(e.message),
                Code::ManifestBlobUnknown => ErrorCode::LayersNotFoundException.with(format!(
                    "Layers with digests '{}' required for pushing image into repository with name '{name}' in the registry with id '{}' do not exist",
                    e.message.split_whitespace().nth(1).unwrap_or_default(),
                    ctx.account
                )),
                _ => ErrorCode::InvalidParameterException.with(format!("Invalid parameter at 'ImageManifest' failed to satisfy constraint: '{}'", e.message)),
            });
        }
    };
    if let Some(d) = &input.image_digest
        && *d != m.digest
    {
        return Err(ErrorCode::ImageDigestDoesNotMatchException.with(format!(
            "Provided digest {d} does not match the digest of the image, {}",
            m.digest
        )));
    }
    let tag = input.image_tag.clone();
    if let Some(t) = &tag {
        if let Some(current) = store.tag(&s, &name, t).map_err(storage)? {
            if current == m.digest {
                return Err(ErrorCode::ImageAlreadyExistsException.with(format!(
                    "Image with digest '{}' and tag '{t}' already exists in the repository with name '{name}' in registry with id '{}'",
                    m.digest, ctx.account
                )));
            }
            if repo.tag_locked(t) {
                return Err(ErrorCode::ImageTagAlreadyExistsException.with(format!(
                    "The image tag '{t}' already exists in the '{name}' repository and cannot be overwritten because the tag is immutable."
                )));
            }
        }
    } else if store
        .manifest(&s, &name, &m.digest)
        .map_err(storage)?
        .is_some()
    {
        return Err(ErrorCode::ImageAlreadyExistsException.with(format!(
            "Image with digest '{}' already exists in the repository with name '{name}' in registry with id '{}'",
            m.digest, ctx.account
        )));
    }
    let stored = match store.manifest(&s, &name, &m.digest).map_err(storage)? {
        Some(old) => m.over(old),
        None => m,
    };
    store
        .put_manifest(&s, &name, &stored, tag.as_deref())
        .map_err(storage)?;
    ecr.after_push(&s, &name, &stored.digest, tag.as_deref());
    Ok(PutImageResponse {
        image: Some(Image {
            registry_id: Some(ctx.account.clone()),
            repository_name: Some(name),
            image_id: Some(image_id(&stored.digest, tag.as_deref())),
            image_manifest: Some(stored.body),
            image_manifest_media_type: Some(stored.media_type),
        }),
    })
}
