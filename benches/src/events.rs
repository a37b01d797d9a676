//! The EventBridge figures: 1,000 rules with mixed patterns on the default bus, and PutEvents
//! of 10-entry batches at 32 connections (events matched per second against every rule),
//! beside moto's server holding the same rules in the same run.
//!
//! It prints; it asserts nothing.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http_body_util::Full;

use super::{free_port, load, print_load, spawn_dockside, start_moto};

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/events/aws4_request, SignedHeaders=host, Signature=0";

fn call(port: u16, op: &str, body: &str) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSEvents.{op}\r\nAuthorization: {AUTH}\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .unwrap();
    let mut out = String::new();
    let _ = s.read_to_string(&mut out);
    assert!(
        out.starts_with("HTTP/1.1 200"),
        "{op}: {}",
        &out[..out.len().min(300)]
    );
}

/// 700 rules on a source and a detail-type, 200 on a source and a numeric range, 100 on a
/// key prefix with no source.
fn rules(port: u16) {
    for i in 0..1000 {
        let pattern = match i {
            0..700 => format!(
                r#"{{"source":["src-{}"],"detail-type":["type-{}"]}}"#,
                i % 100,
                i % 7
            ),
            700..900 => format!(
                r#"{{"source":["src-{}"],"detail":{{"n":[{{"numeric":[">",{i}]}}]}}}}"#,
                i % 100
            ),
            _ => format!(r#"{{"detail":{{"key":[{{"prefix":"k{i}"}}]}}}}"#),
        };
        let body =
            serde_json::json!({"Name": format!("rule-{i}"), "EventPattern": pattern}).to_string();
        call(port, "PutRule", &body);
    }
}

fn put_events() -> super::MakeRequest {
    let entries: Vec<serde_json::Value> = (0..10)
        .map(|i| {
            serde_json::json!({
                "Source": format!("src-{}", i * 9),
                "DetailType": format!("type-{}", i % 7),
                "Detail": serde_json::json!({"n": 850, "key": format!("k95{i}")}).to_string(),
            })
        })
        .collect();
    let body = Bytes::from(serde_json::json!({"Entries": entries}).to_string());
    Arc::new(move || {
        http::Request::post("/")
            .header("host", "localhost")
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", "AWSEvents.PutEvents")
            .header("authorization", AUTH)
            .body(Full::new(body.clone()))
            .unwrap()
    })
}

pub fn run(secs: f64) {
    println!(
        "\n-- EventBridge: 1,000 rules on one bus, PutEvents of 10 entries, 32 connections --"
    );
    let port = free_port();
    let mut child = spawn_dockside(port, None);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(1));
    }
    rules(port);
    let l = load(port, secs, put_events());
    print_load("dockside PutEvents(10)", &l);
    println!(
        "dockside events matched against 1,000 rules: {:>9.0} events/s",
        l.rps * 10.0
    );
    let _ = child.kill();
    let _ = child.wait();
    if std::env::var("DOCKSIDE_BENCH_SKIP_MOTO").is_ok() {
        return;
    }
    let mport = free_port();
    let Some(mut moto) = start_moto(mport) else {
        println!("moto could not be started: no baseline");
        return;
    };
    rules(mport);
    let m = load(mport, secs, put_events());
    print_load("moto 5.2.5 PutEvents(10)", &m);
    println!(
        "moto events matched against 1,000 rules:     {:>9.0} events/s",
        m.rps * 10.0
    );
    if m.rps > 0.0 {
        println!("ratio dockside / moto: {:.1}", l.rps / m.rps);
    }
    let _ = moto.kill();
    let _ = moto.wait();
}
