//! Sizes as fclint.toml and the messages write them (`2KB`, `128 KB`).

/// Parse a size: a whole number of bytes (`2048`) or a number with a unit (`2KB`, `1.5 MiB`,
/// `512B`). `K`/`KB`/`KiB` all mean 1024 bytes, as the platform's "128 KB" async body limit does
/// (its split example fills exactly 64 × 2 KB = 128 KB; see [`crate::limits::KB`]); likewise
/// `M`/`MB`/`MiB` = 1024² and `G`/`GB`/`GiB` = 1024³. Units are case-insensitive.
pub fn parse_size(text: &str) -> Result<u64, String> {
    let t = text.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let unit = unit.trim();
    let mult = match unit.to_ascii_lowercase().as_str() {
        "" | "b" => 1,
        "k" | "kb" | "kib" => crate::limits::KB,
        "m" | "mb" | "mib" => crate::limits::MB,
        "g" | "gb" | "gib" => crate::limits::GB,
        _ => {
            return Err(format!(
            "`{text}` is not a size: unknown unit `{unit}` (use B, KB, MB or GB; KB = 1024 bytes)"
        ))
        }
    };
    let v: f64 = num
        .parse()
        .map_err(|_| format!("`{text}` is not a size (write e.g. `2KB`, `1MiB`, `512B`)"))?;
    let bytes = (v * mult as f64).round();
    if !bytes.is_finite() || !(1.0..=1e15).contains(&bytes) {
        return Err(format!(
            "`{text}` is not a usable message size (at least 1 byte)"
        ));
    }
    Ok(bytes as u64)
}

/// Render a byte count the way the docs write sizes (`2 KB`, `128 KB`, `32 MB`, `700 B`).
pub fn format_size(bytes: u64) -> String {
    use crate::limits::{GB, KB, MB};
    let fmt = |v: f64, u: &str| {
        if (v - v.round()).abs() < 1e-9 {
            format!("{} {u}", v.round() as u64)
        } else {
            format!("{v:.1} {u}")
        }
    };
    if bytes >= GB {
        fmt(bytes as f64 / GB as f64, "GB")
    } else if bytes >= MB {
        fmt(bytes as f64 / MB as f64, "MB")
    } else if bytes >= KB {
        fmt(bytes as f64 / KB as f64, "KB")
    } else {
        format!("{bytes} B")
    }
}
