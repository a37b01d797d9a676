//! Generated from fixtures/models/ecs.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "ecs",
    service_id: "ECS",
    signing_name: "ecs",
    endpoint_prefix: "ecs",
    target_prefix: Some("AmazonEC2ContainerServiceV20141113"),
    api_version: "2014-11-13",
    protocols: &[Protocol::Json],
    model_json: include_str!("../../../fixtures/models/ecs.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "AssociateGatewayWithCluster",
    "ContinueServiceDeployment",
    "CreateCapacityProvider",
    "CreateCluster",
    "CreateDaemon",
    "CreateExpressGatewayService",
    "CreateGateway",
    "CreateService",
    "CreateTaskSet",
    "DeleteAccountSetting",
    "DeleteAttributes",
    "DeleteCapacityProvider",
    "DeleteCluster",
    "DeleteDaemon",
    "DeleteDaemonTaskDefinition",
    "DeleteExpressGatewayService",
    "DeleteGateway",
    "DeleteService",
    "DeleteTaskDefinitions",
    "DeleteTaskSet",
    "DeregisterContainerInstance",
    "DeregisterTaskDefinition",
    "DescribeCapacityProviders",
    "DescribeClusters",
    "DescribeContainerInstances",
    "DescribeDaemon",
    "DescribeDaemonDeployments",
    "DescribeDaemonRevisions",
    "DescribeDaemonTaskDefinition",
    "DescribeExpressGatewayService",
    "DescribeGateway",
    "DescribeGatewayResources",
    "DescribeGatewayRoute",
    "DescribeServiceDeployments",
    "DescribeServiceRevisions",
    "DescribeServices",
    "DescribeTaskDefinition",
    "DescribeTaskSets",
    "DescribeTasks",
    "DisassociateGatewayFromCluster",
    "DiscoverPollEndpoint",
    "ExecuteCommand",
    "GetTaskProtection",
    "ListAccountSettings",
    "ListAttributes",
    "ListClusters",
    "ListContainerInstances",
    "ListDaemonDeployments",
    "ListDaemonTaskDefinitions",
    "ListDaemons",
    "ListGatewayClusterAssociations",
    "ListGatewayRoutes",
    "ListGateways",
    "ListServiceDeployments",
    "ListServices",
    "ListServicesByNamespace",
    "ListTagsForResource",
    "ListTaskDefinitionFamilies",
    "ListTaskDefinitions",
    "ListTasks",
    "PutAccountSetting",
    "PutAccountSettingDefault",
    "PutAttributes",
    "PutClusterCapacityProviders",
    "RegisterContainerInstance",
    "RegisterDaemonTaskDefinition",
    "RegisterTaskDefinition",
    "RunTask",
    "StartTask",
    "StopServiceDeployment",
    "StopTask",
    "SubmitAttachmentStateChanges",
    "SubmitContainerStateChange",
    "SubmitTaskStateChange",
    "TagResource",
    "UntagResource",
    "UpdateCapacityProvider",
    "UpdateCluster",
    "UpdateClusterSettings",
    "UpdateContainerAgent",
    "UpdateContainerInstancesState",
    "UpdateDaemon",
    "UpdateExpressGatewayService",
    "UpdateGateway",
    "UpdateService",
    "UpdateServicePrimaryTaskSet",
    "UpdateTaskProtection",
    "UpdateTaskSet",
];

/// The `AcceleratorCountRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcceleratorCountRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `AcceleratorTotalMemoryMiBRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AcceleratorTotalMemoryMiBRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `AccessDeniedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `AdvancedConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub production_listener_rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_listener_rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `AssociateGatewayWithClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateGatewayWithClusterRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
}

/// The `AssociateGatewayWithClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateGatewayWithClusterResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `Attachment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Attachment {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "details", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
}

/// The `AttachmentStateChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttachmentStateChange {
    #[serde(rename = "attachmentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `Attribute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Attribute {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_id: ::std::option::Option<::std::string::String>,
}

/// The `AttributeLimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AttributeLimitExceededException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `AutoRepairConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoRepairConfiguration {
    #[serde(rename = "actionsStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub actions_status: ::std::option::Option<::std::string::String>,
}

/// The `AutoScalingGroupProvider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoScalingGroupProvider {
    #[serde(rename = "autoScalingGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedScaling", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_scaling: ::std::option::Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_termination_protection: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedDraining", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_draining: ::std::option::Option<::std::string::String>,
}

/// The `AutoScalingGroupProviderUpdate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AutoScalingGroupProviderUpdate {
    #[serde(rename = "managedScaling", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_scaling: ::std::option::Option<ManagedScaling>,
    #[serde(rename = "managedTerminationProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_termination_protection: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedDraining", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_draining: ::std::option::Option<::std::string::String>,
}

/// The `AwsVpcConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AwsVpcConfiguration {
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "securityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "assignPublicIp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub assign_public_ip: ::std::option::Option<::std::string::String>,
}

/// The `BaselineEbsBandwidthMbpsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BaselineEbsBandwidthMbpsRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `BlockedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct BlockedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `CanaryConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CanaryConfiguration {
    #[serde(rename = "canaryPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub canary_percent: ::std::option::Option<f64>,
    #[serde(rename = "canaryBakeTimeInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub canary_bake_time_in_minutes: ::std::option::Option<i32>,
}

/// The `CapacityProvider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityProvider {
    #[serde(rename = "capacityProviderArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_group_provider: ::std::option::Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_instances_provider: ::std::option::Option<ManagedInstancesProvider>,
    #[serde(rename = "updateStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updateStatusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
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

/// The `CapacityReservationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityReservationRequest {
    #[serde(rename = "reservationGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reservation_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reservationPreference", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reservation_preference: ::std::option::Option<::std::string::String>,
}

/// The `ClientException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClientException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Cluster` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Cluster {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<ClusterConfiguration>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registeredContainerInstancesCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_container_instances_count: ::std::option::Option<i32>,
    #[serde(rename = "runningTasksCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_tasks_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingTasksCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_tasks_count: ::std::option::Option<i32>,
    #[serde(rename = "activeServicesCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active_services_count: ::std::option::Option<i32>,
    #[serde(rename = "statistics", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statistics: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "settings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<::std::vec::Vec<ClusterSetting>>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "defaultCapacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "attachments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
    #[serde(rename = "attachmentsStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_defaults: ::std::option::Option<ClusterServiceConnectDefaults>,
}

/// The `ClusterConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterConfiguration {
    #[serde(rename = "executeCommandConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execute_command_configuration: ::std::option::Option<ExecuteCommandConfiguration>,
    #[serde(rename = "managedStorageConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_storage_configuration: ::std::option::Option<ManagedStorageConfiguration>,
}

/// The `ClusterContainsCapacityProviderException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsCapacityProviderException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClusterContainsContainerInstancesException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsContainerInstancesException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClusterContainsServicesException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsServicesException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClusterContainsTasksException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterContainsTasksException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClusterNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ClusterServiceConnectDefaults` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterServiceConnectDefaults {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `ClusterServiceConnectDefaultsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterServiceConnectDefaultsRequest {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `ClusterSetting` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ClusterSetting {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `ConflictException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConflictException {
    #[serde(rename = "resourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Container` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Container {
    #[serde(rename = "containerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exit_code: ::std::option::Option<i32>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_bindings: ::std::option::Option<::std::vec::Vec<NetworkBinding>>,
    #[serde(rename = "networkInterfaces", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_interfaces: ::std::option::Option<::std::vec::Vec<NetworkInterface>>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedAgents", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_agents: ::std::option::Option<::std::vec::Vec<ManagedAgent>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_reservation: ::std::option::Option<::std::string::String>,
    #[serde(rename = "gpuIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "neuronDeviceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub neuron_device_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "gpuSharingStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu_sharing_strategy: ::std::option::Option<SharingStrategy>,
}

/// The `ContainerDefinition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerDefinition {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_credentials: ::std::option::Option<RepositoryCredentials>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i32>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_reservation: ::std::option::Option<i32>,
    #[serde(rename = "links", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "portMappings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port_mappings: ::std::option::Option<::std::vec::Vec<PortMapping>>,
    #[serde(rename = "essential", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub essential: ::std::option::Option<bool>,
    #[serde(rename = "restartPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub restart_policy: ::std::option::Option<ContainerRestartPolicy>,
    #[serde(rename = "entryPoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_point: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_files: ::std::option::Option<::std::vec::Vec<EnvironmentFile>>,
    #[serde(rename = "mountPoints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mount_points: ::std::option::Option<::std::vec::Vec<MountPoint>>,
    #[serde(rename = "volumesFrom", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volumes_from: ::std::option::Option<::std::vec::Vec<VolumeFrom>>,
    #[serde(rename = "linuxParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linux_parameters: ::std::option::Option<LinuxParameters>,
    #[serde(rename = "secrets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secrets: ::std::option::Option<::std::vec::Vec<Secret>>,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub depends_on: ::std::option::Option<::std::vec::Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_timeout: ::std::option::Option<i32>,
    #[serde(rename = "stopTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_timeout: ::std::option::Option<i32>,
    #[serde(rename = "versionConsistency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_consistency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "hostname", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hostname: ::std::option::Option<::std::string::String>,
    #[serde(rename = "user", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    #[serde(rename = "workingDirectory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub working_directory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "disableNetworking", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_networking: ::std::option::Option<bool>,
    #[serde(rename = "privileged", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub privileged: ::std::option::Option<bool>,
    #[serde(rename = "readonlyRootFilesystem", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    #[serde(rename = "dnsServers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_servers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "dnsSearchDomains", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_search_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "extraHosts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extra_hosts: ::std::option::Option<::std::vec::Vec<HostEntry>>,
    #[serde(rename = "dockerSecurityOptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub docker_security_options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "interactive", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interactive: ::std::option::Option<bool>,
    #[serde(rename = "pseudoTerminal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pseudo_terminal: ::std::option::Option<bool>,
    #[serde(rename = "dockerLabels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub docker_labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ulimits: ::std::option::Option<::std::vec::Vec<Ulimit>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_configuration: ::std::option::Option<LogConfiguration>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check: ::std::option::Option<HealthCheck>,
    #[serde(rename = "systemControls", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub system_controls: ::std::option::Option<::std::vec::Vec<SystemControl>>,
    #[serde(rename = "resourceRequirements", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_requirements: ::std::option::Option<::std::vec::Vec<ResourceRequirement>>,
    #[serde(rename = "firelensConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub firelens_configuration: ::std::option::Option<FirelensConfiguration>,
    #[serde(rename = "credentialSpecs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credential_specs: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ContainerDependency` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerDependency {
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "condition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub condition: ::std::option::Option<::std::string::String>,
}

/// The `ContainerImage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerImage {
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
}

/// The `ContainerInstance` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerInstance {
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ec2InstanceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ec2_instance_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
    #[serde(rename = "versionInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_info: ::std::option::Option<VersionInfo>,
    #[serde(rename = "remainingResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remaining_resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    #[serde(rename = "registeredResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "agentConnected", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_connected: ::std::option::Option<bool>,
    #[serde(rename = "runningTasksCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_tasks_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingTasksCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_tasks_count: ::std::option::Option<i32>,
    #[serde(rename = "agentUpdateStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_update_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "attachments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<ContainerInstanceHealthStatus>,
    #[serde(rename = "gpuDevices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu_devices: ::std::option::Option<::std::vec::Vec<GpuDevice>>,
}

/// The `ContainerInstanceHealthStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerInstanceHealthStatus {
    #[serde(rename = "overallStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overall_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "details", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::vec::Vec<InstanceHealthCheckResult>>,
}

/// The `ContainerOverride` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerOverride {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_files: ::std::option::Option<::std::vec::Vec<EnvironmentFile>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i32>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_reservation: ::std::option::Option<i32>,
    #[serde(rename = "resourceRequirements", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_requirements: ::std::option::Option<::std::vec::Vec<ResourceRequirement>>,
}

/// The `ContainerRestartPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerRestartPolicy {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "ignoredExitCodes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ignored_exit_codes: ::std::option::Option<::std::vec::Vec<i32>>,
    #[serde(rename = "restartAttemptPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub restart_attempt_period: ::std::option::Option<i32>,
}

/// The `ContainerStateChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContainerStateChange {
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exit_code: ::std::option::Option<i32>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_bindings: ::std::option::Option<::std::vec::Vec<NetworkBinding>>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `ContinueServiceDeploymentRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContinueServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "hookId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hook_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "action", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<::std::string::String>,
}

/// The `ContinueServiceDeploymentResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ContinueServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateCapacityProviderRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapacityProviderRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_group_provider: ::std::option::Option<AutoScalingGroupProvider>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_instances_provider: ::std::option::Option<CreateManagedInstancesProviderConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `CreateCapacityProviderResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider: ::std::option::Option<CapacityProvider>,
}

/// The `CreateClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterRequest {
    #[serde(rename = "clusterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "settings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<::std::vec::Vec<ClusterSetting>>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<ClusterConfiguration>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "defaultCapacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_defaults: ::std::option::Option<ClusterServiceConnectDefaultsRequest>,
}

/// The `CreateClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `CreateDaemonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDaemonRequest {
    #[serde(rename = "daemonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "critical", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub critical: ::std::option::Option<bool>,
}

/// The `CreateDaemonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateExpressGatewayServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExpressGatewayServiceRequest {
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_container: ::std::option::Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_target: ::std::option::Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateExpressGatewayServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<ECSExpressGatewayService>,
}

/// The `CreateGatewayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGatewayRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<GatewayConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
}

/// The `CreateGatewayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `CreateManagedInstancesProviderConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceLaunchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_launch_template: ::std::option::Option<InstanceLaunchTemplate>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_optimization: ::std::option::Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_repair_configuration: ::std::option::Option<AutoRepairConfiguration>,
}

/// The `CreateServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone_rebalancing: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_count: ::std::option::Option<i32>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "role", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DeploymentConfiguration>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_strategy: ::std::option::Option<::std::vec::Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_grace_period_seconds: ::std::option::Option<i32>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduling_strategy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_controller: ::std::option::Option<DeploymentController>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_configuration: ::std::option::Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_lattice_configurations: ::std::option::Option<::std::vec::Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_connectors: ::std::option::Option<::std::vec::Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub monitoring: ::std::option::Option<MonitoringConfiguration>,
}

/// The `CreateServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<Service>,
}

/// The `CreateTaskSetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTaskSetRequest {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "externalId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scale", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale: ::std::option::Option<Scale>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `CreateTaskSetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<TaskSet>,
}

/// The `CreatedAt` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreatedAt {
    #[serde(rename = "before", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub before: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "after", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub after: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DaemonAlarmConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonAlarmConfiguration {
    #[serde(rename = "alarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "enable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable: ::std::option::Option<bool>,
}

/// The `DaemonCapacityProvider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_count: ::std::option::Option<i32>,
    #[serde(rename = "withoutDaemonCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub without_daemon_count: ::std::option::Option<i32>,
}

/// The `DaemonCircuitBreaker` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonCircuitBreaker {
    #[serde(rename = "failureCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_count: ::std::option::Option<i32>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold: ::std::option::Option<i32>,
}

/// The `DaemonContainerDefinition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonContainerDefinition {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<i32>,
    #[serde(rename = "memoryReservation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_reservation: ::std::option::Option<i32>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_credentials: ::std::option::Option<RepositoryCredentials>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check: ::std::option::Option<HealthCheck>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<i32>,
    #[serde(rename = "essential", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub essential: ::std::option::Option<bool>,
    #[serde(rename = "entryPoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entry_point: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "workingDirectory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub working_directory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "environmentFiles", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment_files: ::std::option::Option<::std::vec::Vec<EnvironmentFile>>,
    #[serde(rename = "environment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
    #[serde(rename = "secrets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secrets: ::std::option::Option<::std::vec::Vec<Secret>>,
    #[serde(rename = "readonlyRootFilesystem", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub readonly_root_filesystem: ::std::option::Option<bool>,
    #[serde(rename = "mountPoints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mount_points: ::std::option::Option<::std::vec::Vec<MountPoint>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_configuration: ::std::option::Option<LogConfiguration>,
    #[serde(rename = "firelensConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub firelens_configuration: ::std::option::Option<FirelensConfiguration>,
    #[serde(rename = "privileged", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub privileged: ::std::option::Option<bool>,
    #[serde(rename = "user", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ulimits", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ulimits: ::std::option::Option<::std::vec::Vec<Ulimit>>,
    #[serde(rename = "linuxParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linux_parameters: ::std::option::Option<DaemonLinuxParameters>,
    #[serde(rename = "dependsOn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub depends_on: ::std::option::Option<::std::vec::Vec<ContainerDependency>>,
    #[serde(rename = "startTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_timeout: ::std::option::Option<i32>,
    #[serde(rename = "stopTimeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_timeout: ::std::option::Option<i32>,
    #[serde(rename = "systemControls", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub system_controls: ::std::option::Option<::std::vec::Vec<SystemControl>>,
    #[serde(rename = "interactive", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interactive: ::std::option::Option<bool>,
    #[serde(rename = "pseudoTerminal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pseudo_terminal: ::std::option::Option<bool>,
    #[serde(rename = "restartPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub restart_policy: ::std::option::Option<ContainerRestartPolicy>,
}

/// The `DaemonContainerImage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonContainerImage {
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageDigest", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image_digest: ::std::option::Option<::std::string::String>,
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
}

/// The `DaemonDeployment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeployment {
    #[serde(rename = "daemonDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetDaemonRevision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_daemon_revision: ::std::option::Option<DaemonDeploymentRevisionDetail>,
    #[serde(rename = "sourceDaemonRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_daemon_revisions: ::std::option::Option<::std::vec::Vec<DaemonDeploymentRevisionDetail>>,
    #[serde(rename = "circuitBreaker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub circuit_breaker: ::std::option::Option<DaemonCircuitBreaker>,
    #[serde(rename = "alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<DaemonDeploymentAlarms>,
    #[serde(rename = "rollback", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback: ::std::option::Option<DaemonRollback>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DaemonDeploymentAlarms` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentAlarms {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "alarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "triggeredAlarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub triggered_alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DaemonDeploymentCapacityProvider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentCapacityProvider {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runningInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_instance_count: ::std::option::Option<i32>,
    #[serde(rename = "withoutDaemonInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub without_daemon_instance_count: ::std::option::Option<i32>,
    #[serde(rename = "drainingInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub draining_instance_count: ::std::option::Option<i32>,
}

/// The `DaemonDeploymentConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentConfiguration {
    #[serde(rename = "drainPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub drain_percent: ::std::option::Option<f64>,
    #[serde(rename = "alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<DaemonAlarmConfiguration>,
    #[serde(rename = "bakeTimeInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bake_time_in_minutes: ::std::option::Option<i32>,
}

/// The `DaemonDeploymentRevisionDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<DaemonDeploymentCapacityProvider>>,
    #[serde(rename = "totalRunningInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_running_instance_count: ::std::option::Option<i32>,
    #[serde(rename = "totalWithoutDaemonInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_without_daemon_instance_count: ::std::option::Option<i32>,
    #[serde(rename = "totalDrainingInstanceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_draining_instance_count: ::std::option::Option<i32>,
}

/// The `DaemonDeploymentSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDeploymentSummary {
    #[serde(rename = "daemonDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetDaemonRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_daemon_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DaemonDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonDetail {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "currentRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_revisions: ::std::option::Option<::std::vec::Vec<DaemonRevisionDetail>>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DaemonLinuxParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonLinuxParameters {
    #[serde(rename = "capabilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub devices: ::std::option::Option<::std::vec::Vec<Device>>,
    #[serde(rename = "initProcessEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub init_process_enabled: ::std::option::Option<bool>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tmpfs: ::std::option::Option<::std::vec::Vec<Tmpfs>>,
}

/// The `DaemonNotActiveException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonNotActiveException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `DaemonNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `DaemonRevision` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRevision {
    #[serde(rename = "daemonRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "containerImages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_images: ::std::option::Option<::std::vec::Vec<DaemonContainerImage>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "critical", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub critical: ::std::option::Option<bool>,
}

/// The `DaemonRevisionDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRevisionDetail {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<DaemonCapacityProvider>>,
    #[serde(rename = "totalRunningCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_running_count: ::std::option::Option<i32>,
    #[serde(rename = "totalWithoutDaemonCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_without_daemon_count: ::std::option::Option<i32>,
}

/// The `DaemonRollback` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonRollback {
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "rollbackTargetDaemonRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback_target_daemon_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rollbackCapacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback_capacity_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DaemonSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonSummary {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `DaemonTaskDefinition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonTaskDefinition {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "revision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revision: ::std::option::Option<i32>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_definitions: ::std::option::Option<::std::vec::Vec<DaemonContainerDefinition>>,
    #[serde(rename = "volumes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volumes: ::std::option::Option<::std::vec::Vec<DaemonVolume>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_requested_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
}

/// The `DaemonTaskDefinitionSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonTaskDefinitionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_requested_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `DaemonVolume` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DaemonVolume {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "host", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host: ::std::option::Option<HostVolumeProperties>,
    #[serde(rename = "logDriverVolumeConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_driver_volume_configuration: ::std::option::Option<LogDriverVolumeConfiguration>,
}

/// The `DeleteAccountSettingRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountSettingRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteAccountSettingResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub setting: ::std::option::Option<Setting>,
}

/// The `DeleteAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
}

/// The `DeleteAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
}

/// The `DeleteCapacityProviderRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapacityProviderRequest {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
}

/// The `DeleteCapacityProviderResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider: ::std::option::Option<CapacityProvider>,
}

/// The `DeleteClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
}

/// The `DeleteClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `DeleteDaemonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonRequest {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDaemonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDaemonTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDaemonTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteExpressGatewayServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteExpressGatewayServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<ECSExpressGatewayService>,
}

/// The `DeleteGatewayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGatewayRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
}

/// The `DeleteGatewayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `DeleteServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DeleteServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<Service>,
}

/// The `DeleteTaskDefinitionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskDefinitionsRequest {
    #[serde(rename = "taskDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definitions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DeleteTaskDefinitionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definitions: ::std::option::Option<::std::vec::Vec<TaskDefinition>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DeleteTaskSetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskSetRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DeleteTaskSetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<TaskSet>,
}

/// The `Deployment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Deployment {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_count: ::std::option::Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_count: ::std::option::Option<i32>,
    #[serde(rename = "failedTasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_tasks: ::std::option::Option<i32>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "rolloutState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollout_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rolloutStateReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollout_state_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_configuration: ::std::option::Option<ServiceConnectConfiguration>,
    #[serde(rename = "serviceConnectResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_resources: ::std::option::Option<::std::vec::Vec<ServiceConnectServiceResource>>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_ephemeral_storage: ::std::option::Option<DeploymentEphemeralStorage>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_lattice_configurations: ::std::option::Option<::std::vec::Vec<VpcLatticeConfiguration>>,
}

/// The `DeploymentAlarms` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentAlarms {
    #[serde(rename = "alarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "rollback", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback: ::std::option::Option<bool>,
    #[serde(rename = "enable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable: ::std::option::Option<bool>,
}

/// The `DeploymentCircuitBreaker` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentCircuitBreaker {
    #[serde(rename = "enable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable: ::std::option::Option<bool>,
    #[serde(rename = "rollback", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback: ::std::option::Option<bool>,
    #[serde(rename = "resetOnHealthyTask", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reset_on_healthy_task: ::std::option::Option<bool>,
    #[serde(rename = "thresholdConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold_configuration: ::std::option::Option<ThresholdConfiguration>,
}

/// The `DeploymentConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentConfiguration {
    #[serde(rename = "deploymentCircuitBreaker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_circuit_breaker: ::std::option::Option<DeploymentCircuitBreaker>,
    #[serde(rename = "maximumPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum_percent: ::std::option::Option<i32>,
    #[serde(rename = "minimumHealthyPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_healthy_percent: ::std::option::Option<i32>,
    #[serde(rename = "alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<DeploymentAlarms>,
    #[serde(rename = "strategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub strategy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bakeTimeInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bake_time_in_minutes: ::std::option::Option<i32>,
    #[serde(rename = "lifecycleHooks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_hooks: ::std::option::Option<::std::vec::Vec<DeploymentLifecycleHook>>,
    #[serde(rename = "linearConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linear_configuration: ::std::option::Option<LinearConfiguration>,
    #[serde(rename = "canaryConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub canary_configuration: ::std::option::Option<CanaryConfiguration>,
    #[serde(rename = "earlySuccessCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub early_success_criteria: ::std::option::Option<DeploymentEarlySuccessCriteria>,
}

/// The `DeploymentController` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentController {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `DeploymentEarlySuccessCriteria` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentEarlySuccessCriteria {
    #[serde(rename = "enable", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable: ::std::option::Option<bool>,
    #[serde(rename = "healthyPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub healthy_percent: ::std::option::Option<i32>,
    #[serde(rename = "sourceServiceRevisionCleanup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_service_revision_cleanup: ::std::option::Option<::std::string::String>,
}

/// The `DeploymentEphemeralStorage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentEphemeralStorage {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `DeploymentLifecycleHook` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHook {
    #[serde(rename = "targetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "hookTargetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hook_target_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecycleStages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_stages: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "hookDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hook_details: ::std::option::Option<::serde_json::Value>,
    #[serde(rename = "timeoutConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_configuration: ::std::option::Option<DeploymentLifecycleHookTimeoutConfiguration>,
}

/// The `DeploymentLifecycleHookDetail` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHookDetail {
    #[serde(rename = "hookId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hook_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expiresAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "timeoutAction", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_action: ::std::option::Option<::std::string::String>,
}

/// The `DeploymentLifecycleHookTimeoutConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeploymentLifecycleHookTimeoutConfiguration {
    #[serde(rename = "timeoutInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_in_minutes: ::std::option::Option<i32>,
    #[serde(rename = "action", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub action: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterContainerInstanceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterContainerInstanceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DeregisterContainerInstanceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterContainerInstanceResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<ContainerInstance>,
}

/// The `DeregisterTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTaskDefinitionRequest {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<TaskDefinition>,
}

/// The `DescribeCapacityProvidersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityProvidersRequest {
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeCapacityProvidersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeCapacityProvidersResponse {
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<CapacityProvider>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeClustersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClustersRequest {
    #[serde(rename = "clusters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub clusters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeClustersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeClustersResponse {
    #[serde(rename = "clusters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub clusters: ::std::option::Option<::std::vec::Vec<Cluster>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeContainerInstancesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instances: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeContainerInstancesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeContainerInstancesResponse {
    #[serde(rename = "containerInstances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instances: ::std::option::Option<::std::vec::Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeDaemonDeploymentsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonDeploymentsRequest {
    #[serde(rename = "daemonDeploymentArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_deployment_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeDaemonDeploymentsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonDeploymentsResponse {
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
    #[serde(rename = "daemonDeployments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_deployments: ::std::option::Option<::std::vec::Vec<DaemonDeployment>>,
}

/// The `DescribeDaemonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRequest {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDaemonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonResponse {
    #[serde(rename = "daemon", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon: ::std::option::Option<DaemonDetail>,
}

/// The `DescribeDaemonRevisionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRevisionsRequest {
    #[serde(rename = "daemonRevisionArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_revision_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeDaemonRevisionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonRevisionsResponse {
    #[serde(rename = "daemonRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_revisions: ::std::option::Option<::std::vec::Vec<DaemonRevision>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeDaemonTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonTaskDefinitionRequest {
    #[serde(rename = "daemonTaskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDaemonTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition: ::std::option::Option<DaemonTaskDefinition>,
}

/// The `DescribeExpressGatewayServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeExpressGatewayServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<ECSExpressGatewayService>,
}

/// The `DescribeGatewayAlbConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "scheme", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_logs: ::std::option::Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_acl_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_alb_count: ::std::option::Option<i32>,
    #[serde(rename = "currentAlbCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_alb_count: ::std::option::Option<i32>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_desync: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_traffic_rules: ::std::option::Option<GatewayAlbTestTrafficRules>,
}

/// The `DescribeGatewayConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<DescribeGatewayAlbConfiguration>,
}

/// The `DescribeGatewayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
}

/// The `DescribeGatewayResourcesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResourcesRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeGatewayResourcesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResourcesResponse {
    #[serde(rename = "gatewayResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_resources: ::std::option::Option<GatewayResources>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeGatewayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayResponse {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<Gateway>,
}

/// The `DescribeGatewayRouteRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRouteRequest {
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route_arn: ::std::option::Option<::std::string::String>,
}

/// The `DescribeGatewayRouteResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeGatewayRouteResponse {
    #[serde(rename = "gatewayRoute", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route: ::std::option::Option<GatewayRoute>,
}

/// The `DescribeServiceDeploymentsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceDeploymentsRequest {
    #[serde(rename = "serviceDeploymentArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeServiceDeploymentsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployments: ::std::option::Option<::std::vec::Vec<ServiceDeployment>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeServiceRevisionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceRevisionsRequest {
    #[serde(rename = "serviceRevisionArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_revision_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeServiceRevisionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServiceRevisionsResponse {
    #[serde(rename = "serviceRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_revisions: ::std::option::Option<::std::vec::Vec<ServiceRevision>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeServicesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "services", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeServicesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeServicesResponse {
    #[serde(rename = "services", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<Service>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskDefinitionRequest {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<TaskDefinition>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `DescribeTaskSetsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskSetsRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskSets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_sets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeTaskSetsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTaskSetsResponse {
    #[serde(rename = "taskSets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_sets: ::std::option::Option<::std::vec::Vec<TaskSet>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `DescribeTasksRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "include", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeTasksResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeTasksResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `Device` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Device {
    #[serde(rename = "hostPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "permissions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DisassociateGatewayFromClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateGatewayFromClusterRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
}

/// The `DisassociateGatewayFromClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateGatewayFromClusterResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `DiscoverPollEndpointRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverPollEndpointRequest {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
}

/// The `DiscoverPollEndpointResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DiscoverPollEndpointResponse {
    #[serde(rename = "endpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "telemetryEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub telemetry_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceConnectEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_endpoint: ::std::option::Option<::std::string::String>,
}

/// The `DockerVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DockerVolumeConfiguration {
    #[serde(rename = "scope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoprovision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub autoprovision: ::std::option::Option<bool>,
    #[serde(rename = "driver", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub driver: ::std::option::Option<::std::string::String>,
    #[serde(rename = "driverOpts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub driver_opts: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "labels", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `EBSTagSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EBSTagSpecification {
    #[serde(rename = "resourceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
}

/// The `ECSExpressGatewayService` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ECSExpressGatewayService {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "currentDeployment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_deployment: ::std::option::Option<::std::string::String>,
    #[serde(rename = "activeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active_configurations: ::std::option::Option<::std::vec::Vec<ExpressGatewayServiceConfiguration>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ECSManagedResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ECSManagedResources {
    #[serde(rename = "ingressPaths", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingress_paths: ::std::option::Option<::std::vec::Vec<ManagedIngressPath>>,
    #[serde(rename = "autoScaling", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling: ::std::option::Option<ManagedAutoScaling>,
    #[serde(rename = "metricAlarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_alarms: ::std::option::Option<::std::vec::Vec<ManagedMetricAlarm>>,
    #[serde(rename = "serviceSecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_security_groups: ::std::option::Option<::std::vec::Vec<ManagedSecurityGroup>>,
    #[serde(rename = "logGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_groups: ::std::option::Option<::std::vec::Vec<ManagedLogGroup>>,
    #[serde(rename = "gatewayConnections", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_connections: ::std::option::Option<::std::vec::Vec<GatewayConnection>>,
}

/// The `EFSAuthorizationConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EFSAuthorizationConfig {
    #[serde(rename = "accessPointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_point_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "iam", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub iam: ::std::option::Option<::std::string::String>,
}

/// The `EFSVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EFSVolumeConfiguration {
    #[serde(rename = "fileSystemId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_system_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rootDirectory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub root_directory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transitEncryption", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit_encryption: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transitEncryptionPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit_encryption_port: ::std::option::Option<i32>,
    #[serde(rename = "authorizationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_config: ::std::option::Option<EFSAuthorizationConfig>,
}

/// The `ElbGatewayResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ElbGatewayResources {
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "securityGroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "gatewayRouteArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `EnvironmentFile` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EnvironmentFile {
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `EphemeralStorage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct EphemeralStorage {
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_in_gi_b: ::std::option::Option<i32>,
}

/// The `ExecuteCommandConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandConfiguration {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logging", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logging: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_configuration: ::std::option::Option<ExecuteCommandLogConfiguration>,
}

/// The `ExecuteCommandLogConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandLogConfiguration {
    #[serde(rename = "cloudWatchLogGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cloud_watch_log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cloudWatchEncryptionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cloud_watch_encryption_enabled: ::std::option::Option<bool>,
    #[serde(rename = "s3BucketName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_bucket_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3EncryptionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_encryption_enabled: ::std::option::Option<bool>,
    #[serde(rename = "s3KeyPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_key_prefix: ::std::option::Option<::std::string::String>,
}

/// The `ExecuteCommandRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "container", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container: ::std::option::Option<::std::string::String>,
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::string::String>,
    #[serde(rename = "interactive", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interactive: ::std::option::Option<bool>,
    #[serde(rename = "task", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task: ::std::option::Option<::std::string::String>,
}

/// The `ExecuteCommandResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExecuteCommandResponse {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "interactive", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interactive: ::std::option::Option<bool>,
    #[serde(rename = "session", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session: ::std::option::Option<Session>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_arn: ::std::option::Option<::std::string::String>,
}

/// The `ExpressGatewayContainer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayContainer {
    #[serde(rename = "image", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub image: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port: ::std::option::Option<i32>,
    #[serde(rename = "awsLogsConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_logs_configuration: ::std::option::Option<ExpressGatewayServiceAwsLogsConfiguration>,
    #[serde(rename = "repositoryCredentials", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repository_credentials: ::std::option::Option<ExpressGatewayRepositoryCredentials>,
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "environment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
    #[serde(rename = "secrets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secrets: ::std::option::Option<::std::vec::Vec<Secret>>,
}

/// The `ExpressGatewayRepositoryCredentials` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayRepositoryCredentials {
    #[serde(rename = "credentialsParameter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials_parameter: ::std::option::Option<::std::string::String>,
}

/// The `ExpressGatewayScalingTarget` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayScalingTarget {
    #[serde(rename = "minTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_task_count: ::std::option::Option<i32>,
    #[serde(rename = "maxTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_task_count: ::std::option::Option<i32>,
    #[serde(rename = "autoScalingMetric", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_metric: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoScalingTargetValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_target_value: ::std::option::Option<i32>,
}

/// The `ExpressGatewayServiceAwsLogsConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceAwsLogsConfiguration {
    #[serde(rename = "logGroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_prefix: ::std::option::Option<::std::string::String>,
}

/// The `ExpressGatewayServiceConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceConfiguration {
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_container: ::std::option::Option<ExpressGatewayContainer>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_target: ::std::option::Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "ingressPaths", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingress_paths: ::std::option::Option<::std::vec::Vec<IngressPathSummary>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ExpressGatewayServiceNetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceNetworkConfiguration {
    #[serde(rename = "securityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ExpressGatewayServiceStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExpressGatewayServiceStatus {
    #[serde(rename = "statusCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
}

/// The `FSxWindowsFileServerAuthorizationConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FSxWindowsFileServerAuthorizationConfig {
    #[serde(rename = "credentialsParameter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials_parameter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "domain", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domain: ::std::option::Option<::std::string::String>,
}

/// The `FSxWindowsFileServerVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FSxWindowsFileServerVolumeConfiguration {
    #[serde(rename = "fileSystemId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_system_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rootDirectory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub root_directory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "authorizationConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub authorization_config: ::std::option::Option<FSxWindowsFileServerAuthorizationConfig>,
}

/// The `Failure` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Failure {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "detail", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<::std::string::String>,
}

/// The `FirelensConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FirelensConfiguration {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "options", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `Gateway` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Gateway {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<GatewayResourceFailure>>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<DescribeGatewayConfiguration>,
    #[serde(rename = "accessType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `GatewayAlbTestTrafficRules` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayAlbTestTrafficRules {
    #[serde(rename = "header", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub header: ::std::option::Option<GatewayTestTrafficHeader>,
}

/// The `GatewayClusterAssociationSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayClusterAssociationSummary {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `GatewayConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<HostSharedAlbConfiguration>,
}

/// The `GatewayConnection` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnection {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "portName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<GatewayConnectionResources>,
}

/// The `GatewayConnectionAlbResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectionAlbResources {
    #[serde(rename = "acmCertificateArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acm_certificate_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancerSecurityGroupArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_security_group_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "listenerRuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testListenerRuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_listener_rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_target_group_arn: ::std::option::Option<::std::string::String>,
}

/// The `GatewayConnectionResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectionResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<::std::vec::Vec<GatewayConnectionAlbResources>>,
}

/// The `GatewayConnector` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnector {
    #[serde(rename = "portName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheck", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check: ::std::option::Option<GatewayConnectorHealthCheck>,
    #[serde(rename = "filters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filters: ::std::option::Option<GatewayConnectorFilters>,
    #[serde(rename = "deregistrationDelay", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deregistration_delay: ::std::option::Option<GatewayConnectorDeregistrationDelay>,
}

/// The `GatewayConnectorDeregistrationDelay` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorDeregistrationDelay {
    #[serde(rename = "timeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout_seconds: ::std::option::Option<i32>,
}

/// The `GatewayConnectorFilters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorFilters {
    #[serde(rename = "accessTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `GatewayConnectorHealthCheck` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorHealthCheck {
    #[serde(rename = "healthCheckProtocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<i32>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheckTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_timeout_seconds: ::std::option::Option<i32>,
    #[serde(rename = "healthCheckIntervalSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_interval_seconds: ::std::option::Option<i32>,
    #[serde(rename = "healthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub healthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "unhealthyThresholdCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unhealthy_threshold_count: ::std::option::Option<i32>,
    #[serde(rename = "matcher", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub matcher: ::std::option::Option<GatewayConnectorHealthCheckMatcher>,
}

/// The `GatewayConnectorHealthCheckMatcher` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayConnectorHealthCheckMatcher {
    #[serde(rename = "httpCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "grpcCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub grpc_code: ::std::option::Option<::std::string::String>,
}

/// The `GatewayElbAccessLogConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogConfiguration {
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<GatewayElbAccessLogDestination>,
}

/// The `GatewayElbAccessLogDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogDestination {
    #[serde(rename = "s3", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3: ::std::option::Option<GatewayElbAccessLogS3Destination>,
}

/// The `GatewayElbAccessLogS3Destination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbAccessLogS3Destination {
    #[serde(rename = "bucket", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bucket: ::std::option::Option<::std::string::String>,
    #[serde(rename = "prefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
}

/// The `GatewayElbNetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayElbNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inbound_security_group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "ipAddressType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address_type: ::std::option::Option<::std::string::String>,
}

/// The `GatewayInfrastructureResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayInfrastructureResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<::std::vec::Vec<ElbGatewayResources>>,
}

/// The `GatewayNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `GatewayOperationError` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayOperationError {
    #[serde(rename = "operation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operation: ::std::option::Option<::std::string::String>,
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `GatewayResourceFailure` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayResourceFailure {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "errors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub errors: ::std::option::Option<::std::vec::Vec<GatewayOperationError>>,
}

/// The `GatewayResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayResources {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<GatewayInfrastructureResources>,
}

/// The `GatewayRoute` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRoute {
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_container_port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resources: ::std::option::Option<GatewayRouteResources>,
}

/// The `GatewayRouteAlbResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteAlbResources {
    #[serde(rename = "acmCertificateArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acm_certificate_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "listenerArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "listenerRuleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener_rule_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testListenerRuleArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_listener_rule_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "loadBalancerSecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_security_groups: ::std::option::Option<::std::vec::Vec<GatewayRouteLoadBalancerSecurityGroup>>,
    #[serde(rename = "serviceSecurityGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_security_group_arn: ::std::option::Option<::std::string::String>,
}

/// The `GatewayRouteLoadBalancerSecurityGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteLoadBalancerSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ruleArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `GatewayRouteResources` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteResources {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<::std::vec::Vec<GatewayRouteAlbResources>>,
}

/// The `GatewayRouteSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayRouteSummary {
    #[serde(rename = "gatewayRouteArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_route_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_container_port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `GatewaySummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewaySummary {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `GatewayTestTrafficHeader` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GatewayTestTrafficHeader {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `GetTaskProtectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTaskProtectionRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `GetTaskProtectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTaskProtectionResponse {
    #[serde(rename = "protectedTasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protected_tasks: ::std::option::Option<::std::vec::Vec<ProtectedTask>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `GpuDevice` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GpuDevice {
    #[serde(rename = "gpuId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gpu_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sharingMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "totalMemoryInMiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_memory_in_mi_b: ::std::option::Option<i32>,
    #[serde(rename = "remainingMemoryInMiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remaining_memory_in_mi_b: ::std::option::Option<i32>,
    #[serde(rename = "containerCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_count: ::std::option::Option<i32>,
}

/// The `HealthCheck` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HealthCheck {
    #[serde(rename = "command", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "interval", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interval: ::std::option::Option<i32>,
    #[serde(rename = "timeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout: ::std::option::Option<i32>,
    #[serde(rename = "retries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retries: ::std::option::Option<i32>,
    #[serde(rename = "startPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_period: ::std::option::Option<i32>,
}

/// The `HostEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostEntry {
    #[serde(rename = "hostname", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hostname: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipAddress", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ip_address: ::std::option::Option<::std::string::String>,
}

/// The `HostSharedAlbConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostSharedAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<GatewayElbNetworkConfiguration>,
    #[serde(rename = "scheme", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<::std::string::String>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_acl_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_logs: ::std::option::Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_alb_count: ::std::option::Option<i32>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_desync: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_traffic_rules: ::std::option::Option<GatewayAlbTestTrafficRules>,
}

/// The `HostVolumeProperties` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct HostVolumeProperties {
    #[serde(rename = "sourcePath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_path: ::std::option::Option<::std::string::String>,
}

/// The `InferenceAccelerator` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InferenceAccelerator {
    #[serde(rename = "deviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deviceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_type: ::std::option::Option<::std::string::String>,
}

/// The `InferenceAcceleratorOverride` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InferenceAcceleratorOverride {
    #[serde(rename = "deviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deviceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub device_type: ::std::option::Option<::std::string::String>,
}

/// The `InfrastructureOptimization` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InfrastructureOptimization {
    #[serde(rename = "scaleInAfter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale_in_after: ::std::option::Option<i32>,
}

/// The `IngressPathSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IngressPathSummary {
    #[serde(rename = "accessType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "endpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
}

/// The `InstanceHealthCheckResult` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceHealthCheckResult {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdated", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "lastStatusChange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_status_change: ::std::option::Option<crate::types::Timestamp>,
}

/// The `InstanceLaunchTemplate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceLaunchTemplate {
    #[serde(rename = "ec2InstanceProfileArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ec2_instance_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<ManagedInstancesNetworkConfiguration>,
    #[serde(rename = "storageConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_configuration: ::std::option::Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "localStorageConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_storage_configuration: ::std::option::Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub monitoring: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityOptionType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_option_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceMetadataTagsPropagation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_metadata_tags_propagation: ::std::option::Option<bool>,
    #[serde(rename = "instanceRequirements", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_requirements: ::std::option::Option<InstanceRequirementsRequest>,
    #[serde(rename = "fipsEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fips_enabled: ::std::option::Option<bool>,
    #[serde(rename = "capacityReservations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_reservations: ::std::option::Option<CapacityReservationRequest>,
    #[serde(rename = "nitroEnclavesEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nitro_enclaves_enabled: ::std::option::Option<bool>,
}

/// The `InstanceLaunchTemplateUpdate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceLaunchTemplateUpdate {
    #[serde(rename = "ec2InstanceProfileArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ec2_instance_profile_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<ManagedInstancesNetworkConfiguration>,
    #[serde(rename = "storageConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_configuration: ::std::option::Option<ManagedInstancesStorageConfiguration>,
    #[serde(rename = "instanceMetadataTagsPropagation", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_metadata_tags_propagation: ::std::option::Option<bool>,
    #[serde(rename = "localStorageConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_storage_configuration: ::std::option::Option<ManagedInstancesLocalStorageConfiguration>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub monitoring: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceRequirements", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_requirements: ::std::option::Option<InstanceRequirementsRequest>,
    #[serde(rename = "capacityReservations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_reservations: ::std::option::Option<CapacityReservationRequest>,
}

/// The `InstanceRequirementsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InstanceRequirementsRequest {
    #[serde(rename = "vCpuCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub v_cpu_count: ::std::option::Option<VCpuCountRangeRequest>,
    #[serde(rename = "memoryMiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_mi_b: ::std::option::Option<MemoryMiBRequest>,
    #[serde(rename = "cpuManufacturers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_manufacturers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "memoryGiBPerVCpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory_gi_b_per_v_cpu: ::std::option::Option<MemoryGiBPerVCpuRequest>,
    #[serde(rename = "excludedInstanceTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub excluded_instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "instanceGenerations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_generations: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "spotMaxPricePercentageOverLowestPrice", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spot_max_price_percentage_over_lowest_price: ::std::option::Option<i32>,
    #[serde(rename = "onDemandMaxPricePercentageOverLowestPrice", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub on_demand_max_price_percentage_over_lowest_price: ::std::option::Option<i32>,
    #[serde(rename = "bareMetal", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bare_metal: ::std::option::Option<::std::string::String>,
    #[serde(rename = "burstablePerformance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub burstable_performance: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requireHibernateSupport", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub require_hibernate_support: ::std::option::Option<bool>,
    #[serde(rename = "networkInterfaceCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_interface_count: ::std::option::Option<NetworkInterfaceCountRequest>,
    #[serde(rename = "localStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_storage: ::std::option::Option<::std::string::String>,
    #[serde(rename = "localStorageTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_storage_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "totalLocalStorageGB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_local_storage_gb: ::std::option::Option<TotalLocalStorageGBRequest>,
    #[serde(rename = "baselineEbsBandwidthMbps", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub baseline_ebs_bandwidth_mbps: ::std::option::Option<BaselineEbsBandwidthMbpsRequest>,
    #[serde(rename = "acceleratorTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerator_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "acceleratorCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerator_count: ::std::option::Option<AcceleratorCountRequest>,
    #[serde(rename = "acceleratorManufacturers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerator_manufacturers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "acceleratorNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerator_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "acceleratorTotalMemoryMiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accelerator_total_memory_mi_b: ::std::option::Option<AcceleratorTotalMemoryMiBRequest>,
    #[serde(rename = "networkBandwidthGbps", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_bandwidth_gbps: ::std::option::Option<NetworkBandwidthGbpsRequest>,
    #[serde(rename = "allowedInstanceTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_instance_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxSpotPriceAsPercentageOfOptimalOnDemandPrice", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_spot_price_as_percentage_of_optimal_on_demand_price: ::std::option::Option<i32>,
}

/// The `InvalidParameterException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `KernelCapabilities` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KernelCapabilities {
    #[serde(rename = "add", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub add: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "drop", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub drop: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `KeyValuePair` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct KeyValuePair {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `LimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LinearConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinearConfiguration {
    #[serde(rename = "stepPercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub step_percent: ::std::option::Option<f64>,
    #[serde(rename = "stepBakeTimeInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub step_bake_time_in_minutes: ::std::option::Option<i32>,
}

/// The `LinuxParameters` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LinuxParameters {
    #[serde(rename = "capabilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<KernelCapabilities>,
    #[serde(rename = "devices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub devices: ::std::option::Option<::std::vec::Vec<Device>>,
    #[serde(rename = "initProcessEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub init_process_enabled: ::std::option::Option<bool>,
    #[serde(rename = "sharedMemorySize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub shared_memory_size: ::std::option::Option<i32>,
    #[serde(rename = "tmpfs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tmpfs: ::std::option::Option<::std::vec::Vec<Tmpfs>>,
    #[serde(rename = "maxSwap", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_swap: ::std::option::Option<i32>,
    #[serde(rename = "swappiness", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub swappiness: ::std::option::Option<i32>,
}

/// The `ListAccountSettingsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountSettingsRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "effectiveSettings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub effective_settings: ::std::option::Option<bool>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListAccountSettingsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAccountSettingsResponse {
    #[serde(rename = "settings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<::std::vec::Vec<Setting>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributeName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attribute_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributeValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attribute_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListClustersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListClustersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListClustersResponse {
    #[serde(rename = "clusterArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListContainerInstancesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListContainerInstancesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `ListContainerInstancesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListContainerInstancesResponse {
    #[serde(rename = "containerInstanceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListDaemonDeploymentsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonDeploymentsRequest {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<CreatedAt>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListDaemonDeploymentsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonDeploymentsResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonDeployments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_deployments: ::std::option::Option<::std::vec::Vec<DaemonDeploymentSummary>>,
}

/// The `ListDaemonTaskDefinitionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "revision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revision: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sort: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListDaemonTaskDefinitionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonTaskDefinitionsResponse {
    #[serde(rename = "daemonTaskDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definitions: ::std::option::Option<::std::vec::Vec<DaemonTaskDefinitionSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListDaemonsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonsRequest {
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListDaemonsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListDaemonsResponse {
    #[serde(rename = "daemonSummariesList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_summaries_list: ::std::option::Option<::std::vec::Vec<DaemonSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewayClusterAssociationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayClusterAssociationsRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewayClusterAssociationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayClusterAssociationsResponse {
    #[serde(rename = "gatewayClusterAssociations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_cluster_associations: ::std::option::Option<::std::vec::Vec<GatewayClusterAssociationSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewayRoutesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayRoutesRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceContainerPortName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_container_port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewayRoutesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewayRoutesResponse {
    #[serde(rename = "gatewayRoutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_routes: ::std::option::Option<::std::vec::Vec<GatewayRouteSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewaysRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewaysRequest {
    #[serde(rename = "names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListGatewaysResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListGatewaysResponse {
    #[serde(rename = "gateways", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateways: ::std::option::Option<::std::vec::Vec<GatewaySummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListServiceDeploymentsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceDeploymentsRequest {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<CreatedAt>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListServiceDeploymentsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServiceDeploymentsResponse {
    #[serde(rename = "serviceDeployments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployments: ::std::option::Option<::std::vec::Vec<ServiceDeploymentBrief>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListServicesByNamespaceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesByNamespaceRequest {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListServicesByNamespaceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesByNamespaceResponse {
    #[serde(rename = "serviceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListServicesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduling_strategy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceManagementType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_management_type: ::std::option::Option<::std::string::String>,
}

/// The `ListServicesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListServicesResponse {
    #[serde(rename = "serviceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
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

/// The `ListTaskDefinitionFamiliesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionFamiliesRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListTaskDefinitionFamiliesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionFamiliesResponse {
    #[serde(rename = "families", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub families: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListTaskDefinitionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionsRequest {
    #[serde(rename = "familyPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sort: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListTaskDefinitionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTaskDefinitionsResponse {
    #[serde(rename = "taskDefinitionArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListTasksRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTasksRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<::std::string::String>,
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "desiredStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_name: ::std::option::Option<::std::string::String>,
}

/// The `ListTasksResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTasksResponse {
    #[serde(rename = "taskArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `LoadBalancer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadBalancer {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port: ::std::option::Option<i32>,
    #[serde(rename = "advancedConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub advanced_configuration: ::std::option::Option<AdvancedConfiguration>,
}

/// The `LogConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogConfiguration {
    #[serde(rename = "logDriver", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_driver: ::std::option::Option<::std::string::String>,
    #[serde(rename = "options", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "secretOptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub secret_options: ::std::option::Option<::std::vec::Vec<Secret>>,
}

/// The `LogDriverVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogDriverVolumeConfiguration {
    #[serde(rename = "driver", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub driver: ::std::option::Option<::std::string::String>,
}

/// The `ManagedAgent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAgent {
    #[serde(rename = "lastStartedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_status: ::std::option::Option<::std::string::String>,
}

/// The `ManagedAgentStateChange` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAgentStateChange {
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedAgentName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_agent_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `ManagedApplicationAutoScalingPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedApplicationAutoScalingPolicy {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "policyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_value: ::std::option::Option<f64>,
    #[serde(rename = "metric", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric: ::std::option::Option<::std::string::String>,
}

/// The `ManagedAutoScaling` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedAutoScaling {
    #[serde(rename = "scalableTarget", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_target: ::std::option::Option<ManagedScalableTarget>,
    #[serde(rename = "applicationAutoScalingPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_auto_scaling_policies: ::std::option::Option<::std::vec::Vec<ManagedApplicationAutoScalingPolicy>>,
}

/// The `ManagedCertificate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedCertificate {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "domainName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domain_name: ::std::option::Option<::std::string::String>,
}

/// The `ManagedIngressPath` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedIngressPath {
    #[serde(rename = "accessType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "endpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer: ::std::option::Option<ManagedLoadBalancer>,
    #[serde(rename = "loadBalancerSecurityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancer_security_groups: ::std::option::Option<::std::vec::Vec<ManagedSecurityGroup>>,
    #[serde(rename = "certificate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub certificate: ::std::option::Option<ManagedCertificate>,
    #[serde(rename = "listener", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub listener: ::std::option::Option<ManagedListener>,
    #[serde(rename = "rule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rule: ::std::option::Option<ManagedListenerRule>,
    #[serde(rename = "targetGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_groups: ::std::option::Option<::std::vec::Vec<ManagedTargetGroup>>,
}

/// The `ManagedInstancesLocalStorageConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesLocalStorageConfiguration {
    #[serde(rename = "useLocalStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub use_local_storage: ::std::option::Option<bool>,
}

/// The `ManagedInstancesNetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesNetworkConfiguration {
    #[serde(rename = "subnets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnets: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "securityGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_groups: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ManagedInstancesProvider` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesProvider {
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceLaunchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_launch_template: ::std::option::Option<InstanceLaunchTemplate>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_optimization: ::std::option::Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_repair_configuration: ::std::option::Option<AutoRepairConfiguration>,
}

/// The `ManagedInstancesStorageConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedInstancesStorageConfiguration {
    #[serde(rename = "storageSizeGiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_size_gi_b: ::std::option::Option<i32>,
}

/// The `ManagedListener` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedListener {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ManagedListenerRule` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedListenerRule {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ManagedLoadBalancer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedLoadBalancer {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "scheme", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheme: ::std::option::Option<::std::string::String>,
    #[serde(rename = "subnetIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subnet_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "securityGroupIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_group_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ManagedLogGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedLogGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
}

/// The `ManagedMetricAlarm` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedMetricAlarm {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ManagedScalableTarget` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedScalableTarget {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "minCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_capacity: ::std::option::Option<i32>,
    #[serde(rename = "maxCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity: ::std::option::Option<i32>,
}

/// The `ManagedScaling` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedScaling {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_capacity: ::std::option::Option<i32>,
    #[serde(rename = "minimumScalingStepSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum_scaling_step_size: ::std::option::Option<i32>,
    #[serde(rename = "maximumScalingStepSize", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum_scaling_step_size: ::std::option::Option<i32>,
    #[serde(rename = "instanceWarmupPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_warmup_period: ::std::option::Option<i32>,
}

/// The `ManagedSecurityGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedSecurityGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ManagedStorageConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedStorageConfiguration {
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fargateEphemeralStorageKmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_ephemeral_storage_kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `ManagedTargetGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ManagedTargetGroup {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheckPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_port: ::std::option::Option<i32>,
    #[serde(rename = "port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
}

/// The `MemoryGiBPerVCpuRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MemoryGiBPerVCpuRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<f64>,
}

/// The `MemoryMiBRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MemoryMiBRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `MetricConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricConfiguration {
    #[serde(rename = "metricNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "resolutionSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resolution_seconds: ::std::option::Option<i32>,
}

/// The `MissingVersionException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MissingVersionException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `MonitoringConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MonitoringConfiguration {
    #[serde(rename = "metricConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_configurations: ::std::option::Option<::std::vec::Vec<MetricConfiguration>>,
}

/// The `MountPoint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MountPoint {
    #[serde(rename = "sourceVolume", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_volume: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "readOnly", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub read_only: ::std::option::Option<bool>,
}

/// The `NamespaceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NamespaceNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `NetworkBandwidthGbpsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkBandwidthGbpsRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<f64>,
}

/// The `NetworkBinding` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkBinding {
    #[serde(rename = "bindIP", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bind_ip: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port: ::std::option::Option<i32>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_port: ::std::option::Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port_range: ::std::option::Option<::std::string::String>,
    #[serde(rename = "hostPortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_port_range: ::std::option::Option<::std::string::String>,
}

/// The `NetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkConfiguration {
    #[serde(rename = "awsvpcConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub awsvpc_configuration: ::std::option::Option<AwsVpcConfiguration>,
}

/// The `NetworkInterface` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterface {
    #[serde(rename = "attachmentId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "privateIpv4Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub private_ipv4_address: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipv6Address", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipv6_address: ::std::option::Option<::std::string::String>,
}

/// The `NetworkInterfaceCountRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NetworkInterfaceCountRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `NoUpdateAvailableException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NoUpdateAvailableException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `NvidiaMpsAllocation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NvidiaMpsAllocation {
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<i32>,
    #[serde(rename = "maxComputePercent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_compute_percent: ::std::option::Option<i32>,
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

/// The `PlatformDevice` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformDevice {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `PlatformTaskDefinitionIncompatibilityException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformTaskDefinitionIncompatibilityException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PlatformUnknownException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PlatformUnknownException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PortMapping` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PortMapping {
    #[serde(rename = "containerPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port: ::std::option::Option<i32>,
    #[serde(rename = "hostPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_port: ::std::option::Option<i32>,
    #[serde(rename = "protocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appProtocol", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub app_protocol: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPortRange", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port_range: ::std::option::Option<::std::string::String>,
}

/// The `ProtectedTask` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProtectedTask {
    #[serde(rename = "taskArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "protectionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protection_enabled: ::std::option::Option<bool>,
    #[serde(rename = "expirationDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiration_date: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ProxyConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ProxyConfiguration {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "properties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub properties: ::std::option::Option<::std::vec::Vec<KeyValuePair>>,
}

/// The `PutAccountSettingDefaultRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingDefaultRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `PutAccountSettingDefaultResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingDefaultResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub setting: ::std::option::Option<Setting>,
}

/// The `PutAccountSettingRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
}

/// The `PutAccountSettingResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountSettingResponse {
    #[serde(rename = "setting", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub setting: ::std::option::Option<Setting>,
}

/// The `PutAttributesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAttributesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
}

/// The `PutAttributesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAttributesResponse {
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
}

/// The `PutClusterCapacityProvidersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutClusterCapacityProvidersRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviders", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "defaultCapacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
}

/// The `PutClusterCapacityProvidersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutClusterCapacityProvidersResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `RegisterContainerInstanceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterContainerInstanceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceIdentityDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_identity_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceIdentityDocumentSignature", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_identity_document_signature: ::std::option::Option<::std::string::String>,
    #[serde(rename = "totalResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_resources: ::std::option::Option<::std::vec::Vec<Resource>>,
    #[serde(rename = "versionInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version_info: ::std::option::Option<VersionInfo>,
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    #[serde(rename = "platformDevices", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_devices: ::std::option::Option<::std::vec::Vec<PlatformDevice>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `RegisterContainerInstanceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterContainerInstanceResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<ContainerInstance>,
}

/// The `RegisterDaemonTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterDaemonTaskDefinitionRequest {
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_definitions: ::std::option::Option<::std::vec::Vec<DaemonContainerDefinition>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volumes: ::std::option::Option<::std::vec::Vec<DaemonVolume>>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
}

/// The `RegisterDaemonTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterDaemonTaskDefinitionResponse {
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
}

/// The `RegisterTaskDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTaskDefinitionRequest {
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_definitions: ::std::option::Option<::std::vec::Vec<ContainerDefinition>>,
    #[serde(rename = "volumes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volumes: ::std::option::Option<::std::vec::Vec<Volume>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(rename = "requiresCompatibilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requires_compatibilities: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "proxyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proxy_configuration: ::std::option::Option<ProxyConfiguration>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inference_accelerators: ::std::option::Option<::std::vec::Vec<InferenceAccelerator>>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral_storage: ::std::option::Option<EphemeralStorage>,
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_platform: ::std::option::Option<RuntimePlatform>,
    #[serde(rename = "enableFaultInjection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_fault_injection: ::std::option::Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trusted_execution_configuration: ::std::option::Option<TrustedExecutionConfiguration>,
}

/// The `RegisterTaskDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterTaskDefinitionResponse {
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<TaskDefinition>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
}

/// The `RepositoryCredentials` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RepositoryCredentials {
    #[serde(rename = "credentialsParameter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credentials_parameter: ::std::option::Option<::std::string::String>,
}

/// The `ResolvedConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResolvedConfiguration {
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<ServiceRevisionLoadBalancer>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_lattice_configurations: ::std::option::Option<::std::vec::Vec<ServiceRevisionVpcLatticeConfiguration>>,
}

/// The `Resource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Resource {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "doubleValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub double_value: ::std::option::Option<f64>,
    #[serde(rename = "longValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub long_value: ::std::option::Option<i64>,
    #[serde(rename = "integerValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integer_value: ::std::option::Option<i32>,
    #[serde(rename = "stringSetValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub string_set_value: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ResourceInUseException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceInUseException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ResourceRequirement` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceRequirement {
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sharingStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sharing_strategy: ::std::option::Option<SharingStrategy>,
}

/// The `Rollback` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Rollback {
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_revision_arn: ::std::option::Option<::std::string::String>,
}

/// The `RunTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunTaskRequest {
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "count", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub count: ::std::option::Option<i32>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "group", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overrides: ::std::option::Option<TaskOverride>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_strategy: ::std::option::Option<::std::vec::Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "referenceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<TaskVolumeConfiguration>>,
}

/// The `RunTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RunTaskResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `RuntimePlatform` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuntimePlatform {
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
    #[serde(rename = "operatingSystemFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub operating_system_family: ::std::option::Option<::std::string::String>,
}

/// The `RuntimePlatformOverride` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RuntimePlatformOverride {
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
}

/// The `S3FilesVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3FilesVolumeConfiguration {
    #[serde(rename = "fileSystemArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub file_system_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rootDirectory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub root_directory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transitEncryptionPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transit_encryption_port: ::std::option::Option<i32>,
    #[serde(rename = "accessPointArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_point_arn: ::std::option::Option<::std::string::String>,
}

/// The `Scale` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Scale {
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<f64>,
    #[serde(rename = "unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The `Secret` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Secret {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "valueFrom", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value_from: ::std::option::Option<::std::string::String>,
}

/// The `ServerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServerException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Service` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Service {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_count: ::std::option::Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_count: ::std::option::Option<i32>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DeploymentConfiguration>,
    #[serde(rename = "taskSets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_sets: ::std::option::Option<::std::vec::Vec<TaskSet>>,
    #[serde(rename = "deployments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployments: ::std::option::Option<::std::vec::Vec<Deployment>>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "events", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<ServiceEvent>>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "currentServiceDeployment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_service_deployment: ::std::option::Option<::std::string::String>,
    #[serde(rename = "currentServiceRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_service_revisions: ::std::option::Option<::std::vec::Vec<ServiceCurrentRevisionSummary>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_strategy: ::std::option::Option<::std::vec::Vec<PlacementStrategy>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_grace_period_seconds: ::std::option::Option<i32>,
    #[serde(rename = "schedulingStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduling_strategy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_controller: ::std::option::Option<DeploymentController>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "createdBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone_rebalancing: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceManagementType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_management_type: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectAccessLogConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectAccessLogConfiguration {
    #[serde(rename = "format", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<::std::string::String>,
    #[serde(rename = "includeQueryParameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_query_parameters: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectClientAlias` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectClientAlias {
    #[serde(rename = "port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "dnsName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dns_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_traffic_rules: ::std::option::Option<ServiceConnectTestTrafficRules>,
}

/// The `ServiceConnectConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectConfiguration {
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "services", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub services: ::std::option::Option<::std::vec::Vec<ServiceConnectService>>,
    #[serde(rename = "logConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_configuration: ::std::option::Option<LogConfiguration>,
    #[serde(rename = "accessLogConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_log_configuration: ::std::option::Option<ServiceConnectAccessLogConfiguration>,
    #[serde(rename = "containerConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_configurations: ::std::option::Option<::std::vec::Vec<ServiceConnectContainerConfiguration>>,
}

/// The `ServiceConnectContainerConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectContainerConfiguration {
    #[serde(rename = "logLevel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_level: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectService` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectService {
    #[serde(rename = "portName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "discoveryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub discovery_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientAliases", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_aliases: ::std::option::Option<::std::vec::Vec<ServiceConnectClientAlias>>,
    #[serde(rename = "ingressPortOverride", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingress_port_override: ::std::option::Option<i32>,
    #[serde(rename = "timeout", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timeout: ::std::option::Option<TimeoutConfiguration>,
    #[serde(rename = "tls", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tls: ::std::option::Option<ServiceConnectTlsConfiguration>,
}

/// The `ServiceConnectServiceResource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectServiceResource {
    #[serde(rename = "discoveryName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub discovery_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "discoveryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub discovery_arn: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectTestTrafficHeaderMatchRules` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficHeaderMatchRules {
    #[serde(rename = "exact", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exact: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectTestTrafficHeaderRules` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficHeaderRules {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<ServiceConnectTestTrafficHeaderMatchRules>,
}

/// The `ServiceConnectTestTrafficRules` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTestTrafficRules {
    #[serde(rename = "header", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub header: ::std::option::Option<ServiceConnectTestTrafficHeaderRules>,
}

/// The `ServiceConnectTlsCertificateAuthority` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTlsCertificateAuthority {
    #[serde(rename = "awsPcaAuthorityArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aws_pca_authority_arn: ::std::option::Option<::std::string::String>,
}

/// The `ServiceConnectTlsConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceConnectTlsConfiguration {
    #[serde(rename = "issuerCertificateAuthority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuer_certificate_authority: ::std::option::Option<ServiceConnectTlsCertificateAuthority>,
    #[serde(rename = "kmsKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
}

/// The `ServiceCurrentRevisionSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceCurrentRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requestedTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_task_count: ::std::option::Option<i32>,
    #[serde(rename = "runningTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_task_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_task_count: ::std::option::Option<i32>,
}

/// The `ServiceDeployment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeployment {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "sourceServiceRevisions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_service_revisions: ::std::option::Option<::std::vec::Vec<ServiceRevisionSummary>>,
    #[serde(rename = "targetServiceRevision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_service_revision: ::std::option::Option<ServiceRevisionSummary>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecycleStage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_stage: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lifecycleHookDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_hook_details: ::std::option::Option<::std::vec::Vec<DeploymentLifecycleHookDetail>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DeploymentConfiguration>,
    #[serde(rename = "rollback", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rollback: ::std::option::Option<Rollback>,
    #[serde(rename = "deploymentCircuitBreaker", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_circuit_breaker: ::std::option::Option<ServiceDeploymentCircuitBreaker>,
    #[serde(rename = "alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<ServiceDeploymentAlarms>,
}

/// The `ServiceDeploymentAlarms` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentAlarms {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "alarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "triggeredAlarmNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub triggered_alarm_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ServiceDeploymentBrief` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentBrief {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "finishedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub finished_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "targetServiceRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_service_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
}

/// The `ServiceDeploymentCircuitBreaker` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentCircuitBreaker {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failure_count: ::std::option::Option<i32>,
    #[serde(rename = "threshold", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub threshold: ::std::option::Option<i32>,
}

/// The `ServiceDeploymentNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceDeploymentNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceEvent {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceManagedEBSVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encrypted: ::std::option::Option<bool>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_in_gi_b: ::std::option::Option<i32>,
    #[serde(rename = "snapshotId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeInitializationRate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_initialization_rate: ::std::option::Option<i32>,
    #[serde(rename = "iops", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub iops: ::std::option::Option<i32>,
    #[serde(rename = "throughput", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub throughput: ::std::option::Option<i32>,
    #[serde(rename = "tagSpecifications", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_specifications: ::std::option::Option<::std::vec::Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filesystemType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filesystem_type: ::std::option::Option<::std::string::String>,
}

/// The `ServiceNotActiveException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotActiveException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `ServiceRegistry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRegistry {
    #[serde(rename = "registryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registry_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "port", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port: ::std::option::Option<i32>,
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerPort", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_port: ::std::option::Option<i32>,
}

/// The `ServiceRevision` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevision {
    #[serde(rename = "serviceRevisionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_revision_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "containerImages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_images: ::std::option::Option<::std::vec::Vec<ContainerImage>>,
    #[serde(rename = "guardDutyEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub guard_duty_enabled: ::std::option::Option<bool>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_configuration: ::std::option::Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_ephemeral_storage: ::std::option::Option<DeploymentEphemeralStorage>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_lattice_configurations: ::std::option::Option<::std::vec::Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "resolvedConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resolved_configuration: ::std::option::Option<ResolvedConfiguration>,
    #[serde(rename = "ecsManagedResources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ecs_managed_resources: ::std::option::Option<ECSManagedResources>,
    #[serde(rename = "overrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overrides: ::std::option::Option<ServiceRevisionOverrides>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_connectors: ::std::option::Option<::std::vec::Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub monitoring: ::std::option::Option<MonitoringConfiguration>,
}

/// The `ServiceRevisionLoadBalancer` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionLoadBalancer {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub production_listener_rule: ::std::option::Option<::std::string::String>,
}

/// The `ServiceRevisionOverrides` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionOverrides {
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_platform: ::std::option::Option<RuntimePlatformOverride>,
}

/// The `ServiceRevisionSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionSummary {
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requestedTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_task_count: ::std::option::Option<i32>,
    #[serde(rename = "runningTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_task_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingTaskCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_task_count: ::std::option::Option<i32>,
    #[serde(rename = "requestedTestTrafficWeight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_test_traffic_weight: ::std::option::Option<f64>,
    #[serde(rename = "requestedProductionTrafficWeight", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_production_traffic_weight: ::std::option::Option<f64>,
}

/// The `ServiceRevisionVpcLatticeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceRevisionVpcLatticeConfiguration {
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub production_listener_rule: ::std::option::Option<::std::string::String>,
}

/// The `ServiceVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceVolumeConfiguration {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedEBSVolume", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_ebs_volume: ::std::option::Option<ServiceManagedEBSVolumeConfiguration>,
}

/// The `Session` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Session {
    #[serde(rename = "sessionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "streamUrl", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stream_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tokenValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_value: ::std::option::Option<::std::string::String>,
}

/// The `Setting` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Setting {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "principalArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub principal_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `SharingStrategy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SharingStrategy {
    #[serde(rename = "nvidiaMps", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nvidia_mps: ::std::option::Option<NvidiaMpsAllocation>,
}

/// The `StartTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instances: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "group", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "overrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overrides: ::std::option::Option<TaskOverride>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "referenceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reference_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<TaskVolumeConfiguration>>,
}

/// The `StartTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartTaskResponse {
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<Task>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `StopServiceDeploymentRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopServiceDeploymentRequest {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stopType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_type: ::std::option::Option<::std::string::String>,
}

/// The `StopServiceDeploymentResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopServiceDeploymentResponse {
    #[serde(rename = "serviceDeploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_deployment_arn: ::std::option::Option<::std::string::String>,
}

/// The `StopTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopTaskRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "task", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}

/// The `StopTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopTaskResponse {
    #[serde(rename = "task", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task: ::std::option::Option<Task>,
}

/// The `SubmitAttachmentStateChangesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitAttachmentStateChangesRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attachments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<AttachmentStateChange>>,
}

/// The `SubmitAttachmentStateChangesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitAttachmentStateChangesResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acknowledgment: ::std::option::Option<::std::string::String>,
}

/// The `SubmitContainerStateChangeRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitContainerStateChangeRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "task", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "runtimeId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "exitCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub exit_code: ::std::option::Option<i32>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkBindings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_bindings: ::std::option::Option<::std::vec::Vec<NetworkBinding>>,
}

/// The `SubmitContainerStateChangeResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitContainerStateChangeResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acknowledgment: ::std::option::Option<::std::string::String>,
}

/// The `SubmitTaskStateChangeRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitTaskStateChangeRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "task", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "reason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub containers: ::std::option::Option<::std::vec::Vec<ContainerStateChange>>,
    #[serde(rename = "attachments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<AttachmentStateChange>>,
    #[serde(rename = "managedAgents", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_agents: ::std::option::Option<::std::vec::Vec<ManagedAgentStateChange>>,
    #[serde(rename = "pullStartedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "pullStoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "executionStoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_stopped_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `SubmitTaskStateChangeResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubmitTaskStateChangeResponse {
    #[serde(rename = "acknowledgment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub acknowledgment: ::std::option::Option<::std::string::String>,
}

/// The `SystemControl` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SystemControl {
    #[serde(rename = "namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `Tag` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tag {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
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

/// The `TargetNotConnectedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetNotConnectedException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `TargetNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `Task` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Task {
    #[serde(rename = "attachments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attachments: ::std::option::Option<::std::vec::Vec<Attachment>>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    #[serde(rename = "availabilityZone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "connectivity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connectivity: ::std::option::Option<::std::string::String>,
    #[serde(rename = "connectivityAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub connectivity_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "containerInstanceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub containers: ::std::option::Option<::std::vec::Vec<Container>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "desiredStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "executionStoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "group", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inference_accelerators: ::std::option::Option<::std::vec::Vec<InferenceAccelerator>>,
    #[serde(rename = "lastStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overrides: ::std::option::Option<TaskOverride>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pullStartedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "pullStoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pull_stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "startedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stopCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stop_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopped_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "stoppedReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopped_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stoppingAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stopping_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "taskArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "version", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<i64>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral_storage: ::std::option::Option<EphemeralStorage>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_ephemeral_storage: ::std::option::Option<TaskEphemeralStorage>,
    #[serde(rename = "trustedExecutionSummary", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trusted_execution_summary: ::std::option::Option<TrustedExecutionSummary>,
}

/// The `TaskDefinition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskDefinition {
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_definitions: ::std::option::Option<::std::vec::Vec<ContainerDefinition>>,
    #[serde(rename = "family", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "revision", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revision: ::std::option::Option<i32>,
    #[serde(rename = "volumes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volumes: ::std::option::Option<::std::vec::Vec<Volume>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "requiresAttributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requires_attributes: ::std::option::Option<::std::vec::Vec<Attribute>>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<TaskDefinitionPlacementConstraint>>,
    #[serde(rename = "compatibilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub compatibilities: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "runtimePlatform", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub runtime_platform: ::std::option::Option<RuntimePlatform>,
    #[serde(rename = "requiresCompatibilities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requires_compatibilities: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inferenceAccelerators", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inference_accelerators: ::std::option::Option<::std::vec::Vec<InferenceAccelerator>>,
    #[serde(rename = "pidMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pid_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ipcMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipc_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "proxyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proxy_configuration: ::std::option::Option<ProxyConfiguration>,
    #[serde(rename = "registeredAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deregisteredAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deregistered_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deleteRequestedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_requested_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "registeredBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub registered_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral_storage: ::std::option::Option<EphemeralStorage>,
    #[serde(rename = "enableFaultInjection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_fault_injection: ::std::option::Option<bool>,
    #[serde(rename = "trustedExecutionConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trusted_execution_configuration: ::std::option::Option<TrustedExecutionConfiguration>,
}

/// The `TaskDefinitionPlacementConstraint` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskDefinitionPlacementConstraint {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
}

/// The `TaskEphemeralStorage` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskEphemeralStorage {
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_in_gi_b: ::std::option::Option<i32>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `TaskManagedEBSVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskManagedEBSVolumeConfiguration {
    #[serde(rename = "encrypted", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encrypted: ::std::option::Option<bool>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sizeInGiB", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_in_gi_b: ::std::option::Option<i32>,
    #[serde(rename = "snapshotId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub snapshot_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "volumeInitializationRate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_initialization_rate: ::std::option::Option<i32>,
    #[serde(rename = "iops", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub iops: ::std::option::Option<i32>,
    #[serde(rename = "throughput", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub throughput: ::std::option::Option<i32>,
    #[serde(rename = "tagSpecifications", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_specifications: ::std::option::Option<::std::vec::Vec<EBSTagSpecification>>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "terminationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub termination_policy: ::std::option::Option<TaskManagedEBSVolumeTerminationPolicy>,
    #[serde(rename = "filesystemType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filesystem_type: ::std::option::Option<::std::string::String>,
}

/// The `TaskManagedEBSVolumeTerminationPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskManagedEBSVolumeTerminationPolicy {
    #[serde(rename = "deleteOnTermination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_on_termination: ::std::option::Option<bool>,
}

/// The `TaskOverride` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskOverride {
    #[serde(rename = "containerOverrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_overrides: ::std::option::Option<::std::vec::Vec<ContainerOverride>>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inferenceAcceleratorOverrides", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inference_accelerator_overrides: ::std::option::Option<::std::vec::Vec<InferenceAcceleratorOverride>>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ephemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral_storage: ::std::option::Option<EphemeralStorage>,
}

/// The `TaskSet` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskSet {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskSetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clusterArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startedBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub started_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "externalId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub external_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "computedDesiredCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub computed_desired_count: ::std::option::Option<i32>,
    #[serde(rename = "pendingCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pending_count: ::std::option::Option<i32>,
    #[serde(rename = "runningCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub running_count: ::std::option::Option<i32>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "launchType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub launch_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "platformFamily", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_family: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "scale", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale: ::std::option::Option<Scale>,
    #[serde(rename = "stabilityStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stability_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "stabilityStatusAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stability_status_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<Tag>>,
    #[serde(rename = "fargateEphemeralStorage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fargate_ephemeral_storage: ::std::option::Option<DeploymentEphemeralStorage>,
}

/// The `TaskSetNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskSetNotFoundException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `TaskVolumeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TaskVolumeConfiguration {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "managedEBSVolume", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_ebs_volume: ::std::option::Option<TaskManagedEBSVolumeConfiguration>,
}

/// The `ThresholdConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThresholdConfiguration {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i32>,
}

/// The `TimeoutConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TimeoutConfiguration {
    #[serde(rename = "idleTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub idle_timeout_seconds: ::std::option::Option<i32>,
    #[serde(rename = "perRequestTimeoutSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub per_request_timeout_seconds: ::std::option::Option<i32>,
}

/// The `Tmpfs` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Tmpfs {
    #[serde(rename = "containerPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "size", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i32>,
    #[serde(rename = "mountOptions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mount_options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `TotalLocalStorageGBRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TotalLocalStorageGBRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<f64>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<f64>,
}

/// The `TrustedExecutionConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustedExecutionConfiguration {
    #[serde(rename = "isolationMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub isolation_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attestationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attestation_policy: ::std::option::Option<::std::string::String>,
}

/// The `TrustedExecutionSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrustedExecutionSummary {
    #[serde(rename = "isolationMode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub isolation_mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "attestationPolicyStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attestation_policy_status: ::std::option::Option<::std::string::String>,
}

/// The `Ulimit` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Ulimit {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "softLimit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub soft_limit: ::std::option::Option<i32>,
    #[serde(rename = "hardLimit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub hard_limit: ::std::option::Option<i32>,
}

/// The `UnsupportedFeatureException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnsupportedFeatureException {
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

/// The `UpdateCapacityProviderRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapacityProviderRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "autoScalingGroupProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_scaling_group_provider: ::std::option::Option<AutoScalingGroupProviderUpdate>,
    #[serde(rename = "managedInstancesProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub managed_instances_provider: ::std::option::Option<UpdateManagedInstancesProviderConfiguration>,
}

/// The `UpdateCapacityProviderResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateCapacityProviderResponse {
    #[serde(rename = "capacityProvider", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider: ::std::option::Option<CapacityProvider>,
}

/// The `UpdateClusterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "settings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<::std::vec::Vec<ClusterSetting>>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<ClusterConfiguration>,
    #[serde(rename = "serviceConnectDefaults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_defaults: ::std::option::Option<ClusterServiceConnectDefaultsRequest>,
}

/// The `UpdateClusterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `UpdateClusterSettingsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterSettingsRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "settings", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settings: ::std::option::Option<::std::vec::Vec<ClusterSetting>>,
}

/// The `UpdateClusterSettingsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateClusterSettingsResponse {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<Cluster>,
}

/// The `UpdateContainerAgentRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerAgentRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<::std::string::String>,
}

/// The `UpdateContainerAgentResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerAgentResponse {
    #[serde(rename = "containerInstance", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instance: ::std::option::Option<ContainerInstance>,
}

/// The `UpdateContainerInstancesStateRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerInstancesStateRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "containerInstances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instances: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `UpdateContainerInstancesStateResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateContainerInstancesStateResponse {
    #[serde(rename = "containerInstances", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub container_instances: ::std::option::Option<::std::vec::Vec<ContainerInstance>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `UpdateDaemonRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDaemonRequest {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "daemonTaskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_task_definition_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DaemonDeploymentConfiguration>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "critical", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub critical: ::std::option::Option<bool>,
}

/// The `UpdateDaemonResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDaemonResponse {
    #[serde(rename = "daemonArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub daemon_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "deploymentArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_arn: ::std::option::Option<::std::string::String>,
}

/// The `UpdateExpressGatewayServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateExpressGatewayServiceRequest {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "healthCheckPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "primaryContainer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_container: ::std::option::Option<ExpressGatewayContainer>,
    #[serde(rename = "taskRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<ExpressGatewayServiceNetworkConfiguration>,
    #[serde(rename = "cpu", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu: ::std::option::Option<::std::string::String>,
    #[serde(rename = "memory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub memory: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cpuArchitecture", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cpu_architecture: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scalingTarget", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_target: ::std::option::Option<ExpressGatewayScalingTarget>,
    #[serde(rename = "taskDefinitionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition_arn: ::std::option::Option<::std::string::String>,
}

/// The `UpdateExpressGatewayServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateExpressGatewayServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<UpdatedExpressGatewayService>,
}

/// The `UpdateGatewayAlbConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayAlbConfiguration {
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<UpdateGatewayNetworkConfiguration>,
    #[serde(rename = "maxAlbCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_alb_count: ::std::option::Option<i32>,
    #[serde(rename = "webACLArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub web_acl_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_logs: ::std::option::Option<GatewayElbAccessLogConfiguration>,
    #[serde(rename = "httpDesync", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub http_desync: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testTrafficRules", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_traffic_rules: ::std::option::Option<GatewayAlbTestTrafficRules>,
}

/// The `UpdateGatewayConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayConfiguration {
    #[serde(rename = "hostSharedAlb", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host_shared_alb: ::std::option::Option<UpdateGatewayAlbConfiguration>,
}

/// The `UpdateGatewayNetworkConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayNetworkConfiguration {
    #[serde(rename = "inboundSecurityGroup", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inbound_security_group: ::std::option::Option<::std::string::String>,
}

/// The `UpdateGatewayRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayRequest {
    #[serde(rename = "gateway", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection: ::std::option::Option<bool>,
    #[serde(rename = "configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration: ::std::option::Option<UpdateGatewayConfiguration>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
}

/// The `UpdateGatewayResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateGatewayResponse {
    #[serde(rename = "gatewayArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
}

/// The `UpdateInProgressException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateInProgressException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `UpdateManagedInstancesProviderConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateManagedInstancesProviderConfiguration {
    #[serde(rename = "infrastructureRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "instanceLaunchTemplate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub instance_launch_template: ::std::option::Option<InstanceLaunchTemplateUpdate>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "infrastructureOptimization", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub infrastructure_optimization: ::std::option::Option<InfrastructureOptimization>,
    #[serde(rename = "autoRepairConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub auto_repair_configuration: ::std::option::Option<AutoRepairConfiguration>,
}

/// The `UpdateServicePrimaryTaskSetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServicePrimaryTaskSetRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "primaryTaskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_task_set: ::std::option::Option<::std::string::String>,
}

/// The `UpdateServicePrimaryTaskSetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServicePrimaryTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<TaskSet>,
}

/// The `UpdateServiceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "desiredCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub desired_count: ::std::option::Option<i32>,
    #[serde(rename = "taskDefinition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_definition: ::std::option::Option<::std::string::String>,
    #[serde(rename = "capacityProviderStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_provider_strategy: ::std::option::Option<::std::vec::Vec<CapacityProviderStrategyItem>>,
    #[serde(rename = "deploymentConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_configuration: ::std::option::Option<DeploymentConfiguration>,
    #[serde(rename = "availabilityZoneRebalancing", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub availability_zone_rebalancing: ::std::option::Option<::std::string::String>,
    #[serde(rename = "networkConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_configuration: ::std::option::Option<NetworkConfiguration>,
    #[serde(rename = "placementConstraints", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_constraints: ::std::option::Option<::std::vec::Vec<PlacementConstraint>>,
    #[serde(rename = "placementStrategy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub placement_strategy: ::std::option::Option<::std::vec::Vec<PlacementStrategy>>,
    #[serde(rename = "platformVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub platform_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "forceNewDeployment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force_new_deployment: ::std::option::Option<bool>,
    #[serde(rename = "healthCheckGracePeriodSeconds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub health_check_grace_period_seconds: ::std::option::Option<i32>,
    #[serde(rename = "deploymentController", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deployment_controller: ::std::option::Option<DeploymentController>,
    #[serde(rename = "enableExecuteCommand", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_execute_command: ::std::option::Option<bool>,
    #[serde(rename = "enableECSManagedTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_ecs_managed_tags: ::std::option::Option<bool>,
    #[serde(rename = "loadBalancers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_balancers: ::std::option::Option<::std::vec::Vec<LoadBalancer>>,
    #[serde(rename = "propagateTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub propagate_tags: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceRegistries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_registries: ::std::option::Option<::std::vec::Vec<ServiceRegistry>>,
    #[serde(rename = "serviceConnectConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_connect_configuration: ::std::option::Option<ServiceConnectConfiguration>,
    #[serde(rename = "volumeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub volume_configurations: ::std::option::Option<::std::vec::Vec<ServiceVolumeConfiguration>>,
    #[serde(rename = "vpcLatticeConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_lattice_configurations: ::std::option::Option<::std::vec::Vec<VpcLatticeConfiguration>>,
    #[serde(rename = "gatewayConnectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gateway_connectors: ::std::option::Option<::std::vec::Vec<GatewayConnector>>,
    #[serde(rename = "monitoring", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub monitoring: ::std::option::Option<MonitoringConfiguration>,
}

/// The `UpdateServiceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateServiceResponse {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<Service>,
}

/// The `UpdateTaskProtectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskProtectionRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tasks: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "protectionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protection_enabled: ::std::option::Option<bool>,
    #[serde(rename = "expiresInMinutes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_in_minutes: ::std::option::Option<i32>,
}

/// The `UpdateTaskProtectionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskProtectionResponse {
    #[serde(rename = "protectedTasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub protected_tasks: ::std::option::Option<::std::vec::Vec<ProtectedTask>>,
    #[serde(rename = "failures", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failures: ::std::option::Option<::std::vec::Vec<Failure>>,
}

/// The `UpdateTaskSetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskSetRequest {
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scale", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale: ::std::option::Option<Scale>,
}

/// The `UpdateTaskSetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateTaskSetResponse {
    #[serde(rename = "taskSet", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_set: ::std::option::Option<TaskSet>,
}

/// The `UpdatedExpressGatewayService` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdatedExpressGatewayService {
    #[serde(rename = "serviceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "cluster", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cluster: ::std::option::Option<::std::string::String>,
    #[serde(rename = "serviceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ExpressGatewayServiceStatus>,
    #[serde(rename = "targetConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_configuration: ::std::option::Option<ExpressGatewayServiceConfiguration>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "updatedAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub updated_at: ::std::option::Option<crate::types::Timestamp>,
}

/// The `VCpuCountRangeRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VCpuCountRangeRequest {
    #[serde(rename = "min", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min: ::std::option::Option<i32>,
    #[serde(rename = "max", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max: ::std::option::Option<i32>,
}

/// The `VersionInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VersionInfo {
    #[serde(rename = "agentVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "agentHash", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub agent_hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dockerVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub docker_version: ::std::option::Option<::std::string::String>,
}

/// The `Volume` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Volume {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "host", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub host: ::std::option::Option<HostVolumeProperties>,
    #[serde(rename = "dockerVolumeConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub docker_volume_configuration: ::std::option::Option<DockerVolumeConfiguration>,
    #[serde(rename = "efsVolumeConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub efs_volume_configuration: ::std::option::Option<EFSVolumeConfiguration>,
    #[serde(rename = "s3filesVolumeConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3files_volume_configuration: ::std::option::Option<S3FilesVolumeConfiguration>,
    #[serde(rename = "fsxWindowsFileServerVolumeConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fsx_windows_file_server_volume_configuration: ::std::option::Option<FSxWindowsFileServerVolumeConfiguration>,
    #[serde(rename = "configuredAtLaunch", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configured_at_launch: ::std::option::Option<bool>,
}

/// The `VolumeFrom` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VolumeFrom {
    #[serde(rename = "sourceContainer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_container: ::std::option::Option<::std::string::String>,
    #[serde(rename = "readOnly", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub read_only: ::std::option::Option<bool>,
}

/// The `VpcLatticeAdvancedConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcLatticeAdvancedConfiguration {
    #[serde(rename = "alternateTargetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productionListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub production_listener_rule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "testListenerRule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub test_listener_rule: ::std::option::Option<::std::string::String>,
}

/// The `VpcLatticeConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct VpcLatticeConfiguration {
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "portName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub port_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "advancedConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub advanced_configuration: ::std::option::Option<VpcLatticeAdvancedConfiguration>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    AccessDeniedException,
    AttributeLimitExceededException,
    BlockedException,
    ClientException,
    ClusterContainsCapacityProviderException,
    ClusterContainsContainerInstancesException,
    ClusterContainsServicesException,
    ClusterContainsTasksException,
    ClusterNotFoundException,
    ConflictException,
    DaemonNotActiveException,
    DaemonNotFoundException,
    GatewayNotFoundException,
    InvalidParameterException,
    LimitExceededException,
    MissingVersionException,
    NamespaceNotFoundException,
    NoUpdateAvailableException,
    PlatformTaskDefinitionIncompatibilityException,
    PlatformUnknownException,
    ResourceInUseException,
    ResourceNotFoundException,
    ServerException,
    ServiceDeploymentNotFoundException,
    ServiceNotActiveException,
    ServiceNotFoundException,
    TargetNotConnectedException,
    TargetNotFoundException,
    TaskSetNotFoundException,
    UnsupportedFeatureException,
    UpdateInProgressException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::AccessDeniedException => "AccessDeniedException",
            ErrorCode::AttributeLimitExceededException => "AttributeLimitExceededException",
            ErrorCode::BlockedException => "BlockedException",
            ErrorCode::ClientException => "ClientException",
            ErrorCode::ClusterContainsCapacityProviderException => "ClusterContainsCapacityProviderException",
            ErrorCode::ClusterContainsContainerInstancesException => "ClusterContainsContainerInstancesException",
            ErrorCode::ClusterContainsServicesException => "ClusterContainsServicesException",
            ErrorCode::ClusterContainsTasksException => "ClusterContainsTasksException",
            ErrorCode::ClusterNotFoundException => "ClusterNotFoundException",
            ErrorCode::ConflictException => "ConflictException",
            ErrorCode::DaemonNotActiveException => "DaemonNotActiveException",
            ErrorCode::DaemonNotFoundException => "DaemonNotFoundException",
            ErrorCode::GatewayNotFoundException => "GatewayNotFoundException",
            ErrorCode::InvalidParameterException => "InvalidParameterException",
            ErrorCode::LimitExceededException => "LimitExceededException",
            ErrorCode::MissingVersionException => "MissingVersionException",
            ErrorCode::NamespaceNotFoundException => "NamespaceNotFoundException",
            ErrorCode::NoUpdateAvailableException => "NoUpdateAvailableException",
            ErrorCode::PlatformTaskDefinitionIncompatibilityException => "PlatformTaskDefinitionIncompatibilityException",
            ErrorCode::PlatformUnknownException => "PlatformUnknownException",
            ErrorCode::ResourceInUseException => "ResourceInUseException",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::ServerException => "ServerException",
            ErrorCode::ServiceDeploymentNotFoundException => "ServiceDeploymentNotFoundException",
            ErrorCode::ServiceNotActiveException => "ServiceNotActiveException",
            ErrorCode::ServiceNotFoundException => "ServiceNotFoundException",
            ErrorCode::TargetNotConnectedException => "TargetNotConnectedException",
            ErrorCode::TargetNotFoundException => "TargetNotFoundException",
            ErrorCode::TaskSetNotFoundException => "TaskSetNotFoundException",
            ErrorCode::UnsupportedFeatureException => "UnsupportedFeatureException",
            ErrorCode::UpdateInProgressException => "UpdateInProgressException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::AccessDeniedException => 400,
            ErrorCode::AttributeLimitExceededException => 400,
            ErrorCode::BlockedException => 400,
            ErrorCode::ClientException => 400,
            ErrorCode::ClusterContainsCapacityProviderException => 400,
            ErrorCode::ClusterContainsContainerInstancesException => 400,
            ErrorCode::ClusterContainsServicesException => 400,
            ErrorCode::ClusterContainsTasksException => 400,
            ErrorCode::ClusterNotFoundException => 400,
            ErrorCode::ConflictException => 400,
            ErrorCode::DaemonNotActiveException => 400,
            ErrorCode::DaemonNotFoundException => 400,
            ErrorCode::GatewayNotFoundException => 400,
            ErrorCode::InvalidParameterException => 400,
            ErrorCode::LimitExceededException => 400,
            ErrorCode::MissingVersionException => 400,
            ErrorCode::NamespaceNotFoundException => 400,
            ErrorCode::NoUpdateAvailableException => 400,
            ErrorCode::PlatformTaskDefinitionIncompatibilityException => 400,
            ErrorCode::PlatformUnknownException => 400,
            ErrorCode::ResourceInUseException => 400,
            ErrorCode::ResourceNotFoundException => 400,
            ErrorCode::ServerException => 500,
            ErrorCode::ServiceDeploymentNotFoundException => 400,
            ErrorCode::ServiceNotActiveException => 400,
            ErrorCode::ServiceNotFoundException => 400,
            ErrorCode::TargetNotConnectedException => 400,
            ErrorCode::TargetNotFoundException => 400,
            ErrorCode::TaskSetNotFoundException => 400,
            ErrorCode::UnsupportedFeatureException => 400,
            ErrorCode::UpdateInProgressException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the ecs model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn associate_gateway_with_cluster(&self, ctx: &Context, input: AssociateGatewayWithClusterRequest) -> impl ::std::future::Future<Output = AwsResult<AssociateGatewayWithClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateGatewayWithCluster")) }
    }
    fn continue_service_deployment(&self, ctx: &Context, input: ContinueServiceDeploymentRequest) -> impl ::std::future::Future<Output = AwsResult<ContinueServiceDeploymentResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ContinueServiceDeployment")) }
    }
    fn create_capacity_provider(&self, ctx: &Context, input: CreateCapacityProviderRequest) -> impl ::std::future::Future<Output = AwsResult<CreateCapacityProviderResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateCapacityProvider")) }
    }
    fn create_cluster(&self, ctx: &Context, input: CreateClusterRequest) -> impl ::std::future::Future<Output = AwsResult<CreateClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateCluster")) }
    }
    fn create_daemon(&self, ctx: &Context, input: CreateDaemonRequest) -> impl ::std::future::Future<Output = AwsResult<CreateDaemonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateDaemon")) }
    }
    fn create_express_gateway_service(&self, ctx: &Context, input: CreateExpressGatewayServiceRequest) -> impl ::std::future::Future<Output = AwsResult<CreateExpressGatewayServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateExpressGatewayService")) }
    }
    fn create_gateway(&self, ctx: &Context, input: CreateGatewayRequest) -> impl ::std::future::Future<Output = AwsResult<CreateGatewayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateGateway")) }
    }
    fn create_service(&self, ctx: &Context, input: CreateServiceRequest) -> impl ::std::future::Future<Output = AwsResult<CreateServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateService")) }
    }
    fn create_task_set(&self, ctx: &Context, input: CreateTaskSetRequest) -> impl ::std::future::Future<Output = AwsResult<CreateTaskSetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateTaskSet")) }
    }
    fn delete_account_setting(&self, ctx: &Context, input: DeleteAccountSettingRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteAccountSettingResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteAccountSetting")) }
    }
    fn delete_attributes(&self, ctx: &Context, input: DeleteAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteAttributes")) }
    }
    fn delete_capacity_provider(&self, ctx: &Context, input: DeleteCapacityProviderRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteCapacityProviderResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteCapacityProvider")) }
    }
    fn delete_cluster(&self, ctx: &Context, input: DeleteClusterRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteCluster")) }
    }
    fn delete_daemon(&self, ctx: &Context, input: DeleteDaemonRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteDaemonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDaemon")) }
    }
    fn delete_daemon_task_definition(&self, ctx: &Context, input: DeleteDaemonTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteDaemonTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDaemonTaskDefinition")) }
    }
    fn delete_express_gateway_service(&self, ctx: &Context, input: DeleteExpressGatewayServiceRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteExpressGatewayServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteExpressGatewayService")) }
    }
    fn delete_gateway(&self, ctx: &Context, input: DeleteGatewayRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteGatewayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteGateway")) }
    }
    fn delete_service(&self, ctx: &Context, input: DeleteServiceRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteService")) }
    }
    fn delete_task_definitions(&self, ctx: &Context, input: DeleteTaskDefinitionsRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteTaskDefinitionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteTaskDefinitions")) }
    }
    fn delete_task_set(&self, ctx: &Context, input: DeleteTaskSetRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteTaskSetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteTaskSet")) }
    }
    fn deregister_container_instance(&self, ctx: &Context, input: DeregisterContainerInstanceRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterContainerInstanceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterContainerInstance")) }
    }
    fn deregister_task_definition(&self, ctx: &Context, input: DeregisterTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterTaskDefinition")) }
    }
    fn describe_capacity_providers(&self, ctx: &Context, input: DescribeCapacityProvidersRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeCapacityProvidersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeCapacityProviders")) }
    }
    fn describe_clusters(&self, ctx: &Context, input: DescribeClustersRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeClustersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeClusters")) }
    }
    fn describe_container_instances(&self, ctx: &Context, input: DescribeContainerInstancesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeContainerInstancesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeContainerInstances")) }
    }
    fn describe_daemon(&self, ctx: &Context, input: DescribeDaemonRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDaemonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDaemon")) }
    }
    fn describe_daemon_deployments(&self, ctx: &Context, input: DescribeDaemonDeploymentsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDaemonDeploymentsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDaemonDeployments")) }
    }
    fn describe_daemon_revisions(&self, ctx: &Context, input: DescribeDaemonRevisionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDaemonRevisionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDaemonRevisions")) }
    }
    fn describe_daemon_task_definition(&self, ctx: &Context, input: DescribeDaemonTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDaemonTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDaemonTaskDefinition")) }
    }
    fn describe_express_gateway_service(&self, ctx: &Context, input: DescribeExpressGatewayServiceRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeExpressGatewayServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeExpressGatewayService")) }
    }
    fn describe_gateway(&self, ctx: &Context, input: DescribeGatewayRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeGatewayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeGateway")) }
    }
    fn describe_gateway_resources(&self, ctx: &Context, input: DescribeGatewayResourcesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeGatewayResourcesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeGatewayResources")) }
    }
    fn describe_gateway_route(&self, ctx: &Context, input: DescribeGatewayRouteRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeGatewayRouteResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeGatewayRoute")) }
    }
    fn describe_service_deployments(&self, ctx: &Context, input: DescribeServiceDeploymentsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeServiceDeploymentsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeServiceDeployments")) }
    }
    fn describe_service_revisions(&self, ctx: &Context, input: DescribeServiceRevisionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeServiceRevisionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeServiceRevisions")) }
    }
    fn describe_services(&self, ctx: &Context, input: DescribeServicesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeServicesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeServices")) }
    }
    fn describe_task_definition(&self, ctx: &Context, input: DescribeTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTaskDefinition")) }
    }
    fn describe_task_sets(&self, ctx: &Context, input: DescribeTaskSetsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeTaskSetsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTaskSets")) }
    }
    fn describe_tasks(&self, ctx: &Context, input: DescribeTasksRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeTasksResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeTasks")) }
    }
    fn disassociate_gateway_from_cluster(&self, ctx: &Context, input: DisassociateGatewayFromClusterRequest) -> impl ::std::future::Future<Output = AwsResult<DisassociateGatewayFromClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisassociateGatewayFromCluster")) }
    }
    fn discover_poll_endpoint(&self, ctx: &Context, input: DiscoverPollEndpointRequest) -> impl ::std::future::Future<Output = AwsResult<DiscoverPollEndpointResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DiscoverPollEndpoint")) }
    }
    fn execute_command(&self, ctx: &Context, input: ExecuteCommandRequest) -> impl ::std::future::Future<Output = AwsResult<ExecuteCommandResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ExecuteCommand")) }
    }
    fn get_task_protection(&self, ctx: &Context, input: GetTaskProtectionRequest) -> impl ::std::future::Future<Output = AwsResult<GetTaskProtectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetTaskProtection")) }
    }
    fn list_account_settings(&self, ctx: &Context, input: ListAccountSettingsRequest) -> impl ::std::future::Future<Output = AwsResult<ListAccountSettingsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAccountSettings")) }
    }
    fn list_attributes(&self, ctx: &Context, input: ListAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAttributes")) }
    }
    fn list_clusters(&self, ctx: &Context, input: ListClustersRequest) -> impl ::std::future::Future<Output = AwsResult<ListClustersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListClusters")) }
    }
    fn list_container_instances(&self, ctx: &Context, input: ListContainerInstancesRequest) -> impl ::std::future::Future<Output = AwsResult<ListContainerInstancesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListContainerInstances")) }
    }
    fn list_daemon_deployments(&self, ctx: &Context, input: ListDaemonDeploymentsRequest) -> impl ::std::future::Future<Output = AwsResult<ListDaemonDeploymentsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListDaemonDeployments")) }
    }
    fn list_daemon_task_definitions(&self, ctx: &Context, input: ListDaemonTaskDefinitionsRequest) -> impl ::std::future::Future<Output = AwsResult<ListDaemonTaskDefinitionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListDaemonTaskDefinitions")) }
    }
    fn list_daemons(&self, ctx: &Context, input: ListDaemonsRequest) -> impl ::std::future::Future<Output = AwsResult<ListDaemonsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListDaemons")) }
    }
    fn list_gateway_cluster_associations(&self, ctx: &Context, input: ListGatewayClusterAssociationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListGatewayClusterAssociationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListGatewayClusterAssociations")) }
    }
    fn list_gateway_routes(&self, ctx: &Context, input: ListGatewayRoutesRequest) -> impl ::std::future::Future<Output = AwsResult<ListGatewayRoutesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListGatewayRoutes")) }
    }
    fn list_gateways(&self, ctx: &Context, input: ListGatewaysRequest) -> impl ::std::future::Future<Output = AwsResult<ListGatewaysResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListGateways")) }
    }
    fn list_service_deployments(&self, ctx: &Context, input: ListServiceDeploymentsRequest) -> impl ::std::future::Future<Output = AwsResult<ListServiceDeploymentsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListServiceDeployments")) }
    }
    fn list_services(&self, ctx: &Context, input: ListServicesRequest) -> impl ::std::future::Future<Output = AwsResult<ListServicesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListServices")) }
    }
    fn list_services_by_namespace(&self, ctx: &Context, input: ListServicesByNamespaceRequest) -> impl ::std::future::Future<Output = AwsResult<ListServicesByNamespaceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListServicesByNamespace")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn list_task_definition_families(&self, ctx: &Context, input: ListTaskDefinitionFamiliesRequest) -> impl ::std::future::Future<Output = AwsResult<ListTaskDefinitionFamiliesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTaskDefinitionFamilies")) }
    }
    fn list_task_definitions(&self, ctx: &Context, input: ListTaskDefinitionsRequest) -> impl ::std::future::Future<Output = AwsResult<ListTaskDefinitionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTaskDefinitions")) }
    }
    fn list_tasks(&self, ctx: &Context, input: ListTasksRequest) -> impl ::std::future::Future<Output = AwsResult<ListTasksResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTasks")) }
    }
    fn put_account_setting(&self, ctx: &Context, input: PutAccountSettingRequest) -> impl ::std::future::Future<Output = AwsResult<PutAccountSettingResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutAccountSetting")) }
    }
    fn put_account_setting_default(&self, ctx: &Context, input: PutAccountSettingDefaultRequest) -> impl ::std::future::Future<Output = AwsResult<PutAccountSettingDefaultResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutAccountSettingDefault")) }
    }
    fn put_attributes(&self, ctx: &Context, input: PutAttributesRequest) -> impl ::std::future::Future<Output = AwsResult<PutAttributesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutAttributes")) }
    }
    fn put_cluster_capacity_providers(&self, ctx: &Context, input: PutClusterCapacityProvidersRequest) -> impl ::std::future::Future<Output = AwsResult<PutClusterCapacityProvidersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutClusterCapacityProviders")) }
    }
    fn register_container_instance(&self, ctx: &Context, input: RegisterContainerInstanceRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterContainerInstanceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterContainerInstance")) }
    }
    fn register_daemon_task_definition(&self, ctx: &Context, input: RegisterDaemonTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterDaemonTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterDaemonTaskDefinition")) }
    }
    fn register_task_definition(&self, ctx: &Context, input: RegisterTaskDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterTaskDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterTaskDefinition")) }
    }
    fn run_task(&self, ctx: &Context, input: RunTaskRequest) -> impl ::std::future::Future<Output = AwsResult<RunTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RunTask")) }
    }
    fn start_task(&self, ctx: &Context, input: StartTaskRequest) -> impl ::std::future::Future<Output = AwsResult<StartTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartTask")) }
    }
    fn stop_service_deployment(&self, ctx: &Context, input: StopServiceDeploymentRequest) -> impl ::std::future::Future<Output = AwsResult<StopServiceDeploymentResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StopServiceDeployment")) }
    }
    fn stop_task(&self, ctx: &Context, input: StopTaskRequest) -> impl ::std::future::Future<Output = AwsResult<StopTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StopTask")) }
    }
    fn submit_attachment_state_changes(&self, ctx: &Context, input: SubmitAttachmentStateChangesRequest) -> impl ::std::future::Future<Output = AwsResult<SubmitAttachmentStateChangesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SubmitAttachmentStateChanges")) }
    }
    fn submit_container_state_change(&self, ctx: &Context, input: SubmitContainerStateChangeRequest) -> impl ::std::future::Future<Output = AwsResult<SubmitContainerStateChangeResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SubmitContainerStateChange")) }
    }
    fn submit_task_state_change(&self, ctx: &Context, input: SubmitTaskStateChangeRequest) -> impl ::std::future::Future<Output = AwsResult<SubmitTaskStateChangeResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "SubmitTaskStateChange")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_capacity_provider(&self, ctx: &Context, input: UpdateCapacityProviderRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateCapacityProviderResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateCapacityProvider")) }
    }
    fn update_cluster(&self, ctx: &Context, input: UpdateClusterRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateClusterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateCluster")) }
    }
    fn update_cluster_settings(&self, ctx: &Context, input: UpdateClusterSettingsRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateClusterSettingsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateClusterSettings")) }
    }
    fn update_container_agent(&self, ctx: &Context, input: UpdateContainerAgentRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateContainerAgentResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateContainerAgent")) }
    }
    fn update_container_instances_state(&self, ctx: &Context, input: UpdateContainerInstancesStateRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateContainerInstancesStateResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateContainerInstancesState")) }
    }
    fn update_daemon(&self, ctx: &Context, input: UpdateDaemonRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateDaemonResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateDaemon")) }
    }
    fn update_express_gateway_service(&self, ctx: &Context, input: UpdateExpressGatewayServiceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateExpressGatewayServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateExpressGatewayService")) }
    }
    fn update_gateway(&self, ctx: &Context, input: UpdateGatewayRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateGatewayResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateGateway")) }
    }
    fn update_service(&self, ctx: &Context, input: UpdateServiceRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateServiceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateService")) }
    }
    fn update_service_primary_task_set(&self, ctx: &Context, input: UpdateServicePrimaryTaskSetRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateServicePrimaryTaskSetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateServicePrimaryTaskSet")) }
    }
    fn update_task_protection(&self, ctx: &Context, input: UpdateTaskProtectionRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateTaskProtectionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateTaskProtection")) }
    }
    fn update_task_set(&self, ctx: &Context, input: UpdateTaskSetRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateTaskSetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateTaskSet")) }
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
        "AssociateGatewayWithCluster" => crate::types::encode(&svc.associate_gateway_with_cluster(ctx, crate::types::decode(input)?).await?, form),
        "ContinueServiceDeployment" => crate::types::encode(&svc.continue_service_deployment(ctx, crate::types::decode(input)?).await?, form),
        "CreateCapacityProvider" => crate::types::encode(&svc.create_capacity_provider(ctx, crate::types::decode(input)?).await?, form),
        "CreateCluster" => crate::types::encode(&svc.create_cluster(ctx, crate::types::decode(input)?).await?, form),
        "CreateDaemon" => crate::types::encode(&svc.create_daemon(ctx, crate::types::decode(input)?).await?, form),
        "CreateExpressGatewayService" => crate::types::encode(&svc.create_express_gateway_service(ctx, crate::types::decode(input)?).await?, form),
        "CreateGateway" => crate::types::encode(&svc.create_gateway(ctx, crate::types::decode(input)?).await?, form),
        "CreateService" => crate::types::encode(&svc.create_service(ctx, crate::types::decode(input)?).await?, form),
        "CreateTaskSet" => crate::types::encode(&svc.create_task_set(ctx, crate::types::decode(input)?).await?, form),
        "DeleteAccountSetting" => crate::types::encode(&svc.delete_account_setting(ctx, crate::types::decode(input)?).await?, form),
        "DeleteAttributes" => crate::types::encode(&svc.delete_attributes(ctx, crate::types::decode(input)?).await?, form),
        "DeleteCapacityProvider" => crate::types::encode(&svc.delete_capacity_provider(ctx, crate::types::decode(input)?).await?, form),
        "DeleteCluster" => crate::types::encode(&svc.delete_cluster(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDaemon" => crate::types::encode(&svc.delete_daemon(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDaemonTaskDefinition" => crate::types::encode(&svc.delete_daemon_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "DeleteExpressGatewayService" => crate::types::encode(&svc.delete_express_gateway_service(ctx, crate::types::decode(input)?).await?, form),
        "DeleteGateway" => crate::types::encode(&svc.delete_gateway(ctx, crate::types::decode(input)?).await?, form),
        "DeleteService" => crate::types::encode(&svc.delete_service(ctx, crate::types::decode(input)?).await?, form),
        "DeleteTaskDefinitions" => crate::types::encode(&svc.delete_task_definitions(ctx, crate::types::decode(input)?).await?, form),
        "DeleteTaskSet" => crate::types::encode(&svc.delete_task_set(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterContainerInstance" => crate::types::encode(&svc.deregister_container_instance(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterTaskDefinition" => crate::types::encode(&svc.deregister_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "DescribeCapacityProviders" => crate::types::encode(&svc.describe_capacity_providers(ctx, crate::types::decode(input)?).await?, form),
        "DescribeClusters" => crate::types::encode(&svc.describe_clusters(ctx, crate::types::decode(input)?).await?, form),
        "DescribeContainerInstances" => crate::types::encode(&svc.describe_container_instances(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDaemon" => crate::types::encode(&svc.describe_daemon(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDaemonDeployments" => crate::types::encode(&svc.describe_daemon_deployments(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDaemonRevisions" => crate::types::encode(&svc.describe_daemon_revisions(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDaemonTaskDefinition" => crate::types::encode(&svc.describe_daemon_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "DescribeExpressGatewayService" => crate::types::encode(&svc.describe_express_gateway_service(ctx, crate::types::decode(input)?).await?, form),
        "DescribeGateway" => crate::types::encode(&svc.describe_gateway(ctx, crate::types::decode(input)?).await?, form),
        "DescribeGatewayResources" => crate::types::encode(&svc.describe_gateway_resources(ctx, crate::types::decode(input)?).await?, form),
        "DescribeGatewayRoute" => crate::types::encode(&svc.describe_gateway_route(ctx, crate::types::decode(input)?).await?, form),
        "DescribeServiceDeployments" => crate::types::encode(&svc.describe_service_deployments(ctx, crate::types::decode(input)?).await?, form),
        "DescribeServiceRevisions" => crate::types::encode(&svc.describe_service_revisions(ctx, crate::types::decode(input)?).await?, form),
        "DescribeServices" => crate::types::encode(&svc.describe_services(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTaskDefinition" => crate::types::encode(&svc.describe_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTaskSets" => crate::types::encode(&svc.describe_task_sets(ctx, crate::types::decode(input)?).await?, form),
        "DescribeTasks" => crate::types::encode(&svc.describe_tasks(ctx, crate::types::decode(input)?).await?, form),
        "DisassociateGatewayFromCluster" => crate::types::encode(&svc.disassociate_gateway_from_cluster(ctx, crate::types::decode(input)?).await?, form),
        "DiscoverPollEndpoint" => crate::types::encode(&svc.discover_poll_endpoint(ctx, crate::types::decode(input)?).await?, form),
        "ExecuteCommand" => crate::types::encode(&svc.execute_command(ctx, crate::types::decode(input)?).await?, form),
        "GetTaskProtection" => crate::types::encode(&svc.get_task_protection(ctx, crate::types::decode(input)?).await?, form),
        "ListAccountSettings" => crate::types::encode(&svc.list_account_settings(ctx, crate::types::decode(input)?).await?, form),
        "ListAttributes" => crate::types::encode(&svc.list_attributes(ctx, crate::types::decode(input)?).await?, form),
        "ListClusters" => crate::types::encode(&svc.list_clusters(ctx, crate::types::decode(input)?).await?, form),
        "ListContainerInstances" => crate::types::encode(&svc.list_container_instances(ctx, crate::types::decode(input)?).await?, form),
        "ListDaemonDeployments" => crate::types::encode(&svc.list_daemon_deployments(ctx, crate::types::decode(input)?).await?, form),
        "ListDaemonTaskDefinitions" => crate::types::encode(&svc.list_daemon_task_definitions(ctx, crate::types::decode(input)?).await?, form),
        "ListDaemons" => crate::types::encode(&svc.list_daemons(ctx, crate::types::decode(input)?).await?, form),
        "ListGatewayClusterAssociations" => crate::types::encode(&svc.list_gateway_cluster_associations(ctx, crate::types::decode(input)?).await?, form),
        "ListGatewayRoutes" => crate::types::encode(&svc.list_gateway_routes(ctx, crate::types::decode(input)?).await?, form),
        "ListGateways" => crate::types::encode(&svc.list_gateways(ctx, crate::types::decode(input)?).await?, form),
        "ListServiceDeployments" => crate::types::encode(&svc.list_service_deployments(ctx, crate::types::decode(input)?).await?, form),
        "ListServices" => crate::types::encode(&svc.list_services(ctx, crate::types::decode(input)?).await?, form),
        "ListServicesByNamespace" => crate::types::encode(&svc.list_services_by_namespace(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "ListTaskDefinitionFamilies" => crate::types::encode(&svc.list_task_definition_families(ctx, crate::types::decode(input)?).await?, form),
        "ListTaskDefinitions" => crate::types::encode(&svc.list_task_definitions(ctx, crate::types::decode(input)?).await?, form),
        "ListTasks" => crate::types::encode(&svc.list_tasks(ctx, crate::types::decode(input)?).await?, form),
        "PutAccountSetting" => crate::types::encode(&svc.put_account_setting(ctx, crate::types::decode(input)?).await?, form),
        "PutAccountSettingDefault" => crate::types::encode(&svc.put_account_setting_default(ctx, crate::types::decode(input)?).await?, form),
        "PutAttributes" => crate::types::encode(&svc.put_attributes(ctx, crate::types::decode(input)?).await?, form),
        "PutClusterCapacityProviders" => crate::types::encode(&svc.put_cluster_capacity_providers(ctx, crate::types::decode(input)?).await?, form),
        "RegisterContainerInstance" => crate::types::encode(&svc.register_container_instance(ctx, crate::types::decode(input)?).await?, form),
        "RegisterDaemonTaskDefinition" => crate::types::encode(&svc.register_daemon_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "RegisterTaskDefinition" => crate::types::encode(&svc.register_task_definition(ctx, crate::types::decode(input)?).await?, form),
        "RunTask" => crate::types::encode(&svc.run_task(ctx, crate::types::decode(input)?).await?, form),
        "StartTask" => crate::types::encode(&svc.start_task(ctx, crate::types::decode(input)?).await?, form),
        "StopServiceDeployment" => crate::types::encode(&svc.stop_service_deployment(ctx, crate::types::decode(input)?).await?, form),
        "StopTask" => crate::types::encode(&svc.stop_task(ctx, crate::types::decode(input)?).await?, form),
        "SubmitAttachmentStateChanges" => crate::types::encode(&svc.submit_attachment_state_changes(ctx, crate::types::decode(input)?).await?, form),
        "SubmitContainerStateChange" => crate::types::encode(&svc.submit_container_state_change(ctx, crate::types::decode(input)?).await?, form),
        "SubmitTaskStateChange" => crate::types::encode(&svc.submit_task_state_change(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateCapacityProvider" => crate::types::encode(&svc.update_capacity_provider(ctx, crate::types::decode(input)?).await?, form),
        "UpdateCluster" => crate::types::encode(&svc.update_cluster(ctx, crate::types::decode(input)?).await?, form),
        "UpdateClusterSettings" => crate::types::encode(&svc.update_cluster_settings(ctx, crate::types::decode(input)?).await?, form),
        "UpdateContainerAgent" => crate::types::encode(&svc.update_container_agent(ctx, crate::types::decode(input)?).await?, form),
        "UpdateContainerInstancesState" => crate::types::encode(&svc.update_container_instances_state(ctx, crate::types::decode(input)?).await?, form),
        "UpdateDaemon" => crate::types::encode(&svc.update_daemon(ctx, crate::types::decode(input)?).await?, form),
        "UpdateExpressGatewayService" => crate::types::encode(&svc.update_express_gateway_service(ctx, crate::types::decode(input)?).await?, form),
        "UpdateGateway" => crate::types::encode(&svc.update_gateway(ctx, crate::types::decode(input)?).await?, form),
        "UpdateService" => crate::types::encode(&svc.update_service(ctx, crate::types::decode(input)?).await?, form),
        "UpdateServicePrimaryTaskSet" => crate::types::encode(&svc.update_service_primary_task_set(ctx, crate::types::decode(input)?).await?, form),
        "UpdateTaskProtection" => crate::types::encode(&svc.update_task_protection(ctx, crate::types::decode(input)?).await?, form),
        "UpdateTaskSet" => crate::types::encode(&svc.update_task_set(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
