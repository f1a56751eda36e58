//! `{limits::NAME}` in a rule's documentation: the numbers of `limits.rs`, formatted the way
//! the docs write them.

use crate::diag::Lang;

pub(super) const PLACEHOLDER: &str = "{limits::";

/// `text` with every `{limits::NAME}` replaced by the number it names; an unknown name is left
/// as written (a test keeps every doc to known names).
pub(super) fn fill_limits(text: &str, lang: Lang) -> String {
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
        "ASYNC_RETRY_ATTEMPTS_DEFAULT" => l::ASYNC_RETRY_ATTEMPTS_DEFAULT.to_string(),
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
        "HEALTH_FAILURE_THRESHOLD" => int(l::HEALTH_FAILURE_THRESHOLD),
        "HEALTH_INITIAL_DELAY_S" => int(l::HEALTH_INITIAL_DELAY_S),
        "HEALTH_PERIOD_S" => int(l::HEALTH_PERIOD_S),
        "HEALTH_SUCCESS_THRESHOLD" => int(l::HEALTH_SUCCESS_THRESHOLD),
        "HEALTH_TIMEOUT_S" => int(l::HEALTH_TIMEOUT_S),
        "INITIALIZER_TIMEOUT_S" => int(l::INITIALIZER_TIMEOUT_S),
        "INSTANCE_CONCURRENCY_ED1" => int(l::INSTANCE_CONCURRENCY_ED1),
        "INSTANCE_CONCURRENCY_ED3" => int(l::INSTANCE_CONCURRENCY_ED3),
        "KB" => l::KB.to_string(),
        "LARGEST_INTEGER" => l::LARGEST_INTEGER.to_string(),
        "LIFECYCLE_HOOK_TIMEOUT_MIN_S" => l::LIFECYCLE_HOOK_TIMEOUT_MIN_S.to_string(),
        "LOG_MAX_RETRY_TIME" => int(l::LOG_MAX_RETRY_TIME),
        "LOG_TRIGGER_INTERVAL_S" => int(l::LOG_TRIGGER_INTERVAL_S),
        "MAX_FILE_BYTES" => format!("{} MiB", l::MAX_FILE_BYTES / l::MB),
        "MAX_FINDINGS_PER_FILE" => grouped(l::MAX_FINDINGS_PER_FILE),
        "MAX_INCLUDED_FILE_BYTES" => format!("{} MiB", l::MAX_INCLUDED_FILE_BYTES / l::MB),
        "MAXIMUM_TASKS_MIN" => l::MAXIMUM_TASKS_MIN.to_string(),
        "MEMORY_MB_ED1" => list(l::MEMORY_MB_ED1, comma),
        "MEMORY_MB_ED1_ELASTIC.min" => l::MEMORY_MB_ED1_ELASTIC.min.to_string(),
        "MEMORY_MB_ED1_ELASTIC.max" => l::MEMORY_MB_ED1_ELASTIC.max.to_string(),
        "MEMORY_MB_ED3" => int(l::MEMORY_MB_ED3),
        "MEMORY_MB_STEP" => l::MEMORY_MB_STEP.to_string(),
        "MNS_FILTER_TAG_MAX" => l::MNS_FILTER_TAG_MAX.to_string(),
        "REGION_INSTANCE_QUOTA_DEFAULT" => l::REGION_INSTANCE_QUOTA_DEFAULT.to_string(),
        "REGION_INSTANCE_QUOTA_OLD" => l::REGION_INSTANCE_QUOTA_OLD.to_string(),
        "RESOLVE_BYTE_BUDGET" => format!("{} MiB", l::RESOLVE_BYTE_BUDGET as u64 / l::MB),
        "RESOLVE_NODE_BUDGET" => grouped(l::RESOLVE_NODE_BUDGET),
        "SYNC_BODY_LIMIT_BYTES" => size(l::SYNC_BODY_LIMIT_BYTES),
        "THROTTLE_HTTP_STATUS" => l::THROTTLE_HTTP_STATUS.to_string(),
        "TIME_BASED_WINDOW_S" => int(l::TIME_BASED_WINDOW_S),
        "TIMEOUT_DEFAULT_S" => l::TIMEOUT_DEFAULT_S.to_string(),
        "TIMEOUT_S" => int(l::TIMEOUT_S),
        "TRIGGER_NAME_MAX" => l::TRIGGER_NAME_MAX.to_string(),
        "YAML_ALIAS_NODE_BUDGET" => grouped(l::YAML_ALIAS_NODE_BUDGET),
        "YAML_MAX_DEPTH" => l::YAML_MAX_DEPTH.to_string(),
        _ => return scf_limit_text(name),
    })
}

/// The SCF numbers (`limits::scf`).
fn scf_limit_text(name: &str) -> Option<String> {
    use crate::limits as l;
    let int = |r: l::IntRange| format!("{}–{}", r.min, r.max);
    let size = crate::config::format_size;
    // 128000 → "128,000", as the SCF quota page writes it.
    let thousands = |n: u64| {
        let d = n.to_string();
        let mut out = String::new();
        for (i, c) in d.chars().enumerate() {
            if i > 0 && (d.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    };
    Some(match name {
        "SCF_CKAFKA_MAX_MSG_NUM" => int(l::SCF_CKAFKA_MAX_MSG_NUM),
        "SCF_CKAFKA_MAX_MSG_NUM.max" => l::SCF_CKAFKA_MAX_MSG_NUM.max.to_string(),
        "SCF_CKAFKA_MAX_MSG_NUM_DEFAULT" => l::SCF_CKAFKA_MAX_MSG_NUM_DEFAULT.to_string(),
        "SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX" => l::SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX.to_string(),
        "SCF_CKAFKA_MAX_MSG_NUM_V1" => int(l::SCF_CKAFKA_MAX_MSG_NUM_V1),
        "SCF_CKAFKA_RETRY_DEFAULT" => l::SCF_CKAFKA_RETRY_DEFAULT.to_string(),
        "SCF_CKAFKA_TIMEOUT_DEFAULT_S" => l::SCF_CKAFKA_TIMEOUT_DEFAULT_S.to_string(),
        "SCF_CKAFKA_TIMEOUT_S" => int(l::SCF_CKAFKA_TIMEOUT_S),
        "SCF_CKAFKA_TIMEOUT_S.max" => l::SCF_CKAFKA_TIMEOUT_S.max.to_string(),
        "SCF_FUNCTION_TIMEOUT_DEFAULT_S" => l::SCF_FUNCTION_TIMEOUT_DEFAULT_S.to_string(),
        "SCF_FUNCTION_TIMEOUT_S" => int(l::SCF_FUNCTION_TIMEOUT_S),
        "SCF_FUNCTION_TIMEOUT_S.max" => l::SCF_FUNCTION_TIMEOUT_S.max.to_string(),
        "SCF_MEMORY_DEFAULT_MB" => l::SCF_MEMORY_DEFAULT_MB.to_string(),
        "SCF_MEMORY_MB.min" => l::SCF_MEMORY_MB.min.to_string(),
        "SCF_MEMORY_MB.max" => l::SCF_MEMORY_MB.max.to_string(),
        "SCF_MEMORY_MB_STEP" => l::SCF_MEMORY_MB_STEP.to_string(),
        "SCF_REGION_QUOTA_MB_LARGE" => thousands(l::SCF_REGION_QUOTA_MB_LARGE),
        "SCF_REGION_QUOTA_MB_OTHER" => thousands(l::SCF_REGION_QUOTA_MB_OTHER),
        "SCF_SYNC_EVENT_LIMIT_BYTES" => size(l::SCF_SYNC_EVENT_LIMIT_BYTES),
        "SCF_TRIGGERS_PER_TYPE_MAX" => l::SCF_TRIGGERS_PER_TYPE_MAX.to_string(),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
