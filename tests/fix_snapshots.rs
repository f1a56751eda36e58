//! Autofix snapshots: every `testdata/fix/<code>_<case>.yaml` (or `<code>_<case>/s.yaml`, whose
//! directory may hold an `fclint.toml` with inventory) is fixed the way `fclint check --fix`
//! does — with `--unsafe-fixes` when the rule named by `<code>` declares an unsafe fix — and
//! the result compared with `<case>.fixed.yaml` and the diff with `<case>.diff`.
//! `FCLINT_BLESS=1` rewrites them.
//!
//! Each fixture must show its rule's fix at work: before, a finding of `<code>` carries a fix
//! of the declared kind; after, no finding of `<code>` with a fix is left, and fixing again
//! changes nothing.

mod common;
use common::{compare_snapshot, root};

use std::path::{Path, PathBuf};

use fclint::codes::{Applicability, Code};
use fclint::fix::{fix_text, FixMode};

/// `(file, code, snapshot stem)` of each fixture.
fn cases() -> Vec<(PathBuf, Code, PathBuf)> {
    let dir = root().join("testdata/fix");
    let mut out = Vec::new();
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let p = e.path();
        let name = p.file_name().unwrap().to_string_lossy().into_owned();
        let (file, stem) = if p.is_dir() {
            (p.join("s.yaml"), p.clone())
        } else if name.ends_with(".yaml") && !name.ends_with(".fixed.yaml") {
            (p.clone(), p.with_extension(""))
        } else {
            continue;
        };
        let code = name
            .split('_')
            .next()
            .and_then(Code::parse)
            .unwrap_or_else(|| panic!("{name}: name a fixture `<code>_<case>`"));
        out.push((file, code, stem));
    }
    out.sort();
    out
}

fn rel(path: &Path) -> String {
    path.strip_prefix(root())
        .unwrap_or(path)
        .display()
        .to_string()
        .replace('\\', "/")
}

fn config_for(path: &Path) -> fclint::config::Config {
    fclint::config::load_config(path, &Default::default())
        .unwrap()
        .0
}

#[test]
fn fix_snapshots() {
    let cases = cases();
    assert!(!cases.is_empty(), "no fixtures under testdata/fix");
    let mut failures = Vec::new();
    for (file, code, stem) in cases {
        let declared = fclint::checks::registry::get(code)
            .fix
            .unwrap_or_else(|| panic!("{}: {code} declares no fix", rel(&file)));
        let mode = FixMode {
            unsafe_fixes: declared == Applicability::Unsafe,
        };
        let config = config_for(&file);
        let resolve = config.resolve_options(&Default::default());
        let text = std::fs::read_to_string(&file).unwrap();
        let before = fclint::check_buffer(&file, text.clone(), &config, &resolve);
        assert!(
            before
                .diagnostics
                .iter()
                .any(|d| d.code == code
                    && d.fix.as_ref().is_some_and(|f| f.applicability == declared)),
            "{}: no {code} finding with a {} fix",
            rel(&file),
            declared.as_str()
        );
        let fixed = fix_text(&file, text.clone(), &config, &resolve, mode);
        assert!(!fixed.unparsable, "{}: a round would not parse", rel(&file));
        assert!(
            fixed.fixed.contains(&code),
            "{}: {code} was not fixed",
            rel(&file)
        );
        let left: Vec<_> = fixed
            .diagnostics
            .iter()
            .filter(|d| d.code == code && d.fix.is_some())
            .collect();
        assert!(
            left.is_empty(),
            "{}: fixable {code} left: {left:?}",
            rel(&file)
        );
        let again = fix_text(&file, fixed.text.clone(), &config, &resolve, mode);
        assert_eq!(
            again.text,
            fixed.text,
            "{}: a second fix changes it",
            rel(&file)
        );
        let fixed_path = if file.ends_with("s.yaml") {
            stem.join("s.fixed.yaml")
        } else {
            stem.with_extension("fixed.yaml")
        };
        compare_snapshot(&fixed_path, &fixed.text, &mut failures);
        let diff = fclint::fix::unified(&rel(&file), &text, &fixed.text);
        compare_snapshot(&stem.with_extension("diff"), &diff, &mut failures);
    }
    assert!(
        failures.is_empty(),
        "fix snapshot mismatches (FCLINT_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// A rule that declares a fix shows it on a fixture, and a fixture names a rule with a fix
/// (checked in `fix_snapshots`).
#[test]
fn every_fixable_rule_has_a_fix_fixture() {
    let have: Vec<Code> = cases().into_iter().map(|(_, c, _)| c).collect();
    let missing: Vec<&str> = fclint::checks::registry::all()
        .iter()
        .filter(|r| r.fix.is_some() && !have.contains(&r.code))
        .map(|r| r.code.as_str())
        .collect();
    assert!(
        missing.is_empty(),
        "rules with a fix but no testdata/fix/<code>_*.yaml: {missing:?}"
    );
}
