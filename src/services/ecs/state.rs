//! ECS's state: each account and region's clusters, task definitions, tasks and services,
//! held in memory for speed and written through to storage (namespace `ecs`) on every change.
//!
//! It never decides ECS semantics; it keeps records, indexes and the queues of work that
//! falls due on the clock (task phases, services to reconcile).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use super::api;
use crate::error::{AwsError, AwsResult};
use crate::storage::{Batch, Store, key};

pub const NS: &str = "ecs";

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ClusterRec {
    /// The cluster as described, without the counters (computed when described).
    pub cluster: api::Cluster,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TaskDefRec {
    pub def: api::TaskDefinition,
    #[serde(default)]
    pub tags: Vec<api::Tag>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TaskRec {
    pub task: api::Task,
    pub cluster: String,
    /// The service (name) that owns the task, if a service started it.
    pub service: Option<String>,
    /// The service deployment the task belongs to.
    pub deployment: Option<String>,
    /// When the next lifecycle phase is reached (milliseconds on the clock).
    pub due: Option<i64>,
    /// The time between phases, from the runtime.
    pub step_ms: i64,
    /// Set when the runtime said the task will not start: the stop reason.
    pub fail_to_start: Option<String>,
    /// The private address held while the task is not STOPPED: (subnet, address).
    pub ip: Option<(String, u32)>,
    /// When a STOPPED task is forgotten.
    pub expires: Option<i64>,
    /// The service scheduler has counted this task's failure against its deployment.
    #[serde(default)]
    pub counted: bool,
    /// Task scale-in protection (UpdateTaskProtection) lasts until then.
    #[serde(default)]
    pub protected_until: Option<i64>,
    /// Where an EC2 task was placed and what it holds there.
    #[serde(default)]
    pub placed: Option<Placed>,
    /// Set while the task waits for its capacity provider to have room.
    #[serde(default)]
    pub waiting: Option<super::provisioning::Waiting>,
    /// The task as DescribeTasks answers it without tags, serialised once per change.
    #[serde(skip)]
    pub json: Option<std::sync::Arc<str>>,
}

/// What a task placed on a container instance holds there until it stops.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct Placed {
    /// The container instance id.
    pub instance: String,
    pub cpu: i64,
    pub memory: i64,
    pub tcp: Vec<i32>,
    pub udp: Vec<i32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct InstanceRec {
    /// The instance as described, without the counters and remaining resources.
    pub instance: api::ContainerInstance,
    pub cluster: String,
    /// When UpdateContainerAgent was called (milliseconds on the clock).
    #[serde(default)]
    pub agent_update_at: Option<i64>,
}

/// What the tasks placed on one container instance hold.
#[derive(Debug, Clone, Default)]
pub struct Usage {
    pub cpu: i64,
    pub memory: i64,
    pub tcp: BTreeSet<i32>,
    pub udp: BTreeSet<i32>,
    pub running: i32,
    pub pending: i32,
    /// Task group → tasks of it on the instance.
    pub groups: HashMap<String, u32>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct DaemonDefRec {
    pub def: api::DaemonTaskDefinition,
    #[serde(default)]
    pub tags: Vec<api::Tag>,
}

/// One service deployment as ListServiceDeployments and DescribeServiceDeployments show it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct HistoryRec {
    pub deployment: api::ServiceDeployment,
    pub cluster: String,
    pub service: String,
    /// The scheduler's deployments (ids) that carried it out: the target's, then a
    /// rollback's.
    pub carried_by: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevisionRec {
    pub revision: api::ServiceRevision,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProviderRec {
    pub provider: api::CapacityProvider,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ServiceRec {
    pub service: api::Service,
    pub cluster: String,
    /// The task definition of the last deployment that completed (what a rollback restores).
    pub last_good: Option<String>,
    /// A steady-state event has been written for the current state.
    pub steady: bool,
    /// The Service Connect namespace (name or ARN) the service is in.
    #[serde(default)]
    pub namespace: Option<String>,
    /// After failed launches, no new task starts before this time (ECS's back-off).
    #[serde(default)]
    pub retry_at: Option<i64>,
    /// The service's gateway connector (at most one).
    #[serde(default)]
    pub gateway_connectors: Vec<api::GatewayConnector>,
}

/// A record that changed and must be written.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dirty {
    Cluster(String),
    TaskDef(String, i32),
    Task(String),
    Service(String, String),
    Instance(String),
    Provider(String),
    History(String),
    Revision(String),
    DaemonDef(String, i32),
    Daemon(String),
    /// A gateway (kept with the ingress records, which write it).
    Gateway(String),
}

/// One account in one region.
#[derive(Debug, Default)]
pub struct Region {
    pub account: String,
    pub region: String,
    pub clusters: BTreeMap<String, ClusterRec>,
    /// Family → revisions (revision `n` at index `n - 1`).
    pub families: BTreeMap<String, Vec<TaskDefRec>>,
    pub tasks: HashMap<String, TaskRec>,
    /// Cluster → its task ids, ordered (ListTasks pages through them).
    pub cluster_tasks: HashMap<String, BTreeSet<String>>,
    pub services: BTreeMap<(String, String), ServiceRec>,
    /// (cluster, service) → its task ids.
    pub service_tasks: HashMap<(String, String), BTreeSet<String>>,
    /// Subnet → addresses in use.
    pub ips: HashMap<String, BTreeSet<u32>>,
    /// Task phases falling due: (when, task id).
    pub due: BTreeSet<(i64, String)>,
    /// Services whose tasks or settings changed since they were last reconciled.
    pub reconcile: BTreeSet<(String, String)>,
    /// Services to look at again at a given time (launch retries after failures).
    pub wakeups: BTreeSet<(i64, String, String)>,
    pub dirty: BTreeSet<Dirty>,
    /// Container instances by id.
    pub instances: BTreeMap<String, InstanceRec>,
    /// Placers built for recent launches, by cluster and launch shape; cleared whenever a
    /// container instance changes.
    pub placers: HashMap<String, std::sync::Arc<super::placer::Placer>>,
    /// Container instance id → what its tasks hold (rebuilt from the tasks).
    pub usage: HashMap<String, Usage>,
    /// Task id → what it adds to its instance's usage (so a change subtracts the old).
    holding: HashMap<String, (Placed, String, Option<String>)>,
    /// Managed daemons by `cluster/name`.
    pub daemons: BTreeMap<String, super::daemon::DaemonRec>,
    /// Daemons must be looked at (an instance or a daemon task changed).
    pub daemons_due: bool,
    /// Daemon task definition families → revisions (revision `n` at index `n - 1`).
    pub daemon_defs: BTreeMap<String, Vec<DaemonDefRec>>,
    /// Service deployments by id (the last part of their ARN).
    pub history: BTreeMap<String, HistoryRec>,
    /// Scheduler deployment id → the service deployment (history id) it carries out.
    pub carried: HashMap<String, String>,
    /// Service revisions by id (the last part of their ARN).
    pub revisions: BTreeMap<String, RevisionRec>,
    /// Capacity providers by name (FARGATE and FARGATE_SPOT are not stored).
    pub providers: BTreeMap<String, ProviderRec>,
    /// Cloud Map registrations waiting for the registrar.
    pub registrations: Vec<super::registries::Registration>,
    /// Task and service changes waiting to become EventBridge events.
    pub emitted: Vec<Emitted>,
    /// Gateways, gateway routes and Express services.
    pub ingress: super::ingress::Ingress,
    /// Tasks waiting for capacity: (created, task id).
    pub waiting: BTreeSet<(i64, String)>,
    /// An instance changed or a placed task let go of what it held since waiting tasks
    /// were last looked at.
    pub capacity_changed: bool,
}

/// A change EventBridge may hear of.
#[derive(Debug, Clone)]
pub enum Emitted {
    /// A task's lastStatus or desiredStatus changed: its JSON at that moment.
    Task(std::sync::Arc<str>),
    /// A service action or deployment change.
    Service {
        arn: String,
        cluster_arn: String,
        detail_type: &'static str,
        event_name: &'static str,
        kind: &'static str,
        at: i64,
    },
}

impl Region {
    pub fn new(account: &str, region: &str) -> Self {
        Region {
            account: account.to_string(),
            region: region.to_string(),
            ..Default::default()
        }
    }

    pub fn arn(&self, resource: &str) -> String {
        format!("arn:aws:ecs:{}:{}:{resource}", self.region, self.account)
    }

    pub fn touch(&mut self, d: Dirty) {
        if let Dirty::Gateway(name) = &d {
            self.ingress.touch("gateway", name);
            return;
        }
        if matches!(d, Dirty::Instance(_)) {
            // What placers read of instances changed.
            self.placers.clear();
            self.capacity_changed = true;
            self.daemons_due = !self.daemons.is_empty();
        }
        self.dirty.insert(d);
    }

    /// Adds or replaces a task, keeping the indexes, the due queue and its JSON in step.
    pub fn put_task(&mut self, mut rec: TaskRec) {
        let id = task_id(&rec);
        let tags = rec.task.tags.take();
        rec.json = serde_json::to_string(&rec.task).ok().map(Into::into);
        rec.task.tags = tags;
        let status = |t: &TaskRec| (t.task.last_status.clone(), t.task.desired_status.clone());
        if self
            .tasks
            .get(&id)
            .is_none_or(|old| status(old) != status(&rec))
            && let Some(j) = &rec.json
        {
            self.emitted.push(Emitted::Task(j.clone()));
        }
        if let Some(old) = self.tasks.get(&id)
            && let Some(d) = old.due
        {
            self.due.remove(&(d, id.clone()));
        }
        if let Some(d) = rec.due {
            self.due.insert((d, id.clone()));
        }
        self.cluster_tasks
            .entry(rec.cluster.clone())
            .or_default()
            .insert(id.clone());
        if rec
            .task
            .group
            .as_deref()
            .is_some_and(|g| g.starts_with("daemon:"))
        {
            self.daemons_due = true;
        }
        if let Some(s) = &rec.service {
            self.service_tasks
                .entry((rec.cluster.clone(), s.clone()))
                .or_default()
                .insert(id.clone());
            self.reconcile.insert((rec.cluster.clone(), s.clone()));
        }
        if let Some((subnet, ip)) = &rec.ip {
            self.ips.entry(subnet.clone()).or_default().insert(*ip);
        }
        // What the task held before (callers often take a task out and put it back).
        let before = self.holding.remove(&id);
        let had = before.is_some();
        if let Some(old) = before {
            self.account_usage(Some(old), -1);
        }
        if let Some(now) = held(&rec) {
            self.account_usage(Some(now.clone()), 1);
            self.holding.insert(id.clone(), now);
        } else if had {
            self.capacity_changed = true;
        }
        if rec.waiting.is_some() || !self.waiting.is_empty() {
            let entry = (
                rec.task.created_at.map(|t| t.millis()).unwrap_or(0),
                id.clone(),
            );
            if rec.waiting.is_some() {
                self.waiting.insert(entry);
            } else {
                self.waiting.remove(&entry);
            }
        }
        self.touch(Dirty::Task(id.clone()));
        self.tasks.insert(id, rec);
    }

    /// Adds (`sign` 1) or removes (-1) what a placed task holds on its instance.
    fn account_usage(&mut self, held: Held, sign: i64) {
        let Some((p, status, group)) = held else {
            return;
        };
        let p = &p;
        let status = status.as_str();
        if status == "STOPPED" {
            return;
        }
        let u = self.usage.entry(p.instance.clone()).or_default();
        u.cpu += sign * p.cpu;
        u.memory += sign * p.memory;
        for (ports, set) in [(&p.tcp, &mut u.tcp), (&p.udp, &mut u.udp)] {
            for port in ports {
                if sign > 0 {
                    set.insert(*port);
                } else {
                    set.remove(port);
                }
            }
        }
        let s = sign as i32;
        if status == "RUNNING" {
            u.running += s;
        } else if status == "PENDING" || status == "PROVISIONING" || status == "ACTIVATING" {
            u.pending += s;
        }
        if let Some(g) = &group {
            let n = u.groups.entry(g.clone()).or_default();
            *n = (*n as i64 + sign).max(0) as u32;
            if *n == 0 {
                u.groups.remove(g);
            }
        }
    }

    /// Forgets a task entirely (a STOPPED task past its retention).
    pub fn drop_task(&mut self, id: &str) {
        if let Some(rec) = self.tasks.remove(id) {
            if let Some(old) = self.holding.remove(id) {
                self.account_usage(Some(old), -1);
                self.capacity_changed = true;
            }
            let created = rec.task.created_at.map(|t| t.millis()).unwrap_or(0);
            self.waiting.remove(&(created, id.to_string()));
            if let Some(d) = rec.due {
                self.due.remove(&(d, id.to_string()));
            }
            if let Some(set) = self.cluster_tasks.get_mut(&rec.cluster) {
                set.remove(id);
            }
            if let Some(s) = &rec.service
                && let Some(set) = self
                    .service_tasks
                    .get_mut(&(rec.cluster.clone(), s.clone()))
            {
                set.remove(id);
            }
            self.touch(Dirty::Task(id.to_string()));
        }
    }

    /// Returns an address to its subnet's pool.
    pub fn release_ip(&mut self, subnet: &str, ip: u32) {
        if let Some(set) = self.ips.get_mut(subnet) {
            set.remove(&ip);
        }
    }

    /// The earliest moment work falls due in this region.
    pub fn next_due(&self) -> Option<i64> {
        let task = self.due.first().map(|(t, _)| *t);
        let service = self.wakeups.first().map(|(t, _, _)| *t);
        task.into_iter().chain(service).min()
    }

    /// Serialises every changed record into `batch`.
    fn flush(&mut self, batch: &mut Batch) -> AwsResult<()> {
        let (a, r) = (self.account.clone(), self.region.clone());
        for d in std::mem::take(&mut self.dirty) {
            let (table, id, value) = match &d {
                Dirty::Gateway(_) => continue,
                Dirty::Cluster(name) => (
                    "cluster",
                    name.clone(),
                    self.clusters.get(name).map(to_json),
                ),
                Dirty::TaskDef(family, rev) => (
                    "taskdef",
                    format!("{family}:{rev:010}"),
                    self.families
                        .get(family)
                        .and_then(|revs| revs.get(*rev as usize - 1))
                        .map(to_json),
                ),
                Dirty::Task(id) => ("task", id.clone(), self.tasks.get(id).map(to_json)),
                Dirty::Instance(id) => {
                    ("instance", id.clone(), self.instances.get(id).map(to_json))
                }
                Dirty::DaemonDef(family, rev) => (
                    "daemondef",
                    format!("{family}:{rev:010}"),
                    self.daemon_defs
                        .get(family)
                        .and_then(|revs| revs.get(*rev as usize - 1))
                        .map(to_json),
                ),
                Dirty::Daemon(k) => ("daemon", k.clone(), self.daemons.get(k).map(to_json)),
                Dirty::History(id) => ("history", id.clone(), self.history.get(id).map(to_json)),
                Dirty::Revision(id) => {
                    ("revision", id.clone(), self.revisions.get(id).map(to_json))
                }
                Dirty::Provider(name) => (
                    "provider",
                    name.clone(),
                    self.providers.get(name).map(to_json),
                ),
                Dirty::Service(c, s) => (
                    "service",
                    format!("{c}/{s}"),
                    self.services.get(&(c.clone(), s.clone())).map(to_json),
                ),
            };
            let k = key(&a, &r, table, &id);
            match value {
                Some(v) => batch.put(k, v.map_err(AwsError::internal)?),
                None => batch.delete(k),
            };
        }
        self.ingress.flush(&a, &r, batch)
    }
}

/// What a placed task holds: its placement, status and group.
type Held = Option<(Placed, String, Option<String>)>;

fn held(rec: &TaskRec) -> Held {
    let p = rec.placed.clone()?;
    if rec.task.last_status.as_deref() == Some("STOPPED") {
        return None;
    }
    Some((
        p,
        rec.task.last_status.clone().unwrap_or_default(),
        rec.task.group.clone(),
    ))
}

fn to_json<T: Serialize>(v: &T) -> Result<Vec<u8>, serde_json::Error> {
    serde_json::to_vec(v)
}

/// The id (last ARN segment) of a task record.
pub fn task_id(rec: &TaskRec) -> String {
    rec.task
        .task_arn
        .as_deref()
        .and_then(|a| a.rsplit('/').next())
        .unwrap_or_default()
        .to_string()
}

/// Every region's ECS state.
#[derive(Debug, Default)]
pub struct State {
    pub regions: HashMap<(String, String), Region>,
}

impl State {
    pub fn region(&mut self, account: &str, region: &str) -> &mut Region {
        self.regions
            .entry((account.to_string(), region.to_string()))
            .or_insert_with(|| Region::new(account, region))
    }

    /// Writes every changed record of every region to storage, as one batch.
    pub fn persist(&mut self, store: &Store) -> AwsResult<()> {
        let mut batch = Batch::default();
        for region in self.regions.values_mut() {
            region.flush(&mut batch)?;
        }
        if !batch.is_empty() {
            store.kv.apply(NS, batch)?;
        }
        Ok(())
    }
}
