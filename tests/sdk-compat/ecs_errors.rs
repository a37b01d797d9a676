//! ECS's errors and listings through aws-sdk-ecs: each bad input gets ECS's code and
//! message; tags and pagination behave as ECS's do.

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    Compatibility, ContainerDefinition, DeploymentConfiguration, LaunchType, NetworkMode,
};

use crate::ecs::{register, vpc};
use crate::harness::Dockside;

/// Code and message of an SDK error, for table-driven checks.
fn code_message<E: ProvideErrorMetadata>(e: E) -> (String, String) {
    (
        e.code().unwrap_or_default().to_string(),
        e.message().unwrap_or_default().to_string(),
    )
}

#[tokio::test]
async fn bad_input_gets_ecs_errors() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().cluster_name("c").send().await.unwrap();
    register(&ecs, "ok", "img").await;
    let mut cases: Vec<(&str, (String, String), &str, &str)> = Vec::new();
    macro_rules! case {
        ($name:expr, $call:expr, $code:expr, $msg:expr) => {
            cases.push(($name, code_message($call.await.unwrap_err()), $code, $msg));
        };
    }
    case!(
        "unknown cluster",
        ecs.describe_services().cluster("nope").services("s").send(),
        "ClusterNotFoundException",
        "Cluster not found."
    );
    case!(
        "unknown service",
        ecs.update_service()
            .cluster("c")
            .service("ghost")
            .desired_count(1)
            .send(),
        "ServiceNotFoundException",
        "Service not found."
    );
    ecs.create_service()
        .cluster("c")
        .service_name("gone")
        .task_definition("ok")
        .desired_count(0)
        .launch_type(LaunchType::Fargate)
        .network_configuration(vpc())
        .send()
        .await
        .unwrap();
    case!(
        "duplicate service",
        ecs.create_service()
            .cluster("c")
            .service_name("gone")
            .task_definition("ok")
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .send(),
        "InvalidParameterException",
        "Creation of service was not idempotent."
    );
    ecs.delete_service()
        .cluster("c")
        .service("gone")
        .send()
        .await
        .unwrap();
    case!(
        "inactive service",
        ecs.update_service()
            .cluster("c")
            .service("gone")
            .desired_count(1)
            .send(),
        "ServiceNotActiveException",
        "Service was not ACTIVE."
    );
    case!(
        "unknown task definition",
        ecs.create_service()
            .cluster("c")
            .service_name("x")
            .task_definition("missing:1")
            .send(),
        "ClientException",
        "TaskDefinition not found."
    );
    let old = register(&ecs, "retired", "img").await;
    ecs.deregister_task_definition()
        .task_definition(&old)
        .send()
        .await
        .unwrap();
    case!(
        "inactive task definition",
        ecs.run_task()
            .cluster("c")
            .task_definition(&old)
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .send(),
        "ClientException",
        "TaskDefinition is inactive"
    );
    case!(
        "describe unknown task definition",
        ecs.describe_task_definition()
            .task_definition("missing")
            .send(),
        "ClientException",
        "Unable to describe task definition."
    );
    case!(
        "invalid Fargate size",
        ecs.register_task_definition()
            .family("big")
            .requires_compatibilities(Compatibility::Fargate)
            .network_mode(NetworkMode::Awsvpc)
            .cpu("256")
            .memory("4096")
            .container_definitions(ContainerDefinition::builder().name("a").image("i").build())
            .send(),
        "ClientException",
        "No Fargate configuration exists for given values: 256 CPU, 4096 memory. See the Amazon ECS documentation for the valid values."
    );
    case!(
        "Fargate in bridge mode",
        ecs.register_task_definition()
            .family("b")
            .requires_compatibilities(Compatibility::Fargate)
            .network_mode(NetworkMode::Bridge)
            .cpu("256")
            .memory("512")
            .container_definitions(ContainerDefinition::builder().name("a").image("i").build())
            .send(),
        "ClientException",
        "Fargate only supports network mode 'awsvpc'."
    );
    let eleven: Vec<ContainerDefinition> = (0..11)
        .map(|i| {
            ContainerDefinition::builder()
                .name(format!("c{i}"))
                .image("i")
                .memory(64)
                .build()
        })
        .collect();
    case!(
        "too many containers",
        ecs.register_task_definition()
            .family("many")
            .set_container_definitions(Some(eleven))
            .send(),
        "ClientException",
        "Too many containers: a task definition can have at most 10 container definitions."
    );
    case!(
        "EC2 container without memory",
        ecs.register_task_definition()
            .family("nomem")
            .container_definitions(
                ContainerDefinition::builder()
                    .name("app")
                    .image("i")
                    .build()
            )
            .send(),
        "ClientException",
        "Invalid setting for container 'app'. At least one of 'memory' or 'memoryReservation' must be specified."
    );
    case!(
        "count above 10",
        ecs.run_task()
            .cluster("c")
            .task_definition("ok")
            .count(11)
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .send(),
        "InvalidParameterException",
        "Count must be between 1 and 10."
    );
    case!(
        "awsvpc without network configuration",
        ecs.run_task()
            .cluster("c")
            .task_definition("ok")
            .launch_type(LaunchType::Fargate)
            .send(),
        "InvalidParameterException",
        "Network Configuration must be provided when networkMode 'awsvpc' is specified."
    );
    case!(
        "negative desired count",
        ecs.create_service()
            .cluster("c")
            .service_name("neg")
            .task_definition("ok")
            .desired_count(-1)
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .send(),
        "InvalidParameterException",
        "Desired count must be greater than or equal to 0."
    );
    case!(
        "maximumPercent at minimumHealthyPercent's floor",
        ecs.create_service()
            .cluster("c")
            .service_name("stuck")
            .task_definition("ok")
            .desired_count(1)
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .deployment_configuration(
                DeploymentConfiguration::builder()
                    .minimum_healthy_percent(100)
                    .maximum_percent(100)
                    .build()
            )
            .send(),
        "InvalidParameterException",
        "The maximumPercent value of 100 must be greater than the minimumHealthyPercent value of 100 so that tasks can be replaced during a deployment."
    );
    case!(
        "cluster ARN of another account",
        ecs.list_services()
            .cluster("arn:aws:ecs:us-east-1:111111111111:cluster/c")
            .send(),
        "InvalidParameterException",
        "Invalid identifier: Identifier is for 111111111111. Your accountId is 000000000000"
    );
    case!(
        "cluster ARN of another region",
        ecs.list_services()
            .cluster("arn:aws:ecs:eu-west-1:000000000000:cluster/c")
            .send(),
        "InvalidParameterException",
        "Invalid identifier: Identifier is for eu-west-1. Your region is us-east-1"
    );
    case!(
        "malformed ARN",
        ecs.list_tasks().cluster("arn:aws:ecs:garbage").send(),
        "InvalidParameterException",
        "Invalid identifier: Unexpected number of separators"
    );
    case!(
        "unknown task",
        ecs.stop_task()
            .cluster("c")
            .task("0123456789abcdef0123456789abcdef")
            .send(),
        "InvalidParameterException",
        "The referenced task was not found."
    );
    let ec2_only = ecs
        .register_task_definition()
        .family("ec2")
        .container_definitions(
            ContainerDefinition::builder()
                .name("a")
                .image("i")
                .memory(128)
                .build(),
        )
        .send()
        .await
        .unwrap();
    case!(
        "Fargate launch of an EC2 task definition",
        ecs.run_task()
            .cluster("c")
            .task_definition(
                ec2_only
                    .task_definition()
                    .unwrap()
                    .task_definition_arn()
                    .unwrap()
            )
            .launch_type(LaunchType::Fargate)
            .send(),
        "InvalidParameterException",
        "Task definition does not support launch_type FARGATE."
    );
    let mut wrong = Vec::new();
    for (name, (code, message), want_code, want_message) in &cases {
        if code != want_code || message != want_message {
            wrong.push(format!(
                "{name}: got {code}: {message}\n   want {want_code}: {want_message}"
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} of {} cases wrong:\n{}",
        wrong.len(),
        cases.len(),
        wrong.join("\n")
    );
}

#[tokio::test]
async fn tags_and_listing() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("123456789012"));
    let c = ecs
        .create_cluster()
        .cluster_name("t")
        .tags(
            aws_sdk_ecs::types::Tag::builder()
                .key("team")
                .value("a")
                .build(),
        )
        .send()
        .await
        .unwrap();
    let arn = c.cluster().unwrap().cluster_arn().unwrap().to_string();
    assert_eq!(arn, "arn:aws:ecs:us-east-1:123456789012:cluster/t");
    ecs.tag_resource()
        .resource_arn(&arn)
        .tags(
            aws_sdk_ecs::types::Tag::builder()
                .key("env")
                .value("dev")
                .build(),
        )
        .send()
        .await
        .unwrap();
    ecs.untag_resource()
        .resource_arn(&arn)
        .tag_keys("team")
        .send()
        .await
        .unwrap();
    let tags = ecs
        .list_tags_for_resource()
        .resource_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags().len(), 1);
    assert_eq!(tags.tags()[0].key(), Some("env"));
    for i in 0..5 {
        ecs.create_cluster()
            .cluster_name(format!("p{i}"))
            .send()
            .await
            .unwrap();
        register(&ecs, "fam", "img").await;
    }
    let first = ecs.list_clusters().max_results(4).send().await.unwrap();
    assert_eq!(first.cluster_arns().len(), 4);
    let rest = ecs
        .list_clusters()
        .next_token(first.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.cluster_arns().len(), 2);
    assert!(rest.next_token().is_none());
    let defs = ecs
        .list_task_definitions()
        .family_prefix("fam")
        .sort(aws_sdk_ecs::types::SortOrder::Desc)
        .send()
        .await
        .unwrap();
    assert_eq!(defs.task_definition_arns().len(), 5);
    assert!(defs.task_definition_arns()[0].ends_with("fam:5"));
    let latest = ecs
        .describe_task_definition()
        .task_definition("fam")
        .send()
        .await
        .unwrap();
    assert_eq!(latest.task_definition().unwrap().revision(), 5);
    let families = ecs.list_task_definition_families().send().await.unwrap();
    assert_eq!(families.families(), ["fam"]);
}

#[tokio::test]
async fn ec2_services_wait_for_container_instances() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("ec2")
        .send()
        .await
        .unwrap();
    let td = ecs
        .register_task_definition()
        .family("onec2")
        .container_definitions(
            ContainerDefinition::builder()
                .name("a")
                .image("i")
                .memory(128)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let arn = td
        .task_definition()
        .unwrap()
        .task_definition_arn()
        .unwrap()
        .to_string();
    let run = ecs
        .run_task()
        .cluster("ec2")
        .task_definition(&arn)
        .send()
        .await
        .unwrap();
    assert!(run.tasks().is_empty());
    assert_eq!(
        run.failures()[0].reason(),
        Some("No Container Instances were found in your cluster.")
    );
    ecs.create_service()
        .cluster("ec2")
        .service_name("web")
        .task_definition(&arn)
        .desired_count(2)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    let s = ecs
        .describe_services()
        .cluster("ec2")
        .services("web")
        .send()
        .await
        .unwrap();
    let s = &s.services()[0];
    assert_eq!((s.running_count(), s.pending_count()), (0, 0));
    assert_eq!(
        s.events()[0].message(),
        Some(
            "(service web) was unable to place a task because no container instance met all of its requirements. Reason: No Container Instances were found in your cluster."
        )
    );
    assert_eq!(s.events().len(), 1, "said once, not on every look");
}
