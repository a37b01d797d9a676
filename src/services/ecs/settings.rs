//! Account settings (per account and Region): PutAccountSettingDefault (the account's
//! default), PutAccountSetting (for the caller's or a named principal), DeleteAccountSetting,
//! ListAccountSettings (what is set, or the effective value of every setting: a principal's
//! own, else the account default, else AWS's), each value checked against what its setting
//! accepts. New clusters take `containerInsights` from here.
//!
//! It never changes resources that already exist.

use super::api::*;
use super::paging;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;
use crate::storage::records::Records;

const NS: &str = "ecs-settings";

/// (setting, AWS's default, accepted values; empty: only by PutAccountSettingDefault).
const SETTINGS: &[(&str, &str, &[&str])] = &[
    ("serviceLongArnFormat", "enabled", &["enabled", "disabled"]),
    ("taskLongArnFormat", "enabled", &["enabled", "disabled"]),
    (
        "containerInstanceLongArnFormat",
        "enabled",
        &["enabled", "disabled"],
    ),
    ("awsvpcTrunking", "disabled", &["enabled", "disabled"]),
    (
        "containerInsights",
        "disabled",
        &["enabled", "disabled", "enhanced"],
    ),
    ("fargateFIPSMode", "disabled", &["enabled", "disabled"]),
    ("tagResourceAuthorization", "on", &["on", "off"]),
    ("fargateTaskRetirementWaitPeriod", "7", &["0", "7", "14"]),
    ("guardDutyActivate", "off", &["on", "off"]),
    (
        "defaultLogDriverMode",
        "non-blocking",
        &["blocking", "non-blocking"],
    ),
    ("fargateEventWindows", "disabled", &["enabled", "disabled"]),
];

/// Settings only the account default can carry.
const ACCOUNT_ONLY: &[&str] = &[
    "fargateFIPSMode",
    "fargateTaskRetirementWaitPeriod",
    "guardDutyActivate",
    "defaultLogDriverMode",
    "fargateEventWindows",
];

fn records<'a>(store: &'a Store, ctx: &Context) -> Records<'a> {
    Records::new(store, NS, &ctx.account, &ctx.region)
}

fn root(ctx: &Context) -> String {
    format!("arn:aws:iam::{}:root", ctx.account)
}

fn caller(store: &Store, ctx: &Context) -> String {
    crate::services::sts::principal(store, ctx)
}

fn check(name: &str, value: &str) -> AwsResult<()> {
    let (_, _, allowed) = SETTINGS.iter().find(|s| s.0 == name).ok_or_else(|| {
        ErrorCode::InvalidParameterException.with(format!("Unknown setting name {name}."))
    })?;
    if allowed.contains(&value) {
        return Ok(());
    }
    Err(ErrorCode::InvalidParameterException.with(format!(
        "Invalid value specified for {name}. Valid values are: {}.",
        allowed.join(", ")
    )))
}

fn setting(name: &str, value: &str, principal: &str, kind: &str) -> Setting {
    Setting {
        name: Some(name.into()),
        value: Some(value.into()),
        principal_arn: Some(principal.into()),
        r#type: Some(kind.into()),
    }
}

/// The value in effect for `principal` (its own, the account's, AWS's).
pub fn effective(store: &Store, ctx: &Context, name: &str, principal: &str) -> AwsResult<Setting> {
    let r = records(store, ctx);
    if let Some(v) = r.get::<String>("setting", &format!("{name}|{principal}"))? {
        return Ok(setting(name, &v, principal, "user"));
    }
    if let Some(v) = r.get::<String>("setting", &format!("{name}|{}", root(ctx)))? {
        return Ok(setting(name, &v, &root(ctx), "user"));
    }
    let default = SETTINGS.iter().find(|s| s.0 == name).map_or("", |s| s.1);
    Ok(setting(name, default, &root(ctx), "aws_managed"))
}

/// The containerInsights value a new cluster of the caller takes.
pub fn container_insights(store: &Store, ctx: &Context) -> String {
    effective(store, ctx, "containerInsights", &caller(store, ctx))
        .ok()
        .and_then(|s| s.value)
        .unwrap_or_else(|| "disabled".into())
}

fn put(
    store: &Store,
    ctx: &Context,
    name: &str,
    value: &str,
    principal: &str,
) -> AwsResult<Setting> {
    check(name, value)?;
    if principal != root(ctx) && ACCOUNT_ONLY.contains(&name) {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "The {name} setting can only be set for the account: use PutAccountSettingDefault."
        )));
    }
    records(store, ctx).put(
        "setting",
        &format!("{name}|{principal}"),
        &value.to_string(),
    )?;
    Ok(setting(name, value, principal, "user"))
}

pub fn put_default(
    store: &Store,
    ctx: &Context,
    i: PutAccountSettingDefaultRequest,
) -> AwsResult<PutAccountSettingDefaultResponse> {
    let s = put(
        store,
        ctx,
        i.name.as_deref().unwrap_or_default(),
        i.value.as_deref().unwrap_or_default(),
        &root(ctx),
    )?;
    Ok(PutAccountSettingDefaultResponse { setting: Some(s) })
}

pub fn put_setting(
    store: &Store,
    ctx: &Context,
    i: PutAccountSettingRequest,
) -> AwsResult<PutAccountSettingResponse> {
    let principal = i.principal_arn.unwrap_or_else(|| caller(store, ctx));
    let s = put(
        store,
        ctx,
        i.name.as_deref().unwrap_or_default(),
        i.value.as_deref().unwrap_or_default(),
        &principal,
    )?;
    Ok(PutAccountSettingResponse { setting: Some(s) })
}

pub fn delete(
    store: &Store,
    ctx: &Context,
    i: DeleteAccountSettingRequest,
) -> AwsResult<DeleteAccountSettingResponse> {
    let name = i.name.unwrap_or_default();
    let principal = i.principal_arn.unwrap_or_else(|| caller(store, ctx));
    let r = records(store, ctx);
    let id = format!("{name}|{principal}");
    let value: String = r.get("setting", &id)?.ok_or_else(|| {
        ErrorCode::InvalidParameterException
            .with(format!("The {name} setting is not set for {principal}."))
    })?;
    r.delete("setting", &id)?;
    Ok(DeleteAccountSettingResponse {
        setting: Some(setting(&name, &value, &principal, "user")),
    })
}

pub fn list(
    store: &Store,
    ctx: &Context,
    i: ListAccountSettingsRequest,
) -> AwsResult<ListAccountSettingsResponse> {
    let principal = i
        .principal_arn
        .clone()
        .unwrap_or_else(|| caller(store, ctx));
    let mut all = Vec::new();
    for (name, _, _) in SETTINGS {
        if i.name.as_deref().is_some_and(|n| n != *name) {
            continue;
        }
        let s = if i.effective_settings == Some(true) {
            Some(effective(store, ctx, name, &principal)?)
        } else {
            let r = records(store, ctx);
            r.get::<String>("setting", &format!("{name}|{principal}"))?
                .map(|v| setting(name, &v, &principal, "user"))
        };
        if let Some(s) = s.filter(|s| i.value.as_ref().is_none_or(|v| s.value.as_ref() == Some(v)))
        {
            all.push(s);
        }
    }
    let keyed = all
        .into_iter()
        .map(|s| (s.name.clone().unwrap_or_default(), s));
    let (settings, next_token) = paging::page(keyed, i.max_results, i.next_token.as_deref())?;
    Ok(ListAccountSettingsResponse {
        settings: Some(settings),
        next_token,
    })
}
