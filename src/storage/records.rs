//! JSON records of one account and region in one namespace, keyed `account␟region␟table␟id`:
//! get, put, delete, and every record of a table whose id starts with a prefix.
//!
//! It never interprets a record beyond its JSON; services own their shapes.

use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{Batch, StorageError, StorageResult, Store, key};

pub struct Records<'a> {
    pub store: &'a Store,
    pub ns: &'static str,
    pub account: String,
    pub region: String,
}

impl<'a> Records<'a> {
    pub fn new(store: &'a Store, ns: &'static str, account: &str, region: &str) -> Self {
        Records {
            store,
            ns,
            account: account.to_string(),
            region: region.to_string(),
        }
    }

    fn k(&self, table: &str, id: &str) -> Vec<u8> {
        key(&self.account, &self.region, table, id)
    }

    pub fn get<T: DeserializeOwned>(&self, table: &str, id: &str) -> StorageResult<Option<T>> {
        Ok(self
            .store
            .kv
            .get(self.ns, &self.k(table, id))?
            .and_then(|b| serde_json::from_slice(&b).ok()))
    }

    pub fn put<T: Serialize>(&self, table: &str, id: &str, v: &T) -> StorageResult<()> {
        let mut b = Batch::default();
        let bytes = serde_json::to_vec(v).map_err(|e| StorageError(e.to_string()))?;
        b.put(self.k(table, id), bytes);
        self.store.kv.apply(self.ns, b)
    }

    pub fn delete(&self, table: &str, id: &str) -> StorageResult<()> {
        let mut b = Batch::default();
        b.delete(self.k(table, id));
        self.store.kv.apply(self.ns, b)
    }

    /// Every record of `table` whose id starts with `prefix`, in id order.
    pub fn all<T: DeserializeOwned>(&self, table: &str, prefix: &str) -> StorageResult<Vec<T>> {
        Ok(self
            .store
            .kv
            .scan(self.ns, &self.k(table, prefix), None, usize::MAX)?
            .into_iter()
            .filter_map(|(_, v)| serde_json::from_slice(&v).ok())
            .collect())
    }
}

impl Records<'_> {
    /// Up to `limit` records of `table` whose id starts with `prefix` and sorts after the id
    /// `after`, with their ids, in id order.
    pub fn scan_ids<T: DeserializeOwned>(
        &self,
        table: &str,
        prefix: &str,
        after: Option<&str>,
        limit: usize,
    ) -> StorageResult<Vec<(String, T)>> {
        let base = self.k(table, "").len();
        let after = after.map(|a| self.k(table, a));
        Ok(self
            .store
            .kv
            .scan(self.ns, &self.k(table, prefix), after.as_deref(), limit)?
            .into_iter()
            .filter_map(|(k, v)| {
                let id = String::from_utf8_lossy(&k[base..]).into_owned();
                serde_json::from_slice(&v).ok().map(|v| (id, v))
            })
            .collect())
    }
}
