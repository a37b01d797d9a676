//! Images beyond their tags: UpdateImageStorageClass (archive and restore, the restore
//! running on the clock) and ListImageReferrers (the artifacts whose `subject` is an image).
//!
//! It never deletes an image; an archived image stays listed and is refused to pullers.

use super::api::*;
use super::image::find_one;
use super::repository::{decode_token, encode_token, existing};
use super::{Ecr, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::digest::Digest;
use crate::registry::store::Archive;

/// How long a restore from the archive takes on the clock (ECR: up to 20 minutes).
pub const RESTORE_MS: i64 = 20 * 60 * 1000;

pub fn update_storage_class(
    ecr: &Ecr,
    ctx: &Context,
    input: UpdateImageStorageClassRequest,
) -> AwsResult<UpdateImageStorageClassResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.image_id.unwrap_or_default();
    let (mut m, _) = find_one(ecr, ctx, &name, &id)?;
    let target = input.target_storage_class.unwrap_or_default();
    let now = ctx.clock.now_millis();
    let status = m.status(now);
    let refuse = |why: &str| {
        Err(
            ErrorCode::ImageStorageClassUpdateNotSupportedException.with(format!(
                "The storage class of image {} cannot be changed to {target}: {why}",
                m.digest
            )),
        )
    };
    match (target.as_str(), status) {
        ("ARCHIVE", "ACTIVE") => {
            m.archive = Some(Archive {
                archived_ms: now,
                activated_ms: None,
            });
        }
        ("ARCHIVE", _) => return refuse("the image is already archived"),
        ("STANDARD", "ARCHIVED") => {
            if let Some(a) = &mut m.archive {
                a.activated_ms = Some(now + RESTORE_MS);
            }
        }
        ("STANDARD", "ACTIVATING") => return refuse("the image is already being restored"),
        ("STANDARD", _) => return refuse("the image is already in the standard storage class"),
        _ => {
            return Err(ErrorCode::InvalidParameterException.with(format!(
                "Invalid parameter at 'targetStorageClass' failed to satisfy constraint: 'Member must satisfy enum value set: [STANDARD, ARCHIVE]' (got {target})"
            )));
        }
    }
    ecr.registry
        .images
        .put_manifest(&scope(ctx), &name, &m, None)
        .map_err(storage)?;
    Ok(UpdateImageStorageClassResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(m.digest.clone()),
            image_tag: id.image_tag,
        }),
        image_status: Some(m.status(now).into()),
    })
}

pub fn list_referrers(
    ecr: &Ecr,
    ctx: &Context,
    input: ListImageReferrersRequest,
) -> AwsResult<ListImageReferrersResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let subject = input
        .subject_id
        .and_then(|s| s.image_digest)
        .unwrap_or_default();
    if Digest::parse(&subject).is_none() {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'subjectId.imageDigest' failed to satisfy constraint: 'Invalid image digest: {subject}'"
        )));
    }
    let types = input
        .filter
        .as_ref()
        .and_then(|f| f.artifact_types.clone())
        .unwrap_or_default();
    let wanted_status = input
        .filter
        .as_ref()
        .and_then(|f| f.artifact_status.clone())
        .unwrap_or_else(|| "ACTIVE".into());
    let now = ctx.clock.now_millis();
    let mut rows: Vec<(String, ImageReferrer)> = ecr
        .registry
        .images
        .manifests(&scope(ctx), &name)
        .map_err(storage)?
        .into_iter()
        .filter(|m| m.subject.as_deref() == Some(subject.as_str()))
        .filter(|m| types.is_empty() || m.artifact_type.as_ref().is_some_and(|t| types.contains(t)))
        .filter(|m| wanted_status == "ANY" || m.status(now) == wanted_status)
        .map(|m| {
            let annotations = m.annotations.as_object().map(|o| {
                o.iter()
                    .filter_map(|(k, v)| v.as_str().map(|v| (k.clone(), v.to_string())))
                    .collect()
            });
            (
                m.digest.clone(),
                ImageReferrer {
                    digest: Some(m.digest.clone()),
                    media_type: Some(m.media_type.clone()),
                    artifact_type: m.artifact_type.clone(),
                    size: Some(m.body.len() as i64),
                    annotations,
                    artifact_status: Some(m.status(now).into()),
                },
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<_> = rows
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let max = input.max_results.unwrap_or(50) as usize;
    let next = (rest.len() > max).then(|| encode_token(&rest[max - 1].0));
    Ok(ListImageReferrersResponse {
        referrers: Some(rest.into_iter().take(max).map(|(_, r)| r).collect()),
        next_token: next,
    })
}
