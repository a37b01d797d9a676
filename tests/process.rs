//! The `dockside` binary as users run it: `Ready.`, flags, SIGTERM, and state that
//! survives both a clean stop and `kill -9`. It never mocks the process or the store.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A port nothing listens on, never handed to two tests of this binary (they run at once,
/// and one's Dockside listening on another's webhook port would answer its calls).
fn free_port() -> u16 {
    static GIVEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    loop {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        if GIVEN.lock().unwrap_or_else(|e| e.into_inner()).insert(port) {
            return port;
        }
    }
}

/// Starts the binary and waits for its `Ready.` line.
fn start(args: &[&str], envs: &[(&str, &str)]) -> Child {
    let mut child = Command::new(env!("CARGO_BIN_EXE_dockside"))
        .args(args)
        .envs(envs.iter().copied())
        .env_remove("DOCKSIDE_LISTEN")
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let stdout = child.stdout.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            let Ok(line) = line else { break };
            if line == "Ready." {
                let _ = tx.send(());
            }
        }
    });
    rx.recv_timeout(Duration::from_secs(20))
        .expect("dockside printed Ready.");
    child
}

/// One HTTP/1.1 exchange; returns status and body.
fn http(port: u16, request: &str) -> (u16, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    let status = out[9..12].parse().unwrap();
    let body = out
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_string())
        .unwrap_or_default();
    (status, body)
}

fn sts(port: u16, key: &str, form: &str) -> (u16, String) {
    http(
        port,
        &format!(
            "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-www-form-urlencoded\r\nAuthorization: AWS4-HMAC-SHA256 Credential={key}/20261123/us-east-1/sts/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        ),
    )
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> &'a str {
    let start = text.find(open).unwrap() + open.len();
    &text[start..start + text[start..].find(close).unwrap()]
}

fn wait_exit(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let t0 = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(t0.elapsed() < limit, "dockside did not exit");
        std::thread::sleep(Duration::from_millis(20));
    }
}

const ASSUME: &str = "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=durable";
const WHO: &str = "Action=GetCallerIdentity&Version=2011-06-15";

#[test]
fn ready_then_clean_stop_on_sigterm() {
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = start(&["--ephemeral", "--listen", &addr], &[]);
    let (status, body) = http(
        port,
        "GET /_dockside/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(status, 200, "{body}");
    let ok = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(ok.success());
    assert!(wait_exit(&mut child, Duration::from_secs(10)).success());
}

#[test]
fn acknowledged_writes_survive_sigkill_and_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (status, body) = sts(port, "test", ASSUME);
    assert_eq!(status, 200, "{body}");
    let key = between(&body, "<AccessKeyId>", "</AccessKeyId>").to_string();
    // The answer was sent, so the write is on disk: kill without warning.
    child.kill().unwrap();
    child.wait().unwrap();

    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (_, body) = sts(port, &key, WHO);
    assert_eq!(between(&body, "<Account>", "</Account>"), "123456789012");
    let (_, body) = sts(port, "test", ASSUME);
    let second = between(&body, "<AccessKeyId>", "</AccessKeyId>").to_string();
    Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(wait_exit(&mut child, Duration::from_secs(10)).success());

    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    for k in [&key, &second] {
        let (_, body) = sts(port, k, WHO);
        assert_eq!(between(&body, "<Account>", "</Account>"), "123456789012");
    }
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn environment_configures_listen_account_and_region() {
    let port = free_port();
    let mut child = start(
        &["--ephemeral"],
        &[
            ("GATEWAY_LISTEN", &format!("127.0.0.1:{port}")),
            ("DOCKSIDE_ACCOUNT_ID", "210987654321"),
        ],
    );
    let (status, body) = sts(port, "test", WHO);
    assert_eq!(status, 200);
    assert_eq!(between(&body, "<Account>", "</Account>"), "210987654321");
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn help_documents_every_flag() {
    let out = Command::new(env!("CARGO_BIN_EXE_dockside"))
        .arg("--help")
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    for flag in [
        "--listen",
        "DOCKSIDE_LISTEN",
        "GATEWAY_LISTEN",
        "--data-dir",
        "--ephemeral",
        "--account-id",
        "--region",
        "--log-level",
    ] {
        assert!(text.contains(flag), "--help mentions {flag}");
    }
}

#[test]
fn bad_listen_address_fails_fast() {
    let out = Command::new(env!("CARGO_BIN_EXE_dockside"))
        .args(["--ephemeral", "--listen", "not-an-address"])
        .env_remove("GATEWAY_LISTEN")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("invalid listen address"));
}

fn ecs(port: u16, op: &str, body: &str) -> (u16, String) {
    http(
        port,
        &format!(
            "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AmazonEC2ContainerServiceV20141113.{op}\r\nAuthorization: AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/ecs/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

#[test]
fn ecs_state_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    assert_eq!(
        ecs(port, "CreateCluster", r#"{"clusterName":"keep"}"#).0,
        200
    );
    let (status, body) = ecs(
        port,
        "RegisterTaskDefinition",
        r#"{"family":"web","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512","containerDefinitions":[{"name":"app","image":"img"}]}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "CreateService",
        r#"{"cluster":"keep","serviceName":"api","taskDefinition":"web","desiredCount":3,"launchType":"FARGATE","networkConfiguration":{"awsvpcConfiguration":{"subnets":["subnet-1"]}}}"#,
    );
    assert_eq!(status, 200, "{body}");
    // An EC2 instance with a task placed on it, and a daemon task definition.
    let (status, body) = ecs(
        port,
        "RegisterContainerInstance",
        r#"{"cluster":"keep","totalResources":[{"name":"MEMORY","type":"INTEGER","integerValue":1024}],"attributes":[{"name":"team","value":"web"}]}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "RegisterTaskDefinition",
        r#"{"family":"ec2","containerDefinitions":[{"name":"app","image":"img","memory":256}]}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "RunTask",
        r#"{"cluster":"keep","taskDefinition":"ec2","launchType":"EC2","placementConstraints":[{"type":"memberOf","expression":"attribute:team == web"}]}"#,
    );
    assert!(
        status == 200 && body.contains("containerInstanceArn"),
        "{body}"
    );
    let (status, body) = ecs(
        port,
        "RegisterDaemonTaskDefinition",
        r#"{"family":"logs","containerDefinitions":[{"name":"agent","image":"img"}]}"#,
    );
    assert_eq!(status, 200, "{body}");
    // A gateway associated with the cluster, and an Express service.
    let role = "arn:aws:iam::000000000000:role/infra";
    let (status, body) = ecs(
        port,
        "CreateGateway",
        &format!(
            r#"{{"name":"edge","infrastructureRoleArn":"{role}","configuration":{{"hostSharedAlb":{{}}}}}}"#
        ),
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "AssociateGatewayWithCluster",
        r#"{"gateway":"edge","cluster":"keep"}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "CreateExpressGatewayService",
        &format!(
            r#"{{"cluster":"keep","serviceName":"shop","infrastructureRoleArn":"{role}","executionRoleArn":"{role}","primaryContainer":{{"image":"shop:1"}}}}"#
        ),
    );
    assert_eq!(status, 200, "{body}");
    // A task waiting for a managed-scaling capacity provider that has no instance yet.
    let (status, body) = ecs(
        port,
        "CreateCapacityProvider",
        r#"{"name":"scaled","autoScalingGroupProvider":{"autoScalingGroupArn":"arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1:autoScalingGroupName/scaled","managedScaling":{"status":"ENABLED"}}}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "PutClusterCapacityProviders",
        r#"{"cluster":"keep","capacityProviders":["scaled"],"defaultCapacityProviderStrategy":[]}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (status, body) = ecs(
        port,
        "RunTask",
        r#"{"cluster":"keep","taskDefinition":"ec2","capacityProviderStrategy":[{"capacityProvider":"scaled","weight":1}]}"#,
    );
    assert!(status == 200 && body.contains("PROVISIONING"), "{body}");
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let waiting = v["tasks"][0]["taskArn"].as_str().unwrap().to_string();
    let (_, before) = ecs(port, "ListTasks", r#"{"cluster":"keep"}"#);
    child.kill().unwrap();
    child.wait().unwrap();

    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (_, body) = ecs(
        port,
        "ListContainerInstances",
        r#"{"cluster":"keep","filter":"attribute:team == web"}"#,
    );
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let instance = v["containerInstanceArns"][0]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(!instance.is_empty(), "{body}");
    let (_, body) = ecs(
        port,
        "DescribeContainerInstances",
        &format!(r#"{{"cluster":"keep","containerInstances":["{instance}"]}}"#),
    );
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    let remaining = v["containerInstances"][0]["remainingResources"]
        .as_array()
        .unwrap()
        .clone();
    let memory = remaining.iter().find(|r| r["name"] == "MEMORY").unwrap();
    assert_eq!(
        memory["integerValue"], 768,
        "the placed task still holds its memory: {body}"
    );
    let (status, body) = ecs(
        port,
        "DescribeDaemonTaskDefinition",
        r#"{"daemonTaskDefinition":"logs"}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (_, body) = ecs(
        port,
        "DescribeServices",
        r#"{"cluster":"keep","services":["api"]}"#,
    );
    let v: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(v["services"][0]["runningCount"], 3, "{body}");
    assert_eq!(
        v["services"][0]["deployments"][0]["rolloutState"],
        "COMPLETED"
    );
    let (_, after) = ecs(port, "ListTasks", r#"{"cluster":"keep"}"#);
    assert_eq!(before, after, "the same tasks, not new ones");
    // The waiting task still waits, and goes onto the first instance of its provider.
    let describe = format!(r#"{{"cluster":"keep","tasks":["{waiting}"]}}"#);
    let (_, body) = ecs(port, "DescribeTasks", &describe);
    assert!(
        body.contains("PROVISIONING") && !body.contains("containerInstanceArn"),
        "{body}"
    );
    let (status, body) = ecs(
        port,
        "RegisterContainerInstance",
        r#"{"cluster":"keep","totalResources":[{"name":"MEMORY","type":"INTEGER","integerValue":1024}],"attributes":[{"name":"dockside.capacity-provider","value":"scaled"}]}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (_, body) = ecs(port, "DescribeTasks", &describe);
    assert!(body.contains("containerInstanceArn"), "{body}");
    let (_, body) = ecs(
        port,
        "ListGatewayClusterAssociations",
        r#"{"gateway":"edge"}"#,
    );
    assert!(
        body.contains("cluster/keep") && body.contains("ACTIVE"),
        "{body}"
    );
    let (status, body) = ecs(
        port,
        "DescribeExpressGatewayService",
        r#"{"serviceArn":"arn:aws:ecs:us-east-1:000000000000:service/keep/shop"}"#,
    );
    assert!(status == 200 && body.contains("\"shop:1\""), "{body}");
    let (_, body) = ecs(
        port,
        "DescribeTaskDefinition",
        r#"{"taskDefinition":"web"}"#,
    );
    assert!(body.contains("\"revision\":1"), "{body}");
    child.kill().unwrap();
    child.wait().unwrap();
}

fn events(port: u16, op: &str, body: &str) -> (u16, String) {
    http(
        port,
        &format!(
            "POST / HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/x-amz-json-1.1\r\nX-Amz-Target: AWSEvents.{op}\r\nAuthorization: AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/events/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

/// Accepts one HTTP request on `port` (once something listens there) and sends back its text.
fn one_request(port: u16) -> std::sync::mpsc::Receiver<String> {
    let (tx, rx) = std::sync::mpsc::channel();
    let l = std::net::TcpListener::bind(("127.0.0.1", port)).unwrap();
    std::thread::spawn(move || {
        let (mut s, _) = l.accept().unwrap();
        s.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
        let mut buf = vec![0; 65536];
        let mut text = String::new();
        while !text.contains("\"my.app\"") {
            let n = s.read(&mut buf).unwrap_or(0);
            if n == 0 {
                break;
            }
            text.push_str(&String::from_utf8_lossy(&buf[..n]));
        }
        let _ = s.write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n");
        let _ = tx.send(text);
    });
    rx
}

#[test]
fn an_acknowledged_event_reaches_its_api_destination_after_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let (port, hook) = (free_port(), free_port());
    let addr = format!("127.0.0.1:{port}");
    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (status, body) = events(
        port,
        "CreateConnection",
        r#"{"Name":"c","AuthorizationType":"API_KEY","AuthParameters":{"ApiKeyAuthParameters":{"ApiKeyName":"k","ApiKeyValue":"v"}}}"#,
    );
    assert_eq!(status, 200, "{body}");
    let conn = between(&body, "\"ConnectionArn\":\"", "\"").to_string();
    let (status, body) = events(
        port,
        "CreateApiDestination",
        &format!(
            r#"{{"Name":"d","ConnectionArn":"{conn}","InvocationEndpoint":"http://127.0.0.1:{hook}/in","HttpMethod":"POST"}}"#
        ),
    );
    assert_eq!(status, 200, "{body}");
    let dest = between(&body, "\"ApiDestinationArn\":\"", "\"").to_string();
    events(
        port,
        "PutRule",
        r#"{"Name":"r","EventPattern":"{\"source\":[\"my.app\"]}"}"#,
    );
    let (status, body) = events(
        port,
        "PutTargets",
        &format!(r#"{{"Rule":"r","Targets":[{{"Id":"t","Arn":"{dest}"}}]}}"#),
    );
    assert_eq!(status, 200, "{body}");
    // Nothing listens on the hook yet: the call fails and waits for its retry.
    let (status, body) = events(
        port,
        "PutEvents",
        r#"{"Entries":[{"Source":"my.app","DetailType":"x","Detail":"{\"n\":1}"}]}"#,
    );
    assert!(body.contains("\"FailedEntryCount\":0"), "{status} {body}");
    child.kill().unwrap();
    child.wait().unwrap();

    let got = one_request(hook);
    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let text = got
        .recv_timeout(Duration::from_secs(15))
        .expect("the event was delivered after the restart");
    assert!(text.starts_with("POST /in "), "{text}");
    assert!(text.contains("\"n\":1"), "{text}");
    child.kill().unwrap();
    child.wait().unwrap();
}

fn eks(port: u16, method: &str, path: &str, body: &str) -> (u16, String) {
    http(
        port,
        &format!(
            "{method} {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nContent-Type: application/json\r\nAuthorization: AWS4-HMAC-SHA256 Credential=test/20261123/us-east-1/eks/aws4_request, SignedHeaders=host, Signature=0\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        ),
    )
}

#[test]
fn an_eks_cluster_and_its_endpoint_survive_kill_9() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().to_str().unwrap();
    let port = free_port();
    let addr = format!("127.0.0.1:{port}");
    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (status, body) = eks(
        port,
        "POST",
        "/clusters",
        r#"{"name":"keep","roleArn":"arn:aws:iam::000000000000:role/eks","resourcesVpcConfig":{"subnetIds":["subnet-a","subnet-b"]}}"#,
    );
    assert_eq!(status, 200, "{body}");
    let (_, body) = eks(port, "GET", "/clusters/keep", "");
    let before = between(&body, "\"endpoint\":\"", "\"").to_string();
    assert!(before.starts_with("https://127.0.0.1:"), "{body}");
    let ca = between(&body, "\"data\":\"", "\"").to_string();
    child.kill().unwrap();
    child.wait().unwrap();

    let mut child = start(&["--listen", &addr, "--data-dir", data], &[]);
    let (status, body) = eks(port, "GET", "/clusters/keep", "");
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        between(&body, "\"endpoint\":\"", "\""),
        before,
        "the same port"
    );
    assert_eq!(between(&body, "\"data\":\"", "\""), ca, "the same CA");
    let endpoint_port: u16 = before.rsplit(':').next().unwrap().parse().unwrap();
    TcpStream::connect(("127.0.0.1", endpoint_port)).expect("the endpoint listens again");
    child.kill().unwrap();
    child.wait().unwrap();
}
