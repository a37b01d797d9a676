//! EventBridge through aws-sdk-eventbridge: buses, rules, targets and their errors,
//! TestEventPattern, and the canonical flow: an event put on the default bus runs an ECS task
//! through a rule whose InputTransformer passes the object key as an environment override.

use aws_sdk_eventbridge::Client;
use aws_sdk_eventbridge::error::ProvideErrorMetadata;
use aws_sdk_eventbridge::types::{
    AwsVpcConfiguration, EcsParameters, InputTransformer, LaunchType, NetworkConfiguration,
    PutEventsRequestEntry, Target,
};

use crate::harness::Dockside;

/// A rule target running one Fargate task of `td` in `cluster` (id `run`).
pub fn ecs_target(cluster: &str, td: &str) -> aws_sdk_eventbridge::types::builders::TargetBuilder {
    let vpc = AwsVpcConfiguration::builder()
        .subnets("subnet-0a1b2c3d")
        .build()
        .unwrap();
    Target::builder().id("run").arn(cluster).ecs_parameters(
        EcsParameters::builder()
            .task_definition_arn(td)
            .task_count(1)
            .launch_type(LaunchType::Fargate)
            .network_configuration(
                NetworkConfiguration::builder()
                    .awsvpc_configuration(vpc)
                    .build(),
            )
            .build()
            .unwrap(),
    )
}

const EVENT: &str = r#"{"version":"0","id":"1","detail-type":"Object Created","source":"my.app","account":"000000000000","time":"2026-11-29T00:00:00Z","region":"us-east-1","resources":[],"detail":{"key":"photos/cat.png","size":12}}"#;

#[tokio::test]
async fn buses_rules_targets_and_their_errors() {
    let d = Dockside::start().await;
    let eb = Client::new(&d.sdk_config("test"));
    let buses = eb.list_event_buses().send().await.unwrap();
    assert_eq!(
        buses.event_buses()[0].name(),
        Some("default"),
        "the default bus always exists"
    );
    eb.create_event_bus().name("orders").send().await.unwrap();
    let e = eb
        .create_event_bus()
        .name("orders")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceAlreadyExistsException"));
    let e = eb
        .describe_event_bus()
        .name("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    let e = eb
        .delete_event_bus()
        .name("default")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));

    let e = eb
        .put_rule()
        .name("bad")
        .event_pattern(r#"{"source":"my.app"}"#)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidEventPatternException"));
    assert!(
        e.message()
            .unwrap()
            .starts_with("Event pattern is not valid. Reason: ")
    );
    let e = eb
        .put_rule()
        .name("sched")
        .schedule_expression("rate(0 minutes)")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));
    let arn = eb
        .put_rule()
        .name("on-order")
        .event_bus_name("orders")
        .event_pattern(r#"{"source":["shop"],"detail":{"total":[{"numeric":[">",100]}]}}"#)
        .send()
        .await
        .unwrap()
        .rule_arn()
        .unwrap()
        .to_string();
    assert_eq!(
        arn,
        "arn:aws:events:us-east-1:000000000000:rule/orders/on-order"
    );
    let e = eb
        .describe_rule()
        .name("on-order")
        .send()
        .await
        .unwrap_err();
    assert_eq!(
        e.code(),
        Some("ResourceNotFoundException"),
        "rules live on their bus"
    );
    eb.put_targets()
        .rule("on-order")
        .event_bus_name("orders")
        .targets(
            Target::builder()
                .id("fwd")
                .arn("arn:aws:events:us-east-1:000000000000:event-bus/default")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let e = eb
        .delete_rule()
        .name("on-order")
        .event_bus_name("orders")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"), "targets remain");
    let mut too_many = eb.put_targets().rule("on-order").event_bus_name("orders");
    for i in 0..5 {
        too_many = too_many.targets(
            Target::builder()
                .id(format!("t{i}"))
                .arn("arn:aws:sqs:us-east-1:000000000000:q")
                .build()
                .unwrap(),
        );
    }
    let e = too_many.send().await.unwrap_err();
    assert_eq!(e.code(), Some("LimitExceededException"));
    let names = eb
        .list_rule_names_by_target()
        .target_arn("arn:aws:events:us-east-1:000000000000:event-bus/default")
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();
    assert_eq!(names.rule_names(), ["on-order".to_string()]);
    eb.disable_rule()
        .name("on-order")
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();
    let r = eb
        .describe_rule()
        .name("on-order")
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();
    assert_eq!(r.state().unwrap().as_str(), "DISABLED");
    eb.remove_targets()
        .rule("on-order")
        .event_bus_name("orders")
        .ids("fwd")
        .send()
        .await
        .unwrap();
    eb.delete_rule()
        .name("on-order")
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();

    let t = eb
        .test_event_pattern()
        .event_pattern(r#"{"detail":{"key":[{"suffix":".png"}]}}"#)
        .event(EVENT)
        .send()
        .await
        .unwrap();
    assert!(t.result());
    let t = eb
        .test_event_pattern()
        .event_pattern(r#"{"detail":{"size":[{"numeric":[">",100]}]}}"#)
        .event(EVENT)
        .send()
        .await
        .unwrap();
    assert!(!t.result());
    let e = eb
        .test_event_pattern()
        .event_pattern(r#"{"source":["x"]}"#)
        .event(r#"{"source":"x"}"#)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidEventPatternException"));

    // Failed entries are reported one by one; the rest go through.
    let out = eb
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .source("my.app")
                .detail_type("x")
                .detail("{}")
                .build(),
        )
        .entries(
            PutEventsRequestEntry::builder()
                .source("my.app")
                .detail_type("x")
                .detail("not json")
                .build(),
        )
        .entries(
            PutEventsRequestEntry::builder()
                .detail_type("x")
                .detail("{}")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.failed_entry_count(), 2);
    assert!(out.entries()[0].event_id().is_some());
    assert_eq!(out.entries()[1].error_code(), Some("MalformedDetail"));
    assert_eq!(out.entries()[2].error_code(), Some("InvalidArgument"));
}

#[tokio::test]
async fn an_event_runs_an_ecs_task_with_the_transformed_input() {
    let d = Dockside::start().await;
    let conf = d.sdk_config("test");
    let eb = Client::new(&conf);
    let ecs = aws_sdk_ecs::Client::new(&conf);
    ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&ecs, "resize", "img").await;

    // An intermediate bus forwards to default, where the ECS rule waits.
    eb.create_event_bus().name("uploads").send().await.unwrap();
    eb.put_rule()
        .name("forward")
        .event_bus_name("uploads")
        .event_pattern(r#"{"source":["my.app"]}"#)
        .send()
        .await
        .unwrap();
    eb.put_targets()
        .rule("forward")
        .event_bus_name("uploads")
        .targets(
            Target::builder()
                .id("to-default")
                .arn("arn:aws:events:us-east-1:000000000000:event-bus/default")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    eb.put_rule()
        .name("resize-on-upload")
        .event_pattern(r#"{"source":["my.app"],"detail-type":["Object Created"]}"#)
        .send()
        .await
        .unwrap();
    let template = r#"{"containerOverrides":[{"name":"app","environment":[{"name":"OBJECT_KEY","value":"<key>"}]}]}"#;
    eb.put_targets()
        .rule("resize-on-upload")
        .targets(
            ecs_target("arn:aws:ecs:us-east-1:000000000000:cluster/default", &td)
                .role_arn("arn:aws:iam::000000000000:role/events")
                .input_transformer(
                    InputTransformer::builder()
                        .input_paths_map("key", "$.detail.key")
                        .input_template(template)
                        .build()
                        .unwrap(),
                )
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let out = eb
        .put_events()
        .entries(
            PutEventsRequestEntry::builder()
                .source("my.app")
                .detail_type("Object Created")
                .detail(r#"{"key":"photos/cat.png"}"#)
                .event_bus_name("uploads")
                .build(),
        )
        .entries(
            PutEventsRequestEntry::builder()
                .source("other.app")
                .detail_type("Object Created")
                .detail(r#"{"key":"ignored.png"}"#)
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(out.failed_entry_count(), 0);
    let tasks = ecs.list_tasks().send().await.unwrap();
    assert_eq!(tasks.task_arns().len(), 1, "one event matched");
    let t = ecs
        .describe_tasks()
        .set_tasks(Some(tasks.task_arns().to_vec()))
        .send()
        .await
        .unwrap();
    let task = &t.tasks()[0];
    assert_eq!(task.started_by(), Some("events-rule/resize-on-upload"));
    let env = task.overrides().unwrap().container_overrides()[0].environment();
    assert_eq!(env[0].name(), Some("OBJECT_KEY"));
    assert_eq!(env[0].value(), Some("photos/cat.png"));
}

#[tokio::test]
async fn schedules_fire_exactly_the_due_invocations_on_the_clock() {
    let d = Dockside::start().await;
    d.manual_clock();
    let conf = d.sdk_config("test");
    let eb = Client::new(&conf);
    let ecs = aws_sdk_ecs::Client::new(&conf);
    ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&ecs, "tick", "img").await;
    eb.put_rule()
        .name("every-minute")
        .schedule_expression("rate(1 minute)")
        .send()
        .await
        .unwrap();
    eb.put_targets()
        .rule("every-minute")
        .targets(
            ecs_target("arn:aws:ecs:us-east-1:000000000000:cluster/default", &td)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let count = async || {
        let mut n = 0;
        let mut token = None;
        loop {
            let page = ecs.list_tasks().set_next_token(token).send().await.unwrap();
            n += page.task_arns().len();
            token = page.next_token().map(str::to_string);
            if token.is_none() {
                return n;
            }
        }
    };
    assert_eq!(count().await, 0);
    d.advance(std::time::Duration::from_secs(5 * 60 + 30));
    let mut seen = 0;
    for _ in 0..100 {
        seen = count().await;
        if seen >= 5 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(
        count().await,
        5,
        "five minutes: five invocations, none twice ({seen})"
    );
    let t = ecs
        .describe_tasks()
        .set_tasks(Some(vec![
            ecs.list_tasks().send().await.unwrap().task_arns()[0].clone(),
        ]))
        .send()
        .await
        .unwrap();
    assert_eq!(t.tasks()[0].started_by(), Some("events-rule/every-minute"));
    // Disabled, nothing fires; enabled again, it resumes from then.
    eb.disable_rule().name("every-minute").send().await.unwrap();
    d.advance(std::time::Duration::from_secs(10 * 60));
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    assert_eq!(count().await, 5);
    eb.enable_rule().name("every-minute").send().await.unwrap();
    d.advance(std::time::Duration::from_secs(60));
    for _ in 0..100 {
        if count().await == 6 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(count().await, 6);
}

#[tokio::test]
async fn cross_account_buses_take_events_their_policy_allows() {
    let d = Dockside::start().await;
    let a = Client::new(&d.sdk_config("test"));
    let b_conf = d.sdk_config("111122223333");
    let b = Client::new(&b_conf);
    let b_ecs = aws_sdk_ecs::Client::new(&b_conf);
    b_ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&b_ecs, "audit", "img").await;
    b.put_rule()
        .name("audit")
        .event_pattern(r#"{"source":["my.app"]}"#)
        .send()
        .await
        .unwrap();
    b.put_targets()
        .rule("audit")
        .targets(
            ecs_target("arn:aws:ecs:us-east-1:111122223333:cluster/default", &td)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    a.put_rule()
        .name("to-b")
        .event_pattern(r#"{"source":["my.app"]}"#)
        .send()
        .await
        .unwrap();
    a.put_targets()
        .rule("to-b")
        .targets(
            Target::builder()
                .id("b")
                .arn("arn:aws:events:us-east-1:111122223333:event-bus/default")
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let send = async || {
        a.put_events()
            .entries(
                PutEventsRequestEntry::builder()
                    .source("my.app")
                    .detail_type("x")
                    .detail("{}")
                    .build(),
            )
            .send()
            .await
            .unwrap();
        b_ecs.list_tasks().send().await.unwrap().task_arns().len()
    };
    assert_eq!(send().await, 0, "B's bus has no policy for A");
    let e = b
        .remove_permission()
        .statement_id("nope")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
    b.put_permission()
        .statement_id("from-a")
        .principal("000000000000")
        .action("events:PutEvents")
        .send()
        .await
        .unwrap();
    let policy = b
        .describe_event_bus()
        .send()
        .await
        .unwrap()
        .policy()
        .unwrap()
        .to_string();
    assert!(
        policy.contains("arn:aws:iam::000000000000:root"),
        "{policy}"
    );
    assert_eq!(send().await, 1, "allowed now");
    b.remove_permission()
        .statement_id("from-a")
        .send()
        .await
        .unwrap();
    assert!(
        b.describe_event_bus()
            .send()
            .await
            .unwrap()
            .policy()
            .is_none()
    );
    assert_eq!(send().await, 1, "refused again");
}
