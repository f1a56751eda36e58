//! FN001: what a runtime requires (`code`/`codeUri`, `handler`, `customContainerConfig`).

use super::function_anchor;
use crate::checks::schema::typos::{only_typo_of, Typo};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::model::{Edition, Function, Recognized};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// What each runtime requires. Edition 3 (fc3 schema): `custom-container` needs `customContainerConfig`; other `custom*` runtimes need `code`; all other runtimes need `code` and `handler`. Edition 1 (devsapp/fc): `custom-container` needs `customContainerConfig`; others need `codeUri` (or `ossBucket` + `ossKey`), which fc-deploy refuses to deploy without. A missing `handler` is not reported in edition 1: fc-deploy fills in `index.handler` (https://github.com/devsapp/fc-deploy/blob/main/src/lib/fc/function.ts). A needed key written misspelt (the only unknown key of the function close to it, `handlr`) is reported at the typo and named, instead of also as an unknown key (SC003).
    ///
    /// ## Why it matters
    /// The deploy fails after packaging, or the function is created but cannot start.
    ///
    /// A component given as a local path (`${path(../..)}`) and recognized by its props may be devsapp/fc-base, whose code field is `filename` (https://github.com/devsapp/fc-base/blob/fb83eb3b2b349cc2137ded11e8b7aca0b8915d21/src/lib/fc/function.ts#L8-L31): there `filename` counts as the code.
    ///
    /// ## Example
    /// ```yaml
    /// runtime: python3.10
    /// code: ./code
    /// ```
    /// ## Fix
    /// ```yaml
    /// runtime: python3.10
    /// code: ./code
    /// handler: index.handler
    /// ```
    /// When every missing key is written misspelt and SC003 would rename it (exactly one known key a
    /// typo away), `fclint check --fix --unsafe-fixes` renames the typo to the key the runtime needs,
    /// keeping its value, quotes and comments (unsafe: what deploys changes).
    FN001,
    summary: "The runtime needs `code`/`codeUri`, `handler` or `customContainerConfig`",
    summary_zh: "该运行时需要 `code`/`codeUri`、`handler` 或 `customContainerConfig`",
    doc_zh: include_str!("fn001_missing_code_or_handler.zh.md"),
    fix: Unsafe,
}

/// `typos`: unknown keys close to a known one (SC003's); a missing key written misspelt (the
/// only unknown key of the function close to it, `handlr`) is reported at the typo, and SC003
/// leaves it to this finding.
pub(crate) fn check(f: &Function<'_>, typos: &[Typo], out: &mut Vec<Diagnostic>) {
    let Some(func) = f.function else {
        return;
    };
    let Some(runtime) = f.runtime().and_then(Node::as_str) else {
        return;
    };
    let has = |k: &str| func.get(k).is_some();
    let mut missing: Vec<&str> = Vec::new();
    match f.edition {
        Edition::V3 => {
            if runtime == "custom-container" || runtime == "micro-sandbox" {
                if !has("customContainerConfig") {
                    missing.push("customContainerConfig");
                }
            } else if runtime.starts_with("custom") {
                if !has("code") {
                    missing.push("code");
                }
            } else {
                if !has("code") {
                    missing.push("code");
                }
                if !has("handler") {
                    missing.push("handler");
                }
            }
        }
        Edition::V1 => {
            if runtime == "custom-container" {
                if !has("customContainerConfig") {
                    missing.push("customContainerConfig");
                }
            } else {
                // A component recognized by its props may be devsapp/fc-base, whose code is
                // `filename` (checks::schema::is_fc_base_key).
                let fc_base_code = f.recognized == Recognized::Shape && has("filename");
                if !(has("codeUri") || (has("ossBucket") && has("ossKey")) || fc_base_code) {
                    missing.push("codeUri");
                }
                // No `handler`: devsapp/fc deploys `index.handler` (limits::ED1_DEFAULT_HANDLER).
            }
        }
    }
    if missing.is_empty() {
        return;
    }
    let misspelt: Vec<&Typo> = missing
        .iter()
        .filter_map(|k| only_typo_of(typos, &func.pointer, k))
        .collect();
    let (span, pointer) = match misspelt.first() {
        Some(t) => (t.key_span, t.pointer.clone()),
        None => function_anchor(f),
    };
    let list = missing.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>();
    let mut en = format!("runtime `{runtime}` needs {}", list.join(" and "));
    let mut zh = format!("运行时 `{runtime}` 需要 {}", list.join(" 和 "));
    let mut help_en = Vec::new();
    let mut help_zh = Vec::new();
    for t in &misspelt {
        let (what, help) = (t.what(), t.help());
        en.push_str(&format!(": {}", what.en));
        zh.push_str(&format!("：{}", what.zh));
        help_en.push(help.en);
        help_zh.push(help.zh);
    }
    let to_add: Vec<String> = missing
        .iter()
        .filter(|k| !misspelt.iter().any(|t| t.suggestion == **k))
        .map(|k| format!("`{k}`"))
        .collect();
    if !to_add.is_empty() {
        help_en.push(format!("add {} to `{}`", to_add.join(", "), f.resource));
        help_zh.push(format!(
            "请在 `{}` 中添加 {}",
            f.resource,
            to_add.join("、")
        ));
    }
    // The renames SC003 would have offered, when they supply every missing key.
    let fix = if to_add.is_empty() {
        rename_all(&misspelt)
    } else {
        None
    };
    out.push(
        Diagnostic::new(Code::FN001, span, pointer, Text::new(en, zh))
            .with_help(Text::new(help_en.join("; "), help_zh.join("；")))
            .with_fix(fix),
    );
}

/// One unsafe fix renaming every misspelt key, or none when one of them has no rename.
fn rename_all(misspelt: &[&Typo]) -> Option<Fix> {
    let fixes: Vec<&Fix> = misspelt
        .iter()
        .map(|t| t.fix.as_ref())
        .collect::<Option<_>>()?;
    let (en, zh): (Vec<&str>, Vec<&str>) = fixes
        .iter()
        .map(|f| (f.message.en.as_str(), f.message.zh.as_str()))
        .unzip();
    let edits = fixes.iter().flat_map(|f| f.edits.iter().cloned()).collect();
    Some(Fix::unsafe_(Text::new(en.join("; "), zh.join("；")), edits))
}
