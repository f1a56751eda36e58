use super::*;
use crate::codes::{Code, Severity};
use std::path::Path;

#[test]
fn sizes_use_binary_units() {
    assert_eq!(parse_size("2KB"), Ok(2048));
    assert_eq!(parse_size("2 kb"), Ok(2048));
    assert_eq!(parse_size("1MiB"), Ok(1024 * 1024));
    assert_eq!(parse_size("512B"), Ok(512));
    assert_eq!(parse_size("700"), Ok(700));
    assert_eq!(parse_size("1.5KB"), Ok(1536));
    assert!(parse_size("2XB").unwrap_err().contains("unknown unit `XB`"));
    assert!(parse_size("0KB").is_err());
    assert!(parse_size("KB").is_err());
    assert_eq!(format_size(128 * 1024), "128 KB");
    assert_eq!(format_size(200 * 1024), "200 KB");
    assert_eq!(format_size(32 * 1024 * 1024), "32 MB");
    assert_eq!(format_size(700), "700 B");
}

#[test]
fn delivery_concurrency_quota_records_a_raised_maximum() {
    let c = parse_config_text(
        "delivery_concurrency_quota = 500\n",
        Path::new("fclint.toml"),
    )
    .unwrap();
    assert_eq!(c.inventory.delivery_concurrency_max(), 500);
    let d = parse_config_text("", Path::new("fclint.toml")).unwrap();
    assert_eq!(d.inventory.delivery_concurrency_max(), 300);
    let e = parse_config_text(
        "delivery_concurrency_quota = 200\n",
        Path::new("fclint.toml"),
    )
    .unwrap_err();
    assert!(
        format!("{e}").contains("above the documented maximum 300"),
        "{e}"
    );
}

#[test]
fn reads_the_documented_shape() {
    let c = parse_config_text(
        r#"
region_quota = 300
[rules]
select = ["EB", "FN1"]
ignore = ["EB002"]
[rules.severity]
EB001 = "error"
"dlq-without-errors-tolerance-all" = "warning"
[[topic]]
topic = "orders"
instance_id = "alikafka-1"
partitions = 12
message_size = "2KB"
max_message_size = "64KB"
rate = 500
[[function]]
name = "orders"
seconds_per_message = 0.05
seconds_per_batch = 1
"#,
        Path::new("fclint.toml"),
    )
    .unwrap();
    assert_eq!(c.inventory.region_quota(), 300);
    let t = c.inventory.topic(Some("alikafka-1"), "orders").unwrap();
    assert_eq!(t.partitions, Some(12));
    assert_eq!(t.message_size, Some(2048));
    assert_eq!(t.max_message_size, Some(65536));
    assert_eq!(t.rate, Some(500.0));
    assert!(c.inventory.topic(Some("other"), "orders").is_none());
    let f = c.inventory.function(Some("orders"), "x").unwrap();
    assert_eq!(f.seconds_per_message, Some(0.05));
    assert_eq!(f.seconds_per_batch, Some(1.0));
    assert!(c.rules.enabled(Code::EB001));
    assert!(!c.rules.enabled(Code::EB002));
    assert!(!c.rules.enabled(Code::AS001));
    assert_eq!(
        c.rules.severity_of(Code::EB001, Severity::Warning),
        Severity::Error
    );
    assert_eq!(
        c.rules.severity_of(Code::EB006, Severity::Error),
        Severity::Warning
    );
}

#[test]
fn errors_name_the_file_and_the_key() {
    let e = parse_config_text(
        "[[topic]]\ntopic = \"a\"\npartiton = 3\n",
        Path::new("x/fclint.toml"),
    )
    .unwrap_err()
    .0;
    assert!(e.starts_with("x/fclint.toml: "), "{e}");
    assert!(e.contains("unknown field `partiton`"), "{e}");
    assert!(e.contains("line 3"), "{e}");
    let e = parse_config_text(
        "[[topic]]\ntopic = \"a\"\nmessage_size = \"2XB\"\n",
        Path::new("f.toml"),
    )
    .unwrap_err()
    .0;
    assert!(
        e.contains("unknown unit `XB`") && e.contains("line 3"),
        "{e}"
    );
    let e = parse_config_text("[rules]\nselect = [\"EB99\"]\n", Path::new("f.toml"))
        .unwrap_err()
        .0;
    assert!(e.contains("`EB99` is not a rule code"), "{e}");
    let e = parse_config_text("[rules.severity]\nEB001 = \"fatal\"\n", Path::new("f.toml"))
        .unwrap_err()
        .0;
    assert!(
        e.contains("must be \"error\", \"warning\" or \"info\""),
        "{e}"
    );
    let e = parse_config_text(
        "[[topic]]\ntopic = \"a\"\npartitions = 0\n",
        Path::new("f.toml"),
    )
    .unwrap_err()
    .0;
    assert!(e.contains("partitions = 0"), "{e}");
}

#[test]
fn selection_prefers_the_most_specific_match() {
    let r = RuleSelection {
        select: vec![Code::EB001.as_str().into()],
        ignore: vec!["EB".into()],
        ..RuleSelection::default()
    };
    assert!(r.enabled(Code::EB001));
    assert!(!r.enabled(Code::EB002));
    let r = RuleSelection {
        ignore: vec!["consumer-tasks-exceed-partitions".into()],
        ..RuleSelection::default()
    };
    assert!(!r.enabled(Code::EB001));
    assert!(r.enabled(Code::EB002));
    assert!(r.enabled(Code::SC001));
}

#[test]
fn topics_json_accepts_the_cli_output() {
    let t = parse_topics_json(
        r#"{"Code":200,"Success":true,"TopicList":{"TopicVO":[
            {"Topic":"orders","PartitionNum":12,"InstanceId":"alikafka-1","Remark":"x"},
            {"Topic":"audit","PartitionNum":"6"}]}}"#,
        Path::new("t.json"),
    )
    .unwrap();
    assert_eq!(t.len(), 2);
    assert_eq!(t[0].partitions, Some(12));
    assert_eq!(t[0].instance_id.as_deref(), Some("alikafka-1"));
    assert_eq!(t[1].partitions, Some(6));
    assert!(parse_topics_json("{}", Path::new("t.json")).is_err());
    assert!(
        parse_topics_json(r#"[{"Topic":"a","PartitionNum":-1}]"#, Path::new("t.json")).is_err()
    );
}
