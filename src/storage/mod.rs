//! The storage seam: a namespaced, ordered key-value store with atomic batches, and a
//! streaming blob store built on it.
//!
//! Engines (sled, memory) implement [`Kv`]; everything above speaks only this trait.
//! Storage never interprets the bytes it keeps: services own their encodings.

pub mod blob;
mod blob_file;
mod blob_kv;
pub mod memory;
pub mod records;
pub mod sled;
#[cfg(test)]
mod suite;

use std::fmt;
use std::sync::Arc;

pub use blob::{BlobStore, BlobWriter};

/// An engine failure: IO, corruption. Answered as an internal failure, never to be retried blindly.
#[derive(Debug, Clone)]
pub struct StorageError(pub String);

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "storage: {}", self.0)
    }
}

impl std::error::Error for StorageError {}

impl From<StorageError> for crate::error::AwsError {
    fn from(e: StorageError) -> Self {
        crate::error::AwsError::internal(e)
    }
}

pub type StorageResult<T> = Result<T, StorageError>;

/// A set of writes applied all at once or not at all.
#[derive(Debug, Default, Clone)]
pub struct Batch {
    pub ops: Vec<(Vec<u8>, Option<Vec<u8>>)>,
}

impl Batch {
    pub fn put(&mut self, key: impl Into<Vec<u8>>, value: impl Into<Vec<u8>>) -> &mut Self {
        self.ops.push((key.into(), Some(value.into())));
        self
    }

    pub fn delete(&mut self, key: impl Into<Vec<u8>>) -> &mut Self {
        self.ops.push((key.into(), None));
        self
    }

    pub fn is_empty(&self) -> bool {
        self.ops.is_empty()
    }
}

/// Outcome of a compare-and-swap that found another value than expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub current: Option<Vec<u8>>,
}

pub type Entry = (Vec<u8>, Vec<u8>);

/// The key-value engine. Namespaces are independent keyspaces (one per service, plus
/// internal ones); within one, keys are ordered bytewise.
pub trait Kv: Send + Sync + 'static {
    fn get(&self, ns: &str, key: &[u8]) -> StorageResult<Option<Vec<u8>>>;
    /// Entries whose key starts with `prefix` and sorts strictly after `after` (when
    /// given), in key order, at most `limit` of them.
    fn scan(
        &self,
        ns: &str,
        prefix: &[u8],
        after: Option<&[u8]>,
        limit: usize,
    ) -> StorageResult<Vec<Entry>>;
    /// Applies every write of the batch atomically.
    fn apply(&self, ns: &str, batch: Batch) -> StorageResult<()>;
    /// Writes `new` only if the key currently holds `expected`.
    fn compare_and_swap(
        &self,
        ns: &str,
        key: &[u8],
        expected: Option<&[u8]>,
        new: Option<Vec<u8>>,
    ) -> StorageResult<Result<(), Conflict>>;
    /// Removes every key of a namespace.
    fn clear(&self, ns: &str) -> StorageResult<()>;
    /// The namespaces that hold at least one key.
    fn namespaces(&self) -> StorageResult<Vec<String>>;
    /// Blocks until every write applied so far is durable. A no-op for memory.
    fn persist(&self) -> StorageResult<()>;
    /// True when writes were applied that `persist` has not made durable yet.
    fn needs_persist(&self) -> bool;
    /// True when writes survive a restart.
    fn is_durable(&self) -> bool;
}

/// The store handed to services: the key-value engine and the blob store.
#[derive(Clone)]
pub struct Store {
    pub kv: Arc<dyn Kv>,
    blobs: BlobStore,
}

impl Store {
    /// A store whose blobs are chunk records in `kv`.
    pub fn new(kv: Arc<dyn Kv>) -> Self {
        Store {
            blobs: BlobStore::in_kv(kv.clone()),
            kv,
        }
    }

    /// A store whose blobs are files under `dir`.
    pub fn with_blob_dir(kv: Arc<dyn Kv>, dir: std::path::PathBuf) -> StorageResult<Self> {
        Ok(Store {
            blobs: BlobStore::in_dir(dir)?,
            kv,
        })
    }

    pub fn memory() -> Self {
        Store::new(Arc::new(memory::MemoryKv::default()))
    }

    pub fn blobs(&self) -> BlobStore {
        self.blobs.clone()
    }

    /// Removes all state, or all of one namespace and the internal namespaces beneath it.
    pub fn reset(&self, ns: Option<&str>) -> StorageResult<()> {
        for name in self.kv.namespaces()? {
            let owned = match ns {
                None => true,
                Some(ns) => name == ns || name.starts_with(&format!("{ns}.")),
            };
            if owned {
                self.kv.clear(&name)?;
            }
        }
        match ns {
            Some(ns) => self.blobs.clear(ns)?,
            None => {
                for ns in crate::catalog::SERVICES.iter().map(|s| s.name) {
                    self.blobs.clear(ns)?;
                }
            }
        }
        self.kv.persist()
    }
}

/// Separates the parts of a composite key; it sorts below every printable byte, so
/// `a␟…` sorts before `ab␟…` and a prefix scan never spills into a longer name.
pub const SEP: u8 = 0x1f;

/// Builds `account␟region␟table␟id`, the key of one resource (pass `""` as id for the
/// prefix of a whole table).
pub fn key(account: &str, region: &str, table: &str, id: &str) -> Vec<u8> {
    let mut k = Vec::with_capacity(account.len() + region.len() + table.len() + id.len() + 3);
    for (i, part) in [account, region, table].iter().enumerate() {
        if i > 0 {
            k.push(SEP);
        }
        k.extend_from_slice(part.as_bytes());
    }
    k.push(SEP);
    k.extend_from_slice(id.as_bytes());
    k
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conformance_memory() {
        suite::run(&memory::MemoryKv::default());
    }

    #[test]
    fn conformance_sled() {
        let dir = tempfile::tempdir().unwrap();
        let kv = sled::SledKv::open(dir.path()).unwrap();
        suite::run(&kv);
    }

    #[test]
    fn blobs_in_memory() {
        let kv: Arc<dyn Kv> = Arc::new(memory::MemoryKv::default());
        suite::run_blobs(BlobStore::in_kv(kv.clone()), Some(kv));
    }

    #[test]
    fn blobs_in_sled_records() {
        let dir = tempfile::tempdir().unwrap();
        let kv: Arc<dyn Kv> = Arc::new(sled::SledKv::open(dir.path()).unwrap());
        suite::run_blobs(BlobStore::in_kv(kv.clone()), Some(kv));
    }

    #[test]
    fn blobs_in_files() {
        let dir = tempfile::tempdir().unwrap();
        suite::run_blobs(BlobStore::in_dir(dir.path().join("objects")).unwrap(), None);
    }

    #[test]
    fn sled_survives_reopen() {
        let dir = tempfile::tempdir().unwrap();
        {
            let kv = sled::SledKv::open(dir.path()).unwrap();
            let mut b = Batch::default();
            b.put(key("1", "r", "t", "a"), b"x".to_vec());
            kv.apply("ecs", b).unwrap();
            kv.persist().unwrap();
        }
        let kv = sled::SledKv::open(dir.path()).unwrap();
        assert_eq!(
            kv.get("ecs", &key("1", "r", "t", "a")).unwrap(),
            Some(b"x".to_vec())
        );
    }

    #[test]
    fn keys_isolate_accounts_and_tables() {
        let a = key("111111111111", "us-east-1", "cluster", "");
        let b = key("111111111111", "us-east-1", "clusters", "x");
        assert!(!b.starts_with(&a));
        assert!(key("1", "r", "t", "x").starts_with(&a[..0]));
    }

    #[test]
    fn reset_one_namespace() {
        let store = Store::memory();
        let mut b = Batch::default();
        b.put(b"k".to_vec(), b"v".to_vec());
        store.kv.apply("ecs", b.clone()).unwrap();
        store.kv.apply("ecs.blobs", b.clone()).unwrap();
        store.kv.apply("eks", b).unwrap();
        store.reset(Some("ecs")).unwrap();
        assert_eq!(store.kv.namespaces().unwrap(), vec!["eks".to_string()]);
        store.reset(None).unwrap();
        assert!(store.kv.namespaces().unwrap().is_empty());
    }
}
