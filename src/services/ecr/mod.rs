//! ECR's API over the registry's image store: repositories, images (consistent with what
//! docker pushed, both ways), layer uploads, authorization tokens, policies and tags.
//!
//! It never keeps image bytes of its own; operations not emulated yet answer 501.

#[rustfmt::skip]
pub mod api;
mod image;
mod layer;
mod repository;

use std::sync::Arc;

use api::*;

use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::registry::Registry;
use crate::registry::store::Scope;
use crate::storage::Store;

/// The ECR service.
pub struct Ecr {
    pub store: Store,
    pub registry: Arc<Registry>,
}

/// How long a registry password lives (ECR's tokens last 12 hours).
const TOKEN_TTL_MS: i64 = 12 * 3600 * 1000;

pub(crate) fn scope(ctx: &Context) -> Scope {
    Scope {
        account: ctx.account.clone(),
        region: ctx.region.clone(),
    }
}

/// The registry id a request names must be the caller's account.
pub(crate) fn check_registry(ctx: &Context, id: Option<&str>) -> AwsResult<()> {
    match id {
        Some(id) if id != ctx.account => Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'registryId' failed to satisfy constraint: 'The registry id {id} does not belong to the account {}'",
            ctx.account
        ))),
        _ => Ok(()),
    }
}

/// The host clients reach the registry at: the one they reached the API at.
pub(crate) fn registry_host(ctx: &Context) -> String {
    ctx.endpoint
        .trim_start_matches("http://")
        .trim_start_matches("https://")
        .to_string()
}

pub(crate) fn storage(e: impl std::fmt::Display) -> AwsError {
    AwsError::internal(e)
}

impl Api for Ecr {
    async fn get_authorization_token(
        &self,
        ctx: &Context,
        input: GetAuthorizationTokenRequest,
    ) -> AwsResult<GetAuthorizationTokenResponse> {
        use base64::Engine as _;
        let ids = input
            .registry_ids
            .unwrap_or_else(|| vec![ctx.account.clone()]);
        let data = ids
            .iter()
            .map(|_| {
                let (password, expires) = self.registry.mint(&scope(ctx), TOKEN_TTL_MS);
                AuthorizationData {
                    authorization_token: Some(
                        base64::engine::general_purpose::STANDARD.encode(format!("AWS:{password}")),
                    ),
                    expires_at: Some(crate::types::Timestamp::from_millis(expires)),
                    proxy_endpoint: Some(format!("http://{}", registry_host(ctx))),
                }
            })
            .collect();
        Ok(GetAuthorizationTokenResponse {
            authorization_data: Some(data),
        })
    }

    async fn create_repository(
        &self,
        ctx: &Context,
        input: CreateRepositoryRequest,
    ) -> AwsResult<CreateRepositoryResponse> {
        repository::create(self, ctx, input)
    }
    async fn describe_repositories(
        &self,
        ctx: &Context,
        input: DescribeRepositoriesRequest,
    ) -> AwsResult<DescribeRepositoriesResponse> {
        repository::describe(self, ctx, input)
    }
    async fn delete_repository(
        &self,
        ctx: &Context,
        input: DeleteRepositoryRequest,
    ) -> AwsResult<DeleteRepositoryResponse> {
        repository::delete(self, ctx, input)
    }
    async fn put_image_tag_mutability(
        &self,
        ctx: &Context,
        input: PutImageTagMutabilityRequest,
    ) -> AwsResult<PutImageTagMutabilityResponse> {
        repository::put_tag_mutability(self, ctx, input)
    }
    async fn put_image_scanning_configuration(
        &self,
        ctx: &Context,
        input: PutImageScanningConfigurationRequest,
    ) -> AwsResult<PutImageScanningConfigurationResponse> {
        repository::put_scanning(self, ctx, input)
    }
    async fn set_repository_policy(
        &self,
        ctx: &Context,
        input: SetRepositoryPolicyRequest,
    ) -> AwsResult<SetRepositoryPolicyResponse> {
        repository::set_policy(self, ctx, input)
    }
    async fn get_repository_policy(
        &self,
        ctx: &Context,
        input: GetRepositoryPolicyRequest,
    ) -> AwsResult<GetRepositoryPolicyResponse> {
        repository::get_policy(self, ctx, input)
    }
    async fn delete_repository_policy(
        &self,
        ctx: &Context,
        input: DeleteRepositoryPolicyRequest,
    ) -> AwsResult<DeleteRepositoryPolicyResponse> {
        repository::delete_policy(self, ctx, input)
    }
    async fn tag_resource(
        &self,
        ctx: &Context,
        input: TagResourceRequest,
    ) -> AwsResult<TagResourceResponse> {
        repository::tag(self, ctx, input)
    }
    async fn untag_resource(
        &self,
        ctx: &Context,
        input: UntagResourceRequest,
    ) -> AwsResult<UntagResourceResponse> {
        repository::untag(self, ctx, input)
    }
    async fn list_tags_for_resource(
        &self,
        ctx: &Context,
        input: ListTagsForResourceRequest,
    ) -> AwsResult<ListTagsForResourceResponse> {
        repository::list_tags(self, ctx, input)
    }
    async fn describe_registry(
        &self,
        ctx: &Context,
        input: DescribeRegistryRequest,
    ) -> AwsResult<DescribeRegistryResponse> {
        let _ = input;
        Ok(DescribeRegistryResponse {
            registry_id: Some(ctx.account.clone()),
            replication_configuration: Some(ReplicationConfiguration {
                rules: Some(vec![]),
            }),
        })
    }
    async fn list_images(
        &self,
        ctx: &Context,
        input: ListImagesRequest,
    ) -> AwsResult<ListImagesResponse> {
        image::list(self, ctx, input)
    }
    async fn describe_images(
        &self,
        ctx: &Context,
        input: DescribeImagesRequest,
    ) -> AwsResult<DescribeImagesResponse> {
        image::describe(self, ctx, input)
    }
    async fn batch_get_image(
        &self,
        ctx: &Context,
        input: BatchGetImageRequest,
    ) -> AwsResult<BatchGetImageResponse> {
        image::batch_get(self, ctx, input)
    }
    async fn batch_delete_image(
        &self,
        ctx: &Context,
        input: BatchDeleteImageRequest,
    ) -> AwsResult<BatchDeleteImageResponse> {
        image::batch_delete(self, ctx, input)
    }
    async fn put_image(
        &self,
        ctx: &Context,
        input: PutImageRequest,
    ) -> AwsResult<PutImageResponse> {
        image::put(self, ctx, input)
    }
    async fn batch_check_layer_availability(
        &self,
        ctx: &Context,
        input: BatchCheckLayerAvailabilityRequest,
    ) -> AwsResult<BatchCheckLayerAvailabilityResponse> {
        layer::check(self, ctx, input)
    }
    async fn initiate_layer_upload(
        &self,
        ctx: &Context,
        input: InitiateLayerUploadRequest,
    ) -> AwsResult<InitiateLayerUploadResponse> {
        layer::initiate(self, ctx, input)
    }
    async fn upload_layer_part(
        &self,
        ctx: &Context,
        input: UploadLayerPartRequest,
    ) -> AwsResult<UploadLayerPartResponse> {
        layer::upload_part(self, ctx, input)
    }
    async fn complete_layer_upload(
        &self,
        ctx: &Context,
        input: CompleteLayerUploadRequest,
    ) -> AwsResult<CompleteLayerUploadResponse> {
        layer::complete(self, ctx, input)
    }
    async fn get_download_url_for_layer(
        &self,
        ctx: &Context,
        input: GetDownloadUrlForLayerRequest,
    ) -> AwsResult<GetDownloadUrlForLayerResponse> {
        layer::download_url(self, ctx, input)
    }
}
