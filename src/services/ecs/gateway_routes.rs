//! Gateway routes: a service's gateway connector (`gatewayConnectors` of CreateService and
//! UpdateService) checked against the gateways of its cluster, the routes kept in step with
//! it (one per compatible gateway, each with its own HTTPS host name), DescribeGatewayRoute,
//! ListGatewayRoutes, DescribeGatewayResources, and the connections a service revision shows.
//!
//! It never carries traffic: a route's URL and its load balancer resources are names,
//! because Dockside does not emulate ELBv2 yet.

use super::api::*;
use super::gateways;
use super::ingress::{self, GatewayRec, RouteRec, route_status};
use super::paging;
use super::state::Region;
use crate::error::{AwsError, AwsResult};

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

/// The gateways of `cluster` a connector can use: ACTIVE associations whose access type
/// the connector's filter allows.
fn compatible(r: &Region, cluster: &str, c: &GatewayConnector) -> Vec<String> {
    let allowed = c.filters.as_ref().and_then(|f| f.access_types.clone());
    r.ingress
        .gateways
        .iter()
        .filter(|(n, _)| r.ingress.association_status(n, cluster).as_deref() == Some("ACTIVE"))
        .filter(|(_, g)| {
            allowed
                .as_ref()
                .is_none_or(|a| a.is_empty() || a.contains(&gateways::access_type(g)))
        })
        .map(|(n, _)| n.clone())
        .collect()
}

/// Checks a service's gateway connectors against its task definition and cluster.
pub fn check(
    r: &Region,
    cluster: &str,
    def: Option<&TaskDefinition>,
    connectors: &[GatewayConnector],
) -> AwsResult<()> {
    let Some(c) = connectors.first() else {
        return Ok(());
    };
    if connectors.len() > 1 {
        return Err(invalid("A service can have at most one gateway connector."));
    }
    let Some(def) = def else {
        return Err(invalid(
            "A gateway connector requires the service to have a task definition.",
        ));
    };
    if def.network_mode.as_deref() != Some("awsvpc") {
        return Err(invalid(
            "Gateway connectors require a task definition that uses the awsvpc network mode.",
        ));
    }
    let port = c.port_name.as_deref().unwrap_or_default();
    let named = def
        .container_definitions
        .iter()
        .flatten()
        .flat_map(|d| d.port_mappings.iter().flatten())
        .any(|p| p.name.as_deref() == Some(port));
    if !named {
        return Err(invalid(format!(
            "The gateway connector's portName {port} does not match a named port mapping in the task definition."
        )));
    }
    if let Some(t) = c
        .health_check
        .as_ref()
        .and_then(|h| h.health_check_timeout_seconds)
        && !(2..=120).contains(&t)
    {
        return Err(invalid(
            "healthCheckTimeoutSeconds must be between 2 and 120.",
        ));
    }
    if compatible(r, cluster, c).is_empty() {
        let any = r
            .ingress
            .gateways
            .keys()
            .any(|n| r.ingress.association_status(n, cluster).as_deref() == Some("ACTIVE"));
        return Err(invalid(if any {
            format!(
                "No gateway associated with the cluster {cluster} matches the gateway connector's access types."
            )
        } else {
            format!(
                "No gateway is associated with the cluster {cluster}. Associate a gateway with the cluster before adding a gateway connector."
            )
        }));
    }
    Ok(())
}

/// Brings a service's routes in line with its connector: routes to gateways it no longer
/// uses go, new ones are created, a changed port updates the route.
pub fn sync(r: &mut Region, now: i64, key: &(String, String)) {
    let (cluster, service) = key;
    let want: Vec<(String, String)> = match r.services.get(key) {
        Some(rec) if rec.service.status.as_deref() == Some("ACTIVE") => rec
            .gateway_connectors
            .iter()
            .flat_map(|c| {
                let port = c.port_name.clone().unwrap_or_default();
                compatible(r, cluster, c)
                    .into_iter()
                    .map(move |g| (g, port.clone()))
            })
            .collect(),
        _ => Vec::new(),
    };
    let mine: Vec<String> = r
        .ingress
        .routes
        .iter()
        .filter(|(_, x)| &x.cluster == cluster && &x.service == service)
        .map(|(id, _)| id.clone())
        .collect();
    for id in &mine {
        let x = &r.ingress.routes[id];
        match want.iter().find(|(g, _)| *g == x.gateway) {
            None => {
                r.ingress.routes.remove(id);
                r.ingress.touch("gwroute", id);
            }
            Some((_, port)) if *port != x.port_name => {
                let x = r.ingress.routes.get_mut(id).expect("present");
                x.port_name = port.clone();
                x.status = "UPDATE_IN_PROGRESS".into();
                x.since = now;
                r.ingress.touch("gwroute", id);
            }
            Some(_) => {}
        }
    }
    for (g, port) in want {
        if r.ingress
            .routes_of(&g, cluster)
            .any(|x| &x.service == service)
        {
            continue;
        }
        let id = ingress::hex(32);
        let host = service.to_ascii_lowercase().replace('_', "-");
        let rec = RouteRec {
            access_type: gateways::access_type(&r.ingress.gateways[&g]),
            url: format!("https://{host}-{}.ecs.{}.on.aws", &id[..8], r.region),
            gateway: g,
            cluster: cluster.clone(),
            service: service.clone(),
            port_name: port,
            status: "CREATE_IN_PROGRESS".into(),
            since: now,
            rule_id: ingress::hex(16),
            target_group: ingress::hex(16),
        };
        r.ingress.routes.insert(id.clone(), rec);
        r.ingress.touch("gwroute", &id);
    }
}

fn route_arn(r: &Region, id: &str, x: &RouteRec) -> String {
    r.arn(&format!("gateway-route/{}/{id}", x.gateway))
}

fn lb_name(g: &GatewayRec) -> String {
    let name = g.gateway.name.as_deref().unwrap_or_default();
    let short: String = name.chars().take(20).collect();
    format!("ecs-gw-{}", short.replace('_', "-"))
}

fn elb(r: &Region, resource: &str) -> String {
    format!(
        "arn:aws:elasticloadbalancing:{}:{}:{resource}",
        r.region, r.account
    )
}

fn lb_arn(r: &Region, g: &GatewayRec) -> String {
    elb(r, &format!("loadbalancer/app/{}/{}", lb_name(g), g.alb_id))
}

fn listener_arn(r: &Region, g: &GatewayRec) -> String {
    elb(
        r,
        &format!("listener/app/{}/{}/{}", lb_name(g), g.alb_id, g.listener_id),
    )
}

fn sg_arn(r: &Region, sg: &str) -> String {
    format!("arn:aws:ec2:{}:{}:security-group/{sg}", r.region, r.account)
}

fn certificate_arn(r: &Region, g: &GatewayRec) -> String {
    let h = format!("{}{}", g.alb_id, g.listener_id);
    format!(
        "arn:aws:acm:{}:{}:certificate/{}-{}-{}-{}-{}",
        r.region,
        r.account,
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

fn rule_arn(r: &Region, g: &GatewayRec, x: &RouteRec) -> String {
    elb(
        r,
        &format!(
            "listener-rule/app/{}/{}/{}/{}",
            lb_name(g),
            g.alb_id,
            g.listener_id,
            x.rule_id
        ),
    )
}

fn id_of(r: &Region, arn: &str) -> AwsResult<String> {
    let missing =
        || ErrorCode::ResourceNotFoundException.with("The specified gateway route does not exist.");
    let rest = arn
        .strip_prefix(&r.arn("gateway-route/"))
        .ok_or_else(missing)?;
    let id = rest.rsplit('/').next().unwrap_or_default();
    if r.ingress.routes.contains_key(id) {
        Ok(id.to_string())
    } else {
        Err(missing())
    }
}

pub fn describe(
    r: &Region,
    now: i64,
    input: DescribeGatewayRouteRequest,
) -> AwsResult<DescribeGatewayRouteResponse> {
    let id = id_of(r, input.gateway_route_arn.as_deref().unwrap_or_default())?;
    let x = &r.ingress.routes[&id];
    let g = r.ingress.gateways.get(&x.gateway).ok_or_else(|| {
        ErrorCode::ResourceNotFoundException.with("The specified gateway route does not exist.")
    })?;
    let alb = GatewayRouteAlbResources {
        acm_certificate_arn: Some(certificate_arn(r, g)),
        load_balancer_arn: Some(lb_arn(r, g)),
        listener_arn: Some(listener_arn(r, g)),
        listener_rule_arn: Some(rule_arn(r, g, x)),
        test_listener_rule_arns: Some(vec![]),
        load_balancer_security_groups: Some(vec![GatewayRouteLoadBalancerSecurityGroup {
            arn: Some(sg_arn(r, &g.security_group)),
            rule_arns: Some(vec![]),
        }]),
        service_security_group_arn: None,
    };
    Ok(DescribeGatewayRouteResponse {
        gateway_route: Some(GatewayRoute {
            gateway_route_arn: Some(route_arn(r, &id, x)),
            service_arn: Some(r.arn(&format!("service/{}/{}", x.cluster, x.service))),
            service_container_port_name: Some(x.port_name.clone()),
            status: Some(route_status(x, now)),
            service_url: Some(x.url.clone()),
            resources: Some(GatewayRouteResources {
                host_shared_alb: Some(vec![alb]),
            }),
        }),
    })
}

pub fn list(
    r: &Region,
    now: i64,
    input: ListGatewayRoutesRequest,
) -> AwsResult<ListGatewayRoutesResponse> {
    let gateway = input
        .gateway
        .as_deref()
        .map(|g| gateways::find(r, g))
        .transpose()?;
    let cluster = input
        .cluster
        .as_deref()
        .map(|c| super::names::cluster(Some(c), &r.account, &r.region))
        .transpose()?;
    let service = input
        .service
        .as_deref()
        .map(|s| super::names::service(s, &r.account, &r.region))
        .transpose()?;
    let statuses = input.status.unwrap_or_default();
    let mut items: Vec<(String, GatewayRouteSummary)> = r
        .ingress
        .routes
        .iter()
        .filter(|(_, x)| gateway.as_ref().is_none_or(|g| *g == x.gateway))
        .filter(|(_, x)| cluster.as_ref().is_none_or(|c| *c == x.cluster))
        .filter(|(_, x)| {
            service
                .as_ref()
                .is_none_or(|(c, s)| *s == x.service && c.as_ref().is_none_or(|c| *c == x.cluster))
        })
        .filter(|(_, x)| {
            input
                .service_container_port_name
                .as_ref()
                .is_none_or(|p| *p == x.port_name)
        })
        .filter_map(|(id, x)| {
            let st = route_status(x, now);
            (statuses.is_empty() || statuses.contains(&st)).then(|| {
                (
                    format!("{}/{}/{}/{id}", x.gateway, x.cluster, x.service),
                    GatewayRouteSummary {
                        gateway_route_arn: Some(route_arn(r, id, x)),
                        gateway_arn: r
                            .ingress
                            .gateways
                            .get(&x.gateway)
                            .and_then(|g| g.gateway.gateway_arn.clone()),
                        cluster_arn: Some(r.arn(&format!("cluster/{}", x.cluster))),
                        service_arn: Some(r.arn(&format!("service/{}/{}", x.cluster, x.service))),
                        service_container_port_name: Some(x.port_name.clone()),
                        status: Some(st),
                    },
                )
            })
        })
        .collect();
    items.sort_by(|a, b| a.0.cmp(&b.0));
    let (list, next_token) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListGatewayRoutesResponse {
        gateway_routes: Some(list),
        next_token,
    })
}

pub fn resources(
    r: &Region,
    input: DescribeGatewayResourcesRequest,
) -> AwsResult<DescribeGatewayResourcesResponse> {
    let name = gateways::find(r, input.gateway.as_deref().unwrap_or_default())?;
    let g = &r.ingress.gateways[&name];
    let routes: Vec<String> = r
        .ingress
        .routes
        .iter()
        .filter(|(_, x)| x.gateway == name)
        .map(|(id, x)| route_arn(r, id, x))
        .collect();
    let albs = (!routes.is_empty()).then(|| {
        (
            g.alb_id.clone(),
            ElbGatewayResources {
                load_balancer_arn: Some(lb_arn(r, g)),
                listener_arn: Some(listener_arn(r, g)),
                security_group: Some(g.security_group.clone()),
                gateway_route_arns: Some(routes),
            },
        )
    });
    let (list, next_token) = paging::page(albs, input.max_results, input.next_token.as_deref())?;
    Ok(DescribeGatewayResourcesResponse {
        gateway_resources: Some(GatewayResources {
            gateway_arn: g.gateway.gateway_arn.clone(),
            resources: Some(GatewayInfrastructureResources {
                host_shared_alb: Some(list),
            }),
        }),
        next_token,
    })
}

/// The gateway connections of a service, as its revisions show them.
pub fn connections(r: &Region, now: i64, key: &(String, String)) -> Vec<GatewayConnection> {
    r.ingress
        .routes
        .iter()
        .filter(|(_, x)| x.cluster == key.0 && x.service == key.1)
        .filter_map(|(id, x)| {
            let g = r.ingress.gateways.get(&x.gateway)?;
            Some(GatewayConnection {
                gateway_arn: g.gateway.gateway_arn.clone(),
                gateway_route_arn: Some(route_arn(r, id, x)),
                port_name: Some(x.port_name.clone()),
                service_url: Some(x.url.clone()),
                access_type: Some(x.access_type.clone()),
                status: Some(route_status(x, now)),
                resources: Some(GatewayConnectionResources {
                    host_shared_alb: Some(vec![GatewayConnectionAlbResources {
                        acm_certificate_arn: Some(certificate_arn(r, g)),
                        load_balancer_arn: Some(lb_arn(r, g)),
                        load_balancer_security_group_arns: Some(vec![sg_arn(r, &g.security_group)]),
                        listener_arn: Some(listener_arn(r, g)),
                        listener_rule_arn: Some(rule_arn(r, g, x)),
                        test_listener_rule_arn: None,
                        target_group_arn: Some(elb(
                            r,
                            &format!(
                                "targetgroup/ecs-gw-tg-{}/{}",
                                &x.target_group[..8],
                                x.target_group
                            ),
                        )),
                        alternate_target_group_arn: None,
                    }]),
                }),
            })
        })
        .collect()
}
