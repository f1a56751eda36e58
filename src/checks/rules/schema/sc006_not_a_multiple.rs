//! SC006: a size that is not a multiple of its step (a JSON-Schema `multipleOf` error).

use crate::checks::at;
use crate::checks::schema::{schema_field, Found};
use crate::codes::Code;
use crate::diag::{Diagnostic, Fix, Text};
use crate::source::{edit, format_float_pub, Kind, Node};

crate::codes::declare_rule! {
    /// ## What it checks
    /// That `memorySize` is a multiple of {limits::MEMORY_MB_STEP} MB.
    ///
    /// ## Why it matters
    /// The FC API rejects other sizes (CreateFunctionInput: https://help.aliyun.com/zh/functioncompute/fc/developer-reference/api-fc-2023-03-30-struct-createfunctioninput).
    ///
    /// ## Example
    /// ```yaml
    /// memorySize: 1000
    /// ```
    /// ## Fix
    /// ```yaml
    /// memorySize: 1024
    /// ```
    /// `fclint check --fix --unsafe-fixes` rounds a value written in the file up to the next
    /// allowed multiple (down when up is above the maximum). It is unsafe: the function gets a
    /// different size than written (and is billed for it).
    SC006,
    summary: "A size is not a multiple of its step (memorySize: {limits::MEMORY_MB_STEP} MB)",
    summary_zh: "大小不是步长的整数倍（memorySize：{limits::MEMORY_MB_STEP} MB）",
    doc_zh: include_str!("sc006_not_a_multiple.zh.md"),
    fix: Unsafe,
}

/// The value is not a multiple of `step`; the help names the nearest allowed multiples.
pub(crate) fn not_a_multiple(f: &Found<'_>, step: f64) -> Diagnostic {
    let (name, node) = (&f.name, f.node);
    let min = schema_field(f.schema_path, "minimum").and_then(|v| v.as_f64());
    let max = schema_field(f.schema_path, "maximum").and_then(|v| v.as_f64());
    let fix = round_to_multiple(f, step, min, max);
    at(
        Code::SC006,
        node,
        Text::new(
            format!(
                "`{name}` is {}, not a multiple of {}",
                node.display_value(),
                format_float_pub(step)
            ),
            format!(
                "`{name}` 为 {}，不是 {} 的整数倍",
                node.display_value(),
                format_float_pub(step)
            ),
        ),
    )
    .with_help(nearest_multiple_help(node, step, min, max))
    .with_fix(fix)
}

/// The fix: the next multiple up, or down when up is above the maximum; none when neither is
/// allowed or the value is not an integer written in the file.
fn round_to_multiple(f: &Found<'_>, step: f64, min: Option<f64>, max: Option<f64>) -> Option<Fix> {
    let node = f.node;
    let Kind::Int(v) = node.kind else {
        return None;
    };
    let v = v as f64;
    let lo = (v / step).floor() * step;
    let in_range = |x: f64| min.map_or(true, |m| x >= m) && max.map_or(true, |m| x <= m);
    let to = [lo + step, lo]
        .into_iter()
        .find(|x| in_range(*x) && *x > 0.0)?;
    let to = format_float_pub(to);
    let key = crate::checks::schema::last_token(f.rel);
    let e = edit::replace_value(node, f.sources.get(node.span.file), &to)?;
    Some(Fix::unsafe_(
        Text::new(
            format!("set `{key}: {to}`, the nearest allowed multiple"),
            format!("设为最接近的允许倍数 `{key}: {to}`"),
        ),
        vec![e],
    ))
}

/// "Use a multiple of 64: the nearest are 448 and 512", leaving out a neighbour outside
/// the allowed range (100 → only 128, since 64 is below the minimum).
fn nearest_multiple_help(node: &Node, step: f64, min: Option<f64>, max: Option<f64>) -> Text {
    let f = format_float_pub;
    let Some(v) = node.as_f64() else {
        return Text::new(
            format!("use a multiple of {}", f(step)),
            format!("请使用 {} 的整数倍", f(step)),
        );
    };
    let lo = (v / step).floor() * step;
    let hi = lo + step;
    let in_range = |x: f64| min.map_or(true, |m| x >= m) && max.map_or(true, |m| x <= m);
    let near: Vec<String> = [lo, hi]
        .into_iter()
        .filter(|x| in_range(*x))
        .map(f)
        .collect();
    match near.as_slice() {
        [a, b] => Text::new(
            format!("use a multiple of {}: the nearest are {a} and {b}", f(step)),
            format!("请使用 {} 的整数倍：最接近的是 {a} 和 {b}", f(step)),
        ),
        [a] => Text::new(
            format!("use a multiple of {}: the nearest allowed is {a}", f(step)),
            format!("请使用 {} 的整数倍：最接近的允许值是 {a}", f(step)),
        ),
        _ => Text::new(
            format!("use a multiple of {}", f(step)),
            format!("请使用 {} 的整数倍", f(step)),
        ),
    }
}
