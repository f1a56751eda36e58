"""The rules' fixes in the editor: each finding's fix as a quick fix, and `source.fixAll.fclint`
applying every safe fix of the unsaved buffer exactly as `fclint check --fix` would.
"""

from __future__ import annotations

import pathlib
import shutil
import subprocess

from lsprotocol import types
from pytest_lsp import LanguageClient

from conftest import ENV, FCLINT, ROOT, Doc, offset

FIX = ROOT / "testdata" / "fix"
FIX_ALL = "source.fixAll.fclint"

# Text wider in UTF-8 than in UTF-16, and in UTF-16 than in characters, before both fixed
# values on one line: a safe SC008 fix (`"60"`) and an unsafe SC006 one (4000 → 4032).
FLOW = (
    "edition: 3.0.0\nname: app\nresources:\n  fn:\n    component: fc3\n"
    "    props: {region: cn-hangzhou, functionName: orders, runtime: python3.10, "
    'handler: index.handler, code: ./code, description: "订单😀", timeout: "60", memorySize: 4000}\n'
)


def applied(text: str, edits: list[types.TextEdit]) -> str:
    """`edits` applied to `text` the way an editor does (UTF-16 columns, all on the original)."""
    lines = text.split("\n")
    spans = sorted(
        (offset(lines, e.range.start), offset(lines, e.range.end), e.new_text) for e in edits
    )
    out, at = [], 0
    for a, b, new in spans:
        assert a >= at, f"overlapping edits: {edits}"
        out += [text[at:a], new]
        at = b
    out.append(text[at:])
    return "".join(out)


def edits_of(doc: Doc, action: types.CodeAction) -> list[types.TextEdit]:
    assert action.edit is not None and list(action.edit.changes) == [doc.uri], action
    return action.edit.changes[doc.uri]


async def actions(client: LanguageClient, doc: Doc, rng: types.Range | None = None, only=None, trigger=None):
    diags = await doc.diagnostics()
    if rng is None:
        end = types.Position(line=len(doc.text.split("\n")), character=0)
        rng = types.Range(start=types.Position(line=0, character=0), end=end)
    got = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc.uri),
            range=rng,
            context=types.CodeActionContext(diagnostics=diags, only=only, trigger_kind=trigger),
        )
    )
    return list(got or [])


def kind(a: types.CodeAction) -> str:
    return a.kind.value if hasattr(a.kind, "value") else str(a.kind)


def check_fix(tmp_path: pathlib.Path, text: str) -> str:
    """What `fclint check --fix` writes for `text` (in a copy of its own)."""
    d = tmp_path / "cli"
    d.mkdir(exist_ok=True)
    (d / "s.yaml").write_text(text, encoding="utf-8")
    out = subprocess.run(
        [FCLINT, "check", "--fix", "s.yaml"], cwd=d, env=ENV, capture_output=True, text=True
    )
    assert out.returncode in (0, 1), out.stderr
    return (d / "s.yaml").read_text(encoding="utf-8")


async def test_a_quick_fix_for_a_quoted_number_gives_exactly_the_fixed_text(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    shutil.copy(FIX / "sc008_quoted_numbers.yaml", path)
    doc = Doc(client, path)
    original = doc.text
    (d,) = [
        d for d in await doc.diagnostics()
        if d.code == "SC008" and "TimeBasedWindow" in original.split("\n")[d.range.start.line]
    ]
    got = await actions(client, doc, d.range)
    # For that finding alone (the range is its line): its fix first, then the suppression (the
    # line has a comment already: above it only), then the document's fix-all.
    assert [a.title for a in got] == [
        "Write `TimeBasedWindow: 3` without quotes (SC008)",
        "Suppress SC008 with a comment on the line above (# fclint-ignore)",
        "Apply 3 safe fixes (fclint --fix)",
    ], [a.title for a in got]
    fix = got[0]
    assert kind(fix) == "quickfix" and fix.is_preferred is True
    assert [x.code for x in fix.diagnostics] == ["SC008"] and fix.diagnostics[0].range == d.range
    after = applied(original, edits_of(doc, fix))
    assert after == original.replace(
        "TimeBasedWindow: '3' # quoted seconds", "TimeBasedWindow: 3 # quoted seconds"
    )
    doc.change(after)
    left = [(x.code, x.range.start.line) for x in await doc.diagnostics()]
    assert ("SC008", d.range.start.line) not in left and len([c for c, _ in left if c == "SC008"]) == 3, left


async def test_quick_fix_columns_are_utf16_after_wide_characters(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "s.yaml", FLOW)
    got = [a for a in await actions(client, doc) if kind(a) == "quickfix" and "Suppress" not in a.title]
    by_code = {a.diagnostics[0].code: a for a in got}
    assert sorted(by_code) == ["SC006", "SC008"], [a.title for a in got]
    assert applied(FLOW, edits_of(doc, by_code["SC008"])) == FLOW.replace('timeout: "60"', "timeout: 60")
    assert applied(FLOW, edits_of(doc, by_code["SC006"])) == FLOW.replace("memorySize: 4000", "memorySize: 4032")


async def test_an_unsafe_fix_is_offered_and_titled_unsafe(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    shutil.copy(FIX / "sc005_out_of_range.yaml", path)
    doc = Doc(client, path)
    original = doc.text
    line = original.split("\n").index("      timeout: 0 # below the minimum")
    (d,) = [d for d in await doc.diagnostics() if d.code == "SC005" and d.range.start.line == line]
    (fix,) = [a for a in await actions(client, doc, d.range) if "Suppress" not in a.title]
    assert fix.title == "Set `timeout: 1`, the nearest allowed value (SC005, unsafe)"
    assert kind(fix) == "quickfix" and not fix.is_preferred
    assert [x.code for x in fix.diagnostics] == ["SC005"]
    assert applied(original, edits_of(doc, fix)) == original.replace(
        "timeout: 0 # below the minimum", "timeout: 1 # below the minimum"
    )


async def test_fix_all_applies_only_the_safe_fixes_of_the_unsaved_buffer(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    # On disk: nothing to fix. In the editor: a safe fix and an unsafe one.
    on_disk = FLOW.replace('timeout: "60"', "timeout: 60").replace("4000", "4032")
    path.write_text(on_disk, encoding="utf-8")
    doc = Doc(client, path)
    assert await actions(client, doc, only=[FIX_ALL]) == []
    doc.change(FLOW)
    for only in ([FIX_ALL], ["source.fixAll"], ["source"]):
        (fix_all,) = await actions(client, doc, only=only)
        assert kind(fix_all) == FIX_ALL and fix_all.title == "Apply 1 safe fix (fclint --fix)"
        after = applied(FLOW, edits_of(doc, fix_all))
        assert after == FLOW.replace('timeout: "60"', "timeout: 60"), after
        assert after == check_fix(tmp_path, FLOW)
    assert path.read_text(encoding="utf-8") == on_disk


async def test_fix_all_is_check_fix_on_a_file_with_several_fixes(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    # Safe SC008 fixes and unsafe SC005 ones in one buffer.
    text = (FIX / "sc008_quoted_numbers.yaml").read_text(encoding="utf-8").replace(
        "      memorySize: 512\n", "      memorySize: 512\n      timeout: 0\n"
    )
    path.write_text(text, encoding="utf-8")
    doc = Doc(client, path)
    assert "SC005" in [d.code for d in await doc.diagnostics()]
    (fix_all,) = await actions(client, doc, only=[FIX_ALL])
    after = applied(text, edits_of(doc, fix_all))
    expected = check_fix(tmp_path, text)
    assert after == expected and after != text
    assert "      timeout: 0\n" in after and "CountBasedWindow: 10   # quoted count" in after
    # Minimal edits: one per changed run of lines, none touching the unchanged ones.
    assert len(edits_of(doc, fix_all)) == 2, edits_of(doc, fix_all)
    assert fix_all.title == "Apply 3 safe fixes (fclint --fix)"


async def test_the_lightbulb_gets_quick_fixes_and_fix_all_only_when_asked(client: LanguageClient, tmp_path):
    doc = Doc(client, tmp_path / "s.yaml", FLOW)
    auto = await actions(client, doc, trigger=types.CodeActionTriggerKind.Automatic)
    assert FIX_ALL not in [kind(a) for a in auto] and "quickfix" in [kind(a) for a in auto]
    invoked = await actions(client, doc, trigger=types.CodeActionTriggerKind.Invoked)
    assert [kind(a) for a in invoked].count(FIX_ALL) == 1
    assert FIX_ALL not in [kind(a) for a in await actions(client, doc, only=["quickfix"])]


async def test_a_document_without_fixes_gets_no_fix_actions(client: LanguageClient, tmp_path):
    path = tmp_path / "s.yaml"
    shutil.copy(ROOT / "testdata" / "err" / "eb007_errors_tolerance_none.yaml", path)
    doc = Doc(client, path)
    assert await doc.diagnostics()
    got = await actions(client, doc, trigger=types.CodeActionTriggerKind.Invoked)
    # Only the suppressions: no fix, no fix-all, no duplicate.
    assert got and all(a.title.startswith(("Suppress ", "Add ")) for a in got), [a.title for a in got]
    assert len({(a.title, a.diagnostics[0].range.start.line) for a in got}) == len(got)
    assert await actions(client, doc, only=[FIX_ALL]) == []
    # A clean document: nothing at all.
    doc.change((ROOT / "testdata" / "ok" / "anchors_and_merge_keys.yaml").read_text(encoding="utf-8"))
    assert await doc.diagnostics() == []
    assert await actions(client, doc, trigger=types.CodeActionTriggerKind.Invoked) == []
