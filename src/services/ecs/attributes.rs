//! Custom attributes of container instances: PutAttributes, DeleteAttributes,
//! ListAttributes, and the name and value rules ECS applies to them.
//!
//! It never changes the attributes the agent reported at registration other than by name.

use super::api::*;
use super::cluster;
use super::instance;
use super::paging;
use super::state::{Dirty, Region};
use crate::error::{AwsError, AwsResult};

/// Custom attributes a resource may carry.
const MAX_CUSTOM: usize = 10;

fn invalid(msg: impl Into<String>) -> AwsError {
    ErrorCode::InvalidParameterException.with(msg)
}

/// Checks an attribute's name and value against ECS's rules.
pub fn check(a: &Attribute) -> AwsResult<()> {
    let name = a.name.as_deref().unwrap_or_default();
    let name_ok = !name.is_empty()
        && name.len() <= 128
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_/\\.".contains(c));
    if !name_ok {
        return Err(invalid(format!(
            "Attribute name '{name}' is not valid. Names can be up to 128 letters (uppercase and lowercase), numbers, hyphens, underscores, forward slashes, back slashes, or periods."
        )));
    }
    if let Some(v) = a.value.as_deref() {
        let ok = v.len() <= 128
            && v.trim() == v
            && v.chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.@/\\: ".contains(c));
        if !ok {
            return Err(invalid(format!(
                "Attribute value '{v}' is not valid. Values can be up to 128 letters (uppercase and lowercase), numbers, hyphens, underscores, periods, at signs (@), forward slashes, back slashes, colons, or spaces, without leading or trailing whitespace."
            )));
        }
    }
    Ok(())
}

/// The instance an attribute targets, or TargetNotFoundException.
fn target(r: &Region, cluster: &str, a: &Attribute) -> AwsResult<String> {
    let kind = a.target_type.as_deref().unwrap_or("container-instance");
    if kind != "container-instance" {
        return Err(invalid(format!("Target type '{kind}' is not valid.")));
    }
    let given = a.target_id.as_deref().unwrap_or_default();
    if given.is_empty() {
        return Err(invalid("A target id is required for each attribute."));
    }
    instance::find(r, cluster, given)?.ok_or_else(|| {
        ErrorCode::TargetNotFoundException.with(format!(
            "Could not find {given}. TargetType and targetId must be specified together."
        ))
    })
}

fn is_custom(name: &str) -> bool {
    !name.starts_with("ecs.") && !name.starts_with("com.amazonaws.ecs.")
}

fn with_target(r: &Region, a: &Attribute, id: &str) -> Attribute {
    Attribute {
        target_type: Some("container-instance".into()),
        target_id: r.instances[id].instance.container_instance_arn.clone(),
        ..a.clone()
    }
}

pub fn put(r: &mut Region, input: PutAttributesRequest) -> AwsResult<PutAttributesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let attrs = input.attributes.unwrap_or_default();
    if attrs.len() > 10 {
        return Err(invalid("Attributes cannot be longer than 10."));
    }
    let mut planned = Vec::new();
    for a in &attrs {
        check(a)?;
        planned.push((target(r, &cluster, a)?, a.clone()));
    }
    for (id, a) in &planned {
        let list = r.instances[id]
            .instance
            .attributes
            .clone()
            .unwrap_or_default();
        let name = a.name.as_deref().unwrap_or_default();
        let custom_after = list
            .iter()
            .filter_map(|x| x.name.as_deref())
            .chain(std::iter::once(name))
            .filter(|n| is_custom(n))
            .collect::<std::collections::BTreeSet<_>>()
            .len();
        if is_custom(name) && custom_after > MAX_CUSTOM {
            return Err(ErrorCode::AttributeLimitExceededException.with(format!(
                "You can apply up to {MAX_CUSTOM} custom attributes for each resource."
            )));
        }
        let rec = r.instances.get_mut(id).expect("exists");
        let list = rec.instance.attributes.get_or_insert_with(Vec::new);
        let stored = Attribute {
            name: a.name.clone(),
            value: a.value.clone(),
            ..Default::default()
        };
        match list.iter_mut().find(|x| x.name == a.name) {
            Some(x) => *x = stored,
            None => list.push(stored),
        }
        super::placement::sort_attributes(list);
        r.touch(Dirty::Instance(id.clone()));
    }
    let out = planned
        .iter()
        .map(|(id, a)| with_target(r, a, id))
        .collect();
    let touched: Vec<String> = planned.into_iter().map(|(id, _)| id).collect();
    if !touched.is_empty() {
        instance::reconcile_cluster(r, &cluster);
    }
    Ok(PutAttributesResponse {
        attributes: Some(out),
    })
}

pub fn delete(
    r: &mut Region,
    input: DeleteAttributesRequest,
) -> AwsResult<DeleteAttributesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let attrs = input.attributes.unwrap_or_default();
    let mut out = Vec::new();
    for a in &attrs {
        let id = target(r, &cluster, a)?;
        let rec = r.instances.get_mut(&id).expect("exists");
        if let Some(list) = rec.instance.attributes.as_mut() {
            list.retain(|x| x.name != a.name);
        }
        r.touch(Dirty::Instance(id.clone()));
        out.push(with_target(r, a, &id));
    }
    Ok(DeleteAttributesResponse {
        attributes: Some(out),
    })
}

pub fn list(r: &Region, input: ListAttributesRequest) -> AwsResult<ListAttributesResponse> {
    let cluster = cluster::active(r, input.cluster.as_deref())?;
    let kind = input.target_type.as_deref().unwrap_or_default();
    if kind != "container-instance" {
        return Err(invalid(format!("Target type '{kind}' is not valid.")));
    }
    if input.attribute_value.is_some() && input.attribute_name.is_none() {
        return Err(invalid(
            "attributeName must be specified when attributeValue is specified.",
        ));
    }
    let name = input.attribute_name.as_deref();
    let value = input.attribute_value.as_deref();
    let mut items = Vec::new();
    for (id, rec) in &r.instances {
        if rec.cluster != cluster || rec.instance.status.as_deref() == Some("INACTIVE") {
            continue;
        }
        for a in rec.instance.attributes.iter().flatten() {
            let keep = name.is_none_or(|n| a.name.as_deref() == Some(n))
                && value.is_none_or(|v| a.value.as_deref() == Some(v));
            if keep {
                let key = format!("{id}/{}", a.name.as_deref().unwrap_or_default());
                items.push((key, with_target(r, a, id)));
            }
        }
    }
    let (attributes, next) = paging::page(items, input.max_results, input.next_token.as_deref())?;
    Ok(ListAttributesResponse {
        attributes: Some(attributes),
        next_token: next,
    })
}
