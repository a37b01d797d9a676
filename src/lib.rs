//! Dockside: AWS's container services (ECS, ECR, EKS, EventBridge, Cloud Map) and their
//! helpers on one local port, driven by the AWS service models.
//!
//! This crate root wires the layers together (`app` builds the router tests serve on
//! 127.0.0.1:0); it never holds AWS semantics itself.

pub mod admin;
pub mod catalog;
pub mod clock;
pub mod config;
pub mod context;
pub mod error;
pub mod gateway;
pub mod registry;
pub mod runtime;
pub mod services;
pub mod storage;
pub mod types;
pub mod wire;

use std::sync::Arc;

use axum::Router;

pub use config::Config;
use storage::{StorageError, Store};

/// Everything a request can reach.
pub struct AppState {
    pub config: Config,
    pub store: Store,
    pub clock: clock::Clock,
    pub services: services::Services,
    pub registry: Arc<registry::Registry>,
}

impl AppState {
    /// Opens the store (sled in the data directory, or memory when ephemeral).
    pub fn open(config: Config) -> Result<Arc<AppState>, StorageError> {
        let store = if config.ephemeral {
            Store::memory()
        } else {
            std::fs::create_dir_all(&config.data_dir)
                .map_err(|e| StorageError(format!("{}: {e}", config.data_dir.display())))?;
            let kv = Arc::new(storage::sled::SledKv::open(&config.data_dir)?);
            let store = Store::with_blob_dir(kv, config.data_dir.join("objects"))?;
            // Uploads a crash cut short left temporary files; none is open yet.
            store.blobs().sweep_orphans("ecr")?;
            store
        };
        AppState::with_store(config, store)
    }

    /// Builds the services over an opened store (loading what they keep in memory).
    pub fn with_store(config: Config, store: Store) -> Result<Arc<AppState>, StorageError> {
        let clock = clock::Clock::real();
        let scope = registry::store::Scope {
            account: config.account_id.clone(),
            region: config.region.clone(),
        };
        let registry = Arc::new(registry::Registry::new(
            store.clone(),
            clock.clone(),
            scope,
            config.registry_anonymous,
        )?);
        let step = std::time::Duration::from_millis(config.ecs_task_step_ms);
        let services = services::Services::new(
            store.clone(),
            clock.clone(),
            &config.account_id,
            step,
            registry.clone(),
            std::time::Duration::from_millis(config.eks_step_ms),
        )
        .map_err(|e| StorageError(e.message))?;
        Ok(Arc::new(AppState {
            config,
            store,
            clock,
            services,
            registry,
        }))
    }
}

/// The whole HTTP surface: admin routes, then every AWS request.
pub fn app(state: Arc<AppState>) -> Router {
    use axum::routing::any;
    admin::routes()
        .route("/v2", any(registry::handle))
        .route("/v2/", any(registry::handle))
        .route("/v2/{*rest}", any(registry::handle))
        .fallback(gateway::aws)
        .with_state(state)
}

/// Serves `app` on a bound listener until `shutdown` resolves, then makes state durable.
pub async fn serve(
    state: Arc<AppState>,
    listener: tokio::net::TcpListener,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(listener, app(state.clone()))
        .with_graceful_shutdown(shutdown)
        .await?;
    state
        .store
        .kv
        .persist()
        .map_err(|e| std::io::Error::other(e.to_string()))
}
