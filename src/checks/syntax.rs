//! SY: the file could not be read as YAML (or only partly). Emitted by `source`.

use super::registry::RuleMeta;
use crate::diag::Severity;

pub static RULES: &[RuleMeta] = &[
    RuleMeta {
        code: "SY001",
        name: "yaml-syntax",
        severity: Severity::Error,
        summary: "The file is not valid YAML",
        summary_zh: "文件不是合法的 YAML",
        doc: "## What it checks\nThat the file parses as YAML 1.2.\n\n## Why it matters\nThe Serverless Devs CLI parses s.yaml with js-yaml and stops at the first syntax error; nothing deploys. Two traps are common in s.yaml: `${vars.x}` inside a flow list (`[a, ${vars.x}]`) and unquoted registry placeholders followed by more text (`name: {{ name }}-v2`), both of which YAML reads as flow mappings. A placeholder that is the whole value (`name: {{ name }}`) is still valid YAML: registry templates are filled in before parsing, so fclint reads it as an unknown value and reports nothing.\n\n## Example\n```yaml\nmethods: [GET, ${vars.method}]\n```\n## Fix\n```yaml\nmethods:\n  - GET\n  - ${vars.method}\n```\n",
        doc_zh: "## 检查内容\n文件能否按 YAML 1.2 解析。\n\n## 为什么重要\nServerless Devs CLI 使用 js-yaml 解析 s.yaml，遇到第一个语法错误即停止，什么都不会部署。s.yaml 中常见两个陷阱：流式列表中的 `${vars.x}`（`[a, ${vars.x}]`）和未加引号且后面还有文本的模板占位符（`name: {{ name }}-v2`），YAML 都会把它们当作流式映射。占位符恰为整个值时（`name: {{ name }}`）仍是合法 YAML：应用中心模板会在解析前替换占位符，因此 fclint 把它当作未知值，不做报告。\n\n## 示例\n```yaml\nmethods: [GET, ${vars.method}]\n```\n## 修复\n```yaml\nmethods:\n  - GET\n  - ${vars.method}\n```\n",
        needs: &[],
    },
    RuleMeta {
        code: "SY002",
        name: "duplicate-key",
        severity: Severity::Error,
        summary: "A mapping holds the same key twice",
        summary_zh: "同一映射中出现重复的键",
        doc: "## What it checks\nThat no mapping repeats a key.\n\n## Why it matters\njs-yaml (used by the Serverless Devs CLI) rejects duplicate keys with `duplicated mapping key`; other parsers silently keep the last value, so the file means different things to different tools.\n\n## Example\n```yaml\nprops:\n  timeout: 60\n  timeout: 120\n```\n## Fix\nKeep one `timeout`.\n",
        doc_zh: "## 检查内容\n同一映射中不得重复出现同一个键。\n\n## 为什么重要\nServerless Devs CLI 使用的 js-yaml 会以 `duplicated mapping key` 拒绝重复键；其他解析器则静默保留最后一个值，同一文件在不同工具中含义不同。\n\n## 示例\n```yaml\nprops:\n  timeout: 60\n  timeout: 120\n```\n## 修复\n只保留一个 `timeout`。\n",
        needs: &[],
    },
    RuleMeta {
        code: "SY003",
        name: "yaml-too-complex",
        severity: Severity::Error,
        summary: "Alias expansion or nesting exceeds fclint's safety bounds",
        summary_zh: "别名展开或嵌套深度超过 fclint 的安全上限",
        doc: "## What it checks\nThat expanding anchors and aliases copies at most 100 000 nodes and that nesting stays within 256 levels.\n\n## Why it matters\nA few lines of aliases that repeat aliases (a \"billion laughs\" file) expand to gigabytes and hang any tool that reads them. No real s.yaml comes close to these bounds.\n\n## Example\n```yaml\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n# … and so on\n```\n## Fix\nWrite the repeated values out, or use `template` + `extend` for shared props.\n",
        doc_zh: "## 检查内容\n锚点与别名展开最多复制 100 000 个节点，嵌套不超过 256 层。\n\n## 为什么重要\n几行相互引用的别名（\"billion laughs\"）会展开成数 GB 数据，使读取它的工具卡死。真实的 s.yaml 远达不到这些上限。\n\n## 示例\n```yaml\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n```\n## 修复\n直接写出重复的值，或使用 `template` + `extend` 共享属性。\n",
        needs: &[],
    },
    RuleMeta {
        code: "SY004",
        name: "multiple-documents",
        severity: Severity::Warning,
        summary: "The file holds more than one YAML document",
        summary_zh: "文件包含多个 YAML 文档",
        doc: "## What it checks\nThat s.yaml holds a single YAML document.\n\n## Why it matters\nServerless Devs reads only the first document; everything after a `---` separator is ignored without a word.\n\n## Example\n```yaml\nedition: 3.0.0\n---\nresources: {}\n```\n## Fix\nRemove the separator and merge the documents.\n",
        doc_zh: "## 检查内容\ns.yaml 只应包含一个 YAML 文档。\n\n## 为什么重要\nServerless Devs 只读取第一个文档，`---` 之后的内容会被静默忽略。\n\n## 示例\n```yaml\nedition: 3.0.0\n---\nresources: {}\n```\n## 修复\n删除分隔符并合并文档。\n",
        needs: &[],
    },
    RuleMeta {
        code: "SY005",
        name: "unreadable-file",
        severity: Severity::Error,
        summary: "The file is not UTF-8 text or is too large to be an s.yaml",
        summary_zh: "文件不是 UTF-8 文本或大得不像 s.yaml",
        doc: "## What it checks\nThat the file is UTF-8 text of at most 16 MiB.\n\n## Why it matters\nThe Serverless Devs CLI reads s.yaml as UTF-8; a file in another encoding (for example GBK saved by an old editor) turns Chinese comments and values into garbage.\n\n## Example\nAn s.yaml saved as GBK.\n## Fix\nSave the file as UTF-8.\n",
        doc_zh: "## 检查内容\n文件必须是不超过 16 MiB 的 UTF-8 文本。\n\n## 为什么重要\nServerless Devs CLI 以 UTF-8 读取 s.yaml；其他编码（例如旧编辑器保存的 GBK）会让中文注释和取值变成乱码。\n\n## 示例\n以 GBK 保存的 s.yaml。\n## 修复\n以 UTF-8 保存文件。\n",
        needs: &[],
    },
    RuleMeta {
        code: "SY006",
        name: "too-many-findings",
        severity: Severity::Error,
        summary: "The file has more findings than fclint reports for one file",
        summary_zh: "文件中的问题超过 fclint 对单个文件报告的上限",
        doc: "## What it checks\nfclint reports at most 1 000 findings per file (the first ones, in file order). When a file has more, the last finding is SY006, at the first one not shown, saying how many more there are. Its severity is the highest among the findings not shown, so the exit code is the one all findings would give.\n\n## Why it matters\nA small hostile file (200 000 copies of one key in 1.4 MB) would otherwise print hundreds of megabytes of SARIF or annotations; fclint must stay fast and bounded on any pull request. No real s.yaml comes close: the most any file of the corpus of 377 public s.yaml files has is 14.\n\n## Example\n```yaml\nvars:\n  k: 1\n  k: 2\n  k: 3\n  # … 1 000 more copies of `k`\n```\n## Fix\nFix the findings shown (usually one mistake repeated) and run fclint again.\n",
        doc_zh: "## 检查内容\nfclint 对每个文件最多报告 1 000 条问题（按文件中的顺序取前面的）。超出时，最后一条是 SY006，位于第一条未显示的问题处，说明还有多少条。其严重级别取未显示问题中的最高级别，因此退出码与报告全部问题时相同。\n\n## 为什么重要\n一个很小的恶意文件（1.4 MB 中重复 200 000 次同一个键）否则会输出数百 MB 的 SARIF 或注释；fclint 对任何拉取请求都必须保持快速且有界。真实的 s.yaml 远达不到此上限：377 个公开 s.yaml 样本中问题最多的文件只有 14 条。\n\n## 示例\n```yaml\nvars:\n  k: 1\n  k: 2\n  k: 3\n  # …再重复 1 000 次 `k`\n```\n## 修复\n先修复已显示的问题（往往是同一个错误的重复），再运行 fclint。\n",
        needs: &[],
    },
];
