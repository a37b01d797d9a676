//! EventBridge archives and replays through aws-sdk-eventbridge: the managed archive rule,
//! events captured by pattern, a replay re-running ECS targets of the rules it names (and
//! archiving nothing), and the errors of each.

use aws_sdk_eventbridge::Client;
use aws_sdk_eventbridge::error::ProvideErrorMetadata;
use aws_sdk_eventbridge::primitives::DateTime;
use aws_sdk_eventbridge::types::{PutEventsRequestEntry, ReplayDestination, ReplayState};

use crate::harness::Dockside;

fn entry(source: &str) -> PutEventsRequestEntry {
    PutEventsRequestEntry::builder()
        .event_bus_name("orders")
        .source(source)
        .detail_type("Order Placed")
        .detail(r#"{"id":1}"#)
        .build()
}

#[tokio::test]
async fn archives_capture_and_replays_redeliver_to_the_named_rules() {
    let d = Dockside::start().await;
    d.manual_clock();
    let conf = d.sdk_config("test");
    let eb = Client::new(&conf);
    let ecs = aws_sdk_ecs::Client::new(&conf);
    ecs.create_cluster().send().await.unwrap();
    let td = crate::ecs::register(&ecs, "replayed", "img").await;
    let bus = eb
        .create_event_bus()
        .name("orders")
        .send()
        .await
        .unwrap()
        .event_bus_arn()
        .unwrap()
        .to_string();
    let a = eb
        .create_archive()
        .archive_name("orders-archive")
        .event_source_arn(&bus)
        .event_pattern(r#"{"source":["my.app"]}"#)
        .retention_days(1)
        .send()
        .await
        .unwrap();
    assert_eq!(a.state().map(|s| s.as_str()), Some("ENABLED"));
    let archive_arn = a.archive_arn().unwrap().to_string();
    assert_eq!(
        archive_arn,
        "arn:aws:events:us-east-1:000000000000:archive/orders-archive"
    );
    // Its rule is the service's: visible, not editable.
    let rules = eb
        .list_rules()
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();
    let managed = &rules.rules()[0];
    assert_eq!(managed.name(), Some("Events-Archive-orders-archive"));
    assert_eq!(managed.managed_by(), Some("events.amazonaws.com"));
    let e = eb
        .delete_rule()
        .event_bus_name("orders")
        .name("Events-Archive-orders-archive")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ManagedRuleException"));
    for (name, source, code) in [
        (
            "orders-archive",
            bus.as_str(),
            "ResourceAlreadyExistsException",
        ),
        (
            "other",
            "arn:aws:events:us-east-1:000000000000:event-bus/nope",
            "ResourceNotFoundException",
        ),
        ("bad name!", bus.as_str(), "ValidationException"),
    ] {
        let e = eb
            .create_archive()
            .archive_name(name)
            .event_source_arn(source)
            .send()
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(code), "{name}: {e:?}");
    }
    let e = eb
        .create_archive()
        .archive_name("p")
        .event_source_arn(&bus)
        .event_pattern(r#"{"source":"my.app"}"#)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidEventPatternException"));

    // A rule running a task per my.app event.
    eb.put_rule()
        .name("run")
        .event_bus_name("orders")
        .event_pattern(r#"{"source":["my.app"]}"#)
        .send()
        .await
        .unwrap();
    eb.put_targets()
        .rule("run")
        .event_bus_name("orders")
        .targets(
            crate::eventbridge::ecs_target(
                "arn:aws:ecs:us-east-1:000000000000:cluster/default",
                &td,
            )
            .build()
            .unwrap(),
        )
        .send()
        .await
        .unwrap();
    let start = d.now_millis() - 60_000;
    eb.put_events()
        .entries(entry("my.app"))
        .entries(entry("my.app"))
        .entries(entry("other.app"))
        .entries(entry("my.app"))
        .send()
        .await
        .unwrap();
    let tasks = async || ecs.list_tasks().send().await.unwrap().task_arns().len();
    assert_eq!(tasks().await, 3);
    let described = eb
        .describe_archive()
        .archive_name("orders-archive")
        .send()
        .await
        .unwrap();
    assert_eq!(described.event_count(), 3, "only my.app is archived");
    assert!(described.size_bytes() > 0);
    assert_eq!(described.retention_days(), Some(1));

    d.advance(std::time::Duration::from_secs(2));
    let end = d.now_millis();
    let rule_arn = "arn:aws:events:us-east-1:000000000000:rule/orders/run";
    let dest = ReplayDestination::builder()
        .arn(&bus)
        .filter_arns(rule_arn)
        .build()
        .unwrap();
    let replay = async |name: &str, source: &str, from: i64, to: i64, dest: ReplayDestination| {
        eb.start_replay()
            .replay_name(name)
            .event_source_arn(source)
            .event_start_time(DateTime::from_millis(from))
            .event_end_time(DateTime::from_millis(to))
            .destination(dest)
            .send()
            .await
    };
    let r = replay("again", &archive_arn, start, end, dest.clone())
        .await
        .unwrap();
    assert_eq!(r.state(), Some(&ReplayState::Starting));
    // Errors: a name taken, an end in the future, another bus, an unknown archive.
    let other_bus = ReplayDestination::builder()
        .arn("arn:aws:events:us-east-1:000000000000:event-bus/default")
        .build()
        .unwrap();
    let unknown = "arn:aws:events:us-east-1:000000000000:archive/nope";
    for (name, source, to, dest, code) in [
        (
            "again",
            archive_arn.as_str(),
            end,
            dest.clone(),
            "ResourceAlreadyExistsException",
        ),
        (
            "future",
            archive_arn.as_str(),
            end + 3_600_000,
            dest.clone(),
            "ValidationException",
        ),
        (
            "backwards",
            archive_arn.as_str(),
            start - 1,
            dest.clone(),
            "ValidationException",
        ),
        (
            "cross",
            archive_arn.as_str(),
            end,
            other_bus,
            "ValidationException",
        ),
        (
            "lost",
            unknown,
            end,
            dest.clone(),
            "ResourceNotFoundException",
        ),
    ] {
        let e = replay(name, source, start, to, dest).await.unwrap_err();
        assert_eq!(e.code(), Some(code), "{name}: {e:?}");
    }

    d.advance(std::time::Duration::from_secs(1));
    let mut state = None;
    for _ in 0..200 {
        let r = eb
            .describe_replay()
            .replay_name("again")
            .send()
            .await
            .unwrap();
        state = r.state().cloned();
        if state == Some(ReplayState::Completed) {
            assert!(r.replay_end_time().is_some());
            assert!(r.event_last_replayed_time().is_some());
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(state, Some(ReplayState::Completed));
    assert_eq!(tasks().await, 6, "three archived events ran the rule again");
    let count = eb
        .describe_archive()
        .archive_name("orders-archive")
        .send()
        .await
        .unwrap()
        .event_count();
    assert_eq!(count, 3, "replayed events are not archived again");
    let e = eb
        .cancel_replay()
        .replay_name("again")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("IllegalStatusException"));
    let listed = eb.list_replays().send().await.unwrap();
    assert_eq!(listed.replays().len(), 1);

    // Retention: a day later the archive is empty.
    d.advance(std::time::Duration::from_secs(86_400 + 5));
    let mut left = 3;
    for _ in 0..200 {
        left = eb
            .describe_archive()
            .archive_name("orders-archive")
            .send()
            .await
            .unwrap()
            .event_count();
        if left == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(10)).await;
    }
    assert_eq!(left, 0);
    eb.delete_archive()
        .archive_name("orders-archive")
        .send()
        .await
        .unwrap();
    let rules = eb
        .list_rules()
        .event_bus_name("orders")
        .send()
        .await
        .unwrap();
    assert_eq!(rules.rules().len(), 1, "the managed rule went with it");
    let e = eb
        .describe_archive()
        .archive_name("orders-archive")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
}
