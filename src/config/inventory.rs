//! The inventory: facts about the world that s.yaml does not hold (topic partitions, message
//! sizes, rates, handler times, the region instance quota), from `fclint.toml`,
//! `--topics-json`, `--partitions` and `--message-size`.

/// Facts about one message topic (Kafka topic, RocketMQ topic, MNS queue…).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TopicFacts {
    /// Restrict to one source instance (`InstanceId`); `None` matches any instance.
    pub instance_id: Option<String>,
    pub topic: String,
    pub partitions: Option<u32>,
    /// Typical message size in bytes.
    pub message_size: Option<u64>,
    /// Largest message size in bytes.
    pub max_message_size: Option<u64>,
    /// Messages per second produced to the topic.
    pub rate: Option<f64>,
}

/// Facts about one function's handler (what an invocation of N messages takes is
/// [`crate::semantics::FunctionFacts::handler_seconds`]).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct FunctionFacts {
    /// Function name as FC knows it (`functionName`, or `service$function` for edition 1),
    /// or the resource key.
    pub name: String,
    /// Handler time per message, seconds.
    pub seconds_per_message: Option<f64>,
    /// Fixed handler time per invocation (batch), seconds.
    pub seconds_per_batch: Option<f64>,
}

/// Everything fclint knows beyond the s.yaml.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Inventory {
    pub topics: Vec<TopicFacts>,
    pub functions: Vec<FunctionFacts>,
    /// Instances per region per account; `None` = the documented default.
    pub region_quota: Option<u64>,
    /// The account's raised EventBridge quota for synchronous deliveries per trigger
    /// ("EventStreaming FC Sink 同步投递最大并发数"); `None` = the documented 1–300.
    pub delivery_concurrency_quota: Option<u64>,
    /// Tencent Cloud SCF: the region's concurrency quota in MB; `None` = the documented one.
    pub scf_region_quota_mb: Option<u64>,
}

impl Inventory {
    /// Facts for a topic: an entry with a matching instance wins over an instance-less one.
    pub fn topic(&self, instance_id: Option<&str>, topic: &str) -> Option<&TopicFacts> {
        let mut fallback = None;
        for t in &self.topics {
            if t.topic != topic {
                continue;
            }
            match (&t.instance_id, instance_id) {
                (Some(a), Some(b)) if a == b => return Some(t),
                (Some(_), _) => {}
                (None, _) => fallback = fallback.or(Some(t)),
            }
        }
        fallback
    }

    /// Facts for a function, by FC name or by resource key.
    pub fn function(&self, name: Option<&str>, resource: &str) -> Option<&FunctionFacts> {
        self.functions
            .iter()
            .find(|f| Some(f.name.as_str()) == name)
            .or_else(|| self.functions.iter().find(|f| f.name == resource))
    }

    /// The highest `deliveryOption.concurrency` the account allows: the raised quota, else
    /// the documented maximum.
    pub fn delivery_concurrency_max(&self) -> u64 {
        self.delivery_concurrency_quota
            .unwrap_or(crate::limits::DELIVERY_CONCURRENCY.max as u64)
    }

    pub fn region_quota(&self) -> u64 {
        self.region_quota
            .unwrap_or(crate::limits::REGION_INSTANCE_QUOTA_DEFAULT)
    }
}

impl Inventory {
    /// Merge the topics of `aliyun alikafka GetTopicList` (`--topics-json`): each entry's
    /// partition count replaces the one of the same topic and instance.
    pub(super) fn merge_topics(&mut self, topics: Vec<TopicFacts>) {
        // One index of the entries, so that 50 000 topics cost what 50 000 lines do.
        let mut index: std::collections::HashMap<(String, Option<String>), usize> = self
            .topics
            .iter()
            .enumerate()
            .map(|(i, t)| ((t.topic.clone(), t.instance_id.clone()), i))
            .collect();
        for t in topics {
            let key = (t.topic.clone(), t.instance_id.clone());
            let i = match index.get(&key) {
                Some(i) => *i,
                None => {
                    self.topics.push(TopicFacts {
                        instance_id: t.instance_id.clone(),
                        topic: t.topic.clone(),
                        ..TopicFacts::default()
                    });
                    index.insert(key, self.topics.len() - 1);
                    self.topics.len() - 1
                }
            };
            if t.partitions.is_some() {
                self.topics[i].partitions = t.partitions;
            }
        }
    }

    /// `--partitions TOPIC=N` and `--message-size TOPIC=SIZE`, on every entry of the topic.
    pub(super) fn apply_overrides(
        &mut self,
        partitions: &[(String, u32)],
        message_sizes: &[(String, u64)],
    ) {
        for (spec, n) in partitions {
            let (inst, topic) = split_topic_spec(spec);
            set_on_topics(self, inst, topic, |t| t.partitions = Some(*n));
        }
        for (spec, n) in message_sizes {
            let (inst, topic) = split_topic_spec(spec);
            set_on_topics(self, inst, topic, |t| {
                t.message_size = Some(*n);
                if t.max_message_size.map(|m| m < *n).unwrap_or(false) {
                    t.max_message_size = Some(*n);
                }
            });
        }
    }
}

/// `INSTANCE/TOPIC` or `TOPIC` (Kafka topic names cannot contain `/`).
pub fn split_topic_spec(spec: &str) -> (Option<&str>, &str) {
    match spec.split_once('/') {
        Some((i, t)) => (Some(i), t),
        None => (None, spec),
    }
}

fn topic_entry<'a>(
    inv: &'a mut Inventory,
    instance: Option<&str>,
    topic: &str,
) -> &'a mut TopicFacts {
    let pos = inv
        .topics
        .iter()
        .position(|t| t.topic == topic && t.instance_id.as_deref() == instance);
    match pos {
        Some(i) => &mut inv.topics[i],
        None => {
            inv.topics.push(TopicFacts {
                instance_id: instance.map(str::to_string),
                topic: topic.to_string(),
                ..TopicFacts::default()
            });
            let last = inv.topics.len() - 1;
            &mut inv.topics[last]
        }
    }
}

/// Set a fact on every entry of `topic` (of `instance`, when given); create an entry when none.
fn set_on_topics(
    inv: &mut Inventory,
    instance: Option<&str>,
    topic: &str,
    mut set: impl FnMut(&mut TopicFacts),
) {
    let mut any = false;
    for t in inv.topics.iter_mut() {
        if t.topic == topic && (instance.is_none() || t.instance_id.as_deref() == instance) {
            set(t);
            any = true;
        }
    }
    if !any {
        set(topic_entry(inv, instance, topic));
    }
}
