//! Instances: RegisterInstance (attributes checked against the service's DNS records),
//! DeregisterInstance, GetInstance, ListInstances, health (GetInstancesHealthStatus,
//! UpdateInstanceCustomHealthStatus), and discovery (DiscoverInstances,
//! DiscoverInstancesRevision).
//!
//! It never registers an instance a DNS record could not be built from.

use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr};

use super::api::*;
use super::namespace::plain_id;
use super::state::{InstanceRecord, ServiceRecord, Tables, page};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

fn invalid(msg: impl Into<String>) -> crate::error::AwsError {
    ErrorCode::InvalidInput.with(msg)
}

fn record_types(s: &Service) -> Vec<String> {
    s.dns_config
        .iter()
        .flat_map(|d| d.dns_records.iter().flatten())
        .filter_map(|r| r.r#type.clone())
        .collect()
}

/// The attributes an instance needs for the service's records, each well formed.
fn check_attributes(s: &Service, attrs: &HashMap<String, String>) -> AwsResult<()> {
    let types = record_types(s);
    let has = |k: &str| attrs.contains_key(k);
    let alias = has("AWS_ALIAS_DNS_NAME");
    if let Some(v) = attrs.get("AWS_INSTANCE_IPV4")
        && v.parse::<Ipv4Addr>().is_err()
    {
        return Err(invalid(format!(
            "AWS_INSTANCE_IPV4 {v} is not a valid IPv4 address."
        )));
    }
    if let Some(v) = attrs.get("AWS_INSTANCE_IPV6")
        && v.parse::<Ipv6Addr>().is_err()
    {
        return Err(invalid(format!(
            "AWS_INSTANCE_IPV6 {v} is not a valid IPv6 address."
        )));
    }
    if let Some(v) = attrs.get("AWS_INSTANCE_PORT")
        && v.parse::<u16>().is_err()
    {
        return Err(invalid(format!(
            "AWS_INSTANCE_PORT {v} is not a valid port (0-65535)."
        )));
    }
    for t in &types {
        let missing = match t.as_str() {
            "A" => !alias && !has("AWS_INSTANCE_IPV4"),
            "AAAA" => !alias && !has("AWS_INSTANCE_IPV6"),
            "SRV" => {
                !has("AWS_INSTANCE_PORT") || !(has("AWS_INSTANCE_IPV4") || has("AWS_INSTANCE_IPV6"))
            }
            "CNAME" => !has("AWS_INSTANCE_CNAME"),
            _ => false,
        };
        if missing {
            let need = match t.as_str() {
                "A" => "AWS_INSTANCE_IPV4",
                "AAAA" => "AWS_INSTANCE_IPV6",
                "SRV" => "AWS_INSTANCE_PORT and AWS_INSTANCE_IPV4 or AWS_INSTANCE_IPV6",
                _ => "AWS_INSTANCE_CNAME",
            };
            return Err(invalid(format!(
                "The service has a DNS record of type {t}: the instance needs {need}."
            )));
        }
    }
    if has("AWS_INSTANCE_CNAME") && !types.iter().any(|t| t == "CNAME") {
        return Err(invalid(
            "AWS_INSTANCE_CNAME is only valid for services with a CNAME record.",
        ));
    }
    if attrs.len() > 30 {
        return Err(invalid("An instance can have at most 30 attributes."));
    }
    Ok(())
}

fn instance_not_found(id: &str) -> crate::error::AwsError {
    ErrorCode::InstanceNotFound.with(format!("Instance {id} not found."))
}

fn bump(t: &Tables<'_>, svc_id: &str, rec: &mut ServiceRecord) -> AwsResult<()> {
    rec.revision += 1;
    Ok(t.put("svc", svc_id, rec)?)
}

pub fn register(
    store: &Store,
    ctx: &Context,
    i: RegisterInstanceRequest,
) -> AwsResult<RegisterInstanceResponse> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let mut svc = t.service(&svc_id)?;
    let id = i.instance_id.unwrap_or_default();
    let attrs = i.attributes.unwrap_or_default();
    check_attributes(&svc.service, &attrs)?;
    let key = format!("{svc_id}/{id}");
    let old: Option<InstanceRecord> = t.get("inst", &key)?;
    let health = old
        .as_ref()
        .map_or_else(|| "HEALTHY".to_string(), |o| o.health.clone());
    t.put(
        "inst",
        &key,
        &InstanceRecord {
            instance: Instance {
                id: Some(id.clone()),
                creator_request_id: i.creator_request_id,
                attributes: Some(attrs),
                created_by_account: Some(ctx.account.clone()),
            },
            health,
        },
    )?;
    bump(&t, &svc_id, &mut svc)?;
    let op = t.operation(
        "REGISTER_INSTANCE",
        &[("SERVICE", &svc_id), ("INSTANCE", &id)],
        ctx.clock.now_millis(),
        None,
    )?;
    Ok(RegisterInstanceResponse {
        operation_id: Some(op),
    })
}

pub fn deregister(
    store: &Store,
    ctx: &Context,
    i: DeregisterInstanceRequest,
) -> AwsResult<DeregisterInstanceResponse> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let mut svc = t.service(&svc_id)?;
    let id = i.instance_id.unwrap_or_default();
    let key = format!("{svc_id}/{id}");
    if t.get::<InstanceRecord>("inst", &key)?.is_none() {
        return Err(instance_not_found(&id));
    }
    t.delete("inst", &key)?;
    bump(&t, &svc_id, &mut svc)?;
    let op = t.operation(
        "DEREGISTER_INSTANCE",
        &[("SERVICE", &svc_id), ("INSTANCE", &id)],
        ctx.clock.now_millis(),
        None,
    )?;
    Ok(DeregisterInstanceResponse {
        operation_id: Some(op),
    })
}

pub fn get(store: &Store, ctx: &Context, i: GetInstanceRequest) -> AwsResult<GetInstanceResponse> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    t.service(&svc_id)?;
    let id = i.instance_id.unwrap_or_default();
    let rec: InstanceRecord = t
        .get("inst", &format!("{svc_id}/{id}"))?
        .ok_or_else(|| instance_not_found(&id))?;
    Ok(GetInstanceResponse {
        resource_owner: Some(ctx.account.clone()),
        instance: Some(rec.instance),
    })
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListInstancesRequest,
) -> AwsResult<ListInstancesResponse> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    t.service(&svc_id)?;
    let rows = t
        .instances(&svc_id)?
        .into_iter()
        .map(|r| {
            (
                r.instance.id.clone().unwrap_or_default(),
                InstanceSummary {
                    id: r.instance.id,
                    attributes: r.instance.attributes,
                    created_by_account: r.instance.created_by_account,
                },
            )
        })
        .collect();
    let (instances, next_token) = page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(ListInstancesResponse {
        resource_owner: Some(ctx.account.clone()),
        instances: Some(instances),
        next_token,
    })
}

/// The health an instance reports: its custom status, or UNKNOWN without health checking.
fn reported(svc: &Service, rec: &InstanceRecord) -> String {
    if svc.health_check_config.is_none() && svc.health_check_custom_config.is_none() {
        "UNKNOWN".into()
    } else {
        rec.health.clone()
    }
}

pub fn health(
    store: &Store,
    ctx: &Context,
    i: GetInstancesHealthStatusRequest,
) -> AwsResult<GetInstancesHealthStatusResponse> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let svc = t.service(&svc_id)?.service;
    let all = t.instances(&svc_id)?;
    let wanted = i.instances.unwrap_or_default();
    for w in &wanted {
        if !all.iter().any(|r| r.instance.id.as_ref() == Some(w)) {
            return Err(instance_not_found(w));
        }
    }
    let rows = all
        .iter()
        .filter(|r| {
            wanted.is_empty() || r.instance.id.as_ref().is_some_and(|id| wanted.contains(id))
        })
        .map(|r| {
            let id = r.instance.id.clone().unwrap_or_default();
            (id.clone(), (id, reported(&svc, r)))
        })
        .collect();
    let (pairs, next_token) = page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(GetInstancesHealthStatusResponse {
        status: Some(pairs.into_iter().collect()),
        next_token,
    })
}

pub fn update_health(
    store: &Store,
    ctx: &Context,
    i: UpdateInstanceCustomHealthStatusRequest,
) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let svc_id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let mut svc = t.service(&svc_id)?;
    if svc.service.health_check_custom_config.is_none() {
        return Err(ErrorCode::CustomHealthNotFound.with(format!(
            "Service {svc_id} has no custom health check configuration."
        )));
    }
    let id = i.instance_id.unwrap_or_default();
    let key = format!("{svc_id}/{id}");
    let mut rec: InstanceRecord = t
        .get("inst", &key)?
        .ok_or_else(|| instance_not_found(&id))?;
    rec.health = i.status.unwrap_or_else(|| "HEALTHY".into());
    t.put("inst", &key, &rec)?;
    bump(&t, &svc_id, &mut svc)?;
    Ok(())
}

/// The service `service` of the namespace whose HTTP name is `namespace`.
fn find_service(t: &Tables<'_>, namespace: &str, service: &str) -> AwsResult<ServiceRecord> {
    let ns = t
        .namespaces()?
        .into_iter()
        .find(|n| {
            n.namespace
                .properties
                .as_ref()
                .and_then(|p| p.http_properties.as_ref())
                .and_then(|h| h.http_name.as_deref())
                == Some(namespace)
        })
        .ok_or_else(|| {
            ErrorCode::NamespaceNotFound.with(format!("Namespace {namespace} not found."))
        })?;
    let ns_id = ns.namespace.id.unwrap_or_default();
    t.services()?
        .into_iter()
        .find(|s| {
            s.service.namespace_id.as_deref() == Some(ns_id.as_str())
                && s.service.name.as_deref() == Some(service)
        })
        .ok_or_else(|| {
            ErrorCode::ServiceNotFound.with(format!(
                "Service {service} not found in namespace {namespace}."
            ))
        })
}

pub fn discover(
    store: &Store,
    ctx: &Context,
    i: DiscoverInstancesRequest,
) -> AwsResult<DiscoverInstancesResponse> {
    let t = Tables::new(store, ctx);
    let ns_name = i.namespace_name.unwrap_or_default();
    let svc_name = i.service_name.unwrap_or_default();
    let svc = find_service(&t, &ns_name, &svc_name)?;
    let svc_id = svc.service.id.clone().unwrap_or_default();
    let checked = svc.service.health_check_config.is_some()
        || svc.service.health_check_custom_config.is_some();
    let query = i.query_parameters.unwrap_or_default();
    let optional = i.optional_parameters.unwrap_or_default();
    let matches = |attrs: &HashMap<String, String>, want: &HashMap<String, String>| {
        want.iter().all(|(k, v)| attrs.get(k) == Some(v))
    };
    let all: Vec<(InstanceRecord, String)> = t
        .instances(&svc_id)?
        .into_iter()
        .map(|r| {
            let h = if checked {
                r.health.clone()
            } else {
                "HEALTHY".into()
            };
            (r, h)
        })
        .filter(|(r, _)| {
            matches(
                r.instance.attributes.as_ref().unwrap_or(&HashMap::new()),
                &query,
            )
        })
        .collect();
    // Optional parameters narrow the answer only when something matches them.
    let narrowed: Vec<&(InstanceRecord, String)> = all
        .iter()
        .filter(|(r, _)| {
            matches(
                r.instance.attributes.as_ref().unwrap_or(&HashMap::new()),
                &optional,
            )
        })
        .collect();
    let pool: Vec<&(InstanceRecord, String)> = if narrowed.is_empty() {
        all.iter().collect()
    } else {
        narrowed
    };
    let wanted = i.health_status.unwrap_or_else(|| "HEALTHY".into());
    let healthy: Vec<&&(InstanceRecord, String)> =
        pool.iter().filter(|(_, h)| h == "HEALTHY").collect();
    let chosen: Vec<&(InstanceRecord, String)> = match wanted.as_str() {
        "ALL" => pool.clone(),
        "UNHEALTHY" => pool
            .iter()
            .filter(|(_, h)| h == "UNHEALTHY")
            .copied()
            .collect(),
        "HEALTHY_OR_ELSE_ALL" if healthy.is_empty() => pool.clone(),
        _ => healthy.into_iter().copied().collect(),
    };
    let max = i.max_results.map_or(100, |m| m.max(1) as usize);
    let instances = chosen
        .into_iter()
        .take(max)
        .map(|(r, h)| HttpInstanceSummary {
            instance_id: r.instance.id.clone(),
            namespace_name: Some(ns_name.clone()),
            service_name: Some(svc_name.clone()),
            health_status: Some(h.clone()),
            attributes: r.instance.attributes.clone(),
        })
        .collect();
    Ok(DiscoverInstancesResponse {
        instances: Some(instances),
        instances_revision: Some(svc.revision),
    })
}

pub fn revision(
    store: &Store,
    ctx: &Context,
    i: DiscoverInstancesRevisionRequest,
) -> AwsResult<DiscoverInstancesRevisionResponse> {
    let t = Tables::new(store, ctx);
    let svc = find_service(
        &t,
        i.namespace_name.as_deref().unwrap_or_default(),
        i.service_name.as_deref().unwrap_or_default(),
    )?;
    Ok(DiscoverInstancesRevisionResponse {
        instances_revision: Some(svc.revision),
    })
}

/// Applies ECS's service-registry changes: a RUNNING task registered with ECS's
/// attributes, a stopping one deregistered. Registries that do not exist are skipped.
pub fn apply_ecs(store: &Store, regs: Vec<crate::services::ecs::registries::Registration>) {
    for reg in regs {
        let t = Tables::scoped(store, &reg.account, &reg.region);
        let svc_id = plain_id(&reg.registry_arn).to_string();
        let Ok(mut svc) = t.service(&svc_id) else {
            tracing::warn!("ECS service registry {} does not exist", reg.registry_arn);
            continue;
        };
        let key = format!("{svc_id}/{}", reg.instance_id);
        let done = match reg.attributes {
            Some(attrs) => t.put(
                "inst",
                &key,
                &InstanceRecord {
                    instance: Instance {
                        id: Some(reg.instance_id.clone()),
                        creator_request_id: None,
                        attributes: Some(attrs),
                        created_by_account: Some(reg.account.clone()),
                    },
                    health: "HEALTHY".into(),
                },
            ),
            None => t.delete("inst", &key),
        }
        .map_err(crate::error::AwsError::from)
        .and_then(|_| bump(&t, &svc_id, &mut svc));
        if let Err(e) = done {
            tracing::error!("ECS service registry {}: {}", reg.registry_arn, e.message);
        }
    }
}
