//! ECS identifiers: a resource may be named or given by ARN (`arn:aws:ecs:<region>:<account>:
//! cluster/<name>`, `task/<cluster>/<id>`, `service/<cluster>/<name>`,
//! `task-definition/<family>:<revision>`, `gateway/<name>`). ARNs of another account or
//! region are refused the way ECS refuses them.
//!
//! It never looks resources up: it only turns identifiers into names.

use super::api::ErrorCode;
use crate::error::AwsError;

/// The resource part of an ECS ARN, after checking its account and region.
fn resource<'a>(value: &'a str, account: &str, region: &str) -> Result<Option<&'a str>, AwsError> {
    if !value.starts_with("arn:") {
        return Ok(None);
    }
    let parts: Vec<&str> = value.splitn(6, ':').collect();
    if parts.len() != 6 || parts[2] != "ecs" || !parts[1].starts_with("aws") {
        return Err(ErrorCode::InvalidParameterException
            .with("Invalid identifier: Unexpected number of separators"));
    }
    if parts[4] != account {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid identifier: Identifier is for {}. Your accountId is {account}",
            parts[4]
        )));
    }
    if parts[3] != region {
        return Err(ErrorCode::InvalidParameterException.with(format!(
            "Invalid identifier: Identifier is for {}. Your region is {region}",
            parts[3]
        )));
    }
    Ok(Some(parts[5]))
}

fn malformed(kind: &str, value: &str) -> AwsError {
    ErrorCode::InvalidParameterException.with(format!("Invalid {kind} identifier: {value}"))
}

/// A cluster name from a name or ARN; absent means `default`.
pub fn cluster(value: Option<&str>, account: &str, region: &str) -> Result<String, AwsError> {
    let value = value.unwrap_or("default");
    match resource(value, account, region)? {
        Some(r) => r
            .strip_prefix("cluster/")
            .filter(|n| !n.is_empty() && !n.contains('/'))
            .map(str::to_string)
            .ok_or_else(|| malformed("cluster", value)),
        None if value.is_empty() => Err(malformed("cluster", value)),
        None => Ok(value.to_string()),
    }
}

/// A task id from an id or ARN (new form `task/<cluster>/<id>` or old `task/<id>`).
pub fn task(value: &str, account: &str, region: &str) -> Result<String, AwsError> {
    match resource(value, account, region)? {
        Some(r) => {
            let rest = r
                .strip_prefix("task/")
                .ok_or_else(|| malformed("task", value))?;
            let id = rest.rsplit('/').next().unwrap_or_default();
            (!id.is_empty())
                .then(|| id.to_string())
                .ok_or_else(|| malformed("task", value))
        }
        None => Ok(value.to_string()),
    }
}

/// A service name from a name or ARN (`service/<cluster>/<name>` or old `service/<name>`),
/// with the cluster the ARN names, if it names one.
pub fn service(
    value: &str,
    account: &str,
    region: &str,
) -> Result<(Option<String>, String), AwsError> {
    match resource(value, account, region)? {
        Some(r) => {
            let rest = r
                .strip_prefix("service/")
                .ok_or_else(|| malformed("service", value))?;
            match rest.split_once('/') {
                Some((c, n)) if !n.is_empty() => Ok((Some(c.to_string()), n.to_string())),
                None if !rest.is_empty() => Ok((None, rest.to_string())),
                _ => Err(malformed("service", value)),
            }
        }
        None => Ok((None, value.to_string())),
    }
}

/// A gateway name from a name or ARN (`gateway/<name>`).
pub fn gateway(value: &str, account: &str, region: &str) -> Result<String, AwsError> {
    match resource(value, account, region)? {
        Some(r) => r
            .strip_prefix("gateway/")
            .filter(|n| !n.is_empty() && !n.contains('/'))
            .map(str::to_string)
            .ok_or_else(|| malformed("gateway", value)),
        None => Ok(value.to_string()),
    }
}

/// A task definition reference: the family, and the revision when one is named.
pub fn task_definition(
    value: &str,
    account: &str,
    region: &str,
) -> Result<(String, Option<i32>), AwsError> {
    let text = match resource(value, account, region)? {
        Some(r) => r
            .strip_prefix("task-definition/")
            .ok_or_else(|| malformed("task definition", value))?,
        None => value,
    };
    match text.rsplit_once(':') {
        Some((family, rev)) => {
            let rev: i32 = rev.parse().map_err(|_| {
                ErrorCode::ClientException.with(format!("Invalid revision number. Number: {rev}"))
            })?;
            Ok((family.to_string(), Some(rev)))
        }
        None => Ok((text.to_string(), None)),
    }
}

/// Whether a name is one ECS accepts for clusters, services and gateways: 1 to 255 letters,
/// digits, hyphens and underscores.
pub fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 255
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// A container instance id from an id or ARN (`container-instance/<cluster>/<id>` or the
/// older `container-instance/<id>`).
pub fn container_instance(value: &str, account: &str, region: &str) -> Result<String, AwsError> {
    match resource(value, account, region)? {
        Some(r) => {
            let rest = r
                .strip_prefix("container-instance/")
                .ok_or_else(|| malformed("container instance", value))?;
            let id = rest.rsplit('/').next().unwrap_or_default();
            (!id.is_empty())
                .then(|| id.to_string())
                .ok_or_else(|| malformed("container instance", value))
        }
        None => Ok(value.to_string()),
    }
}

pub fn new_task_id() -> String {
    format!("{:032x}", fastrand::u128(..))
}

/// A deployment id: `ecs-svc/` and 19 digits.
pub fn new_deployment_id() -> String {
    format!(
        "ecs-svc/{}",
        fastrand::u64(1_000_000_000_000_000_000..9_999_999_999_999_999_999)
    )
}

/// A random UUID (attachment and container ids, event ids).
pub fn uuid() -> String {
    crate::context::new_request_id()
}

#[cfg(test)]
mod tests {
    use super::*;

    const A: &str = "123456789012";
    const R: &str = "us-east-1";

    #[test]
    fn clusters() {
        assert_eq!(cluster(None, A, R).unwrap(), "default");
        assert_eq!(cluster(Some("web"), A, R).unwrap(), "web");
        assert_eq!(
            cluster(Some("arn:aws:ecs:us-east-1:123456789012:cluster/web"), A, R).unwrap(),
            "web"
        );
        let other =
            cluster(Some("arn:aws:ecs:us-east-1:999999999999:cluster/web"), A, R).unwrap_err();
        assert_eq!(other.code, "InvalidParameterException");
        assert_eq!(
            other.message,
            "Invalid identifier: Identifier is for 999999999999. Your accountId is 123456789012"
        );
        let region =
            cluster(Some("arn:aws:ecs:eu-west-1:123456789012:cluster/web"), A, R).unwrap_err();
        assert!(region.message.contains("Your region is us-east-1"));
        assert!(cluster(Some("arn:aws:ecs:nope"), A, R).is_err());
        assert!(cluster(Some("arn:aws:ecs:us-east-1:123456789012:service/web"), A, R).is_err());
    }

    #[test]
    fn tasks_services_and_definitions() {
        let id = "0123456789abcdef0123456789abcdef";
        assert_eq!(
            task(&format!("arn:aws:ecs:us-east-1:{A}:task/web/{id}"), A, R).unwrap(),
            id
        );
        assert_eq!(
            task(&format!("arn:aws:ecs:us-east-1:{A}:task/{id}"), A, R).unwrap(),
            id
        );
        assert_eq!(
            service(&format!("arn:aws:ecs:us-east-1:{A}:service/web/api"), A, R).unwrap(),
            (Some("web".into()), "api".into())
        );
        assert_eq!(service("api", A, R).unwrap(), (None, "api".into()));
        assert_eq!(task_definition("web", A, R).unwrap(), ("web".into(), None));
        assert_eq!(
            task_definition("web:3", A, R).unwrap(),
            ("web".into(), Some(3))
        );
        assert_eq!(
            task_definition(
                &format!("arn:aws:ecs:us-east-1:{A}:task-definition/web:7"),
                A,
                R
            )
            .unwrap(),
            ("web".into(), Some(7))
        );
        assert_eq!(
            task_definition("web:x", A, R).unwrap_err().code,
            "ClientException"
        );
        assert!(new_deployment_id().starts_with("ecs-svc/"));
        assert_eq!(new_deployment_id().len(), 8 + 19);
        assert_eq!(new_task_id().len(), 32);
    }
}
