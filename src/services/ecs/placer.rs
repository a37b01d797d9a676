//! Choosing a container instance for each task of a launch: the instances are read once per
//! launch (their registration, attributes, and the constraints that depend on nothing
//! else), then each task checks only what placements change — CPU, memory, ports, task
//! groups — and the strategies (`spread`, `binpack`, `random`, in order) pick among the
//! instances that fit.
//!
//! It never starts a task: it answers with an instance, or with the failures ECS reports.

use std::sync::Arc;

use super::api::*;
use super::lifecycle::OnInstance;
use super::placement::{self, Demand, Rules, attribute_ref, integer};
use super::state::{Region, Usage};

/// An instance of the cluster as read at the start of a launch.
#[derive(Debug)]
struct Static {
    id: String,
    arn: Option<String>,
    zone: String,
    provider: Option<String>,
    active: bool,
    /// Neither ACTIVE nor INACTIVE (draining): its tasks still count for spread.
    live: bool,
    cpu: i64,
    memory: i64,
    /// Why it can never take this task (agent, attributes, static memberOf), if so.
    fixed: Option<&'static str>,
    /// Its value for each strategy's field (spread on an attribute), as a small number
    /// (instances with the same value share it).
    values: Vec<usize>,
}

/// The instances of one cluster, ready to place the tasks of one launch.
#[derive(Debug)]
pub struct Placer {
    instances: Vec<Static>,
    /// How many distinct values each strategy's field has.
    distinct: Vec<usize>,
}

/// Launches of one shape reuse the last placer until an instance changes.
const CACHED: usize = 32;

/// The placer for a launch: a cached one while the instances are unchanged.
pub fn placer(r: &mut Region, cluster: &str, d: &Demand, rules: &Rules) -> Arc<Placer> {
    let statics: Vec<&str> = rules
        .member_of
        .iter()
        .filter(|q| !q.dynamic)
        .map(|q| q.text.as_str())
        .collect();
    let fields: Vec<&str> = rules.strategies.iter().map(|(_, f)| f.as_str()).collect();
    let key = format!(
        "{cluster}\u{1}{:?}\u{1}{statics:?}\u{1}{fields:?}",
        d.requires
    );
    if let Some(p) = r.placers.get(&key) {
        return p.clone();
    }
    let p = Arc::new(Placer::new(r, cluster, d, rules));
    if r.placers.len() >= CACHED {
        r.placers.clear();
    }
    r.placers.insert(key, p.clone());
    p
}

impl Placer {
    pub fn new(r: &Region, cluster: &str, d: &Demand, rules: &Rules) -> Placer {
        // The distinct values of each strategy's field (few: zones, instance types…).
        let mut seen: Vec<Vec<Option<String>>> = vec![Vec::new(); rules.strategies.len()];
        let instances = r
            .instances
            .iter()
            .filter(|(_, rec)| rec.cluster == cluster)
            .map(|(id, rec)| {
                let status = rec.instance.status.as_deref();
                let mut fixed = None;
                if !rec.instance.agent_connected.unwrap_or(true) {
                    fixed = Some("AGENT");
                } else if !d.requires.iter().all(|(name, value)| {
                    attribute_ref(rec, name)
                        .is_some_and(|v| value.as_deref().is_none_or(|want| want == v))
                }) {
                    fixed = Some("ATTRIBUTE");
                } else if !rules
                    .member_of
                    .iter()
                    .filter(|q| !q.dynamic)
                    .all(|q| placement::matches(q, rec, None))
                {
                    fixed = Some("MemberOf placement constraint unsatisfied.");
                }
                Static {
                    id: id.clone(),
                    arn: rec.instance.container_instance_arn.clone(),
                    zone: attribute_ref(rec, "ecs.availability-zone")
                        .unwrap_or_default()
                        .to_string(),
                    provider: rec.instance.capacity_provider_name.clone(),
                    active: status == Some("ACTIVE"),
                    live: status != Some("ACTIVE") && status != Some("INACTIVE"),
                    cpu: integer(rec, "CPU"),
                    memory: integer(rec, "MEMORY"),
                    fixed,
                    values: rules
                        .strategies
                        .iter()
                        .enumerate()
                        .map(|(k, (_, f))| {
                            let v = f
                                .strip_prefix("attribute:")
                                .and_then(|name| attribute_ref(rec, name));
                            let known = &mut seen[k];
                            match known.iter().position(|x| x.as_deref() == v) {
                                Some(i) => i,
                                None => {
                                    known.push(v.map(str::to_string));
                                    known.len() - 1
                                }
                            }
                        })
                        .collect(),
                }
            })
            .collect();
        Placer {
            instances,
            distinct: seen.iter().map(Vec::len).collect(),
        }
    }

    /// Why an instance cannot take the task now, or None when it can.
    fn refusal(
        &self,
        r: &Region,
        s: &Static,
        u: Option<&Usage>,
        d: &Demand,
        rules: &Rules,
    ) -> Option<&'static str> {
        if let Some(f) = s.fixed {
            return Some(f);
        }
        let mut dynamic = rules.member_of.iter().filter(|q| q.dynamic).peekable();
        if dynamic.peek().is_some() {
            let rec = &r.instances[&s.id];
            if !dynamic.all(|q| placement::matches(q, rec, u)) {
                return Some("MemberOf placement constraint unsatisfied.");
            }
        }
        if rules.distinct && u.is_some_and(|u| u.groups.contains_key(&rules.group)) {
            return Some("DistinctInstance placement constraint unsatisfied.");
        }
        let (cpu, mem) = u.map_or((0, 0), |u| (u.cpu, u.memory));
        if s.cpu - cpu < d.cpu {
            return Some("RESOURCE:CPU");
        }
        if s.memory - mem < d.memory {
            return Some("RESOURCE:MEMORY");
        }
        if d.mappings.iter().any(|(_, _, host, _)| *host != 0) {
            let rec = &r.instances[&s.id];
            let mut wanted: Vec<(i32, bool)> = Vec::new();
            for (_, _, host, udp) in &d.mappings {
                if *host == 0 {
                    continue;
                }
                let (name, used) = if *udp {
                    ("PORTS_UDP", u.map(|u| &u.udp))
                } else {
                    ("PORTS", u.map(|u| &u.tcp))
                };
                if placement::reserved(rec, name, *host)
                    || used.is_some_and(|set| set.contains(host))
                    || wanted.contains(&(*host, *udp))
                {
                    return Some("RESOURCE:PORTS");
                }
                wanted.push((*host, *udp));
            }
        }
        None
    }

    /// Picks the instance for one task (among `only` when given), or the failures
    /// (instance ARN, reason) that stop it.
    pub fn choose(
        &self,
        r: &Region,
        d: &Demand,
        rules: &Rules,
        only: Option<&[String]>,
    ) -> Result<usize, Vec<Failure>> {
        let us: Vec<Option<&Usage>> = self.instances.iter().map(|s| r.usage.get(&s.id)).collect();
        let (mut fit, mut live) = (Vec::new(), Vec::new());
        let mut failures = Vec::new();
        let mut in_cluster = 0;
        for (i, s) in self.instances.iter().enumerate() {
            let excluded = !s.active
                || only.is_some_and(|o| !o.contains(&s.id))
                || rules
                    .provider
                    .as_ref()
                    .is_some_and(|p| s.provider.as_ref() != Some(p));
            if excluded {
                if s.active || s.live {
                    live.push(i);
                }
                continue;
            }
            in_cluster += 1;
            match self.refusal(r, s, us[i], d, rules) {
                None => fit.push(i),
                Some(reason) => {
                    failures.push(Failure {
                        arn: s.arn.clone(),
                        reason: Some(reason.to_string()),
                        detail: None,
                    });
                    live.push(i);
                }
            }
        }
        if in_cluster == 0 {
            return Err(vec![Failure {
                arn: None,
                reason: Some("No Container Instances were found in your cluster.".into()),
                detail: None,
            }]);
        }
        if fit.is_empty() {
            return Err(failures);
        }
        let group_tasks = |i: usize| {
            us[i]
                .and_then(|u| u.groups.get(&rules.group))
                .copied()
                .unwrap_or(0)
        };
        for (k, (kind, field)) in rules.strategies.iter().enumerate() {
            if fit.len() == 1 {
                break;
            }
            fit = match kind.as_str() {
                "spread" if field == "instanceId" => {
                    let best = fit.iter().map(|&i| group_tasks(i)).min().unwrap_or(0);
                    fit.into_iter()
                        .filter(|&i| group_tasks(i) == best)
                        .collect()
                }
                "spread" => {
                    let value = |i: usize| self.instances[i].values[k];
                    let mut per_value = vec![0u32; self.distinct[k]];
                    for &i in fit.iter().chain(&live) {
                        per_value[value(i)] += group_tasks(i);
                    }
                    let best = fit.iter().map(|&i| per_value[value(i)]).min().unwrap_or(0);
                    fit.into_iter()
                        .filter(|&i| per_value[value(i)] == best)
                        .collect()
                }
                "binpack" => {
                    let left = |i: usize| {
                        let s = &self.instances[i];
                        let u = us[i];
                        if field == "cpu" {
                            s.cpu - u.map_or(0, |u| u.cpu)
                        } else {
                            s.memory - u.map_or(0, |u| u.memory)
                        }
                    };
                    let best = fit.iter().map(|&i| left(i)).min().unwrap_or(0);
                    fit.into_iter().filter(|&i| left(i) == best).collect()
                }
                _ => vec![fit[fastrand::usize(..fit.len())]],
            };
        }
        Ok(fit[fastrand::usize(..fit.len())])
    }

    /// Chooses an instance for one task and works out what it holds there.
    pub fn place(
        &self,
        r: &Region,
        d: &Demand,
        rules: &Rules,
        only: Option<&[String]>,
    ) -> Result<OnInstance, Vec<Failure>> {
        let s = &self.instances[self.choose(r, d, rules, only)?];
        let (placed, bindings) = placement::hold(r, &s.id, d);
        Ok(OnInstance {
            placed,
            arn: s.arn.clone().unwrap_or_default(),
            zone: s.zone.clone(),
            bindings,
        })
    }
}
