//! The one place `plan --diff-git` runs git.

/// `git show REV:./NAME` run in the file's directory; `None` when the revision exists but
/// does not have the file.
pub fn git_show(path: &std::path::Path, rev: &str) -> Result<Option<String>, crate::FatalError> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    // A revision is never an option (`--output=x` would make git write a file): refused when
    // it looks like one, and `--end-of-options` tells git so in any case.
    if rev.starts_with('-') {
        return Err(crate::FatalError(format!(
            "--diff-git: `{}` is not a revision (it starts with `-`)",
            crate::inert::escape(rev)
        )));
    }
    let out = std::process::Command::new("git")
        .arg("-C")
        .arg(&dir)
        .arg("show")
        .arg("--end-of-options")
        .arg(format!("{rev}:./{name}"))
        .output()
        .map_err(|e| crate::FatalError(format!("--diff-git: cannot run git: {e}")))?;
    if !out.status.success() {
        let err = String::from_utf8_lossy(&out.stderr);
        if err.contains("exists on disk, but not in") || err.contains("does not exist in") {
            return Ok(None);
        }
        // git's message quotes the revision and the path, which come from the command line and
        // the file system: escaped like every other text fclint did not write, so it stays one
        // line and cannot start a CI workflow command or move the cursor.
        return Err(crate::FatalError(format!(
            "--diff-git: git show {}:{}: {}",
            crate::inert::escape(rev),
            crate::source::display_path(path),
            crate::inert::escape(err.trim())
        )));
    }
    String::from_utf8(out.stdout).map(Some).map_err(|_| {
        crate::FatalError(format!(
            "--diff-git: {}:{} is not UTF-8 text",
            crate::inert::escape(rev),
            crate::source::display_path(path)
        ))
    })
}
