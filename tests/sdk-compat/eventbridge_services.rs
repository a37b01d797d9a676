//! Events from AWS services on the default bus, through aws-sdk-eventbridge: ECS task state
//! changes and service actions, ECR image actions on push and delete, each matched by a rule
//! on its documented detail fields and running an ECS task in turn.

use aws_sdk_eventbridge::Client;

use crate::harness::Dockside;

/// Tasks of `family` in the default cluster.
async fn tasks_of(ecs: &aws_sdk_ecs::Client, family: &str) -> usize {
    ecs.list_tasks()
        .family(family)
        .send()
        .await
        .unwrap()
        .task_arns()
        .len()
}

/// Waits (a second at most) until `f` gives `want`; returns the last value.
async fn settle<F: AsyncFn() -> usize>(f: F, want: usize) -> usize {
    let mut got = 0;
    for _ in 0..100 {
        got = f().await;
        if got == want {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    got
}

async fn rule_running(eb: &Client, name: &str, pattern: &str, td: &str) {
    eb.put_rule()
        .name(name)
        .event_pattern(pattern)
        .send()
        .await
        .unwrap();
    eb.put_targets()
        .rule(name)
        .targets(
            crate::eventbridge::ecs_target(
                "arn:aws:ecs:us-east-1:000000000000:cluster/default",
                td,
            )
            .build()
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

#[tokio::test]
async fn ecs_and_ecr_put_their_events_on_the_default_bus() {
    let d = Dockside::start().await;
    let conf = d.sdk_config("test");
    let eb = Client::new(&conf);
    let ecs = aws_sdk_ecs::Client::new(&conf);
    let ecr = aws_sdk_ecr::Client::new(&conf);
    ecs.create_cluster().send().await.unwrap();
    let work = crate::ecs::register(&ecs, "work", "img").await;
    let on_stop = crate::ecs::register(&ecs, "on-stop", "img").await;
    let on_push = crate::ecs::register(&ecs, "on-push", "img").await;
    let on_delete = crate::ecs::register(&ecs, "on-delete", "img").await;
    let on_steady = crate::ecs::register(&ecs, "on-steady", "img").await;
    rule_running(
        &eb,
        "stopped-work",
        r#"{"source":["aws.ecs"],"detail-type":["ECS Task State Change"],
            "detail":{"lastStatus":["STOPPED"],"group":["family:work"],
                      "stoppedAt":[{"exists":true}]}}"#,
        &on_stop,
    )
    .await;
    rule_running(
        &eb,
        "pushed",
        r#"{"source":["aws.ecr"],"detail-type":["ECR Image Action"],
            "detail":{"action-type":["PUSH"],"result":["SUCCESS"],
                      "repository-name":["app"],"image-tag":["v1"]}}"#,
        &on_push,
    )
    .await;
    rule_running(
        &eb,
        "deleted",
        r#"{"source":["aws.ecr"],"detail":{"action-type":["DELETE"],"image-digest":[{"prefix":"sha256:"}]}}"#,
        &on_delete,
    )
    .await;
    rule_running(
        &eb,
        "steady",
        r#"{"source":["aws.ecs"],"detail-type":["ECS Service Action"],
            "detail":{"eventName":["SERVICE_STEADY_STATE"],"eventType":["INFO"]}}"#,
        &on_steady,
    )
    .await;

    // A task of `work` runs then stops: one STOPPED change, one task of `on-stop`.
    let vpc = aws_sdk_ecs::types::AwsVpcConfiguration::builder()
        .subnets("subnet-0a1b2c3d")
        .build()
        .unwrap();
    let net = aws_sdk_ecs::types::NetworkConfiguration::builder()
        .awsvpc_configuration(vpc)
        .build();
    let run = ecs
        .run_task()
        .task_definition(&work)
        .launch_type(aws_sdk_ecs::types::LaunchType::Fargate)
        .network_configuration(net.clone())
        .send()
        .await
        .unwrap();
    let arn = run.tasks()[0].task_arn().unwrap().to_string();
    assert_eq!(tasks_of(&ecs, "on-stop").await, 0, "still running");
    ecs.stop_task().task(&arn).send().await.unwrap();
    assert_eq!(settle(async || tasks_of(&ecs, "on-stop").await, 1).await, 1);

    // A service reaching a steady state says so once.
    ecs.create_service()
        .service_name("web")
        .task_definition(&work)
        .desired_count(1)
        .launch_type(aws_sdk_ecs::types::LaunchType::Fargate)
        .network_configuration(net)
        .send()
        .await
        .unwrap();
    assert_eq!(
        settle(async || tasks_of(&ecs, "on-steady").await, 1).await,
        1
    );

    // ECR: a push tagged v1 of `app`, then its deletion.
    ecr.create_repository()
        .repository_name("app")
        .send()
        .await
        .unwrap();
    let digest = crate::ecr::push(&ecr, "app", Some("v1"), "events").await;
    assert_eq!(settle(async || tasks_of(&ecs, "on-push").await, 1).await, 1);
    crate::ecr::push(&ecr, "app", Some("v2"), "other").await;
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(tasks_of(&ecs, "on-push").await, 1, "v2 is not v1");
    ecr.batch_delete_image()
        .repository_name("app")
        .image_ids(
            aws_sdk_ecr::types::ImageIdentifier::builder()
                .image_digest(&digest)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        settle(async || tasks_of(&ecs, "on-delete").await, 1).await,
        1
    );
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(tasks_of(&ecs, "on-stop").await, 1, "no STOPPED twice");
    assert_eq!(tasks_of(&ecs, "on-steady").await, 1, "steady once");
}
