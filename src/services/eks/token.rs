//! Bearer tokens of `aws eks get-token` (`k8s-aws-v1.` + a base64url presigned STS
//! GetCallerIdentity URL): the shape of the presigned query (action, algorithm, credential
//! scope for sts, the `x-k8s-aws-id` header among the signed ones, a 64-hex signature) and its
//! age (valid 15 minutes from `X-Amz-Date`, as EKS's authenticator allows).
//!
//! It never calls STS. The cluster name a token was made for is inside its signature, which
//! only the holder of the secret key could check: Dockside does not verify signatures, so it
//! cannot tell one cluster's token from another's.

use base64::Engine as _;

/// How long a token is accepted after it was signed.
const VALID_MS: i64 = 15 * 60 * 1000;

/// `YYYYMMDDTHHMMSSZ` → epoch milliseconds.
fn amz_date(s: &str) -> Option<i64> {
    if s.len() != 16 || !s.ends_with('Z') || s.as_bytes()[8] != b'T' {
        return None;
    }
    let iso = format!(
        "{}-{}-{}T{}:{}:{}Z",
        &s[0..4],
        &s[4..6],
        &s[6..8],
        &s[9..11],
        &s[11..13],
        &s[13..15]
    );
    crate::types::Timestamp::parse_iso8601(&iso).map(|t| t.millis())
}

/// Checks an `Authorization` header's EKS token at `now`; says why it is refused.
pub fn check(auth: &str, _cluster: &str, now: i64) -> Result<(), String> {
    let token = auth
        .strip_prefix("Bearer ")
        .ok_or("no bearer token")?
        .trim();
    let b64 = token
        .strip_prefix("k8s-aws-v1.")
        .ok_or("not an EKS token (k8s-aws-v1.)")?;
    let url = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(b64.trim_end_matches('='))
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or("the token is not base64url")?;
    let query = url
        .split_once('?')
        .map(|(_, q)| q)
        .ok_or("no presigned query")?;
    let q: std::collections::HashMap<String, String> = form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect();
    let get = |k: &str| q.get(k).map(String::as_str).unwrap_or_default();
    if get("Action") != "GetCallerIdentity" {
        return Err("the token is not a presigned GetCallerIdentity".into());
    }
    if get("X-Amz-Algorithm") != "AWS4-HMAC-SHA256" {
        return Err("unsupported signing algorithm".into());
    }
    let scope: Vec<&str> = get("X-Amz-Credential").split('/').collect();
    if scope.len() != 5 || scope[0].is_empty() || scope[3] != "sts" || scope[4] != "aws4_request" {
        return Err("the credential scope is not sts's".into());
    }
    let signed: Vec<&str> = get("X-Amz-SignedHeaders").split(';').collect();
    if !signed.contains(&"x-k8s-aws-id") {
        return Err("x-k8s-aws-id is not signed".into());
    }
    let sig = get("X-Amz-Signature");
    if sig.len() != 64 || !sig.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err("the signature is malformed".into());
    }
    let at = amz_date(get("X-Amz-Date")).ok_or("X-Amz-Date is malformed")?;
    if now > at + VALID_MS {
        return Err("the token has expired".into());
    }
    if at > now + VALID_MS {
        return Err("the token is dated in the future".into());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn token(date: &str, signed: &str) -> String {
        let url = format!(
            "https://sts.us-east-1.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261129%2Fus-east-1%2Fsts%2Faws4_request&X-Amz-Date={date}&X-Amz-Expires=60&X-Amz-SignedHeaders={signed}&X-Amz-Signature={}",
            "a".repeat(64)
        );
        format!(
            "Bearer k8s-aws-v1.{}",
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(url)
        )
    }

    #[test]
    fn tokens_are_checked_for_shape_and_age() {
        let now = amz_date("20261129T203000Z").unwrap();
        assert!(check(&token("20261129T202500Z", "host%3Bx-k8s-aws-id"), "c", now).is_ok());
        let old = check(&token("20261129T200000Z", "host%3Bx-k8s-aws-id"), "c", now);
        assert_eq!(old.unwrap_err(), "the token has expired");
        assert!(check(&token("20261129T202500Z", "host"), "c", now).is_err());
        assert!(check("Bearer abc", "c", now).is_err());
        assert!(check("", "c", now).is_err());
        assert!(check("Bearer k8s-aws-v1.!!!", "c", now).is_err());
    }
}
