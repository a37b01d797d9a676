//! Start-up: ECS's records read back from storage into each region's state, with the
//! indexes and queues rebuilt from them.
//!
//! It never writes: `state.rs` writes records as they change.

use super::state::{
    ClusterRec, DaemonDefRec, HistoryRec, InstanceRec, NS, ProviderRec, Region, RevisionRec,
    ServiceRec, State, TaskDefRec, TaskRec,
};
use crate::error::{AwsError, AwsResult};
use crate::storage::{SEP, Store};

impl State {
    /// Reads every record back from storage (at start-up).
    pub fn load(store: &Store) -> AwsResult<State> {
        let mut state = State::default();
        let mut after: Option<Vec<u8>> = None;
        loop {
            let page = store.kv.scan(NS, b"", after.as_deref(), 4096)?;
            let Some((last, _)) = page.last() else { break };
            after = Some(last.clone());
            for (k, v) in page {
                let parts: Vec<&[u8]> = k.splitn(4, |b| *b == SEP).collect();
                let [a, r, table, id] = parts.as_slice() else {
                    continue;
                };
                let (a, r) = (String::from_utf8_lossy(a), String::from_utf8_lossy(r));
                let region = state.region(&a, &r);
                load_record(region, table, id, &v)?;
            }
        }
        for region in state.regions.values_mut() {
            region.dirty.clear();
            region.emitted.clear();
            for ((c, n), s) in &region.services {
                if let Some(at) = s.retry_at {
                    region.wakeups.insert((at, c.clone(), n.clone()));
                }
            }
            // Every service is looked at once after a restart.
            region.reconcile = region.services.keys().cloned().collect();
            // Tasks waiting for capacity are looked at again too.
            region.capacity_changed = true;
        }
        Ok(state)
    }
}

fn corrupt(e: serde_json::Error) -> AwsError {
    AwsError::internal(format!("ecs record unreadable: {e}"))
}

fn load_record(region: &mut Region, table: &[u8], id: &[u8], v: &[u8]) -> AwsResult<()> {
    match table {
        b"cluster" => {
            let rec: ClusterRec = serde_json::from_slice(v).map_err(corrupt)?;
            region
                .clusters
                .insert(String::from_utf8_lossy(id).into_owned(), rec);
        }
        b"taskdef" => {
            let rec: TaskDefRec = serde_json::from_slice(v).map_err(corrupt)?;
            let family = rec.def.family.clone().unwrap_or_default();
            let revs = region.families.entry(family).or_default();
            let rev = rec.def.revision.unwrap_or(1) as usize;
            if revs.len() < rev {
                revs.resize(rev, rec.clone());
            }
            revs[rev - 1] = rec;
        }
        b"task" => {
            let rec: TaskRec = serde_json::from_slice(v).map_err(corrupt)?;
            region.put_task(rec);
        }
        b"service" => {
            let rec: ServiceRec = serde_json::from_slice(v).map_err(corrupt)?;
            let name = rec.service.service_name.clone().unwrap_or_default();
            region.services.insert((rec.cluster.clone(), name), rec);
        }
        b"instance" => {
            let mut rec: InstanceRec = serde_json::from_slice(v).map_err(corrupt)?;
            if let Some(a) = rec.instance.attributes.as_mut() {
                super::placement::sort_attributes(a);
            }
            region
                .instances
                .insert(String::from_utf8_lossy(id).into_owned(), rec);
        }
        b"daemon" => {
            let rec: super::daemon::DaemonRec = serde_json::from_slice(v).map_err(corrupt)?;
            region
                .daemons
                .insert(String::from_utf8_lossy(id).into_owned(), rec);
            region.daemons_due = true;
        }
        b"daemondef" => {
            let rec: DaemonDefRec = serde_json::from_slice(v).map_err(corrupt)?;
            let family = rec.def.family.clone().unwrap_or_default();
            let revs = region.daemon_defs.entry(family).or_default();
            let rev = rec.def.revision.unwrap_or(1).max(1) as usize;
            if revs.len() < rev {
                revs.resize(rev, rec.clone());
            }
            revs[rev - 1] = rec;
        }
        b"history" => {
            let rec: HistoryRec = serde_json::from_slice(v).map_err(corrupt)?;
            let hid = String::from_utf8_lossy(id).into_owned();
            for d in &rec.carried_by {
                region.carried.insert(d.clone(), hid.clone());
            }
            region.history.insert(hid, rec);
        }
        b"revision" => {
            let rec: RevisionRec = serde_json::from_slice(v).map_err(corrupt)?;
            region
                .revisions
                .insert(String::from_utf8_lossy(id).into_owned(), rec);
        }
        b"provider" => {
            let rec: ProviderRec = serde_json::from_slice(v).map_err(corrupt)?;
            region
                .providers
                .insert(String::from_utf8_lossy(id).into_owned(), rec);
        }
        _ => {
            region.ingress.load(table, id, v)?;
        }
    }
    Ok(())
}
