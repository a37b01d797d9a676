//! Dockside's configuration: flags and environment, shown by `dockside --help`.
//!
//! It never opens a socket or a store; `main` and `lib` act on what it holds.

use std::net::SocketAddr;
use std::path::PathBuf;

use clap::Parser;

/// A local emulator of AWS's container services on one port.
#[derive(Debug, Clone, Parser)]
#[command(name = "dockside", version, about)]
pub struct Config {
    /// Address(es) to listen on, comma separated. Also read from GATEWAY_LISTEN (LocalStack's name).
    #[arg(long, env = "DOCKSIDE_LISTEN", default_value = "127.0.0.1:4566")]
    pub listen: String,

    /// Where the embedded store (sled) keeps state.
    #[arg(long, env = "DOCKSIDE_DATA_DIR", default_value = ".dockside")]
    pub data_dir: PathBuf,

    /// Keep all state in memory; nothing survives a restart.
    #[arg(long, env = "DOCKSIDE_EPHEMERAL")]
    pub ephemeral: bool,

    /// The account of requests whose access key is not a 12-digit account id.
    #[arg(long, env = "DOCKSIDE_ACCOUNT_ID", default_value = "000000000000")]
    pub account_id: String,

    /// The region of requests that name none.
    #[arg(long, env = "DOCKSIDE_REGION", default_value = "us-east-1")]
    pub region: String,

    /// Milliseconds between a simulated ECS task's lifecycle phases (PROVISIONING, PENDING,
    /// …). 0 makes tasks RUNNING at once, so waiters return on their first poll.
    #[arg(long, env = "DOCKSIDE_ECS_TASK_STEP_MS", default_value_t = 0)]
    pub ecs_task_step_ms: u64,

    /// Milliseconds of clock time an EKS resource spends CREATING, DELETING or UPDATING
    /// (and an update InProgress). 0 settles them by the next request, so waiters return on
    /// their first poll.
    #[arg(long, env = "DOCKSIDE_EKS_STEP_MS", default_value_t = 0)]
    pub eks_step_ms: u64,

    /// Let registry requests without credentials through (in the default account and
    /// region), for tools that cannot log in.
    #[arg(long, env = "DOCKSIDE_REGISTRY_ANONYMOUS")]
    pub registry_anonymous: bool,

    /// Address of the Cloud Map DNS server (UDP and TCP), or `off`.
    #[arg(long, env = "DOCKSIDE_DNS_LISTEN", default_value = "127.0.0.1:5353")]
    pub dns_listen: String,

    /// Log filter: error, warn, info, debug, trace, or a tracing directive.
    #[arg(long, env = "DOCKSIDE_LOG_LEVEL", default_value = "info")]
    pub log_level: String,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            listen: "127.0.0.1:4566".into(),
            data_dir: PathBuf::from(".dockside"),
            ephemeral: false,
            account_id: "000000000000".into(),
            region: "us-east-1".into(),
            ecs_task_step_ms: 0,
            eks_step_ms: 0,
            registry_anonymous: false,
            dns_listen: "127.0.0.1:5353".into(),
            log_level: "info".into(),
        }
    }
}

impl Config {
    /// An in-memory configuration for tests.
    pub fn ephemeral() -> Self {
        Config {
            ephemeral: true,
            dns_listen: "off".into(),
            ..Config::default()
        }
    }

    /// The addresses to bind. `GATEWAY_LISTEN` applies when `--listen`/`DOCKSIDE_LISTEN`
    /// were not given; a bare `:4566` binds every interface, as LocalStack's does.
    pub fn listen_addrs(&self, gateway_listen: Option<&str>) -> Result<Vec<SocketAddr>, String> {
        let text = match gateway_listen {
            Some(g) if self.listen == "127.0.0.1:4566" && !g.trim().is_empty() => g,
            _ => self.listen.as_str(),
        };
        text.split(',')
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| {
                let full = if s.starts_with(':') {
                    format!("0.0.0.0{s}")
                } else {
                    s.to_string()
                };
                full.parse::<SocketAddr>()
                    .map_err(|e| format!("invalid listen address {s:?}: {e}"))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_addresses() {
        let c = Config::default();
        assert_eq!(
            c.listen_addrs(None).unwrap(),
            vec!["127.0.0.1:4566".parse().unwrap()]
        );
        assert_eq!(
            c.listen_addrs(Some(":4510")).unwrap(),
            vec!["0.0.0.0:4510".parse().unwrap()]
        );
        let explicit = Config {
            listen: "127.0.0.1:9000,[::1]:9000".into(),
            ..Config::default()
        };
        assert_eq!(explicit.listen_addrs(Some(":4510")).unwrap().len(), 2);
        assert!(
            Config {
                listen: "nope".into(),
                ..Config::default()
            }
            .listen_addrs(None)
            .is_err()
        );
    }
}
