//! The gateway benchmark: start-up time, idle memory and request throughput of the release
//! binary, and moto's server (`moto[server]` from PyPI) under the same load in the same run.
//! It prints figures; it asserts nothing (targets are judged from its output).
//!
//! `scripts/bench.sh` builds the release binary and runs this (set `DOCKSIDE_BENCH_SECONDS`
//! to change the 5 s load windows, `DOCKSIDE_BENCH_SKIP_MOTO=1` to leave moto out,
//! `DOCKSIDE_BIN` to measure another binary, `DOCKSIDE_BENCH_ONLY=registry|ecs|placement|cloudmap|events` for one section).

use std::net::TcpStream;
use std::path::PathBuf;

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;

const CONNECTIONS: usize = 32;
const STS_BODY: &str = "Action=GetCallerIdentity&Version=2011-06-15";
const STS_AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0";
const ECS_AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A small blocking HTTP exchange; true on a 2xx answer.
fn get_caller_identity(port: u16) -> bool {
    use std::io::{Read, Write};
    let Ok(mut s) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let req = format!(
        "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nAuthorization: {STS_AUTH}\r\nContent-Length: {}\r\n\r\n{STS_BODY}",
        STS_BODY.len()
    );
    if s.write_all(req.as_bytes()).is_err() {
        return false;
    }
    let mut out = Vec::new();
    let _ = s.read_to_end(&mut out);
    out.starts_with(b"HTTP/1.1 2")
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn binary() -> PathBuf {
    std::env::var_os("DOCKSIDE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| root().join("target/release/dockside"))
}

fn spawn_dockside(port: u16, data: Option<&std::path::Path>) -> Child {
    spawn_dockside_with(port, data, &[])
}

fn spawn_dockside_with(port: u16, data: Option<&std::path::Path>, extra: &[&str]) -> Child {
    let mut cmd = Command::new(binary());
    cmd.args(extra);
    cmd.args([
        "--listen",
        &format!("127.0.0.1:{port}"),
        "--log-level",
        "warn",
    ]);
    match data {
        Some(dir) => cmd.arg("--data-dir").arg(dir),
        None => cmd.arg("--ephemeral"),
    };
    cmd.stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// Milliseconds from spawn to the first answered request.
fn startup(data: bool) -> f64 {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let t0 = Instant::now();
    let mut child = spawn_dockside(port, data.then_some(dir.path()));
    while !get_caller_identity(port) {
        std::thread::sleep(Duration::from_micros(200));
        assert!(
            t0.elapsed() < Duration::from_secs(10),
            "dockside never answered"
        );
    }
    let ms = t0.elapsed().as_secs_f64() * 1000.0;
    child.kill().unwrap();
    child.wait().unwrap();
    ms
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.partial_cmp(b).unwrap());
    v[v.len() / 2]
}

struct Load {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    errors: usize,
}

/// `CONNECTIONS` keep-alive connections sending `make()` requests for `secs` seconds.
type MakeRequest = std::sync::Arc<dyn Fn() -> http::Request<Full<Bytes>> + Send + Sync>;

fn load(port: u16, secs: f64, make: MakeRequest) -> Load {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async move {
        let deadline = Instant::now() + Duration::from_secs_f64(secs);
        let mut tasks = Vec::new();
        for _ in 0..CONNECTIONS {
            let make = make.clone();
            tasks.push(tokio::spawn(async move {
                let (mut lat, mut errors) = (Vec::new(), 0usize);
                // Servers that close after each answer (moto's) are reconnected, and the
                // reconnection counts in that request's latency.
                'connect: while Instant::now() < deadline {
                    let t = Instant::now();
                    let Ok(stream) = tokio::net::TcpStream::connect(("127.0.0.1", port)).await
                    else {
                        errors += 1;
                        tokio::time::sleep(Duration::from_millis(10)).await;
                        continue;
                    };
                    let _ = stream.set_nodelay(true);
                    let Ok((mut send, conn)) =
                        hyper::client::conn::http1::handshake(TokioIo::new(stream)).await
                    else {
                        errors += 1;
                        continue;
                    };
                    tokio::spawn(conn);
                    let mut first = Some(t);
                    while Instant::now() < deadline {
                        let t = first.take().unwrap_or_else(Instant::now);
                        if send.ready().await.is_err() {
                            continue 'connect;
                        }
                        match send.send_request(make()).await {
                            Ok(resp) => {
                                let _ = resp.into_body().collect().await;
                                lat.push(t.elapsed().as_micros() as u32);
                            }
                            Err(_) => {
                                errors += 1;
                                continue 'connect;
                            }
                        }
                    }
                }
                (lat, errors)
            }));
        }
        let (mut all, mut errors) = (Vec::new(), 0);
        for t in tasks {
            let (lat, e) = t.await.unwrap();
            all.extend(lat);
            errors += e;
        }
        all.sort_unstable();
        let pct = |p: f64| {
            all.get(((all.len() as f64 * p) as usize).min(all.len().saturating_sub(1)))
                .copied()
                .unwrap_or(0) as f64
                / 1000.0
        };
        Load {
            rps: all.len() as f64 / secs,
            p50_ms: pct(0.50),
            p99_ms: pct(0.99),
            errors,
        }
    })
}

fn sts_request() -> http::Request<Full<Bytes>> {
    http::Request::post("/")
        .header("host", "localhost")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("authorization", STS_AUTH)
        .body(Full::new(Bytes::from_static(STS_BODY.as_bytes())))
        .unwrap()
}

fn ecs_request() -> http::Request<Full<Bytes>> {
    http::Request::post("/")
        .header("host", "localhost")
        .header("content-type", "application/x-amz-json-1.1")
        .header(
            "x-amz-target",
            "AmazonEC2ContainerServiceV20141113.ListClusters",
        )
        .header("authorization", ECS_AUTH)
        .body(Full::new(Bytes::from_static(b"{\"maxResults\":10}")))
        .unwrap()
}

fn print_load(name: &str, l: &Load) {
    println!(
        "{name:<44} {:>9.0} req/s   p50 {:>6.2} ms   p99 {:>6.2} ms   errors {}",
        l.rps, l.p50_ms, l.p99_ms, l.errors
    );
}

/// Starts moto's server from a venv under target/ (installed on first use).
fn start_moto(port: u16) -> Option<Child> {
    let venv = root().join("target/bench-venv");
    let server = venv.join("bin/moto_server");
    if !server.exists() {
        let ok = Command::new("python3")
            .arg("-m")
            .arg("venv")
            .arg(&venv)
            .status()
            .ok()?
            .success()
            && Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "moto[server]==5.2.5"])
                .status()
                .ok()?
                .success();
        if !ok {
            return None;
        }
    }
    let child = Command::new(server)
        .args(["-H", "127.0.0.1", "-p", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let t0 = Instant::now();
    while !get_caller_identity(port) {
        if t0.elapsed() > Duration::from_secs(60) {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Some(child)
}

mod cloudmap;
mod ecs;
mod events;
mod placement;
mod registry;

fn main() {
    let secs: f64 = std::env::var("DOCKSIDE_BENCH_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(5.0);
    assert!(binary().exists(), "build it first: cargo build --release");
    // `DOCKSIDE_BENCH_ONLY=registry` (or `ecs`, `cloudmap`, `events`) runs one section.
    match std::env::var("DOCKSIDE_BENCH_ONLY").as_deref() {
        Ok("registry") => return registry::run(),
        Ok("ecs") => return ecs::run(secs),
        Ok("cloudmap") => return cloudmap::run(secs),
        Ok("events") => return events::run(secs),
        Ok("placement") => return placement::run(),
        _ => {}
    }
    println!(
        "dockside gateway benchmark ({} cores, {CONNECTIONS} connections, {secs} s windows)",
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(0)
    );

    let memory: Vec<f64> = (0..15).map(|_| startup(false)).collect();
    let sled: Vec<f64> = (0..15).map(|_| startup(true)).collect();
    println!(
        "start to first answer, --ephemeral          median {:>6.1} ms   min {:>6.1} ms",
        median(memory.clone()),
        memory.iter().cloned().fold(f64::MAX, f64::min)
    );
    println!(
        "start to first answer, sled data dir        median {:>6.1} ms   min {:>6.1} ms",
        median(sled.clone()),
        sled.iter().cloned().fold(f64::MAX, f64::min)
    );

    for (label, data) in [("--ephemeral", false), ("sled data dir", true)] {
        let port = free_port();
        let dir = tempfile::tempdir().unwrap();
        let mut child = spawn_dockside(port, data.then_some(dir.path()));
        while !get_caller_identity(port) {
            std::thread::sleep(Duration::from_millis(1));
        }
        std::thread::sleep(Duration::from_secs(2));
        println!(
            "idle RSS after start, {label:<22} {:>6.1} MB",
            rss_kib(child.id()) as f64 / 1024.0
        );
        if data {
            let sts = load(port, secs, std::sync::Arc::new(sts_request));
            print_load("dockside STS GetCallerIdentity (query)", &sts);
            let ecs = load(port, secs, std::sync::Arc::new(ecs_request));
            print_load("dockside ECS ListClusters (awsJson, routed)", &ecs);
            println!(
                "RSS after load                              {:>6.1} MB",
                rss_kib(child.id()) as f64 / 1024.0
            );
            if std::env::var("DOCKSIDE_BENCH_SKIP_MOTO").is_err() {
                let moto_port = free_port();
                match start_moto(moto_port) {
                    Some(mut moto) => {
                        std::thread::sleep(Duration::from_secs(1));
                        println!(
                            "moto_server idle RSS                        {:>6.1} MB",
                            rss_kib(moto.id()) as f64 / 1024.0
                        );
                        let m = load(moto_port, secs, std::sync::Arc::new(sts_request));
                        print_load("moto 5.2.5 STS GetCallerIdentity (query)", &m);
                        println!(
                            "ratio dockside / moto (GetCallerIdentity)   {:>9.1} x",
                            sts.rps / m.rps.max(1.0)
                        );
                        let _ = moto.kill();
                        let _ = moto.wait();
                    }
                    None => println!("moto_server unavailable: no ratio"),
                }
            }
        }
        child.kill().unwrap();
        child.wait().unwrap();
    }
    ecs::run(secs);
    placement::run();
    registry::run();
    cloudmap::run(secs);
    events::run(secs);
}
