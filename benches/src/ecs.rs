//! The ECS figures: ListTasks and DescribeTasks (100 ARNs) at 32 connections with 100
//! services and 10,000 tasks in one cluster, beside moto's server holding 10,000 tasks;
//! and one scheduler tick's time, idle and with one service changed, measured in-process.
//!
//! It prints; it asserts nothing.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use dockside::services::ecs::Ecs;
use dockside::services::ecs::api::{self as ecs_api, Api as _};
use http_body_util::Full;

use super::{free_port, load, print_load, spawn_dockside, start_moto};

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0";
const TARGET: &str = "AmazonEC2ContainerServiceV20141113";

/// One blocking ECS call; the answer's body.
pub fn call(port: u16, op: &str, body: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: {TARGET}.{op}\r\nAuthorization: {AUTH}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    assert!(
        out.starts_with("HTTP/1.1 200"),
        "{op}: {}",
        &out[..out.len().min(400)]
    );
    out.split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default()
}

fn request(op: &'static str, body: String) -> super::MakeRequest {
    let body = Bytes::from(body);
    Arc::new(move || {
        http::Request::post("/")
            .header("host", "localhost")
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", format!("{TARGET}.{op}"))
            .header("authorization", AUTH)
            .body(Full::new(body.clone()))
            .unwrap()
    })
}

/// The first 100 task ARNs of the cluster.
fn first_hundred(port: u16) -> Vec<String> {
    let body = call(port, "ListTasks", r#"{"cluster":"bench","maxResults":100}"#);
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    // moto ignores maxResults and answers every task: keep the first hundred.
    v["taskArns"]
        .as_array()
        .unwrap()
        .iter()
        .take(100)
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

fn measure(name: &str, port: u16, secs: f64) -> (f64, f64) {
    let arns = first_hundred(port);
    assert_eq!(arns.len(), 100, "{name} holds the tasks");
    let list = load(
        port,
        secs,
        request(
            "ListTasks",
            r#"{"cluster":"bench","maxResults":100}"#.into(),
        ),
    );
    print_load(&format!("{name} ListTasks (100 per page)"), &list);
    let describe = serde_json::json!({"cluster": "bench", "tasks": arns}).to_string();
    let desc = load(port, secs, request("DescribeTasks", describe));
    print_load(&format!("{name} DescribeTasks (100 ARNs)"), &desc);
    (list.rps, desc.rps)
}

pub fn run(secs: f64) {
    println!("-- ECS: 100 services, 10,000 tasks in one cluster --");
    let port = free_port();
    let mut child = spawn_dockside(port, None);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(1));
    }
    call(port, "CreateCluster", r#"{"clusterName":"bench"}"#);
    call(
        port,
        "RegisterTaskDefinition",
        r#"{"family":"web","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512","containerDefinitions":[{"name":"app","image":"img"}]}"#,
    );
    let t0 = Instant::now();
    for i in 0..100 {
        call(
            port,
            "CreateService",
            &format!(
                r#"{{"cluster":"bench","serviceName":"s{i:03}","taskDefinition":"web","desiredCount":100,"launchType":"FARGATE","networkConfiguration":{{"awsvpcConfiguration":{{"subnets":["subnet-{i}"]}}}}}}"#
            ),
        );
    }
    println!(
        "dockside: 100 services of 100 tasks created and RUNNING in {:.2} s; RSS {:.1} MB",
        t0.elapsed().as_secs_f64(),
        super::rss_kib(child.id()) as f64 / 1024.0
    );
    let (d_list, d_desc) = measure("dockside", port, secs);
    child.kill().unwrap();
    child.wait().unwrap();

    if std::env::var("DOCKSIDE_BENCH_SKIP_MOTO").is_err() {
        let moto_port = free_port();
        if let Some(mut moto) = start_moto(moto_port) {
            call(moto_port, "CreateCluster", r#"{"clusterName":"bench"}"#);
            // moto 5.2.5 answers 500 to an awsvpc RunTask, so its tasks use bridge mode.
            call(
                moto_port,
                "RegisterTaskDefinition",
                r#"{"family":"web","containerDefinitions":[{"name":"app","image":"img","memory":512}]}"#,
            );
            let t0 = Instant::now();
            for _ in 0..1000 {
                call(
                    moto_port,
                    "RunTask",
                    r#"{"cluster":"bench","taskDefinition":"web","count":10,"launchType":"FARGATE"}"#,
                );
            }
            println!(
                "moto: 10,000 tasks created in {:.2} s",
                t0.elapsed().as_secs_f64()
            );
            let (m_list, m_desc) = measure("moto 5.2.5", moto_port, secs);
            println!(
                "ratio dockside / moto: ListTasks {:.1} x, DescribeTasks {:.1} x",
                d_list / m_list.max(0.1),
                d_desc / m_desc.max(0.1)
            );
            let _ = moto.kill();
            let _ = moto.wait();
        }
    }
    scheduler_tick();
}

/// One scheduler tick's time, in-process, with 100 services and 10,000 tasks.
fn scheduler_tick() {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let clock = dockside::clock::Clock::real();
        let ecs = Ecs::new(dockside::storage::Store::memory(), clock.clone(), Duration::ZERO).unwrap();
        let mut ctx = dockside::context::Context::background("ecs", "000000000000", "us-east-1", clock);
        ctx.operation = "bench".into();
        ecs.create_cluster(&ctx, ecs_api::CreateClusterRequest {
            cluster_name: Some("bench".into()),
            ..Default::default()
        })
        .await
        .unwrap();
        let td: ecs_api::RegisterTaskDefinitionRequest = serde_json::from_str(
            r#"{"family":"web","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512","containerDefinitions":[{"name":"app","image":"img"}]}"#,
        )
        .unwrap();
        ecs.register_task_definition(&ctx, td).await.unwrap();
        for i in 0..100 {
            let s: ecs_api::CreateServiceRequest = serde_json::from_str(&format!(
                r#"{{"cluster":"bench","serviceName":"s{i:03}","taskDefinition":"web","desiredCount":100,"launchType":"FARGATE","networkConfiguration":{{"awsvpcConfiguration":{{"subnets":["subnet-{i}"]}}}}}}"#
            ))
            .unwrap();
            ecs.create_service(&ctx, s).await.unwrap();
        }
        let time = |f: &dyn Fn()| {
            let mut v: Vec<f64> = (0..200)
                .map(|_| {
                    let t = Instant::now();
                    f();
                    t.elapsed().as_secs_f64() * 1e6
                })
                .collect();
            v.sort_by(|a, b| a.partial_cmp(b).unwrap());
            (v[v.len() / 2], v[v.len() * 99 / 100])
        };
        let (idle, idle99) = time(&|| ecs.tick().unwrap());
        let (one, one99) = time(&|| {
            ecs.mark_changed("000000000000", "us-east-1", "bench", "s042");
            ecs.tick().unwrap();
        });
        println!("scheduler tick, nothing changed              median {idle:>8.1} us   p99 {idle99:>8.1} us");
        println!("scheduler tick, one service (100 tasks) changed median {one:>8.1} us   p99 {one99:>8.1} us");
    });
}
