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
