//! Partner event sources, both sides: the SaaS partner creates a source for a customer
//! account (Create/Delete/Describe/ListPartnerEventSources, ListPartnerEventSourceAccounts)
//! and puts events with PutPartnerEvents; the customer sees it PENDING (ListEventSources,
//! DescribeEventSource), makes it ACTIVE by creating the event bus of the same name, and
//! can deactivate and activate it. Events reach the customer's bus only while ACTIVE.
//!
//! It never delivers to a bus the customer did not create.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::api::*;
use super::bus::Tables;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

/// The source as the customer's account holds it.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct SourceRec {
    pub name: String,
    /// The partner's account.
    pub created_by: String,
    pub state: String,
    pub created_ms: i64,
}

/// The partner's record of a source created for `account`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct PartnerRec {
    pub name: String,
    pub account: String,
    pub created_ms: i64,
}

/// Sources not activated by the customer expire after 90 days on AWS.
const EXPIRY_MS: i64 = 90 * 86_400_000;

fn arn(region: &str, name: &str) -> String {
    format!("arn:aws:events:{region}::event-source/{name}")
}

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

fn source_not_found(name: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("Event source {name} does not exist."))
}

fn check_name(name: &str) -> AwsResult<()> {
    let parts: Vec<&str> = name.split('/').collect();
    let ok = parts.len() >= 3
        && parts[0] == "aws.partner"
        && parts[1..].iter().all(|p| {
            !p.is_empty()
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c))
        });
    if ok {
        return Ok(());
    }
    Err(super::validation(format!(
        "1 validation error detected: Value '{name}' at 'name' failed to satisfy constraint: Member must satisfy regular expression pattern: aws\\.partner(/[\\.\\-_A-Za-z0-9]+){{2,}}"
    )))
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreatePartnerEventSourceRequest,
) -> AwsResult<CreatePartnerEventSourceResponse> {
    let name = i.name.unwrap_or_default();
    let account = i.account.unwrap_or_default();
    check_name(&name)?;
    let partner = Tables::new(store, ctx);
    let id = format!("{name}|{account}");
    if partner.get::<PartnerRec>("partner", &id)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Event source {name} already exists.")));
    }
    let now = ctx.clock.now_millis();
    partner.put(
        "partner",
        &id,
        &PartnerRec {
            name: name.clone(),
            account: account.clone(),
            created_ms: now,
        },
    )?;
    Tables::scoped(store, &account, &ctx.region).put(
        "source",
        &name,
        &SourceRec {
            name: name.clone(),
            created_by: ctx.account.clone(),
            state: "PENDING".into(),
            created_ms: now,
        },
    )?;
    Ok(CreatePartnerEventSourceResponse {
        event_source_arn: Some(arn(&ctx.region, &name)),
    })
}

pub fn delete(store: &Store, ctx: &Context, i: DeletePartnerEventSourceRequest) -> AwsResult<()> {
    let name = i.name.unwrap_or_default();
    let account = i.account.unwrap_or_default();
    let partner = Tables::new(store, ctx);
    partner.delete("partner", &format!("{name}|{account}"))?;
    let customer = Tables::scoped(store, &account, &ctx.region);
    if customer
        .get::<SourceRec>("source", &name)?
        .is_some_and(|s| s.created_by == ctx.account)
    {
        customer.delete("source", &name)?;
    }
    Ok(())
}

pub fn describe_partner(
    store: &Store,
    ctx: &Context,
    i: DescribePartnerEventSourceRequest,
) -> AwsResult<DescribePartnerEventSourceResponse> {
    let name = i.name.unwrap_or_default();
    let partner = Tables::new(store, ctx);
    if partner
        .all::<PartnerRec>("partner", &format!("{name}|"))?
        .is_empty()
    {
        return Err(source_not_found(&name));
    }
    Ok(DescribePartnerEventSourceResponse {
        arn: Some(arn(&ctx.region, &name)),
        name: Some(name),
    })
}

pub fn list_partner(
    store: &Store,
    ctx: &Context,
    i: ListPartnerEventSourcesRequest,
) -> AwsResult<ListPartnerEventSourcesResponse> {
    let partner = Tables::new(store, ctx);
    let mut names: Vec<String> = partner
        .all::<PartnerRec>("partner", &i.name_prefix.unwrap_or_default())?
        .into_iter()
        .map(|p| p.name)
        .collect();
    names.dedup();
    let rows = names
        .into_iter()
        .map(|n| {
            (
                n.clone(),
                PartnerEventSource {
                    arn: Some(arn(&ctx.region, &n)),
                    name: Some(n),
                },
            )
        })
        .collect();
    let (partner_event_sources, next_token) =
        super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListPartnerEventSourcesResponse {
        partner_event_sources: Some(partner_event_sources),
        next_token,
    })
}

pub fn list_accounts(
    store: &Store,
    ctx: &Context,
    i: ListPartnerEventSourceAccountsRequest,
) -> AwsResult<ListPartnerEventSourceAccountsResponse> {
    let name = i.event_source_name.unwrap_or_default();
    let partner = Tables::new(store, ctx);
    let recs = partner.all::<PartnerRec>("partner", &format!("{name}|"))?;
    if recs.is_empty() {
        return Err(source_not_found(&name));
    }
    let mut rows = Vec::new();
    for p in recs {
        let s = Tables::scoped(store, &p.account, &ctx.region).get::<SourceRec>("source", &name)?;
        rows.push((
            p.account.clone(),
            PartnerEventSourceAccount {
                account: Some(p.account),
                creation_time: ts(p.created_ms),
                expiration_time: s
                    .as_ref()
                    .filter(|s| s.state == "PENDING")
                    .and_then(|s| ts(s.created_ms + EXPIRY_MS)),
                state: s.map(|s| s.state),
            },
        ));
    }
    let (partner_event_source_accounts, next_token) =
        super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListPartnerEventSourceAccountsResponse {
        partner_event_source_accounts: Some(partner_event_source_accounts),
        next_token,
    })
}

fn source_view(region: &str, s: SourceRec) -> EventSource {
    EventSource {
        arn: Some(arn(region, &s.name)),
        created_by: Some(s.created_by),
        creation_time: ts(s.created_ms),
        expiration_time: (s.state == "PENDING")
            .then(|| ts(s.created_ms + EXPIRY_MS))
            .flatten(),
        name: Some(s.name),
        state: Some(s.state),
    }
}

/// The customer's source named `name`.
pub fn source(t: &Tables<'_>, name: &str) -> AwsResult<SourceRec> {
    t.get("source", name)?.ok_or_else(|| source_not_found(name))
}

/// Sets the customer's source state (bus created or deleted, activation).
pub fn set_state(t: &Tables<'_>, name: &str, state: &str) -> AwsResult<()> {
    let mut s = source(t, name)?;
    s.state = state.into();
    Ok(t.put("source", name, &s)?)
}

pub fn describe_source(
    store: &Store,
    ctx: &Context,
    i: DescribeEventSourceRequest,
) -> AwsResult<DescribeEventSourceResponse> {
    let t = Tables::new(store, ctx);
    let v = source_view(
        &t.region,
        source(&t, i.name.as_deref().unwrap_or_default())?,
    );
    Ok(DescribeEventSourceResponse {
        arn: v.arn,
        created_by: v.created_by,
        creation_time: v.creation_time,
        expiration_time: v.expiration_time,
        name: v.name,
        state: v.state,
    })
}

pub fn list_sources(
    store: &Store,
    ctx: &Context,
    i: ListEventSourcesRequest,
) -> AwsResult<ListEventSourcesResponse> {
    let t = Tables::new(store, ctx);
    let rows = t
        .all::<SourceRec>("source", &i.name_prefix.unwrap_or_default())?
        .into_iter()
        .map(|s| (s.name.clone(), source_view(&t.region, s)))
        .collect();
    let (event_sources, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListEventSourcesResponse {
        event_sources: Some(event_sources),
        next_token,
    })
}

pub fn activate(store: &Store, ctx: &Context, i: ActivateEventSourceRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    let s = source(&t, &name)?;
    if s.state != "DEACTIVATED" {
        return Err(ErrorCode::InvalidStateException.with(format!(
            "Event source {name} is {} and cannot be activated.",
            s.state
        )));
    }
    let bus_exists = t.get::<super::bus::BusRec>("bus", &name)?.is_some();
    set_state(&t, &name, if bus_exists { "ACTIVE" } else { "PENDING" })
}

pub fn deactivate(store: &Store, ctx: &Context, i: DeactivateEventSourceRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    let s = source(&t, &name)?;
    if s.state == "DEACTIVATED" {
        return Err(ErrorCode::InvalidStateException
            .with(format!("Event source {name} is already DEACTIVATED.")));
    }
    set_state(&t, &name, "DEACTIVATED")
}

fn entry_error(code: &str, msg: String) -> PutPartnerEventsResultEntry {
    PutPartnerEventsResultEntry {
        event_id: None,
        error_code: Some(code.into()),
        error_message: Some(msg),
    }
}

/// PutPartnerEvents: each entry goes to every customer account the source was created for
/// whose source is ACTIVE (its bus of the same name exists).
pub async fn put(
    d: &super::put::Delivery<'_>,
    ctx: &Context,
    i: PutPartnerEventsRequest,
) -> AwsResult<PutPartnerEventsResponse> {
    let partner = Tables::new(d.store, ctx);
    let mut out = Vec::new();
    for e in i.entries.unwrap_or_default() {
        let name = e.source.clone().unwrap_or_default();
        let recs = partner.all::<PartnerRec>("partner", &format!("{name}|"))?;
        if recs.is_empty() {
            out.push(entry_error(
                "NotAuthorizedForSourceException",
                format!("Not authorized for the source {name}."),
            ));
            continue;
        }
        let detail = e
            .detail
            .as_deref()
            .and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok())
            .filter(serde_json::Value::is_object);
        let (Some(detail), Some(detail_type)) = (detail, e.detail_type.clone()) else {
            out.push(entry_error(
                "MalformedDetail",
                "Detail and DetailType are required; Detail must be a JSON object.".into(),
            ));
            continue;
        };
        let id = crate::context::new_request_id();
        let time = e.time.map_or(d.now, |t| t.millis());
        for p in recs {
            let customer = Tables::scoped(d.store, &p.account, &ctx.region);
            if !source(&customer, &name).is_ok_and(|s| s.state == "ACTIVE") {
                continue;
            }
            let event = json!({
                "version": "0",
                "id": id,
                "detail-type": detail_type,
                "source": name,
                "account": p.account,
                "time": Timestamp::from_millis(time - time % 1000).to_iso8601(),
                "region": ctx.region,
                "resources": e.resources.clone().unwrap_or_default(),
                "detail": detail,
            });
            d.deliver(&p.account, &ctx.region, &name, &event, 0, None)
                .await;
        }
        out.push(PutPartnerEventsResultEntry {
            event_id: Some(id),
            error_code: None,
            error_message: None,
        });
    }
    let failed = out.iter().filter(|e| e.error_code.is_some()).count();
    Ok(PutPartnerEventsResponse {
        failed_entry_count: Some(failed as i32),
        entries: Some(out),
    })
}
