//! Cloud Map: namespaces, services and instances with their operations on the clock,
//! discovery over the API (awsJson1_1 and rpcv2Cbor), and the DNS answers of the embedded
//! server (`dns`) built from the same records.
//!
//! It never fakes an answer: what it reports is what was registered.

#[rustfmt::skip]
pub mod api;
pub mod dns;
mod instance;
mod namespace;
mod service;
pub mod state;

use std::sync::Arc;

use api::*;
pub use instance::apply_ecs;

use crate::context::Context;
use crate::error::AwsResult;
use crate::storage::Store;

/// The Cloud Map service.
pub struct ServiceDiscovery {
    pub store: Store,
    /// The zones the DNS server answers from, rebuilt after changes.
    pub zones: Arc<dns::Zones>,
}

impl ServiceDiscovery {
    pub fn new(store: Store) -> Self {
        ServiceDiscovery {
            zones: Arc::new(dns::Zones::new(store.clone())),
            store,
        }
    }
}

/// Implements trait operations that hand the store and input to a module function; any
/// success marks the DNS zones stale.
macro_rules! ops {
    ($($op:ident($req:ident) -> $resp:ident => $f:path;)*) => {
        $(async fn $op(&self, ctx: &Context, input: $req) -> AwsResult<$resp> {
            let out = $f(&self.store, ctx, input);
            if out.is_ok() {
                self.zones.stale();
            }
            out
        })*
    };
}

impl Api for ServiceDiscovery {
    async fn update_instance_custom_health_status(
        &self,
        ctx: &Context,
        input: UpdateInstanceCustomHealthStatusRequest,
    ) -> AwsResult<()> {
        instance::update_health(&self.store, ctx, input)?;
        self.zones.stale();
        Ok(())
    }

    ops! {
        create_http_namespace(CreateHttpNamespaceRequest) -> CreateHttpNamespaceResponse => namespace::create_http;
        create_private_dns_namespace(CreatePrivateDnsNamespaceRequest) -> CreatePrivateDnsNamespaceResponse => namespace::create_private;
        create_public_dns_namespace(CreatePublicDnsNamespaceRequest) -> CreatePublicDnsNamespaceResponse => namespace::create_public;
        update_http_namespace(UpdateHttpNamespaceRequest) -> UpdateHttpNamespaceResponse => namespace::update_http;
        update_private_dns_namespace(UpdatePrivateDnsNamespaceRequest) -> UpdatePrivateDnsNamespaceResponse => namespace::update_private;
        update_public_dns_namespace(UpdatePublicDnsNamespaceRequest) -> UpdatePublicDnsNamespaceResponse => namespace::update_public;
        delete_namespace(DeleteNamespaceRequest) -> DeleteNamespaceResponse => namespace::delete;
        get_namespace(GetNamespaceRequest) -> GetNamespaceResponse => namespace::get;
        list_namespaces(ListNamespacesRequest) -> ListNamespacesResponse => namespace::list;
        get_operation(GetOperationRequest) -> GetOperationResponse => namespace::get_operation;
        list_operations(ListOperationsRequest) -> ListOperationsResponse => namespace::list_operations;
        tag_resource(TagResourceRequest) -> TagResourceResponse => namespace::tag;
        untag_resource(UntagResourceRequest) -> UntagResourceResponse => namespace::untag;
        list_tags_for_resource(ListTagsForResourceRequest) -> ListTagsForResourceResponse => namespace::list_tags;
        create_service(CreateServiceRequest) -> CreateServiceResponse => service::create;
        update_service(UpdateServiceRequest) -> UpdateServiceResponse => service::update;
        delete_service(DeleteServiceRequest) -> DeleteServiceResponse => service::delete;
        get_service(GetServiceRequest) -> GetServiceResponse => service::get;
        list_services(ListServicesRequest) -> ListServicesResponse => service::list;
        get_service_attributes(GetServiceAttributesRequest) -> GetServiceAttributesResponse => service::get_attributes;
        update_service_attributes(UpdateServiceAttributesRequest) -> UpdateServiceAttributesResponse => service::update_attributes;
        delete_service_attributes(DeleteServiceAttributesRequest) -> DeleteServiceAttributesResponse => service::delete_attributes;
        register_instance(RegisterInstanceRequest) -> RegisterInstanceResponse => instance::register;
        deregister_instance(DeregisterInstanceRequest) -> DeregisterInstanceResponse => instance::deregister;
        get_instance(GetInstanceRequest) -> GetInstanceResponse => instance::get;
        list_instances(ListInstancesRequest) -> ListInstancesResponse => instance::list;
        get_instances_health_status(GetInstancesHealthStatusRequest) -> GetInstancesHealthStatusResponse => instance::health;
        discover_instances(DiscoverInstancesRequest) -> DiscoverInstancesResponse => instance::discover;
        discover_instances_revision(DiscoverInstancesRevisionRequest) -> DiscoverInstancesRevisionResponse => instance::revision;
    }
}
