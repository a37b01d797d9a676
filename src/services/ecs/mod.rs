//! ECS: clusters, task definitions, tasks and services with ECS's semantics, tasks run by a
//! runtime (the simulated one for now) and kept at their desired count by the scheduler.
//! State lives in memory and is written through to storage before each answer.
//!
//! It never speaks HTTP, and never fakes an operation: those not emulated yet answer 501.

#[rustfmt::skip]
pub mod api;
mod agent;
mod attributes;
mod capacity;
mod cluster;
mod daemon;
mod daemon_defs;
mod daemon_read;
mod events;
mod fargate;
mod history;
mod instance;
mod launcher;
pub mod lifecycle;
mod names;
mod paging;
mod placement;
mod placer;
mod protection;
mod query;
pub mod registries;
mod scheduler;
mod service;
mod settings;
pub mod state;
mod tags;
mod task;
mod task_definition;
mod tasksets;
#[cfg(test)]
mod tests;

use std::sync::{Arc, Mutex};
use std::time::Duration;

use api::*;
use lifecycle::Env;
use state::{Region, State};

use crate::clock::Clock;
use crate::context::Context;
use crate::error::AwsResult;
use crate::runtime::simulated::Simulated;
use crate::storage::Store;

/// The ECS service.
#[derive(Clone)]
pub struct Ecs {
    inner: Arc<Inner>,
}

struct Inner {
    store: Store,
    clock: Clock,
    runtime: Arc<Simulated>,
    state: Mutex<State>,
    wake: tokio::sync::Notify,
    registrar: std::sync::OnceLock<registries::Registrar>,
    sink: std::sync::OnceLock<crate::services::events::emit::SharedSink>,
}

impl Inner {
    /// Hands queued Cloud Map registrations to the registrar.
    fn flush(&self, st: &mut State) {
        let regs: Vec<registries::Registration> = st
            .regions
            .values_mut()
            .flat_map(|r| std::mem::take(&mut r.registrations))
            .collect();
        if !regs.is_empty()
            && let Some(f) = self.registrar.get()
        {
            f(regs);
        }
        for r in st.regions.values_mut() {
            if r.emitted.is_empty() {
                continue;
            }
            let emitted = std::mem::take(&mut r.emitted);
            if let Some(sink) = self.sink.get()
                && sink.wants(&r.account, &r.region, "aws.ecs")
            {
                sink.emit(events::service_events(r, emitted));
            }
        }
    }
}

impl Ecs {
    /// Loads ECS state from storage and starts the background scheduler (when a Tokio
    /// runtime is there to run it).
    pub fn new(store: Store, clock: Clock, step: Duration) -> AwsResult<Ecs> {
        let state = State::load(&store)?;
        let ecs = Ecs {
            inner: Arc::new(Inner {
                store,
                clock,
                runtime: Arc::new(Simulated::new(step)),
                state: Mutex::new(state),
                wake: tokio::sync::Notify::new(),
                registrar: std::sync::OnceLock::new(),
                sink: std::sync::OnceLock::new(),
            }),
        };
        if tokio::runtime::Handle::try_current().is_ok() {
            tokio::spawn(drive(Arc::downgrade(&ecs.inner)));
        }
        Ok(ecs)
    }

    /// Sets where ECS's EventBridge events go, once.
    pub fn set_sink(&self, s: crate::services::events::emit::SharedSink) {
        let _ = self.inner.sink.set(s);
    }

    /// Sets who applies service registries (Cloud Map), once.
    pub fn set_registrar(&self, f: registries::Registrar) {
        let _ = self.inner.registrar.set(f);
    }

    /// The simulated runtime, for failure injection.
    pub fn runtime(&self) -> &Simulated {
        &self.inner.runtime
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.inner.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs `f` on the caller's region after applying whatever fell due, then writes what
    /// changed through to storage.
    fn with<R>(
        &self,
        ctx: &Context,
        f: impl FnOnce(&mut Region, &Env) -> AwsResult<R>,
    ) -> AwsResult<R> {
        let now = self.inner.clock.now_millis();
        let env = Env {
            now,
            runtime: &*self.inner.runtime,
        };
        let mut st = self.lock();
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        let out = f(st.region(&ctx.account, &ctx.region), &env);
        if out.is_ok() {
            let region = st.region(&ctx.account, &ctx.region);
            scheduler::advance(region, &env);
        }
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)?;
        drop(st);
        self.inner.wake.notify_one();
        out
    }

    /// Applies whatever fell due, in every region, and writes what changed: what the
    /// background scheduler does on each wake-up (benchmarks and tests call it directly).
    pub fn tick(&self) -> AwsResult<()> {
        let env = Env {
            now: self.inner.clock.now_millis(),
            runtime: &*self.inner.runtime,
        };
        let mut st = self.lock();
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)
    }

    /// Marks a service as changed, so the next tick reconciles it.
    pub fn mark_changed(&self, account: &str, region: &str, cluster: &str, service: &str) {
        let mut st = self.lock();
        st.region(account, region)
            .reconcile
            .insert((cluster.to_string(), service.to_string()));
    }

    /// Forgets all state (after storage was reset).
    pub fn reset(&self) {
        *self.lock() = State::default();
        self.inner.runtime.clear();
    }

    /// Makes a task's container (or every container, if none is named) exit with `code`.
    pub fn inject_exit(
        &self,
        account: &str,
        region: &str,
        task: &str,
        container: Option<&str>,
        code: i32,
    ) -> AwsResult<()> {
        let now = self.inner.clock.now_millis();
        let mut st = self.lock();
        let r = st.region(account, region);
        let id = task.rsplit('/').next().unwrap_or(task).to_string();
        let running = r
            .tasks
            .get(&id)
            .is_some_and(|t| t.task.last_status.as_deref() == Some("RUNNING"));
        if !running {
            return Err(ErrorCode::InvalidParameterException
                .with(format!("No RUNNING task {id} in {account}/{region}.")));
        }
        lifecycle::container_exited(r, &id, container, code, now);
        let env = Env {
            now,
            runtime: &*self.inner.runtime,
        };
        scheduler::advance(r, &env);
        self.inner.flush(&mut st);
        st.persist(&self.inner.store)?;
        drop(st);
        self.inner.wake.notify_one();
        Ok(())
    }
}

/// The background scheduler: sleeps until the next task phase falls due (or the clock is
/// advanced, or a request changed something), then applies what fell due.
async fn drive(inner: std::sync::Weak<Inner>) {
    loop {
        let Some(me) = inner.upgrade() else { return };
        let next = {
            let st = me.state.lock().unwrap_or_else(|e| e.into_inner());
            st.regions.values().filter_map(Region::next_due).min()
        };
        let clock = me.clock.clone();
        let now = clock.now_millis();
        let until = next.unwrap_or(now + 1000).min(now + 1000);
        tokio::select! {
            _ = clock.sleep_until(until) => {}
            _ = me.wake.notified() => {}
        }
        let env = Env {
            now: clock.now_millis(),
            runtime: &*me.runtime,
        };
        let mut st = me.state.lock().unwrap_or_else(|e| e.into_inner());
        for region in st.regions.values_mut() {
            scheduler::advance(region, &env);
        }
        me.flush(&mut st);
        if let Err(e) = st.persist(&me.store) {
            tracing::error!("ecs scheduler could not write state: {e}");
        }
    }
}

impl Api for Ecs {
    fn cached(
        &self,
        ctx: &Context,
        operation: &str,
        input: &serde_json::Value,
    ) -> Option<AwsResult<Vec<u8>>> {
        if operation != "DescribeTasks" {
            return None;
        }
        self.with(ctx, |r, _| Ok(task::describe_cached(r, input)))
            .transpose()
            .map(Result::flatten)
    }

    async fn create_cluster(
        &self,
        ctx: &Context,
        mut input: CreateClusterRequest,
    ) -> AwsResult<CreateClusterResponse> {
        // Without settings a cluster takes the containerInsights account setting.
        if input.settings.is_none() {
            input.settings = Some(vec![ClusterSetting {
                name: Some("containerInsights".into()),
                value: Some(settings::container_insights(&self.inner.store, ctx)),
            }]);
        }
        self.with(ctx, |r, _| cluster::create(r, input))
    }

    async fn register_container_instance(
        &self,
        ctx: &Context,
        input: RegisterContainerInstanceRequest,
    ) -> AwsResult<RegisterContainerInstanceResponse> {
        self.with(ctx, |r, env| instance::register(r, env, input))
    }
    async fn deregister_container_instance(
        &self,
        ctx: &Context,
        input: DeregisterContainerInstanceRequest,
    ) -> AwsResult<DeregisterContainerInstanceResponse> {
        self.with(ctx, |r, env| instance::deregister(r, env, input))
    }
    async fn describe_container_instances(
        &self,
        ctx: &Context,
        input: DescribeContainerInstancesRequest,
    ) -> AwsResult<DescribeContainerInstancesResponse> {
        self.with(ctx, |r, env| instance::describe(r, env, input))
    }
    async fn list_container_instances(
        &self,
        ctx: &Context,
        input: ListContainerInstancesRequest,
    ) -> AwsResult<ListContainerInstancesResponse> {
        self.with(ctx, |r, _| instance::list(r, input))
    }
    async fn update_container_instances_state(
        &self,
        ctx: &Context,
        input: UpdateContainerInstancesStateRequest,
    ) -> AwsResult<UpdateContainerInstancesStateResponse> {
        self.with(ctx, |r, env| instance::update_state(r, env, input))
    }
    async fn update_container_agent(
        &self,
        ctx: &Context,
        input: UpdateContainerAgentRequest,
    ) -> AwsResult<UpdateContainerAgentResponse> {
        self.with(ctx, |r, env| instance::update_agent(r, env, input))
    }
    async fn put_attributes(
        &self,
        ctx: &Context,
        input: PutAttributesRequest,
    ) -> AwsResult<PutAttributesResponse> {
        self.with(ctx, |r, _| attributes::put(r, input))
    }
    async fn delete_attributes(
        &self,
        ctx: &Context,
        input: DeleteAttributesRequest,
    ) -> AwsResult<DeleteAttributesResponse> {
        self.with(ctx, |r, _| attributes::delete(r, input))
    }
    async fn list_attributes(
        &self,
        ctx: &Context,
        input: ListAttributesRequest,
    ) -> AwsResult<ListAttributesResponse> {
        self.with(ctx, |r, _| attributes::list(r, input))
    }
    async fn create_capacity_provider(
        &self,
        ctx: &Context,
        input: CreateCapacityProviderRequest,
    ) -> AwsResult<CreateCapacityProviderResponse> {
        self.with(ctx, |r, _| capacity::create(r, input))
    }
    async fn update_capacity_provider(
        &self,
        ctx: &Context,
        input: UpdateCapacityProviderRequest,
    ) -> AwsResult<UpdateCapacityProviderResponse> {
        self.with(ctx, |r, _| capacity::update(r, input))
    }
    async fn delete_capacity_provider(
        &self,
        ctx: &Context,
        input: DeleteCapacityProviderRequest,
    ) -> AwsResult<DeleteCapacityProviderResponse> {
        self.with(ctx, |r, _| capacity::delete(r, input))
    }
    async fn describe_capacity_providers(
        &self,
        ctx: &Context,
        input: DescribeCapacityProvidersRequest,
    ) -> AwsResult<DescribeCapacityProvidersResponse> {
        self.with(ctx, |r, _| capacity::describe(r, input))
    }
    async fn start_task(
        &self,
        ctx: &Context,
        input: StartTaskRequest,
    ) -> AwsResult<StartTaskResponse> {
        self.with(ctx, |r, env| task::start(r, env, input))
    }
    async fn discover_poll_endpoint(
        &self,
        ctx: &Context,
        input: DiscoverPollEndpointRequest,
    ) -> AwsResult<DiscoverPollEndpointResponse> {
        self.with(ctx, |r, _| agent::discover(r, &ctx.endpoint, input))
    }
    async fn submit_task_state_change(
        &self,
        ctx: &Context,
        input: SubmitTaskStateChangeRequest,
    ) -> AwsResult<SubmitTaskStateChangeResponse> {
        self.with(ctx, |r, env| agent::submit_task(r, env, input))
    }
    async fn submit_container_state_change(
        &self,
        ctx: &Context,
        input: SubmitContainerStateChangeRequest,
    ) -> AwsResult<SubmitContainerStateChangeResponse> {
        self.with(ctx, |r, env| agent::submit_container(r, env, input))
    }
    async fn submit_attachment_state_changes(
        &self,
        ctx: &Context,
        input: SubmitAttachmentStateChangesRequest,
    ) -> AwsResult<SubmitAttachmentStateChangesResponse> {
        self.with(ctx, |r, _| agent::submit_attachments(r, input))
    }
    async fn execute_command(
        &self,
        ctx: &Context,
        input: ExecuteCommandRequest,
    ) -> AwsResult<ExecuteCommandResponse> {
        self.with(ctx, |r, _| agent::execute_command(r, input))
    }
    async fn create_task_set(
        &self,
        ctx: &Context,
        input: CreateTaskSetRequest,
    ) -> AwsResult<CreateTaskSetResponse> {
        self.with(ctx, |r, env| tasksets::create(r, env, input))
    }
    async fn update_task_set(
        &self,
        ctx: &Context,
        input: UpdateTaskSetRequest,
    ) -> AwsResult<UpdateTaskSetResponse> {
        self.with(ctx, |r, env| tasksets::update(r, env, input))
    }
    async fn delete_task_set(
        &self,
        ctx: &Context,
        input: DeleteTaskSetRequest,
    ) -> AwsResult<DeleteTaskSetResponse> {
        self.with(ctx, |r, env| tasksets::delete(r, env, input))
    }
    async fn describe_task_sets(
        &self,
        ctx: &Context,
        input: DescribeTaskSetsRequest,
    ) -> AwsResult<DescribeTaskSetsResponse> {
        self.with(ctx, |r, _| tasksets::describe(r, input))
    }
    async fn update_service_primary_task_set(
        &self,
        ctx: &Context,
        input: UpdateServicePrimaryTaskSetRequest,
    ) -> AwsResult<UpdateServicePrimaryTaskSetResponse> {
        self.with(ctx, |r, env| tasksets::make_primary(r, env, input))
    }
    async fn list_service_deployments(
        &self,
        ctx: &Context,
        input: ListServiceDeploymentsRequest,
    ) -> AwsResult<ListServiceDeploymentsResponse> {
        self.with(ctx, |r, _| history::list(r, input))
    }
    async fn describe_service_deployments(
        &self,
        ctx: &Context,
        input: DescribeServiceDeploymentsRequest,
    ) -> AwsResult<DescribeServiceDeploymentsResponse> {
        self.with(ctx, |r, _| history::describe(r, input))
    }
    async fn describe_service_revisions(
        &self,
        ctx: &Context,
        input: DescribeServiceRevisionsRequest,
    ) -> AwsResult<DescribeServiceRevisionsResponse> {
        self.with(ctx, |r, _| history::revisions(r, input))
    }
    async fn stop_service_deployment(
        &self,
        ctx: &Context,
        input: StopServiceDeploymentRequest,
    ) -> AwsResult<StopServiceDeploymentResponse> {
        self.with(ctx, |r, env| history::stop(r, env.now, input))
    }
    async fn continue_service_deployment(
        &self,
        ctx: &Context,
        input: ContinueServiceDeploymentRequest,
    ) -> AwsResult<ContinueServiceDeploymentResponse> {
        self.with(ctx, |r, _| history::resume(r, input))
    }
    async fn register_daemon_task_definition(
        &self,
        ctx: &Context,
        input: RegisterDaemonTaskDefinitionRequest,
    ) -> AwsResult<RegisterDaemonTaskDefinitionResponse> {
        let principal = crate::services::sts::principal(&self.inner.store, ctx);
        self.with(ctx, |r, env| {
            daemon_defs::register(r, env.now, principal, input)
        })
    }
    async fn describe_daemon_task_definition(
        &self,
        ctx: &Context,
        input: DescribeDaemonTaskDefinitionRequest,
    ) -> AwsResult<DescribeDaemonTaskDefinitionResponse> {
        self.with(ctx, |r, _| daemon_defs::describe(r, input))
    }
    async fn list_daemon_task_definitions(
        &self,
        ctx: &Context,
        input: ListDaemonTaskDefinitionsRequest,
    ) -> AwsResult<ListDaemonTaskDefinitionsResponse> {
        self.with(ctx, |r, _| daemon_defs::list(r, input))
    }
    async fn delete_daemon_task_definition(
        &self,
        ctx: &Context,
        input: DeleteDaemonTaskDefinitionRequest,
    ) -> AwsResult<DeleteDaemonTaskDefinitionResponse> {
        self.with(ctx, |r, env| daemon_defs::delete(r, env.now, input))
    }
    async fn create_daemon(
        &self,
        ctx: &Context,
        input: CreateDaemonRequest,
    ) -> AwsResult<CreateDaemonResponse> {
        self.with(ctx, |r, env| daemon::create(r, env, input))
    }
    async fn update_daemon(
        &self,
        ctx: &Context,
        input: UpdateDaemonRequest,
    ) -> AwsResult<UpdateDaemonResponse> {
        self.with(ctx, |r, env| daemon::update(r, env, input))
    }
    async fn delete_daemon(
        &self,
        ctx: &Context,
        input: DeleteDaemonRequest,
    ) -> AwsResult<DeleteDaemonResponse> {
        self.with(ctx, |r, env| daemon::delete(r, env, input))
    }
    async fn describe_daemon(
        &self,
        ctx: &Context,
        input: DescribeDaemonRequest,
    ) -> AwsResult<DescribeDaemonResponse> {
        self.with(ctx, |r, _| daemon_read::describe(r, input))
    }
    async fn list_daemons(
        &self,
        ctx: &Context,
        input: ListDaemonsRequest,
    ) -> AwsResult<ListDaemonsResponse> {
        self.with(ctx, |r, _| daemon_read::list(r, input))
    }
    async fn describe_daemon_deployments(
        &self,
        ctx: &Context,
        input: DescribeDaemonDeploymentsRequest,
    ) -> AwsResult<DescribeDaemonDeploymentsResponse> {
        self.with(ctx, |r, _| daemon_read::describe_deployments(r, input))
    }
    async fn list_daemon_deployments(
        &self,
        ctx: &Context,
        input: ListDaemonDeploymentsRequest,
    ) -> AwsResult<ListDaemonDeploymentsResponse> {
        self.with(ctx, |r, _| daemon_read::list_deployments(r, input))
    }
    async fn describe_daemon_revisions(
        &self,
        ctx: &Context,
        input: DescribeDaemonRevisionsRequest,
    ) -> AwsResult<DescribeDaemonRevisionsResponse> {
        self.with(ctx, |r, _| daemon_read::describe_revisions(r, input))
    }
    async fn update_task_protection(
        &self,
        ctx: &Context,
        input: UpdateTaskProtectionRequest,
    ) -> AwsResult<UpdateTaskProtectionResponse> {
        self.with(ctx, |r, env| protection::update(r, env, input))
    }

    async fn get_task_protection(
        &self,
        ctx: &Context,
        input: GetTaskProtectionRequest,
    ) -> AwsResult<GetTaskProtectionResponse> {
        self.with(ctx, |r, env| protection::get(r, env, input))
    }

    async fn put_account_setting(
        &self,
        ctx: &Context,
        input: PutAccountSettingRequest,
    ) -> AwsResult<PutAccountSettingResponse> {
        settings::put_setting(&self.inner.store, ctx, input)
    }

    async fn put_account_setting_default(
        &self,
        ctx: &Context,
        input: PutAccountSettingDefaultRequest,
    ) -> AwsResult<PutAccountSettingDefaultResponse> {
        settings::put_default(&self.inner.store, ctx, input)
    }

    async fn delete_account_setting(
        &self,
        ctx: &Context,
        input: DeleteAccountSettingRequest,
    ) -> AwsResult<DeleteAccountSettingResponse> {
        settings::delete(&self.inner.store, ctx, input)
    }

    async fn list_account_settings(
        &self,
        ctx: &Context,
        input: ListAccountSettingsRequest,
    ) -> AwsResult<ListAccountSettingsResponse> {
        settings::list(&self.inner.store, ctx, input)
    }
    async fn describe_clusters(
        &self,
        ctx: &Context,
        input: DescribeClustersRequest,
    ) -> AwsResult<DescribeClustersResponse> {
        self.with(ctx, |r, _| cluster::describe(r, input))
    }
    async fn list_clusters(
        &self,
        ctx: &Context,
        input: ListClustersRequest,
    ) -> AwsResult<ListClustersResponse> {
        self.with(ctx, |r, _| cluster::list(r, input))
    }
    async fn update_cluster(
        &self,
        ctx: &Context,
        input: UpdateClusterRequest,
    ) -> AwsResult<UpdateClusterResponse> {
        self.with(ctx, |r, _| cluster::update(r, input))
    }
    async fn update_cluster_settings(
        &self,
        ctx: &Context,
        input: UpdateClusterSettingsRequest,
    ) -> AwsResult<UpdateClusterSettingsResponse> {
        self.with(ctx, |r, _| cluster::update_settings(r, input))
    }
    async fn put_cluster_capacity_providers(
        &self,
        ctx: &Context,
        input: PutClusterCapacityProvidersRequest,
    ) -> AwsResult<PutClusterCapacityProvidersResponse> {
        self.with(ctx, |r, _| cluster::put_capacity_providers(r, input))
    }
    async fn delete_cluster(
        &self,
        ctx: &Context,
        input: DeleteClusterRequest,
    ) -> AwsResult<DeleteClusterResponse> {
        self.with(ctx, |r, _| cluster::delete(r, input))
    }
    async fn register_task_definition(
        &self,
        ctx: &Context,
        input: RegisterTaskDefinitionRequest,
    ) -> AwsResult<RegisterTaskDefinitionResponse> {
        self.with(ctx, |r, env| {
            task_definition::register(r, crate::types::Timestamp::from_millis(env.now), input)
        })
    }
    async fn describe_task_definition(
        &self,
        ctx: &Context,
        input: DescribeTaskDefinitionRequest,
    ) -> AwsResult<DescribeTaskDefinitionResponse> {
        self.with(ctx, |r, _| task_definition::describe(r, input))
    }
    async fn list_task_definitions(
        &self,
        ctx: &Context,
        input: ListTaskDefinitionsRequest,
    ) -> AwsResult<ListTaskDefinitionsResponse> {
        self.with(ctx, |r, _| task_definition::list(r, input))
    }
    async fn list_task_definition_families(
        &self,
        ctx: &Context,
        input: ListTaskDefinitionFamiliesRequest,
    ) -> AwsResult<ListTaskDefinitionFamiliesResponse> {
        self.with(ctx, |r, _| task_definition::list_families(r, input))
    }
    async fn deregister_task_definition(
        &self,
        ctx: &Context,
        input: DeregisterTaskDefinitionRequest,
    ) -> AwsResult<DeregisterTaskDefinitionResponse> {
        self.with(ctx, |r, env| {
            task_definition::deregister(r, crate::types::Timestamp::from_millis(env.now), input)
        })
    }
    async fn delete_task_definitions(
        &self,
        ctx: &Context,
        input: DeleteTaskDefinitionsRequest,
    ) -> AwsResult<DeleteTaskDefinitionsResponse> {
        self.with(ctx, |r, env| {
            task_definition::delete(r, crate::types::Timestamp::from_millis(env.now), input)
        })
    }
    async fn run_task(&self, ctx: &Context, input: RunTaskRequest) -> AwsResult<RunTaskResponse> {
        self.with(ctx, |r, env| task::run(r, env, input))
    }
    async fn stop_task(
        &self,
        ctx: &Context,
        input: StopTaskRequest,
    ) -> AwsResult<StopTaskResponse> {
        self.with(ctx, |r, env| task::stop(r, env, input))
    }
    async fn describe_tasks(
        &self,
        ctx: &Context,
        input: DescribeTasksRequest,
    ) -> AwsResult<DescribeTasksResponse> {
        self.with(ctx, |r, _| task::describe(r, input))
    }
    async fn list_tasks(
        &self,
        ctx: &Context,
        input: ListTasksRequest,
    ) -> AwsResult<ListTasksResponse> {
        self.with(ctx, |r, _| task::list(r, input))
    }
    async fn create_service(
        &self,
        ctx: &Context,
        input: CreateServiceRequest,
    ) -> AwsResult<CreateServiceResponse> {
        self.with(ctx, |r, env| {
            service::create(r, crate::types::Timestamp::from_millis(env.now), input)
        })
    }
    async fn update_service(
        &self,
        ctx: &Context,
        input: UpdateServiceRequest,
    ) -> AwsResult<UpdateServiceResponse> {
        self.with(ctx, |r, env| {
            service::update(r, crate::types::Timestamp::from_millis(env.now), input)
        })
    }
    async fn delete_service(
        &self,
        ctx: &Context,
        input: DeleteServiceRequest,
    ) -> AwsResult<DeleteServiceResponse> {
        self.with(ctx, |r, _| service::delete(r, input))
    }
    async fn describe_services(
        &self,
        ctx: &Context,
        input: DescribeServicesRequest,
    ) -> AwsResult<DescribeServicesResponse> {
        self.with(ctx, |r, _| service::describe(r, input))
    }
    async fn list_services(
        &self,
        ctx: &Context,
        input: ListServicesRequest,
    ) -> AwsResult<ListServicesResponse> {
        self.with(ctx, |r, _| service::list(r, input))
    }
    async fn list_services_by_namespace(
        &self,
        ctx: &Context,
        input: ListServicesByNamespaceRequest,
    ) -> AwsResult<ListServicesByNamespaceResponse> {
        self.with(ctx, |r, _| service::list_by_namespace(r, input))
    }
    async fn tag_resource(
        &self,
        ctx: &Context,
        input: TagResourceRequest,
    ) -> AwsResult<TagResourceResponse> {
        self.with(ctx, |r, _| tags::tag(r, input))
    }
    async fn untag_resource(
        &self,
        ctx: &Context,
        input: UntagResourceRequest,
    ) -> AwsResult<UntagResourceResponse> {
        self.with(ctx, |r, _| tags::untag(r, input))
    }
    async fn list_tags_for_resource(
        &self,
        ctx: &Context,
        input: ListTagsForResourceRequest,
    ) -> AwsResult<ListTagsForResourceResponse> {
        self.with(ctx, |r, _| tags::list(r, input))
    }
}
