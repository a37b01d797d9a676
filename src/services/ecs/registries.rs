//! Service discovery for ECS services: when a task of a service with `serviceRegistries`
//! reaches RUNNING it is registered in each Cloud Map service with ECS's attributes, and it
//! is deregistered when it starts to stop. Registrations queue in the region and are handed
//! to the registrar (Cloud Map) after each round of lifecycle work.
//!
//! It never writes Cloud Map's records itself.

use std::collections::HashMap;
use std::sync::Arc;

use super::state::{Region, TaskRec};

/// One registration to make (attributes) or undo (None).
#[derive(Debug, Clone)]
pub struct Registration {
    pub account: String,
    pub region: String,
    /// The Cloud Map service's ARN.
    pub registry_arn: String,
    /// The task id, Cloud Map's instance id.
    pub instance_id: String,
    pub attributes: Option<HashMap<String, String>>,
}

/// Applies registrations (Cloud Map's side).
pub type Registrar = Arc<dyn Fn(Vec<Registration>) + Send + Sync>;

fn task_id(rec: &TaskRec) -> String {
    rec.task
        .task_arn
        .as_deref()
        .and_then(|a| a.rsplit('/').next())
        .unwrap_or_default()
        .to_string()
}

fn dotted(ip: u32) -> String {
    std::net::Ipv4Addr::from(ip).to_string()
}

/// Queues what a task's move from `from` to `to` means for its service's registries.
pub fn on_phase(r: &mut Region, rec: &TaskRec, from: &str, to: &str) {
    let registering = to == "RUNNING";
    let leaving = from == "RUNNING" && to != "RUNNING";
    if !(registering || leaving) {
        return;
    }
    let Some(name) = &rec.service else { return };
    let Some(svc) = r.services.get(&(rec.cluster.clone(), name.clone())) else {
        return;
    };
    let regs = svc.service.service_registries.clone().unwrap_or_default();
    if regs.is_empty() {
        return;
    }
    let family = rec
        .task
        .task_definition_arn
        .as_deref()
        .and_then(|a| a.rsplit('/').next())
        .and_then(|f| f.split(':').next())
        .unwrap_or_default()
        .to_string();
    for reg in regs {
        let Some(arn) = reg.registry_arn.clone() else {
            continue;
        };
        let attributes = registering.then(|| {
            let mut a = HashMap::new();
            if let Some((_, ip)) = rec.ip {
                a.insert("AWS_INSTANCE_IPV4".to_string(), dotted(ip));
            }
            if let Some(port) = reg.port.or(reg.container_port) {
                a.insert("AWS_INSTANCE_PORT".to_string(), port.to_string());
            }
            a.insert("AWS_INIT_HEALTH_STATUS".to_string(), "HEALTHY".to_string());
            a.insert("ECS_CLUSTER_NAME".to_string(), rec.cluster.clone());
            a.insert("ECS_SERVICE_NAME".to_string(), name.clone());
            a.insert("ECS_TASK_DEFINITION_FAMILY".to_string(), family.clone());
            a.insert("REGION".to_string(), r.region.clone());
            if let Some(az) = &rec.task.availability_zone {
                a.insert("AVAILABILITY_ZONE".to_string(), az.clone());
            }
            a
        });
        r.registrations.push(Registration {
            account: r.account.clone(),
            region: r.region.clone(),
            registry_arn: arn,
            instance_id: task_id(rec),
            attributes,
        });
    }
}
