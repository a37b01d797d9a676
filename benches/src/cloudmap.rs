//! The Cloud Map figures: DNS answers per second from the embedded server for a service of 8
//! healthy instances under 32 concurrent UDP clients, and DiscoverInstances requests per
//! second (32 connections) for a service of 1,000 instances, against the release binary.
//!
//! It prints; it asserts nothing.

use std::io::{Read, Write};
use std::net::TcpStream;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::Full;

use super::{free_port, load, print_load, spawn_dockside_with};

const AUTH: &str = "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/servicediscovery/aws4_request, SignedHeaders=host, Signature=0";
const TARGET: &str = "Route53AutoNaming_v20170314";

fn call(port: u16, op: &str, body: &str) -> serde_json::Value {
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
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b)
        .unwrap_or_default();
    serde_json::from_str(body).unwrap_or(serde_json::Value::Null)
}

/// A DNS query for `name` (type A) with id `id`, built by hand (header, one question).
fn query(id: u16, name: &str) -> Vec<u8> {
    let mut q = id.to_be_bytes().to_vec();
    q.extend_from_slice(&[0x01, 0x00, 0, 1, 0, 0, 0, 0, 0, 0]);
    for label in name.split('.').filter(|l| !l.is_empty()) {
        q.push(label.len() as u8);
        q.extend_from_slice(label.as_bytes());
    }
    q.extend_from_slice(&[0, 0, 1, 0, 1]);
    q
}

fn dns_load(addr: std::net::SocketAddr, secs: f64) -> (f64, f64) {
    let done = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs_f64(secs);
    let mut threads = Vec::new();
    for c in 0..32u16 {
        let done = done.clone();
        threads.push(std::thread::spawn(move || {
            let sock = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
            sock.set_read_timeout(Some(Duration::from_secs(1))).unwrap();
            let mut lat = Vec::new();
            let mut buf = [0u8; 1500];
            let mut id = c.wrapping_mul(2000);
            while Instant::now() < deadline {
                id = id.wrapping_add(1);
                let t = Instant::now();
                sock.send_to(&query(id, "api.bench.local"), addr).unwrap();
                if let Ok(n) = sock.recv(&mut buf)
                    && n > 12
                    && buf[..2] == id.to_be_bytes()
                {
                    lat.push(t.elapsed().as_micros() as u32);
                    done.fetch_add(1, Ordering::Relaxed);
                }
            }
            lat
        }));
    }
    let mut lat: Vec<u32> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap())
        .collect();
    lat.sort_unstable();
    let p99 = lat.get(lat.len() * 99 / 100).copied().unwrap_or(0) as f64 / 1000.0;
    (done.load(Ordering::Relaxed) as f64 / secs, p99)
}

pub fn run(secs: f64) {
    let port = free_port();
    let dns_port = {
        let s = std::net::UdpSocket::bind("127.0.0.1:0").unwrap();
        s.local_addr().unwrap().port()
    };
    let dns_arg = format!("127.0.0.1:{dns_port}");
    let mut child = spawn_dockside_with(port, None, &["--dns-listen", &dns_arg]);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        std::thread::sleep(Duration::from_millis(1));
    }
    let op = call(
        port,
        "CreatePrivateDnsNamespace",
        r#"{"Name":"bench.local","Vpc":"vpc-1"}"#,
    );
    let op_id = op["OperationId"].as_str().unwrap_or_default().to_string();
    let got = call(
        port,
        "GetOperation",
        &format!(r#"{{"OperationId":"{op_id}"}}"#),
    );
    let ns = got["Operation"]["Targets"]["NAMESPACE"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    let svc = |name: &str| {
        let v = call(
            port,
            "CreateService",
            &format!(
                r#"{{"Name":"{name}","NamespaceId":"{ns}","DnsConfig":{{"RoutingPolicy":"MULTIVALUE","DnsRecords":[{{"Type":"A","TTL":10}}]}}}}"#
            ),
        );
        v["Service"]["Id"].as_str().unwrap_or_default().to_string()
    };
    let (api, many) = (svc("api"), svc("many"));
    for i in 0..8 {
        call(
            port,
            "RegisterInstance",
            &format!(
                r#"{{"ServiceId":"{api}","InstanceId":"i-{i}","Attributes":{{"AWS_INSTANCE_IPV4":"10.0.0.{i}"}}}}"#
            ),
        );
    }
    for i in 0..1000 {
        call(
            port,
            "RegisterInstance",
            &format!(
                r#"{{"ServiceId":"{many}","InstanceId":"m-{i}","Attributes":{{"AWS_INSTANCE_IPV4":"10.1.{}.{}","slot":"{i}"}}}}"#,
                i / 250,
                i % 250
            ),
        );
    }
    println!(
        "\n-- Cloud Map: DNS for a service of 8 instances, 32 UDP clients; DiscoverInstances of 1,000 instances, 32 connections --"
    );
    let (qps, p99) = dns_load(format!("127.0.0.1:{dns_port}").parse().unwrap(), secs);
    println!("dockside DNS A api.bench.local   {qps:>10.0} answers/s   p99 {p99:.2} ms");
    let body =
        Bytes::from(r#"{"NamespaceName":"bench.local","ServiceName":"many","MaxResults":1000}"#);
    let make: super::MakeRequest = Arc::new(move || {
        http::Request::post("/")
            .header("host", "localhost")
            .header("content-type", "application/x-amz-json-1.1")
            .header("x-amz-target", format!("{TARGET}.DiscoverInstances"))
            .header("authorization", AUTH)
            .body(Full::new(body.clone()))
            .unwrap()
    });
    let l = load(port, secs, make);
    print_load("dockside DiscoverInstances(1,000)", &l);
    let _ = child.kill();
    let _ = child.wait();
}
