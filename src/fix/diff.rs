//! The unified diff `fclint check --diff` prints.

/// A unified diff (3 lines of context) from `before` to `after`, with `---`/`+++` headers
/// naming `path`; empty when the texts are equal. A last line without a line break is marked
/// as `diff` marks it.
pub fn unified(path: &str, before: &str, after: &str) -> String {
    if before == after {
        return String::new();
    }
    similar::TextDiff::from_lines(before, after)
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(true)
        .header(&format!("a/{path}"), &format!("b/{path}"))
        .to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn shows_only_the_changed_lines_with_context() {
        let d = super::unified("s.yaml", "a: 1\nb: '2'\nc: 3\n", "a: 1\nb: 2\nc: 3\n");
        assert_eq!(
            d,
            "--- a/s.yaml\n+++ b/s.yaml\n@@ -1,3 +1,3 @@\n a: 1\n-b: '2'\n+b: 2\n c: 3\n"
        );
        assert_eq!(super::unified("s.yaml", "x\n", "x\n"), "");
    }
}
