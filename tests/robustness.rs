//! No panics on any input: random bytes and mangled real configs become diagnostics.

mod common;

use proptest::prelude::*;

fn check_text(text: &str) {
    let dir = std::env::temp_dir().join(format!("fclint-prop-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(format!(
        "{:x}.yaml",
        text.len() ^ text.bytes().map(u64::from).sum::<u64>() as usize
    ));
    std::fs::write(&p, text).unwrap();
    let mut sources = fclint::source::SourceMap::new();
    let _ = fclint::check_file(&mut sources, &p, &fclint::CheckOptions::default()).unwrap();
}

const SEED: &str = include_str!("../examples/kafka/s.yaml");

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        check_text(&s);
    }

    #[test]
    fn truncated_and_spliced_examples_never_panic(cut in 0usize..2000, insert in "[\\[\\]{}:&*!|>'\"#%@`, -]{0,4}") {
        let mut s: String = SEED.chars().take(cut).collect();
        s.push_str(&insert);
        s.extend(SEED.chars().skip(cut));
        check_text(&s);
    }
}

/// The fuzz target's body over every fixture and example (and the corpus when set): it
/// compiles and runs in CI, not only under cargo-fuzz.
#[test]
fn the_fuzz_target_runs_on_every_fixture() {
    let root = common::root();
    let mut files = common::yaml_files(&root.join("testdata"));
    files.extend(common::yaml_files(&root.join("examples")));
    if let Some((_, corpus)) = common::corpus() {
        files.extend(corpus);
    }
    assert!(files.len() > 100, "only {} files", files.len());
    for f in &files {
        fclint::fuzzing::exercise(&std::fs::read(f).unwrap());
    }
}
