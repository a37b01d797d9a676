//! Generated from fixtures/models/sts.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "sts",
    service_id: "STS",
    signing_name: "sts",
    endpoint_prefix: "sts",
    target_prefix: None,
    api_version: "2011-06-15",
    protocols: &[Protocol::Query],
    model_json: include_str!("../../../fixtures/models/sts.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "AssumeRole",
    "AssumeRoleWithSAML",
    "AssumeRoleWithWebIdentity",
    "AssumeRoot",
    "DecodeAuthorizationMessage",
    "GetAccessKeyInfo",
    "GetCallerIdentity",
    "GetDelegatedAccessToken",
    "GetFederationToken",
    "GetSessionToken",
    "GetWebIdentityToken",
];

/// The `AssumeRoleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleRequest {
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleSessionName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_session_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "TransitiveTagKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transitive_tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "ExternalId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SerialNumber", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub serial_number: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TokenCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SourceIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_identity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ProvidedContexts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provided_contexts: ::std::option::Option<::std::vec::Vec<ProvidedContext>>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRoleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "AssumedRoleUser", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub packed_policy_size: ::std::option::Option<i32>,
    #[serde(rename = "SourceIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_identity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRoleWithSAMLRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithSAMLRequest {
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PrincipalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SAMLAssertion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub saml_assertion: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRoleWithSAMLResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithSAMLResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "AssumedRoleUser", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub packed_policy_size: ::std::option::Option<i32>,
    #[serde(rename = "Subject", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SubjectType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Issuer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Audience", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub audience: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NameQualifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_qualifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SourceIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_identity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRoleWithWebIdentityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithWebIdentityRequest {
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleSessionName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_session_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "WebIdentityToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_identity_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ProviderId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRoleWithWebIdentityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRoleWithWebIdentityResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "SubjectFromWebIdentityToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subject_from_web_identity_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AssumedRoleUser", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assumed_role_user: ::std::option::Option<AssumedRoleUser>,
    #[serde(rename = "PackedPolicySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub packed_policy_size: ::std::option::Option<i32>,
    #[serde(rename = "Provider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Audience", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub audience: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SourceIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_identity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRootRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRootRequest {
    #[serde(rename = "TargetPrincipal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_principal: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TaskPolicyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_policy_arn: ::std::option::Option<PolicyDescriptorType>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `AssumeRootResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumeRootResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "SourceIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_identity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `AssumedRoleUser` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssumedRoleUser {
    #[serde(rename = "AssumedRoleId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assumed_role_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `Credentials` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Credentials {
    #[serde(rename = "AccessKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SecretAccessKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_access_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SessionToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Expiration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DecodeAuthorizationMessageRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DecodeAuthorizationMessageRequest {
    #[serde(rename = "EncodedMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encoded_message: ::std::option::Option<::std::string::String>,
}

/// The `DecodeAuthorizationMessageResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DecodeAuthorizationMessageResponse {
    #[serde(rename = "DecodedMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub decoded_message: ::std::option::Option<::std::string::String>,
}

/// The `ExpiredTokenException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpiredTokenException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ExpiredTradeInTokenException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpiredTradeInTokenException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `FederatedUser` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FederatedUser {
    #[serde(rename = "FederatedUserId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub federated_user_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `GetAccessKeyInfoRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyInfoRequest {
    #[serde(rename = "AccessKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_key_id: ::std::option::Option<::std::string::String>,
}

/// The `GetAccessKeyInfoResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetAccessKeyInfoResponse {
    #[serde(rename = "Account", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<::std::string::String>,
}

/// The `GetCallerIdentityRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCallerIdentityRequest {
}

/// The `GetCallerIdentityResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetCallerIdentityResponse {
    #[serde(rename = "UserId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Account", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `GetDelegatedAccessTokenRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegatedAccessTokenRequest {
    #[serde(rename = "TradeInToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trade_in_token: ::std::option::Option<::std::string::String>,
}

/// The `GetDelegatedAccessTokenResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDelegatedAccessTokenResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "PackedPolicySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub packed_policy_size: ::std::option::Option<i32>,
    #[serde(rename = "AssumedPrincipal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assumed_principal: ::std::option::Option<::std::string::String>,
}

/// The `GetFederationTokenRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetFederationTokenRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arns: ::std::option::Option<::std::vec::Vec<PolicyDescriptorType>>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `GetFederationTokenResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetFederationTokenResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "FederatedUser", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub federated_user: ::std::option::Option<FederatedUser>,
    #[serde(rename = "PackedPolicySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub packed_policy_size: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `GetSessionTokenRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSessionTokenRequest {
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "SerialNumber", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub serial_number: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TokenCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MinimumSessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_session_token_size: ::std::option::Option<i32>,
}

/// The `GetSessionTokenResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetSessionTokenResponse {
    #[serde(rename = "Credentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials: ::std::option::Option<Credentials>,
    #[serde(rename = "SessionTokenUtilization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_utilization: ::std::option::Option<i32>,
    #[serde(rename = "SessionTokenSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_token_size: ::std::option::Option<i32>,
}

/// The `GetWebIdentityTokenRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetWebIdentityTokenRequest {
    #[serde(rename = "Audience", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub audience: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "DurationSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duration_seconds: ::std::option::Option<i32>,
    #[serde(rename = "SigningAlgorithm", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub signing_algorithm: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `GetWebIdentityTokenResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetWebIdentityTokenResponse {
    #[serde(rename = "WebIdentityToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_identity_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Expiration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration: ::std::option::Option<crate::types::Timestamp>,
}

/// The `IDPCommunicationErrorException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IDPCommunicationErrorException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `IDPRejectedClaimException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IDPRejectedClaimException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidAuthorizationMessageException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidAuthorizationMessageException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidIdentityTokenException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidIdentityTokenException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `JWTPayloadSizeExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct JWTPayloadSizeExceededException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `MalformedPolicyDocumentException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedPolicyDocumentException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `OutboundWebIdentityFederationDisabledException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutboundWebIdentityFederationDisabledException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PackedPolicyTooLargeException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PackedPolicyTooLargeException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PolicyDescriptorType` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyDescriptorType {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `ProvidedContext` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProvidedContext {
    #[serde(rename = "ProviderArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub provider_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ContextAssertion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub context_assertion: ::std::option::Option<::std::string::String>,
}

/// The `RegionDisabledException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegionDisabledException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SessionDurationEscalationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionDurationEscalationException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Tag` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    ExpiredTokenException,
    ExpiredTradeInTokenException,
    IDPCommunicationErrorException,
    IDPRejectedClaimException,
    InvalidAuthorizationMessageException,
    InvalidIdentityTokenException,
    JWTPayloadSizeExceededException,
    MalformedPolicyDocumentException,
    OutboundWebIdentityFederationDisabledException,
    PackedPolicyTooLargeException,
    RegionDisabledException,
    SessionDurationEscalationException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::ExpiredTokenException => "ExpiredTokenException",
            ErrorCode::ExpiredTradeInTokenException => "ExpiredTradeInTokenException",
            ErrorCode::IDPCommunicationErrorException => "IDPCommunicationError",
            ErrorCode::IDPRejectedClaimException => "IDPRejectedClaim",
            ErrorCode::InvalidAuthorizationMessageException => "InvalidAuthorizationMessageException",
            ErrorCode::InvalidIdentityTokenException => "InvalidIdentityToken",
            ErrorCode::JWTPayloadSizeExceededException => "JWTPayloadSizeExceededException",
            ErrorCode::MalformedPolicyDocumentException => "MalformedPolicyDocument",
            ErrorCode::OutboundWebIdentityFederationDisabledException => "OutboundWebIdentityFederationDisabledException",
            ErrorCode::PackedPolicyTooLargeException => "PackedPolicyTooLarge",
            ErrorCode::RegionDisabledException => "RegionDisabledException",
            ErrorCode::SessionDurationEscalationException => "SessionDurationEscalationException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::ExpiredTokenException => 400,
            ErrorCode::ExpiredTradeInTokenException => 400,
            ErrorCode::IDPCommunicationErrorException => 400,
            ErrorCode::IDPRejectedClaimException => 403,
            ErrorCode::InvalidAuthorizationMessageException => 400,
            ErrorCode::InvalidIdentityTokenException => 400,
            ErrorCode::JWTPayloadSizeExceededException => 400,
            ErrorCode::MalformedPolicyDocumentException => 400,
            ErrorCode::OutboundWebIdentityFederationDisabledException => 403,
            ErrorCode::PackedPolicyTooLargeException => 400,
            ErrorCode::RegionDisabledException => 403,
            ErrorCode::SessionDurationEscalationException => 403,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the sts model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn assume_role(&self, ctx: &Context, input: AssumeRoleRequest) -> impl ::std::future::Future<Output = AwsResult<AssumeRoleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssumeRole")) }
    }
    fn assume_role_with_saml(&self, ctx: &Context, input: AssumeRoleWithSAMLRequest) -> impl ::std::future::Future<Output = AwsResult<AssumeRoleWithSAMLResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssumeRoleWithSAML")) }
    }
    fn assume_role_with_web_identity(&self, ctx: &Context, input: AssumeRoleWithWebIdentityRequest) -> impl ::std::future::Future<Output = AwsResult<AssumeRoleWithWebIdentityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssumeRoleWithWebIdentity")) }
    }
    fn assume_root(&self, ctx: &Context, input: AssumeRootRequest) -> impl ::std::future::Future<Output = AwsResult<AssumeRootResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssumeRoot")) }
    }
    fn decode_authorization_message(&self, ctx: &Context, input: DecodeAuthorizationMessageRequest) -> impl ::std::future::Future<Output = AwsResult<DecodeAuthorizationMessageResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DecodeAuthorizationMessage")) }
    }
    fn get_access_key_info(&self, ctx: &Context, input: GetAccessKeyInfoRequest) -> impl ::std::future::Future<Output = AwsResult<GetAccessKeyInfoResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetAccessKeyInfo")) }
    }
    fn get_caller_identity(&self, ctx: &Context, input: GetCallerIdentityRequest) -> impl ::std::future::Future<Output = AwsResult<GetCallerIdentityResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetCallerIdentity")) }
    }
    fn get_delegated_access_token(&self, ctx: &Context, input: GetDelegatedAccessTokenRequest) -> impl ::std::future::Future<Output = AwsResult<GetDelegatedAccessTokenResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDelegatedAccessToken")) }
    }
    fn get_federation_token(&self, ctx: &Context, input: GetFederationTokenRequest) -> impl ::std::future::Future<Output = AwsResult<GetFederationTokenResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetFederationToken")) }
    }
    fn get_session_token(&self, ctx: &Context, input: GetSessionTokenRequest) -> impl ::std::future::Future<Output = AwsResult<GetSessionTokenResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetSessionToken")) }
    }
    fn get_web_identity_token(&self, ctx: &Context, input: GetWebIdentityTokenRequest) -> impl ::std::future::Future<Output = AwsResult<GetWebIdentityTokenResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetWebIdentityToken")) }
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
        "AssumeRole" => crate::types::encode(&svc.assume_role(ctx, crate::types::decode(input)?).await?, form),
        "AssumeRoleWithSAML" => crate::types::encode(&svc.assume_role_with_saml(ctx, crate::types::decode(input)?).await?, form),
        "AssumeRoleWithWebIdentity" => crate::types::encode(&svc.assume_role_with_web_identity(ctx, crate::types::decode(input)?).await?, form),
        "AssumeRoot" => crate::types::encode(&svc.assume_root(ctx, crate::types::decode(input)?).await?, form),
        "DecodeAuthorizationMessage" => crate::types::encode(&svc.decode_authorization_message(ctx, crate::types::decode(input)?).await?, form),
        "GetAccessKeyInfo" => crate::types::encode(&svc.get_access_key_info(ctx, crate::types::decode(input)?).await?, form),
        "GetCallerIdentity" => crate::types::encode(&svc.get_caller_identity(ctx, crate::types::decode(input)?).await?, form),
        "GetDelegatedAccessToken" => crate::types::encode(&svc.get_delegated_access_token(ctx, crate::types::decode(input)?).await?, form),
        "GetFederationToken" => crate::types::encode(&svc.get_federation_token(ctx, crate::types::decode(input)?).await?, form),
        "GetSessionToken" => crate::types::encode(&svc.get_session_token(ctx, crate::types::decode(input)?).await?, form),
        "GetWebIdentityToken" => crate::types::encode(&svc.get_web_identity_token(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
