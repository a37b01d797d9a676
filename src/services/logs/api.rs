//! Generated from fixtures/models/logs.json (botocore 1.44.5) by `cargo run -p codegen`. Do not edit.
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
    name: "logs",
    service_id: "CloudWatch Logs",
    signing_name: "logs",
    endpoint_prefix: "logs",
    target_prefix: Some("Logs_20140328"),
    api_version: "2014-03-28",
    protocols: &[Protocol::Json],
    model_json: include_str!("../../../fixtures/models/logs.json"),
};

/// Every operation of the model, in name order.
pub const OPERATIONS: &[&str] = &[
    "AssociateKmsKey",
    "AssociateSourceToS3TableIntegration",
    "CancelExportTask",
    "CancelImportTask",
    "CreateDelivery",
    "CreateExportTask",
    "CreateImportTask",
    "CreateLogAnomalyDetector",
    "CreateLogGroup",
    "CreateLogStream",
    "CreateLookupTable",
    "CreateScheduledQuery",
    "DeleteAccountPolicy",
    "DeleteDataProtectionPolicy",
    "DeleteDelivery",
    "DeleteDeliveryDestination",
    "DeleteDeliveryDestinationPolicy",
    "DeleteDeliverySource",
    "DeleteDestination",
    "DeleteIndexPolicy",
    "DeleteIntegration",
    "DeleteLogAnomalyDetector",
    "DeleteLogGroup",
    "DeleteLogStream",
    "DeleteLookupTable",
    "DeleteMetricFilter",
    "DeleteQueryDefinition",
    "DeleteResourcePolicy",
    "DeleteRetentionPolicy",
    "DeleteScheduledQuery",
    "DeleteSubscriptionFilter",
    "DeleteSyslogConfiguration",
    "DeleteTransformer",
    "DescribeAccountPolicies",
    "DescribeConfigurationTemplates",
    "DescribeDeliveries",
    "DescribeDeliveryDestinations",
    "DescribeDeliverySources",
    "DescribeDestinations",
    "DescribeExportTasks",
    "DescribeFieldIndexes",
    "DescribeImportTaskBatches",
    "DescribeImportTasks",
    "DescribeIndexPolicies",
    "DescribeLogGroups",
    "DescribeLogStreams",
    "DescribeLookupTables",
    "DescribeMetricFilters",
    "DescribeQueries",
    "DescribeQueryDefinitions",
    "DescribeResourcePolicies",
    "DescribeSubscriptionFilters",
    "DisassociateKmsKey",
    "DisassociateSourceFromS3TableIntegration",
    "FilterLogEvents",
    "GetDataProtectionPolicy",
    "GetDelivery",
    "GetDeliveryDestination",
    "GetDeliveryDestinationPolicy",
    "GetDeliverySource",
    "GetIntegration",
    "GetLogAnomalyDetector",
    "GetLogEvents",
    "GetLogFields",
    "GetLogGroupFields",
    "GetLogObject",
    "GetLogRecord",
    "GetLookupTable",
    "GetQueryResults",
    "GetScheduledQuery",
    "GetScheduledQueryHistory",
    "GetStorageTierPolicy",
    "GetTransformer",
    "ListAggregateLogGroupSummaries",
    "ListAnomalies",
    "ListIntegrations",
    "ListLogAnomalyDetectors",
    "ListLogGroups",
    "ListLogGroupsForQuery",
    "ListScheduledQueries",
    "ListSourcesForS3TableIntegration",
    "ListSyslogConfigurations",
    "ListTagsForResource",
    "ListTagsLogGroup",
    "PutAccountPolicy",
    "PutBearerTokenAuthentication",
    "PutDataProtectionPolicy",
    "PutDeliveryDestination",
    "PutDeliveryDestinationPolicy",
    "PutDeliverySource",
    "PutDestination",
    "PutDestinationPolicy",
    "PutIndexPolicy",
    "PutIntegration",
    "PutLogEvents",
    "PutLogGroupDeletionProtection",
    "PutMetricFilter",
    "PutQueryDefinition",
    "PutResourcePolicy",
    "PutRetentionPolicy",
    "PutStorageTierPolicy",
    "PutSubscriptionFilter",
    "PutSyslogConfiguration",
    "PutTransformer",
    "StartLiveTail",
    "StartQuery",
    "StopQuery",
    "TagLogGroup",
    "TagResource",
    "TestMetricFilter",
    "TestTransformer",
    "UntagLogGroup",
    "UntagResource",
    "UpdateAnomaly",
    "UpdateDeliveryConfiguration",
    "UpdateLogAnomalyDetector",
    "UpdateLookupTable",
    "UpdateScheduledQuery",
];

/// The `AccessDeniedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccessDeniedException {
}

/// The `AccountPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AccountPolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "policyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "selectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accountId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
}

/// The `AddKeyEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddKeyEntry {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overwriteIfExists", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overwrite_if_exists: ::std::option::Option<bool>,
}

/// The `AddKeys` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AddKeys {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<AddKeyEntry>>,
}

/// The `AggregateLogGroupSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AggregateLogGroupSummary {
    #[serde(rename = "logGroupCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_count: ::std::option::Option<i32>,
    #[serde(rename = "groupingIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub grouping_identifiers: ::std::option::Option<::std::vec::Vec<GroupingIdentifier>>,
}

/// The `Anomaly` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Anomaly {
    #[serde(rename = "anomalyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "patternId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "patternString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "patternRegex", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern_regex: ::std::option::Option<::std::string::String>,
    #[serde(rename = "priority", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub priority: ::std::option::Option<::std::string::String>,
    #[serde(rename = "firstSeen", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_seen: ::std::option::Option<i64>,
    #[serde(rename = "lastSeen", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_seen: ::std::option::Option<i64>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "active", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active: ::std::option::Option<bool>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "histogram", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub histogram: ::std::option::Option<::std::collections::HashMap<::std::string::String, i64>>,
    #[serde(rename = "logSamples", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_samples: ::std::option::Option<::std::vec::Vec<LogEvent>>,
    #[serde(rename = "patternTokens", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern_tokens: ::std::option::Option<::std::vec::Vec<PatternToken>>,
    #[serde(rename = "logGroupArnList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "suppressed", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppressed: ::std::option::Option<bool>,
    #[serde(rename = "suppressedDate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppressed_date: ::std::option::Option<i64>,
    #[serde(rename = "suppressedUntil", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppressed_until: ::std::option::Option<i64>,
    #[serde(rename = "isPatternLevelSuppression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_pattern_level_suppression: ::std::option::Option<bool>,
}

/// The `AnomalyDetector` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AnomalyDetector {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "detectorName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupArnList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "evaluationFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub evaluation_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyDetectorStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTimeStamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "lastModifiedTimeStamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "anomalyVisibilityTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
}

/// The `AssociateKmsKeyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateKmsKeyRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_identifier: ::std::option::Option<::std::string::String>,
}

/// The `AssociateSourceToS3TableIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateSourceToS3TableIntegrationRequest {
    #[serde(rename = "integrationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataSource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source: ::std::option::Option<DataSource>,
}

/// The `AssociateSourceToS3TableIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct AssociateSourceToS3TableIntegrationResponse {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
}

/// The `CSV` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CSV {
    #[serde(rename = "quoteCharacter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub quote_character: ::std::option::Option<::std::string::String>,
    #[serde(rename = "delimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "columns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub columns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
}

/// The `CancelExportTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelExportTaskRequest {
    #[serde(rename = "taskId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
}

/// The `CancelImportTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelImportTaskRequest {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
}

/// The `CancelImportTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CancelImportTaskResponse {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatistics", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_statistics: ::std::option::Option<ImportStatistics>,
    #[serde(rename = "importStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `ConfigurationTemplate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigurationTemplate {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultDeliveryConfigValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_delivery_config_values: ::std::option::Option<ConfigurationTemplateDeliveryConfigValues>,
    #[serde(rename = "allowedFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_fields: ::std::option::Option<::std::vec::Vec<RecordField>>,
    #[serde(rename = "allowedOutputFormats", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_output_formats: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "allowedActionForAllowVendedLogsDeliveryForResource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_action_for_allow_vended_logs_delivery_for_resource: ::std::option::Option<::std::string::String>,
    #[serde(rename = "allowedFieldDelimiters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_field_delimiters: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "allowedSuffixPathFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_suffix_path_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "deliverySourceConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_configuration: ::std::option::Option<::std::vec::Vec<DeliverySourceConfigurationSchema>>,
    #[serde(rename = "s3TablesIntegration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_tables_integration: ::std::option::Option<S3TablesIntegration>,
}

/// The `ConfigurationTemplateDeliveryConfigValues` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConfigurationTemplateDeliveryConfigValues {
    #[serde(rename = "recordFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "fieldDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3DeliveryConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_delivery_configuration: ::std::option::Option<S3DeliveryConfiguration>,
}

/// The `ConflictException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ConflictException {
}

/// The `CopyValue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CopyValue {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<CopyValueEntry>>,
}

/// The `CopyValueEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CopyValueEntry {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "target", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overwriteIfExists", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overwrite_if_exists: ::std::option::Option<bool>,
}

/// The `CreateDeliveryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDeliveryRequest {
    #[serde(rename = "deliverySourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "fieldDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3DeliveryConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_delivery_configuration: ::std::option::Option<S3DeliveryConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateDeliveryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateDeliveryResponse {
    #[serde(rename = "delivery", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery: ::std::option::Option<Delivery>,
}

/// The `CreateExportTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExportTaskRequest {
    #[serde(rename = "taskName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "from", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<i64>,
    #[serde(rename = "to", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<i64>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_prefix: ::std::option::Option<::std::string::String>,
}

/// The `CreateExportTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateExportTaskResponse {
    #[serde(rename = "taskId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
}

/// The `CreateImportTaskRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateImportTaskRequest {
    #[serde(rename = "importSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importFilter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_filter: ::std::option::Option<ImportFilter>,
}

/// The `CreateImportTaskResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateImportTaskResponse {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
}

/// The `CreateLogAnomalyDetectorRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogAnomalyDetectorRequest {
    #[serde(rename = "logGroupArnList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "detectorName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "evaluationFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub evaluation_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyVisibilityTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateLogAnomalyDetectorResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogAnomalyDetectorResponse {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
}

/// The `CreateLogGroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogGroupRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtectionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
}

/// The `CreateLogStreamRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLogStreamRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
}

/// The `CreateLookupTableRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLookupTableRequest {
    #[serde(rename = "lookupTableName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tableBody", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub table_body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateLookupTableResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateLookupTableResponse {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<i64>,
}

/// The `CreateScheduledQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateScheduledQueryRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "scheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "endTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "destinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_configuration: ::std::option::Option<DestinationConfiguration>,
    #[serde(rename = "scheduleStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `CreateScheduledQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct CreateScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `DataAlreadyAcceptedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataAlreadyAcceptedException {
    #[serde(rename = "expectedSequenceToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expected_sequence_token: ::std::option::Option<::std::string::String>,
}

/// The `DataSource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataSource {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `DataSourceFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DataSourceFilter {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `DateTimeConverter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DateTimeConverter {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "target", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetFormat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_format: ::std::option::Option<::std::string::String>,
    #[serde(rename = "matchPatterns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub match_patterns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "sourceTimezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetTimezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "locale", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub locale: ::std::option::Option<::std::string::String>,
}

/// The `DeleteAccountPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountPolicyRequest {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dryRun", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dry_run: ::std::option::Option<bool>,
}

/// The `DeleteAccountPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteAccountPolicyResponse {
    #[serde(rename = "dryRunResult", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dry_run_result: ::std::option::Option<DryRunResult>,
}

/// The `DeleteDataProtectionPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDeliveryDestinationPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDeliveryDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryDestinationRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDeliveryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliveryRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDeliverySourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDeliverySourceRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteDestinationRequest {
    #[serde(rename = "destinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteIndexPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `DeleteIndexPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIndexPolicyResponse {
}

/// The `DeleteIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIntegrationRequest {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "force", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
}

/// The `DeleteIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteIntegrationResponse {
}

/// The `DeleteKeys` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteKeys {
    #[serde(rename = "withKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DeleteLogAnomalyDetectorRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLogGroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogGroupRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLogStreamRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLogStreamRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteLookupTableRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteLookupTableRequest {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeleteMetricFilterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteMetricFilterRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteQueryDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteQueryDefinitionRequest {
    #[serde(rename = "queryDefinitionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteQueryDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteQueryDefinitionResponse {
    #[serde(rename = "success", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
}

/// The `DeleteResourcePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteResourcePolicyRequest {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expectedRevisionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteRetentionPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteRetentionPolicyRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteScheduledQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledQueryRequest {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
}

/// The `DeleteScheduledQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteScheduledQueryResponse {
}

/// The `DeleteSubscriptionFilterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSubscriptionFilterRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
}

/// The `DeleteSyslogConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vpcEndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}

/// The `DeleteTransformerRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeleteTransformerRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `Delivery` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Delivery {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliverySourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "fieldDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3DeliveryConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_delivery_configuration: ::std::option::Option<S3DeliveryConfiguration>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `DeliveryDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliveryDestination {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "outputFormat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output_format: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_configuration: ::std::option::Option<DeliveryDestinationConfiguration>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `DeliveryDestinationConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliveryDestinationConfiguration {
    #[serde(rename = "destinationResourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_resource_arn: ::std::option::Option<::std::string::String>,
}

/// The `DeliverySource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliverySource {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "deliverySourceConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_configuration: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
}

/// The `DeliverySourceConfigurationSchema` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DeliverySourceConfigurationSchema {
    #[serde(rename = "keyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "valueType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "supportedValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub supported_values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "minValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub min_value: ::std::option::Option<f64>,
    #[serde(rename = "maxValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_value: ::std::option::Option<f64>,
}

/// The `DescribeAccountPoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountPoliciesRequest {
    #[serde(rename = "policyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accountIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeAccountPoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeAccountPoliciesResponse {
    #[serde(rename = "accountPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_policies: ::std::option::Option<::std::vec::Vec<AccountPolicy>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeConfigurationTemplatesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConfigurationTemplatesRequest {
    #[serde(rename = "service", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub service: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "resourceTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "deliveryDestinationTypes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_types: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `DescribeConfigurationTemplatesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeConfigurationTemplatesResponse {
    #[serde(rename = "configurationTemplates", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub configuration_templates: ::std::option::Option<::std::vec::Vec<ConfigurationTemplate>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDeliveriesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveriesRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "deliverySourceNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeDeliveriesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveriesResponse {
    #[serde(rename = "deliveries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deliveries: ::std::option::Option<::std::vec::Vec<Delivery>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDeliveryDestinationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveryDestinationsRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "names", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeDeliveryDestinationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliveryDestinationsResponse {
    #[serde(rename = "deliveryDestinations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destinations: ::std::option::Option<::std::vec::Vec<DeliveryDestination>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDeliverySourcesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliverySourcesRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "resourceArns", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arns: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeDeliverySourcesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDeliverySourcesResponse {
    #[serde(rename = "deliverySources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_sources: ::std::option::Option<::std::vec::Vec<DeliverySource>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeDestinationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDestinationsRequest {
    #[serde(rename = "DestinationNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `DescribeDestinationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeDestinationsResponse {
    #[serde(rename = "destinations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destinations: ::std::option::Option<::std::vec::Vec<Destination>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeExportTasksRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExportTasksRequest {
    #[serde(rename = "taskId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusCode", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `DescribeExportTasksResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeExportTasksResponse {
    #[serde(rename = "exportTasks", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub export_tasks: ::std::option::Option<::std::vec::Vec<ExportTask>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeFieldIndexesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFieldIndexesRequest {
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "indexCategories", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub index_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeFieldIndexesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeFieldIndexesResponse {
    #[serde(rename = "fieldIndexes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_indexes: ::std::option::Option<::std::vec::Vec<FieldIndex>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImportTaskBatchesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTaskBatchesRequest {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "batchImportStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub batch_import_status: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImportTaskBatchesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTaskBatchesResponse {
    #[serde(rename = "importSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importBatches", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_batches: ::std::option::Option<::std::vec::Vec<ImportBatch>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImportTasksRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTasksRequest {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeImportTasksResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeImportTasksResponse {
    #[serde(rename = "imports", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub imports: ::std::option::Option<::std::vec::Vec<Import>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeIndexPoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIndexPoliciesRequest {
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeIndexPoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeIndexPoliciesResponse {
    #[serde(rename = "indexPolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub index_policies: ::std::option::Option<::std::vec::Vec<IndexPolicy>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLogGroupsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogGroupsRequest {
    #[serde(rename = "accountIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logGroupNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupNamePattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "includeLinkedAccounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_linked_accounts: ::std::option::Option<bool>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `DescribeLogGroupsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogGroupsResponse {
    #[serde(rename = "logGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_groups: ::std::option::Option<::std::vec::Vec<LogGroup>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLogStreamsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogStreamsRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "orderBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "descending", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub descending: ::std::option::Option<bool>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `DescribeLogStreamsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLogStreamsResponse {
    #[serde(rename = "logStreams", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_streams: ::std::option::Option<::std::vec::Vec<LogStream>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLookupTablesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLookupTablesRequest {
    #[serde(rename = "lookupTableNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeLookupTablesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeLookupTablesResponse {
    #[serde(rename = "lookupTables", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_tables: ::std::option::Option<::std::vec::Vec<LookupTable>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeMetricFiltersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeMetricFiltersRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "metricName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "metricNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_namespace: ::std::option::Option<::std::string::String>,
}

/// The `DescribeMetricFiltersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeMetricFiltersResponse {
    #[serde(rename = "metricFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_filters: ::std::option::Option<::std::vec::Vec<MetricFilter>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeQueriesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueriesRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
}

/// The `DescribeQueriesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueriesResponse {
    #[serde(rename = "queries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub queries: ::std::option::Option<::std::vec::Vec<QueryInfo>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeQueryDefinitionsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryDefinitionsRequest {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryDefinitionNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definition_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeQueryDefinitionsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeQueryDefinitionsResponse {
    #[serde(rename = "queryDefinitions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definitions: ::std::option::Option<::std::vec::Vec<QueryDefinition>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeResourcePoliciesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeResourcePoliciesRequest {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyScope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_scope: ::std::option::Option<::std::string::String>,
}

/// The `DescribeResourcePoliciesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeResourcePoliciesResponse {
    #[serde(rename = "resourcePolicies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_policies: ::std::option::Option<::std::vec::Vec<ResourcePolicy>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `DescribeSubscriptionFiltersRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSubscriptionFiltersRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `DescribeSubscriptionFiltersResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DescribeSubscriptionFiltersResponse {
    #[serde(rename = "subscriptionFilters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub subscription_filters: ::std::option::Option<::std::vec::Vec<SubscriptionFilter>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `Destination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Destination {
    #[serde(rename = "destinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
}

/// The `DestinationConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DestinationConfiguration {
    #[serde(rename = "s3Configuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_configuration: ::std::option::Option<S3Configuration>,
    #[serde(rename = "lookupTableConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_configuration: ::std::option::Option<LookupTableConfiguration>,
}

/// The `DisassociateKmsKeyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateKmsKeyRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_identifier: ::std::option::Option<::std::string::String>,
}

/// The `DisassociateSourceFromS3TableIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateSourceFromS3TableIntegrationRequest {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
}

/// The `DisassociateSourceFromS3TableIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DisassociateSourceFromS3TableIntegrationResponse {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
}

/// The `DryRunResult` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct DryRunResult {
    #[serde(rename = "totalMatchedLogGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_matched_log_groups: ::std::option::Option<i32>,
    #[serde(rename = "increasedRetentionLogGroupCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub increased_retention_log_group_count: ::std::option::Option<i32>,
    #[serde(rename = "decreasedRetentionLogGroupCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub decreased_retention_log_group_count: ::std::option::Option<i32>,
    #[serde(rename = "unchangedRetentionLogGroupCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unchanged_retention_log_group_count: ::std::option::Option<i32>,
    #[serde(rename = "failedAnalysisCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub failed_analysis_count: ::std::option::Option<i32>,
    #[serde(rename = "topLogGroupsImpacted", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub top_log_groups_impacted: ::std::option::Option<::std::vec::Vec<LogGroupImpact>>,
}

/// The `Entity` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Entity {
    #[serde(rename = "keyAttributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key_attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "attributes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub attributes: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `ExportTask` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTask {
    #[serde(rename = "taskId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "taskName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub task_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "from", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<i64>,
    #[serde(rename = "to", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<i64>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ExportTaskStatus>,
    #[serde(rename = "executionInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_info: ::std::option::Option<ExportTaskExecutionInfo>,
}

/// The `ExportTaskExecutionInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTaskExecutionInfo {
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "completionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub completion_time: ::std::option::Option<i64>,
}

/// The `ExportTaskStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ExportTaskStatus {
    #[serde(rename = "code", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `FieldIndex` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FieldIndex {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fieldIndexName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_index_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastScanTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_scan_time: ::std::option::Option<i64>,
    #[serde(rename = "firstEventTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_event_time: ::std::option::Option<i64>,
    #[serde(rename = "lastEventTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_event_time: ::std::option::Option<i64>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "indexCategory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub index_category: ::std::option::Option<::std::string::String>,
}

/// The `FieldsData` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FieldsData {
    #[serde(rename = "data", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data: ::std::option::Option<crate::types::Blob>,
}

/// The `FilterLogEventsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilterLogEventsRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logStreamNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    #[serde(rename = "endTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "startFromHead", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_from_head: ::std::option::Option<bool>,
    #[serde(rename = "interleaved", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interleaved: ::std::option::Option<bool>,
    #[serde(rename = "unmask", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unmask: ::std::option::Option<bool>,
}

/// The `FilterLogEventsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilterLogEventsResponse {
    #[serde(rename = "events", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<FilteredLogEvent>>,
    #[serde(rename = "searchedLogStreams", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub searched_log_streams: ::std::option::Option<::std::vec::Vec<SearchedLogStream>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `FilteredLogEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct FilteredLogEvent {
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ingestionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingestion_time: ::std::option::Option<i64>,
    #[serde(rename = "eventId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_id: ::std::option::Option<::std::string::String>,
}

/// The `GetDataProtectionPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `GetDataProtectionPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDataProtectionPolicyResponse {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `GetDeliveryDestinationPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_name: ::std::option::Option<::std::string::String>,
}

/// The `GetDeliveryDestinationPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationPolicyResponse {
    #[serde(rename = "policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<Policy>,
}

/// The `GetDeliveryDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `GetDeliveryDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination: ::std::option::Option<DeliveryDestination>,
}

/// The `GetDeliveryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
}

/// The `GetDeliveryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliveryResponse {
    #[serde(rename = "delivery", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery: ::std::option::Option<Delivery>,
}

/// The `GetDeliverySourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliverySourceRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}

/// The `GetDeliverySourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetDeliverySourceResponse {
    #[serde(rename = "deliverySource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source: ::std::option::Option<DeliverySource>,
}

/// The `GetIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetIntegrationRequest {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
}

/// The `GetIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetIntegrationResponse {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_details: ::std::option::Option<IntegrationDetails>,
}

/// The `GetLogAnomalyDetectorRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
}

/// The `GetLogAnomalyDetectorResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogAnomalyDetectorResponse {
    #[serde(rename = "detectorName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub detector_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupArnList", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn_list: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "evaluationFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub evaluation_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyDetectorStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTimeStamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "lastModifiedTimeStamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "anomalyVisibilityTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
}

/// The `GetLogEventsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogEventsRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    #[serde(rename = "endTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "startFromHead", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_from_head: ::std::option::Option<bool>,
    #[serde(rename = "unmask", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unmask: ::std::option::Option<bool>,
}

/// The `GetLogEventsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogEventsResponse {
    #[serde(rename = "events", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub events: ::std::option::Option<::std::vec::Vec<OutputLogEvent>>,
    #[serde(rename = "nextForwardToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_forward_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextBackwardToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_backward_token: ::std::option::Option<::std::string::String>,
}

/// The `GetLogFieldsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogFieldsRequest {
    #[serde(rename = "dataSourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataSourceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source_type: ::std::option::Option<::std::string::String>,
}

/// The `GetLogFieldsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogFieldsResponse {
    #[serde(rename = "logFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_fields: ::std::option::Option<::std::vec::Vec<LogFieldsListItem>>,
}

/// The `GetLogGroupFieldsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogGroupFieldsRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "time", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `GetLogGroupFieldsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogGroupFieldsResponse {
    #[serde(rename = "logGroupFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_fields: ::std::option::Option<::std::vec::Vec<LogGroupField>>,
}

/// The `GetLogObjectRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectRequest {
    #[serde(rename = "unmask", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unmask: ::std::option::Option<bool>,
    #[serde(rename = "logObjectPointer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_object_pointer: ::std::option::Option<::std::string::String>,
}

/// The `GetLogObjectResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectResponse {
    #[serde(rename = "fieldStream", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_stream: ::std::option::Option<GetLogObjectResponseStream>,
}

/// The `GetLogObjectResponseStream` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogObjectResponseStream {
    #[serde(rename = "fields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fields: ::std::option::Option<FieldsData>,
    #[serde(rename = "InternalStreamingException", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub internal_streaming_exception: ::std::option::Option<InternalStreamingException>,
}

/// The `GetLogRecordRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogRecordRequest {
    #[serde(rename = "logRecordPointer", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_record_pointer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "unmask", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unmask: ::std::option::Option<bool>,
}

/// The `GetLogRecordResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLogRecordResponse {
    #[serde(rename = "logRecord", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_record: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `GetLookupTableRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLookupTableRequest {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
}

/// The `GetLookupTableResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetLookupTableResponse {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tableBody", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub table_body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sizeBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `GetQueryResultsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsRequest {
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxItems", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_items: ::std::option::Option<i32>,
}

/// The `GetQueryResultsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetQueryResultsResponse {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "results", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub results: ::std::option::Option<::std::vec::Vec<::std::vec::Vec<ResultField>>>,
    #[serde(rename = "statistics", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statistics: ::std::option::Option<QueryStatistics>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "encryptionKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `GetScheduledQueryHistoryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryHistoryRequest {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    #[serde(rename = "endTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    #[serde(rename = "executionStatuses", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_statuses: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `GetScheduledQueryHistoryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryHistoryResponse {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduledQueryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "triggerHistory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trigger_history: ::std::option::Option<::std::vec::Vec<TriggerHistoryRecord>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `GetScheduledQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryRequest {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
}

/// The `GetScheduledQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "scheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "endTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "destinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_configuration: ::std::option::Option<DestinationConfiguration>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastTriggeredTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastExecutionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_execution_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `GetStorageTierPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetStorageTierPolicyRequest {
}

/// The `GetStorageTierPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetStorageTierPolicyResponse {
    #[serde(rename = "storageTier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_tier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `GetTransformerRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTransformerRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
}

/// The `GetTransformerResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GetTransformerResponse {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastModifiedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified_time: ::std::option::Option<i64>,
    #[serde(rename = "transformerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transformer_config: ::std::option::Option<::std::vec::Vec<Processor>>,
}

/// The `Grok` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Grok {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "match", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#match: ::std::option::Option<::std::string::String>,
}

/// The `GroupingIdentifier` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct GroupingIdentifier {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `Import` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Import {
    #[serde(rename = "importId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importSourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_source_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importDestinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "importStatistics", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_statistics: ::std::option::Option<ImportStatistics>,
    #[serde(rename = "importFilter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub import_filter: ::std::option::Option<ImportFilter>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `ImportBatch` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportBatch {
    #[serde(rename = "batchId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub batch_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `ImportFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportFilter {
    #[serde(rename = "startEventTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_event_time: ::std::option::Option<i64>,
    #[serde(rename = "endEventTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_event_time: ::std::option::Option<i64>,
}

/// The `ImportStatistics` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ImportStatistics {
    #[serde(rename = "bytesImported", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes_imported: ::std::option::Option<i64>,
}

/// The `IndexPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IndexPolicy {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdateTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_update_time: ::std::option::Option<i64>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `InputLogEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InputLogEvent {
    #[serde(rename = "timestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `IntegrationDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegrationDetails {
    #[serde(rename = "openSearchIntegrationDetails", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub open_search_integration_details: ::std::option::Option<OpenSearchIntegrationDetails>,
}

/// The `IntegrationSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct IntegrationSummary {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_status: ::std::option::Option<::std::string::String>,
}

/// The `InternalServerException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalServerException {
}

/// The `InternalStreamingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InternalStreamingException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `InvalidOperationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidOperationException {
}

/// The `InvalidParameterException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidParameterException {
}

/// The `InvalidSequenceTokenException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct InvalidSequenceTokenException {
    #[serde(rename = "expectedSequenceToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expected_sequence_token: ::std::option::Option<::std::string::String>,
}

/// The `LimitExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LimitExceededException {
}

/// The `ListAggregateLogGroupSummariesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAggregateLogGroupSummariesRequest {
    #[serde(rename = "accountIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "includeLinkedAccounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_linked_accounts: ::std::option::Option<bool>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupNamePattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataSources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_sources: ::std::option::Option<::std::vec::Vec<DataSourceFilter>>,
    #[serde(rename = "groupBy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub group_by: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `ListAggregateLogGroupSummariesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAggregateLogGroupSummariesResponse {
    #[serde(rename = "aggregateLogGroupSummaries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub aggregate_log_group_summaries: ::std::option::Option<::std::vec::Vec<AggregateLogGroupSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAnomaliesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAnomaliesRequest {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "suppressionState", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppression_state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListAnomaliesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListAnomaliesResponse {
    #[serde(rename = "anomalies", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomalies: ::std::option::Option<::std::vec::Vec<Anomaly>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListIntegrationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIntegrationsRequest {
    #[serde(rename = "integrationNamePrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_status: ::std::option::Option<::std::string::String>,
}

/// The `ListIntegrationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListIntegrationsResponse {
    #[serde(rename = "integrationSummaries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_summaries: ::std::option::Option<::std::vec::Vec<IntegrationSummary>>,
}

/// The `ListLogAnomalyDetectorsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogAnomalyDetectorsRequest {
    #[serde(rename = "filterLogGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListLogAnomalyDetectorsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogAnomalyDetectorsResponse {
    #[serde(rename = "anomalyDetectors", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detectors: ::std::option::Option<::std::vec::Vec<AnomalyDetector>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListLogGroupsForQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsForQueryRequest {
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListLogGroupsForQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsForQueryResponse {
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListLogGroupsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsRequest {
    #[serde(rename = "logGroupNamePattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "includeLinkedAccounts", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub include_linked_accounts: ::std::option::Option<bool>,
    #[serde(rename = "accountIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
    #[serde(rename = "dataSources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_sources: ::std::option::Option<::std::vec::Vec<DataSourceFilter>>,
    #[serde(rename = "fieldIndexNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_index_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logGroupTags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_tags: ::std::option::Option<::std::vec::Vec<TagFilter>>,
}

/// The `ListLogGroupsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListLogGroupsResponse {
    #[serde(rename = "logGroups", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_groups: ::std::option::Option<::std::vec::Vec<LogGroupSummary>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListScheduledQueriesRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListScheduledQueriesRequest {
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_type: ::std::option::Option<::std::string::String>,
}

/// The `ListScheduledQueriesResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListScheduledQueriesResponse {
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduledQueries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_queries: ::std::option::Option<::std::vec::Vec<ScheduledQuerySummary>>,
}

/// The `ListSourcesForS3TableIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSourcesForS3TableIntegrationRequest {
    #[serde(rename = "integrationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListSourcesForS3TableIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSourcesForS3TableIntegrationResponse {
    #[serde(rename = "sources", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sources: ::std::option::Option<::std::vec::Vec<S3TableIntegrationSource>>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
}

/// The `ListSyslogConfigurationsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSyslogConfigurationsRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vpcEndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nextToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "maxResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub max_results: ::std::option::Option<i32>,
}

/// The `ListSyslogConfigurationsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListSyslogConfigurationsResponse {
    #[serde(rename = "syslogConfigurations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub syslog_configurations: ::std::option::Option<::std::vec::Vec<SyslogConfiguration>>,
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

/// The `ListTagsLogGroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsLogGroupRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
}

/// The `ListTagsLogGroupResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListTagsLogGroupResponse {
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `ListToMap` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ListToMap {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "valueKey", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value_key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "target", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(rename = "flatten", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub flatten: ::std::option::Option<bool>,
    #[serde(rename = "flattenedElement", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub flattened_element: ::std::option::Option<::std::string::String>,
}

/// The `LiveTailSessionLogEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionLogEvent {
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
    #[serde(rename = "ingestionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingestion_time: ::std::option::Option<i64>,
}

/// The `LiveTailSessionMetadata` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionMetadata {
    #[serde(rename = "sampled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sampled: ::std::option::Option<bool>,
}

/// The `LiveTailSessionStart` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionStart {
    #[serde(rename = "requestId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sessionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logStreamNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logStreamNamePrefixes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name_prefixes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logEventFilterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_event_filter_pattern: ::std::option::Option<::std::string::String>,
}

/// The `LiveTailSessionUpdate` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LiveTailSessionUpdate {
    #[serde(rename = "sessionMetadata", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_metadata: ::std::option::Option<LiveTailSessionMetadata>,
    #[serde(rename = "sessionResults", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_results: ::std::option::Option<::std::vec::Vec<LiveTailSessionLogEvent>>,
}

/// The `LogEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogEvent {
    #[serde(rename = "timestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `LogFieldType` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogFieldType {
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "element", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub element: ::std::option::Option<::std::boxed::Box<LogFieldType>>,
    #[serde(rename = "fields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fields: ::std::option::Option<::std::vec::Vec<LogFieldsListItem>>,
}

/// The `LogFieldsListItem` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogFieldsListItem {
    #[serde(rename = "logFieldName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_field_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logFieldType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_field_type: ::std::option::Option<LogFieldType>,
}

/// The `LogGroup` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroup {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "retentionInDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_in_days: ::std::option::Option<i32>,
    #[serde(rename = "metricFilterCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_filter_count: ::std::option::Option<i32>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "storedBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stored_bytes: ::std::option::Option<i64>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataProtectionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_protection_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "inheritedProperties", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inherited_properties: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtectionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
    #[serde(rename = "bearerTokenAuthenticationEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bearer_token_authentication_enabled: ::std::option::Option<bool>,
    #[serde(rename = "retentionPolicyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_policy_name: ::std::option::Option<::std::string::String>,
}

/// The `LogGroupField` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupField {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "percent", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub percent: ::std::option::Option<i32>,
}

/// The `LogGroupImpact` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupImpact {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "currentRetention", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_retention: ::std::option::Option<::std::string::String>,
    #[serde(rename = "proposedRetention", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proposed_retention: ::std::option::Option<::std::string::String>,
    #[serde(rename = "storedBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stored_bytes: ::std::option::Option<i64>,
}

/// The `LogGroupSummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogGroupSummary {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupClass", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_class: ::std::option::Option<::std::string::String>,
}

/// The `LogStream` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LogStream {
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "firstEventTimestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_event_timestamp: ::std::option::Option<i64>,
    #[serde(rename = "lastEventTimestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_event_timestamp: ::std::option::Option<i64>,
    #[serde(rename = "lastIngestionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_ingestion_time: ::std::option::Option<i64>,
    #[serde(rename = "uploadSequenceToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upload_sequence_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "arn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "storedBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stored_bytes: ::std::option::Option<i64>,
}

/// The `LookupTable` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupTable {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lookupTableName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tableFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub table_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "recordsCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub records_count: ::std::option::Option<i64>,
    #[serde(rename = "sizeBytes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub size_bytes: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `LookupTableConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LookupTableConfiguration {
    #[serde(rename = "tableName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub table_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `LowerCaseString` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct LowerCaseString {
    #[serde(rename = "withKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `MalformedQueryException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MalformedQueryException {
    #[serde(rename = "queryCompileError", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_compile_error: ::std::option::Option<QueryCompileError>,
}

/// The `MetricFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricFilter {
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "metricTransformations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_transformations: ::std::option::Option<::std::vec::Vec<MetricTransformation>>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applyOnTransformedLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    #[serde(rename = "fieldSelectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "emitSystemFieldDimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emit_system_field_dimensions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `MetricFilterMatchRecord` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricFilterMatchRecord {
    #[serde(rename = "eventNumber", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_number: ::std::option::Option<i64>,
    #[serde(rename = "eventMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "extractedValues", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extracted_values: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `MetricTransformation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MetricTransformation {
    #[serde(rename = "metricName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "metricNamespace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "metricValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<f64>,
    #[serde(rename = "dimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dimensions: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "unit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit: ::std::option::Option<::std::string::String>,
}

/// The `MoveKeyEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MoveKeyEntry {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "target", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overwriteIfExists", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overwrite_if_exists: ::std::option::Option<bool>,
}

/// The `MoveKeys` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct MoveKeys {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<MoveKeyEntry>>,
}

/// The `OpenSearchApplication` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchApplication {
    #[serde(rename = "applicationEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applicationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applicationId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchCollection` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchCollection {
    #[serde(rename = "collectionEndpoint", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_endpoint: ::std::option::Option<::std::string::String>,
    #[serde(rename = "collectionArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub collection_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchDataAccessPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchDataAccessPolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchDataSource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchDataSource {
    #[serde(rename = "dataSourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchEncryptionPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchEncryptionPolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchIntegrationDetails` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchIntegrationDetails {
    #[serde(rename = "dataSource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source: ::std::option::Option<OpenSearchDataSource>,
    #[serde(rename = "application", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application: ::std::option::Option<OpenSearchApplication>,
    #[serde(rename = "collection", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub collection: ::std::option::Option<OpenSearchCollection>,
    #[serde(rename = "workspace", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub workspace: ::std::option::Option<OpenSearchWorkspace>,
    #[serde(rename = "encryptionPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub encryption_policy: ::std::option::Option<OpenSearchEncryptionPolicy>,
    #[serde(rename = "networkPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub network_policy: ::std::option::Option<OpenSearchNetworkPolicy>,
    #[serde(rename = "accessPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_policy: ::std::option::Option<OpenSearchDataAccessPolicy>,
    #[serde(rename = "lifecyclePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lifecycle_policy: ::std::option::Option<OpenSearchLifecyclePolicy>,
}

/// The `OpenSearchLifecyclePolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchLifecyclePolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchNetworkPolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchNetworkPolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OpenSearchResourceConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchResourceConfig {
    #[serde(rename = "kmsKeyArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataSourceRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dashboardViewerPrincipals", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dashboard_viewer_principals: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "applicationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "retentionDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_days: ::std::option::Option<i32>,
}

/// The `OpenSearchResourceStatus` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchResourceStatus {
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_message: ::std::option::Option<::std::string::String>,
}

/// The `OpenSearchWorkspace` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OpenSearchWorkspace {
    #[serde(rename = "workspaceId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub workspace_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<OpenSearchResourceStatus>,
}

/// The `OperationAbortedException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OperationAbortedException {
}

/// The `OutputLogEvent` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct OutputLogEvent {
    #[serde(rename = "timestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timestamp: ::std::option::Option<i64>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ingestionTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ingestion_time: ::std::option::Option<i64>,
}

/// The `ParseCloudfront` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseCloudfront {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `ParseJSON` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseJSON {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
}

/// The `ParseKeyValue` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseKeyValue {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<::std::string::String>,
    #[serde(rename = "fieldDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "keyValueDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key_value_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "keyPrefix", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key_prefix: ::std::option::Option<::std::string::String>,
    #[serde(rename = "nonMatchValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub non_match_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overwriteIfExists", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overwrite_if_exists: ::std::option::Option<bool>,
}

/// The `ParsePostgres` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParsePostgres {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `ParseRoute53` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseRoute53 {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `ParseToOCSF` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseToOCSF {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "eventSource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ocsfVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ocsf_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "mappingVersion", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mapping_version: ::std::option::Option<::std::string::String>,
}

/// The `ParseVPC` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseVPC {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `ParseWAF` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ParseWAF {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}

/// The `PatternToken` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PatternToken {
    #[serde(rename = "dynamicTokenPosition", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dynamic_token_position: ::std::option::Option<i32>,
    #[serde(rename = "isDynamic", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_dynamic: ::std::option::Option<bool>,
    #[serde(rename = "tokenString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enumerations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enumerations: ::std::option::Option<::std::collections::HashMap<::std::string::String, i64>>,
    #[serde(rename = "inferredTokenName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub inferred_token_name: ::std::option::Option<::std::string::String>,
}

/// The `Policy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Policy {
    #[serde(rename = "deliveryDestinationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_policy: ::std::option::Option<::std::string::String>,
}

/// The `Processor` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct Processor {
    #[serde(rename = "addKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub add_keys: ::std::option::Option<AddKeys>,
    #[serde(rename = "copyValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub copy_value: ::std::option::Option<CopyValue>,
    #[serde(rename = "csv", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub csv: ::std::option::Option<CSV>,
    #[serde(rename = "dateTimeConverter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_time_converter: ::std::option::Option<DateTimeConverter>,
    #[serde(rename = "deleteKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delete_keys: ::std::option::Option<DeleteKeys>,
    #[serde(rename = "grok", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub grok: ::std::option::Option<Grok>,
    #[serde(rename = "listToMap", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub list_to_map: ::std::option::Option<ListToMap>,
    #[serde(rename = "lowerCaseString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lower_case_string: ::std::option::Option<LowerCaseString>,
    #[serde(rename = "moveKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub move_keys: ::std::option::Option<MoveKeys>,
    #[serde(rename = "parseCloudfront", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_cloudfront: ::std::option::Option<ParseCloudfront>,
    #[serde(rename = "parseJSON", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_json: ::std::option::Option<ParseJSON>,
    #[serde(rename = "parseKeyValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_key_value: ::std::option::Option<ParseKeyValue>,
    #[serde(rename = "parseRoute53", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_route53: ::std::option::Option<ParseRoute53>,
    #[serde(rename = "parseToOCSF", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_to_ocsf: ::std::option::Option<ParseToOCSF>,
    #[serde(rename = "parsePostgres", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_postgres: ::std::option::Option<ParsePostgres>,
    #[serde(rename = "parseVPC", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_vpc: ::std::option::Option<ParseVPC>,
    #[serde(rename = "parseWAF", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parse_waf: ::std::option::Option<ParseWAF>,
    #[serde(rename = "renameKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rename_keys: ::std::option::Option<RenameKeys>,
    #[serde(rename = "splitString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub split_string: ::std::option::Option<SplitString>,
    #[serde(rename = "substituteString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub substitute_string: ::std::option::Option<SubstituteString>,
    #[serde(rename = "trimString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub trim_string: ::std::option::Option<TrimString>,
    #[serde(rename = "typeConverter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub type_converter: ::std::option::Option<TypeConverter>,
    #[serde(rename = "upperCaseString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub upper_case_string: ::std::option::Option<UpperCaseString>,
}

/// The `PutAccountPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPolicyRequest {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "selectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dryRun", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dry_run: ::std::option::Option<bool>,
}

/// The `PutAccountPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutAccountPolicyResponse {
    #[serde(rename = "accountPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_policy: ::std::option::Option<AccountPolicy>,
    #[serde(rename = "dryRunResult", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub dry_run_result: ::std::option::Option<DryRunResult>,
}

/// The `PutBearerTokenAuthenticationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutBearerTokenAuthenticationRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "bearerTokenAuthenticationEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bearer_token_authentication_enabled: ::std::option::Option<bool>,
}

/// The `PutDataProtectionPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDataProtectionPolicyRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
}

/// The `PutDataProtectionPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDataProtectionPolicyResponse {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `PutDeliveryDestinationPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationPolicyRequest {
    #[serde(rename = "deliveryDestinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_policy: ::std::option::Option<::std::string::String>,
}

/// The `PutDeliveryDestinationPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationPolicyResponse {
    #[serde(rename = "policy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy: ::std::option::Option<Policy>,
}

/// The `PutDeliveryDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "outputFormat", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub output_format: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deliveryDestinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_configuration: ::std::option::Option<DeliveryDestinationConfiguration>,
    #[serde(rename = "deliveryDestinationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `PutDeliveryDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliveryDestinationResponse {
    #[serde(rename = "deliveryDestination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_destination: ::std::option::Option<DeliveryDestination>,
}

/// The `PutDeliverySourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliverySourceRequest {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
    #[serde(rename = "deliverySourceConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source_configuration: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `PutDeliverySourceResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDeliverySourceResponse {
    #[serde(rename = "deliverySource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery_source: ::std::option::Option<DeliverySource>,
}

/// The `PutDestinationPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationPolicyRequest {
    #[serde(rename = "destinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "accessPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub access_policy: ::std::option::Option<::std::string::String>,
    #[serde(rename = "forceUpdate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub force_update: ::std::option::Option<bool>,
}

/// The `PutDestinationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationRequest {
    #[serde(rename = "destinationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "targetArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub target_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `PutDestinationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutDestinationResponse {
    #[serde(rename = "destination", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination: ::std::option::Option<Destination>,
}

/// The `PutIndexPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIndexPolicyRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
}

/// The `PutIndexPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIndexPolicyResponse {
    #[serde(rename = "indexPolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub index_policy: ::std::option::Option<IndexPolicy>,
}

/// The `PutIntegrationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIntegrationRequest {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_config: ::std::option::Option<ResourceConfig>,
    #[serde(rename = "integrationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_type: ::std::option::Option<::std::string::String>,
}

/// The `PutIntegrationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutIntegrationResponse {
    #[serde(rename = "integrationName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "integrationStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub integration_status: ::std::option::Option<::std::string::String>,
}

/// The `PutLogEventsRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogEventsRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logEvents", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_events: ::std::option::Option<::std::vec::Vec<InputLogEvent>>,
    #[serde(rename = "sequenceToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub sequence_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "entity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entity: ::std::option::Option<Entity>,
}

/// The `PutLogEventsResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogEventsResponse {
    #[serde(rename = "nextSequenceToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_sequence_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "rejectedLogEventsInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rejected_log_events_info: ::std::option::Option<RejectedLogEventsInfo>,
    #[serde(rename = "rejectedEntityInfo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rejected_entity_info: ::std::option::Option<RejectedEntityInfo>,
}

/// The `PutLogGroupDeletionProtectionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutLogGroupDeletionProtectionRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "deletionProtectionEnabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deletion_protection_enabled: ::std::option::Option<bool>,
}

/// The `PutMetricFilterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutMetricFilterRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "metricTransformations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub metric_transformations: ::std::option::Option<::std::vec::Vec<MetricTransformation>>,
    #[serde(rename = "applyOnTransformedLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    #[serde(rename = "fieldSelectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "emitSystemFieldDimensions", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emit_system_field_dimensions: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `PutQueryDefinitionRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutQueryDefinitionRequest {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryDefinitionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientToken", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub client_token: ::std::option::Option<::std::string::String>,
    #[serde(rename = "parameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<::std::vec::Vec<QueryParameter>>,
}

/// The `PutQueryDefinitionResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutQueryDefinitionResponse {
    #[serde(rename = "queryDefinitionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
}

/// The `PutResourcePolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyRequest {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "expectedRevisionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expected_revision_id: ::std::option::Option<::std::string::String>,
}

/// The `PutResourcePolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutResourcePolicyResponse {
    #[serde(rename = "resourcePolicy", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_policy: ::std::option::Option<ResourcePolicy>,
    #[serde(rename = "revisionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revision_id: ::std::option::Option<::std::string::String>,
}

/// The `PutRetentionPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutRetentionPolicyRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "retentionInDays", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub retention_in_days: ::std::option::Option<i32>,
}

/// The `PutStorageTierPolicyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutStorageTierPolicyRequest {
    #[serde(rename = "storageTier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_tier: ::std::option::Option<::std::string::String>,
}

/// The `PutStorageTierPolicyResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutStorageTierPolicyResponse {
    #[serde(rename = "storageTier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub storage_tier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `PutSubscriptionFilterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSubscriptionFilterRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distribution", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub distribution: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applyOnTransformedLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    #[serde(rename = "fieldSelectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "emitSystemFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emit_system_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `PutSyslogConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutSyslogConfigurationRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vpcEndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
}

/// The `PutTransformerRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct PutTransformerRequest {
    #[serde(rename = "logGroupIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transformerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transformer_config: ::std::option::Option<::std::vec::Vec<Processor>>,
}

/// The `QueryCompileError` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryCompileError {
    #[serde(rename = "location", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<QueryCompileErrorLocation>,
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `QueryCompileErrorLocation` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryCompileErrorLocation {
    #[serde(rename = "startCharOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_char_offset: ::std::option::Option<i32>,
    #[serde(rename = "endCharOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_char_offset: ::std::option::Option<i32>,
}

/// The `QueryDefinition` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryDefinition {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryDefinitionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_definition_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastModified", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_modified: ::std::option::Option<i64>,
    #[serde(rename = "logGroupNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "parameters", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parameters: ::std::option::Option<::std::vec::Vec<QueryParameter>>,
}

/// The `QueryInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryInfo {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub create_time: ::std::option::Option<i64>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryDuration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_duration: ::std::option::Option<i64>,
    #[serde(rename = "bytesScanned", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes_scanned: ::std::option::Option<f64>,
    #[serde(rename = "userIdentity", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub user_identity: ::std::option::Option<::std::string::String>,
}

/// The `QueryParameter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryParameter {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "defaultValue", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub default_value: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}

/// The `QueryStatistics` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct QueryStatistics {
    #[serde(rename = "recordsMatched", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub records_matched: ::std::option::Option<f64>,
    #[serde(rename = "recordsScanned", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub records_scanned: ::std::option::Option<f64>,
    #[serde(rename = "estimatedRecordsSkipped", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estimated_records_skipped: ::std::option::Option<f64>,
    #[serde(rename = "bytesScanned", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bytes_scanned: ::std::option::Option<f64>,
    #[serde(rename = "estimatedBytesSkipped", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estimated_bytes_skipped: ::std::option::Option<f64>,
    #[serde(rename = "logGroupsScanned", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_groups_scanned: ::std::option::Option<f64>,
    #[serde(rename = "resultCount", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub result_count: ::std::option::Option<f64>,
}

/// The `RecordField` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RecordField {
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "mandatory", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mandatory: ::std::option::Option<bool>,
}

/// The `RejectedEntityInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RejectedEntityInfo {
    #[serde(rename = "errorType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_type: ::std::option::Option<::std::string::String>,
}

/// The `RejectedLogEventsInfo` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RejectedLogEventsInfo {
    #[serde(rename = "tooNewLogEventStartIndex", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub too_new_log_event_start_index: ::std::option::Option<i32>,
    #[serde(rename = "tooOldLogEventEndIndex", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub too_old_log_event_end_index: ::std::option::Option<i32>,
    #[serde(rename = "expiredLogEventEndIndex", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expired_log_event_end_index: ::std::option::Option<i32>,
}

/// The `RenameKeyEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RenameKeyEntry {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "renameTo", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub rename_to: ::std::option::Option<::std::string::String>,
    #[serde(rename = "overwriteIfExists", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overwrite_if_exists: ::std::option::Option<bool>,
}

/// The `RenameKeys` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct RenameKeys {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<RenameKeyEntry>>,
}

/// The `ResourceAlreadyExistsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceAlreadyExistsException {
}

/// The `ResourceConfig` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceConfig {
    #[serde(rename = "openSearchResourceConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub open_search_resource_config: ::std::option::Option<OpenSearchResourceConfig>,
}

/// The `ResourceNotFoundException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourceNotFoundException {
}

/// The `ResourcePolicy` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResourcePolicy {
    #[serde(rename = "policyName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "policyDocument", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_document: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
    #[serde(rename = "policyScope", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub policy_scope: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "revisionId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub revision_id: ::std::option::Option<::std::string::String>,
}

/// The `ResultField` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ResultField {
    #[serde(rename = "field", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field: ::std::option::Option<::std::string::String>,
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}

/// The `S3Configuration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3Configuration {
    #[serde(rename = "destinationIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "ownerAccountId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub owner_account_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `S3DeliveryConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3DeliveryConfiguration {
    #[serde(rename = "suffixPath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suffix_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enableHiveCompatiblePath", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enable_hive_compatible_path: ::std::option::Option<bool>,
}

/// The `S3TableIntegrationSource` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3TableIntegrationSource {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "dataSource", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub data_source: ::std::option::Option<DataSource>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "statusReason", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdTimeStamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_time_stamp: ::std::option::Option<i64>,
    #[serde(rename = "parentSourceIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub parent_source_identifier: ::std::option::Option<::std::string::String>,
}

/// The `S3TablesIntegration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct S3TablesIntegration {
    #[serde(rename = "datasourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub datasource_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "datasourceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub datasource_type: ::std::option::Option<::std::string::String>,
}

/// The `ScheduledQueryDestination` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledQueryDestination {
    #[serde(rename = "destinationType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "status", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "processedIdentifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub processed_identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
}

/// The `ScheduledQuerySummary` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ScheduledQuerySummary {
    #[serde(rename = "scheduledQueryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastTriggeredTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastExecutionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_execution_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_configuration: ::std::option::Option<DestinationConfiguration>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `SearchedLogStream` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SearchedLogStream {
    #[serde(rename = "logStreamName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "searchedCompletely", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub searched_completely: ::std::option::Option<bool>,
}

/// The `ServiceQuotaExceededException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceQuotaExceededException {
}

/// The `ServiceUnavailableException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ServiceUnavailableException {
}

/// The `SessionStreamingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionStreamingException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SessionTimeoutException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SessionTimeoutException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
}

/// The `SplitString` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SplitString {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<SplitStringEntry>>,
}

/// The `SplitStringEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SplitStringEntry {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "delimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub delimiter: ::std::option::Option<::std::string::String>,
}

/// The `StartLiveTailRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailRequest {
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logStreamNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logStreamNamePrefixes", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_stream_name_prefixes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logEventFilterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_event_filter_pattern: ::std::option::Option<::std::string::String>,
}

/// The `StartLiveTailResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailResponse {
    #[serde(rename = "responseStream", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub response_stream: ::std::option::Option<StartLiveTailResponseStream>,
}

/// The `StartLiveTailResponseStream` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartLiveTailResponseStream {
    #[serde(rename = "sessionStart", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_start: ::std::option::Option<LiveTailSessionStart>,
    #[serde(rename = "sessionUpdate", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_update: ::std::option::Option<LiveTailSessionUpdate>,
    #[serde(rename = "SessionTimeoutException", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_timeout_exception: ::std::option::Option<SessionTimeoutException>,
    #[serde(rename = "SessionStreamingException", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub session_streaming_exception: ::std::option::Option<SessionStreamingException>,
}

/// The `StartQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryRequest {
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupNames", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "startTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time: ::std::option::Option<i64>,
    #[serde(rename = "endTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time: ::std::option::Option<i64>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "limit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<i32>,
}

/// The `StartQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StartQueryResponse {
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
}

/// The `StopQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopQueryRequest {
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
}

/// The `StopQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct StopQueryResponse {
    #[serde(rename = "success", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub success: ::std::option::Option<bool>,
}

/// The `SubscriptionFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubscriptionFilter {
    #[serde(rename = "filterName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinationArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "roleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "distribution", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub distribution: ::std::option::Option<::std::string::String>,
    #[serde(rename = "applyOnTransformedLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub apply_on_transformed_logs: ::std::option::Option<bool>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "fieldSelectionCriteria", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_selection_criteria: ::std::option::Option<::std::string::String>,
    #[serde(rename = "emitSystemFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emit_system_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `SubstituteString` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubstituteString {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<SubstituteStringEntry>>,
}

/// The `SubstituteStringEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SubstituteStringEntry {
    #[serde(rename = "source", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(rename = "from", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub from: ::std::option::Option<::std::string::String>,
    #[serde(rename = "to", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub to: ::std::option::Option<::std::string::String>,
}

/// The `SuppressionPeriod` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SuppressionPeriod {
    #[serde(rename = "value", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<i32>,
    #[serde(rename = "suppressionUnit", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppression_unit: ::std::option::Option<::std::string::String>,
}

/// The `SyslogConfiguration` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct SyslogConfiguration {
    #[serde(rename = "logGroupArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sourceType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "vpcEndpointId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub vpc_endpoint_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "createdAt", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub created_at: ::std::option::Option<i64>,
}

/// The `TagFilter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagFilter {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "values", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub values: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `TagLogGroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagLogGroupRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `TagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TagResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::collections::HashMap<::std::string::String, ::std::string::String>>,
}

/// The `TestMetricFilterRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestMetricFilterRequest {
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logEventMessages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_event_messages: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `TestMetricFilterResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestMetricFilterResponse {
    #[serde(rename = "matches", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub matches: ::std::option::Option<::std::vec::Vec<MetricFilterMatchRecord>>,
}

/// The `TestTransformerRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestTransformerRequest {
    #[serde(rename = "transformerConfig", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transformer_config: ::std::option::Option<::std::vec::Vec<Processor>>,
    #[serde(rename = "logEventMessages", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_event_messages: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `TestTransformerResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TestTransformerResponse {
    #[serde(rename = "transformedLogs", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transformed_logs: ::std::option::Option<::std::vec::Vec<TransformedLogRecord>>,
}

/// The `ThrottlingException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ThrottlingException {
}

/// The `TooManyTagsException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TooManyTagsException {
    #[serde(rename = "message", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_name: ::std::option::Option<::std::string::String>,
}

/// The `TransformedLogRecord` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TransformedLogRecord {
    #[serde(rename = "eventNumber", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_number: ::std::option::Option<i64>,
    #[serde(rename = "eventMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub event_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "transformedEventMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transformed_event_message: ::std::option::Option<::std::string::String>,
}

/// The `TriggerHistoryRecord` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TriggerHistoryRecord {
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "executionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "triggeredTimestamp", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub triggered_timestamp: ::std::option::Option<i64>,
    #[serde(rename = "errorMessage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_message: ::std::option::Option<::std::string::String>,
    #[serde(rename = "destinations", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destinations: ::std::option::Option<::std::vec::Vec<ScheduledQueryDestination>>,
}

/// The `TrimString` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TrimString {
    #[serde(rename = "withKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `TypeConverter` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypeConverter {
    #[serde(rename = "entries", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<TypeConverterEntry>>,
}

/// The `TypeConverterEntry` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct TypeConverterEntry {
    #[serde(rename = "key", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub key: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub r#type: ::std::option::Option<::std::string::String>,
}

/// The `UnrecognizedClientException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UnrecognizedClientException {
}

/// The `UntagLogGroupRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagLogGroupRequest {
    #[serde(rename = "logGroupName", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tags", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UntagResourceRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UntagResourceRequest {
    #[serde(rename = "resourceArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub resource_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tagKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tag_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `UpdateAnomalyRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateAnomalyRequest {
    #[serde(rename = "anomalyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "patternId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "suppressionType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppression_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "suppressionPeriod", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suppression_period: ::std::option::Option<SuppressionPeriod>,
    #[serde(rename = "baseline", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub baseline: ::std::option::Option<bool>,
}

/// The `UpdateDeliveryConfigurationRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDeliveryConfigurationRequest {
    #[serde(rename = "id", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "recordFields", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub record_fields: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "fieldDelimiter", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_delimiter: ::std::option::Option<::std::string::String>,
    #[serde(rename = "s3DeliveryConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub s3_delivery_configuration: ::std::option::Option<S3DeliveryConfiguration>,
}

/// The `UpdateDeliveryConfigurationResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateDeliveryConfigurationResponse {
}

/// The `UpdateLogAnomalyDetectorRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLogAnomalyDetectorRequest {
    #[serde(rename = "anomalyDetectorArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_detector_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "evaluationFrequency", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub evaluation_frequency: ::std::option::Option<::std::string::String>,
    #[serde(rename = "filterPattern", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub filter_pattern: ::std::option::Option<::std::string::String>,
    #[serde(rename = "anomalyVisibilityTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anomaly_visibility_time: ::std::option::Option<i64>,
    #[serde(rename = "enabled", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}

/// The `UpdateLookupTableRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLookupTableRequest {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "tableBody", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub table_body: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "kmsKeyId", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kms_key_id: ::std::option::Option<::std::string::String>,
}

/// The `UpdateLookupTableResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateLookupTableResponse {
    #[serde(rename = "lookupTableArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lookup_table_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `UpdateScheduledQueryRequest` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateScheduledQueryRequest {
    #[serde(rename = "identifier", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identifier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "scheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "endTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "destinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_configuration: ::std::option::Option<DestinationConfiguration>,
    #[serde(rename = "scheduleStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
}

/// The `UpdateScheduledQueryResponse` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpdateScheduledQueryResponse {
    #[serde(rename = "scheduledQueryArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scheduled_query_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "name", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "description", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryLanguage", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_language: ::std::option::Option<::std::string::String>,
    #[serde(rename = "queryString", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub query_string: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logGroupIdentifiers", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub log_group_identifiers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "scheduleExpression", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_expression: ::std::option::Option<::std::string::String>,
    #[serde(rename = "timezone", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
    #[serde(rename = "startTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub start_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "endTimeOffset", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_time_offset: ::std::option::Option<i64>,
    #[serde(rename = "destinationConfiguration", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub destination_configuration: ::std::option::Option<DestinationConfiguration>,
    #[serde(rename = "state", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleType", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "lastTriggeredTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_triggered_time: ::std::option::Option<i64>,
    #[serde(rename = "lastExecutionStatus", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_execution_status: ::std::option::Option<::std::string::String>,
    #[serde(rename = "scheduleStartTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_start_time: ::std::option::Option<i64>,
    #[serde(rename = "scheduleEndTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub schedule_end_time: ::std::option::Option<i64>,
    #[serde(rename = "executionRoleArn", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub execution_role_arn: ::std::option::Option<::std::string::String>,
    #[serde(rename = "creationTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creation_time: ::std::option::Option<i64>,
    #[serde(rename = "lastUpdatedTime", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_updated_time: ::std::option::Option<i64>,
}

/// The `UpperCaseString` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct UpperCaseString {
    #[serde(rename = "withKeys", default, skip_serializing_if = "::std::option::Option::is_none")]
    pub with_keys: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}

/// The `ValidationException` shape.
#[derive(Debug, Clone, Default, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
pub struct ValidationException {
}

/// The errors the model declares, with the code and HTTP status clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    AccessDeniedException,
    ConflictException,
    DataAlreadyAcceptedException,
    InternalServerException,
    InternalStreamingException,
    InvalidOperationException,
    InvalidParameterException,
    InvalidSequenceTokenException,
    LimitExceededException,
    MalformedQueryException,
    OperationAbortedException,
    ResourceAlreadyExistsException,
    ResourceNotFoundException,
    ServiceQuotaExceededException,
    ServiceUnavailableException,
    SessionStreamingException,
    SessionTimeoutException,
    ThrottlingException,
    TooManyTagsException,
    UnrecognizedClientException,
    ValidationException,
}

impl ErrorCode {
    pub const fn code(self) -> &'static str {
        match self {
            ErrorCode::AccessDeniedException => "AccessDeniedException",
            ErrorCode::ConflictException => "ConflictException",
            ErrorCode::DataAlreadyAcceptedException => "DataAlreadyAcceptedException",
            ErrorCode::InternalServerException => "InternalServerException",
            ErrorCode::InternalStreamingException => "InternalStreamingException",
            ErrorCode::InvalidOperationException => "InvalidOperationException",
            ErrorCode::InvalidParameterException => "InvalidParameterException",
            ErrorCode::InvalidSequenceTokenException => "InvalidSequenceTokenException",
            ErrorCode::LimitExceededException => "LimitExceededException",
            ErrorCode::MalformedQueryException => "MalformedQueryException",
            ErrorCode::OperationAbortedException => "OperationAbortedException",
            ErrorCode::ResourceAlreadyExistsException => "ResourceAlreadyExistsException",
            ErrorCode::ResourceNotFoundException => "ResourceNotFoundException",
            ErrorCode::ServiceQuotaExceededException => "ServiceQuotaExceededException",
            ErrorCode::ServiceUnavailableException => "ServiceUnavailableException",
            ErrorCode::SessionStreamingException => "SessionStreamingException",
            ErrorCode::SessionTimeoutException => "SessionTimeoutException",
            ErrorCode::ThrottlingException => "ThrottlingException",
            ErrorCode::TooManyTagsException => "TooManyTagsException",
            ErrorCode::UnrecognizedClientException => "UnrecognizedClientException",
            ErrorCode::ValidationException => "ValidationException",
        }
    }

    pub const fn status(self) -> u16 {
        match self {
            ErrorCode::AccessDeniedException => 400,
            ErrorCode::ConflictException => 400,
            ErrorCode::DataAlreadyAcceptedException => 400,
            ErrorCode::InternalServerException => 500,
            ErrorCode::InternalStreamingException => 400,
            ErrorCode::InvalidOperationException => 400,
            ErrorCode::InvalidParameterException => 400,
            ErrorCode::InvalidSequenceTokenException => 400,
            ErrorCode::LimitExceededException => 400,
            ErrorCode::MalformedQueryException => 400,
            ErrorCode::OperationAbortedException => 400,
            ErrorCode::ResourceAlreadyExistsException => 400,
            ErrorCode::ResourceNotFoundException => 400,
            ErrorCode::ServiceQuotaExceededException => 400,
            ErrorCode::ServiceUnavailableException => 500,
            ErrorCode::SessionStreamingException => 400,
            ErrorCode::SessionTimeoutException => 400,
            ErrorCode::ThrottlingException => 400,
            ErrorCode::TooManyTagsException => 400,
            ErrorCode::UnrecognizedClientException => 400,
            ErrorCode::ValidationException => 400,
        }
    }

    /// This error with a message, as handlers return it.
    pub fn with(self, message: impl Into<::std::string::String>) -> AwsError {
        AwsError::new(self.code(), message).with_status(self.status())
    }
}

/// One method per operation of the logs model; each defaults to the not-implemented error.
pub trait Api: Send + Sync + 'static {
    fn associate_kms_key(&self, ctx: &Context, input: AssociateKmsKeyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateKmsKey")) }
    }
    fn associate_source_to_s3_table_integration(&self, ctx: &Context, input: AssociateSourceToS3TableIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<AssociateSourceToS3TableIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "AssociateSourceToS3TableIntegration")) }
    }
    fn cancel_export_task(&self, ctx: &Context, input: CancelExportTaskRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CancelExportTask")) }
    }
    fn cancel_import_task(&self, ctx: &Context, input: CancelImportTaskRequest) -> impl ::std::future::Future<Output = AwsResult<CancelImportTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CancelImportTask")) }
    }
    fn create_delivery(&self, ctx: &Context, input: CreateDeliveryRequest) -> impl ::std::future::Future<Output = AwsResult<CreateDeliveryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateDelivery")) }
    }
    fn create_export_task(&self, ctx: &Context, input: CreateExportTaskRequest) -> impl ::std::future::Future<Output = AwsResult<CreateExportTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateExportTask")) }
    }
    fn create_import_task(&self, ctx: &Context, input: CreateImportTaskRequest) -> impl ::std::future::Future<Output = AwsResult<CreateImportTaskResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateImportTask")) }
    }
    fn create_log_anomaly_detector(&self, ctx: &Context, input: CreateLogAnomalyDetectorRequest) -> impl ::std::future::Future<Output = AwsResult<CreateLogAnomalyDetectorResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateLogAnomalyDetector")) }
    }
    fn create_log_group(&self, ctx: &Context, input: CreateLogGroupRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateLogGroup")) }
    }
    fn create_log_stream(&self, ctx: &Context, input: CreateLogStreamRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateLogStream")) }
    }
    fn create_lookup_table(&self, ctx: &Context, input: CreateLookupTableRequest) -> impl ::std::future::Future<Output = AwsResult<CreateLookupTableResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateLookupTable")) }
    }
    fn create_scheduled_query(&self, ctx: &Context, input: CreateScheduledQueryRequest) -> impl ::std::future::Future<Output = AwsResult<CreateScheduledQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "CreateScheduledQuery")) }
    }
    fn delete_account_policy(&self, ctx: &Context, input: DeleteAccountPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteAccountPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteAccountPolicy")) }
    }
    fn delete_data_protection_policy(&self, ctx: &Context, input: DeleteDataProtectionPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDataProtectionPolicy")) }
    }
    fn delete_delivery(&self, ctx: &Context, input: DeleteDeliveryRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDelivery")) }
    }
    fn delete_delivery_destination(&self, ctx: &Context, input: DeleteDeliveryDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDeliveryDestination")) }
    }
    fn delete_delivery_destination_policy(&self, ctx: &Context, input: DeleteDeliveryDestinationPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDeliveryDestinationPolicy")) }
    }
    fn delete_delivery_source(&self, ctx: &Context, input: DeleteDeliverySourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDeliverySource")) }
    }
    fn delete_destination(&self, ctx: &Context, input: DeleteDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteDestination")) }
    }
    fn delete_index_policy(&self, ctx: &Context, input: DeleteIndexPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteIndexPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteIndexPolicy")) }
    }
    fn delete_integration(&self, ctx: &Context, input: DeleteIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteIntegration")) }
    }
    fn delete_log_anomaly_detector(&self, ctx: &Context, input: DeleteLogAnomalyDetectorRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLogAnomalyDetector")) }
    }
    fn delete_log_group(&self, ctx: &Context, input: DeleteLogGroupRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLogGroup")) }
    }
    fn delete_log_stream(&self, ctx: &Context, input: DeleteLogStreamRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLogStream")) }
    }
    fn delete_lookup_table(&self, ctx: &Context, input: DeleteLookupTableRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteLookupTable")) }
    }
    fn delete_metric_filter(&self, ctx: &Context, input: DeleteMetricFilterRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteMetricFilter")) }
    }
    fn delete_query_definition(&self, ctx: &Context, input: DeleteQueryDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteQueryDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteQueryDefinition")) }
    }
    fn delete_resource_policy(&self, ctx: &Context, input: DeleteResourcePolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteResourcePolicy")) }
    }
    fn delete_retention_policy(&self, ctx: &Context, input: DeleteRetentionPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteRetentionPolicy")) }
    }
    fn delete_scheduled_query(&self, ctx: &Context, input: DeleteScheduledQueryRequest) -> impl ::std::future::Future<Output = AwsResult<DeleteScheduledQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteScheduledQuery")) }
    }
    fn delete_subscription_filter(&self, ctx: &Context, input: DeleteSubscriptionFilterRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteSubscriptionFilter")) }
    }
    fn delete_syslog_configuration(&self, ctx: &Context, input: DeleteSyslogConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteSyslogConfiguration")) }
    }
    fn delete_transformer(&self, ctx: &Context, input: DeleteTransformerRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DeleteTransformer")) }
    }
    fn describe_account_policies(&self, ctx: &Context, input: DescribeAccountPoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeAccountPoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeAccountPolicies")) }
    }
    fn describe_configuration_templates(&self, ctx: &Context, input: DescribeConfigurationTemplatesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeConfigurationTemplatesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeConfigurationTemplates")) }
    }
    fn describe_deliveries(&self, ctx: &Context, input: DescribeDeliveriesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDeliveriesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDeliveries")) }
    }
    fn describe_delivery_destinations(&self, ctx: &Context, input: DescribeDeliveryDestinationsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDeliveryDestinationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDeliveryDestinations")) }
    }
    fn describe_delivery_sources(&self, ctx: &Context, input: DescribeDeliverySourcesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDeliverySourcesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDeliverySources")) }
    }
    fn describe_destinations(&self, ctx: &Context, input: DescribeDestinationsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeDestinationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeDestinations")) }
    }
    fn describe_export_tasks(&self, ctx: &Context, input: DescribeExportTasksRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeExportTasksResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeExportTasks")) }
    }
    fn describe_field_indexes(&self, ctx: &Context, input: DescribeFieldIndexesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeFieldIndexesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeFieldIndexes")) }
    }
    fn describe_import_task_batches(&self, ctx: &Context, input: DescribeImportTaskBatchesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImportTaskBatchesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImportTaskBatches")) }
    }
    fn describe_import_tasks(&self, ctx: &Context, input: DescribeImportTasksRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeImportTasksResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeImportTasks")) }
    }
    fn describe_index_policies(&self, ctx: &Context, input: DescribeIndexPoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeIndexPoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeIndexPolicies")) }
    }
    fn describe_log_groups(&self, ctx: &Context, input: DescribeLogGroupsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeLogGroupsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeLogGroups")) }
    }
    fn describe_log_streams(&self, ctx: &Context, input: DescribeLogStreamsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeLogStreamsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeLogStreams")) }
    }
    fn describe_lookup_tables(&self, ctx: &Context, input: DescribeLookupTablesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeLookupTablesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeLookupTables")) }
    }
    fn describe_metric_filters(&self, ctx: &Context, input: DescribeMetricFiltersRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeMetricFiltersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeMetricFilters")) }
    }
    fn describe_queries(&self, ctx: &Context, input: DescribeQueriesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeQueriesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeQueries")) }
    }
    fn describe_query_definitions(&self, ctx: &Context, input: DescribeQueryDefinitionsRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeQueryDefinitionsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeQueryDefinitions")) }
    }
    fn describe_resource_policies(&self, ctx: &Context, input: DescribeResourcePoliciesRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeResourcePoliciesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeResourcePolicies")) }
    }
    fn describe_subscription_filters(&self, ctx: &Context, input: DescribeSubscriptionFiltersRequest) -> impl ::std::future::Future<Output = AwsResult<DescribeSubscriptionFiltersResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DescribeSubscriptionFilters")) }
    }
    fn disassociate_kms_key(&self, ctx: &Context, input: DisassociateKmsKeyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisassociateKmsKey")) }
    }
    fn disassociate_source_from_s3_table_integration(&self, ctx: &Context, input: DisassociateSourceFromS3TableIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<DisassociateSourceFromS3TableIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "DisassociateSourceFromS3TableIntegration")) }
    }
    fn filter_log_events(&self, ctx: &Context, input: FilterLogEventsRequest) -> impl ::std::future::Future<Output = AwsResult<FilterLogEventsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "FilterLogEvents")) }
    }
    fn get_data_protection_policy(&self, ctx: &Context, input: GetDataProtectionPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetDataProtectionPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDataProtectionPolicy")) }
    }
    fn get_delivery(&self, ctx: &Context, input: GetDeliveryRequest) -> impl ::std::future::Future<Output = AwsResult<GetDeliveryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDelivery")) }
    }
    fn get_delivery_destination(&self, ctx: &Context, input: GetDeliveryDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<GetDeliveryDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDeliveryDestination")) }
    }
    fn get_delivery_destination_policy(&self, ctx: &Context, input: GetDeliveryDestinationPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetDeliveryDestinationPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDeliveryDestinationPolicy")) }
    }
    fn get_delivery_source(&self, ctx: &Context, input: GetDeliverySourceRequest) -> impl ::std::future::Future<Output = AwsResult<GetDeliverySourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetDeliverySource")) }
    }
    fn get_integration(&self, ctx: &Context, input: GetIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<GetIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetIntegration")) }
    }
    fn get_log_anomaly_detector(&self, ctx: &Context, input: GetLogAnomalyDetectorRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogAnomalyDetectorResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogAnomalyDetector")) }
    }
    fn get_log_events(&self, ctx: &Context, input: GetLogEventsRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogEventsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogEvents")) }
    }
    fn get_log_fields(&self, ctx: &Context, input: GetLogFieldsRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogFieldsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogFields")) }
    }
    fn get_log_group_fields(&self, ctx: &Context, input: GetLogGroupFieldsRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogGroupFieldsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogGroupFields")) }
    }
    fn get_log_object(&self, ctx: &Context, input: GetLogObjectRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogObjectResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogObject")) }
    }
    fn get_log_record(&self, ctx: &Context, input: GetLogRecordRequest) -> impl ::std::future::Future<Output = AwsResult<GetLogRecordResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLogRecord")) }
    }
    fn get_lookup_table(&self, ctx: &Context, input: GetLookupTableRequest) -> impl ::std::future::Future<Output = AwsResult<GetLookupTableResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetLookupTable")) }
    }
    fn get_query_results(&self, ctx: &Context, input: GetQueryResultsRequest) -> impl ::std::future::Future<Output = AwsResult<GetQueryResultsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetQueryResults")) }
    }
    fn get_scheduled_query(&self, ctx: &Context, input: GetScheduledQueryRequest) -> impl ::std::future::Future<Output = AwsResult<GetScheduledQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetScheduledQuery")) }
    }
    fn get_scheduled_query_history(&self, ctx: &Context, input: GetScheduledQueryHistoryRequest) -> impl ::std::future::Future<Output = AwsResult<GetScheduledQueryHistoryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetScheduledQueryHistory")) }
    }
    fn get_storage_tier_policy(&self, ctx: &Context, input: GetStorageTierPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<GetStorageTierPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetStorageTierPolicy")) }
    }
    fn get_transformer(&self, ctx: &Context, input: GetTransformerRequest) -> impl ::std::future::Future<Output = AwsResult<GetTransformerResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "GetTransformer")) }
    }
    fn list_aggregate_log_group_summaries(&self, ctx: &Context, input: ListAggregateLogGroupSummariesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAggregateLogGroupSummariesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAggregateLogGroupSummaries")) }
    }
    fn list_anomalies(&self, ctx: &Context, input: ListAnomaliesRequest) -> impl ::std::future::Future<Output = AwsResult<ListAnomaliesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListAnomalies")) }
    }
    fn list_integrations(&self, ctx: &Context, input: ListIntegrationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListIntegrationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListIntegrations")) }
    }
    fn list_log_anomaly_detectors(&self, ctx: &Context, input: ListLogAnomalyDetectorsRequest) -> impl ::std::future::Future<Output = AwsResult<ListLogAnomalyDetectorsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListLogAnomalyDetectors")) }
    }
    fn list_log_groups(&self, ctx: &Context, input: ListLogGroupsRequest) -> impl ::std::future::Future<Output = AwsResult<ListLogGroupsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListLogGroups")) }
    }
    fn list_log_groups_for_query(&self, ctx: &Context, input: ListLogGroupsForQueryRequest) -> impl ::std::future::Future<Output = AwsResult<ListLogGroupsForQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListLogGroupsForQuery")) }
    }
    fn list_scheduled_queries(&self, ctx: &Context, input: ListScheduledQueriesRequest) -> impl ::std::future::Future<Output = AwsResult<ListScheduledQueriesResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListScheduledQueries")) }
    }
    fn list_sources_for_s3_table_integration(&self, ctx: &Context, input: ListSourcesForS3TableIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<ListSourcesForS3TableIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListSourcesForS3TableIntegration")) }
    }
    fn list_syslog_configurations(&self, ctx: &Context, input: ListSyslogConfigurationsRequest) -> impl ::std::future::Future<Output = AwsResult<ListSyslogConfigurationsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListSyslogConfigurations")) }
    }
    fn list_tags_for_resource(&self, ctx: &Context, input: ListTagsForResourceRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsForResourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsForResource")) }
    }
    fn list_tags_log_group(&self, ctx: &Context, input: ListTagsLogGroupRequest) -> impl ::std::future::Future<Output = AwsResult<ListTagsLogGroupResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "ListTagsLogGroup")) }
    }
    fn put_account_policy(&self, ctx: &Context, input: PutAccountPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutAccountPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutAccountPolicy")) }
    }
    fn put_bearer_token_authentication(&self, ctx: &Context, input: PutBearerTokenAuthenticationRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutBearerTokenAuthentication")) }
    }
    fn put_data_protection_policy(&self, ctx: &Context, input: PutDataProtectionPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutDataProtectionPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDataProtectionPolicy")) }
    }
    fn put_delivery_destination(&self, ctx: &Context, input: PutDeliveryDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<PutDeliveryDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDeliveryDestination")) }
    }
    fn put_delivery_destination_policy(&self, ctx: &Context, input: PutDeliveryDestinationPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutDeliveryDestinationPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDeliveryDestinationPolicy")) }
    }
    fn put_delivery_source(&self, ctx: &Context, input: PutDeliverySourceRequest) -> impl ::std::future::Future<Output = AwsResult<PutDeliverySourceResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDeliverySource")) }
    }
    fn put_destination(&self, ctx: &Context, input: PutDestinationRequest) -> impl ::std::future::Future<Output = AwsResult<PutDestinationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDestination")) }
    }
    fn put_destination_policy(&self, ctx: &Context, input: PutDestinationPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutDestinationPolicy")) }
    }
    fn put_index_policy(&self, ctx: &Context, input: PutIndexPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutIndexPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutIndexPolicy")) }
    }
    fn put_integration(&self, ctx: &Context, input: PutIntegrationRequest) -> impl ::std::future::Future<Output = AwsResult<PutIntegrationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutIntegration")) }
    }
    fn put_log_events(&self, ctx: &Context, input: PutLogEventsRequest) -> impl ::std::future::Future<Output = AwsResult<PutLogEventsResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutLogEvents")) }
    }
    fn put_log_group_deletion_protection(&self, ctx: &Context, input: PutLogGroupDeletionProtectionRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutLogGroupDeletionProtection")) }
    }
    fn put_metric_filter(&self, ctx: &Context, input: PutMetricFilterRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutMetricFilter")) }
    }
    fn put_query_definition(&self, ctx: &Context, input: PutQueryDefinitionRequest) -> impl ::std::future::Future<Output = AwsResult<PutQueryDefinitionResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutQueryDefinition")) }
    }
    fn put_resource_policy(&self, ctx: &Context, input: PutResourcePolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutResourcePolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutResourcePolicy")) }
    }
    fn put_retention_policy(&self, ctx: &Context, input: PutRetentionPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutRetentionPolicy")) }
    }
    fn put_storage_tier_policy(&self, ctx: &Context, input: PutStorageTierPolicyRequest) -> impl ::std::future::Future<Output = AwsResult<PutStorageTierPolicyResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutStorageTierPolicy")) }
    }
    fn put_subscription_filter(&self, ctx: &Context, input: PutSubscriptionFilterRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutSubscriptionFilter")) }
    }
    fn put_syslog_configuration(&self, ctx: &Context, input: PutSyslogConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutSyslogConfiguration")) }
    }
    fn put_transformer(&self, ctx: &Context, input: PutTransformerRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "PutTransformer")) }
    }
    fn start_live_tail(&self, ctx: &Context, input: StartLiveTailRequest) -> impl ::std::future::Future<Output = AwsResult<StartLiveTailResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartLiveTail")) }
    }
    fn start_query(&self, ctx: &Context, input: StartQueryRequest) -> impl ::std::future::Future<Output = AwsResult<StartQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StartQuery")) }
    }
    fn stop_query(&self, ctx: &Context, input: StopQueryRequest) -> impl ::std::future::Future<Output = AwsResult<StopQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "StopQuery")) }
    }
    fn tag_log_group(&self, ctx: &Context, input: TagLogGroupRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagLogGroup")) }
    }
    fn tag_resource(&self, ctx: &Context, input: TagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TagResource")) }
    }
    fn test_metric_filter(&self, ctx: &Context, input: TestMetricFilterRequest) -> impl ::std::future::Future<Output = AwsResult<TestMetricFilterResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TestMetricFilter")) }
    }
    fn test_transformer(&self, ctx: &Context, input: TestTransformerRequest) -> impl ::std::future::Future<Output = AwsResult<TestTransformerResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "TestTransformer")) }
    }
    fn untag_log_group(&self, ctx: &Context, input: UntagLogGroupRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagLogGroup")) }
    }
    fn untag_resource(&self, ctx: &Context, input: UntagResourceRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UntagResource")) }
    }
    fn update_anomaly(&self, ctx: &Context, input: UpdateAnomalyRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateAnomaly")) }
    }
    fn update_delivery_configuration(&self, ctx: &Context, input: UpdateDeliveryConfigurationRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateDeliveryConfigurationResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateDeliveryConfiguration")) }
    }
    fn update_log_anomaly_detector(&self, ctx: &Context, input: UpdateLogAnomalyDetectorRequest) -> impl ::std::future::Future<Output = AwsResult<()>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateLogAnomalyDetector")) }
    }
    fn update_lookup_table(&self, ctx: &Context, input: UpdateLookupTableRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateLookupTableResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateLookupTable")) }
    }
    fn update_scheduled_query(&self, ctx: &Context, input: UpdateScheduledQueryRequest) -> impl ::std::future::Future<Output = AwsResult<UpdateScheduledQueryResponse>> + Send {
        let _ = (ctx, input);
        async { Err(AwsError::not_implemented(SERVICE.name, "UpdateScheduledQuery")) }
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
        "AssociateKmsKey" => crate::types::encode(&svc.associate_kms_key(ctx, crate::types::decode(input)?).await?, form),
        "AssociateSourceToS3TableIntegration" => crate::types::encode(&svc.associate_source_to_s3_table_integration(ctx, crate::types::decode(input)?).await?, form),
        "CancelExportTask" => crate::types::encode(&svc.cancel_export_task(ctx, crate::types::decode(input)?).await?, form),
        "CancelImportTask" => crate::types::encode(&svc.cancel_import_task(ctx, crate::types::decode(input)?).await?, form),
        "CreateDelivery" => crate::types::encode(&svc.create_delivery(ctx, crate::types::decode(input)?).await?, form),
        "CreateExportTask" => crate::types::encode(&svc.create_export_task(ctx, crate::types::decode(input)?).await?, form),
        "CreateImportTask" => crate::types::encode(&svc.create_import_task(ctx, crate::types::decode(input)?).await?, form),
        "CreateLogAnomalyDetector" => crate::types::encode(&svc.create_log_anomaly_detector(ctx, crate::types::decode(input)?).await?, form),
        "CreateLogGroup" => crate::types::encode(&svc.create_log_group(ctx, crate::types::decode(input)?).await?, form),
        "CreateLogStream" => crate::types::encode(&svc.create_log_stream(ctx, crate::types::decode(input)?).await?, form),
        "CreateLookupTable" => crate::types::encode(&svc.create_lookup_table(ctx, crate::types::decode(input)?).await?, form),
        "CreateScheduledQuery" => crate::types::encode(&svc.create_scheduled_query(ctx, crate::types::decode(input)?).await?, form),
        "DeleteAccountPolicy" => crate::types::encode(&svc.delete_account_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDataProtectionPolicy" => crate::types::encode(&svc.delete_data_protection_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDelivery" => crate::types::encode(&svc.delete_delivery(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDeliveryDestination" => crate::types::encode(&svc.delete_delivery_destination(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDeliveryDestinationPolicy" => crate::types::encode(&svc.delete_delivery_destination_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDeliverySource" => crate::types::encode(&svc.delete_delivery_source(ctx, crate::types::decode(input)?).await?, form),
        "DeleteDestination" => crate::types::encode(&svc.delete_destination(ctx, crate::types::decode(input)?).await?, form),
        "DeleteIndexPolicy" => crate::types::encode(&svc.delete_index_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteIntegration" => crate::types::encode(&svc.delete_integration(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLogAnomalyDetector" => crate::types::encode(&svc.delete_log_anomaly_detector(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLogGroup" => crate::types::encode(&svc.delete_log_group(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLogStream" => crate::types::encode(&svc.delete_log_stream(ctx, crate::types::decode(input)?).await?, form),
        "DeleteLookupTable" => crate::types::encode(&svc.delete_lookup_table(ctx, crate::types::decode(input)?).await?, form),
        "DeleteMetricFilter" => crate::types::encode(&svc.delete_metric_filter(ctx, crate::types::decode(input)?).await?, form),
        "DeleteQueryDefinition" => crate::types::encode(&svc.delete_query_definition(ctx, crate::types::decode(input)?).await?, form),
        "DeleteResourcePolicy" => crate::types::encode(&svc.delete_resource_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteRetentionPolicy" => crate::types::encode(&svc.delete_retention_policy(ctx, crate::types::decode(input)?).await?, form),
        "DeleteScheduledQuery" => crate::types::encode(&svc.delete_scheduled_query(ctx, crate::types::decode(input)?).await?, form),
        "DeleteSubscriptionFilter" => crate::types::encode(&svc.delete_subscription_filter(ctx, crate::types::decode(input)?).await?, form),
        "DeleteSyslogConfiguration" => crate::types::encode(&svc.delete_syslog_configuration(ctx, crate::types::decode(input)?).await?, form),
        "DeleteTransformer" => crate::types::encode(&svc.delete_transformer(ctx, crate::types::decode(input)?).await?, form),
        "DescribeAccountPolicies" => crate::types::encode(&svc.describe_account_policies(ctx, crate::types::decode(input)?).await?, form),
        "DescribeConfigurationTemplates" => crate::types::encode(&svc.describe_configuration_templates(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDeliveries" => crate::types::encode(&svc.describe_deliveries(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDeliveryDestinations" => crate::types::encode(&svc.describe_delivery_destinations(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDeliverySources" => crate::types::encode(&svc.describe_delivery_sources(ctx, crate::types::decode(input)?).await?, form),
        "DescribeDestinations" => crate::types::encode(&svc.describe_destinations(ctx, crate::types::decode(input)?).await?, form),
        "DescribeExportTasks" => crate::types::encode(&svc.describe_export_tasks(ctx, crate::types::decode(input)?).await?, form),
        "DescribeFieldIndexes" => crate::types::encode(&svc.describe_field_indexes(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImportTaskBatches" => crate::types::encode(&svc.describe_import_task_batches(ctx, crate::types::decode(input)?).await?, form),
        "DescribeImportTasks" => crate::types::encode(&svc.describe_import_tasks(ctx, crate::types::decode(input)?).await?, form),
        "DescribeIndexPolicies" => crate::types::encode(&svc.describe_index_policies(ctx, crate::types::decode(input)?).await?, form),
        "DescribeLogGroups" => crate::types::encode(&svc.describe_log_groups(ctx, crate::types::decode(input)?).await?, form),
        "DescribeLogStreams" => crate::types::encode(&svc.describe_log_streams(ctx, crate::types::decode(input)?).await?, form),
        "DescribeLookupTables" => crate::types::encode(&svc.describe_lookup_tables(ctx, crate::types::decode(input)?).await?, form),
        "DescribeMetricFilters" => crate::types::encode(&svc.describe_metric_filters(ctx, crate::types::decode(input)?).await?, form),
        "DescribeQueries" => crate::types::encode(&svc.describe_queries(ctx, crate::types::decode(input)?).await?, form),
        "DescribeQueryDefinitions" => crate::types::encode(&svc.describe_query_definitions(ctx, crate::types::decode(input)?).await?, form),
        "DescribeResourcePolicies" => crate::types::encode(&svc.describe_resource_policies(ctx, crate::types::decode(input)?).await?, form),
        "DescribeSubscriptionFilters" => crate::types::encode(&svc.describe_subscription_filters(ctx, crate::types::decode(input)?).await?, form),
        "DisassociateKmsKey" => crate::types::encode(&svc.disassociate_kms_key(ctx, crate::types::decode(input)?).await?, form),
        "DisassociateSourceFromS3TableIntegration" => crate::types::encode(&svc.disassociate_source_from_s3_table_integration(ctx, crate::types::decode(input)?).await?, form),
        "FilterLogEvents" => crate::types::encode(&svc.filter_log_events(ctx, crate::types::decode(input)?).await?, form),
        "GetDataProtectionPolicy" => crate::types::encode(&svc.get_data_protection_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetDelivery" => crate::types::encode(&svc.get_delivery(ctx, crate::types::decode(input)?).await?, form),
        "GetDeliveryDestination" => crate::types::encode(&svc.get_delivery_destination(ctx, crate::types::decode(input)?).await?, form),
        "GetDeliveryDestinationPolicy" => crate::types::encode(&svc.get_delivery_destination_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetDeliverySource" => crate::types::encode(&svc.get_delivery_source(ctx, crate::types::decode(input)?).await?, form),
        "GetIntegration" => crate::types::encode(&svc.get_integration(ctx, crate::types::decode(input)?).await?, form),
        "GetLogAnomalyDetector" => crate::types::encode(&svc.get_log_anomaly_detector(ctx, crate::types::decode(input)?).await?, form),
        "GetLogEvents" => crate::types::encode(&svc.get_log_events(ctx, crate::types::decode(input)?).await?, form),
        "GetLogFields" => crate::types::encode(&svc.get_log_fields(ctx, crate::types::decode(input)?).await?, form),
        "GetLogGroupFields" => crate::types::encode(&svc.get_log_group_fields(ctx, crate::types::decode(input)?).await?, form),
        "GetLogObject" => crate::types::encode(&svc.get_log_object(ctx, crate::types::decode(input)?).await?, form),
        "GetLogRecord" => crate::types::encode(&svc.get_log_record(ctx, crate::types::decode(input)?).await?, form),
        "GetLookupTable" => crate::types::encode(&svc.get_lookup_table(ctx, crate::types::decode(input)?).await?, form),
        "GetQueryResults" => crate::types::encode(&svc.get_query_results(ctx, crate::types::decode(input)?).await?, form),
        "GetScheduledQuery" => crate::types::encode(&svc.get_scheduled_query(ctx, crate::types::decode(input)?).await?, form),
        "GetScheduledQueryHistory" => crate::types::encode(&svc.get_scheduled_query_history(ctx, crate::types::decode(input)?).await?, form),
        "GetStorageTierPolicy" => crate::types::encode(&svc.get_storage_tier_policy(ctx, crate::types::decode(input)?).await?, form),
        "GetTransformer" => crate::types::encode(&svc.get_transformer(ctx, crate::types::decode(input)?).await?, form),
        "ListAggregateLogGroupSummaries" => crate::types::encode(&svc.list_aggregate_log_group_summaries(ctx, crate::types::decode(input)?).await?, form),
        "ListAnomalies" => crate::types::encode(&svc.list_anomalies(ctx, crate::types::decode(input)?).await?, form),
        "ListIntegrations" => crate::types::encode(&svc.list_integrations(ctx, crate::types::decode(input)?).await?, form),
        "ListLogAnomalyDetectors" => crate::types::encode(&svc.list_log_anomaly_detectors(ctx, crate::types::decode(input)?).await?, form),
        "ListLogGroups" => crate::types::encode(&svc.list_log_groups(ctx, crate::types::decode(input)?).await?, form),
        "ListLogGroupsForQuery" => crate::types::encode(&svc.list_log_groups_for_query(ctx, crate::types::decode(input)?).await?, form),
        "ListScheduledQueries" => crate::types::encode(&svc.list_scheduled_queries(ctx, crate::types::decode(input)?).await?, form),
        "ListSourcesForS3TableIntegration" => crate::types::encode(&svc.list_sources_for_s3_table_integration(ctx, crate::types::decode(input)?).await?, form),
        "ListSyslogConfigurations" => crate::types::encode(&svc.list_syslog_configurations(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsForResource" => crate::types::encode(&svc.list_tags_for_resource(ctx, crate::types::decode(input)?).await?, form),
        "ListTagsLogGroup" => crate::types::encode(&svc.list_tags_log_group(ctx, crate::types::decode(input)?).await?, form),
        "PutAccountPolicy" => crate::types::encode(&svc.put_account_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutBearerTokenAuthentication" => crate::types::encode(&svc.put_bearer_token_authentication(ctx, crate::types::decode(input)?).await?, form),
        "PutDataProtectionPolicy" => crate::types::encode(&svc.put_data_protection_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutDeliveryDestination" => crate::types::encode(&svc.put_delivery_destination(ctx, crate::types::decode(input)?).await?, form),
        "PutDeliveryDestinationPolicy" => crate::types::encode(&svc.put_delivery_destination_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutDeliverySource" => crate::types::encode(&svc.put_delivery_source(ctx, crate::types::decode(input)?).await?, form),
        "PutDestination" => crate::types::encode(&svc.put_destination(ctx, crate::types::decode(input)?).await?, form),
        "PutDestinationPolicy" => crate::types::encode(&svc.put_destination_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutIndexPolicy" => crate::types::encode(&svc.put_index_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutIntegration" => crate::types::encode(&svc.put_integration(ctx, crate::types::decode(input)?).await?, form),
        "PutLogEvents" => crate::types::encode(&svc.put_log_events(ctx, crate::types::decode(input)?).await?, form),
        "PutLogGroupDeletionProtection" => crate::types::encode(&svc.put_log_group_deletion_protection(ctx, crate::types::decode(input)?).await?, form),
        "PutMetricFilter" => crate::types::encode(&svc.put_metric_filter(ctx, crate::types::decode(input)?).await?, form),
        "PutQueryDefinition" => crate::types::encode(&svc.put_query_definition(ctx, crate::types::decode(input)?).await?, form),
        "PutResourcePolicy" => crate::types::encode(&svc.put_resource_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutRetentionPolicy" => crate::types::encode(&svc.put_retention_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutStorageTierPolicy" => crate::types::encode(&svc.put_storage_tier_policy(ctx, crate::types::decode(input)?).await?, form),
        "PutSubscriptionFilter" => crate::types::encode(&svc.put_subscription_filter(ctx, crate::types::decode(input)?).await?, form),
        "PutSyslogConfiguration" => crate::types::encode(&svc.put_syslog_configuration(ctx, crate::types::decode(input)?).await?, form),
        "PutTransformer" => crate::types::encode(&svc.put_transformer(ctx, crate::types::decode(input)?).await?, form),
        "StartLiveTail" => crate::types::encode(&svc.start_live_tail(ctx, crate::types::decode(input)?).await?, form),
        "StartQuery" => crate::types::encode(&svc.start_query(ctx, crate::types::decode(input)?).await?, form),
        "StopQuery" => crate::types::encode(&svc.stop_query(ctx, crate::types::decode(input)?).await?, form),
        "TagLogGroup" => crate::types::encode(&svc.tag_log_group(ctx, crate::types::decode(input)?).await?, form),
        "TagResource" => crate::types::encode(&svc.tag_resource(ctx, crate::types::decode(input)?).await?, form),
        "TestMetricFilter" => crate::types::encode(&svc.test_metric_filter(ctx, crate::types::decode(input)?).await?, form),
        "TestTransformer" => crate::types::encode(&svc.test_transformer(ctx, crate::types::decode(input)?).await?, form),
        "UntagLogGroup" => crate::types::encode(&svc.untag_log_group(ctx, crate::types::decode(input)?).await?, form),
        "UntagResource" => crate::types::encode(&svc.untag_resource(ctx, crate::types::decode(input)?).await?, form),
        "UpdateAnomaly" => crate::types::encode(&svc.update_anomaly(ctx, crate::types::decode(input)?).await?, form),
        "UpdateDeliveryConfiguration" => crate::types::encode(&svc.update_delivery_configuration(ctx, crate::types::decode(input)?).await?, form),
        "UpdateLogAnomalyDetector" => crate::types::encode(&svc.update_log_anomaly_detector(ctx, crate::types::decode(input)?).await?, form),
        "UpdateLookupTable" => crate::types::encode(&svc.update_lookup_table(ctx, crate::types::decode(input)?).await?, form),
        "UpdateScheduledQuery" => crate::types::encode(&svc.update_scheduled_query(ctx, crate::types::decode(input)?).await?, form),
        _ => Err(AwsError::new("UnknownOperationException", format!("Unknown operation {operation}"))),
    }
}
