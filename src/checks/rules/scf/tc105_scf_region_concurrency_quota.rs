//! TC105: CKafka triggers in one region that can hold more memory than the SCF quota.

use super::ScfCtx;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The CKafka triggers of the file, by region: each keeps up to one invocation per partition running, and each running instance holds its function's `memorySize` (default {limits::SCF_MEMORY_DEFAULT_MB} MB) of the region's concurrency quota — {limits::SCF_REGION_QUOTA_MB_LARGE} MB in Guangzhou, Shanghai, Beijing, Chengdu and Hong Kong, {limits::SCF_REGION_QUOTA_MB_OTHER} MB in the other regions the docs list, or `scf_region_quota_mb` in fclint.toml. Reported when partitions × `memorySize`, summed, exceed it. Needs the topics' partition counts (`partitions` in fclint.toml or `--partitions TOPIC=N`); closed triggers and triggers the v1 plugin skips hold nothing.
    ///
    /// ## Why it matters
    /// SCF counts concurrency in MB: memory × concurrent instances, shared by every function of the account in the region (https://tencentcloud.com/document/product/583/39464; before 2021 it was a per-function count of instances, so older pages differ). Over the quota, invocations fail with 432 ResourceLimitReached; for a CKafka trigger SCF backs off and retries until it succeeds (https://tencentcloud.com/zh/document/product/583/39851), so the partitions lag and every other function in the region is throttled with them. Example: 250 partitions × 512 MB take a large region's whole quota.
    ///
    /// ## Example
    /// ```yaml
    /// inputs:
    ///   region: ap-singapore
    ///   memorySize: 1024
    ///   events:
    ///     - ckafka:
    ///         parameters:
    ///           topic: orders      # 100 partitions: 100 × 1024 MB
    /// ```
    /// ## Fix
    /// Lower `memorySize`, consume fewer partitions per region, or buy a larger quota and write it as `scf_region_quota_mb`.
    TC105,
    summary: "CKafka triggers in one region can hold more memory (partitions × `memorySize`) than the SCF concurrency quota",
    summary_zh: "同一地域的 CKafka 触发器可能占用的内存（分区数 × `memorySize`）超过 SCF 并发配额",
    doc_zh: include_str!("tc105_scf_region_concurrency_quota.zh.md"),
}

pub(super) fn check(ctx: &ScfCtx<'_, '_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled(Code::TC105) {
        return;
    }
    for r in ctx.regions.iter().filter(|r| r.exceeds()) {
        let (Some(region), Some(quota)) = (&r.region, r.quota_mb) else {
            continue;
        };
        let used = r.used_mb;
        let breakdown = r
            .shares
            .iter()
            .map(|s| {
                format!(
                    "{}/{} {} × {} MB",
                    s.function, s.trigger, s.in_flight, s.memory_mb
                )
            })
            .collect::<Vec<_>>()
            .join(" + ");
        let (whose_en, whose_zh) = if r.quota_configured {
            (
                "`scf_region_quota_mb` in fclint.toml",
                "fclint.toml 中的 `scf_region_quota_mb`",
            )
        } else {
            ("the documented quota", "文档给出的配额")
        };
        for s in &r.shares {
            let d = Diagnostic::new(
                Code::TC105,
                s.span,
                s.pointer.clone(),
                Text::new(
                    format!("CKafka triggers in {region} can hold {used} MB at once ({breakdown}), above the SCF concurrency quota of {quota} MB ({whose_en}); this trigger: {} partition(s) × {} MB = {} MB", s.in_flight, s.memory_mb, s.mb),
                    format!("{region} 的 CKafka 触发器可同时占用 {used} MB（{breakdown}），超过 SCF 并发配额 {quota} MB（{whose_zh}）；本触发器：{} 个分区 × {} MB = {} MB", s.in_flight, s.memory_mb, s.mb),
                ),
            );
            out.push(d.with_help(Text::new(
                "lower `memorySize`, spread the topics over regions, or buy a larger quota and set `scf_region_quota_mb`; over the quota SCF answers 432 and the partitions wait",
                "请降低 `memorySize`、把 topic 分到多个地域，或购买更大配额并设置 `scf_region_quota_mb`；超出配额时 SCF 返回 432，分区随之等待",
            )));
        }
    }
}
