//! The simulated runtime: tasks are state only. Nothing is pulled or run, so any image
//! "works"; starts fail only when a test asks them to (failure injection).
//!
//! It never touches Docker, the network or the disk.

use std::sync::Mutex;
use std::time::Duration;

use super::{Launch, LaunchSpec, Outcome, Runtime};

/// A rule that makes launches of one task definition fail to start.
#[derive(Debug, Clone)]
struct FailRule {
    /// `family` (every revision) or `family:revision`.
    task_definition: String,
    /// How many more launches fail; `None` for all of them.
    remaining: Option<u32>,
    reason: String,
}

pub struct Simulated {
    step: Duration,
    rules: Mutex<Vec<FailRule>>,
}

impl Simulated {
    /// A runtime whose tasks take `step` per lifecycle phase.
    pub fn new(step: Duration) -> Self {
        Simulated {
            step,
            rules: Mutex::new(Vec::new()),
        }
    }

    /// Makes the next `count` launches (all, if `None`) of a task definition fail to start.
    pub fn fail_launches(&self, task_definition: &str, count: Option<u32>, reason: &str) {
        let mut rules = self.rules.lock().unwrap_or_else(|e| e.into_inner());
        rules.retain(|r| r.task_definition != task_definition);
        rules.push(FailRule {
            task_definition: task_definition.to_string(),
            remaining: count,
            reason: reason.to_string(),
        });
    }

    /// Removes every failure rule.
    pub fn clear(&self) {
        self.rules.lock().unwrap_or_else(|e| e.into_inner()).clear();
    }
}

impl Runtime for Simulated {
    fn kind(&self) -> &'static str {
        "simulated"
    }

    fn launch(&self, spec: &LaunchSpec) -> Launch {
        let mut rules = self.rules.lock().unwrap_or_else(|e| e.into_inner());
        let family = spec
            .task_definition
            .split(':')
            .next()
            .unwrap_or(&spec.task_definition);
        let hit = rules.iter_mut().position(|r| {
            (r.task_definition == spec.task_definition || r.task_definition == family)
                && r.remaining != Some(0)
        });
        let outcome = match hit {
            Some(i) => {
                let rule = &mut rules[i];
                if let Some(n) = rule.remaining.as_mut() {
                    *n -= 1;
                }
                Outcome::FailsToStart(rule.reason.clone())
            }
            None => Outcome::Runs,
        };
        rules.retain(|r| r.remaining != Some(0));
        Launch {
            step: self.step,
            outcome,
        }
    }

    fn stop(&self, _task_arn: &str) -> Duration {
        self.step
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(td: &str) -> LaunchSpec {
        LaunchSpec {
            task_arn: "arn".into(),
            task_definition: td.into(),
            containers: vec![],
        }
    }

    #[test]
    fn injected_failures_count_down() {
        let rt = Simulated::new(Duration::from_millis(10));
        assert_eq!(rt.launch(&spec("web:1")).outcome, Outcome::Runs);
        rt.fail_launches("web", Some(2), "CannotPullContainerError: nope");
        assert!(matches!(
            rt.launch(&spec("web:3")).outcome,
            Outcome::FailsToStart(_)
        ));
        assert_eq!(rt.launch(&spec("api:1")).outcome, Outcome::Runs);
        assert!(matches!(
            rt.launch(&spec("web:3")).outcome,
            Outcome::FailsToStart(_)
        ));
        assert_eq!(rt.launch(&spec("web:3")).outcome, Outcome::Runs);
        rt.fail_launches("web:4", None, "x");
        for _ in 0..5 {
            assert!(matches!(
                rt.launch(&spec("web:4")).outcome,
                Outcome::FailsToStart(_)
            ));
        }
        rt.clear();
        assert_eq!(rt.launch(&spec("web:4")).outcome, Outcome::Runs);
    }
}
