//! Event buses (the `default` bus of every account and region, custom buses: create,
//! describe, update, delete, list) and the storage helpers EventBridge's records share.
//!
//! It never delivers an event; `put` does.

use serde::{Deserialize, Serialize};

use super::api::*;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::storage::records::Records;
use crate::types::Timestamp;

pub const NS: &str = "events";
pub const DEFAULT: &str = "default";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct BusRec {
    pub name: String,
    pub description: Option<String>,
    pub kms_key_identifier: Option<String>,
    pub dead_letter_config: Option<DeadLetterConfig>,
    pub log_config: Option<LogConfig>,
    pub policy: Option<String>,
    pub created_ms: i64,
    pub modified_ms: i64,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

/// Storage of one account and region (the shared record helpers, and EventBridge's).
pub struct Tables<'a>(Records<'a>);

impl<'a> std::ops::Deref for Tables<'a> {
    type Target = Records<'a>;
    fn deref(&self) -> &Records<'a> {
        &self.0
    }
}

impl<'a> Tables<'a> {
    pub fn new(store: &'a Store, ctx: &Context) -> Self {
        Self::scoped(store, &ctx.account, &ctx.region)
    }

    pub fn scoped(store: &'a Store, account: &str, region: &str) -> Self {
        Tables(Records::new(store, NS, account, region))
    }

    pub fn arn(&self, resource: &str) -> String {
        format!("arn:aws:events:{}:{}:{resource}", self.region, self.account)
    }

    /// A bus by name or ARN; the default bus always exists.
    pub fn bus(&self, name_or_arn: Option<&str>) -> AwsResult<BusRec> {
        let name = bus_name(name_or_arn);
        if let Some(b) = self.get::<BusRec>("bus", &name)? {
            return Ok(b);
        }
        if name == DEFAULT {
            return Ok(BusRec {
                name,
                ..Default::default()
            });
        }
        Err(ErrorCode::ResourceNotFoundException.with(format!("Event bus {name} does not exist.")))
    }
}

/// Indexes across accounts and regions (scheduled rules, archives with a retention period,
/// replays to run, connections waiting for a token) that the background work walks: empty
/// values under `kind␟account␟region␟id`.
fn index_key(kind: &str, account: &str, region: &str, id: &str) -> Vec<u8> {
    format!("{kind}\u{1f}{account}\u{1f}{region}\u{1f}{id}").into_bytes()
}

impl Tables<'_> {
    /// Puts (`on`) or removes this scope's entry `id` in the index `kind`.
    pub fn index(&self, kind: &str, id: &str, on: bool) -> AwsResult<()> {
        let mut b = crate::storage::Batch::default();
        let k = index_key(kind, &self.account, &self.region, id);
        if on {
            b.put(k, Vec::new());
        } else {
            b.delete(k);
        }
        Ok(self.store.kv.apply(NS, b)?)
    }
}

/// Every entry of the index `kind`, as (its scope's tables, id).
pub fn indexed<'s>(store: &'s Store, kind: &str) -> AwsResult<Vec<(Tables<'s>, String)>> {
    let prefix = format!("{kind}\u{1f}");
    let entries = store.kv.scan(NS, prefix.as_bytes(), None, usize::MAX)?;
    Ok(entries
        .into_iter()
        .filter_map(|(k, _)| {
            let text = String::from_utf8_lossy(&k[prefix.len()..]).into_owned();
            let mut parts = text.splitn(3, '\u{1f}');
            let (account, region, id) = (parts.next()?, parts.next()?, parts.next()?);
            Some((Tables::scoped(store, account, region), id.to_string()))
        })
        .collect())
}

/// The bus a name or ARN names (`default` when none).
pub fn bus_name(name_or_arn: Option<&str>) -> String {
    match name_or_arn {
        None | Some("") => DEFAULT.into(),
        // Partner buses' names have slashes: everything after `event-bus/` is the name.
        Some(s) if s.starts_with("arn:") => s
            .split_once(":event-bus/")
            .map_or_else(|| s.rsplit('/').next().unwrap_or(DEFAULT), |(_, n)| n)
            .into(),
        Some(s) => s.into(),
    }
}

fn ts(ms: i64) -> Option<Timestamp> {
    (ms > 0).then(|| Timestamp::from_millis(ms))
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateEventBusRequest,
) -> AwsResult<CreateEventBusResponse> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    if name == DEFAULT || t.get::<BusRec>("bus", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Event bus {name} already exists.")));
    }
    match &i.event_source_name {
        None if name.starts_with("aws.") => {
            return Err(super::validation(
                "Event bus names starting with 'aws.' are reserved for partner event sources.",
            ));
        }
        Some(source) => {
            super::partner::source(&t, source)?;
            if *source != name {
                return Err(super::validation(format!(
                    "Event bus name {name} must match the event source name {source}."
                )));
            }
            super::partner::set_state(&t, source, "ACTIVE")?;
        }
        None => {}
    }
    let now = ctx.clock.now_millis();
    let rec = BusRec {
        name: name.clone(),
        description: i.description.clone(),
        kms_key_identifier: i.kms_key_identifier.clone(),
        dead_letter_config: i.dead_letter_config.clone(),
        log_config: i.log_config.clone(),
        policy: None,
        created_ms: now,
        modified_ms: now,
        tags: i.tags.unwrap_or_default(),
    };
    t.put("bus", &name, &rec)?;
    Ok(CreateEventBusResponse {
        event_bus_arn: Some(t.arn(&format!("event-bus/{name}"))),
        description: i.description,
        kms_key_identifier: i.kms_key_identifier,
        dead_letter_config: i.dead_letter_config,
        log_config: i.log_config,
    })
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeEventBusRequest,
) -> AwsResult<DescribeEventBusResponse> {
    let t = Tables::new(store, ctx);
    let b = t.bus(i.name.as_deref())?;
    Ok(DescribeEventBusResponse {
        arn: Some(t.arn(&format!("event-bus/{}", b.name))),
        name: Some(b.name),
        description: b.description,
        kms_key_identifier: b.kms_key_identifier,
        dead_letter_config: b.dead_letter_config,
        policy: b.policy,
        log_config: b.log_config,
        creation_time: ts(b.created_ms),
        last_modified_time: ts(b.modified_ms),
        managed_by: None,
    })
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateEventBusRequest,
) -> AwsResult<UpdateEventBusResponse> {
    let t = Tables::new(store, ctx);
    let mut b = t.bus(i.name.as_deref())?;
    if i.description.is_some() {
        b.description = i.description;
    }
    if i.kms_key_identifier.is_some() {
        b.kms_key_identifier = i.kms_key_identifier;
    }
    if i.dead_letter_config.is_some() {
        b.dead_letter_config = i.dead_letter_config;
    }
    if i.log_config.is_some() {
        b.log_config = i.log_config;
    }
    b.modified_ms = ctx.clock.now_millis();
    t.put("bus", &b.name, &b)?;
    Ok(UpdateEventBusResponse {
        arn: Some(t.arn(&format!("event-bus/{}", b.name))),
        name: Some(b.name),
        kms_key_identifier: b.kms_key_identifier,
        description: b.description,
        dead_letter_config: b.dead_letter_config,
        log_config: b.log_config,
    })
}

pub fn delete(store: &Store, ctx: &Context, i: DeleteEventBusRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let name = bus_name(i.name.as_deref());
    if name == DEFAULT {
        return Err(super::validation("Cannot delete event bus default."));
    }
    // Deleting a bus that does not exist succeeds, as EventBridge answers it; its rules go too.
    for r in t.all::<super::rule::RuleRec>("rule", &format!("{name}|"))? {
        t.delete("rule", &format!("{name}|{}", r.name))?;
    }
    // A partner source whose bus goes waits for a new one.
    if t.get::<BusRec>("bus", &name)?.is_some() && super::partner::source(&t, &name).is_ok() {
        super::partner::set_state(&t, &name, "PENDING")?;
    }
    Ok(t.delete("bus", &name)?)
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListEventBusesRequest,
) -> AwsResult<ListEventBusesResponse> {
    let t = Tables::new(store, ctx);
    let mut buses: Vec<BusRec> = t.all("bus", "")?;
    if !buses.iter().any(|b| b.name == DEFAULT) {
        buses.push(t.bus(None)?);
    }
    buses.sort_by(|a, b| a.name.cmp(&b.name));
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = buses
        .into_iter()
        .filter(|b| b.name.starts_with(&prefix))
        .map(|b| {
            (
                b.name.clone(),
                EventBus {
                    arn: Some(t.arn(&format!("event-bus/{}", b.name))),
                    name: Some(b.name),
                    description: b.description,
                    policy: b.policy,
                    creation_time: ts(b.created_ms),
                    last_modified_time: ts(b.modified_ms),
                    managed_by: None,
                },
            )
        })
        .collect();
    let (event_buses, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListEventBusesResponse {
        event_buses: Some(event_buses),
        next_token,
    })
}
