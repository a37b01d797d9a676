//! Replays: StartReplay (checked against its archive, window and destination bus), then the
//! sweep re-delivers the archived events of the window in time order, each with
//! `replay-name`, to the destination's rules (only the `FilterArns` ones when given):
//! STARTING → RUNNING → COMPLETED, or CANCELLING → CANCELLED; Describe, List, Cancel.
//!
//! It never archives a replayed event: archive rules refuse events with `replay-name`.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::archive::{self, Stored};
use super::bus::{Tables, bus_name};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::types::Timestamp;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ReplayRec {
    pub name: String,
    pub description: Option<String>,
    pub source_arn: String,
    pub destination: ReplayDestination,
    pub start_ms: i64,
    pub end_ms: i64,
    pub state: String,
    pub state_reason: Option<String>,
    pub started_ms: i64,
    pub ended_ms: Option<i64>,
    pub last_replayed_ms: Option<i64>,
}

fn load(t: &Tables<'_>, name: &str) -> AwsResult<ReplayRec> {
    t.get("replay", name)?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!("Replay {name} does not exist."))
    })
}

fn ts(ms: i64) -> Option<Timestamp> {
    Some(Timestamp::from_millis(ms))
}

pub fn start(
    store: &Store,
    ctx: &Context,
    i: StartReplayRequest,
) -> AwsResult<StartReplayResponse> {
    let t = Tables::new(store, ctx);
    let name = i.replay_name.unwrap_or_default();
    if t.get::<ReplayRec>("replay", &name)?.is_some() {
        return Err(ErrorCode::ResourceAlreadyExistsException
            .with(format!("Replay {name} already exists.")));
    }
    let source = i.event_source_arn.unwrap_or_default();
    let archive_name = source
        .strip_prefix(&t.arn("archive/"))
        .ok_or_else(|| {
            super::validation(format!(
                "Parameter EventSourceArn is not valid. Reason: {source} is not an archive of account {} in {}.",
                t.account, t.region
            ))
        })?
        .to_string();
    let a = archive::load(&t, &archive_name)?;
    let (start, end) = (
        i.event_start_time.map_or(0, |x| x.millis()),
        i.event_end_time.map_or(0, |x| x.millis()),
    );
    let now = ctx.clock.now_millis();
    if start >= end {
        return Err(super::validation(
            "Parameter EventStartTime is not valid. Reason: EventStartTime must be before EventEndTime.",
        ));
    }
    if end > now {
        return Err(super::validation(
            "Parameter EventEndTime is not valid. Reason: EventEndTime cannot be in the future.",
        ));
    }
    let destination = i.destination.unwrap_or_default();
    let dest_arn = destination.arn.clone().unwrap_or_default();
    if dest_arn != a.source_arn {
        return Err(super::validation(
            "Parameter Destination.Arn is not valid. Reason: Cross event bus replay is not permitted.",
        ));
    }
    let bus = bus_name(Some(&dest_arn));
    for f in destination.filter_arns.iter().flatten() {
        let rule = f.rsplit('/').next().unwrap_or_default();
        let on_bus =
            f.starts_with(&t.arn("rule/")) && super::rule::load(&t, Some(&bus), rule).is_ok();
        if !on_bus {
            return Err(super::validation(format!(
                "Parameter Destination.FilterArns is not valid. Reason: {f} is not a rule of event bus {bus}."
            )));
        }
    }
    let r = ReplayRec {
        name: name.clone(),
        description: i.description,
        source_arn: source,
        destination,
        start_ms: start,
        end_ms: end,
        state: "STARTING".into(),
        started_ms: now,
        ..Default::default()
    };
    t.put("replay", &name, &r)?;
    // Replays still to run are in the `replay` index the sweep walks.
    t.index("replay", &name, true)?;
    Ok(StartReplayResponse {
        replay_arn: Some(t.arn(&format!("replay/{name}"))),
        state: Some(r.state),
        state_reason: None,
        replay_start_time: ts(now),
    })
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeReplayRequest,
) -> AwsResult<DescribeReplayResponse> {
    let t = Tables::new(store, ctx);
    let r = load(&t, i.replay_name.as_deref().unwrap_or_default())?;
    Ok(DescribeReplayResponse {
        replay_arn: Some(t.arn(&format!("replay/{}", r.name))),
        replay_name: Some(r.name),
        description: r.description,
        state: Some(r.state),
        state_reason: r.state_reason,
        event_source_arn: Some(r.source_arn),
        destination: Some(r.destination),
        event_start_time: ts(r.start_ms),
        event_end_time: ts(r.end_ms),
        event_last_replayed_time: r.last_replayed_ms.and_then(ts),
        replay_start_time: ts(r.started_ms),
        replay_end_time: r.ended_ms.and_then(ts),
    })
}

pub fn list(store: &Store, ctx: &Context, i: ListReplaysRequest) -> AwsResult<ListReplaysResponse> {
    let t = Tables::new(store, ctx);
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = t
        .all::<ReplayRec>("replay", &prefix)?
        .into_iter()
        .filter(|r| i.state.as_ref().is_none_or(|s| *s == r.state))
        .filter(|r| {
            i.event_source_arn
                .as_ref()
                .is_none_or(|s| *s == r.source_arn)
        })
        .map(|r| {
            (
                r.name.clone(),
                Replay {
                    replay_name: Some(r.name),
                    event_source_arn: Some(r.source_arn),
                    state: Some(r.state),
                    state_reason: r.state_reason,
                    event_start_time: ts(r.start_ms),
                    event_end_time: ts(r.end_ms),
                    event_last_replayed_time: r.last_replayed_ms.and_then(ts),
                    replay_start_time: ts(r.started_ms),
                    replay_end_time: r.ended_ms.and_then(ts),
                },
            )
        })
        .collect();
    let (replays, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListReplaysResponse {
        replays: Some(replays),
        next_token,
    })
}

pub fn cancel(
    store: &Store,
    ctx: &Context,
    i: CancelReplayRequest,
) -> AwsResult<CancelReplayResponse> {
    let t = Tables::new(store, ctx);
    let mut r = load(&t, i.replay_name.as_deref().unwrap_or_default())?;
    if !matches!(r.state.as_str(), "STARTING" | "RUNNING") {
        return Err(ErrorCode::IllegalStatusException.with(format!(
            "Replay {} is in state {} and cannot be cancelled.",
            r.name, r.state
        )));
    }
    r.state = "CANCELLING".into();
    t.put("replay", &r.name, &r)?;
    Ok(CancelReplayResponse {
        replay_arn: Some(t.arn(&format!("replay/{}", r.name))),
        state: Some(r.state),
        state_reason: None,
    })
}

/// Runs every replay waiting in the index; returns how many events were replayed.
pub async fn run(d: &super::put::Delivery<'_>, now: i64) -> AwsResult<usize> {
    let mut replayed = 0;
    for (t, name) in super::bus::indexed(d.store, "replay")? {
        let Some(mut r) = t.get::<ReplayRec>("replay", &name)? else {
            t.index("replay", &name, false)?;
            continue;
        };
        if r.state == "STARTING" {
            r.state = "RUNNING".into();
            t.put("replay", &name, &r)?;
            replayed += replay_window(d, &t, &mut r).await?;
        }
        r.state = if r.state == "CANCELLING" {
            "CANCELLED".into()
        } else {
            "COMPLETED".into()
        };
        r.ended_ms = Some(now);
        t.put("replay", &name, &r)?;
        t.index("replay", &name, false)?;
    }
    Ok(replayed)
}

/// Re-delivers the window's archived events, in time order, to the destination's rules.
async fn replay_window(
    d: &super::put::Delivery<'_>,
    t: &Tables<'_>,
    r: &mut ReplayRec,
) -> AwsResult<usize> {
    let archive = r
        .source_arn
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_string();
    let bus = bus_name(r.destination.arn.as_deref());
    let only = r.destination.filter_arns.clone().filter(|f| !f.is_empty());
    let after = archive::event_id(&archive, r.start_ms - 1, "\u{7f}");
    let mut n = 0;
    let events: Vec<(String, Stored)> =
        t.scan_ids("archived", &format!("{archive}|"), Some(&after), usize::MAX)?;
    for (id, s) in events {
        let time: i64 = id
            .split('|')
            .nth(1)
            .and_then(|x| x.parse().ok())
            .unwrap_or(0);
        if time >= r.end_ms {
            break;
        }
        // A cancel lands between events.
        if t.get::<ReplayRec>("replay", &r.name)?
            .is_some_and(|x| x.state == "CANCELLING")
        {
            r.state = "CANCELLING".into();
            break;
        }
        let mut event = s.event;
        event["replay-name"] = serde_json::json!(r.name);
        d.deliver(&t.account, &t.region, &bus, &event, 0, only.as_deref())
            .await;
        r.last_replayed_ms = Some(time);
        n += 1;
    }
    Ok(n)
}
