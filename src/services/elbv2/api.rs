//! Generated from fixtures/models/elbv2.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "elbv2",
    service_id: "Elastic Load Balancing v2",
    signing_name: "elasticloadbalancing",
    endpoint_prefix: "elasticloadbalancing",
    target_prefix: None,
    api_version: "2015-12-01",
    protocols: &[Protocol::Query],
    model_json: include_str!("../../../fixtures/models/elbv2.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "AddListenerCertificates",
    "AddTags",
    "AddTrustStoreRevocations",
    "CreateListener",
    "CreateLoadBalancer",
    "CreateRule",
    "CreateTargetGroup",
    "CreateTrustStore",
    "DeleteListener",
    "DeleteLoadBalancer",
    "DeleteRule",
    "DeleteSharedTrustStoreAssociation",
    "DeleteTargetGroup",
    "DeleteTrustStore",
    "DeregisterTargets",
    "DescribeAccountLimits",
    "DescribeCapacityReservation",
    "DescribeListenerAttributes",
    "DescribeListenerCertificates",
    "DescribeListeners",
    "DescribeLoadBalancerAttributes",
    "DescribeLoadBalancers",
    "DescribeRules",
    "DescribeSSLPolicies",
    "DescribeTags",
    "DescribeTargetGroupAttributes",
    "DescribeTargetGroups",
    "DescribeTargetHealth",
    "DescribeTrustStoreAssociations",
    "DescribeTrustStoreRevocations",
    "DescribeTrustStores",
    "GetResourcePolicy",
    "GetTrustStoreCaCertificatesBundle",
    "GetTrustStoreRevocationContent",
    "ModifyCapacityReservation",
    "ModifyIpPools",
    "ModifyListener",
    "ModifyListenerAttributes",
    "ModifyLoadBalancerAttributes",
    "ModifyRule",
    "ModifyTargetGroup",
    "ModifyTargetGroupAttributes",
    "ModifyTrustStore",
    "RegisterTargets",
    "RemoveListenerCertificates",
    "RemoveTags",
    "RemoveTrustStoreRevocations",
    "SetIpAddressType",
    "SetRulePriorities",
    "SetSecurityGroups",
    "SetSubnets",
];

/// The `ALPNPolicyNotSupportedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ALPNPolicyNotSupportedException {
}

/// The `Action` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Action {
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthenticateOidcConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authenticate_oidc_config: ::std::option::Option<AuthenticateOidcActionConfig>,
    #[serde(rename = "AuthenticateCognitoConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authenticate_cognito_config: ::std::option::Option<AuthenticateCognitoActionConfig>,
    #[serde(rename = "Order", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<i32>,
    #[serde(rename = "RedirectConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub redirect_config: ::std::option::Option<RedirectActionConfig>,
    #[serde(rename = "FixedResponseConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fixed_response_config: ::std::option::Option<FixedResponseActionConfig>,
    #[serde(rename = "ForwardConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub forward_config: ::std::option::Option<ForwardActionConfig>,
    #[serde(rename = "JwtValidationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub jwt_validation_config: ::std::option::Option<JwtValidationActionConfig>,
}

/// The `AddListenerCertificatesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddListenerCertificatesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
}

/// The `AddListenerCertificatesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddListenerCertificatesOutput {
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
}

/// The `AddTagsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTagsInput {
    #[serde(rename = "ResourceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `AddTagsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTagsOutput {
}

/// The `AddTrustStoreRevocationsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTrustStoreRevocationsInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationContents", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_contents: ::std::option::Option<::std::vec::Vec<RevocationContent>>,
}

/// The `AddTrustStoreRevocationsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddTrustStoreRevocationsOutput {
    #[serde(rename = "TrustStoreRevocations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_revocations: ::std::option::Option<::std::vec::Vec<TrustStoreRevocation>>,
}

/// The `AdministrativeOverride` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdministrativeOverride {
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}

/// The `AllocationIdNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AllocationIdNotFoundException {
}

/// The `AnomalyDetection` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AnomalyDetection {
    #[serde(rename = "Result", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MitigationInEffect", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mitigation_in_effect: ::std::option::Option<::std::string::String>,
}

/// The `AuthenticateCognitoActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticateCognitoActionConfig {
    #[serde(rename = "UserPoolArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_pool_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UserPoolClientId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_pool_client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UserPoolDomain", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_pool_domain: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionCookieName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_cookie_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Scope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_timeout: ::std::option::Option<i64>,
    #[serde(rename = "AuthenticationRequestExtraParams", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_request_extra_params: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "OnUnauthenticatedRequest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub on_unauthenticated_request: ::std::option::Option<::std::string::String>,
}

/// The `AuthenticateOidcActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AuthenticateOidcActionConfig {
    #[serde(rename = "Issuer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthorizationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TokenEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UserInfoEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_info_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ClientId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ClientSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionCookieName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_cookie_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Scope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_timeout: ::std::option::Option<i64>,
    #[serde(rename = "AuthenticationRequestExtraParams", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authentication_request_extra_params: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "OnUnauthenticatedRequest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub on_unauthenticated_request: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UseExistingClientSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub use_existing_client_secret: ::std::option::Option<bool>,
}

/// The `AvailabilityZone` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AvailabilityZone {
    #[serde(rename = "ZoneName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub zone_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SubnetId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OutpostId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub outpost_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "LoadBalancerAddresses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_addresses: ::std::option::Option<::std::vec::Vec<LoadBalancerAddress>>,
    #[serde(rename = "SourceNatIpv6Prefixes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_nat_ipv6_prefixes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `AvailabilityZoneNotSupportedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AvailabilityZoneNotSupportedException {
}

/// The `CaCertificatesBundleNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CaCertificatesBundleNotFoundException {
}

/// The `CapacityDecreaseRequestsLimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityDecreaseRequestsLimitExceededException {
}

/// The `CapacityReservationPendingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityReservationPendingException {
}

/// The `CapacityReservationStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityReservationStatus {
    #[serde(rename = "Code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `CapacityUnitsLimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityUnitsLimitExceededException {
}

/// The `Certificate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Certificate {
    #[serde(rename = "CertificateArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IsDefault", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_default: ::std::option::Option<bool>,
}

/// The `CertificateNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CertificateNotFoundException {
}

/// The `Cipher` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cipher {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Priority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<i32>,
}

/// The `CreateListenerInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateListenerInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "SslPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ssl_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
    #[serde(rename = "DefaultActions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "AlpnPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alpn_policy: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "MutualAuthentication", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_authentication: ::std::option::Option<MutualAuthenticationAttributes>,
}

/// The `CreateListenerOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateListenerOutput {
    #[serde(rename = "Listeners", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listeners: ::std::option::Option<::std::vec::Vec<Listener>>,
}

/// The `CreateLoadBalancerInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLoadBalancerInput {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "SubnetMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_mappings: ::std::option::Option<::std::vec::Vec<SubnetMapping>>,
    #[serde(rename = "SecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Scheme", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CustomerOwnedIpv4Pool", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_owned_ipv4_pool: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EnablePrefixForIpv6SourceNat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_prefix_for_ipv6_source_nat: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpamPools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipam_pools: ::std::option::Option<IpamPools>,
}

/// The `CreateLoadBalancerOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLoadBalancerOutput {
    #[serde(rename = "LoadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
}

/// The `CreateRuleInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRuleInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Conditions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub conditions: ::std::option::Option<::std::vec::Vec<RuleCondition>>,
    #[serde(rename = "Priority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<i32>,
    #[serde(rename = "Actions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "Transforms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transforms: ::std::option::Option<::std::vec::Vec<RuleTransform>>,
}

/// The `CreateRuleOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateRuleOutput {
    #[serde(rename = "Rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<Rule>>,
}

/// The `CreateTargetGroupInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTargetGroupInput {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ProtocolVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "VpcId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckProtocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_enabled: ::std::option::Option<bool>,
    #[serde(rename = "HealthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckIntervalSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_interval_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthCheckTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_timeout_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub healthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "UnhealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unhealthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "Matcher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub matcher: ::std::option::Option<Matcher>,
    #[serde(rename = "TargetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetControlPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_control_port: ::std::option::Option<i32>,
}

/// The `CreateTargetGroupOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTargetGroupOutput {
    #[serde(rename = "TargetGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_groups: ::std::option::Option<::std::vec::Vec<TargetGroup>>,
}

/// The `CreateTrustStoreInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTrustStoreInput {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3Bucket", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_bucket: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3ObjectVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_object_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `CreateTrustStoreOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTrustStoreOutput {
    #[serde(rename = "TrustStores", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_stores: ::std::option::Option<::std::vec::Vec<TrustStore>>,
}

/// The `DeleteAssociationSameAccountException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAssociationSameAccountException {
}

/// The `DeleteListenerInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteListenerInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteListenerOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteListenerOutput {
}

/// The `DeleteLoadBalancerInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLoadBalancerInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLoadBalancerOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLoadBalancerOutput {
}

/// The `DeleteRuleInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRuleInput {
    #[serde(rename = "RuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRuleOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRuleOutput {
}

/// The `DeleteSharedTrustStoreAssociationInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSharedTrustStoreAssociationInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteSharedTrustStoreAssociationOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSharedTrustStoreAssociationOutput {
}

/// The `DeleteTargetGroupInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTargetGroupInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteTargetGroupOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTargetGroupOutput {
}

/// The `DeleteTrustStoreInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTrustStoreInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteTrustStoreOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTrustStoreOutput {
}

/// The `DeregisterTargetsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTargetsInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::vec::Vec<TargetDescription>>,
}

/// The `DeregisterTargetsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTargetsOutput {
}

/// The `DescribeAccountLimitsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountLimitsInput {
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeAccountLimitsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountLimitsOutput {
    #[serde(rename = "Limits", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limits: ::std::option::Option<::std::vec::Vec<Limit>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCapacityReservationInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityReservationInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCapacityReservationOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityReservationOutput {
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "DecreaseRequestsRemaining", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub decrease_requests_remaining: ::std::option::Option<i32>,
    #[serde(rename = "MinimumLoadBalancerCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_load_balancer_capacity: ::std::option::Option<MinimumLoadBalancerCapacity>,
    #[serde(rename = "CapacityReservationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_reservation_state: ::std::option::Option<::std::vec::Vec<ZonalCapacityReservationState>>,
}

/// The `DescribeListenerAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenerAttributesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeListenerAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenerAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<ListenerAttribute>>,
}

/// The `DescribeListenerCertificatesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenerCertificatesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeListenerCertificatesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenerCertificatesOutput {
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeListenersInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenersInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ListenerArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeListenersOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeListenersOutput {
    #[serde(rename = "Listeners", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listeners: ::std::option::Option<::std::vec::Vec<Listener>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLoadBalancerAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLoadBalancerAttributesInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLoadBalancerAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLoadBalancerAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<LoadBalancerAttribute>>,
}

/// The `DescribeLoadBalancersInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLoadBalancersInput {
    #[serde(rename = "LoadBalancerArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeLoadBalancersOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLoadBalancersOutput {
    #[serde(rename = "LoadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeRulesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRulesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RuleArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeRulesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRulesOutput {
    #[serde(rename = "Rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<Rule>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeSSLPoliciesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSSLPoliciesInput {
    #[serde(rename = "Names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
    #[serde(rename = "LoadBalancerType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_type: ::std::option::Option<::std::string::String>,
}

/// The `DescribeSSLPoliciesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSSLPoliciesOutput {
    #[serde(rename = "SslPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ssl_policies: ::std::option::Option<::std::vec::Vec<SslPolicy>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeTagsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTagsInput {
    #[serde(rename = "ResourceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeTagsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTagsOutput {
    #[serde(rename = "TagDescriptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_descriptions: ::std::option::Option<::std::vec::Vec<TagDescription>>,
}

/// The `DescribeTargetGroupAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetGroupAttributesInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeTargetGroupAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetGroupAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<TargetGroupAttribute>>,
}

/// The `DescribeTargetGroupsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetGroupsInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetGroupArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeTargetGroupsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetGroupsOutput {
    #[serde(rename = "TargetGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_groups: ::std::option::Option<::std::vec::Vec<TargetGroup>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeTargetHealthInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetHealthInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::vec::Vec<TargetDescription>>,
    #[serde(rename = "Include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeTargetHealthOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTargetHealthOutput {
    #[serde(rename = "TargetHealthDescriptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_health_descriptions: ::std::option::Option<::std::vec::Vec<TargetHealthDescription>>,
}

/// The `DescribeTrustStoreAssociationsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoreAssociationsInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeTrustStoreAssociationsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoreAssociationsOutput {
    #[serde(rename = "TrustStoreAssociations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_associations: ::std::option::Option<::std::vec::Vec<TrustStoreAssociation>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeTrustStoreRevocation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoreRevocation {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_id: ::std::option::Option<i64>,
    #[serde(rename = "RevocationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NumberOfRevokedEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_revoked_entries: ::std::option::Option<i64>,
}

/// The `DescribeTrustStoreRevocationsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoreRevocationsInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_ids: ::std::option::Option<::std::vec::Vec<i64>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeTrustStoreRevocationsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoreRevocationsOutput {
    #[serde(rename = "TrustStoreRevocations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_revocations: ::std::option::Option<::std::vec::Vec<DescribeTrustStoreRevocation>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DescribeTrustStoresInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoresInput {
    #[serde(rename = "TrustStoreArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Marker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marker: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PageSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub page_size: ::std::option::Option<i32>,
}

/// The `DescribeTrustStoresOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTrustStoresOutput {
    #[serde(rename = "TrustStores", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_stores: ::std::option::Option<::std::vec::Vec<TrustStore>>,
    #[serde(rename = "NextMarker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_marker: ::std::option::Option<::std::string::String>,
}

/// The `DuplicateListenerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateListenerException {
}

/// The `DuplicateLoadBalancerNameException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateLoadBalancerNameException {
}

/// The `DuplicateTagKeysException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateTagKeysException {
}

/// The `DuplicateTargetGroupNameException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateTargetGroupNameException {
}

/// The `DuplicateTrustStoreNameException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateTrustStoreNameException {
}

/// The `FixedResponseActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FixedResponseActionConfig {
    #[serde(rename = "MessageBody", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message_body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StatusCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ContentType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub content_type: ::std::option::Option<::std::string::String>,
}

/// The `ForwardActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ForwardActionConfig {
    #[serde(rename = "TargetGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_groups: ::std::option::Option<::std::vec::Vec<TargetGroupTuple>>,
    #[serde(rename = "TargetGroupStickinessConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_stickiness_config: ::std::option::Option<TargetGroupStickinessConfig>,
}

/// The `GetResourcePolicyInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetResourcePolicyInput {
    #[serde(rename = "ResourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `GetResourcePolicyOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetResourcePolicyOutput {
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
}

/// The `GetTrustStoreCaCertificatesBundleInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrustStoreCaCertificatesBundleInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
}

/// The `GetTrustStoreCaCertificatesBundleOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrustStoreCaCertificatesBundleOutput {
    #[serde(rename = "Location", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
}

/// The `GetTrustStoreRevocationContentInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrustStoreRevocationContentInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_id: ::std::option::Option<i64>,
}

/// The `GetTrustStoreRevocationContentOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTrustStoreRevocationContentOutput {
    #[serde(rename = "Location", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
}

/// The `HealthUnavailableException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HealthUnavailableException {
}

/// The `HostHeaderConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostHeaderConditionConfig {
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "RegexValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub regex_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `HostHeaderRewriteConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostHeaderRewriteConfig {
    #[serde(rename = "Rewrites", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rewrites: ::std::option::Option<::std::vec::Vec<RewriteConfig>>,
}

/// The `HttpHeaderConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpHeaderConditionConfig {
    #[serde(rename = "HttpHeaderName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_header_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "RegexValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub regex_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `HttpRequestMethodConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpRequestMethodConditionConfig {
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `IncompatibleProtocolsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IncompatibleProtocolsException {
}

/// The `InsufficientCapacityException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InsufficientCapacityException {
}

/// The `InvalidCaCertificatesBundleException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidCaCertificatesBundleException {
}

/// The `InvalidConfigurationRequestException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidConfigurationRequestException {
}

/// The `InvalidLoadBalancerActionException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidLoadBalancerActionException {
}

/// The `InvalidRevocationContentException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidRevocationContentException {
}

/// The `InvalidSchemeException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSchemeException {
}

/// The `InvalidSecurityGroupException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSecurityGroupException {
}

/// The `InvalidSubnetException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSubnetException {
}

/// The `InvalidTargetException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidTargetException {
}

/// The `IpamPools` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IpamPools {
    #[serde(rename = "Ipv4IpamPoolId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipv4_ipam_pool_id: ::std::option::Option<::std::string::String>,
}

/// The `JwtValidationActionAdditionalClaim` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct JwtValidationActionAdditionalClaim {
    #[serde(rename = "Format", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `JwtValidationActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct JwtValidationActionConfig {
    #[serde(rename = "JwksEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub jwks_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Issuer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AdditionalClaims", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_claims: ::std::option::Option<::std::vec::Vec<JwtValidationActionAdditionalClaim>>,
}

/// The `Limit` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Limit {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<::std::string::String>,
}

/// The `Listener` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Listener {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
    #[serde(rename = "SslPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ssl_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DefaultActions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "AlpnPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alpn_policy: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "MutualAuthentication", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_authentication: ::std::option::Option<MutualAuthenticationAttributes>,
}

/// The `ListenerAttribute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListenerAttribute {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `ListenerNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListenerNotFoundException {
}

/// The `LoadBalancer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancer {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DNSName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CanonicalHostedZoneId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub canonical_hosted_zone_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LoadBalancerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Scheme", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<::std::string::String>,
    #[serde(rename = "VpcId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<LoadBalancerState>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AvailabilityZones", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zones: ::std::option::Option<::std::vec::Vec<AvailabilityZone>>,
    #[serde(rename = "SecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CustomerOwnedIpv4Pool", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_owned_ipv4_pool: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enforce_security_group_inbound_rules_on_private_link_traffic: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EnablePrefixForIpv6SourceNat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_prefix_for_ipv6_source_nat: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpamPools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipam_pools: ::std::option::Option<IpamPools>,
}

/// The `LoadBalancerAddress` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancerAddress {
    #[serde(rename = "IpAddress", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AllocationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PrivateIPv4Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub private_i_pv4_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IPv6Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub i_pv6_address: ::std::option::Option<::std::string::String>,
}

/// The `LoadBalancerAttribute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancerAttribute {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `LoadBalancerNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancerNotFoundException {
}

/// The `LoadBalancerState` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancerState {
    #[serde(rename = "Code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `Matcher` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Matcher {
    #[serde(rename = "HttpCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "GrpcCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub grpc_code: ::std::option::Option<::std::string::String>,
}

/// The `MinimumLoadBalancerCapacity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MinimumLoadBalancerCapacity {
    #[serde(rename = "CapacityUnits", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_units: ::std::option::Option<i32>,
}

/// The `ModifyCapacityReservationInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyCapacityReservationInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MinimumLoadBalancerCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_load_balancer_capacity: ::std::option::Option<MinimumLoadBalancerCapacity>,
    #[serde(rename = "ResetCapacityReservation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reset_capacity_reservation: ::std::option::Option<bool>,
}

/// The `ModifyCapacityReservationOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyCapacityReservationOutput {
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "DecreaseRequestsRemaining", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub decrease_requests_remaining: ::std::option::Option<i32>,
    #[serde(rename = "MinimumLoadBalancerCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_load_balancer_capacity: ::std::option::Option<MinimumLoadBalancerCapacity>,
    #[serde(rename = "CapacityReservationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_reservation_state: ::std::option::Option<::std::vec::Vec<ZonalCapacityReservationState>>,
}

/// The `ModifyIpPoolsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyIpPoolsInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpamPools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipam_pools: ::std::option::Option<IpamPools>,
    #[serde(rename = "RemoveIpamPools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remove_ipam_pools: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ModifyIpPoolsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyIpPoolsOutput {
    #[serde(rename = "IpamPools", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipam_pools: ::std::option::Option<IpamPools>,
}

/// The `ModifyListenerAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyListenerAttributesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<ListenerAttribute>>,
}

/// The `ModifyListenerAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyListenerAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<ListenerAttribute>>,
}

/// The `ModifyListenerInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyListenerInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SslPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ssl_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
    #[serde(rename = "DefaultActions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "AlpnPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alpn_policy: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "MutualAuthentication", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_authentication: ::std::option::Option<MutualAuthenticationAttributes>,
}

/// The `ModifyListenerOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyListenerOutput {
    #[serde(rename = "Listeners", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listeners: ::std::option::Option<::std::vec::Vec<Listener>>,
}

/// The `ModifyLoadBalancerAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyLoadBalancerAttributesInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<LoadBalancerAttribute>>,
}

/// The `ModifyLoadBalancerAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyLoadBalancerAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<LoadBalancerAttribute>>,
}

/// The `ModifyRuleInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyRuleInput {
    #[serde(rename = "RuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Conditions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub conditions: ::std::option::Option<::std::vec::Vec<RuleCondition>>,
    #[serde(rename = "Actions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "Transforms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transforms: ::std::option::Option<::std::vec::Vec<RuleTransform>>,
    #[serde(rename = "ResetTransforms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reset_transforms: ::std::option::Option<bool>,
}

/// The `ModifyRuleOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyRuleOutput {
    #[serde(rename = "Rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<Rule>>,
}

/// The `ModifyTargetGroupAttributesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTargetGroupAttributesInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<TargetGroupAttribute>>,
}

/// The `ModifyTargetGroupAttributesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTargetGroupAttributesOutput {
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<TargetGroupAttribute>>,
}

/// The `ModifyTargetGroupInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTargetGroupInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckProtocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_enabled: ::std::option::Option<bool>,
    #[serde(rename = "HealthCheckIntervalSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_interval_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthCheckTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_timeout_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub healthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "UnhealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unhealthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "Matcher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub matcher: ::std::option::Option<Matcher>,
}

/// The `ModifyTargetGroupOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTargetGroupOutput {
    #[serde(rename = "TargetGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_groups: ::std::option::Option<::std::vec::Vec<TargetGroup>>,
}

/// The `ModifyTrustStoreInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTrustStoreInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3Bucket", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_bucket: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CaCertificatesBundleS3ObjectVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ca_certificates_bundle_s3_object_version: ::std::option::Option<::std::string::String>,
}

/// The `ModifyTrustStoreOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ModifyTrustStoreOutput {
    #[serde(rename = "TrustStores", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_stores: ::std::option::Option<::std::vec::Vec<TrustStore>>,
}

/// The `MutualAuthenticationAttributes` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MutualAuthenticationAttributes {
    #[serde(rename = "Mode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IgnoreClientCertificateExpiry", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ignore_client_certificate_expiry: ::std::option::Option<bool>,
    #[serde(rename = "TrustStoreAssociationStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_association_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AdvertiseTrustStoreCaNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub advertise_trust_store_ca_names: ::std::option::Option<::std::string::String>,
}

/// The `OperationNotPermittedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationNotPermittedException {
}

/// The `PathPatternConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PathPatternConditionConfig {
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "RegexValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub regex_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `PriorRequestNotCompleteException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PriorRequestNotCompleteException {
}

/// The `PriorityInUseException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PriorityInUseException {
}

/// The `QueryStringConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStringConditionConfig {
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<QueryStringKeyValuePair>>,
}

/// The `QueryStringKeyValuePair` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStringKeyValuePair {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `RedirectActionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedirectActionConfig {
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Host", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Path", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Query", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StatusCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<::std::string::String>,
}

/// The `RegisterTargetsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTargetsInput {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::vec::Vec<TargetDescription>>,
}

/// The `RegisterTargetsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTargetsOutput {
}

/// The `RemoveListenerCertificatesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveListenerCertificatesInput {
    #[serde(rename = "ListenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Certificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificates: ::std::option::Option<::std::vec::Vec<Certificate>>,
}

/// The `RemoveListenerCertificatesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveListenerCertificatesOutput {
}

/// The `RemoveTagsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTagsInput {
    #[serde(rename = "ResourceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "TagKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `RemoveTagsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTagsOutput {
}

/// The `RemoveTrustStoreRevocationsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTrustStoreRevocationsInput {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_ids: ::std::option::Option<::std::vec::Vec<i64>>,
}

/// The `RemoveTrustStoreRevocationsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTrustStoreRevocationsOutput {
}

/// The `ResourceInUseException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceInUseException {
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
}

/// The `RevocationContent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RevocationContent {
    #[serde(rename = "S3Bucket", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_bucket: ::std::option::Option<::std::string::String>,
    #[serde(rename = "S3Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "S3ObjectVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_object_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_type: ::std::option::Option<::std::string::String>,
}

/// The `RevocationContentNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RevocationContentNotFoundException {
}

/// The `RevocationIdNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RevocationIdNotFoundException {
}

/// The `RewriteConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RewriteConfig {
    #[serde(rename = "Regex", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub regex: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Replace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replace: ::std::option::Option<::std::string::String>,
}

/// The `Rule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Rule {
    #[serde(rename = "RuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Priority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Conditions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub conditions: ::std::option::Option<::std::vec::Vec<RuleCondition>>,
    #[serde(rename = "Actions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub actions: ::std::option::Option<::std::vec::Vec<Action>>,
    #[serde(rename = "IsDefault", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_default: ::std::option::Option<bool>,
    #[serde(rename = "Transforms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transforms: ::std::option::Option<::std::vec::Vec<RuleTransform>>,
}

/// The `RuleCondition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuleCondition {
    #[serde(rename = "Field", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "HostHeaderConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_header_config: ::std::option::Option<HostHeaderConditionConfig>,
    #[serde(rename = "PathPatternConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub path_pattern_config: ::std::option::Option<PathPatternConditionConfig>,
    #[serde(rename = "HttpHeaderConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_header_config: ::std::option::Option<HttpHeaderConditionConfig>,
    #[serde(rename = "QueryStringConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string_config: ::std::option::Option<QueryStringConditionConfig>,
    #[serde(rename = "HttpRequestMethodConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_request_method_config: ::std::option::Option<HttpRequestMethodConditionConfig>,
    #[serde(rename = "SourceIpConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_ip_config: ::std::option::Option<SourceIpConditionConfig>,
    #[serde(rename = "RegexValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub regex_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `RuleNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuleNotFoundException {
}

/// The `RulePriorityPair` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RulePriorityPair {
    #[serde(rename = "RuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Priority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<i32>,
}

/// The `RuleTransform` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuleTransform {
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HostHeaderRewriteConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_header_rewrite_config: ::std::option::Option<HostHeaderRewriteConfig>,
    #[serde(rename = "UrlRewriteConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub url_rewrite_config: ::std::option::Option<UrlRewriteConfig>,
}

/// The `SSLPolicyNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SSLPolicyNotFoundException {
}

/// The `SetIpAddressTypeInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetIpAddressTypeInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
}

/// The `SetIpAddressTypeOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetIpAddressTypeOutput {
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
}

/// The `SetRulePrioritiesInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetRulePrioritiesInput {
    #[serde(rename = "RulePriorities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_priorities: ::std::option::Option<::std::vec::Vec<RulePriorityPair>>,
}

/// The `SetRulePrioritiesOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetRulePrioritiesOutput {
    #[serde(rename = "Rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<Rule>>,
}

/// The `SetSecurityGroupsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetSecurityGroupsInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enforce_security_group_inbound_rules_on_private_link_traffic: ::std::option::Option<::std::string::String>,
}

/// The `SetSecurityGroupsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetSecurityGroupsOutput {
    #[serde(rename = "SecurityGroupIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "EnforceSecurityGroupInboundRulesOnPrivateLinkTraffic", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enforce_security_group_inbound_rules_on_private_link_traffic: ::std::option::Option<::std::string::String>,
}

/// The `SetSubnetsInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetSubnetsInput {
    #[serde(rename = "LoadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "SubnetMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_mappings: ::std::option::Option<::std::vec::Vec<SubnetMapping>>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EnablePrefixForIpv6SourceNat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_prefix_for_ipv6_source_nat: ::std::option::Option<::std::string::String>,
}

/// The `SetSubnetsOutput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SetSubnetsOutput {
    #[serde(rename = "AvailabilityZones", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zones: ::std::option::Option<::std::vec::Vec<AvailabilityZone>>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EnablePrefixForIpv6SourceNat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_prefix_for_ipv6_source_nat: ::std::option::Option<::std::string::String>,
}

/// The `SourceIpConditionConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SourceIpConditionConfig {
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
}

/// The `SslPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SslPolicy {
    #[serde(rename = "SslProtocols", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ssl_protocols: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Ciphers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ciphers: ::std::option::Option<::std::vec::Vec<Cipher>>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SupportedLoadBalancerTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub supported_load_balancer_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `SubnetMapping` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubnetMapping {
    #[serde(rename = "SubnetId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AllocationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allocation_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PrivateIPv4Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub private_i_pv4_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IPv6Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub i_pv6_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SourceNatIpv6Prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_nat_ipv6_prefix: ::std::option::Option<::std::string::String>,
}

/// The `SubnetNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubnetNotFoundException {
}

/// The `Tag` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `TagDescription` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagDescription {
    #[serde(rename = "ResourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `TargetDescription` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetDescription {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "AvailabilityZone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "QuicServerId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quic_server_id: ::std::option::Option<::std::string::String>,
}

/// The `TargetGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroup {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "VpcId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckProtocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_enabled: ::std::option::Option<bool>,
    #[serde(rename = "HealthCheckIntervalSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_interval_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthCheckTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_timeout_seconds: ::std::option::Option<i32>,
    #[serde(rename = "HealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub healthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "UnhealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unhealthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "HealthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Matcher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub matcher: ::std::option::Option<Matcher>,
    #[serde(rename = "LoadBalancerArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "TargetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ProtocolVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IpAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetControlPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_control_port: ::std::option::Option<i32>,
}

/// The `TargetGroupAssociationLimitException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroupAssociationLimitException {
}

/// The `TargetGroupAttribute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroupAttribute {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `TargetGroupNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroupNotFoundException {
}

/// The `TargetGroupStickinessConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroupStickinessConfig {
    #[serde(rename = "Enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
}

/// The `TargetGroupTuple` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetGroupTuple {
    #[serde(rename = "TargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Weight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub weight: ::std::option::Option<i32>,
}

/// The `TargetHealth` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetHealth {
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}

/// The `TargetHealthDescription` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetHealthDescription {
    #[serde(rename = "Target", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<TargetDescription>,
    #[serde(rename = "HealthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TargetHealth", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_health: ::std::option::Option<TargetHealth>,
    #[serde(rename = "AnomalyDetection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detection: ::std::option::Option<AnomalyDetection>,
    #[serde(rename = "AdministrativeOverride", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub administrative_override: ::std::option::Option<AdministrativeOverride>,
}

/// The `TooManyActionsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyActionsException {
}

/// The `TooManyCertificatesException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyCertificatesException {
}

/// The `TooManyListenersException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyListenersException {
}

/// The `TooManyLoadBalancersException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyLoadBalancersException {
}

/// The `TooManyRegistrationsForTargetIdException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyRegistrationsForTargetIdException {
}

/// The `TooManyRulesException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyRulesException {
}

/// The `TooManyTagsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTagsException {
}

/// The `TooManyTargetGroupsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTargetGroupsException {
}

/// The `TooManyTargetsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTargetsException {
}

/// The `TooManyTrustStoreRevocationEntriesException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTrustStoreRevocationEntriesException {
}

/// The `TooManyTrustStoresException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTrustStoresException {
}

/// The `TooManyUniqueTargetGroupsPerLoadBalancerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyUniqueTargetGroupsPerLoadBalancerException {
}

/// The `TrustStore` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStore {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NumberOfCaCertificates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_ca_certificates: ::std::option::Option<i32>,
    #[serde(rename = "TotalRevokedEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_revoked_entries: ::std::option::Option<i64>,
}

/// The `TrustStoreAssociation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreAssociation {
    #[serde(rename = "ResourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `TrustStoreAssociationNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreAssociationNotFoundException {
}

/// The `TrustStoreInUseException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreInUseException {
}

/// The `TrustStoreNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreNotFoundException {
}

/// The `TrustStoreNotReadyException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreNotReadyException {
}

/// The `TrustStoreRevocation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustStoreRevocation {
    #[serde(rename = "TrustStoreArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trust_store_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RevocationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_id: ::std::option::Option<i64>,
    #[serde(rename = "RevocationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revocation_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NumberOfRevokedEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_revoked_entries: ::std::option::Option<i64>,
}

/// The `UnsupportedProtocolException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedProtocolException {
}

/// The `UrlRewriteConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UrlRewriteConfig {
    #[serde(rename = "Rewrites", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rewrites: ::std::option::Option<::std::vec::Vec<RewriteConfig>>,
}

/// The `ZonalCapacityReservationState` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ZonalCapacityReservationState {
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<CapacityReservationStatus>,
    #[serde(rename = "AvailabilityZone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EffectiveCapacityUnits", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effective_capacity_units: ::std::option::Option<f64>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    ALPNPolicyNotSupportedException,
    AllocationIdNotFoundException,
    AvailabilityZoneNotSupportedException,
    CaCertificatesBundleNotFoundException,
    CapacityDecreaseRequestsLimitExceededException,
    CapacityReservationPendingException,
    CapacityUnitsLimitExceededException,
    CertificateNotFoundException,
    DeleteAssociationSameAccountException,
    DuplicateListenerException,
    DuplicateLoadBalancerNameException,
    DuplicateTagKeysException,
    DuplicateTargetGroupNameException,
    DuplicateTrustStoreNameException,
    HealthUnavailableException,
    IncompatibleProtocolsException,
    InsufficientCapacityException,
    InvalidCaCertificatesBundleException,
    InvalidConfigurationRequestException,
    InvalidLoadBalancerActionException,
    InvalidRevocationContentException,
    InvalidSchemeException,
    InvalidSecurityGroupException,
    InvalidSubnetException,
    InvalidTargetException,
    ListenerNotFoundException,
    LoadBalancerNotFoundException,
    OperationNotPermittedException,
    PriorRequestNotCompleteException,
    PriorityInUseException,
    ResourceInUseException,
    ResourceNotFoundException,
    RevocationContentNotFoundException,
    RevocationIdNotFoundException,
    RuleNotFoundException,
    SSLPolicyNotFoundException,
    SubnetNotFoundException,
    TargetGroupAssociationLimitException,
    TargetGroupNotFoundException,
    TooManyActionsException,
    TooManyCertificatesException,
    TooManyListenersException,
    TooManyLoadBalancersException,
    TooManyRegistrationsForTargetIdException,
    TooManyRulesException,
    TooManyTagsException,
    TooManyTargetGroupsException,
    TooManyTargetsException,
    TooManyTrustStoreRevocationEntriesException,
    TooManyTrustStoresException,
    TooManyUniqueTargetGroupsPerLoadBalancerException,
    TrustStoreAssociationNotFoundException,
    TrustStoreInUseException,
    TrustStoreNotFoundException,
    TrustStoreNotReadyException,
    UnsupportedProtocolException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::ALPNPolicyNotSupportedException => "ALPNPolicyNotFound",
            ErrorCode::AllocationIdNotFoundException => "AllocationIdNotFound",
            ErrorCode::AvailabilityZoneNotSupportedException => "AvailabilityZoneNotSupported",
            ErrorCode::CaCertificatesBundleNotFoundException => "CaCertificatesBundleNotFound",
            ErrorCode::CapacityDecreaseRequestsLimitExceededException => "CapacityDecreaseRequestLimitExceeded",
            ErrorCode::CapacityReservationPendingException => "CapacityReservationPending",
            ErrorCode::CapacityUnitsLimitExceededException => "CapacityUnitsLimitExceeded",
            ErrorCode::CertificateNotFoundException => "CertificateNotFound",
            ErrorCode::DeleteAssociationSameAccountException => "DeleteAssociationSameAccount",
            ErrorCode::DuplicateListenerException => "DuplicateListener",
            ErrorCode::DuplicateLoadBalancerNameException => "DuplicateLoadBalancerName",
            ErrorCode::DuplicateTagKeysException => "DuplicateTagKeys",
            ErrorCode::DuplicateTargetGroupNameException => "DuplicateTargetGroupName",
            ErrorCode::DuplicateTrustStoreNameException => "DuplicateTrustStoreName",
            ErrorCode::HealthUnavailableException => "HealthUnavailable",
            ErrorCode::IncompatibleProtocolsException => "IncompatibleProtocols",
            ErrorCode::InsufficientCapacityException => "InsufficientCapacity",
            ErrorCode::InvalidCaCertificatesBundleException => "InvalidCaCertificatesBundle",
            ErrorCode::InvalidConfigurationRequestException => "InvalidConfigurationRequest",
            ErrorCode::InvalidLoadBalancerActionException => "InvalidLoadBalancerAction",
            ErrorCode::InvalidRevocationContentException => "InvalidRevocationContent",
            ErrorCode::InvalidSchemeException => "InvalidScheme",
            ErrorCode::InvalidSecurityGroupException => "InvalidSecurityGroup",
            ErrorCode::InvalidSubnetException => "InvalidSubnet",
            ErrorCode::InvalidTargetException => "InvalidTarget",
            ErrorCode::ListenerNotFoundException => "ListenerNotFound",
            ErrorCode::LoadBalancerNotFoundException => "LoadBalancerNotFound",
            ErrorCode::OperationNotPermittedException => "OperationNotPermitted",
            ErrorCode::PriorRequestNotCompleteException => "PriorRequestNotComplete",
            ErrorCode::PriorityInUseException => "PriorityInUse",
            ErrorCode::ResourceInUseException => "ResourceInUse",
            ErrorCode::ResourceNotFoundException => "ResourceNotFound",
            ErrorCode::RevocationContentNotFoundException => "RevocationContentNotFound",
            ErrorCode::RevocationIdNotFoundException => "RevocationIdNotFound",
            ErrorCode::RuleNotFoundException => "RuleNotFound",
            ErrorCode::SSLPolicyNotFoundException => "SSLPolicyNotFound",
            ErrorCode::SubnetNotFoundException => "SubnetNotFound",
            ErrorCode::TargetGroupAssociationLimitException => "TargetGroupAssociationLimit",
            ErrorCode::TargetGroupNotFoundException => "TargetGroupNotFound",
            ErrorCode::TooManyActionsException => "TooManyActions",
            ErrorCode::TooManyCertificatesException => "TooManyCertificates",
            ErrorCode::TooManyListenersException => "TooManyListeners",
            ErrorCode::TooManyLoadBalancersException => "TooManyLoadBalancers",
            ErrorCode::TooManyRegistrationsForTargetIdException => "TooManyRegistrationsForTargetId",
            ErrorCode::TooManyRulesException => "TooManyRules",
            ErrorCode::TooManyTagsException => "TooManyTags",
            ErrorCode::TooManyTargetGroupsException => "TooManyTargetGroups",
            ErrorCode::TooManyTargetsException => "TooManyTargets",
            ErrorCode::TooManyTrustStoreRevocationEntriesException => "TooManyTrustStoreRevocationEntries",
            ErrorCode::TooManyTrustStoresException => "TooManyTrustStores",
            ErrorCode::TooManyUniqueTargetGroupsPerLoadBalancerException => "TooManyUniqueTargetGroupsPerLoadBalancer",
            ErrorCode::TrustStoreAssociationNotFoundException => "AssociationNotFound",
            ErrorCode::TrustStoreInUseException => "TrustStoreInUse",
            ErrorCode::TrustStoreNotFoundException => "TrustStoreNotFound",
            ErrorCode::TrustStoreNotReadyException => "TrustStoreNotReady",
            ErrorCode::UnsupportedProtocolException => "UnsupportedProtocol",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::ALPNPolicyNotSupportedException => 400,
            ErrorCode::AllocationIdNotFoundException => 400,
            ErrorCode::AvailabilityZoneNotSupportedException => 400,
            ErrorCode::CaCertificatesBundleNotFoundException => 400,
            ErrorCode::CapacityDecreaseRequestsLimitExceededException => 400,
            ErrorCode::CapacityReservationPendingException => 400,
            ErrorCode::CapacityUnitsLimitExceededException => 400,
            ErrorCode::CertificateNotFoundException => 400,
            ErrorCode::DeleteAssociationSameAccountException => 400,
            ErrorCode::DuplicateListenerException => 400,
            ErrorCode::DuplicateLoadBalancerNameException => 400,
            ErrorCode::DuplicateTagKeysException => 400,
            ErrorCode::DuplicateTargetGroupNameException => 400,
            ErrorCode::DuplicateTrustStoreNameException => 400,
            ErrorCode::HealthUnavailableException => 500,
            ErrorCode::IncompatibleProtocolsException => 400,
            ErrorCode::InsufficientCapacityException => 500,
            ErrorCode::InvalidCaCertificatesBundleException => 400,
            ErrorCode::InvalidConfigurationRequestException => 400,
            ErrorCode::InvalidLoadBalancerActionException => 400,
            ErrorCode::InvalidRevocationContentException => 400,
            ErrorCode::InvalidSchemeException => 400,
            ErrorCode::InvalidSecurityGroupException => 400,
            ErrorCode::InvalidSubnetException => 400,
            ErrorCode::InvalidTargetException => 400,
            ErrorCode::ListenerNotFoundException => 400,
            ErrorCode::LoadBalancerNotFoundException => 400,
            ErrorCode::OperationNotPermittedException => 400,
            ErrorCode::PriorRequestNotCompleteException => 429,
            ErrorCode::PriorityInUseException => 400,
            ErrorCode::ResourceInUseException => 400,
            ErrorCode::ResourceNotFoundException => 400,
            ErrorCode::RevocationContentNotFoundException => 400,
            ErrorCode::RevocationIdNotFoundException => 400,
            ErrorCode::RuleNotFoundException => 400,
            ErrorCode::SSLPolicyNotFoundException => 400,
            ErrorCode::SubnetNotFoundException => 400,
            ErrorCode::TargetGroupAssociationLimitException => 400,
            ErrorCode::TargetGroupNotFoundException => 400,
            ErrorCode::TooManyActionsException => 400,
            ErrorCode::TooManyCertificatesException => 400,
            ErrorCode::TooManyListenersException => 400,
            ErrorCode::TooManyLoadBalancersException => 400,
            ErrorCode::TooManyRegistrationsForTargetIdException => 400,
            ErrorCode::TooManyRulesException => 400,
            ErrorCode::TooManyTagsException => 400,
            ErrorCode::TooManyTargetGroupsException => 400,
            ErrorCode::TooManyTargetsException => 400,
            ErrorCode::TooManyTrustStoreRevocationEntriesException => 400,
            ErrorCode::TooManyTrustStoresException => 400,
            ErrorCode::TooManyUniqueTargetGroupsPerLoadBalancerException => 400,
            ErrorCode::TrustStoreAssociationNotFoundException => 400,
            ErrorCode::TrustStoreInUseException => 400,
            ErrorCode::TrustStoreNotFoundException => 400,
            ErrorCode::TrustStoreNotReadyException => 400,
            ErrorCode::UnsupportedProtocolException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the elbv2 model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn add_listener_certificates(&self, ctx: &Context, input: AddListenerCertificatesInput) -> impl ::std::future::Future<Output = AwsResult<AddListenerCertificatesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AddListenerCertificates")) }
    }
    fn add_tags(&self, ctx: &Context, input: AddTagsInput) -> impl ::std::future::Future<Output = AwsResult<AddTagsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AddTags")) }
    }
    fn add_trust_store_revocations(&self, ctx: &Context, input: AddTrustStoreRevocationsInput) -> impl ::std::future::Future<Output = AwsResult<AddTrustStoreRevocationsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AddTrustStoreRevocations")) }
    }
    fn create_listener(&self, ctx: &Context, input: CreateListenerInput) -> impl ::std::future::Future<Output = AwsResult<CreateListenerOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateListener")) }
    }
    fn create_load_balancer(&self, ctx: &Context, input: CreateLoadBalancerInput) -> impl ::std::future::Future<Output = AwsResult<CreateLoadBalancerOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateLoadBalancer")) }
    }
    fn create_rule(&self, ctx: &Context, input: CreateRuleInput) -> impl ::std::future::Future<Output = AwsResult<CreateRuleOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateRule")) }
    }
    fn create_target_group(&self, ctx: &Context, input: CreateTargetGroupInput) -> impl ::std::future::Future<Output = AwsResult<CreateTargetGroupOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateTargetGroup")) }
    }
    fn create_trust_store(&self, ctx: &Context, input: CreateTrustStoreInput) -> impl ::std::future::Future<Output = AwsResult<CreateTrustStoreOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateTrustStore")) }
    }
    fn delete_listener(&self, ctx: &Context, input: DeleteListenerInput) -> impl ::std::future::Future<Output = AwsResult<DeleteListenerOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteListener")) }
    }
    fn delete_load_balancer(&self, ctx: &Context, input: DeleteLoadBalancerInput) -> impl ::std::future::Future<Output = AwsResult<DeleteLoadBalancerOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLoadBalancer")) }
    }
    fn delete_rule(&self, ctx: &Context, input: DeleteRuleInput) -> impl ::std::future::Future<Output = AwsResult<DeleteRuleOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRule")) }
    }
    fn delete_shared_trust_store_association(&self, ctx: &Context, input: DeleteSharedTrustStoreAssociationInput) -> impl ::std::future::Future<Output = AwsResult<DeleteSharedTrustStoreAssociationOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteSharedTrustStoreAssociation")) }
    }
    fn delete_target_group(&self, ctx: &Context, input: DeleteTargetGroupInput) -> impl ::std::future::Future<Output = AwsResult<DeleteTargetGroupOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteTargetGroup")) }
    }
    fn delete_trust_store(&self, ctx: &Context, input: DeleteTrustStoreInput) -> impl ::std::future::Future<Output = AwsResult<DeleteTrustStoreOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteTrustStore")) }
    }
    fn deregister_targets(&self, ctx: &Context, input: DeregisterTargetsInput) -> impl ::std::future::Future<Output = AwsResult<DeregisterTargetsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterTargets")) }
    }
    fn describe_account_limits(&self, ctx: &Context, input: DescribeAccountLimitsInput) -> impl ::std::future::Future<Output = AwsResult<DescribeAccountLimitsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAccountLimits")) }
    }
    fn describe_capacity_reservation(&self, ctx: &Context, input: DescribeCapacityReservationInput) -> impl ::std::future::Future<Output = AwsResult<DescribeCapacityReservationOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeCapacityReservation")) }
    }
    fn describe_listener_attributes(&self, ctx: &Context, input: DescribeListenerAttributesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeListenerAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeListenerAttributes")) }
    }
    fn describe_listener_certificates(&self, ctx: &Context, input: DescribeListenerCertificatesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeListenerCertificatesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeListenerCertificates")) }
    }
    fn describe_listeners(&self, ctx: &Context, input: DescribeListenersInput) -> impl ::std::future::Future<Output = AwsResult<DescribeListenersOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeListeners")) }
    }
    fn describe_load_balancer_attributes(&self, ctx: &Context, input: DescribeLoadBalancerAttributesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeLoadBalancerAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeLoadBalancerAttributes")) }
    }
    fn describe_load_balancers(&self, ctx: &Context, input: DescribeLoadBalancersInput) -> impl ::std::future::Future<Output = AwsResult<DescribeLoadBalancersOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeLoadBalancers")) }
    }
    fn describe_rules(&self, ctx: &Context, input: DescribeRulesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeRulesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeRules")) }
    }
    fn describe_ssl_policies(&self, ctx: &Context, input: DescribeSSLPoliciesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeSSLPoliciesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeSSLPolicies")) }
    }
    fn describe_tags(&self, ctx: &Context, input: DescribeTagsInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTagsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTags")) }
    }
    fn describe_target_group_attributes(&self, ctx: &Context, input: DescribeTargetGroupAttributesInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTargetGroupAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTargetGroupAttributes")) }
    }
    fn describe_target_groups(&self, ctx: &Context, input: DescribeTargetGroupsInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTargetGroupsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTargetGroups")) }
    }
    fn describe_target_health(&self, ctx: &Context, input: DescribeTargetHealthInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTargetHealthOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTargetHealth")) }
    }
    fn describe_trust_store_associations(&self, ctx: &Context, input: DescribeTrustStoreAssociationsInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTrustStoreAssociationsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTrustStoreAssociations")) }
    }
    fn describe_trust_store_revocations(&self, ctx: &Context, input: DescribeTrustStoreRevocationsInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTrustStoreRevocationsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTrustStoreRevocations")) }
    }
    fn describe_trust_stores(&self, ctx: &Context, input: DescribeTrustStoresInput) -> impl ::std::future::Future<Output = AwsResult<DescribeTrustStoresOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTrustStores")) }
    }
    fn get_resource_policy(&self, ctx: &Context, input: GetResourcePolicyInput) -> impl ::std::future::Future<Output = AwsResult<GetResourcePolicyOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetResourcePolicy")) }
    }
    fn get_trust_store_ca_certificates_bundle(&self, ctx: &Context, input: GetTrustStoreCaCertificatesBundleInput) -> impl ::std::future::Future<Output = AwsResult<GetTrustStoreCaCertificatesBundleOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetTrustStoreCaCertificatesBundle")) }
    }
    fn get_trust_store_revocation_content(&self, ctx: &Context, input: GetTrustStoreRevocationContentInput) -> impl ::std::future::Future<Output = AwsResult<GetTrustStoreRevocationContentOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetTrustStoreRevocationContent")) }
    }
    fn modify_capacity_reservation(&self, ctx: &Context, input: ModifyCapacityReservationInput) -> impl ::std::future::Future<Output = AwsResult<ModifyCapacityReservationOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyCapacityReservation")) }
    }
    fn modify_ip_pools(&self, ctx: &Context, input: ModifyIpPoolsInput) -> impl ::std::future::Future<Output = AwsResult<ModifyIpPoolsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyIpPools")) }
    }
    fn modify_listener(&self, ctx: &Context, input: ModifyListenerInput) -> impl ::std::future::Future<Output = AwsResult<ModifyListenerOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyListener")) }
    }
    fn modify_listener_attributes(&self, ctx: &Context, input: ModifyListenerAttributesInput) -> impl ::std::future::Future<Output = AwsResult<ModifyListenerAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyListenerAttributes")) }
    }
    fn modify_load_balancer_attributes(&self, ctx: &Context, input: ModifyLoadBalancerAttributesInput) -> impl ::std::future::Future<Output = AwsResult<ModifyLoadBalancerAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyLoadBalancerAttributes")) }
    }
    fn modify_rule(&self, ctx: &Context, input: ModifyRuleInput) -> impl ::std::future::Future<Output = AwsResult<ModifyRuleOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyRule")) }
    }
    fn modify_target_group(&self, ctx: &Context, input: ModifyTargetGroupInput) -> impl ::std::future::Future<Output = AwsResult<ModifyTargetGroupOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyTargetGroup")) }
    }
    fn modify_target_group_attributes(&self, ctx: &Context, input: ModifyTargetGroupAttributesInput) -> impl ::std::future::Future<Output = AwsResult<ModifyTargetGroupAttributesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyTargetGroupAttributes")) }
    }
    fn modify_trust_store(&self, ctx: &Context, input: ModifyTrustStoreInput) -> impl ::std::future::Future<Output = AwsResult<ModifyTrustStoreOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ModifyTrustStore")) }
    }
    fn register_targets(&self, ctx: &Context, input: RegisterTargetsInput) -> impl ::std::future::Future<Output = AwsResult<RegisterTargetsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterTargets")) }
    }
    fn remove_listener_certificates(&self, ctx: &Context, input: RemoveListenerCertificatesInput) -> impl ::std::future::Future<Output = AwsResult<RemoveListenerCertificatesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RemoveListenerCertificates")) }
    }
    fn remove_tags(&self, ctx: &Context, input: RemoveTagsInput) -> impl ::std::future::Future<Output = AwsResult<RemoveTagsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RemoveTags")) }
    }
    fn remove_trust_store_revocations(&self, ctx: &Context, input: RemoveTrustStoreRevocationsInput) -> impl ::std::future::Future<Output = AwsResult<RemoveTrustStoreRevocationsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RemoveTrustStoreRevocations")) }
    }
    fn set_ip_address_type(&self, ctx: &Context, input: SetIpAddressTypeInput) -> impl ::std::future::Future<Output = AwsResult<SetIpAddressTypeOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SetIpAddressType")) }
    }
    fn set_rule_priorities(&self, ctx: &Context, input: SetRulePrioritiesInput) -> impl ::std::future::Future<Output = AwsResult<SetRulePrioritiesOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SetRulePriorities")) }
    }
    fn set_security_groups(&self, ctx: &Context, input: SetSecurityGroupsInput) -> impl ::std::future::Future<Output = AwsResult<SetSecurityGroupsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SetSecurityGroups")) }
    }
    fn set_subnets(&self, ctx: &Context, input: SetSubnetsInput) -> impl ::std::future::Future<Output = AwsResult<SetSubnetsOutput>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SetSubnets")) }
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
        "AddListenerCertificates" => crate::types::encode(&svc.add_listener_certificates(ctx, crate::types::decode(input)?).await?, form),
        "AddTags" => crate::types::encode(&svc.add_tags(ctx, crate::types::decode(input)?).await?, form),
        "AddTrustStoreRevocations" => crate::types::encode(&svc.add_trust_store_revocations(ctx, crate::types::decode(input)?).await?, form),
        "CreateListener" => crate::types::encode(&svc.create_listener(ctx, crate::types::decode(input)?).await?, form),
        "CreateLoadBalancer" => crate::types::encode(&svc.create_load_balancer(ctx, crate::types::decode(input)?).await?, form),
        "CreateRule" => crate::types::encode(&svc.create_rule(ctx, crate::types::decode(input)?).await?, form),
        "CreateTargetGroup" => crate::types::encode(&svc.create_target_group(ctx, crate::types::decode(input)?).await?, form),
        "CreateTrustStore" => crate::types::encode(&svc.create_trust_store(ctx, crate::types::decode(input)?).await?, form),
        "DeleteListener" => crate::types::encode(&svc.delete_listener(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLoadBalancer" => crate::types::encode(&svc.delete_load_balancer(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRule" => crate::types::encode(&svc.delete_rule(ctx, crate::types::decode(input)?).await?, form),
        "DeleteSharedTrustStoreAssociation" => crate::types::encode(&svc.delete_shared_trust_store_association(ctx, crate::types::decode(input)?).await?, form),
        "DeleteTargetGroup" => crate::types::encode(&svc.delete_target_group(ctx, crate::types::decode(input)?).await?, form),
        "DeleteTrustStore" => crate::types::encode(&svc.delete_trust_store(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterTargets" => crate::types::encode(&svc.deregister_targets(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAccountLimits" => crate::types::encode(&svc.describe_account_limits(ctx, crate::types::decode(input)?).await?, form),
        "DescribeCapacityReservation" => crate::types::encode(&svc.describe_capacity_reservation(ctx, crate::types::decode(input)?).await?, form),
        "DescribeListenerAttributes" => crate::types::encode(&svc.describe_listener_attributes(ctx, crate::types::decode(input)?).await?, form),
        "DescribeListenerCertificates" => crate::types::encode(&svc.describe_listener_certificates(ctx, crate::types::decode(input)?).await?, form),
        "DescribeListeners" => crate::types::encode(&svc.describe_listeners(ctx, crate::types::decode(input)?).await?, form),
        "DescribeLoadBalancerAttributes" => crate::types::encode(&svc.describe_load_balancer_attributes(ctx, crate::types::decode(input)?).await?, form),
        "DescribeLoadBalancers" => crate::types::encode(&svc.describe_load_balancers(ctx, crate::types::decode(input)?).await?, form),
        "DescribeRules" => crate::types::encode(&svc.describe_rules(ctx, crate::types::decode(input)?).await?, form),
        "DescribeSSLPolicies" => crate::types::encode(&svc.describe_ssl_policies(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTags" => crate::types::encode(&svc.describe_tags(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTargetGroupAttributes" => crate::types::encode(&svc.describe_target_group_attributes(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTargetGroups" => crate::types::encode(&svc.describe_target_groups(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTargetHealth" => crate::types::encode(&svc.describe_target_health(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTrustStoreAssociations" => crate::types::encode(&svc.describe_trust_store_associations(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTrustStoreRevocations" => crate::types::encode(&svc.describe_trust_store_revocations(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTrustStores" => crate::types::encode(&svc.describe_trust_stores(ctx, crate::types::decode(input)?).await?, form),
        "GetResourcePolicy" => crate::types::encode(&svc.get_resource_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetTrustStoreCaCertificatesBundle" => crate::types::encode(&svc.get_trust_store_ca_certificates_bundle(ctx, crate::types::decode(input)?).await?, form),
        "GetTrustStoreRevocationContent" => crate::types::encode(&svc.get_trust_store_revocation_content(ctx, crate::types::decode(input)?).await?, form),
        "ModifyCapacityReservation" => crate::types::encode(&svc.modify_capacity_reservation(ctx, crate::types::decode(input)?).await?, form),
        "ModifyIpPools" => crate::types::encode(&svc.modify_ip_pools(ctx, crate::types::decode(input)?).await?, form),
        "ModifyListener" => crate::types::encode(&svc.modify_listener(ctx, crate::types::decode(input)?).await?, form),
        "ModifyListenerAttributes" => crate::types::encode(&svc.modify_listener_attributes(ctx, crate::types::decode(input)?).await?, form),
        "ModifyLoadBalancerAttributes" => crate::types::encode(&svc.modify_load_balancer_attributes(ctx, crate::types::decode(input)?).await?, form),
        "ModifyRule" => crate::types::encode(&svc.modify_rule(ctx, crate::types::decode(input)?).await?, form),
        "ModifyTargetGroup" => crate::types::encode(&svc.modify_target_group(ctx, crate::types::decode(input)?).await?, form),
        "ModifyTargetGroupAttributes" => crate::types::encode(&svc.modify_target_group_attributes(ctx, crate::types::decode(input)?).await?, form),
        "ModifyTrustStore" => crate::types::encode(&svc.modify_trust_store(ctx, crate::types::decode(input)?).await?, form),
        "RegisterTargets" => crate::types::encode(&svc.register_targets(ctx, crate::types::decode(input)?).await?, form),
        "RemoveListenerCertificates" => crate::types::encode(&svc.remove_listener_certificates(ctx, crate::types::decode(input)?).await?, form),
        "RemoveTags" => crate::types::encode(&svc.remove_tags(ctx, crate::types::decode(input)?).await?, form),
        "RemoveTrustStoreRevocations" => crate::types::encode(&svc.remove_trust_store_revocations(ctx, crate::types::decode(input)?).await?, form),
        "SetIpAddressType" => crate::types::encode(&svc.set_ip_address_type(ctx, crate::types::decode(input)?).await?, form),
        "SetRulePriorities" => crate::types::encode(&svc.set_rule_priorities(ctx, crate::types::decode(input)?).await?, form),
        "SetSecurityGroups" => crate::types::encode(&svc.set_security_groups(ctx, crate::types::decode(input)?).await?, form),
        "SetSubnets" => crate::types::encode(&svc.set_subnets(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
