//! Parses registry paths from the right, since repository names contain `/`:
//! `/v2/<name>/manifests/<reference>`, `/v2/<name>/blobs/<digest>`,
//! `/v2/<name>/blobs/uploads/[<id>]`, `/v2/<name>/tags/list`, `/v2/<name>/referrers/<digest>`,
//! `/v2/_catalog`, `/v2/`.
//!
//! It never checks that a repository exists.

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Base,
    Catalog,
    Tags(String),
    Manifest(String, String),
    Blob(String, String),
    Uploads(String),
    Upload(String, String),
    Referrers(String, String),
}

/// A repository name as the spec allows it: lowercase path components of `[a-z0-9]` with
/// single separators (`.`, `_`, `__`, `-`), joined by `/`, at most 256 characters (ECR's limit).
pub fn valid_name(name: &str) -> bool {
    if name.is_empty() || name.len() > 256 {
        return false;
    }
    name.split('/').all(|part| {
        let b = part.as_bytes();
        !b.is_empty()
            && b[0].is_ascii_lowercase() | b[0].is_ascii_digit()
            && b[b.len() - 1].is_ascii_lowercase() | b[b.len() - 1].is_ascii_digit()
            && b.iter()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || b"._-".contains(c))
            && !part.contains("..")
            && !part.contains("___")
    })
}

/// A tag as the spec allows it: `[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}`.
pub fn valid_tag(tag: &str) -> bool {
    let b = tag.as_bytes();
    !b.is_empty()
        && b.len() <= 128
        && (b[0].is_ascii_alphanumeric() || b[0] == b'_')
        && b.iter()
            .all(|c| c.is_ascii_alphanumeric() || b"._-".contains(c))
}

pub fn parse(path: &str) -> Option<Route> {
    let rest = path.strip_prefix("/v2")?;
    if rest.is_empty() || rest == "/" {
        return Some(Route::Base);
    }
    let rest = rest.strip_prefix('/')?;
    if rest == "_catalog" {
        return Some(Route::Catalog);
    }
    let parts: Vec<&str> = rest.split('/').collect();
    let n = parts.len();
    let name = |k: usize| parts[..n - k].join("/");
    match parts.as_slice() {
        [.., "tags", "list"] if n > 2 => Some(Route::Tags(name(2))),
        [.., "manifests", r] if n > 2 => Some(Route::Manifest(name(2), (*r).to_string())),
        [.., "blobs", "uploads", ""] if n > 3 => Some(Route::Uploads(name(3))),
        [.., "blobs", "uploads"] if n > 2 => Some(Route::Uploads(name(2))),
        [.., "blobs", "uploads", id] if n > 3 => Some(Route::Upload(name(3), (*id).to_string())),
        [.., "blobs", d] if n > 2 => Some(Route::Blob(name(2), (*d).to_string())),
        [.., "referrers", d] if n > 2 => Some(Route::Referrers(name(2), (*d).to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes() {
        assert_eq!(parse("/v2/"), Some(Route::Base));
        assert_eq!(parse("/v2"), Some(Route::Base));
        assert_eq!(parse("/v2/_catalog"), Some(Route::Catalog));
        assert_eq!(parse("/v2/a/b/tags/list"), Some(Route::Tags("a/b".into())));
        assert_eq!(
            parse("/v2/team/app/manifests/latest"),
            Some(Route::Manifest("team/app".into(), "latest".into()))
        );
        assert_eq!(
            parse("/v2/blobs/blobs/x"),
            Some(Route::Blob("blobs".into(), "x".into()))
        );
        assert_eq!(
            parse("/v2/app/blobs/uploads/"),
            Some(Route::Uploads("app".into()))
        );
        assert_eq!(
            parse("/v2/app/blobs/uploads/u-1"),
            Some(Route::Upload("app".into(), "u-1".into()))
        );
        assert_eq!(
            parse("/v2/app/referrers/sha256:x"),
            Some(Route::Referrers("app".into(), "sha256:x".into()))
        );
        assert_eq!(parse("/v2/manifests/x"), None);
        assert_eq!(parse("/other"), None);
    }

    #[test]
    fn names_and_tags() {
        assert!(valid_name("team/app-1"));
        assert!(valid_name("a.b_c__d"));
        assert!(!valid_name("Team/app"));
        assert!(!valid_name("app/"));
        assert!(!valid_name("-app"));
        assert!(!valid_name(""));
        assert!(valid_tag("v1.2.3_rc-1"));
        assert!(!valid_tag(".hidden"));
        assert!(!valid_tag(&"a".repeat(129)));
    }
}
