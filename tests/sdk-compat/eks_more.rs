//! The rest of EKS through aws-sdk-eks: rotating a cluster's CA (the new one is trusted
//! before it signs, then signs the endpoint), insights from the cluster's own state,
//! CancelUpdate, secrets encryption, capabilities and EKS Anywhere subscriptions.

use aws_sdk_eks::Client;
use aws_sdk_eks::error::ProvideErrorMetadata;
use aws_sdk_eks::types::{
    CapabilityDeletePropagationPolicy, CapabilityType, EksAnywhereSubscriptionTerm,
    EksAnywhereSubscriptionTermUnit, EncryptionConfig, NodegroupScalingConfig, Provider,
    UpdateStatus,
};
use base64::Engine as _;

use crate::eks::{STEP, dockside, token, vpc};

async fn endpoint_and_ca(eks: &Client, name: &str) -> (String, Vec<u8>) {
    let c = eks.describe_cluster().name(name).send().await.unwrap();
    let c = c.cluster().unwrap();
    let ca = base64::engine::general_purpose::STANDARD
        .decode(c.certificate_authority().unwrap().data().unwrap())
        .unwrap();
    (c.endpoint().unwrap().to_string(), ca)
}

fn trusting(pem: &[u8]) -> reqwest::Client {
    let mut b = reqwest::Client::builder();
    for cert in reqwest::Certificate::from_pem_bundle(pem).unwrap() {
        b = b.add_root_certificate(cert);
    }
    b.build().unwrap()
}

#[tokio::test]
async fn a_cluster_s_ca_rotates_and_insights_follow_its_state() {
    let (d, eks) = dockside().await;
    eks.create_cluster()
        .name("rot")
        .version("1.35")
        .role_arn("arn:aws:iam::000000000000:role/eks")
        .resources_vpc_config(vpc())
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let (endpoint, old_ca) = endpoint_and_ca(&eks, "rot").await;
    let listed = eks
        .list_certificate_authorities()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    assert_eq!(listed.certificate_authorities().len(), 1);
    assert_eq!(
        listed.certificate_authorities()[0]
            .signing_status()
            .map(|s| s.as_str()),
        Some("IN_USE")
    );
    let made = eks
        .create_certificate_authority()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    let id = made
        .certificate_authority()
        .unwrap()
        .id()
        .unwrap()
        .to_string();
    let e = eks
        .create_certificate_authority()
        .cluster_name("rot")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceLimitExceededException"));
    let e = eks
        .activate_certificate_authority()
        .cluster_name("rot")
        .certificate_authority_id(&id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("InvalidParameterException"),
        "not distributed yet"
    );
    d.advance(STEP);
    let (_, bundle) = endpoint_and_ca(&eks, "rot").await;
    assert_eq!(
        String::from_utf8_lossy(&bundle)
            .matches("BEGIN CERTIFICATE")
            .count(),
        2,
        "both CAs trusted"
    );
    let new_ca = base64::engine::general_purpose::STANDARD
        .decode(
            eks.describe_certificate_authority()
                .cluster_name("rot")
                .certificate_authority_id(&id)
                .send()
                .await
                .unwrap()
                .certificate_authority()
                .unwrap()
                .data()
                .unwrap(),
        )
        .unwrap();
    let get = async |pem: &[u8]| {
        trusting(pem)
            .get(format!("{endpoint}/healthz"))
            .bearer_auth(token(d.now_millis()))
            .send()
            .await
    };
    assert!(get(&old_ca).await.is_ok());
    assert!(get(&new_ca).await.is_err(), "the new CA does not sign yet");
    eks.activate_certificate_authority()
        .cluster_name("rot")
        .certificate_authority_id(&id)
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let (again, _) = endpoint_and_ca(&eks, "rot").await;
    assert_eq!(again, endpoint, "the same endpoint");
    assert_eq!(
        get(&new_ca).await.unwrap().status(),
        200,
        "the new CA signs now"
    );
    assert!(get(&old_ca).await.is_err());

    // Insights: a node group left on 1.35 after the cluster moves to 1.36.
    eks.create_nodegroup()
        .cluster_name("rot")
        .nodegroup_name("old")
        .node_role("arn:aws:iam::000000000000:role/node")
        .subnets("subnet-a")
        .scaling_config(
            NodegroupScalingConfig::builder()
                .min_size(1)
                .desired_size(1)
                .max_size(1)
                .build(),
        )
        .send()
        .await
        .unwrap();
    let list = eks
        .list_insights()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    let skew = list
        .insights()
        .iter()
        .find(|i| i.name() == Some("Kubelet version skew"))
        .unwrap();
    assert_eq!(
        skew.insight_status().unwrap().status().map(|s| s.as_str()),
        Some("PASSING")
    );
    eks.update_cluster_version()
        .name("rot")
        .version("1.36")
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    let i = eks
        .describe_insight()
        .cluster_name("rot")
        .id(skew.id().unwrap())
        .send()
        .await
        .unwrap();
    let i = i.insight().unwrap();
    assert_eq!(
        i.insight_status().unwrap().status().map(|s| s.as_str()),
        Some("WARNING")
    );
    assert_eq!(i.resources().len(), 1);
    eks.start_insights_refresh()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    let r = eks
        .describe_insights_refresh()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().map(|s| s.as_str()), Some("IN_PROGRESS"));

    // CancelUpdate: the change never lands.
    let u = eks
        .associate_encryption_config()
        .cluster_name("rot")
        .encryption_config(
            EncryptionConfig::builder()
                .provider(
                    Provider::builder()
                        .key_arn("arn:aws:kms:us-east-1:000000000000:key/k")
                        .build(),
                )
                .build(),
        )
        .send()
        .await
        .unwrap();
    let id = u.update().unwrap().id().unwrap().to_string();
    let c = eks
        .cancel_update()
        .name("rot")
        .update_id(&id)
        .send()
        .await
        .unwrap();
    assert_eq!(c.update().unwrap().status(), Some(&UpdateStatus::Cancelled));
    d.advance(STEP);
    let cl = eks.describe_cluster().name("rot").send().await.unwrap();
    assert!(cl.cluster().unwrap().encryption_config().is_empty());
    let e = eks
        .cancel_update()
        .name("rot")
        .update_id(&id)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidRequestException"));

    // Capabilities.
    let cap = eks
        .create_capability()
        .cluster_name("rot")
        .capability_name("gitops")
        .r#type(CapabilityType::Argocd)
        .role_arn("arn:aws:iam::000000000000:role/argo")
        .delete_propagation_policy(CapabilityDeletePropagationPolicy::Retain)
        .send()
        .await
        .unwrap();
    assert_eq!(
        cap.capability().unwrap().status().map(|s| s.as_str()),
        Some("CREATING")
    );
    let e = eks
        .create_capability()
        .cluster_name("rot")
        .capability_name("gitops")
        .r#type(CapabilityType::Ack)
        .role_arn("arn:aws:iam::000000000000:role/ack")
        .delete_propagation_policy(CapabilityDeletePropagationPolicy::Retain)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceInUseException"));
    d.advance(STEP);
    let caps = eks
        .list_capabilities()
        .cluster_name("rot")
        .send()
        .await
        .unwrap();
    assert_eq!(
        caps.capabilities()[0].status().map(|s| s.as_str()),
        Some("ACTIVE")
    );
    eks.delete_capability()
        .cluster_name("rot")
        .capability_name("gitops")
        .send()
        .await
        .unwrap();
    d.advance(STEP);
    assert!(
        eks.describe_capability()
            .cluster_name("rot")
            .capability_name("gitops")
            .send()
            .await
            .is_err()
    );

    // EKS Anywhere subscriptions: 12 or 36 months.
    let term = |n| {
        EksAnywhereSubscriptionTerm::builder()
            .duration(n)
            .unit(EksAnywhereSubscriptionTermUnit::Months)
            .build()
    };
    let e = eks
        .create_eks_anywhere_subscription()
        .name("bad")
        .term(term(6))
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let s = eks
        .create_eks_anywhere_subscription()
        .name("edge")
        .term(term(12))
        .license_quantity(2)
        .send()
        .await
        .unwrap();
    let sid = s.subscription().unwrap().id().unwrap().to_string();
    d.advance(STEP);
    let s = eks
        .describe_eks_anywhere_subscription()
        .id(&sid)
        .send()
        .await
        .unwrap();
    assert_eq!(s.subscription().unwrap().status(), Some("ACTIVE"));
    assert_eq!(s.subscription().unwrap().licenses().len(), 2);
    let all = eks.list_eks_anywhere_subscriptions().send().await.unwrap();
    assert_eq!(all.subscriptions().len(), 1);
}
