//! Image scanning: StartImageScan, DescribeImageScanFindings, scan on push, and the registry
//! and repository scanning configurations. A scan runs IN_PROGRESS for a while on the clock,
//! then completes; with no vulnerability database offline it honestly finds nothing.
//!
//! It never invents findings.

use serde::{Deserialize, Serialize};

use super::api::*;
use super::image::find_one;
use super::repository::{existing, meta};
use super::settings::{filters_match, load, update};
use super::{Ecr, check_registry, scope, storage};
use crate::context::Context;
use crate::error::AwsResult;
use crate::registry::store::{Manifest, Scope};
use crate::types::Timestamp;

/// How long a scan runs on the clock before it completes.
pub const SCAN_MS: i64 = 2_000;

/// What ECR keeps about an image's scan, in the manifest's `meta`.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct ScanRecord {
    pub started_ms: i64,
    /// BASIC or ENHANCED, as the registry was configured when the scan started.
    pub scan_type: String,
}

pub fn record(m: &Manifest) -> Option<ScanRecord> {
    serde_json::from_value(m.meta.get("scan")?.clone()).ok()
}

/// The image's scan status and, once complete, its findings summary.
pub fn status(
    m: &Manifest,
    now: i64,
) -> Option<(ImageScanStatus, Option<ImageScanFindingsSummary>)> {
    let r = record(m)?;
    if now < r.started_ms + SCAN_MS {
        return Some((
            ImageScanStatus {
                status: Some("IN_PROGRESS".into()),
                description: None,
            },
            None,
        ));
    }
    let done = Timestamp::from_millis(r.started_ms + SCAN_MS);
    let (status, description) = if r.scan_type == "ENHANCED" {
        ("ACTIVE", "Continuous scan is selected for image.")
    } else {
        ("COMPLETE", "The scan was completed successfully.")
    };
    Some((
        ImageScanStatus {
            status: Some(status.into()),
            description: Some(description.into()),
        },
        Some(ImageScanFindingsSummary {
            image_scan_completed_at: Some(done),
            vulnerability_source_updated_at: Some(done),
            finding_severity_counts: Some(Default::default()),
        }),
    ))
}

fn scan_type(ecr: &Ecr, s: &Scope) -> AwsResult<String> {
    Ok(load(ecr, s)?
        .scanning
        .and_then(|c| c.scan_type)
        .unwrap_or_else(|| "BASIC".into()))
}

/// Starts a scan of a stored manifest (write it back to keep the scan).
fn begin(ecr: &Ecr, s: &Scope, m: &mut Manifest, now: i64) -> AwsResult<()> {
    let rec = ScanRecord {
        started_ms: now,
        scan_type: scan_type(ecr, s)?,
    };
    if !m.meta.is_object() {
        m.meta = serde_json::json!({});
    }
    m.meta["scan"] = serde_json::to_value(rec).map_err(storage)?;
    Ok(())
}

pub fn start(
    ecr: &Ecr,
    ctx: &Context,
    input: StartImageScanRequest,
) -> AwsResult<StartImageScanResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.image_id.unwrap_or_default();
    let (mut m, _) = find_one(ecr, ctx, &name, &id)?;
    let now = ctx.clock.now_millis();
    if m.status(now) != "ACTIVE" {
        return Err(ErrorCode::ImageArchivedException.with(format!(
            "The image with digest {} is archived and cannot be scanned.",
            m.digest
        )));
    }
    if !m.children.is_empty() || !m.media_type.contains("manifest") {
        return Err(ErrorCode::UnsupportedImageTypeException.with(
            "The image is of a type that cannot be scanned: only image manifests can be scanned.",
        ));
    }
    let s = scope(ctx);
    if scan_type(ecr, &s)? == "ENHANCED" {
        return Err(ErrorCode::ValidationException.with(
            "StartImageScan is not supported when enhanced scanning is configured: images are scanned continuously.",
        ));
    }
    if record(&m).is_some_and(|r| now - r.started_ms < 24 * 3600 * 1000) {
        return Err(ErrorCode::LimitExceededException
            .with("The scan quota per image has been exceeded. Wait and try again."));
    }
    begin(ecr, &s, &mut m, now)?;
    ecr.registry
        .images
        .put_manifest(&s, &name, &m, None)
        .map_err(storage)?;
    Ok(StartImageScanResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(m.digest.clone()),
            image_tag: id.image_tag,
        }),
        image_scan_status: status(&m, now).map(|(s, _)| s),
    })
}

pub fn findings(
    ecr: &Ecr,
    ctx: &Context,
    input: DescribeImageScanFindingsRequest,
) -> AwsResult<DescribeImageScanFindingsResponse> {
    let name = input.repository_name.unwrap_or_default();
    existing(ecr, ctx, input.registry_id.as_deref(), &name)?;
    let id = input.image_id.unwrap_or_default();
    let (m, _) = find_one(ecr, ctx, &name, &id)?;
    let now = ctx.clock.now_millis();
    let Some((scan_status, summary)) = status(&m, now) else {
        return Err(ErrorCode::ScanNotFoundException.with(format!(
            "Image scan does not exist for the image with '{}' in the repository with name '{name}' in the registry with id '{}'",
            super::image::id_text(&id),
            ctx.account
        )));
    };
    let enhanced = record(&m).is_some_and(|r| r.scan_type == "ENHANCED");
    Ok(DescribeImageScanFindingsResponse {
        registry_id: Some(ctx.account.clone()),
        repository_name: Some(name),
        image_id: Some(ImageIdentifier {
            image_digest: Some(m.digest.clone()),
            image_tag: id.image_tag,
        }),
        image_scan_status: Some(scan_status),
        image_scan_findings: summary.map(|s| ImageScanFindings {
            image_scan_completed_at: s.image_scan_completed_at,
            vulnerability_source_updated_at: s.vulnerability_source_updated_at,
            finding_severity_counts: s.finding_severity_counts,
            findings: (!enhanced).then(Vec::new),
            enhanced_findings: enhanced.then(Vec::new),
        }),
        next_token: None,
    })
}

/// The scan frequency the registry's rules give a repository (None: not scanned).
fn frequency(
    config: &RegistryScanningConfiguration,
    name: &str,
) -> Option<(String, Vec<ScanningRepositoryFilter>)> {
    let rules = config.rules.as_deref().unwrap_or_default();
    // CONTINUOUS_SCAN rules win over SCAN_ON_PUSH ones, as ECR applies them.
    for wanted in ["CONTINUOUS_SCAN", "SCAN_ON_PUSH"] {
        for r in rules
            .iter()
            .filter(|r| r.scan_frequency.as_deref() == Some(wanted))
        {
            let filters = r.repository_filters.clone().unwrap_or_default();
            if !filters.is_empty()
                && filters_match(filters.iter().map(|f| (&f.filter, &f.filter_type)), name)
            {
                return Some((wanted.to_string(), filters));
            }
        }
    }
    None
}

/// Called after an image is pushed (registry or PutImage): starts a scan when the
/// repository scans on push or a registry rule covers it.
pub fn on_push(ecr: &Ecr, s: &Scope, name: &str, digest: &str, now: i64) -> AwsResult<()> {
    let images = &ecr.registry.images;
    let Some(repo) = images.repo(s, name).map_err(storage)? else {
        return Ok(());
    };
    let repo_says = meta(&repo)
        .repository
        .image_scanning_configuration
        .and_then(|c| c.scan_on_push)
        .unwrap_or(false);
    let config = load(ecr, s)?.scanning.unwrap_or_default();
    let registry_says = frequency(&config, name).is_some();
    if !(repo_says || registry_says) {
        return Ok(());
    }
    let Some(mut m) = images.manifest(s, name, digest).map_err(storage)? else {
        return Ok(());
    };
    if record(&m).is_some() || !m.children.is_empty() {
        return Ok(());
    }
    begin(ecr, s, &mut m, now)?;
    images.put_manifest(s, name, &m, None).map_err(storage)
}

fn check_rules(rules: &[RegistryScanningRule], scan_type: &str) -> AwsResult<()> {
    for r in rules {
        let freq = r.scan_frequency.as_deref().unwrap_or_default();
        let ok = match scan_type {
            "BASIC" => matches!(freq, "SCAN_ON_PUSH" | "MANUAL"),
            _ => matches!(freq, "SCAN_ON_PUSH" | "CONTINUOUS_SCAN"),
        };
        if !ok {
            return Err(ErrorCode::ValidationException.with(format!(
                "Scan frequency {freq} is not supported for scan type {scan_type}."
            )));
        }
        if r.repository_filters.as_ref().is_none_or(|f| f.is_empty()) {
            return Err(ErrorCode::ValidationException
                .with("Each scanning rule needs at least one repository filter."));
        }
    }
    Ok(())
}

pub fn put_registry_config(
    ecr: &Ecr,
    ctx: &Context,
    input: PutRegistryScanningConfigurationRequest,
) -> AwsResult<PutRegistryScanningConfigurationResponse> {
    let scan_type = input.scan_type.unwrap_or_else(|| "BASIC".into());
    let rules = input.rules.unwrap_or_default();
    check_rules(&rules, &scan_type)?;
    let config = RegistryScanningConfiguration {
        scan_type: Some(scan_type),
        rules: Some(rules),
    };
    update(ecr, ctx, |v| {
        v.scanning = Some(config.clone());
        Ok(())
    })?;
    Ok(PutRegistryScanningConfigurationResponse {
        registry_scanning_configuration: Some(config),
    })
}

pub fn get_registry_config(
    ecr: &Ecr,
    ctx: &Context,
    _input: GetRegistryScanningConfigurationRequest,
) -> AwsResult<GetRegistryScanningConfigurationResponse> {
    let config = load(ecr, &scope(ctx))?
        .scanning
        .unwrap_or(RegistryScanningConfiguration {
            scan_type: Some("BASIC".into()),
            rules: Some(vec![]),
        });
    Ok(GetRegistryScanningConfigurationResponse {
        registry_id: Some(ctx.account.clone()),
        scanning_configuration: Some(config),
    })
}

pub fn batch_get_repository_config(
    ecr: &Ecr,
    ctx: &Context,
    input: BatchGetRepositoryScanningConfigurationRequest,
) -> AwsResult<BatchGetRepositoryScanningConfigurationResponse> {
    check_registry(ctx, None)?;
    let config = load(ecr, &scope(ctx))?.scanning.unwrap_or_default();
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for name in input.repository_names.unwrap_or_default() {
        match ecr
            .registry
            .images
            .repo(&scope(ctx), &name)
            .map_err(storage)?
        {
            Some(repo) => {
                let on_push = meta(&repo)
                    .repository
                    .image_scanning_configuration
                    .and_then(|c| c.scan_on_push)
                    .unwrap_or(false);
                let (freq, filters) = match frequency(&config, &name) {
                    Some((f, filters)) => (f, Some(filters)),
                    None if on_push => ("SCAN_ON_PUSH".to_string(), None),
                    None => ("MANUAL".to_string(), None),
                };
                found.push(RepositoryScanningConfiguration {
                    repository_arn: Some(ctx.arn("ecr", &format!("repository/{name}"))),
                    repository_name: Some(name),
                    scan_on_push: Some(on_push || freq == "SCAN_ON_PUSH"),
                    scan_frequency: Some(freq),
                    applied_scan_filters: filters,
                });
            }
            None => failures.push(RepositoryScanningConfigurationFailure {
                repository_name: Some(name),
                failure_code: Some("REPOSITORY_NOT_FOUND".into()),
                failure_reason: Some("REPOSITORY_NOT_FOUND".into()),
            }),
        }
    }
    Ok(BatchGetRepositoryScanningConfigurationResponse {
        scanning_configurations: Some(found),
        failures: Some(failures),
    })
}
