//! TR: triggers — each on its own (cron syntax, OSS filter casing, the source-parameter
//! block of EventBridge triggers) and across a file (duplicate names, a shared `sourceArn`).
//! One file per rule.

pub mod tr001_invalid_cron;
pub mod tr002_oss_filter_key_casing;
pub mod tr003_source_parameters_mismatch;
pub mod tr101_duplicate_trigger_name;
pub mod tr102_shared_eventbridge_source_arn;

use crate::checks::Ctx;
use crate::diag::Diagnostic;
use crate::model::{Function, Trigger, TriggerType};
use crate::source::SourceMap;

/// Checks across the triggers of a file (TR1xx).
pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    tr101_duplicate_trigger_name::check(ctx, out);
    tr102_shared_eventbridge_source_arn::check(ctx, out);
}

/// One trigger on its own (TR0xx), with the schema checks.
pub(crate) fn check_one(
    f: &Function<'_>,
    t: &Trigger<'_>,
    sources: &SourceMap,
    out: &mut Vec<Diagnostic>,
) {
    let Some(config) = t.config else { return };
    match t.trigger_type() {
        Some(TriggerType::Timer) => tr001_invalid_cron::check(config, out),
        Some(TriggerType::Oss) => tr002_oss_filter_key_casing::check(f, config, sources, out),
        Some(TriggerType::EventBridge) => tr003_source_parameters_mismatch::check(t, out),
        _ => {}
    }
}
