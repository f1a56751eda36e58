//! Presentation: durations, numbers, splits and percentages as people read them, in English
//! and Chinese, and [`Lines`], the one place `plan` and `explain` emit their text. Used by
//! plan, explain and rule messages; no arithmetic of the platform lives here.

use crate::diag::Lang;

/// `86015` → `23 h 53 min 35 s`; `45` → `45 s`.
pub fn human_duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let mut parts = Vec::new();
    if h > 0 {
        parts.push(format!("{h} h"));
    }
    if m > 0 {
        parts.push(format!("{m} min"));
    }
    if s > 0 || parts.is_empty() {
        parts.push(format!("{s} s"));
    }
    parts.join(" ")
}

/// `86015` → `23 小时 53 分 35 秒`.
pub fn human_duration_zh(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    let mut out = String::new();
    if h > 0 {
        out.push_str(&format!("{h} 小时 "));
    }
    if m > 0 {
        out.push_str(&format!("{m} 分 "));
    }
    if s > 0 || out.is_empty() {
        out.push_str(&format!("{s} 秒"));
    }
    out.trim_end().to_string()
}

/// [`human_duration`] or [`human_duration_zh`].
pub fn duration(seconds: u64, lang: Lang) -> String {
    match lang {
        Lang::En => human_duration(seconds),
        Lang::Zh => human_duration_zh(seconds),
    }
}

/// A number for people: whole numbers without decimals, else one decimal (two below 10).
pub fn num(v: f64) -> String {
    if !v.is_finite() {
        return "∞".into();
    }
    if (v - v.round()).abs() < 1e-9 {
        return format!("{}", v.round() as i64);
    }
    let s = if v.abs() >= 10.0 {
        format!("{v:.1}")
    } else {
        format!("{v:.2}")
    };
    let s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    if s == "0" || s == "-0" {
        format!("{v:.3}")
    } else {
        s
    }
}

/// A number for JSON: rounded to 3 decimals.
pub fn round3(v: f64) -> f64 {
    (v * 1000.0).round() / 1000.0
}

/// `6%` of the quota (`—` for a zero quota).
pub fn percent(n: u64, quota: u64) -> String {
    if quota == 0 {
        return "—".into();
    }
    format!("{}%", num(n as f64 * 100.0 / quota as f64))
}

/// `instances` → `instance` for one (English units are written plural).
pub fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        match unit.strip_suffix("ies") {
            Some(stem) => format!("{stem}y"),
            None => unit.strip_suffix('s').unwrap_or(unit).to_string(),
        }
    } else {
        unit.to_string()
    }
}

/// The pushes of a split batch: `64 + 36`, or `78 pushes of 128 + 1 of 16` for long splits.
pub fn split_text(parts: &[u64], lang: Lang) -> String {
    if parts.len() <= 3 {
        return parts
            .iter()
            .map(u64::to_string)
            .collect::<Vec<_>>()
            .join(" + ");
    }
    let first = parts[0];
    let full = parts.iter().filter(|p| **p == first).count();
    let last = parts.last().copied().unwrap_or(first);
    match (lang, last == first) {
        (Lang::En, true) => format!("{full} pushes of {first}"),
        (Lang::En, false) => format!("{full} pushes of {first} + 1 of {last}"),
        (Lang::Zh, true) => format!("{full} 次 × {first}"),
        (Lang::Zh, false) => format!("{full} 次 × {first} + 1 次 × {last}"),
    }
}

/// A batch cut into parts, as batches rather than pushes (SCF pulls): `61 + 39`, or
/// `4 batches of 122 + 1 of 12`.
pub fn batches_text(parts: &[u64], lang: Lang) -> String {
    if parts.len() <= 3 {
        return split_text(parts, lang);
    }
    let first = parts[0];
    let full = parts.iter().filter(|p| **p == first).count();
    let last = parts.last().copied().unwrap_or(first);
    match (lang, last == first) {
        (Lang::En, true) => format!("{full} batches of {first}"),
        (Lang::En, false) => format!("{full} batches of {first} + 1 of {last}"),
        (Lang::Zh, true) => format!("{full} 批 × {first}"),
        (Lang::Zh, false) => format!("{full} 批 × {first} + 1 批 × {last}"),
    }
}

/// Output text, line by line: every line `plan` and `explain` print goes through
/// [`Lines::line`], which writes control characters, bidi overrides and line separators
/// visibly (see [`crate::inert`]). Values from the file are already made inert where the plan
/// and the story are built, so that a line break in a value reads `\n` instead of starting a
/// line; this is the second line of defence for any text that was not.
#[derive(Debug, Default)]
pub struct Lines {
    out: String,
}

impl Lines {
    pub fn new() -> Lines {
        Lines::default()
    }

    /// One line (a text with line breaks is several lines).
    pub fn line(&mut self, text: &str) {
        for l in text.split('\n') {
            self.out.push_str(&crate::inert::escape_keeping_lines(l));
            self.out.push('\n');
        }
    }

    /// An empty line.
    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// Nothing written yet.
    pub fn is_empty(&self) -> bool {
        self.out.is_empty()
    }

    /// The last line written is empty (or nothing is written).
    pub fn after_blank(&self) -> bool {
        self.out.is_empty() || self.out.ends_with("\n\n")
    }

    /// The text, ending in exactly one line break.
    pub fn finish(self) -> String {
        self.out.trim_end().to_string() + "\n"
    }

    /// The text as written.
    pub fn into_string(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_for_people() {
        assert_eq!(human_duration(86_015), "23 h 53 min 35 s");
        assert_eq!(human_duration_zh(86_015), "23 小时 53 分 35 秒");
        assert_eq!(human_duration(60), "1 min");
        assert_eq!(human_duration(0), "0 s");
    }

    #[test]
    fn numbers_for_people() {
        assert_eq!(num(6.0), "6");
        assert_eq!(num(1733.3333), "1733.3");
        assert_eq!(num(1.5), "1.5");
        assert_eq!(num(0.25), "0.25");
        assert_eq!(num(0.001), "0.001");
        assert_eq!(percent(6, 100), "6%");
        assert_eq!(percent(6, 0), "—");
        assert_eq!(plural(1, "instances"), "instance");
        assert_eq!(plural(1, "deliveries"), "delivery");
        assert_eq!(plural(2, "instances"), "instances");
    }

    #[test]
    fn splits_read_naturally() {
        assert_eq!(split_text(&[64, 36], Lang::En), "64 + 36");
        assert_eq!(
            split_text(&[128, 128, 128, 128, 16], Lang::En),
            "4 pushes of 128 + 1 of 16"
        );
    }

    #[test]
    fn lines_are_inert() {
        let mut l = Lines::new();
        l.line("a\u{1b}[2J\u{202e}b\rc\td");
        assert_eq!(l.finish(), "a\\u{1b}[2J\\u{202e}b\\rc\td\n");
    }

    #[test]
    fn lines_end_once() {
        let mut l = Lines::new();
        assert!(l.after_blank());
        l.line("a\nb");
        l.blank();
        assert!(l.after_blank());
        assert_eq!(l.finish(), "a\nb\n");
    }
}
