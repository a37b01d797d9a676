//! The blob store: large values written and read as a stream of fixed-size chunks.
//! Two engines behind one face: chunk records in the key-value engine (memory), and files
//! under the data directory (beside sled, which would hold every written value in memory:
//! a 256 MiB push left sled at 270 MB of RSS whatever its cache size).
//!
//! A blob becomes visible only when its writer commits. It never holds a whole blob in
//! memory: at most one chunk per writer or reader.

use std::path::PathBuf;
use std::sync::Arc;

use super::blob_file::{FileBlobs, FileReader, FileWriter};
use super::blob_kv::{KvBlobs, KvReader, KvWriter};
use super::{Kv, StorageResult};

/// The size of one chunk: what readers hand out at a time.
pub const CHUNK: usize = 256 * 1024;

/// What a commit did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Committed {
    /// The blob is now stored under the key.
    New,
    /// The key already held a blob; it was kept and this one discarded (content-addressed
    /// writers racing on one digest both succeed, and one copy remains).
    Existing,
}

#[derive(Clone)]
pub enum BlobStore {
    Kv(KvBlobs),
    File(FileBlobs),
}

pub enum BlobWriter {
    Kv(KvWriter),
    File(FileWriter),
}

pub enum BlobReader {
    Kv(KvReader),
    File(FileReader),
}

impl BlobStore {
    /// Blobs as chunk records in a key-value engine.
    pub fn in_kv(kv: Arc<dyn Kv>) -> Self {
        BlobStore::Kv(KvBlobs::new(kv))
    }

    /// Blobs as files under `dir`.
    pub fn in_dir(dir: PathBuf) -> StorageResult<Self> {
        FileBlobs::open(dir).map(BlobStore::File)
    }

    pub fn writer(&self, ns: &str) -> BlobWriter {
        match self {
            BlobStore::Kv(b) => BlobWriter::Kv(b.writer(ns)),
            BlobStore::File(b) => BlobWriter::File(b.writer(ns)),
        }
    }

    pub fn size(&self, ns: &str, key: &[u8]) -> StorageResult<Option<u64>> {
        match self {
            BlobStore::Kv(b) => b.size(ns, key),
            BlobStore::File(b) => b.size(ns, key),
        }
    }

    pub fn reader(&self, ns: &str, key: &[u8]) -> StorageResult<Option<BlobReader>> {
        match self {
            BlobStore::Kv(b) => Ok(b.reader(ns, key)?.map(BlobReader::Kv)),
            BlobStore::File(b) => Ok(b.reader(ns, key)?.map(BlobReader::File)),
        }
    }

    /// Removes a blob; true if it existed.
    pub fn delete(&self, ns: &str, key: &[u8]) -> StorageResult<bool> {
        match self {
            BlobStore::Kv(b) => b.delete(ns, key),
            BlobStore::File(b) => b.delete(ns, key),
        }
    }

    /// Moves a committed blob to another key; onto an existing key the moved one is dropped.
    pub fn rename(&self, ns: &str, from: &[u8], to: &[u8]) -> StorageResult<bool> {
        match self {
            BlobStore::Kv(b) => b.rename(ns, from, to),
            BlobStore::File(b) => b.rename(ns, from, to),
        }
    }

    /// Keys and sizes of committed blobs starting with `prefix`, in key order.
    pub fn list(&self, ns: &str, prefix: &[u8]) -> StorageResult<Vec<(Vec<u8>, u64)>> {
        match self {
            BlobStore::Kv(b) => b.list(ns, prefix),
            BlobStore::File(b) => b.list(ns, prefix),
        }
    }

    /// Removes what writers left unfinished (a crash mid-upload). Only while none is open.
    pub fn sweep_orphans(&self, ns: &str) -> StorageResult<usize> {
        match self {
            BlobStore::Kv(b) => b.sweep_orphans(ns),
            BlobStore::File(b) => b.sweep_orphans(ns),
        }
    }

    /// Removes every blob of a namespace.
    pub fn clear(&self, ns: &str) -> StorageResult<()> {
        match self {
            // Chunk records live in the namespace's `.blobs` keyspace, cleared with it.
            BlobStore::Kv(_) => Ok(()),
            BlobStore::File(b) => b.clear(ns),
        }
    }
}

impl BlobWriter {
    pub fn write(&mut self, data: &[u8]) -> StorageResult<()> {
        match self {
            BlobWriter::Kv(w) => w.write(data),
            BlobWriter::File(w) => w.write(data),
        }
    }

    pub fn size(&self) -> u64 {
        match self {
            BlobWriter::Kv(w) => w.size(),
            BlobWriter::File(w) => w.size(),
        }
    }

    /// Makes the blob visible (and durable) under `key`.
    pub fn commit(self, key: &[u8]) -> StorageResult<Committed> {
        match self {
            BlobWriter::Kv(w) => w.commit(key),
            BlobWriter::File(w) => w.commit(key),
        }
    }
}

impl BlobReader {
    pub fn size(&self) -> u64 {
        match self {
            BlobReader::Kv(r) => r.size(),
            BlobReader::File(r) => r.size(),
        }
    }

    pub fn chunk_count(&self) -> u64 {
        self.size().div_ceil(CHUNK as u64)
    }

    /// The bytes of chunk `index` (each `CHUNK` long but the last).
    pub fn chunk(&self, index: u64) -> StorageResult<Vec<u8>> {
        self.read_at(index * CHUNK as u64, CHUNK)
    }

    /// Up to `len` bytes from `offset`, for a reader that reads in order.
    pub fn read_next(&mut self, offset: u64, len: usize) -> StorageResult<Vec<u8>> {
        match self {
            BlobReader::Kv(r) => r.read_at(offset, len),
            BlobReader::File(r) => r.read_next(offset, len),
        }
    }

    /// Up to `len` bytes from `offset`.
    pub fn read_at(&self, offset: u64, len: usize) -> StorageResult<Vec<u8>> {
        match self {
            BlobReader::Kv(r) => r.read_at(offset, len),
            BlobReader::File(r) => r.read_at(offset, len),
        }
    }
}
