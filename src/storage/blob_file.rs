//! Blobs as files: `<dir>/<namespace>/<key, base64url>`, written to
//! `<dir>/<namespace>/tmp/<id>` and renamed into place once synced to disk, so a blob is
//! visible only whole and durable. Reads use positioned reads; nothing is cached in the
//! process (the kernel's page cache does that, outside our memory).
//!
//! It never keeps blob bytes in memory beyond one write buffer per writer.

use std::fs::{self, File};
use std::io::{BufWriter, Read, Seek, SeekFrom, Write};
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use base64::Engine as _;

use super::blob::Committed;
use super::{StorageError, StorageResult};

/// The write buffer of one writer.
const BUFFER: usize = 1024 * 1024;

fn io(e: std::io::Error) -> StorageError {
    StorageError(format!("blob file: {e}"))
}

fn name_of(key: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key)
}

fn key_of(name: &str) -> Option<Vec<u8>> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(name)
        .ok()
}

/// Makes a directory entry (a rename, a removal) durable.
fn sync_dir(dir: &Path) -> StorageResult<()> {
    File::open(dir).and_then(|d| d.sync_all()).map_err(io)
}

#[derive(Clone)]
pub struct FileBlobs {
    dir: Arc<PathBuf>,
}

impl FileBlobs {
    pub fn open(dir: PathBuf) -> StorageResult<Self> {
        fs::create_dir_all(&dir).map_err(io)?;
        Ok(FileBlobs { dir: Arc::new(dir) })
    }

    fn space(&self, ns: &str) -> PathBuf {
        self.dir.join(ns)
    }

    fn path(&self, ns: &str, key: &[u8]) -> PathBuf {
        self.space(ns).join(name_of(key))
    }

    pub fn writer(&self, ns: &str) -> FileWriter {
        let tmp_dir = self.space(ns).join("tmp");
        let tmp = tmp_dir.join(crate::context::new_request_id());
        let file = fs::create_dir_all(&tmp_dir)
            .and_then(|_| File::create(&tmp))
            .map(|f| BufWriter::with_capacity(BUFFER, f))
            .map_err(io);
        FileWriter {
            space: self.space(ns),
            tmp,
            file,
            size: 0,
            done: false,
        }
    }

    pub fn size(&self, ns: &str, key: &[u8]) -> StorageResult<Option<u64>> {
        match fs::metadata(self.path(ns, key)) {
            Ok(m) => Ok(Some(m.len())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(e)),
        }
    }

    pub fn reader(&self, ns: &str, key: &[u8]) -> StorageResult<Option<FileReader>> {
        match File::open(self.path(ns, key)) {
            Ok(file) => {
                let size = file.metadata().map_err(io)?.len();
                Ok(Some(FileReader { file, size }))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(io(e)),
        }
    }

    pub fn delete(&self, ns: &str, key: &[u8]) -> StorageResult<bool> {
        match fs::remove_file(self.path(ns, key)) {
            Ok(()) => {
                sync_dir(&self.space(ns))?;
                Ok(true)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
            Err(e) => Err(io(e)),
        }
    }

    pub fn rename(&self, ns: &str, from: &[u8], to: &[u8]) -> StorageResult<bool> {
        let (src, dst) = (self.path(ns, from), self.path(ns, to));
        if !src.exists() {
            return Ok(false);
        }
        if dst.exists() {
            fs::remove_file(&src).map_err(io)?;
        } else {
            fs::rename(&src, &dst).map_err(io)?;
        }
        sync_dir(&self.space(ns))?;
        Ok(true)
    }

    pub fn list(&self, ns: &str, prefix: &[u8]) -> StorageResult<Vec<(Vec<u8>, u64)>> {
        let entries = match fs::read_dir(self.space(ns)) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(vec![]),
            Err(e) => return Err(io(e)),
        };
        let mut out = Vec::new();
        for entry in entries {
            let entry = entry.map_err(io)?;
            let meta = entry.metadata().map_err(io)?;
            if !meta.is_file() {
                continue;
            }
            if let Some(key) = entry.file_name().to_str().and_then(key_of)
                && key.starts_with(prefix)
            {
                out.push((key, meta.len()));
            }
        }
        out.sort();
        Ok(out)
    }

    pub fn sweep_orphans(&self, ns: &str) -> StorageResult<usize> {
        let tmp = self.space(ns).join("tmp");
        let Ok(entries) = fs::read_dir(&tmp) else {
            return Ok(0);
        };
        let mut n = 0;
        for entry in entries.flatten() {
            if fs::remove_file(entry.path()).is_ok() {
                n += 1;
            }
        }
        Ok(n)
    }

    pub fn clear(&self, ns: &str) -> StorageResult<()> {
        match fs::remove_dir_all(self.space(ns)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(io(e)),
        }
    }
}

/// Writes one blob to a temporary file; dropping it without `commit` removes the file.
pub struct FileWriter {
    space: PathBuf,
    tmp: PathBuf,
    file: StorageResult<BufWriter<File>>,
    size: u64,
    done: bool,
}

impl FileWriter {
    pub fn write(&mut self, data: &[u8]) -> StorageResult<()> {
        let file = self.file.as_mut().map_err(|e| e.clone())?;
        file.write_all(data).map_err(io)?;
        self.size += data.len() as u64;
        Ok(())
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    /// Syncs the file, then moves it into place unless the key already holds a blob.
    pub fn commit(mut self, key: &[u8]) -> StorageResult<Committed> {
        let file = std::mem::replace(&mut self.file, Err(StorageError("committed".into())))?;
        let file = file.into_inner().map_err(|e| io(e.into_error()))?;
        file.sync_all().map_err(io)?;
        drop(file);
        let target = self.space.join(name_of(key));
        let outcome = if target.exists() {
            fs::remove_file(&self.tmp).map_err(io)?;
            Committed::Existing
        } else {
            fs::rename(&self.tmp, &target).map_err(io)?;
            sync_dir(&self.space)?;
            Committed::New
        };
        self.done = true;
        Ok(outcome)
    }
}

impl Drop for FileWriter {
    fn drop(&mut self) {
        if !self.done {
            let _ = fs::remove_file(&self.tmp);
        }
    }
}

/// Reads a committed blob by position.
pub struct FileReader {
    file: File,
    size: u64,
}

impl FileReader {
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Reads `len` bytes from `offset` with the file's cursor: no zero-filling of the buffer,
    /// which streaming reads in order (a pull) benefit from.
    pub fn read_next(&mut self, offset: u64, len: usize) -> StorageResult<Vec<u8>> {
        let end = (offset + len as u64).min(self.size);
        let want = end.saturating_sub(offset) as usize;
        self.file.seek(SeekFrom::Start(offset)).map_err(io)?;
        let mut buf = Vec::with_capacity(want);
        (&self.file)
            .take(want as u64)
            .read_to_end(&mut buf)
            .map_err(io)?;
        if buf.len() != want {
            return Err(StorageError("blob file shorter than its size".into()));
        }
        Ok(buf)
    }

    pub fn read_at(&self, offset: u64, len: usize) -> StorageResult<Vec<u8>> {
        let end = (offset + len as u64).min(self.size);
        let mut buf = vec![0u8; end.saturating_sub(offset) as usize];
        let mut done = 0;
        while done < buf.len() {
            let n = self
                .file
                .read_at(&mut buf[done..], offset + done as u64)
                .map_err(io)?;
            if n == 0 {
                return Err(StorageError("blob file shorter than its size".into()));
            }
            done += n;
        }
        Ok(buf)
    }
}
