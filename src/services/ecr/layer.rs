//! Layers through ECR's API: BatchCheckLayerAvailability, InitiateLayerUpload,
//! UploadLayerPart, CompleteLayerUpload (the registry's upload table underneath) and
//! GetDownloadUrlForLayer, whose URL serves the blob for an hour without other credentials.
//!
//! It never keeps layer bytes of its own.

use super::api::*;
use super::repository::existing;
use super::{Ecr, registry_host, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::digest::Digest;
use crate::registry::upload::CompleteError;

/// The part size ECR suggests to clients that upload through the API.
const PART_SIZE: i64 = 10 * 1024 * 1024;
const LAYER_MEDIA_TYPE: &str = "application/vnd.docker.image.rootfs.diff.tar.gzip";

pub fn check(
    ecr: &Ecr,
    ctx: &Context,
    input: BatchCheckLayerAvailabilityRequest,
) -> AwsResult<BatchCheckLayerAvailabilityResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let (mut layers, mut failures) = (Vec::new(), Vec::new());
    for d in input.layer_digests.unwrap_or_default() {
        if Digest::parse(&d).is_none() {
            failures.push(LayerFailure {
                layer_digest: Some(d),
                failure_code: Some("InvalidLayerDigest".into()),
                failure_reason: Some("Invalid layer digest".into()),
            });
            continue;
        }
        match ecr
            .registry
            .images
            .link(&scope(ctx), &name, &d)
            .map_err(storage)?
        {
            Some(link) => layers.push(Layer {
                layer_digest: Some(d),
                layer_availability: Some("AVAILABLE".into()),
                layer_size: Some(link.size as i64),
                media_type: Some(LAYER_MEDIA_TYPE.into()),
            }),
            None => failures.push(LayerFailure {
                layer_digest: Some(d),
                failure_code: Some("MissingLayerDigest".into()),
                failure_reason: Some("Could not find layer".into()),
            }),
        }
    }
    Ok(BatchCheckLayerAvailabilityResponse {
        layers: Some(layers),
        failures: Some(failures),
    })
}

pub fn initiate(
    ecr: &Ecr,
    ctx: &Context,
    input: InitiateLayerUploadRequest,
) -> AwsResult<InitiateLayerUploadResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    Ok(InitiateLayerUploadResponse {
        upload_id: Some(ecr.registry.begin_upload(&scope(ctx), &name)),
        part_size: Some(PART_SIZE),
    })
}

fn no_upload(id: &str) -> crate::error::AwsError {
    ErrorCode::UploadNotFoundException.with(format!("The upload with id '{id}' does not exist"))
}

pub fn upload_part(
    ecr: &Ecr,
    ctx: &Context,
    input: UploadLayerPartRequest,
) -> AwsResult<UploadLayerPartResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.upload_id.unwrap_or_default();
    let blob = input.layer_part_blob.unwrap_or_default().0;
    let (first, last) = (
        input.part_first_byte.unwrap_or(0),
        input.part_last_byte.unwrap_or(-1),
    );
    if blob.is_empty() || last - first + 1 != blob.len() as i64 {
        return Err(ErrorCode::InvalidLayerPartException.with(format!(
            "The layer part size is not valid: partFirstByte {first} and partLastByte {last} do not span the {} bytes sent",
            blob.len()
        )));
    }
    match ecr
        .registry
        .append_part(&scope(ctx), &name, &id, first as u64, &blob)
    {
        Ok(size) => Ok(UploadLayerPartResponse {
            registry_id: Some(ctx.account.clone()),
            repository_name: Some(name),
            upload_id: Some(id),
            last_byte_received: Some(size as i64 - 1),
        }),
        Err(Some(size)) => Err(ErrorCode::InvalidLayerPartException
            .with(format!(
                "The layer part does not continue the upload: the last valid byte received is {}",
                size as i64 - 1
            ))
            .with_field("registryId", ctx.account.clone())
            .with_field("repositoryName", name)
            .with_field("uploadId", id)
            .with_field("lastValidByteReceived", size as i64 - 1)),
        Err(None) => Err(no_upload(&id)),
    }
}

pub fn complete(
    ecr: &Ecr,
    ctx: &Context,
    input: CompleteLayerUploadRequest,
) -> AwsResult<CompleteLayerUploadResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.upload_id.unwrap_or_default();
    let digests = input.layer_digests.unwrap_or_default();
    let given = digests.first().cloned().unwrap_or_default();
    let digest = Digest::parse(&given).ok_or_else(|| {
        ErrorCode::InvalidLayerException.with(format!("Invalid layer digest {given}"))
    })?;
    let s = scope(ctx);
    if ecr
        .registry
        .images
        .link(&s, &name, digest.as_str())
        .map_err(storage)?
        .is_some()
    {
        return Err(ErrorCode::LayerAlreadyExistsException
            .with("The image layer already exists in the associated repository."));
    }
    match ecr.registry.complete_upload(&s, &name, &id, &digest) {
        Ok(_) => Ok(CompleteLayerUploadResponse {
            registry_id: Some(ctx.account.clone()),
            repository_name: Some(name),
            upload_id: Some(id),
            layer_digest: Some(digest.to_string()),
        }),
        Err(CompleteError::NotFound) => Err(no_upload(&id)),
        Err(CompleteError::Empty) => Err(ErrorCode::EmptyUploadException.with(format!("The upload with id '{id}' does not contain any layer parts"))),
        Err(CompleteError::Mismatch(actual)) => Err(ErrorCode::InvalidLayerException.with(format!(
            "The calculated digest {actual} of the layer does not match the expected digest {digest}"
        ))),
        Err(CompleteError::Storage(e)) => Err(storage(e)),
    }
}

pub fn download_url(
    ecr: &Ecr,
    ctx: &Context,
    input: GetDownloadUrlForLayerRequest,
) -> AwsResult<GetDownloadUrlForLayerResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let d = input.layer_digest.unwrap_or_default();
    let s = scope(ctx);
    let missing = || {
        ErrorCode::LayersNotFoundException.with(format!(
            "The image layer '{d}' does not exist within the repository with name '{name}' in the registry with id '{}'",
            ctx.account
        ))
    };
    if Digest::parse(&d).is_none()
        || ecr
            .registry
            .images
            .link(&s, &name, &d)
            .map_err(storage)?
            .is_none()
    {
        return Err(missing());
    }
    let (token, _) = ecr.registry.mint(&s, 3600 * 1000);
    Ok(GetDownloadUrlForLayerResponse {
        download_url: Some(format!(
            "http://{}/v2/{name}/blobs/{d}?{}={token}",
            registry_host(ctx),
            crate::registry::TOKEN_PARAM
        )),
        layer_digest: Some(d),
    })
}
