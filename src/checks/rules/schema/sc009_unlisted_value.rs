//! SC009: a runtime, region or disk size that no published schema or API page names.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::Function;

crate::codes::declare_rule! {
    /// ## What it checks
    /// `runtime` and `region` against the values named by the fc3 and devsapp/fc schemas, with a suggestion for typos (`cn-hangzou` → `cn-hangzhou`); `diskSize` against the documented {limits::DISK_SIZES_MB} MB (fc3's own end-to-end tests deploy 61440, so other sizes are a warning).
    ///
    /// ## Why it matters
    /// The lists are those of the fc3 schema (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/schema.json) and the devsapp/fc schema (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/publish.yaml). FC adds runtimes and regions faster than schemas follow, so an unlisted value is only a warning; but a typo fails the deploy.
    ///
    /// ## Example
    /// ```yaml
    /// region: cn-hangzou
    /// ```
    /// ## Fix
    /// ```yaml
    /// region: cn-hangzhou
    /// ```
    SC009,
    summary: "A runtime, region or disk size that no published schema or API page names",
    summary_zh: "任何已发布 schema 或 API 文档都未列出的运行时、地域或磁盘大小",
    doc_zh: include_str!("sc009_unlisted_value.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    for (node, list, what, what_zh) in [
        (f.runtime(), limits::RUNTIMES, "runtime", "运行时"),
        (f.region(), limits::REGIONS, "region", "地域"),
    ] {
        let Some(node) = node else { continue };
        let Some(v) = node.as_str() else { continue };
        if list.contains(&v) || v.contains("${") || v.contains("{{") {
            continue;
        }
        let mut d = at(
            Code::SC009,
            node,
            Text::new(
                format!("{what} `{v}` is not named by the fc3 or devsapp/fc schemas"),
                format!("{what_zh} `{v}` 未被 fc3 或 devsapp/fc 的 schema 列出"),
            ),
        );
        d.help = Some(match crate::text::did_you_mean(v, list.iter().copied()) {
            Some(s) => Text::new(format!("did you mean `{s}`?"), format!("是否想写 `{s}`？")),
            None => Text::new(
                format!("check that FC offers this {what}; fclint only knows the published lists"),
                format!("请确认函数计算提供该{what_zh}；fclint 只知道已发布的列表"),
            ),
        });
        out.push(d);
    }
    let Some(d) = f.disk_size() else { return };
    let Some(v) = d.as_i64() else { return };
    let sizes = limits::DISK_SIZES_MB;
    if v < sizes[0] || sizes.contains(&v) {
        return;
    }
    let list = sizes.iter().map(i64::to_string).collect::<Vec<_>>();
    out.push(
        at(
            Code::SC009,
            d,
            Text::new(
                format!("diskSize {v} MB is not a documented size ({})", list.join(", ")),
                format!("diskSize {v} MB 不是文档列出的大小（{}）", list.join(", ")),
            ),
        )
        .with_help(Text::new(
            format!("the FC API documents {} MB; larger disks exist for some instance types — check the console", list.join(" and ")),
            format!("函数计算 API 文档只列出 {} MB；部分实例类型支持更大磁盘，请在控制台确认", list.join(" 和 ")),
        )),
    );
}
