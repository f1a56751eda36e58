//! The rules as users read them: every rule's documentation, from the file that declares it,
//! for `fclint rules`, `fclint explain CODE`, SARIF `rules[]` and JUnit. The code, name,
//! severity and needed facts come from the one registry in [`crate::codes`].

use std::sync::OnceLock;

use crate::codes::{Code, Fact, RuleDoc, Severity};
use crate::diag::Lang;

/// The documentation every rule declares, in any order.
fn declared() -> Vec<&'static RuleDoc> {
    let mut v: Vec<&'static RuleDoc> = Vec::new();
    v.extend([
        &crate::source::rules::sy001_yaml_syntax::DOC,
        &crate::source::rules::sy002_duplicate_key::DOC,
        &crate::source::rules::sy003_yaml_too_complex::DOC,
        &crate::source::rules::sy004_multiple_documents::DOC,
        &crate::source::rules::sy005_unreadable_file::DOC,
    ]);
    v.extend([
        &super::rules::structure::ld001_missing_edition::DOC,
        &super::rules::structure::ld002_skipped_component::DOC,
        &super::rules::structure::ld003_component_by_shape::DOC,
        &super::rules::structure::ld004_services_in_edition_3::DOC,
        &super::rules::structure::ld005_no_functions::DOC,
        &super::rules::structure::ld006_not_an_s_yaml::DOC,
    ]);
    v.extend([
        &super::rules::schema::sc001_invalid_type::DOC,
        &super::rules::schema::sc002_missing_required_key::DOC,
        &super::rules::schema::sc003_unknown_key::DOC,
        &super::rules::schema::sc004_invalid_value::DOC,
        &super::rules::schema::sc005_out_of_range::DOC,
        &super::rules::schema::sc006_not_a_multiple::DOC,
        &super::rules::schema::sc007_invalid_format::DOC,
        &super::rules::schema::sc008_number_as_string::DOC,
        &super::rules::schema::sc009_unlisted_value::DOC,
        &super::rules::schema::sc010_env_value_not_string::DOC,
    ]);
    v.extend([
        &super::rules::function::fn001_missing_code_or_handler::DOC,
        &super::rules::function::fn002_cpu_step::DOC,
        &super::rules::function::fn003_cpu_memory_ratio::DOC,
        &super::rules::function::fn004_memory_outside_edition_1_list::DOC,
        &super::rules::function::fn005_edition_1_default_runtime::DOC,
        &super::rules::function::fn101_timeout_exceeds_delivery_timeout::DOC,
        &super::rules::function::fn102_batch_exceeds_timeout::DOC,
    ]);
    v.extend([
        &super::rules::triggers::tr001_invalid_cron::DOC,
        &super::rules::triggers::tr002_oss_filter_key_casing::DOC,
        &super::rules::triggers::tr003_source_parameters_mismatch::DOC,
        &super::rules::triggers::tr101_duplicate_trigger_name::DOC,
        &super::rules::triggers::tr102_shared_eventbridge_source_arn::DOC,
    ]);
    v.extend([
        &super::rules::eventbridge::eb001_consumer_tasks_exceed_partitions::DOC,
        &super::rules::eventbridge::eb002_consumer_tasks_below_partitions::DOC,
        &super::rules::eventbridge::eb003_kafka_only_option::DOC,
        &super::rules::eventbridge::eb004_delivery_concurrency_below_consumers::DOC,
        &super::rules::eventbridge::eb005_concurrency_with_async::DOC,
        &super::rules::eventbridge::eb006_dlq_without_errors_tolerance_all::DOC,
        &super::rules::eventbridge::eb007_errors_tolerance_none_blocks::DOC,
        &super::rules::eventbridge::eb008_errors_tolerance_all_without_dlq::DOC,
        &super::rules::eventbridge::eb009_batch_split_by_body_limit::DOC,
        &super::rules::eventbridge::eb010_message_exceeds_body_limit::DOC,
        &super::rules::eventbridge::eb011_time_window_zero_with_batch::DOC,
        &super::rules::eventbridge::eb012_event_driven_not_supported::DOC,
        &super::rules::eventbridge::eb013_run_options_ignored_event_driven::DOC,
        &super::rules::eventbridge::eb014_kafka_public_network_incomplete::DOC,
        &super::rules::eventbridge::eb015_rocketmq_timestamp_missing::DOC,
    ]);
    v.extend([
        &super::rules::async_config::as001_invalid_async_destination::DOC,
        &super::rules::async_config::as002_async_destination_self::DOC,
        &super::rules::async_config::as003_async_event_age_above_api_max::DOC,
    ]);
    v.push(&super::rules::capacity::cp001_region_instance_quota::DOC);
    v.extend(super::rules::RULES.iter().flat_map(|f| f.iter()));
    v.extend([
        &crate::resolve::rules::vr001_unresolvable_reference::DOC,
        &crate::resolve::rules::vr002_reference_cycle::DOC,
        &crate::resolve::rules::vr003_missing_file::DOC,
        &crate::resolve::rules::vr004_extend_cycle::DOC,
        &crate::resolve::rules::vr005_unknown_template::DOC,
        &crate::resolve::rules::vr006_edition_1_variable_syntax::DOC,
        &crate::resolve::rules::vr007_unparsable_included_file::DOC,
        &crate::resolve::rules::vr008_variable_expansion_too_large::DOC,
    ]);
    v
}

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

/// The documentation as shown: a doc comment loses the space rustc keeps after `///`.
fn render(text: &str) -> String {
    let from_doc_comment = text.lines().all(|l| l.is_empty() || l.starts_with(' '));
    if !from_doc_comment {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        out.push_str(line.strip_prefix(' ').unwrap_or(line));
    }
    out
}

/// Every rule, in code order (the order of [`Code::ALL`]).
pub fn all() -> &'static [Rule] {
    static ALL: OnceLock<Vec<Rule>> = OnceLock::new();
    ALL.get_or_init(|| {
        let declared = declared();
        Code::ALL
            .iter()
            .map(|&code| {
                let d = declared.iter().find(|d| d.code == code);
                Rule {
                    code,
                    file: d.map(|d| d.file).unwrap_or(""),
                    summary: [
                        d.map(|d| render(d.summary)).unwrap_or_default(),
                        d.map(|d| render(d.summary_zh)).unwrap_or_default(),
                    ],
                    doc: [
                        d.map(|d| render(d.doc)).unwrap_or_default(),
                        d.map(|d| render(d.doc_zh)).unwrap_or_default(),
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
    fn every_code_is_declared_by_exactly_one_file() {
        let declared = declared();
        for code in Code::ALL {
            let n = declared.iter().filter(|d| d.code == *code).count();
            assert_eq!(n, 1, "{code} is declared {n} times");
        }
        assert_eq!(declared.len(), Code::ALL.len());
        for (i, r) in all().iter().enumerate() {
            assert_eq!(r.code, Code::ALL[i]);
            assert_eq!(get(r.code).code, r.code);
        }
    }
}
