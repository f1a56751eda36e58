//! The CKafka parameter mapping against the deploying code's own table: tencent-component-toolkit
//! v2.27.2 `src/modules/triggers/ckafka.ts` (`formatInputs`) for the components, and
//! serverless-tencent-scf 0.1.37 `deploy/lib/deployTrigger.js` for the Framework v1 plugin.
//! Each row: the form, `parameters` as YAML, then `TriggerName`, `TriggerDesc`, `Enable` and
//! `Qualifier` exactly as that code sends them (`-`: not sent; `SKIP`: no request at all).

use super::*;
use crate::model::scf::{build, form_of};
use crate::source::{parse, ParseLimits, SourceMap};

const TABLE: &[(&str, &str, &str, &str, &str, &str)] = &[
    // The documented example: every parameter as written; `timeout` becomes `timeOut`.
    (
        "scf",
        "{qualifier: $DEFAULT, name: ckafka-xxx, topic: test, maxMsgNum: 999, retry: 10000, offset: latest, timeout: 60, enable: true}",
        "ckafka-xxx-test",
        r#"{"maxMsgNum":999,"offset":"latest","retry":10000,"timeOut":60}"#,
        "OPEN",
        "$DEFAULT",
    ),
    // Absent: maxMsgNum ?? 100, offset ?? 'latest', retry ?? 10000, timeOut ?? 60, and
    // `enable ? 'OPEN' : 'CLOSE'` closes it.
    (
        "scf",
        "{name: ckafka-1, topic: orders}",
        "ckafka-1-orders",
        r#"{"maxMsgNum":100,"offset":"latest","retry":10000,"timeOut":60}"#,
        "CLOSE",
        "$DEFAULT",
    ),
    // `null` is nullish too; `enable: false` closes; a string is sent as written.
    (
        "multi-scf",
        "{name: ckafka-1, topic: orders, maxMsgNum: '500', timeout: null, retry: 0, offset: earliest, enable: false, qualifier: prod}",
        "ckafka-1-orders",
        r#"{"maxMsgNum":"500","offset":"earliest","retry":0,"timeOut":60}"#,
        "CLOSE",
        "prod",
        ),
    // A millisecond timestamp; any truthy `enable` opens it.
    (
        "scf",
        "{name: ckafka-1, topic: orders, offset: '1595927203000', timeout: 5, enable: 1}",
        "ckafka-1-orders",
        r#"{"maxMsgNum":100,"offset":"1595927203000","retry":10000,"timeOut":5}"#,
        "OPEN",
        "$DEFAULT",
    ),
    // A missing name or topic is the text `undefined` in the template.
    (
        "scf",
        "{topic: orders, enable: true}",
        "undefined-orders",
        r#"{"maxMsgNum":100,"offset":"latest","retry":10000,"timeOut":60}"#,
        "OPEN",
        "$DEFAULT",
    ),
    // v1: maxMsgNum as a string, `offset || 'latest'`, no retry, timeOut or qualifier.
    (
        "v1",
        "{name: ckafka-2o10hua5, topic: test, maxMsgNum: 999, retry: 5, timeout: 30, enable: true}",
        "ckafka-2o10hua5-test",
        r#"{"maxMsgNum":"999","offset":"latest"}"#,
        "OPEN",
        "-",
    ),
    ("v1", "{name: ckafka-2o10hua5, topic: test, maxMsgNum: 2, offset: ''}", "ckafka-2o10hua5-test", r#"{"maxMsgNum":"2","offset":"latest"}"#, "CLOSE", "-"),
    // v1 skips: 1 < maxMsgNum < 1000 fails, or maxMsgNum is missing.
    ("v1", "{name: ckafka-2o10hua5, topic: test, maxMsgNum: 1000, enable: true}", "SKIP", "", "", ""),
    ("v1", "{name: ckafka-2o10hua5, topic: test, maxMsgNum: 1}", "SKIP", "", "", ""),
    ("v1", "{name: ckafka-2o10hua5, topic: test}", "SKIP", "", "", ""),
];

/// The request of a one-trigger document in `form` with `params`.
fn request(form: &str, params: &str) -> Option<CkafkaRequest> {
    let text = match form {
        "scf" => format!("component: scf\nname: a\ninputs:\n  src: ./\n  events:\n    - ckafka:\n        parameters: {params}\n"),
        "multi-scf" => format!("component: multi-scf\nname: a\ninputs:\n  src: ./\n  functions:\n    f:\n      handler: a.b\n  triggers:\n    - type: ckafka\n      function: f\n      parameters: {params}\n"),
        // The event's name is the instance (the plugin checks it).
        _ => format!("service: s\nprovider:\n  name: tencent\nfunctions:\n  f:\n    handler: a.b\n    events:\n      - ckafka:\n          name: ckafka-2o10hua5\n          parameters: {params}\n"),
    };
    let mut sources = SourceMap::new();
    let file = sources.add("/nonexistent-fclint/serverless.yml".into(), text);
    let root = parse(file, sources.get(file), ParseLimits::default())
        .root
        .expect("the table's YAML parses");
    let form = form_of(&root).expect("an SCF form");
    let model = build(file, &root, form);
    let t = &model.functions[0].triggers[0];
    ckafka_request(t, t.params.expect("parameters"))
}

#[test]
fn the_mapping_follows_the_deploying_code() {
    for (form, params, name, desc, enable, qualifier) in TABLE {
        let got = request(form, params);
        if *name == "SKIP" {
            assert_eq!(got, None, "{form} {params}");
            continue;
        }
        let got = got.unwrap_or_else(|| panic!("{form} {params}: no request"));
        assert_eq!(got.trigger_name.as_deref(), Some(*name), "{form} {params}");
        assert_eq!(got.trigger_desc.as_deref(), Some(*desc), "{form} {params}");
        assert_eq!(got.enable, Some(*enable), "{form} {params}");
        let q = if *qualifier == "-" {
            None
        } else {
            Some(*qualifier)
        };
        assert_eq!(got.qualifier.as_deref(), q, "{form} {params}");
    }
}

#[test]
fn unknown_values_stay_unknown() {
    let got = request(
        "scf",
        "{name: ckafka-1, topic: '${env.TOPIC}', enable: '${env.ON}'}",
    )
    .expect("a request");
    assert_eq!(got.trigger_name, None);
    assert_eq!(got.enable, None);
}
