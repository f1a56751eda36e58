//! FN: a function on its own (what its runtime needs, the cpu step and cpu:memory ratio,
//! edition 1 defaults) and against the triggers that invoke it (the delivery timeout of
//! custom-source triggers, the handler time of a whole batch). One file per rule.

pub mod fn001_missing_code_or_handler;
pub mod fn002_cpu_step;
pub mod fn003_cpu_memory_ratio;
pub mod fn004_memory_outside_edition_1_list;
pub mod fn005_edition_1_default_runtime;
pub mod fn101_timeout_exceeds_delivery_timeout;
pub mod fn102_batch_exceeds_timeout;

use crate::checks::Ctx;
use crate::diag::Diagnostic;
use crate::limits;
use crate::model::{Edition, Function};
use crate::source::{Node, Span};

/// The function against its triggers (FN1xx).
pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    for f in &ctx.semantics {
        fn101_timeout_exceeds_delivery_timeout::check(ctx, f, out);
        fn102_batch_exceeds_timeout::check(ctx, f, out);
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

/// `cpu` when it is a known number in the allowed range (out of range is SC005's finding).
fn cpu_in_range<'a>(f: &Function<'a>) -> Option<(&'a Node, f64)> {
    let node = f.cpu()?;
    let cpu = node.as_f64()?;
    limits::CPU.contains(cpu).then_some((node, cpu))
}
