//! ECS service deployments, revisions, task sets and the agent's endpoints through
//! aws-sdk-ecs: deployments recorded as the scheduler runs them and rolled back on request,
//! task sets of an EXTERNAL service scaled by percent, container and task state reported by
//! an agent, ExecuteCommand's refusals, and agent updates.

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    ContainerStateChange, DeploymentController, DeploymentControllerType, LaunchType, Scale,
    ScaleUnit, ServiceDeploymentStatus, VersionInfo,
};

use crate::harness::Dockside;

#[tokio::test]
async fn deployments_are_recorded_and_stop_rolls_back() {
    let mut config = dockside::Config::ephemeral();
    config.ecs_task_step_ms = 1000;
    let d = Dockside::start_with(config).await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().send().await.unwrap();
    let v1 = crate::ecs::register(&ecs, "web", "img:1").await;
    let v2 = crate::ecs::register(&ecs, "web", "img:2").await;
    ecs.create_service()
        .service_name("web")
        .task_definition(&v1)
        .desired_count(2)
        .launch_type(LaunchType::Fargate)
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap();
    let list = async || {
        ecs.list_service_deployments()
            .service("web")
            .send()
            .await
            .unwrap()
            .service_deployments()
            .to_vec()
    };
    let first = list().await;
    assert_eq!(first.len(), 1);
    assert_eq!(
        first[0].status(),
        Some(&ServiceDeploymentStatus::InProgress)
    );
    // Provisioning, pending, activating, running: four steps of one second.
    for _ in 0..5 {
        d.advance(std::time::Duration::from_secs(1));
        d.state.services.ecs.tick().unwrap();
    }
    let first = list().await;
    assert_eq!(
        first[0].status(),
        Some(&ServiceDeploymentStatus::Successful)
    );
    assert!(first[0].finished_at().is_some());

    ecs.update_service()
        .service("web")
        .task_definition(&v2)
        .send()
        .await
        .unwrap();
    let both = list().await;
    assert_eq!(both.len(), 2, "newest first");
    assert_eq!(both[0].status(), Some(&ServiceDeploymentStatus::InProgress));
    let arn = both[0].service_deployment_arn().unwrap().to_string();
    assert!(arn.contains(":service-deployment/default/web/"));
    let described = ecs
        .describe_service_deployments()
        .service_deployment_arns(&arn)
        .service_deployment_arns(arn.replace("/web/", "/web/x"))
        .send()
        .await
        .unwrap();
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
    let sd = &described.service_deployments()[0];
    let target = sd.target_service_revision().unwrap().arn().unwrap();
    assert_eq!(sd.source_service_revisions().len(), 1);
    let revs = ecs
        .describe_service_revisions()
        .service_revision_arns(target)
        .send()
        .await
        .unwrap();
    let rev = &revs.service_revisions()[0];
    assert_eq!(rev.task_definition(), Some(v2.as_str()));
    assert_eq!(rev.container_images()[0].image(), Some("img:2"));

    // Stop it with a rollback: the service goes back to v1 and the deployment says so.
    ecs.stop_service_deployment()
        .service_deployment_arn(&arn)
        .send()
        .await
        .unwrap();
    let s = ecs
        .describe_services()
        .services("web")
        .send()
        .await
        .unwrap();
    assert_eq!(s.services()[0].task_definition(), Some(v1.as_str()));
    for _ in 0..10 {
        d.advance(std::time::Duration::from_secs(1));
        d.state.services.ecs.tick().unwrap();
    }
    let now = ecs
        .describe_service_deployments()
        .service_deployment_arns(&arn)
        .send()
        .await
        .unwrap();
    let sd = &now.service_deployments()[0];
    assert_eq!(
        sd.status(),
        Some(&ServiceDeploymentStatus::RollbackSuccessful)
    );
    assert!(sd.rollback().unwrap().service_revision_arn().is_some());
    let e = ecs
        .stop_service_deployment()
        .service_deployment_arn(&arn)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ConflictException"));
    let e = ecs
        .stop_service_deployment()
        .service_deployment_arn(arn.replace("/web/", "/web/nope"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ServiceDeploymentNotFoundException"));
    let filtered = ecs
        .list_service_deployments()
        .service("web")
        .status(ServiceDeploymentStatus::Successful)
        .send()
        .await
        .unwrap();
    assert_eq!(filtered.service_deployments().len(), 1);
}

#[tokio::test]
async fn task_sets_scale_by_percent_and_drain() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&ecs, "blue", "img").await;
    ecs.create_service()
        .service_name("plain")
        .task_definition(&td)
        .launch_type(LaunchType::Fargate)
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap();
    let e = ecs
        .create_task_set()
        .cluster("default")
        .service("plain")
        .task_definition(&td)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    ecs.create_service()
        .service_name("ext")
        .desired_count(4)
        .deployment_controller(
            DeploymentController::builder()
                .r#type(DeploymentControllerType::External)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let set = async |pct: f64| {
        ecs.create_task_set()
            .cluster("default")
            .service("ext")
            .task_definition(&td)
            .launch_type(LaunchType::Fargate)
            .network_configuration(crate::ecs::vpc())
            .scale(Scale::builder().value(pct).unit(ScaleUnit::Percent).build())
            .send()
            .await
            .unwrap()
            .task_set()
            .unwrap()
            .clone()
    };
    let blue = set(100.0).await;
    let green = set(50.0).await;
    assert_eq!(blue.computed_desired_count(), 4);
    assert_eq!(green.computed_desired_count(), 2);
    let counts = async || {
        let out = ecs
            .describe_task_sets()
            .cluster("default")
            .service("ext")
            .send()
            .await
            .unwrap();
        out.task_sets()
            .iter()
            .map(|t| {
                (
                    t.status().unwrap().to_string(),
                    t.running_count() + t.pending_count(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        counts().await,
        [("ACTIVE".to_string(), 4), ("ACTIVE".to_string(), 2)]
    );
    ecs.update_service_primary_task_set()
        .cluster("default")
        .service("ext")
        .primary_task_set(green.task_set_arn().unwrap())
        .send()
        .await
        .unwrap();
    ecs.update_task_set()
        .cluster("default")
        .service("ext")
        .task_set(blue.id().unwrap())
        .scale(Scale::builder().value(0.0).unit(ScaleUnit::Percent).build())
        .send()
        .await
        .unwrap();
    let e = ecs
        .delete_task_set()
        .cluster("default")
        .service("ext")
        .task_set(green.id().unwrap())
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "the primary set"
    );
    ecs.delete_task_set()
        .cluster("default")
        .service("ext")
        .task_set(blue.id().unwrap())
        .send()
        .await
        .unwrap();
    let e = ecs
        .update_task_set()
        .cluster("default")
        .service("ext")
        .task_set("ecs-svc/0000000000000000000")
        .scale(
            Scale::builder()
                .value(10.0)
                .unit(ScaleUnit::Percent)
                .build(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("TaskSetNotFoundException"));
    for _ in 0..100 {
        d.state.services.ecs.tick().unwrap();
        if counts().await.len() == 1 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(counts().await, [("PRIMARY".to_string(), 2)]);
}

#[tokio::test]
async fn agent_reports_move_tasks_and_exec_is_refused_without_a_session() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("ec2")
        .send()
        .await
        .unwrap();
    let inst = crate::ecs_ec2::instance(&ecs, "ec2", "us-east-1a", 2048, 4096).await;
    let poll = ecs
        .discover_poll_endpoint()
        .cluster("ec2")
        .container_instance(&inst)
        .send()
        .await
        .unwrap();
    assert_eq!(poll.endpoint(), Some(format!("{}/", d.endpoint).as_str()));
    let td = crate::ecs_ec2::ec2_def(&ecs, "job", 256, None).await;
    let run = async |exec: bool| {
        ecs.run_task()
            .cluster("ec2")
            .task_definition(&td)
            .enable_execute_command(exec)
            .send()
            .await
            .unwrap()
            .tasks()[0]
            .task_arn()
            .unwrap()
            .to_string()
    };
    let task = run(false).await;
    let e = ecs
        .execute_command()
        .cluster("ec2")
        .task(&task)
        .interactive(true)
        .command("sh")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    ecs.submit_container_state_change()
        .cluster("ec2")
        .task(&task)
        .container_name("app")
        .status("STOPPED")
        .exit_code(3)
        .send()
        .await
        .unwrap();
    let t = ecs
        .describe_tasks()
        .cluster("ec2")
        .tasks(&task)
        .send()
        .await
        .unwrap();
    let t = &t.tasks()[0];
    assert_eq!(t.desired_status(), Some("STOPPED"));
    assert_eq!(t.containers()[0].exit_code(), Some(3));
    assert_eq!(
        t.stop_code().map(|c| c.as_str()),
        Some("EssentialContainerExited")
    );

    let task = run(true).await;
    let ack = ecs
        .submit_task_state_change()
        .cluster("ec2")
        .task(&task)
        .status("RUNNING")
        .containers(
            ContainerStateChange::builder()
                .container_name("app")
                .runtime_id("abc123")
                .status("RUNNING")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(ack.acknowledgment(), Some("ACK"));
    let e = ecs
        .execute_command()
        .cluster("ec2")
        .task(&task)
        .interactive(true)
        .command("sh")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("TargetNotConnectedException"));
    let e = ecs
        .submit_task_state_change()
        .cluster("ec2")
        .task(&task)
        .status("SLEEPING")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    // Agent updates: none without a known version, then one, then nothing newer.
    let e = ecs
        .update_container_agent()
        .cluster("ec2")
        .container_instance(&inst)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("MissingVersionException"));
    let old = ecs
        .register_container_instance()
        .cluster("ec2")
        .version_info(VersionInfo::builder().agent_version("1.80.0").build())
        .send()
        .await
        .unwrap()
        .container_instance()
        .unwrap()
        .container_instance_arn()
        .unwrap()
        .to_string();
    let out = ecs
        .update_container_agent()
        .cluster("ec2")
        .container_instance(&old)
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.container_instance()
            .unwrap()
            .agent_update_status()
            .map(|s| s.as_str()),
        Some("PENDING")
    );
    let e = ecs
        .update_container_agent()
        .cluster("ec2")
        .container_instance(&old)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("UpdateInProgressException"));
}
