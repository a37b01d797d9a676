//! Global endpoints: two event buses of one name in two regions, failover routing with a
//! Route 53 health check, replication state; Create (CREATING, then ACTIVE), Describe
//! (endpoint id and URL), Update, Delete, List; PutEvents with an `EndpointId` goes to the
//! primary region's bus (health checks are not evaluated: the primary is always healthy).
//!
//! It never delivers an event itself; `put` does.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::bus::{Tables, bus_name};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct EndpointRec {
    pub name: String,
    pub id: String,
    pub description: Option<String>,
    pub routing_config: Option<RoutingConfig>,
    pub replication_config: Option<ReplicationConfig>,
    pub event_buses: Vec<EndpointEventBus>,
    pub role_arn: Option<String>,
    pub created_ms: i64,
    pub modified_ms: i64,
}

impl EndpointRec {
    fn url(&self) -> String {
        format!("https://{}.endpoint.events.amazonaws.com", self.id)
    }
}

fn not_found(name: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("Endpoint {name} does not exist."))
}

fn load(t: &Tables<'_>, name: &str) -> AwsResult<EndpointRec> {
    t.get("endpoint", name)?.ok_or_else(|| not_found(name))
}

/// Index of endpoint ids (PutEvents through an endpoint is signed for no one Region):
/// `endpoint-id␟id` → `account␟region␟name`.
fn id_key(id: &str) -> Vec<u8> {
    format!("endpoint-id\u{1f}{id}").into_bytes()
}

/// The (account, region) and endpoint of an endpoint id, if it is `account`'s.
pub fn by_id(store: &Store, account: &str, id: &str) -> AwsResult<(String, EndpointRec)> {
    let missing = || super::validation(format!("Endpoint {id} does not exist."));
    let at = store
        .kv
        .get(super::bus::NS, &id_key(id))?
        .ok_or_else(missing)?;
    let text = String::from_utf8_lossy(&at).into_owned();
    let mut parts = text.splitn(3, '\u{1f}');
    let (Some(owner), Some(region), Some(name)) = (parts.next(), parts.next(), parts.next()) else {
        return Err(missing());
    };
    if owner != account {
        return Err(missing());
    }
    let t = Tables::scoped(store, owner, region);
    Ok((region.to_string(), load(&t, name)?))
}

/// The bus an endpoint sends to now: the one in its home (primary) region.
pub fn primary_bus(t: &Tables<'_>, e: &EndpointRec) -> String {
    e.event_buses
        .iter()
        .filter_map(|b| b.event_bus_arn.as_deref())
        .find(|arn| arn.split(':').nth(3) == Some(t.region.as_str()))
        .map_or_else(|| super::bus::DEFAULT.into(), |arn| bus_name(Some(arn)))
}

fn check_name(name: &str) -> AwsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_".contains(c));
    if ok {
        return Ok(());
    }
    Err(super::validation(format!(
        "1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[A-Za-z0-9\\-_]+$"
    )))
}

/// Two buses of one name, in two regions of the caller's account, one of them this region;
/// a failover config naming a health check and a secondary region that is the other bus's.
fn check(
    t: &Tables<'_>,
    buses: &[EndpointEventBus],
    routing: &Option<RoutingConfig>,
) -> AwsResult<()> {
    let arns: Vec<&str> = buses
        .iter()
        .filter_map(|b| b.event_bus_arn.as_deref())
        .collect();
    let parts: Vec<Vec<&str>> = arns.iter().map(|a| a.splitn(6, ':').collect()).collect();
    let same_name = arns.len() == 2 && bus_name(Some(arns[0])) == bus_name(Some(arns[1]));
    let regions: Vec<&str> = parts
        .iter()
        .map(|p| p.get(3).copied().unwrap_or_default())
        .collect();
    let ok = same_name
        && regions.len() == 2
        && regions[0] != regions[1]
        && regions.contains(&t.region.as_str())
        && parts.iter().all(|p| p.get(4) == Some(&t.account.as_str()));
    if !ok {
        return Err(super::validation(
            "Parameter EventBuses is not valid. Reason: an endpoint needs two event buses with the same name in two different Regions of your account, one in this Region.",
        ));
    }
    let here = arns
        .iter()
        .zip(&regions)
        .find(|(_, r)| **r == t.region)
        .map(|(a, _)| *a)
        .unwrap_or_default();
    t.bus(Some(here))?;
    let failover = routing.as_ref().and_then(|r| r.failover_config.as_ref());
    let secondary = failover
        .and_then(|f| f.secondary.as_ref())
        .and_then(|s| s.route.as_deref())
        .unwrap_or_default();
    let health = failover
        .and_then(|f| f.primary.as_ref())
        .and_then(|p| p.health_check.as_deref())
        .unwrap_or_default();
    if !regions.contains(&secondary) || secondary == t.region {
        return Err(super::validation(format!(
            "Parameter RoutingConfig.FailoverConfig.Secondary.Route is not valid. Reason: {secondary} is not the Region of the secondary event bus."
        )));
    }
    if !health.starts_with("arn:aws:route53:::healthcheck/") {
        return Err(super::validation(format!(
            "Parameter RoutingConfig.FailoverConfig.Primary.HealthCheck is not valid. Reason: {health} is not a Route 53 health check ARN."
        )));
    }
    Ok(())
}

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

fn endpoint_id() -> String {
    let mut s: String = (0..10).map(|_| fastrand::lowercase()).collect();
    s.push('.');
    s.extend((0..3).map(|_| fastrand::lowercase()));
    s
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateEndpointRequest,
) -> AwsResult<CreateEndpointResponse> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    check_name(&name)?;
    if t.get::<EndpointRec>("endpoint", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Endpoint {name} already exists.")));
    }
    let buses = i.event_buses.unwrap_or_default();
    check(&t, &buses, &i.routing_config)?;
    let now = ctx.clock.now_millis();
    let e = EndpointRec {
        name: name.clone(),
        id: endpoint_id(),
        description: i.description,
        routing_config: i.routing_config,
        replication_config: Some(i.replication_config.unwrap_or(ReplicationConfig {
            state: Some("ENABLED".into()),
        })),
        event_buses: buses,
        role_arn: i.role_arn,
        created_ms: now,
        modified_ms: now,
    };
    t.put("endpoint", &name, &e)?;
    let mut b = crate::storage::Batch::default();
    b.put(
        id_key(&e.id),
        format!("{}\u{1f}{}\u{1f}{name}", t.account, t.region).into_bytes(),
    );
    store.kv.apply(super::bus::NS, b)?;
    Ok(CreateEndpointResponse {
        name: Some(name.clone()),
        arn: Some(t.arn(&format!("endpoint/{name}"))),
        routing_config: e.routing_config,
        replication_config: e.replication_config,
        event_buses: Some(e.event_buses),
        role_arn: e.role_arn,
        state: Some("CREATING".into()),
    })
}

fn view(t: &Tables<'_>, e: EndpointRec) -> Endpoint {
    Endpoint {
        arn: Some(t.arn(&format!("endpoint/{}", e.name))),
        endpoint_url: Some(e.url()),
        name: Some(e.name),
        description: e.description,
        routing_config: e.routing_config,
        replication_config: e.replication_config,
        event_buses: Some(e.event_buses),
        role_arn: e.role_arn,
        endpoint_id: Some(e.id),
        state: Some("ACTIVE".into()),
        state_reason: None,
        creation_time: ts(e.created_ms),
        last_modified_time: ts(e.modified_ms),
    }
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeEndpointRequest,
) -> AwsResult<DescribeEndpointResponse> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    let e = view(&t, load(&t, &name)?);
    Ok(DescribeEndpointResponse {
        name: e.name,
        description: e.description,
        arn: e.arn,
        routing_config: e.routing_config,
        replication_config: e.replication_config,
        event_buses: e.event_buses,
        role_arn: e.role_arn,
        endpoint_id: e.endpoint_id,
        endpoint_url: e.endpoint_url,
        state: e.state,
        state_reason: e.state_reason,
        creation_time: e.creation_time,
        last_modified_time: e.last_modified_time,
    })
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateEndpointRequest,
) -> AwsResult<UpdateEndpointResponse> {
    let t = Tables::new(store, ctx);
    let mut e = load(&t, i.name.as_deref().unwrap_or_default())?;
    if i.description.is_some() {
        e.description = i.description;
    }
    if i.routing_config.is_some() {
        e.routing_config = i.routing_config;
    }
    if i.replication_config.is_some() {
        e.replication_config = i.replication_config;
    }
    if let Some(b) = i.event_buses {
        e.event_buses = b;
    }
    if i.role_arn.is_some() {
        e.role_arn = i.role_arn;
    }
    check(&t, &e.event_buses, &e.routing_config)?;
    e.modified_ms = ctx.clock.now_millis();
    t.put("endpoint", &e.name, &e)?;
    Ok(UpdateEndpointResponse {
        arn: Some(t.arn(&format!("endpoint/{}", e.name))),
        endpoint_url: Some(e.url()),
        name: Some(e.name),
        routing_config: e.routing_config,
        replication_config: e.replication_config,
        event_buses: Some(e.event_buses),
        role_arn: e.role_arn,
        endpoint_id: Some(e.id),
        state: Some("UPDATING".into()),
    })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteEndpointRequest,
) -> AwsResult<DeleteEndpointResponse> {
    let t = Tables::new(store, ctx);
    let e = load(&t, i.name.as_deref().unwrap_or_default())?;
    t.delete("endpoint", &e.name)?;
    let mut b = crate::storage::Batch::default();
    b.delete(id_key(&e.id));
    store.kv.apply(super::bus::NS, b)?;
    Ok(DeleteEndpointResponse {})
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListEndpointsRequest,
) -> AwsResult<ListEndpointsResponse> {
    let t = Tables::new(store, ctx);
    if i.home_region.as_ref().is_some_and(|r| *r != t.region) {
        return Ok(ListEndpointsResponse {
            endpoints: Some(vec![]),
            next_token: None,
        });
    }
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = t
        .all::<EndpointRec>("endpoint", &prefix)?
        .into_iter()
        .map(|e| (e.name.clone(), view(&t, e)))
        .collect();
    let (endpoints, next_token) = super::page(rows, i.next_token.as_deref(), i.max_results, 100)?;
    Ok(ListEndpointsResponse {
        endpoints: Some(endpoints),
        next_token,
    })
}
