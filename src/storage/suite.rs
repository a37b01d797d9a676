//! The conformance suite every storage engine must pass; it never depends on an engine's internals.

use std::sync::Arc;

use super::blob::{BlobStore, CHUNK, Committed};
use super::{Batch, Kv, key};

pub fn run(kv: &dyn Kv) {
    get_put_delete(kv);
    ordered_scans(kv);
    batches_are_atomic_and_ordered(kv);
    compare_and_swap(kv);
    namespaces_are_isolated(kv);
}

fn get_put_delete(kv: &dyn Kv) {
    assert_eq!(kv.get("a", b"k").unwrap(), None);
    let mut b = Batch::default();
    b.put(b"k".to_vec(), b"v1".to_vec());
    kv.apply("a", b).unwrap();
    assert_eq!(kv.get("a", b"k").unwrap(), Some(b"v1".to_vec()));
    let mut b = Batch::default();
    b.delete(b"k".to_vec());
    kv.apply("a", b).unwrap();
    assert_eq!(kv.get("a", b"k").unwrap(), None);
    kv.persist().unwrap();
}

fn ordered_scans(kv: &dyn Kv) {
    let mut b = Batch::default();
    for id in ["c", "a", "b", "aa"] {
        b.put(key("1", "r", "t", id), id.as_bytes().to_vec());
    }
    b.put(key("1", "r", "tt", "z"), b"other table".to_vec());
    b.put(key("2", "r", "t", "a"), b"other account".to_vec());
    kv.apply("scan", b).unwrap();
    let prefix = key("1", "r", "t", "");
    let all: Vec<Vec<u8>> = kv
        .scan("scan", &prefix, None, 100)
        .unwrap()
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(
        all,
        vec![b"a".to_vec(), b"aa".to_vec(), b"b".to_vec(), b"c".to_vec()]
    );
    let page = kv.scan("scan", &prefix, None, 2).unwrap();
    assert_eq!(page.len(), 2);
    let rest = kv
        .scan("scan", &prefix, Some(&page[1].0), 100)
        .unwrap()
        .into_iter()
        .map(|(_, v)| v)
        .collect::<Vec<_>>();
    assert_eq!(rest, vec![b"b".to_vec(), b"c".to_vec()]);
    assert!(kv.scan("nothing-here", b"", None, 10).unwrap().is_empty());
}

fn batches_are_atomic_and_ordered(kv: &dyn Kv) {
    let mut b = Batch::default();
    b.put(b"x".to_vec(), b"1".to_vec())
        .put(b"y".to_vec(), b"2".to_vec())
        .delete(b"x".to_vec())
        .put(b"x".to_vec(), b"3".to_vec());
    kv.apply("batch", b).unwrap();
    assert_eq!(kv.get("batch", b"x").unwrap(), Some(b"3".to_vec()));
    assert_eq!(kv.get("batch", b"y").unwrap(), Some(b"2".to_vec()));
}

fn compare_and_swap(kv: &dyn Kv) {
    assert!(
        kv.compare_and_swap("cas", b"k", None, Some(b"1".to_vec()))
            .unwrap()
            .is_ok()
    );
    let conflict = kv
        .compare_and_swap("cas", b"k", None, Some(b"2".to_vec()))
        .unwrap()
        .unwrap_err();
    assert_eq!(conflict.current, Some(b"1".to_vec()));
    assert!(
        kv.compare_and_swap("cas", b"k", Some(b"1"), Some(b"2".to_vec()))
            .unwrap()
            .is_ok()
    );
    assert!(
        kv.compare_and_swap("cas", b"k", Some(b"2"), None)
            .unwrap()
            .is_ok()
    );
    assert_eq!(kv.get("cas", b"k").unwrap(), None);
}

fn namespaces_are_isolated(kv: &dyn Kv) {
    let mut b = Batch::default();
    b.put(b"same".to_vec(), b"one".to_vec());
    kv.apply("ns-one", b).unwrap();
    assert_eq!(kv.get("ns-two", b"same").unwrap(), None);
    assert!(kv.namespaces().unwrap().contains(&"ns-one".to_string()));
    kv.clear("ns-one").unwrap();
    assert_eq!(kv.get("ns-one", b"same").unwrap(), None);
    assert!(!kv.namespaces().unwrap().contains(&"ns-one".to_string()));
}

/// Runs against a blob store; `kv` is the engine under a record-based one, to check that
/// deleted chunks leave nothing behind.
pub fn run_blobs(blobs: BlobStore, kv: Option<Arc<dyn Kv>>) {
    // A blob of two and a half chunks, written in odd pieces.
    let data: Vec<u8> = (0..(CHUNK * 5 / 2)).map(|i| (i % 251) as u8).collect();
    let mut w = blobs.writer("reg");
    for piece in data.chunks(100_003) {
        w.write(piece).unwrap();
    }
    assert_eq!(
        blobs.size("reg", b"sha256:x").unwrap(),
        None,
        "invisible until commit"
    );
    assert_eq!(w.commit(b"sha256:x").unwrap(), Committed::New);
    assert_eq!(
        blobs.size("reg", b"sha256:x").unwrap(),
        Some(data.len() as u64)
    );
    let r = blobs.reader("reg", b"sha256:x").unwrap().unwrap();
    assert_eq!(r.chunk_count(), 3);
    let mut back = Vec::new();
    for i in 0..r.chunk_count() {
        back.extend(r.chunk(i).unwrap());
    }
    assert_eq!(back, data);
    let mid = r.read_at(CHUNK as u64 - 5, 10).unwrap();
    assert_eq!(mid, data[CHUNK - 5..CHUNK + 5]);
    assert_eq!(
        r.read_at(data.len() as u64 - 3, 100).unwrap(),
        data[data.len() - 3..]
    );

    // A second writer of the same key keeps one copy.
    let mut w2 = blobs.writer("reg");
    w2.write(b"different").unwrap();
    assert_eq!(w2.commit(b"sha256:x").unwrap(), Committed::Existing);
    assert_eq!(
        blobs.size("reg", b"sha256:x").unwrap(),
        Some(data.len() as u64)
    );

    // An abandoned writer leaves nothing behind.
    let mut w3 = blobs.writer("reg");
    w3.write(&data).unwrap();
    drop(w3);
    assert_eq!(blobs.sweep_orphans("reg").unwrap(), 0);

    assert_eq!(blobs.list("reg", b"sha256:").unwrap().len(), 1);
    // Renaming moves metadata only; onto an existing key it keeps the existing blob.
    let mut w5 = blobs.writer("reg");
    w5.write(b"renamed").unwrap();
    w5.commit(b"tmp/1").unwrap();
    assert!(blobs.rename("reg", b"tmp/1", b"final").unwrap());
    assert_eq!(
        blobs
            .reader("reg", b"final")
            .unwrap()
            .unwrap()
            .read_at(0, 100)
            .unwrap(),
        b"renamed"
    );
    assert!(blobs.reader("reg", b"tmp/1").unwrap().is_none());
    assert!(!blobs.rename("reg", b"tmp/1", b"final").unwrap());
    assert!(blobs.delete("reg", b"final").unwrap());
    assert!(blobs.delete("reg", b"sha256:x").unwrap());
    assert!(!blobs.delete("reg", b"sha256:x").unwrap());
    assert!(blobs.reader("reg", b"sha256:x").unwrap().is_none());
    if let Some(kv) = &kv {
        assert!(
            kv.scan("reg.blobs", b"", None, 10).unwrap().is_empty(),
            "chunks reclaimed"
        );
    }
    assert!(blobs.list("reg", b"").unwrap().is_empty());
    // An empty blob is a blob.
    let w4 = blobs.writer("reg");
    assert_eq!(w4.commit(b"empty").unwrap(), Committed::New);
    assert_eq!(
        blobs
            .reader("reg", b"empty")
            .unwrap()
            .unwrap()
            .read_at(0, 10)
            .unwrap(),
        b""
    );
}
