//! Rendering a [`Plan`]: human tables, Markdown for pull requests, JSON, and the before →
//! after view of `--diff`. Human and Markdown share one layout (`view`), so a diff is the
//! same tables with changed cells written `before → after` ([`crate::plan::diff`]).

mod cells;
mod compare;
mod details;
mod json;
mod scf;
mod scf_json;
pub(crate) mod view;

pub use crate::present::{percent, split_text};
pub use cells::{after_short, batch_cell, retry_short, trigger_key};
pub use compare::{compare_human, compare_json, compare_markdown};
pub use details::{after_text, retry_timeline, trigger_details};
pub use json::{json, json_diff, json_value, trigger_json};
pub use scf::{
    batch_cell as scf_batch_cell, retry_cell as scf_retry_cell,
    retry_timeline as scf_retry_timeline, scf_details, scf_trigger_key,
};
pub use scf_json::{scf_function_json, scf_region_json, scf_trigger_json};

use crate::diag::Lang;
use crate::plan::diff::diff_view;
use crate::plan::Plan;
use crate::present::Lines;
use view::{render_blocks_markdown, render_blocks_text, view};

pub(crate) fn tr(lang: Lang, en: &str, zh: &str) -> String {
    match lang {
        Lang::En => en.to_string(),
        Lang::Zh => zh.to_string(),
    }
}

fn empty_text(lang: Lang) -> String {
    let mut out = Lines::new();
    out.line(&tr(
        lang,
        "No FC function found: nothing to plan.",
        "未找到函数计算函数：没有可规划的内容。",
    ));
    out.into_string()
}

/// Human tables, one per region.
pub fn human(plan: &Plan, lang: Lang) -> String {
    if plan.functions.is_empty() && plan.scf.is_empty() {
        return empty_text(lang);
    }
    render_blocks_text(&view(plan, lang))
}

/// Markdown for pull-request comments.
pub fn markdown(plan: &Plan, lang: Lang) -> String {
    if plan.functions.is_empty() && plan.scf.is_empty() {
        return empty_text(lang);
    }
    render_blocks_markdown(&view(plan, lang), &tr(lang, "fclint plan", "fclint 规划"))
}

/// Human tables of two plans, changed values as `before → after`.
pub fn human_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    render_blocks_text(&diff_view(view(before, lang), view(after, lang), lang))
}

/// Markdown of two plans, changed values as `before → after`.
pub fn markdown_diff(before: &Plan, after: &Plan, lang: Lang) -> String {
    render_blocks_markdown(
        &diff_view(view(before, lang), view(after, lang), lang),
        &tr(
            lang,
            "fclint plan: before → after",
            "fclint 规划：修改前 → 修改后",
        ),
    )
}
