//! Access key ids that carry their account, encoded as AWS encodes it, so that the
//! account of a key Dockside issued can be read back from the key alone.
//!
//! It never looks at secrets. The layout (base32 after the 4-letter prefix; the account
//! in bits 7..47 of the first six bytes) is the one public research decoded from real
//! AWS keys: <https://medium.com/@TalBeerySec/a-short-note-on-aws-key-id-f88cc4317489>.

const ALPHABET: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

pub fn is_account_id(key: &str) -> bool {
    key.len() == 12 && key.bytes().all(|b| b.is_ascii_digit())
}

fn base32(bytes: &[u8]) -> String {
    let mut out = String::new();
    let (mut buf, mut bits) = (0u32, 0);
    for &b in bytes {
        buf = (buf << 8) | b as u32;
        bits += 8;
        while bits >= 5 {
            bits -= 5;
            out.push(ALPHABET[((buf >> bits) & 31) as usize] as char);
        }
    }
    if bits > 0 {
        out.push(ALPHABET[((buf << (5 - bits)) & 31) as usize] as char);
    }
    out
}

fn unbase32(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let (mut buf, mut bits) = (0u32, 0);
    for c in text.bytes() {
        let v = ALPHABET.iter().position(|&a| a == c)? as u32;
        buf = (buf << 5) | v;
        bits += 5;
        if bits >= 8 {
            bits -= 8;
            out.push((buf >> bits) as u8);
        }
    }
    Some(out)
}

/// A new key id (`ASIA…` for temporary credentials) that encodes `account`.
pub fn new_key_id(prefix: &str, account: &str) -> String {
    let account: u64 = account.parse().unwrap_or(0);
    let z = (account << 7) | fastrand::u64(0..128);
    let mut bytes = z.to_be_bytes()[2..8].to_vec();
    bytes.extend_from_slice(&fastrand::u32(..).to_be_bytes());
    format!("{prefix}{}", base32(&bytes))
}

/// The account encoded in an `AKIA`/`ASIA` key id, if it is one.
pub fn account_of(key: &str) -> Option<String> {
    if key.len() != 20 || !(key.starts_with("AKIA") || key.starts_with("ASIA")) {
        return None;
    }
    let bytes = unbase32(&key[4..])?;
    let mut z = [0u8; 8];
    z[2..8].copy_from_slice(bytes.get(..6)?);
    let account = (u64::from_be_bytes(z) & 0x7fff_ffff_ff80) >> 7;
    Some(format!("{account:012}"))
}

/// An id in AWS's form (`AROA` + 17 characters), the same for the same name.
pub fn stable_id(prefix: &str, name: &str) -> String {
    // FNV-1a, twice with different seeds, for 16 bytes of spread.
    let hash = |seed: u64| {
        name.bytes()
            .fold(seed, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
    };
    let mut bytes = hash(0xcbf2_9ce4_8422_2325).to_be_bytes().to_vec();
    bytes.extend_from_slice(&hash(0x8422_2325_cbf2_9ce4).to_be_bytes());
    let mut id = base32(&bytes);
    id.truncate(17);
    format!("{prefix}{id}")
}

/// Random text of `len` characters from `alphabet`.
pub fn random_text(len: usize, alphabet: &[u8]) -> String {
    (0..len)
        .map(|_| alphabet[fastrand::usize(..alphabet.len())] as char)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_a_published_example() {
        // The example key and account of the research note linked above.
        assert_eq!(
            account_of("ASIAY34FZKBOKMUTVV7A").as_deref(),
            Some("609629065308")
        );
    }

    #[test]
    fn issued_keys_round_trip() {
        for account in ["000000000000", "123456789012", "999999999999"] {
            let key = new_key_id("ASIA", account);
            assert_eq!(key.len(), 20);
            assert_eq!(account_of(&key).as_deref(), Some(account));
        }
        assert_eq!(account_of("test"), None);
        assert!(is_account_id("123456789012"));
        assert!(!is_account_id("12345678901a"));
    }

    #[test]
    fn stable_ids() {
        let a = stable_id("AROA", "arn:aws:iam::1:role/a");
        assert_eq!(a.len(), 21);
        assert_eq!(a, stable_id("AROA", "arn:aws:iam::1:role/a"));
        assert_ne!(a, stable_id("AROA", "arn:aws:iam::1:role/b"));
    }
}
