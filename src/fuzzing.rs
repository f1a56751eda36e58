//! Everything a user can run on one file, driven from bytes: the body of the fuzz target
//! (`fuzz/fuzz_targets/check.rs`) and of a test that runs it over every fixture, so the
//! target never goes stale unnoticed.
//!
//! The bytes may carry an inventory: `fclint.toml` text, a NUL byte, then the s.yaml. The
//! rules and plan numbers that need facts (partitions, message sizes, rates, handler
//! times, the region quota) only run with one.

use crate::config::Config;
use crate::diag::Lang;
use crate::report::{self, Report};
use crate::resolve::ResolveOptions;
use crate::source::SourceMap;

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
/// preview, plan and explain. Only a panic fails.
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
    let doc = crate::load_text(&mut sources, file, &ResolveOptions::default());
    let mut diags = crate::check_document(&sources, &doc, config);
    crate::sort_diagnostics(&sources, &mut diags);

    let files = [file];
    for lang in [Lang::En, Lang::Zh] {
        let r = Report {
            sources: &sources,
            files: &files,
            diagnostics: &diags,
            lang,
            color: lang == Lang::Zh,
            width: 80,
        };
        let _ = report::human::render(&r);
        let _ = report::concise::render(&r);
        let _ = report::json::render(&r);
        let _ = report::github::render(&r);
        let _ = report::sarif::render(&r);
        let _ = report::junit::render(&r);
    }

    let _ = crate::preview_value(&doc);

    let (triggers, functions) = crate::plan::plan_document(&sources, &doc, &config.inventory);
    let plan = crate::plan::Plan::assemble(triggers, functions, &config.inventory);
    let _ = crate::plan::render::human(&plan, Lang::En);
    let _ = crate::plan::render::markdown(&plan, Lang::Zh);
    let _ = crate::plan::render::json(&plan, Lang::En);

    let story = crate::explain::story(&sources, &doc, config, Lang::En);
    let _ = crate::explain::text(&story, Lang::En);
    let _ = crate::explain::markdown(&story, Lang::Zh);
    let _ = crate::explain::mermaid(std::slice::from_ref(&story), Lang::En);
}
