//! EventBridge, all of its operations: event buses and their policies, rules and targets,
//! the event pattern language (`pattern`), PutEvents delivering to event-bus, ECS, archive
//! and API destination targets, schedules, archives and replays, connections, global
//! endpoints, partner event sources, and AWS services' events (`emit`).
//!
//! It never fakes a delivery: targets it cannot run are counted as failed invocations.

#[rustfmt::skip]
pub mod api;
mod api_destination;
mod archive;
mod bus;
mod connection;
pub mod emit;
mod endpoint;
mod http;
mod index;
mod outbox;
mod partner;
pub mod pattern;
#[cfg(test)]
mod pattern_tests;
mod permission;
pub mod put;
mod replay;
mod rule;
pub mod schedule;

use std::sync::Arc;

use api::*;

use crate::clock::Clock;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

/// The EventBridge service.
pub struct Events {
    pub store: Store,
    ecs: Arc<std::sync::OnceLock<put::EcsRunner>>,
    index: Arc<index::Index>,
    sink: emit::SharedSink,
    /// Wakes the outbox worker.
    wake: Arc<tokio::sync::Notify>,
    /// Dropped with the service: the schedule sweep then stops.
    alive: Arc<()>,
}

/// Most invocations one schedule fires in one sweep (a clock advanced by years).
const CATCH_UP: usize = 100_000;

impl Events {
    /// EventBridge over `store`; starts the schedule sweep when a Tokio runtime runs.
    pub fn new(store: Store, clock: Clock) -> Self {
        let index: Arc<index::Index> = Arc::default();
        let wake: Arc<tokio::sync::Notify> = Arc::default();
        let e = Events {
            store: store.clone(),
            ecs: Arc::default(),
            index: index.clone(),
            sink: Arc::new(emit::Emitter {
                store,
                index,
                wake: wake.clone(),
                clock: clock.clone(),
            }),
            wake,
            alive: Arc::new(()),
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(outbox::work(
                e.store.clone(),
                e.index.clone(),
                e.ecs.clone(),
                clock.clone(),
                e.wake.clone(),
                Arc::downgrade(&e.alive),
            ));
            tokio::spawn(drive(
                e.store.clone(),
                e.ecs.clone(),
                e.index.clone(),
                e.wake.clone(),
                clock,
                Arc::downgrade(&e.alive),
            ));
        }
        e
    }

    /// Fires what fell due now (the background sweep does this once a second).
    pub async fn tick(&self, now: i64) -> AwsResult<usize> {
        sweep(&self.delivery(now), now).await
    }

    fn delivery(&self, now: i64) -> put::Delivery<'_> {
        put::Delivery {
            store: &self.store,
            now,
            ecs: self.ecs.get().cloned(),
            index: &self.index,
            wake: &self.wake,
        }
    }

    /// Where ECS and ECR put their events.
    pub fn sink(&self) -> emit::SharedSink {
        self.sink.clone()
    }

    /// Sets how ECS targets run their tasks, once.
    pub fn set_ecs_runner(&self, f: put::EcsRunner) {
        let _ = self.ecs.set(f);
    }
}

/// What the clock brings: due schedules fired, waiting replays run, archived events past
/// their retention dropped; returns how many events were delivered.
pub async fn sweep(d: &put::Delivery<'_>, now: i64) -> AwsResult<usize> {
    let fired = fire_schedules(d, now).await?;
    let replayed = replay::run(d, now).await?;
    archive::expire(d.store, now)?;
    Ok(fired + replayed)
}

/// Fires every scheduled rule whose time came, in order and once each, with AWS's Scheduled
/// Event; returns how many invocations fired.
async fn fire_schedules(d: &put::Delivery<'_>, now: i64) -> AwsResult<usize> {
    let mut fired = 0;
    for (t, id) in bus::indexed(d.store, "schedule")? {
        let rec: Option<rule::RuleRec> = t.get("rule", &id)?;
        let Some(mut r) = rec.filter(|r| r.schedule_expression.is_some()) else {
            t.index("schedule", &id, false)?;
            continue;
        };
        let Some(sched) = r.schedule_expression.as_deref().and_then(schedule::parse) else {
            continue;
        };
        if r.state != "ENABLED" {
            continue;
        }
        let mut count = 0;
        while let Some(at) = r.next_fire_ms.filter(|at| *at <= now && count < CATCH_UP) {
            let rule_arn = t.arn(&format!("rule/{}", r.name));
            let event = serde_json::json!({
                "version": "0",
                "id": crate::context::new_request_id(),
                "detail-type": "Scheduled Event",
                "source": "aws.events",
                "account": t.account,
                "time": crate::types::Timestamp::from_millis(at - at % 1000).to_iso8601().replace(".000", ""),
                "region": t.region,
                "resources": [rule_arn],
                "detail": {},
            });
            d.fire(&t, &r, &event, 0).await;
            r.next_fire_ms = sched.next_after(at);
            count += 1;
        }
        if count > 0 {
            rule::save(&t, &r)?;
            fired += count;
        }
    }
    Ok(fired)
}

/// The schedule sweep: once a second of clock time; stops when the service is dropped.
async fn drive(
    store: Store,
    ecs: Arc<std::sync::OnceLock<put::EcsRunner>>,
    index: Arc<index::Index>,
    wake: Arc<tokio::sync::Notify>,
    clock: Clock,
    alive: std::sync::Weak<()>,
) {
    loop {
        clock.sleep_until(clock.now_millis() + 1000).await;
        if alive.upgrade().is_none() {
            return;
        }
        let now = clock.now_millis();
        let d = put::Delivery {
            store: &store,
            now,
            ecs: ecs.get().cloned(),
            index: &index,
            wake: &wake,
        };
        match sweep(&d, now).await {
            Ok(n) if n > 0 => {
                if let Err(e) = store.kv.persist() {
                    tracing::error!("events schedule sweep could not persist: {e}");
                }
            }
            Ok(_) => {}
            Err(e) => tracing::error!("events schedule sweep failed: {}", e.message),
        }
    }
}

/// EventBridge's common ValidationException (not in its model's operation errors).
fn validation(msg: impl Into<String>) -> crate::error::AwsError {
    crate::error::AwsError::new("ValidationException", msg).with_status(400)
}

/// Pages `items` (in order, keyed) after `token`, `limit` at a time.
fn page<T>(
    items: Vec<(String, T)>,
    token: Option<&str>,
    limit: Option<i32>,
    default: usize,
) -> AwsResult<(Vec<T>, Option<String>)> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let after = match token {
        Some(t) => Some(
            b64.decode(t)
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .ok_or_else(|| validation("The NextToken is not valid."))?,
        ),
        None => None,
    };
    let max = limit.map_or(default, |l| l.max(1) as usize);
    let rest: Vec<(String, T)> = items
        .into_iter()
        .filter(|(k, _)| after.as_ref().is_none_or(|a| k > a))
        .collect();
    let next = (rest.len() > max).then(|| b64.encode(&rest[max - 1].0));
    Ok((rest.into_iter().take(max).map(|(_, v)| v).collect(), next))
}

/// A random id in UUID form (connection and API destination ARNs end with one).
fn uuid() -> String {
    crate::context::new_request_id()
}

/// Counts a failed invocation of a rule's target (what CloudWatch's FailedInvocations shows).
fn count_failure(t: &bus::Tables<'_>, bus: &str, rule: &str, target: &str) -> AwsResult<()> {
    let id = format!("{bus}|{rule}|{target}");
    let n: u64 = t.get("failed", &id)?.unwrap_or(0);
    Ok(t.put("failed", &id, &(n + 1))?)
}

/// Implements trait operations that hand the store and input to a module function; a
/// successful `write` drops the compiled rules, a `read` leaves them.
macro_rules! ops {
    ($($kind:ident $op:ident($req:ident) -> $resp:ty => $f:path;)*) => {
        $(async fn $op(&self, ctx: &Context, input: $req) -> AwsResult<$resp> {
            let out = $f(&self.store, ctx, input);
            if ops!(@writes $kind) && out.is_ok() {
                self.index.clear();
            }
            out
        })*
    };
    (@writes write) => { true };
    (@writes read) => { false };
}

impl Api for Events {
    async fn test_event_pattern(
        &self,
        _ctx: &Context,
        input: TestEventPatternRequest,
    ) -> AwsResult<TestEventPatternResponse> {
        put::test_pattern(input)
    }

    async fn put_partner_events(
        &self,
        ctx: &Context,
        input: PutPartnerEventsRequest,
    ) -> AwsResult<PutPartnerEventsResponse> {
        partner::put(&self.delivery(ctx.clock.now_millis()), ctx, input).await
    }

    async fn put_events(
        &self,
        ctx: &Context,
        input: PutEventsRequest,
    ) -> AwsResult<PutEventsResponse> {
        put::put_events(&self.delivery(ctx.clock.now_millis()), ctx, input).await
    }

    ops! {
        write create_event_bus(CreateEventBusRequest) -> CreateEventBusResponse => bus::create;
        read describe_event_bus(DescribeEventBusRequest) -> DescribeEventBusResponse => bus::describe;
        write update_event_bus(UpdateEventBusRequest) -> UpdateEventBusResponse => bus::update;
        write delete_event_bus(DeleteEventBusRequest) -> () => bus::delete;
        write put_permission(PutPermissionRequest) -> () => permission::put;
        write remove_permission(RemovePermissionRequest) -> () => permission::remove;
        read list_event_buses(ListEventBusesRequest) -> ListEventBusesResponse => bus::list;
        write put_rule(PutRuleRequest) -> PutRuleResponse => rule::put;
        read describe_rule(DescribeRuleRequest) -> DescribeRuleResponse => rule::describe;
        write enable_rule(EnableRuleRequest) -> () => rule::enable;
        write disable_rule(DisableRuleRequest) -> () => rule::disable;
        write delete_rule(DeleteRuleRequest) -> () => rule::delete;
        read list_rules(ListRulesRequest) -> ListRulesResponse => rule::list;
        read list_rule_names_by_target(ListRuleNamesByTargetRequest) -> ListRuleNamesByTargetResponse => rule::names_by_target;
        write put_targets(PutTargetsRequest) -> PutTargetsResponse => rule::put_targets;
        write remove_targets(RemoveTargetsRequest) -> RemoveTargetsResponse => rule::remove_targets;
        read list_targets_by_rule(ListTargetsByRuleRequest) -> ListTargetsByRuleResponse => rule::list_targets;
        write tag_resource(TagResourceRequest) -> TagResourceResponse => rule::tag;
        write untag_resource(UntagResourceRequest) -> UntagResourceResponse => rule::untag;
        read list_tags_for_resource(ListTagsForResourceRequest) -> ListTagsForResourceResponse => rule::list_tags;
        write create_archive(CreateArchiveRequest) -> CreateArchiveResponse => archive::create;
        read describe_archive(DescribeArchiveRequest) -> DescribeArchiveResponse => archive::describe;
        write update_archive(UpdateArchiveRequest) -> UpdateArchiveResponse => archive::update;
        write delete_archive(DeleteArchiveRequest) -> DeleteArchiveResponse => archive::delete;
        read list_archives(ListArchivesRequest) -> ListArchivesResponse => archive::list;
        write start_replay(StartReplayRequest) -> StartReplayResponse => replay::start;
        read describe_replay(DescribeReplayRequest) -> DescribeReplayResponse => replay::describe;
        read list_replays(ListReplaysRequest) -> ListReplaysResponse => replay::list;
        write cancel_replay(CancelReplayRequest) -> CancelReplayResponse => replay::cancel;
        write create_connection(CreateConnectionRequest) -> CreateConnectionResponse => connection::create;
        read describe_connection(DescribeConnectionRequest) -> DescribeConnectionResponse => connection::describe;
        write update_connection(UpdateConnectionRequest) -> UpdateConnectionResponse => connection::update;
        write deauthorize_connection(DeauthorizeConnectionRequest) -> DeauthorizeConnectionResponse => connection::deauthorize;
        write delete_connection(DeleteConnectionRequest) -> DeleteConnectionResponse => connection::delete;
        read list_connections(ListConnectionsRequest) -> ListConnectionsResponse => connection::list;
        write create_api_destination(CreateApiDestinationRequest) -> CreateApiDestinationResponse => api_destination::create;
        read describe_api_destination(DescribeApiDestinationRequest) -> DescribeApiDestinationResponse => api_destination::describe;
        write update_api_destination(UpdateApiDestinationRequest) -> UpdateApiDestinationResponse => api_destination::update;
        write create_endpoint(CreateEndpointRequest) -> CreateEndpointResponse => endpoint::create;
        read describe_endpoint(DescribeEndpointRequest) -> DescribeEndpointResponse => endpoint::describe;
        write update_endpoint(UpdateEndpointRequest) -> UpdateEndpointResponse => endpoint::update;
        write delete_endpoint(DeleteEndpointRequest) -> DeleteEndpointResponse => endpoint::delete;
        read list_endpoints(ListEndpointsRequest) -> ListEndpointsResponse => endpoint::list;
        write create_partner_event_source(CreatePartnerEventSourceRequest) -> CreatePartnerEventSourceResponse => partner::create;
        write delete_partner_event_source(DeletePartnerEventSourceRequest) -> () => partner::delete;
        read describe_partner_event_source(DescribePartnerEventSourceRequest) -> DescribePartnerEventSourceResponse => partner::describe_partner;
        read list_partner_event_sources(ListPartnerEventSourcesRequest) -> ListPartnerEventSourcesResponse => partner::list_partner;
        read list_partner_event_source_accounts(ListPartnerEventSourceAccountsRequest) -> ListPartnerEventSourceAccountsResponse => partner::list_accounts;
        read describe_event_source(DescribeEventSourceRequest) -> DescribeEventSourceResponse => partner::describe_source;
        read list_event_sources(ListEventSourcesRequest) -> ListEventSourcesResponse => partner::list_sources;
        write activate_event_source(ActivateEventSourceRequest) -> () => partner::activate;
        write deactivate_event_source(DeactivateEventSourceRequest) -> () => partner::deactivate;
        write delete_api_destination(DeleteApiDestinationRequest) -> DeleteApiDestinationResponse => api_destination::delete;
        read list_api_destinations(ListApiDestinationsRequest) -> ListApiDestinationsResponse => api_destination::list;
    }
}
