//! SC011: an edition 1 function with no `region` in its props.

use crate::checks::at;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::{Edition, Function};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 1 `props` without `region`.
    ///
    /// ## Why it matters
    /// devsapp/fc takes the region from the command line first and from `props.region` only without it (`this.region = argsData?.region || properties?.region`, https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/index.ts#L815), so `s deploy --region cn-hangzhou` deploys a file without `region`, and commands such as `s local invoke` need none. A plain `s deploy` has no region to deploy to. Edition 3 (fc3) needs `region` in the file, and a missing one there is SC002.
    ///
    /// ## Example
    /// ```yaml
    /// props:
    ///   service:
    ///     name: svc
    /// ```
    /// ## Fix
    /// ```yaml
    /// props:
    ///   region: cn-hangzhou
    ///   service:
    ///     name: svc
    /// ```
    /// or always deploy with `s deploy --region cn-hangzhou`.
    SC011,
    summary: "Edition 1 props without region: it must come from `s deploy --region`",
    summary_zh: "1.x 的 props 没有 region：必须由 `s deploy --region` 提供",
    doc_zh: include_str!("sc011_region_from_command_line.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if f.edition != Edition::V1 || f.props.get("region").is_some() || !f.props.is_map() {
        return;
    }
    out.push(
        at(
            Code::SC011,
            f.props,
            Text::new(
                format!(
                    "`{}` has no `region`: devsapp/fc then needs `s deploy --region REGION`",
                    f.resource
                ),
                format!(
                    "`{}` 没有 `region`：devsapp/fc 需要用 `s deploy --region REGION` 指定",
                    f.resource
                ),
            ),
        )
        .with_help(Text::new(
            "add `region:` to props, or always pass `--region` (enough for `s local` commands)",
            "请在 props 中添加 `region:`，或总是传入 `--region`（`s local` 命令可以不需要）",
        )),
    );
}
