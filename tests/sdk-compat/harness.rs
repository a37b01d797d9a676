//! Serves Dockside's `app` on 127.0.0.1:0 for one test and builds SDK configurations that
//! point at it; it never talks to real AWS (no credentials chain, no IMDS).

use std::sync::Arc;
use std::time::Duration;

use aws_sdk_sts::config::{BehaviorVersion, Credentials, Region};
use dockside::{AppState, Config};

pub struct Dockside {
    pub endpoint: String,
    pub state: Arc<AppState>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

impl Dockside {
    pub async fn start() -> Dockside {
        Dockside::start_with(Config::ephemeral()).await
    }

    pub async fn start_with(config: Config) -> Dockside {
        let state = AppState::open(config).expect("memory store");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        tokio::spawn(dockside::serve(state.clone(), listener, async move {
            let _ = stopped.await;
        }));
        Dockside {
            endpoint,
            state,
            stop: Some(stop),
        }
    }

    /// Stops the clock: from now on time moves only by `advance`.
    pub fn manual_clock(&self) {
        self.state.clock.set_manual(true);
    }

    /// Milliseconds on Dockside's clock.
    pub fn now_millis(&self) -> i64 {
        self.state.clock.now_millis()
    }

    pub fn advance(&self, by: Duration) {
        self.state.clock.advance(by);
    }

    fn credentials(key: &str) -> Credentials {
        Credentials::new(key, "secret", None, None, "dockside-tests")
    }

    pub fn sts_config(&self, key: &str) -> aws_sdk_sts::Config {
        aws_sdk_sts::Config::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .endpoint_url(&self.endpoint)
            .credentials_provider(Self::credentials(key))
            .build()
    }

    /// A shared configuration every service client can be built from.
    pub fn sdk_config(&self, key: &str) -> aws_types::SdkConfig {
        aws_types::SdkConfig::builder()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new("us-east-1"))
            .endpoint_url(&self.endpoint)
            .credentials_provider(
                aws_credential_types::provider::SharedCredentialsProvider::new(Self::credentials(
                    key,
                )),
            )
            .build()
    }
}

/// Sends `data-<host>` requests (Cloud Map's DiscoverInstances) to the endpoint's own host,
/// as `AWS_DISABLE_HOST_PREFIX_INJECTION` does for the CLI and boto3: aws-sdk-rust has no
/// such switch, and `data-127.0.0.1` resolves nowhere.
#[derive(Debug)]
pub struct NoHostPrefix;

impl aws_smithy_runtime_api::client::interceptors::Intercept for NoHostPrefix {
    fn name(&self) -> &'static str {
        "NoHostPrefix"
    }

    fn modify_before_transmit(
        &self,
        ctx: &mut aws_smithy_runtime_api::client::interceptors::context::BeforeTransmitInterceptorContextMut<'_>,
        _rc: &aws_smithy_runtime_api::client::runtime_components::RuntimeComponents,
        _cfg: &mut aws_smithy_types::config_bag::ConfigBag,
    ) -> Result<(), aws_smithy_runtime_api::box_error::BoxError> {
        let uri = ctx.request().uri().replacen("://data-", "://", 1);
        ctx.request_mut().set_uri(uri)?;
        Ok(())
    }
}

impl Dockside {
    /// A Cloud Map client whose DiscoverInstances reaches this Dockside.
    pub fn cloud_map(&self, key: &str) -> aws_sdk_servicediscovery::Client {
        let conf = aws_sdk_servicediscovery::config::Builder::from(&self.sdk_config(key))
            .interceptor(NoHostPrefix)
            .build();
        aws_sdk_servicediscovery::Client::from_conf(conf)
    }
}

impl Drop for Dockside {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
