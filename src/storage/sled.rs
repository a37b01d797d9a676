//! The sled engine, Dockside's embedded default: one sled tree per namespace in the data directory.
//!
//! It never acknowledges durability it does not have: `persist` flushes sled's log to disk.

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

use super::{Batch, Conflict, Entry, Kv, StorageError, StorageResult};

pub struct SledKv {
    db: sled::Db,
    /// Set by every write, cleared by the flush that makes it durable, so that reads
    /// never pay for a flush.
    dirty: AtomicBool,
}

fn err(e: sled::Error) -> StorageError {
    StorageError(e.to_string())
}

/// Trees sled creates for itself, which are not namespaces of ours.
const DEFAULT_TREE: &[u8] = b"__sled__default";

impl SledKv {
    pub fn open(dir: &Path) -> StorageResult<Self> {
        let db = sled::Config::new()
            .path(dir)
            .mode(sled::Mode::HighThroughput)
            // Blobs stream through sled; a small cache keeps memory flat during large pushes.
            .cache_capacity(32 * 1024 * 1024)
            // Durability comes from explicit flushes before each acknowledgement.
            .flush_every_ms(Some(1000))
            .open()
            .map_err(err)?;
        Ok(SledKv {
            db,
            dirty: AtomicBool::new(false),
        })
    }

    fn tree(&self, ns: &str) -> StorageResult<sled::Tree> {
        self.db.open_tree(ns).map_err(err)
    }
}

impl Kv for SledKv {
    fn get(&self, ns: &str, key: &[u8]) -> StorageResult<Option<Vec<u8>>> {
        Ok(self.tree(ns)?.get(key).map_err(err)?.map(|v| v.to_vec()))
    }

    fn scan(
        &self,
        ns: &str,
        prefix: &[u8],
        after: Option<&[u8]>,
        limit: usize,
    ) -> StorageResult<Vec<Entry>> {
        let tree = self.tree(ns)?;
        let iter = match after {
            Some(a) if a >= prefix => {
                tree.range::<&[u8], _>((std::ops::Bound::Excluded(a), std::ops::Bound::Unbounded))
            }
            _ => tree.range::<&[u8], _>(prefix..),
        };
        let mut out = Vec::new();
        for item in iter {
            let (k, v) = item.map_err(err)?;
            if !k.starts_with(prefix) || out.len() >= limit {
                break;
            }
            out.push((k.to_vec(), v.to_vec()));
        }
        Ok(out)
    }

    fn apply(&self, ns: &str, batch: Batch) -> StorageResult<()> {
        let mut b = sled::Batch::default();
        for (k, v) in batch.ops {
            match v {
                Some(v) => b.insert(k, v),
                None => b.remove(k),
            }
        }
        self.dirty.store(true, Ordering::SeqCst);
        self.tree(ns)?.apply_batch(b).map_err(err)
    }

    fn compare_and_swap(
        &self,
        ns: &str,
        key: &[u8],
        expected: Option<&[u8]>,
        new: Option<Vec<u8>>,
    ) -> StorageResult<Result<(), Conflict>> {
        self.dirty.store(true, Ordering::SeqCst);
        let res = self
            .tree(ns)?
            .compare_and_swap(key, expected, new)
            .map_err(err)?;
        Ok(res.map_err(|e| Conflict {
            current: e.current.map(|v| v.to_vec()),
        }))
    }

    fn clear(&self, ns: &str) -> StorageResult<()> {
        self.dirty.store(true, Ordering::SeqCst);
        self.tree(ns)?.clear().map_err(err)?;
        self.db.drop_tree(ns).map_err(err)?;
        Ok(())
    }

    fn namespaces(&self) -> StorageResult<Vec<String>> {
        let mut names = Vec::new();
        for name in self.db.tree_names() {
            if name.as_ref() == DEFAULT_TREE {
                continue;
            }
            if self.db.open_tree(&name).map_err(err)?.is_empty() {
                continue;
            }
            names.push(String::from_utf8_lossy(&name).into_owned());
        }
        names.sort();
        Ok(names)
    }

    fn persist(&self) -> StorageResult<()> {
        if !self.dirty.swap(false, Ordering::SeqCst) {
            return Ok(());
        }
        if let Err(e) = self.db.flush() {
            self.dirty.store(true, Ordering::SeqCst);
            return Err(err(e));
        }
        Ok(())
    }

    fn needs_persist(&self) -> bool {
        self.dirty.load(Ordering::SeqCst)
    }

    fn is_durable(&self) -> bool {
        true
    }
}
