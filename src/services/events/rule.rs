//! Rules (PutRule with an event pattern or a schedule, DescribeRule, ListRules, Enable,
//! Disable, DeleteRule refused while targets remain, ListRuleNamesByTarget), their targets
//! (PutTargets up to 5 per rule, RemoveTargets, ListTargetsByRule) and tags on rules and
//! buses.
//!
//! It never delivers an event; `put` does.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::bus::{BusRec, Tables, bus_name};
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct RuleRec {
    pub name: String,
    pub bus: String,
    pub event_pattern: Option<String>,
    pub schedule_expression: Option<String>,
    pub state: String,
    pub description: Option<String>,
    pub role_arn: Option<String>,
    pub managed_by: Option<String>,
    pub created_by: String,
    #[serde(default)]
    pub targets: Vec<Target>,
    /// When a scheduled rule fires next (milliseconds on the clock).
    #[serde(default)]
    pub next_fire_ms: Option<i64>,
    #[serde(default)]
    pub tags: Vec<Tag>,
}

const MAX_TARGETS: usize = 5;

fn rule_id(bus: &str, name: &str) -> String {
    format!("{bus}|{name}")
}

pub fn arn(t: &Tables<'_>, r: &RuleRec) -> String {
    if r.bus == super::bus::DEFAULT {
        t.arn(&format!("rule/{}", r.name))
    } else {
        t.arn(&format!("rule/{}/{}", r.bus, r.name))
    }
}

pub fn load(t: &Tables<'_>, bus: Option<&str>, name: &str) -> AwsResult<RuleRec> {
    let b = t.bus(bus)?;
    t.get("rule", &rule_id(&b.name, name))?.ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with(format!(
            "Rule {name} does not exist on EventBus {}.",
            b.name
        ))
    })
}

/// Refuses changes to a rule a service manages (an archive's), unless `force`d.
fn unmanaged(r: &RuleRec, force: bool) -> AwsResult<()> {
    match &r.managed_by {
        Some(by) if !force => Err(ErrorCode::ManagedRuleException.with(format!(
            "Rule {} is managed by {by} and cannot be changed.",
            r.name
        ))),
        _ => Ok(()),
    }
}

pub fn save(t: &Tables<'_>, r: &RuleRec) -> AwsResult<()> {
    Ok(t.put("rule", &rule_id(&r.bus, &r.name), r)?)
}

/// Checks a schedule expression (`rate(…)` or six-field `cron(…)`).
pub fn check_schedule(s: &str) -> AwsResult<()> {
    super::schedule::parse(s)
        .map(|_| ())
        .ok_or_else(|| super::validation("Parameter ScheduleExpression is not valid."))
}

/// Scheduled rules are in the `schedule` index (the sweep drops entries whose rule went).
fn index_schedule(t: &Tables<'_>, r: &RuleRec) -> AwsResult<()> {
    if r.schedule_expression.is_some() {
        t.index("schedule", &rule_id(&r.bus, &r.name), true)?;
    }
    Ok(())
}

pub fn put(store: &Store, ctx: &Context, i: PutRuleRequest) -> AwsResult<PutRuleResponse> {
    let t = Tables::new(store, ctx);
    let b: BusRec = t.bus(i.event_bus_name.as_deref())?;
    let name = i.name.unwrap_or_default();
    if i.event_pattern.is_none() && i.schedule_expression.is_none() {
        return Err(super::validation(
            "Parameter(s) EventPattern or ScheduleExpression must be specified.",
        ));
    }
    if let Some(p) = &i.event_pattern {
        super::pattern::parse(p).map_err(|e| ErrorCode::InvalidEventPatternException.with(e))?;
    }
    if let Some(s) = &i.schedule_expression {
        if b.name != super::bus::DEFAULT {
            return Err(super::validation(
                "ScheduleExpression is supported only on the default event bus.",
            ));
        }
        check_schedule(s)?;
    }
    let old: Option<RuleRec> = t.get("rule", &rule_id(&b.name, &name))?;
    if let Some(o) = &old {
        unmanaged(o, false)?;
    }
    let mut r = old.unwrap_or_else(|| RuleRec {
        name: name.clone(),
        bus: b.name.clone(),
        created_by: ctx.account.clone(),
        ..Default::default()
    });
    r.event_pattern = i.event_pattern;
    r.schedule_expression = i.schedule_expression;
    r.state = i.state.unwrap_or_else(|| "ENABLED".into());
    r.description = i.description.or(r.description);
    r.role_arn = i.role_arn.or(r.role_arn);
    if let Some(tags) = i.tags {
        r.tags = tags;
    }
    let now = ctx.clock.now_millis();
    r.next_fire_ms = r
        .schedule_expression
        .as_deref()
        .and_then(super::schedule::parse)
        .and_then(|s| s.next_after(now));
    save(&t, &r)?;
    index_schedule(&t, &r)?;
    Ok(PutRuleResponse {
        rule_arn: Some(arn(&t, &r)),
    })
}

pub fn describe(
    store: &Store,
    ctx: &Context,
    i: DescribeRuleRequest,
) -> AwsResult<DescribeRuleResponse> {
    let t = Tables::new(store, ctx);
    let r = load(
        &t,
        i.event_bus_name.as_deref(),
        i.name.as_deref().unwrap_or_default(),
    )?;
    Ok(DescribeRuleResponse {
        arn: Some(arn(&t, &r)),
        name: Some(r.name),
        event_pattern: r.event_pattern,
        schedule_expression: r.schedule_expression,
        state: Some(r.state),
        description: r.description,
        role_arn: r.role_arn,
        managed_by: r.managed_by,
        event_bus_name: Some(r.bus),
        created_by: Some(r.created_by),
    })
}

fn set_state(
    store: &Store,
    ctx: &Context,
    bus: Option<&str>,
    name: &str,
    state: &str,
) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let mut r = load(&t, bus, name)?;
    unmanaged(&r, false)?;
    if state == "ENABLED" && r.state != "ENABLED" {
        // A schedule resumes from now: no burst for the time it was off.
        let now = ctx.clock.now_millis();
        r.next_fire_ms = r
            .schedule_expression
            .as_deref()
            .and_then(super::schedule::parse)
            .and_then(|s| s.next_after(now));
    }
    r.state = state.into();
    save(&t, &r)
}

pub fn enable(store: &Store, ctx: &Context, i: EnableRuleRequest) -> AwsResult<()> {
    set_state(
        store,
        ctx,
        i.event_bus_name.as_deref(),
        i.name.as_deref().unwrap_or_default(),
        "ENABLED",
    )
}

pub fn disable(store: &Store, ctx: &Context, i: DisableRuleRequest) -> AwsResult<()> {
    set_state(
        store,
        ctx,
        i.event_bus_name.as_deref(),
        i.name.as_deref().unwrap_or_default(),
        "DISABLED",
    )
}

pub fn delete(store: &Store, ctx: &Context, i: DeleteRuleRequest) -> AwsResult<()> {
    let t = Tables::new(store, ctx);
    let name = i.name.unwrap_or_default();
    let b = t.bus(i.event_bus_name.as_deref())?;
    let Some(r) = t.get::<RuleRec>("rule", &rule_id(&b.name, &name))? else {
        return Ok(());
    };
    unmanaged(&r, i.force.unwrap_or(false))?;
    if !r.targets.is_empty() && r.managed_by.is_none() {
        return Err(super::validation(
            "Rule can't be deleted since it has targets.",
        ));
    }
    Ok(t.delete("rule", &rule_id(&b.name, &name))?)
}

fn rule_view(t: &Tables<'_>, r: RuleRec) -> Rule {
    Rule {
        arn: Some(arn(t, &r)),
        name: Some(r.name),
        event_pattern: r.event_pattern,
        state: Some(r.state),
        description: r.description,
        schedule_expression: r.schedule_expression,
        role_arn: r.role_arn,
        managed_by: r.managed_by,
        event_bus_name: Some(r.bus),
    }
}

pub fn list(store: &Store, ctx: &Context, i: ListRulesRequest) -> AwsResult<ListRulesResponse> {
    let t = Tables::new(store, ctx);
    let b = t.bus(i.event_bus_name.as_deref())?;
    let prefix = i.name_prefix.unwrap_or_default();
    let rows = t
        .all::<RuleRec>("rule", &format!("{}|", b.name))?
        .into_iter()
        .filter(|r| r.name.starts_with(&prefix))
        .map(|r| (r.name.clone(), rule_view(&t, r)))
        .collect();
    let (rules, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListRulesResponse {
        rules: Some(rules),
        next_token,
    })
}

pub fn names_by_target(
    store: &Store,
    ctx: &Context,
    i: ListRuleNamesByTargetRequest,
) -> AwsResult<ListRuleNamesByTargetResponse> {
    let t = Tables::new(store, ctx);
    let b = t.bus(i.event_bus_name.as_deref())?;
    let target = i.target_arn.unwrap_or_default();
    let rows = t
        .all::<RuleRec>("rule", &format!("{}|", b.name))?
        .into_iter()
        .filter(|r| {
            r.targets
                .iter()
                .any(|x| x.arn.as_deref() == Some(target.as_str()))
        })
        .map(|r| (r.name.clone(), r.name))
        .collect();
    let (rule_names, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListRuleNamesByTargetResponse {
        rule_names: Some(rule_names),
        next_token,
    })
}

fn check_target(tg: &Target) -> Option<(&'static str, String)> {
    let arn = tg.arn.as_deref().unwrap_or_default();
    if !arn.starts_with("arn:") {
        return Some((
            "ValidationException",
            format!("Parameter {arn} is not valid. Reason: Provided Arn is not in correct format."),
        ));
    }
    let inputs = [
        tg.input.is_some(),
        tg.input_path.is_some(),
        tg.input_transformer.is_some(),
    ];
    if inputs.iter().filter(|x| **x).count() > 1 {
        return Some((
            "ValidationException",
            "Only one of Input, InputPath, or InputTransformer must be provided.".into(),
        ));
    }
    if let Some(input) = &tg.input
        && serde_json::from_str::<serde_json::Value>(input).is_err()
    {
        return Some((
            "ValidationException",
            "Target Input is not valid JSON text.".into(),
        ));
    }
    if arn.contains(":ecs:") && tg.ecs_parameters.is_none() {
        return Some((
            "ValidationException",
            "EcsParameters must be specified for an ECS target.".into(),
        ));
    }
    if let Some(tr) = &tg.input_transformer
        && tr.input_paths_map.as_ref().is_some_and(|m| m.len() > 100)
    {
        return Some((
            "ValidationException",
            "InputPathsMap has more than 100 entries.".into(),
        ));
    }
    None
}

pub fn put_targets(
    store: &Store,
    ctx: &Context,
    i: PutTargetsRequest,
) -> AwsResult<PutTargetsResponse> {
    let t = Tables::new(store, ctx);
    let mut r = load(
        &t,
        i.event_bus_name.as_deref(),
        i.rule.as_deref().unwrap_or_default(),
    )?;
    unmanaged(&r, false)?;
    let mut failed = Vec::new();
    for tg in i.targets.unwrap_or_default() {
        if let Some((code, msg)) = check_target(&tg) {
            failed.push(PutTargetsResultEntry {
                target_id: tg.id.clone(),
                error_code: Some(code.into()),
                error_message: Some(msg),
            });
            continue;
        }
        let count = r.targets.len();
        match r.targets.iter_mut().find(|x| x.id == tg.id) {
            Some(x) => *x = tg,
            None if count >= MAX_TARGETS => {
                return Err(ErrorCode::LimitExceededException.with(format!(
                    "The requested resource exceeds the maximum number allowed: a rule has at most {MAX_TARGETS} targets."
                )));
            }
            None => r.targets.push(tg),
        }
    }
    save(&t, &r)?;
    Ok(PutTargetsResponse {
        failed_entry_count: Some(failed.len() as i32),
        failed_entries: Some(failed),
    })
}

pub fn remove_targets(
    store: &Store,
    ctx: &Context,
    i: RemoveTargetsRequest,
) -> AwsResult<RemoveTargetsResponse> {
    let t = Tables::new(store, ctx);
    let mut r = load(
        &t,
        i.event_bus_name.as_deref(),
        i.rule.as_deref().unwrap_or_default(),
    )?;
    unmanaged(&r, i.force.unwrap_or(false))?;
    let ids = i.ids.unwrap_or_default();
    r.targets
        .retain(|x| !x.id.as_ref().is_some_and(|id| ids.contains(id)));
    save(&t, &r)?;
    Ok(RemoveTargetsResponse {
        failed_entry_count: Some(0),
        failed_entries: Some(vec![]),
    })
}

pub fn list_targets(
    store: &Store,
    ctx: &Context,
    i: ListTargetsByRuleRequest,
) -> AwsResult<ListTargetsByRuleResponse> {
    let t = Tables::new(store, ctx);
    let r = load(
        &t,
        i.event_bus_name.as_deref(),
        i.rule.as_deref().unwrap_or_default(),
    )?;
    let rows = r
        .targets
        .into_iter()
        .map(|x| (x.id.clone().unwrap_or_default(), x))
        .collect();
    let (targets, next_token) = super::page(rows, i.next_token.as_deref(), i.limit, 100)?;
    Ok(ListTargetsByRuleResponse {
        targets: Some(targets),
        next_token,
    })
}

/// The record a rule or bus ARN names, for tags.
enum Tagged {
    Rule(RuleRec),
    Bus(BusRec),
}

fn tagged(t: &Tables<'_>, arn: &str) -> AwsResult<Tagged> {
    let not_found =
        || ErrorCode::ResourceNotFoundException.with(format!("Resource {arn} does not exist."));
    if let Some(rest) = arn.strip_prefix(&t.arn("rule/")) {
        let (bus, name) = rest.split_once('/').unwrap_or((super::bus::DEFAULT, rest));
        return t
            .get::<RuleRec>("rule", &rule_id(bus, name))?
            .map(Tagged::Rule)
            .ok_or_else(not_found);
    }
    if let Some(name) = arn.strip_prefix(&t.arn("event-bus/")) {
        return t.bus(Some(name)).map(Tagged::Bus).map_err(|_| not_found());
    }
    Err(not_found())
}

fn edit_tags(
    store: &Store,
    ctx: &Context,
    arn: &str,
    read_only: bool,
    f: impl FnOnce(&mut Vec<Tag>),
) -> AwsResult<Vec<Tag>> {
    let t = Tables::new(store, ctx);
    match tagged(&t, arn)? {
        Tagged::Rule(r) if r.managed_by.is_some() && !read_only => {
            unmanaged(&r, false)?;
            Ok(r.tags)
        }
        Tagged::Rule(mut r) => {
            f(&mut r.tags);
            save(&t, &r)?;
            Ok(r.tags)
        }
        Tagged::Bus(mut b) => {
            f(&mut b.tags);
            t.put("bus", &b.name, &b)?;
            Ok(b.tags)
        }
    }
}

pub fn tag(store: &Store, ctx: &Context, i: TagResourceRequest) -> AwsResult<TagResourceResponse> {
    let new = i.tags.unwrap_or_default();
    edit_tags(
        store,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        false,
        |tags| {
            for tg in new {
                match tags.iter_mut().find(|x| x.key == tg.key) {
                    Some(x) => x.value = tg.value,
                    None => tags.push(tg),
                }
            }
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
        false,
        |tags| {
            tags.retain(|x| !x.key.as_ref().is_some_and(|k| keys.contains(k)));
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
        true,
        |_| {},
    )?;
    Ok(ListTagsForResourceResponse { tags: Some(tags) })
}

/// Every enabled rule of a bus with a pattern, for delivery.
pub fn enabled_on(t: &Tables<'_>, bus: &str) -> AwsResult<Vec<RuleRec>> {
    Ok(
        t.all::<RuleRec>("rule", &format!("{}|", bus_name(Some(bus))))?
            .into_iter()
            .filter(|r| r.state == "ENABLED" && r.event_pattern.is_some())
            .collect(),
    )
}
