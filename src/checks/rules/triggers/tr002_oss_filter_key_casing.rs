//! TR002: edition 3 OSS trigger filter keys in edition 1's casing.

use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::model::{Edition, Function};
use crate::source::{edit, Node, SourceMap};

crate::codes::declare_rule! {
    /// ## What it checks
    /// The casing of the OSS trigger filter in an edition 3 file: fc3 writes `filter.key.prefix/suffix`; the edition 1 casing `filter.Key.Prefix/Suffix` is reported.
    ///
    /// ## Why it matters
    /// fc3 passes its own lowercase casing to the FC 3.0 API (https://github.com/devsapp/fc3/blob/b0e545df8b413417f5f14981ea2084b231b4ed7b/docs/zh/yaml/triggers.md#L215-L225); the other casing is not recognized, so the trigger fires for every object in the bucket (or the deploy fails). `s cli fc3 s2tos3` converts it (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L421-L427), hand-migrated files often do not.
    ///
    /// Edition 1 accepts both casings: devsapp/fc documents `Key`/`Prefix` (https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/docs/zh/yaml/triggers.md#L42-L43), while fc-deploy passes `config` through unchanged (https://github.com/devsapp/fc-deploy/blob/a39847986a4003c79c7e1d71d918a403bf8bb1d2/src/lib/utils/utils.ts#L133-L173) to the FC 2.0 API, whose own `OSSTriggerFilter` is lowercase (https://www.alibabacloud.com/help/en/functioncompute/fc-2-0/developer-reference/api-fc-open-2021-04-06-struct-osstriggerfilter). So this rule is silent in edition 1.
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
    /// `fclint check --fix` renames `Key` to `key` and the `Prefix`/`Suffix` inside it to
    /// `prefix`/`suffix`, in block or flow style, keeping their quotes and comments (a safe fix:
    /// the filter the author wrote is the one FC receives). When a lowercase key is already
    /// there next to its capitalized twin, or a key is merged in (`<<`) or comes from a template,
    /// the file is left for you to resolve.
    TR002,
    summary: "Edition 3 OSS trigger filter keys use edition 1's casing",
    summary_zh: "3.x 的 OSS 触发器过滤键使用了 1.x 的大小写",
    doc_zh: include_str!("tr002_oss_filter_key_casing.zh.md"),
    fix: Safe,
}

pub(crate) fn check(
    f: &Function<'_>,
    config: &Node,
    sources: &SourceMap,
    out: &mut Vec<Diagnostic>,
) {
    let Some(filter) = config.get("filter") else {
        return;
    };
    // Edition 1 takes both casings (see the docs above).
    if f.edition != Edition::V3 {
        return;
    }
    let (wrong, right, wrong_inner, right_inner) =
        ("Key", "key", ["Prefix", "Suffix"], ["prefix", "suffix"]);
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
        ))
        .with_fix(casing_fix(
            filter,
            sources,
            (wrong, right),
            (wrong_inner, right_inner),
        )),
    );
}

/// Rename `Key` and the `Prefix`/`Suffix` inside it, all or nothing: no fix when one of them
/// cannot be renamed where it is written, or its lowercase twin is already there.
fn casing_fix(
    filter: &Node,
    sources: &SourceMap,
    (wrong, right): (&str, &str),
    (wrong_inner, right_inner): ([&str; 2], [&str; 2]),
) -> Option<Fix> {
    let e = filter.entry(wrong)?;
    let src = sources.get(e.key_span.file);
    let mut edits = vec![edit::rename_key(src, filter, wrong, right)?];
    for (w, r) in wrong_inner.iter().zip(right_inner) {
        if e.value.entry(w).is_some() {
            edits.push(edit::rename_key(src, &e.value, w, r)?);
        }
    }
    Some(Fix::safe(
        Text::new(
            format!(
                "rename `{wrong}` to `{right}` (and its keys to {})",
                right_inner.join("/")
            ),
            format!(
                "把 `{wrong}` 改名为 `{right}`（其中的键改为 {}）",
                right_inner.join("/")
            ),
        ),
        edits,
    ))
}
