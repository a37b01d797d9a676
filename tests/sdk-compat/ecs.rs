//! ECS through aws-sdk-ecs: the lifecycle of a Fargate service from creation to deletion,
//! rolling deployments checked at every clock step, failure replacement, the circuit
//! breaker, and the inputs other emulators get wrong.

use std::collections::BTreeSet;
use std::time::Duration;

use aws_sdk_ecs::Client;
use aws_sdk_ecs::client::Waiters;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    AwsVpcConfiguration, Compatibility, ContainerDefinition, DeploymentCircuitBreaker,
    DeploymentConfiguration, DesiredStatus, LaunchType, NetworkConfiguration, NetworkMode,
};

use crate::harness::Dockside;

const STEP: Duration = Duration::from_millis(100);

/// Dockside with observable task phases, one `STEP` apart, on a clock that moves only
/// when the test advances it.
async fn stepped() -> Dockside {
    let d = Dockside::start_with(dockside::Config {
        ecs_task_step_ms: STEP.as_millis() as u64,
        ..dockside::Config::ephemeral()
    })
    .await;
    d.manual_clock();
    d
}

pub fn vpc() -> NetworkConfiguration {
    // No security groups: valid on AWS, refused by some emulators.
    NetworkConfiguration::builder()
        .awsvpc_configuration(
            AwsVpcConfiguration::builder()
                .subnets("subnet-0abc")
                .build()
                .unwrap(),
        )
        .build()
}

pub async fn register(ecs: &Client, family: &str, image: &str) -> String {
    // cpu and memory only at task level, as Fargate allows.
    let out = ecs
        .register_task_definition()
        .family(family)
        .requires_compatibilities(Compatibility::Fargate)
        .network_mode(NetworkMode::Awsvpc)
        .cpu("256")
        .memory("512")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image(image)
                .build(),
        )
        .send()
        .await
        .unwrap();
    out.task_definition()
        .unwrap()
        .task_definition_arn()
        .unwrap()
        .to_string()
}

/// (deployment id, lastStatus) of each task the service wants running.
async fn service_tasks(
    ecs: &Client,
    cluster: &str,
    service: &str,
) -> Vec<(String, String, String)> {
    let arns = ecs
        .list_tasks()
        .cluster(cluster)
        .service_name(service)
        .desired_status(DesiredStatus::Running)
        .send()
        .await
        .unwrap()
        .task_arns()
        .to_vec();
    if arns.is_empty() {
        return vec![];
    }
    let out = ecs
        .describe_tasks()
        .cluster(cluster)
        .set_tasks(Some(arns))
        .send()
        .await
        .unwrap();
    out.tasks()
        .iter()
        .map(|t| {
            (
                t.started_by().unwrap_or_default().to_string(),
                t.last_status().unwrap_or_default().to_string(),
                t.containers()[0].network_interfaces()[0]
                    .private_ipv4_address()
                    .unwrap_or_default()
                    .to_string(),
            )
        })
        .collect()
}

async fn advance_until_stable(d: &Dockside, ecs: &Client, cluster: &str, service: &str) {
    for _ in 0..200 {
        let s = ecs
            .describe_services()
            .cluster(cluster)
            .services(service)
            .send()
            .await
            .unwrap();
        let s = &s.services()[0];
        if s.deployments().len() == 1 && s.running_count() == s.desired_count() {
            return;
        }
        d.advance(STEP);
    }
    panic!("service never became stable");
}

#[tokio::test]
async fn fargate_service_lifecycle_with_rolling_deployment() {
    let d = stepped().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("prod")
        .send()
        .await
        .unwrap();
    let v1 = register(&ecs, "web", "registry.invalid/never-pulled:1").await;
    assert!(v1.ends_with(":task-definition/web:1"));
    let created = ecs
        .create_service()
        .cluster("prod")
        .service_name("api")
        .task_definition("web")
        .desired_count(3)
        .launch_type(LaunchType::Fargate)
        .network_configuration(vpc())
        .deployment_configuration(
            DeploymentConfiguration::builder()
                .minimum_healthy_percent(50)
                .maximum_percent(150)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.service().unwrap().status(), Some("ACTIVE"));
    advance_until_stable(&d, &ecs, "prod", "api").await;

    let tasks = service_tasks(&ecs, "prod", "api").await;
    assert_eq!(tasks.len(), 3);
    assert!(tasks.iter().all(|(_, status, _)| status == "RUNNING"));
    let ips: BTreeSet<&String> = tasks.iter().map(|(_, _, ip)| ip).collect();
    assert_eq!(ips.len(), 3, "distinct private IPs: {tasks:?}");
    let cluster = ecs
        .describe_clusters()
        .clusters("prod")
        .send()
        .await
        .unwrap();
    assert_eq!(cluster.clusters()[0].running_tasks_count(), 3);
    assert_eq!(cluster.clusters()[0].active_services_count(), 1);

    // Roll to revision 2: never more than 150 % (4 tasks) wanted, never fewer than 50 %
    // (2 tasks) running, at any clock step.
    register(&ecs, "web", "registry.invalid/never-pulled:2").await;
    let updated = ecs
        .update_service()
        .cluster("prod")
        .service("api")
        .task_definition("web:2")
        .send()
        .await
        .unwrap();
    let new_id = updated.service().unwrap().deployments()[0]
        .id()
        .unwrap()
        .to_string();
    let mut saw_both = false;
    for _ in 0..200 {
        let tasks = service_tasks(&ecs, "prod", "api").await;
        let running = tasks.iter().filter(|(_, s, _)| s == "RUNNING").count();
        let new = tasks.iter().filter(|(dep, _, _)| *dep == new_id).count();
        assert!(tasks.len() <= 4, "above maximumPercent: {tasks:?}");
        assert!(running >= 2, "below minimumHealthyPercent: {tasks:?}");
        saw_both |= new > 0 && new < tasks.len();
        let s = ecs
            .describe_services()
            .cluster("prod")
            .services("api")
            .send()
            .await
            .unwrap();
        let s = &s.services()[0];
        if s.deployments().len() == 1 && s.running_count() == 3 && new == 3 {
            assert_eq!(
                s.deployments()[0].rollout_state().unwrap().as_str(),
                "COMPLETED"
            );
            assert_eq!(
                s.task_definition(),
                Some(updated.service().unwrap().task_definition().unwrap())
            );
            break;
        }
        d.advance(STEP);
    }
    assert!(saw_both, "old and new tasks overlapped during the rollout");
    let s = ecs
        .describe_services()
        .cluster("prod")
        .services("api")
        .send()
        .await
        .unwrap();
    let events: Vec<&str> = s.services()[0]
        .events()
        .iter()
        .filter_map(|e| e.message())
        .collect();
    assert_eq!(events[0], "(service api) has reached a steady state.");
    assert!(events.iter().any(|e| e.contains("deployment completed.")));
    assert!(
        events
            .iter()
            .any(|e| e.starts_with("(service api) has stopped "))
    );

    // A container exits: the task stops and the scheduler replaces it.
    let victim = ecs
        .list_tasks()
        .cluster("prod")
        .service_name("api")
        .send()
        .await
        .unwrap()
        .task_arns()[0]
        .clone();
    let state = d.state.clone();
    state
        .services
        .ecs
        .inject_exit("000000000000", "us-east-1", &victim, None, 2)
        .unwrap();
    advance_until_stable(&d, &ecs, "prod", "api").await;
    for _ in 0..10 {
        d.advance(STEP);
    }
    let stopped = ecs
        .describe_tasks()
        .cluster("prod")
        .tasks(&victim)
        .send()
        .await
        .unwrap();
    let t = &stopped.tasks()[0];
    assert_eq!(t.last_status(), Some("STOPPED"));
    assert_eq!(
        t.stop_code().map(|c| c.as_str()),
        Some("EssentialContainerExited")
    );
    assert_eq!(t.containers()[0].exit_code(), Some(2));
    assert!(t.stopped_at().is_some() && t.stopping_at().is_some() && t.started_at().is_some());
    let running = service_tasks(&ecs, "prod", "api").await;
    assert_eq!(running.len(), 3);

    // Scale to 0, delete the service, delete the cluster.
    let err = ecs
        .delete_service()
        .cluster("prod")
        .service("api")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("InvalidParameterException"));
    assert_eq!(
        err.message(),
        Some("The service cannot be stopped while it is scaled above 0.")
    );
    let err = ecs
        .delete_cluster()
        .cluster("prod")
        .send()
        .await
        .unwrap_err();
    assert_eq!(err.code(), Some("ClusterContainsServicesException"));
    ecs.update_service()
        .cluster("prod")
        .service("api")
        .desired_count(0)
        .send()
        .await
        .unwrap();
    let deleted = ecs
        .delete_service()
        .cluster("prod")
        .service("api")
        .send()
        .await
        .unwrap();
    assert_eq!(deleted.service().unwrap().status(), Some("DRAINING"));
    for _ in 0..20 {
        d.advance(STEP);
    }
    let s = ecs
        .describe_services()
        .cluster("prod")
        .services("api")
        .send()
        .await
        .unwrap();
    assert_eq!(s.services()[0].status(), Some("INACTIVE"));
    let gone = ecs.delete_cluster().cluster("prod").send().await.unwrap();
    assert_eq!(gone.cluster().unwrap().status(), Some("INACTIVE"));
    let described = ecs
        .describe_clusters()
        .clusters("prod")
        .clusters("nope")
        .send()
        .await
        .unwrap();
    assert_eq!(described.clusters()[0].status(), Some("INACTIVE"));
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
}

#[tokio::test]
async fn circuit_breaker_rolls_back() {
    let d = stepped().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("cb")
        .send()
        .await
        .unwrap();
    register(&ecs, "svc", "good:1").await;
    ecs.create_service()
        .cluster("cb")
        .service_name("s")
        .task_definition("svc:1")
        .desired_count(2)
        .launch_type(LaunchType::Fargate)
        .network_configuration(vpc())
        .deployment_configuration(
            DeploymentConfiguration::builder()
                .deployment_circuit_breaker(
                    DeploymentCircuitBreaker::builder()
                        .enable(true)
                        .rollback(true)
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    advance_until_stable(&d, &ecs, "cb", "s").await;
    let bad = register(&ecs, "svc", "broken:2").await;
    d.state.services.ecs.runtime().fail_launches(
        "svc:2",
        None,
        "CannotPullContainerError: broken:2 not found",
    );
    ecs.update_service()
        .cluster("cb")
        .service("s")
        .task_definition(&bad)
        .send()
        .await
        .unwrap();
    let mut rolled_back = false;
    for _ in 0..300 {
        d.advance(STEP);
        let s = ecs
            .describe_services()
            .cluster("cb")
            .services("s")
            .send()
            .await
            .unwrap();
        let s = &s.services()[0];
        let events: Vec<&str> = s.events().iter().filter_map(|e| e.message()).collect();
        if events
            .iter()
            .any(|e| e.contains("deployment failed: tasks failed to start."))
        {
            rolled_back = s.task_definition().unwrap().ends_with("svc:1");
        }
        if rolled_back && s.deployments().len() == 1 && s.running_count() == 2 {
            break;
        }
    }
    assert!(rolled_back, "the circuit breaker rolled back to svc:1");
    let stopped = ecs
        .list_tasks()
        .cluster("cb")
        .desired_status(DesiredStatus::Stopped)
        .send()
        .await
        .unwrap();
    let described = ecs
        .describe_tasks()
        .cluster("cb")
        .set_tasks(Some(stopped.task_arns().to_vec()))
        .send()
        .await
        .unwrap();
    assert!(described.tasks().iter().any(|t| {
        t.stop_code().map(|c| c.as_str()) == Some("TaskFailedToStart")
            && t.stopped_reason() == Some("CannotPullContainerError: broken:2 not found")
    }));
}

#[tokio::test]
async fn waiters_finish_quickly_on_the_real_clock() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().send().await.unwrap();
    register(&ecs, "quick", "img").await;
    let t0 = std::time::Instant::now();
    ecs.create_service()
        .service_name("three")
        .task_definition("quick")
        .desired_count(3)
        .launch_type(LaunchType::Fargate)
        .network_configuration(vpc())
        .send()
        .await
        .unwrap();
    ecs.wait_until_services_stable()
        .services("three")
        .wait(Duration::from_secs(60))
        .await
        .unwrap();
    assert!(
        t0.elapsed() < Duration::from_secs(2),
        "stable in {:?}",
        t0.elapsed()
    );
    let run = ecs
        .run_task()
        .task_definition("quick")
        .launch_type(LaunchType::Fargate)
        .network_configuration(vpc())
        .count(2)
        .send()
        .await
        .unwrap();
    let arns: Vec<String> = run
        .tasks()
        .iter()
        .filter_map(|t| t.task_arn().map(str::to_string))
        .collect();
    ecs.wait_until_tasks_running()
        .set_tasks(Some(arns.clone()))
        .wait(Duration::from_secs(60))
        .await
        .unwrap();
    for arn in &arns {
        ecs.stop_task()
            .task(arn)
            .reason("done")
            .send()
            .await
            .unwrap();
    }
    ecs.wait_until_tasks_stopped()
        .set_tasks(Some(arns.clone()))
        .wait(Duration::from_secs(60))
        .await
        .unwrap();
    let t = ecs.describe_tasks().tasks(&arns[0]).send().await.unwrap();
    assert_eq!(t.tasks()[0].stopped_reason(), Some("done"));
    assert_eq!(
        t.tasks()[0].stop_code().map(|c| c.as_str()),
        Some("UserInitiated")
    );
}
