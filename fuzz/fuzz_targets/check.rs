//! Any bytes through everything a user can run on one file: parse, resolve, check,
//! every report format, plan, explain and preview. The only failure is a panic (or a
//! hang / runaway allocation, which libFuzzer reports itself).
#![no_main]

use libfuzzer_sys::fuzz_target;

use fclint::config::Config;
use fclint::diag::Lang;
use fclint::report::{self, Report};
use fclint::resolve::ResolveOptions;
use fclint::source::SourceMap;

fuzz_target!(|data: &[u8]| {
    // Non-UTF-8 input is converted the way `read_source` does (lossy, plus SY005);
    // what matters here is the text that reaches the parser.
    let text = String::from_utf8_lossy(data).into_owned();
    let mut sources = SourceMap::new();
    // A directory that does not exist: `${file(...)}`, `extend` and `.env` look-ups
    // fail the way they do for a missing file, and never touch the real disk contents.
    let file = sources.add(
        std::path::PathBuf::from("/nonexistent-fclint-fuzz/s.yaml"),
        text,
    );
    let doc = fclint::load_text(&mut sources, file, &ResolveOptions::default());
    let config = Config::default();
    let mut diags = fclint::check_document(&sources, &doc, &config);
    fclint::sort_diagnostics(&sources, &mut diags);

    let files = [file];
    for lang in [Lang::En, Lang::Zh] {
        let r = Report {
            sources: &sources,
            files: &files,
            diagnostics: &diags,
            lang,
            color: lang == Lang::Zh,
        };
        let _ = report::human::render(&r);
        let _ = report::concise::render(&r);
        let _ = report::json::render(&r);
        let _ = report::github::render(&r);
        let _ = report::sarif::render(&r);
        let _ = report::junit::render(&r);
    }

    let _ = fclint::preview_value(&doc);

    let (triggers, functions) = fclint::plan::plan_document(&sources, &doc, &config.inventory);
    let plan = fclint::plan::Plan::assemble(triggers, functions, &config.inventory);
    let _ = fclint::plan::render::human(&plan, Lang::En);
    let _ = fclint::plan::render::markdown(&plan, Lang::Zh);
    let _ = fclint::plan::render::json(&plan, Lang::En);

    let story = fclint::explain::story(&sources, &doc, &config, Lang::En);
    let _ = fclint::explain::text(&story, Lang::En);
    let _ = fclint::explain::markdown(&story, Lang::Zh);
    let _ = fclint::explain::mermaid(std::slice::from_ref(&story), Lang::En);
});
