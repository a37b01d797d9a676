//! The image store the registry and ECR share: repositories, the blobs each repository may
//! serve (links), manifests and tags, per account and region, in storage namespace `ecr`;
//! blob bytes in the blob store, one copy per digest per account and region.
//!
//! It never speaks HTTP or an AWS protocol; the registry and ECR's API are two faces of it.

use serde::{Deserialize, Serialize};

use super::digest::Digest;
use crate::storage::{Batch, BlobStore, StorageResult, Store, key};

pub const NS: &str = "ecr";

/// An account and region: the unit of isolation.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Scope {
    pub account: String,
    pub region: String,
}

/// A repository, as the registry needs it; `meta` belongs to ECR's API.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Repo {
    pub name: String,
    pub created_ms: i64,
    /// IMMUTABLE repositories refuse to move a tag, but for tags the exclusion filters match.
    pub immutable: bool,
    #[serde(default)]
    pub exclusions: Vec<String>,
    /// The exclusion filters name the tags that are locked (MUTABLE_WITH_EXCLUSION) rather
    /// than the ones that are free (IMMUTABLE_WITH_EXCLUSION).
    #[serde(default)]
    pub exclusions_lock: bool,
    #[serde(default)]
    pub meta: serde_json::Value,
}

impl Repo {
    /// True when `tag` may not be moved to another image.
    pub fn tag_locked(&self, tag: &str) -> bool {
        let listed = self.exclusions.iter().any(|f| wildcard(f, tag));
        if self.exclusions_lock {
            listed
        } else {
            self.immutable && !listed
        }
    }
}

/// `*` matches any run of characters; everything else matches itself.
pub fn wildcard(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split('*').collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    let mut rest = text;
    for (i, part) in parts.iter().enumerate() {
        if i == 0 {
            match rest.strip_prefix(part) {
                Some(r) => rest = r,
                None => return false,
            }
        } else if i == parts.len() - 1 {
            return rest.ends_with(part);
        } else {
            match rest.find(part) {
                Some(at) => rest = &rest[at + part.len()..],
                None => return false,
            }
        }
    }
    true
}

/// An image manifest (or index) stored in a repository.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Manifest {
    pub digest: String,
    pub media_type: String,
    pub artifact_type: Option<String>,
    /// The digest of the manifest this one refers to (`subject`), for the referrers API.
    pub subject: Option<String>,
    /// The image's size as ECR reports it: the sum of its layers (of its children, for an index).
    pub image_size: u64,
    pub pushed_ms: i64,
    pub last_pull_ms: Option<i64>,
    /// The manifest's exact bytes (JSON, so text).
    pub body: String,
    /// Blobs (config and layers) this manifest references.
    pub blobs: Vec<String>,
    /// Manifests (of an index) this manifest references.
    pub children: Vec<String>,
    #[serde(default)]
    pub annotations: serde_json::Value,
    /// Set once the image went to ECR's archive storage class: kept and listed, but not
    /// pullable until restored.
    #[serde(default)]
    pub archive: Option<Archive>,
    /// What ECR's API keeps about the image (scans, storage class times).
    #[serde(default)]
    pub meta: serde_json::Value,
}

/// When an image went to the archive, and when its restore completes (or completed).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Archive {
    pub archived_ms: i64,
    pub activated_ms: Option<i64>,
}

impl Manifest {
    /// ECR's image status: ACTIVE, ARCHIVED, or ACTIVATING while a restore runs.
    pub fn status(&self, now: i64) -> &'static str {
        match &self.archive {
            None => "ACTIVE",
            Some(Archive {
                activated_ms: None, ..
            }) => "ARCHIVED",
            Some(Archive {
                activated_ms: Some(t),
                ..
            }) if *t > now => "ACTIVATING",
            Some(_) => "ACTIVE",
        }
    }

    /// This manifest pushed again over `old` (same digest): it keeps its first push time,
    /// its pulls and ECR's record.
    pub fn over(self, old: Manifest) -> Manifest {
        Manifest {
            pushed_ms: old.pushed_ms,
            last_pull_ms: old.last_pull_ms,
            archive: old.archive,
            meta: old.meta,
            ..self
        }
    }
}

/// A blob a repository may serve.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Link {
    pub size: u64,
    pub created_ms: i64,
}

#[derive(Clone)]
pub struct Images {
    pub store: Store,
}

fn id_at(name: &str, digest: &str) -> String {
    format!("{name}@{digest}")
}

fn json<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).unwrap_or_default()
}

fn parse<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Option<T> {
    serde_json::from_slice(bytes).ok()
}

impl Images {
    pub fn new(store: Store) -> Self {
        Images { store }
    }

    pub fn blobs(&self) -> BlobStore {
        self.store.blobs()
    }

    /// The blob store key of a digest in a scope.
    pub fn blob_key(s: &Scope, digest: &str) -> Vec<u8> {
        format!("{}/{}/{digest}", s.account, s.region).into_bytes()
    }

    fn k(s: &Scope, table: &str, id: &str) -> Vec<u8> {
        key(&s.account, &s.region, table, id)
    }

    // Repositories.

    pub fn repo(&self, s: &Scope, name: &str) -> StorageResult<Option<Repo>> {
        Ok(self
            .store
            .kv
            .get(NS, &Self::k(s, "repo", name))?
            .and_then(|b| parse(&b)))
    }

    pub fn put_repo(&self, s: &Scope, repo: &Repo) -> StorageResult<()> {
        let mut b = Batch::default();
        b.put(Self::k(s, "repo", &repo.name), json(repo));
        self.store.kv.apply(NS, b)
    }

    /// Repositories in name order, after `after`, at most `limit`.
    pub fn repos(&self, s: &Scope, after: Option<&str>, limit: usize) -> StorageResult<Vec<Repo>> {
        let prefix = Self::k(s, "repo", "");
        let after = after.map(|a| Self::k(s, "repo", a));
        Ok(self
            .store
            .kv
            .scan(NS, &prefix, after.as_deref(), limit)?
            .into_iter()
            .filter_map(|(_, v)| parse(&v))
            .collect())
    }

    /// Removes a repository with its tags, manifests and links; blobs are then collected.
    pub fn delete_repo(&self, s: &Scope, name: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.delete(Self::k(s, "repo", name));
        for table in ["tag", "manifest", "link"] {
            let sep = if table == "tag" { ':' } else { '@' };
            let prefix = Self::k(s, table, &format!("{name}{sep}"));
            for (k, _) in self.store.kv.scan(NS, &prefix, None, usize::MAX)? {
                b.delete(k);
            }
        }
        self.store.kv.apply(NS, b)
    }

    // Links.

    pub fn link(&self, s: &Scope, name: &str, digest: &str) -> StorageResult<Option<Link>> {
        Ok(self
            .store
            .kv
            .get(NS, &Self::k(s, "link", &id_at(name, digest)))?
            .and_then(|b| parse(&b)))
    }

    pub fn put_link(&self, s: &Scope, name: &str, digest: &str, link: &Link) -> StorageResult<()> {
        let mut b = Batch::default();
        b.put(Self::k(s, "link", &id_at(name, digest)), json(link));
        self.store.kv.apply(NS, b)
    }

    pub fn delete_link(&self, s: &Scope, name: &str, digest: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.delete(Self::k(s, "link", &id_at(name, digest)));
        self.store.kv.apply(NS, b)
    }

    // Manifests and tags.

    pub fn manifest(&self, s: &Scope, name: &str, digest: &str) -> StorageResult<Option<Manifest>> {
        Ok(self
            .store
            .kv
            .get(NS, &Self::k(s, "manifest", &id_at(name, digest)))?
            .and_then(|b| parse(&b)))
    }

    pub fn manifests(&self, s: &Scope, name: &str) -> StorageResult<Vec<Manifest>> {
        let prefix = Self::k(s, "manifest", &format!("{name}@"));
        Ok(self
            .store
            .kv
            .scan(NS, &prefix, None, usize::MAX)?
            .into_iter()
            .filter_map(|(_, v)| parse(&v))
            .collect())
    }

    /// Stores a manifest and points `tag` at it, in one batch.
    pub fn put_manifest(
        &self,
        s: &Scope,
        name: &str,
        m: &Manifest,
        tag: Option<&str>,
    ) -> StorageResult<()> {
        let mut b = Batch::default();
        b.put(Self::k(s, "manifest", &id_at(name, &m.digest)), json(m));
        if let Some(t) = tag {
            b.put(
                Self::k(s, "tag", &format!("{name}:{t}")),
                m.digest.as_bytes().to_vec(),
            );
        }
        self.store.kv.apply(NS, b)
    }

    pub fn touch_pull(&self, s: &Scope, name: &str, digest: &str, now: i64) -> StorageResult<()> {
        if let Some(mut m) = self.manifest(s, name, digest)? {
            m.last_pull_ms = Some(now);
            let mut b = Batch::default();
            b.put(Self::k(s, "manifest", &id_at(name, digest)), json(&m));
            self.store.kv.apply(NS, b)?;
        }
        Ok(())
    }

    pub fn tag(&self, s: &Scope, name: &str, tag: &str) -> StorageResult<Option<String>> {
        Ok(self
            .store
            .kv
            .get(NS, &Self::k(s, "tag", &format!("{name}:{tag}")))?
            .map(|b| String::from_utf8_lossy(&b).into_owned()))
    }

    pub fn put_tag(&self, s: &Scope, name: &str, tag: &str, digest: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.put(
            Self::k(s, "tag", &format!("{name}:{tag}")),
            digest.as_bytes().to_vec(),
        );
        self.store.kv.apply(NS, b)
    }

    pub fn delete_tag(&self, s: &Scope, name: &str, tag: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.delete(Self::k(s, "tag", &format!("{name}:{tag}")));
        self.store.kv.apply(NS, b)
    }

    /// (tag, digest) pairs of a repository, in tag order.
    pub fn tags(&self, s: &Scope, name: &str) -> StorageResult<Vec<(String, String)>> {
        let prefix = Self::k(s, "tag", &format!("{name}:"));
        Ok(self
            .store
            .kv
            .scan(NS, &prefix, None, usize::MAX)?
            .into_iter()
            .map(|(k, v)| {
                let tag = String::from_utf8_lossy(&k[prefix.len()..]).into_owned();
                (tag, String::from_utf8_lossy(&v).into_owned())
            })
            .collect())
    }

    /// Resolves a tag or digest to a manifest of the repository.
    pub fn resolve(
        &self,
        s: &Scope,
        name: &str,
        reference: &str,
    ) -> StorageResult<Option<Manifest>> {
        let digest = if Digest::parse(reference).is_some() {
            reference.to_string()
        } else {
            match self.tag(s, name, reference)? {
                Some(d) => d,
                None => return Ok(None),
            }
        };
        self.manifest(s, name, &digest)
    }

    /// Deletes a manifest and every tag pointing at it.
    pub fn delete_manifest(&self, s: &Scope, name: &str, digest: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.delete(Self::k(s, "manifest", &id_at(name, digest)));
        for (tag, d) in self.tags(s, name)? {
            if d == digest {
                b.delete(Self::k(s, "tag", &format!("{name}:{tag}")));
            }
        }
        self.store.kv.apply(NS, b)
    }

    /// Reclaims blobs nothing references: links older than `grace_ms` whose digest no
    /// manifest of the repository references are dropped, and a blob no link of the scope
    /// points at any more is deleted. Young links are left alone, so a push between its
    /// blob and its manifest is never robbed. Returns the bytes reclaimed.
    pub fn collect_garbage(&self, s: &Scope, now: i64, grace_ms: i64) -> StorageResult<u64> {
        let prefix = Self::k(s, "link", "");
        let links = self.store.kv.scan(NS, &prefix, None, usize::MAX)?;
        let mut referenced: std::collections::HashSet<(String, String)> = Default::default();
        let mut seen_repos: std::collections::HashSet<String> = Default::default();
        let mut keep_digests: std::collections::HashSet<String> = Default::default();
        let mut drop_links = Batch::default();
        let mut candidates: Vec<String> = Vec::new();
        for (k, v) in &links {
            let id = String::from_utf8_lossy(&k[prefix.len()..]).into_owned();
            let Some((name, digest)) = id.rsplit_once('@') else {
                continue;
            };
            if seen_repos.insert(name.to_string()) {
                for m in self.manifests(s, name)? {
                    for d in m.blobs.iter().chain(m.children.iter()) {
                        referenced.insert((name.to_string(), d.clone()));
                    }
                }
            }
            let link: Option<Link> = parse(v);
            let young = link.is_some_and(|l| now - l.created_ms < grace_ms);
            if young || referenced.contains(&(name.to_string(), digest.to_string())) {
                keep_digests.insert(digest.to_string());
            } else {
                drop_links.delete(k.clone());
                candidates.push(digest.to_string());
            }
        }
        if !drop_links.is_empty() {
            self.store.kv.apply(NS, drop_links)?;
        }
        let mut reclaimed = 0;
        let blobs = self.blobs();
        for d in candidates {
            if keep_digests.contains(&d) {
                continue;
            }
            let key = Self::blob_key(s, &d);
            if let Some(size) = blobs.size(NS, &key)?
                && blobs.delete(NS, &key)?
            {
                reclaimed += size;
            }
            keep_digests.insert(d);
        }
        Ok(reclaimed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard("latest", "latest"));
        assert!(wildcard("dev-*", "dev-123"));
        assert!(wildcard("*-rc*", "v1-rc2"));
        assert!(!wildcard("dev-*", "prod-1"));
        assert!(wildcard("*", "anything"));
    }
}
