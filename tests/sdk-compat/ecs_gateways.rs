//! ECS gateways through aws-sdk-ecs: gateways and their cluster associations, services
//! connecting through gateway connectors (one route per compatible gateway, on the clock),
//! disassociation held by routes until services drop them, deletes and their refusals.

use std::time::Duration;

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    AccessType, AwsVpcConfiguration, ContainerDefinition, DescribeGatewayConfiguration,
    GatewayClusterAssociationStatus, GatewayConfiguration, GatewayConnector,
    GatewayConnectorFilters, GatewayElbScheme, GatewayInfrastructureResources, GatewayRouteStatus,
    GatewayStatus, HostSharedAlbConfiguration, LaunchType, NetworkConfiguration, NetworkMode,
    PortMapping, Tag,
};

use crate::harness::Dockside;

const ROLE: &str = "arn:aws:iam::000000000000:role/ecsInfrastructure";

async fn gateway(ecs: &Client, name: &str, scheme: GatewayElbScheme) {
    ecs.create_gateway()
        .name(name)
        .infrastructure_role_arn(ROLE)
        .configuration(GatewayConfiguration::HostSharedAlb(
            HostSharedAlbConfiguration::builder().scheme(scheme).build(),
        ))
        .send()
        .await
        .unwrap();
}

fn connector(port: &str, access: Option<AccessType>) -> GatewayConnector {
    let mut b = GatewayConnector::builder().port_name(port);
    if let Some(a) = access {
        b = b.filters(GatewayConnectorFilters::builder().access_types(a).build());
    }
    b.build().unwrap()
}

fn vpc() -> NetworkConfiguration {
    NetworkConfiguration::builder()
        .awsvpc_configuration(
            AwsVpcConfiguration::builder()
                .subnets("subnet-1")
                .build()
                .unwrap(),
        )
        .build()
}

async fn routes(ecs: &Client, gateway: &str) -> Vec<(String, GatewayRouteStatus)> {
    ecs.list_gateway_routes()
        .gateway(gateway)
        .send()
        .await
        .unwrap()
        .gateway_routes()
        .iter()
        .map(|r| {
            (
                r.service_arn().unwrap().to_string(),
                r.status().unwrap().clone(),
            )
        })
        .collect()
}

async fn association(ecs: &Client, gateway: &str) -> GatewayClusterAssociationStatus {
    ecs.list_gateway_cluster_associations()
        .gateway(gateway)
        .cluster("web")
        .send()
        .await
        .unwrap()
        .gateway_cluster_associations()[0]
        .status()
        .unwrap()
        .clone()
}

#[tokio::test]
async fn services_connect_through_gateways_and_disassociation_waits_for_them() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    gateway(&ecs, "edge", GatewayElbScheme::InternetFacing).await;
    gateway(&ecs, "inner", GatewayElbScheme::Internal).await;
    ecs.create_cluster()
        .cluster_name("web")
        .send()
        .await
        .unwrap();
    ecs.register_task_definition()
        .family("api")
        .network_mode(NetworkMode::Awsvpc)
        .requires_compatibilities(aws_sdk_ecs::types::Compatibility::Fargate)
        .cpu("256")
        .memory("512")
        .container_definitions(
            ContainerDefinition::builder()
                .name("app")
                .image("registry.local/api:1")
                .port_mappings(
                    PortMapping::builder()
                        .container_port(8080)
                        .name("http")
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    let create = |conns: Vec<GatewayConnector>| {
        ecs.create_service()
            .cluster("web")
            .service_name("api")
            .task_definition("api")
            .desired_count(1)
            .launch_type(LaunchType::Fargate)
            .network_configuration(vpc())
            .set_gateway_connectors(Some(conns))
            .send()
    };
    // No gateway is associated with the cluster yet: refused at once.
    let e = create(vec![connector("http", None)]).await.unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "{e:?}");
    for g in ["edge", "inner"] {
        let a = ecs
            .associate_gateway_with_cluster()
            .gateway(g)
            .cluster("web")
            .send()
            .await
            .unwrap();
        assert_eq!(a.status(), Some(&GatewayClusterAssociationStatus::Active));
    }
    let e = create(vec![connector("grpc", None)]).await.unwrap_err();
    assert!(e.message().unwrap().contains("portName grpc"), "{e:?}");
    // The model allows one connector: two fail its validation.
    let e = create(vec![connector("http", None), connector("http", None)])
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));

    // A public-only connector reaches the internet-facing gateway alone.
    create(vec![connector("http", Some(AccessType::Public))])
        .await
        .unwrap();
    let svc = "arn:aws:ecs:us-east-1:000000000000:service/web/api".to_string();
    assert_eq!(
        routes(&ecs, "edge").await,
        vec![(svc.clone(), GatewayRouteStatus::CreateInProgress)]
    );
    assert!(routes(&ecs, "inner").await.is_empty());
    d.advance(Duration::from_secs(3));
    assert_eq!(routes(&ecs, "edge").await[0].1, GatewayRouteStatus::Active);
    let listed = ecs
        .list_gateway_routes()
        .gateway("edge")
        .send()
        .await
        .unwrap();
    let arn = listed.gateway_routes()[0].gateway_route_arn().unwrap();
    let route = ecs
        .describe_gateway_route()
        .gateway_route_arn(arn)
        .send()
        .await
        .unwrap();
    let route = route.gateway_route().unwrap();
    assert_eq!(route.service_container_port_name(), Some("http"));
    let url = route.service_url().unwrap();
    assert!(
        url.starts_with("https://api-") && url.ends_with(".ecs.us-east-1.on.aws"),
        "{url}"
    );
    let described = ecs.describe_gateway().gateway("edge").send().await.unwrap();
    let Some(DescribeGatewayConfiguration::HostSharedAlb(alb)) =
        described.gateway().unwrap().configuration()
    else {
        panic!("no hostSharedAlb");
    };
    assert_eq!(alb.current_alb_count(), Some(1));
    assert_eq!(alb.port(), Some(443));
    let res = ecs
        .describe_gateway_resources()
        .gateway("edge")
        .send()
        .await
        .unwrap();
    let Some(GatewayInfrastructureResources::HostSharedAlb(albs)) =
        res.gateway_resources().unwrap().resources()
    else {
        panic!("no resources");
    };
    assert_eq!(albs[0].gateway_route_arns(), [arn.to_string()]);

    // The service's revision carries the connector and shows the connection.
    let deployments = ecs
        .list_service_deployments()
        .cluster("web")
        .service("api")
        .send()
        .await
        .unwrap();
    let deployment = ecs
        .describe_service_deployments()
        .service_deployment_arns(
            deployments.service_deployments()[0]
                .service_deployment_arn()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let revision = deployment.service_deployments()[0]
        .target_service_revision()
        .unwrap()
        .arn()
        .unwrap()
        .to_string();
    let revisions = ecs
        .describe_service_revisions()
        .service_revision_arns(revision)
        .send()
        .await
        .unwrap();
    let rev = &revisions.service_revisions()[0];
    assert_eq!(rev.gateway_connectors()[0].port_name(), "http");
    let connections = rev.ecs_managed_resources().unwrap().gateway_connections();
    assert_eq!(connections[0].gateway_route_arn(), Some(arn));
    assert_eq!(connections[0].access_type(), Some(&AccessType::Public));

    // Without a filter the service reaches both gateways.
    ecs.update_service()
        .cluster("web")
        .service("api")
        .gateway_connectors(connector("http", None))
        .send()
        .await
        .unwrap();
    assert_eq!(routes(&ecs, "inner").await.len(), 1);
    assert_eq!(routes(&ecs, "edge").await[0].1, GatewayRouteStatus::Active);

    // Disassociating waits for the routes, and holds the gateway's delete back.
    let out = ecs
        .disassociate_gateway_from_cluster()
        .gateway("edge")
        .cluster("web")
        .send()
        .await
        .unwrap();
    assert_eq!(
        out.status(),
        Some(&GatewayClusterAssociationStatus::Disassociating)
    );
    assert_eq!(
        association(&ecs, "edge").await,
        GatewayClusterAssociationStatus::Disassociating
    );
    let e = ecs
        .delete_gateway()
        .gateway("edge")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClientException"), "{e:?}");
    ecs.update_service()
        .cluster("web")
        .service("api")
        .set_gateway_connectors(Some(vec![]))
        .send()
        .await
        .unwrap();
    assert!(routes(&ecs, "edge").await.is_empty());
    assert_eq!(
        association(&ecs, "edge").await,
        GatewayClusterAssociationStatus::Inactive
    );
    let gone = ecs.delete_gateway().gateway("edge").send().await.unwrap();
    assert_eq!(gone.status(), Some(&GatewayStatus::Deleted));
    let e = ecs
        .describe_gateway()
        .gateway("edge")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("GatewayNotFoundException"));
    let e = ecs
        .disassociate_gateway_from_cluster()
        .gateway("inner")
        .cluster("default")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClusterNotFoundException"));
}

#[tokio::test]
async fn gateways_validate_update_list_and_protect_themselves() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    let alb = || GatewayConfiguration::HostSharedAlb(HostSharedAlbConfiguration::builder().build());
    let first = ecs
        .create_gateway()
        .name("locked")
        .infrastructure_role_arn(ROLE)
        .client_token("t-1")
        .deletion_protection(true)
        .configuration(alb())
        .tags(Tag::builder().key("team").value("platform").build())
        .send()
        .await
        .unwrap();
    assert_eq!(
        first.gateway_arn(),
        Some("arn:aws:ecs:us-east-1:000000000000:gateway/locked")
    );
    // The same client token is the same request; another is a duplicate name.
    let again = ecs
        .create_gateway()
        .name("locked")
        .infrastructure_role_arn(ROLE)
        .client_token("t-1")
        .configuration(alb())
        .send()
        .await
        .unwrap();
    assert_eq!(again.gateway_arn(), first.gateway_arn());
    let e = ecs
        .create_gateway()
        .name("locked")
        .infrastructure_role_arn(ROLE)
        .configuration(alb())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = ecs
        .create_gateway()
        .name("other")
        .infrastructure_role_arn("not-a-role")
        .configuration(alb())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = ecs
        .create_gateway()
        .name("bad name")
        .infrastructure_role_arn(ROLE)
        .configuration(alb())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    let e = ecs
        .delete_gateway()
        .gateway("locked")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClientException"));
    let up = ecs
        .update_gateway()
        .gateway(first.gateway_arn().unwrap())
        .deletion_protection(false)
        .send()
        .await
        .unwrap();
    assert_eq!(up.status(), Some(&GatewayStatus::UpdateInProgress));
    d.advance(Duration::from_secs(3));
    let g = ecs
        .describe_gateway()
        .gateway("locked")
        .send()
        .await
        .unwrap();
    let g = g.gateway().unwrap();
    assert_eq!(g.status(), Some(&GatewayStatus::UpdateComplete));
    assert_eq!(g.deletion_protection(), Some(false));
    assert_eq!(g.access_type(), Some(&AccessType::Public));

    let e = ecs
        .describe_gateway()
        .gateway("arn:aws:ecs:us-east-1:111122223333:gateway/locked")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    assert!(e.message().unwrap().contains("111122223333"), "{e:?}");

    // Tags, listing with names and pages.
    let arn = first.gateway_arn().unwrap();
    ecs.tag_resource()
        .resource_arn(arn)
        .tags(Tag::builder().key("env").value("dev").build())
        .send()
        .await
        .unwrap();
    let tags = ecs
        .list_tags_for_resource()
        .resource_arn(arn)
        .send()
        .await
        .unwrap();
    assert_eq!(tags.tags().len(), 2);
    for n in ["b", "c"] {
        gateway(&ecs, n, GatewayElbScheme::InternetFacing).await;
    }
    let page = ecs.list_gateways().max_results(2).send().await.unwrap();
    let names: Vec<_> = page.gateways().iter().map(|g| g.name().unwrap()).collect();
    assert_eq!(names, ["b", "c"]);
    let rest = ecs
        .list_gateways()
        .next_token(page.next_token().unwrap())
        .send()
        .await
        .unwrap();
    assert_eq!(rest.gateways()[0].name(), Some("locked"));
    let named = ecs.list_gateways().names("c").send().await.unwrap();
    assert_eq!(named.gateways().len(), 1);

    // Five gateways per cluster at most.
    ecs.create_cluster()
        .cluster_name("web")
        .send()
        .await
        .unwrap();
    for n in ["d", "e", "f"] {
        gateway(&ecs, n, GatewayElbScheme::Internal).await;
    }
    for n in ["b", "c", "d", "e", "f"] {
        ecs.associate_gateway_with_cluster()
            .gateway(n)
            .cluster("web")
            .send()
            .await
            .unwrap();
    }
    let e = ecs
        .associate_gateway_with_cluster()
        .gateway("locked")
        .cluster("web")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ClientException"), "{e:?}");
    let e = ecs
        .disassociate_gateway_from_cluster()
        .gateway("locked")
        .cluster("web")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    let e = ecs
        .associate_gateway_with_cluster()
        .gateway("nope")
        .cluster("web")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("GatewayNotFoundException"));

    // A deleted cluster's association can still be let go of, and the gateway deleted.
    ecs.delete_cluster().cluster("web").send().await.unwrap();
    ecs.disassociate_gateway_from_cluster()
        .gateway("b")
        .cluster("web")
        .send()
        .await
        .unwrap();
    let gone = ecs.delete_gateway().gateway("b").send().await.unwrap();
    assert_eq!(gone.status(), Some(&GatewayStatus::Deleted));
}
