//! What fclint prints: everything goes through [`write_stdout`] / [`write_stderr`], which make
//! it inert (no control characters, no CI workflow command) and mask values read from the
//! environment; and the file discovery `plan`, `explain` and `init` share.

use std::io::Write;
use std::path::PathBuf;

use fclint::inert::Medium;
use fclint::FatalError;

/// One line to stderr as `fclint: …` (made inert, like everything fclint prints).
pub(crate) fn note(text: &str) {
    let mut l = fclint::present::Lines::new();
    l.line(&format!("fclint: {text}"));
    write_stderr(&l.into_string());
}

pub(crate) fn no_files_error(paths: &[PathBuf]) -> FatalError {
    FatalError(format!(
        "{} {}",
        fclint::discover::NOTHING_FOUND,
        paths
            .iter()
            .map(|p| fclint::inert::path(p))
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// The files under `paths`; `isolated` (`--isolated`) reads no ignore file.
pub(crate) fn discover_files(
    paths: &[PathBuf],
    isolated: bool,
) -> Result<Vec<PathBuf>, FatalError> {
    let mut filters = fclint::discover::Filters::default();
    filters.isolated = isolated;
    let found = fclint::discover::discover_with(paths, &filters)?;
    for s in &found.skipped {
        note(&format!("warning: skipped {s}"));
    }
    if found.files.is_empty() {
        return Err(no_files_error(paths));
    }
    Ok(found.files)
}

/// `text` made inert for its medium (no control characters, no line that starts a CI
/// workflow command) and masked for every value read from the environment.
pub(crate) fn inert_text(text: &str, medium: Medium) -> String {
    fclint::inert::guard(&fclint::inert::scrub(text), medium).into_owned()
}

/// Everything fclint prints on stdout from what it read goes through here (see
/// [`inert_text`]).
pub(crate) fn write_stdout(text: &str, medium: Medium) {
    write_raw(&inert_text(text, medium), &mut std::io::stdout().lock());
}

/// The same for stderr (always plain text).
pub(crate) fn write_stderr(text: &str) {
    write_raw(
        &inert_text(text, Medium::Text),
        &mut std::io::stderr().lock(),
    );
}

pub(crate) fn write_raw(text: &str, out: &mut impl Write) {
    // A closed pipe (`fclint … | head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
    let _ = out.flush();
}
