//! Reads the SigV4 (and SigV4a) credential of a request: access key, date, region and
//! service, from the `Authorization` header or a presigned query string.
//!
//! It never verifies a signature: any secret is accepted, as local emulators do.

use http::HeaderMap;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Credential {
    pub access_key: String,
    pub date: String,
    /// Absent for SigV4a, whose scope has no region (the region set is a header).
    pub region: Option<String>,
    pub service: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    /// Neither an `Authorization` header nor a presigned query.
    Missing,
    /// Something was there but is not a SigV4 authorization; the text says what is wrong.
    Malformed(String),
    Signed(Credential),
}

/// `AKID/20261123/us-east-1/ecs/aws4_request` (SigV4) or `AKID/20261123/ecs/aws4_request` (SigV4a).
fn parse_scope(scope: &str) -> Option<Credential> {
    let parts: Vec<&str> = scope.split('/').collect();
    let (key, date, region, service, term) = match parts.as_slice() {
        [k, d, r, s, t] => (*k, *d, Some(*r), *s, *t),
        [k, d, s, t] => (*k, *d, None, *s, *t),
        _ => return None,
    };
    if key.is_empty() || service.is_empty() || term != "aws4_request" {
        return None;
    }
    Some(Credential {
        access_key: key.to_string(),
        date: date.to_string(),
        region: region.filter(|r| !r.is_empty()).map(str::to_string),
        service: service.to_string(),
    })
}

/// The credential of a request, from its headers or its query string.
pub fn parse(headers: &HeaderMap, query: Option<&str>) -> Auth {
    if let Some(value) = headers.get(http::header::AUTHORIZATION) {
        let Ok(text) = value.to_str() else {
            return Auth::Malformed("Authorization header is not ASCII".into());
        };
        return parse_header(text);
    }
    if let Some(q) = query {
        let credential = form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == "X-Amz-Credential")
            .map(|(_, v)| v.into_owned());
        if let Some(c) = credential {
            return match parse_scope(&c) {
                Some(cred) => Auth::Signed(cred),
                None => Auth::Malformed(format!("Invalid credential scope: {c}")),
            };
        }
    }
    Auth::Missing
}

fn parse_header(text: &str) -> Auth {
    let (algorithm, rest) = text.trim().split_once(' ').unwrap_or((text, ""));
    if algorithm != "AWS4-HMAC-SHA256" && algorithm != "AWS4-ECDSA-P256-SHA256" {
        return Auth::Malformed(format!(
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. Authorization header requires 'SignedHeaders' parameter. Authorization={text}"
        ));
    }
    let mut credential = None;
    let (mut signed_headers, mut signature) = (false, false);
    for part in rest.split(',') {
        let part = part.trim();
        if let Some(v) = part.strip_prefix("Credential=") {
            credential = Some(v);
        } else if part.starts_with("SignedHeaders=") {
            signed_headers = true;
        } else if part.starts_with("Signature=") {
            signature = true;
        }
    }
    let mut missing = Vec::new();
    if credential.is_none() {
        missing.push("Authorization header requires 'Credential' parameter.");
    }
    if !signature {
        missing.push("Authorization header requires 'Signature' parameter.");
    }
    if !signed_headers {
        missing.push("Authorization header requires 'SignedHeaders' parameter.");
    }
    if !missing.is_empty() {
        return Auth::Malformed(format!("{} Authorization={text}", missing.join(" ")));
    }
    match credential.and_then(parse_scope) {
        Some(c) => Auth::Signed(c),
        None => Auth::Malformed(format!(
            "Credential should be scoped to a valid region. Authorization={text}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(auth: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::AUTHORIZATION, auth.parse().unwrap());
        h
    }

    #[test]
    fn reads_sigv4() {
        let h = with(
            "AWS4-HMAC-SHA256 Credential=AKID/20261123/eu-west-1/ecs/aws4_request, SignedHeaders=host;x-amz-date, Signature=abc",
        );
        assert_eq!(
            parse(&h, None),
            Auth::Signed(Credential {
                access_key: "AKID".into(),
                date: "20261123".into(),
                region: Some("eu-west-1".into()),
                service: "ecs".into(),
            })
        );
    }

    #[test]
    fn reads_sigv4a_and_presigned() {
        let h = with(
            "AWS4-ECDSA-P256-SHA256 Credential=AKID/20261123/sts/aws4_request, SignedHeaders=host, Signature=abc",
        );
        let Auth::Signed(c) = parse(&h, None) else {
            panic!()
        };
        assert_eq!((c.region, c.service.as_str()), (None, "sts"));
        let q = "Action=GetCallerIdentity&X-Amz-Credential=AKID%2F20261123%2Fus-east-1%2Fsts%2Faws4_request";
        let Auth::Signed(c) = parse(&HeaderMap::new(), Some(q)) else {
            panic!()
        };
        assert_eq!(c.service, "sts");
    }

    #[test]
    fn refuses_garbage() {
        assert_eq!(parse(&HeaderMap::new(), None), Auth::Missing);
        assert!(matches!(parse(&with("garbage"), None), Auth::Malformed(_)));
        assert!(matches!(
            parse(&with("AWS4-HMAC-SHA256 Credential=x"), None),
            Auth::Malformed(m) if m.contains("'Signature'")
        ));
        assert!(matches!(
            parse(
                &with("AWS4-HMAC-SHA256 Credential=a/b, SignedHeaders=h, Signature=s"),
                None
            ),
            Auth::Malformed(_)
        ));
    }
}
