//! Tencent Cloud SCF: every number of its CKafka trigger, functions and region quota, with
//! the page it came from. All of it, with the conflicts between sources, is in
//! `facts/tencent-scf-ckafka.md`.

use super::{IntRange, MB};

// Every fact below is in `facts/tencent-scf-ckafka.md`, with the conflicts between sources.

/// SCF CKafka trigger product page (zh, 2024-04-19): max batch 10000, consumers = partitions,
/// sequential synchronous calls, 6 MB events, retry default 10000, back-off on system errors.
pub const SRC_SCF_CKAFKA: &str = "https://tencentcloud.com/zh/document/product/583/17530";
/// The same page in English (2024-12-02).
pub const SRC_SCF_CKAFKA_EN: &str = "https://tencentcloud.com/document/product/583/17530";
/// TriggerDesc of CreateTrigger ("触发器配置描述"): `maxMsgNum`, `offset` (latest, earliest or
/// a millisecond timestamp), `retry`, `timeOut` 1–60 s.
pub const SRC_SCF_TRIGGER_DESC: &str = "https://cloud.tencent.com/document/product/583/39901";
/// Error types and retry policies of SCF ("错误类型与重试策略").
pub const SRC_SCF_RETRY: &str = "https://tencentcloud.com/zh/document/product/583/39851";
/// SCF quotas and limits: 6 MB synchronous events, function timeout 1–900 s, memory, 10
/// triggers of one type per function, region concurrency quota in MB.
pub const SRC_SCF_LIMITS: &str = "https://www.tencentcloud.com/zh/document/product/583/11637";
/// SCF concurrency management: 128,000 MB / 64,000 MB per region, shared by its functions.
pub const SRC_SCF_CONCURRENCY: &str = "https://tencentcloud.com/document/product/583/39464";
/// Concurrency overview: one concurrent instance handles one event (event functions).
pub const SRC_SCF_CONCURRENCY_OVERVIEW: &str =
    "https://www.tencentcloud.com/document/product/583/37040";
/// The `scf` component (0.9.7): docs, registry schema, event handling.
pub const SRC_SCF_COMPONENT: &str =
    "https://github.com/serverless-components/tencent-scf/blob/5174db25/docs/configure.md";
pub const SRC_SCF_COMPONENT_REGISTRY: &str =
    "https://github.com/serverless-components/tencent-scf/blob/5174db25/serverless.component.yml";
pub const SRC_SCF_COMPONENT_CONFIG: &str =
    "https://github.com/serverless-components/tencent-scf/blob/5174db25/src/config.js";
/// The `multi-scf` component (0.3.14): docs and how it resolves `function`.
pub const SRC_SCF_MULTI: &str =
    "https://github.com/serverless-components/tencent-multi-scf/blob/02cf5633/docs/configure.md";
pub const SRC_SCF_MULTI_FORMATTER: &str =
    "https://github.com/serverless-components/tencent-multi-scf/blob/02cf5633/src/formatter.ts";
/// tencent-component-toolkit v2.27.2: the CKafka parameter mapping and the function defaults.
pub const SRC_SCF_TOOLKIT_CKAFKA: &str = "https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/ckafka.ts";
pub const SRC_SCF_TOOLKIT_CONFIG: &str = "https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/scf/config.ts";
pub const SRC_SCF_TOOLKIT_BASE: &str = "https://github.com/serverless-tencent/tencent-component-toolkit/blob/v2.27.2/src/modules/triggers/base.ts";
/// The Serverless Framework v1 provider plugin `serverless-tencent-scf` (0.1.37).
pub const SRC_SCF_V1_TRIGGER: &str = "https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/deploy/lib/deployTrigger.js";
pub const SRC_SCF_V1_VALIDATE: &str =
    "https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/shared/validate.js";
pub const SRC_SCF_V1_PROVIDER: &str = "https://github.com/serverless-tencent/serverless-tencent-scf/blob/b4bd6de5/provider/tencentProvider.js";
/// Serverless Components CLI: `${env:X}`, `stage` default `dev`, `app` from `name`.
pub const SRC_SLS_COMPONENTS_VARS: &str =
    "https://github.com/serverless/components/blob/9fdd7331/README.cn.md";
pub const SRC_SLS_COMPONENTS_CLI: &str =
    "https://github.com/serverless/components/blob/9fdd7331/src/cli/utils.js";
/// Tencent Cloud region IDs (names of the regions the concurrency page lists).
pub const SRC_TENCENT_REGIONS: &str = "https://www.tencentcloud.com/document/product/213/6091";

/// `maxMsgNum`: 1–10000 messages per invocation (product pages 2020-05 → 2024-12; the `scf`
/// registry schema has `min: 1, max: 10000`).
/// CONFLICT: an older product page and the Framework v1 plugin say 1000
/// ([`SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX`]); fclint errs only outside the current range.
pub const SCF_CKAFKA_MAX_MSG_NUM: IntRange = IntRange {
    min: 1,
    max: 10000,
    source: SRC_SCF_CKAFKA,
};
/// The old maximum of `maxMsgNum` ("当前最高可配置到1000"), still enforced by the v1 plugin.
pub const SCF_CKAFKA_MAX_MSG_NUM_LEGACY_MAX: i64 = 1000;
/// What the Framework v1 plugin accepts: `MaxMsgNum > 1 && MaxMsgNum < 1000`, i.e. 2–999;
/// anything else (and a missing value) skips the trigger with a log line only.
pub const SCF_CKAFKA_MAX_MSG_NUM_V1: IntRange = IntRange {
    min: 2,
    max: 999,
    source: SRC_SCF_V1_TRIGGER,
};
/// `maxMsgNum` when absent (component docs and toolkit).
pub const SCF_CKAFKA_MAX_MSG_NUM_DEFAULT: u64 = 100;
/// `timeout` of a CKafka trigger (`TriggerDesc.timeOut`): the longest a batch waits, 1–60 s.
/// Not the function timeout.
pub const SCF_CKAFKA_TIMEOUT_S: IntRange = IntRange {
    min: 1,
    max: 60,
    source: SRC_SCF_TRIGGER_DESC,
};
/// `timeout` when absent (toolkit `timeOut: parameters.timeout ?? 60`; product: 60 s).
pub const SCF_CKAFKA_TIMEOUT_DEFAULT_S: u64 = 60;
/// `retry` when absent: retries of a batch after a function error (toolkit and product page).
/// No range is published.
pub const SCF_CKAFKA_RETRY_DEFAULT: u64 = 10000;
/// `offset` words the API documents; a millisecond timestamp is the third form.
/// CONFLICT: the component docs say only `latest`; its registry lists a literal `timestamp`.
pub const SCF_CKAFKA_OFFSETS: &[&str] = &["latest", "earliest"];
/// The registry schema's literal third `offset` value, which no API page documents.
pub const SCF_CKAFKA_OFFSET_TIMESTAMP_WORD: &str = "timestamp";
/// `offset` when absent (toolkit).
pub const SCF_CKAFKA_OFFSET_DEFAULT: &str = "latest";
/// `qualifier` of a trigger when absent: the version or alias it invokes (toolkit).
pub const SCF_QUALIFIER_DEFAULT: &str = "$DEFAULT";
/// Synchronous invocation event (request body) limit: 6 MB.
pub const SCF_SYNC_EVENT_LIMIT_BYTES: u64 = 6 * MB;
/// SCF function timeout: 1–900 s.
pub const SCF_FUNCTION_TIMEOUT_S: IntRange = IntRange {
    min: 1,
    max: 900,
    source: SRC_SCF_LIMITS,
};
/// Function timeout when absent (toolkit `defaultTimeout`, component docs, v1 plugin).
pub const SCF_FUNCTION_TIMEOUT_DEFAULT_S: i64 = 3;
/// Function memory: 64 MB, or 128–3072 MB in steps of 128 MB.
pub const SCF_MEMORY_MB: IntRange = IntRange {
    min: 64,
    max: 3072,
    source: SRC_SCF_LIMITS,
};
pub const SCF_MEMORY_MB_STEP: i64 = 128;
/// Function memory when absent (toolkit `defaultMemorySize`, component docs, v1 plugin).
pub const SCF_MEMORY_DEFAULT_MB: u64 = 128;
/// Requests one instance of an event function serves at once.
pub const SCF_EVENT_INSTANCE_CONCURRENCY: u64 = 1;
/// Triggers of one type on one function.
pub const SCF_TRIGGERS_PER_TYPE_MAX: usize = 10;
/// Region concurrency quota in MB (memory × concurrent instances), shared by every function
/// of the account in the region: 128,000 MB in the large regions, 64,000 MB in the others
/// the page lists. Other regions: not documented (set `scf_region_quota_mb`).
/// CONFLICT: before 2021 the model was 300 concurrent instances per function.
pub const SCF_REGION_QUOTA_MB_LARGE: u64 = 128_000;
pub const SCF_REGION_QUOTA_MB_OTHER: u64 = 64_000;
/// Guangzhou, Shanghai, Beijing, Chengdu, Hong Kong (region IDs: `SRC_TENCENT_REGIONS`).
pub const SCF_QUOTA_LARGE_REGIONS: &[&str] = &[
    "ap-guangzhou",
    "ap-shanghai",
    "ap-beijing",
    "ap-chengdu",
    "ap-hongkong",
];
/// Mumbai, Singapore, Tokyo, Toronto, Silicon Valley, Frankfurt, Shenzhen Finance, Shanghai
/// Finance.
pub const SCF_QUOTA_OTHER_REGIONS: &[&str] = &[
    "ap-mumbai",
    "ap-singapore",
    "ap-tokyo",
    "na-toronto",
    "na-siliconvalley",
    "eu-frankfurt",
    "ap-shenzhen-fsi",
    "ap-shanghai-fsi",
];
/// Region when absent (`scf` and `multi-scf` components, v1 plugin).
pub const SCF_REGION_DEFAULT: &str = "ap-guangzhou";
/// Event types the `scf` and `multi-scf` components accept (anything else throws "Unknow
/// trigger type").
pub const SCF_TRIGGER_TYPES: &[&str] = &[
    "apigw", "cos", "timer", "cmq", "ckafka", "cls", "mps", "clb",
];
/// Event types the Framework v1 plugin accepts (anything else throws "not supported").
pub const SCF_TRIGGER_TYPES_V1: &[&str] = &["apigw", "cos", "cmq", "timer", "ckafka"];
/// `stage` when the file has none (Components CLI).
pub const SCF_STAGE_DEFAULT: &str = "dev";

/// The region concurrency quota of SCF in MB, when the docs name the region.
pub fn scf_region_quota_mb(region: &str) -> Option<u64> {
    if SCF_QUOTA_LARGE_REGIONS.contains(&region) {
        Some(SCF_REGION_QUOTA_MB_LARGE)
    } else if SCF_QUOTA_OTHER_REGIONS.contains(&region) {
        Some(SCF_REGION_QUOTA_MB_OTHER)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn scf_quota_by_region() {
        assert_eq!(super::scf_region_quota_mb("ap-guangzhou"), Some(128_000));
        assert_eq!(super::scf_region_quota_mb("ap-shenzhen-fsi"), Some(64_000));
        assert_eq!(super::scf_region_quota_mb("ap-nanjing"), None);
        // 512 MB × 250 partitions is a whole large region's quota (facts §4).
        assert_eq!(512 * 250, super::SCF_REGION_QUOTA_MB_LARGE);
    }
}
