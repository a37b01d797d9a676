//! Where ECS tasks live. The scheduler asks a runtime to launch and stop tasks; the
//! runtime says how each launch goes. The simulated runtime (state only, always
//! available) is the first implementation; a Docker runtime comes later behind the same trait.
//!
//! A runtime never decides placement, counts or desired state: ECS does.

pub mod simulated;

use std::time::Duration;

/// What a runtime is told about a task it is to run.
#[derive(Debug, Clone)]
pub struct LaunchSpec {
    pub task_arn: String,
    /// `family:revision` of the task definition.
    pub task_definition: String,
    pub containers: Vec<ContainerSpec>,
}

#[derive(Debug, Clone)]
pub struct ContainerSpec {
    pub name: String,
    pub image: String,
    pub essential: bool,
}

/// How a launch goes.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The task moves through its start phases, one `step` apart, and runs.
    Runs,
    /// The task stops before running, with this stop reason (`CannotPullContainerError: …`).
    FailsToStart(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Launch {
    /// The time between two lifecycle phases (PROVISIONING → PENDING → …).
    pub step: Duration,
    pub outcome: Outcome,
}

/// A place tasks run.
pub trait Runtime: Send + Sync + 'static {
    /// `simulated` or `docker`.
    fn kind(&self) -> &'static str;
    /// Starts a task's containers (or pretends to) and says how the start goes.
    fn launch(&self, spec: &LaunchSpec) -> Launch;
    /// Stops a task's containers; the time its stop phases take apart.
    fn stop(&self, task_arn: &str) -> Duration;
}
