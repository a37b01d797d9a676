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
