//! Manifests and what lists them: PUT/GET/HEAD/DELETE by tag or digest (Docker schema 2
//! manifests and lists, OCI manifests and indexes, artifacts with `artifactType` and
//! `subject`), tag listing, the catalog and the referrers API.
//!
//! It never accepts a manifest whose blobs or child manifests the repository lacks.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use http_body_util::BodyExt;
use serde_json::{Value, json};

use super::digest::Digest;
use super::errors::{Code, RegistryResult, err};
use super::path::valid_tag;
use super::store::{Images, Manifest, Repo, Scope};
use super::{Ctx, reply};

pub const DOCKER_MANIFEST: &str = "application/vnd.docker.distribution.manifest.v2+json";
pub const DOCKER_LIST: &str = "application/vnd.docker.distribution.manifest.list.v2+json";
pub const OCI_MANIFEST: &str = "application/vnd.oci.image.manifest.v1+json";
pub const OCI_INDEX: &str = "application/vnd.oci.image.index.v1+json";
const OCI_CONFIG: &str = "application/vnd.oci.image.config.v1+json";
const DOCKER_CONFIG: &str = "application/vnd.docker.container.image.v1+json";

/// The largest manifest accepted (ECR's and the spec's suggested limit).
pub const MAX_MANIFEST: usize = 4 * 1024 * 1024;

fn invalid(msg: impl Into<String>) -> super::errors::RegistryError {
    err(Code::ManifestInvalid, msg)
}

fn is_index(media_type: &str) -> bool {
    media_type == DOCKER_LIST || media_type == OCI_INDEX
}

/// Parses and checks a manifest against the repository, building what the store keeps.
pub fn build(
    images: &Images,
    scope: &Scope,
    name: &str,
    bytes: &[u8],
    content_type: Option<&str>,
    now: i64,
) -> RegistryResult<Manifest> {
    let doc: Value =
        serde_json::from_slice(bytes).map_err(|e| invalid(format!("manifest is not JSON: {e}")))?;
    if !doc.is_object() {
        return Err(invalid("manifest is not a JSON object"));
    }
    let declared = doc["mediaType"].as_str();
    let content_type = content_type.map(|c| c.split(';').next().unwrap_or(c).trim());
    let guessed = if doc.get("manifests").is_some() {
        OCI_INDEX
    } else {
        OCI_MANIFEST
    };
    let media_type = match (content_type, declared) {
        (Some(ct), Some(d))
            if ct != d && ct != "application/json" && ct != "application/octet-stream" =>
        {
            return Err(invalid(format!(
                "Content-Type {ct} does not match the manifest's mediaType {d}"
            )));
        }
        (_, Some(d)) => d,
        (Some(ct), None) if ct != "application/json" && ct != "application/octet-stream" => ct,
        _ => guessed,
    }
    .to_string();
    if ![DOCKER_MANIFEST, DOCKER_LIST, OCI_MANIFEST, OCI_INDEX].contains(&media_type.as_str()) {
        return Err(invalid(format!(
            "unsupported manifest media type {media_type}"
        )));
    }
    if doc["schemaVersion"].as_i64() != Some(2) {
        return Err(invalid("schemaVersion must be 2"));
    }
    let descriptor_digest = |d: &Value| -> RegistryResult<String> {
        let text = d["digest"]
            .as_str()
            .ok_or_else(|| invalid("a descriptor has no digest"))?;
        Digest::parse(text)
            .map(|x| x.to_string())
            .ok_or_else(|| invalid(format!("invalid descriptor digest {text:?}")))
    };
    let (mut blobs, mut children, mut image_size) = (Vec::new(), Vec::new(), 0u64);
    if is_index(&media_type) {
        let list = doc["manifests"]
            .as_array()
            .ok_or_else(|| invalid("an index needs a manifests list"))?;
        for m in list {
            let d = descriptor_digest(m)?;
            let child = images.manifest(scope, name, &d)?.ok_or_else(|| {
                err(
                    Code::ManifestBlobUnknown,
                    format!("child manifest {d} is not in repository {name}"),
                )
            })?;
            image_size += child.image_size;
            children.push(d);
        }
    } else {
        let config = &doc["config"];
        if !config.is_object() {
            return Err(invalid("an image manifest needs a config descriptor"));
        }
        let layers = doc["layers"]
            .as_array()
            .ok_or_else(|| invalid("an image manifest needs a layers list"))?;
        for (i, desc) in std::iter::once(config).chain(layers.iter()).enumerate() {
            let d = descriptor_digest(desc)?;
            // Foreign (non-distributable) layers live elsewhere.
            let foreign = desc["urls"].as_array().is_some_and(|u| !u.is_empty());
            if !foreign && images.link(scope, name, &d)?.is_none() {
                return Err(err(
                    Code::ManifestBlobUnknown,
                    format!("blob {d} is not in repository {name}"),
                ));
            }
            if i > 0 {
                image_size += desc["size"].as_u64().unwrap_or(0);
            }
            blobs.push(d);
        }
    }
    let config_type = doc["config"]["mediaType"].as_str();
    let artifact_type = doc["artifactType"]
        .as_str()
        .or(config_type.filter(|t| *t != OCI_CONFIG && *t != DOCKER_CONFIG))
        .map(str::to_string);
    let subject = match doc.get("subject") {
        Some(s) => Some(descriptor_digest(s)?),
        None => None,
    };
    Ok(Manifest {
        digest: Digest::of(bytes).to_string(),
        media_type,
        artifact_type,
        subject,
        image_size,
        pushed_ms: now,
        last_pull_ms: None,
        body: String::from_utf8(bytes.to_vec()).map_err(|_| invalid("manifest is not UTF-8"))?,
        blobs,
        children,
        annotations: doc.get("annotations").cloned().unwrap_or(Value::Null),
        archive: None,
        meta: Value::Null,
    })
}

// PUT /v2/<name>/manifests/<tag or digest>  Content-Type: <manifest media type>
//   201 Created, Location: /v2/<name>/manifests/<digest>, Docker-Content-Digest, [OCI-Subject]
//   400 MANIFEST_INVALID, MANIFEST_BLOB_UNKNOWN, DIGEST_INVALID, TAG_INVALID (immutable tag)
pub async fn put(
    ctx: &Ctx<'_>,
    repo: &Repo,
    reference: &str,
    body: Body,
) -> RegistryResult<Response<Body>> {
    let name = repo.name.as_str();
    let limited = http_body_util::Limited::new(body, MAX_MANIFEST);
    let bytes = match limited.collect().await {
        Ok(b) => b.to_bytes(),
        Err(_) => {
            return Err(err(
                Code::SizeInvalid,
                format!("manifests are limited to {MAX_MANIFEST} bytes"),
            )
            .with_status(StatusCode::PAYLOAD_TOO_LARGE));
        }
    };
    let tag = match Digest::parse(reference) {
        Some(d) => {
            if Digest::of(&bytes) != d {
                return Err(err(
                    Code::DigestInvalid,
                    format!("the manifest's digest is {}, not {d}", Digest::of(&bytes)),
                ));
            }
            None
        }
        None if valid_tag(reference) => Some(reference),
        None => return Err(err(Code::TagInvalid, format!("invalid tag {reference:?}"))),
    };
    let m = build(
        &ctx.reg.images,
        &ctx.scope,
        name,
        &bytes,
        ctx.header("content-type"),
        ctx.reg.now(),
    )?;
    if let Some(t) = tag
        && let Some(current) = ctx.reg.images.tag(&ctx.scope, name, t)?
        && current != m.digest
        && repo.tag_locked(t)
    {
        return Err(err(
            Code::TagInvalid,
            format!(
                "The image tag '{t}' already exists in the '{name}' repository and cannot be overwritten because the repository is immutable."
            ),
        ));
    }
    // A re-push of the same manifest keeps its first push time and pulls.
    let stored = match ctx.reg.images.manifest(&ctx.scope, name, &m.digest)? {
        Some(old) => m.over(old),
        None => m,
    };
    ctx.reg
        .images
        .put_manifest(&ctx.scope, name, &stored, tag)?;
    ctx.state
        .services
        .ecr
        .after_push(&ctx.scope, name, &stored.digest, tag);
    ctx.persist().await?;
    let mut headers = vec![
        (
            "location",
            format!("/v2/{name}/manifests/{}", stored.digest),
        ),
        ("docker-content-digest", stored.digest.clone()),
        ("content-length", "0".into()),
    ];
    if let Some(s) = &stored.subject {
        headers.push(("oci-subject", s.clone()));
    }
    Ok(reply(StatusCode::CREATED, &headers, Body::empty()))
}

// GET|HEAD /v2/<name>/manifests/<tag or digest>
//   200 OK, Content-Type: <stored media type>, Docker-Content-Digest, the manifest's bytes
//   404 MANIFEST_UNKNOWN
pub fn get(
    ctx: &Ctx<'_>,
    repo: &Repo,
    reference: &str,
    with_body: bool,
) -> RegistryResult<Response<Body>> {
    let name = repo.name.as_str();
    let m = ctx
        .reg
        .images
        .resolve(&ctx.scope, name, reference)?
        .ok_or_else(|| {
            err(
                Code::ManifestUnknown,
                format!("manifest {reference} is not in repository {name}"),
            )
        })?;
    if m.status(ctx.reg.now()) != "ACTIVE" {
        return Err(err(
            Code::Denied,
            format!(
                "The image {} in repository {name} is archived (or still being restored): restore it with UpdateImageStorageClass before pulling it.",
                m.digest
            ),
        ));
    }
    let excluded = ctx
        .principal
        .as_deref()
        .is_some_and(|p| ctx.state.services.ecr.pull_excluded(&ctx.scope, p));
    if with_body && !excluded {
        // ECR records pulls (DescribeImages' lastRecordedPullTime), except by principals
        // excluded from pull-time updates.
        ctx.reg
            .images
            .touch_pull(&ctx.scope, name, &m.digest, ctx.reg.now())?;
    }
    let headers = [
        ("content-type", m.media_type.clone()),
        ("docker-content-digest", m.digest.clone()),
        ("content-length", m.body.len().to_string()),
        ("etag", format!("\"{}\"", m.digest)),
    ];
    let body = if with_body {
        Body::from(m.body)
    } else {
        Body::empty()
    };
    Ok(reply(StatusCode::OK, &headers, body))
}

// DELETE /v2/<name>/manifests/<digest>  → 202 Accepted: the image and its tags are gone
// DELETE /v2/<name>/manifests/<tag>     → 202 Accepted: the tag is gone, the image stays
pub fn delete(ctx: &Ctx<'_>, repo: &Repo, reference: &str) -> RegistryResult<Response<Body>> {
    let name = repo.name.as_str();
    let images = &ctx.reg.images;
    if Digest::parse(reference).is_some() {
        images
            .manifest(&ctx.scope, name, reference)?
            .ok_or_else(|| {
                err(
                    Code::ManifestUnknown,
                    format!("manifest {reference} is not in repository {name}"),
                )
            })?;
        images.delete_manifest(&ctx.scope, name, reference)?;
        let ecr = &ctx.state.services.ecr;
        ecr.image_action(&ctx.scope, name, reference, None, "DELETE");
    } else {
        images.tag(&ctx.scope, name, reference)?.ok_or_else(|| {
            err(
                Code::ManifestUnknown,
                format!("tag {reference} is not in repository {name}"),
            )
        })?;
        let digest = images.tag(&ctx.scope, name, reference)?.unwrap_or_default();
        images.delete_tag(&ctx.scope, name, reference)?;
        let ecr = &ctx.state.services.ecr;
        ecr.image_action(&ctx.scope, name, &digest, Some(reference), "DELETE");
    }
    Ok(reply(
        StatusCode::ACCEPTED,
        &[("content-length", "0".into())],
        Body::empty(),
    ))
}

/// `n` and `last` of a paginated list, and the `Link` header of the next page.
fn page(
    ctx: &Ctx<'_>,
    items: Vec<String>,
    base: &str,
) -> RegistryResult<(Vec<String>, Option<String>)> {
    let n = match ctx.query.get("n") {
        Some(n) => Some(n.parse::<usize>().map_err(|_| {
            err(Code::Unsupported, "n must be a number").with_status(StatusCode::BAD_REQUEST)
        })?),
        None => None,
    };
    let last = ctx.query.get("last");
    let mut rest: Vec<String> = items
        .into_iter()
        .filter(|i| last.is_none_or(|l| i > l))
        .collect();
    let more = n.is_some_and(|n| rest.len() > n);
    if let Some(n) = n {
        rest.truncate(n);
    }
    let link = match (more, rest.last(), n) {
        (true, Some(l), Some(n)) => Some(format!("<{base}?n={n}&last={l}>; rel=\"next\"")),
        _ => None,
    };
    Ok((rest, link))
}

fn json_reply(body: Value, link: Option<String>) -> Response<Body> {
    let mut headers = vec![("content-type", "application/json".to_string())];
    if let Some(l) = link {
        headers.push(("link", l));
    }
    reply(StatusCode::OK, &headers, Body::from(body.to_string()))
}

// GET /v2/<name>/tags/list?n=<count>&last=<tag>  → {"name", "tags"} [+ Link: <…>; rel="next"]
pub fn tags(ctx: &Ctx<'_>, name: &str) -> RegistryResult<Response<Body>> {
    let all: Vec<String> = ctx
        .reg
        .images
        .tags(&ctx.scope, name)?
        .into_iter()
        .map(|(t, _)| t)
        .collect();
    let (tags, link) = page(ctx, all, &format!("/v2/{name}/tags/list"))?;
    Ok(json_reply(json!({"name": name, "tags": tags}), link))
}

// GET /v2/_catalog?n=<count>&last=<name>  → {"repositories"} [+ Link]
pub fn catalog(ctx: &Ctx<'_>) -> RegistryResult<Response<Body>> {
    let all: Vec<String> = ctx
        .reg
        .images
        .repos(&ctx.scope, None, usize::MAX)?
        .into_iter()
        .map(|r| r.name)
        .collect();
    let (repos, link) = page(ctx, all, "/v2/_catalog")?;
    Ok(json_reply(json!({"repositories": repos}), link))
}

// GET /v2/<name>/referrers/<digest>[?artifactType=<type>]
//   200 OK, an OCI index of the manifests whose subject is <digest> [OCI-Filters-Applied]
pub fn referrers(ctx: &Ctx<'_>, name: &str, digest: &str) -> RegistryResult<Response<Body>> {
    let d = Digest::parse(digest)
        .ok_or_else(|| err(Code::DigestInvalid, format!("invalid digest {digest:?}")))?;
    let filter = ctx.query.get("artifactType");
    let manifests: Vec<Value> = ctx
        .reg
        .images
        .manifests(&ctx.scope, name)?
        .into_iter()
        .filter(|m| m.subject.as_deref() == Some(d.as_str()))
        .filter(|m| filter.is_none_or(|f| m.artifact_type.as_deref() == Some(f.as_str())))
        .map(|m| {
            let mut desc =
                json!({"mediaType": m.media_type, "digest": m.digest, "size": m.body.len()});
            if let Some(t) = &m.artifact_type {
                desc["artifactType"] = json!(t);
            }
            if m.annotations.is_object() {
                desc["annotations"] = m.annotations.clone();
            }
            desc
        })
        .collect();
    let body = json!({"schemaVersion": 2, "mediaType": OCI_INDEX, "manifests": manifests});
    let mut headers = vec![("content-type", OCI_INDEX.to_string())];
    if filter.is_some() {
        headers.push(("oci-filters-applied", "artifactType".into()));
    }
    Ok(reply(
        StatusCode::OK,
        &headers,
        Body::from(body.to_string()),
    ))
}
