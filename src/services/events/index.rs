//! The compiled rules of each bus: patterns parsed once and indexed by the `source` values
//! they require, so an event is matched against the rules that can take its source and the
//! rules that name none, not against every rule; dropped after any change through the API.
//!
//! It never stores anything; storage stays the source of truth.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use serde_json::Value;

use super::bus::Tables;
use super::pattern::Pattern;
use super::rule::{RuleRec, enabled_on};
use crate::error::AwsResult;

pub struct BusRules {
    rules: Vec<(RuleRec, Pattern)>,
    by_source: HashMap<String, Vec<usize>>,
    open: Vec<usize>,
}

impl BusRules {
    fn build(rules: Vec<RuleRec>) -> Self {
        let mut out = BusRules {
            rules: Vec::new(),
            by_source: HashMap::new(),
            open: Vec::new(),
        };
        for r in rules {
            let Ok(p) = super::pattern::parse(r.event_pattern.as_deref().unwrap_or_default())
            else {
                continue;
            };
            let at = out.rules.len();
            match p.sources() {
                Some(sources) => {
                    for s in sources {
                        out.by_source.entry(s).or_default().push(at);
                    }
                }
                None => out.open.push(at),
            }
            out.rules.push((r, p));
        }
        out
    }

    /// Whether some rule could match an event from `source`.
    pub fn may_match_source(&self, source: &str) -> bool {
        !self.open.is_empty() || self.by_source.contains_key(source)
    }

    /// The rules whose pattern matches `event`, in rule order.
    pub fn matching<'a>(&'a self, event: &Value) -> Vec<&'a RuleRec> {
        let source = event["source"].as_str().unwrap_or_default();
        let mut at: Vec<usize> = self
            .by_source
            .get(source)
            .into_iter()
            .flatten()
            .chain(self.open.iter())
            .copied()
            .collect();
        at.sort_unstable();
        at.dedup();
        at.into_iter()
            .map(|i| &self.rules[i])
            .filter(|(_, p)| p.matches(event))
            .map(|(r, _)| r)
            .collect()
    }
}

/// Compiled rules per `account|region|bus`.
#[derive(Default)]
pub struct Index {
    buses: Mutex<HashMap<String, Arc<BusRules>>>,
}

impl Index {
    /// Forgets every compiled bus (after a change through the API).
    pub fn clear(&self) {
        self.buses.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }

    pub fn bus(&self, t: &Tables<'_>, bus: &str) -> AwsResult<Arc<BusRules>> {
        let key = format!("{}|{}|{bus}", t.account, t.region);
        if let Some(b) = self
            .buses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .get(&key)
        {
            return Ok(b.clone());
        }
        let built = Arc::new(BusRules::build(enabled_on(t, bus)?));
        self.buses
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(key, built.clone());
        Ok(built)
    }
}
