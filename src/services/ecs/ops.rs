//! The ECS API: each operation of the model that Dockside emulates, handed to the module
//! of its resource inside one `with` (what fell due is applied first, changes are written
//! after).
//!
//! It never holds behaviour of its own; operations it does not list answer the uniform
//! not-implemented error from the generated trait.

use super::ops_ingress::{ingress_ops, op};
use super::*;

impl Api for Ecs {
    ingress_ops!();

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
        self.with(ctx, |r, env| history::revisions(r, env.now, input))
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
