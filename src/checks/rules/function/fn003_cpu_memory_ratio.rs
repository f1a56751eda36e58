//! FN003: memory (GB) outside the allowed multiples of the vCPUs.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::Function;

crate::codes::declare_rule! {
    /// ## What it checks
    /// That memory in GB lies between {limits::CPU_MEMORY_RATIO_MIN}× and {limits::CPU_MEMORY_RATIO_MAX}× `cpu` (cpu : memory from 1:{limits::CPU_MEMORY_RATIO_MIN} to 1:{limits::CPU_MEMORY_RATIO_MAX}) when both are set.
    ///
    /// ## Why it matters
    /// The FC API rejects other combinations; no Serverless Devs tool checks it before deploy (CreateFunctionInput: https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput). For 512 MB, cpu must be 0.15–0.5.
    ///
    /// ## Example
    /// ```yaml
    /// cpu: 4
    /// memorySize: 1024
    /// ```
    /// ## Fix
    /// ```yaml
    /// cpu: 1
    /// memorySize: 1024
    /// ```
    FN003,
    summary: "Memory (GB) is not between {limits::CPU_MEMORY_RATIO_MIN}× and {limits::CPU_MEMORY_RATIO_MAX}× the vCPUs",
    summary_zh: "内存（GB）不在 vCPU 的 {limits::CPU_MEMORY_RATIO_MIN} 到 {limits::CPU_MEMORY_RATIO_MAX} 倍之间",
    doc_zh: include_str!("fn003_cpu_memory_ratio.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    let Some((cpu_node, cpu)) = super::cpu_in_range(f) else {
        return;
    };
    let Some(mem_node) = f.memory_size() else {
        return;
    };
    let Some(mem) = mem_node.as_f64() else {
        return;
    };
    let (lo, hi, step) = (
        limits::CPU_MEMORY_RATIO_MIN,
        limits::CPU_MEMORY_RATIO_MAX,
        limits::CPU_STEP,
    );
    let gb = mem / 1024.0;
    let min_gb = cpu * lo;
    let max_gb = cpu * hi;
    if !(gb + 1e-9 < min_gb || gb > max_gb + 1e-9) {
        return;
    }
    let cpu_lo = gb / hi;
    let cpu_hi = gb / lo;
    let mem_lo = (min_gb * 1024.0).ceil();
    let mem_hi = (max_gb * 1024.0).floor();
    out.push(
        at(
            Code::FN003,
            cpu_node,
            Text::new(
                format!("cpu {cpu} with memorySize {mem} MB ({gb:.3} GB): memory must be between {lo}× and {hi}× the vCPUs ({min_gb:.3}–{max_gb:.3} GB)"),
                format!("cpu {cpu} 配 memorySize {mem} MB（{gb:.3} GB）：内存必须在 vCPU 的 {lo} 到 {hi} 倍之间（{min_gb:.3}–{max_gb:.3} GB）"),
            ),
        )
        .with_note(mem_node.span, Text::new("memory set here", "内存在此设置"))
        .with_help(Text::new(
            format!("for {mem} MB use cpu {cpu_lo:.3}–{cpu_hi:.3} (in steps of {step}); for cpu {cpu} use memorySize {mem_lo}–{mem_hi} MB"),
            format!("{mem} MB 内存应配 cpu {cpu_lo:.3}–{cpu_hi:.3}（步长 {step}）；cpu {cpu} 应配 memorySize {mem_lo}–{mem_hi} MB"),
        )),
    );
}
