//! LD007: an edition 3 function or trigger written in the edition 1 layout.

use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::model::{Edition, Function};
use crate::source::{edit, Node, SourceMap};

crate::codes::declare_rule! {
    /// ## What it checks
    /// An `edition: 3.0.0` fc3 resource whose props use the edition 1 (devsapp/fc) layout: a `function:` (or `service:`) block instead of `functionName`, `runtime`, `code` … directly under props; or a trigger written with the edition 1 keys `name`, `type`, `config` instead of `triggerName`, `triggerType`, `triggerConfig`.
    ///
    /// ## Why it matters
    /// fc3 reads only its own layout, so the function or trigger has none of its required keys and the deploy fails. Reported once per function or trigger, instead of one missing-key and one unknown-key finding per setting. The migration command `s cli fc3 s2tos3` converts the edition 1 layout, but it does nothing on a file that already says `edition: 3.0.0` (https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/subCommands/2to3/index.ts#L119-L122): set `edition: 1.0.0` first, or rename by hand.
    ///
    /// ## Example
    /// ```yaml
    /// edition: 3.0.0
    /// resources:
    ///   api:
    ///     component: fc3
    ///     props:
    ///       region: cn-hangzhou
    ///       function:
    ///         name: api
    ///         runtime: nodejs20
    ///       triggers:
    ///         - name: http
    ///           type: http
    ///           config: {authType: anonymous, methods: [GET]}
    /// ```
    /// ## Fix
    /// ```yaml
    ///     props:
    ///       region: cn-hangzhou
    ///       functionName: api
    ///       runtime: nodejs20
    ///       code: ./
    ///       handler: index.handler
    ///       triggers:
    ///         - triggerName: http
    ///           triggerType: http
    ///           triggerConfig: {authType: anonymous, methods: [GET]}
    /// ```
    /// `fclint check --fix --unsafe-fixes` rewrites a trigger the way `s2tos3` does (`name`,
    /// `type`, `config`, `role` → `triggerName`, `triggerType`, `triggerConfig`,
    /// `invocationRole`; https://github.com/devsapp/fc3/blob/136dc585d8c5f8a0cdb1e8fd4ed6d675a75b4aa6/src/subCommands/2to3/index.ts),
    /// renaming the keys in place and leaving their values, comments and order alone, but
    /// only where that maps the whole trigger: an `http`, `timer` or `eventbridge` trigger
    /// (whose config both editions write alike), or a `log` or `cdn_events` trigger that
    /// already has its `sourceArn`, with no key other than those and `qualifier` and
    /// `sourceArn`. An `oss`, `mns_topic` or `tablestore` trigger needs its config rewritten
    /// and its `sourceArn` built, so it is not fixed. Nor is a `function:` block: `s2tos3`
    /// names the function `<service>$<function>`, a name FC 3.0 refuses (letters, digits, `_`
    /// and `-` only), so no mapping of the whole block exists. It is unsafe: the trigger
    /// then deploys, and review should confirm that is meant.
    LD007,
    summary: "An edition 3 function or trigger is written in the edition 1 layout",
    summary_zh: "3.x 的函数或触发器使用了 1.x 的写法",
    doc_zh: include_str!("ld007_edition_1_layout_in_edition_3.zh.md"),
    fix: Unsafe,
}

/// The edition 1 trigger keys and their edition 3 names.
const TRIGGER_KEYS: [(&str, &str); 3] = [
    ("name", "triggerName"),
    ("type", "triggerType"),
    ("config", "triggerConfig"),
];

/// What `s2tos3` renames in a trigger (`TRIGGER_KEYS` and the role).
const S2TOS3_TRIGGER_KEYS: [(&str, &str); 4] = [
    ("name", "triggerName"),
    ("type", "triggerType"),
    ("config", "triggerConfig"),
    ("role", "invocationRole"),
];

/// Keys `s2tos3` copies unchanged into an edition 3 trigger.
const KEPT_TRIGGER_KEYS: [&str; 2] = ["qualifier", "sourceArn"];

/// Report the edition 1 layout in an edition 3 function once, and drop from `found` the
/// missing-key (SC002) and unknown-key (SC003) findings it causes.
pub(crate) fn check(
    f: &Function<'_>,
    sources: &SourceMap,
    found: &mut Vec<Diagnostic>,
    out: &mut Vec<Diagnostic>,
) {
    if f.edition != Edition::V3 {
        return;
    }
    if let Some(d) = function_layout(f) {
        let within = f.props.pointer.clone();
        found.retain(|x| !(is_key_finding(x) && x.pointer.starts_with(&within)));
        out.push(d);
        return;
    }
    for t in &f.triggers {
        let Some(d) = trigger_layout(t.node) else {
            continue;
        };
        let d = d.with_fix(trigger_fix(t.node, sources));
        let at = t.node.pointer.as_str();
        found.retain(|x| {
            let parent = x.pointer.rsplit_once('/').map(|(p, _)| p);
            !(is_key_finding(x) && (x.pointer == at || parent == Some(at)))
        });
        out.push(d);
    }
}

fn is_key_finding(d: &Diagnostic) -> bool {
    matches!(d.code, Code::SC002 | Code::SC003)
}

/// `function:` or `service:` blocks under props and no `functionName`.
fn function_layout(f: &Function<'_>) -> Option<Diagnostic> {
    if f.props.get("functionName").is_some() {
        return None;
    }
    let e = ["function", "service"]
        .iter()
        .find_map(|k| f.props.entry(k).filter(|e| e.value.is_map()))?;
    let key = e.key.as_str();
    Some(
        Diagnostic::new(
            Code::LD007,
            e.key_span,
            e.value.pointer.clone(),
            Text::new(
                format!("edition 3.0.0 file in the edition 1 layout (`{key}:` under props): fc3 reads `functionName`, `runtime`, `code` … directly under props"),
                format!("3.0.0 版本的文件使用了 1.x 的写法（props 下的 `{key}:`）：fc3 直接从 props 读取 `functionName`、`runtime`、`code` 等"),
            ),
        )
        .with_help(Text::new(
            "set `edition: 1.0.0` and run `s cli fc3 s2tos3` (it does nothing on a file that says 3.0.0), or move the keys up by hand: `function.name` → `functionName`, `codeUri` → `code`, triggers' `name/type/config` → `triggerName/triggerType/triggerConfig`",
            "先设置 `edition: 1.0.0` 再运行 `s cli fc3 s2tos3`（它不处理写明 3.0.0 的文件），或手工上移这些键：`function.name` → `functionName`，`codeUri` → `code`，触发器的 `name/type/config` → `triggerName/triggerType/triggerConfig`",
        )),
    )
}

/// A trigger with edition 1 keys and none of their edition 3 names.
fn trigger_layout(t: &Node) -> Option<Diagnostic> {
    if !t.is_map() || TRIGGER_KEYS.iter().any(|(_, new)| t.get(new).is_some()) {
        return None;
    }
    let used: Vec<(&str, &str)> = TRIGGER_KEYS
        .iter()
        .copied()
        .filter(|(old, _)| t.get(old).is_some())
        .collect();
    if used.len() < 2 {
        return None;
    }
    let first = t.entry(used[0].0)?;
    let olds = used
        .iter()
        .map(|(o, _)| format!("`{o}`"))
        .collect::<Vec<_>>();
    let news = used
        .iter()
        .map(|(_, n)| format!("`{n}`"))
        .collect::<Vec<_>>();
    Some(
        Diagnostic::new(
            Code::LD007,
            first.key_span,
            t.pointer.clone(),
            Text::new(
                format!(
                    "trigger written with the edition 1 keys {}: edition 3 names them {}",
                    olds.join(", "),
                    news.join(", ")
                ),
                format!(
                    "触发器使用了 1.x 的键 {}：3.x 中它们叫 {}",
                    olds.join("、"),
                    news.join("、")
                ),
            ),
        )
        .with_help(Text::new(
            format!("did you mean {}?", news.join(", ")),
            format!("是否想写 {}？", news.join("、")),
        )),
    )
}

/// The `s2tos3` rewrite of an edition 1 trigger, when it maps the whole trigger (see the
/// rule's documentation): its keys renamed in place.
fn trigger_fix(t: &Node, sources: &SourceMap) -> Option<Fix> {
    let known = |k: &str| {
        S2TOS3_TRIGGER_KEYS.iter().any(|(old, _)| *old == k) || KEPT_TRIGGER_KEYS.contains(&k)
    };
    if !t.entries().iter().all(|e| known(&e.key))
        || TRIGGER_KEYS.iter().any(|(old, _)| t.get(old).is_none())
        || !t.get("config").is_some_and(Node::is_map)
    {
        return None;
    }
    let whole = match t.get("type").and_then(Node::as_str)? {
        "http" | "timer" | "eventbridge" => true,
        "log" | "cdn_events" => t.get("sourceArn").is_some(),
        _ => false,
    };
    if !whole {
        return None;
    }
    let edits = edit::rename_keys(t, sources.get(t.span.file), &S2TOS3_TRIGGER_KEYS)?;
    let renamed: Vec<String> = S2TOS3_TRIGGER_KEYS
        .iter()
        .filter(|(old, _)| t.get(old).is_some())
        .map(|(old, new)| format!("`{old}` → `{new}`"))
        .collect();
    Some(Fix::unsafe_(
        Text::new(
            format!("rename {} (as `s2tos3` does)", renamed.join(", ")),
            format!("重命名 {}（与 `s2tos3` 相同）", renamed.join("、")),
        ),
        edits,
    ))
}
