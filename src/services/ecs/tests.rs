//! Unit checks of ECS internals that the API tests cannot see directly.

use super::api::*;
use super::lifecycle::Env;
use super::state::Region;
use super::{cluster, task, task_definition};
use crate::runtime::simulated::Simulated;
use crate::types::Timestamp;

fn region_with_tasks(n: i32) -> (Region, Vec<String>) {
    let rt = Simulated::new(std::time::Duration::ZERO);
    let env = Env {
        now: 1_700_000_000_000,
        runtime: &rt,
    };
    let mut r = Region::new("000000000000", "us-east-1");
    cluster::create(&mut r, CreateClusterRequest::default()).unwrap();
    let td: RegisterTaskDefinitionRequest = serde_json::from_str(
        r#"{"family":"web","requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","cpu":"256","memory":"512","containerDefinitions":[{"name":"app","image":"img"}]}"#,
    )
    .unwrap();
    task_definition::register(&mut r, Timestamp::from_millis(env.now), td).unwrap();
    let run: RunTaskRequest = serde_json::from_str(&format!(
        r#"{{"taskDefinition":"web","count":{n},"launchType":"FARGATE","tags":[{{"key":"k","value":"v"}}],"networkConfiguration":{{"awsvpcConfiguration":{{"subnets":["s-1"]}}}}}}"#
    ))
    .unwrap();
    let out = task::run(&mut r, &env, run).unwrap();
    super::scheduler::advance(&mut r, &env);
    let arns = out
        .tasks
        .unwrap()
        .into_iter()
        .filter_map(|t| t.task_arn)
        .collect();
    (r, arns)
}

#[test]
fn cached_describe_tasks_is_the_typed_answer() {
    let (r, mut arns) = region_with_tasks(5);
    arns.push("0123456789abcdef0123456789abcdef".into());
    let input = serde_json::json!({"tasks": arns});
    let typed: DescribeTasksRequest = serde_json::from_value(input.clone()).unwrap();
    let typed = serde_json::to_value(task::describe(&r, typed).unwrap()).unwrap();
    let cached = task::describe_cached(&r, &input).unwrap().unwrap();
    let cached: serde_json::Value = serde_json::from_slice(&cached).unwrap();
    assert_eq!(cached, typed);
    assert_eq!(cached["tasks"].as_array().unwrap().len(), 5);
    assert_eq!(cached["failures"][0]["reason"], "MISSING");
    assert!(cached["tasks"][0].get("tags").is_none());
    let with_tags = serde_json::json!({"tasks": arns, "include": ["TAGS"]});
    assert!(
        task::describe_cached(&r, &with_tags).is_none(),
        "tags take the typed path"
    );
}

#[test]
fn addresses_are_unique_and_released() {
    let (mut r, arns) = region_with_tasks(10);
    let ips: std::collections::BTreeSet<_> =
        r.tasks.values().filter_map(|t| t.ip.clone()).collect();
    assert_eq!(ips.len(), 10);
    let rt = Simulated::new(std::time::Duration::ZERO);
    let env = Env {
        now: 1_700_000_001_000,
        runtime: &rt,
    };
    for arn in &arns {
        task::stop(
            &mut r,
            &env,
            StopTaskRequest {
                task: Some(arn.clone()),
                ..Default::default()
            },
        )
        .unwrap();
    }
    super::scheduler::advance(&mut r, &env);
    assert!(
        r.ips.values().all(|s| s.is_empty()),
        "stopped tasks give their addresses back"
    );
    assert!(
        r.tasks
            .values()
            .all(|t| t.task.last_status.as_deref() == Some("STOPPED"))
    );
    // An hour later they are gone.
    let later = Env {
        now: env.now + super::lifecycle::RETENTION_MS,
        runtime: &rt,
    };
    super::scheduler::advance(&mut r, &later);
    assert!(r.tasks.is_empty());
}
