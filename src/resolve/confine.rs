//! Confinement: every file fclint reads because of a document — the s.yaml named on the command
//! line (which may be a link), `extend` bases, `${file()}`, `${json(file())}`, `.env` — lies
//! inside the *project root*: the nearest directory at or above the s.yaml that holds `.git`,
//! otherwise the s.yaml's own directory. A path is inside when it is inside as written
//! (`..` folded, without touching the file system) and, when it exists, once every link is
//! followed. `--allow-outside-root` (or `allow_outside_root = true` in fclint.toml) lifts the
//! rule for local use.
//!
//! Every file is read at most once per document (by canonical path), only when it is a regular
//! file, and at most a given number of bytes, whatever its metadata says (`/proc` files report
//! a size of 0).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Component, Path, PathBuf};

use crate::source::{FileId, SourceMap};

/// Why a file was not read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadError {
    /// It lies outside the project root (as written, or through a link).
    Outside,
    /// Missing, not a regular file, too large, not UTF-8, unreadable: the reason in words.
    Unreadable(String),
}

/// Reads the files of one document, confined to its project root.
#[derive(Debug, Clone)]
pub struct Reader {
    /// The project root, absolute with `.` and `..` folded.
    root: PathBuf,
    /// The same with every link followed (the lexical form when it does not exist).
    root_canonical: PathBuf,
    allow_outside: bool,
    /// Files already read, by canonical path.
    cache: HashMap<PathBuf, FileId>,
}

impl Reader {
    /// The reader for the files of the s.yaml at `s_yaml` (as given on the command line).
    pub fn for_file(s_yaml: &Path, allow_outside: bool) -> Reader {
        let root = project_root(s_yaml);
        let root_canonical = std::fs::canonicalize(&root).unwrap_or_else(|_| root.clone());
        Reader {
            root,
            root_canonical,
            allow_outside,
            cache: HashMap::new(),
        }
    }

    /// The project root, absolute.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Whether `path` may be read: its canonical path when it exists, `None` when it does not.
    pub fn admit(&self, path: &Path) -> Result<Option<PathBuf>, ReadError> {
        let abs = absolute(path);
        if !self.allow_outside && !abs.starts_with(&self.root) {
            return Err(ReadError::Outside);
        }
        match std::fs::canonicalize(&abs) {
            Ok(c) if !self.allow_outside && !c.starts_with(&self.root_canonical) => {
                Err(ReadError::Outside)
            }
            Ok(c) => Ok(Some(c)),
            Err(_) => Ok(None),
        }
    }

    /// Read `path` (a regular file inside the root, at most `max_bytes`, UTF-8) into `sources`,
    /// or find it there; `sensitive` marks files whose values must never be shown.
    pub fn read(
        &mut self,
        sources: &mut SourceMap,
        path: &Path,
        max_bytes: u64,
        sensitive: bool,
    ) -> Result<FileId, ReadError> {
        let canonical = self
            .admit(path)?
            .ok_or_else(|| ReadError::Unreadable("no such file".into()))?;
        if let Some(id) = self.cache.get(&canonical) {
            if sensitive {
                sources.mark_sensitive(*id);
            }
            return Ok(*id);
        }
        let text = read_bounded(&canonical, max_bytes).map_err(ReadError::Unreadable)?;
        let id = sources.add(path.to_path_buf(), text);
        // A file outside the root (read because that was allowed) is never shown either.
        if sensitive || !canonical.starts_with(&self.root_canonical) {
            sources.mark_sensitive(id);
        }
        self.cache.insert(canonical, id);
        Ok(id)
    }
}

/// Read a regular file of at most `max_bytes` as UTF-8 text. Never blocks on a FIFO or a
/// device, never reads more than `max_bytes + 1` bytes.
pub fn read_bounded(path: &Path, max_bytes: u64) -> Result<String, String> {
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if !meta.is_file() {
        return Err("not a regular file".into());
    }
    if meta.len() > max_bytes {
        return Err(too_large(meta.len(), max_bytes));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::new();
    file.take(max_bytes + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > max_bytes {
        return Err(format!(
            "it is larger than {max_bytes} bytes, the most fclint reads"
        ));
    }
    String::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())
}

fn too_large(len: u64, max: u64) -> String {
    format!("{len} bytes is more than fclint reads ({max} bytes)")
}

pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The nearest directory at or above `s_yaml`'s directory that holds `.git` (a directory, or
/// the file of a worktree), else `s_yaml`'s directory; absolute, `..` folded.
pub fn project_root(s_yaml: &Path) -> PathBuf {
    let abs = absolute(s_yaml);
    let own = abs
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| abs.clone());
    let mut dir = Some(own.as_path());
    while let Some(d) = dir {
        if std::fs::symlink_metadata(d.join(".git")).is_ok() {
            return d.to_path_buf();
        }
        dir = d.parent();
    }
    own
}

/// `path` made absolute against the working directory, `.` and `..` folded lexically.
pub fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir()
            .map(|d| d.join(path))
            .unwrap_or_else(|_| path.to_path_buf())
    };
    let mut out = PathBuf::new();
    for c in joined.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn confines_to_the_root_lexically_and_through_links() {
        let tmp = std::env::temp_dir().join(format!("fclint-confine-{}", std::process::id()));
        let proj = tmp.join("proj");
        std::fs::create_dir_all(proj.join(".git")).unwrap();
        std::fs::create_dir_all(proj.join("sub")).unwrap();
        std::fs::write(tmp.join("secret.txt"), "s").unwrap();
        std::fs::write(proj.join("sub/in.txt"), "in").unwrap();
        let _ = std::fs::remove_file(proj.join("link.txt"));
        std::os::unix::fs::symlink(tmp.join("secret.txt"), proj.join("link.txt")).unwrap();
        let r = Reader::for_file(&proj.join("sub/s.yaml"), false);
        assert_eq!(r.root(), absolute(&proj).as_path());
        assert!(r.admit(&proj.join("sub/in.txt")).unwrap().is_some());
        assert!(r.admit(&proj.join("sub/missing.txt")).unwrap().is_none());
        assert_eq!(r.admit(&proj.join("link.txt")), Err(ReadError::Outside));
        assert_eq!(
            r.admit(&proj.join("../secret.txt")),
            Err(ReadError::Outside)
        );
        // As written outside: refused whether or not it exists.
        assert_eq!(r.admit(&proj.join("../nope.txt")), Err(ReadError::Outside));
        assert_eq!(r.admit(Path::new("/etc/passwd")), Err(ReadError::Outside));
        let open = Reader::for_file(&proj.join("sub/s.yaml"), true);
        assert!(open.admit(&proj.join("link.txt")).unwrap().is_some());
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[cfg(unix)]
    #[test]
    fn reads_only_regular_bounded_files() {
        let tmp = std::env::temp_dir().join(format!("fclint-bounded-{}", std::process::id()));
        std::fs::create_dir_all(&tmp).unwrap();
        std::fs::write(tmp.join("f.txt"), "0123456789").unwrap();
        assert_eq!(read_bounded(&tmp.join("f.txt"), 10).unwrap(), "0123456789");
        assert!(read_bounded(&tmp.join("f.txt"), 9).is_err());
        assert!(read_bounded(&tmp, 100)
            .unwrap_err()
            .contains("not a regular file"));
        // A /proc file says it is empty; its real length is still bounded.
        if Path::new("/proc/self/environ").exists() {
            let r = read_bounded(Path::new("/proc/self/status"), 8);
            assert!(r.is_err(), "{r:?}");
        }
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
