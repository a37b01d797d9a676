//! Updates: what UpdateClusterConfig, UpdateClusterVersion, the node group and add-on updates
//! start. Each is InProgress for the configured step of clock time, then Successful, and
//! only then is its change (a JSON merge patch) applied to the resource; a second update of
//! the same resource meanwhile is refused with ResourceInUseException. DescribeUpdate,
//! ListUpdates.
//!
//! It never decides what an update changes; the resource's module gives the patch.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::Eks;
use super::api::*;
use super::state::{Tables, in_use, page, ts};
use crate::context::Context;
use crate::error::AwsResult;

#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UpdateRec {
    pub id: String,
    pub cluster: String,
    /// "" for the cluster, `nodegroup/<name>`, `addon/<name>`.
    pub target: String,
    pub kind: String,
    pub params: Vec<UpdateParam>,
    pub created_ms: i64,
    pub patch: Value,
    pub applied: bool,
    /// CancelUpdate stopped it before it succeeded.
    #[serde(default)]
    pub cancelled: bool,
}

impl UpdateRec {
    pub fn status(&self, now: i64, step: i64) -> &'static str {
        if self.cancelled {
            "Cancelled"
        } else if now >= self.created_ms + step {
            "Successful"
        } else {
            "InProgress"
        }
    }

    pub fn view(&self, now: i64, step: i64) -> Update {
        Update {
            id: Some(self.id.clone()),
            status: Some(self.status(now, step).into()),
            r#type: Some(self.kind.clone()),
            params: Some(self.params.clone()),
            created_at: ts(self.created_ms),
            errors: Some(vec![]),
            cancellation: self.cancelled.then(|| Cancellation {
                status: Some("Successful".into()),
                reason: Some("Cancelled by CancelUpdate.".into()),
            }),
        }
    }
}

pub fn param(kind: &str, value: impl Into<String>) -> UpdateParam {
    UpdateParam {
        r#type: Some(kind.into()),
        value: Some(value.into()),
    }
}

fn prefix(cluster: &str, target: &str) -> String {
    format!("{cluster}|{target}|")
}

pub fn of(t: &Tables<'_>, cluster: &str, target: &str) -> AwsResult<Vec<UpdateRec>> {
    let mut all: Vec<UpdateRec> = t.all("update", &prefix(cluster, target))?;
    all.sort_by_key(|u| u.created_ms);
    Ok(all)
}

/// Whether the resource has an update in progress.
pub fn busy(eks: &Eks, t: &Tables<'_>, cluster: &str, target: &str, now: i64) -> AwsResult<bool> {
    Ok(of(t, cluster, target)?
        .iter()
        .any(|u| u.status(now, eks.step_ms) == "InProgress"))
}

/// Starts an update of `target` in `cluster`; refused while another is in progress.
#[allow(clippy::too_many_arguments)]
pub fn start(
    eks: &Eks,
    t: &Tables<'_>,
    cluster: &str,
    target: &str,
    kind: &str,
    params: Vec<UpdateParam>,
    patch: Value,
    now: i64,
) -> AwsResult<Update> {
    if busy(eks, t, cluster, target, now)? {
        let what = if target.is_empty() {
            format!("Cluster {cluster}")
        } else {
            format!("{} in cluster {cluster}", target.replace('/', " "))
        };
        return Err(in_use(format!(
            "{what} has an update in progress; wait for it to finish."
        )));
    }
    let u = UpdateRec {
        id: crate::context::new_request_id(),
        cluster: cluster.into(),
        target: target.into(),
        kind: kind.into(),
        params,
        created_ms: now,
        patch,
        applied: false,
        cancelled: false,
    };
    t.put(
        "update",
        &format!("{}{}", prefix(cluster, target), u.id),
        &u,
    )?;
    Ok(u.view(now, eks.step_ms))
}

/// RFC 7386 merge patch.
pub fn merge(a: &mut Value, b: &Value) {
    match (a, b) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                if v.is_null() {
                    a.remove(k);
                } else {
                    merge(a.entry(k.clone()).or_insert(Value::Null), v);
                }
            }
        }
        (a, b) => *a = b.clone(),
    }
}

/// Applies the finished updates' patches to `rec` (once each); whether anything changed.
pub fn settle<T: Serialize + serde::de::DeserializeOwned>(
    eks: &Eks,
    t: &Tables<'_>,
    cluster: &str,
    target: &str,
    now: i64,
    rec: &mut T,
) -> AwsResult<bool> {
    let mut changed = false;
    for mut u in of(t, cluster, target)? {
        if u.applied || u.status(now, eks.step_ms) != "Successful" {
            continue;
        }
        let mut v = serde_json::to_value(&*rec).unwrap_or_default();
        merge(&mut v, &u.patch);
        if let Ok(next) = serde_json::from_value(v) {
            *rec = next;
        }
        u.applied = true;
        t.put(
            "update",
            &format!("{}{}", prefix(cluster, target), u.id),
            &u,
        )?;
        changed = true;
    }
    Ok(changed)
}

/// Forgets every update of a cluster (when it is deleted).
pub fn forget(t: &Tables<'_>, cluster: &str) -> AwsResult<()> {
    for u in t.all::<UpdateRec>("update", &format!("{cluster}|"))? {
        t.delete("update", &format!("{}{}", prefix(cluster, &u.target), u.id))?;
    }
    Ok(())
}

fn target_of(
    nodegroup: Option<String>,
    addon: Option<String>,
    capability: Option<String>,
) -> String {
    match (nodegroup, addon, capability) {
        (Some(n), _, _) => format!("nodegroup/{n}"),
        (_, Some(a), _) => format!("addon/{a}"),
        (_, _, Some(c)) => format!("capability/{c}"),
        _ => String::new(),
    }
}

pub fn describe(
    eks: &Eks,
    ctx: &Context,
    i: DescribeUpdateRequest,
) -> AwsResult<DescribeUpdateResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, ctx.clock.now_millis())?;
    let id = i.update_id.unwrap_or_default();
    let target = target_of(i.nodegroup_name, i.addon_name, i.capability_name);
    let u: UpdateRec = t
        .get("update", &format!("{}{id}", prefix(&cluster, &target)))?
        .ok_or_else(|| {
            ErrorCode::ResourceNotFoundException.with(format!("No update found for ID: {id}"))
        })?;
    Ok(DescribeUpdateResponse {
        update: Some(u.view(ctx.clock.now_millis(), eks.step_ms)),
    })
}

pub fn list(eks: &Eks, ctx: &Context, i: ListUpdatesRequest) -> AwsResult<ListUpdatesResponse> {
    let t = Tables::new(&eks.store, ctx);
    let cluster = i.name.unwrap_or_default();
    super::cluster::load(eks, &t, &cluster, ctx.clock.now_millis())?;
    let target = target_of(i.nodegroup_name, i.addon_name, i.capability_name);
    let rows = of(&t, &cluster, &target)?
        .into_iter()
        .map(|u| (format!("{:016}{}", u.created_ms, u.id), u.id))
        .collect();
    let (update_ids, next_token) = page(rows, i.next_token.as_deref(), i.max_results)?;
    Ok(ListUpdatesResponse {
        update_ids: Some(update_ids),
        next_token,
    })
}
