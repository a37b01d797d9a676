//! Namespaces (HTTP, private DNS, public DNS: create, update, delete, get, list with
//! filters), the operations each change starts (GetOperation, ListOperations), and tags on
//! namespaces and services.
//!
//! It never touches instances; a namespace that still holds services is never deleted.

use super::api::*;
use super::state::{
    NamespaceRecord, OperationRecord, ServiceRecord, Tables, hosted_zone_id, namespace_id, page,
};
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::storage::Store;
use crate::types::Timestamp;

/// An id, or the ARN of a shared resource (its last path segment).
pub fn plain_id(id: &str) -> &str {
    if id.starts_with("arn:") {
        id.rsplit('/').next().unwrap_or(id)
    } else {
        id
    }
}

struct NewNamespace {
    name: String,
    kind: &'static str,
    creator_request_id: Option<String>,
    description: Option<String>,
    vpc: Option<String>,
    soa_ttl: Option<i64>,
    tags: Vec<Tag>,
}

fn create(store: &Store, ctx: &Context, n: NewNamespace) -> AwsResult<String> {
    let t = Tables::new(store, ctx);
    let now = ctx.clock.now_millis();
    for existing in t.namespaces()? {
        let ns = &existing.namespace;
        // A DNS namespace is also an HTTP namespace of the same name; private DNS names
        // repeat only across VPCs.
        let kind = ns.r#type.as_deref().unwrap_or_default();
        let same = ns.name.as_deref() == Some(n.name.as_str())
            && (n.kind == "HTTP" || kind == "HTTP" || (kind == n.kind && existing.vpc == n.vpc));
        if !same {
            continue;
        }
        if n.creator_request_id.is_some() && ns.creator_request_id == n.creator_request_id {
            // A retry of the same request: the namespace it created, a fresh operation.
            return t.operation(
                "CREATE_NAMESPACE",
                &[("NAMESPACE", ns.id.as_deref().unwrap_or_default())],
                now,
                None,
            );
        }
        return Err(ErrorCode::NamespaceAlreadyExists
            .with(format!("Namespace with name {} already exists.", n.name))
            .with_field(
                "CreatorRequestId",
                ns.creator_request_id.clone().unwrap_or_default(),
            )
            .with_field("NamespaceId", ns.id.clone().unwrap_or_default()));
    }
    if n.tags.len() > 200 {
        return Err(ErrorCode::TooManyTagsException.with("A resource can have at most 200 tags."));
    }
    let id = namespace_id();
    let dns = n.kind != "HTTP";
    let namespace = Namespace {
        id: Some(id.clone()),
        arn: Some(t.arn("namespace", &id)),
        resource_owner: Some(ctx.account.clone()),
        name: Some(n.name.clone()),
        r#type: Some(n.kind.into()),
        description: n.description,
        service_count: Some(0),
        properties: Some(NamespaceProperties {
            dns_properties: dns.then(|| DnsProperties {
                hosted_zone_id: Some(hosted_zone_id()),
                soa: Some(SOA {
                    ttl: Some(n.soa_ttl.unwrap_or(15)),
                }),
            }),
            http_properties: Some(HttpProperties {
                http_name: Some(n.name),
            }),
        }),
        create_date: Some(Timestamp::from_millis(now)),
        creator_request_id: n.creator_request_id,
    };
    t.put(
        "ns",
        &id,
        &NamespaceRecord {
            namespace,
            vpc: n.vpc,
            tags: n.tags,
        },
    )?;
    t.operation("CREATE_NAMESPACE", &[("NAMESPACE", &id)], now, None)
}

fn check_dns_name(name: &str) -> AwsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 253
        && name.trim_end_matches('.').split('.').all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && !l.starts_with('-')
                && !l.ends_with('-')
        });
    if !ok {
        return Err(
            ErrorCode::InvalidInput.with(format!("Namespace name {name} is not a valid DNS name."))
        );
    }
    Ok(())
}

pub fn create_http(
    store: &Store,
    ctx: &Context,
    i: CreateHttpNamespaceRequest,
) -> AwsResult<CreateHttpNamespaceResponse> {
    let id = create(
        store,
        ctx,
        NewNamespace {
            name: i.name.unwrap_or_default(),
            kind: "HTTP",
            creator_request_id: i.creator_request_id,
            description: i.description,
            vpc: None,
            soa_ttl: None,
            tags: i.tags.unwrap_or_default(),
        },
    )?;
    Ok(CreateHttpNamespaceResponse {
        operation_id: Some(id),
    })
}

pub fn create_private(
    store: &Store,
    ctx: &Context,
    i: CreatePrivateDnsNamespaceRequest,
) -> AwsResult<CreatePrivateDnsNamespaceResponse> {
    let name = i.name.unwrap_or_default();
    check_dns_name(&name)?;
    let id = create(
        store,
        ctx,
        NewNamespace {
            name,
            kind: "DNS_PRIVATE",
            creator_request_id: i.creator_request_id,
            description: i.description,
            vpc: i.vpc,
            soa_ttl: i
                .properties
                .and_then(|p| p.dns_properties)
                .and_then(|d| d.soa)
                .and_then(|s| s.ttl),
            tags: i.tags.unwrap_or_default(),
        },
    )?;
    Ok(CreatePrivateDnsNamespaceResponse {
        operation_id: Some(id),
    })
}

pub fn create_public(
    store: &Store,
    ctx: &Context,
    i: CreatePublicDnsNamespaceRequest,
) -> AwsResult<CreatePublicDnsNamespaceResponse> {
    let name = i.name.unwrap_or_default();
    check_dns_name(&name)?;
    let id = create(
        store,
        ctx,
        NewNamespace {
            name,
            kind: "DNS_PUBLIC",
            creator_request_id: i.creator_request_id,
            description: i.description,
            vpc: None,
            soa_ttl: i
                .properties
                .and_then(|p| p.dns_properties)
                .and_then(|d| d.soa)
                .and_then(|s| s.ttl),
            tags: i.tags.unwrap_or_default(),
        },
    )?;
    Ok(CreatePublicDnsNamespaceResponse {
        operation_id: Some(id),
    })
}

/// Applies a namespace change; the type must be the one the operation is for.
fn change(
    store: &Store,
    ctx: &Context,
    id: &str,
    kind: &str,
    description: Option<String>,
    soa_ttl: Option<i64>,
) -> AwsResult<String> {
    let t = Tables::new(store, ctx);
    let id = plain_id(id);
    let mut rec = t.namespace(id)?;
    if rec.namespace.r#type.as_deref() != Some(kind) {
        return Err(ErrorCode::InvalidInput.with(format!(
            "Namespace {id} is of type {}, not {kind}.",
            rec.namespace.r#type.as_deref().unwrap_or_default()
        )));
    }
    if let Some(d) = description {
        rec.namespace.description = Some(d);
    }
    if let Some(ttl) = soa_ttl
        && let Some(dns) = rec
            .namespace
            .properties
            .as_mut()
            .and_then(|p| p.dns_properties.as_mut())
    {
        dns.soa = Some(SOA { ttl: Some(ttl) });
    }
    t.put("ns", id, &rec)?;
    t.operation(
        "UPDATE_NAMESPACE",
        &[("NAMESPACE", id)],
        ctx.clock.now_millis(),
        None,
    )
}

pub fn update_http(
    store: &Store,
    ctx: &Context,
    i: UpdateHttpNamespaceRequest,
) -> AwsResult<UpdateHttpNamespaceResponse> {
    let desc = i.namespace.and_then(|n| n.description);
    let op = change(
        store,
        ctx,
        i.id.as_deref().unwrap_or_default(),
        "HTTP",
        desc,
        None,
    )?;
    Ok(UpdateHttpNamespaceResponse {
        operation_id: Some(op),
    })
}

pub fn update_private(
    store: &Store,
    ctx: &Context,
    i: UpdatePrivateDnsNamespaceRequest,
) -> AwsResult<UpdatePrivateDnsNamespaceResponse> {
    let n = i.namespace.unwrap_or_default();
    let ttl = n
        .properties
        .and_then(|p| p.dns_properties)
        .and_then(|d| d.soa)
        .and_then(|s| s.ttl);
    let op = change(
        store,
        ctx,
        i.id.as_deref().unwrap_or_default(),
        "DNS_PRIVATE",
        n.description,
        ttl,
    )?;
    Ok(UpdatePrivateDnsNamespaceResponse {
        operation_id: Some(op),
    })
}

pub fn update_public(
    store: &Store,
    ctx: &Context,
    i: UpdatePublicDnsNamespaceRequest,
) -> AwsResult<UpdatePublicDnsNamespaceResponse> {
    let n = i.namespace.unwrap_or_default();
    let ttl = n
        .properties
        .and_then(|p| p.dns_properties)
        .and_then(|d| d.soa)
        .and_then(|s| s.ttl);
    let op = change(
        store,
        ctx,
        i.id.as_deref().unwrap_or_default(),
        "DNS_PUBLIC",
        n.description,
        ttl,
    )?;
    Ok(UpdatePublicDnsNamespaceResponse {
        operation_id: Some(op),
    })
}

fn service_count(t: &Tables<'_>, ns_id: &str) -> AwsResult<i32> {
    Ok(t.services()?
        .iter()
        .filter(|s| s.service.namespace_id.as_deref() == Some(ns_id))
        .count() as i32)
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteNamespaceRequest,
) -> AwsResult<DeleteNamespaceResponse> {
    let t = Tables::new(store, ctx);
    let id = plain_id(i.id.as_deref().unwrap_or_default()).to_string();
    t.namespace(&id)?;
    if service_count(&t, &id)? > 0 {
        return Err(ErrorCode::ResourceInUse.with(format!(
            "Namespace {id} has associated services, delete them first."
        )));
    }
    t.delete("ns", &id)?;
    let op = t.operation(
        "DELETE_NAMESPACE",
        &[("NAMESPACE", &id)],
        ctx.clock.now_millis(),
        None,
    )?;
    Ok(DeleteNamespaceResponse {
        operation_id: Some(op),
    })
}

fn view(t: &Tables<'_>, rec: NamespaceRecord) -> AwsResult<Namespace> {
    let mut ns = rec.namespace;
    ns.service_count = Some(service_count(t, ns.id.as_deref().unwrap_or_default())?);
    Ok(ns)
}

pub fn get(
    store: &Store,
    ctx: &Context,
    i: GetNamespaceRequest,
) -> AwsResult<GetNamespaceResponse> {
    let t = Tables::new(store, ctx);
    let rec = t.namespace(plain_id(i.id.as_deref().unwrap_or_default()))?;
    Ok(GetNamespaceResponse {
        namespace: Some(view(&t, rec)?),
    })
}

/// Does `value` pass a filter of `condition` (EQ, IN, BEGINS_WITH, BETWEEN) over `values`?
pub fn passes(condition: Option<&str>, values: &[String], value: &str) -> bool {
    match condition.unwrap_or("EQ") {
        "IN" => values.iter().any(|v| v == value),
        "BEGINS_WITH" => values.iter().any(|v| value.starts_with(v.as_str())),
        _ => values.first().is_some_and(|v| v == value),
    }
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListNamespacesRequest,
) -> AwsResult<ListNamespacesResponse> {
    let t = Tables::new(store, ctx);
    let filters = i.filters.unwrap_or_default();
    let mut rows = Vec::new();
    for rec in t.namespaces()? {
        let ns = view(&t, rec)?;
        let ok = filters.iter().all(|f| {
            let values = f.values.as_deref().unwrap_or_default();
            let cond = f.condition.as_deref();
            match f.name.as_deref() {
                Some("TYPE") => passes(cond, values, ns.r#type.as_deref().unwrap_or_default()),
                Some("NAME") => passes(cond, values, ns.name.as_deref().unwrap_or_default()),
                Some("HTTP_NAME") => passes(
                    cond,
                    values,
                    ns.properties
                        .as_ref()
                        .and_then(|p| p.http_properties.as_ref())
                        .and_then(|h| h.http_name.as_deref())
                        .unwrap_or_default(),
                ),
                Some("RESOURCE_OWNER") => passes(cond, values, &ctx.account),
                _ => true,
            }
        });
        if ok {
            let key = ns.id.clone().unwrap_or_default();
            rows.push((
                key,
                NamespaceSummary {
                    id: ns.id,
                    arn: ns.arn,
                    resource_owner: ns.resource_owner,
                    name: ns.name,
                    r#type: ns.r#type,
                    description: ns.description,
                    service_count: ns.service_count,
                    properties: ns.properties,
                    create_date: ns.create_date,
                },
            ));
        }
    }
    let (namespaces, next_token) = page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(ListNamespacesResponse {
        namespaces: Some(namespaces),
        next_token,
    })
}

pub fn get_operation(
    store: &Store,
    ctx: &Context,
    i: GetOperationRequest,
) -> AwsResult<GetOperationResponse> {
    let t = Tables::new(store, ctx);
    let id = i.operation_id.unwrap_or_default();
    let op: OperationRecord = t
        .get("op", &id)?
        .ok_or_else(|| ErrorCode::OperationNotFound.with(format!("Operation {id} not found.")))?;
    Ok(GetOperationResponse {
        operation: Some(op.view(&ctx.account, ctx.clock.now_millis())),
    })
}

pub fn list_operations(
    store: &Store,
    ctx: &Context,
    i: ListOperationsRequest,
) -> AwsResult<ListOperationsResponse> {
    let t = Tables::new(store, ctx);
    let now = ctx.clock.now_millis();
    let filters = i.filters.unwrap_or_default();
    let mut ops: Vec<Operation> = t
        .all::<OperationRecord>("op", "")?
        .iter()
        .map(|o| o.view(&ctx.account, now))
        .collect();
    ops.sort_by_key(|o| std::cmp::Reverse(o.create_date.map(|d| d.millis())));
    let mut rows = Vec::new();
    for (n, op) in ops.into_iter().enumerate() {
        let targets = op.targets.clone().unwrap_or_default();
        let ok = filters.iter().all(|f| {
            let values = f.values.as_deref().unwrap_or_default();
            let cond = f.condition.as_deref();
            match f.name.as_deref() {
                Some("NAMESPACE_ID") => passes(
                    cond,
                    values,
                    targets.get("NAMESPACE").map_or("", String::as_str),
                ),
                Some("SERVICE_ID") => passes(
                    cond,
                    values,
                    targets.get("SERVICE").map_or("", String::as_str),
                ),
                Some("STATUS") => passes(cond, values, op.status.as_deref().unwrap_or_default()),
                Some("TYPE") => passes(cond, values, op.r#type.as_deref().unwrap_or_default()),
                Some("UPDATE_DATE") => {
                    let at = op.update_date.map_or(0.0, |d| d.as_secs_f64());
                    let bound = |k: usize| values.get(k).and_then(|v| v.parse::<f64>().ok());
                    matches!((bound(0), bound(1)), (Some(a), Some(b)) if a <= at && at <= b)
                }
                _ => true,
            }
        });
        if ok {
            rows.push((
                format!("{n:08}"),
                OperationSummary {
                    id: op.id,
                    status: op.status,
                },
            ));
        }
    }
    let (operations, next_token) = page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(ListOperationsResponse {
        operations: Some(operations),
        next_token,
    })
}

// Tags, on namespaces and services.

fn not_found(arn: &str) -> AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("Resource {arn} not found."))
}

enum Tagged {
    Namespace(String, NamespaceRecord),
    Service(String, ServiceRecord),
}

fn tagged(t: &Tables<'_>, arn: &str) -> AwsResult<Tagged> {
    let id = plain_id(arn).to_string();
    if arn.starts_with(&t.arn("namespace", "")) {
        let rec = t.get("ns", &id)?.ok_or_else(|| not_found(arn))?;
        return Ok(Tagged::Namespace(id, rec));
    }
    if arn.starts_with(&t.arn("service", "")) {
        let rec = t.get("svc", &id)?.ok_or_else(|| not_found(arn))?;
        return Ok(Tagged::Service(id, rec));
    }
    Err(not_found(arn))
}

fn edit_tags(
    store: &Store,
    ctx: &Context,
    arn: &str,
    f: impl FnOnce(&mut Vec<Tag>) -> AwsResult<()>,
) -> AwsResult<Vec<Tag>> {
    let t = Tables::new(store, ctx);
    match tagged(&t, arn)? {
        Tagged::Namespace(id, mut rec) => {
            f(&mut rec.tags)?;
            t.put("ns", &id, &rec)?;
            Ok(rec.tags)
        }
        Tagged::Service(id, mut rec) => {
            f(&mut rec.tags)?;
            t.put("svc", &id, &rec)?;
            Ok(rec.tags)
        }
    }
}

pub fn tag(store: &Store, ctx: &Context, i: TagResourceRequest) -> AwsResult<TagResourceResponse> {
    let new = i.tags.unwrap_or_default();
    edit_tags(
        store,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |tags| {
            for tg in new {
                match tags.iter_mut().find(|x| x.key == tg.key) {
                    Some(x) => x.value = tg.value,
                    None => tags.push(tg),
                }
            }
            if tags.len() > 200 {
                return Err(
                    ErrorCode::TooManyTagsException.with("A resource can have at most 200 tags.")
                );
            }
            Ok(())
        },
    )?;
    Ok(TagResourceResponse {})
}

pub fn untag(
    store: &Store,
    ctx: &Context,
    i: UntagResourceRequest,
) -> AwsResult<UntagResourceResponse> {
    let keys = i.tag_keys.unwrap_or_default();
    edit_tags(
        store,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |tags| {
            tags.retain(|x| !x.key.as_ref().is_some_and(|k| keys.contains(k)));
            Ok(())
        },
    )?;
    Ok(UntagResourceResponse {})
}

pub fn list_tags(
    store: &Store,
    ctx: &Context,
    i: ListTagsForResourceRequest,
) -> AwsResult<ListTagsForResourceResponse> {
    let tags = edit_tags(
        store,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |_| Ok(()),
    )?;
    Ok(ListTagsForResourceResponse { tags: Some(tags) })
}
