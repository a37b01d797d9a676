//! ECS Express services through aws-sdk-ecs: a service with Express Mode's defaults in the
//! default cluster, its tasks really running, an update deploying a new revision, listing
//! by management type, delete, and the refusals.

use std::time::Duration;

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    ExpressGatewayContainer, ExpressGatewayScalingTarget, ExpressGatewayServiceInclude,
    ExpressGatewayServiceStatusCode, ResourceManagementType, Tag,
};

use crate::harness::Dockside;

const INFRA: &str = "arn:aws:iam::000000000000:role/ecsInfrastructure";
const EXEC: &str = "arn:aws:iam::000000000000:role/ecsTaskExecution";

fn container(image: &str) -> ExpressGatewayContainer {
    ExpressGatewayContainer::builder()
        .image(image)
        .build()
        .unwrap()
}

fn settle(d: &Dockside, seconds: u64) {
    for _ in 0..seconds {
        d.advance(Duration::from_secs(1));
        d.state.services.ecs.tick().unwrap();
    }
}

#[tokio::test]
async fn express_services_run_update_and_delete() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    let out = ecs
        .create_express_gateway_service()
        .execution_role_arn(EXEC)
        .infrastructure_role_arn(INFRA)
        .service_name("shop")
        .primary_container(container("registry.local/shop:1"))
        .tags(Tag::builder().key("app").value("shop").build())
        .send()
        .await
        .unwrap();
    let svc = out.service().unwrap();
    let arn = svc.service_arn().unwrap().to_string();
    assert_eq!(
        arn,
        "arn:aws:ecs:us-east-1:000000000000:service/default/shop"
    );
    assert_eq!(svc.cluster(), Some("default"));
    assert_eq!(
        svc.status().unwrap().status_code(),
        Some(&ExpressGatewayServiceStatusCode::Active)
    );
    let config = &svc.active_configurations()[0];
    assert_eq!(
        (config.cpu(), config.memory(), config.health_check_path()),
        (Some("1024"), Some("2048"), Some("/ping"))
    );
    assert_eq!(
        config.primary_container().unwrap().container_port(),
        Some(80)
    );
    assert!(
        svc.current_deployment()
            .unwrap()
            .contains(":service-deployment/default/shop/")
    );
    let endpoint = config.ingress_paths()[0].endpoint();
    assert!(endpoint.ends_with(".ecs.us-east-1.on.aws"), "{endpoint}");
    // The service revision shows the ingress path ECS manages for it.
    let revisions = ecs
        .describe_service_revisions()
        .service_revision_arns(config.service_revision_arn().unwrap())
        .send()
        .await
        .unwrap();
    let managed = revisions.service_revisions()[0]
        .ecs_managed_resources()
        .unwrap();
    assert_eq!(managed.ingress_paths()[0].endpoint(), endpoint);

    // The default cluster was created with Fargate, and the service runs one task.
    let clusters = ecs.describe_clusters().send().await.unwrap();
    assert_eq!(clusters.clusters()[0].capacity_providers(), ["FARGATE"]);
    settle(&d, 6);
    let described = ecs
        .describe_services()
        .cluster("default")
        .services("shop")
        .send()
        .await
        .unwrap();
    let s = &described.services()[0];
    assert_eq!((s.desired_count(), s.running_count()), (1, 1));
    assert_eq!(
        s.resource_management_type(),
        Some(&ResourceManagementType::Ecs)
    );
    let def = ecs
        .describe_task_definition()
        .task_definition(s.task_definition().unwrap())
        .send()
        .await
        .unwrap();
    let def = def.task_definition().unwrap();
    assert_eq!(def.execution_role_arn(), Some(EXEC));
    assert_eq!(
        def.container_definitions()[0].image(),
        Some("registry.local/shop:1")
    );

    // An update registers a new revision and deploys it at the new minimum.
    let up = ecs
        .update_express_gateway_service()
        .service_arn(&arn)
        .primary_container(container("registry.local/shop:2"))
        .scaling_target(
            ExpressGatewayScalingTarget::builder()
                .min_task_count(2)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let target = up.service().unwrap().target_configuration().unwrap();
    assert!(
        target
            .task_definition_arn()
            .unwrap()
            .ends_with("task-definition/shop:2")
    );
    assert_eq!(target.scaling_target().unwrap().max_task_count(), Some(20));
    assert!(target.service_revision_arn().is_some());
    settle(&d, 12);
    let now = ecs
        .describe_express_gateway_service()
        .service_arn(&arn)
        .include(ExpressGatewayServiceInclude::Tags)
        .send()
        .await
        .unwrap();
    let now = now.service().unwrap();
    assert_eq!(now.tags().len(), 1);
    let active = now.active_configurations();
    assert_eq!(active.len(), 1, "{active:?}");
    assert!(
        active[0]
            .service_revision_arn()
            .unwrap()
            .contains(":service-revision/default/shop/")
    );
    assert!(
        now.current_deployment()
            .unwrap()
            .contains(":service-deployment/")
    );
    let s = ecs
        .describe_services()
        .cluster("default")
        .services("shop")
        .send()
        .await
        .unwrap();
    assert_eq!(s.services()[0].running_count(), 2);

    let managed = ecs
        .list_services()
        .cluster("default")
        .resource_management_type(ResourceManagementType::Ecs)
        .send()
        .await
        .unwrap();
    assert_eq!(managed.service_arns(), std::slice::from_ref(&arn));
    let own = ecs
        .list_services()
        .cluster("default")
        .resource_management_type(ResourceManagementType::Customer)
        .send()
        .await
        .unwrap();
    assert!(own.service_arns().is_empty());

    let gone = ecs
        .delete_express_gateway_service()
        .service_arn(&arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        gone.service().unwrap().status().unwrap().status_code(),
        Some(&ExpressGatewayServiceStatusCode::Draining)
    );
    let e = ecs
        .update_express_gateway_service()
        .service_arn(&arn)
        .cpu("2048")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ServiceNotActiveException"));
}

#[tokio::test]
async fn express_services_refuse_bad_input() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    let create = || {
        ecs.create_express_gateway_service()
            .execution_role_arn(EXEC)
            .infrastructure_role_arn(INFRA)
    };
    let e = create().send().await.unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "{e:?}");
    let e = create()
        .primary_container(container("x:1"))
        .cpu("3")
        .memory("5")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "{e:?}");
    let e = create()
        .primary_container(container("x:1"))
        .scaling_target(
            ExpressGatewayScalingTarget::builder()
                .min_task_count(5)
                .max_task_count(2)
                .build(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = create()
        .primary_container(container("x:1"))
        .cluster("missing")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClusterNotFoundException"));
    let e = create()
        .infrastructure_role_arn("nobody")
        .primary_container(container("x:1"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    // A name from the image when none is given; the same name twice is refused.
    let made = create()
        .primary_container(container("registry.local/team/web-app:3"))
        .send()
        .await
        .unwrap();
    let name = made.service().unwrap().service_name().unwrap().to_string();
    assert!(name.starts_with("web-app-"), "{name}");
    let e = create()
        .service_name(&name)
        .primary_container(container("x:1"))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let missing = "arn:aws:ecs:us-east-1:000000000000:service/default/none";
    let e = ecs
        .describe_express_gateway_service()
        .service_arn(missing)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    let e = ecs
        .delete_express_gateway_service()
        .service_arn(missing)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ServiceNotFoundException"));
}

#[tokio::test]
async fn express_services_can_run_a_given_task_definition() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    let register = async |family: &str, mode: aws_sdk_ecs::types::NetworkMode| {
        ecs.register_task_definition()
            .family(family)
            .network_mode(mode)
            .cpu("512")
            .memory("1024")
            .container_definitions(
                aws_sdk_ecs::types::ContainerDefinition::builder()
                    .name("web")
                    .image("registry.local/web:7")
                    .build(),
            )
            .send()
            .await
            .unwrap()
            .task_definition()
            .unwrap()
            .task_definition_arn()
            .unwrap()
            .to_string()
    };
    let mine = register("mine", aws_sdk_ecs::types::NetworkMode::Awsvpc).await;
    let bridged = register("bridged", aws_sdk_ecs::types::NetworkMode::Bridge).await;
    let create = || {
        ecs.create_express_gateway_service()
            .infrastructure_role_arn(INFRA)
            .service_name("given")
    };
    let e = create()
        .task_definition_arn(&bridged)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let out = create().task_definition_arn(&mine).send().await.unwrap();
    let svc = out.service().unwrap();
    let config = &svc.active_configurations()[0];
    assert_eq!(config.task_definition_arn(), Some(mine.as_str()));
    assert_eq!((config.cpu(), config.memory()), (Some("512"), Some("1024")));
    // Scaling alone keeps the task definition: no new revision is made.
    let up = ecs
        .update_express_gateway_service()
        .service_arn(svc.service_arn().unwrap())
        .scaling_target(
            ExpressGatewayScalingTarget::builder()
                .max_task_count(4)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let target = up.service().unwrap().target_configuration().unwrap();
    assert_eq!(target.task_definition_arn(), Some(mine.as_str()));
    let families = ecs.list_task_definitions().send().await.unwrap();
    assert_eq!(families.task_definition_arns().len(), 2);
}
