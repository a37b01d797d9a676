//! Schedule expressions: `rate(n unit)` and EventBridge's six-field `cron(minutes hours
//! day-of-month month day-of-week year)` with `*`, `?`, lists, ranges, steps, `L`, `W` and
//! `#`, in UTC; and the next time a schedule fires after a given moment.
//!
//! It never fires anything; the sweep in `mod.rs` does.

const MINUTE: i64 = 60_000;

#[derive(Debug, Clone, PartialEq)]
pub enum Schedule {
    Rate(i64),
    Cron(Box<Cron>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Cron {
    minutes: Vec<bool>,
    hours: Vec<bool>,
    months: Vec<bool>,
    years: Option<Vec<bool>>,
    dom: Day,
    dow: Day,
}

#[derive(Debug, Clone, PartialEq)]
enum Day {
    Any,
    Set(Vec<bool>),
    /// `L` in day-of-month: the last day; `nL` in day-of-week: the last weekday n.
    Last(Option<u32>),
    /// `nW`: the weekday nearest day n.
    Weekday(u32),
    /// `d#n`: the n-th weekday d of the month.
    Nth(u32, u32),
}

/// (year, month 1-12, day 1-31) of days since 1970-01-01.
fn civil(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 } as i64;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn month_len(y: i64, m: u32) -> u32 {
    (days_from_civil(
        if m == 12 { y + 1 } else { y },
        if m == 12 { 1 } else { m + 1 },
        1,
    ) - days_from_civil(y, m, 1)) as u32
}

/// Day of week, 1 = Sunday … 7 = Saturday (cron's numbering).
fn weekday(days: i64) -> u32 {
    ((days + 4).rem_euclid(7) + 1) as u32
}

fn name_value(s: &str, names: &[&str], base: u32) -> Option<u32> {
    s.parse().ok().or_else(|| {
        names
            .iter()
            .position(|n| n.eq_ignore_ascii_case(s))
            .map(|i| i as u32 + base)
    })
}

/// A field of values in `lo..=hi`: `*`, lists, ranges and steps.
fn set(field: &str, lo: u32, hi: u32, names: &[&str]) -> Option<Vec<bool>> {
    let mut out = vec![false; hi as usize + 1];
    for part in field.split(',') {
        let (range, step) = match part.split_once('/') {
            Some((r, s)) => (r, s.parse::<u32>().ok().filter(|s| *s > 0)?),
            None => (part, 1),
        };
        let (a, b) = if range == "*" {
            (lo, hi)
        } else if let Some((a, b)) = range.split_once('-') {
            (name_value(a, names, lo)?, name_value(b, names, lo)?)
        } else {
            let v = name_value(range, names, lo)?;
            (v, if part.contains('/') { hi } else { v })
        };
        if a < lo || b > hi || a > b {
            return None;
        }
        let mut v = a;
        while v <= b {
            out[v as usize] = true;
            v += step;
        }
    }
    Some(out)
}

const MONTHS: &[&str] = &[
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const DAYS: &[&str] = &["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

fn dom(field: &str) -> Option<Day> {
    match field {
        "?" | "*" => Some(Day::Any),
        "L" => Some(Day::Last(None)),
        f if f.ends_with('W') => f[..f.len() - 1]
            .parse()
            .ok()
            .filter(|d| (1..=31).contains(d))
            .map(Day::Weekday),
        f => set(f, 1, 31, &[]).map(Day::Set),
    }
}

fn dow(field: &str) -> Option<Day> {
    match field {
        "?" | "*" => Some(Day::Any),
        f if f.ends_with('L') => name_value(&f[..f.len() - 1], DAYS, 1)
            .filter(|d| (1..=7).contains(d))
            .map(|d| Day::Last(Some(d))),
        f if f.contains('#') => {
            let (d, n) = f.split_once('#')?;
            let d = name_value(d, DAYS, 1).filter(|d| (1..=7).contains(d))?;
            let n: u32 = n.parse().ok().filter(|n| (1..=5).contains(n))?;
            Some(Day::Nth(d, n))
        }
        f => set(f, 1, 7, DAYS).map(Day::Set),
    }
}

/// Parses a schedule expression; None when it is not valid.
pub fn parse(expr: &str) -> Option<Schedule> {
    if let Some(inner) = expr.strip_prefix("rate(").and_then(|x| x.strip_suffix(')')) {
        let (n, unit) = inner.split_once(' ')?;
        let n: i64 = n.parse().ok()?;
        let per = match (unit, n) {
            ("minute", 1) | ("minutes", 2..) => MINUTE,
            ("hour", 1) | ("hours", 2..) => 60 * MINUTE,
            ("day", 1) | ("days", 2..) => 24 * 60 * MINUTE,
            _ => return None,
        };
        return Some(Schedule::Rate(n * per));
    }
    let inner = expr.strip_prefix("cron(")?.strip_suffix(')')?;
    let f: Vec<&str> = inner.split_whitespace().collect();
    if f.len() != 6 {
        return None;
    }
    // One of day-of-month and day-of-week must be `?`.
    if (f[2] == "?") == (f[4] == "?") {
        return None;
    }
    Some(Schedule::Cron(Box::new(Cron {
        minutes: set(f[0], 0, 59, &[])?,
        hours: set(f[1], 0, 23, &[])?,
        dom: dom(f[2])?,
        months: set(f[3], 1, 12, MONTHS)?,
        dow: dow(f[4])?,
        years: if f[5] == "*" {
            None
        } else {
            Some(set(f[5], 1970, 2199, &[])?)
        },
    })))
}

impl Cron {
    fn day_ok(&self, days: i64) -> bool {
        let (y, m, d) = civil(days);
        let len = month_len(y, m);
        let wd = weekday(days);
        let dom_ok = match &self.dom {
            Day::Any => true,
            Day::Set(s) => s[d as usize],
            Day::Last(_) => d == len,
            Day::Weekday(n) => {
                let target = (*n).min(len);
                let twd = weekday(days_from_civil(y, m, target));
                let nearest = match twd {
                    1 if target == len => target - 2,
                    1 => target + 1,
                    7 if target == 1 => 3,
                    7 => target - 1,
                    _ => target,
                };
                d == nearest
            }
            Day::Nth(..) => false,
        };
        let dow_ok = match &self.dow {
            Day::Any => true,
            Day::Set(s) => s[wd as usize],
            Day::Last(Some(w)) => wd == *w && d + 7 > len,
            Day::Nth(w, n) => wd == *w && (d - 1) / 7 + 1 == *n,
            _ => false,
        };
        let year_ok = self
            .years
            .as_ref()
            .is_none_or(|ys| (1970..=2199).contains(&y) && ys[y as usize]);
        year_ok && self.months[m as usize] && dom_ok && dow_ok
    }
}

impl Schedule {
    /// The first firing strictly after `after` (for a rate, `after` is the last firing or the
    /// rule's creation). None when a cron never fires again (within its years).
    pub fn next_after(&self, after: i64) -> Option<i64> {
        match self {
            Schedule::Rate(p) => Some(after + p),
            Schedule::Cron(c) => {
                let mut t = (after / MINUTE + 1) * MINUTE;
                let limit = t + 5 * 366 * 24 * 60 * MINUTE;
                while t < limit {
                    let days = t.div_euclid(24 * 60 * MINUTE);
                    if !c.day_ok(days) {
                        t = (days + 1) * 24 * 60 * MINUTE;
                        continue;
                    }
                    let minute_of_day = (t - days * 24 * 60 * MINUTE) / MINUTE;
                    let (h, mi) = ((minute_of_day / 60) as usize, (minute_of_day % 60) as usize);
                    if c.hours[h] && c.minutes[mi] {
                        return Some(t);
                    }
                    t += MINUTE;
                }
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y: i64, m: u32, d: u32, h: i64, mi: i64) -> i64 {
        (days_from_civil(y, m, d) * 24 * 60 + h * 60 + mi) * MINUTE
    }

    #[test]
    fn expressions() {
        for bad in [
            "rate(1 minutes)",
            "rate(2 minute)",
            "rate(0 hours)",
            "cron(0 12 * * * *)",
            "cron(0 12 ? * ? *)",
            "cron(61 * * * ? *)",
            "cron(0 12 * *)",
            "every minute",
        ] {
            assert!(parse(bad).is_none(), "{bad}");
        }
        let start = at(2026, 11, 29, 10, 7);
        let next = |e: &str, t: i64| {
            parse(e)
                .unwrap_or_else(|| panic!("{e} does not parse"))
                .next_after(t)
                .unwrap_or_else(|| panic!("{e} never fires"))
        };
        assert_eq!(next("rate(5 minutes)", start), start + 5 * MINUTE);
        assert_eq!(
            next("cron(0/15 * * * ? *)", start),
            at(2026, 11, 29, 10, 15)
        );
        assert_eq!(next("cron(0 12 * * ? *)", start), at(2026, 11, 29, 12, 0));
        assert_eq!(
            next("cron(0 9 ? * MON-FRI *)", start),
            at(2026, 11, 30, 9, 0),
            "the 29th is a Sunday"
        );
        assert_eq!(next("cron(0 0 L * ? *)", start), at(2026, 11, 30, 0, 0));
        assert_eq!(
            next("cron(0 0 ? * 6L *)", start),
            at(2026, 12, 25, 0, 0),
            "the last Friday of December"
        );
        assert_eq!(
            next("cron(0 0 ? * 2#1 *)", start),
            at(2026, 12, 7, 0, 0),
            "the first Monday"
        );
        assert_eq!(next("cron(0 0 1W * ? *)", start), at(2026, 12, 1, 0, 0));
        assert_eq!(
            next("cron(0 0 15W * ? *)", at(2026, 11, 1, 0, 0)),
            at(2026, 11, 16, 0, 0),
            "the 15th is a Sunday"
        );
        assert_eq!(
            next("cron(30 8 1 JAN ? 2028)", start),
            at(2028, 1, 1, 8, 30)
        );
        assert!(
            parse("cron(0 0 1 1 ? 2020)")
                .unwrap()
                .next_after(start)
                .is_none()
        );
    }
}
