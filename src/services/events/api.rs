//! Generated from fixtures/models/events.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "events",
    service_id: "EventBridge",
    signing_name: "events",
    endpoint_prefix: "events",
    target_prefix: Some("AWSEvents"),
    api_version: "2015-10-07",
    protocols: &[Protocol::Json],
    model_json: include_str!("../../../fixtures/models/events.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "ActivateEventSource",
    "CancelReplay",
    "CreateApiDestination",
    "CreateArchive",
    "CreateConnection",
    "CreateEndpoint",
    "CreateEventBus",
    "CreatePartnerEventSource",
    "DeactivateEventSource",
    "DeauthorizeConnection",
    "DeleteApiDestination",
    "DeleteArchive",
    "DeleteConnection",
    "DeleteEndpoint",
    "DeleteEventBus",
    "DeletePartnerEventSource",
    "DeleteRule",
    "DescribeApiDestination",
    "DescribeArchive",
    "DescribeConnection",
    "DescribeEndpoint",
    "DescribeEventBus",
    "DescribeEventSource",
    "DescribePartnerEventSource",
    "DescribeReplay",
    "DescribeRule",
    "DisableRule",
    "EnableRule",
    "ListApiDestinations",
    "ListArchives",
    "ListConnections",
    "ListEndpoints",
    "ListEventBuses",
    "ListEventSources",
    "ListPartnerEventSourceAccounts",
    "ListPartnerEventSources",
    "ListReplays",
    "ListRuleNamesByTarget",
    "ListRules",
    "ListTagsForResource",
    "ListTargetsByRule",
    "PutEvents",
    "PutPartnerEvents",
    "PutPermission",
    "PutRule",
    "PutTargets",
    "RemovePermission",
    "RemoveTargets",
    "StartReplay",
    "TagResource",
    "TestEventPattern",
    "UntagResource",
    "UpdateApiDestination",
    "UpdateArchive",
    "UpdateConnection",
    "UpdateEndpoint",
    "UpdateEventBus",
];

/// The `AccessDeniedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {
}

/// The `ActivateEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ActivateEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `ApiDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ApiDestination {
    #[serde(rename = "ApiDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiDestinationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationRateLimitPerSecond", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_rate_limit_per_second: ::std::option::Option<i32>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `AppSyncParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AppSyncParameters {
    #[serde(rename = "GraphQLOperation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub graph_ql_operation: ::std::option::Option<::std::string::String>,
}

/// The `Archive` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Archive {
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RetentionDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_days: ::std::option::Option<i32>,
    #[serde(rename = "SizeBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "EventCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_count: ::std::option::Option<i64>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `AwsVpcConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AwsVpcConfiguration {
    #[serde(rename = "Subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "SecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "AssignPublicIp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assign_public_ip: ::std::option::Option<::std::string::String>,
}

/// The `BatchArrayProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchArrayProperties {
    #[serde(rename = "Size", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i32>,
}

/// The `BatchParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchParameters {
    #[serde(rename = "JobDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "JobName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ArrayProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub array_properties: ::std::option::Option<BatchArrayProperties>,
    #[serde(rename = "RetryStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retry_strategy: ::std::option::Option<BatchRetryStrategy>,
}

/// The `BatchRetryStrategy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BatchRetryStrategy {
    #[serde(rename = "Attempts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attempts: ::std::option::Option<i32>,
}

/// The `CancelReplayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelReplayRequest {
    #[serde(rename = "ReplayName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_name: ::std::option::Option<::std::string::String>,
}

/// The `CancelReplayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelReplayResponse {
    #[serde(rename = "ReplayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
}

/// The `CapacityProviderStrategyItem` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityProviderStrategyItem {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider: ::std::option::Option<::std::string::String>,
    #[serde(rename = "weight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub weight: ::std::option::Option<i32>,
    #[serde(rename = "base", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub base: ::std::option::Option<i32>,
}

/// The `ConcurrentModificationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConcurrentModificationException {
}

/// The `Condition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Condition {
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `Connection` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Connection {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthorizationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastAuthorizedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_authorized_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ConnectionApiKeyAuthResponseParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionApiKeyAuthResponseParameters {
    #[serde(rename = "ApiKeyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_name: ::std::option::Option<::std::string::String>,
}

/// The `ConnectionAuthResponseParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionAuthResponseParameters {
    #[serde(rename = "BasicAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub basic_auth_parameters: ::std::option::Option<ConnectionBasicAuthResponseParameters>,
    #[serde(rename = "OAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_parameters: ::std::option::Option<ConnectionOAuthResponseParameters>,
    #[serde(rename = "ApiKeyAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_auth_parameters: ::std::option::Option<ConnectionApiKeyAuthResponseParameters>,
    #[serde(rename = "InvocationHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
    #[serde(rename = "ConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connectivity_parameters: ::std::option::Option<DescribeConnectionConnectivityParameters>,
}

/// The `ConnectionBasicAuthResponseParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionBasicAuthResponseParameters {
    #[serde(rename = "Username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
}

/// The `ConnectionBodyParameter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionBodyParameter {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IsValueSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_value_secret: ::std::option::Option<bool>,
}

/// The `ConnectionHeaderParameter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionHeaderParameter {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IsValueSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_value_secret: ::std::option::Option<bool>,
}

/// The `ConnectionHttpParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionHttpParameters {
    #[serde(rename = "HeaderParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub header_parameters: ::std::option::Option<::std::vec::Vec<ConnectionHeaderParameter>>,
    #[serde(rename = "QueryStringParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string_parameters: ::std::option::Option<::std::vec::Vec<ConnectionQueryStringParameter>>,
    #[serde(rename = "BodyParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub body_parameters: ::std::option::Option<::std::vec::Vec<ConnectionBodyParameter>>,
}

/// The `ConnectionOAuthClientResponseParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionOAuthClientResponseParameters {
    #[serde(rename = "ClientID", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
}

/// The `ConnectionOAuthResponseParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionOAuthResponseParameters {
    #[serde(rename = "ClientParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_parameters: ::std::option::Option<ConnectionOAuthClientResponseParameters>,
    #[serde(rename = "AuthorizationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OAuthHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
}

/// The `ConnectionQueryStringParameter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectionQueryStringParameter {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IsValueSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_value_secret: ::std::option::Option<bool>,
}

/// The `ConnectivityResourceConfigurationArn` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectivityResourceConfigurationArn {
    #[serde(rename = "ResourceConfigurationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_configuration_arn: ::std::option::Option<::std::string::String>,
}

/// The `ConnectivityResourceParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConnectivityResourceParameters {
    #[serde(rename = "ResourceParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_parameters: ::std::option::Option<ConnectivityResourceConfigurationArn>,
}

/// The `CreateApiDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApiDestinationRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationRateLimitPerSecond", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_rate_limit_per_second: ::std::option::Option<i32>,
}

/// The `CreateApiDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateApiDestinationResponse {
    #[serde(rename = "ApiDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiDestinationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `CreateArchiveRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateArchiveRequest {
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RetentionDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_days: ::std::option::Option<i32>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
}

/// The `CreateArchiveResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateArchiveResponse {
    #[serde(rename = "ArchiveArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `CreateConnectionApiKeyAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionApiKeyAuthRequestParameters {
    #[serde(rename = "ApiKeyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiKeyValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_value: ::std::option::Option<::std::string::String>,
}

/// The `CreateConnectionAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionAuthRequestParameters {
    #[serde(rename = "BasicAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub basic_auth_parameters: ::std::option::Option<CreateConnectionBasicAuthRequestParameters>,
    #[serde(rename = "OAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_parameters: ::std::option::Option<CreateConnectionOAuthRequestParameters>,
    #[serde(rename = "ApiKeyAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_auth_parameters: ::std::option::Option<CreateConnectionApiKeyAuthRequestParameters>,
    #[serde(rename = "InvocationHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
    #[serde(rename = "ConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connectivity_parameters: ::std::option::Option<ConnectivityResourceParameters>,
}

/// The `CreateConnectionBasicAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionBasicAuthRequestParameters {
    #[serde(rename = "Username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Password", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
}

/// The `CreateConnectionOAuthClientRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionOAuthClientRequestParameters {
    #[serde(rename = "ClientID", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ClientSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
}

/// The `CreateConnectionOAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionOAuthRequestParameters {
    #[serde(rename = "ClientParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_parameters: ::std::option::Option<CreateConnectionOAuthClientRequestParameters>,
    #[serde(rename = "AuthorizationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OAuthHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
}

/// The `CreateConnectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthorizationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_parameters: ::std::option::Option<CreateConnectionAuthRequestParameters>,
    #[serde(rename = "InvocationConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_connectivity_parameters: ::std::option::Option<ConnectivityResourceParameters>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
}

/// The `CreateConnectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateConnectionResponse {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `CreateEndpointRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEndpointRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateEndpointResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEndpointResponse {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `CreateEventBusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEventBusRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "LogConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_config: ::std::option::Option<LogConfig>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `CreateEventBusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateEventBusResponse {
    #[serde(rename = "EventBusArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "LogConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_config: ::std::option::Option<LogConfig>,
}

/// The `CreatePartnerEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePartnerEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Account", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<::std::string::String>,
}

/// The `CreatePartnerEventSourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePartnerEventSourceResponse {
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeactivateEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeactivateEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeadLetterConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeadLetterConfig {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
}

/// The `DeauthorizeConnectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeauthorizeConnectionRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeauthorizeConnectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeauthorizeConnectionResponse {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastAuthorizedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_authorized_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DeleteApiDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteApiDestinationRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteApiDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteApiDestinationResponse {
}

/// The `DeleteArchiveRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteArchiveRequest {
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteArchiveResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteArchiveResponse {
}

/// The `DeleteConnectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteConnectionRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteConnectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteConnectionResponse {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastAuthorizedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_authorized_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DeleteEndpointRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEndpointRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteEndpointResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEndpointResponse {
}

/// The `DeleteEventBusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteEventBusRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeletePartnerEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeletePartnerEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Account", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRuleRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DescribeApiDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeApiDestinationRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeApiDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeApiDestinationResponse {
    #[serde(rename = "ApiDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiDestinationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationRateLimitPerSecond", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_rate_limit_per_second: ::std::option::Option<i32>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeArchiveRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeArchiveRequest {
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeArchiveResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeArchiveResponse {
    #[serde(rename = "ArchiveArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RetentionDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_days: ::std::option::Option<i32>,
    #[serde(rename = "SizeBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "EventCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_count: ::std::option::Option<i64>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeConnectionConnectivityParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConnectionConnectivityParameters {
    #[serde(rename = "ResourceParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_parameters: ::std::option::Option<DescribeConnectionResourceParameters>,
}

/// The `DescribeConnectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConnectionRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeConnectionResourceParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConnectionResourceParameters {
    #[serde(rename = "ResourceConfigurationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_configuration_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceAssociationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_association_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeConnectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConnectionResponse {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_connectivity_parameters: ::std::option::Option<DescribeConnectionConnectivityParameters>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthorizationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SecretArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_parameters: ::std::option::Option<ConnectionAuthResponseParameters>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastAuthorizedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_authorized_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeEndpointRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEndpointRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HomeRegion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub home_region: ::std::option::Option<::std::string::String>,
}

/// The `DescribeEndpointResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEndpointResponse {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeEventBusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEventBusRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeEventBusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEventBusResponse {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "LogConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_config: ::std::option::Option<LogConfig>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ManagedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_by: ::std::option::Option<::std::string::String>,
}

/// The `DescribeEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeEventSourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeEventSourceResponse {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ExpirationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `DescribePartnerEventSourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePartnerEventSourceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribePartnerEventSourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribePartnerEventSourceResponse {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeReplayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeReplayRequest {
    #[serde(rename = "ReplayName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeReplayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeReplayResponse {
    #[serde(rename = "ReplayName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReplayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplayDestination>,
    #[serde(rename = "EventStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EventEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EventLastReplayedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_last_replayed_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ReplayStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ReplayEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_end_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DescribeRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRuleRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `DescribeRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeRuleResponse {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ManagedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
}

/// The `DisableRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisableRuleRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `EcsParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EcsParameters {
    #[serde(rename = "TaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_count: ::std::option::Option<i32>,
    #[serde(rename = "LaunchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NetworkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "PlatformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Group", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CapacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "EnableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "EnableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "PlacementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<PlacementConstraint>>,
    #[serde(rename = "PlacementStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_strategy: ::std::option::Option<::std::vec::Vec<PlacementStrategy>>,
    #[serde(rename = "PropagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReferenceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `EnableRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnableRuleRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `Endpoint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Endpoint {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `EndpointEventBus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EndpointEventBus {
    #[serde(rename = "EventBusArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_arn: ::std::option::Option<::std::string::String>,
}

/// The `EventBus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventBus {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ManagedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_by: ::std::option::Option<::std::string::String>,
}

/// The `EventSource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EventSource {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ExpirationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `FailoverConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FailoverConfig {
    #[serde(rename = "Primary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary: ::std::option::Option<Primary>,
    #[serde(rename = "Secondary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secondary: ::std::option::Option<Secondary>,
}

/// The `HttpParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpParameters {
    #[serde(rename = "PathParameterValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub path_parameter_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "HeaderParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub header_parameters: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "QueryStringParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string_parameters: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `IllegalStatusException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IllegalStatusException {
}

/// The `InputTransformer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InputTransformer {
    #[serde(rename = "InputPathsMap", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_paths_map: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "InputTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_template: ::std::option::Option<::std::string::String>,
}

/// The `InternalException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalException {
}

/// The `InvalidEventPatternException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidEventPatternException {
}

/// The `InvalidStateException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidStateException {
}

/// The `KinesisParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KinesisParameters {
    #[serde(rename = "PartitionKeyPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partition_key_path: ::std::option::Option<::std::string::String>,
}

/// The `LimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
}

/// The `ListApiDestinationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListApiDestinationsRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListApiDestinationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListApiDestinationsResponse {
    #[serde(rename = "ApiDestinations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destinations: ::std::option::Option<::std::vec::Vec<ApiDestination>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListArchivesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListArchivesRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListArchivesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListArchivesResponse {
    #[serde(rename = "Archives", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archives: ::std::option::Option<::std::vec::Vec<Archive>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListConnectionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListConnectionsRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListConnectionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListConnectionsResponse {
    #[serde(rename = "Connections", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connections: ::std::option::Option<::std::vec::Vec<Connection>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListEndpointsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEndpointsRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HomeRegion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub home_region: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListEndpointsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEndpointsResponse {
    #[serde(rename = "Endpoints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoints: ::std::option::Option<::std::vec::Vec<Endpoint>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListEventBusesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventBusesRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListEventBusesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventBusesResponse {
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EventBus>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListEventSourcesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventSourcesRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListEventSourcesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListEventSourcesResponse {
    #[serde(rename = "EventSources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_sources: ::std::option::Option<::std::vec::Vec<EventSource>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPartnerEventSourceAccountsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPartnerEventSourceAccountsRequest {
    #[serde(rename = "EventSourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListPartnerEventSourceAccountsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPartnerEventSourceAccountsResponse {
    #[serde(rename = "PartnerEventSourceAccounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_event_source_accounts: ::std::option::Option<::std::vec::Vec<PartnerEventSourceAccount>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListPartnerEventSourcesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPartnerEventSourcesRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListPartnerEventSourcesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListPartnerEventSourcesResponse {
    #[serde(rename = "PartnerEventSources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_event_sources: ::std::option::Option<::std::vec::Vec<PartnerEventSource>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListReplaysRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListReplaysRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListReplaysResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListReplaysResponse {
    #[serde(rename = "Replays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replays: ::std::option::Option<::std::vec::Vec<Replay>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListRuleNamesByTargetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRuleNamesByTargetRequest {
    #[serde(rename = "TargetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListRuleNamesByTargetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRuleNamesByTargetResponse {
    #[serde(rename = "RuleNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListRulesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRulesRequest {
    #[serde(rename = "NamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListRulesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListRulesResponse {
    #[serde(rename = "Rules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rules: ::std::option::Option<::std::vec::Vec<Rule>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListTagsForResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceRequest {
    #[serde(rename = "ResourceARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `ListTagsForResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsForResourceResponse {
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `ListTargetsByRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTargetsByRuleRequest {
    #[serde(rename = "Rule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListTargetsByRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTargetsByRuleResponse {
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::vec::Vec<Target>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `LogConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogConfig {
    #[serde(rename = "IncludeDetail", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_detail: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Level", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub level: ::std::option::Option<::std::string::String>,
}

/// The `ManagedRuleException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedRuleException {
}

/// The `NetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkConfiguration {
    #[serde(rename = "awsvpcConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub awsvpc_configuration: ::std::option::Option<AwsVpcConfiguration>,
}

/// The `OperationDisabledException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationDisabledException {
}

/// The `PartnerEventSource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PartnerEventSource {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `PartnerEventSourceAccount` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PartnerEventSourceAccount {
    #[serde(rename = "Account", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ExpirationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `PlacementConstraint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlacementConstraint {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
}

/// The `PlacementStrategy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlacementStrategy {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "field", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
}

/// The `PolicyLengthExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PolicyLengthExceededException {
}

/// The `Primary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Primary {
    #[serde(rename = "HealthCheck", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check: ::std::option::Option<::std::string::String>,
}

/// The `PutEventsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventsRequest {
    #[serde(rename = "Entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<PutEventsRequestEntry>>,
    #[serde(rename = "EndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_id: ::std::option::Option<::std::string::String>,
}

/// The `PutEventsRequestEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventsRequestEntry {
    #[serde(rename = "Time", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "DetailType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Detail", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TraceHeader", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trace_header: ::std::option::Option<::std::string::String>,
}

/// The `PutEventsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventsResponse {
    #[serde(rename = "FailedEntryCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entry_count: ::std::option::Option<i32>,
    #[serde(rename = "Entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<PutEventsResultEntry>>,
}

/// The `PutEventsResultEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutEventsResultEntry {
    #[serde(rename = "EventId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `PutPartnerEventsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutPartnerEventsRequest {
    #[serde(rename = "Entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<PutPartnerEventsRequestEntry>>,
}

/// The `PutPartnerEventsRequestEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutPartnerEventsRequestEntry {
    #[serde(rename = "Time", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "DetailType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Detail", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
}

/// The `PutPartnerEventsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutPartnerEventsResponse {
    #[serde(rename = "FailedEntryCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entry_count: ::std::option::Option<i32>,
    #[serde(rename = "Entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<PutPartnerEventsResultEntry>>,
}

/// The `PutPartnerEventsResultEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutPartnerEventsResultEntry {
    #[serde(rename = "EventId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `PutPermissionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutPermissionRequest {
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Action", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Principal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StatementId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Condition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<Condition>,
    #[serde(rename = "Policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<::std::string::String>,
}

/// The `PutRuleRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRuleRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `PutRuleResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRuleResponse {
    #[serde(rename = "RuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arn: ::std::option::Option<::std::string::String>,
}

/// The `PutTargetsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutTargetsRequest {
    #[serde(rename = "Rule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::vec::Vec<Target>>,
}

/// The `PutTargetsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutTargetsResponse {
    #[serde(rename = "FailedEntryCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entry_count: ::std::option::Option<i32>,
    #[serde(rename = "FailedEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entries: ::std::option::Option<::std::vec::Vec<PutTargetsResultEntry>>,
}

/// The `PutTargetsResultEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutTargetsResultEntry {
    #[serde(rename = "TargetId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `RedshiftDataParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RedshiftDataParameters {
    #[serde(rename = "SecretManagerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_manager_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Database", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub database: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DbUser", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub db_user: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Sql", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sql: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StatementName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "WithEvent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_event: ::std::option::Option<bool>,
    #[serde(rename = "Sqls", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sqls: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `RemovePermissionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemovePermissionRequest {
    #[serde(rename = "StatementId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RemoveAllPermissions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remove_all_permissions: ::std::option::Option<bool>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `RemoveTargetsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTargetsRequest {
    #[serde(rename = "Rule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Ids", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `RemoveTargetsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTargetsResponse {
    #[serde(rename = "FailedEntryCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entry_count: ::std::option::Option<i32>,
    #[serde(rename = "FailedEntries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_entries: ::std::option::Option<::std::vec::Vec<RemoveTargetsResultEntry>>,
}

/// The `RemoveTargetsResultEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RemoveTargetsResultEntry {
    #[serde(rename = "TargetId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `Replay` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Replay {
    #[serde(rename = "ReplayName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EventEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EventLastReplayedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_last_replayed_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ReplayStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ReplayEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_end_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ReplayDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplayDestination {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FilterArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ReplicationConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ReplicationConfig {
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `ResourceAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceAlreadyExistsException {
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
}

/// The `RetryPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RetryPolicy {
    #[serde(rename = "MaximumRetryAttempts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum_retry_attempts: ::std::option::Option<i32>,
    #[serde(rename = "MaximumEventAgeInSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum_event_age_in_seconds: ::std::option::Option<i32>,
}

/// The `RoutingConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RoutingConfig {
    #[serde(rename = "FailoverConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failover_config: ::std::option::Option<FailoverConfig>,
}

/// The `Rule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Rule {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ManagedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventBusName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_bus_name: ::std::option::Option<::std::string::String>,
}

/// The `RunCommandParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunCommandParameters {
    #[serde(rename = "RunCommandTargets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub run_command_targets: ::std::option::Option<::std::vec::Vec<RunCommandTarget>>,
}

/// The `RunCommandTarget` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunCommandTarget {
    #[serde(rename = "Key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `SageMakerPipelineParameter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SageMakerPipelineParameter {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `SageMakerPipelineParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SageMakerPipelineParameters {
    #[serde(rename = "PipelineParameterList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pipeline_parameter_list: ::std::option::Option<::std::vec::Vec<SageMakerPipelineParameter>>,
}

/// The `Secondary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Secondary {
    #[serde(rename = "Route", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub route: ::std::option::Option<::std::string::String>,
}

/// The `SqsParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SqsParameters {
    #[serde(rename = "MessageGroupId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message_group_id: ::std::option::Option<::std::string::String>,
}

/// The `StartReplayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartReplayRequest {
    #[serde(rename = "ReplayName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EventEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<ReplayDestination>,
}

/// The `StartReplayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartReplayResponse {
    #[serde(rename = "ReplayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReplayStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replay_start_time: ::std::option::Option<crate::types::Timestamp>,
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
    #[serde(rename = "ResourceARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `TagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceResponse {
}

/// The `Target` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Target {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Input", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InputPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InputTransformer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub input_transformer: ::std::option::Option<InputTransformer>,
    #[serde(rename = "KinesisParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kinesis_parameters: ::std::option::Option<KinesisParameters>,
    #[serde(rename = "RunCommandParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub run_command_parameters: ::std::option::Option<RunCommandParameters>,
    #[serde(rename = "EcsParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecs_parameters: ::std::option::Option<EcsParameters>,
    #[serde(rename = "BatchParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub batch_parameters: ::std::option::Option<BatchParameters>,
    #[serde(rename = "SqsParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sqs_parameters: ::std::option::Option<SqsParameters>,
    #[serde(rename = "HttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_parameters: ::std::option::Option<HttpParameters>,
    #[serde(rename = "RedshiftDataParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub redshift_data_parameters: ::std::option::Option<RedshiftDataParameters>,
    #[serde(rename = "SageMakerPipelineParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sage_maker_pipeline_parameters: ::std::option::Option<SageMakerPipelineParameters>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "RetryPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retry_policy: ::std::option::Option<RetryPolicy>,
    #[serde(rename = "AppSyncParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub app_sync_parameters: ::std::option::Option<AppSyncParameters>,
}

/// The `TestEventPatternRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestEventPatternRequest {
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Event", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event: ::std::option::Option<::std::string::String>,
}

/// The `TestEventPatternResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestEventPatternResponse {
    #[serde(rename = "Result", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result: ::std::option::Option<bool>,
}

/// The `ThrottlingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThrottlingException {
}

/// The `UntagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "ResourceARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TagKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UntagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceResponse {
}

/// The `UpdateApiDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateApiDestinationRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InvocationRateLimitPerSecond", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_rate_limit_per_second: ::std::option::Option<i32>,
}

/// The `UpdateApiDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateApiDestinationResponse {
    #[serde(rename = "ApiDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiDestinationState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_destination_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `UpdateArchiveRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateArchiveRequest {
    #[serde(rename = "ArchiveName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EventPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RetentionDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_days: ::std::option::Option<i32>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
}

/// The `UpdateArchiveResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateArchiveResponse {
    #[serde(rename = "ArchiveArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub archive_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `UpdateConnectionApiKeyAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionApiKeyAuthRequestParameters {
    #[serde(rename = "ApiKeyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ApiKeyValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_value: ::std::option::Option<::std::string::String>,
}

/// The `UpdateConnectionAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionAuthRequestParameters {
    #[serde(rename = "BasicAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub basic_auth_parameters: ::std::option::Option<UpdateConnectionBasicAuthRequestParameters>,
    #[serde(rename = "OAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_parameters: ::std::option::Option<UpdateConnectionOAuthRequestParameters>,
    #[serde(rename = "ApiKeyAuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub api_key_auth_parameters: ::std::option::Option<UpdateConnectionApiKeyAuthRequestParameters>,
    #[serde(rename = "InvocationHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
    #[serde(rename = "ConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connectivity_parameters: ::std::option::Option<ConnectivityResourceParameters>,
}

/// The `UpdateConnectionBasicAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionBasicAuthRequestParameters {
    #[serde(rename = "Username", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub username: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Password", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub password: ::std::option::Option<::std::string::String>,
}

/// The `UpdateConnectionOAuthClientRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionOAuthClientRequestParameters {
    #[serde(rename = "ClientID", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ClientSecret", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_secret: ::std::option::Option<::std::string::String>,
}

/// The `UpdateConnectionOAuthRequestParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionOAuthRequestParameters {
    #[serde(rename = "ClientParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_parameters: ::std::option::Option<UpdateConnectionOAuthClientRequestParameters>,
    #[serde(rename = "AuthorizationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HttpMethod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_method: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OAuthHttpParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub o_auth_http_parameters: ::std::option::Option<ConnectionHttpParameters>,
}

/// The `UpdateConnectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthorizationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AuthParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_parameters: ::std::option::Option<UpdateConnectionAuthRequestParameters>,
    #[serde(rename = "InvocationConnectivityParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub invocation_connectivity_parameters: ::std::option::Option<ConnectivityResourceParameters>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
}

/// The `UpdateConnectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateConnectionResponse {
    #[serde(rename = "ConnectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ConnectionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connection_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "LastAuthorizedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_authorized_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `UpdateEndpointRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEndpointRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `UpdateEndpointResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEndpointResponse {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_config: ::std::option::Option<RoutingConfig>,
    #[serde(rename = "ReplicationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub replication_config: ::std::option::Option<ReplicationConfig>,
    #[serde(rename = "EventBuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_buses: ::std::option::Option<::std::vec::Vec<EndpointEventBus>>,
    #[serde(rename = "RoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "EndpointUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "State", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `UpdateEventBusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEventBusRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "LogConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_config: ::std::option::Option<LogConfig>,
}

/// The `UpdateEventBusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateEventBusResponse {
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "KmsKeyIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DeadLetterConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dead_letter_config: ::std::option::Option<DeadLetterConfig>,
    #[serde(rename = "LogConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_config: ::std::option::Option<LogConfig>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    AccessDeniedException,
    ConcurrentModificationException,
    IllegalStatusException,
    InternalException,
    InvalidEventPatternException,
    InvalidStateException,
    LimitExceededException,
    ManagedRuleException,
    OperationDisabledException,
    PolicyLengthExceededException,
    ResourceAlreadyExistsException,
    ResourceNotFoundException,
    ThrottlingException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::AccessDeniedException => "AccessDeniedException",
            ErrorCode::ConcurrentModificationException => "ConcurrentModificationException",
            ErrorCode::IllegalStatusException => "IllegalStatusException",
            ErrorCode::InternalException => "InternalException",
            ErrorCode::InvalidEventPatternException => "InvalidEventPatternException",
            ErrorCode::InvalidStateException => "InvalidStateException",
            ErrorCode::LimitExceededException => "LimitExceededException",
            ErrorCode::ManagedRuleException => "ManagedRuleException",
            ErrorCode::OperationDisabledException => "OperationDisabledException",
            ErrorCode::PolicyLengthExceededException => "PolicyLengthExceededException",
            ErrorCode::ResourceAlreadyExistsException => "ResourceAlreadyExistsException",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::ThrottlingException => "ThrottlingException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::AccessDeniedException => 400,
            ErrorCode::ConcurrentModificationException => 400,
            ErrorCode::IllegalStatusException => 400,
            ErrorCode::InternalException => 500,
            ErrorCode::InvalidEventPatternException => 400,
            ErrorCode::InvalidStateException => 400,
            ErrorCode::LimitExceededException => 400,
            ErrorCode::ManagedRuleException => 400,
            ErrorCode::OperationDisabledException => 400,
            ErrorCode::PolicyLengthExceededException => 400,
            ErrorCode::ResourceAlreadyExistsException => 400,
            ErrorCode::ResourceNotFoundException => 400,
            ErrorCode::ThrottlingException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the events model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn activate_event_source(&self, ctx: &Context, input: ActivateEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ActivateEventSource")) }
    }
    fn cancel_replay(&self, ctx: &Context, input: CancelReplayRequest) -> impl ::std::future::Future<Output = AwsResult<CancelReplayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CancelReplay")) }
    }
    fn create_api_destination(&self, ctx: &Context, input: CreateApiDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<CreateApiDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateApiDestination")) }
    }
    fn create_archive(&self, ctx: &Context, input: CreateArchiveRequest) -> impl ::std::future::Future<Output = AwsResult<CreateArchiveResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateArchive")) }
    }
    fn create_connection(&self, ctx: &Context, input: CreateConnectionRequest) -> impl ::std::future::Future<Output = AwsResult<CreateConnectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateConnection")) }
    }
    fn create_endpoint(&self, ctx: &Context, input: CreateEndpointRequest) -> impl ::std::future::Future<Output = AwsResult<CreateEndpointResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateEndpoint")) }
    }
    fn create_event_bus(&self, ctx: &Context, input: CreateEventBusRequest) -> impl ::std::future::Future<Output = AwsResult<CreateEventBusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateEventBus")) }
    }
    fn create_partner_event_source(&self, ctx: &Context, input: CreatePartnerEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<CreatePartnerEventSourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreatePartnerEventSource")) }
    }
    fn deactivate_event_source(&self, ctx: &Context, input: DeactivateEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeactivateEventSource")) }
    }
    fn deauthorize_connection(&self, ctx: &Context, input: DeauthorizeConnectionRequest) -> impl ::std::future::Future<Output = AwsResult<DeauthorizeConnectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeauthorizeConnection")) }
    }
    fn delete_api_destination(&self, ctx: &Context, input: DeleteApiDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteApiDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteApiDestination")) }
    }
    fn delete_archive(&self, ctx: &Context, input: DeleteArchiveRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteArchiveResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteArchive")) }
    }
    fn delete_connection(&self, ctx: &Context, input: DeleteConnectionRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteConnectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteConnection")) }
    }
    fn delete_endpoint(&self, ctx: &Context, input: DeleteEndpointRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteEndpointResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteEndpoint")) }
    }
    fn delete_event_bus(&self, ctx: &Context, input: DeleteEventBusRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteEventBus")) }
    }
    fn delete_partner_event_source(&self, ctx: &Context, input: DeletePartnerEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeletePartnerEventSource")) }
    }
    fn delete_rule(&self, ctx: &Context, input: DeleteRuleRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRule")) }
    }
    fn describe_api_destination(&self, ctx: &Context, input: DescribeApiDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeApiDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeApiDestination")) }
    }
    fn describe_archive(&self, ctx: &Context, input: DescribeArchiveRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeArchiveResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeArchive")) }
    }
    fn describe_connection(&self, ctx: &Context, input: DescribeConnectionRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeConnectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeConnection")) }
    }
    fn describe_endpoint(&self, ctx: &Context, input: DescribeEndpointRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeEndpointResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeEndpoint")) }
    }
    fn describe_event_bus(&self, ctx: &Context, input: DescribeEventBusRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeEventBusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeEventBus")) }
    }
    fn describe_event_source(&self, ctx: &Context, input: DescribeEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeEventSourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeEventSource")) }
    }
    fn describe_partner_event_source(&self, ctx: &Context, input: DescribePartnerEventSourceRequest) -> impl ::std::future::Future<Output = AwsResult<DescribePartnerEventSourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribePartnerEventSource")) }
    }
    fn describe_replay(&self, ctx: &Context, input: DescribeReplayRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeReplayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeReplay")) }
    }
    fn describe_rule(&self, ctx: &Context, input: DescribeRuleRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeRule")) }
    }
    fn disable_rule(&self, ctx: &Context, input: DisableRuleRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisableRule")) }
    }
    fn enable_rule(&self, ctx: &Context, input: EnableRuleRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "EnableRule")) }
    }
    fn list_api_destinations(&self, ctx: &Context, input: ListApiDestinationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListApiDestinationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListApiDestinations")) }
    }
    fn list_archives(&self, ctx: &Context, input: ListArchivesRequest) -> impl ::std::future::Future<Output = AwsResult<ListArchivesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListArchives")) }
    }
    fn list_connections(&self, ctx: &Context, input: ListConnectionsRequest) -> impl ::std::future::Future<Output = AwsResult<ListConnectionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListConnections")) }
    }
    fn list_endpoints(&self, ctx: &Context, input: ListEndpointsRequest) -> impl ::std::future::Future<Output = AwsResult<ListEndpointsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListEndpoints")) }
    }
    fn list_event_buses(&self, ctx: &Context, input: ListEventBusesRequest) -> impl ::std::future::Future<Output = AwsResult<ListEventBusesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListEventBuses")) }
    }
    fn list_event_sources(&self, ctx: &Context, input: ListEventSourcesRequest) -> impl ::std::future::Future<Output = AwsResult<ListEventSourcesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListEventSources")) }
    }
    fn list_partner_event_source_accounts(&self, ctx: &Context, input: ListPartnerEventSourceAccountsRequest) -> impl ::std::future::Future<Output = AwsResult<ListPartnerEventSourceAccountsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListPartnerEventSourceAccounts")) }
    }
    fn list_partner_event_sources(&self, ctx: &Context, input: ListPartnerEventSourcesRequest) -> impl ::std::future::Future<Output = AwsResult<ListPartnerEventSourcesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListPartnerEventSources")) }
    }
    fn list_replays(&self, ctx: &Context, input: ListReplaysRequest) -> impl ::std::future::Future<Output = AwsResult<ListReplaysResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListReplays")) }
    }
    fn list_rule_names_by_target(&self, ctx: &Context, input: ListRuleNamesByTargetRequest) -> impl ::std::future::Future<Output = AwsResult<ListRuleNamesByTargetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListRuleNamesByTarget")) }
    }
    fn list_rules(&self, ctx: &Context, input: ListRulesRequest) -> impl ::std::future::Future<Output = AwsResult<ListRulesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListRules")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn list_targets_by_rule(&self, ctx: &Context, input: ListTargetsByRuleRequest) -> impl ::std::future::Future<Output = AwsResult<ListTargetsByRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTargetsByRule")) }
    }
    fn put_events(&self, ctx: &Context, input: PutEventsRequest) -> impl ::std::future::Future<Output = AwsResult<PutEventsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutEvents")) }
    }
    fn put_partner_events(&self, ctx: &Context, input: PutPartnerEventsRequest) -> impl ::std::future::Future<Output = AwsResult<PutPartnerEventsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutPartnerEvents")) }
    }
    fn put_permission(&self, ctx: &Context, input: PutPermissionRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutPermission")) }
    }
    fn put_rule(&self, ctx: &Context, input: PutRuleRequest) -> impl ::std::future::Future<Output = AwsResult<PutRuleResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutRule")) }
    }
    fn put_targets(&self, ctx: &Context, input: PutTargetsRequest) -> impl ::std::future::Future<Output = AwsResult<PutTargetsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutTargets")) }
    }
    fn remove_permission(&self, ctx: &Context, input: RemovePermissionRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RemovePermission")) }
    }
    fn remove_targets(&self, ctx: &Context, input: RemoveTargetsRequest) -> impl ::std::future::Future<Output = AwsResult<RemoveTargetsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RemoveTargets")) }
    }
    fn start_replay(&self, ctx: &Context, input: StartReplayRequest) -> impl ::std::future::Future<Output = AwsResult<StartReplayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartReplay")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn test_event_pattern(&self, ctx: &Context, input: TestEventPatternRequest) -> impl ::std::future::Future<Output = AwsResult<TestEventPatternResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TestEventPattern")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_api_destination(&self, ctx: &Context, input: UpdateApiDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateApiDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateApiDestination")) }
    }
    fn update_archive(&self, ctx: &Context, input: UpdateArchiveRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateArchiveResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateArchive")) }
    }
    fn update_connection(&self, ctx: &Context, input: UpdateConnectionRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateConnectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateConnection")) }
    }
    fn update_endpoint(&self, ctx: &Context, input: UpdateEndpointRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateEndpointResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateEndpoint")) }
    }
    fn update_event_bus(&self, ctx: &Context, input: UpdateEventBusRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateEventBusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateEventBus")) }
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
        "ActivateEventSource" => crate::types::encode(&svc.activate_event_source(ctx, crate::types::decode(input)?).await?, form),
        "CancelReplay" => crate::types::encode(&svc.cancel_replay(ctx, crate::types::decode(input)?).await?, form),
        "CreateApiDestination" => crate::types::encode(&svc.create_api_destination(ctx, crate::types::decode(input)?).await?, form),
        "CreateArchive" => crate::types::encode(&svc.create_archive(ctx, crate::types::decode(input)?).await?, form),
        "CreateConnection" => crate::types::encode(&svc.create_connection(ctx, crate::types::decode(input)?).await?, form),
        "CreateEndpoint" => crate::types::encode(&svc.create_endpoint(ctx, crate::types::decode(input)?).await?, form),
        "CreateEventBus" => crate::types::encode(&svc.create_event_bus(ctx, crate::types::decode(input)?).await?, form),
        "CreatePartnerEventSource" => crate::types::encode(&svc.create_partner_event_source(ctx, crate::types::decode(input)?).await?, form),
        "DeactivateEventSource" => crate::types::encode(&svc.deactivate_event_source(ctx, crate::types::decode(input)?).await?, form),
        "DeauthorizeConnection" => crate::types::encode(&svc.deauthorize_connection(ctx, crate::types::decode(input)?).await?, form),
        "DeleteApiDestination" => crate::types::encode(&svc.delete_api_destination(ctx, crate::types::decode(input)?).await?, form),
        "DeleteArchive" => crate::types::encode(&svc.delete_archive(ctx, crate::types::decode(input)?).await?, form),
        "DeleteConnection" => crate::types::encode(&svc.delete_connection(ctx, crate::types::decode(input)?).await?, form),
        "DeleteEndpoint" => crate::types::encode(&svc.delete_endpoint(ctx, crate::types::decode(input)?).await?, form),
        "DeleteEventBus" => crate::types::encode(&svc.delete_event_bus(ctx, crate::types::decode(input)?).await?, form),
        "DeletePartnerEventSource" => crate::types::encode(&svc.delete_partner_event_source(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRule" => crate::types::encode(&svc.delete_rule(ctx, crate::types::decode(input)?).await?, form),
        "DescribeApiDestination" => crate::types::encode(&svc.describe_api_destination(ctx, crate::types::decode(input)?).await?, form),
        "DescribeArchive" => crate::types::encode(&svc.describe_archive(ctx, crate::types::decode(input)?).await?, form),
        "DescribeConnection" => crate::types::encode(&svc.describe_connection(ctx, crate::types::decode(input)?).await?, form),
        "DescribeEndpoint" => crate::types::encode(&svc.describe_endpoint(ctx, crate::types::decode(input)?).await?, form),
        "DescribeEventBus" => crate::types::encode(&svc.describe_event_bus(ctx, crate::types::decode(input)?).await?, form),
        "DescribeEventSource" => crate::types::encode(&svc.describe_event_source(ctx, crate::types::decode(input)?).await?, form),
        "DescribePartnerEventSource" => crate::types::encode(&svc.describe_partner_event_source(ctx, crate::types::decode(input)?).await?, form),
        "DescribeReplay" => crate::types::encode(&svc.describe_replay(ctx, crate::types::decode(input)?).await?, form),
        "DescribeRule" => crate::types::encode(&svc.describe_rule(ctx, crate::types::decode(input)?).await?, form),
        "DisableRule" => crate::types::encode(&svc.disable_rule(ctx, crate::types::decode(input)?).await?, form),
        "EnableRule" => crate::types::encode(&svc.enable_rule(ctx, crate::types::decode(input)?).await?, form),
        "ListApiDestinations" => crate::types::encode(&svc.list_api_destinations(ctx, crate::types::decode(input)?).await?, form),
        "ListArchives" => crate::types::encode(&svc.list_archives(ctx, crate::types::decode(input)?).await?, form),
        "ListConnections" => crate::types::encode(&svc.list_connections(ctx, crate::types::decode(input)?).await?, form),
        "ListEndpoints" => crate::types::encode(&svc.list_endpoints(ctx, crate::types::decode(input)?).await?, form),
        "ListEventBuses" => crate::types::encode(&svc.list_event_buses(ctx, crate::types::decode(input)?).await?, form),
        "ListEventSources" => crate::types::encode(&svc.list_event_sources(ctx, crate::types::decode(input)?).await?, form),
        "ListPartnerEventSourceAccounts" => crate::types::encode(&svc.list_partner_event_source_accounts(ctx, crate::types::decode(input)?).await?, form),
        "ListPartnerEventSources" => crate::types::encode(&svc.list_partner_event_sources(ctx, crate::types::decode(input)?).await?, form),
        "ListReplays" => crate::types::encode(&svc.list_replays(ctx, crate::types::decode(input)?).await?, form),
        "ListRuleNamesByTarget" => crate::types::encode(&svc.list_rule_names_by_target(ctx, crate::types::decode(input)?).await?, form),
        "ListRules" => crate::types::encode(&svc.list_rules(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "ListTargetsByRule" => crate::types::encode(&svc.list_targets_by_rule(ctx, crate::types::decode(input)?).await?, form),
        "PutEvents" => crate::types::encode(&svc.put_events(ctx, crate::types::decode(input)?).await?, form),
        "PutPartnerEvents" => crate::types::encode(&svc.put_partner_events(ctx, crate::types::decode(input)?).await?, form),
        "PutPermission" => crate::types::encode(&svc.put_permission(ctx, crate::types::decode(input)?).await?, form),
        "PutRule" => crate::types::encode(&svc.put_rule(ctx, crate::types::decode(input)?).await?, form),
        "PutTargets" => crate::types::encode(&svc.put_targets(ctx, crate::types::decode(input)?).await?, form),
        "RemovePermission" => crate::types::encode(&svc.remove_permission(ctx, crate::types::decode(input)?).await?, form),
        "RemoveTargets" => crate::types::encode(&svc.remove_targets(ctx, crate::types::decode(input)?).await?, form),
        "StartReplay" => crate::types::encode(&svc.start_replay(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "TestEventPattern" => crate::types::encode(&svc.test_event_pattern(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateApiDestination" => crate::types::encode(&svc.update_api_destination(ctx, crate::types::decode(input)?).await?, form),
        "UpdateArchive" => crate::types::encode(&svc.update_archive(ctx, crate::types::decode(input)?).await?, form),
        "UpdateConnection" => crate::types::encode(&svc.update_connection(ctx, crate::types::decode(input)?).await?, form),
        "UpdateEndpoint" => crate::types::encode(&svc.update_endpoint(ctx, crate::types::decode(input)?).await?, form),
        "UpdateEventBus" => crate::types::encode(&svc.update_event_bus(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
