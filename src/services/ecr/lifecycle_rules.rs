//! Lifecycle policy documents: parsed and validated as ECR validates them, and evaluated
//! against a repository's images at a moment (which image each rule expires or archives).
//!
//! It never reads storage or changes an image: it decides, callers act.

use serde_json::Value;

use crate::registry::store::wildcard;

const DAY_MS: i64 = 24 * 3600 * 1000;

/// One rule of a policy.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    pub priority: i64,
    pub tag_status: String,
    pub prefixes: Vec<String>,
    pub patterns: Vec<String>,
    /// `standard` or `archive`: which images the rule looks at.
    pub storage_class: String,
    pub count_type: String,
    pub count_number: i64,
    /// `expire` or `transition` (to archive).
    pub action: String,
}

/// What a rule decided for one image.
#[derive(Debug, Clone, PartialEq)]
pub struct Decision {
    pub digest: String,
    pub priority: i64,
    pub action: String,
}

/// An image as the rules see it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub digest: String,
    pub tags: Vec<String>,
    pub pushed_ms: i64,
    pub last_pull_ms: Option<i64>,
    /// When it went to archive, for archived images.
    pub archived_ms: Option<i64>,
}

fn fail(detail: impl std::fmt::Display) -> String {
    format!(
        "Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: {detail}'"
    )
}

fn list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|i| format!("\"{i}\"")).collect();
    format!("[{}]", quoted.join(","))
}

fn object<'a>(
    v: &'a Value,
    allowed: &[&str],
    required: &[&str],
) -> Result<&'a serde_json::Map<String, Value>, String> {
    let o = v.as_object().ok_or_else(|| {
        fail("instance type does not match any allowed primitive type (allowed: [\"object\"])")
    })?;
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|k| !o.contains_key(*k))
        .collect();
    if !missing.is_empty() {
        return Err(fail(format!(
            "object has missing required properties ({})",
            list(&missing)
        )));
    }
    let extra: Vec<&str> = o
        .keys()
        .map(String::as_str)
        .filter(|k| !allowed.contains(k))
        .collect();
    if !extra.is_empty() {
        return Err(fail(format!(
            "object instance has properties which are not allowed by the schema: ({})",
            list(&extra)
        )));
    }
    Ok(o)
}

fn one_of(v: &Value, allowed: &[&str]) -> Result<String, String> {
    match v.as_str() {
        Some(s) if allowed.contains(&s) => Ok(s.to_string()),
        Some(s) => Err(fail(format!(
            "instance value (\"{s}\") not found in enum (possible values: {})",
            list(allowed)
        ))),
        None => Err(fail(
            "instance type does not match any allowed primitive type (allowed: [\"string\"])",
        )),
    }
}

fn integer(v: &Value, min: i64) -> Result<i64, String> {
    let n = v.as_i64().ok_or_else(|| {
        fail("instance type does not match any allowed primitive type (allowed: [\"integer\"])")
    })?;
    if n < min {
        return Err(fail(format!(
            "numeric instance is lower than the required minimum (minimum: {min}, found: {n})"
        )));
    }
    Ok(n)
}

fn strings(v: Option<&Value>) -> Result<Vec<String>, String> {
    let Some(v) = v else { return Ok(vec![]) };
    let items = v.as_array().ok_or_else(|| {
        fail("instance type does not match any allowed primitive type (allowed: [\"array\"])")
    })?;
    if items.is_empty() {
        return Err(fail(
            "array is too short: must have at least 1 elements but instance has 0 elements",
        ));
    }
    items
        .iter()
        .map(|i| {
            i.as_str().map(str::to_string).ok_or_else(|| {
                fail("instance type does not match any allowed primitive type (allowed: [\"string\"])")
            })
        })
        .collect()
}

/// Parses and validates a policy; the error is the message of ECR's InvalidParameterException.
pub fn parse(text: &str) -> Result<Vec<Rule>, String> {
    let doc: Value =
        serde_json::from_str(text).map_err(|e| fail(format!("policy is not valid JSON: {e}")))?;
    let top = object(&doc, &["rules"], &["rules"])?;
    let rules = top["rules"].as_array().ok_or_else(|| {
        fail("instance type does not match any allowed primitive type (allowed: [\"array\"])")
    })?;
    if rules.is_empty() {
        return Err(fail(
            "array is too short: must have at least 1 elements but instance has 0 elements",
        ));
    }
    let mut out: Vec<Rule> = Vec::new();
    for r in rules {
        let o = object(
            r,
            &["rulePriority", "description", "selection", "action"],
            &["rulePriority", "selection", "action"],
        )?;
        let priority = integer(&o["rulePriority"], 1)?;
        let sel = object(
            &o["selection"],
            &[
                "tagStatus",
                "tagPrefixList",
                "tagPatternList",
                "storageClass",
                "countType",
                "countUnit",
                "countNumber",
            ],
            &["tagStatus", "countType", "countNumber"],
        )?;
        let act = object(&o["action"], &["type", "targetStorageClass"], &["type"])?;
        let tag_status = one_of(&sel["tagStatus"], &["tagged", "untagged", "any"])?;
        let prefixes = strings(sel.get("tagPrefixList"))?;
        let patterns = strings(sel.get("tagPatternList"))?;
        let count_type = one_of(
            &sel["countType"],
            &[
                "imageCountMoreThan",
                "sinceImagePushed",
                "sinceImagePulled",
                "sinceImageTransitioned",
            ],
        )?;
        let count_number = integer(&sel["countNumber"], 1)?;
        let storage_class = match sel.get("storageClass") {
            Some(v) => one_of(v, &["standard", "archive"])?,
            None => "standard".into(),
        };
        let action = one_of(&act["type"], &["expire", "transition"])?;
        let target = act
            .get("targetStorageClass")
            .map(|v| one_of(v, &["archive"]))
            .transpose()?;
        match tag_status.as_str() {
            "tagged" if prefixes.is_empty() && patterns.is_empty() => {
                return Err(fail(
                    "tagPrefixList or tagPatternList must be specified when tagStatus is tagged",
                ));
            }
            "untagged" | "any" if !prefixes.is_empty() || !patterns.is_empty() => {
                return Err(fail(format!(
                    "tagPrefixList and tagPatternList can only be used when tagStatus is tagged, not {tag_status}"
                )));
            }
            _ => {}
        }
        if !prefixes.is_empty() && !patterns.is_empty() {
            return Err(fail(
                "tagPrefixList and tagPatternList cannot both be specified in one rule",
            ));
        }
        if let Some(p) = patterns.iter().find(|p| p.matches('*').count() > 4) {
            return Err(fail(format!(
                "tag pattern '{p}' has more than 4 wildcard characters"
            )));
        }
        let by_age = count_type != "imageCountMoreThan";
        match (by_age, sel.get("countUnit")) {
            (true, None) => {
                return Err(fail(format!(
                    "countUnit is required when countType is {count_type}"
                )));
            }
            (true, Some(u)) => {
                one_of(u, &["days"])?;
            }
            (false, Some(_)) => {
                return Err(fail(
                    "countUnit can only be specified when countType is sinceImagePushed, sinceImagePulled or sinceImageTransitioned",
                ));
            }
            (false, None) => {}
        }
        if count_type == "sinceImageTransitioned" && storage_class != "archive" {
            return Err(fail(
                "storageClass must be archive when countType is sinceImageTransitioned",
            ));
        }
        if count_type != "sinceImageTransitioned" && storage_class == "archive" {
            return Err(fail(
                "storageClass archive can only be used with countType sinceImageTransitioned",
            ));
        }
        match (action.as_str(), &target) {
            ("transition", None) => {
                return Err(fail(
                    "targetStorageClass is required when action type is transition",
                ));
            }
            ("expire", Some(_)) => {
                return Err(fail(
                    "targetStorageClass can only be specified when action type is transition",
                ));
            }
            _ => {}
        }
        if action == "transition" && storage_class == "archive" {
            return Err(fail("archived images cannot be transitioned to archive"));
        }
        if out.iter().any(|x| x.priority == priority) {
            return Err(fail(format!(
                "rulePriority {priority} is used by more than one rule; each rule needs a unique rulePriority"
            )));
        }
        out.push(Rule {
            priority,
            tag_status,
            prefixes,
            patterns,
            storage_class,
            count_type,
            count_number,
            action,
        });
    }
    out.sort_by_key(|r| r.priority);
    if let Some(any) = out.iter().position(|r| r.tag_status == "any")
        && any != out.len() - 1
    {
        return Err(fail(
            "a rule with tagStatus any must have the highest rulePriority",
        ));
    }
    if out.iter().filter(|r| r.tag_status == "untagged").count() > 1 {
        return Err(fail("only one rule can select untagged images"));
    }
    Ok(out)
}

/// True when the image meets the rule's tagging requirements (and storage class).
fn selects(rule: &Rule, c: &Candidate) -> bool {
    let archived = c.archived_ms.is_some();
    if archived != (rule.storage_class == "archive") {
        return false;
    }
    match rule.tag_status.as_str() {
        "untagged" => c.tags.is_empty(),
        "any" => true,
        _ => {
            !c.tags.is_empty()
                && rule
                    .prefixes
                    .iter()
                    .all(|p| c.tags.iter().any(|t| t.starts_with(p.as_str())))
                && rule
                    .patterns
                    .iter()
                    .all(|p| c.tags.iter().any(|t| wildcard(p, t)))
        }
    }
}

/// What the policy does to `images` at `now`: each image is acted on by at most one rule;
/// an image whose tags a higher-priority rule selected is never acted on by a lower one,
/// though it still counts towards a lower rule's image count. Oldest images go first.
pub fn evaluate(rules: &[Rule], images: &[Candidate], now: i64) -> Vec<Decision> {
    let mut claimed: std::collections::HashSet<&str> = Default::default();
    let mut out = Vec::new();
    for rule in rules {
        let mut matched: Vec<&Candidate> = images.iter().filter(|c| selects(rule, c)).collect();
        // Youngest first, as ECR sorts for imageCountMoreThan.
        matched.sort_by(|a, b| b.pushed_ms.cmp(&a.pushed_ms).then(a.digest.cmp(&b.digest)));
        let limit = now - rule.count_number * DAY_MS;
        let eligible: Vec<&Candidate> = match rule.count_type.as_str() {
            "imageCountMoreThan" => matched
                .iter()
                .skip(rule.count_number as usize)
                .copied()
                .collect(),
            "sinceImagePushed" => matched
                .iter()
                .filter(|c| c.pushed_ms < limit)
                .copied()
                .collect(),
            "sinceImagePulled" => matched
                .iter()
                .filter(|c| c.last_pull_ms.unwrap_or(c.pushed_ms) < limit)
                .copied()
                .collect(),
            _ => matched
                .iter()
                .filter(|c| c.archived_ms.is_some_and(|a| a < limit))
                .copied()
                .collect(),
        };
        // Oldest first.
        for c in eligible.iter().rev() {
            if !claimed.contains(c.digest.as_str()) {
                out.push(Decision {
                    digest: c.digest.clone(),
                    priority: rule.priority,
                    action: rule.action.clone(),
                });
            }
        }
        claimed.extend(matched.iter().map(|c| c.digest.as_str()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn img(d: &str, tags: &[&str], age_days: i64) -> Candidate {
        Candidate {
            digest: d.into(),
            tags: tags.iter().map(|t| t.to_string()).collect(),
            pushed_ms: 100 * DAY_MS - age_days * DAY_MS,
            last_pull_ms: None,
            archived_ms: None,
        }
    }

    fn rule(p: i64, sel: &str) -> String {
        format!(r#"{{"rulePriority":{p},"selection":{sel},"action":{{"type":"expire"}}}}"#)
    }

    #[test]
    fn validation_messages() {
        let bad = [
            (r#"{"rules":[]}"#, "array is too short"),
            (
                r#"{"rulez":[]}"#,
                "missing required properties ([\"rules\"])",
            ),
            (
                &format!(
                    r#"{{"rules":[{}]}}"#,
                    rule(
                        1,
                        r#"{"tagStatus":"tagged","countType":"imageCountMoreThan","countNumber":1}"#
                    )
                ),
                "tagPrefixList or tagPatternList",
            ),
            (
                &format!(
                    r#"{{"rules":[{}]}}"#,
                    rule(
                        1,
                        r#"{"tagStatus":"untagged","countType":"sinceImagePushed","countNumber":1}"#
                    )
                ),
                "countUnit is required",
            ),
            (
                &format!(
                    r#"{{"rules":[{}]}}"#,
                    rule(
                        1,
                        r#"{"tagStatus":"bogus","countType":"imageCountMoreThan","countNumber":1}"#
                    )
                ),
                "instance value (\"bogus\") not found in enum",
            ),
            (
                &format!(
                    r#"{{"rules":[{},{}]}}"#,
                    rule(
                        1,
                        r#"{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1}"#
                    ),
                    rule(
                        2,
                        r#"{"tagStatus":"untagged","countType":"imageCountMoreThan","countNumber":1}"#
                    )
                ),
                "highest rulePriority",
            ),
            (
                &format!(
                    r#"{{"rules":[{}]}}"#,
                    rule(
                        0,
                        r#"{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":1}"#
                    )
                ),
                "lower than the required minimum (minimum: 1, found: 0)",
            ),
        ];
        for (text, want) in bad {
            let e = parse(text).unwrap_err();
            assert!(e.contains(want), "{text}: {e}");
            assert!(e.starts_with("Invalid parameter at 'LifecyclePolicyText' failed to satisfy constraint: 'Lifecycle policy validation failure: "));
        }
    }

    #[test]
    fn counts_ages_and_priorities() {
        let text = format!(
            r#"{{"rules":[{},{},{}]}}"#,
            rule(
                1,
                r#"{"tagStatus":"tagged","tagPrefixList":["prod"],"countType":"imageCountMoreThan","countNumber":2}"#
            ),
            rule(
                2,
                r#"{"tagStatus":"untagged","countType":"sinceImagePushed","countUnit":"days","countNumber":7}"#
            ),
            rule(
                3,
                r#"{"tagStatus":"any","countType":"imageCountMoreThan","countNumber":4}"#
            ),
        );
        let rules = parse(&text).unwrap();
        let images = vec![
            img("p1", &["prod-1"], 1),
            img("p2", &["prod-2"], 2),
            img("p3", &["prod-3"], 3),
            img("p4", &["prod-4", "x"], 4),
            img("u1", &[], 3),
            img("u2", &[], 8),
            img("d1", &["dev-1"], 5),
            img("d2", &["dev-2"], 6),
        ];
        let got = evaluate(&rules, &images, 100 * DAY_MS);
        let got: Vec<(&str, i64)> = got
            .iter()
            .map(|d| (d.digest.as_str(), d.priority))
            .collect();
        // Rule 1 keeps the two newest prod images and expires p4 then p3 (oldest first);
        // rule 2 expires the untagged image older than 7 days; rule 3 counts every image
        // (8, newest first: p1 p2 p3 u1 p4 d1 d2 u2) and may only act on ones no earlier
        // rule selected: d1 and d2.
        assert_eq!(
            got,
            vec![("p4", 1), ("p3", 1), ("u2", 2), ("d2", 3), ("d1", 3)]
        );
    }

    #[test]
    fn patterns_need_every_entry() {
        let text = format!(
            r#"{{"rules":[{}]}}"#,
            rule(
                1,
                r#"{"tagStatus":"tagged","tagPatternList":["v*","*-rc"],"countType":"sinceImagePushed","countUnit":"days","countNumber":1}"#
            )
        );
        let rules = parse(&text).unwrap();
        let images = vec![
            img("a", &["v1-rc"], 5),
            img("b", &["v1"], 5),
            img("c", &["v2", "x-rc"], 5),
        ];
        let mut got: Vec<String> = evaluate(&rules, &images, 100 * DAY_MS)
            .into_iter()
            .map(|d| d.digest)
            .collect();
        got.sort();
        assert_eq!(got, vec!["a", "c"]);
    }
}
