//! Function and trigger checks a JSON Schema cannot express: runtime-dependent required
//! fields, the cpu step and cpu:memory ratio, soft enums, cron syntax, OSS filter casing
//! and the source-parameter block of EventBridge triggers.

use crate::checks::at;
use crate::checks::rules::function;
use crate::checks::rules::schema::sc009_unlisted_value;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::{Edition, Function, SourceType, Trigger, TriggerType};
use crate::source::{Node, Span};

fn diag(code: Code, span: Span, pointer: &str, en: String, zh: String) -> Diagnostic {
    Diagnostic::new(code, span, pointer, Text::new(en, zh))
}

pub fn check_function(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    function::fn005_edition_1_default_runtime::check(f, out);
    function::fn001_missing_code_or_handler::check(f, out);
    function::fn002_cpu_step::check(f, out);
    function::fn003_cpu_memory_ratio::check(f, out);
    sc009_unlisted_value::check(f, out);
    function::fn004_memory_outside_edition_1_list::check(f, out);
    for t in &f.triggers {
        check_trigger(f, t, out);
    }
}

fn check_trigger(f: &Function<'_>, t: &Trigger<'_>, out: &mut Vec<Diagnostic>) {
    let Some(config) = t.config else { return };
    match t.trigger_type() {
        Some(TriggerType::Timer) => {
            if let Some(n) = config.get("cronExpression") {
                if let Some(expr) = n.as_str() {
                    if let Err((en, zh, help)) = cron::validate(expr) {
                        let mut d = at(Code::TR001, n, Text::new(en, zh));
                        d.help = help;
                        out.push(d);
                    }
                }
            }
        }
        Some(TriggerType::Oss) => oss_casing(f, config, out),
        Some(TriggerType::EventBridge) => source_params(t, out),
        _ => {}
    }
}

fn oss_casing(f: &Function<'_>, config: &Node, out: &mut Vec<Diagnostic>) {
    let Some(filter) = config.get("filter") else {
        return;
    };
    let (wrong, right, wrong_inner, right_inner) = match f.edition {
        Edition::V3 => ("Key", "key", ["Prefix", "Suffix"], ["prefix", "suffix"]),
        Edition::V1 => ("key", "Key", ["prefix", "suffix"], ["Prefix", "Suffix"]),
    };
    let Some(e) = filter.entry(wrong) else { return };
    let inner: Vec<String> = e
        .value
        .entries()
        .iter()
        .map(|x| {
            let i = wrong_inner.iter().position(|w| *w == x.key);
            match i {
                Some(i) => format!(
                    "{}: {}",
                    right_inner[i],
                    x.value.display_value().trim_matches('"')
                ),
                None => x.key.clone(),
            }
        })
        .collect();
    let ed = f.edition.as_str();
    out.push(
        diag(
            Code::TR002,
            e.key_span,
            &e.value.pointer,
            format!(
                "edition {ed} OSS filters use `{right}` (with {}), not `{wrong}`",
                right_inner.join("/")
            ),
            format!(
                "{ed} 版本的 OSS 过滤条件使用 `{right}`（配 {}），而不是 `{wrong}`",
                right_inner.join("/")
            ),
        )
        .with_help(Text::new(
            format!("write `filter: {{{right}: {{{}}}}}`", inner.join(", ")),
            format!("改写为 `filter: {{{right}: {{{}}}}}`", inner.join(", ")),
        )),
    );
}

fn source_params(t: &Trigger<'_>, out: &mut Vec<Diagnostic>) {
    let Some(eb) = t.eventbridge() else { return };
    let Some(st_node) = eb.source_type_node() else {
        return;
    };
    let Some(st) = eb.source_type() else { return };
    let params = eb
        .config
        .at(&["eventSourceConfig", "eventSourceParameters"]);
    if let Some(p) = params {
        if p.is_unknown() {
            return;
        }
        for e in p.entries() {
            let matches = st.params_key() == Some(e.key.as_str());
            let is_source_key = e.key.starts_with("source") && e.key.ends_with("Parameters");
            if !matches && is_source_key {
                out.push(
                    diag(
                        Code::TR003,
                        e.key_span,
                        &e.value.pointer,
                        format!(
                            "`{}` is ignored: `eventSourceType` is `{}`",
                            e.key,
                            st.as_str()
                        ),
                        format!(
                            "`{}` 会被忽略：`eventSourceType` 为 `{}`",
                            e.key,
                            st.as_str()
                        ),
                    )
                    .with_note(
                        st_node.span,
                        Text::new("source type set here", "事件源类型在此设置"),
                    )
                    .with_help(Text::new(
                        match st.params_key() {
                            Some(k) => format!("rename the block to `{k}` or remove it"),
                            None => "remove the block".to_string(),
                        },
                        match st.params_key() {
                            Some(k) => format!("将该配置块改名为 `{k}` 或删除"),
                            None => "删除该配置块".to_string(),
                        },
                    )),
                );
            }
        }
    }
    if st == SourceType::Default {
        return;
    }
    let Some(key) = st.params_key() else { return };
    if params.and_then(|p| p.get(key)).is_none() {
        out.push(
            at(Code::TR003, st_node, Text::new(format!("`eventSourceType: {}` needs `eventSourceParameters.{key}`", st.as_str()), format!("`eventSourceType: {}` 需要 `eventSourceParameters.{key}`", st.as_str())))
            .with_help(Text::new(format!("add `eventSourceParameters: {{{key}: {{…}}}}` naming the instance and topic or queue"), format!("请添加 `eventSourceParameters: {{{key}: {{…}}}}`，写明实例以及 topic 或队列"))),
        );
    }
}

/// FC timer cron syntax.
pub mod cron {
    use crate::diag::Text;

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

    pub fn validate(expr: &str) -> Result<(), Failure> {
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
}
