//! Services: CreateService (DNS records checked against the namespace and each other),
//! UpdateService, DeleteService, GetService, ListServices with filters, and service
//! attributes.
//!
//! It never deletes a service that still has registered instances.

use super::api::*;
use super::namespace::{passes, plain_id};
use super::state::{ServiceRecord, Tables, page, service_id};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

fn invalid(msg: impl Into<String>) -> crate::error::AwsError {
    ErrorCode::InvalidInput.with(msg)
}

/// Checks a DNS configuration's records: known types, no repeats, CNAME alone and WEIGHTED.
fn check_records(records: &[DnsRecord], routing: &str) -> AwsResult<()> {
    if records.is_empty() {
        return Err(invalid("DnsConfig must contain at least one DnsRecord."));
    }
    let types: Vec<&str> = records
        .iter()
        .map(|r| r.r#type.as_deref().unwrap_or_default())
        .collect();
    for (i, t) in types.iter().enumerate() {
        if types[..i].contains(t) {
            return Err(invalid(format!(
                "DnsRecords contains more than one record of type {t}."
            )));
        }
    }
    if types.contains(&"CNAME") && (types.len() > 1 || routing != "WEIGHTED") {
        return Err(invalid(
            "A CNAME record must be the only DnsRecord and requires the WEIGHTED routing policy.",
        ));
    }
    Ok(())
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateServiceRequest,
) -> AwsResult<CreateServiceResponse> {
    let t = Tables::new(store, ctx);
    let ns_id = i
        .namespace_id
        .clone()
        .or_else(|| i.dns_config.as_ref().and_then(|d| d.namespace_id.clone()))
        .ok_or_else(|| invalid("NamespaceId is required."))?;
    let ns_id = plain_id(&ns_id).to_string();
    let ns = t.namespace(&ns_id)?.namespace;
    let kind = ns.r#type.clone().unwrap_or_default();
    let name = i.name.clone().unwrap_or_default();
    for s in t.services()? {
        if s.service.namespace_id.as_deref() == Some(ns_id.as_str())
            && s.service.name.as_deref() == Some(name.as_str())
        {
            if i.creator_request_id.is_some()
                && s.service.creator_request_id == i.creator_request_id
            {
                return Ok(CreateServiceResponse {
                    service: Some(s.service),
                });
            }
            return Err(ErrorCode::ServiceAlreadyExists
                .with(format!(
                    "Service with name {name} already exists in namespace {ns_id}."
                ))
                .with_field(
                    "CreatorRequestId",
                    s.service.creator_request_id.clone().unwrap_or_default(),
                )
                .with_field("ServiceId", s.service.id.clone().unwrap_or_default())
                .with_field("ServiceArn", s.service.arn.clone().unwrap_or_default()));
        }
    }
    let mut dns = i.dns_config.clone();
    if let Some(d) = &mut dns {
        if kind == "HTTP" {
            return Err(invalid(format!(
                "DnsConfig is not allowed for services in HTTP namespace {ns_id}."
            )));
        }
        let routing = d
            .routing_policy
            .get_or_insert_with(|| "MULTIVALUE".into())
            .clone();
        check_records(d.dns_records.as_deref().unwrap_or_default(), &routing)?;
        d.namespace_id = None;
    }
    if i.health_check_config.is_some() {
        if i.health_check_custom_config.is_some() {
            return Err(invalid(
                "HealthCheckConfig and HealthCheckCustomConfig cannot both be specified.",
            ));
        }
        if kind != "DNS_PUBLIC" {
            return Err(invalid(
                "HealthCheckConfig is only valid for services in public DNS namespaces.",
            ));
        }
    }
    let stype = match (i.r#type.as_deref(), &dns) {
        (Some("HTTP"), Some(_)) => {
            return Err(invalid("A service of type HTTP cannot have a DnsConfig."));
        }
        (Some("HTTP"), None) | (None, None) => "HTTP",
        (_, Some(_)) => "DNS_HTTP",
        (Some(other), None) => {
            return Err(invalid(format!(
                "Service type {other} requires a DnsConfig."
            )));
        }
    };
    let id = service_id();
    let service = Service {
        id: Some(id.clone()),
        arn: Some(t.arn("service", &id)),
        resource_owner: Some(ctx.account.clone()),
        name: Some(name),
        namespace_id: Some(ns_id),
        description: i.description,
        instance_count: Some(0),
        dns_config: dns,
        r#type: Some(stype.into()),
        health_check_config: i.health_check_config,
        health_check_custom_config: i.health_check_custom_config,
        create_date: Some(Timestamp::from_millis(ctx.clock.now_millis())),
        creator_request_id: i.creator_request_id,
        created_by_account: Some(ctx.account.clone()),
    };
    t.put(
        "svc",
        &id,
        &ServiceRecord {
            service: service.clone(),
            tags: i.tags.unwrap_or_default(),
            ..Default::default()
        },
    )?;
    Ok(CreateServiceResponse {
        service: Some(service),
    })
}

fn view(t: &Tables<'_>, rec: &ServiceRecord) -> AwsResult<Service> {
    let mut s = rec.service.clone();
    s.instance_count = Some(t.instances(s.id.as_deref().unwrap_or_default())?.len() as i32);
    Ok(s)
}

pub fn get(store: &Store, ctx: &Context, i: GetServiceRequest) -> AwsResult<GetServiceResponse> {
    let t = Tables::new(store, ctx);
    let rec = t.service(plain_id(i.id.as_deref().unwrap_or_default()))?;
    Ok(GetServiceResponse {
        service: Some(view(&t, &rec)?),
    })
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateServiceRequest,
) -> AwsResult<UpdateServiceResponse> {
    let t = Tables::new(store, ctx);
    let id = plain_id(i.id.as_deref().unwrap_or_default()).to_string();
    let mut rec = t.service(&id)?;
    let change = i.service.unwrap_or_default();
    if let Some(d) = change.description {
        rec.service.description = Some(d);
    }
    if let Some(dc) = change.dns_config {
        let Some(current) = rec.service.dns_config.as_mut() else {
            return Err(invalid(format!("Service {id} has no DnsConfig to change.")));
        };
        let new = dc.dns_records.unwrap_or_default();
        let old_types: Vec<Option<String>> = current
            .dns_records
            .iter()
            .flatten()
            .map(|r| r.r#type.clone())
            .collect();
        let new_types: Vec<Option<String>> = new.iter().map(|r| r.r#type.clone()).collect();
        if old_types != new_types {
            return Err(invalid(
                "UpdateService can change the TTLs of the DnsRecords, not their types.",
            ));
        }
        current.dns_records = Some(new);
    }
    if let Some(h) = change.health_check_config {
        if rec.service.health_check_config.is_none() {
            return Err(invalid(format!(
                "Service {id} was not created with a HealthCheckConfig."
            )));
        }
        rec.service.health_check_config = Some(h);
    }
    t.put("svc", &id, &rec)?;
    let op = t.operation(
        "UPDATE_SERVICE",
        &[("SERVICE", &id)],
        ctx.clock.now_millis(),
        None,
    )?;
    Ok(UpdateServiceResponse {
        operation_id: Some(op),
    })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteServiceRequest,
) -> AwsResult<DeleteServiceResponse> {
    let t = Tables::new(store, ctx);
    let id = plain_id(i.id.as_deref().unwrap_or_default()).to_string();
    t.service(&id)?;
    if !t.instances(&id)?.is_empty() {
        return Err(ErrorCode::ResourceInUse.with(format!(
            "Service {id} has registered instances, deregister them first."
        )));
    }
    t.delete("svc", &id)?;
    Ok(DeleteServiceResponse {})
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListServicesRequest,
) -> AwsResult<ListServicesResponse> {
    let t = Tables::new(store, ctx);
    let filters = i.filters.unwrap_or_default();
    let mut rows = Vec::new();
    for rec in t.services()? {
        let s = view(&t, &rec)?;
        let ok = filters.iter().all(|f| {
            let values = f.values.as_deref().unwrap_or_default();
            match f.name.as_deref() {
                Some("NAMESPACE_ID") => passes(
                    f.condition.as_deref(),
                    values,
                    s.namespace_id.as_deref().unwrap_or_default(),
                ),
                Some("RESOURCE_OWNER") => passes(f.condition.as_deref(), values, &ctx.account),
                _ => true,
            }
        });
        if ok {
            rows.push((
                s.id.clone().unwrap_or_default(),
                ServiceSummary {
                    id: s.id,
                    arn: s.arn,
                    resource_owner: s.resource_owner,
                    name: s.name,
                    r#type: s.r#type,
                    description: s.description,
                    instance_count: s.instance_count,
                    dns_config: s.dns_config,
                    health_check_config: s.health_check_config,
                    health_check_custom_config: s.health_check_custom_config,
                    create_date: s.create_date,
                    created_by_account: s.created_by_account,
                },
            ));
        }
    }
    let (services, next_token) = page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(ListServicesResponse {
        services: Some(services),
        next_token,
    })
}

pub fn get_attributes(
    store: &Store,
    ctx: &Context,
    i: GetServiceAttributesRequest,
) -> AwsResult<GetServiceAttributesResponse> {
    let t = Tables::new(store, ctx);
    let rec = t.service(plain_id(i.service_id.as_deref().unwrap_or_default()))?;
    Ok(GetServiceAttributesResponse {
        service_attributes: Some(ServiceAttributes {
            service_arn: rec.service.arn.clone(),
            resource_owner: Some(ctx.account.clone()),
            attributes: Some(rec.attributes),
        }),
    })
}

pub fn update_attributes(
    store: &Store,
    ctx: &Context,
    i: UpdateServiceAttributesRequest,
) -> AwsResult<UpdateServiceAttributesResponse> {
    let t = Tables::new(store, ctx);
    let id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let mut rec = t.service(&id)?;
    rec.attributes.extend(i.attributes.unwrap_or_default());
    if rec.attributes.len() > 30 {
        return Err(ErrorCode::ServiceAttributesLimitExceededException
            .with("A service can have at most 30 attributes."));
    }
    t.put("svc", &id, &rec)?;
    Ok(UpdateServiceAttributesResponse {})
}

pub fn delete_attributes(
    store: &Store,
    ctx: &Context,
    i: DeleteServiceAttributesRequest,
) -> AwsResult<DeleteServiceAttributesResponse> {
    let t = Tables::new(store, ctx);
    let id = plain_id(i.service_id.as_deref().unwrap_or_default()).to_string();
    let mut rec = t.service(&id)?;
    for k in i.attributes.unwrap_or_default() {
        rec.attributes.remove(&k);
    }
    t.put("svc", &id, &rec)?;
    Ok(DeleteServiceAttributesResponse {})
}
