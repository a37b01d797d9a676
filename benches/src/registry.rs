//! The registry figures: push one 256 MiB layer monolithic (POST + PUT), chunked (16 MiB
//! PATCHes with Content-Range) and streamed (one PATCH), then pull it, against Dockside and
//! Debian's `docker-registry` (plain files) in the same run; and Dockside's memory during a
//! 1 GiB streamed push.
//!
//! It prints; it asserts nothing but that each push is accepted.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use std::io::{Read, Write};
use std::pin::Pin;
use std::task::{Context, Poll};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Frame;
use hyper_util::rt::TokioIo;
use sha2::{Digest as _, Sha256};

use super::{free_port, rss_kib, spawn_dockside_with};

const MIB: usize = 1024 * 1024;

/// A deterministic layer: a 1 MiB random-looking block, varied per `seed`, repeated.
struct Layer {
    block: Bytes,
    blocks: usize,
    digest: String,
}

impl Layer {
    fn new(seed: u64, mib: usize) -> Layer {
        let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let block: Vec<u8> = (0..MIB)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        let mut h = Sha256::new();
        for _ in 0..mib {
            h.update(&block);
        }
        let hex: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
        Layer {
            block: Bytes::from(block),
            blocks: mib,
            digest: format!("sha256:{hex}"),
        }
    }

    fn len(&self) -> usize {
        self.block.len() * self.blocks
    }

    /// `blocks` blocks of the layer as a body, a block per frame.
    fn stream(&self, _from_block: usize, blocks: usize) -> Repeat {
        Repeat {
            block: self.block.clone(),
            left: blocks,
        }
    }
}

/// A body of one block repeated: every block of a layer is the same bytes.
struct Repeat {
    block: Bytes,
    left: usize,
}

impl hyper::body::Body for Repeat {
    type Data = Bytes;
    type Error = std::io::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        _: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, Self::Error>>> {
        if self.left == 0 {
            return Poll::Ready(None);
        }
        self.left -= 1;
        Poll::Ready(Some(Ok(Frame::data(self.block.clone()))))
    }
}

/// One blocking ECR call (to create the repository).
fn ecr_call(port: u16, op: &str, body: &str) {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AmazonEC2ContainerRegistry_V20150921.{op}\r\nAuthorization: AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/ecr/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(out.starts_with("HTTP/1.1 200"), "{op}: {out}");
}

async fn send<B>(port: u16, req: http::Request<B>) -> (u16, http::HeaderMap)
where
    B: hyper::body::Body + Send + 'static,
    B::Data: Send,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    let stream = tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .unwrap();
    let (mut s, conn) = hyper::client::conn::http1::handshake(TokioIo::new(stream))
        .await
        .unwrap();
    tokio::spawn(conn);
    let resp = s.send_request(req).await.unwrap();
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    // Drain without keeping: the client must not be what is measured.
    let mut body = resp.into_body();
    while let Some(frame) = body.frame().await {
        drop(frame.unwrap());
    }
    (status, headers)
}

fn request(method: &str, uri: &str) -> http::request::Builder {
    http::Request::builder()
        .method(method)
        .uri(uri)
        .header("host", "localhost")
}

async fn start_upload(port: u16, repo: &str) -> String {
    let (status, h) = send(
        port,
        request("POST", &format!("/v2/{repo}/blobs/uploads/"))
            .body(Full::new(Bytes::new()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, 202, "upload start");
    let loc = h["location"].to_str().unwrap().to_string();
    // docker-registry answers absolute locations.
    match loc.find("/v2/") {
        Some(i) => loc[i..].to_string(),
        None => loc,
    }
}

fn with_digest(loc: &str, digest: &str) -> String {
    let sep = if loc.contains('?') { '&' } else { '?' };
    format!("{loc}{sep}digest={digest}")
}

/// Seconds to push a layer the given way.
async fn push(port: u16, repo: &str, layer: &Layer, way: &str) -> f64 {
    let t = Instant::now();
    let loc = start_upload(port, repo).await;
    match way {
        "monolithic" => {
            let req = request("PUT", &with_digest(&loc, &layer.digest))
                .header("content-type", "application/octet-stream")
                .header("content-length", layer.len())
                .body(layer.stream(0, layer.blocks))
                .unwrap();
            assert_eq!(send(port, req).await.0, 201);
        }
        "chunked" => {
            let per = 16;
            let mut loc = loc;
            for i in (0..layer.blocks).step_by(per) {
                let n = per.min(layer.blocks - i);
                let (a, b) = (i * MIB, (i + n) * MIB - 1);
                let req = request("PATCH", &loc)
                    .header("content-type", "application/octet-stream")
                    .header("content-range", format!("{a}-{b}"))
                    .header("content-length", n * MIB)
                    .body(layer.stream(i, n))
                    .unwrap();
                let (status, h) = send(port, req).await;
                assert_eq!(status, 202, "chunk");
                let next = h["location"].to_str().unwrap();
                loc = next
                    .find("/v2/")
                    .map_or(next.to_string(), |i| next[i..].to_string());
            }
            let req = request("PUT", &with_digest(&loc, &layer.digest))
                .body(Full::new(Bytes::new()))
                .unwrap();
            assert_eq!(send(port, req).await.0, 201);
        }
        _ => {
            let req = request("PATCH", &loc)
                .header("content-type", "application/octet-stream")
                .body(layer.stream(0, layer.blocks))
                .unwrap();
            let (status, h) = send(port, req).await;
            assert_eq!(status, 202, "stream");
            let next = h["location"].to_str().unwrap();
            let loc = next
                .find("/v2/")
                .map_or(next.to_string(), |i| next[i..].to_string());
            let req = request("PUT", &with_digest(&loc, &layer.digest))
                .body(Full::new(Bytes::new()))
                .unwrap();
            assert_eq!(send(port, req).await.0, 201);
        }
    }
    t.elapsed().as_secs_f64()
}

async fn pull(port: u16, repo: &str, layer: &Layer) -> f64 {
    let t = Instant::now();
    let (status, _) = send(
        port,
        request("GET", &format!("/v2/{repo}/blobs/{}", layer.digest))
            .body(Full::new(Bytes::new()))
            .unwrap(),
    )
    .await;
    assert_eq!(status, 200);
    t.elapsed().as_secs_f64()
}

fn start_docker_registry(port: u16, dir: &std::path::Path) -> Option<Child> {
    let config = dir.join("config.yml");
    std::fs::write(
        &config,
        format!("version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {}\nhttp:\n  addr: 127.0.0.1:{port}\n", dir.join("data").display()),
    )
    .ok()?;
    let child = Command::new("docker-registry")
        .arg("serve")
        .arg(&config)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    for _ in 0..100 {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return Some(child);
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    None
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

/// MiB/s for each way of pushing, then pulling: the median of three runs each (a shared
/// two-core machine is noisy), every push a new layer.
async fn round(port: u16, repo: &str, seed: u64) -> Vec<f64> {
    let mut out = Vec::new();
    let mut last = None;
    for (i, way) in ["monolithic", "chunked", "streamed"].iter().enumerate() {
        let mut runs = Vec::new();
        for r in 0..3 {
            let layer = Layer::new(seed + (i * 3 + r) as u64, 256);
            runs.push(256.0 / push(port, repo, &layer, way).await);
            last = Some(layer);
        }
        out.push(median(runs));
    }
    let layer = last.unwrap();
    let mut runs = Vec::new();
    for _ in 0..3 {
        runs.push(256.0 / pull(port, repo, &layer).await);
    }
    out.push(median(runs));
    out
}

pub fn run() {
    println!(
        "-- registry: one 256 MiB layer, MiB/s, median of 3 (push monolithic, chunked 16 MiB, streamed; pull) --"
    );
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let port = free_port();
    let mut child = spawn_dockside_with(
        port,
        Some(&dir.path().join("dockside")),
        &["--registry-anonymous"],
    );
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(2));
    }
    ecr_call(port, "CreateRepository", r#"{"repositoryName":"bench"}"#);
    let ours = rt.block_on(round(port, "bench", 1));
    println!(
        "dockside        push {:>7.0} {:>7.0} {:>7.0}   pull {:>7.0}",
        ours[0], ours[1], ours[2], ours[3]
    );

    // A 1 GiB streamed push, sampling Dockside's memory meanwhile.
    let idle = rss_kib(child.id());
    let pid = child.id();
    let sampler = std::thread::spawn(move || {
        let mut peak = 0;
        while !STOP.load(std::sync::atomic::Ordering::SeqCst) {
            peak = peak.max(rss_kib(pid));
            std::thread::sleep(Duration::from_millis(20));
        }
        peak
    });
    let big = Layer::new(99, 1024);
    let secs = rt.block_on(push(port, "bench", &big, "streamed"));
    STOP.store(true, std::sync::atomic::Ordering::SeqCst);
    let peak = sampler.join().unwrap();
    println!(
        "dockside 1 GiB streamed push: {:.0} MiB/s, RSS idle {:.1} MB, peak {:.1} MB (+{:.1} MB)",
        1024.0 / secs,
        idle as f64 / 1024.0,
        peak as f64 / 1024.0,
        (peak.saturating_sub(idle)) as f64 / 1024.0
    );
    child.kill().unwrap();
    child.wait().unwrap();

    let reg_port = free_port();
    match start_docker_registry(reg_port, dir.path()) {
        Some(mut reg) => {
            let theirs = rt.block_on(round(reg_port, "bench", 1));
            println!(
                "docker-registry push {:>7.0} {:>7.0} {:>7.0}   pull {:>7.0}",
                theirs[0], theirs[1], theirs[2], theirs[3]
            );
            println!(
                "ratio dockside / docker-registry: push {:.2} {:.2} {:.2}, pull {:.2}",
                ours[0] / theirs[0],
                ours[1] / theirs[1],
                ours[2] / theirs[2],
                ours[3] / theirs[3]
            );
            let _ = reg.kill();
            let _ = reg.wait();
        }
        None => println!("docker-registry unavailable (apt-get install docker-registry): no ratio"),
    }
}

static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
