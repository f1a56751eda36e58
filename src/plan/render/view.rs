//! The layout of a plan as blocks (paragraphs, headings, tables, lists), shared by the human
//! and Markdown renderers and paired by `--diff`.

use super::cells::{
    function_cells, function_headers, region_title, trigger_cells, trigger_headers, trigger_key,
};
use super::details::trigger_details;
use super::tr;
use crate::diag::Lang;
use crate::plan::{Plan, RegionPlan, TriggerPlan};
use crate::present::Lines;

/// One block of output; `key` lets `--diff` pair blocks and rows of two plans.
#[derive(Debug, Clone)]
pub(crate) enum Block {
    Para {
        key: String,
        text: String,
    },
    Heading {
        key: String,
        text: String,
    },
    Table {
        key: String,
        headers: Vec<String>,
        rows: Vec<(String, Vec<String>)>,
    },
    List {
        key: String,
        title: String,
        items: Vec<(String, String)>,
    },
}

impl Block {
    pub(crate) fn key(&self) -> &str {
        match self {
            Block::Para { key, .. }
            | Block::Heading { key, .. }
            | Block::Table { key, .. }
            | Block::List { key, .. } => key,
        }
    }
}

/// The blocks of a plan: which files, then per region its heading, trigger table, details,
/// function table and assumptions.
pub(crate) fn view(plan: &Plan, lang: Lang) -> Vec<Block> {
    let mut paths: Vec<&str> = Vec::new();
    let mut files: Vec<&str> = Vec::new();
    let fc = plan.functions.iter().map(|f| (&f.path, &f.file));
    let scf = plan.scf.functions.iter().map(|f| (&f.path, &f.file));
    for (path, file) in fc.chain(scf) {
        if !paths.contains(&path.as_str()) {
            paths.push(path);
        }
        if !files.contains(&file.as_str()) {
            files.push(file);
        }
    }
    let mut blocks = vec![Block::Para {
        key: "files".into(),
        text: match (lang, paths.is_empty()) {
            (Lang::En, true) => "Plan of no file".to_string(),
            (Lang::Zh, true) => "规划：无文件".to_string(),
            (Lang::En, false) => format!("Plan of {}", paths.join(", ")),
            (Lang::Zh, false) => format!("规划：{}", paths.join("、")),
        },
    }];
    // With several files, rows name their file (and pair by it in a diff).
    let keys = Keys {
        multi: files.len() > 1,
    };
    for r in &plan.regions {
        region_blocks(plan, r, &keys, lang, &mut blocks);
    }
    super::scf::scf_blocks(&plan.scf, keys.multi, lang, &mut blocks);
    blocks
}

/// How rows are keyed (and named): by file too when the plan has several.
struct Keys {
    multi: bool,
}

impl Keys {
    fn trigger(&self, t: &TriggerPlan) -> String {
        if self.multi {
            format!("{}: {}", t.file, trigger_key(t))
        } else {
            trigger_key(t)
        }
    }
}

fn region_blocks(plan: &Plan, r: &RegionPlan, keys: &Keys, lang: Lang, blocks: &mut Vec<Block>) {
    let rk = r.region.clone().unwrap_or_default();
    blocks.push(Block::Heading {
        key: format!("region:{rk}"),
        text: region_title(r, plan, lang),
    });
    let triggers: Vec<&TriggerPlan> = plan
        .triggers
        .iter()
        .filter(|t| t.region == r.region)
        .collect();
    blocks.push(Block::Table {
        key: format!("triggers:{rk}"),
        headers: trigger_headers(lang),
        rows: triggers
            .iter()
            .map(|t| {
                let mut cells = trigger_cells(t, lang);
                cells[0] = keys.trigger(t);
                (keys.trigger(t), cells)
            })
            .collect(),
    });
    let mut details = Vec::new();
    for t in &triggers {
        for (kind, d) in trigger_details(t, lang) {
            let k = keys.trigger(t);
            details.push((format!("{k}#{kind}"), format!("{k}: {d}")));
        }
    }
    if !details.is_empty() {
        blocks.push(Block::List {
            key: format!("details:{rk}"),
            title: tr(lang, "Throughput and retries:", "吞吐与重试："),
            items: details,
        });
    }
    blocks.push(Block::Table {
        key: format!("functions:{rk}"),
        headers: function_headers(lang),
        rows: plan
            .functions
            .iter()
            .filter(|f| f.region == r.region)
            .map(|f| {
                let mut cells = function_cells(f, plan.quota, lang);
                if keys.multi {
                    cells[0] = format!("{}: {}", f.file, f.function);
                }
                let key = if keys.multi {
                    format!("{}#{}", f.file, f.resource)
                } else {
                    f.resource.clone()
                };
                (key, cells)
            })
            .collect(),
    });
    let mut assumptions = Vec::new();
    for t in &triggers {
        let k = keys.trigger(t);
        for a in &t.assumptions {
            assumptions.push((format!("{k}#{}", a.en), format!("{k}: {}", a.get(lang))));
        }
    }
    if !assumptions.is_empty() {
        blocks.push(Block::List {
            key: format!("assumptions:{rk}"),
            title: tr(lang, "Assumptions:", "假设："),
            items: assumptions,
        });
    }
}

/// Display width: CJK and full-width characters take two columns.
fn width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let u = c as u32;
            if (0x1100..=0x115F).contains(&u)
                || (0x2E80..=0xA4CF).contains(&u)
                || (0xAC00..=0xD7A3).contains(&u)
                || (0xF900..=0xFAFF).contains(&u)
                || (0xFE30..=0xFE4F).contains(&u)
                || (0xFF00..=0xFF60).contains(&u)
                || (0xFFE0..=0xFFE6).contains(&u)
            {
                2
            } else {
                1
            }
        })
        .sum()
}

/// A table with its columns aligned by display width.
fn text_table(out: &mut Lines, headers: &[String], rows: &[(String, Vec<String>)]) {
    let mut widths: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for (_, r) in rows {
        for (i, c) in r.iter().enumerate() {
            if i < widths.len() {
                widths[i] = widths[i].max(width(c));
            }
        }
    }
    let mut line = |cells: &[String]| {
        let mut s = String::from("  ");
        for (i, c) in cells.iter().enumerate() {
            s.push_str(c);
            if i + 1 < cells.len() {
                s.push_str(&" ".repeat(widths[i].saturating_sub(width(c)) + 2));
            }
        }
        out.line(s.trim_end());
    };
    line(headers);
    for (_, r) in rows {
        line(r);
    }
}

fn md_escape(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', "<br>")
}

/// The blocks as plain text.
pub(crate) fn render_blocks_text(blocks: &[Block]) -> String {
    let mut out = Lines::new();
    for b in blocks {
        match b {
            Block::Para { text, .. } => {
                out.line(text);
                out.blank();
            }
            Block::Heading { text, .. } => {
                if !out.after_blank() {
                    out.blank();
                }
                out.line(text);
                out.blank();
            }
            Block::Table { headers, rows, .. } => {
                if !rows.is_empty() {
                    text_table(&mut out, headers, rows);
                    out.blank();
                }
            }
            Block::List { title, items, .. } => {
                out.line(&format!("  {title}"));
                for (_, i) in items {
                    out.line(&format!("  - {i}"));
                }
                out.blank();
            }
        }
    }
    out.finish()
}

/// The blocks as Markdown under the heading `title`.
pub(crate) fn render_blocks_markdown(blocks: &[Block], title: &str) -> String {
    let mut out = Lines::new();
    out.line(&format!("## {title}"));
    out.blank();
    let row = |cells: &[String]| {
        format!(
            "| {} |",
            cells
                .iter()
                .map(|c| md_escape(c))
                .collect::<Vec<_>>()
                .join(" | ")
        )
    };
    for b in blocks {
        match b {
            Block::Para { text, .. } => {
                out.line(&md_escape(text));
                out.blank();
            }
            Block::Heading { text, .. } => {
                let mut lines = text.lines();
                out.line(&format!("### {}", md_escape(lines.next().unwrap_or(""))));
                out.blank();
                for l in lines {
                    out.line(&md_escape(l.trim()));
                    out.blank();
                }
            }
            Block::Table { headers, rows, .. } => {
                if rows.is_empty() {
                    continue;
                }
                out.line(&row(headers));
                out.line(&format!("|{}", "---|".repeat(headers.len())));
                for (_, r) in rows {
                    out.line(&row(r));
                }
                out.blank();
            }
            Block::List { title, items, .. } => {
                out.line(&format!(
                    "**{}**",
                    md_escape(title.trim_end_matches([':', '：']))
                ));
                out.blank();
                for (_, i) in items {
                    out.line(&format!("- {}", md_escape(i).replace("<br>    ", "<br>")));
                }
                out.blank();
            }
        }
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_takes_two_columns() {
        assert_eq!(width("地域"), 4);
        assert_eq!(width("ab"), 2);
    }
}
