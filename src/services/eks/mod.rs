//! EKS: clusters (with a Kubernetes API endpoint per ACTIVE cluster, `kube`), updates, node
//! groups, Fargate profiles, add-ons and their catalogue, access entries and policies,
//! identity provider configs, pod identity associations and tags; state in storage, statuses
//! settling on the clock. Operations not emulated yet answer the uniform not-implemented
//! error; it never fakes success.

mod access;
mod addon;
#[rustfmt::skip]
pub mod api;
mod cluster;
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
    pub fn new(store: Store, clock: Clock, step: std::time::Duration) -> Self {
        Eks {
            store,
            clock,
            step_ms: step.as_millis() as i64,
            kube: Arc::default(),
        }
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
        update_cluster_version(UpdateClusterVersionRequest) -> UpdateClusterVersionResponse => cluster::update_version;
        update_cluster_config(UpdateClusterConfigRequest) -> UpdateClusterConfigResponse => cluster::update_config;
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
    }
}
