//! Clusters: CreateCluster (CREATING, then ACTIVE with its endpoint, CA and OIDC issuer),
//! DescribeCluster, ListClusters, DeleteCluster (refused while node groups or Fargate
//! profiles remain, or under deletion protection), RegisterCluster and DeregisterCluster,
//! DescribeClusterVersions; updates are in `cluster_update`.
//!
//! It never serves the Kubernetes API itself; `kube` does, once the cluster is ACTIVE.

use serde::{Deserialize, Serialize};

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, check_name, cluster_not_found, in_use, invalid, page, ts};
use super::update;
use super::versions;
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ClusterRec {
    pub c: Cluster,
    pub phase: Phase,
    pub ca_cert: String,
    pub ca_key: String,
    pub port: u16,
    pub registered: bool,
}

fn hex(n: usize) -> String {
    (0..n)
        .map(|_| char::from_digit(fastrand::u32(..16), 16).unwrap_or('0'))
        .collect::<String>()
        .to_uppercase()
}

/// Serves the endpoint of every ACTIVE cluster in storage (at start-up).
pub fn serve_all(eks: &Eks) {
    let Ok(rows) = eks.store.kv.scan(super::state::NS, b"", None, usize::MAX) else {
        return;
    };
    let now = eks.clock.now_millis();
    for (k, v) in rows {
        let parts: Vec<&[u8]> = k.splitn(4, |b| *b == 0x1f).collect();
        let [account, region, table, _] = parts.as_slice() else {
            continue;
        };
        if *table != b"cluster" {
            continue;
        }
        let Ok(rec) = serde_json::from_slice::<ClusterRec>(&v) else {
            continue;
        };
        let ctx = Context::background(
            "eks",
            &String::from_utf8_lossy(account),
            &String::from_utf8_lossy(region),
            eks.clock.clone(),
        );
        let t = Tables::new(&eks.store, &ctx);
        if let Err(e) = view(eks, &t, &rec, now) {
            tracing::error!("eks endpoint at start-up: {}", e.message);
        }
    }
}

/// The cluster at `now`, its finished updates applied; not found once deleted.
pub fn load(eks: &Eks, t: &Tables<'_>, name: &str, now: i64) -> AwsResult<ClusterRec> {
    let mut rec: ClusterRec = t
        .get("cluster", name)?
        .ok_or_else(|| cluster_not_found(name))?;
    if rec.phase.at(now, eks.step_ms).is_none() {
        forget(eks, t, &rec)?;
        return Err(cluster_not_found(name));
    }
    let patched = update::settle(eks, t, name, "", now, &mut rec.c)?;
    if super::ca::settle(eks, t, &mut rec, now)? || patched {
        t.put("cluster", name, &rec)?;
    }
    Ok(rec)
}

fn forget(eks: &Eks, t: &Tables<'_>, rec: &ClusterRec) -> AwsResult<()> {
    let name = rec.c.name.clone().unwrap_or_default();
    eks.kube.stop(&format!("{}|{}|{name}", t.account, t.region));
    update::forget(t, &name)?;
    Ok(t.delete("cluster", &name)?)
}

/// The cluster as EKS shows it at `now`: UPDATING during an update; endpoint and CA once
/// ACTIVE.
pub fn view(eks: &Eks, t: &Tables<'_>, rec: &ClusterRec, now: i64) -> AwsResult<Cluster> {
    let mut c = rec.c.clone();
    let name = c.name.clone().unwrap_or_default();
    let mut status = rec.phase.at(now, eks.step_ms).unwrap_or_default();
    if status == "ACTIVE" && update::busy(eks, t, &name, "", now)? {
        status = "UPDATING".into();
    }
    if matches!(status.as_str(), "ACTIVE" | "UPDATING") && !rec.registered {
        let info = super::kube::ClusterInfo {
            name: name.clone(),
            version: c.version.clone().unwrap_or_default(),
        };
        let key = format!("{}|{}|{name}", t.account, t.region);
        match eks
            .kube
            .ensure(&key, &rec.ca_key, rec.port, info, eks.clock.clone())
        {
            Ok(port) => {
                c.endpoint = Some(format!("https://127.0.0.1:{port}"));
                // The port stays the cluster's across restarts (kubeconfigs name it).
                if port != rec.port {
                    let mut kept = rec.clone();
                    kept.port = port;
                    t.put("cluster", &name, &kept)?;
                }
            }
            Err(e) => tracing::error!("eks cluster {name} endpoint: {e}"),
        }
        let active = rec
            .c
            .certificate_authority
            .as_ref()
            .and_then(|c| c.active.clone());
        c.certificate_authority = Some(Certificate {
            data: Some(base64_pem(&super::ca::bundle(eks, t, rec, now))),
            active,
        });
    } else if !rec.registered {
        c.certificate_authority = Some(Certificate::default());
    }
    c.status = Some(status);
    Ok(c)
}

fn base64_pem(pem: &str) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(pem)
}

fn check_cidr(cidr: &str) -> AwsResult<()> {
    let ok = cidr.split_once('/').is_some_and(|(ip, bits)| {
        let Ok(ip) = ip.parse::<std::net::Ipv4Addr>() else {
            return false;
        };
        let Ok(bits) = bits.parse::<u8>() else {
            return false;
        };
        let o = ip.octets();
        let private =
            o[0] == 10 || (o[0] == 172 && (16..32).contains(&o[1])) || (o[0] == 192 && o[1] == 168);
        private && (12..=24).contains(&bits)
    });
    if ok {
        Ok(())
    } else {
        Err(invalid(format!(
            "The service CIDR {cidr} is not valid: it must be within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16, with a prefix between /12 and /24."
        )))
    }
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateClusterRequest,
) -> AwsResult<CreateClusterResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    check_name("cluster", &name)?;
    if t.get::<ClusterRec>("cluster", &name)?.is_some() && load(eks, &t, &name, now).is_ok() {
        return Err(in_use(format!("Cluster already exists with name: {name}")));
    }
    let version = i.version.unwrap_or_else(|| versions::DEFAULT.into());
    if !versions::supported(&version) {
        return Err(invalid(format!("unsupported Kubernetes version {version}")));
    }
    let vpc = i.resources_vpc_config.unwrap_or_default();
    let subnets = vpc.subnet_ids.clone().unwrap_or_default();
    if subnets.len() < 2 {
        return Err(invalid(
            "Subnets specified must be in at least two different AZs",
        ));
    }
    let net = i.kubernetes_network_config.unwrap_or_default();
    let cidr = net
        .service_ipv4_cidr
        .clone()
        .unwrap_or_else(|| "10.100.0.0/16".into());
    check_cidr(&cidr)?;
    let (ca_cert, ca_key) = super::kube::new_ca().map_err(|e| {
        ErrorCode::ServerException.with(format!("could not make the cluster's CA: {e}"))
    })?;
    let id = hex(32);
    let access = i.access_config.unwrap_or_default();
    let logging = i.logging.unwrap_or(Logging {
        cluster_logging: Some(vec![LogSetup {
            types: Some(
                [
                    "api",
                    "audit",
                    "authenticator",
                    "controllerManager",
                    "scheduler",
                ]
                .map(String::from)
                .to_vec(),
            ),
            enabled: Some(false),
        }]),
    });
    let c = Cluster {
        name: Some(name.clone()),
        arn: Some(t.arn(&format!("cluster/{name}"))),
        created_at: ts(now),
        version: Some(version.clone()),
        role_arn: i.role_arn,
        resources_vpc_config: Some(VpcConfigResponse {
            subnet_ids: Some(subnets),
            security_group_ids: Some(vpc.security_group_ids.unwrap_or_default()),
            cluster_security_group_id: Some(format!("sg-{}", hex(17).to_lowercase())),
            vpc_id: Some(format!("vpc-{}", hex(17).to_lowercase())),
            endpoint_public_access: Some(vpc.endpoint_public_access.unwrap_or(true)),
            endpoint_private_access: Some(vpc.endpoint_private_access.unwrap_or(false)),
            public_access_cidrs: Some(
                vpc.public_access_cidrs
                    .unwrap_or_else(|| vec!["0.0.0.0/0".into()]),
            ),
            control_plane_egress_mode: vpc.control_plane_egress_mode,
        }),
        kubernetes_network_config: Some(KubernetesNetworkConfigResponse {
            service_ipv4_cidr: Some(cidr),
            ip_family: Some(net.ip_family.unwrap_or_else(|| "ipv4".into())),
            elastic_load_balancing: net.elastic_load_balancing,
            ..Default::default()
        }),
        logging: Some(logging),
        identity: Some(Identity {
            oidc: Some(OIDC {
                issuer: Some(format!(
                    "https://oidc.eks.{}.amazonaws.com/id/{id}",
                    t.region
                )),
            }),
        }),
        client_request_token: i.client_request_token,
        platform_version: Some(versions::platform(&version).into()),
        tags: Some(i.tags.unwrap_or_default()),
        encryption_config: i.encryption_config,
        health: Some(ClusterHealth {
            issues: Some(vec![]),
        }),
        access_config: Some(AccessConfigResponse {
            bootstrap_cluster_creator_admin_permissions: Some(
                access
                    .bootstrap_cluster_creator_admin_permissions
                    .unwrap_or(true),
            ),
            authentication_mode: Some(
                access
                    .authentication_mode
                    .unwrap_or_else(|| "API_AND_CONFIG_MAP".into()),
            ),
        }),
        upgrade_policy: Some(UpgradePolicyResponse {
            support_type: Some(
                i.upgrade_policy
                    .and_then(|u| u.support_type)
                    .unwrap_or_else(|| "EXTENDED".into()),
            ),
        }),
        deletion_protection: Some(i.deletion_protection.unwrap_or(false)),
        ..Default::default()
    };
    let rec = ClusterRec {
        c,
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
        ca_cert,
        ca_key,
        port: 0,
        registered: false,
    };
    t.put("cluster", &name, &rec)?;
    if rec
        .c
        .access_config
        .as_ref()
        .and_then(|a| a.bootstrap_cluster_creator_admin_permissions)
        == Some(true)
    {
        super::access::bootstrap_creator(eks, ctx, &t, &name, now)?;
    }
    let mut shown = rec.c.clone();
    shown.status = Some("CREATING".into());
    shown.certificate_authority = Some(Certificate::default());
    Ok(CreateClusterResponse {
        cluster: Some(shown),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeClusterRequest,
) -> AwsResult<DescribeClusterResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let rec = load(eks, &t, i.name.as_deref().unwrap_or_default(), now)?;
    Ok(DescribeClusterResponse {
        cluster: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn list(eks: &Eks, ctx: &Context, i: ListClustersRequest) -> AwsResult<ListClustersResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let all = i.include.iter().flatten().any(|x| x == "all");
    let mut rows = Vec::new();
    for rec in t.all::<ClusterRec>("cluster", "")? {
        let name = rec.c.name.clone().unwrap_or_default();
        if load(eks, &t, &name, now).is_err() || (rec.registered && !all) {
            continue;
        }
        rows.push((name.clone(), name));
    }
    let (clusters, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListClustersResponse {
        clusters: Some(clusters),
        next_token,
    })
}

/// Refuses a change to a cluster that is not ACTIVE.
pub fn active(eks: &Eks, rec: &ClusterRec, now: i64) -> AwsResult<()> {
    let status = view_status(eks, rec, now);
    if status != "ACTIVE" {
        return Err(in_use(format!(
            "Cluster {} is in {status} state.",
            rec.c.name.clone().unwrap_or_default()
        )));
    }
    Ok(())
}

fn view_status(eks: &Eks, rec: &ClusterRec, now: i64) -> String {
    rec.phase.at(now, eks.step_ms).unwrap_or_default()
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteClusterRequest,
) -> AwsResult<DeleteClusterResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    let mut rec = load(eks, &t, &name, now)?;
    if rec.registered {
        return Err(invalid(format!(
            "Cluster {name} is a registered cluster; use DeregisterCluster."
        )));
    }
    if rec.c.deletion_protection == Some(true) {
        return Err(ErrorCode::InvalidRequestException.with(format!(
            "Cluster {name} cannot be deleted because deletion protection is enabled."
        )));
    }
    if super::nodegroup::any(eks, &t, &name, now)? {
        return Err(in_use("Cluster has nodegroups attached"));
    }
    if super::fargate::any(eks, &t, &name, now)? {
        return Err(in_use("Cluster has fargate profiles attached"));
    }
    let mut shown = view(eks, &t, &rec, now)?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("cluster", &name, &rec)?;
    eks.kube.stop(&format!("{}|{}|{name}", t.account, t.region));
    shown.status = Some("DELETING".into());
    Ok(DeleteClusterResponse {
        cluster: Some(shown),
    })
}

pub fn register(
    eks: &Eks,
    ctx: &Context,
    i: RegisterClusterRequest,
) -> AwsResult<RegisterClusterResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    check_name("cluster", &name)?;
    if load(eks, &t, &name, now).is_ok() {
        return Err(in_use(format!("Cluster already exists with name: {name}")));
    }
    let conn = i.connector_config.unwrap_or_default();
    let c = Cluster {
        name: Some(name.clone()),
        arn: Some(t.arn(&format!("cluster/{name}"))),
        created_at: ts(now),
        connector_config: Some(ConnectorConfigResponse {
            activation_id: Some(crate::context::new_request_id()),
            activation_code: Some(hex(20)),
            activation_expiry: ts(now + 3 * 86_400_000),
            provider: conn.provider,
            role_arn: conn.role_arn,
        }),
        tags: Some(i.tags.unwrap_or_default()),
        client_request_token: i.client_request_token,
        ..Default::default()
    };
    let rec = ClusterRec {
        c,
        phase: Phase::stable("PENDING", now),
        registered: true,
        ..Default::default()
    };
    t.put("cluster", &name, &rec)?;
    Ok(RegisterClusterResponse {
        cluster: Some(view(eks, &t, &rec, now)?),
    })
}

pub fn deregister(
    eks: &Eks,
    ctx: &Context,
    i: DeregisterClusterRequest,
) -> AwsResult<DeregisterClusterResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    let mut rec = load(eks, &t, &name, now)?;
    if !rec.registered {
        return Err(invalid(format!(
            "Cluster {name} is not a registered cluster; use DeleteCluster."
        )));
    }
    rec.phase = Phase::new("DELETING", None, now);
    t.put("cluster", &name, &rec)?;
    let mut shown = rec.c.clone();
    shown.status = Some("DELETING".into());
    Ok(DeregisterClusterResponse {
        cluster: Some(shown),
    })
}

pub fn describe_versions(
    _eks: &Eks,
    ctx: &Context,
    i: DescribeClusterVersionsRequest,
) -> AwsResult<DescribeClusterVersionsResponse> {
    let today = crate::types::Timestamp::from_millis(ctx.clock.now_millis()).to_iso8601();
    let today = &today[..10];
    let wanted = i.cluster_versions.clone().unwrap_or_default();
    let rows = versions::VERSIONS
        .iter()
        .filter(|v| wanted.is_empty() || wanted.iter().any(|w| w == v.0))
        .filter(|v| i.default_only != Some(true) || v.0 == versions::DEFAULT)
        .filter(|v| {
            let status = if versions::extended(v.0, today) {
                "EXTENDED_SUPPORT"
            } else {
                "STANDARD_SUPPORT"
            };
            i.version_status.as_ref().is_none_or(|s| s == status)
                && i.status.as_ref().is_none_or(|s| s == status)
        })
        .map(|v| {
            let extended = versions::extended(v.0, today);
            let status = if extended {
                "EXTENDED_SUPPORT"
            } else {
                "STANDARD_SUPPORT"
            };
            let at = |d: &str| crate::types::Timestamp::parse_iso8601(&format!("{d}T00:00:00Z"));
            (
                v.0.to_string(),
                ClusterVersionInformation {
                    cluster_version: Some(v.0.into()),
                    cluster_type: Some("eks".into()),
                    default_platform_version: Some(versions::platform(v.0).into()),
                    default_version: Some(v.0 == versions::DEFAULT),
                    release_date: at(v.1),
                    end_of_standard_support_date: at(v.2),
                    end_of_extended_support_date: at(v.3),
                    status: Some(status.into()),
                    version_status: Some(status.into()),
                    kubernetes_patch_version: Some(
                        versions::git_version(v.0)
                            .trim_start_matches('v')
                            .split('-')
                            .next()
                            .unwrap_or_default()
                            .into(),
                    ),
                    ..Default::default()
                },
            )
        })
        .collect();
    let (cluster_versions, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(DescribeClusterVersionsResponse {
        cluster_versions: Some(cluster_versions),
        next_token,
    })
}
