//! ECS tasks waiting for capacity through aws-sdk-ecs: a RunTask of an Auto Scaling group
//! provider with managed scaling stays PROVISIONING until an instance of the provider can
//! take it (a registration, a task stopping), or stops after 30 minutes; without managed
//! scaling it fails at once.

use std::time::Duration;

use aws_sdk_ecs::Client;
use aws_sdk_ecs::types::{
    Attribute, AutoScalingGroupProvider, CapacityProviderStrategyItem, ManagedScaling,
    ManagedScalingStatus, Resource, Task,
};

use crate::ecs_ec2::ec2_def;
use crate::harness::Dockside;

fn settle(d: &Dockside, seconds: u64) {
    for _ in 0..seconds {
        d.advance(Duration::from_secs(1));
        d.state.services.ecs.tick().unwrap();
    }
}

async fn provider(ecs: &Client, name: &str, managed: ManagedScalingStatus) {
    ecs.create_capacity_provider()
        .name(name)
        .auto_scaling_group_provider(
            AutoScalingGroupProvider::builder()
                .auto_scaling_group_arn(format!(
                    "arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:{}:autoScalingGroupName/{name}",
                    fastrand::u32(..)
                ))
                .managed_scaling(ManagedScaling::builder().status(managed).build())
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

/// Registers an instance of `memory` MiB into the capacity provider `scaled`.
async fn join(ecs: &Client, id: &str, memory: i32) -> String {
    let doc = serde_json::json!({"instanceId": id, "availabilityZone": "us-east-1a", "region": "us-east-1"});
    let int = |name: &str, v: i32| {
        Resource::builder()
            .name(name)
            .r#type("INTEGER")
            .integer_value(v)
            .build()
    };
    ecs.register_container_instance()
        .cluster("asg")
        .instance_identity_document(doc.to_string())
        .total_resources(int("CPU", 2048))
        .total_resources(int("MEMORY", memory))
        .attributes(
            Attribute::builder()
                .name("dockside.capacity-provider")
                .value("scaled")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .container_instance()
        .unwrap()
        .container_instance_arn()
        .unwrap()
        .to_string()
}

async fn run(ecs: &Client, provider: &str, count: i32) -> (Vec<Task>, usize) {
    let out = ecs
        .run_task()
        .cluster("asg")
        .task_definition("job")
        .count(count)
        .capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider(provider)
                .weight(1)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    (out.tasks().to_vec(), out.failures().len())
}

async fn describe(ecs: &Client, tasks: &[Task]) -> Vec<Task> {
    let mut req = ecs.describe_tasks().cluster("asg");
    for t in tasks {
        req = req.tasks(t.task_arn().unwrap());
    }
    req.send().await.unwrap().tasks().to_vec()
}

#[tokio::test]
async fn tasks_wait_in_provisioning_for_their_capacity_provider() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    provider(&ecs, "scaled", ManagedScalingStatus::Enabled).await;
    provider(&ecs, "manual", ManagedScalingStatus::Disabled).await;
    ecs.create_cluster()
        .cluster_name("asg")
        .capacity_providers("scaled")
        .capacity_providers("manual")
        .send()
        .await
        .unwrap();
    ec2_def(&ecs, "job", 512, None).await;

    // No instance yet: managed scaling makes the tasks wait, without it they fail.
    let (waiting, failures) = run(&ecs, "scaled", 2).await;
    assert_eq!((waiting.len(), failures), (2, 0));
    assert!(
        waiting.iter().all(
            |t| t.last_status() == Some("PROVISIONING") && t.container_instance_arn().is_none()
        )
    );
    let (none, failures) = run(&ecs, "manual", 1).await;
    assert_eq!((none.len(), failures), (0, 1));
    settle(&d, 10);
    assert!(
        describe(&ecs, &waiting)
            .await
            .iter()
            .all(|t| t.last_status() == Some("PROVISIONING"))
    );

    // An instance joins the provider: both tasks go onto it and run.
    let arn = join(&ecs, "i-0123", 1024).await;
    settle(&d, 5);
    let now = describe(&ecs, &waiting).await;
    assert!(
        now.iter().all(|t| t.last_status() == Some("RUNNING")
            && t.container_instance_arn() == Some(arn.as_str())),
        "{now:?}"
    );

    // The instance is full: the next task waits until one of the two stops.
    let (third, _) = run(&ecs, "scaled", 1).await;
    assert_eq!(third[0].last_status(), Some("PROVISIONING"));
    settle(&d, 3);
    assert_eq!(
        describe(&ecs, &third).await[0].last_status(),
        Some("PROVISIONING")
    );
    ecs.stop_task()
        .cluster("asg")
        .task(waiting[0].task_arn().unwrap())
        .send()
        .await
        .unwrap();
    settle(&d, 6);
    let placed = describe(&ecs, &third).await;
    assert_eq!(placed[0].last_status(), Some("RUNNING"));
    assert_eq!(placed[0].container_instance_arn(), Some(arn.as_str()));

    // Waiting in vain: stopped after 30 minutes.
    let (fourth, _) = run(&ecs, "scaled", 1).await;
    d.advance(Duration::from_secs(30 * 60));
    settle(&d, 4);
    let stopped = describe(&ecs, &fourth).await;
    assert_eq!(stopped[0].last_status(), Some("STOPPED"));
    assert_eq!(
        stopped[0].stop_code().map(|c| c.as_str()),
        Some("TaskFailedToStart")
    );
    assert_eq!(stopped[0].stopped_reason(), Some("EMPTY CAPACITY PROVIDER"));
}

#[tokio::test]
async fn service_tasks_wait_for_capacity_and_run_when_it_comes() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    provider(&ecs, "scaled", ManagedScalingStatus::Enabled).await;
    ecs.create_cluster()
        .cluster_name("asg")
        .capacity_providers("scaled")
        .send()
        .await
        .unwrap();
    ec2_def(&ecs, "job", 512, None).await;
    ecs.create_service()
        .cluster("asg")
        .service_name("web")
        .task_definition("job")
        .desired_count(2)
        .capacity_provider_strategy(
            CapacityProviderStrategyItem::builder()
                .capacity_provider("scaled")
                .weight(1)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    settle(&d, 5);
    let counts = async || {
        let out = ecs
            .describe_services()
            .cluster("asg")
            .services("web")
            .send()
            .await
            .unwrap();
        let s = &out.services()[0];
        (s.running_count(), s.pending_count())
    };
    // Two tasks wait, and the scheduler starts no more while they do.
    assert_eq!(counts().await, (0, 2));
    let listed = ecs.list_tasks().cluster("asg").send().await.unwrap();
    assert_eq!(listed.task_arns().len(), 2);
    join(&ecs, "i-0456", 2048).await;
    settle(&d, 5);
    assert_eq!(counts().await, (2, 0));
}
