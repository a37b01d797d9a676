//! Tags on every taggable EKS ARN (clusters, node groups, Fargate profiles, add-ons, access
//! entries, identity provider configs, pod identity associations): the record holding the
//! ARN is found in storage and its `tags` map edited in place.
//!
//! It never creates a resource; an ARN nothing holds is NotFoundException.

use serde_json::Value;

use super::Eks;
use super::api::*;
use super::state::Tables;
use crate::context::Context;
use crate::error::AwsResult;

const TABLES: &[&str] = &[
    "cluster",
    "nodegroup",
    "fargate",
    "addon",
    "access",
    "idp",
    "pia",
];

/// The `tags` object of the JSON object in `v` whose ARN field equals `arn`.
fn tags_of<'v>(v: &'v mut Value, arn: &str) -> Option<&'v mut Value> {
    let holds = v.as_object().is_some_and(|m| {
        m.iter()
            .any(|(k, x)| k.to_lowercase().ends_with("arn") && x.as_str() == Some(arn))
    });
    if holds {
        let m = v.as_object_mut()?;
        return Some(
            m.entry("tags")
                .or_insert_with(|| Value::Object(Default::default())),
        );
    }
    match v {
        Value::Object(m) => m.values_mut().find_map(|x| tags_of(x, arn)),
        _ => None,
    }
}

/// Edits the tags of the resource `arn` names; returns them.
fn edit(
    eks: &Eks,
    ctx: &Context,
    arn: &str,
    f: impl FnOnce(&mut serde_json::Map<String, Value>),
) -> AwsResult<std::collections::HashMap<String, String>> {
    let t = Tables::new(&eks.store, ctx);
    let not_found = || ErrorCode::NotFoundException.with(format!("Resource {arn} was not found."));
    if !arn.starts_with(&t.arn("")) {
        return Err(ErrorCode::BadRequestException.with(format!("{arn} is not a valid EKS ARN.")));
    }
    for table in TABLES {
        let rows: Vec<(String, Value)> = t.scan_ids(table, "", None, usize::MAX)?;
        for (id, mut v) in rows {
            let Some(tags) = tags_of(&mut v, arn) else {
                continue;
            };
            if !tags.is_object() {
                *tags = Value::Object(Default::default());
            }
            let map = tags.as_object_mut().ok_or_else(not_found)?;
            f(map);
            let out = map
                .iter()
                .map(|(k, x)| (k.clone(), x.as_str().unwrap_or_default().to_string()))
                .collect();
            t.put(table, &id, &v)?;
            return Ok(out);
        }
    }
    Err(not_found())
}

pub fn tag(eks: &Eks, ctx: &Context, i: TagResourceRequest) -> AwsResult<TagResourceResponse> {
    let new = i.tags.unwrap_or_default();
    if new.len() > 50 {
        return Err(ErrorCode::BadRequestException.with("A resource has at most 50 tags."));
    }
    edit(
        eks,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |m| {
            for (k, v) in new {
                m.insert(k, Value::String(v));
            }
        },
    )?;
    Ok(TagResourceResponse {})
}

pub fn untag(
    eks: &Eks,
    ctx: &Context,
    i: UntagResourceRequest,
) -> AwsResult<UntagResourceResponse> {
    let keys = i.tag_keys.unwrap_or_default();
    edit(
        eks,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |m| {
            for k in &keys {
                m.remove(k);
            }
        },
    )?;
    Ok(UntagResourceResponse {})
}

pub fn list(
    eks: &Eks,
    ctx: &Context,
    i: ListTagsForResourceRequest,
) -> AwsResult<ListTagsForResourceResponse> {
    let tags = edit(
        eks,
        ctx,
        i.resource_arn.as_deref().unwrap_or_default(),
        |_| {},
    )?;
    Ok(ListTagsForResourceResponse { tags: Some(tags) })
}
