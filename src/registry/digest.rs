//! Content digests (`sha256:<64 hex>`, `sha512:<128 hex>`), parsed once at the edge, and
//! the incremental hashing that verifies uploads while they stream.
//!
//! It never reads storage.

use std::fmt;

use sha2::{Digest as _, Sha256, Sha512};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Digest(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Algorithm {
    Sha256,
    Sha512,
}

impl Digest {
    /// Parses `algorithm:hex`, refusing unknown algorithms and malformed hex.
    pub fn parse(text: &str) -> Option<Digest> {
        let (alg, hex) = text.split_once(':')?;
        let len = match alg {
            "sha256" => 64,
            "sha512" => 128,
            _ => return None,
        };
        let ok = hex.len() == len && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
        ok.then(|| Digest(text.to_string()))
    }

    pub fn algorithm(&self) -> Algorithm {
        if self.0.starts_with("sha512:") {
            Algorithm::Sha512
        } else {
            Algorithm::Sha256
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The sha256 digest of some bytes.
    pub fn of(bytes: &[u8]) -> Digest {
        Digest(format!("sha256:{}", hex(&Sha256::digest(bytes))))
    }
}

impl fmt::Display for Digest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

pub fn hex(bytes: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}

/// Hashes a stream as it arrives, in the algorithm the upload will be checked against.
/// sha256 is assumed until told otherwise; a sha512 upload is re-hashed at the end.
#[derive(Clone, Default)]
pub struct Hasher {
    sha256: Sha256,
}

impl Hasher {
    pub fn update(&mut self, data: &[u8]) {
        self.sha256.update(data);
    }

    pub fn sha256(&self) -> Digest {
        Digest(format!("sha256:{}", hex(&self.sha256.clone().finalize())))
    }
}

/// A sha512 hasher for the rare uploads that name one.
pub fn sha512_hasher() -> Sha512 {
    Sha512::new()
}

pub fn sha512_digest(h: Sha512) -> Digest {
    Digest(format!("sha512:{}", hex(&h.finalize())))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_and_hash() {
        let d = Digest::of(b"");
        assert_eq!(
            d.as_str(),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        assert_eq!(Digest::parse(d.as_str()), Some(d.clone()));
        assert!(Digest::parse("sha256:abc").is_none());
        assert!(Digest::parse("md5:e3b0c44298fc1c149afbf4c8996fb924").is_none());
        assert!(
            Digest::parse(
                "sha256:E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"
            )
            .is_none()
        );
        let mut h = Hasher::default();
        h.update(b"ab");
        h.update(b"c");
        assert_eq!(h.sha256(), Digest::of(b"abc"));
        let mut s = sha512_hasher();
        sha2::Digest::update(&mut s, b"abc");
        assert_eq!(sha512_digest(s).algorithm(), Algorithm::Sha512);
    }
}
