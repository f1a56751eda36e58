//! Scalars as YAML 1.2's core schema (and js-yaml, which the Serverless Devs CLI uses) reads
//! them: null, booleans, integers, floats, strings.

use super::Kind;

/// YAML 1.2 core schema resolution of a scalar, as js-yaml (the Serverless Devs CLI) does it.
pub(super) fn scalar_kind(value: &str, plain: bool, tag: Option<&str>) -> Kind {
    match tag {
        Some("str") => return Kind::Str(value.to_string()),
        Some("int") => {
            if let Some(i) = parse_int(value) {
                return Kind::Int(i);
            }
        }
        Some("float") => {
            if let Some(f) = parse_float(value) {
                return Kind::Float(f);
            }
        }
        Some("bool") => {
            if let Some(b) = parse_bool(value) {
                return Kind::Bool(b);
            }
        }
        Some("null") => return Kind::Null,
        _ => {}
    }
    if !plain {
        return Kind::Str(value.to_string());
    }
    if matches!(value, "" | "~" | "null" | "Null" | "NULL") {
        return Kind::Null;
    }
    if let Some(b) = parse_bool(value) {
        return Kind::Bool(b);
    }
    if let Some(i) = parse_int(value) {
        return Kind::Int(i);
    }
    if let Some(f) = parse_float(value) {
        return Kind::Float(f);
    }
    Kind::Str(value.to_string())
}

fn parse_bool(v: &str) -> Option<bool> {
    match v {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

fn parse_int(v: &str) -> Option<i64> {
    let (neg, digits) = match v.as_bytes().first()? {
        b'-' => (true, &v[1..]),
        b'+' => (false, &v[1..]),
        _ => (false, v),
    };
    let parsed = if let Some(h) = digits.strip_prefix("0x") {
        i64::from_str_radix(h, 16).ok()?
    } else if let Some(o) = digits.strip_prefix("0o") {
        i64::from_str_radix(o, 8).ok()?
    } else {
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<i64>().ok()?
    };
    Some(if neg { -parsed } else { parsed })
}

fn parse_float(v: &str) -> Option<f64> {
    match v {
        ".inf" | ".Inf" | ".INF" | "+.inf" | "+.Inf" | "+.INF" => return Some(f64::INFINITY),
        "-.inf" | "-.Inf" | "-.INF" => return Some(f64::NEG_INFINITY),
        ".nan" | ".NaN" | ".NAN" => return Some(f64::NAN),
        _ => {}
    }
    let body = v.strip_prefix(['-', '+']).unwrap_or(v);
    let mut seen_digit = false;
    let mut seen_dot = false;
    let mut seen_exp = false;
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'0'..=b'9' => seen_digit = true,
            b'.' if !seen_dot && !seen_exp => seen_dot = true,
            b'e' | b'E' if seen_digit && !seen_exp => {
                seen_exp = true;
                if matches!(bytes.get(i + 1), Some(b'+') | Some(b'-')) {
                    i += 1;
                }
                if !matches!(bytes.get(i + 1), Some(b'0'..=b'9')) {
                    return None;
                }
            }
            _ => return None,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    v.parse::<f64>().ok()
}

/// A decimal, hex or octal integer as YAML writes it (whatever its size).
pub(super) fn is_integer_literal(v: &str) -> bool {
    let digits = v.strip_prefix(['-', '+']).unwrap_or(v);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}
