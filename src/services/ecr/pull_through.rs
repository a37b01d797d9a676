//! Pull-through cache: the rules (Create/Describe/Update/Delete/ValidatePullThroughCacheRule)
//! and the fetch behind them: pulling `<prefix>/<repo>` from Dockside's registry when it is
//! not cached yet gets the manifest (and the children of an index) from the upstream
//! registry with oci-client, streams every blob into the blob store (digests verified), and
//! stores the image under the cached repository, created from a PULL_THROUGH_CACHE
//! creation template when one covers it.
//!
//! It never pushes upstream and never fetches for a repository no rule covers. Secrets
//! Manager is not emulated: upstreams are read anonymously.

use futures_util::StreamExt;
use oci_client::client::{ClientConfig, ClientProtocol};
use oci_client::secrets::RegistryAuth;
use oci_client::{Client, Reference, RegistryOperation};
use serde_json::Value;

use super::api::*;
use super::repository::{decode_token, encode_token};
use super::settings::{load, update};
use super::{Ecr, check_registry, scope};
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::registry::digest::Digest;
use crate::registry::manifest;
use crate::registry::store::{Images, Link, NS, Scope};
use crate::types::Timestamp;

const ROOT: &str = "ROOT";

/// Upstreams that need a Secrets Manager credential on ECR.
const NEEDS_CREDENTIAL: &[&str] = &[
    "docker-hub",
    "github-container-registry",
    "azure-container-registry",
    "gitlab-container-registry",
];

/// The upstream kind a registry URL names; None for a registry ECR has no name for (a
/// local one, say), which Dockside serves as a plain OCI registry.
fn kind_of(url: &str) -> Option<&'static str> {
    let host = host_of(url);
    let known = [
        ("registry-1.docker.io", "docker-hub"),
        ("docker.io", "docker-hub"),
        ("public.ecr.aws", "ecr-public"),
        ("quay.io", "quay"),
        ("registry.k8s.io", "k8s"),
        ("ghcr.io", "github-container-registry"),
        ("registry.gitlab.com", "gitlab-container-registry"),
        ("cgr.dev", "chainguard"),
    ];
    if let Some((_, k)) = known.iter().find(|(h, _)| *h == host) {
        return Some(k);
    }
    if host.ends_with(".azurecr.io") {
        return Some("azure-container-registry");
    }
    if host.contains(".dkr.ecr.") {
        return Some("ecr");
    }
    None
}

fn host_of(url: &str) -> &str {
    url.trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_end_matches('/')
}

fn not_found(ctx: &Context, prefix: &str) -> AwsError {
    ErrorCode::PullThroughCacheRuleNotFoundException.with(format!(
        "The pull through cache rule with prefix '{prefix}' does not exist in the registry with id '{}'",
        ctx.account
    ))
}

fn find(ecr: &Ecr, ctx: &Context, prefix: &str) -> AwsResult<PullThroughCacheRule> {
    load(ecr, &scope(ctx))?
        .pull_through
        .into_iter()
        .find(|r| r.ecr_repository_prefix.as_deref() == Some(prefix))
        .ok_or_else(|| not_found(ctx, prefix))
}

pub fn create(
    ecr: &Ecr,
    ctx: &Context,
    input: CreatePullThroughCacheRuleRequest,
) -> AwsResult<CreatePullThroughCacheRuleResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let prefix = input.ecr_repository_prefix.unwrap_or_default();
    let url = input.upstream_registry_url.unwrap_or_default();
    if url.trim().is_empty() {
        return Err(ErrorCode::InvalidParameterException
            .with("Invalid parameter at 'upstreamRegistryUrl' failed to satisfy constraint: 'must not be empty'"));
    }
    let kind = match (input.upstream_registry.as_deref(), kind_of(&url)) {
        (Some(given), Some(found)) if given != found => {
            return Err(
                ErrorCode::UnsupportedUpstreamRegistryException.with(format!(
                    "The upstream registry URL '{url}' is not a {given} registry."
                )),
            );
        }
        (Some(given), _) => Some(given.to_string()),
        (None, found) => found.map(str::to_string),
    };
    if let Some(k) = &kind
        && NEEDS_CREDENTIAL.contains(&k.as_str())
        && input.credential_arn.is_none()
    {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid parameter at 'credentialArn' failed to satisfy constraint: 'A credential ARN is required for upstream registry {k}'"
        )));
    }
    let now = ctx.clock.now_millis();
    let rule = PullThroughCacheRule {
        ecr_repository_prefix: Some(prefix.clone()),
        upstream_registry_url: Some(url),
        created_at: Some(Timestamp::from_millis(now)),
        registry_id: Some(ctx.account.clone()),
        credential_arn: input.credential_arn,
        custom_role_arn: input.custom_role_arn,
        upstream_repository_prefix: Some(
            input
                .upstream_repository_prefix
                .unwrap_or_else(|| ROOT.into()),
        ),
        upstream_registry: kind,
        updated_at: Some(Timestamp::from_millis(now)),
    };
    update(ecr, ctx, |v| {
        if v.pull_through
            .iter()
            .any(|r| r.ecr_repository_prefix.as_deref() == Some(&prefix))
        {
            return Err(ErrorCode::PullThroughCacheRuleAlreadyExistsException.with(format!(
                "The pull through cache rule with prefix '{prefix}' already exists in the registry with id '{}'",
                ctx.account
            )));
        }
        if v.pull_through.len() >= 50 {
            return Err(ErrorCode::LimitExceededException
                .with("The maximum number of pull through cache rules (50) has been reached."));
        }
        v.pull_through.push(rule.clone());
        Ok(())
    })?;
    Ok(CreatePullThroughCacheRuleResponse {
        ecr_repository_prefix: rule.ecr_repository_prefix,
        upstream_registry_url: rule.upstream_registry_url,
        created_at: rule.created_at,
        registry_id: rule.registry_id,
        upstream_registry: rule.upstream_registry,
        credential_arn: rule.credential_arn,
        custom_role_arn: rule.custom_role_arn,
        upstream_repository_prefix: rule.upstream_repository_prefix,
    })
}

pub fn describe(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribePullThroughCacheRulesRequest,
) -> AwsResult<DescribePullThroughCacheRulesResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let mut all = load(ecr, &scope(ctx))?.pull_through;
    all.sort_by(|a, b| a.ecr_repository_prefix.cmp(&b.ecr_repository_prefix));
    if let Some(wanted) = input.ecr_repository_prefixes {
        let mut out = Vec::new();
        for p in wanted {
            out.push(
                all.iter()
                    .find(|r| r.ecr_repository_prefix.as_ref() == Some(&p))
                    .cloned()
                    .ok_or_else(|| not_found(ctx, &p))?,
            );
        }
        return Ok(DescribePullThroughCacheRulesResponse {
            pull_through_cache_rules: Some(out),
            next_token: None,
        });
    }
    let after = input.next_token.as_deref().map(decode_token).transpose()?;
    let rest: Vec<PullThroughCacheRule> = all
        .into_iter()
        .filter(|r| {
            after
                .as_ref()
                .is_none_or(|a| r.ecr_repository_prefix.as_ref() > Some(a))
        })
        .collect();
    let max = input.max_results.unwrap_or(100) as usize;
    let next = (rest.len() > max).then(|| {
        encode_token(
            rest[max - 1]
                .ecr_repository_prefix
                .as_deref()
                .unwrap_or_default(),
        )
    });
    Ok(DescribePullThroughCacheRulesResponse {
        pull_through_cache_rules: Some(rest.into_iter().take(max).collect()),
        next_token: next,
    })
}

pub fn update_rule(
    ecr: &Ecr,
    ctx: &Context,
    input: UpdatePullThroughCacheRuleRequest,
) -> AwsResult<UpdatePullThroughCacheRuleResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let prefix = input.ecr_repository_prefix.unwrap_or_default();
    let now = ctx.clock.now_millis();
    let rule = update(ecr, ctx, |v| {
        let r = v
            .pull_through
            .iter_mut()
            .find(|r| r.ecr_repository_prefix.as_deref() == Some(&prefix))
            .ok_or_else(|| not_found(ctx, &prefix))?;
        if input.credential_arn.is_some() {
            r.credential_arn = input.credential_arn.clone();
        }
        if input.custom_role_arn.is_some() {
            r.custom_role_arn = input.custom_role_arn.clone();
        }
        r.updated_at = Some(Timestamp::from_millis(now));
        Ok(r.clone())
    })?;
    Ok(UpdatePullThroughCacheRuleResponse {
        ecr_repository_prefix: rule.ecr_repository_prefix,
        registry_id: rule.registry_id,
        updated_at: rule.updated_at,
        credential_arn: rule.credential_arn,
        custom_role_arn: rule.custom_role_arn,
        upstream_repository_prefix: rule.upstream_repository_prefix,
    })
}

pub fn delete(
    ecr: &Ecr,
    ctx: &Context,
    input: DeletePullThroughCacheRuleRequest,
) -> AwsResult<DeletePullThroughCacheRuleResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let prefix = input.ecr_repository_prefix.unwrap_or_default();
    let rule = update(ecr, ctx, |v| {
        let at = v
            .pull_through
            .iter()
            .position(|r| r.ecr_repository_prefix.as_deref() == Some(&prefix))
            .ok_or_else(|| not_found(ctx, &prefix))?;
        Ok(v.pull_through.remove(at))
    })?;
    Ok(DeletePullThroughCacheRuleResponse {
        ecr_repository_prefix: rule.ecr_repository_prefix,
        upstream_registry_url: rule.upstream_registry_url,
        created_at: rule.created_at,
        registry_id: rule.registry_id,
        credential_arn: rule.credential_arn,
        custom_role_arn: rule.custom_role_arn,
        upstream_repository_prefix: rule.upstream_repository_prefix,
    })
}

fn client_for(url: &str) -> Client {
    let host = host_of(url).to_string();
    let local =
        host.starts_with("localhost") || host.starts_with("127.") || host.starts_with("[::1]");
    let protocol = if url.starts_with("http://") || (local && !url.starts_with("https://")) {
        ClientProtocol::Http
    } else {
        ClientProtocol::Https
    };
    Client::new(ClientConfig {
        protocol,
        ..Default::default()
    })
}

/// Checks that the upstream registry answers (its `/v2/` and the authentication it asks for).
pub async fn validate(
    ecr: &Ecr,
    ctx: &Context,
    input: ValidatePullThroughCacheRuleRequest,
) -> AwsResult<ValidatePullThroughCacheRuleResponse> {
    check_registry(ctx, input.registry_id.as_deref())?;
    let prefix = input.ecr_repository_prefix.unwrap_or_default();
    let rule = find(ecr, ctx, &prefix)?;
    let url = rule.upstream_registry_url.clone().unwrap_or_default();
    let reference = Reference::with_tag(
        host_of(&url).to_string(),
        "dockside/validate".into(),
        "latest".into(),
    );
    let outcome = client_for(&url)
        .auth(
            &reference,
            &RegistryAuth::Anonymous,
            RegistryOperation::Pull,
        )
        .await;
    Ok(ValidatePullThroughCacheRuleResponse {
        ecr_repository_prefix: rule.ecr_repository_prefix,
        registry_id: Some(ctx.account.clone()),
        upstream_registry_url: rule.upstream_registry_url,
        credential_arn: rule.credential_arn,
        custom_role_arn: rule.custom_role_arn,
        upstream_repository_prefix: rule.upstream_repository_prefix,
        is_valid: Some(outcome.is_ok()),
        failure: outcome
            .err()
            .map(|e| format!("The upstream registry could not be reached: {e}")),
    })
}

/// The rule covering repository `name`, with the upstream repository it maps to.
fn covering(rules: &[PullThroughCacheRule], name: &str) -> Option<(PullThroughCacheRule, String)> {
    let mut best: Option<(PullThroughCacheRule, String)> = None;
    for r in rules {
        let p = r
            .ecr_repository_prefix
            .as_deref()
            .unwrap_or_default()
            .trim_end_matches('/');
        let rest = if p == ROOT {
            Some(name)
        } else {
            name.strip_prefix(p).and_then(|x| x.strip_prefix('/'))
        };
        let Some(rest) = rest.filter(|x| !x.is_empty()) else {
            continue;
        };
        let up = r
            .upstream_repository_prefix
            .as_deref()
            .unwrap_or(ROOT)
            .trim_end_matches('/');
        let upstream = if up == ROOT {
            rest.to_string()
        } else {
            format!("{up}/{rest}")
        };
        // The longest prefix wins; ROOT only when nothing else covers the name.
        let better = match &best {
            None => true,
            Some((b, _)) => {
                let bp = b.ecr_repository_prefix.as_deref().unwrap_or_default();
                bp == ROOT || (p != ROOT && p.len() > bp.len())
            }
        };
        if better {
            best = Some((r.clone(), upstream));
        }
    }
    best
}

const ACCEPT: &[&str] = &[
    "application/vnd.oci.image.index.v1+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.docker.distribution.manifest.v2+json",
];

/// Before a registry pull of `name:reference`: when a rule covers the repository and the
/// image is not cached, fetches it from upstream. Returns whether it fetched anything.
pub async fn fetch(ecr: &Ecr, s: &Scope, name: &str, reference: &str) -> Result<bool, String> {
    let settings = load(ecr, s).map_err(|e| e.message)?;
    let Some((rule, upstream_repo)) = covering(&settings.pull_through, name) else {
        return Ok(false);
    };
    let images = &ecr.registry.images;
    let repo = images.repo(s, name).map_err(|e| e.to_string())?;
    if repo.is_some()
        && images
            .resolve(s, name, reference)
            .map_err(|e| e.to_string())?
            .is_some()
    {
        return Ok(false);
    }
    let url = rule.upstream_registry_url.unwrap_or_default();
    let host = host_of(&url).to_string();
    let client = client_for(&url);
    let top = match Digest::parse(reference) {
        Some(_) => Reference::with_digest(host.clone(), upstream_repo.clone(), reference.into()),
        None => Reference::with_tag(host.clone(), upstream_repo.clone(), reference.into()),
    };
    let (bytes, _) = client
        .pull_manifest_raw(&top, &RegistryAuth::Anonymous, ACCEPT)
        .await
        .map_err(|e| format!("upstream {url} has no {upstream_repo}:{reference}: {e}"))?;
    if repo.is_none() {
        let made = super::templates::create_from_template(ecr, s, name, "PULL_THROUGH_CACHE")
            .map_err(|e| e.message)?;
        if made.is_none() {
            let ctx = Context::background("ecr", &s.account, &s.region, ecr.registry.clock());
            let created = super::repository::create(
                ecr,
                &ctx,
                CreateRepositoryRequest {
                    repository_name: Some(name.to_string()),
                    ..Default::default()
                },
            );
            if let Err(e) = created
                && e.code != "RepositoryAlreadyExistsException"
            {
                return Err(e.message);
            }
        }
    }
    let up = Upstream {
        client: &client,
        host: &host,
        repo: &upstream_repo,
    };
    let tag = Digest::parse(reference).is_none().then_some(reference);
    store_tree(ecr, s, name, &up, bytes.to_vec(), tag).await?;
    Ok(true)
}

struct Upstream<'a> {
    client: &'a Client,
    host: &'a str,
    repo: &'a str,
}

/// Stores a fetched manifest after everything it references: child manifests, then blobs.
async fn store_tree(
    ecr: &Ecr,
    s: &Scope,
    name: &str,
    up: &Upstream<'_>,
    bytes: Vec<u8>,
    tag: Option<&str>,
) -> Result<(), String> {
    let doc: Value = serde_json::from_slice(&bytes).map_err(|e| e.to_string())?;
    let images = &ecr.registry.images;
    if let Some(children) = doc["manifests"].as_array() {
        for c in children {
            let d = c["digest"].as_str().unwrap_or_default().to_string();
            if images
                .manifest(s, name, &d)
                .map_err(|e| e.to_string())?
                .is_some()
            {
                continue;
            }
            let r = Reference::with_digest(up.host.into(), up.repo.into(), d.clone());
            let (child, _) = up
                .client
                .pull_manifest_raw(&r, &RegistryAuth::Anonymous, ACCEPT)
                .await
                .map_err(|e| format!("child manifest {d}: {e}"))?;
            Box::pin(store_tree(ecr, s, name, up, child.to_vec(), None)).await?;
        }
    }
    let mut blobs: Vec<(String, u64)> = Vec::new();
    for desc in
        std::iter::once(&doc["config"]).chain(doc["layers"].as_array().into_iter().flatten())
    {
        if let Some(d) = desc["digest"].as_str() {
            blobs.push((d.to_string(), desc["size"].as_u64().unwrap_or(0)));
        }
    }
    let now = ecr.registry.now();
    for (d, size) in blobs {
        if images
            .link(s, name, &d)
            .map_err(|e| e.to_string())?
            .is_none()
        {
            let size = fetch_blob(ecr, s, up, &d, size).await?;
            images
                .put_link(
                    s,
                    name,
                    &d,
                    &Link {
                        size,
                        created_ms: now,
                    },
                )
                .map_err(|e| e.to_string())?;
        }
    }
    let media_type = doc["mediaType"].as_str().map(str::to_string);
    let m = manifest::build(images, s, name, &bytes, media_type.as_deref(), now)
        .map_err(|e| e.message)?;
    let stored = match images
        .manifest(s, name, &m.digest)
        .map_err(|e| e.to_string())?
    {
        Some(old) => m.over(old),
        None => m,
    };
    images
        .put_manifest(s, name, &stored, tag)
        .map_err(|e| e.to_string())?;
    ecr.store.kv.persist().map_err(|e| e.to_string())
}

/// Streams one blob from upstream into the blob store (oci-client verifies its digest).
async fn fetch_blob(
    ecr: &Ecr,
    s: &Scope,
    up: &Upstream<'_>,
    digest: &str,
    size: u64,
) -> Result<u64, String> {
    let blobs = ecr.registry.images.blobs();
    let key = Images::blob_key(s, digest);
    if let Some(have) = blobs.size(NS, &key).map_err(|e| e.to_string())? {
        return Ok(have);
    }
    let r = Reference::with_digest(up.host.into(), up.repo.into(), digest.into());
    let mut stream = up
        .client
        .pull_blob_stream(&r, digest)
        .await
        .map_err(|e| format!("blob {digest}: {e}"))?
        .stream;
    let mut w = blobs.writer(NS);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.map_err(|e| format!("blob {digest}: {e}"))?;
        w.write(&chunk).map_err(|e| e.to_string())?;
    }
    let got = w.size();
    if size != 0 && got != size {
        return Err(format!(
            "blob {digest}: {got} bytes, the manifest says {size}"
        ));
    }
    w.commit(&key).map_err(|e| e.to_string())?;
    Ok(got)
}
