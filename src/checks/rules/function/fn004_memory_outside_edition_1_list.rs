//! FN004: an edition 1 `memorySize` the devsapp/fc schema does not list.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Edition, Function};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 1 `memorySize` against the values the devsapp/fc schema lists ({limits::MEMORY_MB_ED1}).
    ///
    /// ## Why it matters
    /// FC 2.0 accepts any multiple of {limits::MEMORY_MB_STEP} MB from {limits::MEMORY_MB_ED1_ELASTIC.min} to {limits::MEMORY_MB_ED1_ELASTIC.max} for elastic instances (https://help.aliyun.com/document_detail/115390.html), so other values deploy; but registry and console tools built on that schema (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/publish.yaml) may reject them. Official examples use such values, so this is information only, never a warning or an error.
    ///
    /// ## Example
    /// ```yaml
    /// memorySize: 640
    /// ```
    /// ## Fix
    /// Keep it if you deploy with the CLI only, or use 512 / 1024.
    FN004,
    summary: "Edition 1 memorySize outside the devsapp/fc list",
    summary_zh: "1.x 的 memorySize 不在 devsapp/fc 列出的取值中",
    doc_zh: include_str!("fn004_memory_outside_edition_1_list.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if f.edition != Edition::V1 {
        return;
    }
    let Some(m) = f.memory_size() else { return };
    let Some(v) = m.as_i64() else { return };
    if !limits::MEMORY_MB_ED3.contains(v)
        || v % limits::MEMORY_MB_STEP != 0
        || limits::MEMORY_MB_ED1.contains(&v)
    {
        return;
    }
    let list = limits::MEMORY_MB_ED1
        .iter()
        .map(i64::to_string)
        .collect::<Vec<_>>()
        .join(", ");
    out.push(
        at(
            Code::FN004,
            m,
            Text::new(
                format!("memorySize {v} MB is not in the devsapp/fc list ({list})"),
                format!("memorySize {v} MB 不在 devsapp/fc 列出的取值中（{list}）"),
            ),
        )
        .with_help(Text::new(
            "FC 2.0 accepts it; tools built on the devsapp/fc schema (registry, console) may not",
            "FC 2.0 接受该值；基于 devsapp/fc schema 的工具（应用中心、控制台）可能不接受",
        )),
    );
}
