//! EKS: clusters (with a Kubernetes API endpoint per ACTIVE cluster, `kube`), updates, node
//! groups, Fargate profiles, add-ons and their catalogue, access entries and policies,
//! identity provider configs, pod identity associations and tags; state in storage, statuses
//! settling on the clock; every operation of the model, with CA rotation, insights,
//! capabilities and EKS Anywhere subscriptions. It never fakes success.

mod access;
mod addon;
#[rustfmt::skip]
pub mod api;
mod ca;
mod capability;
mod cluster;
mod cluster_update;
mod extras;
mod fargate;
mod identity;
pub mod kube;
mod nodegroup;
mod state;
mod tags;
mod token;
mod update;
mod versions;

use std::sync::Arc;

use api::*;

use crate::clock::Clock;
use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

/// The EKS service.
pub struct Eks {
    pub store: Store,
    pub clock: Clock,
    /// How long transitional statuses last, in clock milliseconds.
    pub step_ms: i64,
    pub kube: Arc<kube::Servers>,
}

impl Eks {
    /// EKS over `store`; serves the endpoints of the ACTIVE clusters it holds (when a Tokio
    /// runtime is there to run them).
    pub fn new(store: Store, clock: Clock, step: std::time::Duration) -> Self {
        let eks = Eks {
            store,
            clock,
            step_ms: step.as_millis() as i64,
            kube: Arc::default(),
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            cluster::serve_all(&eks);
        }
        eks
    }
}

/// Implements trait operations that hand the service and input to a module function.
macro_rules! ops {
    ($($op:ident($req:ident) -> $resp:ty => $f:path;)*) => {
        $(async fn $op(&self, ctx: &Context, input: $req) -> AwsResult<$resp> {
            $f(self, ctx, input)
        })*
    };
}

impl Api for Eks {
    ops! {
        create_cluster(CreateClusterRequest) -> CreateClusterResponse => cluster::create;
        describe_cluster(DescribeClusterRequest) -> DescribeClusterResponse => cluster::describe;
        list_clusters(ListClustersRequest) -> ListClustersResponse => cluster::list;
        delete_cluster(DeleteClusterRequest) -> DeleteClusterResponse => cluster::delete;
        update_cluster_version(UpdateClusterVersionRequest) -> UpdateClusterVersionResponse => cluster_update::update_version;
        update_cluster_config(UpdateClusterConfigRequest) -> UpdateClusterConfigResponse => cluster_update::update_config;
        register_cluster(RegisterClusterRequest) -> RegisterClusterResponse => cluster::register;
        deregister_cluster(DeregisterClusterRequest) -> DeregisterClusterResponse => cluster::deregister;
        describe_cluster_versions(DescribeClusterVersionsRequest) -> DescribeClusterVersionsResponse => cluster::describe_versions;
        describe_update(DescribeUpdateRequest) -> DescribeUpdateResponse => update::describe;
        list_updates(ListUpdatesRequest) -> ListUpdatesResponse => update::list;
        create_nodegroup(CreateNodegroupRequest) -> CreateNodegroupResponse => nodegroup::create;
        describe_nodegroup(DescribeNodegroupRequest) -> DescribeNodegroupResponse => nodegroup::describe;
        list_nodegroups(ListNodegroupsRequest) -> ListNodegroupsResponse => nodegroup::list;
        delete_nodegroup(DeleteNodegroupRequest) -> DeleteNodegroupResponse => nodegroup::delete;
        update_nodegroup_config(UpdateNodegroupConfigRequest) -> UpdateNodegroupConfigResponse => nodegroup::update_config;
        update_nodegroup_version(UpdateNodegroupVersionRequest) -> UpdateNodegroupVersionResponse => nodegroup::update_version;
        create_fargate_profile(CreateFargateProfileRequest) -> CreateFargateProfileResponse => fargate::create;
        describe_fargate_profile(DescribeFargateProfileRequest) -> DescribeFargateProfileResponse => fargate::describe;
        list_fargate_profiles(ListFargateProfilesRequest) -> ListFargateProfilesResponse => fargate::list;
        delete_fargate_profile(DeleteFargateProfileRequest) -> DeleteFargateProfileResponse => fargate::delete;
        create_access_entry(CreateAccessEntryRequest) -> CreateAccessEntryResponse => access::create;
        describe_access_entry(DescribeAccessEntryRequest) -> DescribeAccessEntryResponse => access::describe;
        update_access_entry(UpdateAccessEntryRequest) -> UpdateAccessEntryResponse => access::update;
        delete_access_entry(DeleteAccessEntryRequest) -> DeleteAccessEntryResponse => access::delete;
        list_access_entries(ListAccessEntriesRequest) -> ListAccessEntriesResponse => access::list;
        list_access_policies(ListAccessPoliciesRequest) -> ListAccessPoliciesResponse => access::list_policies;
        associate_access_policy(AssociateAccessPolicyRequest) -> AssociateAccessPolicyResponse => access::associate;
        disassociate_access_policy(DisassociateAccessPolicyRequest) -> DisassociateAccessPolicyResponse => access::disassociate;
        list_associated_access_policies(ListAssociatedAccessPoliciesRequest) -> ListAssociatedAccessPoliciesResponse => access::list_associated;
        describe_addon_versions(DescribeAddonVersionsRequest) -> DescribeAddonVersionsResponse => addon::describe_versions;
        describe_addon_configuration(DescribeAddonConfigurationRequest) -> DescribeAddonConfigurationResponse => addon::describe_configuration;
        create_addon(CreateAddonRequest) -> CreateAddonResponse => addon::create;
        describe_addon(DescribeAddonRequest) -> DescribeAddonResponse => addon::describe;
        list_addons(ListAddonsRequest) -> ListAddonsResponse => addon::list;
        update_addon(UpdateAddonRequest) -> UpdateAddonResponse => addon::update;
        delete_addon(DeleteAddonRequest) -> DeleteAddonResponse => addon::delete;
        associate_identity_provider_config(AssociateIdentityProviderConfigRequest) -> AssociateIdentityProviderConfigResponse => identity::associate;
        describe_identity_provider_config(DescribeIdentityProviderConfigRequest) -> DescribeIdentityProviderConfigResponse => identity::describe;
        list_identity_provider_configs(ListIdentityProviderConfigsRequest) -> ListIdentityProviderConfigsResponse => identity::list;
        disassociate_identity_provider_config(DisassociateIdentityProviderConfigRequest) -> DisassociateIdentityProviderConfigResponse => identity::disassociate;
        create_pod_identity_association(CreatePodIdentityAssociationRequest) -> CreatePodIdentityAssociationResponse => identity::create_pia;
        describe_pod_identity_association(DescribePodIdentityAssociationRequest) -> DescribePodIdentityAssociationResponse => identity::describe_pia;
        update_pod_identity_association(UpdatePodIdentityAssociationRequest) -> UpdatePodIdentityAssociationResponse => identity::update_pia;
        delete_pod_identity_association(DeletePodIdentityAssociationRequest) -> DeletePodIdentityAssociationResponse => identity::delete_pia;
        list_pod_identity_associations(ListPodIdentityAssociationsRequest) -> ListPodIdentityAssociationsResponse => identity::list_pia;
        cancel_update(CancelUpdateRequest) -> CancelUpdateResponse => extras::cancel_update;
        associate_encryption_config(AssociateEncryptionConfigRequest) -> AssociateEncryptionConfigResponse => extras::associate_encryption;
        describe_insight(DescribeInsightRequest) -> DescribeInsightResponse => extras::describe_insight;
        list_insights(ListInsightsRequest) -> ListInsightsResponse => extras::list_insights;
        start_insights_refresh(StartInsightsRefreshRequest) -> StartInsightsRefreshResponse => extras::start_refresh;
        describe_insights_refresh(DescribeInsightsRefreshRequest) -> DescribeInsightsRefreshResponse => extras::describe_refresh;
        create_eks_anywhere_subscription(CreateEksAnywhereSubscriptionRequest) -> CreateEksAnywhereSubscriptionResponse => extras::create_subscription;
        describe_eks_anywhere_subscription(DescribeEksAnywhereSubscriptionRequest) -> DescribeEksAnywhereSubscriptionResponse => extras::describe_subscription;
        update_eks_anywhere_subscription(UpdateEksAnywhereSubscriptionRequest) -> UpdateEksAnywhereSubscriptionResponse => extras::update_subscription;
        delete_eks_anywhere_subscription(DeleteEksAnywhereSubscriptionRequest) -> DeleteEksAnywhereSubscriptionResponse => extras::delete_subscription;
        list_eks_anywhere_subscriptions(ListEksAnywhereSubscriptionsRequest) -> ListEksAnywhereSubscriptionsResponse => extras::list_subscriptions;
        create_capability(CreateCapabilityRequest) -> CreateCapabilityResponse => capability::create;
        describe_capability(DescribeCapabilityRequest) -> DescribeCapabilityResponse => capability::describe;
        list_capabilities(ListCapabilitiesRequest) -> ListCapabilitiesResponse => capability::list;
        update_capability(UpdateCapabilityRequest) -> UpdateCapabilityResponse => capability::update;
        delete_capability(DeleteCapabilityRequest) -> DeleteCapabilityResponse => capability::delete;
        create_certificate_authority(CreateCertificateAuthorityRequest) -> CreateCertificateAuthorityResponse => ca::create;
        activate_certificate_authority(ActivateCertificateAuthorityRequest) -> ActivateCertificateAuthorityResponse => ca::activate;
        describe_certificate_authority(DescribeCertificateAuthorityRequest) -> DescribeCertificateAuthorityResponse => ca::describe;
        list_certificate_authorities(ListCertificateAuthoritiesRequest) -> ListCertificateAuthoritiesResponse => ca::list;
        delete_certificate_authority(DeleteCertificateAuthorityRequest) -> DeleteCertificateAuthorityResponse => ca::delete;
        tag_resource(TagResourceRequest) -> TagResourceResponse => tags::tag;
        untag_resource(UntagResourceRequest) -> UntagResourceResponse => tags::untag;
        list_tags_for_resource(ListTagsForResourceRequest) -> ListTagsForResourceResponse => tags::list;
    }
}
