//! The embedded DNS server of Cloud Map's DNS namespaces (UDP and TCP): A, AAAA, SRV and
//! CNAME answers for `<service>.<namespace>` (and `<instance>.<service>.<namespace>`, the
//! targets of SRV answers) from the registered healthy instances, following the service's
//! routing policy and TTLs, with the zone's SOA; NXDOMAIN inside a zone, REFUSED outside.
//! hickory-proto does the packet work.
//!
//! It never recurses and never answers for a name outside Cloud Map's namespaces.

use std::collections::HashMap;
use std::net::{Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};

use hickory_proto::op::{Message, MessageType, OpCode, ResponseCode};
use hickory_proto::rr::rdata::{A, AAAA, CNAME, SOA, SRV};
use hickory_proto::rr::{Name, RData, Record, RecordType};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::state::{InstanceRecord, NS, NamespaceRecord, ServiceRecord};
use crate::storage::{SEP, Store};

#[derive(Default)]
struct Instance {
    label: String,
    ipv4: Option<Ipv4Addr>,
    ipv6: Option<Ipv6Addr>,
    port: Option<u16>,
    cname: Option<String>,
}

#[derive(Default)]
struct Service {
    weighted: bool,
    /// (type, ttl) of each DNS record the service has.
    records: Vec<(String, u32)>,
    /// Healthy instances only.
    instances: Vec<Instance>,
}

struct Zone {
    name: Name,
    soa_ttl: u32,
    services: HashMap<String, Service>,
}

/// Every DNS zone, rebuilt from storage when something changed.
pub struct Zones {
    store: Store,
    stale: AtomicBool,
    index: RwLock<Arc<Vec<Zone>>>,
}

impl Zones {
    pub fn new(store: Store) -> Self {
        Zones {
            store,
            stale: AtomicBool::new(true),
            index: RwLock::new(Arc::new(Vec::new())),
        }
    }

    /// Marks the zones out of date (after a change through the API).
    pub fn stale(&self) {
        self.stale.store(true, Ordering::Release);
    }

    fn current(&self) -> Arc<Vec<Zone>> {
        if self.stale.swap(false, Ordering::AcqRel) {
            let built = Arc::new(build(&self.store));
            *self.index.write().unwrap_or_else(|e| e.into_inner()) = built.clone();
            return built;
        }
        self.index.read().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// The answer to one DNS message (None: not worth an answer).
    pub fn answer(&self, bytes: &[u8]) -> Option<Vec<u8>> {
        let req = match Message::from_vec(bytes) {
            Ok(m) => m,
            Err(_) if bytes.len() >= 2 => {
                let id = u16::from_be_bytes([bytes[0], bytes[1]]);
                return Message::error_msg(id, OpCode::Query, ResponseCode::FormErr)
                    .to_vec()
                    .ok();
            }
            Err(_) => return None,
        };
        if req.metadata.message_type != MessageType::Query {
            return None;
        }
        let mut res = Message::response(req.metadata.id, req.metadata.op_code);
        res.metadata.recursion_desired = req.metadata.recursion_desired;
        let Some(q) = req.queries.first().cloned() else {
            res.metadata.response_code = ResponseCode::FormErr;
            return res.to_vec().ok();
        };
        res.add_query(q.clone());
        if req.metadata.op_code != OpCode::Query {
            res.metadata.response_code = ResponseCode::NotImp;
            return res.to_vec().ok();
        }
        let zones = self.current();
        let qname = q.name().to_lowercase();
        let Some(zone) = zones
            .iter()
            .filter(|z| z.name.zone_of(&qname))
            .max_by_key(|z| z.name.num_labels())
        else {
            res.metadata.response_code = ResponseCode::Refused;
            return res.to_vec().ok();
        };
        res.metadata.authoritative = true;
        let labels: Vec<String> = qname
            .iter()
            .take((qname.num_labels() - zone.name.num_labels()) as usize)
            .map(|l| String::from_utf8_lossy(l).into_owned())
            .collect();
        let found = resolve(zone, &labels, &qname, q.query_type(), &mut res);
        if !found {
            res.metadata.response_code = ResponseCode::NXDomain;
        }
        if res.answers.is_empty() {
            res.authorities.push(soa(zone));
        }
        let out = res.to_vec().ok()?;
        Some(out)
    }
}

fn soa(zone: &Zone) -> Record {
    let host = |s: &str| Name::from_ascii(s).unwrap_or_else(|_| Name::root());
    Record::from_rdata(
        zone.name.clone(),
        zone.soa_ttl,
        RData::SOA(SOA::new(
            host("ns-1536.awsdns-00.co.uk."),
            host("awsdns-hostmaster.amazon.com."),
            1,
            7200,
            900,
            1_209_600,
            86_400,
        )),
    )
}

/// Adds the answers for `labels` (relative to the zone); false when the name does not exist.
fn resolve(
    zone: &Zone,
    labels: &[String],
    qname: &Name,
    qtype: RecordType,
    res: &mut Message,
) -> bool {
    match labels {
        [] => {
            if qtype == RecordType::SOA {
                res.answers.push(soa(zone));
            }
            true
        }
        [svc] => {
            let Some(s) = zone.services.get(svc) else {
                return false;
            };
            let ttl = |t: &str| s.records.iter().find(|(k, _)| k == t).map(|(_, ttl)| *ttl);
            let mut chosen: Vec<&Instance> = s.instances.iter().collect();
            fastrand::shuffle(&mut chosen);
            chosen.truncate(if s.weighted { 1 } else { 8 });
            let name = qname.clone();
            match qtype {
                RecordType::A | RecordType::AAAA | RecordType::CNAME if ttl("CNAME").is_some() => {
                    for i in &chosen {
                        if let Some(c) = i.cname.as_deref().and_then(|c| Name::from_ascii(c).ok()) {
                            res.answers.push(Record::from_rdata(
                                name.clone(),
                                ttl("CNAME").unwrap_or(60),
                                RData::CNAME(CNAME(c)),
                            ));
                        }
                    }
                }
                RecordType::A => {
                    if let Some(t) = ttl("A") {
                        for i in &chosen {
                            if let Some(ip) = i.ipv4 {
                                res.answers.push(Record::from_rdata(
                                    name.clone(),
                                    t,
                                    RData::A(A(ip)),
                                ));
                            }
                        }
                    }
                }
                RecordType::AAAA => {
                    if let Some(t) = ttl("AAAA") {
                        for i in &chosen {
                            if let Some(ip) = i.ipv6 {
                                res.answers.push(Record::from_rdata(
                                    name.clone(),
                                    t,
                                    RData::AAAA(AAAA(ip)),
                                ));
                            }
                        }
                    }
                }
                RecordType::SRV => {
                    if let Some(t) = ttl("SRV") {
                        for i in &chosen {
                            let Some(port) = i.port else { continue };
                            let Ok(target) =
                                Name::from_ascii(&i.label).and_then(|l| l.append_domain(&name))
                            else {
                                continue;
                            };
                            res.answers.push(Record::from_rdata(
                                name.clone(),
                                t,
                                RData::SRV(SRV::new(1, 1, port, target.clone())),
                            ));
                            if let Some(ip) = i.ipv4 {
                                res.additionals.push(Record::from_rdata(
                                    target.clone(),
                                    ttl("A").unwrap_or(t),
                                    RData::A(A(ip)),
                                ));
                            }
                            if let Some(ip) = i.ipv6 {
                                res.additionals.push(Record::from_rdata(
                                    target,
                                    ttl("AAAA").unwrap_or(t),
                                    RData::AAAA(AAAA(ip)),
                                ));
                            }
                        }
                    }
                }
                _ => {}
            }
            true
        }
        [inst, svc] => {
            let Some(s) = zone.services.get(svc) else {
                return false;
            };
            let Some(i) = s.instances.iter().find(|i| i.label == *inst) else {
                return false;
            };
            let t = s.records.first().map_or(60, |(_, t)| *t);
            match (qtype, i.ipv4, i.ipv6) {
                (RecordType::A, Some(ip), _) => {
                    res.answers
                        .push(Record::from_rdata(qname.clone(), t, RData::A(A(ip))))
                }
                (RecordType::AAAA, _, Some(ip)) => {
                    res.answers
                        .push(Record::from_rdata(qname.clone(), t, RData::AAAA(AAAA(ip))))
                }
                _ => {}
            }
            true
        }
        _ => false,
    }
}

/// Reads every DNS namespace, its services and their healthy instances, in every account and
/// region (DNS queries name no account; the first zone of a name wins).
fn build(store: &Store) -> Vec<Zone> {
    let Ok(entries) = store.kv.scan(NS, b"", None, usize::MAX) else {
        return Vec::new();
    };
    let table = |k: &[u8]| -> String {
        k.split(|b| *b == SEP)
            .nth(2)
            .map(|t| String::from_utf8_lossy(t).into_owned())
            .unwrap_or_default()
    };
    let (mut namespaces, mut services, mut instances) = (Vec::new(), Vec::new(), Vec::new());
    for (k, v) in &entries {
        match table(k).as_str() {
            "ns" => namespaces.extend(serde_json::from_slice::<NamespaceRecord>(v).ok()),
            "svc" => services.extend(serde_json::from_slice::<ServiceRecord>(v).ok()),
            "inst" => {
                let id = k
                    .split(|b| *b == SEP)
                    .nth(3)
                    .map(|t| String::from_utf8_lossy(t).into_owned())
                    .unwrap_or_default();
                if let Ok(r) = serde_json::from_slice::<InstanceRecord>(v) {
                    instances.push((id.split('/').next().unwrap_or_default().to_string(), r));
                }
            }
            _ => {}
        }
    }
    let mut zones = Vec::new();
    for ns in namespaces {
        let n = &ns.namespace;
        let Some(dns) = n
            .properties
            .as_ref()
            .and_then(|p| p.dns_properties.as_ref())
        else {
            continue;
        };
        let Ok(name) = Name::from_ascii(format!(
            "{}.",
            n.name.as_deref().unwrap_or_default().trim_end_matches('.')
        )) else {
            continue;
        };
        let mut zone = Zone {
            name: name.to_lowercase(),
            soa_ttl: dns.soa.as_ref().and_then(|s| s.ttl).unwrap_or(15) as u32,
            services: HashMap::new(),
        };
        for s in services.iter().filter(|s| s.service.namespace_id == n.id) {
            let Some(cfg) = &s.service.dns_config else {
                continue;
            };
            let checked = s.service.health_check_custom_config.is_some();
            let sid = s.service.id.clone().unwrap_or_default();
            let svc = Service {
                weighted: cfg.routing_policy.as_deref() == Some("WEIGHTED"),
                records: cfg
                    .dns_records
                    .iter()
                    .flatten()
                    .map(|r| {
                        (
                            r.r#type.clone().unwrap_or_default(),
                            r.ttl.unwrap_or(60) as u32,
                        )
                    })
                    .collect(),
                instances: instances
                    .iter()
                    .filter(|(svc, r)| *svc == sid && (!checked || r.health == "HEALTHY"))
                    .map(|(_, r)| {
                        let attr = |k: &str| {
                            r.instance
                                .attributes
                                .as_ref()
                                .and_then(|a| a.get(k))
                                .cloned()
                        };
                        Instance {
                            label: r.instance.id.clone().unwrap_or_default().to_lowercase(),
                            ipv4: attr("AWS_INSTANCE_IPV4").and_then(|v| v.parse().ok()),
                            ipv6: attr("AWS_INSTANCE_IPV6").and_then(|v| v.parse().ok()),
                            port: attr("AWS_INSTANCE_PORT").and_then(|v| v.parse().ok()),
                            cname: attr("AWS_INSTANCE_CNAME"),
                        }
                    })
                    .collect(),
            };
            zone.services
                .entry(s.service.name.clone().unwrap_or_default().to_lowercase())
                .or_insert(svc);
        }
        zones.push(zone);
    }
    zones
}

/// Binds UDP and TCP on `addr` (the same port for both) and serves in the background;
/// returns the address bound.
pub async fn serve(zones: Arc<Zones>, addr: SocketAddr) -> std::io::Result<SocketAddr> {
    let udp = tokio::net::UdpSocket::bind(addr).await?;
    let bound = udp.local_addr()?;
    let tcp = tokio::net::TcpListener::bind(bound).await?;
    let z = zones.clone();
    tokio::spawn(async move {
        let mut buf = vec![0u8; 4096];
        loop {
            let Ok((n, peer)) = udp.recv_from(&mut buf).await else {
                continue;
            };
            if let Some(mut out) = z.answer(&buf[..n]) {
                // Over 512 bytes without EDNS: truncated, the client retries over TCP.
                if out.len() > 512
                    && let Ok(m) = Message::from_vec(&out)
                {
                    let mut t = m.truncate();
                    t.metadata.truncation = true;
                    out = t.to_vec().unwrap_or(out);
                }
                let _ = udp.send_to(&out, peer).await;
            }
        }
    });
    tokio::spawn(async move {
        loop {
            let Ok((mut conn, _)) = tcp.accept().await else {
                continue;
            };
            let z = zones.clone();
            tokio::spawn(async move {
                loop {
                    let mut len = [0u8; 2];
                    if conn.read_exact(&mut len).await.is_err() {
                        return;
                    }
                    let mut msg = vec![0u8; u16::from_be_bytes(len) as usize];
                    if conn.read_exact(&mut msg).await.is_err() {
                        return;
                    }
                    let Some(out) = z.answer(&msg) else { return };
                    let mut framed = (out.len() as u16).to_be_bytes().to_vec();
                    framed.extend_from_slice(&out);
                    if conn.write_all(&framed).await.is_err() {
                        return;
                    }
                }
            });
        }
    });
    Ok(bound)
}
