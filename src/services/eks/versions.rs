//! The Kubernetes versions Dockside's EKS offers (standard and extended support, the newest
//! being the default), their platform versions and dates, and the add-on catalogue with each
//! add-on's versions and the cluster versions they work with. The figures are Dockside's
//! catalogue in the shape EKS gives, not a copy of AWS's live one.
//!
//! It never stores anything.

/// (version, release date, end of standard support, end of extended support).
pub const VERSIONS: &[(&str, &str, &str, &str)] = &[
    ("1.36", "2026-06-10", "2027-08-10", "2028-08-10"),
    ("1.35", "2026-01-27", "2027-03-27", "2028-03-27"),
    ("1.34", "2025-10-02", "2026-12-02", "2027-12-02"),
    ("1.33", "2025-05-29", "2026-07-29", "2027-07-29"),
    ("1.32", "2025-01-23", "2026-03-23", "2027-03-23"),
    ("1.31", "2024-09-26", "2025-11-26", "2026-11-26"),
];

pub const DEFAULT: &str = "1.36";

/// The platform version EKS reports for a new cluster of `version`.
pub fn platform(_version: &str) -> &'static str {
    "eks.3"
}

/// The patch release a cluster of `version` runs (what `/version` answers).
pub fn git_version(version: &str) -> String {
    format!("v{version}.2-eks-4a1c5d2")
}

pub fn supported(v: &str) -> bool {
    VERSIONS.iter().any(|x| x.0 == v)
}

/// Whether `v` is past standard support at `today` (YYYY-MM-DD): extended support.
pub fn extended(v: &str, today: &str) -> bool {
    VERSIONS
        .iter()
        .find(|x| x.0 == v)
        .is_some_and(|x| x.2 <= today)
}

/// The next minor version after `v`.
pub fn next_minor(v: &str) -> Option<String> {
    let (major, minor) = v.split_once('.')?;
    Some(format!("{major}.{}", minor.parse::<u32>().ok()? + 1))
}

/// (name, type, publisher, owner, versions newest first as (version, from cluster minor,
/// to cluster minor)).
pub type AddonInfo = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, u32, u32)],
);

pub const ADDONS: &[AddonInfo] = &[
    (
        "vpc-cni",
        "networking",
        "eks",
        &[
            ("v1.20.4-eksbuild.2", 31, 36),
            ("v1.19.6-eksbuild.1", 31, 34),
        ],
    ),
    (
        "coredns",
        "networking",
        "eks",
        &[
            ("v1.12.4-eksbuild.1", 33, 36),
            ("v1.11.4-eksbuild.14", 31, 33),
        ],
    ),
    (
        "kube-proxy",
        "networking",
        "eks",
        &[
            ("v1.36.2-eksbuild.1", 36, 36),
            ("v1.35.4-eksbuild.2", 35, 35),
            ("v1.34.6-eksbuild.2", 34, 34),
            ("v1.33.9-eksbuild.1", 33, 33),
            ("v1.32.13-eksbuild.1", 32, 32),
            ("v1.31.14-eksbuild.3", 31, 31),
        ],
    ),
    (
        "aws-ebs-csi-driver",
        "storage",
        "eks",
        &[
            ("v1.48.0-eksbuild.2", 31, 36),
            ("v1.45.0-eksbuild.2", 31, 34),
        ],
    ),
    (
        "aws-efs-csi-driver",
        "storage",
        "eks",
        &[("v2.1.10-eksbuild.1", 31, 36)],
    ),
    (
        "eks-pod-identity-agent",
        "security",
        "eks",
        &[("v1.3.8-eksbuild.2", 31, 36), ("v1.3.5-eksbuild.2", 31, 34)],
    ),
    (
        "snapshot-controller",
        "storage",
        "eks",
        &[("v8.3.0-eksbuild.1", 31, 36)],
    ),
    (
        "metrics-server",
        "observability",
        "eks",
        &[("v0.8.0-eksbuild.2", 31, 36)],
    ),
];

fn minor(v: &str) -> u32 {
    v.split_once('.')
        .and_then(|(_, m)| m.parse().ok())
        .unwrap_or(0)
}

/// The add-on's versions that work with cluster `version` (all when None), newest first.
pub fn addon_versions(a: &AddonInfo, version: Option<&str>) -> Vec<&'static str> {
    a.3.iter()
        .filter(|(_, lo, hi)| version.is_none_or(|v| (*lo..=*hi).contains(&minor(v))))
        .map(|(v, _, _)| *v)
        .collect()
}

/// The cluster versions an add-on version works with.
pub fn addon_clusters(lo: u32, hi: u32) -> Vec<String> {
    VERSIONS
        .iter()
        .map(|x| x.0)
        .filter(|v| (lo..=hi).contains(&minor(v)))
        .map(str::to_string)
        .collect()
}

pub fn addon(name: &str) -> Option<&'static AddonInfo> {
    ADDONS.iter().find(|a| a.0 == name)
}
