//! Certificate authorities of a cluster, for rotating the CA that signs its endpoint:
//! CreateCertificateAuthority makes a new CA (distributed on the clock: its certificate joins
//! `certificateAuthority.data`, so kubeconfigs trust it before it is used), Activate starts a
//! CertificateAuthorityUpdate after which the endpoint is served with a certificate the new
//! CA signs, Describe, List, Delete (never the CA in use). The CA a cluster was created with
//! is listed too.
//!
//! It never signs client certificates.

use serde::{Deserialize, Serialize};
use serde_json::json;

use super::Eks;
use super::api::*;
use super::cluster::ClusterRec;
use super::state::{Phase, Tables, invalid, page, ts};
use super::update::{self, param};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct CaRec {
    pub id: String,
    pub cert: String,
    pub key: String,
    pub created_ms: i64,
    pub created_by: String,
    /// NOT_USED, ACTIVATING or IN_USE.
    pub signing: String,
    /// IN_PROGRESS → COMPLETE; DELETING → gone.
    pub distribution: Phase,
    pub activated_ms: Option<i64>,
    pub update_id: Option<String>,
}

const VALID_MS: i64 = 10 * 365 * 86_400_000;

fn key(cluster: &str, id: &str) -> String {
    format!("{cluster}|{id}")
}

fn new_id() -> String {
    (0..16)
        .map(|_| char::from_digit(fastrand::u32(..16), 16).unwrap_or('0'))
        .collect()
}

/// The cluster's CAs, the one it was created with first (recorded on first use).
pub fn all(eks: &Eks, t: &Tables<'_>, cluster: &ClusterRec, now: i64) -> AwsResult<Vec<CaRec>> {
    let name = cluster.c.name.clone().unwrap_or_default();
    let mut cas: Vec<CaRec> = t
        .all::<CaRec>("ca", &format!("{name}|"))?
        .into_iter()
        .filter(|c| c.distribution.at(now, eks.step_ms).is_some())
        .collect();
    if cas.is_empty() {
        let first = CaRec {
            id: new_id(),
            cert: cluster.ca_cert.clone(),
            key: cluster.ca_key.clone(),
            created_ms: cluster.c.created_at.map_or(now, |c| c.millis()),
            created_by: "EKS".into(),
            signing: "IN_USE".into(),
            distribution: Phase::stable("COMPLETE", now),
            activated_ms: cluster.c.created_at.map(|c| c.millis()),
            update_id: None,
        };
        t.put("ca", &key(&name, &first.id), &first)?;
        cas.push(first);
    }
    cas.sort_by_key(|c| c.created_ms);
    Ok(cas)
}

/// Applies finished activations: the cluster then serves with the new CA.
pub fn settle(eks: &Eks, t: &Tables<'_>, rec: &mut ClusterRec, now: i64) -> AwsResult<bool> {
    let name = rec.c.name.clone().unwrap_or_default();
    let cas: Vec<CaRec> = t.all("ca", &format!("{name}|"))?;
    let Some(mut next) = cas.iter().find(|c| c.signing == "ACTIVATING").cloned() else {
        return Ok(false);
    };
    let done = update::of(t, &name, "")?.iter().any(|u| {
        Some(&u.id) == next.update_id.as_ref() && u.status(now, eks.step_ms) == "Successful"
    });
    if !done {
        return Ok(false);
    }
    for mut old in cas.into_iter().filter(|c| c.signing == "IN_USE") {
        old.signing = "NOT_USED".into();
        t.put("ca", &key(&name, &old.id), &old)?;
    }
    next.signing = "IN_USE".into();
    next.activated_ms = Some(now);
    t.put("ca", &key(&name, &next.id), &next)?;
    rec.ca_cert = next.cert.clone();
    rec.ca_key = next.key.clone();
    rec.c.certificate_authority = Some(Certificate {
        data: None,
        active: Some(ActiveCertificateAuthority {
            id: Some(next.id),
            activated_by: Some("USER".into()),
        }),
    });
    Ok(true)
}

/// The PEM bundle clients should trust: the CA in use and every fully distributed one.
pub fn bundle(eks: &Eks, t: &Tables<'_>, rec: &ClusterRec, now: i64) -> String {
    let name = rec.c.name.clone().unwrap_or_default();
    let mut pem = rec.ca_cert.clone();
    for c in t
        .all::<CaRec>("ca", &format!("{name}|"))
        .unwrap_or_default()
    {
        if c.cert != rec.ca_cert
            && c.distribution.at(now, eks.step_ms).as_deref() == Some("COMPLETE")
        {
            pem.push_str(&c.cert);
        }
    }
    pem
}

fn summary(eks: &Eks, c: &CaRec, now: i64) -> CertificateAuthoritySummary {
    CertificateAuthoritySummary {
        id: Some(c.id.clone()),
        created_at: ts(c.created_ms),
        created_by: Some(c.created_by.clone()),
        activated_at: c.activated_ms.and_then(ts),
        activated_by: c
            .activated_ms
            .map(|_| if c.created_by == "EKS" { "EKS" } else { "USER" }.into()),
        signing_status: Some(c.signing.clone()),
        distribution_status: c.distribution.at(now, eks.step_ms),
    }
}

fn find(eks: &Eks, t: &Tables<'_>, rec: &ClusterRec, id: &str, now: i64) -> AwsResult<CaRec> {
    all(eks, t, rec, now)?
        .into_iter()
        .find(|c| c.id == id)
        .ok_or_else(|| {
            ErrorCode::ResourceNotFoundException
                .with(format!("No certificate authority found for ID: {id}"))
        })
}

pub fn create(
    eks: &Eks,
    ctx: &Context,
    i: CreateCertificateAuthorityRequest,
) -> AwsResult<CreateCertificateAuthorityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.cluster_name.unwrap_or_default();
    let rec = super::cluster::load(eks, &t, &name, now)?;
    super::cluster::active(eks, &rec, now)?;
    if all(eks, &t, &rec, now)?
        .iter()
        .any(|c| c.signing != "IN_USE")
    {
        return Err(ErrorCode::ResourceLimitExceededException.with(
            "The cluster already has a certificate authority that is not in use; activate or delete it first.",
        ));
    }
    let (cert, key_pem) = super::kube::new_ca()
        .map_err(|e| ErrorCode::ServerException.with(format!("could not make the CA: {e}")))?;
    let c = CaRec {
        id: new_id(),
        cert,
        key: key_pem,
        created_ms: now,
        created_by: "USER".into(),
        signing: "NOT_USED".into(),
        distribution: Phase::new("IN_PROGRESS", Some("COMPLETE"), now),
        activated_ms: None,
        update_id: None,
    };
    t.put("ca", &key(&name, &c.id), &c)?;
    Ok(CreateCertificateAuthorityResponse {
        update: None,
        certificate_authority: Some(summary(eks, &c, now)),
    })
}

pub fn activate(
    eks: &Eks,
    ctx: &Context,
    i: ActivateCertificateAuthorityRequest,
) -> AwsResult<ActivateCertificateAuthorityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.cluster_name.unwrap_or_default();
    let rec = super::cluster::load(eks, &t, &name, now)?;
    let id = i.certificate_authority_id.unwrap_or_default();
    let mut c = find(eks, &t, &rec, &id, now)?;
    if c.signing != "NOT_USED" || c.distribution.at(now, eks.step_ms).as_deref() != Some("COMPLETE")
    {
        return Err(invalid(format!(
            "Certificate authority {id} can be activated only once it is distributed and not in use."
        )));
    }
    let u = update::start(
        eks,
        &t,
        &name,
        "",
        "CertificateAuthorityUpdate",
        vec![param("CertificateAuthorityId", &id)],
        json!({}),
        now,
    )?;
    c.signing = "ACTIVATING".into();
    c.update_id = u.id.clone();
    t.put("ca", &key(&name, &id), &c)?;
    Ok(ActivateCertificateAuthorityResponse {
        update: Some(u),
        certificate_authority: Some(summary(eks, &c, now)),
    })
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeCertificateAuthorityRequest,
) -> AwsResult<DescribeCertificateAuthorityResponse> {
    use base64::Engine as _;
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.cluster_name.unwrap_or_default();
    let rec = super::cluster::load(eks, &t, &name, now)?;
    let c = find(
        eks,
        &t,
        &rec,
        i.certificate_authority_id.as_deref().unwrap_or_default(),
        now,
    )?;
    let s = summary(eks, &c, now);
    Ok(DescribeCertificateAuthorityResponse {
        certificate_authority: Some(CertificateAuthority {
            id: s.id,
            created_at: s.created_at,
            created_by: s.created_by,
            activated_at: s.activated_at,
            activated_by: s.activated_by,
            signing_status: s.signing_status,
            distribution_status: s.distribution_status,
            validity: Some(CertificateAuthorityValidity {
                not_before: ts(c.created_ms),
                not_after: ts(c.created_ms + VALID_MS),
            }),
            scheduled_events: None,
            rollback_available: Some(c.signing == "NOT_USED" && c.activated_ms.is_some()),
            data: Some(base64::engine::general_purpose::STANDARD.encode(&c.cert)),
        }),
    })
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListCertificateAuthoritiesRequest,
) -> AwsResult<ListCertificateAuthoritiesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.cluster_name.unwrap_or_default();
    let rec = super::cluster::load(eks, &t, &name, now)?;
    let rows = all(eks, &t, &rec, now)?
        .iter()
        .map(|c| {
            (
                format!("{:016}{}", c.created_ms, c.id),
                summary(eks, c, now),
            )
        })
        .collect();
    let (cas, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListCertificateAuthoritiesResponse {
        certificate_authorities: Some(cas),
        next_token,
    })
}

pub fn delete(
    eks: &Eks,
    ctx: &Context,
    i: DeleteCertificateAuthorityRequest,
) -> AwsResult<DeleteCertificateAuthorityResponse> {
    let t = Tables::new(&eks.store, ctx);
    let now = ctx.clock.now_millis();
    let name = i.cluster_name.unwrap_or_default();
    let rec = super::cluster::load(eks, &t, &name, now)?;
    let id = i.certificate_authority_id.unwrap_or_default();
    let mut c = find(eks, &t, &rec, &id, now)?;
    if c.signing != "NOT_USED" {
        return Err(invalid(format!(
            "Certificate authority {id} is {} and cannot be deleted.",
            c.signing
        )));
    }
    c.distribution = Phase::new("DELETING", None, now);
    t.put("ca", &key(&name, &id), &c)?;
    Ok(DeleteCertificateAuthorityResponse {
        update: None,
        certificate_authority: Some(summary(eks, &c, now)),
    })
}
