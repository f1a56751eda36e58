//! Which files to check: explicit files as given, directories searched for
//! `s.yaml` / `s.yml` (skipping `.git`, `node_modules` and what `.gitignore` and `.ignore`
//! ignore — unless isolated: a pull request's own ignore files must not hide its files).

use std::path::{Path, PathBuf};

use crate::FatalError;

/// File names fclint looks for in directories.
pub const FILE_NAMES: &[&str] = &["s.yaml", "s.yml"];

/// Expand paths into the sorted, de-duplicated list of files to check.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FatalError> {
    discover_with(paths, false)
}

/// [`discover`]; `isolated` (`--isolated`) reads no `.gitignore`, `.ignore` or git exclude
/// file, so that every s.yaml under the directories is checked. Files named explicitly are
/// always checked.
pub fn discover_with(paths: &[PathBuf], isolated: bool) -> Result<Vec<PathBuf>, FatalError> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| FatalError(format!("cannot read {}: {e}", crate::inert::path(p))))?;
        if meta.is_file() {
            out.push(p.clone());
            continue;
        }
        let before = out.len();
        walk_dir(p, isolated, &mut out)?;
        out[before..].sort();
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}

fn walk_dir(dir: &Path, isolated: bool, out: &mut Vec<PathBuf>) -> Result<(), FatalError> {
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(false)
        .ignore(!isolated)
        .git_ignore(!isolated)
        .git_global(false)
        .git_exclude(!isolated)
        .require_git(false)
        .parents(!isolated)
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(e.file_type().map(|t| t.is_dir()).unwrap_or(false)
                && (name == ".git" || name == "node_modules"))
        })
        .build();
    for entry in walker {
        let entry = entry
            .map_err(|e| FatalError(format!("cannot search {}: {e}", crate::inert::path(dir))))?;
        if !entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if FILE_NAMES.iter().any(|n| *n == name) {
            out.push(entry.into_path());
        }
    }
    Ok(())
}
