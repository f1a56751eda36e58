//! CP: capacity against quotas — the instances Kafka delivery concurrency can demand in a region.

use std::collections::BTreeMap;

use super::{help, severity};
use crate::checks::registry::RuleMeta;
use crate::checks::Ctx;
use crate::diag::{Diagnostic, Severity, Text};
use crate::limits;
use crate::model::SourceType;
use crate::source::Node;

struct Contribution<'a> {
    node: &'a Node,
    who: String,
    concurrency: i64,
    instance_concurrency: i64,
    instances: i64,
}

pub fn check(ctx: &Ctx<'_>, out: &mut Vec<Diagnostic>) {
    if !ctx.enabled("CP001") {
        return;
    }
    let mut by_region: BTreeMap<&str, Vec<Contribution<'_>>> = BTreeMap::new();
    for f in &ctx.model.functions {
        let Some(region) = f.region_str() else {
            continue;
        };
        let Some(ic) = f.effective_instance_concurrency() else {
            continue;
        };
        for t in &f.triggers {
            let Some(eb) = t.eventbridge() else { continue };
            if eb.source_type() != Some(SourceType::Kafka) || eb.is_async() != Some(false) {
                continue;
            }
            let Some(node) = eb.concurrency() else {
                continue;
            };
            // Out-of-range values are SC005's finding.
            let Some(c) = node
                .as_i64()
                .filter(|c| limits::DELIVERY_CONCURRENCY.contains(*c))
            else {
                continue;
            };
            by_region.entry(region).or_default().push(Contribution {
                node,
                who: format!("{}/{}", f.label(), t.label()),
                concurrency: c,
                instance_concurrency: ic,
                instances: crate::plan::calc::instances_for(c as u64, ic as u64) as i64,
            });
        }
    }
    let quota = ctx.config.inventory.region_quota();
    let default_note = if ctx.config.inventory.region_quota.is_none() {
        (
            format!(" (fclint's default; set `region_quota` in fclint.toml to your Quota Center value, often {})", limits::REGION_INSTANCE_QUOTA_OLD),
            format!("（fclint 的默认值；请在 fclint.toml 中把 `region_quota` 设为配额中心的实际值，常见为 {}）", limits::REGION_INSTANCE_QUOTA_OLD),
        )
    } else {
        (String::new(), String::new())
    };
    for (region, list) in by_region {
        let total: i64 = list.iter().map(|c| c.instances).sum();
        // Compared without overflow: a quota of u64::MAX is not -1.
        if i128::from(total) <= i128::from(quota) {
            continue;
        }
        let breakdown = list
            .iter()
            .map(|c| format!("{} {}", c.who, c.instances))
            .collect::<Vec<_>>()
            .join(" + ");
        for c in &list {
            let mut d = Diagnostic::new(
                "CP001",
                severity("CP001"),
                c.node.span,
                c.node.pointer.clone(),
                Text::new(
                    format!(
                        "Kafka delivery in {region} can need {total} instances at full concurrency ({breakdown}), above the region quota of {quota}; this trigger: ⌈{}/{}⌉ = {}",
                        c.concurrency, c.instance_concurrency, c.instances
                    ),
                    format!(
                        "{region} 的 Kafka 投递在满并发时需要 {total} 个实例（{breakdown}），超过地域配额 {quota}；本触发器：⌈{}/{}⌉ = {}",
                        c.concurrency, c.instance_concurrency, c.instances
                    ),
                ),
            );
            if let Some(n) = crate::resolve::origin_note(c.node) {
                d.notes.push(n);
            }
            out.push(d.with_help(help(
                format!("lower `concurrency`, raise `instanceConcurrency`, or request a higher quota; the quota is {quota}{}", default_note.0),
                format!("请降低 `concurrency`、提高 `instanceConcurrency` 或申请更高配额；当前配额为 {quota}{}", default_note.1),
            )));
        }
    }
}

pub static RULES: &[RuleMeta] = &[RuleMeta {
    code: "CP001",
    name: "region-instance-quota",
    severity: Severity::Warning,
    summary:
        "Kafka delivery concurrency in one region can need more instances than the region quota",
    summary_zh: "同一地域的 Kafka 投递并发所需实例数可能超过地域配额",
    doc: r#"## What it checks
For each region, the sum over the file's synchronous Kafka triggers of ⌈`deliveryOption.concurrency` / `instanceConcurrency`⌉ — the instances FC must run when every trigger delivers at full concurrency — against the region instance quota. Each contributing trigger gets the warning with the total.

The quota is `region_quota` in fclint.toml, else **100**. The docs disagree on the default: 100 on the FC 3.0 pages and the Dec-2025 English page, 300 on FC 2.0 pages, a 2024 page and an Apr-2026 English page (https://help.aliyun.com/zh/functioncompute/fc-3-0/user-guide/overview-of-configuring-the-maximum-number-of-on-demand-instances). fclint takes the lower value so that the warning errs on the safe side; read your real value in Quota Center and set `region_quota`.

## Why it matters
FC fills an instance up to `instanceConcurrency` before it starts another (https://help.aliyun.com/document_detail/144586.html), so each trigger can need ⌈concurrency / instanceConcurrency⌉ instances. Past the quota FC throttles with 429 `ResourceExhausted`; for EventBridge delivery a throttle is a failed delivery that goes through the retry policy, and the lag grows. The quota is per account and region, so other applications' usage counts too.

## Example
```yaml
# two functions in cn-hangzhou, instanceConcurrency 1
deliveryOption:
  concurrency: 80
# …
deliveryOption:
  concurrency: 40      # 80 + 40 = 120 > 100
```
## Fix
Raise `instanceConcurrency` (custom runtimes), lower `concurrency`, or request a higher quota and record it:
```toml
region_quota = 300
```
"#,
    doc_zh: r#"## 检查内容
对每个地域，把文件中同步 Kafka 触发器的 ⌈`deliveryOption.concurrency` / `instanceConcurrency`⌉ 相加——即所有触发器满并发投递时函数计算要运行的实例数——与地域实例配额比较。每个参与求和的触发器都会收到带总数的警告。

配额取 fclint.toml 中的 `region_quota`，否则为 **100**。文档对默认值说法不一：函数计算 3.0 页面和 2025 年 12 月的英文页面为 100，函数计算 2.0 页面、2024 年页面和 2026 年 4 月的英文页面为 300（https://help.aliyun.com/zh/functioncompute/fc-3-0/user-guide/overview-of-configuring-the-maximum-number-of-on-demand-instances）。fclint 取较小值，让警告偏向安全；请在配额中心查看实际值并设置 `region_quota`。

## 为什么重要
函数计算先把一个实例用满 `instanceConcurrency` 再创建新实例（https://help.aliyun.com/document_detail/144586.html），因此每个触发器可能需要 ⌈concurrency / instanceConcurrency⌉ 个实例。超过配额时函数计算以 429 `ResourceExhausted` 限流；对事件总线投递而言，限流就是一次失败的投递，进入重试策略，积压随之增长。配额按账号和地域计算，其他应用的用量也计入。

## 示例
```yaml
# cn-hangzhou 的两个函数，instanceConcurrency 为 1
deliveryOption:
  concurrency: 80
# …
deliveryOption:
  concurrency: 40      # 80 + 40 = 120 > 100
```
## 修复
提高 `instanceConcurrency`（自定义运行时）、降低 `concurrency`，或申请更高配额并记录下来：
```toml
region_quota = 300
```
"#,
    needs: &[],
}];
