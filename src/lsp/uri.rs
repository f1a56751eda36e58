//! `file:` URIs to paths and back (RFC 8089 as editors write them: VS Code percent-encodes the
//! drive colon, `file:///c%3A/…`; Neovim writes `file:///C:/…`). Paths are normalized lexically
//! (`.` and `..` resolved) so that a base file named `./base.yaml` and the same file opened in
//! the editor are one key.

use std::path::{Component, Path, PathBuf};
use std::str::FromStr;

use lsp_types::Uri;
use percent_encoding::{percent_decode_str, utf8_percent_encode, AsciiSet, CONTROLS};

/// Characters a path segment keeps as they are (RFC 3986 unreserved, plus `/` between
/// segments); everything else is percent-encoded the way VS Code encodes it.
const PATH_SET: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'[')
    .add(b']')
    .add(b'\\')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}')
    .add(b':');

/// The local path of a `file:` URI; `None` for other schemes (`untitled:`, `git:` …).
pub fn to_path(uri: &Uri) -> Option<PathBuf> {
    let s = uri.as_str();
    let rest = s
        .strip_prefix("file://")
        .or_else(|| s.strip_prefix("FILE://"))?;
    let (host, path) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, "/"),
    };
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let decoded = percent_decode_str(path).decode_utf8().ok()?.into_owned();
    let local = if cfg!(windows) {
        let p = decoded.trim_start_matches('/');
        let is_drive = p.len() >= 2 && p.as_bytes()[1] == b':';
        match (host.is_empty() || host == "localhost", is_drive) {
            (true, true) => p.replace('/', "\\"),
            (true, false) => decoded.replace('/', "\\"),
            (false, _) => format!("\\\\{host}{}", decoded.replace('/', "\\")),
        }
    } else {
        if !(host.is_empty() || host == "localhost") {
            return None;
        }
        decoded
    };
    Some(normalize(Path::new(&local)))
}

/// The `file:` URI of an absolute path (normalized).
pub fn from_path(path: &Path) -> Option<Uri> {
    let s = normalize(path).to_string_lossy().replace('\\', "/");
    let s = if s.starts_with('/') {
        s
    } else {
        format!("/{s}")
    };
    let encoded = utf8_percent_encode(&s, PATH_SET).to_string();
    Uri::from_str(&format!("file://{encoded}")).ok()
}

/// Resolve `.` and `..` without touching the file system.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn round_trips_unix_paths() {
        let p = Path::new("/w/my app/s.yaml");
        let u = from_path(p).unwrap();
        assert_eq!(u.as_str(), "file:///w/my%20app/s.yaml");
        assert_eq!(to_path(&u).unwrap(), p);
        let cjk = Path::new("/w/函数/s.yaml");
        assert_eq!(to_path(&from_path(cjk).unwrap()).unwrap(), cjk);
        let dotted = Uri::from_str("file:///w/a/./b/../s.yaml").unwrap();
        assert_eq!(to_path(&dotted).unwrap(), Path::new("/w/a/s.yaml"));
        assert!(to_path(&Uri::from_str("untitled:Untitled-1").unwrap()).is_none());
    }
}
