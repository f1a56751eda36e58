//! The checked-in JSON Schema must be what `fclint schema` prints today.

mod common;

use std::path::Path;

#[test]
fn checked_in_schema_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("schemas/s.schema.json");
    let generated = fclint::checks::schema::document_schema_json();
    if common::blessing() {
        std::fs::write(&path, &generated).unwrap();
        return;
    }
    let on_disk = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e} (FCLINT_BLESS=1 writes it)", path.display()));
    assert!(
        on_disk == generated,
        "schemas/s.schema.json is stale: run `cargo run -- schema > schemas/s.schema.json` (or FCLINT_BLESS=1 cargo test)"
    );
}

#[test]
fn schema_constrains_trigger_config_in_depth() {
    let s = fclint::checks::schema::document_schema();
    let cbw = &s["definitions"]["BatchWindow"]["properties"]["CountBasedWindow"];
    assert_eq!(cbw["minimum"], 1);
    assert_eq!(cbw["maximum"], 10000);
    let conc = &s["definitions"]["DeliveryOption"]["properties"]["concurrency"];
    assert_eq!(conc["maximum"], 300);
    let offset = &s["definitions"]["SourceKafkaParameters"]["properties"]["OffsetReset"];
    assert_eq!(offset["enum"], serde_json::json!(["latest", "earliest"]));
    // triggerConfig is chosen by triggerType, never a bare object.
    let branches = s["definitions"]["Trigger3"]["allOf"].as_array().unwrap();
    assert_eq!(branches.len(), 8);
}

#[test]
fn schema_validates_with_the_jsonschema_crate() {
    // The published schema is itself a valid draft-07 schema that compiles offline.
    let s = fclint::checks::schema::document_schema();
    assert!(jsonschema::draft7::new(s).is_ok());
}
