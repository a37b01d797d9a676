//! Copying an image between repositories, accounts and regions (what ECR replication
//! does): its blobs (bytes copied once per destination scope), links, child manifests of an
//! index, the manifest and the tags that point at it.
//!
//! It never creates the destination repository and never changes the source.

use super::store::{Images, Link, Manifest, NS, Scope};
use crate::storage::{StorageError, StorageResult};

impl Images {
    /// Copies a blob's bytes into `to` unless it is there already; returns its size.
    fn copy_blob(&self, from: &Scope, to: &Scope, digest: &str) -> StorageResult<u64> {
        let blobs = self.blobs();
        let to_key = Images::blob_key(to, digest);
        if let Some(size) = blobs.size(NS, &to_key)? {
            return Ok(size);
        }
        let mut reader = blobs
            .reader(NS, &Images::blob_key(from, digest))?
            .ok_or_else(|| StorageError(format!("blob {digest} is missing from its source")))?;
        let size = reader.size();
        let mut w = blobs.writer(NS);
        let mut offset = 0u64;
        while offset < size {
            let chunk = reader.read_next(offset, 1 << 20)?;
            if chunk.is_empty() {
                break;
            }
            offset += chunk.len() as u64;
            w.write(&chunk)?;
        }
        w.commit(&to_key)?;
        Ok(size)
    }

    /// Copies image `digest` of `from_repo` in `from` to `to_repo` in `to`, with the tags
    /// that point at it; the copy counts as pushed at `now`.
    pub fn copy_image(
        &self,
        from: &Scope,
        from_repo: &str,
        to: &Scope,
        to_repo: &str,
        digest: &str,
        now: i64,
    ) -> StorageResult<()> {
        let m = self
            .manifest(from, from_repo, digest)?
            .ok_or_else(|| StorageError(format!("image {digest} is not in {from_repo}")))?;
        for child in &m.children {
            self.copy_image(from, from_repo, to, to_repo, child, now)?;
        }
        for blob in &m.blobs {
            let size = self.copy_blob(from, to, blob)?;
            self.put_link(
                to,
                to_repo,
                blob,
                &Link {
                    size,
                    created_ms: now,
                },
            )?;
        }
        let copy = Manifest {
            pushed_ms: now,
            last_pull_ms: None,
            archive: None,
            meta: serde_json::Value::Null,
            ..m
        };
        let copy = match self.manifest(to, to_repo, digest)? {
            Some(old) => copy.over(old),
            None => copy,
        };
        self.put_manifest(to, to_repo, &copy, None)?;
        for (tag, d) in self.tags(from, from_repo)? {
            if d == digest {
                self.put_tag(to, to_repo, &tag, digest)?;
            }
        }
        Ok(())
    }
}
