//! VR: what resolving magic variables, `extend` and `template` found.

use crate::codes::{Code, RuleDoc};

pub static RULES: &[RuleDoc] = &[
    RuleDoc {
        code: Code::VR001,
        summary: "A `${…}` reference points at a key that does not exist",
        summary_zh: "`${…}` 引用了不存在的键",
        doc: "## What it checks\nReferences that can never resolve, whatever the environment: `${vars.x}` when `vars` has no `x`, `${this.props.x}` when the resource's props (after `template`) have no `x`, `${resources.r.props.x}` when there is no resource `r` (edition 3), `${svc.props.x}` (edition 1).\n\nValues that are merely unknown offline — `${config('AccountID')}`, `${resources.r.output.x}`, an environment variable that is not set — are not reported: their checks are skipped.\n\n## Why it matters\nServerless Devs 3.x stops with `RuntimeError: ${vars.x} not found` before it deploys anything (measured with `s preview`, @serverless-devs/s 3.1.10). Serverless Devs 1.x only warns and deploys the literal text `${vars.x}` as the value, which then fails at the platform or, worse, is accepted as a name. So it is an error in edition 3 and a warning in edition 1.\n\n## Example\n```yaml\nvars:\n  region: cn-hangzhou\nresources:\n  fn:\n    component: fc3\n    props:\n      region: ${vars.regoin}\n```\n## Fix\n```yaml\n      region: ${vars.region}\n```\n",
        doc_zh: "## 检查内容\n无论环境如何都无法解析的引用：`vars` 中没有 `x` 时的 `${vars.x}`；资源的 props（合并 `template` 之后）中没有 `x` 时的 `${this.props.x}`；不存在资源 `r` 时的 `${resources.r.props.x}`（3.x）；以及 1.x 的 `${svc.props.x}`。\n\n仅仅是离线无法得知的值——`${config('AccountID')}`、`${resources.r.output.x}`、未设置的环境变量——不会报告，只是跳过相关检查。\n\n## 为什么重要\nServerless Devs 3.x 会报 `RuntimeError: ${vars.x} not found` 并在部署任何内容前停止（用 `s preview` 实测，@serverless-devs/s 3.1.10）。Serverless Devs 1.x 只给出警告，并把字面文本 `${vars.x}` 当作值部署，之后在平台侧失败，甚至被当成名称接受。因此在 3.x 中为错误，在 1.x 中为警告。\n\n## 示例\n```yaml\nvars:\n  region: cn-hangzhou\nresources:\n  fn:\n    component: fc3\n    props:\n      region: ${vars.regoin}\n```\n## 修复\n```yaml\n      region: ${vars.region}\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR002,
        summary: "Variables refer to each other in a cycle",
        summary_zh: "变量之间存在循环引用",
        doc: "## What it checks\nChains of references that come back to where they started: `a: ${vars.b}` and `b: ${vars.a}`, or a prop that refers to itself through `${this.props…}`.\n\n## Why it matters\nA cycle has no value. Serverless Devs 3.x leaves such values as the literal text `${vars.b}`, which is then deployed as written. fclint reports the cycle once, at the value where it closes, with the chain.\n\n## Example\n```yaml\nvars:\n  a: ${vars.b}\n  b: ${vars.a}\n```\n## Fix\nWrite one of the values out:\n```yaml\nvars:\n  a: cn-hangzhou\n  b: ${vars.a}\n```\n",
        doc_zh: "## 检查内容\n最终回到起点的引用链：`a: ${vars.b}` 与 `b: ${vars.a}`，或通过 `${this.props…}` 引用自身的属性。\n\n## 为什么重要\n循环引用没有值。Serverless Devs 3.x 会把这些值保留为字面文本 `${vars.b}` 并按原文部署。fclint 在循环闭合处报告一次，并列出引用链。\n\n## 示例\n```yaml\nvars:\n  a: ${vars.b}\n  b: ${vars.a}\n```\n## 修复\n直接写出其中一个值：\n```yaml\nvars:\n  a: cn-hangzhou\n  b: ${vars.a}\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR003,
        summary: "A file named by `extend`, `${file(…)}` or `${json(file(…))}` cannot be read",
        summary_zh: "`extend`、`${file(…)}` 或 `${json(file(…))}` 指定的文件无法读取",
        doc: "## What it checks\nThat the base file of a file-level `extend:` (edition 1 also `extends:`) and the files read by `${file('./f')}` and `${json(file('./f.json'))}` exist and are readable UTF-8 text. Paths are relative to the directory of the s.yaml, as the CLI resolves them.\n\n`${path('./dir')}` is not reported when the path is missing (a build step in `actions` may create it); its value is unknown.\n\n## Why it matters\nThe CLI stops when it cannot read these files, and fclint cannot check values it cannot see.\n\n## Example\n```yaml\nedition: 3.0.0\nextend: ./base.yml\n```\n## Fix\nPoint at the file that exists (`./base.yaml`), relative to this s.yaml.\n",
        doc_zh: "## 检查内容\n文件级 `extend:`（1.x 还有 `extends:`）指定的基础文件，以及 `${file('./f')}`、`${json(file('./f.json'))}` 读取的文件，必须存在且是可读的 UTF-8 文本。路径相对于 s.yaml 所在目录，与 CLI 一致。\n\n`${path('./dir')}` 指向不存在的路径时不报告（`actions` 中的构建步骤可能会创建它），其值视为未知。\n\n## 为什么重要\nCLI 无法读取这些文件时会停止，fclint 也无法检查看不到的值。\n\n## 示例\n```yaml\nedition: 3.0.0\nextend: ./base.yml\n```\n## 修复\n指向实际存在的文件（`./base.yaml`），路径相对于本 s.yaml。\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR004,
        summary: "File-level `extend` chains form a cycle (or are too deep)",
        summary_zh: "文件级 `extend` 链形成循环（或层级过深）",
        doc: "## What it checks\nThat following `extend:` from file to file ends: `a.yaml` extends `b.yaml`, which must not extend `a.yaml` again, directly or through others. Chains deeper than 16 files are reported the same way.\n\n## Why it matters\nA cycle has no result; the CLI cannot build the document.\n\n## Example\n```yaml\n# s.yaml\nextend: ./base.yaml\n# base.yaml\nextend: ./s.yaml\n```\n## Fix\nRemove the `extend` from the base file.\n",
        doc_zh: "## 检查内容\n沿着 `extend:` 逐个文件追溯必须能够结束：`a.yaml` 继承 `b.yaml`，`b.yaml` 不能直接或间接地再继承 `a.yaml`。超过 16 层的链也按此报告。\n\n## 为什么重要\n循环没有结果，CLI 无法构建文档。\n\n## 示例\n```yaml\n# s.yaml\nextend: ./base.yaml\n# base.yaml\nextend: ./s.yaml\n```\n## 修复\n删除基础文件中的 `extend`。\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR005,
        summary: "A resource's `extend.name` names a template that does not exist",
        summary_zh: "资源的 `extend.name` 指向不存在的模板",
        doc: "## What it checks\nIn edition 3, a resource with `extend: {name: t}` takes `template.t` as the base of its `props` (deep merge, props win; keys listed in `extend.ignore` are dropped from the template first). `template.t` must exist.\n\n## Why it matters\nWithout the template the resource loses every prop it was meant to inherit — often `region`, `role` or the triggers — and fclint would report them all as missing.\n\n## Example\n```yaml\ntemplate:\n  base:\n    region: cn-hangzhou\nresources:\n  fn:\n    component: fc3\n    extend:\n      name: bsae\n```\n## Fix\n```yaml\n    extend:\n      name: base\n```\n",
        doc_zh: "## 检查内容\n3.x 中带 `extend: {name: t}` 的资源以 `template.t` 作为其 `props` 的基础（深度合并，props 优先；`extend.ignore` 中列出的键会先从模板中删除）。`template.t` 必须存在。\n\n## 为什么重要\n没有模板，资源会失去本应继承的所有属性——通常是 `region`、`role` 或触发器——fclint 也会把它们全部报告为缺失。\n\n## 示例\n```yaml\ntemplate:\n  base:\n    region: cn-hangzhou\nresources:\n  fn:\n    component: fc3\n    extend:\n      name: bsae\n```\n## 修复\n```yaml\n    extend:\n      name: base\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR006,
        summary: "Edition 1 expression syntax in an edition 3 file (`${env.NAME}`, unquoted arguments)",
        summary_zh: "3.x 文件中使用了 1.x 的表达式写法（`${env.NAME}`、未加引号的参数）",
        doc: "## What it checks\nEdition 3 files that use edition 1 expression syntax: reading environment variables as `${env.NAME}`, or unquoted call arguments that are not plain names (`${env(REGION, cn-hangzhou)}`).\n\n## Why it matters\nServerless Devs 3.x compiles every `${…}` as a JavaScript expression. `${env.NAME}` stops the CLI with `RuntimeError: ${env.NAME} not found`, and `cn-hangzhou` unquoted with `CompileError: missing ) after argument list` (both measured with `s preview`, @serverless-devs/s 3.1.10). The official converter `s cli fc3 s2tos3` rewrites these forms for the same reason.\n\n## Example\n```yaml\nedition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props:\n      region: ${env.REGION}\n```\n## Fix\n```yaml\n      region: ${env('REGION', 'cn-hangzhou')}\n```\n",
        doc_zh: "## 检查内容\n3.x 文件中使用 1.x 的表达式写法：用 `${env.NAME}` 读取环境变量，或调用参数未加引号且不是普通名称（`${env(REGION, cn-hangzhou)}`）。\n\n## 为什么重要\nServerless Devs 3.x 把每个 `${…}` 当作 JavaScript 表达式编译。`${env.NAME}` 会使 CLI 报 `RuntimeError: ${env.NAME} not found`，未加引号的 `cn-hangzhou` 会报 `CompileError: missing ) after argument list`，然后停止（均用 `s preview` 实测，@serverless-devs/s 3.1.10）。官方转换工具 `s cli fc3 s2tos3` 也因此会改写这些写法。\n\n## 示例\n```yaml\nedition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props:\n      region: ${env.REGION}\n```\n## 修复\n```yaml\n      region: ${env('REGION', 'cn-hangzhou')}\n```\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR007,
        summary: "A file read by `${json(file(…))}` (or `${file(…)}` in edition 1) is not valid JSON/YAML",
        summary_zh: "`${json(file(…))}`（或 1.x 的 `${file(…)}`）读取的文件不是合法的 JSON/YAML",
        doc: "## What it checks\nThat `${json(file('./f.json'))}` (edition 3) and `${file('./f.yaml')}` (edition 1, which parses YAML and JSON) read a document that parses.\n\n## Why it matters\nThe CLI stops on the parse error; the values in it cannot be checked.\n\n## Example\n```yaml\nenvironmentVariables: ${json(file('./env.json'))}\n```\nwith `env.json` holding `{\"A\": 1,}`.\n## Fix\nMake the file valid JSON: `{\"A\": 1}`.\n",
        doc_zh: "## 检查内容\n`${json(file('./f.json'))}`（3.x）以及 `${file('./f.yaml')}`（1.x，会解析 YAML 和 JSON）读取的文档必须能被解析。\n\n## 为什么重要\nCLI 会因解析错误而停止，其中的值也无法检查。\n\n## 示例\n```yaml\nenvironmentVariables: ${json(file('./env.json'))}\n```\n其中 `env.json` 内容为 `{\"A\": 1,}`。\n## 修复\n把文件改为合法 JSON：`{\"A\": 1}`。\n",
        file: file!(),
    },
    RuleDoc {
        code: Code::VR008,
        summary: "Resolving variables would build an enormous document",
        summary_zh: "解析变量会生成过于庞大的文档",
        doc: "## What it checks\nThat resolving `${vars…}` references builds at most 1,000,000 values. A variable holding an object that is inserted into many places, which are themselves inserted many times, multiplies the document like a YAML alias bomb.\n\n## Why it matters\nfclint stays fast and bounded on any input; what lies beyond the bound is left unknown and not checked.\n\n## Example\n```yaml\nvars:\n  a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n  b: [${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}]\n  c: [${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}]\n  # … and so on\n```\n## Fix\nInsert large objects once.\n",
        doc_zh: "## 检查内容\n解析 `${vars…}` 引用最多生成 1,000,000 个值。一个包含对象的变量被插入到许多位置，而这些位置又被多次插入，会像 YAML 别名炸弹一样使文档成倍膨胀。\n\n## 为什么重要\nfclint 对任何输入都保持快速且有界；超出上限的部分视为未知，不做检查。\n\n## 示例\n```yaml\nvars:\n  a: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]\n  b: [${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}, ${vars.a}]\n  c: [${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}, ${vars.b}]\n  # …以此类推\n```\n## 修复\n大型对象只插入一次。\n",
        file: file!(),
    },
];
