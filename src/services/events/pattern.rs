//! EventBridge's event pattern language: a pattern is parsed and validated once (the
//! InvalidEventPatternException reasons), then matched against events: exact strings,
//! numbers, booleans and null; `prefix`, `suffix` (with `equals-ignore-case`),
//! `equals-ignore-case`, `wildcard`, `anything-but` (values, lists, prefix, suffix,
//! wildcard, equals-ignore-case), `numeric` ranges, `exists`, `cidr` (IPv4 and IPv6), `$or`,
//! nested fields, and arrays in events matching when any element does.
//!
//! It never reads storage and never changes an event.

use std::net::IpAddr;

use serde_json::{Map, Value};

/// A compiled pattern: every field condition must hold, and one branch of each `$or`.
#[derive(Debug, Clone, PartialEq)]
pub struct Pattern {
    fields: Vec<(String, Node)>,
    ors: Vec<Vec<Pattern>>,
}

#[derive(Debug, Clone, PartialEq)]
enum Node {
    /// Any of these matchers on a leaf value.
    Leaf(Vec<Matcher>),
    Nested(Pattern),
}

#[derive(Debug, Clone, PartialEq)]
enum Matcher {
    Exact(Value),
    Prefix(String, bool),
    Suffix(String, bool),
    EqualsIgnoreCase(String),
    Wildcard(String),
    AnythingBut(Box<Matcher>),
    AnythingButList(Vec<Value>),
    /// anything-but equals-ignore-case with a list (lower-cased).
    AnythingButIgnoreCase(Vec<String>),
    Numeric(Vec<(String, f64)>),
    Exists(bool),
    Cidr(IpAddr, u8),
}

fn invalid(reason: impl std::fmt::Display) -> String {
    format!("Event pattern is not valid. Reason: {reason}")
}

/// Parses a pattern's JSON text; the error is the InvalidEventPatternException message.
pub fn parse(text: &str) -> Result<Pattern, String> {
    let v: Value = serde_json::from_str(text)
        .map_err(|e| invalid(format!("Filter is not valid JSON: {e}")))?;
    match v {
        Value::Object(o) => object(&o),
        _ => Err(invalid("Filter is not an object")),
    }
}

fn object(o: &Map<String, Value>) -> Result<Pattern, String> {
    let mut p = Pattern {
        fields: Vec::new(),
        ors: Vec::new(),
    };
    for (k, v) in o {
        if k == "$or" {
            let branches = v
                .as_array()
                .filter(|a| a.len() >= 2)
                .ok_or_else(|| invalid("$or must be an array of at least 2 objects"))?;
            let mut out = Vec::new();
            for b in branches {
                match b {
                    Value::Object(bo) if !bo.is_empty() => out.push(object(bo)?),
                    _ => return Err(invalid("$or must be an array of at least 2 objects")),
                }
            }
            p.ors.push(out);
            continue;
        }
        let node = match v {
            Value::Object(inner) => Node::Nested(object(inner)?),
            Value::Array(items) => {
                if items.is_empty() {
                    return Err(invalid(format!(
                        "Empty arrays are not allowed (field \"{k}\")"
                    )));
                }
                Node::Leaf(items.iter().map(matcher).collect::<Result<_, _>>()?)
            }
            _ => {
                return Err(invalid(format!(
                    "Match value must be String, number, true, false, or null (field \"{k}\" must hold an array)"
                )));
            }
        };
        p.fields.push((k.clone(), node));
    }
    if p.fields.is_empty() && p.ors.is_empty() {
        return Err(invalid("Empty objects are not allowed"));
    }
    Ok(p)
}

fn text<'a>(v: &'a Value, what: &str) -> Result<&'a str, String> {
    v.as_str()
        .ok_or_else(|| invalid(format!("{what} match pattern must be a string")))
}

/// `prefix`/`suffix` take a string or `{"equals-ignore-case": string}`.
fn affix(v: &Value, what: &str) -> Result<(String, bool), String> {
    match v {
        Value::String(s) => Ok((s.clone(), false)),
        Value::Object(o) if o.len() == 1 && o.contains_key("equals-ignore-case") => Ok((
            text(&o["equals-ignore-case"], "equals-ignore-case")?.to_lowercase(),
            true,
        )),
        _ => Err(invalid(format!("{what} match pattern must be a string"))),
    }
}

fn wildcard_pattern(s: &str) -> Result<String, String> {
    if s.contains("**") {
        return Err(invalid("Consecutive wildcard characters are not allowed"));
    }
    Ok(s.to_string())
}

fn cidr(s: &str) -> Result<Matcher, String> {
    let bad = || invalid(format!("Malformed CIDR, one '/' required: {s}"));
    let (ip, bits) = s.split_once('/').ok_or_else(bad)?;
    let ip: IpAddr = ip
        .parse()
        .map_err(|_| invalid(format!("Nonstandard IP address: {ip}")))?;
    let bits: u8 = bits.parse().map_err(|_| bad())?;
    let max = if ip.is_ipv4() { 32 } else { 128 };
    if bits > max {
        return Err(invalid(format!(
            "Malformed CIDR, mask bits must be between 0 and {max}: {s}"
        )));
    }
    Ok(Matcher::Cidr(ip, bits))
}

fn numeric(v: &Value) -> Result<Matcher, String> {
    let items = v
        .as_array()
        .filter(|a| !a.is_empty() && a.len() % 2 == 0 && a.len() <= 4)
        .ok_or_else(|| invalid("Value of numeric must be an array of operator and number pairs"))?;
    let mut out = Vec::new();
    for pair in items.chunks(2) {
        let op = pair[0]
            .as_str()
            .filter(|o| ["<", "<=", "=", ">", ">="].contains(o))
            .ok_or_else(|| invalid(format!("Unrecognized numeric range operator: {}", pair[0])))?;
        let n = pair[1]
            .as_f64()
            .ok_or_else(|| invalid(format!("Value of {op} must be numeric")))?;
        out.push((op.to_string(), n));
    }
    let lower = out.iter().filter(|(o, _)| o.starts_with('>')).count();
    let upper = out.iter().filter(|(o, _)| o.starts_with('<')).count();
    let equal = out.iter().filter(|(o, _)| o == "=").count();
    if lower > 1 || upper > 1 || (equal > 0 && out.len() > 1) {
        return Err(invalid(
            "Bad numeric range: each bound may appear once, and = only alone",
        ));
    }
    if let (Some((_, lo)), Some((_, hi))) = (
        out.iter().find(|(o, _)| o.starts_with('>')),
        out.iter().find(|(o, _)| o.starts_with('<')),
    ) && lo >= hi
    {
        return Err(invalid("Bottom must be less than top"));
    }
    Ok(Matcher::Numeric(out))
}

fn matcher(v: &Value) -> Result<Matcher, String> {
    let o = match v {
        Value::String(_) | Value::Number(_) | Value::Bool(_) | Value::Null => {
            return Ok(Matcher::Exact(v.clone()));
        }
        Value::Array(_) => {
            return Err(invalid(
                "Match value must be String, number, true, false, or null",
            ));
        }
        Value::Object(o) => o,
    };
    if o.len() != 1 {
        return Err(invalid(
            "A match expression object must have exactly one key",
        ));
    }
    let (k, v) = o.iter().next().expect("one key");
    match k.as_str() {
        "prefix" => affix(v, "prefix").map(|(s, i)| Matcher::Prefix(s, i)),
        "suffix" => affix(v, "suffix").map(|(s, i)| Matcher::Suffix(s, i)),
        "equals-ignore-case" => Ok(Matcher::EqualsIgnoreCase(
            text(v, "equals-ignore-case")?.to_lowercase(),
        )),
        "wildcard" => Ok(Matcher::Wildcard(wildcard_pattern(text(v, "wildcard")?)?)),
        "exists" => v
            .as_bool()
            .map(Matcher::Exists)
            .ok_or_else(|| invalid("exists match pattern must be either true or false.")),
        "numeric" => numeric(v),
        "cidr" => cidr(text(v, "cidr")?),
        "anything-but" => match v {
            Value::String(_) | Value::Number(_) => Ok(Matcher::AnythingButList(vec![v.clone()])),
            Value::Array(items) => {
                if items.is_empty() {
                    return Err(invalid("Empty arrays are not allowed"));
                }
                let strings = items.iter().all(Value::is_string);
                let numbers = items.iter().all(Value::is_number);
                if !(strings || numbers) {
                    return Err(invalid(
                        "Inside anything but list, start|null|boolean is not supported.",
                    ));
                }
                Ok(Matcher::AnythingButList(items.clone()))
            }
            Value::Object(inner) if inner.len() == 1 => {
                let (ik, iv) = inner.iter().next().expect("one key");
                let m = match ik.as_str() {
                    "prefix" => affix(iv, "prefix").map(|(s, i)| Matcher::Prefix(s, i))?,
                    "suffix" => affix(iv, "suffix").map(|(s, i)| Matcher::Suffix(s, i))?,
                    "wildcard" => Matcher::Wildcard(wildcard_pattern(text(iv, "wildcard")?)?),
                    "equals-ignore-case" => match iv {
                        Value::String(s) => Matcher::EqualsIgnoreCase(s.to_lowercase()),
                        Value::Array(items)
                            if !items.is_empty() && items.iter().all(Value::is_string) =>
                        {
                            return Ok(Matcher::AnythingButIgnoreCase(
                                items
                                    .iter()
                                    .map(|s| s.as_str().unwrap_or_default().to_lowercase())
                                    .collect(),
                            ));
                        }
                        _ => {
                            return Err(invalid(
                                "equals-ignore-case match pattern must be a string",
                            ));
                        }
                    },
                    other => {
                        return Err(invalid(format!(
                            "Unsupported anything-but pattern: {other}"
                        )));
                    }
                };
                Ok(Matcher::AnythingBut(Box::new(m)))
            }
            _ => Err(invalid(
                "Value of anything-but must be an array or single string/number value.",
            )),
        },
        other => Err(invalid(format!("Unrecognized match type {other}"))),
    }
}

/// `*` matches any run of characters; `\*` is a literal star.
fn wildcard_match(pattern: &str, s: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0usize, 0usize, None::<usize>, 0usize);
    while ti < t.len() {
        if pi < p.len() && p[pi] == '\\' && pi + 1 < p.len() && p[pi + 1] == '*' {
            if t[ti] == '*' {
                pi += 2;
                ti += 1;
                continue;
            }
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
            continue;
        } else if pi < p.len() && p[pi] == t[ti] {
            pi += 1;
            ti += 1;
            continue;
        }
        match star {
            Some(sp) => {
                pi = sp + 1;
                mark += 1;
                ti = mark;
            }
            None => return false,
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

fn in_cidr(ip: &IpAddr, bits: u8, s: &str) -> bool {
    let Ok(v) = s.parse::<IpAddr>() else {
        return false;
    };
    match (ip, v) {
        (IpAddr::V4(net), IpAddr::V4(v)) => {
            let mask = if bits == 0 {
                0
            } else {
                u32::MAX << (32 - bits)
            };
            (u32::from(*net) & mask) == (u32::from(v) & mask)
        }
        (IpAddr::V6(net), IpAddr::V6(v)) => {
            let mask = if bits == 0 {
                0
            } else {
                u128::MAX << (128 - bits)
            };
            (u128::from(*net) & mask) == (u128::from(v) & mask)
        }
        _ => false,
    }
}

fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

/// Does one leaf value (never an array) satisfy a matcher?
fn value_matches(m: &Matcher, v: &Value) -> bool {
    let s = v.as_str();
    match m {
        Matcher::Exact(x) => same_value(x, v),
        Matcher::Prefix(p, false) => s.is_some_and(|s| s.starts_with(p.as_str())),
        Matcher::Prefix(p, true) => s.is_some_and(|s| s.to_lowercase().starts_with(p.as_str())),
        Matcher::Suffix(p, false) => s.is_some_and(|s| s.ends_with(p.as_str())),
        Matcher::Suffix(p, true) => s.is_some_and(|s| s.to_lowercase().ends_with(p.as_str())),
        Matcher::EqualsIgnoreCase(p) => s.is_some_and(|s| s.to_lowercase() == *p),
        Matcher::Wildcard(p) => s.is_some_and(|s| wildcard_match(p, s)),
        Matcher::AnythingBut(inner) => {
            !matches!(v, Value::Null | Value::Object(_)) && !value_matches(inner, v)
        }
        Matcher::AnythingButList(list) => {
            !matches!(v, Value::Null | Value::Object(_)) && !list.iter().any(|x| same_value(x, v))
        }
        Matcher::AnythingButIgnoreCase(list) => {
            s.is_some_and(|s| !list.contains(&s.to_lowercase()))
        }
        Matcher::Numeric(ops) => v.as_f64().is_some_and(|n| {
            ops.iter().all(|(op, b)| match op.as_str() {
                "<" => n < *b,
                "<=" => n <= *b,
                "=" => n == *b,
                ">" => n > *b,
                _ => n >= *b,
            })
        }),
        Matcher::Exists(_) => true,
        Matcher::Cidr(ip, bits) => s.is_some_and(|s| in_cidr(ip, *bits, s)),
    }
}

fn leaf_matches(matchers: &[Matcher], field: Option<&Value>) -> bool {
    matchers.iter().any(|m| match (m, field) {
        (Matcher::Exists(want), f) => {
            let present = match f {
                None | Some(Value::Object(_)) => false,
                Some(Value::Array(a)) => !a.is_empty(),
                Some(_) => true,
            };
            present == *want
        }
        (_, None) => false,
        (_, Some(Value::Array(items))) => items.iter().any(|i| value_matches(m, i)),
        (_, Some(v)) => value_matches(m, v),
    })
}

/// A field of an event object: events have few fields, so comparing names in order beats
/// hashing each name (which matching did for every rule).
fn field<'a>(obj: &'a Map<String, Value>, k: &str) -> Option<&'a Value> {
    if obj.len() <= 24 {
        obj.iter()
            .find(|(name, _)| name.as_str() == k)
            .map(|(_, v)| v)
    } else {
        obj.get(k)
    }
}

impl Pattern {
    /// Does `event` (a JSON object) match?
    pub fn matches(&self, event: &Value) -> bool {
        let empty = Map::new();
        let obj = event.as_object().unwrap_or(&empty);
        self.fields.iter().all(|(k, node)| match node {
            Node::Leaf(ms) => leaf_matches(ms, field(obj, k)),
            Node::Nested(p) => match field(obj, k) {
                Some(Value::Array(items)) => items.iter().any(|i| p.matches(i)),
                Some(v @ Value::Object(_)) => p.matches(v),
                // A missing object matches only patterns of absent fields.
                _ => p.matches(&Value::Object(Map::new())),
            },
        }) && self
            .ors
            .iter()
            .all(|branches| branches.iter().any(|b| b.matches(event)))
    }

    /// The exact `source` values the pattern requires, when it names any (for indexing).
    pub fn sources(&self) -> Option<Vec<String>> {
        self.fields
            .iter()
            .find(|(k, _)| k == "source")
            .and_then(|(_, n)| match n {
                Node::Leaf(ms)
                    if ms
                        .iter()
                        .all(|m| matches!(m, Matcher::Exact(Value::String(_)))) =>
                {
                    Some(
                        ms.iter()
                            .filter_map(|m| match m {
                                Matcher::Exact(Value::String(s)) => Some(s.clone()),
                                _ => None,
                            })
                            .collect(),
                    )
                }
                _ => None,
            })
    }
}
