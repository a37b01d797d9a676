//! Repositories: CreateRepository, DescribeRepositories, DeleteRepository, tag mutability,
//! scanning configuration, repository policies and tags. ECR's own view of a repository
//! is kept beside the registry's, in the repository record's `meta`.
//!
//! It never touches images except to refuse deleting a repository that holds them.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::{Ecr, check_registry, registry_host, scope, storage};
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::registry::store::Repo;
use crate::types::Timestamp;

/// What ECR keeps about a repository beside the registry's record.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Meta {
    pub repository: Repository,
    pub policy: Option<String>,
    #[serde(default)]
    pub tags: Vec<Tag>,
    /// The lifecycle policy, when one is put.
    #[serde(default)]
    pub lifecycle: Option<super::lifecycle::Attached>,
}

pub fn meta(repo: &Repo) -> Meta {
    serde_json::from_value(repo.meta.clone()).unwrap_or_default()
}

pub fn not_found(ctx: &Context, name: &str) -> AwsError {
    ErrorCode::RepositoryNotFoundException.with(format!(
        "The repository with name '{name}' does not exist in the registry with id '{}'",
        ctx.account
    ))
}

/// An existing repository, or RepositoryNotFoundException.
pub fn existing(ecr: &Ecr, ctx: &Context, registry: Option<&str>, name: &str) -> AwsResult<Repo> {
    check_registry(ctx, registry)?;
    ecr.registry
        .images
        .repo(&scope(ctx), name)
        .map_err(storage)?
        .ok_or_else(|| not_found(ctx, name))
}

/// The repository as ECR's answers show it (its URI on the host the client used).
pub fn view(ctx: &Context, repo: &Repo) -> Repository {
    let mut r = meta(repo).repository;
    r.repository_uri = Some(format!("{}/{}", registry_host(ctx), repo.name));
    r
}

pub(crate) fn save(ecr: &Ecr, ctx: &Context, repo: &mut Repo, m: &Meta) -> AwsResult<()> {
    repo.meta = serde_json::to_value(m).map_err(storage)?;
    ecr.registry
        .images
        .put_repo(&scope(ctx), repo)
        .map_err(storage)
}

/// (immutable, exclusion filters, the filters name locked tags) of a mutability setting.
fn mutability(
    value: &str,
    filters: &[ImageTagMutabilityExclusionFilter],
) -> AwsResult<(bool, Vec<String>, bool)> {
    let immutable = value.starts_with("IMMUTABLE");
    let with_exclusion = value.ends_with("_WITH_EXCLUSION");
    if with_exclusion && filters.is_empty() {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "imageTagMutabilityExclusionFilters are required when imageTagMutability is {value}."
        )));
    }
    if !with_exclusion && !filters.is_empty() {
        return Err(ErrorCode::InvalidParameterException
            .with(format!("imageTagMutabilityExclusionFilters are only valid with a _WITH_EXCLUSION imageTagMutability, not {value}.")));
    }
    // With MUTABLE_WITH_EXCLUSION the filters name the tags that are immutable; with
    // IMMUTABLE_WITH_EXCLUSION, the tags that stay mutable.
    let names = filters.iter().filter_map(|f| f.filter.clone()).collect();
    Ok((immutable, names, value == "MUTABLE_WITH_EXCLUSION"))
}

pub fn create(
    ecr: &Ecr,
    ctx: &Context,
    input: CreateRepositoryRequest,
) -> AwsResult<CreateRepositoryResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let name = input.repository_name.unwrap_or_default();
    let s = scope(ctx);
    if ecr
        .registry
        .images
        .repo(&s, &name)
        .map_err(storage)?
        .is_some()
    {
        return Err(ErrorCode::RepositoryAlreadyExistsException.with(format!(
            "The repository with name '{name}' already exists in the registry with id '{}'",
            ctx.account
        )));
    }
    let tag_mutability = input
        .image_tag_mutability
        .unwrap_or_else(|| "MUTABLE".into());
    let filters = input
        .image_tag_mutability_exclusion_filters
        .unwrap_or_default();
    let (immutable, exclusions, exclusions_lock) = mutability(&tag_mutability, &filters)?;
    let encryption = input
        .encryption_configuration
        .unwrap_or(EncryptionConfiguration {
            encryption_type: Some("AES256".into()),
            kms_key: None,
        });
    if encryption.encryption_type.as_deref() == Some("AES256") && encryption.kms_key.is_some() {
        return Err(ErrorCode::InvalidParameterException
            .with("A KMS key can only be given with KMS encryption."));
    }
    let now = ctx.clock.now_millis();
    let repository = Repository {
        repository_arn: Some(ctx.arn("ecr", &format!("repository/{name}"))),
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name.clone()),
        repository_uri: None,
        created_at: Some(Timestamp::from_millis(now)),
        image_tag_mutability: Some(tag_mutability),
        image_tag_mutability_exclusion_filters: (!filters.is_empty()).then_some(filters),
        image_scanning_configuration: Some(input.image_scanning_configuration.unwrap_or(
            ImageScanningConfiguration {
                scan_on_push: Some(false),
            },
        )),
        encryption_configuration: Some(encryption),
    };
    let tags = input.tags.unwrap_or_default();
    let mut repo = Repo {
        name: name.clone(),
        created_ms: now,
        immutable,
        exclusions,
        exclusions_lock,
        meta: serde_json::Value::Null,
    };
    save(
        ecr,
        ctx,
        &mut repo,
        &Meta {
            repository,
            policy: None,
            tags,
            lifecycle: None,
        },
    )?;
    Ok(CreateRepositoryResponse {
        repository: Some(view(ctx, &repo)),
    })
}

pub fn describe(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeRepositoriesRequest,
) -> AwsResult<DescribeRepositoriesResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let s = scope(ctx);
    if let Some(names) = input.repository_names {
        let mut out = Vec::new();
        for n in names {
            out.push(view(ctx, &existing(ecr, ctx, None, &n)?));
        }
        return Ok(DescribeRepositoriesResponse {
            repositories: Some(out),
            next_token: None,
        });
    }
    let max = input.max_results.unwrap_or(1000) as usize;
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let page = ecr
        .registry
        .images
        .repos(&s, after.as_deref(), max + 1)
        .map_err(storage)?;
    let more = page.len() > max;
    let repos: Vec<Repository> = page.iter().take(max).map(|r| view(ctx, r)).collect();
    let next = if more {
        page.get(max - 1).map(|r| encode_token(&r.name))
    } else {
        None
    };
    Ok(DescribeRepositoriesResponse {
        repositories: Some(repos),
        next_token: next,
    })
}

pub fn encode_token(key: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key)
}

pub fn decode_token(token: &str) -> AwsResult<String> {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token)
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| {
            ErrorCode::InvalidParameterException.with(
                "Invalid parameter at 'nextToken' failed to satisfy constraint: 'Invalid token'",
            )
        })
}

pub fn delete(
    ecr: &Ecr,
    ctx: &Context,
    input: DeleteRepositoryRequest,
) -> AwsResult<DeleteRepositoryResponse> {
    let name = input.repository_name.unwrap_or_default();
    let repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let s = scope(ctx);
    let images = &ecr.registry.images;
    let holds = !images.manifests(&s, &name).map_err(storage)?.is_empty();
    if holds && !input.force.unwrap_or(false) {
        return Err(ErrorCode::RepositoryNotEmptyException.with(format!(
            "The repository with name '{name}' in registry with id '{}' cannot be deleted because it still contains images",
            ctx.account
        )));
    }
    let out = view(ctx, &repo);
    images.delete_repo(&s, &name).map_err(storage)?;
    images
        .collect_garbage(&s, ctx.clock.now_millis(), 0)
        .map_err(storage)?;
    Ok(DeleteRepositoryResponse {
        repository: Some(out),
    })
}

pub fn put_tag_mutability(
    ecr: &Ecr,
    ctx: &Context,
    input: PutImageTagMutabilityRequest,
) -> AwsResult<PutImageTagMutabilityResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let value = input
        .image_tag_mutability
        .unwrap_or_else(|| "MUTABLE".into());
    let filters = input
        .image_tag_mutability_exclusion_filters
        .unwrap_or_default();
    let (immutable, exclusions, exclusions_lock) = mutability(&value, &filters)?;
    let mut m = meta(&repo);
    m.repository.image_tag_mutability = Some(value.clone());
    m.repository.image_tag_mutability_exclusion_filters =
        (!filters.is_empty()).then(|| filters.clone());
    repo.immutable = immutable;
    repo.exclusions = exclusions;
    repo.exclusions_lock = exclusions_lock;
    save(ecr, ctx, &mut repo, &m)?;
    Ok(PutImageTagMutabilityResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        image_tag_mutability: Some(value),
        image_tag_mutability_exclusion_filters: (!filters.is_empty()).then_some(filters),
    })
}

pub fn put_scanning(
    ecr: &Ecr,
    ctx: &Context,
    input: PutImageScanningConfigurationRequest,
) -> AwsResult<PutImageScanningConfigurationResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let mut m = meta(&repo);
    m.repository.image_scanning_configuration = input.image_scanning_configuration.clone();
    save(ecr, ctx, &mut repo, &m)?;
    Ok(PutImageScanningConfigurationResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        image_scanning_configuration: input.image_scanning_configuration,
    })
}

/// A policy document must be a JSON object with a Statement, as IAM requires.
pub(crate) fn check_policy(text: &str) -> AwsResult<()> {
    let ok = serde_json::from_str::<serde_json::Value>(text)
        .ok()
        .is_some_and(|v| v.is_object() && v.get("Statement").is_some());
    if !ok {
        return Err(ErrorCode::InvalidParameterException
            .with("Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'"));
    }
    Ok(())
}

pub fn set_policy(
    ecr: &Ecr,
    ctx: &Context,
    input: SetRepositoryPolicyRequest,
) -> AwsResult<SetRepositoryPolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let text = input.policy_text.unwrap_or_default();
    check_policy(&text)?;
    let mut m = meta(&repo);
    m.policy = Some(text.clone());
    save(ecr, ctx, &mut repo, &m)?;
    Ok(SetRepositoryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        policy_text: Some(text),
    })
}

fn no_policy(ctx: &Context, name: &str) -> AwsError {
    ErrorCode::RepositoryPolicyNotFoundException.with(format!(
        "Repository policy does not exist for the repository with name '{name}' in the registry with id '{}'",
        ctx.account
    ))
}

pub fn get_policy(
    ecr: &Ecr,
    ctx: &Context,
    input: GetRepositoryPolicyRequest,
) -> AwsResult<GetRepositoryPolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let policy = meta(&repo).policy.ok_or_else(|| no_policy(ctx, &name))?;
    Ok(GetRepositoryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        policy_text: Some(policy),
    })
}

pub fn delete_policy(
    ecr: &Ecr,
    ctx: &Context,
    input: DeleteRepositoryPolicyRequest,
) -> AwsResult<DeleteRepositoryPolicyResponse> {
    let name = input.repository_name.unwrap_or_default();
    let mut repo = existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let mut m = meta(&repo);
    let policy = m.policy.take().ok_or_else(|| no_policy(ctx, &name))?;
    save(ecr, ctx, &mut repo, &m)?;
    Ok(DeleteRepositoryPolicyResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        policy_text: Some(policy),
    })
}

/// The repository a resource ARN names (`arn:aws:ecr:<region>:<account>:repository/<name>`).
fn by_arn(ecr: &Ecr, ctx: &Context, arn: &str) -> AwsResult<Repo> {
    let name = arn
        .split_once(":repository/")
        .map(|(_, n)| n)
        .filter(|_| arn.starts_with("arn:aws:ecr:"))
        .ok_or_else(|| ErrorCode::InvalidParameterException.with(format!("Invalid parameter at 'resourceArn' failed to satisfy constraint: 'Invalid ARN: {arn}'")))?;
    let prefix = ctx.arn("ecr", "repository/");
    if !arn.starts_with(&prefix) {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'resourceArn' failed to satisfy constraint: 'The resource {arn} is not in account {} and region {}'",
            ctx.account, ctx.region
        )));
    }
    existing(ecr, ctx, None, name)
}

pub fn tag(ecr: &Ecr, ctx: &Context, input: TagResourceRequest) -> AwsResult<TagResourceResponse> {
    let mut repo = by_arn(ecr, ctx, input.resource_arn.as_deref().unwrap_or_default())?;
    let mut m = meta(&repo);
    for t in input.tags.unwrap_or_default() {
        match m.tags.iter_mut().find(|x| x.key == t.key) {
            Some(x) => x.value = t.value,
            None => m.tags.push(t),
        }
    }
    if m.tags.len() > 50 {
        return Err(ErrorCode::TooManyTagsException.with("A repository can have at most 50 tags."));
    }
    save(ecr, ctx, &mut repo, &m)?;
    Ok(TagResourceResponse {})
}

pub fn untag(
    ecr: &Ecr,
    ctx: &Context,
    input: UntagResourceRequest,
) -> AwsResult<UntagResourceResponse> {
    let mut repo = by_arn(ecr, ctx, input.resource_arn.as_deref().unwrap_or_default())?;
    let keys = input.tag_keys.unwrap_or_default();
    let mut m = meta(&repo);
    m.tags
        .retain(|t| !t.key.as_ref().is_some_and(|k| keys.contains(k)));
    save(ecr, ctx, &mut repo, &m)?;
    Ok(UntagResourceResponse {})
}

pub fn list_tags(
    ecr: &Ecr,
    ctx: &Context,
    input: ListTagsForResourceRequest,
) -> AwsResult<ListTagsForResourceResponse> {
    let repo = by_arn(ecr, ctx, input.resource_arn.as_deref().unwrap_or_default())?;
    Ok(ListTagsForResourceResponse {
        tags: Some(meta(&repo).tags),
    })
}
