//! ECS's list pagination: `maxResults` (1 to 100, default 100) and an opaque `nextToken`
//! that names the last item of the previous page; and batch lookups by ARN (Describe*
//! operations), with a MISSING failure for each ARN not found.
//!
//! It never knows what it pages through: it takes ordered keys.

use base64::Engine as _;

use super::api::{ErrorCode, Failure};
use crate::error::AwsError;

fn encode(key: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(key.as_bytes())
}

fn decode(token: &str) -> Result<String, AwsError> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(token.as_bytes())
        .ok()
        .and_then(|b| String::from_utf8(b).ok())
        .ok_or_else(|| ErrorCode::InvalidParameterException.with("Invalid token"))
}

/// The page of `items` (ordered by key) after `token`, at most `max` long, and the token
/// of the page after it.
pub fn page<T>(
    items: impl IntoIterator<Item = (String, T)>,
    max: Option<i32>,
    token: Option<&str>,
) -> Result<(Vec<T>, Option<String>), AwsError> {
    let max = match max {
        None => 100,
        Some(n) if (1..=100).contains(&n) => n as usize,
        Some(_) => {
            return Err(
                ErrorCode::InvalidParameterException.with("maxResults must be between 1 and 100.")
            );
        }
    };
    let after = token.map(decode).transpose()?;
    let mut out = Vec::new();
    let mut last = None;
    let mut more = false;
    for (k, item) in items {
        if after.as_ref().is_some_and(|a| k.as_str() <= a.as_str()) {
            continue;
        }
        if out.len() == max {
            more = true;
            break;
        }
        last = Some(k);
        out.push(item);
    }
    Ok((out, if more { last.map(|k| encode(&k)) } else { None }))
}

/// Looks up each of 1 to `max` ARNs given as `field`: what `find` finds, and a MISSING
/// failure for each ARN it does not.
pub fn each<T>(
    arns: Vec<String>,
    max: usize,
    field: &str,
    find: impl Fn(&str) -> Option<T>,
) -> Result<(Vec<T>, Vec<Failure>), AwsError> {
    if arns.is_empty() || arns.len() > max {
        return Err(ErrorCode::InvalidParameterException
            .with(format!("{field} must contain between 1 and {max} items.")));
    }
    let (mut found, mut failures) = (Vec::new(), Vec::new());
    for arn in arns {
        match find(&arn) {
            Some(x) => found.push(x),
            None => failures.push(Failure {
                arn: Some(arn),
                reason: Some("MISSING".into()),
                detail: None,
            }),
        }
    }
    Ok((found, failures))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages() {
        let items = || (0..5).map(|i| (format!("k{i}"), i));
        let (p1, t1) = page(items(), Some(2), None).unwrap();
        assert_eq!(p1, vec![0, 1]);
        let (p2, t2) = page(items(), Some(2), t1.as_deref()).unwrap();
        assert_eq!(p2, vec![2, 3]);
        let (p3, t3) = page(items(), Some(2), t2.as_deref()).unwrap();
        assert_eq!((p3, t3), (vec![4], None));
        assert!(page(items(), Some(0), None).is_err());
        assert!(page(items(), None, Some("@@@")).is_err());
    }
}
