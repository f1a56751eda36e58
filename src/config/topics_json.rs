//! `--topics-json`: partition counts from what `aliyun alikafka GetTopicList` prints.

use super::TopicFacts;

/// Topics (instance, topic, partition count) from the JSON `aliyun alikafka GetTopicList`
/// prints. Accepted shapes, so that saved pages and hand-trimmed files both work:
///
/// - the API response: `{"TopicList": {"TopicVO": [{"Topic": "orders", "PartitionNum": 12,
///   "InstanceId": "alikafka-…"}, …]}, …}`;
/// - the inner object `{"TopicVO": [...]}` or the bare array `[...]` of topic objects;
/// - an array of whole responses (one per page).
///
/// In each topic object `Topic` is required; `PartitionNum` (number or numeric string) and
/// `InstanceId` are optional; every other field is ignored.
pub fn parse_topics_json(
    text: &str,
    path: &std::path::Path,
) -> Result<Vec<TopicFacts>, crate::FatalError> {
    let shown = crate::inert::path(path);
    let v: serde_json::Value = serde_json::from_str(text)
        .map_err(|e| crate::FatalError(format!("{shown}: not JSON: {e}")))?;
    let mut out = Vec::new();
    collect_topics(&v, &mut out, &shown, 0)?;
    if out.is_empty() {
        return Err(crate::FatalError(format!(
            "{shown}: no topics found; expected the output of `aliyun alikafka GetTopicList` ({{\"TopicList\": {{\"TopicVO\": [{{\"Topic\": …, \"PartitionNum\": …}}]}}}})"
        )));
    }
    Ok(out)
}

fn collect_topics(
    v: &serde_json::Value,
    out: &mut Vec<TopicFacts>,
    shown: &str,
    depth: usize,
) -> Result<(), crate::FatalError> {
    use serde_json::Value;
    if depth > 4 {
        return Ok(());
    }
    match v {
        Value::Array(items) => {
            for i in items {
                collect_topics(i, out, shown, depth + 1)?;
            }
        }
        Value::Object(map) => {
            if let Some(inner) = map.get("TopicList").or_else(|| map.get("TopicVO")) {
                return collect_topics(inner, out, shown, depth + 1);
            }
            let Some(topic) = map.get("Topic") else {
                return Ok(());
            };
            let Some(topic) = topic.as_str() else {
                return Err(crate::FatalError(format!(
                    "{shown}: `Topic` must be a string, found {topic}"
                )));
            };
            let partitions = match map.get("PartitionNum") {
                None | Some(Value::Null) => None,
                Some(p) => {
                    let n = p
                        .as_u64()
                        .or_else(|| p.as_str().and_then(|s| s.trim().parse().ok()));
                    match n {
                        Some(n) if n >= 1 && n <= u64::from(u32::MAX) => Some(n as u32),
                        _ => {
                            return Err(crate::FatalError(format!(
                            "{shown}: topic `{topic}`: PartitionNum {p} is not a partition count"
                        )))
                        }
                    }
                }
            };
            out.push(TopicFacts {
                instance_id: map
                    .get("InstanceId")
                    .and_then(Value::as_str)
                    .map(str::to_string),
                topic: topic.to_string(),
                partitions,
                ..TopicFacts::default()
            });
        }
        _ => {}
    }
    Ok(())
}
