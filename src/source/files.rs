use std::path::{Path, PathBuf};

use crate::span::{FileId, Pos};

/// One loaded file: its path as given and as displayed, and its text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// The path as shown to users (relative to the working directory when possible).
    pub display: String,
    pub text: String,
    /// The file holds values that must never be shown (a `.env` file, a file included with
    /// `${file()}`): outputs give its location but never its text.
    pub sensitive: bool,
    line_starts: Vec<u32>,
}

impl SourceFile {
    pub fn new(path: PathBuf, display: String, text: String) -> SourceFile {
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push((i + 1) as u32);
            }
        }
        SourceFile {
            path,
            display,
            text,
            sensitive: false,
            line_starts,
        }
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// The text of a 1-based line, without its line break.
    pub fn line(&self, line: u32) -> Option<&str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.line_starts.get(i)? as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map(|e| *e as usize)
            .unwrap_or(self.text.len());
        let s = self.text.get(start..end)?;
        Some(s.trim_end_matches(['\n', '\r']))
    }

    /// Position for a byte offset (clamped to the text, snapped to a char boundary).
    pub fn pos_at_byte(&self, byte: usize) -> Pos {
        let mut byte = byte.min(self.text.len());
        while !self.text.is_char_boundary(byte) {
            byte -= 1;
        }
        let line_idx = match self.line_starts.binary_search(&(byte as u32)) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line_idx] as usize;
        let col = self.text[start..byte].chars().count() + 1;
        Pos {
            line: (line_idx + 1) as u32,
            col: col as u32,
            byte: byte as u32,
        }
    }

    /// Position for a 1-based line and a 0-based character column.
    pub fn pos_at_line_col0(&self, line: usize, col0: usize) -> Pos {
        let idx = line.saturating_sub(1).min(self.line_starts.len() - 1);
        let start = self.line_starts[idx] as usize;
        let rest = &self.text[start..];
        let mut byte = start;
        for (n, (i, ch)) in rest.char_indices().enumerate() {
            if n == col0 || ch == '\n' {
                byte = start + i;
                break;
            }
            byte = start + i + ch.len_utf8();
        }
        Pos {
            line: (idx + 1) as u32,
            col: (col0 + 1) as u32,
            byte: byte as u32,
        }
    }
}

/// All files of one run. Diagnostics refer to files by [`FileId`].
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    files: Vec<SourceFile>,
    /// Path → index, so adding and finding stay O(1) over hundreds of files.
    by_path: std::collections::HashMap<PathBuf, FileId>,
}

impl SourceMap {
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    pub fn add(&mut self, path: PathBuf, text: String) -> FileId {
        if let Some(id) = self.by_path.get(&path) {
            return *id;
        }
        let display = display_path(&path);
        self.push(SourceFile::new(path, display, text))
    }

    fn push(&mut self, file: SourceFile) -> FileId {
        let id = FileId(self.files.len() as u32);
        self.by_path.insert(file.path.clone(), id);
        self.files.push(file);
        id
    }

    /// Move the files of `other` into this map (a file already here by path is shared) and
    /// return, for each id of `other`, its id here. Used to merge the maps that parallel
    /// workers built for one file each.
    pub fn absorb(&mut self, other: SourceMap) -> Vec<FileId> {
        other
            .files
            .into_iter()
            .map(|f| match self.by_path.get(&f.path).copied() {
                Some(id) => {
                    if f.sensitive {
                        self.mark_sensitive(id);
                    }
                    id
                }
                None => self.push(f),
            })
            .collect()
    }

    /// Mark a file as holding values that must never be shown.
    pub fn mark_sensitive(&mut self, id: FileId) {
        if let Some(f) = self.files.get_mut(id.0 as usize) {
            f.sensitive = true;
        }
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    pub fn find(&self, path: &Path) -> Option<FileId> {
        self.by_path.get(path).copied()
    }

    pub fn len(&self) -> usize {
        self.files.len()
    }

    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

/// Show a path relative to the working directory: `dir/s.yaml` below it, `../other/s.yaml`
/// beside it, and as given only when no relative form exists (another drive) or the working
/// directory is unknown. Separators are always `/`. Directory and file names come from
/// strangers: control characters are written visibly, and a path that would start a line
/// with `:` or `-` (a CI workflow command, an option) starts with `./`.
pub fn display_path(path: &Path) -> String {
    let shown = display_path_raw(path);
    let shown = match shown.as_bytes().first() {
        Some(b':' | b'-') => format!("./{shown}"),
        _ => shown,
    };
    crate::inert::escape(&shown).into_owned()
}

fn display_path_raw(path: &Path) -> String {
    // fclint never changes its working directory: ask the OS once per run, not per file.
    static CWD: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    let rel = CWD
        .get_or_init(|| std::env::current_dir().ok())
        .as_deref()
        .and_then(|cwd| relative_to(path, cwd))
        .unwrap_or_else(|| path.to_path_buf());
    let s = rel.to_string_lossy().replace('\\', "/");
    match s.strip_prefix("./") {
        Some(rest) => rest.to_string(),
        None => s,
    }
}

/// `path` relative to the absolute directory `base`, lexically (`.` and `..` resolved without
/// touching the file system). `None` when they share no root (different Windows drives).
pub fn relative_to(path: &Path, base: &Path) -> Option<PathBuf> {
    use std::path::Component;
    let abs = if path.is_absolute() {
        path.to_path_buf()
    } else {
        base.join(path)
    };
    let norm = |p: &Path| {
        let mut out: Vec<Component<'_>> = Vec::new();
        for c in p.components() {
            match c {
                Component::CurDir => {}
                Component::ParentDir => {
                    if matches!(out.last(), Some(Component::Normal(_))) {
                        out.pop();
                    }
                }
                c => out.push(c),
            }
        }
        out.into_iter()
            .map(|c| c.as_os_str().to_os_string())
            .collect::<Vec<_>>()
    };
    let (p, b) = (norm(&abs), norm(base));
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    // The first component is the root (`/`, or a prefix such as `C:`): without it in common
    // there is no relative path.
    if common == 0 {
        return None;
    }
    let mut rel = PathBuf::new();
    for _ in common..b.len() {
        rel.push("..");
    }
    for c in &p[common..] {
        rel.push(c);
    }
    if rel.as_os_str().is_empty() {
        rel.push(".");
    }
    Some(rel)
}

#[cfg(test)]
mod tests {
    use super::relative_to;
    use std::path::{Path, PathBuf};

    fn rel(p: &str, base: &str) -> Option<String> {
        relative_to(Path::new(p), Path::new(base)).map(|p| p.to_string_lossy().into_owned())
    }

    #[cfg(unix)]
    #[test]
    fn relative_paths() {
        assert_eq!(rel("s.yaml", "/w/repo").as_deref(), Some("s.yaml"));
        assert_eq!(rel("./a/s.yaml", "/w/repo").as_deref(), Some("a/s.yaml"));
        assert_eq!(
            rel("/w/repo/a/s.yaml", "/w/repo").as_deref(),
            Some("a/s.yaml")
        );
        assert_eq!(
            rel("/w/other/s.yaml", "/w/repo").as_deref(),
            Some("../other/s.yaml")
        );
        assert_eq!(
            rel("../other/./x/../s.yaml", "/w/repo").as_deref(),
            Some("../other/s.yaml")
        );
        assert_eq!(
            rel("/etc/s.yaml", "/w/repo").as_deref(),
            Some("../../etc/s.yaml")
        );
        assert_eq!(
            relative_to(Path::new("/w/repo"), Path::new("/w/repo")),
            Some(PathBuf::from("."))
        );
    }
}
