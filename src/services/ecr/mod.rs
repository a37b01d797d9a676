//! ECR's API over the registry's image store: repositories, images (consistent with what
//! docker pushed, both ways), layer uploads, authorization tokens, policies and tags.
//!
//! It never keeps image bytes of its own; operations not emulated yet answer 501.

#[rustfmt::skip]
pub mod api;
mod artifacts;
mod image;
mod layer;
mod lifecycle;
mod lifecycle_rules;
mod pull_through;
mod replication;
mod repository;
mod scan;
mod settings;
mod templates;

use std::sync::Arc;

use api::*;

use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::registry::Registry;
use crate::registry::store::{Repo, Scope};
use crate::storage::Store;

/// The ECR service.
pub struct Ecr {
    pub store: Store,
    pub registry: Arc<Registry>,
    /// Where `ECR Image Action` events go (EventBridge), once set.
    pub sink: Arc<std::sync::OnceLock<crate::services::events::emit::SharedSink>>,
}

/// How often (on the clock) lifecycle policies are applied.
const SWEEP_MS: i64 = 1000;

impl Ecr {
    /// ECR over the registry's store; starts the background sweep that applies lifecycle
    /// policies (when a Tokio runtime is there to run it).
    pub fn new(store: Store, registry: Arc<Registry>) -> Ecr {
        let sink: Arc<std::sync::OnceLock<_>> = Arc::default();
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(drive(
                store.clone(),
                Arc::downgrade(&registry),
                sink.clone(),
            ));
        }
        Ecr {
            store,
            registry,
            sink,
        }
    }
}

impl Ecr {
    /// The IAM principal behind a request: the role of an assumed-role session, the user or
    /// root an access key stands for.
    fn principal(&self, ctx: &Context) -> String {
        crate::services::sts::principal(&self.store, ctx)
    }

    /// Whether the registry honours cross-repository mounts (the BLOB_MOUNTING setting).
    pub fn blob_mounting(&self, s: &Scope) -> bool {
        settings::account_setting(self, s, "BLOB_MOUNTING").is_ok_and(|v| v == "ENABLED")
    }

    /// A repository a registry request names that does not exist: a push creates it when a
    /// CREATE_ON_PUSH creation template covers the name.
    pub fn missing_repo(&self, s: &Scope, name: &str, push: bool) -> Option<Repo> {
        if !push {
            return None;
        }
        match templates::create_from_template(self, s, name, "CREATE_ON_PUSH") {
            Ok(r) => r,
            Err(e) => {
                tracing::error!("ecr create on push of {name}: {}", e.message);
                None
            }
        }
    }

    /// Before a registry pull: fetches the image from upstream when a pull-through cache
    /// rule covers the repository and it is not cached yet. Failures are logged; the pull
    /// then answers as for any missing image.
    pub async fn pull_through(&self, s: &Scope, name: &str, reference: &str) {
        if let Err(e) = pull_through::fetch(self, s, name, reference).await {
            tracing::warn!("pull through cache for {name}:{reference}: {e}");
        }
    }

    /// Whether pulls by `principal` leave `lastRecordedPullTime` alone.
    pub fn pull_excluded(&self, s: &Scope, principal: &str) -> bool {
        settings::load(self, s).is_ok_and(|v| v.exclusions.iter().any(|(a, _)| a == principal))
    }

    /// Puts an `ECR Image Action` event (PUSH or DELETE) on the default bus, when a rule
    /// could want it.
    pub fn image_action(
        &self,
        s: &Scope,
        name: &str,
        digest: &str,
        tag: Option<&str>,
        action: &str,
    ) {
        let Some(sink) = self.sink.get() else { return };
        if !sink.wants(&s.account, &s.region, "aws.ecr") {
            return;
        }
        let mut detail = serde_json::json!({
            "result": "SUCCESS",
            "repository-name": name,
            "image-digest": digest,
            "action-type": action,
        });
        if let Some(t) = tag {
            detail["image-tag"] = serde_json::json!(t);
        }
        sink.emit(vec![crate::services::events::emit::ServiceEvent {
            account: s.account.clone(),
            region: s.region.clone(),
            source: "aws.ecr",
            detail_type: "ECR Image Action",
            resources: Vec::new(),
            detail,
        }]);
    }

    /// What follows a push, from docker or PutImage: the image action event, scan on push,
    /// replication. Failures are logged, never undo the push.
    pub fn after_push(&self, s: &Scope, name: &str, digest: &str, tag: Option<&str>) {
        self.image_action(s, name, digest, tag, "PUSH");
        let now = self.registry.now();
        let done = scan::on_push(self, s, name, digest, now)
            .and_then(|_| replication::on_push(self, s, name, digest, now));
        if let Err(e) = done {
            tracing::error!("ecr after push of {name}@{digest}: {}", e.message);
        }
    }
}

/// The background sweep: once a second of clock time, every policy is applied; it stops
/// when the registry is dropped.
async fn drive(
    store: Store,
    registry: std::sync::Weak<Registry>,
    sink: Arc<std::sync::OnceLock<crate::services::events::emit::SharedSink>>,
) {
    loop {
        let Some(clock) = registry.upgrade().map(|r| r.clock()) else {
            return;
        };
        clock.sleep_until(clock.now_millis() + SWEEP_MS).await;
        let Some(registry) = registry.upgrade() else {
            return;
        };
        let ecr = Ecr {
            store: store.clone(),
            registry,
            sink: sink.clone(),
        };
        let done = tokio::task::spawn_blocking(move || {
            let now = ecr.registry.now();
            lifecycle::sweep(&ecr, now)?;
            ecr.store.kv.persist().map_err(storage)
        })
        .await;
        if let Ok(Err(e)) = done {
            tracing::error!("ecr lifecycle sweep failed: {}", e.message);
        }
    }
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

/// Implements trait operations that hand their input to a module function.
macro_rules! ops {
    ($($op:ident($req:ident) -> $resp:ident => $f:path;)*) => {
        $(async fn $op(&self, ctx: &Context, input: $req) -> AwsResult<$resp> {
            $f(self, ctx, input)
        })*
    };
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
        let principal = self.principal(ctx);
        let data = ids
            .iter()
            .map(|_| {
                let (password, expires) =
                    self.registry
                        .mint_for(&scope(ctx), Some(&principal), TOKEN_TTL_MS);
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

    async fn validate_pull_through_cache_rule(
        &self,
        ctx: &Context,
        input: ValidatePullThroughCacheRuleRequest,
    ) -> AwsResult<ValidatePullThroughCacheRuleResponse> {
        pull_through::validate(self, ctx, input).await
    }

    ops! {
        create_repository(CreateRepositoryRequest) -> CreateRepositoryResponse => repository::create;
        describe_repositories(DescribeRepositoriesRequest) -> DescribeRepositoriesResponse => repository::describe;
        delete_repository(DeleteRepositoryRequest) -> DeleteRepositoryResponse => repository::delete;
        put_image_tag_mutability(PutImageTagMutabilityRequest) -> PutImageTagMutabilityResponse => repository::put_tag_mutability;
        put_image_scanning_configuration(PutImageScanningConfigurationRequest) -> PutImageScanningConfigurationResponse => repository::put_scanning;
        set_repository_policy(SetRepositoryPolicyRequest) -> SetRepositoryPolicyResponse => repository::set_policy;
        get_repository_policy(GetRepositoryPolicyRequest) -> GetRepositoryPolicyResponse => repository::get_policy;
        delete_repository_policy(DeleteRepositoryPolicyRequest) -> DeleteRepositoryPolicyResponse => repository::delete_policy;
        tag_resource(TagResourceRequest) -> TagResourceResponse => repository::tag;
        untag_resource(UntagResourceRequest) -> UntagResourceResponse => repository::untag;
        list_tags_for_resource(ListTagsForResourceRequest) -> ListTagsForResourceResponse => repository::list_tags;
        list_images(ListImagesRequest) -> ListImagesResponse => image::list;
        describe_images(DescribeImagesRequest) -> DescribeImagesResponse => image::describe;
        batch_get_image(BatchGetImageRequest) -> BatchGetImageResponse => image::batch_get;
        batch_delete_image(BatchDeleteImageRequest) -> BatchDeleteImageResponse => image::batch_delete;
        put_image(PutImageRequest) -> PutImageResponse => image::put;
        batch_check_layer_availability(BatchCheckLayerAvailabilityRequest) -> BatchCheckLayerAvailabilityResponse => layer::check;
        initiate_layer_upload(InitiateLayerUploadRequest) -> InitiateLayerUploadResponse => layer::initiate;
        upload_layer_part(UploadLayerPartRequest) -> UploadLayerPartResponse => layer::upload_part;
        complete_layer_upload(CompleteLayerUploadRequest) -> CompleteLayerUploadResponse => layer::complete;
        get_download_url_for_layer(GetDownloadUrlForLayerRequest) -> GetDownloadUrlForLayerResponse => layer::download_url;
        put_lifecycle_policy(PutLifecyclePolicyRequest) -> PutLifecyclePolicyResponse => lifecycle::put;
        get_lifecycle_policy(GetLifecyclePolicyRequest) -> GetLifecyclePolicyResponse => lifecycle::get;
        delete_lifecycle_policy(DeleteLifecyclePolicyRequest) -> DeleteLifecyclePolicyResponse => lifecycle::delete;
        start_lifecycle_policy_preview(StartLifecyclePolicyPreviewRequest) -> StartLifecyclePolicyPreviewResponse => lifecycle::start_preview;
        get_lifecycle_policy_preview(GetLifecyclePolicyPreviewRequest) -> GetLifecyclePolicyPreviewResponse => lifecycle::get_preview;
        describe_registry(DescribeRegistryRequest) -> DescribeRegistryResponse => settings::describe_registry;
        put_registry_policy(PutRegistryPolicyRequest) -> PutRegistryPolicyResponse => settings::put_registry_policy;
        get_registry_policy(GetRegistryPolicyRequest) -> GetRegistryPolicyResponse => settings::get_registry_policy;
        delete_registry_policy(DeleteRegistryPolicyRequest) -> DeleteRegistryPolicyResponse => settings::delete_registry_policy;
        get_account_setting(GetAccountSettingRequest) -> GetAccountSettingResponse => settings::get_account_setting;
        put_account_setting(PutAccountSettingRequest) -> PutAccountSettingResponse => settings::put_account_setting;
        put_signing_configuration(PutSigningConfigurationRequest) -> PutSigningConfigurationResponse => settings::put_signing;
        get_signing_configuration(GetSigningConfigurationRequest) -> GetSigningConfigurationResponse => settings::get_signing;
        delete_signing_configuration(DeleteSigningConfigurationRequest) -> DeleteSigningConfigurationResponse => settings::delete_signing;
        describe_image_signing_status(DescribeImageSigningStatusRequest) -> DescribeImageSigningStatusResponse => settings::signing_status;
        register_pull_time_update_exclusion(RegisterPullTimeUpdateExclusionRequest) -> RegisterPullTimeUpdateExclusionResponse => settings::register_exclusion;
        deregister_pull_time_update_exclusion(DeregisterPullTimeUpdateExclusionRequest) -> DeregisterPullTimeUpdateExclusionResponse => settings::deregister_exclusion;
        list_pull_time_update_exclusions(ListPullTimeUpdateExclusionsRequest) -> ListPullTimeUpdateExclusionsResponse => settings::list_exclusions;
        start_image_scan(StartImageScanRequest) -> StartImageScanResponse => scan::start;
        describe_image_scan_findings(DescribeImageScanFindingsRequest) -> DescribeImageScanFindingsResponse => scan::findings;
        put_registry_scanning_configuration(PutRegistryScanningConfigurationRequest) -> PutRegistryScanningConfigurationResponse => scan::put_registry_config;
        get_registry_scanning_configuration(GetRegistryScanningConfigurationRequest) -> GetRegistryScanningConfigurationResponse => scan::get_registry_config;
        batch_get_repository_scanning_configuration(BatchGetRepositoryScanningConfigurationRequest) -> BatchGetRepositoryScanningConfigurationResponse => scan::batch_get_repository_config;
        update_image_storage_class(UpdateImageStorageClassRequest) -> UpdateImageStorageClassResponse => artifacts::update_storage_class;
        list_image_referrers(ListImageReferrersRequest) -> ListImageReferrersResponse => artifacts::list_referrers;
        create_pull_through_cache_rule(CreatePullThroughCacheRuleRequest) -> CreatePullThroughCacheRuleResponse => pull_through::create;
        describe_pull_through_cache_rules(DescribePullThroughCacheRulesRequest) -> DescribePullThroughCacheRulesResponse => pull_through::describe;
        update_pull_through_cache_rule(UpdatePullThroughCacheRuleRequest) -> UpdatePullThroughCacheRuleResponse => pull_through::update_rule;
        delete_pull_through_cache_rule(DeletePullThroughCacheRuleRequest) -> DeletePullThroughCacheRuleResponse => pull_through::delete;
        put_replication_configuration(PutReplicationConfigurationRequest) -> PutReplicationConfigurationResponse => replication::put_config;
        describe_image_replication_status(DescribeImageReplicationStatusRequest) -> DescribeImageReplicationStatusResponse => replication::describe_status;
        start_replication_backfill(StartReplicationBackfillRequest) -> StartReplicationBackfillResponse => replication::start_backfill;
        stop_replication_backfill(StopReplicationBackfillRequest) -> StopReplicationBackfillResponse => replication::stop_backfill;
        list_replication_backfills(ListReplicationBackfillsRequest) -> ListReplicationBackfillsResponse => replication::list_backfills;
        describe_replication_backfill_results(DescribeReplicationBackfillResultsRequest) -> DescribeReplicationBackfillResultsResponse => replication::backfill_results;
        create_repository_creation_template(CreateRepositoryCreationTemplateRequest) -> CreateRepositoryCreationTemplateResponse => templates::create;
        describe_repository_creation_templates(DescribeRepositoryCreationTemplatesRequest) -> DescribeRepositoryCreationTemplatesResponse => templates::describe;
        update_repository_creation_template(UpdateRepositoryCreationTemplateRequest) -> UpdateRepositoryCreationTemplateResponse => templates::update_template;
        delete_repository_creation_template(DeleteRepositoryCreationTemplateRequest) -> DeleteRepositoryCreationTemplateResponse => templates::delete;
    }
}
