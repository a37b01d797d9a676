//! Gateways: CreateGateway, UpdateGateway, DeleteGateway, DescribeGateway, ListGateways,
//! and their cluster associations (AssociateGatewayWithCluster,
//! DisassociateGatewayFromCluster, ListGatewayClusterAssociations). A gateway is shared
//! ingress: services of an associated cluster connect to it (`gateway_routes.rs`).
//!
//! It never provisions anything: the load balancer a gateway "provisions" is a set of ARNs
//! that appears with its first route, because Dockside does not emulate ELBv2 yet.

use super::api::*;
use super::cluster;
use super::ingress::{self, Association, GatewayRec, SETTLE_MS};
use super::names;
use super::paging;
use super::state::Region;
use crate::error::{AwsError, AwsResult};
use crate::types::Timestamp;

/// How many gateways one cluster can be associated with.
const PER_CLUSTER: usize = 5;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

fn not_found() -> AwsError {
    ErrorCode::GatewayNotFoundException.with("The specified gateway does not exist.")
}

/// A gateway's name from its name or ARN (`arn:aws:ecs:<region>:<account>:gateway/<name>`).
pub fn name_of(r: &Region, given: &str) -> AwsResult<String> {
    names::gateway(given, &r.account, &r.region)
}

/// The name of an existing gateway, or GatewayNotFoundException.
pub fn find(r: &Region, given: &str) -> AwsResult<String> {
    let name = name_of(r, given)?;
    if r.ingress.gateways.contains_key(&name) {
        Ok(name)
    } else {
        Err(not_found())
    }
}

/// The gateway's status at `now`.
fn status(g: &GatewayRec, now: i64) -> &'static str {
    match g.updating_until {
        Some(t) if now < t => "UPDATE_IN_PROGRESS",
        Some(_) => "UPDATE_COMPLETE",
        None => "ACTIVE",
    }
}

/// The load balancers a gateway has at `now`: one once a route uses it.
pub fn alb_count(r: &Region, name: &str) -> i32 {
    i32::from(r.ingress.routes.values().any(|x| x.gateway == name))
}

/// The gateway as DescribeGateway shows it.
pub fn describe_one(r: &Region, name: &str, now: i64) -> Gateway {
    let g = &r.ingress.gateways[name];
    let mut out = g.gateway.clone();
    out.status = Some(status(g, now).into());
    if let Some(alb) = out
        .configuration
        .as_mut()
        .and_then(|c| c.host_shared_alb.as_mut())
    {
        alb.current_alb_count = Some(alb_count(r, name));
    }
    out
}

/// The access type of a gateway: PUBLIC for an internet-facing load balancer.
pub fn access_type(g: &GatewayRec) -> String {
    g.gateway
        .access_type
        .clone()
        .unwrap_or_else(|| "PUBLIC".into())
}

pub fn check_role(arn: &str) -> AwsResult<()> {
    let ok = arn
        .strip_prefix("arn:aws:iam::")
        .and_then(|rest| rest.split_once(":role/"))
        .is_some_and(|(acct, role)| {
            acct.len() == 12 && acct.bytes().all(|b| b.is_ascii_digit()) && !role.is_empty()
        });
    if ok {
        Ok(())
    } else {
        Err(invalid(format!(
            "The infrastructure role ARN {arn} is not a valid IAM role ARN."
        )))
    }
}

fn check_alb(c: &DescribeGatewayAlbConfiguration) -> AwsResult<()> {
    if c.port.is_some_and(|p| !(1..=65535).contains(&p)) {
        return Err(invalid("port must be between 1 and 65535."));
    }
    if c.max_alb_count.is_some_and(|n| !(1..=20).contains(&n)) {
        return Err(invalid("maxAlbCount must be between 1 and 20."));
    }
    if let Some(h) = c
        .test_traffic_rules
        .as_ref()
        .and_then(|t| t.header.as_ref())
        && h.values.as_deref().unwrap_or_default().is_empty()
    {
        return Err(invalid("testTrafficRules.header.values must not be empty."));
    }
    Ok(())
}

pub fn create(
    r: &mut Region,
    now: i64,
    input: CreateGatewayRequest,
) -> AwsResult<CreateGatewayResponse> {
    let name = input.name.unwrap_or_default();
    if !names::valid_name(&name) {
        return Err(invalid(
            "Gateway name can contain only letters, numbers, underscores and hyphens, and be up to 255 characters long.",
        ));
    }
    if let Some(existing) = r.ingress.gateways.get(&name) {
        if input.client_token.is_some() && existing.client_token == input.client_token {
            return Ok(CreateGatewayResponse {
                gateway_arn: existing.gateway.gateway_arn.clone(),
                name: Some(name),
                status: Some(status(existing, now).into()),
            });
        }
        return Err(invalid(format!("A gateway named {name} already exists.")));
    }
    let role = input.infrastructure_role_arn.unwrap_or_default();
    check_role(&role)?;
    let Some(given) = input.configuration.and_then(|c| c.host_shared_alb) else {
        return Err(invalid(
            "Exactly one gateway configuration must be specified: hostSharedAlb.",
        ));
    };
    let protocol = given.protocol.unwrap_or_else(|| "HTTPS".into());
    let scheme = given.scheme.unwrap_or_else(|| "internet-facing".into());
    let mut network = given.network_configuration.unwrap_or_default();
    network.ip_address_type.get_or_insert_with(|| "ipv4".into());
    let alb = DescribeGatewayAlbConfiguration {
        network_configuration: Some(network),
        port: Some(
            given
                .port
                .unwrap_or(if protocol == "HTTP" { 80 } else { 443 }),
        ),
        protocol: Some(protocol),
        scheme: Some(scheme),
        access_logs: given.access_logs,
        web_acl_arn: given.web_acl_arn,
        max_alb_count: Some(given.max_alb_count.unwrap_or(1)),
        current_alb_count: Some(0),
        http_desync: Some(given.http_desync.unwrap_or_else(|| "defensive".into())),
        test_traffic_rules: given.test_traffic_rules,
    };
    check_alb(&alb)?;
    let at = Some(Timestamp::from_millis(now));
    let gateway = Gateway {
        gateway_arn: Some(r.arn(&format!("gateway/{name}"))),
        name: Some(name.clone()),
        status: Some("ACTIVE".into()),
        infrastructure_role_arn: Some(role),
        deletion_protection: Some(input.deletion_protection.unwrap_or(false)),
        access_type: Some(
            if alb.scheme.as_deref() == Some("internal") {
                "PRIVATE"
            } else {
                "PUBLIC"
            }
            .into(),
        ),
        configuration: Some(DescribeGatewayConfiguration {
            host_shared_alb: Some(alb),
        }),
        propagate_tags: Some(input.propagate_tags.unwrap_or_else(|| "NONE".into())),
        tags: Some(input.tags.unwrap_or_default()),
        created_at: at,
        updated_at: at,
        ..Default::default()
    };
    let rec = GatewayRec {
        gateway,
        client_token: input.client_token,
        clusters: Default::default(),
        alb_id: ingress::hex(16),
        listener_id: ingress::hex(16),
        security_group: format!("sg-{}", ingress::hex(17)),
        updating_until: None,
    };
    let out = CreateGatewayResponse {
        gateway_arn: rec.gateway.gateway_arn.clone(),
        name: Some(name.clone()),
        status: Some("ACTIVE".into()),
    };
    r.ingress.gateways.insert(name.clone(), rec);
    r.ingress.touch("gateway", &name);
    Ok(out)
}

pub fn update(
    r: &mut Region,
    now: i64,
    input: UpdateGatewayRequest,
) -> AwsResult<UpdateGatewayResponse> {
    let name = find(r, input.gateway.as_deref().unwrap_or_default())?;
    if let Some(role) = &input.infrastructure_role_arn {
        check_role(role)?;
    }
    let mut g = r.ingress.gateways[&name].gateway.clone();
    if let Some(v) = input.infrastructure_role_arn {
        g.infrastructure_role_arn = Some(v);
    }
    if let Some(v) = input.deletion_protection {
        g.deletion_protection = Some(v);
    }
    if let Some(v) = input.propagate_tags {
        g.propagate_tags = Some(v);
    }
    if let Some(u) = input.configuration.and_then(|c| c.host_shared_alb) {
        let alb = g
            .configuration
            .get_or_insert_with(Default::default)
            .host_shared_alb
            .get_or_insert_with(Default::default);
        if let Some(sg) = u
            .network_configuration
            .and_then(|n| n.inbound_security_group)
        {
            alb.network_configuration
                .get_or_insert_with(Default::default)
                .inbound_security_group = Some(sg);
        }
        if let Some(n) = u.max_alb_count {
            if n < alb_count(r, &name) {
                return Err(invalid(
                    "maxAlbCount cannot be lower than the number of load balancers the gateway uses.",
                ));
            }
            alb.max_alb_count = Some(n);
        }
        if let Some(v) = u.web_acl_arn {
            alb.web_acl_arn = Some(v);
        }
        if let Some(v) = u.access_logs {
            alb.access_logs = Some(v);
        }
        if let Some(v) = u.http_desync {
            alb.http_desync = Some(v);
        }
        if let Some(v) = u.test_traffic_rules {
            alb.test_traffic_rules = Some(v);
        }
        check_alb(alb)?;
    }
    g.updated_at = Some(Timestamp::from_millis(now));
    let rec = r.ingress.gateways.get_mut(&name).expect("found");
    rec.gateway = g;
    rec.updating_until = Some(now + SETTLE_MS);
    let out = UpdateGatewayResponse {
        gateway_arn: rec.gateway.gateway_arn.clone(),
        name: Some(name.clone()),
        status: Some("UPDATE_IN_PROGRESS".into()),
    };
    r.ingress.touch("gateway", &name);
    Ok(out)
}

pub fn delete(r: &mut Region, input: DeleteGatewayRequest) -> AwsResult<DeleteGatewayResponse> {
    let name = find(r, input.gateway.as_deref().unwrap_or_default())?;
    let g = &r.ingress.gateways[&name];
    if g.gateway.deletion_protection == Some(true) {
        return Err(ErrorCode::ClientException.with(
            "The gateway has deletion protection enabled. Disable deletion protection before deleting the gateway.",
        ));
    }
    let linked: Vec<&String> = g
        .clusters
        .keys()
        .filter(|c| r.ingress.association_status(&name, c).as_deref() != Some("INACTIVE"))
        .collect();
    if let Some(c) = linked.first() {
        return Err(ErrorCode::ClientException.with(format!(
            "The gateway is still associated with cluster {c}. Disassociate all clusters before deleting the gateway."
        )));
    }
    let arn = g.gateway.gateway_arn.clone();
    r.ingress.gateways.remove(&name);
    r.ingress.touch("gateway", &name);
    Ok(DeleteGatewayResponse {
        gateway_arn: arn,
        name: Some(name),
        status: Some("DELETED".into()),
    })
}

pub fn describe(
    r: &Region,
    now: i64,
    input: DescribeGatewayRequest,
) -> AwsResult<DescribeGatewayResponse> {
    let name = find(r, input.gateway.as_deref().unwrap_or_default())?;
    Ok(DescribeGatewayResponse {
        gateway: Some(describe_one(r, &name, now)),
    })
}

pub fn list(r: &Region, now: i64, input: ListGatewaysRequest) -> AwsResult<ListGatewaysResponse> {
    let names = input.names.unwrap_or_default();
    let statuses = input.status.unwrap_or_default();
    let items = r.ingress.gateways.iter().filter_map(|(n, g)| {
        let st = status(g, now);
        let keep = (names.is_empty() || names.contains(n))
            && (statuses.is_empty() || statuses.iter().any(|s| s == st));
        keep.then(|| {
            (
                n.clone(),
                GatewaySummary {
                    gateway_arn: g.gateway.gateway_arn.clone(),
                    name: Some(n.clone()),
                    status: Some(st.into()),
                    created_at: g.gateway.created_at,
                },
            )
        })
    });
    let (gateways, next_token) =
        paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListGatewaysResponse {
        gateways: Some(gateways),
        next_token,
    })
}

pub fn associate(
    r: &mut Region,
    input: AssociateGatewayWithClusterRequest,
) -> AwsResult<AssociateGatewayWithClusterResponse> {
    let name = find(r, input.gateway.as_deref().unwrap_or_default())?;
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let linked = r
        .ingress
        .gateways
        .keys()
        .filter(|g| *g != &name)
        .filter(|g| {
            r.ingress
                .association_status(g, &cluster)
                .is_some_and(|s| s != "INACTIVE")
        })
        .count();
    if linked >= PER_CLUSTER {
        return Err(ErrorCode::ClientException.with(format!(
            "The cluster {cluster} is already associated with {PER_CLUSTER} gateways, the most a cluster can have."
        )));
    }
    let rec = r.ingress.gateways.get_mut(&name).expect("found");
    rec.clusters.insert(
        cluster.clone(),
        Association {
            status: "ACTIVE".into(),
        },
    );
    let out = AssociateGatewayWithClusterResponse {
        gateway_arn: rec.gateway.gateway_arn.clone(),
        cluster_arn: Some(r.arn(&format!("cluster/{cluster}"))),
        status: Some("ACTIVE".into()),
    };
    r.ingress.touch("gateway", &name);
    Ok(out)
}

pub fn disassociate(
    r: &mut Region,
    input: DisassociateGatewayFromClusterRequest,
) -> AwsResult<DisassociateGatewayFromClusterResponse> {
    let name = find(r, input.gateway.as_deref().unwrap_or_default())?;
    // A cluster deleted since it was associated can still be let go of.
    let given = names::cluster(input.cluster.as_deref(), &r.account, &r.region)?;
    let cluster = if r.ingress.gateways[&name].clusters.contains_key(&given) {
        given
    } else {
        cluster::active(r, Some(&given))?
    };
    match r.ingress.association_status(&name, &cluster).as_deref() {
        None | Some("INACTIVE") => {
            return Err(ErrorCode::ResourceNotFoundException.with(format!(
                "The gateway {name} is not associated with the cluster {cluster}."
            )));
        }
        _ => {}
    }
    let rec = r.ingress.gateways.get_mut(&name).expect("found");
    rec.clusters.insert(
        cluster.clone(),
        Association {
            status: "DISASSOCIATING".into(),
        },
    );
    let out = DisassociateGatewayFromClusterResponse {
        gateway_arn: rec.gateway.gateway_arn.clone(),
        cluster_arn: Some(r.arn(&format!("cluster/{cluster}"))),
        status: Some("DISASSOCIATING".into()),
    };
    r.ingress.touch("gateway", &name);
    Ok(out)
}

pub fn list_associations(
    r: &Region,
    input: ListGatewayClusterAssociationsRequest,
) -> AwsResult<ListGatewayClusterAssociationsResponse> {
    let gateway = input
        .gateway
        .as_deref()
        .map(|g| name_of(r, g))
        .transpose()?;
    let cluster = input
        .cluster
        .as_deref()
        .map(|c| names::cluster(Some(c), &r.account, &r.region))
        .transpose()?;
    let statuses = input.status.unwrap_or_default();
    let mut items = Vec::new();
    for (g, rec) in &r.ingress.gateways {
        if gateway.as_ref().is_some_and(|x| x != g) {
            continue;
        }
        for c in rec.clusters.keys() {
            if cluster.as_ref().is_some_and(|x| x != c) {
                continue;
            }
            let st = r.ingress.association_status(g, c).unwrap_or_default();
            if !statuses.is_empty() && !statuses.contains(&st) {
                continue;
            }
            items.push((
                format!("{g}/{c}"),
                GatewayClusterAssociationSummary {
                    gateway_arn: rec.gateway.gateway_arn.clone(),
                    cluster_arn: Some(r.arn(&format!("cluster/{c}"))),
                    status: Some(st),
                },
            ));
        }
    }
    let (list, next_token) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListGatewayClusterAssociationsResponse {
        gateway_cluster_associations: Some(list),
        next_token,
    })
}
