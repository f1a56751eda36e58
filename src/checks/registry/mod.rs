//! The rules as users read them: every rule's documentation, from the file that declares it,
//! for `fclint rules`, `fclint explain CODE`, SARIF `rules[]` and JUnit. The code, name,
//! severity and needed facts come from the one registry in [`crate::codes`].
//!
//! Platform numbers in a rule's summary and documentation are written `{limits::NAME}` and
//! filled in here from `limits.rs`, so the docs say what the checks do; a test fails when a
//! number from `limits.rs` is written out in a doc or a message instead.

use std::sync::OnceLock;

mod limits_text;
#[cfg(test)]
mod tests;

use limits_text::fill_limits;

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
    &crate::checks::rules::eventbridge::eb016_errors_tolerance_none_async::DOC,
    &crate::checks::rules::eventbridge::eb017_source_in_other_region::DOC,
    &crate::checks::rules::eventbridge::eb018_invalid_dead_letter_queue::DOC,
    &crate::checks::rules::eventbridge::eb019_run_options_on_default_source::DOC,
    &crate::checks::rules::eventbridge::eb020_rocketmq_null_tag::DOC,
    &crate::checks::rules::eventbridge::eb021_missing_filter_pattern::DOC,
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
    &crate::checks::rules::structure::ld007_edition_1_layout_in_edition_3::DOC,
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
    &crate::checks::rules::schema::sc011_region_from_command_line::DOC,
    &crate::checks::rules::suppress::sp001_unused_suppression::DOC,
    &crate::checks::rules::suppress::sp002_malformed_suppression::DOC,
    &crate::source::rules::sy001_yaml_syntax::DOC,
    &crate::source::rules::sy002_duplicate_key::DOC,
    &crate::source::rules::sy003_yaml_too_complex::DOC,
    &crate::source::rules::sy004_multiple_documents::DOC,
    &crate::source::rules::sy005_unreadable_file::DOC,
    &crate::source::rules::sy006_too_many_findings::DOC,
    &crate::source::rules::sy007_registry_template_source::DOC,
    &crate::checks::rules::scf::tc001_ckafka_max_msg_num_out_of_range::DOC,
    &crate::checks::rules::scf::tc002_ckafka_timeout_out_of_range::DOC,
    &crate::checks::rules::scf::tc003_ckafka_invalid_offset::DOC,
    &crate::checks::rules::scf::tc004_ckafka_offset_timestamp_word::DOC,
    &crate::checks::rules::scf::tc005_ckafka_invalid_retry::DOC,
    &crate::checks::rules::scf::tc006_trigger_created_closed::DOC,
    &crate::checks::rules::scf::tc007_v1_trigger_name_mismatch::DOC,
    &crate::checks::rules::scf::tc008_unknown_trigger_type::DOC,
    &crate::checks::rules::scf::tc009_scf_unknown_key::DOC,
    &crate::checks::rules::scf::tc010_missing_trigger_parameter::DOC,
    &crate::checks::rules::scf::tc011_too_many_triggers_of_one_type::DOC,
    &crate::checks::rules::scf::tc012_scf_invalid_setting::DOC,
    &crate::checks::rules::scf::tc101_ckafka_batch_split_at_event_limit::DOC,
    &crate::checks::rules::scf::tc102_ckafka_message_above_event_limit::DOC,
    &crate::checks::rules::scf::tc103_ckafka_batch_exceeds_function_timeout::DOC,
    &crate::checks::rules::scf::tc104_multi_scf_unknown_function::DOC,
    &crate::checks::rules::scf::tc105_scf_region_concurrency_quota::DOC,
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
    &crate::resolve::rules::vr009_read_outside_project_root::DOC,
    &crate::resolve::rules::vr010_missing_extend_base::DOC,
    &crate::resolve::rules::vr011_unquoted_env_argument::DOC,
];

/// One rule with its documentation as shown.
#[derive(Debug)]
pub struct Rule {
    pub code: Code,
    /// The file that declares the rule.
    pub file: &'static str,
    /// Whether its findings can carry an automatic fix, and of which kind.
    pub fix: Option<crate::codes::Applicability>,
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
                    fix: d.and_then(|d| d.fix),
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
