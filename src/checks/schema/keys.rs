//! Unknown keys that are known somewhere else: the other edition's name for a setting
//! (`nasDir` in an edition 3 mount point, `caPort` inside `customContainerConfig`), or a key
//! that belongs one level up or down. SC003 says so instead of only "unknown key", and names
//! the key that replaces it, so a missing-key error (SC002) for that key is not reported too:
//! one mistake, one finding.

use crate::diag::Text;
use crate::model::Edition;

/// What SC003 says about `key` at `rel` (the JSON pointer of the mapping that holds it, below
/// props) in a file of `edition`: the help text, and the key that takes its place (if any).
pub fn hint(edition: Edition, rel: &str, key: &str) -> Option<(Text, Option<&'static str>)> {
    let parent = last_named(rel);
    let (replacement, en, zh): (Option<&'static str>, &str, &str) = match (edition, parent, key) {
        (Edition::V3, "mountPoints", "nasDir") if rel.contains("/nasConfig/") => (
            None,
            "`nasDir` is the edition 1 name; edition 3 puts the NAS directory into `serverAddr` (`<address>:<nasDir>`)",
            "`nasDir` 是 1.x 的写法；3.x 把 NAS 目录写进 `serverAddr`（`<地址>:<nasDir>`）",
        ),
        (Edition::V3, "mountPoints", "fcDir") if rel.contains("/nasConfig/") => (
            Some("mountDir"),
            "`fcDir` is the edition 1 name; edition 3 writes `mountDir`",
            "`fcDir` 是 1.x 的写法；3.x 写作 `mountDir`",
        ),
        (Edition::V1, "mountPoints", "mountDir") if rel.contains("/nasConfig/") => (
            Some("fcDir"),
            "`mountDir` is the edition 3 name; edition 1 writes `fcDir`, and the NAS directory as `nasDir`",
            "`mountDir` 是 3.x 的写法；1.x 写作 `fcDir`，NAS 目录写作 `nasDir`",
        ),
        (Edition::V1, "mountPoints", "enableTLS") if rel.contains("/nasConfig/") => (
            None,
            "`enableTLS` is an edition 3 (FC 3.0) option; edition 1 mount points do not have it",
            "`enableTLS` 是 3.x（FC 3.0）的选项；1.x 的挂载点没有它",
        ),
        (Edition::V3, "customContainerConfig" | "customRuntimeConfig", "caPort") => (
            Some("port"),
            "`caPort` is the edition 1 function key; edition 3 writes `port` here",
            "`caPort` 是 1.x 的函数级键；3.x 在这里写作 `port`",
        ),
        (Edition::V3, "", "caPort") => (
            None,
            "`caPort` is the edition 1 key; edition 3 writes `port` inside `customRuntimeConfig` or `customContainerConfig`",
            "`caPort` 是 1.x 的键；3.x 写作 `customRuntimeConfig` 或 `customContainerConfig` 中的 `port`",
        ),
        (Edition::V3, "customContainerConfig", "args") => (
            None,
            "edition 1 `args` is edition 3 `command` (and edition 1 `command` is edition 3 `entrypoint`)",
            "1.x 的 `args` 在 3.x 中是 `command`（1.x 的 `command` 在 3.x 中是 `entrypoint`）",
        ),
        (Edition::V3, "customContainerConfig", "instanceID" | "webServerMode") => (
            None,
            "an edition 1 (FC 2.0) setting that FC 3.0 does not have (`s cli fc3 s2tos3` drops it)",
            "这是 1.x（FC 2.0）的设置，FC 3.0 没有（`s cli fc3 s2tos3` 会删除它）",
        ),
        (Edition::V1, "customContainerConfig", "port") => (
            None,
            "edition 1 sets the port with `function.caPort`",
            "1.x 用 `function.caPort` 设置端口",
        ),
        (Edition::V1, "customContainerConfig", "entrypoint") => (
            Some("command"),
            "`entrypoint` is the edition 3 name; edition 1 writes `command` (a JSON string)",
            "`entrypoint` 是 3.x 的写法；1.x 写作 `command`（JSON 字符串）",
        ),
        (Edition::V1, "customContainerConfig" | "customRuntimeConfig", "healthCheckConfig") => (
            None,
            "edition 1 writes the health check as `function.customHealthCheckConfig`",
            "1.x 把健康检查写作 `function.customHealthCheckConfig`",
        ),
        (Edition::V3, "instanceLifecycleConfig", "preFreeze") => (
            None,
            "FC 3.0 has no PreFreeze hook; it is edition 1 (FC 2.0) only",
            "FC 3.0 没有 PreFreeze 回调；它只属于 1.x（FC 2.0）",
        ),
        (Edition::V1, "instanceLifecycleConfig", "initializer") => (
            None,
            "edition 1 writes the initializer as `function.initializer` and `function.initializationTimeout`",
            "1.x 把 initializer 写作 `function.initializer` 与 `function.initializationTimeout`",
        ),
        (Edition::V3, "", "codeUri") => (
            Some("code"),
            "`codeUri` is the edition 1 name; edition 3 writes `code`",
            "`codeUri` 是 1.x 的写法；3.x 写作 `code`",
        ),
        (Edition::V3, "", "customHealthCheckConfig") => (
            None,
            "`customHealthCheckConfig` is the edition 1 name; edition 3 writes `healthCheckConfig` inside `customRuntimeConfig` or `customContainerConfig`",
            "`customHealthCheckConfig` 是 1.x 的写法；3.x 写作 `customRuntimeConfig` 或 `customContainerConfig` 中的 `healthCheckConfig`",
        ),
        (Edition::V3, "", "initializer" | "initializationTimeout") => (
            None,
            "an edition 1 key; edition 3 writes `instanceLifecycleConfig.initializer: {handler, timeout}`",
            "这是 1.x 的键；3.x 写作 `instanceLifecycleConfig.initializer: {handler, timeout}`",
        ),
        (Edition::V1, "function", "healthCheckConfig") => (
            Some("customHealthCheckConfig"),
            "edition 1 names the function's health check `customHealthCheckConfig`",
            "1.x 中函数的健康检查叫 `customHealthCheckConfig`",
        ),
        (_, "preStop" | "preFreeze" | "initializer", "preStop" | "preFreeze" | "initializer") => (
            None,
            "a hook's run time goes in `timeout`: `preStop: {handler: index.preStop, timeout: 60}`",
            "回调的运行时长写在 `timeout` 中：`preStop: {handler: index.preStop, timeout: 60}`",
        ),
        _ => return None,
    };
    Some((Text::new(en, zh), replacement))
}

/// The last key of a pointer that is not an array index: `/nasConfig/mountPoints/0` →
/// `mountPoints`; props itself → "".
fn last_named(rel: &str) -> &str {
    rel.rsplit('/')
        .find(|t| !t.is_empty() && !t.chars().all(|c| c.is_ascii_digit()))
        .unwrap_or("")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_other_editions_key() {
        let (t, r) = hint(Edition::V3, "/nasConfig/mountPoints/0", "fcDir").unwrap();
        assert_eq!(r, Some("mountDir"));
        assert!(t.en.contains("edition 1"));
        assert!(hint(Edition::V1, "/service/nasConfig/mountPoints/0", "mountDir").is_some());
        assert!(hint(Edition::V3, "/customContainerConfig", "caPort").is_some());
        assert!(hint(Edition::V3, "/customContainerConfig", "image").is_none());
        // Not a mount point of nasConfig: no hint.
        assert!(hint(Edition::V3, "/ossMountConfig/mountPoints/0", "fcDir").is_none());
    }
}
