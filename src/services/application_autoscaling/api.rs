//! Generated from fixtures/models/application-autoscaling.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "application-autoscaling",
    service_id: "Application Auto Scaling",
    signing_name: "application-autoscaling",
    endpoint_prefix: "application-autoscaling",
    target_prefix: Some("AnyScaleFrontendService"),
    api_version: "2016-02-06",
    protocols: &[Protocol::Json],
    model_json: include_str!("../../../fixtures/models/application-autoscaling.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "DeleteScalingPolicy",
    "DeleteScheduledAction",
    "DeregisterScalableTarget",
    "DescribeScalableTargets",
    "DescribeScalingActivities",
    "DescribeScalingPolicies",
    "DescribeScheduledActions",
    "GetPredictiveScalingForecast",
    "ListTagsForResource",
    "PutScalingPolicy",
    "PutScheduledAction",
    "RegisterScalableTarget",
    "TagResource",
    "UntagResource",
];

/// The `Alarm` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Alarm {
    #[serde(rename = "AlarmName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "AlarmARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarm_arn: ::std::option::Option<::std::string::String>,
}

/// The `CapacityForecast` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CapacityForecast {
    #[serde(rename = "Timestamps", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamps: ::std::option::Option<::std::vec::Vec<crate::types::Timestamp>>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<f64>>,
}

/// The `ConcurrentUpdateException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConcurrentUpdateException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `CustomizedMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CustomizedMetricSpecification {
    #[serde(rename = "MetricName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Dimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dimensions: ::std::option::Option<::std::vec::Vec<MetricDimension>>,
    #[serde(rename = "Statistic", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statistic: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Metrics", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metrics: ::std::option::Option<::std::vec::Vec<TargetTrackingMetricDataQuery>>,
}

/// The `DeleteScalingPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScalingPolicyRequest {
    #[serde(rename = "PolicyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
}

/// The `DeleteScalingPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScalingPolicyResponse {
}

/// The `DeleteScheduledActionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledActionRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduledActionName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_action_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
}

/// The `DeleteScheduledActionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledActionResponse {
}

/// The `DeregisterScalableTargetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterScalableTargetRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
}

/// The `DeregisterScalableTargetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeregisterScalableTargetResponse {
}

/// The `DescribeScalableTargetsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalableTargetsRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceIds", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_ids: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScalableTargetsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalableTargetsResponse {
    #[serde(rename = "ScalableTargets", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_targets: ::std::option::Option<::std::vec::Vec<ScalableTarget>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScalingActivitiesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalingActivitiesRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "IncludeNotScaledActivities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_not_scaled_activities: ::std::option::Option<bool>,
}

/// The `DescribeScalingActivitiesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalingActivitiesResponse {
    #[serde(rename = "ScalingActivities", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_activities: ::std::option::Option<::std::vec::Vec<ScalingActivity>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScalingPoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalingPoliciesRequest {
    #[serde(rename = "PolicyNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScalingPoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScalingPoliciesResponse {
    #[serde(rename = "ScalingPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_policies: ::std::option::Option<::std::vec::Vec<ScalingPolicy>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScheduledActionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScheduledActionsRequest {
    #[serde(rename = "ScheduledActionNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_action_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeScheduledActionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeScheduledActionsResponse {
    #[serde(rename = "ScheduledActions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_actions: ::std::option::Option<::std::vec::Vec<ScheduledAction>>,
    #[serde(rename = "NextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `FailedResourceAccessException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FailedResourceAccessException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `GetPredictiveScalingForecastRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPredictiveScalingForecastRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `GetPredictiveScalingForecastResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetPredictiveScalingForecastResponse {
    #[serde(rename = "LoadForecast", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub load_forecast: ::std::option::Option<::std::vec::Vec<LoadForecast>>,
    #[serde(rename = "CapacityForecast", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub capacity_forecast: ::std::option::Option<CapacityForecast>,
    #[serde(rename = "UpdateTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub update_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `InternalServiceException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalServiceException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidNextTokenException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidNextTokenException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
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
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `LoadForecast` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LoadForecast {
    #[serde(rename = "Timestamps", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamps: ::std::option::Option<::std::vec::Vec<crate::types::Timestamp>>,
    #[serde(rename = "Values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<f64>>,
    #[serde(rename = "MetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_specification: ::std::option::Option<PredictiveScalingMetricSpecification>,
}

/// The `MetricDimension` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricDimension {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `NotScaledReason` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct NotScaledReason {
    #[serde(rename = "Code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity: ::std::option::Option<i32>,
    #[serde(rename = "MinCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_capacity: ::std::option::Option<i32>,
    #[serde(rename = "CurrentCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_capacity: ::std::option::Option<i32>,
}

/// The `ObjectNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ObjectNotFoundException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `PredefinedMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredefinedMetricSpecification {
    #[serde(rename = "PredefinedMetricType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceLabel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_label: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingCustomizedMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingCustomizedMetricSpecification {
    #[serde(rename = "MetricDataQueries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_data_queries: ::std::option::Option<::std::vec::Vec<PredictiveScalingMetricDataQuery>>,
}

/// The `PredictiveScalingMetric` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingMetric {
    #[serde(rename = "Dimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dimensions: ::std::option::Option<::std::vec::Vec<PredictiveScalingMetricDimension>>,
    #[serde(rename = "MetricName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingMetricDataQuery` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingMetricDataQuery {
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Expression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MetricStat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_stat: ::std::option::Option<PredictiveScalingMetricStat>,
    #[serde(rename = "Label", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ReturnData", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub return_data: ::std::option::Option<bool>,
}

/// The `PredictiveScalingMetricDimension` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingMetricDimension {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingMetricSpecification {
    #[serde(rename = "TargetValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_value: ::std::option::Option<f64>,
    #[serde(rename = "PredefinedMetricPairSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_pair_specification: ::std::option::Option<PredictiveScalingPredefinedMetricPairSpecification>,
    #[serde(rename = "PredefinedScalingMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_scaling_metric_specification: ::std::option::Option<PredictiveScalingPredefinedScalingMetricSpecification>,
    #[serde(rename = "PredefinedLoadMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_load_metric_specification: ::std::option::Option<PredictiveScalingPredefinedLoadMetricSpecification>,
    #[serde(rename = "CustomizedScalingMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_scaling_metric_specification: ::std::option::Option<PredictiveScalingCustomizedMetricSpecification>,
    #[serde(rename = "CustomizedLoadMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_load_metric_specification: ::std::option::Option<PredictiveScalingCustomizedMetricSpecification>,
    #[serde(rename = "CustomizedCapacityMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_capacity_metric_specification: ::std::option::Option<PredictiveScalingCustomizedMetricSpecification>,
}

/// The `PredictiveScalingMetricStat` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingMetricStat {
    #[serde(rename = "Metric", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric: ::std::option::Option<PredictiveScalingMetric>,
    #[serde(rename = "Stat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stat: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingPolicyConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingPolicyConfiguration {
    #[serde(rename = "MetricSpecifications", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_specifications: ::std::option::Option<::std::vec::Vec<PredictiveScalingMetricSpecification>>,
    #[serde(rename = "Mode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SchedulingBufferTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduling_buffer_time: ::std::option::Option<i32>,
    #[serde(rename = "MaxCapacityBreachBehavior", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity_breach_behavior: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MaxCapacityBuffer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity_buffer: ::std::option::Option<i32>,
}

/// The `PredictiveScalingPredefinedLoadMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingPredefinedLoadMetricSpecification {
    #[serde(rename = "PredefinedMetricType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceLabel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_label: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingPredefinedMetricPairSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingPredefinedMetricPairSpecification {
    #[serde(rename = "PredefinedMetricType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceLabel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_label: ::std::option::Option<::std::string::String>,
}

/// The `PredictiveScalingPredefinedScalingMetricSpecification` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PredictiveScalingPredefinedScalingMetricSpecification {
    #[serde(rename = "PredefinedMetricType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceLabel", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_label: ::std::option::Option<::std::string::String>,
}

/// The `PutScalingPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutScalingPolicyRequest {
    #[serde(rename = "PolicyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StepScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub step_scaling_policy_configuration: ::std::option::Option<StepScalingPolicyConfiguration>,
    #[serde(rename = "TargetTrackingScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_tracking_scaling_policy_configuration: ::std::option::Option<TargetTrackingScalingPolicyConfiguration>,
    #[serde(rename = "PredictiveScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predictive_scaling_policy_configuration: ::std::option::Option<PredictiveScalingPolicyConfiguration>,
}

/// The `PutScalingPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutScalingPolicyResponse {
    #[serde(rename = "PolicyARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<::std::vec::Vec<Alarm>>,
}

/// The `PutScheduledActionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutScheduledActionRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Schedule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduledActionName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_action_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ScalableTargetAction", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_target_action: ::std::option::Option<ScalableTargetAction>,
}

/// The `PutScheduledActionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutScheduledActionResponse {
}

/// The `RegisterScalableTargetRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterScalableTargetRequest {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MinCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_capacity: ::std::option::Option<i32>,
    #[serde(rename = "MaxCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity: ::std::option::Option<i32>,
    #[serde(rename = "RoleARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "SuspendedState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended_state: ::std::option::Option<SuspendedState>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `RegisterScalableTargetResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RegisterScalableTargetResponse {
    #[serde(rename = "ScalableTargetARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_target_arn: ::std::option::Option<::std::string::String>,
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_name: ::std::option::Option<::std::string::String>,
}

/// The `ScalableTarget` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScalableTarget {
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MinCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_capacity: ::std::option::Option<i32>,
    #[serde(rename = "MaxCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity: ::std::option::Option<i32>,
    #[serde(rename = "PredictedCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predicted_capacity: ::std::option::Option<i32>,
    #[serde(rename = "RoleARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "SuspendedState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suspended_state: ::std::option::Option<SuspendedState>,
    #[serde(rename = "ScalableTargetARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_target_arn: ::std::option::Option<::std::string::String>,
}

/// The `ScalableTargetAction` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScalableTargetAction {
    #[serde(rename = "MinCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_capacity: ::std::option::Option<i32>,
    #[serde(rename = "MaxCapacity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_capacity: ::std::option::Option<i32>,
}

/// The `ScalingActivity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScalingActivity {
    #[serde(rename = "ActivityId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub activity_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Cause", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cause: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "StatusCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StatusMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Details", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    #[serde(rename = "NotScaledReasons", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub not_scaled_reasons: ::std::option::Option<::std::vec::Vec<NotScaledReason>>,
}

/// The `ScalingPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScalingPolicy {
    #[serde(rename = "PolicyARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PolicyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StepScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub step_scaling_policy_configuration: ::std::option::Option<StepScalingPolicyConfiguration>,
    #[serde(rename = "TargetTrackingScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_tracking_scaling_policy_configuration: ::std::option::Option<TargetTrackingScalingPolicyConfiguration>,
    #[serde(rename = "PredictiveScalingPolicyConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predictive_scaling_policy_configuration: ::std::option::Option<PredictiveScalingPolicyConfiguration>,
    #[serde(rename = "Alarms", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alarms: ::std::option::Option<::std::vec::Vec<Alarm>>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `ScheduledAction` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledAction {
    #[serde(rename = "ScheduledActionName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_action_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScheduledActionARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_action_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ServiceNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Schedule", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ResourceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ScalableDimension", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_dimension: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "EndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<crate::types::Timestamp>,
    #[serde(rename = "ScalableTargetAction", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scalable_target_action: ::std::option::Option<ScalableTargetAction>,
    #[serde(rename = "CreationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<crate::types::Timestamp>,
}

/// The `StepAdjustment` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StepAdjustment {
    #[serde(rename = "MetricIntervalLowerBound", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_interval_lower_bound: ::std::option::Option<f64>,
    #[serde(rename = "MetricIntervalUpperBound", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_interval_upper_bound: ::std::option::Option<f64>,
    #[serde(rename = "ScalingAdjustment", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scaling_adjustment: ::std::option::Option<i32>,
}

/// The `StepScalingPolicyConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StepScalingPolicyConfiguration {
    #[serde(rename = "AdjustmentType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub adjustment_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "StepAdjustments", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub step_adjustments: ::std::option::Option<::std::vec::Vec<StepAdjustment>>,
    #[serde(rename = "MinAdjustmentMagnitude", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_adjustment_magnitude: ::std::option::Option<i32>,
    #[serde(rename = "Cooldown", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cooldown: ::std::option::Option<i32>,
    #[serde(rename = "MetricAggregationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_aggregation_type: ::std::option::Option<::std::string::String>,
}

/// The `SuspendedState` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SuspendedState {
    #[serde(rename = "DynamicScalingInSuspended", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dynamic_scaling_in_suspended: ::std::option::Option<bool>,
    #[serde(rename = "DynamicScalingOutSuspended", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dynamic_scaling_out_suspended: ::std::option::Option<bool>,
    #[serde(rename = "ScheduledScalingSuspended", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_scaling_suspended: ::std::option::Option<bool>,
}

/// The `TagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "ResourceARN", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `TagResourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceResponse {
}

/// The `TargetTrackingMetric` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetTrackingMetric {
    #[serde(rename = "Dimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dimensions: ::std::option::Option<::std::vec::Vec<TargetTrackingMetricDimension>>,
    #[serde(rename = "MetricName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Namespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
}

/// The `TargetTrackingMetricDataQuery` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetTrackingMetricDataQuery {
    #[serde(rename = "Expression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Label", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub label: ::std::option::Option<::std::string::String>,
    #[serde(rename = "MetricStat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_stat: ::std::option::Option<TargetTrackingMetricStat>,
    #[serde(rename = "ReturnData", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub return_data: ::std::option::Option<bool>,
}

/// The `TargetTrackingMetricDimension` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetTrackingMetricDimension {
    #[serde(rename = "Name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `TargetTrackingMetricStat` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetTrackingMetricStat {
    #[serde(rename = "Metric", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric: ::std::option::Option<TargetTrackingMetric>,
    #[serde(rename = "Stat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stat: ::std::option::Option<::std::string::String>,
    #[serde(rename = "Unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The `TargetTrackingScalingPolicyConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TargetTrackingScalingPolicyConfiguration {
    #[serde(rename = "TargetValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_value: ::std::option::Option<f64>,
    #[serde(rename = "PredefinedMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub predefined_metric_specification: ::std::option::Option<PredefinedMetricSpecification>,
    #[serde(rename = "CustomizedMetricSpecification", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customized_metric_specification: ::std::option::Option<CustomizedMetricSpecification>,
    #[serde(rename = "ScaleOutCooldown", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale_out_cooldown: ::std::option::Option<i32>,
    #[serde(rename = "ScaleInCooldown", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scale_in_cooldown: ::std::option::Option<i32>,
    #[serde(rename = "DisableScaleIn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disable_scale_in: ::std::option::Option<bool>,
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

/// The `ValidationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationException {
    #[serde(rename = "Message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    ConcurrentUpdateException,
    FailedResourceAccessException,
    InternalServiceException,
    InvalidNextTokenException,
    LimitExceededException,
    ObjectNotFoundException,
    ResourceNotFoundException,
    TooManyTagsException,
    ValidationException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::ConcurrentUpdateException => "ConcurrentUpdateException",
            ErrorCode::FailedResourceAccessException => "FailedResourceAccessException",
            ErrorCode::InternalServiceException => "InternalServiceException",
            ErrorCode::InvalidNextTokenException => "InvalidNextTokenException",
            ErrorCode::LimitExceededException => "LimitExceededException",
            ErrorCode::ObjectNotFoundException => "ObjectNotFoundException",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::TooManyTagsException => "TooManyTagsException",
            ErrorCode::ValidationException => "ValidationException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::ConcurrentUpdateException => 400,
            ErrorCode::FailedResourceAccessException => 400,
            ErrorCode::InternalServiceException => 400,
            ErrorCode::InvalidNextTokenException => 400,
            ErrorCode::LimitExceededException => 400,
            ErrorCode::ObjectNotFoundException => 400,
            ErrorCode::ResourceNotFoundException => 400,
            ErrorCode::TooManyTagsException => 400,
            ErrorCode::ValidationException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the application-autoscaling model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn delete_scaling_policy(&self, ctx: &Context, input: DeleteScalingPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteScalingPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteScalingPolicy")) }
    }
    fn delete_scheduled_action(&self, ctx: &Context, input: DeleteScheduledActionRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteScheduledActionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteScheduledAction")) }
    }
    fn deregister_scalable_target(&self, ctx: &Context, input: DeregisterScalableTargetRequest) -> impl ::std::future::Future<Output = AwsResult<DeregisterScalableTargetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeregisterScalableTarget")) }
    }
    fn describe_scalable_targets(&self, ctx: &Context, input: DescribeScalableTargetsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeScalableTargetsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeScalableTargets")) }
    }
    fn describe_scaling_activities(&self, ctx: &Context, input: DescribeScalingActivitiesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeScalingActivitiesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeScalingActivities")) }
    }
    fn describe_scaling_policies(&self, ctx: &Context, input: DescribeScalingPoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeScalingPoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeScalingPolicies")) }
    }
    fn describe_scheduled_actions(&self, ctx: &Context, input: DescribeScheduledActionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeScheduledActionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeScheduledActions")) }
    }
    fn get_predictive_scaling_forecast(&self, ctx: &Context, input: GetPredictiveScalingForecastRequest) -> impl ::std::future::Future<Output = AwsResult<GetPredictiveScalingForecastResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetPredictiveScalingForecast")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn put_scaling_policy(&self, ctx: &Context, input: PutScalingPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutScalingPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutScalingPolicy")) }
    }
    fn put_scheduled_action(&self, ctx: &Context, input: PutScheduledActionRequest) -> impl ::std::future::Future<Output = AwsResult<PutScheduledActionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutScheduledAction")) }
    }
    fn register_scalable_target(&self, ctx: &Context, input: RegisterScalableTargetRequest) -> impl ::std::future::Future<Output = AwsResult<RegisterScalableTargetResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "RegisterScalableTarget")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<TagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<UntagResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
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
        "DeleteScalingPolicy" => crate::types::encode(&svc.delete_scaling_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteScheduledAction" => crate::types::encode(&svc.delete_scheduled_action(ctx, crate::types::decode(input)?).await?, form),
        "DeregisterScalableTarget" => crate::types::encode(&svc.deregister_scalable_target(ctx, crate::types::decode(input)?).await?, form),
        "DescribeScalableTargets" => crate::types::encode(&svc.describe_scalable_targets(ctx, crate::types::decode(input)?).await?, form),
        "DescribeScalingActivities" => crate::types::encode(&svc.describe_scaling_activities(ctx, crate::types::decode(input)?).await?, form),
        "DescribeScalingPolicies" => crate::types::encode(&svc.describe_scaling_policies(ctx, crate::types::decode(input)?).await?, form),
        "DescribeScheduledActions" => crate::types::encode(&svc.describe_scheduled_actions(ctx, crate::types::decode(input)?).await?, form),
        "GetPredictiveScalingForecast" => crate::types::encode(&svc.get_predictive_scaling_forecast(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "PutScalingPolicy" => crate::types::encode(&svc.put_scaling_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutScheduledAction" => crate::types::encode(&svc.put_scheduled_action(ctx, crate::types::decode(input)?).await?, form),
        "RegisterScalableTarget" => crate::types::encode(&svc.register_scalable_target(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
