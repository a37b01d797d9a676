//! ECS account settings and task scale-in protection through aws-sdk-ecs: AWS's defaults,
//! the account default, a principal's own value winning over it, values checked per
//! setting, new clusters taking containerInsights from them; protected service tasks kept
//! through a scale-in until their protection expires.

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{ClusterField, LaunchType, SettingName, SettingType};

use crate::harness::Dockside;

#[tokio::test]
async fn account_settings_default_override_and_reach_new_clusters() {
    let d = Dockside::start().await;
    let ecs = Client::new(&d.sdk_config("test"));
    let effective = async |principal: Option<&str>| {
        ecs.list_account_settings()
            .name(SettingName::ContainerInsights)
            .effective_settings(true)
            .set_principal_arn(principal.map(str::to_string))
            .send()
            .await
            .unwrap()
            .settings()[0]
            .clone()
    };
    let s = effective(None).await;
    assert_eq!(s.value(), Some("disabled"));
    assert_eq!(s.r#type(), Some(&SettingType::AwsManaged));
    let all = ecs
        .list_account_settings()
        .effective_settings(true)
        .send()
        .await
        .unwrap();
    assert_eq!(
        all.settings().len(),
        11,
        "every setting has an effective value"
    );
    assert!(
        ecs.list_account_settings()
            .send()
            .await
            .unwrap()
            .settings()
            .is_empty(),
        "nothing set yet"
    );

    ecs.put_account_setting_default()
        .name(SettingName::ContainerInsights)
        .value("enhanced")
        .send()
        .await
        .unwrap();
    let role = "arn:aws:iam::000000000000:role/ops";
    ecs.put_account_setting()
        .name(SettingName::ContainerInsights)
        .value("disabled")
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    assert_eq!(effective(None).await.value(), Some("enhanced"));
    let own = effective(Some(role)).await;
    assert_eq!(
        (own.value(), own.principal_arn()),
        (Some("disabled"), Some(role))
    );

    let c = ecs
        .create_cluster()
        .cluster_name("insightful")
        .send()
        .await
        .unwrap();
    let settings = c.cluster().unwrap().settings();
    assert_eq!(settings[0].value(), Some("enhanced"));
    let described = ecs
        .describe_clusters()
        .clusters("insightful")
        .include(ClusterField::Settings)
        .send()
        .await
        .unwrap();
    assert_eq!(
        described.clusters()[0].settings()[0].value(),
        Some("enhanced")
    );

    for (name, value, principal) in [
        (SettingName::ContainerInsights, "on", None),
        (SettingName::FargateTaskRetirementWaitPeriod, "3", None),
        (
            SettingName::FargateTaskRetirementWaitPeriod,
            "14",
            Some(role),
        ),
    ] {
        let e = ecs
            .put_account_setting()
            .name(name.clone())
            .value(value)
            .set_principal_arn(principal.map(str::to_string))
            .send()
            .await
            .unwrap_err();
        assert_eq!(
            e.code(),
            Some("InvalidParameterException"),
            "{name:?}={value}"
        );
    }
    let e = ecs
        .delete_account_setting()
        .name(SettingName::AwsvpcTrunking)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"), "not set");
    let gone = ecs
        .delete_account_setting()
        .name(SettingName::ContainerInsights)
        .principal_arn(role)
        .send()
        .await
        .unwrap();
    assert_eq!(gone.setting().unwrap().value(), Some("disabled"));
    assert_eq!(
        effective(Some(role)).await.value(),
        Some("enhanced"),
        "back to the account's"
    );
}

#[tokio::test]
async fn protected_tasks_survive_scale_in_until_protection_expires() {
    let d = Dockside::start().await;
    d.manual_clock();
    let ecs = Client::new(&d.sdk_config("test"));
    ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&ecs, "guarded", "img").await;
    ecs.create_service()
        .service_name("web")
        .task_definition(&td)
        .desired_count(3)
        .launch_type(LaunchType::Fargate)
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap();
    let running = async || {
        ecs.list_tasks()
            .service_name("web")
            .send()
            .await
            .unwrap()
            .task_arns()
            .to_vec()
    };
    let arns = running().await;
    assert_eq!(arns.len(), 3);
    let keep = arns[0].clone();
    let out = ecs
        .update_task_protection()
        .cluster("default")
        .tasks(&keep)
        .tasks("0123456789abcdef0123456789abcdef")
        .protection_enabled(true)
        .expires_in_minutes(10)
        .send()
        .await
        .unwrap();
    assert_eq!(out.protected_tasks().len(), 1);
    assert!(out.protected_tasks()[0].protection_enabled());
    assert_eq!(out.failures()[0].reason(), Some("MISSING"));
    let e = ecs
        .update_task_protection()
        .cluster("default")
        .tasks(&keep)
        .protection_enabled(true)
        .expires_in_minutes(5000)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidParameterException"));
    let lone = ecs
        .run_task()
        .task_definition(&td)
        .launch_type(LaunchType::Fargate)
        .network_configuration(crate::ecs::vpc())
        .send()
        .await
        .unwrap();
    let lone_arn = lone.tasks()[0].task_arn().unwrap().to_string();
    let out = ecs
        .update_task_protection()
        .cluster("default")
        .tasks(&lone_arn)
        .protection_enabled(true)
        .send()
        .await
        .unwrap();
    assert_eq!(out.failures()[0].reason(), Some("TASK_NOT_VALID"));

    // Scale to zero: the two unprotected tasks stop, the protected one runs on.
    ecs.update_service()
        .service("web")
        .desired_count(0)
        .send()
        .await
        .unwrap();
    assert_eq!(running().await, vec![keep.clone()]);
    let got = ecs
        .get_task_protection()
        .cluster("default")
        .tasks(&keep)
        .send()
        .await
        .unwrap();
    assert!(got.protected_tasks()[0].expiration_date().is_some());
    // Ten minutes later protection has expired and the scale-in finishes.
    d.advance(std::time::Duration::from_secs(601));
    let mut left = 1;
    for _ in 0..100 {
        left = running().await.len();
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(left, 0);
}
