//! Generated from fixtures/models/eks.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "eks",
    service_id: "EKS",
    signing_name: "eks",
    endpoint_prefix: "eks",
    target_prefix: None,
    api_version: "2017-11-01",
    protocols: &[Protocol::RestJson],
    model_json: include_str!("../../../fixtures/models/eks.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "ActivateCertificateAuthority",
    "AssociateAccessPolicy",
    "AssociateEncryptionConfig",
    "AssociateIdentityProviderConfig",
    "CancelUpdate",
    "CreateAccessEntry",
    "CreateAddon",
    "CreateCapability",
    "CreateCertificateAuthority",
    "CreateCluster",
    "CreateEksAnywhereSubscription",
    "CreateFargateProfile",
    "CreateNodegroup",
    "CreatePodIdentityAssociation",
    "DeleteAccessEntry",
    "DeleteAddon",
    "DeleteCapability",
    "DeleteCertificateAuthority",
    "DeleteCluster",
    "DeleteEksAnywhereSubscription",
    "DeleteFargateProfile",
    "DeleteNodegroup",
    "DeletePodIdentityAssociation",
    "DeregisterCluster",
    "DescribeAccessEntry",
    "DescribeAddon",
    "DescribeAddonConfiguration",
    "DescribeAddonVersions",
    "DescribeCapability",
    "DescribeCertificateAuthority",
    "DescribeCluster",
    "DescribeClusterVersions",
    "DescribeEksAnywhereSubscription",
    "DescribeFargateProfile",
    "DescribeIdentityProviderConfig",
    "DescribeInsight",
    "DescribeInsightsRefresh",
    "DescribeNodegroup",
    "DescribePodIdentityAssociation",
    "DescribeUpdate",
    "DisassociateAccessPolicy",
    "DisassociateIdentityProviderConfig",
    "ListAccessEntries",
    "ListAccessPolicies",
    "ListAddons",
    "ListAssociatedAccessPolicies",
    "ListCapabilities",
    "ListCertificateAuthorities",
    "ListClusters",
    "ListEksAnywhereSubscriptions",
    "ListFargateProfiles",
    "ListIdentityProviderConfigs",
    "ListInsights",
    "ListNodegroups",
    "ListPodIdentityAssociations",
    "ListTagsForResource",
    "ListUpdates",
    "RegisterCluster",
    "StartInsightsRefresh",
    "TagResource",
    "UntagResource",
    "UpdateAccessEntry",
    "UpdateAddon",
    "UpdateCapability",
    "UpdateClusterConfig",
    "UpdateClusterVersion",
    "UpdateEksAnywhereSubscription",
    "UpdateNodegroupConfig",
    "UpdateNodegroupVersion",
    "UpdatePodIdentityAssociation",
];

/// The `AccessConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessConfigResponse {
    #[serde(rename = "bootstrapClusterCreatorAdminPermissions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
    #[serde(rename = "authenticationMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_mode: ::std::option::Option<::std::string::String>,
}

/// The `AccessDeniedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `AccessEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessEntry {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "accessEntryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_entry_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `AccessPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessPolicy {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `AccessScope` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessScope {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespaces", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespaces: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AckConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AckConfigRequest {
    #[serde(rename = "enableCrossNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_cross_namespace: ::std::option::Option<bool>,
    #[serde(rename = "disabledServices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AckConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AckConfigResponse {
    #[serde(rename = "enableCrossNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_cross_namespace: ::std::option::Option<bool>,
    #[serde(rename = "disabledServices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ActivateCertificateAuthorityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActivateCertificateAuthorityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "certificateAuthorityId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `ActivateCertificateAuthorityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActivateCertificateAuthorityResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
    #[serde(rename = "certificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority: ::std::option::Option<CertificateAuthoritySummary>,
}

/// The `ActiveCertificateAuthority` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActiveCertificateAuthority {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activated_by: ::std::option::Option<::std::string::String>,
}

/// The `Addon` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Addon {
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "health", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<AddonHealth>,
    #[serde(rename = "addonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "serviceAccountRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "publisher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub publisher: ::std::option::Option<::std::string::String>,
    #[serde(rename = "owner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "marketplaceInformation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marketplace_information: ::std::option::Option<MarketplaceInformation>,
    #[serde(rename = "configurationValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    #[serde(rename = "podIdentityAssociations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_identity_associations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "namespaceConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_config: ::std::option::Option<AddonNamespaceConfigResponse>,
}

/// The `AddonCompatibilityDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonCompatibilityDetail {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "compatibleVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compatible_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AddonHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonHealth {
    #[serde(rename = "issues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::vec::Vec<AddonIssue>>,
}

/// The `AddonInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonInfo {
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_versions: ::std::option::Option<::std::vec::Vec<AddonVersionInfo>>,
    #[serde(rename = "publisher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub publisher: ::std::option::Option<::std::string::String>,
    #[serde(rename = "owner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "marketplaceInformation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marketplace_information: ::std::option::Option<MarketplaceInformation>,
    #[serde(rename = "defaultNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_namespace: ::std::option::Option<::std::string::String>,
}

/// The `AddonIssue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonIssue {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AddonNamespaceConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonNamespaceConfigRequest {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `AddonNamespaceConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonNamespaceConfigResponse {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `AddonPodIdentityAssociations` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonPodIdentityAssociations {
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `AddonPodIdentityConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonPodIdentityConfiguration {
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recommendedManagedPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recommended_managed_policies: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AddonVersionInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddonVersionInfo {
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "architecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub architecture: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "computeTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compute_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "compatibilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compatibilities: ::std::option::Option<::std::vec::Vec<Compatibility>>,
    #[serde(rename = "requiresConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requires_configuration: ::std::option::Option<bool>,
    #[serde(rename = "requiresIamPermissions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requires_iam_permissions: ::std::option::Option<bool>,
}

/// The `AllowedValuesConstraint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllowedValuesConstraint {
    #[serde(rename = "allowedValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ArgoCdAwsIdcConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdAwsIdcConfigRequest {
    #[serde(rename = "idcInstanceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idc_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "idcRegion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idc_region: ::std::option::Option<::std::string::String>,
}

/// The `ArgoCdAwsIdcConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdAwsIdcConfigResponse {
    #[serde(rename = "idcInstanceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idc_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "idcRegion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idc_region: ::std::option::Option<::std::string::String>,
    #[serde(rename = "idcManagedApplicationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idc_managed_application_arn: ::std::option::Option<::std::string::String>,
}

/// The `ArgoCdConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdConfigRequest {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "awsIdc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_idc: ::std::option::Option<ArgoCdAwsIdcConfigRequest>,
    #[serde(rename = "rbacRoleMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rbac_role_mappings: ::std::option::Option<::std::vec::Vec<ArgoCdRoleMapping>>,
    #[serde(rename = "networkAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_access: ::std::option::Option<ArgoCdNetworkAccessConfigRequest>,
    #[serde(rename = "endpointPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_prefix: ::std::option::Option<::std::string::String>,
}

/// The `ArgoCdConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdConfigResponse {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "awsIdc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_idc: ::std::option::Option<ArgoCdAwsIdcConfigResponse>,
    #[serde(rename = "rbacRoleMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rbac_role_mappings: ::std::option::Option<::std::vec::Vec<ArgoCdRoleMapping>>,
    #[serde(rename = "networkAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_access: ::std::option::Option<ArgoCdNetworkAccessConfigResponse>,
    #[serde(rename = "serverUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub server_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "endpointPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_prefix: ::std::option::Option<::std::string::String>,
}

/// The `ArgoCdNetworkAccessConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdNetworkAccessConfigRequest {
    #[serde(rename = "vpceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ArgoCdNetworkAccessConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdNetworkAccessConfigResponse {
    #[serde(rename = "vpceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpce_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ArgoCdRoleMapping` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ArgoCdRoleMapping {
    #[serde(rename = "role", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<::std::string::String>,
    #[serde(rename = "identities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identities: ::std::option::Option<::std::vec::Vec<SsoIdentity>>,
}

/// The `AssociateAccessPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateAccessPolicyRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessScope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_scope: ::std::option::Option<AccessScope>,
}

/// The `AssociateAccessPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateAccessPolicyResponse {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associatedAccessPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub associated_access_policy: ::std::option::Option<AssociatedAccessPolicy>,
}

/// The `AssociateEncryptionConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateEncryptionConfigRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "encryptionConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_config: ::std::option::Option<::std::vec::Vec<EncryptionConfig>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `AssociateEncryptionConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateEncryptionConfigResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `AssociateIdentityProviderConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateIdentityProviderConfigRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "oidc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub oidc: ::std::option::Option<OidcIdentityProviderConfigRequest>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `AssociateIdentityProviderConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateIdentityProviderConfigResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `AssociatedAccessPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociatedAccessPolicy {
    #[serde(rename = "policyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessScope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_scope: ::std::option::Option<AccessScope>,
    #[serde(rename = "associatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub associated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `AutoScalingGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoScalingGroup {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `BadRequestException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BadRequestException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `BlockStorage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlockStorage {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The `CancelUpdateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelUpdateRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updateId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `CancelUpdateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelUpdateResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `Cancellation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cancellation {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `Capability` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Capability {
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<CapabilityConfigurationResponse>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "health", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<CapabilityHealth>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deletePropagationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_propagation_policy: ::std::option::Option<::std::string::String>,
}

/// The `CapabilityConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapabilityConfigurationRequest {
    #[serde(rename = "argoCd", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub argo_cd: ::std::option::Option<ArgoCdConfigRequest>,
    #[serde(rename = "ack", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ack: ::std::option::Option<AckConfigRequest>,
}

/// The `CapabilityConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapabilityConfigurationResponse {
    #[serde(rename = "argoCd", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub argo_cd: ::std::option::Option<ArgoCdConfigResponse>,
    #[serde(rename = "ack", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ack: ::std::option::Option<AckConfigResponse>,
}

/// The `CapabilityHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapabilityHealth {
    #[serde(rename = "issues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::vec::Vec<CapabilityIssue>>,
}

/// The `CapabilityIssue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapabilityIssue {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `CapabilitySummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapabilitySummary {
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `Certificate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Certificate {
    #[serde(rename = "data", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
    #[serde(rename = "active", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<ActiveCertificateAuthority>,
}

/// The `CertificateAuthority` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateAuthority {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "activatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activated_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distributionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub distribution_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "validity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub validity: ::std::option::Option<CertificateAuthorityValidity>,
    #[serde(rename = "scheduledEvents", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_events: ::std::option::Option<CertificateAuthorityScheduledEvents>,
    #[serde(rename = "rollbackAvailable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback_available: ::std::option::Option<bool>,
    #[serde(rename = "data", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<::std::string::String>,
}

/// The `CertificateAuthorityScheduledEvents` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateAuthorityScheduledEvents {
    #[serde(rename = "firstAutoActivation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_auto_activation: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "finalAutoActivation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub final_auto_activation: ::std::option::Option<crate::types::Timestamp>,
}

/// The `CertificateAuthoritySummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateAuthoritySummary {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "activatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activated_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "signingStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distributionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub distribution_status: ::std::option::Option<::std::string::String>,
}

/// The `CertificateAuthorityValidity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateAuthorityValidity {
    #[serde(rename = "notBefore", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub not_before: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "notAfter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub not_after: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ClientException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClientStat` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientStat {
    #[serde(rename = "userAgent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_agent: ::std::option::Option<::std::string::String>,
    #[serde(rename = "numberOfRequestsLast30Days", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_requests_last30_days: ::std::option::Option<i32>,
    #[serde(rename = "lastRequestTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_request_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `Cluster` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cluster {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "endpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourcesVpcConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources_vpc_config: ::std::option::Option<VpcConfigResponse>,
    #[serde(rename = "kubernetesNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_network_config: ::std::option::Option<KubernetesNetworkConfigResponse>,
    #[serde(rename = "logging", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logging: ::std::option::Option<Logging>,
    #[serde(rename = "identity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity: ::std::option::Option<Identity>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "certificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority: ::std::option::Option<Certificate>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "encryptionConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_config: ::std::option::Option<::std::vec::Vec<EncryptionConfig>>,
    #[serde(rename = "connectorConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connector_config: ::std::option::Option<ConnectorConfigResponse>,
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "health", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<ClusterHealth>,
    #[serde(rename = "outpostConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub outpost_config: ::std::option::Option<OutpostConfigResponse>,
    #[serde(rename = "accessConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_config: ::std::option::Option<AccessConfigResponse>,
    #[serde(rename = "upgradePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upgrade_policy: ::std::option::Option<UpgradePolicyResponse>,
    #[serde(rename = "zonalShiftConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub zonal_shift_config: ::std::option::Option<ZonalShiftConfigResponse>,
    #[serde(rename = "remoteNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_network_config: ::std::option::Option<RemoteNetworkConfigResponse>,
    #[serde(rename = "computeConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compute_config: ::std::option::Option<ComputeConfigResponse>,
    #[serde(rename = "storageConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_config: ::std::option::Option<StorageConfigResponse>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "controlPlaneScalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_scaling_config: ::std::option::Option<ControlPlaneScalingConfig>,
    #[serde(rename = "kubeApiServerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_api_server_config: ::std::option::Option<KubeApiServerConfigResponse>,
    #[serde(rename = "kubeSchedulerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_scheduler_config: ::std::option::Option<KubeSchedulerConfigResponse>,
    #[serde(rename = "kubeControllerManagerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_controller_manager_config: ::std::option::Option<KubeControllerManagerConfigResponse>,
}

/// The `ClusterHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterHealth {
    #[serde(rename = "issues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::vec::Vec<ClusterIssue>>,
}

/// The `ClusterIssue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterIssue {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ClusterVersionInformation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterVersionInformation {
    #[serde(rename = "clusterVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultPlatformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_version: ::std::option::Option<bool>,
    #[serde(rename = "releaseDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub release_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "endOfStandardSupportDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_of_standard_support_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "endOfExtendedSupportDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_of_extended_support_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "versionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesPatchVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_patch_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "controlPlaneScalingTiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_scaling_tiers: ::std::option::Option<::std::vec::Vec<ControlPlaneScalingTierInfo>>,
    #[serde(rename = "controlPlaneComponentConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_component_config: ::std::option::Option<ControlPlaneConfigInfo>,
}

/// The `Compatibility` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Compatibility {
    #[serde(rename = "clusterVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "defaultVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_version: ::std::option::Option<bool>,
}

/// The `ComputeConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ComputeConfigRequest {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "nodePools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nodeRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_role_arn: ::std::option::Option<::std::string::String>,
}

/// The `ComputeConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ComputeConfigResponse {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "nodePools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nodeRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_role_arn: ::std::option::Option<::std::string::String>,
}

/// The `ConnectorConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorConfigRequest {
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "provider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
}

/// The `ConnectorConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectorConfigResponse {
    #[serde(rename = "activationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activation_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activationCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activation_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activationExpiry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activation_expiry: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "provider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `ControlPlaneConfigInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ControlPlaneConfigInfo {
    #[serde(rename = "kubeApiServerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_api_server_config: ::std::option::Option<KubeApiServerVersionConfig>,
    #[serde(rename = "kubeSchedulerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_scheduler_config: ::std::option::Option<KubeSchedulerVersionConfig>,
    #[serde(rename = "kubeControllerManagerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_controller_manager_config: ::std::option::Option<KubeControllerManagerVersionConfig>,
}

/// The `ControlPlanePlacementRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ControlPlanePlacementRequest {
    #[serde(rename = "groupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "spreadLevel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spread_level: ::std::option::Option<::std::string::String>,
}

/// The `ControlPlanePlacementResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ControlPlanePlacementResponse {
    #[serde(rename = "groupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "spreadLevel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spread_level: ::std::option::Option<::std::string::String>,
}

/// The `ControlPlaneScalingConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ControlPlaneScalingConfig {
    #[serde(rename = "tier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tier: ::std::option::Option<::std::string::String>,
}

/// The `ControlPlaneScalingTierInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ControlPlaneScalingTierInfo {
    #[serde(rename = "tierName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tier_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "apiRequestConcurrency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_request_concurrency: ::std::option::Option<i32>,
    #[serde(rename = "podSchedulingRatePerSecond", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_scheduling_rate_per_second: ::std::option::Option<i32>,
    #[serde(rename = "clusterDatabaseSizeGb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_database_size_gb: ::std::option::Option<i32>,
    #[serde(rename = "controlPlaneComponentConfigOverrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_component_config_overrides: ::std::option::Option<ControlPlaneConfigInfo>,
}

/// The `CrdManagementConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CrdManagementConfiguration {
    #[serde(rename = "managed", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed: ::std::option::Option<bool>,
}

/// The `CreateAccessConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccessConfigRequest {
    #[serde(rename = "bootstrapClusterCreatorAdminPermissions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bootstrap_cluster_creator_admin_permissions: ::std::option::Option<bool>,
    #[serde(rename = "authenticationMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_mode: ::std::option::Option<::std::string::String>,
}

/// The `CreateAccessEntryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccessEntryRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `CreateAccessEntryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAccessEntryResponse {
    #[serde(rename = "accessEntry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_entry: ::std::option::Option<AccessEntry>,
}

/// The `CreateAddonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAddonRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccountRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resolveConflicts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resolve_conflicts: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "configurationValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    #[serde(rename = "podIdentityAssociations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_identity_associations: ::std::option::Option<::std::vec::Vec<AddonPodIdentityAssociations>>,
    #[serde(rename = "namespaceConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_config: ::std::option::Option<AddonNamespaceConfigRequest>,
}

/// The `CreateAddonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateAddonResponse {
    #[serde(rename = "addon", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon: ::std::option::Option<Addon>,
}

/// The `CreateCapabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapabilityRequest {
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<CapabilityConfigurationRequest>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "deletePropagationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_propagation_policy: ::std::option::Option<::std::string::String>,
}

/// The `CreateCapabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapabilityResponse {
    #[serde(rename = "capability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability: ::std::option::Option<Capability>,
}

/// The `CreateCertificateAuthorityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCertificateAuthorityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `CreateCertificateAuthorityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCertificateAuthorityResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
    #[serde(rename = "certificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority: ::std::option::Option<CertificateAuthoritySummary>,
}

/// The `CreateClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourcesVpcConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources_vpc_config: ::std::option::Option<VpcConfigRequest>,
    #[serde(rename = "kubernetesNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_network_config: ::std::option::Option<KubernetesNetworkConfigRequest>,
    #[serde(rename = "logging", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logging: ::std::option::Option<Logging>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "encryptionConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_config: ::std::option::Option<::std::vec::Vec<EncryptionConfig>>,
    #[serde(rename = "outpostConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub outpost_config: ::std::option::Option<OutpostConfigRequest>,
    #[serde(rename = "accessConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_config: ::std::option::Option<CreateAccessConfigRequest>,
    #[serde(rename = "bootstrapSelfManagedAddons", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bootstrap_self_managed_addons: ::std::option::Option<bool>,
    #[serde(rename = "upgradePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upgrade_policy: ::std::option::Option<UpgradePolicyRequest>,
    #[serde(rename = "zonalShiftConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub zonal_shift_config: ::std::option::Option<ZonalShiftConfigRequest>,
    #[serde(rename = "remoteNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_network_config: ::std::option::Option<RemoteNetworkConfigRequest>,
    #[serde(rename = "computeConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compute_config: ::std::option::Option<ComputeConfigRequest>,
    #[serde(rename = "storageConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_config: ::std::option::Option<StorageConfigRequest>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "controlPlaneScalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_scaling_config: ::std::option::Option<ControlPlaneScalingConfig>,
    #[serde(rename = "kubeApiServerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_api_server_config: ::std::option::Option<KubeApiServerConfigRequest>,
    #[serde(rename = "kubeSchedulerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_scheduler_config: ::std::option::Option<KubeSchedulerConfigRequest>,
    #[serde(rename = "kubeControllerManagerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_controller_manager_config: ::std::option::Option<KubeControllerManagerConfigRequest>,
}

/// The `CreateClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `CreateEksAnywhereSubscriptionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEksAnywhereSubscriptionRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "term", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub term: ::std::option::Option<EksAnywhereSubscriptionTerm>,
    #[serde(rename = "licenseQuantity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub license_quantity: ::std::option::Option<i32>,
    #[serde(rename = "licenseType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub license_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoRenew", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_renew: ::std::option::Option<bool>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateEksAnywhereSubscriptionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription: ::std::option::Option<EksAnywhereSubscription>,
}

/// The `CreateFargateProfileRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateFargateProfileRequest {
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "podExecutionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "selectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub selectors: ::std::option::Option<::std::vec::Vec<FargateProfileSelector>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateFargateProfileResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateFargateProfileResponse {
    #[serde(rename = "fargateProfile", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile: ::std::option::Option<FargateProfile>,
}

/// The `CreateNodegroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateNodegroupRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_config: ::std::option::Option<NodegroupScalingConfig>,
    #[serde(rename = "diskSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disk_size: ::std::option::Option<i32>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "instanceTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "amiType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ami_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "remoteAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_access: ::std::option::Option<RemoteAccessConfig>,
    #[serde(rename = "nodeRole", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_role: ::std::option::Option<::std::string::String>,
    #[serde(rename = "labels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "taints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_template: ::std::option::Option<LaunchTemplateSpecification>,
    #[serde(rename = "updateConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_config: ::std::option::Option<NodegroupUpdateConfig>,
    #[serde(rename = "nodeRepairConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_repair_config: ::std::option::Option<NodeRepairConfig>,
    #[serde(rename = "capacityType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "releaseVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub release_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "warmPoolConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_pool_config: ::std::option::Option<WarmPoolConfig>,
}

/// The `CreateNodegroupResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateNodegroupResponse {
    #[serde(rename = "nodegroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup: ::std::option::Option<Nodegroup>,
}

/// The `CreatePodIdentityAssociationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePodIdentityAssociationRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "disableSessionTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(rename = "targetRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
}

/// The `CreatePodIdentityAssociationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePodIdentityAssociationResponse {
    #[serde(rename = "association", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association: ::std::option::Option<PodIdentityAssociation>,
}

/// The `DeleteAccessEntryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccessEntryRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteAccessEntryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccessEntryResponse {
}

/// The `DeleteAddonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAddonRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "preserve", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preserve: ::std::option::Option<bool>,
}

/// The `DeleteAddonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAddonResponse {
    #[serde(rename = "addon", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon: ::std::option::Option<Addon>,
}

/// The `DeleteCapabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapabilityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteCapabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapabilityResponse {
    #[serde(rename = "capability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability: ::std::option::Option<Capability>,
}

/// The `DeleteCertificateAuthorityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCertificateAuthorityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "certificateAuthorityId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `DeleteCertificateAuthorityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCertificateAuthorityResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
    #[serde(rename = "certificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority: ::std::option::Option<CertificateAuthoritySummary>,
}

/// The `DeleteClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `DeleteEksAnywhereSubscriptionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEksAnywhereSubscriptionRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteEksAnywhereSubscriptionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription: ::std::option::Option<EksAnywhereSubscription>,
}

/// The `DeleteFargateProfileRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteFargateProfileRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteFargateProfileResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteFargateProfileResponse {
    #[serde(rename = "fargateProfile", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile: ::std::option::Option<FargateProfile>,
}

/// The `DeleteNodegroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteNodegroupRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteNodegroupResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteNodegroupResponse {
    #[serde(rename = "nodegroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup: ::std::option::Option<Nodegroup>,
}

/// The `DeletePodIdentityAssociationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePodIdentityAssociationRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_id: ::std::option::Option<::std::string::String>,
}

/// The `DeletePodIdentityAssociationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePodIdentityAssociationResponse {
    #[serde(rename = "association", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association: ::std::option::Option<PodIdentityAssociation>,
}

/// The `DeprecationDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeprecationDetail {
    #[serde(rename = "usage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub usage: ::std::option::Option<::std::string::String>,
    #[serde(rename = "replacedWith", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replaced_with: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stopServingVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_serving_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startServingReplacementVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_serving_replacement_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientStats", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_stats: ::std::option::Option<::std::vec::Vec<ClientStat>>,
}

/// The `DeregisterClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterClusterRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `DescribeAccessEntryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccessEntryRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeAccessEntryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccessEntryResponse {
    #[serde(rename = "accessEntry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_entry: ::std::option::Option<AccessEntry>,
}

/// The `DescribeAddonConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonConfigurationRequest {
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
}

/// The `DescribeAddonConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonConfigurationResponse {
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configurationSchema", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration_schema: ::std::option::Option<::std::string::String>,
    #[serde(rename = "podIdentityConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_identity_configuration: ::std::option::Option<::std::vec::Vec<AddonPodIdentityConfiguration>>,
}

/// The `DescribeAddonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeAddonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonResponse {
    #[serde(rename = "addon", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon: ::std::option::Option<Addon>,
}

/// The `DescribeAddonVersionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonVersionsRequest {
    #[serde(rename = "kubernetesVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "types", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "publishers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub publishers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "owners", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owners: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeAddonVersionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAddonVersionsResponse {
    #[serde(rename = "addons", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addons: ::std::option::Option<::std::vec::Vec<AddonInfo>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCapabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapabilityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCapabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapabilityResponse {
    #[serde(rename = "capability", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability: ::std::option::Option<Capability>,
}

/// The `DescribeCertificateAuthorityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCertificateAuthorityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "certificateAuthorityId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority_id: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCertificateAuthorityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCertificateAuthorityResponse {
    #[serde(rename = "certificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authority: ::std::option::Option<CertificateAuthority>,
}

/// The `DescribeClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClusterRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `DescribeClusterVersionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClusterVersionsRequest {
    #[serde(rename = "clusterType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultOnly", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_only: ::std::option::Option<bool>,
    #[serde(rename = "includeAll", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_all: ::std::option::Option<bool>,
    #[serde(rename = "clusterVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "versionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_status: ::std::option::Option<::std::string::String>,
}

/// The `DescribeClusterVersionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClusterVersionsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_versions: ::std::option::Option<::std::vec::Vec<ClusterVersionInformation>>,
}

/// The `DescribeEksAnywhereSubscriptionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEksAnywhereSubscriptionRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DescribeEksAnywhereSubscriptionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription: ::std::option::Option<EksAnywhereSubscription>,
}

/// The `DescribeFargateProfileRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFargateProfileRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeFargateProfileResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFargateProfileResponse {
    #[serde(rename = "fargateProfile", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile: ::std::option::Option<FargateProfile>,
}

/// The `DescribeIdentityProviderConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIdentityProviderConfigRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "identityProviderConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config: ::std::option::Option<IdentityProviderConfig>,
}

/// The `DescribeIdentityProviderConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIdentityProviderConfigResponse {
    #[serde(rename = "identityProviderConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config: ::std::option::Option<IdentityProviderConfigResponse>,
}

/// The `DescribeInsightRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeInsightRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DescribeInsightResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeInsightResponse {
    #[serde(rename = "insight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insight: ::std::option::Option<Insight>,
}

/// The `DescribeInsightsRefreshRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeInsightsRefreshRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeInsightsRefreshResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeInsightsRefreshResponse {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "endedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ended_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeNodegroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeNodegroupRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeNodegroupResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeNodegroupResponse {
    #[serde(rename = "nodegroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup: ::std::option::Option<Nodegroup>,
}

/// The `DescribePodIdentityAssociationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePodIdentityAssociationRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_id: ::std::option::Option<::std::string::String>,
}

/// The `DescribePodIdentityAssociationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePodIdentityAssociationResponse {
    #[serde(rename = "association", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association: ::std::option::Option<PodIdentityAssociation>,
}

/// The `DescribeUpdateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeUpdateRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updateId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeUpdateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeUpdateResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `DisassociateAccessPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateAccessPolicyRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arn: ::std::option::Option<::std::string::String>,
}

/// The `DisassociateAccessPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateAccessPolicyResponse {
}

/// The `DisassociateIdentityProviderConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateIdentityProviderConfigRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "identityProviderConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config: ::std::option::Option<IdentityProviderConfig>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `DisassociateIdentityProviderConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateIdentityProviderConfigResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `DurationConstraints` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DurationConstraints {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<::std::string::String>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<::std::string::String>,
}

/// The `DurationParameterConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DurationParameterConfig {
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "constraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub constraints: ::std::option::Option<DurationConstraints>,
}

/// The `EksAnywhereSubscription` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EksAnywhereSubscription {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "effectiveDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effective_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "expirationDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "licenseQuantity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub license_quantity: ::std::option::Option<i32>,
    #[serde(rename = "licenseType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub license_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "term", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub term: ::std::option::Option<EksAnywhereSubscriptionTerm>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoRenew", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_renew: ::std::option::Option<bool>,
    #[serde(rename = "licenseArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub license_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "licenses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub licenses: ::std::option::Option<::std::vec::Vec<License>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `EksAnywhereSubscriptionTerm` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EksAnywhereSubscriptionTerm {
    #[serde(rename = "duration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration: ::std::option::Option<i32>,
    #[serde(rename = "unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The `ElasticLoadBalancing` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ElasticLoadBalancing {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "gatewayApi", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_api: ::std::option::Option<GatewayApiConfiguration>,
}

/// The `EncryptionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EncryptionConfig {
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "provider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<Provider>,
}

/// The `ErrorDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ErrorDetail {
    #[serde(rename = "errorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `EtcdPlacementRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EtcdPlacementRequest {
    #[serde(rename = "spreadLevel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spread_level: ::std::option::Option<::std::string::String>,
}

/// The `EtcdPlacementResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EtcdPlacementResponse {
    #[serde(rename = "spreadLevel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spread_level: ::std::option::Option<::std::string::String>,
}

/// The `FargateProfile` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FargateProfile {
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateProfileArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "podExecutionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "selectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub selectors: ::std::option::Option<::std::vec::Vec<FargateProfileSelector>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "health", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<FargateProfileHealth>,
}

/// The `FargateProfileHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FargateProfileHealth {
    #[serde(rename = "issues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::vec::Vec<FargateProfileIssue>>,
}

/// The `FargateProfileIssue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FargateProfileIssue {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `FargateProfileSelector` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FargateProfileSelector {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "labels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `GatewayApiConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayApiConfiguration {
    #[serde(rename = "crds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub crds: ::std::option::Option<CrdManagementConfiguration>,
}

/// The `HorizontalPodAutoscalerControllerConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HorizontalPodAutoscalerControllerConfigRequest {
    #[serde(rename = "horizontalPodAutoscalerSyncPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<::std::string::String>,
}

/// The `HorizontalPodAutoscalerControllerConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HorizontalPodAutoscalerControllerConfigResponse {
    #[serde(rename = "horizontalPodAutoscalerSyncPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<::std::string::String>,
}

/// The `HorizontalPodAutoscalerControllerVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HorizontalPodAutoscalerControllerVersionConfig {
    #[serde(rename = "horizontalPodAutoscalerSyncPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_sync_period: ::std::option::Option<DurationParameterConfig>,
}

/// The `Identity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Identity {
    #[serde(rename = "oidc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub oidc: ::std::option::Option<OIDC>,
}

/// The `IdentityProviderConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProviderConfig {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `IdentityProviderConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IdentityProviderConfigResponse {
    #[serde(rename = "oidc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub oidc: ::std::option::Option<OidcIdentityProviderConfig>,
}

/// The `Insight` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Insight {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "category", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastRefreshTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_refresh_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastTransitionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_transition_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "insightStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insight_status: ::std::option::Option<InsightStatus>,
    #[serde(rename = "recommendation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub recommendation: ::std::option::Option<::std::string::String>,
    #[serde(rename = "additionalInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_info: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<InsightResourceDetail>>,
    #[serde(rename = "categorySpecificSummary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub category_specific_summary: ::std::option::Option<InsightCategorySpecificSummary>,
}

/// The `InsightCategorySpecificSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightCategorySpecificSummary {
    #[serde(rename = "deprecationDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deprecation_details: ::std::option::Option<::std::vec::Vec<DeprecationDetail>>,
    #[serde(rename = "addonCompatibilityDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_compatibility_details: ::std::option::Option<::std::vec::Vec<AddonCompatibilityDetail>>,
}

/// The `InsightResourceDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightResourceDetail {
    #[serde(rename = "insightStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insight_status: ::std::option::Option<InsightStatus>,
    #[serde(rename = "kubernetesResourceUri", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_resource_uri: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `InsightStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightStatus {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `InsightSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightSummary {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "category", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastRefreshTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_refresh_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastTransitionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_transition_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "insightStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insight_status: ::std::option::Option<InsightStatus>,
}

/// The `InsightsFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsightsFilter {
    #[serde(rename = "categories", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "kubernetesVersions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_versions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "statuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statuses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `IntegerConstraints` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegerConstraints {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `IntegerParameterConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegerParameterConfig {
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<i32>,
    #[serde(rename = "constraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub constraints: ::std::option::Option<IntegerConstraints>,
}

/// The `IntegerRangeConstraint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegerRangeConstraint {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `InvalidParameterException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidRequestException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidRequestException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidStateException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidStateException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Issue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Issue {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `KubeApiServerConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeApiServerConfigRequest {
    #[serde(rename = "eventTtl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_ttl: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceNodePortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_node_port_range: ::std::option::Option<ServiceNodePortRange>,
}

/// The `KubeApiServerConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeApiServerConfigResponse {
    #[serde(rename = "eventTtl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_ttl: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceNodePortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_node_port_range: ::std::option::Option<ServiceNodePortRange>,
}

/// The `KubeApiServerVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeApiServerVersionConfig {
    #[serde(rename = "eventTtl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_ttl: ::std::option::Option<DurationParameterConfig>,
    #[serde(rename = "serviceNodePortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_node_port_range: ::std::option::Option<PortRangeParameterConfig>,
}

/// The `KubeControllerManagerConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeControllerManagerConfigRequest {
    #[serde(rename = "podGcControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_gc_controller_config: ::std::option::Option<PodGcControllerConfigRequest>,
    #[serde(rename = "horizontalPodAutoscalerControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<HorizontalPodAutoscalerControllerConfigRequest>,
}

/// The `KubeControllerManagerConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeControllerManagerConfigResponse {
    #[serde(rename = "podGcControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_gc_controller_config: ::std::option::Option<PodGcControllerConfigResponse>,
    #[serde(rename = "horizontalPodAutoscalerControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<HorizontalPodAutoscalerControllerConfigResponse>,
}

/// The `KubeControllerManagerVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeControllerManagerVersionConfig {
    #[serde(rename = "podGcControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_gc_controller_config: ::std::option::Option<PodGcControllerVersionConfig>,
    #[serde(rename = "horizontalPodAutoscalerControllerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub horizontal_pod_autoscaler_controller_config: ::std::option::Option<HorizontalPodAutoscalerControllerVersionConfig>,
}

/// The `KubeSchedulerConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeSchedulerConfigRequest {
    #[serde(rename = "nodeResourcesFit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_resources_fit: ::std::option::Option<NodeResourcesFitConfig>,
}

/// The `KubeSchedulerConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeSchedulerConfigResponse {
    #[serde(rename = "nodeResourcesFit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_resources_fit: ::std::option::Option<NodeResourcesFitConfig>,
}

/// The `KubeSchedulerVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubeSchedulerVersionConfig {
    #[serde(rename = "nodeResourcesFit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_resources_fit: ::std::option::Option<NodeResourcesFitVersionConfig>,
}

/// The `KubernetesNetworkConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubernetesNetworkConfigRequest {
    #[serde(rename = "serviceIpv4Cidr", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "elasticLoadBalancing", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub elastic_load_balancing: ::std::option::Option<ElasticLoadBalancing>,
}

/// The `KubernetesNetworkConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KubernetesNetworkConfigResponse {
    #[serde(rename = "serviceIpv4Cidr", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_ipv4_cidr: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceIpv6Cidr", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_ipv6_cidr: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "elasticLoadBalancing", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub elastic_load_balancing: ::std::option::Option<ElasticLoadBalancing>,
}

/// The `LaunchTemplateSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LaunchTemplateSpecification {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `License` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct License {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "token", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token: ::std::option::Option<::std::string::String>,
}

/// The `ListAccessEntriesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessEntriesRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associatedPolicyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub associated_policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAccessEntriesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessEntriesResponse {
    #[serde(rename = "accessEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_entries: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAccessPoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessPoliciesRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAccessPoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccessPoliciesResponse {
    #[serde(rename = "accessPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_policies: ::std::option::Option<::std::vec::Vec<AccessPolicy>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAddonsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAddonsRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAddonsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAddonsResponse {
    #[serde(rename = "addons", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addons: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAssociatedAccessPoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAssociatedAccessPoliciesRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAssociatedAccessPoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAssociatedAccessPoliciesResponse {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associatedAccessPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub associated_access_policies: ::std::option::Option<::std::vec::Vec<AssociatedAccessPolicy>>,
}

/// The `ListCapabilitiesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCapabilitiesRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListCapabilitiesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCapabilitiesResponse {
    #[serde(rename = "capabilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<::std::vec::Vec<CapabilitySummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListCertificateAuthoritiesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCertificateAuthoritiesRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListCertificateAuthoritiesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListCertificateAuthoritiesResponse {
    #[serde(rename = "certificateAuthorities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_authorities: ::std::option::Option<::std::vec::Vec<CertificateAuthoritySummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListClustersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ListClustersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersResponse {
    #[serde(rename = "clusters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub clusters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListEksAnywhereSubscriptionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEksAnywhereSubscriptionsRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "includeStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ListEksAnywhereSubscriptionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEksAnywhereSubscriptionsResponse {
    #[serde(rename = "subscriptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscriptions: ::std::option::Option<::std::vec::Vec<EksAnywhereSubscription>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListFargateProfilesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFargateProfilesRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListFargateProfilesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListFargateProfilesResponse {
    #[serde(rename = "fargateProfileNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListIdentityProviderConfigsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIdentityProviderConfigsRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListIdentityProviderConfigsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIdentityProviderConfigsResponse {
    #[serde(rename = "identityProviderConfigs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_configs: ::std::option::Option<::std::vec::Vec<IdentityProviderConfig>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListInsightsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<InsightsFilter>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListInsightsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInsightsResponse {
    #[serde(rename = "insights", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insights: ::std::option::Option<::std::vec::Vec<InsightSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListNodegroupsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListNodegroupsRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListNodegroupsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListNodegroupsResponse {
    #[serde(rename = "nodegroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPodIdentityAssociationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPodIdentityAssociationsRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPodIdentityAssociationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPodIdentityAssociationsResponse {
    #[serde(rename = "associations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub associations: ::std::option::Option<::std::vec::Vec<PodIdentityAssociationSummary>>,
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
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `ListUpdatesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUpdatesRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListUpdatesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListUpdatesResponse {
    #[serde(rename = "updateIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `LogSetup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogSetup {
    #[serde(rename = "types", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The `Logging` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Logging {
    #[serde(rename = "clusterLogging", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_logging: ::std::option::Option<::std::vec::Vec<LogSetup>>,
}

/// The `MarketplaceInformation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MarketplaceInformation {
    #[serde(rename = "productId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_url: ::std::option::Option<::std::string::String>,
}

/// The `NodeRepairConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodeRepairConfig {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "maxUnhealthyNodeThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_unhealthy_node_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "maxUnhealthyNodeThresholdPercentage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_unhealthy_node_threshold_percentage: ::std::option::Option<i32>,
    #[serde(rename = "maxParallelNodesRepairedCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_parallel_nodes_repaired_count: ::std::option::Option<i32>,
    #[serde(rename = "maxParallelNodesRepairedPercentage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_parallel_nodes_repaired_percentage: ::std::option::Option<i32>,
    #[serde(rename = "nodeRepairConfigOverrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_repair_config_overrides: ::std::option::Option<::std::vec::Vec<NodeRepairConfigOverrides>>,
}

/// The `NodeRepairConfigOverrides` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodeRepairConfigOverrides {
    #[serde(rename = "nodeMonitoringCondition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_monitoring_condition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodeUnhealthyReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_unhealthy_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "minRepairWaitTimeMins", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_repair_wait_time_mins: ::std::option::Option<i32>,
    #[serde(rename = "repairAction", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repair_action: ::std::option::Option<::std::string::String>,
}

/// The `NodeResourcesFitConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodeResourcesFitConfig {
    #[serde(rename = "scoringStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scoring_strategy: ::std::option::Option<ScoringStrategy>,
}

/// The `NodeResourcesFitVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodeResourcesFitVersionConfig {
    #[serde(rename = "scoringStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scoring_strategy: ::std::option::Option<ScoringStrategyConfig>,
}

/// The `Nodegroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Nodegroup {
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "releaseVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub release_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_config: ::std::option::Option<NodegroupScalingConfig>,
    #[serde(rename = "instanceTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "remoteAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_access: ::std::option::Option<RemoteAccessConfig>,
    #[serde(rename = "amiType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ami_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodeRole", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_role: ::std::option::Option<::std::string::String>,
    #[serde(rename = "labels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "taints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<NodegroupResources>,
    #[serde(rename = "diskSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disk_size: ::std::option::Option<i32>,
    #[serde(rename = "health", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health: ::std::option::Option<NodegroupHealth>,
    #[serde(rename = "updateConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_config: ::std::option::Option<NodegroupUpdateConfig>,
    #[serde(rename = "nodeRepairConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_repair_config: ::std::option::Option<NodeRepairConfig>,
    #[serde(rename = "launchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_template: ::std::option::Option<LaunchTemplateSpecification>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "warmPoolConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_pool_config: ::std::option::Option<WarmPoolConfig>,
}

/// The `NodegroupHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodegroupHealth {
    #[serde(rename = "issues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issues: ::std::option::Option<::std::vec::Vec<Issue>>,
}

/// The `NodegroupResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodegroupResources {
    #[serde(rename = "autoScalingGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_groups: ::std::option::Option<::std::vec::Vec<AutoScalingGroup>>,
    #[serde(rename = "remoteAccessSecurityGroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_access_security_group: ::std::option::Option<::std::string::String>,
}

/// The `NodegroupScalingConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodegroupScalingConfig {
    #[serde(rename = "minSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_size: ::std::option::Option<i32>,
    #[serde(rename = "maxSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_size: ::std::option::Option<i32>,
    #[serde(rename = "desiredSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_size: ::std::option::Option<i32>,
}

/// The `NodegroupUpdateConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NodegroupUpdateConfig {
    #[serde(rename = "maxUnavailable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_unavailable: ::std::option::Option<i32>,
    #[serde(rename = "maxUnavailablePercentage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_unavailable_percentage: ::std::option::Option<i32>,
    #[serde(rename = "updateStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_strategy: ::std::option::Option<::std::string::String>,
}

/// The `NotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `OIDC` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OIDC {
    #[serde(rename = "issuer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
}

/// The `OidcIdentityProviderConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OidcIdentityProviderConfig {
    #[serde(rename = "identityProviderConfigName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "identityProviderConfigArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "issuerUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "usernameClaim", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username_claim: ::std::option::Option<::std::string::String>,
    #[serde(rename = "usernamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "groupsClaim", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub groups_claim: ::std::option::Option<::std::string::String>,
    #[serde(rename = "groupsPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub groups_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requiredClaims", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_claims: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `OidcIdentityProviderConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OidcIdentityProviderConfigRequest {
    #[serde(rename = "identityProviderConfigName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identity_provider_config_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "issuerUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "usernameClaim", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username_claim: ::std::option::Option<::std::string::String>,
    #[serde(rename = "usernamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "groupsClaim", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub groups_claim: ::std::option::Option<::std::string::String>,
    #[serde(rename = "groupsPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub groups_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requiredClaims", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_claims: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `OutpostConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutpostConfigRequest {
    #[serde(rename = "outpostArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub outpost_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "controlPlaneInstanceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_instance_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "controlPlanePlacement", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_placement: ::std::option::Option<ControlPlanePlacementRequest>,
    #[serde(rename = "etcdInstanceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub etcd_instance_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "etcdPlacement", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub etcd_placement: ::std::option::Option<EtcdPlacementRequest>,
}

/// The `OutpostConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutpostConfigResponse {
    #[serde(rename = "outpostArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub outpost_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "controlPlaneInstanceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_instance_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "controlPlanePlacement", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_placement: ::std::option::Option<ControlPlanePlacementResponse>,
    #[serde(rename = "etcdInstanceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub etcd_instance_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "etcdPlacement", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub etcd_placement: ::std::option::Option<EtcdPlacementResponse>,
}

/// The `PodGcControllerConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PodGcControllerConfigRequest {
    #[serde(rename = "terminatedPodGcThreshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub terminated_pod_gc_threshold: ::std::option::Option<i32>,
}

/// The `PodGcControllerConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PodGcControllerConfigResponse {
    #[serde(rename = "terminatedPodGcThreshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub terminated_pod_gc_threshold: ::std::option::Option<i32>,
}

/// The `PodGcControllerVersionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PodGcControllerVersionConfig {
    #[serde(rename = "terminatedPodGcThreshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub terminated_pod_gc_threshold: ::std::option::Option<IntegerParameterConfig>,
}

/// The `PodIdentityAssociation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PodIdentityAssociation {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "modifiedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub modified_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ownerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "disableSessionTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(rename = "targetRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "externalId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
}

/// The `PodIdentityAssociationSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PodIdentityAssociationSummary {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ownerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_arn: ::std::option::Option<::std::string::String>,
}

/// The `PortRangeConstraints` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PortRangeConstraints {
    #[serde(rename = "minPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_port: ::std::option::Option<IntegerRangeConstraint>,
    #[serde(rename = "maxPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_port: ::std::option::Option<IntegerRangeConstraint>,
}

/// The `PortRangeParameterConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PortRangeParameterConfig {
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<ServiceNodePortRange>,
    #[serde(rename = "constraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub constraints: ::std::option::Option<PortRangeConstraints>,
}

/// The `Provider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Provider {
    #[serde(rename = "keyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key_arn: ::std::option::Option<::std::string::String>,
}

/// The `RegisterClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterClusterRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "connectorConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connector_config: ::std::option::Option<ConnectorConfigRequest>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `RegisterClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `RemoteAccessConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoteAccessConfig {
    #[serde(rename = "ec2SshKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ec2_ssh_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sourceSecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `RemoteNetworkConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoteNetworkConfigRequest {
    #[serde(rename = "remoteNodeNetworks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_node_networks: ::std::option::Option<::std::vec::Vec<RemoteNodeNetwork>>,
    #[serde(rename = "remotePodNetworks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_pod_networks: ::std::option::Option<::std::vec::Vec<RemotePodNetwork>>,
}

/// The `RemoteNetworkConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoteNetworkConfigResponse {
    #[serde(rename = "remoteNodeNetworks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_node_networks: ::std::option::Option<::std::vec::Vec<RemoteNodeNetwork>>,
    #[serde(rename = "remotePodNetworks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_pod_networks: ::std::option::Option<::std::vec::Vec<RemotePodNetwork>>,
}

/// The `RemoteNodeNetwork` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoteNodeNetwork {
    #[serde(rename = "cidrs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `RemotePodNetwork` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemotePodNetwork {
    #[serde(rename = "cidrs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ResourceConstraints` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceConstraints {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<AllowedValuesConstraint>,
    #[serde(rename = "weight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub weight: ::std::option::Option<IntegerRangeConstraint>,
}

/// The `ResourceInUseException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceInUseException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceLimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceLimitExceededException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateProfileName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_profile_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourcePropagationDelayException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourcePropagationDelayException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceWeight` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceWeight {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "weight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub weight: ::std::option::Option<i32>,
}

/// The `RollbackConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RollbackConfig {
    #[serde(rename = "timeoutMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_minutes: ::std::option::Option<i32>,
}

/// The `ScoringStrategy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScoringStrategy {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<ResourceWeight>>,
}

/// The `ScoringStrategyConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScoringStrategyConfig {
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<ScoringStrategy>,
    #[serde(rename = "constraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub constraints: ::std::option::Option<ScoringStrategyConstraints>,
}

/// The `ScoringStrategyConstraints` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScoringStrategyConstraints {
    #[serde(rename = "scoringStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scoring_strategy: ::std::option::Option<AllowedValuesConstraint>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<ResourceConstraints>,
}

/// The `ServerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subscriptionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceNodePortRange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNodePortRange {
    #[serde(rename = "minPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_port: ::std::option::Option<i32>,
    #[serde(rename = "maxPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_port: ::std::option::Option<i32>,
}

/// The `ServiceUnavailableException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceUnavailableException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SsoIdentity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SsoIdentity {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `StartInsightsRefreshRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartInsightsRefreshRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
}

/// The `StartInsightsRefreshResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartInsightsRefreshResponse {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `StorageConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StorageConfigRequest {
    #[serde(rename = "blockStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_storage: ::std::option::Option<BlockStorage>,
}

/// The `StorageConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StorageConfigResponse {
    #[serde(rename = "blockStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_storage: ::std::option::Option<BlockStorage>,
}

/// The `TagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `TagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceResponse {
}

/// The `Taint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Taint {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "effect", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effect: ::std::option::Option<::std::string::String>,
}

/// The `ThrottlingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThrottlingException {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UnsupportedAvailabilityZoneException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedAvailabilityZoneException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "validZones", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub valid_zones: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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

/// The `Update` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Update {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "params", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub params: ::std::option::Option<::std::vec::Vec<UpdateParam>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "errors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub errors: ::std::option::Option<::std::vec::Vec<ErrorDetail>>,
    #[serde(rename = "cancellation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cancellation: ::std::option::Option<Cancellation>,
}

/// The `UpdateAccessConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAccessConfigRequest {
    #[serde(rename = "authenticationMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_mode: ::std::option::Option<::std::string::String>,
}

/// The `UpdateAccessEntryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAccessEntryRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kubernetesGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}

/// The `UpdateAccessEntryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAccessEntryResponse {
    #[serde(rename = "accessEntry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_entry: ::std::option::Option<AccessEntry>,
}

/// The `UpdateAckConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAckConfig {
    #[serde(rename = "enableCrossNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_cross_namespace: ::std::option::Option<bool>,
    #[serde(rename = "disabledServices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disabled_services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UpdateAddonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAddonRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "addonVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addon_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceAccountRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_account_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resolveConflicts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resolve_conflicts: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configurationValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration_values: ::std::option::Option<::std::string::String>,
    #[serde(rename = "podIdentityAssociations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pod_identity_associations: ::std::option::Option<::std::vec::Vec<AddonPodIdentityAssociations>>,
}

/// The `UpdateAddonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAddonResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateArgoCdConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateArgoCdConfig {
    #[serde(rename = "rbacRoleMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rbac_role_mappings: ::std::option::Option<UpdateRoleMappings>,
    #[serde(rename = "networkAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_access: ::std::option::Option<ArgoCdNetworkAccessConfigRequest>,
}

/// The `UpdateCapabilityConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapabilityConfiguration {
    #[serde(rename = "argoCd", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub argo_cd: ::std::option::Option<UpdateArgoCdConfig>,
    #[serde(rename = "ack", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ack: ::std::option::Option<UpdateAckConfig>,
}

/// The `UpdateCapabilityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapabilityRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capabilityName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capability_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<UpdateCapabilityConfiguration>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletePropagationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_propagation_policy: ::std::option::Option<::std::string::String>,
}

/// The `UpdateCapabilityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapabilityResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateClusterConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterConfigRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourcesVpcConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources_vpc_config: ::std::option::Option<VpcConfigRequest>,
    #[serde(rename = "logging", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logging: ::std::option::Option<Logging>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_config: ::std::option::Option<UpdateAccessConfigRequest>,
    #[serde(rename = "upgradePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upgrade_policy: ::std::option::Option<UpgradePolicyRequest>,
    #[serde(rename = "zonalShiftConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub zonal_shift_config: ::std::option::Option<ZonalShiftConfigRequest>,
    #[serde(rename = "computeConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compute_config: ::std::option::Option<ComputeConfigRequest>,
    #[serde(rename = "kubernetesNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kubernetes_network_config: ::std::option::Option<KubernetesNetworkConfigRequest>,
    #[serde(rename = "storageConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_config: ::std::option::Option<StorageConfigRequest>,
    #[serde(rename = "remoteNetworkConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remote_network_config: ::std::option::Option<RemoteNetworkConfigRequest>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "controlPlaneScalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_scaling_config: ::std::option::Option<ControlPlaneScalingConfig>,
    #[serde(rename = "kubeApiServerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_api_server_config: ::std::option::Option<KubeApiServerConfigRequest>,
    #[serde(rename = "kubeSchedulerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_scheduler_config: ::std::option::Option<KubeSchedulerConfigRequest>,
    #[serde(rename = "kubeControllerManagerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kube_controller_manager_config: ::std::option::Option<KubeControllerManagerConfigRequest>,
}

/// The `UpdateClusterConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterConfigResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateClusterVersionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterVersionRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
    #[serde(rename = "rollbackConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback_config: ::std::option::Option<RollbackConfig>,
}

/// The `UpdateClusterVersionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterVersionResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateEksAnywhereSubscriptionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEksAnywhereSubscriptionRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoRenew", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_renew: ::std::option::Option<bool>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `UpdateEksAnywhereSubscriptionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEksAnywhereSubscriptionResponse {
    #[serde(rename = "subscription", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription: ::std::option::Option<EksAnywhereSubscription>,
}

/// The `UpdateLabelsPayload` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLabelsPayload {
    #[serde(rename = "addOrUpdateLabels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub add_or_update_labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "removeLabels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remove_labels: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UpdateNodegroupConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateNodegroupConfigRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "labels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<UpdateLabelsPayload>,
    #[serde(rename = "taints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub taints: ::std::option::Option<UpdateTaintsPayload>,
    #[serde(rename = "scalingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_config: ::std::option::Option<NodegroupScalingConfig>,
    #[serde(rename = "updateConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_config: ::std::option::Option<NodegroupUpdateConfig>,
    #[serde(rename = "nodeRepairConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub node_repair_config: ::std::option::Option<NodeRepairConfig>,
    #[serde(rename = "warmPoolConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub warm_pool_config: ::std::option::Option<WarmPoolConfig>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `UpdateNodegroupConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateNodegroupConfigResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateNodegroupVersionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateNodegroupVersionRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nodegroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nodegroup_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "releaseVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub release_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_template: ::std::option::Option<LaunchTemplateSpecification>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
}

/// The `UpdateNodegroupVersionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateNodegroupVersionResponse {
    #[serde(rename = "update", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update: ::std::option::Option<Update>,
}

/// The `UpdateParam` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateParam {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePodIdentityAssociationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePodIdentityAssociationRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "associationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientRequestToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_request_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "disableSessionTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_session_tags: ::std::option::Option<bool>,
    #[serde(rename = "targetRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePodIdentityAssociationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePodIdentityAssociationResponse {
    #[serde(rename = "association", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub association: ::std::option::Option<PodIdentityAssociation>,
}

/// The `UpdateRoleMappings` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateRoleMappings {
    #[serde(rename = "addOrUpdateRoleMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub add_or_update_role_mappings: ::std::option::Option<::std::vec::Vec<ArgoCdRoleMapping>>,
    #[serde(rename = "removeRoleMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remove_role_mappings: ::std::option::Option<::std::vec::Vec<ArgoCdRoleMapping>>,
}

/// The `UpdateTaintsPayload` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaintsPayload {
    #[serde(rename = "addOrUpdateTaints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub add_or_update_taints: ::std::option::Option<::std::vec::Vec<Taint>>,
    #[serde(rename = "removeTaints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remove_taints: ::std::option::Option<::std::vec::Vec<Taint>>,
}

/// The `UpgradePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpgradePolicyRequest {
    #[serde(rename = "supportType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub support_type: ::std::option::Option<::std::string::String>,
}

/// The `UpgradePolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpgradePolicyResponse {
    #[serde(rename = "supportType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub support_type: ::std::option::Option<::std::string::String>,
}

/// The `VpcConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcConfigRequest {
    #[serde(rename = "subnetIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "securityGroupIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "endpointPublicAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_public_access: ::std::option::Option<bool>,
    #[serde(rename = "endpointPrivateAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_private_access: ::std::option::Option<bool>,
    #[serde(rename = "publicAccessCidrs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_access_cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "controlPlaneEgressMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_egress_mode: ::std::option::Option<::std::string::String>,
}

/// The `VpcConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcConfigResponse {
    #[serde(rename = "subnetIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "securityGroupIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "clusterSecurityGroupId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_security_group_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vpcId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "endpointPublicAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_public_access: ::std::option::Option<bool>,
    #[serde(rename = "endpointPrivateAccess", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_private_access: ::std::option::Option<bool>,
    #[serde(rename = "publicAccessCidrs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_access_cidrs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "controlPlaneEgressMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub control_plane_egress_mode: ::std::option::Option<::std::string::String>,
}

/// The `WarmPoolConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct WarmPoolConfig {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "minSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_size: ::std::option::Option<i32>,
    #[serde(rename = "maxGroupPreparedCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_group_prepared_capacity: ::std::option::Option<i32>,
    #[serde(rename = "poolState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pool_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reuseOnScaleIn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reuse_on_scale_in: ::std::option::Option<bool>,
}

/// The `ZonalShiftConfigRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ZonalShiftConfigRequest {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The `ZonalShiftConfigResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ZonalShiftConfigResponse {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    AccessDeniedException,
    BadRequestException,
    ClientException,
    InvalidParameterException,
    InvalidRequestException,
    InvalidStateException,
    NotFoundException,
    ResourceInUseException,
    ResourceLimitExceededException,
    ResourceNotFoundException,
    ResourcePropagationDelayException,
    ServerException,
    ServiceUnavailableException,
    ThrottlingException,
    UnsupportedAvailabilityZoneException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::AccessDeniedException => "AccessDeniedException",
            ErrorCode::BadRequestException => "BadRequestException",
            ErrorCode::ClientException => "ClientException",
            ErrorCode::InvalidParameterException => "InvalidParameterException",
            ErrorCode::InvalidRequestException => "InvalidRequestException",
            ErrorCode::InvalidStateException => "InvalidStateException",
            ErrorCode::NotFoundException => "NotFoundException",
            ErrorCode::ResourceInUseException => "ResourceInUseException",
            ErrorCode::ResourceLimitExceededException => "ResourceLimitExceededException",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::ResourcePropagationDelayException => "ResourcePropagationDelayException",
            ErrorCode::ServerException => "ServerException",
            ErrorCode::ServiceUnavailableException => "ServiceUnavailableException",
            ErrorCode::ThrottlingException => "ThrottlingException",
            ErrorCode::UnsupportedAvailabilityZoneException => "UnsupportedAvailabilityZoneException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::AccessDeniedException => 403,
            ErrorCode::BadRequestException => 400,
            ErrorCode::ClientException => 400,
            ErrorCode::InvalidParameterException => 400,
            ErrorCode::InvalidRequestException => 400,
            ErrorCode::InvalidStateException => 400,
            ErrorCode::NotFoundException => 404,
            ErrorCode::ResourceInUseException => 409,
            ErrorCode::ResourceLimitExceededException => 400,
            ErrorCode::ResourceNotFoundException => 404,
            ErrorCode::ResourcePropagationDelayException => 428,
            ErrorCode::ServerException => 500,
            ErrorCode::ServiceUnavailableException => 503,
            ErrorCode::ThrottlingException => 429,
            ErrorCode::UnsupportedAvailabilityZoneException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the eks model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn activate_certificate_authority(&self, ctx: &Context, input: ActivateCertificateAuthorityRequest) -> impl ::std::future::Future<Output = AwsResult<ActivateCertificateAuthorityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ActivateCertificateAuthority")) }
    }
    fn associate_access_policy(&self, ctx: &Context, input: AssociateAccessPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<AssociateAccessPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateAccessPolicy")) }
    }
    fn associate_encryption_config(&self, ctx: &Context, input: AssociateEncryptionConfigRequest) -> impl ::std::future::Future<Output = AwsResult<AssociateEncryptionConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateEncryptionConfig")) }
    }
    fn associate_identity_provider_config(&self, ctx: &Context, input: AssociateIdentityProviderConfigRequest) -> impl ::std::future::Future<Output = AwsResult<AssociateIdentityProviderConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateIdentityProviderConfig")) }
    }
    fn cancel_update(&self, ctx: &Context, input: CancelUpdateRequest) -> impl ::std::future::Future<Output = AwsResult<CancelUpdateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CancelUpdate")) }
    }
    fn create_access_entry(&self, ctx: &Context, input: CreateAccessEntryRequest) -> impl ::std::future::Future<Output = AwsResult<CreateAccessEntryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateAccessEntry")) }
    }
    fn create_addon(&self, ctx: &Context, input: CreateAddonRequest) -> impl ::std::future::Future<Output = AwsResult<CreateAddonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateAddon")) }
    }
    fn create_capability(&self, ctx: &Context, input: CreateCapabilityRequest) -> impl ::std::future::Future<Output = AwsResult<CreateCapabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateCapability")) }
    }
    fn create_certificate_authority(&self, ctx: &Context, input: CreateCertificateAuthorityRequest) -> impl ::std::future::Future<Output = AwsResult<CreateCertificateAuthorityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateCertificateAuthority")) }
    }
    fn create_cluster(&self, ctx: &Context, input: CreateClusterRequest) -> impl ::std::future::Future<Output = AwsResult<CreateClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateCluster")) }
    }
    fn create_eks_anywhere_subscription(&self, ctx: &Context, input: CreateEksAnywhereSubscriptionRequest) -> impl ::std::future::Future<Output = AwsResult<CreateEksAnywhereSubscriptionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateEksAnywhereSubscription")) }
    }
    fn create_fargate_profile(&self, ctx: &Context, input: CreateFargateProfileRequest) -> impl ::std::future::Future<Output = AwsResult<CreateFargateProfileResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateFargateProfile")) }
    }
    fn create_nodegroup(&self, ctx: &Context, input: CreateNodegroupRequest) -> impl ::std::future::Future<Output = AwsResult<CreateNodegroupResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateNodegroup")) }
    }
    fn create_pod_identity_association(&self, ctx: &Context, input: CreatePodIdentityAssociationRequest) -> impl ::std::future::Future<Output = AwsResult<CreatePodIdentityAssociationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreatePodIdentityAssociation")) }
    }
    fn delete_access_entry(&self, ctx: &Context, input: DeleteAccessEntryRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteAccessEntryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteAccessEntry")) }
    }
    fn delete_addon(&self, ctx: &Context, input: DeleteAddonRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteAddonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteAddon")) }
    }
    fn delete_capability(&self, ctx: &Context, input: DeleteCapabilityRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteCapabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteCapability")) }
    }
    fn delete_certificate_authority(&self, ctx: &Context, input: DeleteCertificateAuthorityRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteCertificateAuthorityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteCertificateAuthority")) }
    }
    fn delete_cluster(&self, ctx: &Context, input: DeleteClusterRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteCluster")) }
    }
    fn delete_eks_anywhere_subscription(&self, ctx: &Context, input: DeleteEksAnywhereSubscriptionRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteEksAnywhereSubscriptionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteEksAnywhereSubscription")) }
    }
    fn delete_fargate_profile(&self, ctx: &Context, input: DeleteFargateProfileRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteFargateProfileResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteFargateProfile")) }
    }
    fn delete_nodegroup(&self, ctx: &Context, input: DeleteNodegroupRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteNodegroupResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteNodegroup")) }
    }
    fn delete_pod_identity_association(&self, ctx: &Context, input: DeletePodIdentityAssociationRequest) -> impl ::std::future::Future<Output = AwsResult<DeletePodIdentityAssociationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeletePodIdentityAssociation")) }
    }
    fn deregister_cluster(&self, ctx: &Context, input: DeregisterClusterRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterCluster")) }
    }
    fn describe_access_entry(&self, ctx: &Context, input: DescribeAccessEntryRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeAccessEntryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAccessEntry")) }
    }
    fn describe_addon(&self, ctx: &Context, input: DescribeAddonRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeAddonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAddon")) }
    }
    fn describe_addon_configuration(&self, ctx: &Context, input: DescribeAddonConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeAddonConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAddonConfiguration")) }
    }
    fn describe_addon_versions(&self, ctx: &Context, input: DescribeAddonVersionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeAddonVersionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAddonVersions")) }
    }
    fn describe_capability(&self, ctx: &Context, input: DescribeCapabilityRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeCapabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeCapability")) }
    }
    fn describe_certificate_authority(&self, ctx: &Context, input: DescribeCertificateAuthorityRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeCertificateAuthorityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeCertificateAuthority")) }
    }
    fn describe_cluster(&self, ctx: &Context, input: DescribeClusterRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeCluster")) }
    }
    fn describe_cluster_versions(&self, ctx: &Context, input: DescribeClusterVersionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeClusterVersionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeClusterVersions")) }
    }
    fn describe_eks_anywhere_subscription(&self, ctx: &Context, input: DescribeEksAnywhereSubscriptionRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeEksAnywhereSubscriptionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeEksAnywhereSubscription")) }
    }
    fn describe_fargate_profile(&self, ctx: &Context, input: DescribeFargateProfileRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeFargateProfileResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeFargateProfile")) }
    }
    fn describe_identity_provider_config(&self, ctx: &Context, input: DescribeIdentityProviderConfigRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeIdentityProviderConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeIdentityProviderConfig")) }
    }
    fn describe_insight(&self, ctx: &Context, input: DescribeInsightRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeInsightResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeInsight")) }
    }
    fn describe_insights_refresh(&self, ctx: &Context, input: DescribeInsightsRefreshRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeInsightsRefreshResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeInsightsRefresh")) }
    }
    fn describe_nodegroup(&self, ctx: &Context, input: DescribeNodegroupRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeNodegroupResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeNodegroup")) }
    }
    fn describe_pod_identity_association(&self, ctx: &Context, input: DescribePodIdentityAssociationRequest) -> impl ::std::future::Future<Output = AwsResult<DescribePodIdentityAssociationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribePodIdentityAssociation")) }
    }
    fn describe_update(&self, ctx: &Context, input: DescribeUpdateRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeUpdateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeUpdate")) }
    }
    fn disassociate_access_policy(&self, ctx: &Context, input: DisassociateAccessPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DisassociateAccessPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisassociateAccessPolicy")) }
    }
    fn disassociate_identity_provider_config(&self, ctx: &Context, input: DisassociateIdentityProviderConfigRequest) -> impl ::std::future::Future<Output = AwsResult<DisassociateIdentityProviderConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisassociateIdentityProviderConfig")) }
    }
    fn list_access_entries(&self, ctx: &Context, input: ListAccessEntriesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAccessEntriesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAccessEntries")) }
    }
    fn list_access_policies(&self, ctx: &Context, input: ListAccessPoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAccessPoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAccessPolicies")) }
    }
    fn list_addons(&self, ctx: &Context, input: ListAddonsRequest) -> impl ::std::future::Future<Output = AwsResult<ListAddonsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAddons")) }
    }
    fn list_associated_access_policies(&self, ctx: &Context, input: ListAssociatedAccessPoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAssociatedAccessPoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAssociatedAccessPolicies")) }
    }
    fn list_capabilities(&self, ctx: &Context, input: ListCapabilitiesRequest) -> impl ::std::future::Future<Output = AwsResult<ListCapabilitiesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListCapabilities")) }
    }
    fn list_certificate_authorities(&self, ctx: &Context, input: ListCertificateAuthoritiesRequest) -> impl ::std::future::Future<Output = AwsResult<ListCertificateAuthoritiesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListCertificateAuthorities")) }
    }
    fn list_clusters(&self, ctx: &Context, input: ListClustersRequest) -> impl ::std::future::Future<Output = AwsResult<ListClustersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListClusters")) }
    }
    fn list_eks_anywhere_subscriptions(&self, ctx: &Context, input: ListEksAnywhereSubscriptionsRequest) -> impl ::std::future::Future<Output = AwsResult<ListEksAnywhereSubscriptionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListEksAnywhereSubscriptions")) }
    }
    fn list_fargate_profiles(&self, ctx: &Context, input: ListFargateProfilesRequest) -> impl ::std::future::Future<Output = AwsResult<ListFargateProfilesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListFargateProfiles")) }
    }
    fn list_identity_provider_configs(&self, ctx: &Context, input: ListIdentityProviderConfigsRequest) -> impl ::std::future::Future<Output = AwsResult<ListIdentityProviderConfigsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListIdentityProviderConfigs")) }
    }
    fn list_insights(&self, ctx: &Context, input: ListInsightsRequest) -> impl ::std::future::Future<Output = AwsResult<ListInsightsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListInsights")) }
    }
    fn list_nodegroups(&self, ctx: &Context, input: ListNodegroupsRequest) -> impl ::std::future::Future<Output = AwsResult<ListNodegroupsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListNodegroups")) }
    }
    fn list_pod_identity_associations(&self, ctx: &Context, input: ListPodIdentityAssociationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListPodIdentityAssociationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListPodIdentityAssociations")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn list_updates(&self, ctx: &Context, input: ListUpdatesRequest) -> impl ::std::future::Future<Output = AwsResult<ListUpdatesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListUpdates")) }
    }
    fn register_cluster(&self, ctx: &Context, input: RegisterClusterRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterCluster")) }
    }
    fn start_insights_refresh(&self, ctx: &Context, input: StartInsightsRefreshRequest) -> impl ::std::future::Future<Output = AwsResult<StartInsightsRefreshResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartInsightsRefresh")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_access_entry(&self, ctx: &Context, input: UpdateAccessEntryRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateAccessEntryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateAccessEntry")) }
    }
    fn update_addon(&self, ctx: &Context, input: UpdateAddonRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateAddonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateAddon")) }
    }
    fn update_capability(&self, ctx: &Context, input: UpdateCapabilityRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateCapabilityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateCapability")) }
    }
    fn update_cluster_config(&self, ctx: &Context, input: UpdateClusterConfigRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateClusterConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateClusterConfig")) }
    }
    fn update_cluster_version(&self, ctx: &Context, input: UpdateClusterVersionRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateClusterVersionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateClusterVersion")) }
    }
    fn update_eks_anywhere_subscription(&self, ctx: &Context, input: UpdateEksAnywhereSubscriptionRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateEksAnywhereSubscriptionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateEksAnywhereSubscription")) }
    }
    fn update_nodegroup_config(&self, ctx: &Context, input: UpdateNodegroupConfigRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateNodegroupConfigResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateNodegroupConfig")) }
    }
    fn update_nodegroup_version(&self, ctx: &Context, input: UpdateNodegroupVersionRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateNodegroupVersionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateNodegroupVersion")) }
    }
    fn update_pod_identity_association(&self, ctx: &Context, input: UpdatePodIdentityAssociationRequest) -> impl ::std::future::Future<Output = AwsResult<UpdatePodIdentityAssociationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdatePodIdentityAssociation")) }
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
        "ActivateCertificateAuthority" => crate::types::encode(&svc.activate_certificate_authority(ctx, crate::types::decode(input)?).await?, form),
        "AssociateAccessPolicy" => crate::types::encode(&svc.associate_access_policy(ctx, crate::types::decode(input)?).await?, form),
        "AssociateEncryptionConfig" => crate::types::encode(&svc.associate_encryption_config(ctx, crate::types::decode(input)?).await?, form),
        "AssociateIdentityProviderConfig" => crate::types::encode(&svc.associate_identity_provider_config(ctx, crate::types::decode(input)?).await?, form),
        "CancelUpdate" => crate::types::encode(&svc.cancel_update(ctx, crate::types::decode(input)?).await?, form),
        "CreateAccessEntry" => crate::types::encode(&svc.create_access_entry(ctx, crate::types::decode(input)?).await?, form),
        "CreateAddon" => crate::types::encode(&svc.create_addon(ctx, crate::types::decode(input)?).await?, form),
        "CreateCapability" => crate::types::encode(&svc.create_capability(ctx, crate::types::decode(input)?).await?, form),
        "CreateCertificateAuthority" => crate::types::encode(&svc.create_certificate_authority(ctx, crate::types::decode(input)?).await?, form),
        "CreateCluster" => crate::types::encode(&svc.create_cluster(ctx, crate::types::decode(input)?).await?, form),
        "CreateEksAnywhereSubscription" => crate::types::encode(&svc.create_eks_anywhere_subscription(ctx, crate::types::decode(input)?).await?, form),
        "CreateFargateProfile" => crate::types::encode(&svc.create_fargate_profile(ctx, crate::types::decode(input)?).await?, form),
        "CreateNodegroup" => crate::types::encode(&svc.create_nodegroup(ctx, crate::types::decode(input)?).await?, form),
        "CreatePodIdentityAssociation" => crate::types::encode(&svc.create_pod_identity_association(ctx, crate::types::decode(input)?).await?, form),
        "DeleteAccessEntry" => crate::types::encode(&svc.delete_access_entry(ctx, crate::types::decode(input)?).await?, form),
        "DeleteAddon" => crate::types::encode(&svc.delete_addon(ctx, crate::types::decode(input)?).await?, form),
        "DeleteCapability" => crate::types::encode(&svc.delete_capability(ctx, crate::types::decode(input)?).await?, form),
        "DeleteCertificateAuthority" => crate::types::encode(&svc.delete_certificate_authority(ctx, crate::types::decode(input)?).await?, form),
        "DeleteCluster" => crate::types::encode(&svc.delete_cluster(ctx, crate::types::decode(input)?).await?, form),
        "DeleteEksAnywhereSubscription" => crate::types::encode(&svc.delete_eks_anywhere_subscription(ctx, crate::types::decode(input)?).await?, form),
        "DeleteFargateProfile" => crate::types::encode(&svc.delete_fargate_profile(ctx, crate::types::decode(input)?).await?, form),
        "DeleteNodegroup" => crate::types::encode(&svc.delete_nodegroup(ctx, crate::types::decode(input)?).await?, form),
        "DeletePodIdentityAssociation" => crate::types::encode(&svc.delete_pod_identity_association(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterCluster" => crate::types::encode(&svc.deregister_cluster(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAccessEntry" => crate::types::encode(&svc.describe_access_entry(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAddon" => crate::types::encode(&svc.describe_addon(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAddonConfiguration" => crate::types::encode(&svc.describe_addon_configuration(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAddonVersions" => crate::types::encode(&svc.describe_addon_versions(ctx, crate::types::decode(input)?).await?, form),
        "DescribeCapability" => crate::types::encode(&svc.describe_capability(ctx, crate::types::decode(input)?).await?, form),
        "DescribeCertificateAuthority" => crate::types::encode(&svc.describe_certificate_authority(ctx, crate::types::decode(input)?).await?, form),
        "DescribeCluster" => crate::types::encode(&svc.describe_cluster(ctx, crate::types::decode(input)?).await?, form),
        "DescribeClusterVersions" => crate::types::encode(&svc.describe_cluster_versions(ctx, crate::types::decode(input)?).await?, form),
        "DescribeEksAnywhereSubscription" => crate::types::encode(&svc.describe_eks_anywhere_subscription(ctx, crate::types::decode(input)?).await?, form),
        "DescribeFargateProfile" => crate::types::encode(&svc.describe_fargate_profile(ctx, crate::types::decode(input)?).await?, form),
        "DescribeIdentityProviderConfig" => crate::types::encode(&svc.describe_identity_provider_config(ctx, crate::types::decode(input)?).await?, form),
        "DescribeInsight" => crate::types::encode(&svc.describe_insight(ctx, crate::types::decode(input)?).await?, form),
        "DescribeInsightsRefresh" => crate::types::encode(&svc.describe_insights_refresh(ctx, crate::types::decode(input)?).await?, form),
        "DescribeNodegroup" => crate::types::encode(&svc.describe_nodegroup(ctx, crate::types::decode(input)?).await?, form),
        "DescribePodIdentityAssociation" => crate::types::encode(&svc.describe_pod_identity_association(ctx, crate::types::decode(input)?).await?, form),
        "DescribeUpdate" => crate::types::encode(&svc.describe_update(ctx, crate::types::decode(input)?).await?, form),
        "DisassociateAccessPolicy" => crate::types::encode(&svc.disassociate_access_policy(ctx, crate::types::decode(input)?).await?, form),
        "DisassociateIdentityProviderConfig" => crate::types::encode(&svc.disassociate_identity_provider_config(ctx, crate::types::decode(input)?).await?, form),
        "ListAccessEntries" => crate::types::encode(&svc.list_access_entries(ctx, crate::types::decode(input)?).await?, form),
        "ListAccessPolicies" => crate::types::encode(&svc.list_access_policies(ctx, crate::types::decode(input)?).await?, form),
        "ListAddons" => crate::types::encode(&svc.list_addons(ctx, crate::types::decode(input)?).await?, form),
        "ListAssociatedAccessPolicies" => crate::types::encode(&svc.list_associated_access_policies(ctx, crate::types::decode(input)?).await?, form),
        "ListCapabilities" => crate::types::encode(&svc.list_capabilities(ctx, crate::types::decode(input)?).await?, form),
        "ListCertificateAuthorities" => crate::types::encode(&svc.list_certificate_authorities(ctx, crate::types::decode(input)?).await?, form),
        "ListClusters" => crate::types::encode(&svc.list_clusters(ctx, crate::types::decode(input)?).await?, form),
        "ListEksAnywhereSubscriptions" => crate::types::encode(&svc.list_eks_anywhere_subscriptions(ctx, crate::types::decode(input)?).await?, form),
        "ListFargateProfiles" => crate::types::encode(&svc.list_fargate_profiles(ctx, crate::types::decode(input)?).await?, form),
        "ListIdentityProviderConfigs" => crate::types::encode(&svc.list_identity_provider_configs(ctx, crate::types::decode(input)?).await?, form),
        "ListInsights" => crate::types::encode(&svc.list_insights(ctx, crate::types::decode(input)?).await?, form),
        "ListNodegroups" => crate::types::encode(&svc.list_nodegroups(ctx, crate::types::decode(input)?).await?, form),
        "ListPodIdentityAssociations" => crate::types::encode(&svc.list_pod_identity_associations(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "ListUpdates" => crate::types::encode(&svc.list_updates(ctx, crate::types::decode(input)?).await?, form),
        "RegisterCluster" => crate::types::encode(&svc.register_cluster(ctx, crate::types::decode(input)?).await?, form),
        "StartInsightsRefresh" => crate::types::encode(&svc.start_insights_refresh(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateAccessEntry" => crate::types::encode(&svc.update_access_entry(ctx, crate::types::decode(input)?).await?, form),
        "UpdateAddon" => crate::types::encode(&svc.update_addon(ctx, crate::types::decode(input)?).await?, form),
        "UpdateCapability" => crate::types::encode(&svc.update_capability(ctx, crate::types::decode(input)?).await?, form),
        "UpdateClusterConfig" => crate::types::encode(&svc.update_cluster_config(ctx, crate::types::decode(input)?).await?, form),
        "UpdateClusterVersion" => crate::types::encode(&svc.update_cluster_version(ctx, crate::types::decode(input)?).await?, form),
        "UpdateEksAnywhereSubscription" => crate::types::encode(&svc.update_eks_anywhere_subscription(ctx, crate::types::decode(input)?).await?, form),
        "UpdateNodegroupConfig" => crate::types::encode(&svc.update_nodegroup_config(ctx, crate::types::decode(input)?).await?, form),
        "UpdateNodegroupVersion" => crate::types::encode(&svc.update_nodegroup_version(ctx, crate::types::decode(input)?).await?, form),
        "UpdatePodIdentityAssociation" => crate::types::encode(&svc.update_pod_identity_association(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
