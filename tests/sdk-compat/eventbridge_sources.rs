//! Global endpoints and partner event sources through aws-sdk-eventbridge: an endpoint over
//! two Regions' buses that PutEvents can name, and a partner's source that reaches the
//! customer's bus only once it exists and while the source is active; the errors of each.

use aws_sdk_eventbridge::Client;
use aws_sdk_eventbridge::error::ProvideErrorMetadata;
use aws_sdk_eventbridge::types::{
    EndpointEventBus, EventSourceState, FailoverConfig, Primary, PutEventsRequestEntry,
    PutPartnerEventsRequestEntry, RoutingConfig, Secondary,
};

use crate::harness::Dockside;

fn routing(secondary: &str, health: &str) -> RoutingConfig {
    RoutingConfig::builder()
        .failover_config(
            FailoverConfig::builder()
                .primary(Primary::builder().health_check(health).build().unwrap())
                .secondary(Secondary::builder().route(secondary).build().unwrap())
                .build(),
        )
        .build()
}

fn bus(region: &str, name: &str) -> EndpointEventBus {
    EndpointEventBus::builder()
        .event_bus_arn(format!(
            "arn:aws:events:{region}:000000000000:event-bus/{name}"
        ))
        .build()
        .unwrap()
}

#[tokio::test]
async fn global_endpoints_route_put_events_to_the_primary_bus() {
    let d = Dockside::start().await;
    let eb = Client::new(&d.sdk_config("test"));
    eb.create_event_bus().name("orders").send().await.unwrap();
    let hc = "arn:aws:route53:::healthcheck/0a1b2c3d-4e5f";
    let made = eb
        .create_endpoint()
        .name("orders-global")
        .routing_config(routing("us-west-2", hc))
        .event_buses(bus("us-east-1", "orders"))
        .event_buses(bus("us-west-2", "orders"))
        .send()
        .await
        .unwrap();
    assert_eq!(made.state().map(|s| s.as_str()), Some("CREATING"));
    let e = eb
        .describe_endpoint()
        .name("orders-global")
        .send()
        .await
        .unwrap();
    assert_eq!(e.state().map(|s| s.as_str()), Some("ACTIVE"));
    let id = e.endpoint_id().unwrap().to_string();
    assert_eq!(
        e.endpoint_url(),
        Some(format!("https://{id}.endpoint.events.amazonaws.com").as_str())
    );
    for (name, secondary, buses, code) in [
        (
            "orders-global",
            "us-west-2",
            vec![bus("us-east-1", "orders"), bus("us-west-2", "orders")],
            "ResourceAlreadyExistsException",
        ),
        (
            "one-region",
            "us-west-2",
            vec![bus("us-east-1", "orders"), bus("us-east-1", "orders")],
            "ValidationException",
        ),
        (
            "two-names",
            "us-west-2",
            vec![bus("us-east-1", "orders"), bus("us-west-2", "other")],
            "ValidationException",
        ),
        (
            "bad-route",
            "eu-west-1",
            vec![bus("us-east-1", "orders"), bus("us-west-2", "orders")],
            "ValidationException",
        ),
        (
            "no-bus",
            "us-west-2",
            vec![bus("us-east-1", "nope"), bus("us-west-2", "nope")],
            "ResourceNotFoundException",
        ),
    ] {
        let e = eb
            .create_endpoint()
            .name(name)
            .routing_config(routing(secondary, hc))
            .set_event_buses(Some(buses))
            .send()
            .await
            .unwrap_err();
        assert_eq!(e.code(), Some(code), "{name}: {e:?}");
    }
    // An archive on `orders` shows where PutEvents through the endpoint went.
    eb.create_archive()
        .archive_name("seen")
        .event_source_arn("arn:aws:events:us-east-1:000000000000:event-bus/orders")
        .send()
        .await
        .unwrap();
    eb.put_events()
        .endpoint_id(&id)
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
    let n = eb
        .describe_archive()
        .archive_name("seen")
        .send()
        .await
        .unwrap()
        .event_count();
    assert_eq!(n, 1);
    let listed = eb.list_endpoints().send().await.unwrap();
    assert_eq!(listed.endpoints().len(), 1);
    let other = eb
        .list_endpoints()
        .home_region("eu-west-1")
        .send()
        .await
        .unwrap();
    assert!(other.endpoints().is_empty());
    eb.delete_endpoint()
        .name("orders-global")
        .send()
        .await
        .unwrap();
    let e = eb
        .describe_endpoint()
        .name("orders-global")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
}

#[tokio::test]
async fn partner_sources_reach_the_customer_bus_while_active() {
    let d = Dockside::start().await;
    let partner = Client::new(&d.sdk_config("111122223333"));
    let customer = Client::new(&d.sdk_config("test"));
    let name = "aws.partner/saas.example/42/alerts";
    let made = partner
        .create_partner_event_source()
        .name(name)
        .account("000000000000")
        .send()
        .await
        .unwrap();
    assert_eq!(
        made.event_source_arn(),
        Some(format!("arn:aws:events:us-east-1::event-source/{name}").as_str())
    );
    let e = partner
        .create_partner_event_source()
        .name(name)
        .account("000000000000")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceAlreadyExistsException"));
    let e = partner
        .create_partner_event_source()
        .name("not.partner/x")
        .account("000000000000")
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));

    let src = customer
        .describe_event_source()
        .name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(src.state(), Some(&EventSourceState::Pending));
    assert_eq!(src.created_by(), Some("111122223333"));
    assert!(src.expiration_time().is_some());
    let accounts = partner
        .list_partner_event_source_accounts()
        .event_source_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(
        accounts.partner_event_source_accounts()[0].account(),
        Some("000000000000")
    );

    let send = async || {
        partner
            .put_partner_events()
            .entries(
                PutPartnerEventsRequestEntry::builder()
                    .source(name)
                    .detail_type("Alert")
                    .detail(r#"{"level":"high"}"#)
                    .build(),
            )
            .send()
            .await
            .unwrap()
    };
    assert_eq!(
        send().await.failed_entry_count(),
        0,
        "pending: accepted, not delivered"
    );
    let e = customer
        .create_event_bus()
        .name("aws.partner/saas.example/42/other")
        .event_source_name(name)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ValidationException"));
    let bus = customer
        .create_event_bus()
        .name(name)
        .event_source_name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(
        bus.event_bus_arn(),
        Some(format!("arn:aws:events:us-east-1:000000000000:event-bus/{name}").as_str())
    );
    let src = customer
        .describe_event_source()
        .name(name)
        .send()
        .await
        .unwrap();
    assert_eq!(src.state(), Some(&EventSourceState::Active));
    customer
        .create_archive()
        .archive_name("alerts")
        .event_source_arn(bus.event_bus_arn().unwrap())
        .send()
        .await
        .unwrap();
    let count = async || {
        customer
            .describe_archive()
            .archive_name("alerts")
            .send()
            .await
            .unwrap()
            .event_count()
    };
    send().await;
    assert_eq!(count().await, 1, "active: delivered");
    customer
        .deactivate_event_source()
        .name(name)
        .send()
        .await
        .unwrap();
    let e = customer
        .deactivate_event_source()
        .name(name)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("InvalidStateException"));
    send().await;
    assert_eq!(count().await, 1, "deactivated: not delivered");
    customer
        .activate_event_source()
        .name(name)
        .send()
        .await
        .unwrap();
    send().await;
    assert_eq!(count().await, 2);
    let unknown = partner
        .put_partner_events()
        .entries(
            PutPartnerEventsRequestEntry::builder()
                .source("aws.partner/saas.example/42/never")
                .detail_type("Alert")
                .detail("{}")
                .build(),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(unknown.failed_entry_count(), 1);
    partner
        .delete_partner_event_source()
        .name(name)
        .account("000000000000")
        .send()
        .await
        .unwrap();
    let e = customer
        .describe_event_source()
        .name(name)
        .send()
        .await
        .unwrap_err();
    assert_eq!(e.code(), Some("ResourceNotFoundException"));
}
