//! ECS daemon task definitions through aws-sdk-ecs: revisions per family, the latest ACTIVE
//! revision for a bare family, listing with filters and order, deletes, and refusals.

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    DaemonContainerDefinition, DaemonTaskDefinitionRevisionFilter,
    DaemonTaskDefinitionStatusFilter, SortOrder,
};

use crate::harness::Dockside;

fn container(name: &str, image: &str) -> DaemonContainerDefinition {
    DaemonContainerDefinition::builder()
        .name(name)
        .image(image)
        .memory(128)
        .build()
        .unwrap()
}

#[tokio::test]
async fn daemon_task_definitions_have_revisions_and_deletes() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    let register = async |family: &str, image: &str| {
        ecs.register_daemon_task_definition()
            .family(family)
            .container_definitions(container("agent", image))
            .cpu("256")
            .send()
            .await
    };
    let one = register("logs", "fluent:1").await.unwrap();
    let two = register("logs", "fluent:2").await.unwrap();
    register("metrics", "otel:1").await.unwrap();
    assert_eq!(
        two.daemon_task_definition_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:daemon-task-definition/logs:2")
    );
    let latest = ecs
        .describe_daemon_task_definition()
        .daemon_task_definition("logs")
        .send()
        .await
        .unwrap();
    let def = latest.daemon_task_definition().unwrap();
    assert_eq!(def.revision(), 2);
    assert_eq!(def.container_definitions()[0].image(), "fluent:2");
    assert_eq!(def.container_definitions()[0].essential(), Some(true));
    assert_eq!(def.registered_by(), Some("arn:aws:iam::000000000000:root"));

    let e = ecs
        .register_daemon_task_definition()
        .family("bad family")
        .container_definitions(container("agent", "x"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = ecs
        .register_daemon_task_definition()
        .family("dup")
        .container_definitions(container("a", "x"))
        .container_definitions(container("a", "y"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    ecs.delete_daemon_task_definition()
        .daemon_task_definition("logs:2")
        .send()
        .await
        .unwrap();
    let now = ecs
        .describe_daemon_task_definition()
        .daemon_task_definition("logs")
        .send()
        .await
        .unwrap();
    assert_eq!(
        now.daemon_task_definition().unwrap().revision(),
        1,
        "2 is being deleted"
    );
    let e = ecs
        .delete_daemon_task_definition()
        .daemon_task_definition("logs")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClientException"), "a revision is required");
    let e = ecs
        .describe_daemon_task_definition()
        .daemon_task_definition("nothing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClientException"));

    let arns = async |req: aws_sdk_ecs::operation::list_daemon_task_definitions::builders::ListDaemonTaskDefinitionsFluentBuilder| {
        req.send()
            .await
            .unwrap()
            .daemon_task_definitions()
            .iter()
            .map(|s| s.arn().unwrap().rsplit('/').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        arns(ecs.list_daemon_task_definitions()).await,
        ["logs:1", "metrics:1"]
    );
    assert_eq!(
        arns(
            ecs.list_daemon_task_definitions()
                .status(DaemonTaskDefinitionStatusFilter::All)
                .sort(SortOrder::Desc)
        )
        .await,
        ["metrics:1", "logs:2", "logs:1"]
    );
    assert_eq!(
        arns(
            ecs.list_daemon_task_definitions()
                .family_prefix("lo")
                .status(DaemonTaskDefinitionStatusFilter::All)
                .revision(DaemonTaskDefinitionRevisionFilter::LastRegistered)
        )
        .await,
        ["logs:2"]
    );
    assert!(
        one.daemon_task_definition_arn()
            .unwrap()
            .ends_with("logs:1")
    );
}

#[tokio::test]
async fn daemons_run_on_every_instance_of_their_providers() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().cluster_name("d").send().await.unwrap();
    ecs.create_capacity_provider()
        .name("pool")
        .auto_scaling_group_provider(
            aws_sdk_ecs::types::AutoScalingGroupProvider::builder()
                .auto_scaling_group_arn("arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1:autoScalingGroupName/pool")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let join = async || {
        ecs.register_container_instance()
            .cluster("d")
            .attributes(
                aws_sdk_ecs::types::Attribute::builder()
                    .name("dockside.capacity-provider")
                    .value("pool")
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
    };
    join().await;
    join().await;
    crate::ecs_ec2::instance(&ecs, "d", "us-east-1a", 1024, 1024).await;
    let v1 = ecs
        .register_daemon_task_definition()
        .family("logs")
        .container_definitions(container("agent", "fluent:1"))
        .send()
        .await
        .unwrap()
        .daemon_task_definition_arn()
        .unwrap()
        .to_string();
    let e = ecs
        .create_daemon()
        .daemon_name("logs")
        .cluster_arn("d")
        .daemon_task_definition_arn(&v1)
        .capacity_provider_arns("FARGATE")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let created = ecs
        .create_daemon()
        .daemon_name("logs")
        .cluster_arn("d")
        .daemon_task_definition_arn(&v1)
        .capacity_provider_arns("pool")
        .send()
        .await
        .unwrap();
    let arn = created.daemon_arn().unwrap().to_string();
    assert_eq!(arn, "arn:aws:ecs:us-east-1:000000000000:daemon/d/logs");
    let running = async || {
        d.state.services.ecs.tick().unwrap();
        let out = ecs.describe_daemon().daemon_arn(&arn).send().await.unwrap();
        let daemon = out.daemon().unwrap().clone();
        daemon
            .current_revisions()
            .iter()
            .map(|r| r.total_running_count())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        running().await,
        [2],
        "one task on each of the pool's two instances"
    );
    let deployments = ecs
        .list_daemon_deployments()
        .daemon_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        deployments.daemon_deployments()[0]
            .status()
            .map(|s| s.as_str()),
        Some("SUCCESSFUL")
    );
    join().await;
    assert_eq!(running().await, [3], "a new instance gets its daemon");

    let v2 = ecs
        .register_daemon_task_definition()
        .family("logs")
        .container_definitions(container("agent", "fluent:2"))
        .send()
        .await
        .unwrap()
        .daemon_task_definition_arn()
        .unwrap()
        .to_string();
    let updated = ecs
        .update_daemon()
        .daemon_arn(&arn)
        .daemon_task_definition_arn(&v2)
        .capacity_provider_arns("pool")
        .send()
        .await
        .unwrap();
    for _ in 0..20 {
        if running().await == [3] {
            break;
        }
    }
    let deps = ecs
        .describe_daemon_deployments()
        .daemon_deployment_arns(updated.deployment_arn().unwrap())
        .send()
        .await
        .unwrap();
    let dep = &deps.daemon_deployments()[0];
    assert_eq!(dep.status().map(|s| s.as_str()), Some("SUCCESSFUL"));
    let target = dep.target_daemon_revision().unwrap().arn().unwrap();
    let revs = ecs
        .describe_daemon_revisions()
        .daemon_revision_arns(target)
        .send()
        .await
        .unwrap();
    assert_eq!(
        revs.daemon_revisions()[0].daemon_task_definition_arn(),
        Some(v2.as_str())
    );
    assert_eq!(
        ecs.list_daemons()
            .cluster_arn("d")
            .send()
            .await
            .unwrap()
            .daemon_summaries_list()
            .len(),
        1
    );

    ecs.delete_daemon().daemon_arn(&arn).send().await.unwrap();
    let e = ecs
        .update_daemon()
        .daemon_arn(&arn)
        .daemon_task_definition_arn(&v2)
        .capacity_provider_arns("pool")
        .send()
        .await;
    if let Err(e) = e {
        assert!(matches!(
            e.code(),
            Some("DaemonNotActiveException" | "DaemonNotFoundException")
        ));
    }
    let mut gone = false;
    for _ in 0..50 {
        d.state.services.ecs.tick().unwrap();
        match ecs.describe_daemon().daemon_arn(&arn).send().await {
            Err(e) if e.code() == Some("DaemonNotFoundException") => {
                gone = true;
                break;
            }
            _ => tokio::time::sleep(std::time::Duration::from_millis(20)).await,
        }
    }
    assert!(gone, "the daemon goes once its tasks have stopped");
}
