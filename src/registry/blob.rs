//! Serving blobs: GET and HEAD by digest (with single byte ranges), streamed from the
//! blob store a chunk at a time.
//!
//! It never serves a blob the repository does not hold (pushed or mounted into it).

use std::pin::Pin;
use std::task::{Context as TaskContext, Poll};

use axum::body::Body;
use axum::http::{Response, StatusCode};
use bytes::Bytes;
use http_body::Frame;

use super::digest::Digest;
use super::errors::{Code, RegistryResult, err};
use super::store::{Images, NS};
use super::{Ctx, reply};
use crate::storage::blob::{BlobReader, CHUNK};

/// A blob (or a range of it) as a response body, read chunk by chunk as the client takes it.
pub struct BlobBody {
    reader: BlobReader,
    pos: u64,
    end: u64,
}

impl BlobBody {
    pub fn new(reader: BlobReader, start: u64, end: u64) -> Self {
        BlobBody {
            reader,
            pos: start,
            end,
        }
    }
}

impl http_body::Body for BlobBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut TaskContext<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.pos >= self.end {
            return Poll::Ready(None);
        }
        let chunk_end = ((self.pos / CHUNK as u64) + 1) * CHUNK as u64;
        let len = (chunk_end.min(self.end) - self.pos) as usize;
        match self.reader.read_at(self.pos, len) {
            Ok(data) if !data.is_empty() => {
                self.pos += data.len() as u64;
                Poll::Ready(Some(Ok(Frame::data(Bytes::from(data)))))
            }
            Ok(_) => Poll::Ready(Some(Err(std::io::Error::other(
                "blob shorter than recorded",
            )))),
            Err(e) => Poll::Ready(Some(Err(std::io::Error::other(e.to_string())))),
        }
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.end - self.pos)
    }
}

/// `bytes=<start>-<end>` (or `<start>-`) within a blob of `size` bytes.
fn byte_range(header: &str, size: u64) -> Option<(u64, u64)> {
    let spec = header.trim().strip_prefix("bytes=")?;
    let (a, b) = spec.split_once('-')?;
    let start: u64 = a.trim().parse().ok()?;
    let end: u64 = if b.trim().is_empty() {
        size.saturating_sub(1)
    } else {
        b.trim().parse().ok()?
    };
    (start <= end && end < size).then_some((start, end + 1))
}

// GET|HEAD /v2/<name>/blobs/<digest>  [Range: bytes=<a>-<b>]
//   200 OK (206 Partial Content for a range), Content-Length, Docker-Content-Digest, the bytes
//   404 BLOB_UNKNOWN when the repository holds no such blob
pub fn get(
    ctx: &Ctx<'_>,
    name: &str,
    digest: &str,
    with_body: bool,
) -> RegistryResult<Response<Body>> {
    let d = Digest::parse(digest)
        .ok_or_else(|| err(Code::DigestInvalid, format!("invalid digest {digest:?}")))?;
    let unknown = || {
        err(
            Code::BlobUnknown,
            format!("blob {d} is not in repository {name}"),
        )
    };
    ctx.reg
        .images
        .link(&ctx.scope, name, d.as_str())?
        .ok_or_else(unknown)?;
    let reader = ctx
        .reg
        .images
        .blobs()
        .reader(NS, &Images::blob_key(&ctx.scope, d.as_str()))?
        .ok_or_else(unknown)?;
    let size = reader.size();
    let mut headers = vec![
        ("docker-content-digest", d.to_string()),
        ("content-type", "application/octet-stream".to_string()),
        ("accept-ranges", "bytes".to_string()),
        ("etag", format!("\"{d}\"")),
    ];
    let (status, start, end) = match ctx.header("range").map(|r| byte_range(r, size)) {
        None => (StatusCode::OK, 0, size),
        Some(Some((a, b))) => {
            headers.push(("content-range", format!("bytes {a}-{}/{size}", b - 1)));
            (StatusCode::PARTIAL_CONTENT, a, b)
        }
        Some(None) => {
            return Err(err(
                Code::RangeInvalid,
                format!("range not satisfiable for {size} bytes"),
            )
            .with_status(StatusCode::RANGE_NOT_SATISFIABLE));
        }
    };
    headers.push(("content-length", (end - start).to_string()));
    let body = if with_body {
        Body::new(BlobBody::new(reader, start, end))
    } else {
        Body::empty()
    };
    Ok(reply(status, &headers, body))
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges() {
        assert_eq!(super::byte_range("bytes=0-9", 100), Some((0, 10)));
        assert_eq!(super::byte_range("bytes=90-", 100), Some((90, 100)));
        assert_eq!(super::byte_range("bytes=90-200", 100), None);
        assert_eq!(super::byte_range("items=0-1", 100), None);
    }
}
