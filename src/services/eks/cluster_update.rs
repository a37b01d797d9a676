//! Cluster updates: UpdateClusterVersion (one minor version at a time, to a supported
//! version) and UpdateClusterConfig (logging, endpoint access and VPC, access config with the
//! authentication mode moving only towards API, upgrade policy, zonal shift, deletion
//! protection, control plane scaling: one kind of change per update).
//!
//! It never applies a change itself; `update` applies it when the update succeeds.

use serde_json::json;

use super::Eks;
use super::api::*;
use super::cluster::{active, load};
use super::state::{Tables, invalid};
use super::update::{self, param};
use super::versions;
use crate::context::Context;
use crate::error::AwsResult;

pub fn update_version(
    eks: &Eks,
    ctx: &Context,
    i: UpdateClusterVersionRequest,
) -> AwsResult<UpdateClusterVersionResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.unwrap_or_default();
    let rec = load(eks, &t, &name, now)?;
    active(eks, &rec, now)?;
    let from = rec.c.version.clone().unwrap_or_default();
    let to = i.version.unwrap_or_default();
    if !versions::supported(&to) {
        return Err(invalid(format!("unsupported Kubernetes version {to}")));
    }
    if versions::next_minor(&from).as_deref() != Some(to.as_str()) {
        return Err(invalid(format!(
            "Unsupported Kubernetes minor version update from {from} to {to}"
        )));
    }
    let platform = versions::platform(&to);
    let u = update::start(
        eks,
        &t,
        &name,
        "",
        "VersionUpdate",
        vec![param("Version", &to), param("PlatformVersion", platform)],
        json!({"version": to, "platformVersion": platform}),
        now,
    )?;
    Ok(UpdateClusterVersionResponse { update: Some(u) })
}

pub fn update_config(
    eks: &Eks,
    ctx: &Context,
    i: UpdateClusterConfigRequest,
) -> AwsResult<UpdateClusterConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.name.clone().unwrap_or_default();
    let rec = load(eks, &t, &name, now)?;
    active(eks, &rec, now)?;
    let mut kinds: Vec<(&str, Vec<UpdateParam>, serde_json::Value)> = Vec::new();
    if let Some(l) = &i.logging {
        let text = serde_json::to_string(l).unwrap_or_default();
        kinds.push((
            "LoggingUpdate",
            vec![param("ClusterLogging", text)],
            json!({"logging": l}),
        ));
    }
    if let Some(v) = &i.resources_vpc_config {
        let mut params = Vec::new();
        let mut patch = serde_json::Map::new();
        if let Some(p) = v.endpoint_public_access {
            params.push(param("EndpointPublicAccess", p.to_string()));
            patch.insert("endpointPublicAccess".into(), json!(p));
        }
        if let Some(p) = v.endpoint_private_access {
            params.push(param("EndpointPrivateAccess", p.to_string()));
            patch.insert("endpointPrivateAccess".into(), json!(p));
        }
        if let Some(c) = &v.public_access_cidrs {
            params.push(param(
                "PublicAccessCidrs",
                serde_json::to_string(c).unwrap_or_default(),
            ));
            patch.insert("publicAccessCidrs".into(), json!(c));
        }
        if let Some(s) = &v.security_group_ids {
            params.push(param(
                "SecurityGroups",
                serde_json::to_string(s).unwrap_or_default(),
            ));
            patch.insert("securityGroupIds".into(), json!(s));
        }
        if let Some(s) = &v.subnet_ids {
            params.push(param(
                "Subnets",
                serde_json::to_string(s).unwrap_or_default(),
            ));
            patch.insert("subnetIds".into(), json!(s));
        }
        let kind = if v.subnet_ids.is_some() || v.security_group_ids.is_some() {
            "VpcConfigUpdate"
        } else {
            "EndpointAccessUpdate"
        };
        kinds.push((kind, params, json!({"resourcesVpcConfig": patch})));
    }
    if let Some(a) = &i.access_config {
        let current = rec
            .c
            .access_config
            .as_ref()
            .and_then(|x| x.authentication_mode.clone())
            .unwrap_or_default();
        if let Some(mode) = &a.authentication_mode {
            let allowed = matches!(
                (current.as_str(), mode.as_str()),
                ("CONFIG_MAP", "API_AND_CONFIG_MAP") | ("API_AND_CONFIG_MAP", "API")
            ) || current == *mode;
            if !allowed {
                return Err(invalid(format!(
                    "Unsupported authentication mode update from {current} to {mode}"
                )));
            }
        }
        kinds.push((
            "AccessConfigUpdate",
            vec![param(
                "AuthenticationMode",
                a.authentication_mode.clone().unwrap_or_default(),
            )],
            json!({"accessConfig": {"authenticationMode": a.authentication_mode}}),
        ));
    }
    if let Some(u) = &i.upgrade_policy {
        kinds.push((
            "UpgradePolicyUpdate",
            vec![param(
                "UpgradePolicy",
                u.support_type.clone().unwrap_or_default(),
            )],
            json!({"upgradePolicy": u}),
        ));
    }
    if let Some(z) = &i.zonal_shift_config {
        kinds.push((
            "ZonalShiftConfigUpdate",
            vec![param(
                "ZonalShiftConfig",
                serde_json::to_string(z).unwrap_or_default(),
            )],
            json!({"zonalShiftConfig": z}),
        ));
    }
    if let Some(d) = i.deletion_protection {
        kinds.push((
            "DeletionProtectionUpdate",
            vec![param("DeletionProtection", d.to_string())],
            json!({"deletionProtection": d}),
        ));
    }
    if let Some(s) = &i.control_plane_scaling_config {
        kinds.push((
            "ControlPlaneScalingConfigUpdate",
            vec![param("UpdatedTier", s.tier.clone().unwrap_or_default())],
            json!({"controlPlaneScalingConfig": s}),
        ));
    }
    match kinds.len() {
        0 => Err(invalid("No changes needed")),
        1 => {
            let (kind, params, patch) = kinds.remove(0);
            let u = update::start(eks, &t, &name, "", kind, params, patch, now)?;
            Ok(UpdateClusterConfigResponse { update: Some(u) })
        }
        _ => Err(invalid("Only one type of update can be allowed.")),
    }
}
