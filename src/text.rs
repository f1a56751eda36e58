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

/// The one candidate close to `value`, when exactly one is (what [`did_you_mean`] would
/// suggest, with no other candidate it could as well mean): the one an automatic rename or
/// replacement may pick. `None` when none or several are close.
pub fn only_close_match<'a>(
    value: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let lower = value.to_ascii_lowercase();
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let close = candidates.iter().filter(|c| {
        let c_lower = c.to_ascii_lowercase();
        **c != value
            && ((lower.len() >= 3 && c_lower.starts_with(&lower))
                || c_lower == lower
                || strsim::jaro_winkler(&lower, &c_lower) >= 0.85)
    });
    let mut close = close.copied();
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
        // Two keys it could mean: no pick.
        assert_eq!(only_close_match("prefx", ["prefix", "prefixes"]), None);
    }
}
