//! Registry-wide settings of an account and region: the registry policy, account settings
//! (BLOB_MOUNTING is honoured by the registry's cross-repository mounts), the signing
//! configuration with DescribeImageSigningStatus, and pull-time update exclusions.
//!
//! It never touches repositories or images, except to read an image's signing status.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::repository::{check_policy, decode_token, encode_token, existing};
use super::{Ecr, check_registry, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::store::{NS, Scope, wildcard};
use crate::storage::{Batch, key};
use crate::types::Timestamp;

/// What a registry (one account in one region) keeps beside its repositories.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Settings {
    pub policy: Option<String>,
    pub scanning: Option<RegistryScanningConfiguration>,
    pub replication: Option<ReplicationConfiguration>,
    pub signing: Option<SigningConfiguration>,
    /// Principal ARNs whose pulls leave `lastRecordedPullTime` alone, with when they were added.
    #[serde(default)]
    pub exclusions: Vec<(String, i64)>,
    #[serde(default)]
    pub pull_through: Vec<PullThroughCacheRule>,
    #[serde(default)]
    pub templates: Vec<RepositoryCreationTemplate>,
    #[serde(default)]
    pub backfills: Vec<super::replication::Backfill>,
}

fn settings_key(s: &Scope) -> Vec<u8> {
    key(&s.account, &s.region, "settings", "registry")
}

pub fn load(ecr: &Ecr, s: &Scope) -> AwsResult<Settings> {
    Ok(ecr
        .store
        .kv
        .get(NS, &settings_key(s))
        .map_err(storage)?
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default())
}

pub fn store(ecr: &Ecr, s: &Scope, v: &Settings) -> AwsResult<()> {
    let mut b = Batch::default();
    b.put(settings_key(s), serde_json::to_vec(v).map_err(storage)?);
    ecr.store.kv.apply(NS, b).map_err(storage)
}

/// Loads the registry's settings, lets `f` change them, and stores them.
pub fn update<R>(
    ecr: &Ecr,
    ctx: &Context,
    f: impl FnOnce(&mut Settings) -> AwsResult<R>,
) -> AwsResult<R> {
    let s = scope(ctx);
    let mut v = load(ecr, &s)?;
    let out = f(&mut v)?;
    store(ecr, &s, &v)?;
    Ok(out)
}

pub fn describe_registry(
    ecr: &Ecr,
    ctx: &Context,
    _input: DescribeRegistryRequest,
) -> AwsResult<DescribeRegistryResponse> {
    let v = load(ecr, &scope(ctx))?;
    Ok(DescribeRegistryResponse {
        registry_id: Some(ctx.account.clone()),
        replication_configuration: Some(v.replication.unwrap_or(ReplicationConfiguration {
            rules: Some(vec![]),
        })),
    })
}

// Registry policy.

fn no_registry_policy(ctx: &Context) -> crate::error::AwsError {
    ErrorCode::RegistryPolicyNotFoundException.with(format!(
        "Registry policy does not exist in the registry with id '{}'",
        ctx.account
    ))
}

pub fn put_registry_policy(
    ecr: &Ecr,
    ctx: &Context,
    input: PutRegistryPolicyRequest,
) -> AwsResult<PutRegistryPolicyResponse> {
    let text = input.policy_text.unwrap_or_default();
    check_policy(&text).map_err(|_| {
        ErrorCode::InvalidParameterException.with(
            "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid registry policy provided'",
        )
    })?;
    update(ecr, ctx, |v| {
        v.policy = Some(text.clone());
        Ok(())
    })?;
    Ok(PutRegistryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        policy_text: Some(text),
    })
}

pub fn get_registry_policy(
    ecr: &Ecr,
    ctx: &Context,
    _input: GetRegistryPolicyRequest,
) -> AwsResult<GetRegistryPolicyResponse> {
    let text = load(ecr, &scope(ctx))?
        .policy
        .ok_or_else(|| no_registry_policy(ctx))?;
    Ok(GetRegistryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        policy_text: Some(text),
    })
}

pub fn delete_registry_policy(
    ecr: &Ecr,
    ctx: &Context,
    _input: DeleteRegistryPolicyRequest,
) -> AwsResult<DeleteRegistryPolicyResponse> {
    let text = update(ecr, ctx, |v| {
        v.policy.take().ok_or_else(|| no_registry_policy(ctx))
    })?;
    Ok(DeleteRegistryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        policy_text: Some(text),
    })
}

// Account settings.

/// Each setting's allowed values; the first is what an account starts with.
const ACCOUNT_SETTINGS: &[(&str, &[&str])] = &[
    ("BASIC_SCAN_TYPE_VERSION", &["AWS_NATIVE", "CLAIR"]),
    ("REGISTRY_POLICY_SCOPE", &["V2", "V1"]),
    ("BLOB_MOUNTING", &["DISABLED", "ENABLED"]),
];

fn allowed(name: &str) -> AwsResult<&'static [&'static str]> {
    ACCOUNT_SETTINGS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            ErrorCode::ValidationException.with(format!(
                "Invalid account setting name '{name}'. Valid names are BASIC_SCAN_TYPE_VERSION, REGISTRY_POLICY_SCOPE and BLOB_MOUNTING."
            ))
        })
}

/// An account setting's current value (its default when never put).
pub fn account_setting(ecr: &Ecr, s: &Scope, name: &str) -> AwsResult<String> {
    let values = allowed(name)?;
    Ok(ecr
        .store
        .kv
        .get(NS, &key(&s.account, &s.region, "setting", name))
        .map_err(storage)?
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_else(|| values[0].to_string()))
}

pub fn get_account_setting(
    ecr: &Ecr,
    ctx: &Context,
    input: GetAccountSettingRequest,
) -> AwsResult<GetAccountSettingResponse> {
    let name = input.name.unwrap_or_default();
    let value = account_setting(ecr, &scope(ctx), &name)?;
    Ok(GetAccountSettingResponse {
        name: Some(name),
        value: Some(value),
    })
}

pub fn put_account_setting(
    ecr: &Ecr,
    ctx: &Context,
    input: PutAccountSettingRequest,
) -> AwsResult<PutAccountSettingResponse> {
    let name = input.name.unwrap_or_default();
    let value = input.value.unwrap_or_default();
    let values = allowed(&name)?;
    if !values.contains(&value.as_str()) {
        return Err(ErrorCode::ValidationException.with(format!(
            "Invalid value '{value}' for account setting '{name}'. Valid values are {}.",
            values.join(", ")
        )));
    }
    let s = scope(ctx);
    let mut b = Batch::default();
    b.put(
        key(&s.account, &s.region, "setting", &name),
        value.clone().into_bytes(),
    );
    ecr.store.kv.apply(NS, b).map_err(storage)?;
    Ok(PutAccountSettingResponse {
        name: Some(name),
        value: Some(value),
    })
}

// Signing configuration.

fn no_signing(ctx: &Context) -> crate::error::AwsError {
    ErrorCode::SigningConfigurationNotFoundException.with(format!(
        "Signing configuration does not exist in the registry with id '{}'",
        ctx.account
    ))
}

pub fn put_signing(
    ecr: &Ecr,
    ctx: &Context,
    input: PutSigningConfigurationRequest,
) -> AwsResult<PutSigningConfigurationResponse> {
    let config = input.signing_configuration.unwrap_or_default();
    for rule in config.rules.iter().flatten() {
        let arn = rule.signing_profile_arn.as_deref().unwrap_or_default();
        if !arn.starts_with("arn:aws:signer:") || !arn.contains(":/signing-profiles/") {
            return Err(ErrorCode::InvalidParameterException.with(format!(
                "Invalid parameter at 'signingProfileArn' failed to satisfy constraint: 'Invalid AWS Signer signing profile ARN: {arn}'"
            )));
        }
    }
    update(ecr, ctx, |v| {
        v.signing = Some(config.clone());
        Ok(())
    })?;
    Ok(PutSigningConfigurationResponse {
        signing_configuration: Some(config),
    })
}

pub fn get_signing(
    ecr: &Ecr,
    ctx: &Context,
    _input: GetSigningConfigurationRequest,
) -> AwsResult<GetSigningConfigurationResponse> {
    let config = load(ecr, &scope(ctx))?
        .signing
        .ok_or_else(|| no_signing(ctx))?;
    Ok(GetSigningConfigurationResponse {
        registry_id: Some(ctx.account.clone()),
        signing_configuration: Some(config),
    })
}

pub fn delete_signing(
    ecr: &Ecr,
    ctx: &Context,
    _input: DeleteSigningConfigurationRequest,
) -> AwsResult<DeleteSigningConfigurationResponse> {
    let config = update(ecr, ctx, |v| {
        v.signing.take().ok_or_else(|| no_signing(ctx))
    })?;
    Ok(DeleteSigningConfigurationResponse {
        registry_id: Some(ctx.account.clone()),
        signing_configuration: Some(config),
    })
}

/// Does a repository filter list (WILDCARD_MATCH, or PREFIX_MATCH) take `name`?
pub fn filters_match<'a>(
    filters: impl IntoIterator<Item = (&'a Option<String>, &'a Option<String>)>,
    name: &str,
) -> bool {
    let mut any = false;
    for (filter, kind) in filters {
        any = true;
        let f = filter.as_deref().unwrap_or_default();
        let hit = match kind.as_deref() {
            Some("PREFIX_MATCH") => name.starts_with(f),
            _ => wildcard(f, name),
        };
        if hit {
            return true;
        }
    }
    !any
}

/// Signing needs AWS Signer, which is not here: an image a signing rule covers reports
/// FAILED with the reason, so nothing pretends a signature exists.
pub fn signing_status(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeImageSigningStatusRequest,
) -> AwsResult<DescribeImageSigningStatusResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.image_id.unwrap_or_default();
    let (m, _) = super::image::find_one(ecr, ctx, &name, &id)?;
    let config = load(ecr, &scope(ctx))?.signing.unwrap_or_default();
    let statuses = config
        .rules
        .unwrap_or_default()
        .into_iter()
        .filter(|r| {
            filters_match(
                r.repository_filters
                    .iter()
                    .flatten()
                    .map(|f| (&f.filter, &f.filter_type)),
                &name,
            )
        })
        .map(|r| ImageSigningStatus {
            signing_profile_arn: r.signing_profile_arn,
            status: Some("FAILED".into()),
            failure_code: Some("SIGNING_SERVICE_UNAVAILABLE".into()),
            failure_reason: Some(format!(
                "Image {} was not signed: AWS Signer is not available in Dockside.",
                m.digest
            )),
        })
        .collect();
    Ok(DescribeImageSigningStatusResponse {
        repository_name: Some(name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(m.digest),
            image_tag: id.image_tag,
        }),
        registry_id: Some(ctx.account.clone()),
        signing_statuses: Some(statuses),
    })
}

// Pull-time update exclusions.

fn check_principal(arn: &str) -> AwsResult<()> {
    let ok = arn.starts_with("arn:aws:iam::") && (arn.contains(":role/") || arn.contains(":user/"));
    if !ok {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'principalArn' failed to satisfy constraint: 'Invalid IAM principal ARN: {arn}'"
        )));
    }
    Ok(())
}

pub fn register_exclusion(
    ecr: &Ecr,
    ctx: &Context,
    input: RegisterPullTimeUpdateExclusionRequest,
) -> AwsResult<RegisterPullTimeUpdateExclusionResponse> {
    let arn = input.principal_arn.unwrap_or_default();
    check_principal(&arn)?;
    let now = ctx.clock.now_millis();
    update(ecr, ctx, |v| {
        if v.exclusions.iter().any(|(a, _)| *a == arn) {
            return Err(ErrorCode::ExclusionAlreadyExistsException.with(format!(
                "The principal '{arn}' is already excluded from pull time updates."
            )));
        }
        if v.exclusions.len() >= 20 {
            return Err(ErrorCode::LimitExceededException
                .with("The maximum number of pull time update exclusions (20) has been reached."));
        }
        v.exclusions.push((arn.clone(), now));
        Ok(())
    })?;
    Ok(RegisterPullTimeUpdateExclusionResponse {
        principal_arn: Some(arn),
        created_at: Some(Timestamp::from_millis(now)),
    })
}

pub fn deregister_exclusion(
    ecr: &Ecr,
    ctx: &Context,
    input: DeregisterPullTimeUpdateExclusionRequest,
) -> AwsResult<DeregisterPullTimeUpdateExclusionResponse> {
    let arn = input.principal_arn.unwrap_or_default();
    check_principal(&arn)?;
    update(ecr, ctx, |v| {
        let before = v.exclusions.len();
        v.exclusions.retain(|(a, _)| *a != arn);
        if v.exclusions.len() == before {
            return Err(ErrorCode::ExclusionNotFoundException.with(format!(
                "The principal '{arn}' is not excluded from pull time updates."
            )));
        }
        Ok(())
    })?;
    Ok(DeregisterPullTimeUpdateExclusionResponse {
        principal_arn: Some(arn),
    })
}

pub fn list_exclusions(
    ecr: &Ecr,
    ctx: &Context,
    input: ListPullTimeUpdateExclusionsRequest,
) -> AwsResult<ListPullTimeUpdateExclusionsResponse> {
    check_registry(ctx, None)?;
    let mut arns: Vec<String> = load(ecr, &scope(ctx))?
        .exclusions
        .into_iter()
        .map(|(a, _)| a)
        .collect();
    arns.sort();
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<String> = arns
        .into_iter()
        .filter(|a| after.as_ref().is_none_or(|x| a > x))
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let next = (rest.len() > max).then(|| encode_token(&rest[max - 1]));
    Ok(ListPullTimeUpdateExclusionsResponse {
        pull_time_update_exclusions: Some(rest.into_iter().take(max).collect()),
        next_token: next,
    })
}
