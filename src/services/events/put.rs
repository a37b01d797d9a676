//! PutEvents and TestEventPattern: entries validated one by one (failed ones reported, the
//! rest delivered), events built in EventBridge's shape, matched against the bus's enabled
//! rules, and delivered in order to each rule's targets: another event bus (any account or
//! region), ECS RunTask (the input, after `Input`/`InputPath`/`InputTransformer`, becomes
//! the task's overrides; `startedBy` names the rule). Targets Dockside does not run are
//! recorded as failed invocations, never dropped silently.
//!
//! It never changes rules or buses.

use std::sync::Arc;

use serde_json::{Value, json};

use super::api::*;
use super::bus::{Tables, bus_name};
use super::rule::RuleRec;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

/// Runs an ECS task for a target: (account, region, RunTask input in ECS's JSON).
pub type EcsRunner = Arc<
    dyn Fn(String, String, Value) -> futures_util::future::BoxFuture<'static, Result<(), String>>
        + Send
        + Sync,
>;

/// The fields every event (and TestEventPattern's) carries.
const REQUIRED: &[&str] = &["id", "account", "source", "time", "region", "detail-type"];

pub fn test_pattern(i: TestEventPatternRequest) -> AwsResult<TestEventPatternResponse> {
    let p = super::pattern::parse(i.event_pattern.as_deref().unwrap_or_default())
        .map_err(|e| ErrorCode::InvalidEventPatternException.with(e))?;
    let event: Value = serde_json::from_str(i.event.as_deref().unwrap_or_default())
        .map_err(|_| ErrorCode::InvalidEventPatternException.with("Event is not valid JSON."))?;
    if let Some(missing) = REQUIRED.iter().find(|k| event.get(**k).is_none()) {
        return Err(ErrorCode::InvalidEventPatternException.with(format!(
            "Parameter Event is not valid. Reason: Event is missing required field {missing}."
        )));
    }
    Ok(TestEventPatternResponse {
        result: Some(p.matches(&event)),
    })
}

/// A JSONPath of the simple kind EventBridge uses (`$.detail.key`, `$.resources[0]`).
pub fn select<'a>(event: &'a Value, path: &str) -> Option<&'a Value> {
    let rest = path.strip_prefix('$')?;
    let mut cur = event;
    for seg in rest.split('.').filter(|s| !s.is_empty()) {
        let (name, index) = match seg.split_once('[') {
            Some((n, i)) => (n, i.trim_end_matches(']').parse::<usize>().ok()),
            None => (seg, None),
        };
        if !name.is_empty() {
            cur = cur.get(name)?;
        }
        if let Some(i) = index {
            cur = cur.get(i)?;
        }
    }
    Some(cur)
}

/// Fills an InputTransformer template: a placeholder inside a JSON string takes the value's
/// text, elsewhere its JSON.
fn transform(tr: &InputTransformer, event: &Value, rule_arn: &str, rule_name: &str) -> String {
    let mut vars: Vec<(String, Value)> = tr
        .input_paths_map
        .iter()
        .flatten()
        .map(|(k, p)| (k.clone(), select(event, p).cloned().unwrap_or(Value::Null)))
        .collect();
    vars.push(("aws.events.rule-arn".into(), json!(rule_arn)));
    vars.push(("aws.events.rule-name".into(), json!(rule_name)));
    vars.push((
        "aws.events.event.ingestion-time".into(),
        event["time"].clone(),
    ));
    vars.push(("aws.events.event".into(), event.clone()));
    vars.push(("aws.events.event.json".into(), event.clone()));
    let template = tr.input_template.clone().unwrap_or_default();
    let mut out = String::new();
    let mut in_string = false;
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '"' && !out.ends_with('\\') {
            in_string = !in_string;
        }
        if c == '<' {
            let name: String = chars.clone().take_while(|x| *x != '>').collect();
            if let Some((_, v)) = vars.iter().find(|(k, _)| *k == name) {
                for _ in 0..=name.len() {
                    chars.next();
                }
                let text = match v {
                    Value::String(s) if in_string => serde_json::to_string(s)
                        .unwrap_or_default()
                        .trim_matches('"')
                        .to_string(),
                    Value::String(s) => format!("\"{}\"", s.replace('"', "\\\"")),
                    other => other.to_string(),
                };
                out.push_str(&text);
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// The input a target receives for an event.
fn input_for(tg: &Target, event: &Value, rule_arn: &str, rule_name: &str) -> String {
    if let Some(i) = &tg.input {
        return i.clone();
    }
    if let Some(p) = &tg.input_path {
        return select(event, p)
            .map(Value::to_string)
            .unwrap_or_else(|| "null".into());
    }
    if let Some(tr) = &tg.input_transformer {
        return transform(tr, event, rule_arn, rule_name);
    }
    event.to_string()
}

fn run_task_input(tg: &Target, input: &str, rule: &str) -> Result<Value, String> {
    let p = tg.ecs_parameters.clone().unwrap_or_default();
    let overrides: Value = serde_json::from_str(input)
        .map_err(|_| "the target's input is not JSON task overrides".to_string())?;
    let mut v = json!({
        "cluster": tg.arn.clone().unwrap_or_default(),
        "taskDefinition": p.task_definition_arn.unwrap_or_default(),
        "count": p.task_count.unwrap_or(1),
        "startedBy": format!("events-rule/{rule}").chars().take(36).collect::<String>(),
    });
    if overrides.is_object() && overrides.as_object().is_some_and(|o| !o.is_empty()) {
        v["overrides"] = overrides;
    }
    if let Some(l) = p.launch_type {
        v["launchType"] = json!(l);
    }
    if let Some(g) = p.group {
        v["group"] = json!(g);
    }
    if let Some(pv) = p.platform_version {
        v["platformVersion"] = json!(pv);
    }
    if let Some(nc) = p.network_configuration.and_then(|n| n.awsvpc_configuration) {
        v["networkConfiguration"] = json!({"awsvpcConfiguration": {
            "subnets": nc.subnets.unwrap_or_default(),
            "securityGroups": nc.security_groups.unwrap_or_default(),
            "assignPublicIp": nc.assign_public_ip.unwrap_or_else(|| "DISABLED".into()),
        }});
    }
    if let Some(cps) = p.capacity_provider_strategy {
        v["capacityProviderStrategy"] = json!(cps.iter().map(|c| json!({
            "capacityProvider": c.capacity_provider, "weight": c.weight.unwrap_or(0), "base": c.base.unwrap_or(0)
        })).collect::<Vec<_>>());
    }
    if let Some(tags) = p.tags {
        v["tags"] = json!(
            tags.iter()
                .map(|t| json!({"key": t.key, "value": t.value}))
                .collect::<Vec<_>>()
        );
    }
    Ok(v)
}

/// Where events go once matched.
pub struct Delivery<'a> {
    pub store: &'a Store,
    /// Clock time of this delivery (when events are archived).
    pub now: i64,
    pub ecs: Option<EcsRunner>,
    pub index: &'a super::index::Index,
    /// Wakes the outbox worker after a job is pushed.
    pub wake: &'a tokio::sync::Notify,
}

impl Delivery<'_> {
    /// Delivers one event on `bus` of (account, region) to every matching rule's targets
    /// (only the rules whose ARN is in `only`, when given); `hops` stops bus-to-bus loops.
    pub async fn deliver(
        &self,
        account: &str,
        region: &str,
        bus: &str,
        event: &Value,
        hops: u8,
        only: Option<&[String]>,
    ) {
        let t = Tables::scoped(self.store, account, region);
        let Ok(rules) = self.index.bus(&t, bus) else {
            return;
        };
        for r in rules.matching(event) {
            if only.is_some_and(|o| !o.contains(&super::rule::arn(&t, r))) {
                continue;
            }
            self.fire(&t, r, event, hops).await;
        }
    }

    /// Hands `event` to every target of rule `r`, in order; failures are counted.
    pub async fn fire(&self, t: &Tables<'_>, r: &RuleRec, event: &Value, hops: u8) {
        for tg in &r.targets {
            let outcome = self.invoke(t, r, tg, event, hops).await;
            if let Err(e) = outcome {
                tracing::warn!("events rule {} target {:?}: {e}", r.name, tg.id);
                let _ =
                    super::count_failure(t, &r.bus, &r.name, tg.id.as_deref().unwrap_or_default());
            }
        }
    }

    async fn invoke(
        &self,
        t: &Tables<'_>,
        r: &RuleRec,
        tg: &Target,
        event: &Value,
        hops: u8,
    ) -> Result<(), String> {
        let arn = tg.arn.clone().unwrap_or_default();
        let parts: Vec<&str> = arn.splitn(6, ':').collect();
        let (service, region, account) = (
            parts.get(2).copied().unwrap_or_default(),
            parts.get(3).copied().unwrap_or_default(),
            parts.get(4).copied().unwrap_or_default(),
        );
        let rule_arn = super::rule::arn(t, r);
        match service {
            "events" if arn.contains(":archive/") && account == t.account => {
                super::archive::capture(t, &arn, event, self.now)
            }
            "events" if arn.contains(":event-bus/") => {
                if hops >= 5 {
                    return Err("event bus targets loop".into());
                }
                let bus = bus_name(Some(&arn));
                if account != t.account {
                    let dest = Tables::scoped(self.store, account, region);
                    let allowed = dest
                        .bus(Some(&bus))
                        .is_ok_and(|b| super::permission::allows(&b, &t.account));
                    if !allowed {
                        return Err(format!(
                            "event bus {arn} does not allow account {}",
                            t.account
                        ));
                    }
                }
                // The event keeps the account and region it was sent from.
                let forwarded = event.clone();
                Box::pin(self.deliver(account, region, &bus, &forwarded, hops + 1, None)).await;
                Ok(())
            }
            "events" if arn.contains(":api-destination/") => {
                let job = super::outbox::Job::Call {
                    account: t.account.clone(),
                    region: t.region.clone(),
                    bus: r.bus.clone(),
                    rule: r.name.clone(),
                    target: tg.id.clone().unwrap_or_default(),
                    call: super::http::Call {
                        destination_arn: arn.clone(),
                        input: input_for(tg, event, &rule_arn, &r.name),
                        http: tg.http_parameters.clone(),
                    },
                    retry: tg.retry_policy.clone(),
                };
                super::outbox::push(self.store, self.now, job).map_err(|e| e.to_string())?;
                self.wake.notify_one();
                Ok(())
            }
            "ecs" => {
                let runner = self.ecs.clone().ok_or("ECS is not available")?;
                let input = input_for(tg, event, &rule_arn, &r.name);
                let run = run_task_input(tg, &input, &r.name)?;
                runner(account.to_string(), region.to_string(), run).await
            }
            other => Err(format!("Dockside does not invoke {other} targets yet")),
        }
    }
}

fn entry_error(code: &str, msg: impl Into<String>) -> PutEventsResultEntry {
    PutEventsResultEntry {
        event_id: None,
        error_code: Some(code.into()),
        error_message: Some(msg.into()),
    }
}

/// Validates one entry and builds its event, or says why not.
fn build(
    t: &Tables<'_>,
    e: &PutEventsRequestEntry,
    now: i64,
) -> Result<(String, Value), PutEventsResultEntry> {
    let source = e.source.clone().filter(|s| !s.is_empty()).ok_or_else(|| {
        entry_error(
            "InvalidArgument",
            "Parameter Source is not valid. Reason: Source is a required argument.",
        )
    })?;
    let detail_type = e
        .detail_type
        .clone()
        .filter(|s| !s.is_empty())
        .ok_or_else(|| {
            entry_error(
                "InvalidArgument",
                "Parameter DetailType is not valid. Reason: DetailType is a required argument.",
            )
        })?;
    let detail_text = e.detail.clone().ok_or_else(|| {
        entry_error(
            "InvalidArgument",
            "Parameter Detail is not valid. Reason: Detail is a required argument.",
        )
    })?;
    let detail: Value = serde_json::from_str(&detail_text)
        .ok()
        .filter(Value::is_object)
        .ok_or_else(|| entry_error("MalformedDetail", "Detail is malformed."))?;
    if source.starts_with("aws.") {
        return Err(entry_error(
            "NotAuthorizedForSourceException",
            "Not authorized for the source.",
        ));
    }
    let bus = bus_name(e.event_bus_name.as_deref());
    t.bus(Some(&bus)).map_err(|_| {
        entry_error(
            "ResourceNotFoundException",
            format!("Event bus {bus} does not exist."),
        )
    })?;
    let time = e.time.map_or(now, |t| t.millis());
    let event = json!({
        "version": "0",
        "id": crate::context::new_request_id(),
        "detail-type": detail_type,
        "source": source,
        "account": t.account,
        "time": crate::types::Timestamp::from_millis(time - time % 1000).to_iso8601().replace(".000", ""),
        "region": t.region,
        "resources": e.resources.clone().unwrap_or_default(),
        "detail": detail,
    });
    if event.to_string().len() > 256 * 1024 {
        return Err(entry_error(
            "EntrySizeTooBig",
            "The event is larger than 256 KB.",
        ));
    }
    Ok((bus, event))
}

pub async fn put_events(
    d: &Delivery<'_>,
    ctx: &Context,
    i: PutEventsRequest,
) -> AwsResult<PutEventsResponse> {
    let mut t = Tables::new(d.store, ctx);
    let mut entries = i.entries.unwrap_or_default();
    // Through a global endpoint (signed for no one Region): the bus of its primary Region.
    if let Some(id) = i.endpoint_id.as_deref().filter(|s| !s.is_empty()) {
        let (region, e) = super::endpoint::by_id(d.store, &ctx.account, id)?;
        t = Tables::scoped(d.store, &ctx.account, &region);
        let bus = super::endpoint::primary_bus(&t, &e);
        for entry in entries.iter_mut() {
            entry.event_bus_name.get_or_insert_with(|| bus.clone());
        }
    }
    let total: usize = entries
        .iter()
        .map(|e| {
            e.detail.as_deref().map_or(0, str::len)
                + e.source.as_deref().map_or(0, str::len)
                + e.detail_type.as_deref().map_or(0, str::len)
        })
        .sum();
    if total > 256 * 1024 {
        return Err(super::validation(
            "Total size of the entries in the request is over the limit.",
        ));
    }
    let now = ctx.clock.now_millis();
    let mut out = Vec::new();
    let mut accepted = Vec::new();
    for e in &entries {
        match build(&t, e, now) {
            Ok((bus, event)) => {
                out.push(PutEventsResultEntry {
                    event_id: event["id"].as_str().map(str::to_string),
                    error_code: None,
                    error_message: None,
                });
                accepted.push((bus, event));
            }
            Err(f) => out.push(f),
        }
    }
    for (bus, event) in &accepted {
        d.deliver(&t.account, &t.region, bus, event, 0, None).await;
    }
    let failed = out.iter().filter(|e| e.error_code.is_some()).count();
    Ok(PutEventsResponse {
        failed_entry_count: Some(failed as i32),
        entries: Some(out),
    })
}
