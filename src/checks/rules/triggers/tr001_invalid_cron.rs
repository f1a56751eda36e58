//! TR001: a timer `cronExpression` FC cannot parse.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// Timer triggers' `cronExpression`: `@every <duration>` (`@every 5m`, `@every 1h30m`) or six fields `second minute hour day-of-month month day-of-week` with `*`, `?`, lists, ranges and steps, optionally prefixed by `CRON_TZ=<zone> `. Field ranges: 0–59, 0–59, 0–23, 1–31, 1–12 (or JAN–DEC), 0–6 (or SUN–SAT).
    ///
    /// ## Why it matters
    /// The classic 5-field crontab (`0 4 * * *`) is the most common mistake: FC's cron has a seconds field first (https://alibabacloud.com/help/en/functioncompute/api-fc-2023-03-30-struct-timertriggerconfig).
    ///
    /// ## Example
    /// ```yaml
    /// cronExpression: 0 4 * * *
    /// ```
    /// ## Fix
    /// ```yaml
    /// cronExpression: 0 0 4 * * *
    /// ```
    TR001,
    summary: "A timer `cronExpression` FC cannot parse",
    summary_zh: "定时触发器的 `cronExpression` 无法被函数计算解析",
    doc_zh: include_str!("tr001_invalid_cron.zh.md"),
}

/// The `cronExpression` of a timer trigger's config.
pub(crate) fn check(config: &Node, out: &mut Vec<Diagnostic>) {
    let Some(n) = config.get("cronExpression") else {
        return;
    };
    let Some(expr) = n.as_str() else { return };
    if let Err((en, zh, help)) = validate(expr) {
        let mut d = at(Code::TR001, n, Text::new(en, zh));
        d.help = help;
        out.push(d);
    }
}

// FC timer cron syntax.

type Failure = (String, String, Option<Text>);

const FIELDS: [(&str, &str, u32, u32); 6] = [
    ("second", "秒", 0, 59),
    ("minute", "分", 0, 59),
    ("hour", "时", 0, 23),
    ("day of month", "日", 1, 31),
    ("month", "月", 1, 12),
    ("day of week", "星期", 0, 6),
];
const MONTHS: [&str; 12] = [
    "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
];
const DAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

fn validate(expr: &str) -> Result<(), Failure> {
    let mut s = expr.trim();
    if let Some(rest) = s.strip_prefix("CRON_TZ=") {
        let Some((zone, body)) = rest.split_once(char::is_whitespace) else {
            return Err((
                "`CRON_TZ=` must be followed by a time zone and the schedule".into(),
                "`CRON_TZ=` 后面必须跟时区和调度表达式".into(),
                Some(Text::new(
                    "e.g. `CRON_TZ=Asia/Shanghai 0 0 4 * * *`",
                    "例如 `CRON_TZ=Asia/Shanghai 0 0 4 * * *`",
                )),
            ));
        };
        if zone.is_empty()
            || !zone
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "/_+-".contains(c))
        {
            return Err((
                format!("`{zone}` is not a time zone name"),
                format!("`{zone}` 不是时区名称"),
                None,
            ));
        }
        s = body.trim();
    }
    if let Some(d) = s.strip_prefix("@every") {
        let d = d.trim();
        return if duration_ok(d) {
            Ok(())
        } else {
            Err((
                format!("`@every {d}` is not a duration"),
                format!("`@every {d}` 不是合法的时长"),
                Some(Text::new(
                    "write e.g. `@every 5m`, `@every 1h30m`, `@every 90s`",
                    "例如 `@every 5m`、`@every 1h30m`、`@every 90s`",
                )),
            ))
        };
    }
    let fields: Vec<&str> = s.split_whitespace().collect();
    if fields.len() != 6 {
        let help = if fields.len() == 5 {
            Some(Text::new(
                format!("FC cron starts with a seconds field: `0 {s}`"),
                format!("函数计算的 cron 第一个字段是秒：`0 {s}`"),
            ))
        } else {
            Some(Text::new(
                "six fields: second minute hour day-of-month month day-of-week, or `@every 5m`",
                "六个字段：秒 分 时 日 月 星期，或 `@every 5m`",
            ))
        };
        return Err((
            format!(
                "cron expression has {} field(s); FC expects 6 (seconds first)",
                fields.len()
            ),
            format!(
                "cron 表达式有 {} 个字段；函数计算需要 6 个（第一个为秒）",
                fields.len()
            ),
            help,
        ));
    }
    for (i, f) in fields.iter().enumerate() {
        field_ok(f, i).map_err(|bad| {
            let (en, zh, lo, hi) = FIELDS[i];
            (
                format!("cron {en} field `{f}` is invalid: `{bad}`"),
                format!("cron 的{zh}字段 `{f}` 不合法：`{bad}`"),
                Some(Text::new(
                    format!("allowed: {lo}–{hi}, `*`, `?`, `a-b`, `a,b`, `*/n`"),
                    format!("允许：{lo}–{hi}、`*`、`?`、`a-b`、`a,b`、`*/n`"),
                )),
            )
        })?;
    }
    Ok(())
}

fn duration_ok(d: &str) -> bool {
    if d.is_empty() {
        return false;
    }
    let mut num = String::new();
    let mut any = false;
    let mut chars = d.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii_digit() || c == '.' {
            num.push(c);
            continue;
        }
        let unit = match c {
            'm' if chars.peek() == Some(&'s') => {
                chars.next();
                "ms"
            }
            'h' | 'm' | 's' => "x",
            _ => return false,
        };
        let _ = unit;
        if num.is_empty() || num.parse::<f64>().is_err() {
            return false;
        }
        num.clear();
        any = true;
    }
    any && num.is_empty()
}

fn value(tok: &str, i: usize) -> Option<u32> {
    if let Ok(v) = tok.parse::<u32>() {
        return Some(v);
    }
    let up = tok.to_ascii_uppercase();
    match i {
        4 => MONTHS.iter().position(|m| *m == up).map(|p| p as u32 + 1),
        5 => DAYS.iter().position(|d| *d == up).map(|p| p as u32),
        _ => None,
    }
}

fn field_ok(f: &str, i: usize) -> Result<(), String> {
    let (_, _, lo, hi) = FIELDS[i];
    for part in f.split(',') {
        if part.is_empty() {
            return Err(f.to_string());
        }
        let (base, step) = match part.split_once('/') {
            Some((b, s)) => (b, Some(s)),
            None => (part, None),
        };
        if let Some(s) = step {
            match s.parse::<u32>() {
                Ok(n) if n >= 1 && n <= hi.max(1) => {}
                _ => return Err(part.to_string()),
            }
        }
        if base == "*" || (base == "?" && (i == 3 || i == 5)) {
            continue;
        }
        let (a, b) = match base.split_once('-') {
            Some((a, b)) => (value(a, i), value(b, i)),
            None => (value(base, i), value(base, i)),
        };
        match (a, b) {
            (Some(a), Some(b)) if a >= lo && b <= hi && a <= b => {}
            _ => return Err(part.to_string()),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::validate;

    #[test]
    fn accepts_documented_forms() {
        for ok in [
            "0 0 4 * * *",
            "@every 5m",
            "@every 1h30m",
            "CRON_TZ=Asia/Shanghai 0 0 4 1 * *",
            "0 */5 * * * ?",
            "0 0 8 ? * MON-FRI",
            "0 0 0 1 JAN,JUL *",
        ] {
            assert!(validate(ok).is_ok(), "{ok}");
        }
    }

    #[test]
    fn rejects_common_mistakes() {
        assert!(validate("0 4 * * *")
            .unwrap_err()
            .0
            .contains("has 5 field(s)"));
        assert!(validate("0 0 25 * * *")
            .unwrap_err()
            .0
            .contains("hour field `25`"));
        assert!(validate("@every five").is_err());
        assert!(validate("0 0 4 * 13 *").is_err());
    }
}
