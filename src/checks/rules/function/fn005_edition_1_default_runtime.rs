//! FN005: an edition 1 function without `runtime`, which gets devsapp/fc's default.

use super::function_anchor;
use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::limits;
use crate::model::{Edition, Function};

crate::codes::declare_rule! {
    /// ## What it checks
    /// Edition 1 functions (`services.<name>.props.function`) without `runtime`.
    ///
    /// ## Why it matters
    /// devsapp/fc does not require `runtime`: it deploys its own default, `nodejs10` (`FUNCTION_CONF_DEFAULT` in fc-deploy, https://github.com/devsapp/fc-deploy/blob/main/src/lib/static.ts). That is rarely the runtime the code was written for, and it is an old Node.js version. (A missing `handler` is fine: the same defaults fill in `index.handler`.)
    ///
    /// ## Example
    /// ```yaml
    /// function:
    ///   name: api
    ///   codeUri: ./code
    /// ```
    /// ## Fix
    /// ```yaml
    /// function:
    ///   name: api
    ///   codeUri: ./code
    ///   runtime: python3.10
    /// ```
    FN005,
    summary: "An edition 1 function without `runtime` gets devsapp/fc's default `nodejs10`",
    summary_zh: "1.x 函数未设置 `runtime` 时会使用 devsapp/fc 的默认值 `nodejs10`",
    doc_zh: include_str!("fn005_edition_1_default_runtime.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, out: &mut Vec<Diagnostic>) {
    if f.function.is_none() || f.edition != Edition::V1 || f.runtime().is_some() {
        return;
    }
    let (span, pointer) = function_anchor(f);
    out.push(
        Diagnostic::new(
            Code::FN005,
            span,
            pointer,
            Text::new(
                format!(
                    "no `runtime`: devsapp/fc deploys its default `{}`",
                    limits::ED1_DEFAULT_RUNTIME
                ),
                format!(
                    "未设置 `runtime`：devsapp/fc 会部署其默认值 `{}`",
                    limits::ED1_DEFAULT_RUNTIME
                ),
            ),
        )
        .with_help(Text::new(
            "set the runtime your code is written for, e.g. `runtime: python3.10`",
            "请设置代码对应的运行时，例如 `runtime: python3.10`",
        )),
    );
}
