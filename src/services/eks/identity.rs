//! Identity: OIDC identity provider configs (Associate starts an
//! AssociateIdentityProviderConfig update and the config is CREATING until it succeeds;
//! Describe, List, Disassociate; one per cluster) and pod identity associations (Create,
//! Describe, List with namespace and service account filters, Update, Delete; one per
//! service account).
//!
//! It never issues credentials to pods.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::state::{Phase, Tables, in_use, invalid, page, ts};
use super::update::{self, param};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct IdpRec {
    pub o: OidcIdentityProviderConfig,
    pub phase: Phase,
}

fn idp_id(cluster: &str, name: &str) -> String {
    format!("{cluster}|{name}")
}

fn idp_not_found(name: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(format!(
        "No identity provider config found for name: {name}."
    ))
}

fn live_idps(eks: &Eks, t: &Tables<'_>, cluster: &str, now: i64) -> AwsResult<Vec<IdpRec>> {
    Ok(t.all::<IdpRec>("idp", &format!("{cluster}|"))?
        .into_iter()
        .filter(|r| r.phase.at(now, eks.step_ms).is_some())
        .collect())
}

pub fn associate(
    eks: &Eks,
    ctx: &Context,
    i: AssociateIdentityProviderConfigRequest,
) -> AwsResult<AssociateIdentityProviderConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    let c = super::cluster::load(eks, &t, &cluster, now)?;
    super::cluster::active(eks, &c, now)?;
    let o = i.oidc.unwrap_or_default();
    let name = o.identity_provider_config_name.clone().unwrap_or_default();
    let issuer = o.issuer_url.clone().unwrap_or_default();
    if !issuer.starts_with("https://") {
        return Err(invalid(format!(
            "The issuerUrl {issuer} must be an https URL."
        )));
    }
    if !live_idps(eks, &t, &cluster, now)?.is_empty() {
        return Err(ErrorCode::ResourceLimitExceededException
            .with("A cluster can have only one OIDC identity provider config."));
    }
    let tags = i.tags.unwrap_or_default();
    let rec = IdpRec {
        o: OidcIdentityProviderConfig {
            identity_provider_config_arn: Some(t.arn(&format!(
                "identityproviderconfig/{cluster}/oidc/{name}/{}",
                crate::context::new_request_id()
            ))),
            identity_provider_config_name: Some(name.clone()),
            cluster_name: Some(cluster.clone()),
            issuer_url: Some(issuer),
            client_id: o.client_id,
            username_claim: o.username_claim,
            username_prefix: o.username_prefix,
            groups_claim: o.groups_claim,
            groups_prefix: o.groups_prefix,
            required_claims: o.required_claims,
            tags: Some(tags.clone()),
            status: None,
        },
        phase: Phase::new("CREATING", Some("ACTIVE"), now),
    };
    let value = json!([{"type": "oidc", "name": name}]).to_string();
    let u = update::start(
        eks,
        &t,
        &cluster,
        "",
        "AssociateIdentityProviderConfig",
        vec![param("IdentityProviderConfig", value)],
        json!({}),
        now,
    )?;
    t.put("idp", &idp_id(&cluster, &name), &rec)?;
    Ok(AssociateIdentityProviderConfigResponse {
        update: Some(u),
        tags: Some(tags),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeIdentityProviderConfigRequest,
) -> AwsResult<DescribeIdentityProviderConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i
        .identity_provider_config
        .and_then(|c| c.name)
        .unwrap_or_default();
    let rec: IdpRec = t
        .get::<IdpRec>("idp", &idp_id(&cluster, &name))?
        .filter(|r| r.phase.at(now, eks.step_ms).is_some())
        .ok_or_else(|| idp_not_found(&name))?;
    let mut o = rec.o;
    o.status = rec.phase.at(now, eks.step_ms);
    Ok(DescribeIdentityProviderConfigResponse {
        identity_provider_config: Some(IdentityProviderConfigResponse { oidc: Some(o) }),
    })
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListIdentityProviderConfigsRequest,
) -> AwsResult<ListIdentityProviderConfigsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let rows = live_idps(eks, &t, &cluster, now)?
        .into_iter()
        .filter_map(|r| r.o.identity_provider_config_name)
        .map(|n| {
            (
                n.clone(),
                IdentityProviderConfig {
                    r#type: Some("oidc".into()),
                    name: Some(n),
                },
            )
        })
        .collect();
    let (configs, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListIdentityProviderConfigsResponse {
        identity_provider_configs: Some(configs),
        next_token,
    })
}

pub fn disassociate(
    eks: &Eks,
    ctx: &Context,
    i: DisassociateIdentityProviderConfigRequest,
) -> AwsResult<DisassociateIdentityProviderConfigResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let name = i
        .identity_provider_config
        .and_then(|c| c.name)
        .unwrap_or_default();
    let mut rec: IdpRec = t
        .get::<IdpRec>("idp", &idp_id(&cluster, &name))?
        .filter(|r| r.phase.at(now, eks.step_ms).is_some())
        .ok_or_else(|| idp_not_found(&name))?;
    let value = json!([{"type": "oidc", "name": name}]).to_string();
    let u = update::start(
        eks,
        &t,
        &cluster,
        "",
        "DisassociateIdentityProviderConfig",
        vec![param("IdentityProviderConfig", value)],
        json!({}),
        now,
    )?;
    rec.phase = Phase::new("DELETING", None, now);
    t.put("idp", &idp_id(&cluster, &name), &rec)?;
    Ok(DisassociateIdentityProviderConfigResponse { update: Some(u) })
}

fn pia_not_found(id: &str) -> crate::error::AwsError {
    ErrorCode::ResourceNotFoundException.with(format!("Association {id} does not exist."))
}

fn pia_load(t: &Tables<'_>, cluster: &str, id: &str) -> AwsResult<PodIdentityAssociation> {
    t.get("pia", &format!("{cluster}|{id}"))?
        .ok_or_else(|| pia_not_found(id))
}

pub fn create_pia(
    eks: &Eks,
    ctx: &Context,
    i: CreatePodIdentityAssociationRequest,
) -> AwsResult<CreatePodIdentityAssociationResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let (ns, sa) = (
        i.namespace.unwrap_or_default(),
        i.service_account.unwrap_or_default(),
    );
    if let Some(other) = t
        .all::<PodIdentityAssociation>("pia", &format!("{cluster}|"))?
        .into_iter()
        .find(|p| {
            p.namespace.as_deref() == Some(ns.as_str())
                && p.service_account.as_deref() == Some(sa.as_str())
        })
    {
        return Err(in_use(format!(
            "Association already exists: {}",
            other.association_id.unwrap_or_default()
        )));
    }
    let id: String = format!(
        "a-{}",
        (0..17)
            .map(|_| fastrand::alphanumeric().to_ascii_lowercase())
            .collect::<String>()
    );
    let p = PodIdentityAssociation {
        cluster_name: Some(cluster.clone()),
        namespace: Some(ns),
        service_account: Some(sa),
        role_arn: i.role_arn,
        association_arn: Some(t.arn(&format!("podidentityassociation/{cluster}/{id}"))),
        association_id: Some(id.clone()),
        tags: Some(i.tags.unwrap_or_default()),
        created_at: ts(now),
        modified_at: ts(now),
        owner_arn: None,
        disable_session_tags: Some(i.disable_session_tags.unwrap_or(false)),
        external_id: i
            .target_role_arn
            .as_ref()
            .map(|_| crate::context::new_request_id()),
        target_role_arn: i.target_role_arn,
        policy: i.policy,
    };
    t.put("pia", &format!("{cluster}|{id}"), &p)?;
    Ok(CreatePodIdentityAssociationResponse {
        association: Some(p),
    })
}

pub fn describe_pia(
    eks: &Eks,
    ctx: &Context,
    i: DescribePodIdentityAssociationRequest,
) -> AwsResult<DescribePodIdentityAssociationResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, ctx.clock.now_millis())?;
    let p = pia_load(
        &t,
        &cluster,
        i.association_id.as_deref().unwrap_or_default(),
    )?;
    Ok(DescribePodIdentityAssociationResponse {
        association: Some(p),
    })
}

pub fn update_pia(
    eks: &Eks,
    ctx: &Context,
    i: UpdatePodIdentityAssociationRequest,
) -> AwsResult<UpdatePodIdentityAssociationResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, now)?;
    let id = i.association_id.unwrap_or_default();
    let mut p = pia_load(&t, &cluster, &id)?;
    if i.role_arn.is_some() {
        p.role_arn = i.role_arn;
    }
    if i.disable_session_tags.is_some() {
        p.disable_session_tags = i.disable_session_tags;
    }
    if i.target_role_arn.is_some() {
        p.external_id = p
            .external_id
            .or_else(|| Some(crate::context::new_request_id()));
        p.target_role_arn = i.target_role_arn;
    }
    if i.policy.is_some() {
        p.policy = i.policy;
    }
    p.modified_at = ts(now);
    t.put("pia", &format!("{cluster}|{id}"), &p)?;
    Ok(UpdatePodIdentityAssociationResponse {
        association: Some(p),
    })
}

pub fn delete_pia(
    eks: &Eks,
    ctx: &Context,
    i: DeletePodIdentityAssociationRequest,
) -> AwsResult<DeletePodIdentityAssociationResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, ctx.clock.now_millis())?;
    let id = i.association_id.unwrap_or_default();
    let p = pia_load(&t, &cluster, &id)?;
    t.delete("pia", &format!("{cluster}|{id}"))?;
    Ok(DeletePodIdentityAssociationResponse {
        association: Some(p),
    })
}

pub fn list_pia(
    eks: &Eks,
    ctx: &Context,
    i: ListPodIdentityAssociationsRequest,
) -> AwsResult<ListPodIdentityAssociationsResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.cluster_name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, ctx.clock.now_millis())?;
    let rows = t
        .all::<PodIdentityAssociation>("pia", &format!("{cluster}|"))?
        .into_iter()
        .filter(|p| {
            i.namespace
                .as_ref()
                .is_none_or(|n| p.namespace.as_ref() == Some(n))
        })
        .filter(|p| {
            i.service_account
                .as_ref()
                .is_none_or(|s| p.service_account.as_ref() == Some(s))
        })
        .map(|p| {
            (
                p.association_id.clone().unwrap_or_default(),
                PodIdentityAssociationSummary {
                    cluster_name: p.cluster_name,
                    namespace: p.namespace,
                    service_account: p.service_account,
                    association_arn: p.association_arn,
                    association_id: p.association_id,
                    owner_arn: p.owner_arn,
                },
            )
        })
        .collect();
    let (associations, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListPodIdentityAssociationsResponse {
        associations: Some(associations),
        next_token,
    })
}
