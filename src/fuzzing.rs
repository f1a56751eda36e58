//! Everything a user can run on one file, driven from bytes: the body of the fuzz target
//! (`fuzz/fuzz_targets/check.rs`) and of a test that runs it over every fixture, so the
//! target never goes stale unnoticed.
//!
//! The bytes may carry an inventory: `fclint.toml` text, a NUL byte, then the s.yaml. The
//! rules and plan numbers that need facts (partitions, message sizes, rates, handler
//! times, the region quota) only run with one.

use crate::config::Config;
use crate::diag::Lang;
use crate::inert::{self, Medium};
use crate::report::{self, Report};
use crate::resolve::ResolveOptions;
use crate::source::SourceMap;

/// Environment names the canary secret is stored under: ordinary names a document may read
/// with `${env('…')}` (they are in the fuzz dictionary).
pub const CANARY_NAMES: &[&str] = &[
    "A", "X", "T", "NAME", "VALUE", "REGION", "DB_PASS", "HOME", "STAGE", "TOKEN",
];

/// A value no input can spell out: chosen at random once per process.
fn canary() -> &'static str {
    static C: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    C.get_or_init(|| {
        use std::hash::{BuildHasher, Hasher};
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u32(std::process::id());
        format!("cnry{:016x}", h.finish())
    })
}

/// What must hold for every output: the canary never appears (checked before the last-line
/// masking, so that it is resolution that keeps it out), and once made inert for its medium
/// the text starts no workflow command and holds no raw control character.
fn assert_safe(what: &str, raw: &str, medium: Medium) {
    let canary = canary();
    assert!(
        !raw.contains(canary),
        "{what}: a value from the environment is printed"
    );
    let text = inert::guard(&inert::scrub(raw), medium).into_owned();
    assert!(!text.contains("##["), "{what}: a legacy workflow command");
    for line in text.lines() {
        let own = medium == Medium::Github
            && ["::error ", "::warning ", "::notice "]
                .iter()
                .any(|p| line.starts_with(p));
        assert!(
            own || !line.trim_start().starts_with("::"),
            "{what}: a line starts a workflow command: {line:?}"
        );
    }
    let mut rest = text.as_str();
    while let Some(i) = rest.find(|c: char| inert::is_dangerous(c) && c != '\n' && c != '\t') {
        let after = &rest[i..];
        let sgr = medium == Medium::ColoredText
            && after.strip_prefix("\u{1b}[").is_some_and(|r| {
                let n = r
                    .bytes()
                    .take_while(|b| b.is_ascii_digit() || *b == b';')
                    .count();
                r.as_bytes().get(n) == Some(&b'm')
            });
        assert!(sgr, "{what}: a raw control character: {after:?}");
        rest = &after[1..];
    }
}

/// [`exercise_with`] on `data`: `TOML\0YAML` gives the s.yaml an inventory read from the
/// `fclint.toml` text (a text `parse_config_text` rejects leaves the default, as its error
/// would stop a real run); without a NUL byte all of `data` is the s.yaml.
pub fn exercise(data: &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => {
            let toml = String::from_utf8_lossy(&data[..i]);
            let path = std::path::Path::new("/nonexistent-fclint-fuzz/fclint.toml");
            let config = crate::config::parse_config_text(&toml, path).unwrap_or_default();
            exercise_with(&data[i + 1..], &config);
        }
        None => exercise_with(data, &Config::default()),
    }
}

/// Parse, resolve and check `data` as an s.yaml under `config` (its rule selection and
/// inventory), then render it every way fclint can: six report formats in both languages,
/// preview, plan and explain. A panic fails, and so does an output that shows the canary
/// secret the environment holds under ordinary names, starts a CI workflow command or passes
/// a control character through (see [`assert_safe`]).
pub fn exercise_with(data: &[u8], config: &Config) {
    // Non-UTF-8 input is converted the way `read_source` does (lossy, plus SY005);
    // what matters here is the text that reaches the parser.
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sources = SourceMap::new();
    // A directory that does not exist: `${file(...)}`, `extend` and `.env` look-ups fail the
    // way they do for a missing file and never read real files.
    let file = sources.add(
        std::path::PathBuf::from("/nonexistent-fclint-fuzz/s.yaml"),
        text,
    );
    let opts = ResolveOptions {
        env: CANARY_NAMES
            .iter()
            .map(|n| (n.to_string(), canary().to_string()))
            .collect(),
        ..ResolveOptions::default()
    };
    let doc = crate::load_text(&mut sources, file, &opts);
    let path = std::path::Path::new("/nonexistent-fclint-fuzz/s.yaml");
    if let Err(e) = fix_properties(path, &sources.get(file).text, config, &opts) {
        panic!("autofix: {e}");
    }
    let mut diags = crate::check_document(&sources, &doc, config);
    crate::sort_diagnostics(&sources, &mut diags);

    let files = [file];
    for lang in [Lang::En, Lang::Zh] {
        let color = lang == Lang::Zh;
        let r = Report {
            sources: &sources,
            files: &files,
            diagnostics: &diags,
            lang,
            color,
            width: 80,
        };
        let text_medium = if color {
            Medium::ColoredText
        } else {
            Medium::Text
        };
        assert_safe("human", &report::human::render(&r), text_medium);
        assert_safe("concise", &report::concise::render(&r), text_medium);
        assert_safe("json", &report::json::render(&r), Medium::Json);
        assert_safe("github", &report::github::render(&r), Medium::Github);
        assert_safe("sarif", &report::sarif::render(&r), Medium::Json);
        assert_safe("junit", &report::junit::render(&r), Medium::Xml);
        assert_safe("rdjson", &report::rdjson::render(&r), Medium::Json);
    }

    if let Some(v) = crate::preview_value(&doc) {
        let json = serde_json::to_string_pretty(&v).unwrap_or_default();
        assert_safe("preview json", &json, Medium::Json);
        assert_safe(
            "preview yaml",
            &crate::resolve::preview::to_yaml(&v),
            Medium::Yaml,
        );
    }

    let (triggers, functions) = crate::plan::plan_document(&sources, &doc, &config.inventory);
    let plan = crate::plan::Plan::assemble(triggers, functions, &config.inventory);
    assert_safe(
        "plan",
        &crate::plan::render::human(&plan, Lang::En),
        Medium::Text,
    );
    assert_safe(
        "plan markdown",
        &crate::plan::render::markdown(&plan, Lang::Zh),
        Medium::Text,
    );
    assert_safe(
        "plan json",
        &crate::plan::render::json(&plan, Lang::En),
        Medium::Json,
    );

    let story = crate::explain::story(&sources, &doc, config, Lang::En);
    assert_safe(
        "explain",
        &crate::explain::text(&story, Lang::En),
        Medium::Text,
    );
    assert_safe(
        "explain markdown",
        &crate::explain::markdown(&story, Lang::Zh),
        Medium::Text,
    );
    assert_safe(
        "explain mermaid",
        &crate::explain::mermaid(std::slice::from_ref(&story), Lang::En),
        Medium::Text,
    );
}

/// What must hold when every fix, unsafe ones included, is applied to `text` (the file at
/// `path`), the autofix issue's properties: the result parses as well as the input did (no
/// round undone), no error-level finding appears that was not there (counted per code), no
/// line outside the edits of a round changes, a second `--fix` changes nothing, and no value
/// from the environment is written into the file. `Err` says which failed.
pub fn fix_properties(
    path: &std::path::Path,
    text: &str,
    config: &Config,
    opts: &ResolveOptions,
) -> Result<crate::fix::Fixed, String> {
    use crate::fix::{fix_text, FixMode};
    let mode = FixMode { unsafe_fixes: true };
    let before = crate::check_buffer(path, text.to_string(), config, opts);
    let fixed = fix_text(path, text.to_string(), config, opts, mode);
    if fixed.unparsable {
        return Err("a round would have made the file unparsable".into());
    }
    if fixed.text.contains(canary()) && !text.contains(canary()) {
        return Err("a fix wrote a value from the environment into the file".into());
    }
    let errors = |d: &[crate::diag::Diagnostic]| {
        let mut n = std::collections::BTreeMap::new();
        for d in d
            .iter()
            .filter(|d| d.severity == crate::diag::Severity::Error)
        {
            *n.entry(d.code).or_insert(0usize) += 1;
        }
        n
    };
    let (was, now) = (errors(&before.diagnostics), errors(&fixed.diagnostics));
    for (code, n) in &now {
        if *n > was.get(code).copied().unwrap_or(0) {
            return Err(format!("the fixes added a {code} error"));
        }
    }
    let mut after_round = fixed.history.iter().skip(1).map(|r| r.before.as_str());
    for round in &fixed.history {
        let next = after_round.next().unwrap_or(&fixed.text);
        lines_outside_edits_unchanged(round, next)?;
    }
    if fixed.rounds < crate::limits::MAX_FIX_ROUNDS {
        let again = fix_text(path, fixed.text.clone(), config, opts, mode);
        if again.text != fixed.text {
            return Err("a second --fix changes the file again".into());
        }
    }
    Ok(fixed)
}

/// Every line of `round.before` that no edit of the round touches is in `after`, unchanged and
/// in order; lines are only added next to a touched line.
fn lines_outside_edits_unchanged(round: &crate::fix::Round, after: &str) -> Result<(), String> {
    use similar::{DiffOp, TextDiff};
    // 0-based line indexes an edit touches; an insertion at a line's end touches that line.
    let mut touched = std::collections::BTreeSet::new();
    for e in &round.edits {
        for l in e.span.start.line..=e.span.end.line {
            touched.insert(l.saturating_sub(1) as usize);
        }
    }
    let diff = TextDiff::from_lines(round.before.as_str(), after);
    for op in diff.ops() {
        let (old, what) = match *op {
            DiffOp::Equal { .. } => continue,
            DiffOp::Delete {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, "deleted"),
            DiffOp::Replace {
                old_index, old_len, ..
            } => (old_index..old_index + old_len, "changed"),
            DiffOp::Insert { old_index, .. } => {
                let near = touched.contains(&old_index)
                    || old_index
                        .checked_sub(1)
                        .is_some_and(|i| touched.contains(&i));
                if !near {
                    return Err(format!(
                        "a line was added at line {} that no edit touches",
                        old_index + 1
                    ));
                }
                continue;
            }
        };
        if let Some(l) = old.clone().find(|l| !touched.contains(l)) {
            return Err(format!("line {} was {what} but no edit touches it", l + 1));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::diag::TextEdit;
    use crate::fix::Round;
    use crate::span::{FileId, Pos, Span};

    fn round(before: &str, line: u32, byte: u32) -> Round {
        let p = Pos { line, col: 1, byte };
        Round {
            before: before.into(),
            edits: vec![TextEdit {
                span: Span {
                    file: FileId(0),
                    start: p,
                    end: p,
                },
                replacement: String::new(),
            }],
        }
    }

    /// The line property is not vacuous: a change on a line no edit touches is caught, a
    /// change on the edited line and a line added after it are not.
    #[test]
    fn the_line_property_catches_a_change_outside_the_edits() {
        let r = round("a: 1\nb: 2\nc: 3\n", 2, 5);
        assert_eq!(
            super::lines_outside_edits_unchanged(&r, "a: 1\nb: 9\nc: 4\n"),
            Err("line 3 was changed but no edit touches it".to_string())
        );
        assert_eq!(
            super::lines_outside_edits_unchanged(&r, "a: 1\nb: 9\nc: 3\n"),
            Ok(())
        );
        assert_eq!(
            super::lines_outside_edits_unchanged(&r, "a: 1\nb: 2\nx: 0\nc: 3\n"),
            Ok(())
        );
        assert!(super::lines_outside_edits_unchanged(&r, "x: 0\na: 1\nb: 2\nc: 3\n").is_err());
    }

    /// The property is not vacuous: the canary in an output is caught.
    #[test]
    #[should_panic(expected = "a value from the environment is printed")]
    fn the_canary_check_catches_a_leak() {
        super::assert_safe(
            "test",
            &format!("x {} y", super::canary()),
            super::Medium::Text,
        );
    }

    #[test]
    fn environment_values_reach_no_output() {
        let names: String = super::CANARY_NAMES
            .iter()
            .map(|n| format!("      - ${{env('{n}')}}\n      - a-${{env('{n}')}}-b\n"))
            .collect();
        let doc = format!(
            "edition: 3.0.0\nname: x\nvars:\n  v: ${{env('NAME')}}\nresources:\n  fn:\n    component: fc3\n    props:\n      region: ${{env('REGION')}}\n      functionName: ${{vars.v}}\n      runtime: ${{env('X')}}\n      timeout: ${{env('T')}}\n      description: ${{this.props.functionName}}\n      layers:\n{names}"
        );
        super::exercise(doc.as_bytes());
    }
}
