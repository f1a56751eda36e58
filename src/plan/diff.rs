//! `plan --diff`: the blocks of two plans paired by key, changed values written
//! `before → after`.

use std::collections::{HashMap, HashSet};

use crate::diag::Lang;
use crate::plan::render::tr;
use crate::plan::render::view::Block;

/// `before → after`, word by word when both have the same shape: `13 instances` and
/// `26 instances` give `13 → 26 instances`.
fn merge_text(a: &str, b: &str) -> String {
    if a == b {
        return a.to_string();
    }
    let (la, lb): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    if la.len() > 1 || lb.len() > 1 {
        // Line by line, so that a header shared by both sides is written once; lines only one
        // side has follow, those of the old side marked `(before)`.
        let mut out: Vec<String> = la.iter().zip(&lb).map(|(x, y)| merge_text(x, y)).collect();
        for x in la.iter().skip(lb.len()) {
            let indent = &x[..x.len() - x.trim_start().len()];
            out.push(format!("{indent}(before) {}", x.trim_start()));
        }
        out.extend(lb.iter().skip(la.len()).map(|y| y.to_string()));
        return out.join("\n");
    }
    let (wa, wb): (Vec<&str>, Vec<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    if wa.len() == wb.len() {
        let changed = wa.iter().zip(&wb).filter(|(x, y)| x != y).count();
        if changed * 2 <= wa.len() {
            return wa
                .iter()
                .zip(&wb)
                .map(|(x, y)| {
                    if x == y {
                        return x.to_string();
                    }
                    // Keep shared brackets outside: `(13%)`, `(26%)` → `(13% → 26%)`.
                    let open = |c: char| "([{".contains(c);
                    let close = |c: char| ")]},;:".contains(c);
                    let pre: String = x
                        .chars()
                        .zip(y.chars())
                        .take_while(|(p, q)| p == q && open(*p))
                        .map(|(p, _)| p)
                        .collect();
                    let suf: String = x
                        .chars()
                        .rev()
                        .zip(y.chars().rev())
                        .take_while(|(p, q)| p == q && close(*p))
                        .map(|(p, _)| p)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    let core = |w: &str| -> String {
                        let c: Vec<char> = w.chars().collect();
                        let end = c.len().saturating_sub(suf.chars().count());
                        c[pre.chars().count().min(end)..end].iter().collect()
                    };
                    format!("{pre}{} → {}{suf}", core(x), core(y))
                })
                .collect::<Vec<_>>()
                .join(" ");
        }
    }
    // Words both sides start or end with are written once: `Region x: 13 of 100 instances`
    // and `Region x: no bound known` give `Region x: 13 of 100 instances → no bound known`.
    let pre = wa.iter().zip(&wb).take_while(|(x, y)| x == y).count();
    let max_suf = wa.len().min(wb.len()) - pre;
    let suf = wa
        .iter()
        .rev()
        .zip(wb.iter().rev())
        .take(max_suf)
        .take_while(|(x, y)| x == y)
        .count();
    if pre + suf > 0 {
        let head = wa[..pre].join(" ");
        let tail = wa[wa.len() - suf..].join(" ");
        let mid_a = wa[pre..wa.len() - suf].join(" ");
        let mid_b = wb[pre..wb.len() - suf].join(" ");
        let mid = format!("{} → {}", or_none(&mid_a), or_none(&mid_b));
        return [head, mid, tail]
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
    }
    format!("{a} → {b}")
}

/// An empty side of a change, shown as `∅`.
fn or_none(s: &str) -> &str {
    if s.is_empty() {
        "∅"
    } else {
        s
    }
}

/// Pair the blocks of two plans: changed cells read `before → after`.
pub(crate) fn diff_view(before: Vec<Block>, after: Vec<Block>, lang: Lang) -> Vec<Block> {
    let marks = Marks {
        removed: tr(lang, "(removed)", "（已删除）"),
        added: tr(lang, "(new)", "（新增）"),
        before: tr(lang, "before:", "之前："),
    };
    let mut index: HashMap<&str, usize> = HashMap::with_capacity(before.len());
    for (i, b) in before.iter().enumerate() {
        index.entry(b.key()).or_insert(i);
    }
    let mut used = vec![false; before.len()];
    let mut out = Vec::with_capacity(after.len() + before.len());
    for b in after {
        let old = index.get(b.key()).copied();
        if let Some(i) = old {
            used[i] = true;
        }
        out.push(match (old.map(|i| &before[i]), b) {
            (Some(Block::Para { text: a, .. }), Block::Para { key, text }) => Block::Para {
                key,
                text: merge_text(a, &text),
            },
            (Some(Block::Heading { text: a, .. }), Block::Heading { key, text }) => {
                Block::Heading {
                    key,
                    text: merge_text(a, &text),
                }
            }
            (Some(Block::Table { rows: old, .. }), Block::Table { key, headers, rows }) => {
                Block::Table {
                    key,
                    headers,
                    rows: merge_rows(old, &rows, &marks),
                }
            }
            (Some(Block::List { items: old, .. }), Block::List { key, title, items }) => {
                Block::List {
                    key,
                    title,
                    items: merge_items(old, &items, &marks),
                }
            }
            (None, b) => mark_new(b, &marks),
            (_, b) => b,
        });
    }
    for (i, b) in before.into_iter().enumerate() {
        if !used[i] {
            out.push(match b {
                Block::Heading { key, text } => Block::Heading {
                    key,
                    text: format!("{text} {}", marks.removed),
                },
                other => other,
            });
        }
    }
    out
}

/// The words that mark rows and items of a diff.
struct Marks {
    removed: String,
    added: String,
    before: String,
}

/// A block only the new plan has.
fn mark_new(b: Block, marks: &Marks) -> Block {
    match b {
        Block::Table { key, headers, rows } => Block::Table {
            key,
            headers,
            rows: rows
                .into_iter()
                .map(|(k, mut c)| {
                    if let Some(first) = c.first_mut() {
                        first.push_str(&format!(" {}", marks.added));
                    }
                    (k, c)
                })
                .collect(),
        },
        Block::Heading { key, text } => Block::Heading {
            key,
            text: match text.split_once('\n') {
                Some((first, rest)) => format!("{first} {}\n{rest}", marks.added),
                None => format!("{text} {}", marks.added),
            },
        },
        b => b,
    }
}

type Row = (String, Vec<String>);

/// Table rows of both plans by key: cells `before → after`, new rows and removed ones marked.
fn merge_rows(old: &[Row], rows: &[Row], marks: &Marks) -> Vec<Row> {
    let mut by_key: HashMap<&str, &Vec<String>> = HashMap::with_capacity(old.len());
    for (k, c) in old {
        by_key.entry(k.as_str()).or_insert(c);
    }
    let mut merged = Vec::with_capacity(rows.len() + old.len());
    for (k, cells) in rows {
        let c = match by_key.get(k.as_str()) {
            Some(oc) => cells
                .iter()
                .enumerate()
                .map(|(i, c)| {
                    if i == 0 {
                        c.clone()
                    } else {
                        merge_text(oc.get(i).map(String::as_str).unwrap_or(""), c)
                    }
                })
                .collect(),
            None => {
                let mut c = cells.clone();
                if let Some(first) = c.first_mut() {
                    first.push_str(&format!(" {}", marks.added));
                }
                c
            }
        };
        merged.push((k.clone(), c));
    }
    let new: HashSet<&str> = rows.iter().map(|(k, _)| k.as_str()).collect();
    for (k, oc) in old {
        if !new.contains(k.as_str()) {
            let mut c = oc.clone();
            if let Some(first) = c.first_mut() {
                first.push_str(&format!(" {}", marks.removed));
            }
            merged.push((k.clone(), c));
        }
    }
    merged
}

/// List items of both plans by key: a changed item with its old text below it.
fn merge_items(
    old: &[(String, String)],
    items: &[(String, String)],
    marks: &Marks,
) -> Vec<(String, String)> {
    let mut by_key: HashMap<&str, &str> = HashMap::with_capacity(old.len());
    for (k, v) in old {
        by_key.entry(k.as_str()).or_insert(v.as_str());
    }
    let mut merged = Vec::with_capacity(items.len() + old.len());
    for (k, v) in items {
        let text = match by_key.get(k.as_str()) {
            Some(ov) if *ov != v.as_str() => format!("{v}\n    {} {ov}", marks.before),
            Some(_) => v.clone(),
            None => format!("{v} {}", marks.added),
        };
        merged.push((k.clone(), text));
    }
    let new: HashSet<&str> = items.iter().map(|(k, _)| k.as_str()).collect();
    for (k, ov) in old {
        if !new.contains(k.as_str()) {
            merged.push((k.clone(), format!("{ov} {}", marks.removed)));
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changed_words_read_before_to_after() {
        assert_eq!(
            merge_text("13 instances", "26 instances"),
            "13 → 26 instances"
        );
        assert_eq!(
            merge_text("100 msgs or 3 s", "50 msgs or 5 s"),
            "100 → 50 msgs or 3 → 5 s"
        );
        assert_eq!(merge_text("none", "6 instances"), "none → 6 instances");
        assert_eq!(merge_text("x (13%)", "x (26%)"), "x (13% → 26%)");
        assert_eq!(merge_text("a\nx 1", "a\nx 2"), "a\nx 1 → 2");
        // A header both sides share is written once, however much follows it.
        assert_eq!(
            merge_text(
                "Region cn-hangzhou: 13 of 100 instances (13%)",
                "Region cn-hangzhou: no bound is known on instances (quota 100)"
            ),
            "Region cn-hangzhou: 13 of 100 instances (13%) → no bound is known on instances (quota 100)"
        );
        assert_eq!(
            merge_text("R: 1\n  quota: q", "R: 2\n  quota: q\n  scale-out: s"),
            "R: 1 → 2\n  quota: q\n  scale-out: s"
        );
        assert_eq!(
            merge_text("R: 1\n  scale-out: s", "R: 2"),
            "R: 1 → 2\n  (before) scale-out: s"
        );
    }

    #[test]
    fn rows_pair_by_key() {
        let marks = Marks {
            removed: "(removed)".into(),
            added: "(new)".into(),
            before: "before:".into(),
        };
        let row = |k: &str, v: &str| (k.to_string(), vec![k.to_string(), v.to_string()]);
        let got = merge_rows(
            &[row("a", "1 x"), row("gone", "2")],
            &[row("b", "3"), row("a", "4 x")],
            &marks,
        );
        assert_eq!(
            got,
            vec![
                (
                    "b".to_string(),
                    vec!["b (new)".to_string(), "3".to_string()]
                ),
                (
                    "a".to_string(),
                    vec!["a".to_string(), "1 → 4 x".to_string()]
                ),
                (
                    "gone".to_string(),
                    vec!["gone (removed)".to_string(), "2".to_string()]
                ),
            ]
        );
    }
}
