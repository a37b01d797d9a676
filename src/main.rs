//! The `dockside` binary: reads the configuration, opens the store, listens, prints
//! `Ready.` and serves until SIGINT or SIGTERM. It holds no logic of its own.

use clap::Parser;
use dockside::{AppState, Config};
use tracing_subscriber::EnvFilter;

#[tokio::main]
async fn main() {
    let config = Config::parse();
    let filter = EnvFilter::try_new(&config.log_level).unwrap_or_else(|_| EnvFilter::new("info"));
    tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .with_writer(std::io::stderr)
        .init();
    if let Err(e) = run(config).await {
        tracing::error!("{e}");
        std::process::exit(1);
    }
}

async fn run(config: Config) -> Result<(), String> {
    let addrs = config.listen_addrs(std::env::var("GATEWAY_LISTEN").ok().as_deref())?;
    let state = AppState::open(config).map_err(|e| e.to_string())?;
    let mut listeners = Vec::new();
    for addr in &addrs {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| format!("cannot listen on {addr}: {e}"))?;
        listeners.push(listener);
    }
    let (stop_tx, _) = tokio::sync::broadcast::channel::<()>(1);
    let mut servers = Vec::new();
    for listener in listeners {
        let mut stop = stop_tx.subscribe();
        let state = state.clone();
        servers.push(tokio::spawn(async move {
            dockside::serve(state, listener, async move {
                let _ = stop.recv().await;
            })
            .await
        }));
    }
    if state.config.dns_listen != "off" {
        let addr: std::net::SocketAddr = state
            .config
            .dns_listen
            .parse()
            .map_err(|e| format!("bad --dns-listen {}: {e}", state.config.dns_listen))?;
        let zones = state.services.servicediscovery.zones.clone();
        // The API works without it: a busy port (mDNS uses 5353) only costs the DNS answers.
        match dockside::services::servicediscovery::dns::serve(zones, addr).await {
            Ok(bound) => tracing::info!("Cloud Map DNS on {bound} (udp, tcp)"),
            Err(e) => tracing::warn!("Cloud Map DNS not served on {addr}: {e}; set --dns-listen"),
        }
    }
    tracing::info!(
        listen = %addrs.iter().map(|a| a.to_string()).collect::<Vec<_>>().join(","),
        store = if state.config.ephemeral { "memory".to_string() } else { state.config.data_dir.display().to_string() },
        "dockside {}", env!("CARGO_PKG_VERSION")
    );
    let stop = shutdown_signal();
    // Testcontainers and LocalStack users wait for this exact line.
    println!("Ready.");
    // Parse the models off the request path, so no request pays for it.
    tokio::task::spawn_blocking(dockside::catalog::warm_up);
    stop.await;
    tracing::info!("shutting down");
    let _ = stop_tx.send(());
    for server in servers {
        match server.await {
            Ok(Ok(())) => {}
            Ok(Err(e)) => return Err(e.to_string()),
            Err(e) => return Err(e.to_string()),
        }
    }
    Ok(())
}

/// Installs the SIGINT and SIGTERM handlers now (so a signal sent right after `Ready.` is
/// caught) and returns a future that resolves on the first of them.
fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    let term = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()).ok();
    #[cfg(unix)]
    let int = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::interrupt()).ok();
    async move {
        #[cfg(unix)]
        {
            let (mut term, mut int) = (term, int);
            tokio::select! {
                _ = async { match term.as_mut() { Some(s) => { s.recv().await; } None => std::future::pending::<()>().await } } => {},
                _ = async { match int.as_mut() { Some(s) => { s.recv().await; } None => std::future::pending::<()>().await } } => {},
            }
        }
        #[cfg(not(unix))]
        {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
