//! Cloud Map through aws-sdk-servicediscovery: namespaces and their operations on the clock,
//! services with DNS records, instances checked against them, discovery with parameters and
//! health, Cloud Map's errors, and the embedded DNS server answering from what was
//! registered (queried over UDP and TCP with hickory-built packets).

use std::time::Duration;

use aws_sdk_servicediscovery::Client;
use aws_sdk_servicediscovery::error::ProvideErrorMetadata;
use aws_sdk_servicediscovery::types::{
    CustomHealthStatus, DnsConfig, DnsRecord, HealthCheckCustomConfig, HealthStatusFilter,
    NamespaceFilter, NamespaceFilterName, RecordType, RoutingPolicy,
};
use hickory_proto::op::{Message, ResponseCode};
use hickory_proto::rr::{Name, RData, RecordType as Rt};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use crate::harness::Dockside;

async fn wait_success(sd: &Client, op: &str) -> String {
    for _ in 0..100 {
        let o = sd.get_operation().operation_id(op).send().await.unwrap();
        let o = o.operation().unwrap();
        if o.status().unwrap().as_str() == "SUCCESS" {
            return o.targets().unwrap().values().next().unwrap().clone();
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    panic!("operation {op} never succeeded");
}

async fn query_udp(addr: std::net::SocketAddr, name: &str, t: Rt) -> Message {
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    let mut q = Message::query();
    q.add_query(hickory_proto::op::Query::query(
        Name::from_ascii(name).unwrap(),
        t,
    ));
    sock.send_to(&q.to_vec().unwrap(), addr).await.unwrap();
    let mut buf = vec![0u8; 4096];
    let (n, _) = tokio::time::timeout(Duration::from_secs(2), sock.recv_from(&mut buf))
        .await
        .expect("a DNS answer")
        .unwrap();
    Message::from_vec(&buf[..n]).unwrap()
}

async fn query_tcp(addr: std::net::SocketAddr, name: &str, t: Rt) -> Message {
    let mut conn = tokio::net::TcpStream::connect(addr).await.unwrap();
    let mut q = Message::query();
    q.add_query(hickory_proto::op::Query::query(
        Name::from_ascii(name).unwrap(),
        t,
    ));
    let bytes = q.to_vec().unwrap();
    let mut framed = (bytes.len() as u16).to_be_bytes().to_vec();
    framed.extend_from_slice(&bytes);
    conn.write_all(&framed).await.unwrap();
    let mut len = [0u8; 2];
    conn.read_exact(&mut len).await.unwrap();
    let mut msg = vec![0u8; u16::from_be_bytes(len) as usize];
    conn.read_exact(&mut msg).await.unwrap();
    Message::from_vec(&msg).unwrap()
}

fn addresses(m: &Message) -> Vec<String> {
    let mut out: Vec<String> = m
        .answers
        .iter()
        .filter_map(|r| match &r.data {
            RData::A(a) => Some(a.0.to_string()),
            RData::AAAA(a) => Some(a.0.to_string()),
            _ => None,
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn namespaces_services_instances_and_dns() {
    let d = Dockside::start().await;
    let dns = dockside::services::servicediscovery::dns::serve(
        d.state.services.servicediscovery.zones.clone(),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let sd = d.cloud_map("test");

    let op = sd
        .create_private_dns_namespace()
        .name("demo.local")
        .vpc("vpc-0abc")
        .send()
        .await
        .unwrap();
    let ns = wait_success(&sd, op.operation_id().unwrap()).await;
    let e = sd
        .create_private_dns_namespace()
        .name("demo.local")
        .vpc("vpc-0abc")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("NamespaceAlreadyExists"));
    let listed = sd
        .list_namespaces()
        .filters(
            NamespaceFilter::builder()
                .name(NamespaceFilterName::Type)
                .values("DNS_PRIVATE")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(listed.namespaces().len(), 1);
    let got = sd.get_namespace().id(&ns).send().await.unwrap();
    let got = got.namespace().unwrap();
    assert!(
        got.properties()
            .unwrap()
            .dns_properties()
            .unwrap()
            .hosted_zone_id()
            .unwrap()
            .starts_with('Z')
    );

    let record = |t: RecordType| DnsRecord::builder().r#type(t).ttl(30).build().unwrap();
    let e = sd
        .create_service()
        .name("bad")
        .namespace_id(&ns)
        .dns_config(
            DnsConfig::builder()
                .routing_policy(RoutingPolicy::Multivalue)
                .dns_records(record(RecordType::Cname))
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidInput"), "CNAME needs WEIGHTED");
    let svc = sd
        .create_service()
        .name("api")
        .namespace_id(&ns)
        .dns_config(
            DnsConfig::builder()
                .routing_policy(RoutingPolicy::Multivalue)
                .dns_records(record(RecordType::A))
                .dns_records(record(RecordType::Srv))
                .build()
                .unwrap(),
        )
        .health_check_custom_config(HealthCheckCustomConfig::builder().build())
        .send()
        .await
        .unwrap();
    let svc = svc.service().unwrap().id().unwrap().to_string();

    // Instances must carry what the records need.
    let e = sd
        .register_instance()
        .service_id(&svc)
        .instance_id("no-port")
        .attributes("AWS_INSTANCE_IPV4", "10.0.0.9")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidInput"));
    let e = sd
        .register_instance()
        .service_id(&svc)
        .instance_id("bad-ip")
        .attributes("AWS_INSTANCE_IPV4", "10.0.0.300")
        .attributes("AWS_INSTANCE_PORT", "80")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidInput"));
    for (i, ip) in [("web-1", "10.0.0.1"), ("web-2", "10.0.0.2")] {
        sd.register_instance()
            .service_id(&svc)
            .instance_id(i)
            .attributes("AWS_INSTANCE_IPV4", ip)
            .attributes("AWS_INSTANCE_PORT", "8080")
            .attributes("color", if i == "web-1" { "blue" } else { "green" })
            .send()
            .await
            .unwrap();
    }
    let a = query_udp(dns, "api.demo.local.", Rt::A).await;
    assert_eq!(a.metadata.response_code, ResponseCode::NoError);
    assert!(a.metadata.authoritative);
    assert_eq!(addresses(&a), vec!["10.0.0.1", "10.0.0.2"]);
    assert_eq!(a.answers[0].ttl, 30);
    let srv = query_tcp(dns, "api.demo.local.", Rt::SRV).await;
    assert_eq!(srv.answers.len(), 2);
    let one = query_udp(dns, "web-1.api.demo.local.", Rt::A).await;
    assert_eq!(addresses(&one), vec!["10.0.0.1"]);
    let missing = query_udp(dns, "nope.demo.local.", Rt::A).await;
    assert_eq!(missing.metadata.response_code, ResponseCode::NXDomain);
    assert!(
        !missing.authorities.is_empty(),
        "the SOA comes with NXDOMAIN"
    );
    let outside = query_udp(dns, "example.com.", Rt::A).await;
    assert_eq!(outside.metadata.response_code, ResponseCode::Refused);

    // Discovery: query parameters, health, revision.
    let found = sd
        .discover_instances()
        .namespace_name("demo.local")
        .service_name("api")
        .query_parameters("color", "green")
        .send()
        .await
        .unwrap();
    let ids: Vec<&str> = found
        .instances()
        .iter()
        .map(|i| i.instance_id().unwrap())
        .collect();
    assert_eq!(ids, vec!["web-2"]);
    let rev = found.instances_revision().unwrap();
    sd.update_instance_custom_health_status()
        .service_id(&svc)
        .instance_id("web-2")
        .status(CustomHealthStatus::Unhealthy)
        .send()
        .await
        .unwrap();
    let healthy = sd
        .discover_instances()
        .namespace_name("demo.local")
        .service_name("api")
        .send()
        .await
        .unwrap();
    assert_eq!(healthy.instances().len(), 1);
    assert!(healthy.instances_revision().unwrap() > rev);
    let all = sd
        .discover_instances()
        .namespace_name("demo.local")
        .service_name("api")
        .health_status(HealthStatusFilter::All)
        .send()
        .await
        .unwrap();
    assert_eq!(all.instances().len(), 2);
    assert_eq!(
        addresses(&query_udp(dns, "api.demo.local.", Rt::A).await),
        vec!["10.0.0.1"],
        "DNS skips the unhealthy instance"
    );
    let status = sd
        .get_instances_health_status()
        .service_id(&svc)
        .send()
        .await
        .unwrap();
    assert_eq!(status.status().unwrap()["web-2"].as_str(), "UNHEALTHY");

    // Deletes in order, with Cloud Map's refusals.
    let e = sd.delete_namespace().id(&ns).send().await.unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUse"));
    let e = sd.delete_service().id(&svc).send().await.unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUse"));
    for i in ["web-1", "web-2"] {
        sd.deregister_instance()
            .service_id(&svc)
            .instance_id(i)
            .send()
            .await
            .unwrap();
    }
    let e = sd
        .deregister_instance()
        .service_id(&svc)
        .instance_id("web-1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InstanceNotFound"));
    assert!(
        query_udp(dns, "api.demo.local.", Rt::A)
            .await
            .answers
            .is_empty()
    );
    sd.delete_service().id(&svc).send().await.unwrap();
    let e = sd.get_service().id(&svc).send().await.unwrap_err();
    assert_eq!(e.code(), Some("ServiceNotFound"));
    sd.delete_namespace().id(&ns).send().await.unwrap();
    let e = sd.get_namespace().id(&ns).send().await.unwrap_err();
    assert_eq!(e.code(), Some("NamespaceNotFound"));
    assert_eq!(
        query_udp(dns, "api.demo.local.", Rt::A)
            .await
            .metadata
            .response_code,
        ResponseCode::Refused
    );
    let ops = sd.list_operations().send().await.unwrap();
    assert!(ops.operations().len() >= 6);
}

#[tokio::test]
async fn malformed_dns_queries_do_not_stop_the_server() {
    let d = Dockside::start().await;
    let dns = dockside::services::servicediscovery::dns::serve(
        d.state.services.servicediscovery.zones.clone(),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let sock = tokio::net::UdpSocket::bind("127.0.0.1:0").await.unwrap();
    sock.send_to(&[0x12, 0x34, 0xff, 0x00, 0x00], dns)
        .await
        .unwrap();
    let mut buf = vec![0u8; 512];
    let (n, _) = tokio::time::timeout(Duration::from_secs(2), sock.recv_from(&mut buf))
        .await
        .unwrap()
        .unwrap();
    let m = Message::from_vec(&buf[..n]).unwrap();
    assert_eq!(m.metadata.id, 0x1234);
    assert_eq!(m.metadata.response_code, ResponseCode::FormErr);
    sock.send_to(&[0x01], dns).await.unwrap();
    // Still serving.
    let ok = query_udp(dns, "anything.example.", Rt::A).await;
    assert_eq!(ok.metadata.response_code, ResponseCode::Refused);
}

#[tokio::test]
async fn ecs_services_register_their_running_tasks() {
    use aws_sdk_ecs::types::{LaunchType, ServiceRegistry};
    let d = Dockside::start().await;
    let dns = dockside::services::servicediscovery::dns::serve(
        d.state.services.servicediscovery.zones.clone(),
        "127.0.0.1:0".parse().unwrap(),
    )
    .await
    .unwrap();
    let conf = d.sdk_config("test");
    let sd = d.cloud_map("test");
    let ecs = aws_sdk_ecs::Client::new(&conf);
    let op = sd
        .create_private_dns_namespace()
        .name("apps.local")
        .vpc("vpc-1")
        .send()
        .await
        .unwrap();
    let ns = wait_success(&sd, op.operation_id().unwrap()).await;
    let svc = sd
        .create_service()
        .name("web")
        .namespace_id(&ns)
        .dns_config(
            DnsConfig::builder()
                .routing_policy(RoutingPolicy::Multivalue)
                .dns_records(
                    DnsRecord::builder()
                        .r#type(RecordType::A)
                        .ttl(10)
                        .build()
                        .unwrap(),
                )
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let registry = svc.service().unwrap().arn().unwrap().to_string();
    let svc_id = svc.service().unwrap().id().unwrap().to_string();

    ecs.create_cluster().send().await.unwrap();
    crate::ecs::register(&ecs, "web", "img").await;
    ecs.create_service()
        .service_name("web")
        .task_definition("web")
        .desired_count(2)
        .launch_type(LaunchType::Fargate)
        .network_configuration(crate::ecs::vpc())
        .service_registries(ServiceRegistry::builder().registry_arn(&registry).build())
        .send()
        .await
        .unwrap();
    let tasks = ecs.list_tasks().service_name("web").send().await.unwrap();
    assert_eq!(tasks.task_arns().len(), 2);
    let described = ecs
        .describe_tasks()
        .set_tasks(Some(tasks.task_arns().to_vec()))
        .send()
        .await
        .unwrap();
    let mut ips: Vec<String> = described
        .tasks()
        .iter()
        .flat_map(|t| t.containers())
        .flat_map(|c| c.network_interfaces())
        .filter_map(|n| n.private_ipv4_address().map(str::to_string))
        .collect();
    ips.sort();
    ips.dedup();
    assert_eq!(ips.len(), 2);

    let found = sd
        .discover_instances()
        .namespace_name("apps.local")
        .service_name("web")
        .send()
        .await
        .unwrap();
    assert_eq!(found.instances().len(), 2);
    let attrs = found.instances()[0].attributes().unwrap();
    assert_eq!(attrs["ECS_CLUSTER_NAME"], "default");
    assert_eq!(attrs["ECS_SERVICE_NAME"], "web");
    assert_eq!(attrs["ECS_TASK_DEFINITION_FAMILY"], "web");
    assert_eq!(
        addresses(&query_udp(dns, "web.apps.local.", Rt::A).await),
        ips
    );

    // Scaling to zero stops the tasks and deregisters them.
    ecs.update_service()
        .service("web")
        .desired_count(0)
        .send()
        .await
        .unwrap();
    let mut left = usize::MAX;
    for _ in 0..100 {
        ecs.list_services().send().await.unwrap();
        left = sd
            .list_instances()
            .service_id(&svc_id)
            .send()
            .await
            .unwrap()
            .instances()
            .len();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    assert_eq!(left, 0);
    assert!(
        query_udp(dns, "web.apps.local.", Rt::A)
            .await
            .answers
            .is_empty()
    );
}
