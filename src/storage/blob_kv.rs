//! Blobs as chunk records in a key-value engine (the in-memory store's blob store).
//!
//! A blob becomes visible only when its writer commits; until then its chunks are
//! unreachable. It never holds more than one chunk per writer or reader itself (though the
//! engine underneath may hold everything: the memory engine does, by design).

use std::sync::Arc;

use super::{Batch, Kv, StorageError, StorageResult};

use super::blob::{CHUNK, Committed};

const DATA: u8 = b'd';
const META: u8 = b'm';

fn space(ns: &str) -> String {
    format!("{ns}.blobs")
}

fn chunk_key(id: u128, index: u64) -> Vec<u8> {
    let mut k = Vec::with_capacity(25);
    k.push(DATA);
    k.extend_from_slice(&id.to_be_bytes());
    k.extend_from_slice(&index.to_be_bytes());
    k
}

fn meta_key(key: &[u8]) -> Vec<u8> {
    let mut k = Vec::with_capacity(key.len() + 1);
    k.push(META);
    k.extend_from_slice(key);
    k
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Meta {
    id: u128,
    size: u64,
}

impl Meta {
    fn encode(&self) -> Vec<u8> {
        let mut v = self.id.to_be_bytes().to_vec();
        v.extend_from_slice(&self.size.to_be_bytes());
        v
    }

    fn decode(bytes: &[u8]) -> StorageResult<Meta> {
        if bytes.len() != 24 {
            return Err(StorageError("corrupt blob metadata".into()));
        }
        let mut id = [0u8; 16];
        id.copy_from_slice(&bytes[..16]);
        let mut size = [0u8; 8];
        size.copy_from_slice(&bytes[16..]);
        Ok(Meta {
            id: u128::from_be_bytes(id),
            size: u64::from_be_bytes(size),
        })
    }
}

#[derive(Clone)]
pub struct KvBlobs {
    kv: Arc<dyn Kv>,
}

impl KvBlobs {
    pub fn new(kv: Arc<dyn Kv>) -> Self {
        KvBlobs { kv }
    }

    /// Starts a new blob in namespace `ns`.
    pub fn writer(&self, ns: &str) -> KvWriter {
        KvWriter {
            kv: self.kv.clone(),
            space: space(ns),
            id: fastrand::u128(..),
            buf: Vec::with_capacity(CHUNK),
            written: 0,
            chunks: 0,
            done: false,
        }
    }

    /// The size of a committed blob.
    pub fn size(&self, ns: &str, key: &[u8]) -> StorageResult<Option<u64>> {
        Ok(self.meta(ns, key)?.map(|m| m.size))
    }

    fn meta(&self, ns: &str, key: &[u8]) -> StorageResult<Option<Meta>> {
        match self.kv.get(&space(ns), &meta_key(key))? {
            Some(bytes) => Meta::decode(&bytes).map(Some),
            None => Ok(None),
        }
    }

    /// Opens a committed blob for reading.
    pub fn reader(&self, ns: &str, key: &[u8]) -> StorageResult<Option<KvReader>> {
        Ok(self.meta(ns, key)?.map(|meta| KvReader {
            kv: self.kv.clone(),
            space: space(ns),
            meta,
        }))
    }

    /// Removes a blob; true if it existed.
    pub fn delete(&self, ns: &str, key: &[u8]) -> StorageResult<bool> {
        let Some(meta) = self.meta(ns, key)? else {
            return Ok(false);
        };
        let sp = space(ns);
        let mut b = Batch::default();
        b.delete(meta_key(key));
        self.kv.apply(&sp, b)?;
        delete_chunks(&*self.kv, &sp, meta.id, meta.size.div_ceil(CHUNK as u64))?;
        Ok(true)
    }

    /// Moves a committed blob to another key (metadata only); false when `from` does not
    /// exist, and the blob at `from` is discarded when `to` already holds one.
    pub fn rename(&self, ns: &str, from: &[u8], to: &[u8]) -> StorageResult<bool> {
        let sp = space(ns);
        let Some(meta) = self.meta(ns, from)? else {
            return Ok(false);
        };
        let placed = self
            .kv
            .compare_and_swap(&sp, &meta_key(to), None, Some(meta.encode()))?
            .is_ok();
        let mut b = Batch::default();
        b.delete(meta_key(from));
        self.kv.apply(&sp, b)?;
        if !placed {
            delete_chunks(&*self.kv, &sp, meta.id, meta.size.div_ceil(CHUNK as u64))?;
        }
        Ok(true)
    }

    /// Keys of committed blobs starting with `prefix`, in order.
    pub fn list(&self, ns: &str, prefix: &[u8]) -> StorageResult<Vec<(Vec<u8>, u64)>> {
        let sp = space(ns);
        let mut out = Vec::new();
        let mut after: Option<Vec<u8>> = None;
        loop {
            let page = self
                .kv
                .scan(&sp, &meta_key(prefix), after.as_deref(), 1024)?;
            if page.is_empty() {
                return Ok(out);
            }
            after = page.last().map(|(k, _)| k.clone());
            for (k, v) in page {
                out.push((k[1..].to_vec(), Meta::decode(&v)?.size));
            }
        }
    }

    /// Removes chunks that no committed blob owns (left by a crash mid-upload).
    /// Call only while no writer is open, as at start-up.
    pub fn sweep_orphans(&self, ns: &str) -> StorageResult<usize> {
        let sp = space(ns);
        let owned: std::collections::HashSet<u128> = self
            .kv
            .scan(&sp, &[META], None, usize::MAX)?
            .iter()
            .map(|(_, v)| Meta::decode(v).map(|m| m.id))
            .collect::<StorageResult<_>>()?;
        let mut removed = 0;
        let mut b = Batch::default();
        for (k, _) in self.kv.scan(&sp, &[DATA], None, usize::MAX)? {
            let mut id = [0u8; 16];
            id.copy_from_slice(&k[1..17]);
            if !owned.contains(&u128::from_be_bytes(id)) {
                b.delete(k);
                removed += 1;
            }
        }
        if !b.is_empty() {
            self.kv.apply(&sp, b)?;
        }
        Ok(removed)
    }
}

fn delete_chunks(kv: &dyn Kv, space: &str, id: u128, chunks: u64) -> StorageResult<()> {
    let mut b = Batch::default();
    for i in 0..chunks {
        b.delete(chunk_key(id, i));
        if b.ops.len() >= 256 {
            kv.apply(space, std::mem::take(&mut b))?;
        }
    }
    if !b.is_empty() {
        kv.apply(space, b)?;
    }
    Ok(())
}

/// Appends bytes to a new blob. Dropping it without `commit` discards what was written.
pub struct KvWriter {
    kv: Arc<dyn Kv>,
    space: String,
    id: u128,
    buf: Vec<u8>,
    written: u64,
    chunks: u64,
    done: bool,
}

impl KvWriter {
    pub fn write(&mut self, mut data: &[u8]) -> StorageResult<()> {
        while !data.is_empty() {
            let take = (CHUNK - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            self.written += take as u64;
            if self.buf.len() == CHUNK {
                self.flush_chunk()?;
            }
        }
        Ok(())
    }

    fn flush_chunk(&mut self) -> StorageResult<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let mut b = Batch::default();
        b.put(
            chunk_key(self.id, self.chunks),
            std::mem::replace(&mut self.buf, Vec::with_capacity(CHUNK)),
        );
        self.kv.apply(&self.space, b)?;
        self.chunks += 1;
        Ok(())
    }

    /// Bytes written so far.
    pub fn size(&self) -> u64 {
        self.written
    }

    /// Makes the blob visible under `key`; call `Kv::persist` afterwards for durability.
    pub fn commit(mut self, key: &[u8]) -> StorageResult<Committed> {
        self.flush_chunk()?;
        let meta = Meta {
            id: self.id,
            size: self.written,
        };
        let outcome =
            self.kv
                .compare_and_swap(&self.space, &meta_key(key), None, Some(meta.encode()))?;
        match outcome {
            Ok(()) => {
                self.done = true;
                Ok(Committed::New)
            }
            // Drop discards our chunks.
            Err(_) => Ok(Committed::Existing),
        }
    }
}

impl Drop for KvWriter {
    fn drop(&mut self) {
        if !self.done {
            // Best effort: what is left behind is removed by `sweep_orphans`.
            let _ = delete_chunks(&*self.kv, &self.space, self.id, self.chunks);
        }
    }
}

/// Reads a committed blob chunk by chunk, or any byte range of it.
pub struct KvReader {
    kv: Arc<dyn Kv>,
    space: String,
    meta: Meta,
}

impl KvReader {
    pub fn size(&self) -> u64 {
        self.meta.size
    }

    pub fn chunk_count(&self) -> u64 {
        self.meta.size.div_ceil(CHUNK as u64)
    }

    /// The bytes of chunk `index` (each `CHUNK` long but the last).
    pub fn chunk(&self, index: u64) -> StorageResult<Vec<u8>> {
        self.kv
            .get(&self.space, &chunk_key(self.meta.id, index))?
            .ok_or_else(|| StorageError("blob chunk missing (deleted while read?)".into()))
    }

    /// Up to `len` bytes from `offset`, never crossing more than the chunks needed.
    pub fn read_at(&self, offset: u64, len: usize) -> StorageResult<Vec<u8>> {
        let end = (offset + len as u64).min(self.meta.size);
        let mut out = Vec::with_capacity(end.saturating_sub(offset) as usize);
        let mut pos = offset;
        while pos < end {
            let index = pos / CHUNK as u64;
            let chunk = self.chunk(index)?;
            let start = (pos - index * CHUNK as u64) as usize;
            let stop = ((end - index * CHUNK as u64) as usize).min(chunk.len());
            out.extend_from_slice(&chunk[start..stop]);
            pos = index * CHUNK as u64 + stop as u64;
        }
        Ok(out)
    }
}
