//! Garbage in, an AWS-shaped error out: random bodies, truncated valid bodies and odd
//! headers for every protocol never panic, hang or answer a bare 500. Deterministic (seeded).
//!
//! It checks the shape of failure only; the golden fixtures pin exact answers.

use axum::body::Body;
use dockside::{AppState, Config};
use http_body_util::BodyExt;
use tower::ServiceExt;

fn auth(service: &str) -> String {
    format!(
        "AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0"
    )
}

struct Target {
    method: &'static str,
    uri: &'static str,
    headers: Vec<(&'static str, String)>,
    valid: &'static [u8],
}

fn targets() -> Vec<Target> {
    vec![
        Target {
            method: "POST",
            uri: "/",
            headers: vec![
                ("x-amz-target", "AmazonEC2ContainerServiceV20141113.RegisterTaskDefinition".into()),
                ("content-type", "application/x-amz-json-1.1".into()),
                ("authorization", auth("ecs")),
            ],
            valid: br#"{"family":"web","containerDefinitions":[{"name":"a","image":"busybox","memory":128}]}"#,
        },
        Target {
            method: "POST",
            uri: "/clusters",
            headers: vec![
                ("content-type", "application/json".into()),
                ("authorization", auth("eks")),
            ],
            valid: br#"{"name":"c","roleArn":"arn:aws:iam::000000000000:role/r","resourcesVpcConfig":{"subnetIds":["s"]}}"#,
        },
        Target {
            method: "POST",
            uri: "/",
            headers: vec![
                ("content-type", "application/x-www-form-urlencoded".into()),
                ("authorization", auth("sts")),
            ],
            valid: b"Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=abc&Tags.member.1.Key=k&Tags.member.1.Value=v",
        },
        Target {
            method: "POST",
            uri: "/service/Route53AutoNaming_v20170314/operation/CreateHttpNamespace",
            headers: vec![
                ("content-type", "application/cbor".into()),
                ("smithy-protocol", "rpc-v2-cbor".into()),
                ("authorization", auth("servicediscovery")),
            ],
            // {"Name": "ns", "Tags": [{"Key": "k", "Value": "v"}]}
            valid: &[
                0xa2, 0x64, b'N', b'a', b'm', b'e', 0x62, b'n', b's', 0x64, b'T', b'a', b'g', b's',
                0x81, 0xa2, 0x63, b'K', b'e', b'y', 0x61, b'k', 0x65, b'V', b'a', b'l', b'u', b'e',
                0x61, b'v',
            ],
        },
    ]
}

#[tokio::test]
async fn garbage_never_panics_or_answers_500() {
    let app = dockside::app(AppState::open(Config::ephemeral()).unwrap());
    let mut rng = fastrand::Rng::with_seed(20261123);
    let mut sent = 0;
    for target in targets() {
        let mut bodies: Vec<Vec<u8>> = Vec::new();
        // Every prefix of a valid body, then bodies with random bytes flipped, then noise.
        for cut in 0..target.valid.len() {
            bodies.push(target.valid[..cut].to_vec());
        }
        for _ in 0..150 {
            let mut b = target.valid.to_vec();
            for _ in 0..rng.usize(1..4) {
                let i = rng.usize(..b.len());
                b[i] = rng.u8(..);
            }
            bodies.push(b);
        }
        for _ in 0..50 {
            bodies.push((0..rng.usize(0..200)).map(|_| rng.u8(..)).collect());
        }
        for body in bodies {
            let mut req = http::Request::builder()
                .method(target.method)
                .uri(target.uri);
            for (k, v) in &target.headers {
                req = req.header(*k, v);
            }
            let resp = app
                .clone()
                .oneshot(req.body(Body::from(body.clone())).unwrap())
                .await
                .unwrap();
            let status = resp.status().as_u16();
            assert!(resp.headers().contains_key("x-amzn-requestid"));
            let bytes = resp.into_body().collect().await.unwrap().to_bytes();
            assert!(
                status < 500 || status == 501,
                "{} {}: {status} for {:?}: {}",
                target.method,
                target.uri,
                String::from_utf8_lossy(&body),
                String::from_utf8_lossy(&bytes)
            );
            assert!(!bytes.is_empty(), "errors carry a body");
            sent += 1;
        }
    }
    assert!(sent > 800);
}
