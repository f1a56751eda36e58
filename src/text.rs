//! Small text utilities shared by every layer (a leaf module).

/// The closest candidate by edit distance, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    value: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = value.to_ascii_lowercase();
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    // A truncated value (`oss:ObjectCreated:Put`) completes to the shortest candidate it starts.
    if let Some(c) = candidates
        .iter()
        .filter(|c| **c != value && c.to_ascii_lowercase().starts_with(&lower) && lower.len() >= 3)
        .min_by_key(|c| c.len())
    {
        return Some(c);
    }
    let mut best: Option<(f64, &str)> = None;
    for c in candidates {
        if c == value {
            continue;
        }
        let score = if c.to_ascii_lowercase() == lower {
            1.0
        } else {
            strsim::jaro_winkler(&lower, &c.to_ascii_lowercase())
        };
        if score >= 0.85 && best.map(|(b, _)| score > b).unwrap_or(true) {
            best = Some((score, c));
        }
    }
    best.map(|(_, c)| c)
}

/// The one candidate a typo away from `value`, when exactly one is: at most two edits
/// (insert, delete, replace, swap two neighbours; one for a value of up to four characters),
/// ignoring case (the same word in another case first), and the one [`did_you_mean`]
/// suggests. This is the candidate an automatic rename or replacement may pick: a closer
/// bound than the suggestion's, which also completes a truncated word (`memory` → `memorySize`) or matches a long shared prefix
/// (`instanceType` → `instanceIsolationMode`). `None` when none or several are that close.
pub fn only_close_match<'a>(
    value: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = value.to_ascii_lowercase();
    let chars = value.chars().count();
    let bound = if chars <= 4 { 1 } else { 2 };
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    // The same word in another case is closer than any typo.
    let same_word = |c: &&str| *c != value && c.eq_ignore_ascii_case(value);
    let bound = if candidates.iter().any(same_word) {
        0
    } else {
        bound
    };
    // The distance is at least the difference in length: only candidates of about the same
    // length are compared, so a huge value costs no more than reading it.
    let mut close = candidates.iter().copied().filter(|c| {
        *c != value
            && c.chars().count().abs_diff(chars) <= bound
            && strsim::osa_distance(&lower, &c.to_ascii_lowercase()) <= bound
    });
    let only = close.next()?;
    if close.next().is_some() {
        return None;
    }
    did_you_mean(value, candidates).filter(|s| *s == only)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_one_close_match_is_picked() {
        let offsets = ["latest", "earliest", "timestamp"];
        assert_eq!(only_close_match("lastest", offsets), Some("latest"));
        assert_eq!(only_close_match("latest", offsets), None);
        assert_eq!(only_close_match("zzz", offsets), None);
        assert_eq!(
            only_close_match("maximumTask", ["maximumTasks", "mode"]),
            Some("maximumTasks")
        );
        assert_eq!(
            only_close_match("cAPort", ["caPort", "port"]),
            Some("caPort")
        );
        // Two keys it could mean: no pick.
        assert_eq!(only_close_match("suffx", ["suffix", "suffi"]), None);
        // A completion or a shared prefix is a suggestion, not a rename.
        assert_eq!(only_close_match("memory", ["memorySize"]), None);
        let keys = ["instanceIsolationMode", "instanceConcurrency"];
        assert_eq!(only_close_match("instanceType", keys), None);
        assert_eq!(only_close_match("ab", ["abc", "xy"]), Some("abc"));
        assert_eq!(only_close_match("ab", ["abcd"]), None);
        let huge = "k".repeat(1 << 20);
        assert_eq!(only_close_match(&huge, ["key", "kk"]), None);
    }
}
