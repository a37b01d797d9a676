//! Tags on clusters, services, tasks, task definitions and gateways: TagResource, UntagResource,
//! ListTagsForResource.
//!
//! It never changes anything but tags.

use super::api::*;
use super::names;
use super::state::{Dirty, Region};
use crate::error::{AwsError, AwsResult};

fn not_found() -> AwsError {
    ErrorCode::ResourceNotFoundException.with("The specified resource could not be found.")
}

/// The tags of the resource an ARN names, to read or change.
fn tags_of<'a>(r: &'a mut Region, arn: &str) -> AwsResult<(&'a mut Vec<Tag>, Dirty)> {
    if !arn.starts_with("arn:") {
        return Err(ErrorCode::InvalidParameterException.with(format!("Invalid ARN: {arn}")));
    }
    let parts: Vec<&str> = arn.splitn(6, ':').collect();
    let resource = parts.get(5).copied().unwrap_or_default();
    let (kind, rest) = resource.split_once('/').ok_or_else(not_found)?;
    match kind {
        "cluster" => {
            let name = names::cluster(Some(arn), &r.account, &r.region)?;
            let c = r.clusters.get_mut(&name).ok_or_else(not_found)?;
            Ok((
                c.cluster.tags.get_or_insert_with(Vec::new),
                Dirty::Cluster(name),
            ))
        }
        "service" => {
            let (cluster, name) = names::service(arn, &r.account, &r.region)?;
            let cluster = cluster.unwrap_or_else(|| "default".into());
            let s = r
                .services
                .get_mut(&(cluster.clone(), name.clone()))
                .ok_or_else(not_found)?;
            Ok((
                s.service.tags.get_or_insert_with(Vec::new),
                Dirty::Service(cluster, name),
            ))
        }
        "task" => {
            let id = names::task(arn, &r.account, &r.region)?;
            let t = r.tasks.get_mut(&id).ok_or_else(not_found)?;
            Ok((t.task.tags.get_or_insert_with(Vec::new), Dirty::Task(id)))
        }
        "task-definition" => {
            let (family, rev) = names::task_definition(arn, &r.account, &r.region)?;
            let rev = rev.ok_or_else(not_found)?;
            let d = r
                .families
                .get_mut(&family)
                .and_then(|revs| revs.get_mut((rev as usize).wrapping_sub(1)))
                .ok_or_else(not_found)?;
            let _ = rest;
            Ok((&mut d.tags, Dirty::TaskDef(family, rev)))
        }
        "gateway" => {
            let name = super::gateways::name_of(r, arn)?;
            let g = r.ingress.gateways.get_mut(&name).ok_or_else(not_found)?;
            Ok((
                g.gateway.tags.get_or_insert_with(Vec::new),
                Dirty::Gateway(name),
            ))
        }
        _ => Err(not_found()),
    }
}

pub fn tag(r: &mut Region, input: TagResourceRequest) -> AwsResult<TagResourceResponse> {
    let new = input.tags.unwrap_or_default();
    for t in &new {
        if t.key
            .as_deref()
            .is_some_and(|k| k.to_ascii_lowercase().starts_with("aws:"))
        {
            return Err(ErrorCode::InvalidParameterException
                .with("Tag keys beginning with 'aws:' are reserved for system use."));
        }
    }
    let (tags, dirty) = tags_of(r, input.resource_arn.as_deref().unwrap_or_default())?;
    for t in new {
        match tags.iter_mut().find(|x| x.key == t.key) {
            Some(x) => x.value = t.value,
            None => tags.push(t),
        }
    }
    if tags.len() > 50 {
        return Err(
            ErrorCode::InvalidParameterException.with("A resource can have at most 50 tags.")
        );
    }
    r.touch(dirty);
    Ok(TagResourceResponse {})
}

pub fn untag(r: &mut Region, input: UntagResourceRequest) -> AwsResult<UntagResourceResponse> {
    let keys = input.tag_keys.unwrap_or_default();
    let (tags, dirty) = tags_of(r, input.resource_arn.as_deref().unwrap_or_default())?;
    tags.retain(|t| !t.key.as_ref().is_some_and(|k| keys.contains(k)));
    r.touch(dirty);
    Ok(UntagResourceResponse {})
}

pub fn list(
    r: &mut Region,
    input: ListTagsForResourceRequest,
) -> AwsResult<ListTagsForResourceResponse> {
    let (tags, _) = tags_of(r, input.resource_arn.as_deref().unwrap_or_default())?;
    Ok(ListTagsForResourceResponse {
        tags: Some(tags.clone()),
    })
}
