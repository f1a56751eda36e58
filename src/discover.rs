//! Which files to check: explicit files as given, directories searched for `s.yaml` /
//! `s.yml`, and for `s.*.yaml`, `s-*.yaml`, `s_*.yaml` (`.yml` too) whose text has a
//! top-level `edition` key (the names projects give to `s deploy -t FILE` variants). The
//! search skips `.git`, `node_modules`, what `.gitignore` (and `.ignore`) ignores and what the
//! `exclude` globs name; `include` globs add files. A file named two ways is checked once.
//! Isolated (`--isolated`), no ignore file is read: a pull request's own ignore files must not
//! hide its files.
//! `serverless.yml` / `serverless.yaml` files are taken when their content is a Tencent Cloud
//! SCF one (`component: scf` / `multi-scf`, the `tencent` provider or the
//! `serverless-tencent-scf` plugin: [`crate::model::scf::looks_like_scf`]); any other
//! `serverless.yml` (AWS, other components) is skipped.

use std::path::{Path, PathBuf};

use globset::GlobMatcher;

use crate::FatalError;

/// File names fclint always takes in directories.
pub const FILE_NAMES: &[&str] = &["s.yaml", "s.yml"];

/// The pre-commit `files:` pattern of the same rule (`.pre-commit-hooks.yaml`).
pub const PRE_COMMIT_FILES: &str = r"(^|/)s([._-][^/]*)?\.ya?ml$";

/// File names of Serverless Framework / Components configurations, taken when their content
/// is an SCF one.
pub const SCF_FILE_NAMES: &[&str] = &["serverless.yml", "serverless.yaml"];

/// What a directory with nothing to check is said to lack.
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

/// How many bytes of a candidate are read to look for its `edition` key.
const SNIFF_BYTES: u64 = 64 * 1024;

/// What the search found.
#[derive(Debug, Default)]
pub struct Discovery {
    /// The files to check, each once, in the order found (directories sorted).
    pub files: Vec<PathBuf>,
    /// Directories or files that could not be read; the search went on without them.
    pub skipped: Vec<String>,
}

/// Globs that leave files out of (`exclude`) or add files to (`include`) a directory search.
#[derive(Debug, Clone, Default)]
pub struct Filters {
    exclude: Vec<Pattern>,
    include: Vec<Pattern>,
    /// Apply the rules to files named on the command line too (pre-commit passes every
    /// changed file matching its `files:` pattern).
    pub to_explicit_files: bool,
    /// `--isolated`: read no `.gitignore`, `.ignore` or git exclude file, so that every s.yaml
    /// under the directories is checked (the `exclude` globs of the command line still apply;
    /// those of a fclint.toml are not read at all).
    pub isolated: bool,
}

#[derive(Debug, Clone)]
struct Pattern {
    matcher: GlobMatcher,
    /// Relative to this directory; a pattern without `/` matches a name at any depth.
    base: PathBuf,
    name_only: bool,
}

impl Pattern {
    fn new(glob: &str, base: &Path, origin: &str) -> Result<Pattern, FatalError> {
        let trimmed = glob.trim().trim_start_matches("./");
        let name_only = !trimmed.trim_end_matches('/').contains('/');
        let g = globset::GlobBuilder::new(trimmed.trim_end_matches('/'))
            .literal_separator(true)
            .build()
            .map_err(|e| FatalError(format!("{origin}: `{glob}` is not a glob: {}", e.kind())))?;
        Ok(Pattern {
            matcher: g.compile_matcher(),
            base: base.to_path_buf(),
            name_only,
        })
    }

    fn matches(&self, abs: &Path) -> bool {
        if self.name_only {
            return abs.file_name().is_some_and(|n| self.matcher.is_match(n));
        }
        abs.strip_prefix(&self.base)
            .is_ok_and(|rel| self.matcher.is_match(rel))
    }
}

impl Filters {
    /// `exclude` and `include` globs of a configuration file in `base`, then the command
    /// line's: `--exclude` replaces the file's `exclude`, `--extend-exclude` adds to it.
    pub fn new(
        file: Option<(&Path, &[String], &[String])>,
        cli_exclude: &[String],
        cli_extend_exclude: &[String],
        cwd: &Path,
    ) -> Result<Filters, FatalError> {
        let mut f = Filters::default();
        if let Some((path, include, exclude)) = file {
            let base = path.parent().unwrap_or(Path::new(""));
            let origin = crate::inert::path(path);
            for g in include {
                f.include.push(Pattern::new(g, base, &origin)?);
            }
            if cli_exclude.is_empty() {
                for g in exclude {
                    f.exclude.push(Pattern::new(g, base, &origin)?);
                }
            }
        }
        for g in cli_exclude {
            f.exclude.push(Pattern::new(g, cwd, "--exclude")?);
        }
        for g in cli_extend_exclude {
            f.exclude.push(Pattern::new(g, cwd, "--extend-exclude")?);
        }
        Ok(f)
    }

    fn excluded(&self, abs: &Path) -> bool {
        // A pattern naming a directory leaves out everything below it.
        self.exclude.iter().any(|p| {
            abs.ancestors()
                .take_while(|a| a.starts_with(&p.base) && *a != p.base)
                .any(|a| p.matches(a))
        })
    }

    fn included(&self, abs: &Path) -> bool {
        self.include.iter().any(|p| p.matches(abs))
    }
}

/// Is `name` one of the names fclint looks at: `s.yaml`, or a variant that needs the sniff?
fn name_kind(name: &str) -> Option<bool> {
    if FILE_NAMES.contains(&name) {
        return Some(true);
    }
    let stem = name
        .strip_suffix(".yaml")
        .or_else(|| name.strip_suffix(".yml"))?;
    let rest = stem.strip_prefix('s')?;
    let mut cs = rest.chars();
    match (cs.next(), cs.next()) {
        (Some('.' | '-' | '_'), Some(_)) => Some(false),
        _ => None,
    }
}

/// Does the text have a top-level `edition` key (at the start of a line)?
pub fn has_edition_key(text: &str) -> bool {
    text.lines().any(|l| {
        let l = l.trim_end();
        ["edition", "\"edition\"", "'edition'"].iter().any(|k| {
            l.strip_prefix(k)
                .is_some_and(|rest| rest.trim_start().starts_with(':'))
        })
    })
}

fn sniff(path: &Path) -> bool {
    use std::io::Read;
    let Ok(f) = std::fs::File::open(path) else {
        // Unreadable: let the check report it instead of hiding the file.
        return true;
    };
    let mut buf = Vec::new();
    if f.take(SNIFF_BYTES).read_to_end(&mut buf).is_err() {
        return true;
    }
    has_edition_key(&String::from_utf8_lossy(&buf))
}

/// Would a directory search take this file (by its name, its `edition` key and the filters)?
fn wanted(path: &Path, abs: &Path, filters: &Filters) -> bool {
    if filters.excluded(abs) {
        return false;
    }
    if filters.included(abs) {
        return true;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy())
        .unwrap_or_default();
    match name_kind(&name) {
        Some(true) => true,
        Some(false) => sniff(path),
        None => SCF_FILE_NAMES.contains(&name.as_ref()) && is_scf_file(path),
    }
}

/// Expand paths into the de-duplicated list of files to check. A path that does not exist
/// stops the run; a directory that cannot be read below one given is reported in `skipped`.
pub fn discover_with(paths: &[PathBuf], filters: &Filters) -> Result<Discovery, FatalError> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut d = Discovery::default();
    for p in paths {
        let meta = std::fs::metadata(p)
            .map_err(|e| FatalError(format!("cannot read {}: {e}", crate::inert::path(p))))?;
        if meta.is_file() {
            if !filters.to_explicit_files || wanted(p, &cwd.join(p), filters) {
                d.files.push(p.clone());
            }
            continue;
        }
        let before = d.files.len();
        walk_dir(p, &cwd, filters, &mut d);
        d.files[before..].sort();
    }
    // One file named two ways (`.`, `./sub`, `sub/s.yaml`, an absolute path) is checked once,
    // under the first name it was given.
    let mut seen = std::collections::HashSet::new();
    d.files.retain(|p| {
        let key = std::fs::canonicalize(p).unwrap_or_else(|_| cwd.join(p));
        seen.insert(key)
    });
    Ok(d)
}

/// [`discover_with`] without filters; unreadable directories are skipped silently.
pub fn discover(paths: &[PathBuf]) -> Result<Vec<PathBuf>, FatalError> {
    Ok(discover_with(paths, &Filters::default())?.files)
}

fn walk_dir(dir: &Path, cwd: &Path, filters: &Filters, d: &mut Discovery) {
    let prune = filters.clone();
    let base = cwd.to_path_buf();
    let honour_ignore_files = !filters.isolated;
    let walker = ignore::WalkBuilder::new(dir)
        .hidden(false)
        .ignore(honour_ignore_files)
        .git_ignore(honour_ignore_files)
        .git_global(false)
        .git_exclude(honour_ignore_files)
        .require_git(false)
        .parents(honour_ignore_files)
        .filter_entry(move |e| {
            if !e.file_type().map(|t| t.is_dir()).unwrap_or(false) {
                return true;
            }
            let name = e.file_name().to_string_lossy();
            if name == ".git" || name == "node_modules" {
                return false;
            }
            // An excluded directory is not entered at all.
            e.depth() == 0
                || !prune
                    .exclude
                    .iter()
                    .any(|p| p.matches(&base.join(e.path())))
        })
        .build();
    for entry in walker {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                d.skipped.push(e.to_string());
                continue;
            }
        };
        if !entry.file_type().map(|t| t.is_file()).unwrap_or(false) {
            continue;
        }
        let abs = cwd.join(entry.path());
        if wanted(entry.path(), &abs, filters) {
            d.files.push(entry.into_path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name_kind("s.yaml"), Some(true));
        assert_eq!(name_kind("s.yml"), Some(true));
        assert_eq!(name_kind("s.prod.yaml"), Some(false));
        assert_eq!(name_kind("s-http.yml"), Some(false));
        assert_eq!(name_kind("s_en.yaml"), Some(false));
        assert_eq!(name_kind("s..yaml"), None);
        assert_eq!(name_kind("s.json"), None);
        assert_eq!(name_kind("sx.yaml"), None);
        assert_eq!(name_kind("s-.yaml"), None);
        assert_eq!(name_kind("values.yaml"), None);
    }

    #[test]
    fn edition_sniff() {
        assert!(has_edition_key("edition: 3.0.0\nname: a\n"));
        assert!(has_edition_key("# c\n\"edition\" : '1.0.0'\n"));
        assert!(!has_edition_key("name: a\n  edition: 3.0.0\n"));
        assert!(!has_edition_key("editions: 3\n"));
    }
}
