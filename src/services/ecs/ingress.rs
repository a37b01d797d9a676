//! The records of ECS ingress: gateways with their cluster associations, the gateway routes
//! that connect services to them, and Express services; kept in each region and written
//! through to storage (tables `gateway`, `gwroute`, `express`) as they change.
//!
//! It never decides what a gateway, a route or an Express service does: `gateways.rs`,
//! `gateway_routes.rs` and `express.rs` do.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::api;
use crate::error::{AwsError, AwsResult};
use crate::storage::{Batch, key};

/// How long the work a gateway change starts takes (UPDATE_IN_PROGRESS, a route's
/// CREATE_IN_PROGRESS) before it completes, in milliseconds of clock time.
pub const SETTLE_MS: i64 = 3_000;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct GatewayRec {
    /// The gateway as described, without its status and ALB count (computed when read).
    pub gateway: api::Gateway,
    pub client_token: Option<String>,
    /// Cluster name → the association with it.
    pub clusters: BTreeMap<String, Association>,
    /// The id of the load balancer the gateway provisions once a route needs one.
    pub alb_id: String,
    /// The id of its listener and of its security group.
    pub listener_id: String,
    pub security_group: String,
    /// The last UpdateGateway completes at this time.
    pub updating_until: Option<i64>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Association {
    /// ACTIVE, or DISASSOCIATING (INACTIVE once no route of the cluster is left).
    pub status: String,
}

/// One gateway route: a service's connection to a gateway.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RouteRec {
    pub gateway: String,
    pub cluster: String,
    pub service: String,
    pub port_name: String,
    pub access_type: String,
    pub url: String,
    /// CREATE_IN_PROGRESS or UPDATE_IN_PROGRESS until `since` + SETTLE_MS, then ACTIVE.
    pub status: String,
    pub since: i64,
    pub rule_id: String,
    pub target_group: String,
}

/// An Express service: the ECS service it manages and the configurations it deployed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExpressRec {
    pub cluster: String,
    pub service: String,
    pub infrastructure_role_arn: String,
    pub created_at: i64,
    pub updated_at: i64,
    /// Every configuration deployed, oldest first.
    pub configs: Vec<api::ExpressGatewayServiceConfiguration>,
}

#[derive(Debug, Default)]
pub struct Ingress {
    /// Gateways by name.
    pub gateways: BTreeMap<String, GatewayRec>,
    /// Gateway routes by id.
    pub routes: BTreeMap<String, RouteRec>,
    /// Express services by `cluster/service`.
    pub express: BTreeMap<String, ExpressRec>,
    dirty: BTreeSet<(&'static str, String)>,
}

impl Ingress {
    pub fn touch(&mut self, table: &'static str, id: &str) {
        self.dirty.insert((table, id.to_string()));
    }

    /// Serialises every changed record into `batch`.
    pub fn flush(&mut self, account: &str, region: &str, batch: &mut Batch) -> AwsResult<()> {
        for (table, id) in std::mem::take(&mut self.dirty) {
            let value = match table {
                "gateway" => self.gateways.get(&id).map(serde_json::to_vec),
                "gwroute" => self.routes.get(&id).map(serde_json::to_vec),
                _ => self.express.get(&id).map(serde_json::to_vec),
            };
            let k = key(account, region, table, &id);
            match value {
                Some(v) => batch.put(k, v.map_err(AwsError::internal)?),
                None => batch.delete(k),
            };
        }
        Ok(())
    }

    /// Reads one record back (at start-up); false when the table is not one of ingress.
    pub fn load(&mut self, table: &[u8], id: &[u8], v: &[u8]) -> AwsResult<bool> {
        let id = String::from_utf8_lossy(id).into_owned();
        let bad = |e: serde_json::Error| AwsError::internal(format!("ecs record unreadable: {e}"));
        match table {
            b"gateway" => {
                self.gateways
                    .insert(id, serde_json::from_slice(v).map_err(bad)?);
            }
            b"gwroute" => {
                self.routes
                    .insert(id, serde_json::from_slice(v).map_err(bad)?);
            }
            b"express" => {
                self.express
                    .insert(id, serde_json::from_slice(v).map_err(bad)?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The routes of a gateway on a cluster.
    pub fn routes_of(&self, gateway: &str, cluster: &str) -> impl Iterator<Item = &RouteRec> {
        self.routes
            .values()
            .filter(move |x| x.gateway == gateway && x.cluster == cluster)
    }

    /// An association's status now: a DISASSOCIATING one is INACTIVE once its routes are gone.
    pub fn association_status(&self, gateway: &str, cluster: &str) -> Option<String> {
        let a = self.gateways.get(gateway)?.clusters.get(cluster)?;
        if a.status == "DISASSOCIATING" && self.routes_of(gateway, cluster).next().is_none() {
            return Some("INACTIVE".into());
        }
        Some(a.status.clone())
    }
}

/// A route's status at `now`.
pub fn route_status(x: &RouteRec, now: i64) -> String {
    if x.status.ends_with("_IN_PROGRESS") && now >= x.since + SETTLE_MS {
        "ACTIVE".into()
    } else {
        x.status.clone()
    }
}

/// `n` random lowercase hexadecimal digits.
pub fn hex(n: usize) -> String {
    (0..n)
        .map(|_| char::from_digit(fastrand::u32(..16), 16).unwrap_or('0'))
        .collect()
}
