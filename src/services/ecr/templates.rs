//! Repository creation templates: Create/Describe/Update/DeleteRepositoryCreationTemplate,
//! and the repositories they create: on a docker push to a repository that does not exist
//! (CREATE_ON_PUSH), for pull-through cache and for replication, with the template's
//! mutability, encryption, tags, repository policy and lifecycle policy.
//!
//! It never creates a repository no template covers.

use super::api::*;
use super::repository::{check_policy, decode_token, encode_token};
use super::settings::{load, update};
use super::{Ecr, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::store::{Repo, Scope};
use crate::types::Timestamp;

const ROOT: &str = "ROOT";

fn not_found(ctx: &Context, prefix: &str) -> crate::error::AwsError {
    ErrorCode::TemplateNotFoundException.with(format!(
        "The repository creation template with prefix '{prefix}' does not exist in the registry with id '{}'",
        ctx.account
    ))
}

/// Validates a template's parts the model cannot check.
fn check(t: &RepositoryCreationTemplate) -> AwsResult<()> {
    let applied = t.applied_for.as_deref().unwrap_or_default();
    if applied.is_empty() {
        return Err(ErrorCode::InvalidParameterException.with(
            "Invalid parameter at 'appliedFor' failed to satisfy constraint: 'appliedFor must name at least one of REPLICATION, PULL_THROUGH_CACHE, CREATE_ON_PUSH'",
        ));
    }
    if let Some(p) = &t.repository_policy {
        check_policy(p)?;
    }
    if let Some(l) = &t.lifecycle_policy {
        super::lifecycle_rules::parse(l)
            .map_err(|e| ErrorCode::InvalidParameterException.with(e))?;
    }
    if let Some(role) = &t.custom_role_arn
        && !(role.starts_with("arn:aws:iam::") && role.contains(":role/"))
    {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'customRoleArn' failed to satisfy constraint: 'Invalid IAM role ARN: {role}'"
        )));
    }
    Ok(())
}

macro_rules! template_from {
    ($input:expr, $created:expr, $now:expr) => {
        RepositoryCreationTemplate {
            prefix: $input.prefix,
            description: $input.description,
            encryption_configuration: Some($input.encryption_configuration.unwrap_or(
                EncryptionConfigurationForRepositoryCreationTemplate {
                    encryption_type: Some("AES256".into()),
                    kms_key: None,
                },
            )),
            resource_tags: Some($input.resource_tags.unwrap_or_default()),
            image_tag_mutability: Some(
                $input
                    .image_tag_mutability
                    .unwrap_or_else(|| "MUTABLE".into()),
            ),
            image_tag_mutability_exclusion_filters: $input.image_tag_mutability_exclusion_filters,
            repository_policy: $input.repository_policy,
            lifecycle_policy: $input.lifecycle_policy,
            applied_for: $input.applied_for,
            custom_role_arn: $input.custom_role_arn,
            created_at: Some(Timestamp::from_millis($created)),
            updated_at: Some(Timestamp::from_millis($now)),
        }
    };
}

pub fn create(
    ecr: &Ecr,
    ctx: &Context,
    input: CreateRepositoryCreationTemplateRequest,
) -> AwsResult<CreateRepositoryCreationTemplateResponse> {
    let now = ctx.clock.now_millis();
    let t = template_from!(input, now, now);
    check(&t)?;
    let prefix = t.prefix.clone().unwrap_or_default();
    update(ecr, ctx, |v| {
        if v.templates
            .iter()
            .any(|x| x.prefix.as_deref() == Some(&prefix))
        {
            return Err(ErrorCode::TemplateAlreadyExistsException.with(format!(
                "The repository creation template with prefix '{prefix}' already exists in the registry with id '{}'",
                ctx.account
            )));
        }
        if v.templates.len() >= 50 {
            return Err(ErrorCode::LimitExceededException.with(
                "The maximum number of repository creation templates (50) has been reached.",
            ));
        }
        v.templates.push(t.clone());
        Ok(())
    })?;
    Ok(CreateRepositoryCreationTemplateResponse {
        registry_id: Some(ctx.account.clone()),
        repository_creation_template: Some(t),
    })
}

pub fn update_template(
    ecr: &Ecr,
    ctx: &Context,
    input: UpdateRepositoryCreationTemplateRequest,
) -> AwsResult<UpdateRepositoryCreationTemplateResponse> {
    let prefix = input.prefix.clone().unwrap_or_default();
    let now = ctx.clock.now_millis();
    let t = update(ecr, ctx, |v| {
        let Some(old) = v
            .templates
            .iter_mut()
            .find(|x| x.prefix.as_deref() == Some(&prefix))
        else {
            return Err(not_found(ctx, &prefix));
        };
        let created = old.created_at.map_or(now, |c| c.millis());
        // Fields left out keep their value.
        let merged = UpdateRepositoryCreationTemplateRequest {
            prefix: Some(prefix.clone()),
            description: input.description.or(old.description.clone()),
            encryption_configuration: input
                .encryption_configuration
                .or(old.encryption_configuration.clone()),
            resource_tags: input.resource_tags.or(old.resource_tags.clone()),
            image_tag_mutability: input
                .image_tag_mutability
                .or(old.image_tag_mutability.clone()),
            image_tag_mutability_exclusion_filters: input
                .image_tag_mutability_exclusion_filters
                .or(old.image_tag_mutability_exclusion_filters.clone()),
            repository_policy: input.repository_policy.or(old.repository_policy.clone()),
            lifecycle_policy: input.lifecycle_policy.or(old.lifecycle_policy.clone()),
            applied_for: input.applied_for.or(old.applied_for.clone()),
            custom_role_arn: input.custom_role_arn.or(old.custom_role_arn.clone()),
        };
        let t = template_from!(merged, created, now);
        check(&t)?;
        *old = t.clone();
        Ok(t)
    })?;
    Ok(UpdateRepositoryCreationTemplateResponse {
        registry_id: Some(ctx.account.clone()),
        repository_creation_template: Some(t),
    })
}

pub fn delete(
    ecr: &Ecr,
    ctx: &Context,
    input: DeleteRepositoryCreationTemplateRequest,
) -> AwsResult<DeleteRepositoryCreationTemplateResponse> {
    let prefix = input.prefix.unwrap_or_default();
    let t = update(ecr, ctx, |v| {
        let at = v
            .templates
            .iter()
            .position(|x| x.prefix.as_deref() == Some(&prefix))
            .ok_or_else(|| not_found(ctx, &prefix))?;
        Ok(v.templates.remove(at))
    })?;
    Ok(DeleteRepositoryCreationTemplateResponse {
        registry_id: Some(ctx.account.clone()),
        repository_creation_template: Some(t),
    })
}

pub fn describe(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeRepositoryCreationTemplatesRequest,
) -> AwsResult<DescribeRepositoryCreationTemplatesResponse> {
    let mut all = load(ecr, &scope(ctx))?.templates;
    all.sort_by(|a, b| a.prefix.cmp(&b.prefix));
    let wanted = input.prefixes.unwrap_or_default();
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<RepositoryCreationTemplate> = all
        .into_iter()
        .filter(|t| wanted.is_empty() || wanted.iter().any(|p| t.prefix.as_ref() == Some(p)))
        .filter(|t| after.as_ref().is_none_or(|a| t.prefix.as_ref() > Some(a)))
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let next = (rest.len() > max)
        .then(|| encode_token(rest[max - 1].prefix.as_deref().unwrap_or_default()));
    Ok(DescribeRepositoryCreationTemplatesResponse {
        registry_id: Some(ctx.account.clone()),
        repository_creation_templates: Some(rest.into_iter().take(max).collect()),
        next_token: next,
    })
}

/// The template that applies to `name` for `purpose`: the longest matching prefix, else
/// ROOT.
pub fn matching(
    ecr: &Ecr,
    s: &Scope,
    name: &str,
    purpose: &str,
) -> AwsResult<Option<RepositoryCreationTemplate>> {
    let templates: Vec<RepositoryCreationTemplate> = load(ecr, s)?
        .templates
        .into_iter()
        .filter(|t| t.applied_for.iter().flatten().any(|a| a == purpose))
        .collect();
    let best = templates
        .iter()
        .filter(|t| {
            let p = t.prefix.as_deref().unwrap_or_default();
            p != ROOT
                && (name == p.trim_end_matches('/')
                    || name.starts_with(&format!("{}/", p.trim_end_matches('/'))))
        })
        .max_by_key(|t| t.prefix.as_ref().map_or(0, String::len))
        .or_else(|| templates.iter().find(|t| t.prefix.as_deref() == Some(ROOT)));
    Ok(best.cloned())
}

/// Creates repository `name` from the template that covers it for `purpose`; None when no
/// template does.
pub fn create_from_template(
    ecr: &Ecr,
    s: &Scope,
    name: &str,
    purpose: &str,
) -> AwsResult<Option<Repo>> {
    let Some(t) = matching(ecr, s, name, purpose)? else {
        return Ok(None);
    };
    let ctx = Context::background("ecr", &s.account, &s.region, ecr.registry.clock());
    let enc = t.encryption_configuration.clone().unwrap_or_default();
    let created = super::repository::create(
        ecr,
        &ctx,
        CreateRepositoryRequest {
            repository_name: Some(name.to_string()),
            tags: t.resource_tags.clone().filter(|v| !v.is_empty()),
            image_tag_mutability: t.image_tag_mutability.clone(),
            image_tag_mutability_exclusion_filters: t
                .image_tag_mutability_exclusion_filters
                .clone(),
            encryption_configuration: Some(EncryptionConfiguration {
                encryption_type: enc.encryption_type,
                kms_key: enc.kms_key,
            }),
            ..Default::default()
        },
    );
    match created {
        Ok(_) => {}
        // Another push created it first.
        Err(e) if e.code == "RepositoryAlreadyExistsException" => {}
        Err(e) => return Err(e),
    }
    if let Some(p) = t.repository_policy {
        super::repository::set_policy(
            ecr,
            &ctx,
            SetRepositoryPolicyRequest {
                repository_name: Some(name.to_string()),
                policy_text: Some(p),
                ..Default::default()
            },
        )?;
    }
    if let Some(l) = t.lifecycle_policy {
        super::lifecycle::put(
            ecr,
            &ctx,
            PutLifecyclePolicyRequest {
                repository_name: Some(name.to_string()),
                lifecycle_policy_text: Some(l),
                ..Default::default()
            },
        )?;
    }
    ecr.registry.images.repo(s, name).map_err(storage)
}
