//! The YAML layer: spans, anchors/aliases/merge keys, typing, hostile input.

use fclint::source::{parse, Kind, ParseLimits, SourceMap};

fn load(text: &str) -> (Option<fclint::source::Node>, Vec<fclint::diag::Diagnostic>) {
    let mut sm = SourceMap::new();
    let id = sm.add("t.yaml".into(), text.to_string());
    let out = parse(id, sm.get(id), ParseLimits::default());
    let root = out.root.map(|mut r| {
        r.assign_pointers("");
        r
    });
    (root, out.diagnostics)
}

#[test]
fn spans_are_one_based_and_count_characters() {
    let (root, d) = load("名字: 函数\nmemorySize: 1000\n");
    assert!(d.is_empty());
    let root = root.unwrap();
    let m = root.get("memorySize").unwrap();
    assert_eq!((m.span.start.line, m.span.start.col), (2, 13));
    assert_eq!((m.span.end.line, m.span.end.col), (2, 17));
    let v = root.get("名字").unwrap();
    assert_eq!((v.span.start.line, v.span.start.col), (1, 5));
    // byte offsets point into the UTF-8 text
    assert_eq!(v.span.start.byte, "名字: ".len() as u32);
    assert_eq!(m.pointer, "/memorySize");
}

#[test]
fn scalars_are_typed_like_js_yaml() {
    let (root, _) =
        load("a: 3.0.0\nb: 3\nc: 0.35\nd: true\ne: ~\nf: '5'\ng: yes\nh: 0x1F\ni: 1e3\n");
    let r = root.unwrap();
    assert_eq!(r.get("a").unwrap().kind, Kind::Str("3.0.0".into()));
    assert_eq!(r.get("b").unwrap().kind, Kind::Int(3));
    assert_eq!(r.get("c").unwrap().kind, Kind::Float(0.35));
    assert_eq!(r.get("d").unwrap().kind, Kind::Bool(true));
    assert_eq!(r.get("e").unwrap().kind, Kind::Null);
    assert_eq!(r.get("f").unwrap().kind, Kind::Str("5".into()));
    assert_eq!(r.get("g").unwrap().kind, Kind::Str("yes".into()));
    assert_eq!(r.get("h").unwrap().kind, Kind::Int(31));
    assert_eq!(r.get("i").unwrap().kind, Kind::Float(1000.0));
}

#[test]
fn merge_keys_let_explicit_keys_win_and_keep_origins() {
    let (root, d) =
        load("base: &b\n  timeout: 10\n  memorySize: 512\nfn:\n  timeout: 60\n  <<: *b\n");
    assert!(d.is_empty(), "{d:?}");
    let f = root.unwrap();
    let f = f.get("fn").unwrap();
    assert_eq!(f.get("timeout").unwrap().as_i64(), Some(60));
    let m = f.get("memorySize").unwrap();
    assert_eq!(m.as_i64(), Some(512));
    assert_eq!(
        m.span.start.line, 3,
        "merged values keep the span of their definition"
    );
}

#[test]
fn aliases_use_the_alias_site_and_remember_the_anchor() {
    let (root, _) = load("a: &x 5\nb: *x\n");
    let r = root.unwrap();
    let b = r.get("b").unwrap();
    assert_eq!(b.as_i64(), Some(5));
    assert_eq!(b.span.start.line, 2);
    assert_eq!(b.origin.as_ref().unwrap().start.line, 1);
}

#[test]
fn duplicate_keys_are_reported_with_both_locations() {
    let (_, d) = load("a: 1\nb: 2\na: 3\n");
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code.as_str(), "SY002");
    assert_eq!((d[0].span.start.line, d[0].span.start.col), (3, 1));
    assert_eq!(d[0].notes[0].span.start.line, 1);
}

#[test]
fn alias_bombs_stop_quickly_with_a_diagnostic() {
    let mut text = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let p = i - 1;
        text.push_str(&format!(
            "a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"
        ));
    }
    let (root, d) = load(&text);
    assert!(root.is_none());
    assert_eq!(d[0].code.as_str(), "SY003");
}

#[test]
fn deep_nesting_is_refused_not_overflowed() {
    let text = format!("{}{}", "[".repeat(20_000), "]".repeat(20_000));
    let (root, d) = load(&text);
    assert!(root.is_none());
    assert_eq!(d[0].code.as_str(), "SY003");
}

#[test]
fn syntax_errors_have_locations_and_tabs_get_help() {
    let (_, d) = load("a:\n\tb: 1\n");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(d[0].code.as_str(), "SY001");
    // At the tab itself (the parser reports the position after it).
    assert_eq!((d[0].span.start.line, d[0].span.start.col), (2, 1));
    assert_eq!(
        d[0].message.en,
        "invalid YAML: tabs disallowed within this context (block indentation)"
    );
    let help = d[0].help.as_ref().expect("a tab gets help");
    assert_eq!(
        help.en,
        "YAML does not allow tabs for indentation; indent with spaces"
    );
    assert_eq!(help.zh, "YAML 不允许用制表符缩进；请使用空格");
    // Other syntax errors are located too, and do not get the tab help.
    let (_, d) = load("a: [x\n");
    assert_eq!(d[0].code.as_str(), "SY001");
    assert_eq!(
        d[0].message.en,
        "invalid YAML: while parsing a flow sequence, expected ',' or ']'"
    );
    assert!(d[0].help.is_none(), "{:?}", d[0].help);
}

#[test]
fn a_tab_error_points_at_the_tab_not_the_scalar_before_it() {
    let (_, d) = load("a:\n  b: fc3\n\tc: 1\n");
    assert_eq!(d.len(), 1, "{d:?}");
    assert_eq!(
        d[0].message.en,
        "invalid YAML: while scanning a plain scalar, found a tab"
    );
    assert_eq!((d[0].span.start.line, d[0].span.start.col), (3, 1));
}

#[test]
fn mapping_values_not_allowed_hints_at_the_previous_line() {
    let (_, d) = load("a:\n  b: hello\n    c: 2\n");
    assert_eq!(
        d[0].message.en,
        "invalid YAML: mapping values are not allowed in this context"
    );
    assert_eq!((d[0].span.start.line, d[0].span.start.col), (3, 6));
    let help = d[0].help.as_ref().expect("a hint");
    assert!(
        help.en.starts_with("check the previous line"),
        "{}",
        help.en
    );
    assert!(help.zh.starts_with("请检查上一行"), "{}", help.zh);
}

#[test]
fn a_mapping_as_a_key_is_valid_yaml_read_like_js_yaml() {
    // `{ { x } }`: a flow mapping keyed by a mapping; js-yaml makes the key "[object Object]".
    let (root, d) = load("q: { { name } }\nl: { [a, b]: 1 }\nn: { [a, [b]]: 1 }\n");
    let r = root.unwrap();
    assert_eq!(r.get("q").unwrap().entries()[0].key, "[object Object]");
    assert_eq!(r.get("l").unwrap().entries()[0].key, "a,b");
    assert_eq!(d.len(), 1, "only the nested list key stops js-yaml: {d:?}");
    assert_eq!(d[0].code.as_str(), "SY001");
    assert_eq!(d[0].span.start.line, 3);
}
