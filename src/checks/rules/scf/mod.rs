//! TC: Tencent Cloud SCF `serverless.yml` files (`component: scf`, `component: multi-scf`,
//! the Serverless Framework v1 plugin `serverless-tencent-scf`). One file per rule; here, the
//! walk over the model and its semantics ([`crate::semantics::scf`]), computed once per
//! document.
//!
//! `TC0xx` look at one trigger, function or key as written; `TC1xx` weigh it against
//! something else — the inventory (message sizes, handler times, partitions), another part of
//! the file, the region's quota.

pub mod tc001_ckafka_max_msg_num_out_of_range;
pub mod tc002_ckafka_timeout_out_of_range;
pub mod tc003_ckafka_invalid_offset;
pub mod tc004_ckafka_offset_timestamp_word;
pub mod tc005_ckafka_invalid_retry;
pub mod tc006_trigger_created_closed;
pub mod tc007_v1_trigger_name_mismatch;
pub mod tc008_unknown_trigger_type;
pub mod tc009_scf_unknown_key;
pub mod tc010_missing_trigger_parameter;
pub mod tc011_too_many_triggers_of_one_type;
pub mod tc012_scf_invalid_setting;
pub mod tc101_ckafka_batch_split_at_event_limit;
pub mod tc102_ckafka_message_above_event_limit;
pub mod tc103_ckafka_batch_exceeds_function_timeout;
pub mod tc104_multi_scf_unknown_function;
pub mod tc105_scf_region_concurrency_quota;
mod typos;

use std::cell::RefCell;

use crate::checks::MissingFact;
use crate::codes::{Code, Fact};
use crate::config::Config;
use crate::diag::{Diagnostic, Text};
use crate::model::scf::{ScfModel, ScfTrigger};
use crate::semantics::scf::{self as sem, ScfFunctionSemantics, ScfRegionLoad};
use crate::source::Span;

/// What an SCF rule can see: the model, and its semantics computed once.
pub struct ScfCtx<'a, 'i> {
    pub model: &'a ScfModel<'a>,
    pub config: &'i Config,
    pub functions: Vec<ScfFunctionSemantics<'a, 'i>>,
    pub regions: Vec<ScfRegionLoad>,
    pub missing: RefCell<Vec<MissingFact>>,
}

impl ScfCtx<'_, '_> {
    pub fn enabled(&self, code: Code) -> bool {
        self.config.rules.enabled(code)
    }

    /// Record that the selected ones of `codes` did not run for want of `fact`.
    pub fn missing(&self, span: Span, codes: &[Code], fact: Fact, subject: String, how: Text) {
        let codes: Vec<Code> = codes.iter().copied().filter(|c| self.enabled(*c)).collect();
        if codes.is_empty() {
            return;
        }
        self.missing.borrow_mut().push(MissingFact {
            span,
            codes,
            fact,
            subject,
            how,
        });
    }
}

/// Run every SCF rule over one document; returns the rules that did not run for want of a
/// fact.
pub fn run(model: &ScfModel<'_>, config: &Config, out: &mut Vec<Diagnostic>) -> Vec<MissingFact> {
    let functions = sem::analyze(model, &config.inventory);
    let regions = sem::regions(&functions, &config.inventory);
    let ctx = ScfCtx {
        model,
        config,
        functions,
        regions,
        missing: RefCell::new(Vec::new()),
    };
    for section in model.sections() {
        tc009_scf_unknown_key::check(&ctx, &section, out);
        tc012_scf_invalid_setting::check(&ctx, &section, out);
    }
    // Triggers under a misspelt list key (`trigers:`): the key is one TC009, and what each
    // trigger holds is checked as if the list were spelt right.
    let misspelt_lists = typos::under_misspelt_list(model);
    for t in model.triggers().chain(&misspelt_lists) {
        tc008_unknown_trigger_type::check(&ctx, t, out);
        tc010_missing_trigger_parameter::check(&ctx, t, out);
        tc104_multi_scf_unknown_function::check(&ctx, t, out);
    }
    for f in &ctx.functions {
        tc011_too_many_triggers_of_one_type::check(&ctx, f, out);
        for t in &f.triggers {
            parameters(&ctx, t, out);
            let Some(c) = &t.ckafka else { continue };
            message_size(&ctx, t, c, out);
            tc103_ckafka_batch_exceeds_function_timeout::check(&ctx, f, t, out);
        }
    }
    // Triggers a typo hides from the loop above (a `function` that names no function, a type,
    // `parameters` or the list misspelt): the typo is reported once, their parameters here.
    let hidden = model
        .functions
        .iter()
        .flat_map(|f| f.triggers.iter())
        .filter_map(typos::as_meant)
        .chain(
            model
                .unattached
                .iter()
                .chain(&misspelt_lists)
                .map(|t| typos::as_meant(t).unwrap_or_else(|| t.clone())),
        );
    for t in hidden {
        let t = sem::trigger_alone(&t, &config.inventory);
        parameters(&ctx, &t, out);
    }
    tc105_scf_region_concurrency_quota::check(&ctx, out);
    ctx.missing.into_inner()
}

/// The checks of a trigger's parameters alone, without its function.
fn parameters(
    ctx: &ScfCtx<'_, '_>,
    t: &sem::ScfTriggerSemantics<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    tc006_trigger_created_closed::check(ctx, t, out);
    tc007_v1_trigger_name_mismatch::check(ctx, t, out);
    let Some(c) = &t.ckafka else { return };
    tc001_ckafka_max_msg_num_out_of_range::check(ctx, c, out);
    tc002_ckafka_timeout_out_of_range::check(ctx, c, out);
    tc003_ckafka_invalid_offset::check(ctx, c, out);
    tc004_ckafka_offset_timestamp_word::check(ctx, c, out);
    tc005_ckafka_invalid_retry::check(ctx, c, out);
}

/// TC101 and TC102 need the topic's message size.
fn message_size(
    ctx: &ScfCtx<'_, '_>,
    t: &sem::ScfTriggerSemantics<'_, '_>,
    c: &sem::CkafkaFacts<'_, '_>,
    out: &mut Vec<Diagnostic>,
) {
    match c.topic_facts.filter(|f| f.message_size.is_some()) {
        Some(f) => {
            tc101_ckafka_batch_split_at_event_limit::check(ctx, t, c, out);
            tc102_ckafka_message_above_event_limit::check(ctx, c, f, out);
        }
        None => {
            let Some(topic) = c.topic.and_then(|s| s.text()) else {
                return;
            };
            ctx.missing(
                t.trigger.type_span,
                &[Code::TC101, Code::TC102],
                Fact::MessageSize,
                format!("topic `{topic}`"),
                Text::new(
                    format!("add `message_size` (and `max_message_size`) to the [[topic]] of `{topic}` in fclint.toml, or pass --message-size {topic}=SIZE"),
                    format!("请在 fclint.toml 中 `{topic}` 的 [[topic]] 里写明 `message_size`（及 `max_message_size`），或使用 --message-size {topic}=SIZE"),
                ),
            );
        }
    }
}

/// A finding at the key `key` of the trigger's `parameters` (or at `parameters:` itself, or the
/// trigger type, when the key is absent).
pub(crate) fn at_param(t: &ScfTrigger<'_>, key: &str, code: Code, message: Text) -> Diagnostic {
    let params = t.params.filter(|p| p.is_map());
    if let Some(e) = params.and_then(|p| p.entry(key)) {
        return Diagnostic::new(code, e.key_span, e.value.pointer.clone(), message);
    }
    match t.body.and_then(|b| b.entry("parameters")) {
        Some(e) => Diagnostic::new(code, e.key_span, e.value.pointer.clone(), message),
        None => Diagnostic::new(code, t.type_span, t.node.pointer.clone(), message),
    }
}

/// `ckafka` (or the type as written) for messages.
pub(crate) fn type_of(t: &ScfTrigger<'_>) -> String {
    t.type_text.clone().unwrap_or_else(|| "?".into())
}
