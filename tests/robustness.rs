//! No panics on any input: random bytes and mangled real configs become diagnostics, with
//! and without an inventory (`fclint.toml`, `--partitions`, `--message-size`), generated or
//! taken from the fixtures, so that the rules and plan numbers that need facts are exercised
//! too.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use fclint::config::{apply_overrides, parse_config_text, Config, ConfigOverrides};
use proptest::prelude::*;

/// Check `text` as an s.yaml written into `dir` (each test case gets a directory of its own,
/// so cases and tests never share a file).
fn check_text(dir: &Path, text: &str) {
    let p = dir.join("s.yaml");
    std::fs::write(&p, text).unwrap();
    let mut sources = fclint::source::SourceMap::new();
    let _ = fclint::check_file(&mut sources, &p, &fclint::CheckOptions::default()).unwrap();
}

const SEED: &str = include_str!("../examples/kafka/s.yaml");

/// A size as `fclint.toml` and `--message-size` take it: bytes, or a number with a unit.
fn size() -> impl Strategy<Value = String> {
    prop_oneof![
        (1u64..=(1 << 40)).prop_map(|n| n.to_string()),
        (
            0u64..200_000,
            prop_oneof![Just("B"), Just("KB"), Just("MB"), Just("GB"), Just("XB")]
        )
            .prop_map(|(n, u)| format!("{n}{u}")),
    ]
}

/// One `[[topic]]` of a generated `fclint.toml`: mostly the seed's topic `orders` on its
/// instance, sometimes another instance or topic; every fact optional, values from the
/// smallest to absurd (the parser rejects some, which is part of what is exercised).
fn topic_toml() -> impl Strategy<Value = String> {
    (
        prop_oneof![
            Just(String::new()),
            Just("instance_id = \"alikafka-cn-abc123\"\n".to_string()),
            Just("instance_id = \"other\"\n".to_string()),
        ],
        prop_oneof![3 => Just("orders".to_string()), 1 => "[a-z]{1,8}"],
        proptest::option::of(prop_oneof![
            Just(1i64),
            1i64..100_000,
            Just(i64::from(u32::MAX)),
            -5i64..1
        ]),
        proptest::option::of(size()),
        proptest::option::of(size()),
        proptest::option::of(prop_oneof![Just(0.0f64), 0.0f64..1e7, Just(1e300)]),
    )
        .prop_map(|(inst, topic, partitions, size, max, rate)| {
            let mut t = format!("[[topic]]\ntopic = \"{topic}\"\n{inst}");
            if let Some(p) = partitions {
                t.push_str(&format!("partitions = {p}\n"));
            }
            if let Some(s) = size {
                t.push_str(&format!("message_size = \"{s}\"\n"));
            }
            if let Some(s) = max {
                t.push_str(&format!("max_message_size = \"{s}\"\n"));
            }
            if let Some(r) = rate {
                t.push_str(&format!("rate = {r:?}\n"));
            }
            t
        })
}

/// One `[[function]]`: mostly the seed's function, handler times from nothing to hours.
fn function_toml() -> impl Strategy<Value = String> {
    (
        prop_oneof![3 => Just("orders-consumer".to_string()), 1 => "[a-z]{1,8}"],
        proptest::option::of(prop_oneof![Just(0.0f64), 0.0f64..10.0, Just(86_400.0)]),
        proptest::option::of(prop_oneof![Just(0.0f64), 0.0f64..100.0]),
    )
        .prop_map(|(name, per_message, per_batch)| {
            let mut f = format!("[[function]]\nname = \"{name}\"\n");
            if let Some(s) = per_message {
                f.push_str(&format!("seconds_per_message = {s:?}\n"));
            }
            if let Some(s) = per_batch {
                f.push_str(&format!("seconds_per_batch = {s:?}\n"));
            }
            f
        })
}

/// A whole generated `fclint.toml`.
fn inventory_toml() -> impl Strategy<Value = String> {
    (
        proptest::collection::vec(topic_toml(), 0..3),
        proptest::collection::vec(function_toml(), 0..2),
        proptest::option::of(prop_oneof![Just(0u64), 1u64..10_000]),
    )
        .prop_map(|(topics, functions, quota)| {
            let mut text = quota
                .map(|q| format!("region_quota = {q}\n"))
                .unwrap_or_default();
            for t in topics.iter().chain(&functions) {
                text.push('\n');
                text.push_str(t);
            }
            text
        })
}

/// `--partitions` and `--message-size` values as a user would type them.
fn flag_values() -> impl Strategy<Value = (Vec<String>, Vec<String>)> {
    let spec = prop_oneof![
        Just("orders".to_string()),
        Just("alikafka-cn-abc123/orders".to_string()),
        Just("other/orders".to_string()),
        "[a-z]{1,6}",
    ];
    (
        proptest::collection::vec(
            (
                spec.clone(),
                prop_oneof![0u64..100, Just(u64::from(u32::MAX))],
            )
                .prop_map(|(s, n)| format!("{s}={n}")),
            0..2,
        ),
        proptest::collection::vec((spec, size()).prop_map(|(s, z)| format!("{s}={z}")), 0..2),
    )
}

/// The facts `fclint check -v` should find missing for the seed under `config`, by the
/// inventory's own matching rules.
fn expected_missing(config: &Config) -> BTreeSet<&'static str> {
    let inv = &config.inventory;
    let topic = inv.topic(Some("alikafka-cn-abc123"), "orders");
    let function = inv.function(Some("orders-consumer"), "orders-consumer");
    let mut missing = BTreeSet::new();
    if topic.and_then(|t| t.partitions).is_none() {
        missing.insert("partitions");
    }
    if topic
        .and_then(|t| t.max_message_size.or(t.message_size))
        .is_none()
    {
        missing.insert("message_size");
    }
    if function
        .map(|f| f.seconds_per_message.is_none() && f.seconds_per_batch.is_none())
        .unwrap_or(true)
    {
        missing.insert("handler_time");
    }
    missing
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,200}") {
        let dir = tempfile::tempdir().unwrap();
        check_text(dir.path(), &s);
    }

    #[test]
    fn truncated_and_spliced_examples_never_panic(cut in 0usize..2000, insert in "[\\[\\]{}:&*!|>'\"#%@`, -]{0,4}") {
        let mut s: String = SEED.chars().take(cut).collect();
        s.push_str(&insert);
        s.extend(SEED.chars().skip(cut));
        let dir = tempfile::tempdir().unwrap();
        check_text(dir.path(), &s);
    }

    /// Generated inventories, through the fuzz target's body: every check, report, plan
    /// (throughput, lag, batches, quota use) and explanation of the seed, mangled or not.
    #[test]
    fn generated_inventories_never_panic(
        toml in inventory_toml(),
        (partitions, sizes) in flag_values(),
        cut in 0usize..3000,
        insert in "[\\[\\]{}:&*!|>'\"#%@`, 0-9-]{0,4}",
    ) {
        let mut yaml: String = SEED.chars().take(cut).collect();
        yaml.push_str(&insert);
        yaml.extend(SEED.chars().skip(cut));
        // As the fuzz target gets it: fclint.toml, NUL, s.yaml.
        fclint::fuzzing::exercise(format!("{toml}\0{yaml}").as_bytes());
        if let Ok(mut config) = parse_config_text(&toml, Path::new("fclint.toml")) {
            let overrides = ConfigOverrides {
                partitions: partitions
                    .iter()
                    .filter_map(|p| fclint::cli_args::parse_partitions_arg(p).ok())
                    .collect(),
                message_sizes: sizes
                    .iter()
                    .filter_map(|s| fclint::cli_args::parse_message_size_arg(s).ok())
                    .collect(),
                ..Default::default()
            };
            apply_overrides(&mut config, &overrides).unwrap();
            fclint::fuzzing::exercise_with(yaml.as_bytes(), &config);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// The same generated inventories reach the rules through the CLI: `fclint.toml` beside
    /// the s.yaml and the flags, and `check -v` names exactly the facts the inventory lacks
    /// (or exits 2 when the file or a flag is refused).
    #[test]
    fn generated_inventories_reach_the_rules(toml in inventory_toml(), (partitions, sizes) in flag_values()) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("s.yaml"), SEED).unwrap();
        std::fs::write(dir.path().join("fclint.toml"), &toml).unwrap();
        let mut cmd = common::fclint();
        cmd.arg("check").arg(dir.path()).args(["-v", "-f", "json"]);
        for p in &partitions {
            cmd.arg("--partitions").arg(p);
        }
        for s in &sizes {
            cmd.arg("--message-size").arg(s);
        }
        let out = cmd.output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);

        let flags_ok = partitions.iter().all(|p| fclint::cli_args::parse_partitions_arg(p).is_ok())
            && sizes.iter().all(|s| fclint::cli_args::parse_message_size_arg(s).is_ok());
        let config = parse_config_text(&toml, Path::new("fclint.toml"));
        let (Ok(mut config), true) = (config, flags_ok) else {
            prop_assert_eq!(out.status.code(), Some(2), "{}", stderr);
            return Ok(());
        };
        prop_assert!(matches!(out.status.code(), Some(0 | 1)), "{}", stderr);
        let overrides = ConfigOverrides {
            partitions: partitions.iter().map(|p| fclint::cli_args::parse_partitions_arg(p).unwrap()).collect(),
            message_sizes: sizes.iter().map(|s| fclint::cli_args::parse_message_size_arg(s).unwrap()).collect(),
            ..Default::default()
        };
        apply_overrides(&mut config, &overrides).unwrap();
        let reported: BTreeSet<&str> = ["partitions", "message_size", "handler_time"]
            .into_iter()
            .filter(|fact| {
                stderr
                    .lines()
                    .any(|l| l.contains("did not run") && l.contains(&format!("`{fact}`")))
            })
            .collect();
        prop_assert_eq!(reported, expected_missing(&config), "{}\n{}", toml, stderr);
    }
}

/// A generated `fclint.toml` for a corpus file: every topic, queue and function name it
/// mentions, with facts that vary from file to file (one partition to hundreds, bytes to
/// tens of megabytes, idle to busy), so the corpus meets the rules that need facts too.
fn corpus_inventory(text: &str, seed: usize) -> String {
    let mut toml = format!("region_quota = {}\n", [1, 100, 300, 5000][seed % 4]);
    let mut seen = BTreeSet::new();
    for line in text.lines() {
        let line = line.trim().trim_start_matches("- ");
        for key in ["Topic:", "QueueName:", "functionName:", "name:"] {
            let Some(value) = line.strip_prefix(key) else {
                continue;
            };
            let value = value.split(" #").next().unwrap_or_default();
            let value = value.trim().trim_matches(['"', '\'']);
            // Functions and topics each once: fclint.toml refuses a name described twice.
            let is_function = key == "functionName:" || key == "name:";
            if value.is_empty()
                || !value
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                || !seen.insert((is_function, value.to_string()))
            {
                continue;
            }
            let n = seen.len() + seed;
            if is_function {
                toml.push_str(&format!(
                    "\n[[function]]\nname = \"{value}\"\nseconds_per_message = {:?}\nseconds_per_batch = {:?}\n",
                    [0.0, 0.01, 0.5, 30.0][n % 4],
                    [0.0, 0.2, 5.0][n % 3]
                ));
            } else {
                // Sizes in bytes, the largest never below the typical one.
                let typical = [200, 2 << 10, 100 << 10, 1 << 20][n % 4];
                let largest = typical * [1, 100, 400][n % 3];
                toml.push_str(&format!(
                    "\n[[topic]]\ntopic = \"{value}\"\npartitions = {}\nmessage_size = {typical}\nmax_message_size = {largest}\nrate = {:?}\n",
                    [1, 3, 12, 64, 500][n % 5],
                    [0.0, 5.0, 400.0, 100000.0][n % 4]
                ));
            }
        }
    }
    toml
}

/// The fuzz target's body over every fixture and example (and the corpus): alone, with the
/// `fclint.toml` beside it where there is one, and, for the corpus, with a generated
/// inventory for its topics and functions. It compiles and runs in CI, not only under
/// cargo-fuzz.
#[test]
fn the_fuzz_target_runs_on_every_fixture() {
    let root = common::root();
    let mut files = common::yaml_files(&root.join("testdata"));
    files.extend(common::yaml_files(&root.join("examples")));
    let mut with_inventory = 0;
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        fclint::fuzzing::exercise(&bytes);
        if let Ok(toml) = std::fs::read(f.with_file_name("fclint.toml")) {
            fclint::fuzzing::exercise(&[toml, vec![0], bytes].concat());
            with_inventory += 1;
        }
    }
    assert!(files.len() > 100, "only {} files", files.len());
    assert!(
        with_inventory >= 10,
        "only {with_inventory} fixtures have an inventory"
    );
    let Some((_, corpus)) = common::corpus() else {
        return;
    };
    let (mut topics, mut functions) = (0, 0);
    for (i, f) in corpus.iter().enumerate() {
        let bytes = std::fs::read(f).unwrap();
        fclint::fuzzing::exercise(&bytes);
        let toml = corpus_inventory(&String::from_utf8_lossy(&bytes), i);
        assert!(
            parse_config_text(&toml, Path::new("fclint.toml")).is_ok(),
            "{}: the generated inventory is refused:\n{toml}",
            f.display()
        );
        topics += usize::from(toml.contains("[[topic]]"));
        functions += usize::from(toml.contains("[[function]]"));
        fclint::fuzzing::exercise(&[toml.into_bytes(), vec![0], bytes].concat());
    }
    // 25 corpus files have an EventBridge source; most name it through a variable or a
    // registry placeholder, which the text scan leaves out.
    assert!(
        topics >= 8 && functions > 300,
        "generated inventories: {topics} with topics, {functions} with functions"
    );
}
