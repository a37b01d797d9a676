//! AWS semantics, one folder per service: each implements its generated `api::Api` trait.
//!
//! Services never see HTTP: they take a [`Context`] and typed input and return typed
//! output or an `AwsError`.

pub mod application_autoscaling;
pub mod ecr;
pub mod ecs;
pub mod eks;
pub mod elbv2;
pub mod events;
pub mod logs;
pub mod servicediscovery;
pub mod sts;

use serde_json::Value;

use crate::clock::Clock;
use crate::context::Context;
use crate::error::{AwsError, AwsResult};
use crate::storage::Store;
use crate::types::{Form, Output};

/// Every service, ready to dispatch to.
pub struct Services {
    pub ecs: ecs::Ecs,
    pub ecr: ecr::Ecr,
    pub eks: eks::Eks,
    pub events: events::Events,
    pub servicediscovery: servicediscovery::ServiceDiscovery,
    pub sts: sts::Sts,
    pub logs: logs::Logs,
    pub elbv2: elbv2::Elbv2,
    pub application_autoscaling: application_autoscaling::ApplicationAutoScaling,
}

impl Services {
    /// Builds every service over `store`, loading the state those that keep it in memory hold.
    pub fn new(
        store: Store,
        clock: Clock,
        default_account: &str,
        ecs_step: std::time::Duration,
        registry: std::sync::Arc<crate::registry::Registry>,
        eks_step: std::time::Duration,
    ) -> AwsResult<Self> {
        let servicediscovery = servicediscovery::ServiceDiscovery::new(store.clone());
        let ecs = ecs::Ecs::new(store.clone(), clock.clone(), ecs_step)?;
        let events = events::Events::new(store.clone(), clock.clone());
        {
            let (ecs, clock) = (ecs.clone(), clock.clone());
            events.set_ecs_runner(std::sync::Arc::new(move |account, region, input| {
                let (ecs, clock) = (ecs.clone(), clock.clone());
                Box::pin(async move {
                    use ecs::api::Api as _;
                    let ctx = Context::background("ecs", &account, &region, clock);
                    let req: ecs::api::RunTaskRequest =
                        serde_json::from_value(input).map_err(|e| e.to_string())?;
                    let out = ecs.run_task(&ctx, req).await.map_err(|e| e.message)?;
                    match out.failures.as_deref().and_then(|f| f.first()) {
                        Some(f) => Err(format!("RunTask failed: {:?}", f.reason)),
                        None => Ok(()),
                    }
                })
            }));
        }
        ecs.set_sink(events.sink());
        let ecr = ecr::Ecr::new(store.clone(), registry);
        let _ = ecr.sink.set(events.sink());
        {
            let (sd_store, zones) = (store.clone(), servicediscovery.zones.clone());
            ecs.set_registrar(std::sync::Arc::new(move |regs| {
                servicediscovery::apply_ecs(&sd_store, regs);
                zones.stale();
            }));
        }
        Ok(Services {
            ecs,
            ecr,
            eks: eks::Eks::new(store.clone(), clock.clone(), eks_step),
            events,
            servicediscovery,
            sts: sts::Sts {
                store: store.clone(),
                default_account: default_account.to_string(),
            },
            logs: logs::Logs {
                store: store.clone(),
            },
            elbv2: elbv2::Elbv2 {
                store: store.clone(),
            },
            application_autoscaling: application_autoscaling::ApplicationAutoScaling { store },
        })
    }

    /// Forgets in-memory state after storage was reset (all services, or one).
    pub fn reset(&self, service: Option<&str>) {
        if service.is_none_or(|s| s == "ecs") {
            self.ecs.reset();
        }
        if service.is_none_or(|s| s == "ecr") {
            self.ecr.registry.reset();
        }
    }

    /// Runs `ctx.operation` of `ctx.service` on a validated canonical input, encoding its
    /// output in `form`.
    pub async fn call(&self, ctx: &Context, input: Value, form: Form) -> AwsResult<Output> {
        let op = ctx.operation.as_str();
        match ctx.service {
            "ecs" => ecs::api::dispatch(&self.ecs, ctx, op, input, form).await,
            "ecr" => ecr::api::dispatch(&self.ecr, ctx, op, input, form).await,
            "eks" => eks::api::dispatch(&self.eks, ctx, op, input, form).await,
            "events" => events::api::dispatch(&self.events, ctx, op, input, form).await,
            "servicediscovery" => {
                let svc = &self.servicediscovery;
                servicediscovery::api::dispatch(svc, ctx, op, input, form).await
            }
            "sts" => sts::api::dispatch(&self.sts, ctx, op, input, form).await,
            "logs" => logs::api::dispatch(&self.logs, ctx, op, input, form).await,
            "elbv2" => elbv2::api::dispatch(&self.elbv2, ctx, op, input, form).await,
            "application-autoscaling" => {
                let svc = &self.application_autoscaling;
                application_autoscaling::api::dispatch(svc, ctx, op, input, form).await
            }
            other => Err(AwsError::not_implemented(other, op)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog;
    use crate::clock::Clock;

    /// Every operation of every model reaches its handler: the not-emulated ones answer
    /// the uniform 501, never "unknown operation".
    #[tokio::test]
    async fn every_operation_dispatches() {
        let store = Store::memory();
        let scope = crate::registry::store::Scope {
            account: "000000000000".into(),
            region: "us-east-1".into(),
        };
        let registry = crate::registry::Registry::new(store.clone(), Clock::real(), scope, false);
        let services = Services::new(
            store,
            Clock::real(),
            "000000000000",
            Default::default(),
            std::sync::Arc::new(registry.unwrap()),
            Default::default(),
        )
        .unwrap();
        let mut answered = 0;
        for meta in catalog::SERVICES {
            let model = catalog::model(meta);
            for op in &model.operations {
                let mut ctx =
                    Context::background(meta.name, "000000000000", "us-east-1", Clock::real());
                ctx.operation = op.name.clone();
                match services
                    .call(&ctx, Value::Object(Default::default()), Form::Value)
                    .await
                {
                    Ok(_) => {}
                    Err(e) if e.code == crate::error::NOT_IMPLEMENTED => {
                        assert_eq!(e.status, Some(501));
                        assert_eq!(
                            e.message,
                            format!("Dockside does not emulate {}:{} yet.", meta.name, op.name)
                        );
                    }
                    // Emulated operations may refuse an empty input, but never as unknown.
                    Err(e) => assert_ne!(e.code, "UnknownOperationException", "{}", op.name),
                }
                answered += 1;
            }
        }
        assert_eq!(answered, 88 + 62 + 70 + 57 + 30 + 11 + 118 + 51 + 14);
    }
}
