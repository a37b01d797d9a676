//! Archives: CreateArchive (a managed rule `Events-Archive-<name>` on the source bus whose
//! pattern is the archive's, never matching replayed events), Describe (event count and size
//! counted from what is stored), Update, Delete, List; events stored by their `time` for
//! replays, and dropped after the retention period by the sweep.
//!
//! It never re-delivers an event; `replay` does.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::api::*;
use super::bus::{Tables, bus_name};
use super::rule::{self, RuleRec};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

/// Who manages the rule behind an archive (DescribeRule's `ManagedBy`).
pub const MANAGER: &str = "events.amazonaws.com";

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ArchiveRec {
    pub name: String,
    pub source_arn: String,
    pub bus: String,
    pub description: Option<String>,
    pub event_pattern: Option<String>,
    pub retention_days: i32,
    pub kms_key_identifier: Option<String>,
    pub state: String,
    pub created_ms: i64,
}

/// One archived event: when it was archived, and the event.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Stored {
    pub at: i64,
    pub event: Value,
}

pub fn rule_name(archive: &str) -> String {
    format!("Events-Archive-{archive}")
}

/// The id an archived event is stored under: ordered by the event's time.
pub fn event_id(archive: &str, time_ms: i64, id: &str) -> String {
    format!("{archive}|{:016}|{id}", time_ms.max(0))
}

pub fn load(t: &Tables<'_>, name: &str) -> AwsResult<ArchiveRec> {
    t.get("archive", name)?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!("Archive {name} does not exist."))
    })
}

/// The rule's pattern: the archive's, and never a replayed event.
fn rule_pattern(pattern: Option<&str>) -> AwsResult<String> {
    let mut p: serde_json::Map<String, Value> = match pattern {
        Some(text) => {
            super::pattern::parse(text)
                .map_err(|e| ErrorCode::InvalidEventPatternException.with(e))?;
            serde_json::from_str(text).unwrap_or_default()
        }
        None => serde_json::Map::new(),
    };
    p.insert("replay-name".into(), serde_json::json!([{"exists": false}]));
    Ok(Value::Object(p).to_string())
}

fn save(t: &Tables<'_>, a: &ArchiveRec) -> AwsResult<()> {
    t.put("archive", &a.name, a)?;
    // Archives with a retention period are in the `archive` index the sweep walks.
    t.index("archive", &a.name, a.retention_days > 0)
}

fn save_rule(t: &Tables<'_>, a: &ArchiveRec) -> AwsResult<()> {
    let r = RuleRec {
        name: rule_name(&a.name),
        bus: a.bus.clone(),
        event_pattern: Some(rule_pattern(a.event_pattern.as_deref())?),
        state: if a.state == "DISABLED" {
            "DISABLED".into()
        } else {
            "ENABLED".into()
        },
        managed_by: Some(MANAGER.into()),
        created_by: t.account.clone(),
        targets: vec![Target {
            id: Some(rule_name(&a.name)),
            arn: Some(t.arn(&format!("archive/{}", a.name))),
            ..Default::default()
        }],
        ..Default::default()
    };
    rule::save(t, &r)
}

fn check_name(name: &str) -> AwsResult<()> {
    let ok = !name.is_empty()
        && name.len() <= 48
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ".-_".contains(c));
    if ok {
        Ok(())
    } else {
        Err(super::validation(format!(
            "1 validation error detected: Value '{name}' at 'archiveName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\.\\-_A-Za-z0-9]+"
        )))
    }
}

fn check_retention(days: Option<i32>) -> AwsResult<i32> {
    match days {
        Some(d) if d < 0 => Err(super::validation(format!(
            "1 validation error detected: Value '{d}' at 'retentionDays' failed to satisfy constraint: Member must have value greater than or equal to 0"
        ))),
        d => Ok(d.unwrap_or(0)),
    }
}

pub fn create(
    store: &Store,
    ctx: &Context,
    i: CreateArchiveRequest,
) -> AwsResult<CreateArchiveResponse> {
    let t = Tables::new(store, ctx);
    let name = i.archive_name.unwrap_or_default();
    check_name(&name)?;
    let source = i.event_source_arn.unwrap_or_default();
    if !source.starts_with(&t.arn("event-bus/")) {
        return Err(ErrorCode::ResourceNotFoundException.with(format!(
            "Event bus {} does not exist.",
            bus_name(Some(&source))
        )));
    }
    let bus = t.bus(Some(&source))?;
    if t.get::<ArchiveRec>("archive", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Archive {name} already exists.")));
    }
    let a = ArchiveRec {
        name: name.clone(),
        source_arn: source,
        bus: bus.name,
        description: i.description,
        event_pattern: i.event_pattern,
        retention_days: check_retention(i.retention_days)?,
        kms_key_identifier: i.kms_key_identifier,
        state: "ENABLED".into(),
        created_ms: ctx.clock.now_millis(),
    };
    save_rule(&t, &a)?;
    save(&t, &a)?;
    Ok(CreateArchiveResponse {
        archive_arn: Some(t.arn(&format!("archive/{name}"))),
        state: Some(a.state),
        state_reason: None,
        creation_time: Some(Timestamp::from_millis(a.created_ms)),
    })
}

/// How many events an archive holds and their size in bytes.
fn usage(t: &Tables<'_>, name: &str) -> AwsResult<(i64, i64)> {
    let all: Vec<Stored> = t.all("archived", &format!("{name}|"))?;
    let size = all.iter().map(|s| s.event.to_string().len() as i64).sum();
    Ok((all.len() as i64, size))
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeArchiveRequest,
) -> AwsResult<DescribeArchiveResponse> {
    let t = Tables::new(store, ctx);
    let a = load(&t, i.archive_name.as_deref().unwrap_or_default())?;
    let (count, size) = usage(&t, &a.name)?;
    Ok(DescribeArchiveResponse {
        archive_arn: Some(t.arn(&format!("archive/{}", a.name))),
        archive_name: Some(a.name),
        event_source_arn: Some(a.source_arn),
        description: a.description,
        event_pattern: a.event_pattern,
        state: Some(a.state),
        state_reason: None,
        kms_key_identifier: a.kms_key_identifier,
        retention_days: Some(a.retention_days),
        size_bytes: Some(size),
        event_count: Some(count),
        creation_time: Some(Timestamp::from_millis(a.created_ms)),
    })
}

pub fn update(
    store: &Store,
    ctx: &Context,
    i: UpdateArchiveRequest,
) -> AwsResult<UpdateArchiveResponse> {
    let t = Tables::new(store, ctx);
    let mut a = load(&t, i.archive_name.as_deref().unwrap_or_default())?;
    if i.description.is_some() {
        a.description = i.description;
    }
    if i.event_pattern.is_some() {
        a.event_pattern = i.event_pattern;
    }
    if i.retention_days.is_some() {
        a.retention_days = check_retention(i.retention_days)?;
    }
    if i.kms_key_identifier.is_some() {
        a.kms_key_identifier = i.kms_key_identifier;
    }
    save_rule(&t, &a)?;
    save(&t, &a)?;
    Ok(UpdateArchiveResponse {
        archive_arn: Some(t.arn(&format!("archive/{}", a.name))),
        state: Some(a.state),
        state_reason: None,
        creation_time: Some(Timestamp::from_millis(a.created_ms)),
    })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteArchiveRequest,
) -> AwsResult<DeleteArchiveResponse> {
    let t = Tables::new(store, ctx);
    let a = load(&t, i.archive_name.as_deref().unwrap_or_default())?;
    t.delete("rule", &format!("{}|{}", a.bus, rule_name(&a.name)))?;
    let ids: Vec<(String, Value)> =
        t.scan_ids("archived", &format!("{}|", a.name), None, usize::MAX)?;
    let mut b = crate::storage::Batch::default();
    for (id, _) in ids {
        b.delete(crate::storage::key(&t.account, &t.region, "archived", &id));
    }
    t.store.kv.apply(super::bus::NS, b)?;
    t.index("archive", &a.name, false)?;
    t.delete("archive", &a.name)?;
    Ok(DeleteArchiveResponse {})
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListArchivesRequest,
) -> AwsResult<ListArchivesResponse> {
    let t = Tables::new(store, ctx);
    let prefix = i.name_prefix.unwrap_or_default();
    let mut rows = Vec::new();
    for a in t.all::<ArchiveRec>("archive", &prefix)? {
        if i.event_source_arn
            .as_ref()
            .is_some_and(|s| *s != a.source_arn)
            || i.state.as_ref().is_some_and(|s| *s != a.state)
        {
            continue;
        }
        let (count, size) = usage(&t, &a.name)?;
        rows.push((
            a.name.clone(),
            Archive {
                archive_name: Some(a.name),
                event_source_arn: Some(a.source_arn),
                state: Some(a.state),
                state_reason: None,
                retention_days: Some(a.retention_days),
                size_bytes: Some(size),
                event_count: Some(count),
                creation_time: Some(Timestamp::from_millis(a.created_ms)),
            },
        ));
    }
    let (archives, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListArchivesResponse {
        archives: Some(archives),
        next_token,
    })
}

/// Stores `event` in the archive the target ARN names (what its managed rule delivers).
pub fn capture(t: &Tables<'_>, target_arn: &str, event: &Value, now: i64) -> Result<(), String> {
    let name = target_arn.rsplit('/').next().unwrap_or_default();
    let time = event["time"]
        .as_str()
        .and_then(Timestamp::parse_iso8601)
        .map_or(now, |t| t.millis());
    let id = event_id(name, time, event["id"].as_str().unwrap_or_default());
    let stored = Stored {
        at: now,
        event: event.clone(),
    };
    t.put("archived", &id, &stored).map_err(|e| e.to_string())
}

/// Drops archived events older than their archive's retention; returns how many.
pub fn expire(store: &Store, now: i64) -> AwsResult<usize> {
    let mut dropped = 0;
    for (t, name) in super::bus::indexed(store, "archive")? {
        let Some(a) = t.get::<ArchiveRec>("archive", &name)? else {
            continue;
        };
        let cutoff = now - i64::from(a.retention_days) * 86_400_000;
        let all: Vec<(String, Stored)> =
            t.scan_ids("archived", &format!("{name}|"), None, usize::MAX)?;
        let mut b = crate::storage::Batch::default();
        for (id, _) in all.into_iter().filter(|(_, s)| s.at < cutoff) {
            b.delete(crate::storage::key(&t.account, &t.region, "archived", &id));
            dropped += 1;
        }
        store.kv.apply(super::bus::NS, b)?;
    }
    Ok(dropped)
}
