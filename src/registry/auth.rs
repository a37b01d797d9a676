//! Registry credentials: the passwords `GetAuthorizationToken` hands out
//! (`base64("AWS:" + password)`), which name their account, region and expiry and are
//! signed with a secret kept in storage, so they survive restarts and cannot be forged.
//!
//! It never sees repositories or manifests.

use base64::Engine as _;
use hmac::{Hmac, KeyInit, Mac};
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::digest::hex;
use super::store::Scope;

type HmacSha256 = Hmac<Sha256>;

#[derive(Serialize, Deserialize)]
struct Claims {
    a: String,
    r: String,
    e: i64,
    /// The IAM principal the token was issued to (pulls by excluded principals leave
    /// `lastRecordedPullTime` alone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    p: Option<String>,
}

/// What a genuine, current password grants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub scope: Scope,
    pub principal: Option<String>,
}

fn sign(secret: &[u8], payload: &str) -> String {
    let mut mac = HmacSha256::new_from_slice(secret).expect("HMAC takes any key length");
    mac.update(payload.as_bytes());
    hex(&mac.finalize().into_bytes())
}

/// A password (no `:` in it: the CLI splits tokens on the first one) valid until `expires_ms`.
pub fn mint(secret: &[u8], scope: &Scope, principal: Option<&str>, expires_ms: i64) -> String {
    let claims = Claims {
        a: scope.account.clone(),
        r: scope.region.clone(),
        e: expires_ms,
        p: principal.map(str::to_string),
    };
    let payload = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(serde_json::to_vec(&claims).unwrap_or_default());
    let mac = sign(secret, &payload);
    format!("{payload}.{mac}")
}

#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    Malformed,
    Forged,
    Expired,
}

/// What a password grants, if it is genuine and current.
pub fn verify(secret: &[u8], password: &str, now_ms: i64) -> Result<Grant, Refusal> {
    let (payload, mac) = password.rsplit_once('.').ok_or(Refusal::Malformed)?;
    let expected = sign(secret, payload);
    // Constant-time enough for a local emulator, but compare whole strings anyway.
    if expected.len() != mac.len()
        || expected
            .bytes()
            .zip(mac.bytes())
            .fold(0u8, |a, (x, y)| a | (x ^ y))
            != 0
    {
        return Err(Refusal::Forged);
    }
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| Refusal::Malformed)?;
    let claims: Claims = serde_json::from_slice(&bytes).map_err(|_| Refusal::Malformed)?;
    if claims.e <= now_ms {
        return Err(Refusal::Expired);
    }
    Ok(Grant {
        scope: Scope {
            account: claims.a,
            region: claims.r,
        },
        principal: claims.p,
    })
}

/// The password of a `Basic` Authorization header for user `AWS`.
pub fn basic_password(header: &str) -> Option<String> {
    let encoded = header
        .strip_prefix("Basic ")
        .or_else(|| header.strip_prefix("basic "))?;
    let decoded = base64::engine::general_purpose::STANDARD
        .decode(encoded.trim())
        .ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, password) = text.split_once(':')?;
    (user == "AWS").then(|| password.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let s = Scope {
            account: "123456789012".into(),
            region: "eu-west-1".into(),
        };
        let pw = mint(b"k", &s, Some("arn:aws:iam::123456789012:role/ci"), 2_000);
        assert!(!pw.contains(':'));
        assert_eq!(
            verify(b"k", &pw, 1_000),
            Ok(Grant {
                scope: s.clone(),
                principal: Some("arn:aws:iam::123456789012:role/ci".into())
            })
        );
        assert_eq!(verify(b"k", &pw, 2_000), Err(Refusal::Expired));
        assert_eq!(verify(b"other", &pw, 1_000), Err(Refusal::Forged));
        let (payload, mac) = pw.rsplit_once('.').unwrap();
        let tampered = format!("{}x.{mac}", payload);
        assert_eq!(verify(b"k", &tampered, 1_000), Err(Refusal::Forged));
        assert_eq!(verify(b"k", "garbage", 1_000), Err(Refusal::Malformed));
        let header = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode(format!("AWS:{pw}"))
        );
        assert_eq!(basic_password(&header), Some(pw));
        let other = format!(
            "Basic {}",
            base64::engine::general_purpose::STANDARD.encode("bob:x")
        );
        assert_eq!(basic_password(&other), None);
    }
}
