//! The rules as users read them: every rule's documentation, from the file that declares it,
//! for `fclint rules`, `fclint explain CODE`, SARIF `rules[]` and JUnit. The code, name,
//! severity and needed facts come from the one registry in [`crate::codes`].
//!
//! Platform numbers in a rule's summary and documentation are written `{limits::NAME}` and
//! filled in here from `limits.rs`, so the docs say what the checks do; a test fails when a
//! number from `limits.rs` is written out in a doc or a message instead.

use std::sync::OnceLock;

use crate::codes::{Code, Fact, RuleDoc, Severity};
use crate::diag::Lang;

/// Every rule's documentation, one line per rule file, in code order. A test proves this
/// list and [`Code::ALL`] match one to one and that each file is named after its rule.
static DOCS: &[&RuleDoc] = &[
    &crate::checks::rules::async_config::as001_invalid_async_destination::DOC,
    &crate::checks::rules::async_config::as002_async_destination_self::DOC,
    &crate::checks::rules::async_config::as003_async_event_age_above_api_max::DOC,
    &crate::checks::rules::capacity::cp001_region_instance_quota::DOC,
    &crate::checks::rules::eventbridge::eb001_consumer_tasks_exceed_partitions::DOC,
    &crate::checks::rules::eventbridge::eb002_consumer_tasks_below_partitions::DOC,
    &crate::checks::rules::eventbridge::eb003_kafka_only_option::DOC,
    &crate::checks::rules::eventbridge::eb004_delivery_concurrency_below_consumers::DOC,
    &crate::checks::rules::eventbridge::eb005_concurrency_with_async::DOC,
    &crate::checks::rules::eventbridge::eb006_dlq_without_errors_tolerance_all::DOC,
    &crate::checks::rules::eventbridge::eb007_errors_tolerance_none_blocks::DOC,
    &crate::checks::rules::eventbridge::eb008_errors_tolerance_all_without_dlq::DOC,
    &crate::checks::rules::eventbridge::eb009_batch_split_by_body_limit::DOC,
    &crate::checks::rules::eventbridge::eb010_message_exceeds_body_limit::DOC,
    &crate::checks::rules::eventbridge::eb011_time_window_zero_with_batch::DOC,
    &crate::checks::rules::eventbridge::eb012_event_driven_not_supported::DOC,
    &crate::checks::rules::eventbridge::eb013_run_options_ignored_event_driven::DOC,
    &crate::checks::rules::eventbridge::eb014_kafka_public_network_incomplete::DOC,
    &crate::checks::rules::eventbridge::eb015_rocketmq_timestamp_missing::DOC,
    &crate::checks::rules::function::fn001_missing_code_or_handler::DOC,
    &crate::checks::rules::function::fn002_cpu_step::DOC,
    &crate::checks::rules::function::fn003_cpu_memory_ratio::DOC,
    &crate::checks::rules::function::fn004_memory_outside_edition_1_list::DOC,
    &crate::checks::rules::function::fn005_edition_1_default_runtime::DOC,
    &crate::checks::rules::function::fn101_timeout_exceeds_delivery_timeout::DOC,
    &crate::checks::rules::function::fn102_batch_exceeds_timeout::DOC,
    &crate::checks::rules::structure::ld001_missing_edition::DOC,
    &crate::checks::rules::structure::ld002_skipped_component::DOC,
    &crate::checks::rules::structure::ld003_component_by_shape::DOC,
    &crate::checks::rules::structure::ld004_services_in_edition_3::DOC,
    &crate::checks::rules::structure::ld005_no_functions::DOC,
    &crate::checks::rules::structure::ld006_not_an_s_yaml::DOC,
    &crate::checks::rules::schema::sc001_invalid_type::DOC,
    &crate::checks::rules::schema::sc002_missing_required_key::DOC,
    &crate::checks::rules::schema::sc003_unknown_key::DOC,
    &crate::checks::rules::schema::sc004_invalid_value::DOC,
    &crate::checks::rules::schema::sc005_out_of_range::DOC,
    &crate::checks::rules::schema::sc006_not_a_multiple::DOC,
    &crate::checks::rules::schema::sc007_invalid_format::DOC,
    &crate::checks::rules::schema::sc008_number_as_string::DOC,
    &crate::checks::rules::schema::sc009_unlisted_value::DOC,
    &crate::checks::rules::schema::sc010_env_value_not_string::DOC,
    &crate::checks::rules::suppress::sp001_unused_suppression::DOC,
    &crate::checks::rules::suppress::sp002_malformed_suppression::DOC,
    &crate::source::rules::sy001_yaml_syntax::DOC,
    &crate::source::rules::sy002_duplicate_key::DOC,
    &crate::source::rules::sy003_yaml_too_complex::DOC,
    &crate::source::rules::sy004_multiple_documents::DOC,
    &crate::source::rules::sy005_unreadable_file::DOC,
    &crate::checks::rules::triggers::tr001_invalid_cron::DOC,
    &crate::checks::rules::triggers::tr002_oss_filter_key_casing::DOC,
    &crate::checks::rules::triggers::tr003_source_parameters_mismatch::DOC,
    &crate::checks::rules::triggers::tr101_duplicate_trigger_name::DOC,
    &crate::checks::rules::triggers::tr102_shared_eventbridge_source_arn::DOC,
    &crate::resolve::rules::vr001_unresolvable_reference::DOC,
    &crate::resolve::rules::vr002_reference_cycle::DOC,
    &crate::resolve::rules::vr003_missing_file::DOC,
    &crate::resolve::rules::vr004_extend_cycle::DOC,
    &crate::resolve::rules::vr005_unknown_template::DOC,
    &crate::resolve::rules::vr006_edition_1_variable_syntax::DOC,
    &crate::resolve::rules::vr007_unparsable_included_file::DOC,
    &crate::resolve::rules::vr008_variable_expansion_too_large::DOC,
];

/// One rule with its documentation as shown.
#[derive(Debug)]
pub struct Rule {
    pub code: Code,
    /// The file that declares the rule.
    pub file: &'static str,
    summary: [String; 2],
    doc: [String; 2],
}

impl Rule {
    pub fn name(&self) -> &'static str {
        self.code.name()
    }

    pub fn severity(&self) -> Severity {
        self.code.severity()
    }

    pub fn family(&self) -> &'static str {
        self.code.family()
    }

    pub fn needs(&self) -> &'static [Fact] {
        self.code.needs()
    }

    pub fn summary_in(&self, lang: Lang) -> &str {
        pick(&self.summary, lang)
    }

    pub fn doc_in(&self, lang: Lang) -> &str {
        pick(&self.doc, lang)
    }
}

fn pick(texts: &[String; 2], lang: Lang) -> &str {
    match lang {
        Lang::En => &texts[0],
        Lang::Zh => &texts[1],
    }
}

/// The English documentation as shown: a doc comment loses the space rustc keeps after `///`.
fn from_doc_comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
    }
    out
}

const PLACEHOLDER: &str = "{limits::";

/// `text` with every `{limits::NAME}` replaced by the number it names; an unknown name is left
/// as written (a test keeps every doc to known names).
fn fill_limits(text: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find(PLACEHOLDER) {
        out.push_str(&rest[..start]);
        let after = &rest[start + PLACEHOLDER.len()..];
        match after
            .find('}')
            .and_then(|end| Some((end, limit_text(&after[..end], lang)?)))
        {
            Some((end, value)) => {
                out.push_str(&value);
                rest = &after[end + 1..];
            }
            None => {
                out.push_str(PLACEHOLDER);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text of `{limits::NAME}` in `lang`: ranges as `min–max`, sizes with their unit, lists
/// joined the way each language writes them.
fn limit_text(name: &str, lang: Lang) -> Option<String> {
    use crate::limits as l;
    const DAY_S: i64 = 24 * 3600;
    let int = |r: l::IntRange| format!("{}–{}", r.min, r.max);
    let float = crate::source::format_float_pub;
    let size = crate::config::format_size;
    let (and, comma) = match lang {
        Lang::En => (" and ", ", "),
        Lang::Zh => (" 和 ", "、"),
    };
    let list = |v: &[i64], sep: &str| v.iter().map(i64::to_string).collect::<Vec<_>>().join(sep);
    // 100000 → "100 000", as the docs group large counts.
    let grouped = |n: usize| {
        let digits = n.to_string();
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(' ');
            }
            out.push(c);
        }
        out
    };
    Some(match name {
        "ASYNC_BODY_LIMIT_BYTES" => size(l::ASYNC_BODY_LIMIT_BYTES),
        "ASYNC_EVENT_AGE_API_DEFAULT_S" => l::ASYNC_EVENT_AGE_API_DEFAULT_S.to_string(),
        "ASYNC_EVENT_AGE_API_MAX_S" => l::ASYNC_EVENT_AGE_API_MAX_S.to_string(),
        "ASYNC_EVENT_AGE_API_MAX_S + 1" => (l::ASYNC_EVENT_AGE_API_MAX_S + 1).to_string(),
        "ASYNC_EVENT_AGE_API_MAX_S in days" => (l::ASYNC_EVENT_AGE_API_MAX_S / DAY_S).to_string(),
        "ASYNC_EVENT_AGE_S" => int(l::ASYNC_EVENT_AGE_S),
        "ASYNC_EVENT_AGE_S.min" => l::ASYNC_EVENT_AGE_S.min.to_string(),
        "ASYNC_EVENT_AGE_S.max" => l::ASYNC_EVENT_AGE_S.max.to_string(),
        "ASYNC_EVENT_AGE_S.max in days" => (l::ASYNC_EVENT_AGE_S.max / DAY_S).to_string(),
        "ASYNC_RETRY_ATTEMPTS" => int(l::ASYNC_RETRY_ATTEMPTS),
        "BACKOFF_RETRIES" => l::BACKOFF_RETRIES.to_string(),
        "BACKOFF_WAIT_MIN_S" => l::BACKOFF_WAIT_MIN_S.to_string(),
        "BACKOFF_WAIT_MAX_S" => l::BACKOFF_WAIT_MAX_S.to_string(),
        "backoff_retry_total_s()" => {
            let (a, b) = l::backoff_retry_total_s();
            format!("{a}–{b}")
        }
        "COUNT_BASED_WINDOW" => int(l::COUNT_BASED_WINDOW),
        "COUNT_BASED_WINDOW.max" => l::COUNT_BASED_WINDOW.max.to_string(),
        "CPU" => format!("{}–{}", float(l::CPU.min), float(l::CPU.max)),
        "CPU_STEP" => float(l::CPU_STEP),
        "CPU_MEMORY_RATIO_MIN" => float(l::CPU_MEMORY_RATIO_MIN),
        "CPU_MEMORY_RATIO_MAX" => float(l::CPU_MEMORY_RATIO_MAX),
        "DELIVERY_CONCURRENCY" => int(l::DELIVERY_CONCURRENCY),
        "DISK_SIZES_MB" => list(l::DISK_SIZES_MB, and),
        "EB_DELIVERY_TIMEOUT_S" => l::EB_DELIVERY_TIMEOUT_S.to_string(),
        "EB_DELIVERY_TIMEOUT_S in minutes" => (l::EB_DELIVERY_TIMEOUT_S / 60).to_string(),
        "EXP_DECAY_RETRIES" => l::EXP_DECAY_RETRIES.to_string(),
        "EXP_DECAY_FIRST_WAIT_S" => l::EXP_DECAY_FIRST_WAIT_S.to_string(),
        "EXP_DECAY_MAX_WAIT_S" => l::EXP_DECAY_MAX_WAIT_S.to_string(),
        "EXP_DECAY_MAX_WAIT_S / 2" => (l::EXP_DECAY_MAX_WAIT_S / 2).to_string(),
        "exponential_decay_total_s()" => l::exponential_decay_total_s().to_string(),
        "exponential_decay_total_s() in hours" => {
            format!("{:.1}", l::exponential_decay_total_s() as f64 / 3600.0)
        }
        "EXTEND_MAX_DEPTH" => l::EXTEND_MAX_DEPTH.to_string(),
        "FUNCTION_NAME_MAX" => l::FUNCTION_NAME_MAX.to_string(),
        "INSTANCE_CONCURRENCY_ED1" => int(l::INSTANCE_CONCURRENCY_ED1),
        "INSTANCE_CONCURRENCY_ED3" => int(l::INSTANCE_CONCURRENCY_ED3),
        "KB" => l::KB.to_string(),
        "LOG_MAX_RETRY_TIME" => int(l::LOG_MAX_RETRY_TIME),
        "LOG_TRIGGER_INTERVAL_S" => int(l::LOG_TRIGGER_INTERVAL_S),
        "MAX_FILE_BYTES" => format!("{} MiB", l::MAX_FILE_BYTES / l::MB),
        "MAXIMUM_TASKS_MIN" => l::MAXIMUM_TASKS_MIN.to_string(),
        "MEMORY_MB_ED1" => list(l::MEMORY_MB_ED1, comma),
        "MEMORY_MB_ED1_ELASTIC.min" => l::MEMORY_MB_ED1_ELASTIC.min.to_string(),
        "MEMORY_MB_ED1_ELASTIC.max" => l::MEMORY_MB_ED1_ELASTIC.max.to_string(),
        "MEMORY_MB_ED3" => int(l::MEMORY_MB_ED3),
        "MEMORY_MB_STEP" => l::MEMORY_MB_STEP.to_string(),
        "MNS_FILTER_TAG_MAX" => l::MNS_FILTER_TAG_MAX.to_string(),
        "REGION_INSTANCE_QUOTA_DEFAULT" => l::REGION_INSTANCE_QUOTA_DEFAULT.to_string(),
        "REGION_INSTANCE_QUOTA_OLD" => l::REGION_INSTANCE_QUOTA_OLD.to_string(),
        "RESOLVE_NODE_BUDGET" => grouped(l::RESOLVE_NODE_BUDGET),
        "SYNC_BODY_LIMIT_BYTES" => size(l::SYNC_BODY_LIMIT_BYTES),
        "THROTTLE_HTTP_STATUS" => l::THROTTLE_HTTP_STATUS.to_string(),
        "TIME_BASED_WINDOW_S" => int(l::TIME_BASED_WINDOW_S),
        "TIMEOUT_DEFAULT_S" => l::TIMEOUT_DEFAULT_S.to_string(),
        "TIMEOUT_S" => int(l::TIMEOUT_S),
        "TRIGGER_NAME_MAX" => l::TRIGGER_NAME_MAX.to_string(),
        "YAML_ALIAS_NODE_BUDGET" => grouped(l::YAML_ALIAS_NODE_BUDGET),
        "YAML_MAX_DEPTH" => l::YAML_MAX_DEPTH.to_string(),
        _ => return None,
    })
}

/// Every rule, in code order (the order of [`Code::ALL`]).
pub fn all() -> &'static [Rule] {
    static ALL: OnceLock<Vec<Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        Code::ALL
            .iter()
            .map(|&code| {
                let d = DOCS.iter().find(|d| d.code == code);
                Rule {
                    code,
                    file: d.map(|d| d.file).unwrap_or(""),
                    summary: [
                        d.map(|d| fill_limits(d.summary, Lang::En))
                            .unwrap_or_default(),
                        d.map(|d| fill_limits(d.summary_zh, Lang::Zh))
                            .unwrap_or_default(),
                    ],
                    doc: [
                        d.map(|d| fill_limits(&from_doc_comment(d.doc), Lang::En))
                            .unwrap_or_default(),
                        d.map(|d| fill_limits(d.doc_zh, Lang::Zh))
                            .unwrap_or_default(),
                    ],
                }
            })
            .collect()
    })
}

/// The rule of a code.
pub fn get(code: Code) -> &'static Rule {
    &all()[code as usize]
}

/// The rule named by its code or name, case-insensitively.
pub fn find(code_or_name: &str) -> Option<&'static Rule> {
    Code::parse(code_or_name).map(get)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_docs_list_matches_the_codes_one_to_one() {
        assert_eq!(DOCS.len(), Code::ALL.len());
        for (d, code) in DOCS.iter().zip(Code::ALL) {
            assert_eq!(d.code, *code, "DOCS is not in code order at {code}");
        }
        for (i, r) in all().iter().enumerate() {
            assert_eq!(r.code, Code::ALL[i]);
            assert_eq!(get(r.code).code, r.code);
            assert_eq!(find(r.name()).map(|x| x.code), Some(r.code));
        }
    }

    /// Each rule lives in `<code>_<name>.rs` (e.g. `eb001_consumer_tasks_exceed_partitions.rs`)
    /// with its Chinese documentation in the sibling `<code>_<name>.zh.md`.
    #[test]
    fn each_rule_file_is_named_after_its_rule_and_has_its_chinese_docs_beside_it() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        for d in DOCS {
            let path = std::path::Path::new(d.file);
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
            let expected = format!(
                "{}_{}",
                d.code.as_str().to_ascii_lowercase(),
                d.code.name().replace('-', "_")
            );
            assert_eq!(stem, expected, "{}", d.file);
            let zh = root.join(path.with_extension("zh.md"));
            let text =
                std::fs::read_to_string(&zh).unwrap_or_else(|e| panic!("{}: {e}", zh.display()));
            assert_eq!(
                text,
                d.doc_zh,
                "{} is not what {} includes",
                zh.display(),
                d.file
            );
            assert!(
                !d.summary.is_empty() && !d.summary_zh.is_empty(),
                "{}",
                d.code
            );
            assert!(d.doc.starts_with(" ## What it checks"), "{}", d.code);
            assert!(d.doc_zh.starts_with("## 检查内容"), "{}", d.code);
        }
    }

    /// Every placeholder in every doc names a number `limits.rs` has.
    #[test]
    fn every_limits_placeholder_is_known() {
        for r in all() {
            for lang in [Lang::En, Lang::Zh] {
                for text in [r.summary_in(lang), r.doc_in(lang)] {
                    assert!(
                        !text.contains(PLACEHOLDER),
                        "{} ({lang:?}): unknown placeholder in {text}",
                        r.code
                    );
                }
            }
        }
    }

    #[test]
    fn placeholders_render_as_the_docs_write_numbers() {
        assert_eq!(
            fill_limits("{limits::DELIVERY_CONCURRENCY}", Lang::En),
            "1–300"
        );
        assert_eq!(fill_limits("{limits::CPU} vCPU", Lang::En), "0.05–16 vCPU");
        assert_eq!(
            fill_limits("{limits::SYNC_BODY_LIMIT_BYTES}", Lang::En),
            "32 MB"
        );
        assert_eq!(
            fill_limits("{limits::ASYNC_BODY_LIMIT_BYTES}", Lang::En),
            "128 KB"
        );
        assert_eq!(fill_limits("{limits::MAX_FILE_BYTES}", Lang::En), "16 MiB");
        assert_eq!(
            fill_limits("{limits::YAML_ALIAS_NODE_BUDGET}", Lang::En),
            "100 000"
        );
        assert_eq!(
            fill_limits("{limits::DISK_SIZES_MB}", Lang::Zh),
            "512 和 10240"
        );
        assert_eq!(
            fill_limits("({limits::exponential_decay_total_s()} s ≈ {limits::exponential_decay_total_s() in hours} h)", Lang::En),
            "(86015 s ≈ 23.9 h)"
        );
        // Unknown names and unclosed braces stay as written.
        assert_eq!(
            fill_limits("{limits::NOPE} {limits::", Lang::En),
            "{limits::NOPE} {limits::"
        );
    }

    /// What the docs and messages may write although it equals a number in `limits.rs`:
    /// `(where, the text around it)`. Every entry must still match something.
    const NOT_LIMITS: &[(&str, &str)] = &[
        // Example values in configurations, not limits.
        ("EB001", "maximumTasks: 16"),
        ("EB005", "concurrency: 10"),
        ("EB009", "CountBasedWindow: 100"),
        ("EB009", "CountBasedWindow: 64"),
        ("EB011", "CountBasedWindow: 100"),
        ("EB013", "CountBasedWindow: 10"),
        ("FN003", "memorySize: 1024"),
        ("FN102", "timeout: 30"),
        ("FN102", "timeout: 60"),
        ("FN102", "CountBasedWindow: 100"),
        ("FN102", "CountBasedWindow: 60"),
        ("SC006", "memorySize: 1024"),
        ("SC008", "CountBasedWindow: \"10\""),
        ("SC008", "CountBasedWindow: 10"),
        ("SP001", "timeout: 60"),
        ("SY002", "timeout: 60"),
        ("VR008", "8, 9, 10]"),
        // Counts, not limits: "pushed as 3 pushes of 32 and one of 4".
        ("EB009", "加 1 次"),
        // Worked examples: the platform docs' own batch split and fclint's arithmetic.
        ("EB009", "100 messages of 2 KB, async → 200 KB"),
        ("EB009", "100 条 2 KB 的消息、异步调用 → 200 KB"),
        ("EB009", "pushes of 64 + 36"),
        ("EB009", "推送 64 + 36"),
        ("EB010", "reach 300 KB"),
        ("EB010", "可达 300 KB"),
        ("FN003", "For 512 MB, cpu must be 0.15–0.5"),
        ("FN003", "512 MB 时 cpu 只能"),
        ("FN004", "or use 512 / 1024"),
        ("FN004", "改为 512 或 1024"),
        ("FN102", "100 × 0.5 s = 50 s > 30 s"),
        ("FN102", "100 × 0.5 秒 = 50 秒 > 30 秒"),
        // A verbatim quote of the platform page.
        ("FN101", "同步 32 MB / 5分钟, 异步 128 KB / 5分钟"),
    ];

    /// The numbers `limits.rs` holds: every numeric literal of its source outside comments
    /// and strings (so a new constant is covered without a list to update), and what the
    /// docs derive from them.
    fn limit_numbers() -> Vec<f64> {
        use crate::limits as l;
        let src = include_str!("../limits.rs");
        let src = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        let mut code = String::new();
        for line in src.lines() {
            let mut in_str = false;
            let mut prev = ' ';
            for c in line.chars() {
                if c == '"' && prev != '\\' {
                    in_str = !in_str;
                } else if !in_str && c == '/' && prev == '/' {
                    code.pop();
                    break;
                } else if !in_str {
                    code.push(c);
                }
                prev = c;
            }
            code.push('\n');
        }
        let mut v: Vec<f64> = numbers(&code.replace('_', ""))
            .into_iter()
            .map(|n| n.1)
            .collect();
        let (a, b) = l::backoff_retry_total_s();
        let day = 24.0 * 3600.0;
        v.extend([
            a as f64,
            b as f64,
            l::exponential_decay_total_s() as f64,
            (l::exponential_decay_total_s() as f64 / 360.0).round() / 10.0,
            (l::ASYNC_EVENT_AGE_API_MAX_S + 1) as f64,
            l::ASYNC_EVENT_AGE_API_MAX_S as f64 / day,
            l::ASYNC_EVENT_AGE_S.max as f64 / day,
            l::EB_DELIVERY_TIMEOUT_S as f64 / 60.0,
        ]);
        v
    }

    /// Numbers as written in prose: `(byte offset, value, unit that follows)`; `100 000` and
    /// `1,000,000` are one number; version-like `3.1.10`, identifiers (`nodejs10`, `fc3`,
    /// `orders-1`) and placeholders are not numbers.
    fn numbers(text: &str) -> Vec<(usize, f64, String)> {
        let b = text.as_bytes();
        let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            let before = i.checked_sub(1).map(|j| b[j]);
            let starts = digit(i)
                && !before.is_some_and(|c| c.is_ascii_alphanumeric() || b"_.-$:".contains(&c));
            if !starts {
                i += 1;
                continue;
            }
            let start = i;
            let mut written = String::new();
            while digit(i) {
                written.push(b[i] as char);
                i += 1;
            }
            let mut version = false;
            loop {
                let three = digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4);
                if (b.get(i) == Some(&b' ') || b.get(i) == Some(&b',')) && three {
                    written.push_str(&text[i + 1..i + 4]);
                    i += 4;
                } else if b.get(i) == Some(&b'.') && digit(i + 1) {
                    version |= written.contains('.');
                    written.push('.');
                    i += 1;
                    while digit(i) {
                        written.push(b[i] as char);
                        i += 1;
                    }
                } else {
                    break;
                }
            }
            let after = b.get(i).copied();
            if version || after.is_some_and(|c| c.is_ascii_alphabetic() || c == b'_') {
                continue;
            }
            if let Ok(v) = written.parse::<f64>() {
                let unit: String = text[i..].chars().take(8).collect();
                out.push((start, v, unit));
            }
        }
        out
    }

    /// A number from `limits.rs` written out: ten and above, fractions, and small numbers
    /// followed by a unit (`3 retries`, `4×`, `7 天`); single digits alone are too common in
    /// prose and examples to tell.
    fn literal_limits(text: &str, limits: &[f64]) -> Vec<String> {
        const UNITS: &[&str] = &[
            "×", " times", " retries", " days", " minutes", " hours", " s", " vCPU", " 天", " 次",
            " 倍", " 分钟", "分钟", " 小时", " 秒",
        ];
        numbers(text)
            .into_iter()
            .filter(|(_, v, unit)| {
                let is_limit = limits.iter().any(|l| (l - v).abs() < 1e-9);
                let distinctive = *v >= 10.0 || v.fract() != 0.0;
                let unit_follows = UNITS.iter().any(|u| {
                    unit.strip_prefix(u)
                        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
                });
                is_limit && (distinctive || unit_follows)
            })
            .map(|(at, v, _)| {
                let from = text[..at].char_indices().rev().nth(30).map_or(0, |c| c.0);
                let to = text[at..]
                    .char_indices()
                    .nth(15)
                    .map_or(text.len(), |c| at + c.0);
                format!("{v} in «{}»", &text[from..to])
            })
            .collect()
    }

    /// `text` with the allowed snippets of `at` blanked out; counts which were used.
    fn without_allowed(at: &str, text: &str, used: &mut [bool]) -> String {
        let mut t = text.to_string();
        for (i, (w, snippet)) in NOT_LIMITS.iter().enumerate() {
            if *w == at && t.contains(snippet) {
                used[i] = true;
                t = t.replace(snippet, &"x".repeat(snippet.len()));
            }
        }
        t
    }

    /// The string literals of a rule file's code (not its doc comment, not its tests).
    fn string_literals(src: &str) -> Vec<String> {
        let src = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
        let code: String = src
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .map(|l| format!("{l}\n"))
            .collect();
        let b = code.as_bytes();
        let mut out = Vec::new();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'/' if b.get(i + 1) == Some(&b'/') => {
                    i = code[i..].find('\n').map_or(b.len(), |e| i + e);
                }
                b'\'' if b.get(i + 2) == Some(&b'\'') => i += 3,
                b'\'' if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') => i += 4,
                b'r' if b.get(i + 1) == Some(&b'#') || b.get(i + 1) == Some(&b'"') => {
                    let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                    if b.get(i + 1 + hashes) != Some(&b'"') {
                        i += 1;
                        continue;
                    }
                    let start = i + 2 + hashes;
                    let close = format!("\"{}", "#".repeat(hashes));
                    let end = code[start..].find(&close).map_or(b.len(), |e| start + e);
                    out.push(code[start..end].to_string());
                    i = end + close.len();
                }
                b'"' => {
                    let mut j = i + 1;
                    while j < b.len() && b[j] != b'"' {
                        j += if b[j] == b'\\' { 2 } else { 1 };
                    }
                    out.push(code[i + 1..j.min(b.len())].to_string());
                    i = j + 1;
                }
                _ => i += 1,
            }
        }
        out
    }

    /// `limits.rs` says no other file writes its numbers: the rule docs (summaries and
    /// documentation, both languages) and the messages of every rule file fill them in.
    #[test]
    fn no_doc_or_message_writes_a_number_from_limits_rs() {
        let limits = limit_numbers();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = vec![false; NOT_LIMITS.len()];
        let mut found = Vec::new();
        for d in DOCS {
            let code = d.code.as_str();
            let source = std::fs::read_to_string(root.join(d.file)).unwrap_or_default();
            let texts = [d.summary, d.summary_zh, d.doc, d.doc_zh]
                .into_iter()
                .map(String::from)
                .chain(string_literals(&source));
            for text in texts {
                let text = without_allowed(code, &text, &mut used);
                for hit in literal_limits(&text, &limits) {
                    found.push(format!("{code}: {hit}"));
                }
            }
        }
        // The family modules beside the rule files build messages too (what a missing fact
        // needs, what several rules share).
        let mut dirs: Vec<&std::path::Path> = DOCS
            .iter()
            .filter_map(|d| std::path::Path::new(d.file).parent())
            .collect();
        dirs.sort();
        dirs.dedup();
        for dir in dirs {
            let module = dir.join("mod.rs");
            let source = std::fs::read_to_string(root.join(&module)).unwrap_or_default();
            assert!(!source.is_empty(), "{} is missing", module.display());
            for text in string_literals(&source) {
                for hit in literal_limits(&text, &limits) {
                    found.push(format!("{}: {hit}", module.display()));
                }
            }
        }
        assert!(
            found.is_empty(),
            "write these with limits.rs:\n{}",
            found.join("\n")
        );
        let stale: Vec<_> = NOT_LIMITS
            .iter()
            .zip(&used)
            .filter(|(_, u)| !**u)
            .map(|(e, _)| e)
            .collect();
        assert!(stale.is_empty(), "allowed but not found: {stale:?}");
    }

    #[test]
    fn the_number_scanner_reads_numbers_as_written() {
        let n = |t: &str| numbers(t).into_iter().map(|x| x.1).collect::<Vec<_>>();
        assert_eq!(
            n("1–300, 0.05 and 100 000 or 1,000,000."),
            [1.0, 300.0, 0.05, 100000.0, 1000000.0]
        );
        assert_eq!(
            n("nodejs10 fc3 orders-1 3.1.10 @every 5m {:.2}"),
            [] as [f64; 0]
        );
        assert!(literal_limits("retries 3 times", &[3.0]).len() == 1);
        assert!(literal_limits("one of 3 keys", &[3.0]).is_empty());
        assert_eq!(
            string_literals("let c = '\"'; f(\"a 128 b\", r#\"x \"300\" y\"#); // \"9\"\n"),
            ["a 128 b", "x \"300\" y"]
        );
    }
}
