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

/// A blob (or a range of it) as a response body: a blocking task reads ahead, a megabyte at
/// a time and at most four megabytes ahead, while the connection writes what was read.
pub struct BlobBody {
    frames: tokio::sync::mpsc::Receiver<Result<Bytes, std::io::Error>>,
    left: u64,
}

/// How much one frame carries, and how many frames may wait to be sent.
const FRAME: usize = 4 * CHUNK;
const AHEAD: usize = 4;

impl BlobBody {
    pub fn new(mut reader: BlobReader, start: u64, end: u64) -> Self {
        let (tx, rx) = tokio::sync::mpsc::channel(AHEAD);
        tokio::task::spawn_blocking(move || {
            let mut pos = start;
            while pos < end {
                let len = (FRAME as u64).min(end - pos) as usize;
                let frame = match reader.read_next(pos, len) {
                    Ok(data) if data.len() == len => Ok(Bytes::from(data)),
                    Ok(_) => Err(std::io::Error::other("blob shorter than recorded")),
                    Err(e) => Err(std::io::Error::other(e.to_string())),
                };
                let failed = frame.is_err();
                // The client went away: stop reading.
                if tx.blocking_send(frame).is_err() || failed {
                    return;
                }
                pos += len as u64;
            }
        });
        BlobBody {
            frames: rx,
            left: end - start,
        }
    }
}

impl http_body::Body for BlobBody {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut TaskContext<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        match self.frames.poll_recv(cx) {
            Poll::Ready(Some(Ok(data))) => {
                self.left = self.left.saturating_sub(data.len() as u64);
                Poll::Ready(Some(Ok(Frame::data(data))))
            }
            Poll::Ready(Some(Err(e))) => Poll::Ready(Some(Err(e))),
            Poll::Ready(None) => Poll::Ready(Some(Err(std::io::Error::other(
                "blob reader stopped early",
            )))),
            Poll::Pending => Poll::Pending,
        }
    }

    fn size_hint(&self) -> http_body::SizeHint {
        http_body::SizeHint::with_exact(self.left)
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
