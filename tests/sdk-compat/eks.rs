//! EKS through aws-sdk-eks on a manual clock with a 10-second step: a cluster CREATING then
//! ACTIVE with an HTTPS endpoint its CA verifies (and that refuses requests without a
//! token), one-minor-version upgrades and their update history, node groups, Fargate
//! profiles, add-ons, access entries, identity, tags, delete ordering, and the errors of each.

use std::collections::HashMap;
use std::time::Duration;

use aws_sdk_eks::Client;
use aws_sdk_eks::error::ProvideErrorMetadata;
use aws_sdk_eks::types::{
    AccessScope, AccessScopeType, ClusterStatus, FargateProfileSelector, FargateProfileStatus,
    NodegroupScalingConfig, NodegroupStatus, OidcIdentityProviderConfigRequest, Taint, TaintEffect,
    UpdateStatus, VpcConfigRequest,
};
use base64::Engine as _;

use crate::harness::Dockside;

pub const STEP: Duration = Duration::from_secs(10);

pub async fn dockside() -> (Dockside, Client) {
    let mut config = dockside::config::Config::ephemeral();
    config.eks_step_ms = STEP.as_millis() as u64;
    let d = Dockside::start_with(config).await;
    d.manual_clock();
    let eks = Client::new(&d.sdk_config("test"));
    (d, eks)
}

pub fn vpc() -> VpcConfigRequest {
    VpcConfigRequest::builder()
        .subnet_ids("subnet-a")
        .subnet_ids("subnet-b")
        .build()
}

async fn cluster(
    eks: &Client,
    name: &str,
    version: Option<&str>,
) -> Result<
    aws_sdk_eks::operation::create_cluster::CreateClusterOutput,
    aws_sdk_eks::error::SdkError<aws_sdk_eks::operation::create_cluster::CreateClusterError>,
> {
    eks.create_cluster()
        .name(name)
        .set_version(version.map(str::to_string))
        .role_arn("arn:aws:iam::000000000000:role/eks")
        .resources_vpc_config(vpc())
        .send()
        .await
}

/// A token of the shape `aws eks get-token` makes, signed now.
pub fn token(now_ms: i64) -> String {
    let t = aws_smithy_types::DateTime::from_millis(now_ms)
        .fmt(aws_smithy_types::date_time::Format::DateTime)
        .unwrap();
    let date = t.replace(['-', ':'], "");
    let date = format!("{}Z", &date[..15]);
    let url = format!(
        "https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=test%2F{}%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date={date}&X-Amz-Expires=60&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&X-Amz-Signature={}",
        &date[..8],
        "0".repeat(64)
    );
    format!(
        "k8s-aws-v1.{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(url)
    )
}

#[tokio::test]
async fn clusters_come_up_with_an_endpoint_their_ca_verifies() {
    let (d, eks) = dockside().await;
    let made = cluster(&eks, "demo", Some("1.35")).await.unwrap();
    let c = made.cluster().unwrap();
    assert_eq!(c.status(), Some(&ClusterStatus::Creating));
    assert_eq!(c.endpoint(), None, "no endpoint while CREATING");
    let e = cluster(&eks, "demo", None).await.unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    assert_eq!(e.message(), Some("Cluster already exists with name: demo"));
    for (name, version, code) in [
        ("old", Some("1.20"), "InvalidParameterException"),
        ("bad name!", None, "ValidationException"),
    ] {
        let e = cluster(&eks, name, version).await.unwrap_err();
        assert_eq!(e.code(), Some(code), "{name}");
    }
    let e = eks
        .create_cluster()
        .name("one-subnet")
        .role_arn("arn:aws:iam::000000000000:role/eks")
        .resources_vpc_config(VpcConfigRequest::builder().subnet_ids("subnet-a").build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let e = eks
        .describe_cluster()
        .name("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    assert_eq!(e.message(), Some("No cluster found for name: nope."));
    let raw = e.raw_response().unwrap();
    assert_eq!(raw.status().as_u16(), 404);

    d.advance(STEP);
    let c = eks.describe_cluster().name("demo").send().await.unwrap();
    let c = c.cluster().unwrap();
    assert_eq!(c.status(), Some(&ClusterStatus::Active));
    assert_eq!(c.version(), Some("1.35"));
    assert!(
        c.identity()
            .unwrap()
            .oidc()
            .unwrap()
            .issuer()
            .unwrap()
            .starts_with("https://oidc.eks.us-east-1.amazonaws.com/id/")
    );
    let endpoint = c.endpoint().unwrap().to_string();
    let ca = base64::engine::general_purpose::STANDARD
        .decode(c.certificate_authority().unwrap().data().unwrap())
        .unwrap();
    let http = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&ca).unwrap())
        .build()
        .unwrap();
    let version = http
        .get(format!("{endpoint}/version"))
        .bearer_auth(token(d.now_millis()))
        .send()
        .await
        .unwrap();
    assert_eq!(version.status(), 200);
    let v: serde_json::Value = serde_json::from_str(&version.text().await.unwrap()).unwrap();
    assert_eq!(v["minor"], "35+");
    assert!(v["gitVersion"].as_str().unwrap().starts_with("v1.35."));
    let anonymous = http
        .get(format!("{endpoint}/version"))
        .send()
        .await
        .unwrap();
    assert_eq!(anonymous.status(), 401);
    let stale = http
        .get(format!("{endpoint}/api"))
        .bearer_auth(token(d.now_millis() - 3_600_000))
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 401, "an hour-old token");
    // Another CA does not verify it.
    let other = cluster(&eks, "other", None).await.unwrap();
    assert_eq!(
        other.cluster().unwrap().version(),
        Some("1.36"),
        "the newest by default"
    );
    d.advance(STEP);
    let other = eks.describe_cluster().name("other").send().await.unwrap();
    let other_ca = base64::engine::general_purpose::STANDARD
        .decode(
            other
                .cluster()
                .unwrap()
                .certificate_authority()
                .unwrap()
                .data()
                .unwrap(),
        )
        .unwrap();
    let wrong = reqwest::Client::builder()
        .add_root_certificate(reqwest::Certificate::from_pem(&other_ca).unwrap())
        .build()
        .unwrap();
    assert!(
        wrong
            .get(format!("{endpoint}/version"))
            .send()
            .await
            .is_err()
    );

    // Upgrades: one minor version at a time, UPDATING meanwhile, one update at a time.
    let e = eks
        .update_cluster_version()
        .name("demo")
        .version("1.37")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let u = eks
        .update_cluster_version()
        .name("demo")
        .version("1.36")
        .send()
        .await
        .unwrap();
    let id = u.update().unwrap().id().unwrap().to_string();
    assert_eq!(
        u.update().unwrap().status(),
        Some(&UpdateStatus::InProgress)
    );
    let c = eks.describe_cluster().name("demo").send().await.unwrap();
    assert_eq!(
        c.cluster().unwrap().status(),
        Some(&ClusterStatus::Updating)
    );
    assert_eq!(
        c.cluster().unwrap().version(),
        Some("1.35"),
        "not before it succeeds"
    );
    let e = eks
        .update_cluster_config()
        .name("demo")
        .deletion_protection(true)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    d.advance(STEP);
    let u = eks
        .describe_update()
        .name("demo")
        .update_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(
        u.update().unwrap().status(),
        Some(&UpdateStatus::Successful)
    );
    let c = eks.describe_cluster().name("demo").send().await.unwrap();
    assert_eq!(c.cluster().unwrap().version(), Some("1.36"));
    assert_eq!(c.cluster().unwrap().status(), Some(&ClusterStatus::Active));
    let e = eks
        .update_cluster_config()
        .name("demo")
        .deletion_protection(true)
        .logging(aws_sdk_eks::types::Logging::builder().build())
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.message(), Some("Only one type of update can be allowed."));
    let ids = eks.list_updates().name("demo").send().await.unwrap();
    assert_eq!(ids.update_ids(), [id]);
    let listed = eks.list_clusters().send().await.unwrap();
    assert_eq!(listed.clusters(), ["demo", "other"]);
    eks.delete_cluster().name("other").send().await.unwrap();
    d.advance(STEP);
    assert!(eks.describe_cluster().name("other").send().await.is_err());
}

#[tokio::test]
async fn node_groups_profiles_and_addons_follow_the_cluster() {
    let (d, eks) = dockside().await;
    cluster(&eks, "work", Some("1.34")).await.unwrap();
    let ng = |name: &str, min: i32, desired: i32, max: i32| {
        eks.create_nodegroup()
            .cluster_name("work")
            .nodegroup_name(name)
            .node_role("arn:aws:iam::000000000000:role/node")
            .subnets("subnet-a")
            .scaling_config(
                NodegroupScalingConfig::builder()
                    .min_size(min)
                    .desired_size(desired)
                    .max_size(max)
                    .build(),
            )
    };
    let e = ng("early", 1, 1, 2).send().await.unwrap_err();
    assert_eq!(
        e.code(),
        Some("ResourceInUseException"),
        "the cluster is CREATING"
    );
    d.advance(STEP);
    let made = ng("workers", 1, 2, 3)
        .labels("team", "dock")
        .taints(
            Taint::builder()
                .key("gpu")
                .value("true")
                .effect(TaintEffect::NoSchedule)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let n = made.nodegroup().unwrap();
    assert_eq!(n.status(), Some(&NodegroupStatus::Creating));
    assert_eq!(n.version(), Some("1.34"));
    assert!(
        n.resources().unwrap().auto_scaling_groups()[0]
            .name()
            .unwrap()
            .starts_with("eks-workers-")
    );
    for (name, min, desired, max) in [("inverted", 3, 2, 1), ("too-many", 1, 5, 3)] {
        let e = ng(name, min, desired, max).send().await.unwrap_err();
        assert_eq!(e.code(), Some("InvalidParameterException"), "{name}");
    }
    let e = ng("workers", 1, 1, 1).send().await.unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    let e = ng("labels", 1, 1, 1)
        .labels("bad key!", "x")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));

    let profile = |name: &str| {
        eks.create_fargate_profile()
            .cluster_name("work")
            .fargate_profile_name(name)
            .pod_execution_role_arn("arn:aws:iam::000000000000:role/pods")
            .selectors(FargateProfileSelector::builder().namespace("batch").build())
    };
    let p = profile("batch").send().await.unwrap();
    assert_eq!(
        p.fargate_profile().unwrap().status(),
        Some(&FargateProfileStatus::Creating)
    );
    let e = profile("second").send().await.unwrap_err();
    assert_eq!(
        e.code(),
        Some("ResourceInUseException"),
        "one CREATING at a time"
    );

    // Add-ons: the catalogue per version, then one installed and updated.
    let cat = eks
        .describe_addon_versions()
        .kubernetes_version("1.34")
        .addon_name("kube-proxy")
        .send()
        .await
        .unwrap();
    let versions = cat.addons()[0].addon_versions();
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0].addon_version(), Some("v1.34.6-eksbuild.2"));
    let all = eks.describe_addon_versions().send().await.unwrap();
    assert!(all.addons().len() >= 5);
    let e = eks
        .create_addon()
        .cluster_name("work")
        .addon_name("kube-proxy")
        .addon_version("v1.36.2-eksbuild.1")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "not for 1.34");
    let a = eks
        .create_addon()
        .cluster_name("work")
        .addon_name("vpc-cni")
        .send()
        .await
        .unwrap();
    assert_eq!(
        a.addon().unwrap().addon_version(),
        Some("v1.20.4-eksbuild.2")
    );
    d.advance(STEP);
    let u = eks
        .update_addon()
        .cluster_name("work")
        .addon_name("vpc-cni")
        .addon_version("v1.19.6-eksbuild.1")
        .resolve_conflicts(aws_sdk_eks::types::ResolveConflicts::Overwrite)
        .send()
        .await
        .unwrap();
    let uid = u.update().unwrap().id().unwrap().to_string();
    d.advance(STEP);
    let a = eks
        .describe_addon()
        .cluster_name("work")
        .addon_name("vpc-cni")
        .send()
        .await
        .unwrap();
    assert_eq!(
        a.addon().unwrap().addon_version(),
        Some("v1.19.6-eksbuild.1")
    );
    let u = eks
        .describe_update()
        .name("work")
        .addon_name("vpc-cni")
        .update_id(&uid)
        .send()
        .await
        .unwrap();
    assert_eq!(
        u.update().unwrap().status(),
        Some(&UpdateStatus::Successful)
    );

    // Scaling is an update; the node group shows it once it succeeds.
    eks.update_nodegroup_config()
        .cluster_name("work")
        .nodegroup_name("workers")
        .scaling_config(NodegroupScalingConfig::builder().desired_size(3).build())
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let n = eks
        .describe_nodegroup()
        .cluster_name("work")
        .nodegroup_name("workers")
        .send()
        .await
        .unwrap();
    assert_eq!(
        n.nodegroup()
            .unwrap()
            .scaling_config()
            .unwrap()
            .desired_size(),
        Some(3)
    );

    // Access entries: the creator's admin entry exists; others come and go.
    let entries = eks
        .list_access_entries()
        .cluster_name("work")
        .send()
        .await
        .unwrap();
    assert_eq!(entries.access_entries(), ["arn:aws:iam::000000000000:root"]);
    let role = "arn:aws:iam::000000000000:role/dev";
    eks.create_access_entry()
        .cluster_name("work")
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    let e = eks
        .create_access_entry()
        .cluster_name("work")
        .principal_arn(role)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    eks.associate_access_policy()
        .cluster_name("work")
        .principal_arn(role)
        .policy_arn("arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy")
        .access_scope(
            AccessScope::builder()
                .r#type(AccessScopeType::Namespace)
                .namespaces("dev")
                .build(),
        )
        .send()
        .await
        .unwrap();
    let assoc = eks
        .list_associated_access_policies()
        .cluster_name("work")
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    assert_eq!(assoc.associated_access_policies().len(), 1);
    eks.associate_identity_provider_config()
        .cluster_name("work")
        .oidc(
            OidcIdentityProviderConfigRequest::builder()
                .identity_provider_config_name("corp")
                .issuer_url("https://idp.example.com")
                .client_id("eks")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let pia = eks
        .create_pod_identity_association()
        .cluster_name("work")
        .namespace("default")
        .service_account("app")
        .role_arn(role)
        .send()
        .await
        .unwrap();
    let pia_arn = pia
        .association()
        .unwrap()
        .association_arn()
        .unwrap()
        .to_string();
    eks.tag_resource()
        .resource_arn(&pia_arn)
        .set_tags(Some(HashMap::from([("env".into(), "dev".into())])))
        .send()
        .await
        .unwrap();
    let tags = eks
        .list_tags_for_resource()
        .resource_arn(&pia_arn)
        .send()
        .await
        .unwrap();
    assert_eq!(
        tags.tags().unwrap().get("env").map(String::as_str),
        Some("dev")
    );

    // Delete ordering: not while node groups or profiles remain.
    let e = eks.delete_cluster().name("work").send().await.unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    assert_eq!(e.message(), Some("Cluster has nodegroups attached"));
    eks.delete_nodegroup()
        .cluster_name("work")
        .nodegroup_name("workers")
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let e = eks.delete_cluster().name("work").send().await.unwrap_err();
    assert_eq!(e.message(), Some("Cluster has fargate profiles attached"));
    eks.delete_fargate_profile()
        .cluster_name("work")
        .fargate_profile_name("batch")
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let gone = eks.delete_cluster().name("work").send().await.unwrap();
    assert_eq!(
        gone.cluster().unwrap().status(),
        Some(&ClusterStatus::Deleting)
    );
    d.advance(STEP);
    let e = eks
        .describe_cluster()
        .name("work")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
}
