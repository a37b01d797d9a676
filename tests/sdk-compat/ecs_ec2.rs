//! ECS on EC2 through aws-sdk-ecs: container instances in two zones, placement by spread
//! then binpack with the exact distribution ECS gives, RESOURCE:MEMORY failures, constraints
//! and custom attributes, dynamic host ports, a drained instance's service tasks moving,
//! a DAEMON service following instances, and capacity provider base and weights.

use std::collections::BTreeMap;

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{
    Attribute, CapacityProviderStrategyItem, ContainerDefinition, ContainerInstanceStatus,
    LaunchType, PlacementConstraint, PlacementConstraintType, PlacementStrategy,
    PlacementStrategyType, PortMapping, Resource, SchedulingStrategy,
};

use crate::harness::Dockside;

/// Registers an instance the way the agent does; returns its ARN.
pub async fn instance(ecs: &Client, cluster: &str, zone: &str, cpu: i32, memory: i32) -> String {
    let doc = serde_json::json!({
        "instanceId": format!("i-{:017x}", fastrand::u64(..) >> 4),
        "availabilityZone": zone,
        "instanceType": "m5.large",
        "region": "us-east-1",
    });
    let int = |name: &str, v: i32| {
        Resource::builder()
            .name(name)
            .r#type("INTEGER")
            .integer_value(v)
            .build()
    };
    ecs.register_container_instance()
        .cluster(cluster)
        .instance_identity_document(doc.to_string())
        .total_resources(int("CPU", cpu))
        .total_resources(int("MEMORY", memory))
        .send()
        .await
        .unwrap()
        .container_instance()
        .unwrap()
        .container_instance_arn()
        .unwrap()
        .to_string()
}

/// A bridge-mode task definition of `memory` MiB and 256 CPU units, with an optional
/// port mapping (host port 0: dynamic).
pub async fn ec2_def(ecs: &Client, family: &str, memory: i32, host_port: Option<i32>) -> String {
    let mut c = ContainerDefinition::builder()
        .name("app")
        .image("busybox")
        .cpu(256)
        .memory(memory);
    if let Some(p) = host_port {
        c = c.port_mappings(
            PortMapping::builder()
                .container_port(80)
                .host_port(p)
                .build(),
        );
    }
    ecs.register_task_definition()
        .family(family)
        .container_definitions(c.build())
        .send()
        .await
        .unwrap()
        .task_definition()
        .unwrap()
        .task_definition_arn()
        .unwrap()
        .to_string()
}

/// Tasks that want to run, by container instance ARN.
async fn per_instance(
    ecs: &Client,
    cluster: &str,
    service: Option<&str>,
) -> BTreeMap<String, usize> {
    let arns = ecs
        .list_tasks()
        .cluster(cluster)
        .set_service_name(service.map(str::to_string))
        .send()
        .await
        .unwrap()
        .task_arns()
        .to_vec();
    let mut out = BTreeMap::new();
    if arns.is_empty() {
        return out;
    }
    let tasks = ecs
        .describe_tasks()
        .cluster(cluster)
        .set_tasks(Some(arns))
        .send()
        .await
        .unwrap();
    for t in tasks.tasks() {
        *out.entry(t.container_instance_arn().unwrap_or("none").to_string())
            .or_default() += 1;
    }
    out
}

fn spread_zone() -> PlacementStrategy {
    PlacementStrategy::builder()
        .r#type(PlacementStrategyType::Spread)
        .field("attribute:ecs.availability-zone")
        .build()
}

#[tokio::test]
async fn spread_then_binpack_places_exactly_and_full_instances_fail_with_resource_memory() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("ec2")
        .send()
        .await
        .unwrap();
    let a = instance(&ecs, "ec2", "us-east-1a", 4096, 4096).await;
    let b = instance(&ecs, "ec2", "us-east-1a", 8192, 8192).await;
    let c = instance(&ecs, "ec2", "us-east-1b", 4096, 2048).await;
    let td = ec2_def(&ecs, "worker", 512, None).await;
    let binpack = PlacementStrategy::builder()
        .r#type(PlacementStrategyType::Binpack)
        .field("memory")
        .build();
    for count in [10, 2] {
        let out = ecs
            .run_task()
            .cluster("ec2")
            .task_definition(&td)
            .launch_type(LaunchType::Ec2)
            .count(count)
            .placement_strategy(spread_zone())
            .placement_strategy(binpack.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(out.tasks().len(), count as usize, "{:?}", out.failures());
    }
    // Zones alternate; inside a zone the fullest instance fills first: C (us-east-1b,
    // 2048 MiB) takes 4, then A fills before B is touched.
    let got = per_instance(&ecs, "ec2", None).await;
    let want: BTreeMap<String, usize> = [(a.clone(), 8), (c.clone(), 4)].into_iter().collect();
    assert_eq!(got, want);
    let described = ecs
        .describe_container_instances()
        .cluster("ec2")
        .container_instances(&a)
        .container_instances(&b)
        .container_instances("0000")
        .send()
        .await
        .unwrap();
    let memory_left = |i: usize| {
        described.container_instances()[i]
            .remaining_resources()
            .iter()
            .find(|r| r.name() == Some("MEMORY"))
            .unwrap()
            .integer_value()
    };
    assert_eq!((memory_left(0), memory_left(1)), (0, 8192));
    assert_eq!(described.failures()[0].reason(), Some("MISSING"));
    let a_view = &described.container_instances()[0];
    assert_eq!(
        a_view.running_tasks_count() + a_view.pending_tasks_count(),
        8
    );

    // us-east-1b is full: memory fails there.
    let out = ecs
        .run_task()
        .cluster("ec2")
        .task_definition(&td)
        .count(2)
        .placement_constraints(
            PlacementConstraint::builder()
                .r#type(PlacementConstraintType::MemberOf)
                .expression("attribute:ecs.availability-zone == us-east-1b")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert!(out.tasks().is_empty());
    // Each instance once, with what stopped it there.
    let reasons: BTreeMap<&str, &str> = out
        .failures()
        .iter()
        .map(|f| (f.arn().unwrap(), f.reason().unwrap()))
        .collect();
    let want: BTreeMap<&str, &str> = [
        (a.as_str(), "MemberOf placement constraint unsatisfied."),
        (b.as_str(), "MemberOf placement constraint unsatisfied."),
        (c.as_str(), "RESOURCE:MEMORY"),
    ]
    .into();
    assert_eq!(reasons, want);
    let started = ecs
        .start_task()
        .cluster("ec2")
        .task_definition(&td)
        .container_instances(&a)
        .container_instances(&b)
        .send()
        .await
        .unwrap();
    assert_eq!(started.tasks().len(), 1);
    assert_eq!(
        started.tasks()[0].container_instance_arn(),
        Some(b.as_str())
    );
    assert_eq!(started.failures()[0].reason(), Some("RESOURCE:MEMORY"));

    // Expressions that do not parse, and filters.
    let e = ecs
        .run_task()
        .cluster("ec2")
        .task_definition(&td)
        .placement_constraints(
            PlacementConstraint::builder()
                .r#type(PlacementConstraintType::MemberOf)
                .expression("attribute:ecs.availability-zone in us-east-1a")
                .build(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let in_a = ecs
        .list_container_instances()
        .cluster("ec2")
        .filter("attribute:ecs.availability-zone == us-east-1a and runningTasksCount < 8")
        .send()
        .await
        .unwrap();
    assert_eq!(in_a.container_instance_arns(), std::slice::from_ref(&b));
    let e = ecs
        .list_container_instances()
        .cluster("ec2")
        .filter("zone = a")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    // Custom attributes steer placement.
    ecs.put_attributes()
        .cluster("ec2")
        .attributes(
            Attribute::builder()
                .name("stack")
                .value("prod")
                .target_id(&b)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let listed = ecs
        .list_attributes()
        .cluster("ec2")
        .target_type("container-instance".into())
        .attribute_name("stack")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.attributes().len(), 1);
    assert_eq!(listed.attributes()[0].target_id(), Some(b.as_str()));
    let e = ecs
        .put_attributes()
        .cluster("ec2")
        .attributes(
            Attribute::builder()
                .name("bad name!")
                .target_id(&b)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = ecs
        .put_attributes()
        .cluster("ec2")
        .attributes(
            Attribute::builder()
                .name("x")
                .target_id("feedface")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("TargetNotFoundException"));
    ecs.delete_attributes()
        .cluster("ec2")
        .attributes(
            Attribute::builder()
                .name("stack")
                .target_id(&b)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let out = ecs
        .run_task()
        .cluster("ec2")
        .task_definition(&td)
        .placement_constraints(
            PlacementConstraint::builder()
                .r#type(PlacementConstraintType::MemberOf)
                .expression("attribute:stack == prod")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert!(out.tasks().is_empty(), "the attribute is gone");
    assert_eq!(
        out.failures()[0].reason(),
        Some("MemberOf placement constraint unsatisfied.")
    );

    // Dynamic host ports never collide on one instance; a static one can be taken once.
    let web = ec2_def(&ecs, "web", 128, Some(0)).await;
    let fixed = ec2_def(&ecs, "fixed", 128, Some(8080)).await;
    let ports = ecs
        .start_task()
        .cluster("ec2")
        .task_definition(&web)
        .container_instances(&b)
        .send()
        .await
        .unwrap();
    let more = ecs
        .start_task()
        .cluster("ec2")
        .task_definition(&web)
        .container_instances(&b)
        .send()
        .await
        .unwrap();
    let port =
        |t: &aws_sdk_ecs::types::Task| t.containers()[0].network_bindings()[0].host_port().unwrap();
    assert_eq!(port(&ports.tasks()[0]), 49153);
    assert_eq!(port(&more.tasks()[0]), 49154);
    for (n, reason) in [(1, None), (0, Some("RESOURCE:PORTS"))] {
        let out = ecs
            .start_task()
            .cluster("ec2")
            .task_definition(&fixed)
            .container_instances(&b)
            .send()
            .await
            .unwrap();
        assert_eq!(out.tasks().len(), n);
        assert_eq!(out.failures().first().and_then(|f| f.reason()), reason);
    }
}

/// Waits until `check` holds, ticking the scheduler.
async fn eventually<F: AsyncFn() -> bool>(d: &Dockside, what: &str, check: F) {
    for _ in 0..200 {
        d.state.services.ecs.tick().unwrap();
        if check().await {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("never: {what}");
}

#[tokio::test]
async fn draining_moves_service_tasks_and_daemons_follow_instances() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster()
        .cluster_name("ec2")
        .send()
        .await
        .unwrap();
    let x = instance(&ecs, "ec2", "us-east-1a", 2048, 4096).await;
    let y = instance(&ecs, "ec2", "us-east-1b", 2048, 4096).await;
    let td = ec2_def(&ecs, "api", 512, None).await;
    ecs.create_service()
        .cluster("ec2")
        .service_name("api")
        .task_definition(&td)
        .desired_count(2)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    // Spread by zone: one on each.
    let got = per_instance(&ecs, "ec2", Some("api")).await;
    assert_eq!(got.get(&x), Some(&1));
    assert_eq!(got.get(&y), Some(&1));
    let e = ecs
        .deregister_container_instance()
        .cluster("ec2")
        .container_instance(&x)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "tasks run there"
    );

    let drained = ecs
        .update_container_instances_state()
        .cluster("ec2")
        .container_instances(&x)
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    assert_eq!(drained.container_instances()[0].status(), Some("DRAINING"));
    eventually(&d, "the task leaves the draining instance", async || {
        per_instance(&ecs, "ec2", Some("api")).await.get(&y) == Some(&2)
            && per_instance(&ecs, "ec2", Some("api")).await.len() == 1
    })
    .await;
    let s = ecs
        .describe_services()
        .cluster("ec2")
        .services("api")
        .send()
        .await
        .unwrap();
    assert_eq!(s.services()[0].desired_count(), 2);
    eventually(&d, "nothing left on the drained instance", async || {
        ecs.describe_container_instances()
            .cluster("ec2")
            .container_instances(&x)
            .send()
            .await
            .unwrap()
            .container_instances()[0]
            .running_tasks_count()
            == 0
    })
    .await;
    ecs.deregister_container_instance()
        .cluster("ec2")
        .container_instance(&x)
        .send()
        .await
        .unwrap();

    // A DAEMON service runs one task on every ACTIVE instance, and follows new ones.
    let agent = ec2_def(&ecs, "agent", 128, None).await;
    ecs.create_service()
        .cluster("ec2")
        .service_name("agent")
        .task_definition(&agent)
        .scheduling_strategy(SchedulingStrategy::Daemon)
        .launch_type(LaunchType::Ec2)
        .send()
        .await
        .unwrap();
    let z = instance(&ecs, "ec2", "us-east-1a", 2048, 4096).await;
    let w = instance(&ecs, "ec2", "us-east-1b", 2048, 4096).await;
    eventually(&d, "a daemon task on each of three instances", async || {
        let got = per_instance(&ecs, "ec2", Some("agent")).await;
        got.len() == 3 && got.values().all(|n| *n == 1) && got.contains_key(&w)
    })
    .await;
    let s = ecs
        .describe_services()
        .cluster("ec2")
        .services("agent")
        .send()
        .await
        .unwrap();
    assert_eq!(s.services()[0].desired_count(), 3);
    ecs.update_container_instances_state()
        .cluster("ec2")
        .container_instances(&z)
        .status(ContainerInstanceStatus::Draining)
        .send()
        .await
        .unwrap();
    eventually(&d, "the daemon leaves the drained instance", async || {
        let got = per_instance(&ecs, "ec2", Some("agent")).await;
        got.len() == 2 && !got.contains_key(&z)
    })
    .await;
}

#[tokio::test]
async fn capacity_providers_split_by_base_and_weight() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    let described = ecs.describe_capacity_providers().send().await.unwrap();
    let names: Vec<&str> = described
        .capacity_providers()
        .iter()
        .filter_map(|p| p.name())
        .collect();
    assert_eq!(names, ["FARGATE", "FARGATE_SPOT"]);
    let asg = "arn:aws:autoscaling:us-east-1:000000000000:autoScalingGroup:1a2b:autoScalingGroupName/pool";
    let created = ecs
        .create_capacity_provider()
        .name("pool")
        .auto_scaling_group_provider(
            aws_sdk_ecs::types::AutoScalingGroupProvider::builder()
                .auto_scaling_group_arn(asg)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let p = created.capacity_provider().unwrap();
    assert_eq!(p.status().map(|s| s.as_str()), Some("ACTIVE"));
    let scaling = p
        .auto_scaling_group_provider()
        .unwrap()
        .managed_scaling()
        .unwrap();
    assert_eq!(scaling.target_capacity(), Some(100));
    let e = ecs
        .create_capacity_provider()
        .name("fargate-mine")
        .auto_scaling_group_provider(
            aws_sdk_ecs::types::AutoScalingGroupProvider::builder()
                .auto_scaling_group_arn(asg)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    ecs.create_cluster()
        .cluster_name("mixed")
        .capacity_providers("FARGATE")
        .capacity_providers("FARGATE_SPOT")
        .capacity_providers("pool")
        .send()
        .await
        .unwrap();
    let e = ecs
        .delete_capacity_provider()
        .capacity_provider("pool")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    let td = crate::ecs::register(&ecs, "split", "img").await;
    let item = |name: &str, base: i32, weight: i32| {
        CapacityProviderStrategyItem::builder()
            .capacity_provider(name)
            .base(base)
            .weight(weight)
            .build()
            .unwrap()
    };
    let e = ecs
        .run_task()
        .cluster("mixed")
        .task_definition(&td)
        .launch_type(LaunchType::Fargate)
        .capacity_provider_strategy(item("FARGATE", 0, 1))
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = ecs
        .run_task()
        .cluster("mixed")
        .task_definition(&td)
        .capacity_provider_strategy(item("FARGATE", 1, 1))
        .capacity_provider_strategy(item("FARGATE_SPOT", 1, 1))
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "one base only");
    let out = ecs
        .run_task()
        .cluster("mixed")
        .task_definition(&td)
        .count(10)
        .capacity_provider_strategy(item("FARGATE", 2, 1))
        .capacity_provider_strategy(item("FARGATE_SPOT", 0, 3))
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap();
    let mut split: BTreeMap<String, usize> = BTreeMap::new();
    for t in out.tasks() {
        *split
            .entry(t.capacity_provider_name().unwrap().to_string())
            .or_default() += 1;
    }
    let want: BTreeMap<String, usize> =
        [("FARGATE".to_string(), 4), ("FARGATE_SPOT".to_string(), 6)].into();
    assert_eq!(split, want);

    // Tasks of an Auto Scaling group provider go to that provider's instances only.
    let e = ecs
        .run_task()
        .cluster("mixed")
        .task_definition(&td)
        .capacity_provider_strategy(item("pool", 0, 1))
        .capacity_provider_strategy(item("FARGATE", 0, 1))
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "no mixing kinds"
    );
    let ec2 = ec2_def(&ecs, "pooled", 256, None).await;
    let plain = instance(&ecs, "mixed", "us-east-1a", 1024, 1024).await;
    let pooled = ecs
        .register_container_instance()
        .cluster("mixed")
        .attributes(
            Attribute::builder()
                .name("dockside.capacity-provider")
                .value("pool")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap()
        .container_instance()
        .unwrap()
        .clone();
    assert_eq!(pooled.capacity_provider_name(), Some("pool"));
    let out = ecs
        .run_task()
        .cluster("mixed")
        .task_definition(&ec2)
        .count(3)
        .capacity_provider_strategy(item("pool", 0, 1))
        .send()
        .await
        .unwrap();
    assert_eq!(out.tasks().len(), 3);
    for t in out.tasks() {
        assert_eq!(t.container_instance_arn(), pooled.container_instance_arn());
        assert_eq!(t.capacity_provider_name(), Some("pool"));
        assert_ne!(t.container_instance_arn(), Some(plain.as_str()));
    }
    ecs.update_capacity_provider()
        .name("pool")
        .auto_scaling_group_provider(
            aws_sdk_ecs::types::AutoScalingGroupProviderUpdate::builder()
                .managed_draining(aws_sdk_ecs::types::ManagedDraining::Disabled)
                .build(),
        )
        .send()
        .await
        .unwrap();
    ecs.put_cluster_capacity_providers()
        .cluster("mixed")
        .capacity_providers("FARGATE")
        .set_default_capacity_provider_strategy(Some(vec![]))
        .send()
        .await
        .unwrap();
    let gone = ecs
        .delete_capacity_provider()
        .capacity_provider("pool")
        .send()
        .await
        .unwrap();
    assert_eq!(
        gone.capacity_provider()
            .unwrap()
            .status()
            .map(|s| s.as_str()),
        Some("INACTIVE")
    );
}
