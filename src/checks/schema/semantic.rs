//! Function and trigger checks a JSON Schema cannot express: runtime-dependent required
//! fields, the cpu step and cpu:memory ratio, soft enums, cron syntax, OSS filter casing
//! and the source-parameter block of EventBridge triggers.

use crate::checks::at;
use crate::checks::rules::schema::sc009_unlisted_value;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Edition, Function, SourceType, Trigger, TriggerType};
use crate::source::{Node, Span};

fn diag(code: Code, span: Span, pointer: &str, en: String, zh: String) -> Diagnostic {
    Diagnostic::new(code, span, pointer, Text::new(en, zh))
}

pub fn check_function(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    required_by_runtime(f, out);
    cpu_checks(f, out);
    soft_enums(f, out);
    for t in &f.triggers {
        check_trigger(f, t, out);
    }
}

/// Where to point when a function-level key is missing: the `props:` (ed3) or `function:` (ed1) key.
fn function_anchor(f: &Function<'_>) -> (Span, String) {
    let key = match f.edition {
        Edition::V3 => f.resource_node.entry("props"),
        Edition::V1 => f.props.entry("function"),
    };
    match key {
        Some(e) => (e.key_span, e.value.pointer.clone()),
        None => (f.props.span, f.props.pointer.clone()),
    }
}

fn required_by_runtime(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    let Some(func) = f.function else {
        return;
    };
    if f.edition == Edition::V1 && f.runtime().is_none() {
        let (span, pointer) = function_anchor(f);
        out.push(
            diag(
                Code::FN005,
                span,
                &pointer,
                format!(
                    "no `runtime`: devsapp/fc deploys its default `{}`",
                    limits::ED1_DEFAULT_RUNTIME
                ),
                format!(
                    "未设置 `runtime`：devsapp/fc 会部署其默认值 `{}`",
                    limits::ED1_DEFAULT_RUNTIME
                ),
            )
            .with_help(Text::new(
                "set the runtime your code is written for, e.g. `runtime: python3.10`",
                "请设置代码对应的运行时，例如 `runtime: python3.10`",
            )),
        );
    }
    let Some(runtime) = f.runtime().and_then(Node::as_str) else {
        return;
    };
    let has = |k: &str| func.get(k).is_some();
    let mut missing: Vec<&str> = Vec::new();
    match f.edition {
        Edition::V3 => {
            if runtime == "custom-container" || runtime == "micro-sandbox" {
                if !has("customContainerConfig") {
                    missing.push("customContainerConfig");
                }
            } else if runtime.starts_with("custom") {
                if !has("code") {
                    missing.push("code");
                }
            } else {
                if !has("code") {
                    missing.push("code");
                }
                if !has("handler") {
                    missing.push("handler");
                }
            }
        }
        Edition::V1 => {
            if runtime == "custom-container" {
                if !has("customContainerConfig") {
                    missing.push("customContainerConfig");
                }
            } else {
                if !(has("codeUri") || (has("ossBucket") && has("ossKey"))) {
                    missing.push("codeUri");
                }
                // No `handler`: devsapp/fc deploys `index.handler` (limits::ED1_DEFAULT_HANDLER).
            }
        }
    }
    if missing.is_empty() {
        return;
    }
    let (span, pointer) = function_anchor(f);
    let list = missing.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>();
    out.push(
        diag(
            Code::FN001,
            span,
            &pointer,
            format!("runtime `{runtime}` needs {}", list.join(" and ")),
            format!("运行时 `{runtime}` 需要 {}", list.join(" 和 ")),
        )
        .with_help(Text::new(
            format!("add {} to `{}`", list.join(", "), f.resource),
            format!("请在 `{}` 中添加 {}", f.resource, list.join("、")),
        )),
    );
}

fn cpu_checks(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    let Some(cpu_node) = f.cpu() else {
        return;
    };
    let Some(cpu) = cpu_node.as_f64() else {
        return;
    };
    if !limits::CPU.contains(cpu) {
        return; // the schema reports the range
    }
    let steps = cpu / limits::CPU_STEP;
    if (steps - steps.round()).abs() > 1e-6 {
        let lo = steps.floor() * limits::CPU_STEP;
        let hi = lo + limits::CPU_STEP;
        let fmt = |v: f64| format!("{:.2}", v);
        out.push(
            at(
                Code::FN002,
                cpu_node,
                Text::new(
                    format!(
                        "`cpu` is {cpu}, not a multiple of {} vCPU",
                        limits::CPU_STEP
                    ),
                    format!("`cpu` 为 {cpu}，不是 {} vCPU 的整数倍", limits::CPU_STEP),
                ),
            )
            .with_help(Text::new(
                format!("the nearest valid values are {} and {}", fmt(lo), fmt(hi)),
                format!("最接近的合法取值是 {} 和 {}", fmt(lo), fmt(hi)),
            )),
        );
    }
    let Some(mem_node) = f.memory_size() else {
        return;
    };
    let Some(mem) = mem_node.as_f64() else {
        return;
    };
    let gb = mem / 1024.0;
    let min_gb = cpu * limits::CPU_MEMORY_RATIO_MIN;
    let max_gb = cpu * limits::CPU_MEMORY_RATIO_MAX;
    if gb + 1e-9 < min_gb || gb > max_gb + 1e-9 {
        let cpu_lo = gb / limits::CPU_MEMORY_RATIO_MAX;
        let cpu_hi = gb / limits::CPU_MEMORY_RATIO_MIN;
        let mem_lo = (min_gb * 1024.0).ceil();
        let mem_hi = (max_gb * 1024.0).floor();
        out.push(
            at(Code::FN003, cpu_node, Text::new(format!(
                    "cpu {cpu} with memorySize {mem} MB ({gb:.3} GB): memory must be between 1× and 4× the vCPUs ({min_gb:.3}–{max_gb:.3} GB)"
                ), format!(
                    "cpu {cpu} 配 memorySize {mem} MB（{gb:.3} GB）：内存必须在 vCPU 的 1 到 4 倍之间（{min_gb:.3}–{max_gb:.3} GB）"
                )))
            .with_note(mem_node.span, Text::new("memory set here", "内存在此设置"))
            .with_help(Text::new(format!(
                    "for {mem} MB use cpu {cpu_lo:.3}–{cpu_hi:.3} (in steps of 0.05); for cpu {cpu} use memorySize {mem_lo}–{mem_hi} MB"
                ), format!(
                    "{mem} MB 内存应配 cpu {cpu_lo:.3}–{cpu_hi:.3}（步长 0.05）；cpu {cpu} 应配 memorySize {mem_lo}–{mem_hi} MB"
                ))),
        );
    }
}

fn soft_enums(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    sc009_unlisted_value::check(f, out);
    if f.edition == Edition::V1 {
        if let Some(m) = f.memory_size() {
            if let Some(v) = m.as_i64() {
                if limits::MEMORY_MB_ED3.contains(v)
                    && v % limits::MEMORY_MB_STEP == 0
                    && !limits::MEMORY_MB_ED1.contains(&v)
                {
                    out.push(at(Code::FN004, m, Text::new(format!("memorySize {v} MB is not in the devsapp/fc list ({})", join_nums(limits::MEMORY_MB_ED1)), format!("memorySize {v} MB 不在 devsapp/fc 列出的取值中（{}）", join_nums(limits::MEMORY_MB_ED1)))).with_help(Text::new("FC 2.0 accepts it; tools built on the devsapp/fc schema (registry, console) may not", "FC 2.0 接受该值；基于 devsapp/fc schema 的工具（应用中心、控制台）可能不接受")));
                }
            }
        }
    }
}

fn join_nums(v: &[i64]) -> String {
    v.iter().map(i64::to_string).collect::<Vec<_>>().join(", ")
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
