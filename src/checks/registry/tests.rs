//! The registry against the rule files, and the rule docs and messages against `limits.rs`.

use super::limits_text::PLACEHOLDER;
use super::*;

#[test]
fn the_docs_list_matches_the_codes_one_to_one() {
    assert_eq!(DOCS.len(), Code::ALL.len());
    for (d, code) in DOCS.iter().zip(Code::ALL) {
        assert_eq!(d.code, *code, "DOCS is not in code order at {code}");
    }
    for (i, r) in all().iter().enumerate() {
        assert_eq!(r.code, Code::ALL[i]);
        assert_eq!(get(r.code).code, r.code);
        assert_eq!(find(r.name()).map(|x| x.code), Some(r.code));
    }
}

/// Each rule lives in `<code>_<name>.rs` (e.g. `eb001_consumer_tasks_exceed_partitions.rs`)
/// with its Chinese documentation in the sibling `<code>_<name>.zh.md`.
#[test]
fn each_rule_file_is_named_after_its_rule_and_has_its_chinese_docs_beside_it() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for d in DOCS {
        let path = std::path::Path::new(d.file);
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let expected = format!(
            "{}_{}",
            d.code.as_str().to_ascii_lowercase(),
            d.code.name().replace('-', "_")
        );
        assert_eq!(stem, expected, "{}", d.file);
        let zh = root.join(path.with_extension("zh.md"));
        let text = std::fs::read_to_string(&zh).unwrap_or_else(|e| panic!("{}: {e}", zh.display()));
        assert_eq!(
            text,
            d.doc_zh,
            "{} is not what {} includes",
            zh.display(),
            d.file
        );
        assert!(
            !d.summary.is_empty() && !d.summary_zh.is_empty(),
            "{}",
            d.code
        );
        assert!(d.doc.starts_with(" ## What it checks"), "{}", d.code);
        assert!(d.doc_zh.starts_with("## 检查内容"), "{}", d.code);
    }
}

/// Every placeholder in every doc names a number `limits.rs` has.
#[test]
fn every_limits_placeholder_is_known() {
    for r in all() {
        for lang in [Lang::En, Lang::Zh] {
            for text in [r.summary_in(lang), r.doc_in(lang)] {
                assert!(
                    !text.contains(PLACEHOLDER),
                    "{} ({lang:?}): unknown placeholder in {text}",
                    r.code
                );
            }
        }
    }
}

/// What the docs and messages may write although it equals a number in `limits.rs`:
/// `(where, the text around it)`. Every entry must still match something.
const NOT_LIMITS: &[(&str, &str)] = &[
    // Example values in configurations, not limits.
    ("EB001", "maximumTasks: 16"),
    ("EB005", "concurrency: 10"),
    ("EB009", "CountBasedWindow: 100"),
    ("EB009", "CountBasedWindow: 64"),
    ("EB011", "CountBasedWindow: 100"),
    // The width of an integer, not a limit.
    ("SC005", "32- or 64-bit"),
    ("SC005", "64-bit integer"),
    ("SC005", "32 位或 64 位"),
    ("SC005", "64 位整数"),
    ("EB013", "CountBasedWindow: 10"),
    ("FN003", "memorySize: 1024"),
    ("FN102", "timeout: 30"),
    ("FN102", "timeout: 60"),
    ("FN102", "CountBasedWindow: 100"),
    ("FN102", "CountBasedWindow: 60"),
    ("SC006", "memorySize: 1024"),
    ("FN101", "timeout: 900"),
    ("SC006", "memorySize: 1000"),
    ("TC002", "timeout: 300"),
    ("TC002", "timeout: 20"),
    ("TC005", "(`\"10\"`)"),
    ("TC005", "（`\"10\"`）"),
    ("TC012", "memorySize: 100"),
    ("TC012", "memorySize: 128"),
    ("TC101", "maxMsgNum: 500   # messages are about 50 KB"),
    ("TC101", "maxMsgNum: 500   # 消息约 50 KB"),
    ("TC103", "seconds_per_message = 0.05"),
    ("TC103", "maxMsgNum: 200   # 200 × 0.05 s = 10 s"),
    ("TC103", "maxMsgNum: 200   # 200 × 0.05 秒 = 10 秒"),
    ("TC103", "timeout: 30"),
    ("TC105", "memorySize: 1024"),
    ("TC105", "# 100 partitions: 100 × 1024 MB"),
    ("TC105", "# 100 个分区：100 × 1024 MB"),
    ("SC008", "CountBasedWindow: \"10\""),
    ("SC008", "CountBasedWindow: 10"),
    ("SP001", "timeout: 60"),
    ("SY002", "timeout: 60"),
    ("SY002", "timeout: 120"),
    ("VR008", "8, 9, 10]"),
    // Counts, not limits: "pushed as 3 pushes of 32 and one of 4".
    ("EB009", "加 1 次"),
    // Worked examples: the platform docs' own batch split and fclint's arithmetic.
    ("EB009", "100 messages of 2 KB, async → 200 KB"),
    ("EB009", "100 条 2 KB 的消息、异步调用 → 200 KB"),
    ("EB009", "pushes of 64 + 36"),
    ("EB009", "推送 64 + 36"),
    ("EB010", "reach 300 KB"),
    ("EB010", "可达 300 KB"),
    ("FN003", "For 512 MB, cpu must be 0.15–0.5"),
    ("FN003", "512 MB 时 cpu 只能"),
    ("FN004", "or use 512 / 1024"),
    ("FN004", "改为 512 或 1024"),
    ("FN102", "100 × 0.5 s = 50 s > 30 s"),
    ("FN102", "100 × 0.5 秒 = 50 秒 > 30 秒"),
    ("CP001", "80 + 40 = 120"),
    // The facts file's worked example: a large region's whole quota.
    ("TC105", "250 partitions × 512 MB"),
    ("TC105", "250 个分区 × 512 MB"),
    // Verbatim quotes of the deploying code and the API reference.
    ("TC001", "范围1 - 1000"),
    ("TC002", "可选时间范围1~60"),
    // A verbatim quote of the platform page.
    ("FN101", "同步 32 MB / 5分钟, 异步 128 KB / 5分钟"),
];

/// The numbers `limits.rs` holds: every numeric literal of its source outside comments
/// and strings (so a new constant is covered without a list to update), and what the
/// docs derive from them.
fn limit_numbers() -> Vec<f64> {
    use crate::limits as l;
    let mut code = String::new();
    let sources = [
        include_str!("../../limits.rs"),
        include_str!("../../limits/scf.rs"),
    ];
    let lines = sources
        .iter()
        .flat_map(|src| src[..src.find("#[cfg(test)]").unwrap_or(src.len())].lines());
    for line in lines {
        let mut in_str = false;
        let mut prev = ' ';
        for c in line.chars() {
            if c == '"' && prev != '\\' {
                in_str = !in_str;
            } else if !in_str && c == '/' && prev == '/' {
                code.pop();
                break;
            } else if !in_str {
                code.push(c);
            }
            prev = c;
        }
        code.push('\n');
    }
    let mut v: Vec<f64> = numbers(&code.replace('_', ""))
        .into_iter()
        .map(|n| n.1)
        .collect();
    let (a, b) = l::backoff_retry_total_s();
    let day = 24.0 * 3600.0;
    v.extend([
        a as f64,
        b as f64,
        l::exponential_decay_total_s() as f64,
        (l::exponential_decay_total_s() as f64 / 360.0).round() / 10.0,
        (l::ASYNC_EVENT_AGE_API_MAX_S + 1) as f64,
        l::ASYNC_EVENT_AGE_API_MAX_S as f64 / day,
        l::ASYNC_EVENT_AGE_S.max as f64 / day,
        l::EB_DELIVERY_TIMEOUT_S as f64 / 60.0,
    ]);
    v
}

/// Numbers as written in prose: `(byte offset, value, unit that follows)`; `100 000` and
/// `1,000,000` are one number; version-like `3.1.10`, identifiers (`nodejs10`, `fc3`,
/// `orders-1`) and placeholders are not numbers.
fn numbers(text: &str) -> Vec<(usize, f64, String)> {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let before = i.checked_sub(1).map(|j| b[j]);
        let starts =
            digit(i) && !before.is_some_and(|c| c.is_ascii_alphanumeric() || b"_.-$:".contains(&c));
        if !starts {
            i += 1;
            continue;
        }
        let start = i;
        let mut written = String::new();
        while digit(i) {
            written.push(b[i] as char);
            i += 1;
        }
        let mut version = false;
        loop {
            let three = digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4);
            if (b.get(i) == Some(&b' ') || b.get(i) == Some(&b',')) && three {
                written.push_str(&text[i + 1..i + 4]);
                i += 4;
            } else if b.get(i) == Some(&b'.') && digit(i + 1) {
                version |= written.contains('.');
                written.push('.');
                i += 1;
                while digit(i) {
                    written.push(b[i] as char);
                    i += 1;
                }
            } else {
                break;
            }
        }
        let after = b.get(i).copied();
        if version || after.is_some_and(|c| c.is_ascii_alphabetic() || c == b'_') {
            continue;
        }
        if let Ok(v) = written.parse::<f64>() {
            let unit: String = text[i..].chars().take(8).collect();
            out.push((start, v, unit));
        }
    }
    out
}

/// A number from `limits.rs` written out: ten and above, fractions, and small numbers
/// followed by a unit (`3 retries`, `4×`, `7 天`); single digits alone are too common in
/// prose and examples to tell.
fn literal_limits(text: &str, limits: &[f64]) -> Vec<String> {
    const UNITS: &[&str] = &[
        "×", " times", " retries", " days", " minutes", " hours", " s", " vCPU", " 天", " 次",
        " 倍", " 分钟", "分钟", " 小时", " 秒",
    ];
    numbers(text)
        .into_iter()
        .filter(|(_, v, unit)| {
            let is_limit = limits.iter().any(|l| (l - v).abs() < 1e-9);
            let distinctive = *v >= 10.0 || v.fract() != 0.0;
            let unit_follows = UNITS.iter().any(|u| {
                unit.strip_prefix(u)
                    .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_alphabetic()))
            });
            is_limit && (distinctive || unit_follows)
        })
        .map(|(at, v, _)| {
            let from = text[..at].char_indices().rev().nth(30).map_or(0, |c| c.0);
            let to = text[at..]
                .char_indices()
                .nth(15)
                .map_or(text.len(), |c| at + c.0);
            format!("{v} in «{}»", &text[from..to])
        })
        .collect()
}

/// `text` with the allowed snippets of `at` blanked out; counts which were used.
fn without_allowed(at: &str, text: &str, used: &mut [bool]) -> String {
    let mut t = text.to_string();
    for (i, (w, snippet)) in NOT_LIMITS.iter().enumerate() {
        if *w == at && t.contains(snippet) {
            used[i] = true;
            t = t.replace(snippet, &"x".repeat(snippet.len()));
        }
    }
    t
}

/// The string literals of a rule file's code (not its doc comment, not its tests).
fn string_literals(src: &str) -> Vec<String> {
    let src = &src[..src.find("#[cfg(test)]").unwrap_or(src.len())];
    let code: String = src
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .map(|l| format!("{l}\n"))
        .collect();
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'/' if b.get(i + 1) == Some(&b'/') => {
                i = code[i..].find('\n').map_or(b.len(), |e| i + e);
            }
            b'\'' if b.get(i + 2) == Some(&b'\'') => i += 3,
            b'\'' if b.get(i + 1) == Some(&b'\\') && b.get(i + 3) == Some(&b'\'') => i += 4,
            b'r' if b.get(i + 1) == Some(&b'#') || b.get(i + 1) == Some(&b'"') => {
                let hashes = b[i + 1..].iter().take_while(|c| **c == b'#').count();
                if b.get(i + 1 + hashes) != Some(&b'"') {
                    i += 1;
                    continue;
                }
                let start = i + 2 + hashes;
                let close = format!("\"{}", "#".repeat(hashes));
                let end = code[start..].find(&close).map_or(b.len(), |e| start + e);
                out.push(code[start..end].to_string());
                i = end + close.len();
            }
            b'"' => {
                let mut j = i + 1;
                while j < b.len() && b[j] != b'"' {
                    j += if b[j] == b'\\' { 2 } else { 1 };
                }
                out.push(code[i + 1..j.min(b.len())].to_string());
                i = j + 1;
            }
            _ => i += 1,
        }
    }
    out
}

/// `limits.rs` says no other file writes its numbers: the rule docs (summaries and
/// documentation, both languages) and the messages of every rule file fill them in.
#[test]
fn no_doc_or_message_writes_a_number_from_limits_rs() {
    let limits = limit_numbers();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut used = vec![false; NOT_LIMITS.len()];
    let mut found = Vec::new();
    for d in DOCS {
        let code = d.code.as_str();
        let source = std::fs::read_to_string(root.join(d.file)).unwrap_or_default();
        let texts = [d.summary, d.summary_zh, d.doc, d.doc_zh]
            .into_iter()
            .map(String::from)
            .chain(string_literals(&source));
        for text in texts {
            let text = without_allowed(code, &text, &mut used);
            for hit in literal_limits(&text, &limits) {
                found.push(format!("{code}: {hit}"));
            }
        }
    }
    // The family modules beside the rule files build messages too (what a missing fact
    // needs, what several rules share).
    let mut dirs: Vec<&std::path::Path> = DOCS
        .iter()
        .filter_map(|d| std::path::Path::new(d.file).parent())
        .collect();
    dirs.sort();
    dirs.dedup();
    for dir in dirs {
        let module = dir.join("mod.rs");
        let source = std::fs::read_to_string(root.join(&module)).unwrap_or_default();
        assert!(!source.is_empty(), "{} is missing", module.display());
        for text in string_literals(&source) {
            for hit in literal_limits(&text, &limits) {
                found.push(format!("{}: {hit}", module.display()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "write these with limits.rs:\n{}",
        found.join("\n")
    );
    let stale: Vec<_> = NOT_LIMITS
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(e, _)| e)
        .collect();
    assert!(stale.is_empty(), "allowed but not found: {stale:?}");
}

#[test]
fn the_number_scanner_reads_numbers_as_written() {
    let n = |t: &str| numbers(t).into_iter().map(|x| x.1).collect::<Vec<_>>();
    assert_eq!(
        n("1–300, 0.05 and 100 000 or 1,000,000."),
        [1.0, 300.0, 0.05, 100000.0, 1000000.0]
    );
    assert_eq!(
        n("nodejs10 fc3 orders-1 3.1.10 @every 5m {:.2}"),
        [] as [f64; 0]
    );
    assert!(literal_limits("retries 3 times", &[3.0]).len() == 1);
    assert!(literal_limits("one of 3 keys", &[3.0]).is_empty());
    assert_eq!(
        string_literals("let c = '\"'; f(\"a 128 b\", r#\"x \"300\" y\"#); // \"9\"\n"),
        ["a 128 b", "x \"300\" y"]
    );
}
