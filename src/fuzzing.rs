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

#[cfg(test)]
mod tests {
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
