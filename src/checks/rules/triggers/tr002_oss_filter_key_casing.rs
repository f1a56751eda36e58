//! TR002: OSS trigger filter keys in the other edition's casing.

use crate::codes::Code;
use crate::diag::{Diagnostic, Text};
use crate::model::{Edition, Function};
use crate::source::Node;

crate::codes::declare_rule! {
    /// ## What it checks
    /// The casing of the OSS trigger filter: edition 1 writes `filter.Key.Prefix/Suffix`, edition 3 writes `filter.key.prefix/suffix`.
    ///
    /// ## Why it matters
    /// Each component passes its own casing to the API (edition 1 `Key`/`Prefix`: https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md#L42-L43; edition 3 `key`/`prefix`: https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md#L215-L225); the other casing is not recognized, so the trigger fires for every object in the bucket (or the deploy fails). `s cli fc3 s2tos3` converts it (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L421-L427), hand-migrated files often do not.
    ///
    /// ## Example (edition 3)
    /// ```yaml
    /// filter:
    ///   Key:
    ///     Prefix: uploads/
    /// ```
    /// ## Fix
    /// ```yaml
    /// filter:
    ///   key:
    ///     prefix: uploads/
    /// ```
    TR002,
    summary: "OSS trigger filter keys use the other edition's casing",
    summary_zh: "OSS 触发器过滤键使用了另一版本的大小写",
    doc_zh: include_str!("tr002_oss_filter_key_casing.zh.md"),
}

pub(crate) fn check(f: &Function<'_>, config: &Node, out: &mut Vec<Diagnostic>) {
    let Some(filter) = config.get("filter") else {
        return;
    };
    let (wrong, right, wrong_inner, right_inner) = match f.edition {
        Edition::V3 => ("Key", "key", ["Prefix", "Suffix"], ["prefix", "suffix"]),
        Edition::V1 => ("key", "Key", ["prefix", "suffix"], ["Prefix", "Suffix"]),
    };
    let Some(e) = filter.entry(wrong) else { return };
    let inner: Vec<String> = e
        .value
        .entries()
        .iter()
        .map(|x| {
            let i = wrong_inner.iter().position(|w| *w == x.key);
            match i {
                Some(i) => format!(
                    "{}: {}",
                    right_inner[i],
                    x.value.display_value().trim_matches('"')
                ),
                None => x.key.clone(),
            }
        })
        .collect();
    let ed = f.edition.as_str();
    out.push(
        Diagnostic::new(
            Code::TR002,
            e.key_span,
            &e.value.pointer,
            Text::new(
                format!(
                    "edition {ed} OSS filters use `{right}` (with {}), not `{wrong}`",
                    right_inner.join("/")
                ),
                format!(
                    "{ed} 版本的 OSS 过滤条件使用 `{right}`（配 {}），而不是 `{wrong}`",
                    right_inner.join("/")
                ),
            ),
        )
        .with_help(Text::new(
            format!("write `filter: {{{right}: {{{}}}}}`", inner.join(", ")),
            format!("改写为 `filter: {{{right}: {{{}}}}}`", inner.join(", ")),
        )),
    );
}
