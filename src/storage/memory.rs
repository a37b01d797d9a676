//! The in-memory engine: for tests and `--ephemeral`. Nothing it holds survives the process.
//!
//! It never touches the disk.

use std::collections::{BTreeMap, HashMap};
use std::ops::Bound;
use std::sync::RwLock;

use super::{Batch, Conflict, Entry, Kv, StorageError, StorageResult};

/// One namespace: ordered keys to values.
type Space = BTreeMap<Vec<u8>, Vec<u8>>;

#[derive(Default)]
pub struct MemoryKv {
    spaces: RwLock<HashMap<String, Space>>,
}

fn poisoned<T>(_: T) -> StorageError {
    StorageError("memory store lock poisoned".into())
}

impl Kv for MemoryKv {
    fn get(&self, ns: &str, key: &[u8]) -> StorageResult<Option<Vec<u8>>> {
        let spaces = self.spaces.read().map_err(poisoned)?;
        Ok(spaces.get(ns).and_then(|t| t.get(key).cloned()))
    }

    fn scan(
        &self,
        ns: &str,
        prefix: &[u8],
        after: Option<&[u8]>,
        limit: usize,
    ) -> StorageResult<Vec<Entry>> {
        let spaces = self.spaces.read().map_err(poisoned)?;
        let Some(tree) = spaces.get(ns) else {
            return Ok(Vec::new());
        };
        let start = match after {
            Some(a) if a >= prefix => Bound::Excluded(a.to_vec()),
            _ => Bound::Included(prefix.to_vec()),
        };
        Ok(tree
            .range((start, Bound::Unbounded))
            .take_while(|(k, _)| k.starts_with(prefix))
            .take(limit)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect())
    }

    fn apply(&self, ns: &str, batch: Batch) -> StorageResult<()> {
        let mut spaces = self.spaces.write().map_err(poisoned)?;
        let tree = spaces.entry(ns.to_string()).or_default();
        for (k, v) in batch.ops {
            match v {
                Some(v) => tree.insert(k, v),
                None => tree.remove(&k),
            };
        }
        if tree.is_empty() {
            spaces.remove(ns);
        }
        Ok(())
    }

    fn compare_and_swap(
        &self,
        ns: &str,
        key: &[u8],
        expected: Option<&[u8]>,
        new: Option<Vec<u8>>,
    ) -> StorageResult<Result<(), Conflict>> {
        let mut spaces = self.spaces.write().map_err(poisoned)?;
        let tree = spaces.entry(ns.to_string()).or_default();
        let current = tree.get(key);
        if current.map(Vec::as_slice) != expected {
            return Ok(Err(Conflict {
                current: current.cloned(),
            }));
        }
        match new {
            Some(v) => tree.insert(key.to_vec(), v),
            None => tree.remove(key),
        };
        if tree.is_empty() {
            spaces.remove(ns);
        }
        Ok(Ok(()))
    }

    fn clear(&self, ns: &str) -> StorageResult<()> {
        self.spaces.write().map_err(poisoned)?.remove(ns);
        Ok(())
    }

    fn namespaces(&self) -> StorageResult<Vec<String>> {
        let spaces = self.spaces.read().map_err(poisoned)?;
        let mut names: Vec<String> = spaces.keys().cloned().collect();
        names.sort();
        Ok(names)
    }

    fn persist(&self) -> StorageResult<()> {
        Ok(())
    }

    fn needs_persist(&self) -> bool {
        false
    }

    fn is_durable(&self) -> bool {
        false
    }
}
