//! FN002: `cpu` that is not a multiple of the vCPU step.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::Function;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That `cpu` is a multiple of {limits::CPU_STEP}.
    ///
    /// ## Why it matters
    /// The FC API rejects other values; neither the fc3 schema nor `s verify` checks it (CreateFunctionInput: https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput).
    ///
    /// ## Example
    /// ```yaml
    /// cpu: 0.33
    /// ```
    /// ## Fix
    /// ```yaml
    /// cpu: 0.35
    /// ```
    FN002,
    summary: "`cpu` is not a multiple of {limits::CPU_STEP} vCPU",
    summary_zh: "`cpu` 不是 {limits::CPU_STEP} vCPU 的整数倍",
    doc_zh: include_str!("fn002_cpu_step.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    let Some((cpu_node, cpu)) = super::cpu_in_range(f) else {
        return;
    };
    let step = limits::CPU_STEP;
    let steps = cpu / step;
    if (steps - steps.round()).abs() <= 1e-6 {
        return;
    }
    let lo = steps.floor() * step;
    let hi = lo + step;
    let fmt = |v: f64| format!("{:.2}", v);
    out.push(
        at(
            Code::FN002,
            cpu_node,
            Text::new(
                format!("`cpu` is {cpu}, not a multiple of {step} vCPU"),
                format!("`cpu` 为 {cpu}，不是 {step} vCPU 的整数倍"),
            ),
        )
        .with_help(Text::new(
            format!("the nearest valid values are {} and {}", fmt(lo), fmt(hi)),
            format!("最接近的合法取值是 {} 和 {}", fmt(lo), fmt(hi)),
        )),
    );
}
