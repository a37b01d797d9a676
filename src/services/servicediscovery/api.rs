//! Generated from fixtures/models/servicediscovery.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "servicediscovery",
    service_id: "ServiceDiscovery",
    signing_name: "servicediscovery",
    endpoint_prefix: "servicediscovery",
    target_prefix: Some("Route53AutoNaming_v20170314"),
    api_version: "2017-03-14",
    protocols: &[Protocol::Cbor, Protocol::Json],
    model_json: include_str!("../../../fixtures/models/servicediscovery.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "CreateHttpNamespace",
    "CreatePrivateDnsNamespace",
    "CreatePublicDnsNamespace",
    "CreateService",
    "DeleteNamespace",
    "DeleteService",
    "DeleteServiceAttributes",
    "DeregisterInstance",
    "DiscoverInstances",
    "DiscoverInstancesRevision",
    "GetInstance",
    "GetInstancesHealthStatus",
    "GetNamespace",
    "GetOperation",
    "GetService",
    "GetServiceAttributes",
    "ListInstances",
    "ListNamespaces",
    "ListOperations",
    "ListServices",
    "ListTagsForResource",
    "RegisterInstance",
    "TagResource",
    "UntagResource",
    "UpdateHttpNamespace",
    "UpdateInstanceCustomHealthStatus",
    "UpdatePrivateDnsNamespace",
    "UpdatePublicDnsNamespace",
    "UpdateService",
    "UpdateServiceAttributes",
];

/// The `CreateHttpNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateHttpNamespaceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `CreateHttpNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateHttpNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `CreatePrivateDnsNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePrivateDnsNamespaceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Vpc", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<PrivateDnsNamespaceProperties>,
}

/// The `CreatePrivateDnsNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePrivateDnsNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `CreatePublicDnsNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePublicDnsNamespaceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<PublicDnsNamespaceProperties>,
}

/// The `CreatePublicDnsNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatePublicDnsNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `CreateServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceRequest {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NamespaceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DnsConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_config: ::std::option::Option<DnsConfig>,
    #[serde(rename = "HealthCheckConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_config: ::std::option::Option<HealthCheckConfig>,
    #[serde(rename = "HealthCheckCustomConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_custom_config: ::std::option::Option<HealthCheckCustomConfig>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `CreateServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceResponse {
    #[serde(rename = "Service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<Service>,
}

/// The `CustomHealthNotFound` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CustomHealthNotFound {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `DeleteNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteNamespaceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteServiceAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceAttributesRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DeleteServiceAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceAttributesResponse {
}

/// The `DeleteServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceResponse {
}

/// The `DeregisterInstanceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterInstanceRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterInstanceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterInstanceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `DiscoverInstancesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverInstancesRequest {
    #[serde(rename = "NamespaceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "QueryParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_parameters: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "OptionalParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub optional_parameters: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "HealthStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OwnerAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_account: ::std::option::Option<::std::string::String>,
}

/// The `DiscoverInstancesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverInstancesResponse {
    #[serde(rename = "Instances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instances: ::std::option::Option<::std::vec::Vec<HttpInstanceSummary>>,
    #[serde(rename = "InstancesRevision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instances_revision: ::std::option::Option<i64>,
}

/// The `DiscoverInstancesRevisionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverInstancesRevisionRequest {
    #[serde(rename = "NamespaceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OwnerAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_account: ::std::option::Option<::std::string::String>,
}

/// The `DiscoverInstancesRevisionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverInstancesRevisionResponse {
    #[serde(rename = "InstancesRevision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instances_revision: ::std::option::Option<i64>,
}

/// The `DnsConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DnsConfig {
    #[serde(rename = "NamespaceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "RoutingPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub routing_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DnsRecords", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_records: ::std::option::Option<::std::vec::Vec<DnsRecord>>,
}

/// The `DnsConfigChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DnsConfigChange {
    #[serde(rename = "DnsRecords", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_records: ::std::option::Option<::std::vec::Vec<DnsRecord>>,
}

/// The `DnsProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DnsProperties {
    #[serde(rename = "HostedZoneId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hosted_zone_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SOA", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soa: ::std::option::Option<SOA>,
}

/// The `DnsRecord` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DnsRecord {
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "TTL", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ttl: ::std::option::Option<i64>,
}

/// The `DuplicateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DuplicateRequest {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DuplicateOperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub duplicate_operation_id: ::std::option::Option<::std::string::String>,
}

/// The `GetInstanceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstanceRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
}

/// The `GetInstanceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstanceResponse {
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Instance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance: ::std::option::Option<Instance>,
}

/// The `GetInstancesHealthStatusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstancesHealthStatusRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Instances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instances: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `GetInstancesHealthStatusResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetInstancesHealthStatusResponse {
    #[serde(rename = "Status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `GetNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetNamespaceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `GetNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetNamespaceResponse {
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<Namespace>,
}

/// The `GetOperationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOperationRequest {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OwnerAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_account: ::std::option::Option<::std::string::String>,
}

/// The `GetOperationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetOperationResponse {
    #[serde(rename = "Operation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation: ::std::option::Option<Operation>,
}

/// The `GetServiceAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceAttributesRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
}

/// The `GetServiceAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceAttributesResponse {
    #[serde(rename = "ServiceAttributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_attributes: ::std::option::Option<ServiceAttributes>,
}

/// The `GetServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `GetServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetServiceResponse {
    #[serde(rename = "Service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<Service>,
}

/// The `HealthCheckConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HealthCheckConfig {
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourcePath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "FailureThreshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_threshold: ::std::option::Option<i32>,
}

/// The `HealthCheckCustomConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HealthCheckCustomConfig {
    #[serde(rename = "FailureThreshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_threshold: ::std::option::Option<i32>,
}

/// The `HttpInstanceSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpInstanceSummary {
    #[serde(rename = "InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NamespaceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `HttpNamespaceChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpNamespaceChange {
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}

/// The `HttpProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HttpProperties {
    #[serde(rename = "HttpName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_name: ::std::option::Option<::std::string::String>,
}

/// The `Instance` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Instance {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "CreatedByAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by_account: ::std::option::Option<::std::string::String>,
}

/// The `InstanceNotFound` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceNotFound {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InstanceSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceSummary {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "CreatedByAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by_account: ::std::option::Option<::std::string::String>,
}

/// The `InvalidInput` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidInput {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ListInstancesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstancesRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListInstancesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListInstancesResponse {
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Instances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instances: ::std::option::Option<::std::vec::Vec<InstanceSummary>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListNamespacesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListNamespacesRequest {
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "Filters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<::std::vec::Vec<NamespaceFilter>>,
}

/// The `ListNamespacesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListNamespacesResponse {
    #[serde(rename = "Namespaces", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespaces: ::std::option::Option<::std::vec::Vec<NamespaceSummary>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListOperationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOperationsRequest {
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "Filters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<::std::vec::Vec<OperationFilter>>,
}

/// The `ListOperationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListOperationsResponse {
    #[serde(rename = "Operations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operations: ::std::option::Option<::std::vec::Vec<OperationSummary>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListServicesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesRequest {
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "Filters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<::std::vec::Vec<ServiceFilter>>,
}

/// The `ListServicesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesResponse {
    #[serde(rename = "Services", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<ServiceSummary>>,
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

/// The `Namespace` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Namespace {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_count: ::std::option::Option<i32>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<NamespaceProperties>,
    #[serde(rename = "CreateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
}

/// The `NamespaceAlreadyExists` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceAlreadyExists {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NamespaceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_id: ::std::option::Option<::std::string::String>,
}

/// The `NamespaceFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceFilter {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Condition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<::std::string::String>,
}

/// The `NamespaceNotFound` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceNotFound {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `NamespaceProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceProperties {
    #[serde(rename = "DnsProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_properties: ::std::option::Option<DnsProperties>,
    #[serde(rename = "HttpProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_properties: ::std::option::Option<HttpProperties>,
}

/// The `NamespaceSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceSummary {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_count: ::std::option::Option<i32>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<NamespaceProperties>,
    #[serde(rename = "CreateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_date: ::std::option::Option<crate::types::Timestamp>,
}

/// The `Operation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Operation {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "OwnerAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_account: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ErrorCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "UpdateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "Targets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub targets: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `OperationFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationFilter {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Condition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<::std::string::String>,
}

/// The `OperationNotFound` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationNotFound {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `OperationSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationSummary {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `PrivateDnsNamespaceChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivateDnsNamespaceChange {
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<PrivateDnsNamespacePropertiesChange>,
}

/// The `PrivateDnsNamespaceProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivateDnsNamespaceProperties {
    #[serde(rename = "DnsProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_properties: ::std::option::Option<PrivateDnsPropertiesMutable>,
}

/// The `PrivateDnsNamespacePropertiesChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivateDnsNamespacePropertiesChange {
    #[serde(rename = "DnsProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_properties: ::std::option::Option<PrivateDnsPropertiesMutableChange>,
}

/// The `PrivateDnsPropertiesMutable` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivateDnsPropertiesMutable {
    #[serde(rename = "SOA", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soa: ::std::option::Option<SOA>,
}

/// The `PrivateDnsPropertiesMutableChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PrivateDnsPropertiesMutableChange {
    #[serde(rename = "SOA", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soa: ::std::option::Option<SOAChange>,
}

/// The `PublicDnsNamespaceChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicDnsNamespaceChange {
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<PublicDnsNamespacePropertiesChange>,
}

/// The `PublicDnsNamespaceProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicDnsNamespaceProperties {
    #[serde(rename = "DnsProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_properties: ::std::option::Option<PublicDnsPropertiesMutable>,
}

/// The `PublicDnsNamespacePropertiesChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicDnsNamespacePropertiesChange {
    #[serde(rename = "DnsProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_properties: ::std::option::Option<PublicDnsPropertiesMutableChange>,
}

/// The `PublicDnsPropertiesMutable` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicDnsPropertiesMutable {
    #[serde(rename = "SOA", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soa: ::std::option::Option<SOA>,
}

/// The `PublicDnsPropertiesMutableChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PublicDnsPropertiesMutableChange {
    #[serde(rename = "SOA", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soa: ::std::option::Option<SOAChange>,
}

/// The `RegisterInstanceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterInstanceRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `RegisterInstanceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterInstanceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `RequestLimitExceeded` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RequestLimitExceeded {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceInUse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceInUse {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceLimitExceeded` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceLimitExceeded {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SOA` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SOA {
    #[serde(rename = "TTL", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ttl: ::std::option::Option<i64>,
}

/// The `SOAChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SOAChange {
    #[serde(rename = "TTL", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ttl: ::std::option::Option<i64>,
}

/// The `Service` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Service {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NamespaceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_count: ::std::option::Option<i32>,
    #[serde(rename = "DnsConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_config: ::std::option::Option<DnsConfig>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "HealthCheckConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_config: ::std::option::Option<HealthCheckConfig>,
    #[serde(rename = "HealthCheckCustomConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_custom_config: ::std::option::Option<HealthCheckCustomConfig>,
    #[serde(rename = "CreateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatedByAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by_account: ::std::option::Option<::std::string::String>,
}

/// The `ServiceAlreadyExists` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceAlreadyExists {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreatorRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creator_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
}

/// The `ServiceAttributes` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceAttributes {
    #[serde(rename = "ServiceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `ServiceAttributesLimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceAttributesLimitExceededException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceChange {
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "DnsConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_config: ::std::option::Option<DnsConfigChange>,
    #[serde(rename = "HealthCheckConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_config: ::std::option::Option<HealthCheckConfig>,
}

/// The `ServiceFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceFilter {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "Condition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<::std::string::String>,
}

/// The `ServiceNotFound` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotFound {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceSummary {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceOwner", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_owner: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_count: ::std::option::Option<i32>,
    #[serde(rename = "DnsConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_config: ::std::option::Option<DnsConfig>,
    #[serde(rename = "HealthCheckConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_config: ::std::option::Option<HealthCheckConfig>,
    #[serde(rename = "HealthCheckCustomConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_custom_config: ::std::option::Option<HealthCheckCustomConfig>,
    #[serde(rename = "CreateDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_date: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "CreatedByAccount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by_account: ::std::option::Option<::std::string::String>,
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

/// The `TooManyTagsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTagsException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_name: ::std::option::Option<::std::string::String>,
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

/// The `UpdateHttpNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateHttpNamespaceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UpdaterRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updater_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<HttpNamespaceChange>,
}

/// The `UpdateHttpNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateHttpNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `UpdateInstanceCustomHealthStatusRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateInstanceCustomHealthStatusRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePrivateDnsNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePrivateDnsNamespaceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UpdaterRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updater_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<PrivateDnsNamespaceChange>,
}

/// The `UpdatePrivateDnsNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePrivateDnsNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `UpdatePublicDnsNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePublicDnsNamespaceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "UpdaterRequestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updater_request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<PublicDnsNamespaceChange>,
}

/// The `UpdatePublicDnsNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatePublicDnsNamespaceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The `UpdateServiceAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceAttributesRequest {
    #[serde(rename = "ServiceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `UpdateServiceAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceAttributesResponse {
}

/// The `UpdateServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceRequest {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<ServiceChange>,
}

/// The `UpdateServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceResponse {
    #[serde(rename = "OperationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation_id: ::std::option::Option<::std::string::String>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    CustomHealthNotFound,
    DuplicateRequest,
    InstanceNotFound,
    InvalidInput,
    NamespaceAlreadyExists,
    NamespaceNotFound,
    OperationNotFound,
    RequestLimitExceeded,
    ResourceInUse,
    ResourceLimitExceeded,
    ResourceNotFoundException,
    ServiceAlreadyExists,
    ServiceAttributesLimitExceededException,
    ServiceNotFound,
    TooManyTagsException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::CustomHealthNotFound => "CustomHealthNotFound",
            ErrorCode::DuplicateRequest => "DuplicateRequest",
            ErrorCode::InstanceNotFound => "InstanceNotFound",
            ErrorCode::InvalidInput => "InvalidInput",
            ErrorCode::NamespaceAlreadyExists => "NamespaceAlreadyExists",
            ErrorCode::NamespaceNotFound => "NamespaceNotFound",
            ErrorCode::OperationNotFound => "OperationNotFound",
            ErrorCode::RequestLimitExceeded => "RequestLimitExceeded",
            ErrorCode::ResourceInUse => "ResourceInUse",
            ErrorCode::ResourceLimitExceeded => "ResourceLimitExceeded",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::ServiceAlreadyExists => "ServiceAlreadyExists",
            ErrorCode::ServiceAttributesLimitExceededException => "ServiceAttributesLimitExceededException",
            ErrorCode::ServiceNotFound => "ServiceNotFound",
            ErrorCode::TooManyTagsException => "TooManyTagsException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::CustomHealthNotFound => 404,
            ErrorCode::DuplicateRequest => 409,
            ErrorCode::InstanceNotFound => 404,
            ErrorCode::InvalidInput => 400,
            ErrorCode::NamespaceAlreadyExists => 400,
            ErrorCode::NamespaceNotFound => 404,
            ErrorCode::OperationNotFound => 404,
            ErrorCode::RequestLimitExceeded => 429,
            ErrorCode::ResourceInUse => 409,
            ErrorCode::ResourceLimitExceeded => 400,
            ErrorCode::ResourceNotFoundException => 404,
            ErrorCode::ServiceAlreadyExists => 400,
            ErrorCode::ServiceAttributesLimitExceededException => 400,
            ErrorCode::ServiceNotFound => 404,
            ErrorCode::TooManyTagsException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the servicediscovery model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn create_http_namespace(&self, ctx: &Context, input: CreateHttpNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<CreateHttpNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateHttpNamespace")) }
    }
    fn create_private_dns_namespace(&self, ctx: &Context, input: CreatePrivateDnsNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<CreatePrivateDnsNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreatePrivateDnsNamespace")) }
    }
    fn create_public_dns_namespace(&self, ctx: &Context, input: CreatePublicDnsNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<CreatePublicDnsNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreatePublicDnsNamespace")) }
    }
    fn create_service(&self, ctx: &Context, input: CreateServiceRequest) -> impl ::std::future::Future<Output = AwsResult<CreateServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateService")) }
    }
    fn delete_namespace(&self, ctx: &Context, input: DeleteNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteNamespace")) }
    }
    fn delete_service(&self, ctx: &Context, input: DeleteServiceRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteService")) }
    }
    fn delete_service_attributes(&self, ctx: &Context, input: DeleteServiceAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteServiceAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteServiceAttributes")) }
    }
    fn deregister_instance(&self, ctx: &Context, input: DeregisterInstanceRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterInstanceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterInstance")) }
    }
    fn discover_instances(&self, ctx: &Context, input: DiscoverInstancesRequest) -> impl ::std::future::Future<Output = AwsResult<DiscoverInstancesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DiscoverInstances")) }
    }
    fn discover_instances_revision(&self, ctx: &Context, input: DiscoverInstancesRevisionRequest) -> impl ::std::future::Future<Output = AwsResult<DiscoverInstancesRevisionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DiscoverInstancesRevision")) }
    }
    fn get_instance(&self, ctx: &Context, input: GetInstanceRequest) -> impl ::std::future::Future<Output = AwsResult<GetInstanceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetInstance")) }
    }
    fn get_instances_health_status(&self, ctx: &Context, input: GetInstancesHealthStatusRequest) -> impl ::std::future::Future<Output = AwsResult<GetInstancesHealthStatusResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetInstancesHealthStatus")) }
    }
    fn get_namespace(&self, ctx: &Context, input: GetNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<GetNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetNamespace")) }
    }
    fn get_operation(&self, ctx: &Context, input: GetOperationRequest) -> impl ::std::future::Future<Output = AwsResult<GetOperationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetOperation")) }
    }
    fn get_service(&self, ctx: &Context, input: GetServiceRequest) -> impl ::std::future::Future<Output = AwsResult<GetServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetService")) }
    }
    fn get_service_attributes(&self, ctx: &Context, input: GetServiceAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<GetServiceAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetServiceAttributes")) }
    }
    fn list_instances(&self, ctx: &Context, input: ListInstancesRequest) -> impl ::std::future::Future<Output = AwsResult<ListInstancesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListInstances")) }
    }
    fn list_namespaces(&self, ctx: &Context, input: ListNamespacesRequest) -> impl ::std::future::Future<Output = AwsResult<ListNamespacesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListNamespaces")) }
    }
    fn list_operations(&self, ctx: &Context, input: ListOperationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListOperationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListOperations")) }
    }
    fn list_services(&self, ctx: &Context, input: ListServicesRequest) -> impl ::std::future::Future<Output = AwsResult<ListServicesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListServices")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn register_instance(&self, ctx: &Context, input: RegisterInstanceRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterInstanceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterInstance")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_http_namespace(&self, ctx: &Context, input: UpdateHttpNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateHttpNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateHttpNamespace")) }
    }
    fn update_instance_custom_health_status(&self, ctx: &Context, input: UpdateInstanceCustomHealthStatusRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateInstanceCustomHealthStatus")) }
    }
    fn update_private_dns_namespace(&self, ctx: &Context, input: UpdatePrivateDnsNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdatePrivateDnsNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdatePrivateDnsNamespace")) }
    }
    fn update_public_dns_namespace(&self, ctx: &Context, input: UpdatePublicDnsNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdatePublicDnsNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdatePublicDnsNamespace")) }
    }
    fn update_service(&self, ctx: &Context, input: UpdateServiceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateService")) }
    }
    fn update_service_attributes(&self, ctx: &Context, input: UpdateServiceAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateServiceAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateServiceAttributes")) }
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
        "CreateHttpNamespace" => crate::types::encode(&svc.create_http_namespace(ctx, crate::types::decode(input)?).await?, form),
        "CreatePrivateDnsNamespace" => crate::types::encode(&svc.create_private_dns_namespace(ctx, crate::types::decode(input)?).await?, form),
        "CreatePublicDnsNamespace" => crate::types::encode(&svc.create_public_dns_namespace(ctx, crate::types::decode(input)?).await?, form),
        "CreateService" => crate::types::encode(&svc.create_service(ctx, crate::types::decode(input)?).await?, form),
        "DeleteNamespace" => crate::types::encode(&svc.delete_namespace(ctx, crate::types::decode(input)?).await?, form),
        "DeleteService" => crate::types::encode(&svc.delete_service(ctx, crate::types::decode(input)?).await?, form),
        "DeleteServiceAttributes" => crate::types::encode(&svc.delete_service_attributes(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterInstance" => crate::types::encode(&svc.deregister_instance(ctx, crate::types::decode(input)?).await?, form),
        "DiscoverInstances" => crate::types::encode(&svc.discover_instances(ctx, crate::types::decode(input)?).await?, form),
        "DiscoverInstancesRevision" => crate::types::encode(&svc.discover_instances_revision(ctx, crate::types::decode(input)?).await?, form),
        "GetInstance" => crate::types::encode(&svc.get_instance(ctx, crate::types::decode(input)?).await?, form),
        "GetInstancesHealthStatus" => crate::types::encode(&svc.get_instances_health_status(ctx, crate::types::decode(input)?).await?, form),
        "GetNamespace" => crate::types::encode(&svc.get_namespace(ctx, crate::types::decode(input)?).await?, form),
        "GetOperation" => crate::types::encode(&svc.get_operation(ctx, crate::types::decode(input)?).await?, form),
        "GetService" => crate::types::encode(&svc.get_service(ctx, crate::types::decode(input)?).await?, form),
        "GetServiceAttributes" => crate::types::encode(&svc.get_service_attributes(ctx, crate::types::decode(input)?).await?, form),
        "ListInstances" => crate::types::encode(&svc.list_instances(ctx, crate::types::decode(input)?).await?, form),
        "ListNamespaces" => crate::types::encode(&svc.list_namespaces(ctx, crate::types::decode(input)?).await?, form),
        "ListOperations" => crate::types::encode(&svc.list_operations(ctx, crate::types::decode(input)?).await?, form),
        "ListServices" => crate::types::encode(&svc.list_services(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "RegisterInstance" => crate::types::encode(&svc.register_instance(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateHttpNamespace" => crate::types::encode(&svc.update_http_namespace(ctx, crate::types::decode(input)?).await?, form),
        "UpdateInstanceCustomHealthStatus" => crate::types::encode(&svc.update_instance_custom_health_status(ctx, crate::types::decode(input)?).await?, form),
        "UpdatePrivateDnsNamespace" => crate::types::encode(&svc.update_private_dns_namespace(ctx, crate::types::decode(input)?).await?, form),
        "UpdatePublicDnsNamespace" => crate::types::encode(&svc.update_public_dns_namespace(ctx, crate::types::decode(input)?).await?, form),
        "UpdateService" => crate::types::encode(&svc.update_service(ctx, crate::types::decode(input)?).await?, form),
        "UpdateServiceAttributes" => crate::types::encode(&svc.update_service_attributes(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
