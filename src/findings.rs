//! The last two steps of every document's findings: at most a bounded number of them, the
//! rest counted (SY006), and every text made inert and masked before any output.

use crate::codes::Code;
use crate::config::Config;
use crate::diag::{self, Diagnostic, Text};
use crate::source::SourceMap;
use crate::{inert, limits, sort_diagnostics, source};

/// Keep at most [`limits::MAX_FINDINGS_PER_FILE`] findings of one document (the first, in
/// output order), then one SY006 saying how many more there are, as severe as the worst of
/// them: 200 000 duplicate keys must not print 400 MB of SARIF, nor change the exit code.
pub(crate) fn cap_findings(
    sources: &SourceMap,
    config: &Config,
    unshown: &diag::Unshown,
    diags: &mut Vec<Diagnostic>,
) {
    let max = limits::MAX_FINDINGS_PER_FILE;
    // Findings the stages counted instead of building, unless their rule is switched off.
    let (mut more, mut worst) = (0usize, None);
    for (code, sev, n) in unshown.iter().filter(|(c, _, _)| config.rules.enabled(*c)) {
        more += n;
        worst = worst.max(Some(config.rules.severity_of(code, sev)));
    }
    if diags.len() <= max && more == 0 {
        return;
    }
    sort_diagnostics(sources, diags);
    let cut = diags.len().min(max);
    more += diags.len() - cut;
    worst = worst.max(diags[cut..].iter().map(|d| d.severity).max());
    // Where the findings not shown begin: the first one dropped, else after the last shown.
    let at = diags
        .get(cut)
        .or_else(|| diags.last())
        .map(|d| (d.span, d.pointer.clone()));
    diags.truncate(cut);
    let Some((span, pointer)) = at else {
        return;
    };
    if config.rules.enabled(Code::SY006) {
        diags.push(source::rules::sy006_too_many_findings::too_many(
            span,
            pointer,
            max,
            more,
            worst.unwrap_or(Code::SY006.severity()),
        ));
    }
}

/// The last step before any output: every text of a finding is made inert (control
/// characters written visibly) and masked for values read from the environment.
pub fn finish_diagnostics(diags: &mut [Diagnostic]) {
    let clean = |t: &mut Text| {
        for s in [&mut t.en, &mut t.zh] {
            let escaped = inert::escape(s);
            let scrubbed = inert::scrub(&escaped).into_owned();
            *s = scrubbed;
        }
    };
    for d in diags.iter_mut() {
        clean(&mut d.message);
        if let Some(h) = &mut d.help {
            clean(h);
        }
        for n in &mut d.notes {
            clean(&mut n.message);
        }
    }
}
