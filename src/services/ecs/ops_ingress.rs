//! The ECS API's gateway, gateway route and Express service operations, as items the
//! `Api` implementation in `ops.rs` takes in (one trait implementation, two files).
//!
//! It never holds behaviour: each operation is handed to `gateways.rs`,
//! `gateway_routes.rs` or `express.rs` inside one `with`.

/// One delegation: the operation, its input and output shapes, and the call.
macro_rules! op {
    ($f:ident, $req:ident, $resp:ident, |$r:ident, $now:ident, $input:ident| $body:expr) => {
        async fn $f(&self, ctx: &Context, $input: $req) -> AwsResult<$resp> {
            self.with(ctx, |$r, env| {
                let $now = env.now;
                let _ = $now;
                $body
            })
        }
    };
}

macro_rules! ingress_ops {
    () => {
        op!(
            create_gateway,
            CreateGatewayRequest,
            CreateGatewayResponse,
            |r, now, input| gateways::create(r, now, input)
        );
        op!(
            update_gateway,
            UpdateGatewayRequest,
            UpdateGatewayResponse,
            |r, now, input| gateways::update(r, now, input)
        );
        op!(
            delete_gateway,
            DeleteGatewayRequest,
            DeleteGatewayResponse,
            |r, now, input| gateways::delete(r, input)
        );
        op!(
            describe_gateway,
            DescribeGatewayRequest,
            DescribeGatewayResponse,
            |r, now, input| gateways::describe(r, now, input)
        );
        op!(
            list_gateways,
            ListGatewaysRequest,
            ListGatewaysResponse,
            |r, now, input| gateways::list(r, now, input)
        );
        op!(
            associate_gateway_with_cluster,
            AssociateGatewayWithClusterRequest,
            AssociateGatewayWithClusterResponse,
            |r, now, input| gateways::associate(r, input)
        );
        op!(
            disassociate_gateway_from_cluster,
            DisassociateGatewayFromClusterRequest,
            DisassociateGatewayFromClusterResponse,
            |r, now, input| gateways::disassociate(r, input)
        );
        op!(
            list_gateway_cluster_associations,
            ListGatewayClusterAssociationsRequest,
            ListGatewayClusterAssociationsResponse,
            |r, now, input| gateways::list_associations(r, input)
        );
        op!(
            describe_gateway_route,
            DescribeGatewayRouteRequest,
            DescribeGatewayRouteResponse,
            |r, now, input| gateway_routes::describe(r, now, input)
        );
        op!(
            list_gateway_routes,
            ListGatewayRoutesRequest,
            ListGatewayRoutesResponse,
            |r, now, input| gateway_routes::list(r, now, input)
        );
        op!(
            describe_gateway_resources,
            DescribeGatewayResourcesRequest,
            DescribeGatewayResourcesResponse,
            |r, now, input| gateway_routes::resources(r, input)
        );
        op!(
            create_express_gateway_service,
            CreateExpressGatewayServiceRequest,
            CreateExpressGatewayServiceResponse,
            |r, now, input| express::create(r, now, input)
        );
        op!(
            update_express_gateway_service,
            UpdateExpressGatewayServiceRequest,
            UpdateExpressGatewayServiceResponse,
            |r, now, input| express::update(r, now, input)
        );
        op!(
            delete_express_gateway_service,
            DeleteExpressGatewayServiceRequest,
            DeleteExpressGatewayServiceResponse,
            |r, now, input| express::delete(r, now, input)
        );
        op!(
            describe_express_gateway_service,
            DescribeExpressGatewayServiceRequest,
            DescribeExpressGatewayServiceResponse,
            |r, now, input| express::describe(r, input)
        );
    };
}

pub(super) use {ingress_ops, op};
