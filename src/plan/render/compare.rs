//! `fclint plan --compare`: the pairs of [`crate::plan::compare`] as side-by-side tables
//! (human, Markdown) or JSON.

use serde_json::{json, Value};

use super::view::{render_blocks_markdown, render_blocks_text, Block};
use super::{scf_trigger_json, tr, trigger_json};
use crate::diag::Lang;
use crate::plan::compare::{rows, Pair};

fn blocks(pairs: &[Pair<'_>], lang: Lang) -> Vec<Block> {
    let mut out = vec![Block::Para {
        key: "compare".into(),
        text: tr(
            lang,
            "Alibaba Cloud FC and Tencent Cloud SCF reading the same Kafka topic",
            "阿里云函数计算与腾讯云 SCF 读取同一 Kafka topic",
        ),
    }];
    for (i, p) in pairs.iter().enumerate() {
        out.push(Block::Heading {
            key: format!("topic:{i}"),
            text: match lang {
                Lang::En => format!("Topic {}", p.topic),
                Lang::Zh => format!("Topic {}", p.topic),
            },
        });
        let headers = match lang {
            Lang::En => ["ASPECT", "FC (ALIBABA CLOUD)", "SCF (TENCENT CLOUD)"],
            Lang::Zh => ["方面", "函数计算（阿里云）", "SCF（腾讯云）"],
        };
        out.push(Block::Table {
            key: format!("pair:{i}"),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            rows: rows(p, lang)
                .into_iter()
                .map(|(k, a, f, s)| (k.to_string(), vec![a, f, s]))
                .collect(),
        });
    }
    out
}

/// Human tables.
pub fn compare_human(pairs: &[Pair<'_>], lang: Lang) -> String {
    render_blocks_text(&blocks(pairs, lang))
}

/// Markdown for pull requests.
pub fn compare_markdown(pairs: &[Pair<'_>], lang: Lang) -> String {
    render_blocks_markdown(
        &blocks(pairs, lang),
        &tr(
            lang,
            "fclint plan: FC vs SCF",
            "fclint 规划：函数计算与 SCF 对比",
        ),
    )
}

/// `{"version": 1, "compare": [{"topic", "different_topics", "rows", "fc", "scf"}]}`.
pub fn compare_json(pairs: &[Pair<'_>], lang: Lang) -> String {
    let list: Vec<Value> = pairs
        .iter()
        .map(|p| {
            json!({
                "topic": p.topic,
                "different_topics": p.different_topics,
                "rows": rows(p, lang).into_iter().map(|(k, _, f, s)| json!({
                    "aspect": k,
                    "fc": f,
                    "scf": s,
                })).collect::<Vec<_>>(),
                "fc": trigger_json(p.fc, lang),
                "scf": scf_trigger_json(p.scf, lang),
            })
        })
        .collect();
    let mut s =
        serde_json::to_string_pretty(&json!({"version": 1, "compare": list})).unwrap_or_default();
    s.push('\n');
    s
}
