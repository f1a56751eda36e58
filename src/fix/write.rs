//! Writing a fixed file: only a regular file inside the project root, atomically (a
//! temporary file beside it, then a rename), keeping its permissions.

use std::io::Write;
use std::path::{Path, PathBuf};

/// Why `--fix` does not write a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WriteRefusal {
    /// The path is a symbolic link: writing would replace the link (or change its target).
    Symlink,
    /// The file lies outside the project root of the working directory.
    OutsideRoot,
    /// Not a regular file, or it cannot be inspected.
    NotAFile,
}

impl WriteRefusal {
    pub fn reason(&self) -> &'static str {
        match self {
            WriteRefusal::Symlink => "it is a symbolic link",
            WriteRefusal::OutsideRoot => {
                "it is outside the project root (give --allow-outside-root to fix it anyway)"
            }
            WriteRefusal::NotAFile => "it is not a regular file",
        }
    }
}

/// Whether `--fix` may write `path`: a regular file, not a link, inside `root` (the project
/// root of the working directory) unless `allow_outside` is set.
pub fn check_writable(path: &Path, root: &Path, allow_outside: bool) -> Result<(), WriteRefusal> {
    let meta = std::fs::symlink_metadata(path).map_err(|_| WriteRefusal::NotAFile)?;
    if meta.file_type().is_symlink() {
        return Err(WriteRefusal::Symlink);
    }
    if !meta.is_file() {
        return Err(WriteRefusal::NotAFile);
    }
    if allow_outside {
        return Ok(());
    }
    let real = std::fs::canonicalize(path).map_err(|_| WriteRefusal::NotAFile)?;
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    if real.starts_with(&root) {
        Ok(())
    } else {
        Err(WriteRefusal::OutsideRoot)
    }
}

/// Replace the content of `path` with `text` atomically: write a new file beside it with the
/// same permissions, flush it to disk, rename it over `path`. Readers see the old or the new
/// file, never a part; on an error the old file is untouched and the temporary file removed.
pub fn write_atomic(path: &Path, text: &str) -> std::io::Result<()> {
    let perms = std::fs::metadata(path)?.permissions();
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.set_permissions(perms)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// `.NAME.fclint-PID-N.tmp` beside `path` (same directory, so the rename stays on one file
/// system).
fn temp_path(path: &Path) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = N.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!(".{name}.fclint-{}-{n}.tmp", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_atomically_keeping_permissions_and_refuses_links() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("s.yaml");
        std::fs::write(&f, "a: 1\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&f, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomic(&f, "a: 2\n").unwrap();
        assert_eq!(std::fs::read_to_string(&f).unwrap(), "a: 2\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&f).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o640);
        }
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert_eq!(check_writable(&f, dir.path(), false), Ok(()));
        #[cfg(unix)]
        {
            let link = dir.path().join("link.yaml");
            std::os::unix::fs::symlink(&f, &link).unwrap();
            assert_eq!(
                check_writable(&link, dir.path(), false),
                Err(WriteRefusal::Symlink)
            );
        }
        let other = tempfile::tempdir().unwrap();
        assert_eq!(
            check_writable(&f, other.path(), false),
            Err(WriteRefusal::OutsideRoot)
        );
        assert_eq!(check_writable(&f, other.path(), true), Ok(()));
    }
}
