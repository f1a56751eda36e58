//! Which files to check: explicit files as given, directories searched for `s.yaml` /
//! `s.yml`, and for `serverless.yml` / `serverless.yaml` files whose content is a Tencent Cloud
//! SCF one (`component: scf` / `multi-scf`, the `tencent` provider or the
//! `serverless-tencent-scf` plugin: [`crate::model::scf::looks_like_scf`]); any other
//! `serverless.yml` (AWS, other components) is skipped. `.git`, `node_modules` and what
//! `.gitignore` ignores are skipped.

use std::path::{Path, PathBuf};

use crate::FatalError;

/// File names fclint looks for in directories.
pub const FILE_NAMES: &[&str] = &["s.yaml", "s.yml"];

/// File names of Serverless Framework / Components configurations, taken when their content
/// is an SCF one.
pub const SCF_FILE_NAMES: &[&str] = &["serverless.yml", "serverless.yaml"];

/// What `check`, `plan` and `explain` say when a directory holds nothing to read.
pub const NOTHING_FOUND: &str = "no s.yaml, s.yml or SCF serverless.yml found in";

/// Whether the file at `path` (named like a `serverless.yml`) is an SCF one: its first
/// `limits::MAX_FILE_BYTES` bytes decide.
fn is_scf_file(path: &Path) -> bool {
    use std::io::Read;
    let Ok(f) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::new();
    if f.take(crate::limits::MAX_FILE_BYTES)
        .read_to_end(&mut bytes)
        .is_err()
    {
        return false;
    }
    crate::model::scf::looks_like_scf(&String::from_utf8_lossy(&bytes))
}

/// Expand paths into the sorted, de-duplicated list of files to check.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FatalError> {
    let mut out = Vec::new();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| FatalError(format!("cannot read {}: {e}", p.display())))?;
        if meta.is_file() {
            out.push(p.clone());
            continue;
        }
        let before = out.len();
        walk_dir(p, &mut out)?;
        out[before..].sort();
    }
    let mut seen = std::collections::HashSet::new();
    out.retain(|p| seen.insert(p.clone()));
    Ok(out)
}

fn walk_dir(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), FatalError> {
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(false)
        .git_ignore(true)
        .git_global(false)
        .git_exclude(true)
        .require_git(false)
        .parents(true)
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !(e.file_type().map(|t| t.is_dir()).unwrap_or(false)
                && (name == ".git" || name == "node_modules"))
        })
        .build();
    for entry in walker {
        let entry =
            entry.map_err(|e| FatalError(format!("cannot search {}: {e}", dir.display())))?;
        if !entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            continue;
        }
        let name = entry.file_name().to_string_lossy();
        if FILE_NAMES.iter().any(|n| *n == name)
            || (SCF_FILE_NAMES.iter().any(|n| *n == name) && is_scf_file(entry.path()))
        {
            out.push(entry.into_path());
        }
    }
    Ok(())
}
