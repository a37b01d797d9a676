//! The EC2 placement figures: 1,000 tasks placed across 500 container instances in three
//! zones by RunTask calls of 10, with `spread(attribute:ecs.availability-zone)` then
//! `binpack(memory)` and two memberOf constraints (an instance-type pattern and a task
//! group exclusion), over HTTP against the release binary, in memory (`--ephemeral`) and on its sled store. There is no
//! baseline in the same run: moto places no EC2 tasks by strategy.
//!
//! It prints; it asserts nothing.

use std::time::Instant;

use super::{free_port, spawn_dockside};

const ZONES: [&str; 3] = ["us-east-1a", "us-east-1b", "us-east-1c"];

pub fn run() {
    // With --ephemeral the figure is placement and bookkeeping; on the sled store it adds
    // the durable write each acknowledged RunTask waits for.
    in_process();
    run_on(false);
    run_on(true);
}

fn run_on(durable: bool) {
    let port = free_port();
    let dir = tempfile::tempdir().unwrap();
    let mut child = spawn_dockside(port, durable.then_some(dir.path()));
    let store = if durable {
        "sled data dir"
    } else {
        "--ephemeral"
    };
    while !super::get_caller_identity(port) {
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    let call = |op: &str, body: &str| super::ecs::call(port, op, body);
    call("CreateCluster", r#"{"clusterName":"bench"}"#);
    let t0 = Instant::now();
    for i in 0..500 {
        let doc = format!(
            r#"{{\"instanceId\":\"i-{i:017x}\",\"availabilityZone\":\"{}\",\"instanceType\":\"{}\",\"region\":\"us-east-1\"}}"#,
            ZONES[i % 3],
            if i % 5 == 0 { "c5.xlarge" } else { "m5.xlarge" }
        );
        call(
            "RegisterContainerInstance",
            &format!(
                r#"{{"cluster":"bench","instanceIdentityDocument":"{doc}","totalResources":[{{"name":"CPU","type":"INTEGER","integerValue":4096}},{{"name":"MEMORY","type":"INTEGER","integerValue":15000}}]}}"#
            ),
        );
    }
    let register_ms = t0.elapsed().as_secs_f64() * 1e3;
    call(
        "RegisterTaskDefinition",
        r#"{"family":"web","containerDefinitions":[{"name":"app","image":"img","cpu":256,"memory":512,"portMappings":[{"containerPort":80,"hostPort":0}]}]}"#,
    );
    let body = r#"{"cluster":"bench","taskDefinition":"web","count":10,"launchType":"EC2","placementStrategy":[{"type":"spread","field":"attribute:ecs.availability-zone"},{"type":"binpack","field":"memory"}],"placementConstraints":[{"type":"memberOf","expression":"attribute:ecs.instance-type =~ m5\\..*"},{"type":"memberOf","expression":"not(task:group == database)"}]}"#;
    let mut times: Vec<f64> = Vec::with_capacity(100);
    let mut placed = 0;
    for _ in 0..100 {
        let t = Instant::now();
        let out = call("RunTask", body);
        times.push(t.elapsed().as_secs_f64() * 1e3);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        placed += v["tasks"].as_array().map_or(0, Vec::len);
    }
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    let mean = times.iter().sum::<f64>() / times.len() as f64;
    println!(
        "EC2 placement ({store}): 500 instances registered in {register_ms:.0} ms; {placed} tasks placed by 100 RunTask(count 10) calls"
    );
    println!(
        "RunTask of 10 (spread zone + binpack memory + 2 memberOf)  median {:>6.2} ms   mean {mean:>6.2} ms   p99 {:>6.2} ms   max {:>6.2} ms",
        times[times.len() / 2],
        times[times.len() * 99 / 100],
        times[times.len() - 1]
    );
    println!(
        "RSS with 500 instances and {placed} tasks  {:>6.1} MB",
        super::rss_kib(child.id()) as f64 / 1024.0
    );
    let _ = child.kill();
    let _ = child.wait();
}

/// The same placements in-process (no HTTP, memory store): what placement itself costs.
pub fn in_process() {
    use dockside::services::ecs::Ecs;
    use dockside::services::ecs::api::{self as ecs_api, Api as _};
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let clock = dockside::clock::Clock::real();
        let store = dockside::storage::Store::memory();
        let ecs = Ecs::new(store, clock.clone(), std::time::Duration::from_millis(500)).unwrap();
        let mut ctx =
            dockside::context::Context::background("ecs", "000000000000", "us-east-1", clock);
        ctx.operation = "bench".into();
        let json = |s: String| -> serde_json::Value { serde_json::from_str(&s).unwrap() };
        ecs.create_cluster(&ctx, ecs_api::CreateClusterRequest {
            cluster_name: Some("bench".into()),
            ..Default::default()
        })
        .await
        .unwrap();
        for i in 0..500 {
            let doc = serde_json::json!({
                "instanceId": format!("i-{i:017x}"),
                "availabilityZone": ZONES[i % 3],
                "instanceType": if i % 5 == 0 { "c5.xlarge" } else { "m5.xlarge" },
                "region": "us-east-1",
            });
            let req = json(format!(
                r#"{{"cluster":"bench","instanceIdentityDocument":{},"totalResources":[{{"name":"CPU","type":"INTEGER","integerValue":4096}},{{"name":"MEMORY","type":"INTEGER","integerValue":15000}}]}}"#,
                serde_json::Value::String(doc.to_string())
            ));
            ecs.register_container_instance(&ctx, serde_json::from_value(req).unwrap())
                .await
                .unwrap();
        }
        let td = json(
            r#"{"family":"web","containerDefinitions":[{"name":"app","image":"img","cpu":256,"memory":512,"portMappings":[{"containerPort":80,"hostPort":0}]}]}"#.into(),
        );
        ecs.register_task_definition(&ctx, serde_json::from_value(td).unwrap())
            .await
            .unwrap();
        let body = json(
            r#"{"cluster":"bench","taskDefinition":"web","count":10,"launchType":"EC2","placementStrategy":[{"type":"spread","field":"attribute:ecs.availability-zone"},{"type":"binpack","field":"memory"}],"placementConstraints":[{"type":"memberOf","expression":"attribute:ecs.instance-type =~ m5\\..*"},{"type":"memberOf","expression":"not(task:group == database)"}]}"#.into(),
        );
        let mut times = Vec::new();
        let mut placed = 0;
        for _ in 0..100 {
            let req: ecs_api::RunTaskRequest = serde_json::from_value(body.clone()).unwrap();
            let t = Instant::now();
            let out = ecs.run_task(&ctx, req).await.unwrap();
            times.push(t.elapsed().as_secs_f64() * 1e3);
            placed += out.tasks.map_or(0, |t| t.len());
        }
        times.sort_by(|a, b| a.partial_cmp(b).unwrap());
        println!(
            "RunTask of 10, in-process ({placed} tasks on 500 instances)    median {:>6.2} ms   p99 {:>6.2} ms",
            times[times.len() / 2],
            times[times.len() * 99 / 100]
        );
    });
}
