//! Blob uploads: monolithic (POST with `?digest`, or POST then one PUT), chunked (PATCH with
//! `Content-Range`), streamed (PATCH without a range, what docker sends), resumable status,
//! cancel, and cross-repository mounts. Bytes go to the blob store as they arrive, hashed
//! on the way; a blob becomes visible only after its digest checks out.
//!
//! It never holds a whole blob in memory.

use axum::body::Body;
use axum::http::{Response, StatusCode};
use http_body_util::BodyExt;

use super::digest::{Algorithm, Digest, Hasher};
use super::errors::{Code, RegistryResult, err};
use super::store::{Images, Link, NS, Scope};
use super::{Ctx, reply};
use crate::storage::BlobWriter;

/// An upload in progress.
pub struct Upload {
    scope: Scope,
    repo: String,
    writer: BlobWriter,
    hasher: Hasher,
    size: u64,
}

fn location(name: &str, id: &str) -> String {
    format!("/v2/{name}/blobs/uploads/{id}")
}

/// `Range: 0-<last byte>`, and `0-0` before the first byte, as docker expects.
fn range(size: u64) -> String {
    format!("0-{}", size.saturating_sub(1))
}

fn progress(status: StatusCode, name: &str, id: &str, size: u64) -> Response<Body> {
    reply(
        status,
        &[
            ("location", location(name, id)),
            ("range", range(size)),
            ("docker-upload-uuid", id.to_string()),
            ("content-length", "0".into()),
        ],
        Body::empty(),
    )
}

fn created(name: &str, digest: &Digest) -> Response<Body> {
    reply(
        StatusCode::CREATED,
        &[
            ("location", format!("/v2/{name}/blobs/{digest}")),
            ("docker-content-digest", digest.to_string()),
            ("content-length", "0".into()),
        ],
        Body::empty(),
    )
}

fn unknown(id: &str) -> super::errors::RegistryError {
    err(
        Code::BlobUploadUnknown,
        format!("upload {id} is not in progress"),
    )
}

/// Appends a request body to an upload; a body that breaks off leaves the upload unusable.
async fn append(up: &mut Upload, body: Body) -> RegistryResult<()> {
    let mut body = body;
    while let Some(frame) = body.frame().await {
        let frame = frame.map_err(|e| {
            err(
                Code::BlobUploadInvalid,
                format!("the request body broke off: {e}"),
            )
        })?;
        if let Ok(data) = frame.into_data() {
            up.hasher.update(&data);
            up.writer.write(&data)?;
            up.size += data.len() as u64;
        }
    }
    Ok(())
}

fn digest_param(ctx: &Ctx<'_>) -> RegistryResult<Option<Digest>> {
    match ctx.query.get("digest") {
        None => Ok(None),
        Some(d) => Digest::parse(d)
            .map(Some)
            .ok_or_else(|| err(Code::DigestInvalid, format!("invalid digest {d:?}"))),
    }
}

/// Verifies an upload against `digest` and makes it a blob the repository may serve.
fn commit(ctx: &Ctx<'_>, up: Upload, digest: &Digest) -> RegistryResult<()> {
    let blobs = ctx.reg.images.blobs();
    let key = Images::blob_key(&up.scope, digest.as_str());
    match digest.algorithm() {
        Algorithm::Sha256 => {
            if up.hasher.sha256() != *digest {
                return Err(err(
                    Code::DigestInvalid,
                    format!(
                        "the uploaded bytes have digest {}, not {digest}",
                        up.hasher.sha256()
                    ),
                ));
            }
            up.writer.commit(&key)?;
        }
        Algorithm::Sha512 => {
            let tmp = format!("tmp/{}", crate::context::new_request_id()).into_bytes();
            up.writer.commit(&tmp)?;
            let reader = blobs
                .reader(NS, &tmp)?
                .ok_or_else(|| err(Code::BlobUploadInvalid, "upload vanished"))?;
            let mut h = super::digest::sha512_hasher();
            for i in 0..reader.chunk_count() {
                sha2::Digest::update(&mut h, reader.chunk(i)?);
            }
            let got = super::digest::sha512_digest(h);
            if got != *digest {
                blobs.delete(NS, &tmp)?;
                return Err(err(
                    Code::DigestInvalid,
                    format!("the uploaded bytes have digest {got}, not {digest}"),
                ));
            }
            blobs.rename(NS, &tmp, &key)?;
        }
    }
    let link = Link {
        size: up.size,
        created_ms: ctx.reg.now(),
    };
    ctx.reg
        .images
        .put_link(&up.scope, &up.repo, digest.as_str(), &link)?;
    Ok(())
}

fn new_upload(ctx: &Ctx<'_>, name: &str) -> Upload {
    Upload {
        scope: ctx.scope.clone(),
        repo: name.to_string(),
        writer: ctx.reg.images.blobs().writer(NS),
        hasher: Hasher::default(),
        size: 0,
    }
}

// POST /v2/<name>/blobs/uploads/?mount=<digest>&from=<repo>
//   201 Created, Location: /v2/<name>/blobs/<digest>  (the blob is now in <name>)
//   or 202 Accepted with a new upload when <repo> has no such blob
// POST /v2/<name>/blobs/uploads/?digest=<digest>  body: the whole blob
//   201 Created, Location: /v2/<name>/blobs/<digest>, Docker-Content-Digest
// POST /v2/<name>/blobs/uploads/
//   202 Accepted, Location: /v2/<name>/blobs/uploads/<id>, Range: 0-0, Docker-Upload-UUID: <id>
pub async fn start(ctx: &Ctx<'_>, name: &str, body: Body) -> RegistryResult<Response<Body>> {
    if let (Some(mount), Some(from)) = (ctx.query.get("mount"), ctx.query.get("from"))
        && let Some(d) = Digest::parse(mount)
        && ctx.state.services.ecr.blob_mounting(&ctx.scope)
        && let Some(link) = ctx.reg.images.link(&ctx.scope, from, d.as_str())?
    {
        let link = Link {
            size: link.size,
            created_ms: ctx.reg.now(),
        };
        ctx.reg
            .images
            .put_link(&ctx.scope, name, d.as_str(), &link)?;
        ctx.persist().await?;
        return Ok(created(name, &d));
    }
    let mut up = new_upload(ctx, name);
    if let Some(d) = digest_param(ctx)? {
        append(&mut up, body).await?;
        commit(ctx, up, &d)?;
        ctx.persist().await?;
        return Ok(created(name, &d));
    }
    let id = crate::context::new_request_id();
    ctx.reg
        .uploads
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id.clone(), up);
    Ok(progress(StatusCode::ACCEPTED, name, &id, 0))
}

/// Takes an upload out of the table while a request works on it.
fn take(ctx: &Ctx<'_>, name: &str, id: &str) -> RegistryResult<Upload> {
    let mut uploads = ctx.reg.uploads.lock().unwrap_or_else(|e| e.into_inner());
    match uploads.get(id) {
        Some(u) if u.scope == ctx.scope && u.repo == name => {
            Ok(uploads.remove(id).expect("present"))
        }
        _ => Err(unknown(id)),
    }
}

fn put_back(ctx: &Ctx<'_>, id: &str, up: Upload) {
    ctx.reg
        .uploads
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(id.to_string(), up);
}

/// The start offset of `Content-Range: <start>-<end>` (`bytes ` prefix allowed).
fn range_start(header: &str) -> Option<u64> {
    let text = header
        .trim()
        .trim_start_matches("bytes")
        .trim_start_matches([' ', '=']);
    let (start, end) = text.split_once('-')?;
    let (start, end): (u64, u64) = (start.trim().parse().ok()?, end.trim().parse().ok()?);
    (end >= start).then_some(start)
}

// PATCH /v2/<name>/blobs/uploads/<id>  [Content-Range: <start>-<end>]  body: a chunk
//   202 Accepted, Location, Range: 0-<last byte>, Docker-Upload-UUID
//   416 Requested Range Not Satisfiable when <start> is not where the upload stands
pub async fn patch(
    ctx: &Ctx<'_>,
    name: &str,
    id: &str,
    body: Body,
) -> RegistryResult<Response<Body>> {
    let mut up = take(ctx, name, id)?;
    if let Some(cr) = ctx.header("content-range") {
        match range_start(cr) {
            Some(start) if start == up.size => {}
            _ => {
                let size = up.size;
                put_back(ctx, id, up);
                return Err(err(
                    Code::RangeInvalid,
                    format!(
                        "the upload stands at byte {size}; Content-Range {cr} does not continue it"
                    ),
                )
                .with_status(StatusCode::RANGE_NOT_SATISFIABLE));
            }
        }
    }
    // A body that breaks off leaves bytes of unknown extent: the upload is dropped, and
    // the client starts over (docker does).
    append(&mut up, body).await?;
    let size = up.size;
    put_back(ctx, id, up);
    Ok(progress(StatusCode::ACCEPTED, name, id, size))
}

// PUT /v2/<name>/blobs/uploads/<id>?digest=<digest>  [body: the last chunk]
//   201 Created, Location: /v2/<name>/blobs/<digest>, Docker-Content-Digest
//   400 DIGEST_INVALID when the bytes do not hash to <digest> (the upload is discarded)
pub async fn finish(
    ctx: &Ctx<'_>,
    name: &str,
    id: &str,
    body: Body,
) -> RegistryResult<Response<Body>> {
    let digest = digest_param(ctx)?.ok_or_else(|| {
        err(
            Code::DigestInvalid,
            "the digest query parameter is required",
        )
    })?;
    let mut up = take(ctx, name, id)?;
    if let Some(cr) = ctx.header("content-range")
        && range_start(cr) != Some(up.size)
    {
        let size = up.size;
        put_back(ctx, id, up);
        return Err(err(
            Code::RangeInvalid,
            format!("the upload stands at byte {size}"),
        )
        .with_status(StatusCode::RANGE_NOT_SATISFIABLE));
    }
    append(&mut up, body).await?;
    commit(ctx, up, &digest)?;
    ctx.persist().await?;
    Ok(created(name, &digest))
}

// GET /v2/<name>/blobs/uploads/<id>
//   204 No Content, Location, Range: 0-<last byte>, Docker-Upload-UUID
pub fn status(ctx: &Ctx<'_>, name: &str, id: &str) -> RegistryResult<Response<Body>> {
    let uploads = ctx.reg.uploads.lock().unwrap_or_else(|e| e.into_inner());
    match uploads.get(id) {
        Some(u) if u.scope == ctx.scope && u.repo == name => {
            Ok(progress(StatusCode::NO_CONTENT, name, id, u.size))
        }
        _ => Err(unknown(id)),
    }
}

// DELETE /v2/<name>/blobs/uploads/<id>
//   204 No Content; the bytes received so far are discarded
pub fn cancel(ctx: &Ctx<'_>, name: &str, id: &str) -> RegistryResult<Response<Body>> {
    let up = take(ctx, name, id)?;
    drop(up);
    Ok(reply(StatusCode::NO_CONTENT, &[], Body::empty()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn content_ranges() {
        assert_eq!(super::range_start("0-1023"), Some(0));
        assert_eq!(super::range_start("bytes=1024-2047"), Some(1024));
        assert_eq!(super::range_start("5-1"), None);
        assert_eq!(super::range(0), "0-0");
        assert_eq!(super::range(10), "0-9");
    }
}

/// Layer uploads through ECR's API (InitiateLayerUpload, UploadLayerPart,
/// CompleteLayerUpload) share the registry's upload table.
impl super::Registry {
    pub fn begin_upload(&self, scope: &Scope, repo: &str) -> String {
        let up = Upload {
            scope: scope.clone(),
            repo: repo.to_string(),
            writer: self.images.blobs().writer(NS),
            hasher: Hasher::default(),
            size: 0,
        };
        let id = crate::context::new_request_id();
        self.uploads
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id.clone(), up);
        id
    }

    /// The upload's size, if it exists for this scope and repository.
    pub fn upload_size(&self, scope: &Scope, repo: &str, id: &str) -> Option<u64> {
        let uploads = self.uploads.lock().unwrap_or_else(|e| e.into_inner());
        uploads
            .get(id)
            .filter(|u| u.scope == *scope && u.repo == repo)
            .map(|u| u.size)
    }

    /// Appends a part at byte `first`; `Err(Some(size))` when `first` is not where it stands.
    pub fn append_part(
        &self,
        scope: &Scope,
        repo: &str,
        id: &str,
        first: u64,
        data: &[u8],
    ) -> Result<u64, Option<u64>> {
        let mut uploads = self.uploads.lock().unwrap_or_else(|e| e.into_inner());
        let up = uploads
            .get_mut(id)
            .filter(|u| u.scope == *scope && u.repo == repo)
            .ok_or(None)?;
        if first != up.size {
            return Err(Some(up.size));
        }
        up.hasher.update(data);
        if up.writer.write(data).is_err() {
            uploads.remove(id);
            return Err(None);
        }
        up.size += data.len() as u64;
        Ok(up.size)
    }

    /// Finishes an upload as blob `digest`: `Ok(size)`, or why not.
    pub fn complete_upload(
        &self,
        scope: &Scope,
        repo: &str,
        id: &str,
        digest: &Digest,
    ) -> Result<u64, CompleteError> {
        let up = {
            let mut uploads = self.uploads.lock().unwrap_or_else(|e| e.into_inner());
            match uploads.get(id) {
                Some(u) if u.scope == *scope && u.repo == repo => {
                    uploads.remove(id).expect("present")
                }
                _ => return Err(CompleteError::NotFound),
            }
        };
        if up.size == 0 {
            return Err(CompleteError::Empty);
        }
        let size = up.size;
        let blobs = self.images.blobs();
        let key = Images::blob_key(scope, digest.as_str());
        if digest.algorithm() != Algorithm::Sha256 || up.hasher.sha256() != *digest {
            return Err(CompleteError::Mismatch(up.hasher.sha256().to_string()));
        }
        up.writer
            .commit(&key)
            .map_err(|e| CompleteError::Storage(e.to_string()))?;
        let _ = blobs;
        let link = Link {
            size,
            created_ms: self.now(),
        };
        self.images
            .put_link(scope, repo, digest.as_str(), &link)
            .map_err(|e| CompleteError::Storage(e.to_string()))?;
        Ok(size)
    }
}

#[derive(Debug)]
pub enum CompleteError {
    NotFound,
    Empty,
    /// The bytes' actual digest.
    Mismatch(String),
    Storage(String),
}
