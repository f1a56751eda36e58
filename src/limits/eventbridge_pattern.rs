//! The EventBridge trigger's event pattern (`eventRuleFilterPattern`): what each deploy tool
//! sends when the s.yaml gives none. Research: EB021's doc.

/// The pattern devsapp/fc (edition 1) fills in when an eventbridge trigger has none
/// (`EVENTBRIDGE_TRIGGER__CONF_DEFAULT`, applied with `_.defaults`). fc3 fills in nothing.
pub const ED1_DEFAULT_FILTER_PATTERN: &str = "{}";
/// devsapp/fc `setDefaultValue`: the edition 1 eventbridge defaults.
pub const SRC_FC1_EB_DEFAULTS: &str = "https://github.com/devsapp/fc/blob/aefe052ec1711c8d58c342766db761869c6008bc/src/entry-public-method/set-default-value.ts#L16-L44";
/// fc3 `deployTrigger`: `triggerConfig` is sent as `JSON.stringify` of what the s.yaml says.
pub const SRC_FC3_DEPLOY_TRIGGER: &str = "https://github.com/devsapp/fc3/blob/4ca1c1b8c33e654438bb73b64cfc95a5c9d94f5a/src/resources/fc/index.ts#L388-L390";
/// ROS `ALIYUN::EventBridge::Rule`: `FilterPattern` is required.
pub const SRC_EB_RULE_FILTER_PATTERN: &str =
    "https://www.alibabacloud.com/help/en/ros/developer-reference/aliyun-eventbridge-rule";
