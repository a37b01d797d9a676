//! ECS account settings through aws-sdk-ecs: AWS's defaults, the account default, a
//! principal's own value winning over it, values checked per setting, and new clusters
//! taking containerInsights from them.

use aws_sdk_ecs::Client;
use aws_sdk_ecs::error::ProvideErrorMetadata;
use aws_sdk_ecs::types::{ClusterField, SettingName, SettingType};

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
