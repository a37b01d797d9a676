//! Generated from fixtures/models/ecr.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
//!
//! The serde types of every shape, the modelled errors, and the trait a service
//! implements; it never holds behaviour: an operation left unimplemented answers
//! the uniform not-implemented error.

#![allow(clippy::all, clippy::pedantic, dead_code, non_camel_case_types, unused_imports)]

use crate::catalog::{Protocol, ServiceMeta};
use crate::context::Context;
use crate::error::{AwsError, AwsResult};

/// What routing needs to know of this service without parsing its model.
pub const SERVICE: ServiceMeta = ServiceMeta {
    name: "ecr",
    service_id: "ECR",
    signing_name: "ecr",
    endpoint_prefix: "api.ecr",
    target_prefix: Some("AmazonEC2ContainerRegistry_V20150921"),
    api_version: "2015-09-21",
    protocols: &[Protocol::Json],
    model_json: include_str!("../../../fixtures/models/ecr.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "BatchCheckLayerAvailability",
    "BatchDeleteImage",
    "BatchGetImage",
    "BatchGetRepositoryScanningConfiguration",
    "CompleteLayerUpload",
    "CreatePullThroughCacheRule",
    "CreateRepository",
    "CreateRepositoryCreationTemplate",
    "DeleteLifecyclePolicy",
    "DeletePullThroughCacheRule",
    "DeleteRegistryPolicy",
    "DeleteRepository",
    "DeleteRepositoryCreationTemplate",
    "DeleteRepositoryPolicy",
    "DeleteSigningConfiguration",
    "DeregisterPullTimeUpdateExclusion",
    "DescribeImageReplicationStatus",
    "DescribeImageScanFindings",
    "DescribeImageSigningStatus",
    "DescribeImages",
    "DescribePullThroughCacheRules",
    "DescribeRegistry",
    "DescribeReplicationBackfillResults",
    "DescribeRepositories",
    "DescribeRepositoryCreationTemplates",
    "GetAccountSetting",
    "GetAuthorizationToken",
    "GetDownloadUrlForLayer",
    "GetLifecyclePolicy",
    "GetLifecyclePolicyPreview",
    "GetRegistryPolicy",
    "GetRegistryScanningConfiguration",
    "GetRepositoryPolicy",
    "GetSigningConfiguration",
    "InitiateLayerUpload",
    "ListImageReferrers",
    "ListImages",
    "ListPullTimeUpdateExclusions",
    "ListReplicationBackfills",
    "ListTagsForResource",
    "PutAccountSetting",
    "PutImage",
    "PutImageScanningConfiguration",
    "PutImageTagMutability",
    "PutLifecyclePolicy",
    "PutRegistryPolicy",
    "PutRegistryScanningConfiguration",
    "PutReplicationConfiguration",
    "PutSigningConfiguration",
    "RegisterPullTimeUpdateExclusion",
    "SetRepositoryPolicy",
    "StartImageScan",
    "StartLifecyclePolicyPreview",
    "StartReplicationBackfill",
    "StopReplicationBackfill",
    "TagResource",
    "UntagResource",
    "UpdateImageStorageClass",
    "UpdatePullThroughCacheRule",
    "UpdateRepositoryCreationTemplate",
    "UploadLayerPart",
    "ValidatePullThroughCacheRule",
];

/// The `Attribute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Attribute {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `AuthorizationData` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthorizationData {
    #[serde(rename = "authorizationToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expiresAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "proxyEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proxy_endpoint: ::std::option::Option<::std::string::String>,
}

/// The `AwsEcrContainerImageDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AwsEcrContainerImageDetails {
    #[serde(rename = "architecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub architecture: ::std::option::Option<::std::string::String>,
    #[serde(rename = "author", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub author: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageHash", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "platform", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pushedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pushed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastInUseAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_in_use_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "inUseCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub in_use_count: ::std::option::Option<i64>,
    #[serde(rename = "registry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `BatchCheckLayerAvailabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchCheckLayerAvailabilityRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerDigests", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digests: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `BatchCheckLayerAvailabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchCheckLayerAvailabilityResponse {
    #[serde(rename = "layers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layers: ::std::option::Option<::std::vec::Vec<Layer>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<LayerFailure>>,
}

/// The `BatchDeleteImageRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchDeleteImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
}

/// The `BatchDeleteImageResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchDeleteImageResponse {
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<ImageFailure>>,
}

/// The `BatchGetImageRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchGetImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
    #[serde(rename = "acceptedMediaTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accepted_media_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `BatchGetImageResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchGetImageResponse {
    #[serde(rename = "images", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub images: ::std::option::Option<::std::vec::Vec<Image>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<ImageFailure>>,
}

/// The `BatchGetRepositoryScanningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchGetRepositoryScanningConfigurationRequest {
    #[serde(rename = "repositoryNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `BatchGetRepositoryScanningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchGetRepositoryScanningConfigurationResponse {
    #[serde(rename = "scanningConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scanning_configurations: ::std::option::Option<::std::vec::Vec<RepositoryScanningConfiguration>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<RepositoryScanningConfigurationFailure>>,
}

/// The `BlockedByOrganizationPolicyException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlockedByOrganizationPolicyException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `CompleteLayerUploadRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompleteLayerUploadRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerDigests", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digests: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `CompleteLayerUploadResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CompleteLayerUploadResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digest: ::std::option::Option<::std::string::String>,
}

/// The `CreatePullThroughCacheRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
}

/// The `CreatePullThroughCacheRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
}

/// The `CreateRepositoryCreationTemplateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_configuration: ::std::option::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appliedFor", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applied_for: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateRepositoryCreationTemplateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_creation_template: ::std::option::Option<RepositoryCreationTemplate>,
}

/// The `CreateRepositoryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRepositoryRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scanning_configuration: ::std::option::Option<ImageScanningConfiguration>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_configuration: ::std::option::Option<EncryptionConfiguration>,
}

/// The `CreateRepositoryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRepositoryResponse {
    #[serde(rename = "repository", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository: ::std::option::Option<Repository>,
}

/// The `CvssScore` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CvssScore {
    #[serde(rename = "baseScore", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub base_score: ::std::option::Option<f64>,
    #[serde(rename = "scoringVector", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scoring_vector: ::std::option::Option<::std::string::String>,
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}

/// The `CvssScoreAdjustment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CvssScoreAdjustment {
    #[serde(rename = "metric", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `CvssScoreDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CvssScoreDetails {
    #[serde(rename = "adjustments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub adjustments: ::std::option::Option<::std::vec::Vec<CvssScoreAdjustment>>,
    #[serde(rename = "score", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
    #[serde(rename = "scoreSource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub score_source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scoringVector", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scoring_vector: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLifecyclePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLifecyclePolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastEvaluatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_evaluated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DeletePullThroughCacheRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
}

/// The `DeletePullThroughCacheRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRegistryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRegistryPolicyRequest {
}

/// The `DeleteRegistryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `DeleteReplication` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteReplication {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The `DeleteRepositoryCreationTemplateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRepositoryCreationTemplateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_creation_template: ::std::option::Option<RepositoryCreationTemplate>,
}

/// The `DeleteRepositoryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRepositoryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRepositoryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DeleteRepositoryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRepositoryResponse {
    #[serde(rename = "repository", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository: ::std::option::Option<Repository>,
}

/// The `DeleteSigningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSigningConfigurationRequest {
}

/// The `DeleteSigningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSigningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_configuration: ::std::option::Option<SigningConfiguration>,
}

/// The `DeregisterPullTimeUpdateExclusionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterPullTimeUpdateExclusionRequest {
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterPullTimeUpdateExclusionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterPullTimeUpdateExclusionResponse {
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImageReplicationStatusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageReplicationStatusRequest {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImageReplicationStatusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageReplicationStatusResponse {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "replicationStatuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_statuses: ::std::option::Option<::std::vec::Vec<ImageReplicationStatus>>,
}

/// The `DescribeImageScanFindingsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageScanFindingsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `DescribeImageScanFindingsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageScanFindingsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_status: ::std::option::Option<ImageScanStatus>,
    #[serde(rename = "imageScanFindings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_findings: ::std::option::Option<ImageScanFindings>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImageSigningStatusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageSigningStatusRequest {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImageSigningStatusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImageSigningStatusResponse {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingStatuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_statuses: ::std::option::Option<::std::vec::Vec<ImageSigningStatus>>,
}

/// The `DescribeImagesFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImagesFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_status: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImagesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImagesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<DescribeImagesFilter>,
}

/// The `DescribeImagesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImagesResponse {
    #[serde(rename = "imageDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_details: ::std::option::Option<::std::vec::Vec<ImageDetail>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribePullThroughCacheRulesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePullThroughCacheRulesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ecrRepositoryPrefixes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefixes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `DescribePullThroughCacheRulesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePullThroughCacheRulesResponse {
    #[serde(rename = "pullThroughCacheRules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_through_cache_rules: ::std::option::Option<::std::vec::Vec<PullThroughCacheRule>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeRegistryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRegistryRequest {
}

/// The `DescribeRegistryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRegistryResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replicationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_configuration: ::std::option::Option<ReplicationConfiguration>,
}

/// The `DescribeReplicationBackfillResultsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeReplicationBackfillResultsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resultStatusFilter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result_status_filter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeReplicationBackfillResultsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeReplicationBackfillResultsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "progress", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub progress: ::std::option::Option<ReplicationBackfillProgress>,
    #[serde(rename = "results", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub results: ::std::option::Option<::std::vec::Vec<ReplicationBackfillResult>>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "endedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ended_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeRepositoriesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRepositoriesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `DescribeRepositoriesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRepositoriesResponse {
    #[serde(rename = "repositories", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repositories: ::std::option::Option<::std::vec::Vec<Repository>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeRepositoryCreationTemplatesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRepositoryCreationTemplatesRequest {
    #[serde(rename = "prefixes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefixes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `DescribeRepositoryCreationTemplatesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRepositoryCreationTemplatesResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCreationTemplates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_creation_templates: ::std::option::Option<::std::vec::Vec<RepositoryCreationTemplate>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `EmptyUploadException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EmptyUploadException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `EncryptionConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EncryptionConfiguration {
    #[serde(rename = "encryptionType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key: ::std::option::Option<::std::string::String>,
}

/// The `EncryptionConfigurationForRepositoryCreationTemplate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EncryptionConfigurationForRepositoryCreationTemplate {
    #[serde(rename = "encryptionType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key: ::std::option::Option<::std::string::String>,
}

/// The `EnhancedImageScanFinding` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnhancedImageScanFinding {
    #[serde(rename = "awsAccountId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_account_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "findingArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finding_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "firstObservedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_observed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastObservedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_observed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "packageVulnerabilityDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub package_vulnerability_details: ::std::option::Option<PackageVulnerabilityDetails>,
    #[serde(rename = "remediation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remediation: ::std::option::Option<Remediation>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    #[serde(rename = "score", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub score: ::std::option::Option<f64>,
    #[serde(rename = "scoreDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub score_details: ::std::option::Option<ScoreDetails>,
    #[serde(rename = "severity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub severity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "title", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "fixAvailable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fix_available: ::std::option::Option<::std::string::String>,
    #[serde(rename = "exploitAvailable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exploit_available: ::std::option::Option<::std::string::String>,
}

/// The `ExclusionAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExclusionAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ExclusionNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExclusionNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `GetAccountSettingRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountSettingRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `GetAccountSettingResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccountSettingResponse {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `GetAuthorizationTokenRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAuthorizationTokenRequest {
    #[serde(rename = "registryIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `GetAuthorizationTokenResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAuthorizationTokenResponse {
    #[serde(rename = "authorizationData", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_data: ::std::option::Option<::std::vec::Vec<AuthorizationData>>,
}

/// The `GetDownloadUrlForLayerRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDownloadUrlForLayerRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digest: ::std::option::Option<::std::string::String>,
}

/// The `GetDownloadUrlForLayerResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDownloadUrlForLayerResponse {
    #[serde(rename = "downloadUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub download_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digest: ::std::option::Option<::std::string::String>,
}

/// The `GetLifecyclePolicyPreviewRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLifecyclePolicyPreviewRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<LifecyclePolicyPreviewFilter>,
}

/// The `GetLifecyclePolicyPreviewResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLifecyclePolicyPreviewResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "previewResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preview_results: ::std::option::Option<::std::vec::Vec<LifecyclePolicyPreviewResult>>,
    #[serde(rename = "summary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<LifecyclePolicyPreviewSummary>,
}

/// The `GetLifecyclePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `GetLifecyclePolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastEvaluatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_evaluated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `GetRegistryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRegistryPolicyRequest {
}

/// The `GetRegistryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `GetRegistryScanningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRegistryScanningConfigurationRequest {
}

/// The `GetRegistryScanningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRegistryScanningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scanning_configuration: ::std::option::Option<RegistryScanningConfiguration>,
}

/// The `GetRepositoryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `GetRepositoryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `GetSigningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSigningConfigurationRequest {
}

/// The `GetSigningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSigningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_configuration: ::std::option::Option<SigningConfiguration>,
}

/// The `Image` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Image {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "imageManifest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_manifest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_manifest_media_type: ::std::option::Option<::std::string::String>,
}

/// The `ImageAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageArchivedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageArchivedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageDetail {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "imageSizeInBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_size_in_bytes: ::std::option::Option<i64>,
    #[serde(rename = "imagePushedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_pushed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_status: ::std::option::Option<ImageScanStatus>,
    #[serde(rename = "imageScanFindingsSummary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_findings_summary: ::std::option::Option<ImageScanFindingsSummary>,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_manifest_media_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "artifactMediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub artifact_media_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastRecordedPullTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_recorded_pull_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "subjectManifestDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_manifest_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastArchivedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_archived_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastActivatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_activated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ImageDigestDoesNotMatchException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageDigestDoesNotMatchException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageFailure` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageFailure {
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_reason: ::std::option::Option<::std::string::String>,
}

/// The `ImageIdentifier` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageIdentifier {
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTag", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag: ::std::option::Option<::std::string::String>,
}

/// The `ImageNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageReferrer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageReferrer {
    #[serde(rename = "digest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "mediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub media_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "artifactType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub artifact_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "size", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    #[serde(rename = "annotations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "artifactStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub artifact_status: ::std::option::Option<::std::string::String>,
}

/// The `ImageReplicationStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageReplicationStatus {
    #[serde(rename = "region", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
}

/// The `ImageScanFinding` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageScanFinding {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uri", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub uri: ::std::option::Option<::std::string::String>,
    #[serde(rename = "severity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub severity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
}

/// The `ImageScanFindings` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageScanFindings {
    #[serde(rename = "imageScanCompletedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_completed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "vulnerabilitySourceUpdatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vulnerability_source_updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "findingSeverityCounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finding_severity_counts: ::std::option::Option<::std::collections::HashMap<::std::string::String, i32>>,
    #[serde(rename = "findings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub findings: ::std::option::Option<::std::vec::Vec<ImageScanFinding>>,
    #[serde(rename = "enhancedFindings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enhanced_findings: ::std::option::Option<::std::vec::Vec<EnhancedImageScanFinding>>,
}

/// The `ImageScanFindingsSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageScanFindingsSummary {
    #[serde(rename = "imageScanCompletedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_completed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "vulnerabilitySourceUpdatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vulnerability_source_updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "findingSeverityCounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finding_severity_counts: ::std::option::Option<::std::collections::HashMap<::std::string::String, i32>>,
}

/// The `ImageScanStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageScanStatus {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}

/// The `ImageScanningConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageScanningConfiguration {
    #[serde(rename = "scanOnPush", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_on_push: ::std::option::Option<bool>,
}

/// The `ImageSigningStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageSigningStatus {
    #[serde(rename = "signingProfileArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `ImageStorageClassUpdateNotSupportedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageStorageClassUpdateNotSupportedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageTagAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageTagAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ImageTagMutabilityExclusionFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImageTagMutabilityExclusionFilter {
    #[serde(rename = "filterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<::std::string::String>,
}

/// The `InitiateLayerUploadRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateLayerUploadRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
}

/// The `InitiateLayerUploadResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InitiateLayerUploadResponse {
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "partSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub part_size: ::std::option::Option<i64>,
}

/// The `InvalidLayerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidLayerException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidLayerPartException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidLayerPartException {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastValidByteReceived", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_valid_byte_received: ::std::option::Option<i64>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidParameterException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidTagParameterException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTagParameterException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `KmsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KmsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsError", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_error: ::std::option::Option<::std::string::String>,
}

/// The `Layer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Layer {
    #[serde(rename = "layerDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerAvailability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_availability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "layerSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_size: ::std::option::Option<i64>,
    #[serde(rename = "mediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub media_type: ::std::option::Option<::std::string::String>,
}

/// The `LayerAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LayerAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LayerFailure` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LayerFailure {
    #[serde(rename = "layerDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_reason: ::std::option::Option<::std::string::String>,
}

/// The `LayerInaccessibleException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LayerInaccessibleException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LayerPartTooSmallException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LayerPartTooSmallException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LayersNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LayersNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyPreviewFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyPreviewFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_status: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyPreviewInProgressException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyPreviewInProgressException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyPreviewNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyPreviewNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyPreviewResult` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyPreviewResult {
    #[serde(rename = "imageTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imagePushedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_pushed_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "action", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<LifecyclePolicyRuleAction>,
    #[serde(rename = "appliedRulePriority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applied_rule_priority: ::std::option::Option<i32>,
    #[serde(rename = "storageClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_class: ::std::option::Option<::std::string::String>,
}

/// The `LifecyclePolicyPreviewSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyPreviewSummary {
    #[serde(rename = "expiringImageTotalCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiring_image_total_count: ::std::option::Option<i32>,
    #[serde(rename = "transitioningImageTotalCounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transitioning_image_total_counts: ::std::option::Option<::std::vec::Vec<TransitioningImageTotalCount>>,
}

/// The `LifecyclePolicyRuleAction` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LifecyclePolicyRuleAction {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetStorageClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_storage_class: ::std::option::Option<::std::string::String>,
}

/// The `LimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ListImageReferrersFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImageReferrersFilter {
    #[serde(rename = "artifactTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub artifact_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "artifactStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub artifact_status: ::std::option::Option<::std::string::String>,
}

/// The `ListImageReferrersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImageReferrersRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subjectId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_id: ::std::option::Option<SubjectIdentifier>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<ListImageReferrersFilter>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListImageReferrersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImageReferrersResponse {
    #[serde(rename = "referrers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referrers: ::std::option::Option<::std::vec::Vec<ImageReferrer>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListImagesFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImagesFilter {
    #[serde(rename = "tagStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_status: ::std::option::Option<::std::string::String>,
}

/// The `ListImagesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImagesRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<ListImagesFilter>,
}

/// The `ListImagesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListImagesResponse {
    #[serde(rename = "imageIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_ids: ::std::option::Option<::std::vec::Vec<ImageIdentifier>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPullTimeUpdateExclusionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPullTimeUpdateExclusionsRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPullTimeUpdateExclusionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPullTimeUpdateExclusionsResponse {
    #[serde(rename = "pullTimeUpdateExclusions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_time_update_exclusions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListReplicationBackfillsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListReplicationBackfillsRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListReplicationBackfillsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListReplicationBackfillsResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "backfills", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub backfills: ::std::option::Option<::std::vec::Vec<ReplicationBackfillSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListTagsForResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `ListTagsForResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `PackageVulnerabilityDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PackageVulnerabilityDetails {
    #[serde(rename = "cvss", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cvss: ::std::option::Option<::std::vec::Vec<CvssScore>>,
    #[serde(rename = "referenceUrls", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_urls: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "relatedVulnerabilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_vulnerabilities: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sourceUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vendorCreatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vendor_created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "vendorSeverity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vendor_severity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vendorUpdatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vendor_updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "vulnerabilityId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vulnerability_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vulnerablePackages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vulnerable_packages: ::std::option::Option<::std::vec::Vec<VulnerablePackage>>,
}

/// The `PullThroughCacheRule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PullThroughCacheRule {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `PullThroughCacheRuleAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PullThroughCacheRuleAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PullThroughCacheRuleNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PullThroughCacheRuleNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PutAccountSettingRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `PutAccountSettingResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `PutImageRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageManifest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_manifest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageManifestMediaType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_manifest_media_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTag", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
}

/// The `PutImageResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageResponse {
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<Image>,
}

/// The `PutImageScanningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageScanningConfigurationRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scanning_configuration: ::std::option::Option<ImageScanningConfiguration>,
}

/// The `PutImageScanningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageScanningConfigurationResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scanning_configuration: ::std::option::Option<ImageScanningConfiguration>,
}

/// The `PutImageTagMutabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageTagMutabilityRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
}

/// The `PutImageTagMutabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutImageTagMutabilityResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
}

/// The `PutLifecyclePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLifecyclePolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
}

/// The `PutLifecyclePolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLifecyclePolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
}

/// The `PutRegistryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRegistryPolicyRequest {
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `PutRegistryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRegistryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `PutRegistryScanningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRegistryScanningConfigurationRequest {
    #[serde(rename = "scanType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<RegistryScanningRule>>,
}

/// The `PutRegistryScanningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRegistryScanningConfigurationResponse {
    #[serde(rename = "registryScanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_scanning_configuration: ::std::option::Option<RegistryScanningConfiguration>,
}

/// The `PutReplicationConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutReplicationConfigurationRequest {
    #[serde(rename = "replicationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_configuration: ::std::option::Option<ReplicationConfiguration>,
}

/// The `PutReplicationConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutReplicationConfigurationResponse {
    #[serde(rename = "replicationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_configuration: ::std::option::Option<ReplicationConfiguration>,
}

/// The `PutSigningConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSigningConfigurationRequest {
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_configuration: ::std::option::Option<SigningConfiguration>,
}

/// The `PutSigningConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSigningConfigurationResponse {
    #[serde(rename = "signingConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_configuration: ::std::option::Option<SigningConfiguration>,
}

/// The `Recommendation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Recommendation {
    #[serde(rename = "url", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "text", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
}

/// The `ReferencedImagesNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReferencedImagesNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RegisterPullTimeUpdateExclusionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterPullTimeUpdateExclusionRequest {
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `RegisterPullTimeUpdateExclusionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterPullTimeUpdateExclusionResponse {
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `RegistryPolicyNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegistryPolicyNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RegistryScanningConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegistryScanningConfiguration {
    #[serde(rename = "scanType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<RegistryScanningRule>>,
}

/// The `RegistryScanningRule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegistryScanningRule {
    #[serde(rename = "scanFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_filters: ::std::option::Option<::std::vec::Vec<ScanningRepositoryFilter>>,
}

/// The `Remediation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Remediation {
    #[serde(rename = "recommendation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recommendation: ::std::option::Option<Recommendation>,
}

/// The `ReplicationBackfillInProgressException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillInProgressException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ReplicationBackfillInvalidStatusException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillInvalidStatusException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ReplicationBackfillNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ReplicationBackfillProgress` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillProgress {
    #[serde(rename = "totalReplicationCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_replication_count: ::std::option::Option<i32>,
    #[serde(rename = "completedReplicationCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub completed_replication_count: ::std::option::Option<i32>,
    #[serde(rename = "failedReplicationCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_replication_count: ::std::option::Option<i32>,
    #[serde(rename = "failureCodes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_codes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ReplicationBackfillResult` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillResult {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subImageFailureCodes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sub_image_failure_codes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ReplicationBackfillSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationBackfillSummary {
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "progress", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub progress: ::std::option::Option<ReplicationBackfillProgress>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "endedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ended_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ReplicationConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationConfiguration {
    #[serde(rename = "rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<ReplicationRule>>,
}

/// The `ReplicationDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationDestination {
    #[serde(rename = "region", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
}

/// The `ReplicationRule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationRule {
    #[serde(rename = "destinations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destinations: ::std::option::Option<::std::vec::Vec<ReplicationDestination>>,
    #[serde(rename = "repositoryFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_filters: ::std::option::Option<::std::vec::Vec<RepositoryFilter>>,
    #[serde(rename = "deleteReplication", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_replication: ::std::option::Option<DeleteReplication>,
}

/// The `Repository` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Repository {
    #[serde(rename = "repositoryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryUri", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_uri: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "imageScanningConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scanning_configuration: ::std::option::Option<ImageScanningConfiguration>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_configuration: ::std::option::Option<EncryptionConfiguration>,
}

/// The `RepositoryAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RepositoryCreationTemplate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryCreationTemplate {
    #[serde(rename = "prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_configuration: ::std::option::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appliedFor", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applied_for: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `RepositoryFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryFilter {
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_type: ::std::option::Option<::std::string::String>,
}

/// The `RepositoryNotEmptyException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryNotEmptyException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RepositoryNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RepositoryPolicyNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryPolicyNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `RepositoryScanningConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryScanningConfiguration {
    #[serde(rename = "repositoryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scanOnPush", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_on_push: ::std::option::Option<bool>,
    #[serde(rename = "scanFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scan_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appliedScanFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applied_scan_filters: ::std::option::Option<::std::vec::Vec<ScanningRepositoryFilter>>,
}

/// The `RepositoryScanningConfigurationFailure` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryScanningConfigurationFailure {
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_reason: ::std::option::Option<::std::string::String>,
}

/// The `Resource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Resource {
    #[serde(rename = "details", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<ResourceDetails>,
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `ResourceDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceDetails {
    #[serde(rename = "awsEcrContainerImage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_ecr_container_image: ::std::option::Option<AwsEcrContainerImageDetails>,
}

/// The `ScanNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScanNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ScanningRepositoryFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScanningRepositoryFilter {
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_type: ::std::option::Option<::std::string::String>,
}

/// The `ScoreDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScoreDetails {
    #[serde(rename = "cvss", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cvss: ::std::option::Option<CvssScoreDetails>,
}

/// The `SecretNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SecretNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SetRepositoryPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetRepositoryPolicyRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `SetRepositoryPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetRepositoryPolicyResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_text: ::std::option::Option<::std::string::String>,
}

/// The `SigningConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SigningConfiguration {
    #[serde(rename = "rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<SigningRule>>,
}

/// The `SigningConfigurationNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SigningConfigurationNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SigningRepositoryFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SigningRepositoryFilter {
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_type: ::std::option::Option<::std::string::String>,
}

/// The `SigningRule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SigningRule {
    #[serde(rename = "signingProfileArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_filters: ::std::option::Option<::std::vec::Vec<SigningRepositoryFilter>>,
}

/// The `StartImageScanRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartImageScanRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
}

/// The `StartImageScanResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartImageScanResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "imageScanStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_scan_status: ::std::option::Option<ImageScanStatus>,
}

/// The `StartLifecyclePolicyPreviewRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLifecyclePolicyPreviewRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
}

/// The `StartLifecyclePolicyPreviewResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLifecyclePolicyPreviewResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicyText", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy_text: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `StartReplicationBackfillRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartReplicationBackfillRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplicationDestination>,
}

/// The `StartReplicationBackfillResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartReplicationBackfillResponse {
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `StopReplicationBackfillRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopReplicationBackfillRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
}

/// The `StopReplicationBackfillResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopReplicationBackfillResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replicationBackfillId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_backfill_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplicationDestination>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `SubjectIdentifier` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubjectIdentifier {
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
}

/// The `Tag` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `TagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `TagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceResponse {
}

/// The `TemplateAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateAlreadyExistsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `TemplateNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TemplateNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `TooManyTagsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTagsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `TransitioningImageTotalCount` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransitioningImageTotalCount {
    #[serde(rename = "targetStorageClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_storage_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTotalCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_total_count: ::std::option::Option<i32>,
}

/// The `UnableToAccessSecretException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnableToAccessSecretException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnableToDecryptSecretValueException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnableToDecryptSecretValueException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnableToGetUpstreamImageException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnableToGetUpstreamImageException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnableToGetUpstreamLayerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnableToGetUpstreamLayerException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnableToListUpstreamImageReferrersException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnableToListUpstreamImageReferrersException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnsupportedImageTypeException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedImageTypeException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnsupportedUpstreamRegistryException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedUpstreamRegistryException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UntagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tagKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UntagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceResponse {
}

/// The `UpdateImageStorageClassRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateImageStorageClassRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "targetStorageClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_storage_class: ::std::option::Option<::std::string::String>,
}

/// The `UpdateImageStorageClassResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateImageStorageClassResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_id: ::std::option::Option<ImageIdentifier>,
    #[serde(rename = "imageStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_status: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePullThroughCacheRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePullThroughCacheRuleRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePullThroughCacheRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
}

/// The `UpdateRepositoryCreationTemplateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRepositoryCreationTemplateRequest {
    #[serde(rename = "prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "encryptionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_configuration: ::std::option::Option<EncryptionConfigurationForRepositoryCreationTemplate>,
    #[serde(rename = "resourceTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "imageTagMutability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageTagMutabilityExclusionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_tag_mutability_exclusion_filters: ::std::option::Option<::std::vec::Vec<ImageTagMutabilityExclusionFilter>>,
    #[serde(rename = "repositoryPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appliedFor", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applied_for: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
}

/// The `UpdateRepositoryCreationTemplateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRepositoryCreationTemplateResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCreationTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_creation_template: ::std::option::Option<RepositoryCreationTemplate>,
}

/// The `UploadLayerPartRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadLayerPartRequest {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "partFirstByte", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub part_first_byte: ::std::option::Option<i64>,
    #[serde(rename = "partLastByte", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub part_last_byte: ::std::option::Option<i64>,
    #[serde(rename = "layerPartBlob", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub layer_part_blob: ::std::option::Option<crate::types::Blob>,
}

/// The `UploadLayerPartResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadLayerPartResponse {
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uploadId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastByteReceived", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_byte_received: ::std::option::Option<i64>,
}

/// The `UploadNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UploadNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ValidatePullThroughCacheRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidatePullThroughCacheRuleRequest {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
}

/// The `ValidatePullThroughCacheRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidatePullThroughCacheRuleResponse {
    #[serde(rename = "ecrRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecr_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRegistryUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_registry_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "customRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub custom_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "upstreamRepositoryPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upstream_repository_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isValid", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_valid: ::std::option::Option<bool>,
    #[serde(rename = "failure", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure: ::std::option::Option<::std::string::String>,
}

/// The `ValidationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `VulnerablePackage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VulnerablePackage {
    #[serde(rename = "arch", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arch: ::std::option::Option<::std::string::String>,
    #[serde(rename = "epoch", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub epoch: ::std::option::Option<i32>,
    #[serde(rename = "filePath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "packageManager", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub package_manager: ::std::option::Option<::std::string::String>,
    #[serde(rename = "release", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub release: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sourceLayerHash", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_layer_hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fixedInVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fixed_in_version: ::std::option::Option<::std::string::String>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    BlockedByOrganizationPolicyException,
    EmptyUploadException,
    ExclusionAlreadyExistsException,
    ExclusionNotFoundException,
    ImageAlreadyExistsException,
    ImageArchivedException,
    ImageDigestDoesNotMatchException,
    ImageNotFoundException,
    ImageStorageClassUpdateNotSupportedException,
    ImageTagAlreadyExistsException,
    InvalidLayerException,
    InvalidLayerPartException,
    InvalidParameterException,
    InvalidTagParameterException,
    KmsException,
    LayerAlreadyExistsException,
    LayerInaccessibleException,
    LayerPartTooSmallException,
    LayersNotFoundException,
    LifecyclePolicyNotFoundException,
    LifecyclePolicyPreviewInProgressException,
    LifecyclePolicyPreviewNotFoundException,
    LimitExceededException,
    PullThroughCacheRuleAlreadyExistsException,
    PullThroughCacheRuleNotFoundException,
    ReferencedImagesNotFoundException,
    RegistryPolicyNotFoundException,
    ReplicationBackfillInProgressException,
    ReplicationBackfillInvalidStatusException,
    ReplicationBackfillNotFoundException,
    RepositoryAlreadyExistsException,
    RepositoryNotEmptyException,
    RepositoryNotFoundException,
    RepositoryPolicyNotFoundException,
    ScanNotFoundException,
    SecretNotFoundException,
    ServerException,
    SigningConfigurationNotFoundException,
    TemplateAlreadyExistsException,
    TemplateNotFoundException,
    TooManyTagsException,
    UnableToAccessSecretException,
    UnableToDecryptSecretValueException,
    UnableToGetUpstreamImageException,
    UnableToGetUpstreamLayerException,
    UnableToListUpstreamImageReferrersException,
    UnsupportedImageTypeException,
    UnsupportedUpstreamRegistryException,
    UploadNotFoundException,
    ValidationException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::BlockedByOrganizationPolicyException => "BlockedByOrganizationPolicyException",
            ErrorCode::EmptyUploadException => "EmptyUploadException",
            ErrorCode::ExclusionAlreadyExistsException => "ExclusionAlreadyExistsException",
            ErrorCode::ExclusionNotFoundException => "ExclusionNotFoundException",
            ErrorCode::ImageAlreadyExistsException => "ImageAlreadyExistsException",
            ErrorCode::ImageArchivedException => "ImageArchivedException",
            ErrorCode::ImageDigestDoesNotMatchException => "ImageDigestDoesNotMatchException",
            ErrorCode::ImageNotFoundException => "ImageNotFoundException",
            ErrorCode::ImageStorageClassUpdateNotSupportedException => "ImageStorageClassUpdateNotSupportedException",
            ErrorCode::ImageTagAlreadyExistsException => "ImageTagAlreadyExistsException",
            ErrorCode::InvalidLayerException => "InvalidLayerException",
            ErrorCode::InvalidLayerPartException => "InvalidLayerPartException",
            ErrorCode::InvalidParameterException => "InvalidParameterException",
            ErrorCode::InvalidTagParameterException => "InvalidTagParameterException",
            ErrorCode::KmsException => "KmsException",
            ErrorCode::LayerAlreadyExistsException => "LayerAlreadyExistsException",
            ErrorCode::LayerInaccessibleException => "LayerInaccessibleException",
            ErrorCode::LayerPartTooSmallException => "LayerPartTooSmallException",
            ErrorCode::LayersNotFoundException => "LayersNotFoundException",
            ErrorCode::LifecyclePolicyNotFoundException => "LifecyclePolicyNotFoundException",
            ErrorCode::LifecyclePolicyPreviewInProgressException => "LifecyclePolicyPreviewInProgressException",
            ErrorCode::LifecyclePolicyPreviewNotFoundException => "LifecyclePolicyPreviewNotFoundException",
            ErrorCode::LimitExceededException => "LimitExceededException",
            ErrorCode::PullThroughCacheRuleAlreadyExistsException => "PullThroughCacheRuleAlreadyExistsException",
            ErrorCode::PullThroughCacheRuleNotFoundException => "PullThroughCacheRuleNotFoundException",
            ErrorCode::ReferencedImagesNotFoundException => "ReferencedImagesNotFoundException",
            ErrorCode::RegistryPolicyNotFoundException => "RegistryPolicyNotFoundException",
            ErrorCode::ReplicationBackfillInProgressException => "ReplicationBackfillInProgressException",
            ErrorCode::ReplicationBackfillInvalidStatusException => "ReplicationBackfillInvalidStatusException",
            ErrorCode::ReplicationBackfillNotFoundException => "ReplicationBackfillNotFoundException",
            ErrorCode::RepositoryAlreadyExistsException => "RepositoryAlreadyExistsException",
            ErrorCode::RepositoryNotEmptyException => "RepositoryNotEmptyException",
            ErrorCode::RepositoryNotFoundException => "RepositoryNotFoundException",
            ErrorCode::RepositoryPolicyNotFoundException => "RepositoryPolicyNotFoundException",
            ErrorCode::ScanNotFoundException => "ScanNotFoundException",
            ErrorCode::SecretNotFoundException => "SecretNotFoundException",
            ErrorCode::ServerException => "ServerException",
            ErrorCode::SigningConfigurationNotFoundException => "SigningConfigurationNotFoundException",
            ErrorCode::TemplateAlreadyExistsException => "TemplateAlreadyExistsException",
            ErrorCode::TemplateNotFoundException => "TemplateNotFoundException",
            ErrorCode::TooManyTagsException => "TooManyTagsException",
            ErrorCode::UnableToAccessSecretException => "UnableToAccessSecretException",
            ErrorCode::UnableToDecryptSecretValueException => "UnableToDecryptSecretValueException",
            ErrorCode::UnableToGetUpstreamImageException => "UnableToGetUpstreamImageException",
            ErrorCode::UnableToGetUpstreamLayerException => "UnableToGetUpstreamLayerException",
            ErrorCode::UnableToListUpstreamImageReferrersException => "UnableToListUpstreamImageReferrersException",
            ErrorCode::UnsupportedImageTypeException => "UnsupportedImageTypeException",
            ErrorCode::UnsupportedUpstreamRegistryException => "UnsupportedUpstreamRegistryException",
            ErrorCode::UploadNotFoundException => "UploadNotFoundException",
            ErrorCode::ValidationException => "ValidationException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::BlockedByOrganizationPolicyException => 400,
            ErrorCode::EmptyUploadException => 400,
            ErrorCode::ExclusionAlreadyExistsException => 400,
            ErrorCode::ExclusionNotFoundException => 400,
            ErrorCode::ImageAlreadyExistsException => 400,
            ErrorCode::ImageArchivedException => 400,
            ErrorCode::ImageDigestDoesNotMatchException => 400,
            ErrorCode::ImageNotFoundException => 400,
            ErrorCode::ImageStorageClassUpdateNotSupportedException => 400,
            ErrorCode::ImageTagAlreadyExistsException => 400,
            ErrorCode::InvalidLayerException => 400,
            ErrorCode::InvalidLayerPartException => 400,
            ErrorCode::InvalidParameterException => 400,
            ErrorCode::InvalidTagParameterException => 400,
            ErrorCode::KmsException => 400,
            ErrorCode::LayerAlreadyExistsException => 400,
            ErrorCode::LayerInaccessibleException => 400,
            ErrorCode::LayerPartTooSmallException => 400,
            ErrorCode::LayersNotFoundException => 400,
            ErrorCode::LifecyclePolicyNotFoundException => 400,
            ErrorCode::LifecyclePolicyPreviewInProgressException => 400,
            ErrorCode::LifecyclePolicyPreviewNotFoundException => 400,
            ErrorCode::LimitExceededException => 400,
            ErrorCode::PullThroughCacheRuleAlreadyExistsException => 400,
            ErrorCode::PullThroughCacheRuleNotFoundException => 400,
            ErrorCode::ReferencedImagesNotFoundException => 400,
            ErrorCode::RegistryPolicyNotFoundException => 400,
            ErrorCode::ReplicationBackfillInProgressException => 400,
            ErrorCode::ReplicationBackfillInvalidStatusException => 400,
            ErrorCode::ReplicationBackfillNotFoundException => 400,
            ErrorCode::RepositoryAlreadyExistsException => 400,
            ErrorCode::RepositoryNotEmptyException => 400,
            ErrorCode::RepositoryNotFoundException => 400,
            ErrorCode::RepositoryPolicyNotFoundException => 400,
            ErrorCode::ScanNotFoundException => 400,
            ErrorCode::SecretNotFoundException => 400,
            ErrorCode::ServerException => 500,
            ErrorCode::SigningConfigurationNotFoundException => 400,
            ErrorCode::TemplateAlreadyExistsException => 400,
            ErrorCode::TemplateNotFoundException => 400,
            ErrorCode::TooManyTagsException => 400,
            ErrorCode::UnableToAccessSecretException => 400,
            ErrorCode::UnableToDecryptSecretValueException => 400,
            ErrorCode::UnableToGetUpstreamImageException => 400,
            ErrorCode::UnableToGetUpstreamLayerException => 400,
            ErrorCode::UnableToListUpstreamImageReferrersException => 400,
            ErrorCode::UnsupportedImageTypeException => 400,
            ErrorCode::UnsupportedUpstreamRegistryException => 400,
            ErrorCode::UploadNotFoundException => 400,
            ErrorCode::ValidationException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the ecr model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn batch_check_layer_availability(&self, ctx: &Context, input: BatchCheckLayerAvailabilityRequest) -> impl ::std::future::Future<Output = AwsResult<BatchCheckLayerAvailabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "BatchCheckLayerAvailability")) }
    }
    fn batch_delete_image(&self, ctx: &Context, input: BatchDeleteImageRequest) -> impl ::std::future::Future<Output = AwsResult<BatchDeleteImageResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "BatchDeleteImage")) }
    }
    fn batch_get_image(&self, ctx: &Context, input: BatchGetImageRequest) -> impl ::std::future::Future<Output = AwsResult<BatchGetImageResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "BatchGetImage")) }
    }
    fn batch_get_repository_scanning_configuration(&self, ctx: &Context, input: BatchGetRepositoryScanningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<BatchGetRepositoryScanningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "BatchGetRepositoryScanningConfiguration")) }
    }
    fn complete_layer_upload(&self, ctx: &Context, input: CompleteLayerUploadRequest) -> impl ::std::future::Future<Output = AwsResult<CompleteLayerUploadResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CompleteLayerUpload")) }
    }
    fn create_pull_through_cache_rule(&self, ctx: &Context, input: CreatePullThroughCacheRuleRequest) -> impl ::std::future::Future<Output = AwsResult<CreatePullThroughCacheRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreatePullThroughCacheRule")) }
    }
    fn create_repository(&self, ctx: &Context, input: CreateRepositoryRequest) -> impl ::std::future::Future<Output = AwsResult<CreateRepositoryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateRepository")) }
    }
    fn create_repository_creation_template(&self, ctx: &Context, input: CreateRepositoryCreationTemplateRequest) -> impl ::std::future::Future<Output = AwsResult<CreateRepositoryCreationTemplateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateRepositoryCreationTemplate")) }
    }
    fn delete_lifecycle_policy(&self, ctx: &Context, input: DeleteLifecyclePolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteLifecyclePolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLifecyclePolicy")) }
    }
    fn delete_pull_through_cache_rule(&self, ctx: &Context, input: DeletePullThroughCacheRuleRequest) -> impl ::std::future::Future<Output = AwsResult<DeletePullThroughCacheRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeletePullThroughCacheRule")) }
    }
    fn delete_registry_policy(&self, ctx: &Context, input: DeleteRegistryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteRegistryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRegistryPolicy")) }
    }
    fn delete_repository(&self, ctx: &Context, input: DeleteRepositoryRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteRepositoryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRepository")) }
    }
    fn delete_repository_creation_template(&self, ctx: &Context, input: DeleteRepositoryCreationTemplateRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteRepositoryCreationTemplateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRepositoryCreationTemplate")) }
    }
    fn delete_repository_policy(&self, ctx: &Context, input: DeleteRepositoryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteRepositoryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRepositoryPolicy")) }
    }
    fn delete_signing_configuration(&self, ctx: &Context, input: DeleteSigningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteSigningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteSigningConfiguration")) }
    }
    fn deregister_pull_time_update_exclusion(&self, ctx: &Context, input: DeregisterPullTimeUpdateExclusionRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterPullTimeUpdateExclusionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterPullTimeUpdateExclusion")) }
    }
    fn describe_image_replication_status(&self, ctx: &Context, input: DescribeImageReplicationStatusRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImageReplicationStatusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImageReplicationStatus")) }
    }
    fn describe_image_scan_findings(&self, ctx: &Context, input: DescribeImageScanFindingsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImageScanFindingsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImageScanFindings")) }
    }
    fn describe_image_signing_status(&self, ctx: &Context, input: DescribeImageSigningStatusRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImageSigningStatusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImageSigningStatus")) }
    }
    fn describe_images(&self, ctx: &Context, input: DescribeImagesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImagesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImages")) }
    }
    fn describe_pull_through_cache_rules(&self, ctx: &Context, input: DescribePullThroughCacheRulesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribePullThroughCacheRulesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribePullThroughCacheRules")) }
    }
    fn describe_registry(&self, ctx: &Context, input: DescribeRegistryRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeRegistryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeRegistry")) }
    }
    fn describe_replication_backfill_results(&self, ctx: &Context, input: DescribeReplicationBackfillResultsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeReplicationBackfillResultsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeReplicationBackfillResults")) }
    }
    fn describe_repositories(&self, ctx: &Context, input: DescribeRepositoriesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeRepositoriesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeRepositories")) }
    }
    fn describe_repository_creation_templates(&self, ctx: &Context, input: DescribeRepositoryCreationTemplatesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeRepositoryCreationTemplatesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeRepositoryCreationTemplates")) }
    }
    fn get_account_setting(&self, ctx: &Context, input: GetAccountSettingRequest) -> impl ::std::future::Future<Output = AwsResult<GetAccountSettingResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetAccountSetting")) }
    }
    fn get_authorization_token(&self, ctx: &Context, input: GetAuthorizationTokenRequest) -> impl ::std::future::Future<Output = AwsResult<GetAuthorizationTokenResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetAuthorizationToken")) }
    }
    fn get_download_url_for_layer(&self, ctx: &Context, input: GetDownloadUrlForLayerRequest) -> impl ::std::future::Future<Output = AwsResult<GetDownloadUrlForLayerResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDownloadUrlForLayer")) }
    }
    fn get_lifecycle_policy(&self, ctx: &Context, input: GetLifecyclePolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetLifecyclePolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLifecyclePolicy")) }
    }
    fn get_lifecycle_policy_preview(&self, ctx: &Context, input: GetLifecyclePolicyPreviewRequest) -> impl ::std::future::Future<Output = AwsResult<GetLifecyclePolicyPreviewResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLifecyclePolicyPreview")) }
    }
    fn get_registry_policy(&self, ctx: &Context, input: GetRegistryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetRegistryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetRegistryPolicy")) }
    }
    fn get_registry_scanning_configuration(&self, ctx: &Context, input: GetRegistryScanningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<GetRegistryScanningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetRegistryScanningConfiguration")) }
    }
    fn get_repository_policy(&self, ctx: &Context, input: GetRepositoryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetRepositoryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetRepositoryPolicy")) }
    }
    fn get_signing_configuration(&self, ctx: &Context, input: GetSigningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<GetSigningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetSigningConfiguration")) }
    }
    fn initiate_layer_upload(&self, ctx: &Context, input: InitiateLayerUploadRequest) -> impl ::std::future::Future<Output = AwsResult<InitiateLayerUploadResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "InitiateLayerUpload")) }
    }
    fn list_image_referrers(&self, ctx: &Context, input: ListImageReferrersRequest) -> impl ::std::future::Future<Output = AwsResult<ListImageReferrersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListImageReferrers")) }
    }
    fn list_images(&self, ctx: &Context, input: ListImagesRequest) -> impl ::std::future::Future<Output = AwsResult<ListImagesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListImages")) }
    }
    fn list_pull_time_update_exclusions(&self, ctx: &Context, input: ListPullTimeUpdateExclusionsRequest) -> impl ::std::future::Future<Output = AwsResult<ListPullTimeUpdateExclusionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListPullTimeUpdateExclusions")) }
    }
    fn list_replication_backfills(&self, ctx: &Context, input: ListReplicationBackfillsRequest) -> impl ::std::future::Future<Output = AwsResult<ListReplicationBackfillsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListReplicationBackfills")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn put_account_setting(&self, ctx: &Context, input: PutAccountSettingRequest) -> impl ::std::future::Future<Output = AwsResult<PutAccountSettingResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutAccountSetting")) }
    }
    fn put_image(&self, ctx: &Context, input: PutImageRequest) -> impl ::std::future::Future<Output = AwsResult<PutImageResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutImage")) }
    }
    fn put_image_scanning_configuration(&self, ctx: &Context, input: PutImageScanningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<PutImageScanningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutImageScanningConfiguration")) }
    }
    fn put_image_tag_mutability(&self, ctx: &Context, input: PutImageTagMutabilityRequest) -> impl ::std::future::Future<Output = AwsResult<PutImageTagMutabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutImageTagMutability")) }
    }
    fn put_lifecycle_policy(&self, ctx: &Context, input: PutLifecyclePolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutLifecyclePolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutLifecyclePolicy")) }
    }
    fn put_registry_policy(&self, ctx: &Context, input: PutRegistryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutRegistryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutRegistryPolicy")) }
    }
    fn put_registry_scanning_configuration(&self, ctx: &Context, input: PutRegistryScanningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<PutRegistryScanningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutRegistryScanningConfiguration")) }
    }
    fn put_replication_configuration(&self, ctx: &Context, input: PutReplicationConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<PutReplicationConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutReplicationConfiguration")) }
    }
    fn put_signing_configuration(&self, ctx: &Context, input: PutSigningConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<PutSigningConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutSigningConfiguration")) }
    }
    fn register_pull_time_update_exclusion(&self, ctx: &Context, input: RegisterPullTimeUpdateExclusionRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterPullTimeUpdateExclusionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterPullTimeUpdateExclusion")) }
    }
    fn set_repository_policy(&self, ctx: &Context, input: SetRepositoryPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<SetRepositoryPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SetRepositoryPolicy")) }
    }
    fn start_image_scan(&self, ctx: &Context, input: StartImageScanRequest) -> impl ::std::future::Future<Output = AwsResult<StartImageScanResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartImageScan")) }
    }
    fn start_lifecycle_policy_preview(&self, ctx: &Context, input: StartLifecyclePolicyPreviewRequest) -> impl ::std::future::Future<Output = AwsResult<StartLifecyclePolicyPreviewResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartLifecyclePolicyPreview")) }
    }
    fn start_replication_backfill(&self, ctx: &Context, input: StartReplicationBackfillRequest) -> impl ::std::future::Future<Output = AwsResult<StartReplicationBackfillResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartReplicationBackfill")) }
    }
    fn stop_replication_backfill(&self, ctx: &Context, input: StopReplicationBackfillRequest) -> impl ::std::future::Future<Output = AwsResult<StopReplicationBackfillResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StopReplicationBackfill")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_image_storage_class(&self, ctx: &Context, input: UpdateImageStorageClassRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateImageStorageClassResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateImageStorageClass")) }
    }
    fn update_pull_through_cache_rule(&self, ctx: &Context, input: UpdatePullThroughCacheRuleRequest) -> impl ::std::future::Future<Output = AwsResult<UpdatePullThroughCacheRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdatePullThroughCacheRule")) }
    }
    fn update_repository_creation_template(&self, ctx: &Context, input: UpdateRepositoryCreationTemplateRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateRepositoryCreationTemplateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateRepositoryCreationTemplate")) }
    }
    fn upload_layer_part(&self, ctx: &Context, input: UploadLayerPartRequest) -> impl ::std::future::Future<Output = AwsResult<UploadLayerPartResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UploadLayerPart")) }
    }
    fn validate_pull_through_cache_rule(&self, ctx: &Context, input: ValidatePullThroughCacheRuleRequest) -> impl ::std::future::Future<Output = AwsResult<ValidatePullThroughCacheRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ValidatePullThroughCacheRule")) }
    }
    /// Answers an operation with output JSON the service already holds (a cache), skipping the typed path; `None` (the default) takes the typed path.
    fn cached(&self, ctx: &Context, operation: &str, input: &::serde_json::Value) -> ::std::option::Option<AwsResult<::std::vec::Vec<u8>>> {
        let _ = (ctx, operation, input);
        None
    }
}

/// Decodes the input of `operation`, calls the handler and encodes its output.
pub async fn dispatch<S: Api>(svc: &S, ctx: &Context, operation: &str, input: ::serde_json::Value, form: crate::types::Form) -> AwsResult<crate::types::Output> {
    if form == crate::types::Form::Json {
        if let ::std::option::Option::Some(out) = svc.cached(ctx, operation, &input) {
            return out.map(crate::types::Output::Json);
        }
    }
    match operation {
        "BatchCheckLayerAvailability" => crate::types::encode(&svc.batch_check_layer_availability(ctx, crate::types::decode(input)?).await?, form),
        "BatchDeleteImage" => crate::types::encode(&svc.batch_delete_image(ctx, crate::types::decode(input)?).await?, form),
        "BatchGetImage" => crate::types::encode(&svc.batch_get_image(ctx, crate::types::decode(input)?).await?, form),
        "BatchGetRepositoryScanningConfiguration" => crate::types::encode(&svc.batch_get_repository_scanning_configuration(ctx, crate::types::decode(input)?).await?, form),
        "CompleteLayerUpload" => crate::types::encode(&svc.complete_layer_upload(ctx, crate::types::decode(input)?).await?, form),
        "CreatePullThroughCacheRule" => crate::types::encode(&svc.create_pull_through_cache_rule(ctx, crate::types::decode(input)?).await?, form),
        "CreateRepository" => crate::types::encode(&svc.create_repository(ctx, crate::types::decode(input)?).await?, form),
        "CreateRepositoryCreationTemplate" => crate::types::encode(&svc.create_repository_creation_template(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLifecyclePolicy" => crate::types::encode(&svc.delete_lifecycle_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeletePullThroughCacheRule" => crate::types::encode(&svc.delete_pull_through_cache_rule(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRegistryPolicy" => crate::types::encode(&svc.delete_registry_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRepository" => crate::types::encode(&svc.delete_repository(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRepositoryCreationTemplate" => crate::types::encode(&svc.delete_repository_creation_template(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRepositoryPolicy" => crate::types::encode(&svc.delete_repository_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteSigningConfiguration" => crate::types::encode(&svc.delete_signing_configuration(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterPullTimeUpdateExclusion" => crate::types::encode(&svc.deregister_pull_time_update_exclusion(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImageReplicationStatus" => crate::types::encode(&svc.describe_image_replication_status(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImageScanFindings" => crate::types::encode(&svc.describe_image_scan_findings(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImageSigningStatus" => crate::types::encode(&svc.describe_image_signing_status(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImages" => crate::types::encode(&svc.describe_images(ctx, crate::types::decode(input)?).await?, form),
        "DescribePullThroughCacheRules" => crate::types::encode(&svc.describe_pull_through_cache_rules(ctx, crate::types::decode(input)?).await?, form),
        "DescribeRegistry" => crate::types::encode(&svc.describe_registry(ctx, crate::types::decode(input)?).await?, form),
        "DescribeReplicationBackfillResults" => crate::types::encode(&svc.describe_replication_backfill_results(ctx, crate::types::decode(input)?).await?, form),
        "DescribeRepositories" => crate::types::encode(&svc.describe_repositories(ctx, crate::types::decode(input)?).await?, form),
        "DescribeRepositoryCreationTemplates" => crate::types::encode(&svc.describe_repository_creation_templates(ctx, crate::types::decode(input)?).await?, form),
        "GetAccountSetting" => crate::types::encode(&svc.get_account_setting(ctx, crate::types::decode(input)?).await?, form),
        "GetAuthorizationToken" => crate::types::encode(&svc.get_authorization_token(ctx, crate::types::decode(input)?).await?, form),
        "GetDownloadUrlForLayer" => crate::types::encode(&svc.get_download_url_for_layer(ctx, crate::types::decode(input)?).await?, form),
        "GetLifecyclePolicy" => crate::types::encode(&svc.get_lifecycle_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetLifecyclePolicyPreview" => crate::types::encode(&svc.get_lifecycle_policy_preview(ctx, crate::types::decode(input)?).await?, form),
        "GetRegistryPolicy" => crate::types::encode(&svc.get_registry_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetRegistryScanningConfiguration" => crate::types::encode(&svc.get_registry_scanning_configuration(ctx, crate::types::decode(input)?).await?, form),
        "GetRepositoryPolicy" => crate::types::encode(&svc.get_repository_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetSigningConfiguration" => crate::types::encode(&svc.get_signing_configuration(ctx, crate::types::decode(input)?).await?, form),
        "InitiateLayerUpload" => crate::types::encode(&svc.initiate_layer_upload(ctx, crate::types::decode(input)?).await?, form),
        "ListImageReferrers" => crate::types::encode(&svc.list_image_referrers(ctx, crate::types::decode(input)?).await?, form),
        "ListImages" => crate::types::encode(&svc.list_images(ctx, crate::types::decode(input)?).await?, form),
        "ListPullTimeUpdateExclusions" => crate::types::encode(&svc.list_pull_time_update_exclusions(ctx, crate::types::decode(input)?).await?, form),
        "ListReplicationBackfills" => crate::types::encode(&svc.list_replication_backfills(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "PutAccountSetting" => crate::types::encode(&svc.put_account_setting(ctx, crate::types::decode(input)?).await?, form),
        "PutImage" => crate::types::encode(&svc.put_image(ctx, crate::types::decode(input)?).await?, form),
        "PutImageScanningConfiguration" => crate::types::encode(&svc.put_image_scanning_configuration(ctx, crate::types::decode(input)?).await?, form),
        "PutImageTagMutability" => crate::types::encode(&svc.put_image_tag_mutability(ctx, crate::types::decode(input)?).await?, form),
        "PutLifecyclePolicy" => crate::types::encode(&svc.put_lifecycle_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutRegistryPolicy" => crate::types::encode(&svc.put_registry_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutRegistryScanningConfiguration" => crate::types::encode(&svc.put_registry_scanning_configuration(ctx, crate::types::decode(input)?).await?, form),
        "PutReplicationConfiguration" => crate::types::encode(&svc.put_replication_configuration(ctx, crate::types::decode(input)?).await?, form),
        "PutSigningConfiguration" => crate::types::encode(&svc.put_signing_configuration(ctx, crate::types::decode(input)?).await?, form),
        "RegisterPullTimeUpdateExclusion" => crate::types::encode(&svc.register_pull_time_update_exclusion(ctx, crate::types::decode(input)?).await?, form),
        "SetRepositoryPolicy" => crate::types::encode(&svc.set_repository_policy(ctx, crate::types::decode(input)?).await?, form),
        "StartImageScan" => crate::types::encode(&svc.start_image_scan(ctx, crate::types::decode(input)?).await?, form),
        "StartLifecyclePolicyPreview" => crate::types::encode(&svc.start_lifecycle_policy_preview(ctx, crate::types::decode(input)?).await?, form),
        "StartReplicationBackfill" => crate::types::encode(&svc.start_replication_backfill(ctx, crate::types::decode(input)?).await?, form),
        "StopReplicationBackfill" => crate::types::encode(&svc.stop_replication_backfill(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateImageStorageClass" => crate::types::encode(&svc.update_image_storage_class(ctx, crate::types::decode(input)?).await?, form),
        "UpdatePullThroughCacheRule" => crate::types::encode(&svc.update_pull_through_cache_rule(ctx, crate::types::decode(input)?).await?, form),
        "UpdateRepositoryCreationTemplate" => crate::types::encode(&svc.update_repository_creation_template(ctx, crate::types::decode(input)?).await?, form),
        "UploadLayerPart" => crate::types::encode(&svc.upload_layer_part(ctx, crate::types::decode(input)?).await?, form),
        "ValidatePullThroughCacheRule" => crate::types::encode(&svc.validate_pull_through_cache_rule(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
