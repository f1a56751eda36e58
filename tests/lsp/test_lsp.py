"""`fclint lsp` end to end, through a real LSP client (pytest-lsp).

What a user of an editor sees: the capabilities, the diagnostics (exactly `fclint check`'s),
hover, completion, inlay hints, definitions, symbols, code actions (fixes in test_fixes.py), re-checks when other
files change, and a server that survives any text.
"""

from __future__ import annotations

import pathlib
import re
import shutil

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import ROOT, SECRET, Doc, check_json, plan_json, until, utf16_len


def check_json_text(path: pathlib.Path, text: str) -> list[dict]:
    path.write_text(text)
    return check_json(path)

ERR = ROOT / "testdata" / "err"
SEVERITY = {1: "error", 2: "warning", 3: "info"}


def err_fixtures() -> list[pathlib.Path]:
    out = []
    for p in sorted(ERR.iterdir()):
        if p.is_dir():
            out += [p / n for n in ("s.yaml", "s.yml") if (p / n).is_file()]
        elif p.suffix in (".yaml", ".yml"):
            out.append(p)
    return out


def chars(line: str, units: int) -> int:
    """Characters in the first `units` UTF-16 units of `line` (past its end: one per unit)."""
    n = 0
    for i, ch in enumerate(line):
        if n >= units:
            return i
        n += utf16_len(ch)
    return len(line) + max(0, units - n)


def as_check_json(uri: str, d: types.Diagnostic, texts: dict[str, str]) -> dict:
    """An LSP diagnostic written the way `check --format json` writes one."""

    def where(uri: str, r: types.Range) -> dict:
        path = pathlib.Path(uri.removeprefix("file://"))
        text = texts.get(uri)
        if text is None:
            text = path.read_text(encoding="utf-8")
        lines = text.split("\n")

        def col(p: types.Position) -> int:
            line = lines[p.line] if p.line < len(lines) else ""
            return chars(line, p.character) + 1

        return {
            "path": str(path.relative_to(ROOT)),
            "line": r.start.line + 1,
            "column": col(r.start),
            "end_line": r.end.line + 1,
            "end_column": col(r.end),
        }

    out = {
        "code": d.code,
        "severity": SEVERITY[d.severity],
        **where(uri, d.range),
        "message": d.message,
    }
    related = [
        {**where(r.location.uri, r.location.range), "message": r.message}
        for r in (d.related_information or [])
    ]
    if related:
        out["related"] = related
    return out


def from_check(d: dict) -> dict:
    out = {k: d[k] for k in ("code", "severity", "path", "line", "column", "end_line", "end_column", "message")}
    if d.get("related"):
        out["related"] = d["related"]
    return out


async def published_for(client: LanguageClient, doc: Doc, before: dict[str, int]) -> list[dict]:
    """Every diagnostic published since `before` (counts per URI), as check's JSON."""
    await doc.diagnostics()
    # Findings in other files (a base file) are published right after the document's own.
    await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=doc.uri))
    )
    out = []
    for uri, n in client.publish_count.items():
        if n > before.get(uri, 0):
            for d in client.diagnostics.get(uri, []):
                out.append(as_check_json(uri, d, {doc.uri: doc.text}))
    return out


def key(d: dict):
    return (d["path"], d["line"], d["column"], d["code"], d["message"])


# ---------------------------------------------------------------- capabilities


async def test_initialize_capabilities(client: LanguageClient):
    caps = client.init_result.capabilities
    assert client.init_result.server_info.name == "fclint"
    assert caps.position_encoding == types.PositionEncodingKind.Utf16
    sync = caps.text_document_sync
    assert sync.open_close is True
    assert sync.change == types.TextDocumentSyncKind.Incremental
    assert sync.save is True
    assert caps.hover_provider is True
    assert caps.completion_provider is not None
    assert caps.inlay_hint_provider is True
    assert caps.definition_provider is True
    assert caps.document_symbol_provider is True
    kinds = [getattr(k, "value", k) for k in caps.code_action_provider.code_action_kinds]
    assert kinds == ["quickfix", "source.fixAll.fclint"]
    # The server asks to hear about changes to files on disk (base files, .env, fclint.toml).
    await until(lambda: getattr(client, "registrations", None), 5, "no registration")
    assert client.registrations[0].method == "workspace/didChangeWatchedFiles"


async def test_unknown_requests_get_an_error_and_the_server_goes_on(client: LanguageClient):
    with pytest.raises(Exception) as e:
        await client.protocol.send_request_async("fclint/noSuchMethod", {})
    assert "does not handle" in str(e.value)
    doc = Doc(client, ERR / "eb007_errors_tolerance_none.yaml")
    assert await doc.diagnostics()


# ---------------------------------------------------------------- diagnostics


async def test_diagnostics_equal_check_json_on_every_err_fixture(client: LanguageClient):
    checked = 0
    for path in err_fixtures():
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            # SY005 is about the bytes of a file; an editor sends text (LSP is UTF-8 by
            # definition), so this fixture has no counterpart in an editor.
            print(f"skipped {path.name}: not UTF-8, an editor cannot send it as text")
            continue
        expected = sorted((from_check(d) for d in check_json(path)), key=key)
        before = dict(client.publish_count)
        doc = Doc(client, path, text)
        got = sorted(await published_for(client, doc, before), key=key)
        assert got == expected, f"{path.relative_to(ROOT)}"
        doc.close()
        await until(lambda: list(client.diagnostics.get(doc.uri, [1])) == [], 10, f"{path.name} cleared on close")
        checked += 1
    assert checked >= 75


async def test_diagnostics_in_chinese(client_zh: LanguageClient):
    path = ERR / "eb004_concurrency_below_consumers.yaml"
    doc = Doc(client_zh, path)
    got = [d.message for d in await doc.diagnostics()]
    assert got == [d["message"] for d in check_json(path, "zh")]
    assert any("消费者" in m for m in got), got


async def test_diagnostic_code_severity_and_link(client: LanguageClient):
    doc = Doc(client, ERR / "eb007_errors_tolerance_none.yaml")
    d = [d for d in await doc.diagnostics() if d.code == "EB007"][0]
    assert d.source == "fclint"
    assert d.severity == types.DiagnosticSeverity.Warning
    assert d.code_description.href.startswith("https://")


async def test_did_change_clears_a_fixed_diagnostic(client: LanguageClient):
    doc = Doc(client, ERR / "eb004_concurrency_below_consumers.yaml")
    assert [d.code for d in await doc.diagnostics()] == ["EB004"]
    start = doc.pos("concurrency: 4", delta=len("concurrency: "))
    end = types.Position(line=start.line, character=start.character + 1)
    doc.edit(start, end, "12")
    assert await doc.diagnostics() == []
    doc.edit(start, types.Position(line=start.line, character=start.character + 2), "4")
    assert [d.code for d in await doc.diagnostics()] == ["EB004"]


async def test_non_s_yaml_documents_get_no_findings(client_default: LanguageClient, tmp_path):
    workflow = tmp_path / "ci.yml"
    workflow.write_text("on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n")
    Doc(client_default, workflow)
    s_yaml = tmp_path / "s.yaml"
    s_yaml.write_text("name: app\n")
    doc = Doc(client_default, s_yaml)
    assert [d.code for d in await doc.diagnostics()] == [d["code"] for d in check_json(s_yaml)]
    assert workflow.as_uri() not in client_default.diagnostics


# ---------------------------------------------------------------- hover


def hover_text(h: types.Hover | None) -> str:
    assert h is not None
    return h.contents.value


async def hover(client: LanguageClient, doc: Doc, pos: types.Position) -> str:
    return hover_text(
        await client.text_document_hover_async(
            types.HoverParams(
                text_document=types.TextDocumentIdentifier(uri=doc.uri), position=pos
            )
        )
    )


async def test_hover_shows_the_plan_numbers(client: LanguageClient):
    path = ROOT / "testdata" / "plan" / "seed" / "s.yaml"
    plan = {t["function"]: t for t in plan_json(path)["triggers"]}
    doc = Doc(client, path)
    await doc.diagnostics()
    ic5 = plan["ic5"]
    text = await hover(client, doc, doc.pos("concurrency: 26", after="functionName: ic5"))
    assert (
        f"{ic5['delivery_concurrency']} concurrent deliveries ÷ instanceConcurrency "
        f"{ic5['instance_concurrency']} → up to {ic5['max_instances']} instances"
    ) in text, text
    # The key's documentation from the schema: range and source link.
    assert "**Range:** 1–300" in text and "[Source](https://" in text
    text = await hover(client, doc, doc.pos("PushRetryStrategy", after="functionName: ic5"))
    assert "EXPONENTIAL_DECAY_RETRY: 176 retries" in text and "(23 h 53 min 35 s)" in text
    assert "dead-letter queue acs:mns:cn-hangzhou:123456789:/queues/ic5-dlq" in text
    text = await hover(client, doc, doc.pos("maximumTasks: 12", after="functionName: ic5"))
    assert f"maximumTasks 12, 8 partitions → {ic5['consumers']} consumers" in text, text
    text = await hover(client, doc, doc.pos("instanceConcurrency: 5"))
    assert "function `ic5`: at most 6 instances" in text, text


async def test_hover_on_a_batch_split_and_in_chinese(client_zh: LanguageClient):
    path = ROOT / "testdata" / "plan" / "async_split" / "s.yaml"
    doc = Doc(client_zh, path)
    await doc.diagnostics()
    text = await hover(client_zh, doc, doc.pos("CountBasedWindow"))
    assert "100 × 2 KB async → 拆分为 64 + 36" in text, text
    text = await hover(client_zh, doc, doc.pos("maximumTasks: 6"))
    assert "maximumTasks 6，3 个分区 → 3 个消费者拉取" in text, text


async def test_hover_on_a_diagnostic_names_the_rule(client: LanguageClient):
    doc = Doc(client, ERR / "eb004_concurrency_below_consumers.yaml")
    (d,) = await doc.diagnostics()
    text = await hover(client, doc, d.range.start)
    assert "**EB004**" in text and "See `fclint explain EB004`." in text


async def test_values_from_secret_looking_variables_are_never_shown(client_secret: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(
        (ROOT / "testdata" / "plan" / "seed" / "s.yaml")
        .read_text()
        .replace("Arn: acs:mns:cn-hangzhou:123456789:/queues/ic5-dlq", "Arn: ${env('DLQ_TOKEN')}")
    )
    doc = Doc(client_secret, path)
    shown = [d.message for d in await doc.diagnostics()]
    for needle in ("errorsTolerance: ALL", "PushRetryStrategy", "concurrency: 26", "Arn:"):
        pos = doc.pos(needle, after="functionName: ic5")
        h = await client_secret.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=doc.uri), position=pos)
        )
        shown.append(h.contents.value if h else "")
    hints = await client_secret.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=999, character=0)),
        )
    )
    shown += [h.label for h in hints]
    # The numbers are still there; the value is not.
    assert any("26 concurrent deliveries" in s for s in shown)
    assert not any("do-not-show-me" in s for s in shown), [s for s in shown if "do-not-show-me" in s]


# ---------------------------------------------------------------- inlay hints


async def test_inlay_hints_say_what_plan_says(client: LanguageClient):
    path = ROOT / "testdata" / "plan" / "seed" / "s.yaml"
    plan = {t["function"]: t for t in plan_json(path)["triggers"]}
    doc = Doc(client, path)
    await doc.diagnostics()
    hints = await client.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=types.Range(
                start=types.Position(line=0, character=0),
                end=types.Position(line=len(doc.text.split("\n")), character=0),
            ),
        )
    )
    by_line = {h.position.line: h.label for h in hints}
    lines = doc.text.split("\n")
    for fn, ic in (("ic26", 26), ("ic13", 13), ("ic5", 5), ("ic2", 2), ("ic1", 1)):
        t = plan[fn]
        conc = doc.pos("concurrency: 26", after=f"functionName: {fn}\n").line
        n = t["max_instances"]
        unit = "instance" if n == 1 else "instances"
        assert by_line[conc] == f"26 deliveries ÷ {ic} req/instance → {n} {unit}"
        # Beside the value, at the end of its line.
        hint = next(h for h in hints if h.position.line == conc)
        assert hint.position.character == utf16_len(lines[conc])
        tasks = doc.pos("maximumTasks", after=f"functionName: {fn}\n").line
        assert by_line[tasks] == f"{t['consumers']} consumers"
        retry = doc.pos("PushRetryStrategy", after=f"functionName: {fn}\n").line
        assert by_line[retry] == "EXPONENTIAL_DECAY_RETRY × 176, 23 h 53 min 35 s → dead-letter queue"
        window = doc.pos("CountBasedWindow", after=f"functionName: {fn}\n").line
        assert by_line[window] == "100 msgs or 3 s"
    ic = doc.pos("instanceConcurrency: 2\n").line
    assert by_line[ic] == "max 13 instances"


async def test_inlay_hints_in_chinese(client_zh: LanguageClient):
    doc = Doc(client_zh, ROOT / "testdata" / "plan" / "async_split" / "s.yaml")
    await doc.diagnostics()
    hints = await client_zh.text_document_inlay_hint_async(
        types.InlayHintParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=types.Range(
                start=types.Position(line=0, character=0),
                end=types.Position(line=200, character=0),
            ),
        )
    )
    labels = {h.label for h in hints}
    assert "100 条 或 5 秒，拆分为 64 + 36" in labels, labels
    assert "3 个消费者" in labels, labels


# ---------------------------------------------------------------- completion


async def complete(client: LanguageClient, doc: Doc, pos: types.Position):
    r = await client.text_document_completion_async(
        types.CompletionParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri), position=pos
        )
    )
    items = r.items if isinstance(r, types.CompletionList) else (r or [])
    return {i.label: i for i in items}


EB_TRIGGER = """edition: 3.0.0
name: app
resources:
  orders:
    component: fc3
    props:
      region: cn-hangzhou
      functionName: orders
      runtime: python3.10
      handler: index.handler
      code: ./code
      triggers:
        - triggerName: kafka
          triggerType: eventbridge
          triggerConfig:
            eventSourceConfig:
              eventSourceType: Kafka
              eventSourceParameters:
                
            runOptions:
              mode: event-streaming
              
"""


async def test_completion_of_keys_and_values_in_edition_3(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(EB_TRIGGER)
    doc = Doc(client, path)
    await doc.diagnostics()
    lines = doc.text.split("\n")
    # Keys of runOptions, without the one already there.
    run = lines.index("              mode: event-streaming") + 1
    items = await complete(client, doc, types.Position(line=run, character=14))
    assert {"maximumTasks", "errorsTolerance", "retryStrategy", "batchWindow"} <= items.keys()
    assert "mode" not in items
    doc_text = items["maximumTasks"].documentation.value
    assert "[Source](https://" in doc_text
    assert items["maximumTasks"].text_edit.new_text == "maximumTasks: "
    # Of the six parameter blocks, the one the source type reads.
    params = lines.index("              eventSourceParameters:") + 1
    items = await complete(client, doc, types.Position(line=params, character=16))
    assert list(items) == ["sourceKafkaParameters"]
    # Values of an enum, with what each means.
    doc.change(doc.text.replace("mode: event-streaming", "mode: "))
    await doc.diagnostics()
    line = doc.text.split("\n").index("              mode: ")
    items = await complete(client, doc, types.Position(line=line, character=20))
    assert set(items) == {"event-streaming", "event-driven"}
    assert "Kafka needs it" in items["event-streaming"].documentation.value
    # Trigger types.
    doc.change(doc.text.replace("triggerType: eventbridge", "triggerType: "))
    line = doc.text.split("\n").index("          triggerType: ")
    items = await complete(client, doc, types.Position(line=line, character=23))
    assert {"http", "timer", "oss", "eventbridge", "mns_topic"} <= items.keys()


async def test_completion_follows_the_trigger_type(client: LanguageClient, tmp_path):
    text = EB_TRIGGER.replace("triggerType: eventbridge", "triggerType: http").split(
        "          triggerConfig:"
    )[0] + "          triggerConfig:\n            \n"
    path = tmp_path / "s.yaml"
    path.write_text(text)
    doc = Doc(client, path)
    line = len(text.split("\n")) - 2
    items = await complete(client, doc, types.Position(line=line, character=12))
    assert {"authType", "methods"} <= items.keys()
    assert "eventSourceConfig" not in items
    doc.change(text.replace("triggerConfig:\n            \n", "triggerConfig:\n            authType: \n"))
    items = await complete(client, doc, types.Position(line=line, character=22))
    assert set(items) == {"anonymous", "function", "jwt"}


ED1 = """edition: 1.0.0
name: app
services:
  orders:
    component: devsapp/fc
    props:
      region: cn-hangzhou
      service:
        name: svc
      function:
        name: orders
        
      triggers:
        - name: t
          type: 
"""


async def test_completion_in_edition_1(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(ED1)
    doc = Doc(client, path)
    lines = ED1.split("\n")
    fn = lines.index("        name: orders") + 1
    items = await complete(client, doc, types.Position(line=fn, character=8))
    assert {"runtime", "handler", "memorySize", "timeout"} <= items.keys()
    assert "name" not in items
    props = lines.index("      region: cn-hangzhou")
    items = await complete(client, doc, types.Position(line=props, character=6))
    assert "customDomains" in items and "service" not in items
    t = lines.index("          type: ")
    items = await complete(client, doc, types.Position(line=t, character=16))
    assert {"http", "timer", "oss", "eventbridge"} <= items.keys()


# ---------------------------------------------------------------- navigation


async def test_definition_of_variables_files_and_extend(client: LanguageClient, tmp_path):
    (tmp_path / "base.yaml").write_text(
        "edition: 3.0.0\nname: base\nvars:\n  region: cn-hangzhou\nresources: {}\n"
    )
    (tmp_path / "desc.txt").write_text("orders\n")
    text = """edition: 3.0.0
name: app
extend: ./base.yaml
vars:
  memory: 512
resources:
  a:
    component: fc3
    props:
      region: ${vars.region}
      functionName: orders
      runtime: python3.10
      handler: index.handler
      code: ./code
      memorySize: ${vars.memory}
      description: ${file('./desc.txt')}
  b:
    component: fc3
    props:
      region: cn-hangzhou
      functionName: ${resources.a.props.functionName}-b
      runtime: python3.10
      handler: index.handler
      code: ./code
      timeout: ${this.props.memorySize}
      memorySize: 1024
"""
    path = tmp_path / "s.yaml"
    path.write_text(text)
    doc = Doc(client, path)
    await doc.diagnostics()

    async def definition(pos):
        r = await client.text_document_definition_async(
            types.DefinitionParams(
                text_document=types.TextDocumentIdentifier(uri=doc.uri), position=pos
            )
        )
        assert r, f"no definition at {pos}"
        return r[0]

    loc = await definition(doc.pos("vars.memory", delta=6))
    assert loc.uri == doc.uri and loc.range.start == doc.pos("memory: 512")
    loc = await definition(doc.pos("vars.region", delta=6))
    assert loc.uri == (tmp_path / "base.yaml").as_uri()
    assert loc.range.start == types.Position(line=3, character=2)
    loc = await definition(doc.pos("./desc.txt"))
    assert loc.uri == (tmp_path / "desc.txt").as_uri()
    loc = await definition(doc.pos("./base.yaml"))
    assert loc.uri == (tmp_path / "base.yaml").as_uri()
    loc = await definition(doc.pos("resources.a.props.functionName", delta=12))
    assert loc.range.start == doc.pos("functionName: orders")
    loc = await definition(doc.pos("this.props.memorySize", delta=6))
    assert loc.range.start == doc.pos("memorySize: 1024")


async def test_document_symbols(client: LanguageClient):
    doc = Doc(client, ROOT / "testdata" / "plan" / "seed" / "s.yaml")
    await doc.diagnostics()
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=doc.uri))
    )
    assert [s.name for s in symbols] == ["ic26", "ic13", "ic5", "ic2", "ic1", "audit"]
    ic5 = symbols[2]
    assert ic5.kind == types.SymbolKind.Module and ic5.detail == "fc3"
    (fn,) = ic5.children
    assert (fn.name, fn.kind, fn.detail) == ("ic5", types.SymbolKind.Function, "custom.debian10")
    (trigger,) = fn.children
    assert (trigger.name, trigger.kind, trigger.detail) == ("kafka", types.SymbolKind.Event, "eventbridge")
    assert trigger.selection_range.start == doc.pos("kafka", after="functionName: ic5")


async def test_document_symbols_in_edition_1(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text(ED1.replace("          type: \n", "          type: http\n").replace("        \n", ""))
    doc = Doc(client, path)
    await doc.diagnostics()
    symbols = await client.text_document_document_symbol_async(
        types.DocumentSymbolParams(text_document=types.TextDocumentIdentifier(uri=doc.uri))
    )
    (svc,) = symbols
    (fn,) = svc.children
    # The model's label of an edition 1 function: `service$function`, as FC names it.
    assert (svc.name, fn.name, [t.name for t in fn.children]) == ("orders", "svc$orders", ["t"])


# ---------------------------------------------------------------- code actions


async def test_code_actions_suppress_a_finding(client: LanguageClient, tmp_path):
    src = ERR / "eb007_errors_tolerance_none.yaml"
    path = tmp_path / "s.yaml"
    shutil.copy(src, path)
    doc = Doc(client, path)
    d = [d for d in await doc.diagnostics() if d.code == "EB007"][0]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=d.range,
            context=types.CodeActionContext(diagnostics=[d]),
        )
    )
    titles = [a.title for a in actions]
    assert titles == [
        "Suppress EB007 at the end of the line (# fclint-ignore)",
        "Suppress EB007 with a comment on the line above (# fclint-ignore)",
    ], titles
    for action in actions:
        (edit,) = action.edit.changes[doc.uri]
        assert "# fclint-ignore EB007 <reason>" in edit.new_text
        doc.edit(edit.range.start, edit.range.end, edit.new_text)
        left = [(x.code, x.range.start.line) for x in await doc.diagnostics()]
        fixed_line = d.range.start.line + (1 if edit.new_text.endswith("\n") else 0)
        assert ("EB007", fixed_line) not in left and not any(c == "SP001" for c, _ in left), left
        doc.change(src.read_text())
        await doc.diagnostics()
    # With a suppression there already, the rule is added to it.
    lines = doc.text.split("\n")
    ln = d.range.start.line
    lines[ln] += "  # fclint-ignore EB008 kept"
    doc.change("\n".join(lines))
    diags = await doc.diagnostics()
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=d.range,
            context=types.CodeActionContext(diagnostics=diags),
        )
    )
    (add,) = [a for a in actions if "EB007" in a.title]
    assert add.title == "Add EB007 to the # fclint-ignore comment"
    (edit,) = add.edit.changes[doc.uri]
    doc.edit(edit.range.start, edit.range.end, edit.new_text)
    left = [(x.code, x.range.start.line) for x in await doc.diagnostics()]
    assert ("EB007", ln) not in left and ("EB008", ln) not in left, left


# ---------------------------------------------------------------- other files


BASE = """edition: 3.0.0
name: base
vars:
  timeout: 0
resources:
  fn:
    component: fc3
    props:
      region: cn-hangzhou
      runtime: python3.10
      handler: index.handler
      code: ./code
"""

CHILD = """edition: 3.0.0
name: app
extend: ./base.yaml
resources:
  fn:
    component: fc3
    props:
      functionName: orders
      timeout: ${vars.timeout}
      memorySize: ${env('MEMORY', 512)}
"""


async def test_a_change_to_a_base_file_rechecks_its_dependents(client: LanguageClient, tmp_path):
    base = tmp_path / "base.yaml"
    base.write_text(BASE)
    path = tmp_path / "s.yaml"
    path.write_text(CHILD)
    doc = Doc(client, path)
    assert [d.code for d in await doc.diagnostics()] == ["SC005"]

    async def changed(file: pathlib.Path, kind=types.FileChangeType.Changed):
        n = client.publish_count.get(doc.uri, 0)
        client.workspace_did_change_watched_files(
            types.DidChangeWatchedFilesParams(
                changes=[types.FileEvent(uri=file.as_uri(), type=kind)]
            )
        )
        await until(lambda: client.publish_count.get(doc.uri, 0) > n, 20, f"no re-check after {file.name}")
        return [d.code for d in client.diagnostics[doc.uri]]

    base.write_text(BASE.replace("timeout: 0", "timeout: 60"))
    assert await changed(base) == []
    # `.env` beside the file (created): its value reaches `${env()}`.
    (tmp_path / ".env").write_text("MEMORY=512\n")
    # (a string where FC expects a number: SC008, as `check` says)
    assert await changed(tmp_path / ".env", types.FileChangeType.Created) == ["SC008"]
    # `fclint.toml` (created): its rule selection applies.
    (tmp_path / "fclint.toml").write_text('[rules]\nignore = ["SC008"]\n')
    assert await changed(tmp_path / "fclint.toml", types.FileChangeType.Created) == []
    # A broken fclint.toml stops `check`; the editor shows why at the top of the file.
    (tmp_path / "fclint.toml").write_text("[rules\n")
    await changed(tmp_path / "fclint.toml")
    (d,) = [d for d in client.diagnostics[doc.uri] if d.code is None]
    assert d.range.start.line == 0 and "fclint.toml" in d.message, d.message
    # Saving an open base file re-checks too.
    (tmp_path / "fclint.toml").unlink()
    await changed(tmp_path / "fclint.toml", types.FileChangeType.Deleted)
    base_doc = Doc(client, base)
    base.write_text(BASE.replace("timeout: 0", "timeout: 90000"))
    n = client.publish_count.get(doc.uri, 0)
    client.text_document_did_save(
        types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=base_doc.uri))
    )
    await until(lambda: client.publish_count.get(doc.uri, 0) > n, 20, "no re-check after save")
    # timeout 90000 is out of range; memory from `.env` is still a string.
    assert [d.code for d in client.diagnostics[doc.uri]] == ["SC005", "SC008"]


# ---------------------------------------------------------------- hostile text

BROKEN = [
    "",
    "edition: 3.0.0\nresources:\n  fn:\n    props: {unclosed\n",
    "edition: '3.0.0\n",
    "edition: 3.0.0\nresources:\n\tfn: 1\n",
    "a: &a [x]\nb: *nope\n",
    "key: [${vars.x}]\n",
    "- - - - -\n" * 50,
    "[" * 5000,
    "edition: 3.0.0\nresources:\n  fn:\n    component: fc3\n    props:\n      triggers:\n        - triggerType: eventbridge\n          triggerConfig:\n            runOptions:\n              maximumTasks: ${vars.\n",
    "\x00\x01\x02 binary: \ufeff\n",
    "😀: 😀\n" * 200,
    "edition: 3.0.0\n" + "x" * 300_000 + "\n",
]


async def test_malformed_intermediate_text_never_breaks_the_server(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    good = EB_TRIGGER
    path.write_text(good)
    doc = Doc(client, path)
    await doc.diagnostics()
    ident = types.TextDocumentIdentifier(uri=doc.uri)
    for text in BROKEN:
        doc.change(text)
        diags = await doc.diagnostics()
        # The text of each finding is what `check` says about that text.
        path.write_text(text)
        expected = sorted(
            (d["code"], d["line"], d["message"]) for d in check_json(path)
        )
        assert sorted((d.code, d.range.start.line + 1, d.message) for d in diags) == expected
        lines = text.split("\n")
        for line in range(0, min(len(lines), 12)):
            for character in (0, 3, len(lines[line])):
                pos = types.Position(line=line, character=character)
                await client.text_document_hover_async(types.HoverParams(text_document=ident, position=pos))
                await client.text_document_completion_async(types.CompletionParams(text_document=ident, position=pos))
                await client.text_document_definition_async(types.DefinitionParams(text_document=ident, position=pos))
        await client.text_document_inlay_hint_async(
            types.InlayHintParams(
                text_document=ident,
                range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=99, character=0)),
            )
        )
        await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=ident))
        await client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=ident,
                range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=5, character=0)),
                context=types.CodeActionContext(diagnostics=diags),
            )
        )
        # Edits past the end of the text are clamped, not fatal.
        doc.edit(types.Position(line=999, character=5), types.Position(line=999, character=9), "")
        await doc.diagnostics()
    # And it still works.
    doc.change(good)
    assert [d.code for d in await doc.diagnostics()] == [d["code"] for d in check_json_text(path, good)]
    items = await complete(client, doc, types.Position(line=good.split("\n").index("              mode: event-streaming") + 1, character=14))
    assert "maximumTasks" in items
