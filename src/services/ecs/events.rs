//! ECS's EventBridge events: `ECS Task State Change` (the task as DescribeTasks shows it at
//! that change, times in ISO 8601), `ECS Service Action` and `ECS Deployment State Change`
//! (event name and type), each naming its task or service in `resources`.
//!
//! It never delivers anything; EventBridge's sink does.

use serde_json::{Value, json};

use super::state::{Emitted, Region};
use crate::services::events::emit::{ServiceEvent, iso_times};
use crate::types::Timestamp;

pub fn service_events(r: &Region, emitted: Vec<Emitted>) -> Vec<ServiceEvent> {
    emitted
        .into_iter()
        .filter_map(|e| {
            let (detail_type, resources, detail) = match e {
                Emitted::Task(json) => {
                    let mut detail: Value = serde_json::from_str(&json).ok()?;
                    iso_times(&mut detail);
                    let arn = detail["taskArn"].as_str().unwrap_or_default().to_string();
                    ("ECS Task State Change", vec![arn], detail)
                }
                Emitted::Service {
                    arn,
                    cluster_arn,
                    detail_type,
                    event_name,
                    kind,
                    at,
                } => {
                    let when = Timestamp::from_millis(at).to_iso8601();
                    let detail = if detail_type == "ECS Service Action" {
                        json!({"eventType": kind, "eventName": event_name,
                               "clusterArn": cluster_arn, "createdAt": when})
                    } else {
                        json!({"eventType": kind, "eventName": event_name,
                               "clusterArn": cluster_arn, "updatedAt": when})
                    };
                    (detail_type, vec![arn], detail)
                }
            };
            Some(ServiceEvent {
                account: r.account.clone(),
                region: r.region.clone(),
                source: "aws.ecs",
                detail_type,
                resources,
                detail,
            })
        })
        .collect()
}
