//! ECS's cluster query language: expressions such as
//! `attribute:ecs.availability-zone in [us-east-1a, us-east-1b] and not(task:group == db)`,
//! parsed once and evaluated against what a container instance offers (memberOf placement
//! constraints, ListContainerInstances filters).
//!
//! It never looks up instances or tasks itself: the caller hands it the facts of one
//! instance through `Facts`.

use regex::Regex;

/// What an expression asks about.
#[derive(Debug, Clone, PartialEq)]
enum Subject {
    AgentConnected,
    AgentVersion,
    Attribute(String),
    Ec2InstanceId,
    RegisteredAt,
    RunningTasksCount,
    TaskGroup,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Ge,
    Lt,
    Le,
    Exists,
    NotExists,
    In,
    NotIn,
    Matches,
    NotMatches,
}

#[derive(Debug, Clone)]
enum Expr {
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Not(Box<Expr>),
    Test {
        subject: Subject,
        op: Op,
        args: Vec<String>,
        pattern: Option<Regex>,
    },
}

/// A parsed expression.
#[derive(Debug, Clone)]
pub struct Query {
    expr: Expr,
    /// The answer depends on the tasks placed (task groups, running task counts), not only
    /// on the instance's registration and attributes.
    pub dynamic: bool,
    /// The expression as given.
    pub text: String,
}

/// Whether any task group on the instance passes a test.
pub type GroupTest<'a> = dyn Fn(&dyn Fn(&str) -> bool) -> bool + 'a;

/// One container instance as an expression sees it.
pub struct Facts<'a> {
    pub attribute: &'a dyn Fn(&str) -> Option<String>,
    pub agent_connected: bool,
    pub agent_version: &'a str,
    pub ec2_instance_id: &'a str,
    pub registered_at_ms: i64,
    pub running_tasks: i64,
    /// The groups of the tasks placed on the instance.
    pub groups: &'a GroupTest<'a>,
}

/// Why an expression was refused.
pub type ParseError = String;

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    LBracket,
    RBracket,
    Comma,
    Word(String),
}

fn lex(text: &str) -> Vec<Tok> {
    let mut out: Vec<Tok> = Vec::new();
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<Tok>| {
        if !word.is_empty() {
            out.push(Tok::Word(std::mem::take(word)));
        }
    };
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        // The argument of `matches` is a pattern: it runs to the next space outside its
        // own parentheses, or to a `)` that closes an enclosing group.
        let after_match = word.is_empty()
            && matches!(out.last(), Some(Tok::Word(w)) if matches!(w.as_str(), "=~" | "!~" | "matches" | "not_matches"));
        if after_match && !c.is_whitespace() {
            let mut depth = 0i32;
            let mut pending = Some(c);
            while let Some(ch) = pending.take().or_else(|| chars.next()) {
                match ch {
                    '(' => depth += 1,
                    ')' if depth == 0 => {
                        flush(&mut word, &mut out);
                        out.push(Tok::Close);
                        break;
                    }
                    ')' => depth -= 1,
                    ch if ch.is_whitespace() && depth == 0 => break,
                    _ => {}
                }
                word.push(ch);
            }
            flush(&mut word, &mut out);
            continue;
        }
        // Symbolic operators need no spaces around them (`attribute:x==y`); `!` before a
        // letter belongs to `!exists` and `!in`.
        let symbolic =
            "=!<>~&|".contains(c) && !(c == '!' && chars.peek().is_some_and(|n| n.is_alphabetic()));
        if symbolic {
            flush(&mut word, &mut out);
            word.push(c);
            while let Some(&n) = chars.peek() {
                if !"=!<>~&|".contains(n) || (n == '!' && word.len() >= 2) {
                    break;
                }
                word.push(n);
                chars.next();
            }
            flush(&mut word, &mut out);
            continue;
        }
        match c {
            c if c.is_whitespace() => flush(&mut word, &mut out),
            '(' | ')' | '[' | ']' | ',' => {
                flush(&mut word, &mut out);
                out.push(match c {
                    '(' => Tok::Open,
                    ')' => Tok::Close,
                    '[' => Tok::LBracket,
                    ']' => Tok::RBracket,
                    _ => Tok::Comma,
                });
            }
            _ => word.push(c),
        }
    }
    flush(&mut word, &mut out);
    out
}

fn op(word: &str) -> Option<Op> {
    Some(match word {
        "==" | "equals" => Op::Eq,
        "!=" | "not_equals" => Op::Ne,
        ">" | "greater_than" => Op::Gt,
        ">=" | "greater_than_equal" => Op::Ge,
        "<" | "less_than" => Op::Lt,
        "<=" | "less_than_equal" => Op::Le,
        "exists" => Op::Exists,
        "!exists" | "not_exists" => Op::NotExists,
        "in" => Op::In,
        "!in" | "not_in" => Op::NotIn,
        "=~" | "matches" => Op::Matches,
        "!~" | "not_matches" => Op::NotMatches,
        _ => return None,
    })
}

fn subject(word: &str) -> Option<Subject> {
    Some(match word {
        "agentConnected" => Subject::AgentConnected,
        "agentVersion" => Subject::AgentVersion,
        "ec2InstanceId" => Subject::Ec2InstanceId,
        "registeredAt" => Subject::RegisteredAt,
        "runningTasksCount" => Subject::RunningTasksCount,
        "task:group" => Subject::TaskGroup,
        w => match w.strip_prefix("attribute:") {
            Some(name) if !name.is_empty() => Subject::Attribute(name.to_string()),
            _ => return None,
        },
    })
}

/// Which operators a subject takes (the developer guide's lists).
fn allowed(s: &Subject, o: Op) -> bool {
    use Op::*;
    match s {
        Subject::Attribute(_) | Subject::TaskGroup => true,
        Subject::AgentConnected | Subject::Ec2InstanceId => {
            matches!(o, Eq | Ne | In | NotIn | Matches | NotMatches)
        }
        Subject::AgentVersion | Subject::RegisteredAt | Subject::RunningTasksCount => {
            matches!(o, Eq | Ne | Gt | Ge | Lt | Le)
        }
    }
}

struct Parser {
    toks: Vec<Tok>,
    at: usize,
    dynamic: bool,
}

impl Parser {
    fn peek_word(&self) -> Option<&str> {
        match self.toks.get(self.at) {
            Some(Tok::Word(w)) => Some(w),
            _ => None,
        }
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.and()?;
        while matches!(self.peek_word(), Some("||" | "or")) {
            self.at += 1;
            let right = self.and()?;
            left = Expr::Or(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let mut left = self.unary()?;
        while matches!(self.peek_word(), Some("&&" | "and")) {
            self.at += 1;
            let right = self.unary()?;
            left = Expr::And(Box::new(left), Box::new(right));
        }
        Ok(left)
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        match self.toks.get(self.at).cloned() {
            Some(Tok::Word(w)) if w == "!" || w == "not" => {
                self.at += 1;
                Ok(Expr::Not(Box::new(self.unary()?)))
            }
            Some(Tok::Open) => {
                self.at += 1;
                let e = self.or()?;
                if self.toks.get(self.at) != Some(&Tok::Close) {
                    return Err("missing closing parenthesis".into());
                }
                self.at += 1;
                Ok(e)
            }
            Some(Tok::Word(w)) => {
                self.at += 1;
                self.test(&w)
            }
            Some(t) => Err(format!("unexpected {t:?}")),
            None => Err("expression ends too early".into()),
        }
    }

    fn test(&mut self, word: &str) -> Result<Expr, ParseError> {
        let subject = subject(word).ok_or_else(|| format!("unknown subject '{word}'"))?;
        let o = self
            .peek_word()
            .and_then(op)
            .ok_or_else(|| format!("missing or unknown operator after '{word}'"))?;
        self.at += 1;
        if !allowed(&subject, o) {
            return Err(format!("operator not valid for '{word}'"));
        }
        self.dynamic |= matches!(subject, Subject::TaskGroup | Subject::RunningTasksCount);
        let args = match o {
            Op::Exists | Op::NotExists => vec![],
            Op::In | Op::NotIn => self.list()?,
            _ => match self.toks.get(self.at).cloned() {
                Some(Tok::Word(w)) if op(&w).is_none() && !is_joiner(&w) => {
                    self.at += 1;
                    vec![w]
                }
                _ => return Err(format!("missing argument after '{word}'")),
            },
        };
        let pattern = match o {
            Op::Matches | Op::NotMatches => Some(
                Regex::new(&format!("^(?:{})$", args[0]))
                    .map_err(|_| format!("invalid pattern '{}'", args[0]))?,
            ),
            _ => None,
        };
        if subject == Subject::RegisteredAt && date_ms(&args[0]).is_none() {
            return Err(format!("invalid date '{}'", args[0]));
        }
        Ok(Expr::Test {
            subject,
            op: o,
            args,
            pattern,
        })
    }

    fn list(&mut self) -> Result<Vec<String>, ParseError> {
        if self.toks.get(self.at) != Some(&Tok::LBracket) {
            return Err("an argument list [a, b] is expected".into());
        }
        self.at += 1;
        let mut out = Vec::new();
        loop {
            match self.toks.get(self.at).cloned() {
                Some(Tok::Word(w)) => out.push(w),
                _ => return Err("an argument list [a, b] is expected".into()),
            }
            self.at += 1;
            match self.toks.get(self.at) {
                Some(Tok::Comma) => self.at += 1,
                Some(Tok::RBracket) => {
                    self.at += 1;
                    return Ok(out);
                }
                _ => return Err("an argument list [a, b] is expected".into()),
            }
        }
    }
}

fn is_joiner(w: &str) -> bool {
    matches!(w, "&&" | "and" | "||" | "or")
}

/// Milliseconds since the epoch from the date forms the guide lists: `2018-06-18`,
/// `2018-06-18T22:28:28`, with `Z` or `+00:00`.
fn date_ms(text: &str) -> Option<i64> {
    if text.len() < 10 || !text.is_ascii() {
        return None;
    }
    if text.len() == 10 {
        return date_ms(&format!("{text}T00:00:00Z"));
    }
    // A `+hh:mm` or `-hh:mm` offset after the time.
    let (base, offset) = match text.len().checked_sub(6).map(|i| text.split_at(i)) {
        Some((b, o)) if b.len() >= 19 && (o.starts_with('+') || o.starts_with('-')) => {
            let sign = if o.starts_with('-') { -1 } else { 1 };
            let h: i64 = o.get(1..3)?.parse().ok()?;
            let m: i64 = o.get(4..6)?.parse().ok()?;
            (b.to_string(), sign * (h * 60 + m) * 60_000)
        }
        _ => (text.trim_end_matches('Z').to_string(), 0),
    };
    crate::types::Timestamp::parse_iso8601(&format!("{base}Z")).map(|t| t.millis() - offset)
}

impl Query {
    /// Parses an expression, or says why it cannot.
    pub fn parse(text: &str) -> Result<Query, ParseError> {
        if text.trim().is_empty() {
            return Err("the expression is empty".into());
        }
        if text.len() > 2000 {
            return Err("the expression is longer than 2000 characters".into());
        }
        let mut p = Parser {
            toks: lex(text),
            at: 0,
            dynamic: false,
        };
        let expr = p.or()?;
        if p.at != p.toks.len() {
            return Err(format!("unexpected {:?}", p.toks[p.at]));
        }
        Ok(Query {
            expr,
            dynamic: p.dynamic,
            text: text.to_string(),
        })
    }

    /// True when the instance satisfies the expression.
    pub fn matches(&self, f: &Facts) -> bool {
        eval(&self.expr, f)
    }
}

/// Compares two values as numbers, versions or dates when both read as such, else as text.
fn compare(subject: &Subject, value: &str, arg: &str) -> std::cmp::Ordering {
    if *subject == Subject::RegisteredAt
        && let (Ok(v), Some(a)) = (value.parse::<i64>(), date_ms(arg))
    {
        return v.cmp(&a);
    }
    if let (Ok(a), Ok(b)) = (value.parse::<f64>(), arg.parse::<f64>()) {
        return a.partial_cmp(&b).unwrap_or(std::cmp::Ordering::Equal);
    }
    let version = |s: &str| -> Option<Vec<u64>> { s.split('.').map(|p| p.parse().ok()).collect() };
    if let (Some(a), Some(b)) = (version(value), version(arg)) {
        return a.cmp(&b);
    }
    value.cmp(arg)
}

fn positive(subject: &Subject, op: Op, args: &[String], pattern: Option<&Regex>, v: &str) -> bool {
    use std::cmp::Ordering::*;
    match op {
        Op::Eq | Op::Ne => compare(subject, v, &args[0]) == Equal,
        Op::Gt => compare(subject, v, &args[0]) == Greater,
        Op::Ge => compare(subject, v, &args[0]) != Less,
        Op::Lt => compare(subject, v, &args[0]) == Less,
        Op::Le => compare(subject, v, &args[0]) != Greater,
        Op::In | Op::NotIn => args.iter().any(|a| a == v),
        Op::Matches | Op::NotMatches => pattern.is_some_and(|p| p.is_match(v)),
        Op::Exists | Op::NotExists => true,
    }
}

fn eval(e: &Expr, f: &Facts) -> bool {
    match e {
        Expr::And(a, b) => eval(a, f) && eval(b, f),
        Expr::Or(a, b) => eval(a, f) || eval(b, f),
        Expr::Not(a) => !eval(a, f),
        Expr::Test {
            subject,
            op,
            args,
            pattern,
        } => {
            let negative = matches!(op, Op::Ne | Op::NotIn | Op::NotMatches | Op::NotExists);
            let test = |v: &str| positive(subject, *op, args, pattern.as_ref(), v);
            let hit = match subject {
                Subject::TaskGroup => (f.groups)(&test),
                Subject::Attribute(name) => (f.attribute)(name).is_some_and(|v| test(&v)),
                Subject::AgentConnected => test(if f.agent_connected { "true" } else { "false" }),
                Subject::AgentVersion => test(f.agent_version),
                Subject::Ec2InstanceId => test(f.ec2_instance_id),
                Subject::RegisteredAt => test(&f.registered_at_ms.to_string()),
                Subject::RunningTasksCount => test(&f.running_tasks.to_string()),
            };
            hit != negative
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;

    /// Runs every case of `fixtures/ecs/query.json`.
    #[test]
    fn fixture_cases() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/ecs/query.json");
        let doc: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let instances: BTreeMap<String, serde_json::Value> =
            serde_json::from_value(doc["instances"].clone()).unwrap();
        let mut checked = 0;
        for case in doc["cases"].as_array().unwrap() {
            let text = case[0].as_str().unwrap();
            let want: Vec<&str> = case[1]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap())
                .collect();
            let q = Query::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            let got: Vec<&str> = instances
                .iter()
                .filter(|(_, i)| {
                    let attrs = &i["attributes"];
                    let attribute =
                        |n: &str| attrs.get(n).and_then(|v| v.as_str()).map(str::to_string);
                    let groups = |t: &dyn Fn(&str) -> bool| {
                        i["groups"]
                            .as_array()
                            .unwrap()
                            .iter()
                            .any(|g| t(g.as_str().unwrap()))
                    };
                    let at =
                        crate::types::Timestamp::parse_iso8601(i["registeredAt"].as_str().unwrap())
                            .unwrap();
                    q.matches(&Facts {
                        attribute: &attribute,
                        agent_connected: i["connected"].as_bool().unwrap(),
                        agent_version: i["agentVersion"].as_str().unwrap(),
                        ec2_instance_id: i["ec2"].as_str().unwrap(),
                        registered_at_ms: at.millis(),
                        running_tasks: i["running"].as_i64().unwrap(),
                        groups: &groups,
                    })
                })
                .map(|(k, _)| k.as_str())
                .collect();
            assert_eq!(got, want, "{text}");
            checked += 1;
        }
        for text in doc["refused"].as_array().unwrap() {
            let text = text.as_str().unwrap();
            assert!(Query::parse(text).is_err(), "accepted: {text:?}");
            checked += 1;
        }
        assert!(checked >= 60, "{checked} cases");
    }
}
