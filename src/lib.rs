//! Dockside: AWS's container services (ECS, ECR, EKS, EventBridge, Cloud Map) and their
//! helpers on one local port, driven by the AWS service models.
//!
//! This crate root wires the layers together; it never holds AWS semantics itself.

pub mod catalog;
pub mod clock;
pub mod context;
pub mod error;
pub mod services;
pub mod storage;
pub mod types;
pub mod wire;
