//! API destinations: an HTTP endpoint, method, connection and rate limit that rule targets
//! call; Create, Describe, Update, Delete, List.
//!
//! It never calls the endpoint; the delivery worker does, through `http`.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::bus::Tables;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

/// EventBridge's default invocation rate limit (per second).
pub const DEFAULT_RATE: i32 = 300;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct DestinationRec {
    pub name: String,
    pub id: String,
    pub description: Option<String>,
    pub connection_arn: String,
    pub endpoint: String,
    pub method: String,
    pub rate: i32,
    pub created_ms: i64,
    pub modified_ms: i64,
}

impl DestinationRec {
    pub fn arn(&self, t: &Tables<'_>) -> String {
        t.arn(&format!("api-destination/{}/{}", self.name, self.id))
    }
}

pub fn load(t: &Tables<'_>, name: &str) -> AwsResult<DestinationRec> {
    t.get("destination", name)?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!(
            "Failed to describe the api-destination(s). An api-destination '{name}' does not exist."
        ))
    })
}

/// The destination an ARN names, in its own account and region.
pub fn by_arn(store: &Store, arn: &str) -> Option<DestinationRec> {
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let (region, account, rest) = (parts.get(3)?, parts.get(4)?, parts.get(5)?);
    let name = rest.strip_prefix("api-destination/")?.split('/').next()?;
    let t = Tables::scoped(store, account, region);
    let d: DestinationRec = t.get("destination", name).ok()??;
    (d.arn(&t) == arn).then_some(d)
}

fn check(t: &Tables<'_>, connection: &str, endpoint: &str, rate: i32) -> AwsResult<()> {
    if super::connection::by_arn(t.store, connection).is_none() {
        return Err(ErrorCode::ResourceNotFoundException.with(format!(
            "Connection '{}' does not exist.",
            connection.rsplit('/').nth(1).unwrap_or(connection)
        )));
    }
    // Plain HTTP is accepted too, for endpoints on the developer's machine.
    let url_ok = ["https://", "http://"]
        .iter()
        .any(|s| endpoint.strip_prefix(s).is_some_and(|r| !r.is_empty()));
    if !url_ok {
        return Err(super::validation(format!(
            "Parameter InvocationEndpoint is not valid. Reason: {endpoint} is not an HTTPS URL."
        )));
    }
    if rate < 1 {
        return Err(super::validation(format!(
            "1 validation error detected: Value '{rate}' at 'invocationRateLimitPerSecond' failed to satisfy constraint: Member must have value greater than or equal to 1"
        )));
    }
    Ok(())
}

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateApiDestinationRequest,
) -> AwsResult<CreateApiDestinationResponse> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    if t.get::<DestinationRec>("destination", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("An api-destination '{name}' already exists.")));
    }
    let now = ctx.clock.now_millis();
    let d = DestinationRec {
        name,
        id: super::uuid(),
        description: i.description,
        connection_arn: i.connection_arn.unwrap_or_default(),
        endpoint: i.invocation_endpoint.unwrap_or_default(),
        method: i.http_method.unwrap_or_default(),
        rate: i.invocation_rate_limit_per_second.unwrap_or(DEFAULT_RATE),
        created_ms: now,
        modified_ms: now,
    };
    check(&t, &d.connection_arn, &d.endpoint, d.rate)?;
    t.put("destination", &d.name, &d)?;
    Ok(CreateApiDestinationResponse {
        api_destination_arn: Some(d.arn(&t)),
        api_destination_state: Some("ACTIVE".into()),
        creation_time: ts(now),
        last_modified_time: ts(now),
    })
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeApiDestinationRequest,
) -> AwsResult<DescribeApiDestinationResponse> {
    let t = Tables::new(store, ctx);
    let d = load(&t, i.name.as_deref().unwrap_or_default())?;
    Ok(DescribeApiDestinationResponse {
        api_destination_arn: Some(d.arn(&t)),
        name: Some(d.name),
        description: d.description,
        api_destination_state: Some("ACTIVE".into()),
        connection_arn: Some(d.connection_arn),
        invocation_endpoint: Some(d.endpoint),
        http_method: Some(d.method),
        invocation_rate_limit_per_second: Some(d.rate),
        creation_time: ts(d.created_ms),
        last_modified_time: ts(d.modified_ms),
    })
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateApiDestinationRequest,
) -> AwsResult<UpdateApiDestinationResponse> {
    let t = Tables::new(store, ctx);
    let mut d = load(&t, i.name.as_deref().unwrap_or_default())?;
    if i.description.is_some() {
        d.description = i.description;
    }
    if let Some(c) = i.connection_arn {
        d.connection_arn = c;
    }
    if let Some(e) = i.invocation_endpoint {
        d.endpoint = e;
    }
    if let Some(m) = i.http_method {
        d.method = m;
    }
    if let Some(r) = i.invocation_rate_limit_per_second {
        d.rate = r;
    }
    check(&t, &d.connection_arn, &d.endpoint, d.rate)?;
    d.modified_ms = ctx.clock.now_millis();
    t.put("destination", &d.name, &d)?;
    Ok(UpdateApiDestinationResponse {
        api_destination_arn: Some(d.arn(&t)),
        api_destination_state: Some("ACTIVE".into()),
        creation_time: ts(d.created_ms),
        last_modified_time: ts(d.modified_ms),
    })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteApiDestinationRequest,
) -> AwsResult<DeleteApiDestinationResponse> {
    let t = Tables::new(store, ctx);
    let d = load(&t, i.name.as_deref().unwrap_or_default())?;
    t.delete("destination", &d.name)?;
    Ok(DeleteApiDestinationResponse {})
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListApiDestinationsRequest,
) -> AwsResult<ListApiDestinationsResponse> {
    let t = Tables::new(store, ctx);
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = t
        .all::<DestinationRec>("destination", &prefix)?
        .into_iter()
        .filter(|d| {
            i.connection_arn
                .as_ref()
                .is_none_or(|c| *c == d.connection_arn)
        })
        .map(|d| {
            (
                d.name.clone(),
                ApiDestination {
                    api_destination_arn: Some(d.arn(&t)),
                    name: Some(d.name),
                    api_destination_state: Some("ACTIVE".into()),
                    connection_arn: Some(d.connection_arn),
                    invocation_endpoint: Some(d.endpoint),
                    http_method: Some(d.method),
                    invocation_rate_limit_per_second: Some(d.rate),
                    creation_time: ts(d.created_ms),
                    last_modified_time: ts(d.modified_ms),
                },
            )
        })
        .collect();
    let (api_destinations, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListApiDestinationsResponse {
        api_destinations: Some(api_destinations),
        next_token,
    })
}
