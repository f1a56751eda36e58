"""Fixtures of the `fclint lsp` end-to-end tests: a real LSP client (pytest-lsp, on pygls)
driving the server over stdio. Run by tests/lsp_e2e.rs with FCLINT_BIN set to the binary
under test; the repository root is the working directory of both the server and `fclint check`.
"""

from __future__ import annotations

import asyncio
import json
import os
import pathlib
import subprocess
import sys

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, default_converter, register_lsp_features

ROOT = pathlib.Path(__file__).resolve().parents[2]
FCLINT = os.environ.get("FCLINT_BIN", str(ROOT / "target" / "debug" / "fclint"))

# The same environment for the server and for `fclint check`: no locale, no variables a
# fixture's `${env()}` could read.
ENV = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "SYSTEMROOT", "TMPDIR")}


def client_factory() -> LanguageClient:
    """The test client, also keeping the version of each publishDiagnostics."""
    client = LanguageClient(converter_factory=default_converter)
    client.versions = {}
    client.publish_count = {}
    client.registrations = []

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams):
        client.diagnostics[params.uri] = params.diagnostics
        client.versions[params.uri] = params.version
        client.publish_count[params.uri] = client.publish_count.get(params.uri, 0) + 1

    def register(client: LanguageClient, params: types.RegistrationParams):
        client.registrations = list(params.registrations)

    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.CLIENT_REGISTER_CAPABILITY] = register
    register_lsp_features(client, features)
    return client


CONFIG = ClientServerConfig(
    server_command=[FCLINT, "lsp"],
    client_factory=client_factory,
    server_env=ENV,
)


def capabilities() -> types.ClientCapabilities:
    return types.ClientCapabilities(
        workspace=types.WorkspaceClientCapabilities(
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(
                dynamic_registration=True
            )
        ),
        text_document=types.TextDocumentClientCapabilities(
            hover=types.HoverClientCapabilities(
                content_format=[types.MarkupKind.Markdown]
            ),
            completion=types.CompletionClientCapabilities(
                completion_item=types.ClientCompletionItemOptions(
                    documentation_format=[types.MarkupKind.Markdown]
                )
            ),
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(
                related_information=True, version_support=True
            ),
            inlay_hint=types.InlayHintClientCapabilities(),
            definition=types.DefinitionClientCapabilities(),
            document_symbol=types.DocumentSymbolClientCapabilities(
                hierarchical_document_symbol_support=True
            ),
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix]
                    )
                )
            ),
        ),
    )


async def start(lsp_client: LanguageClient, locale: str, files_all: bool = True):
    lsp_client.init_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities(),
            locale=locale,
            # Fixtures have names like `eb004_….yaml`: check every YAML document sent.
            initialization_options={"files": "all"} if files_all else None,
            root_uri=ROOT.as_uri(),
        )
    )


@pytest_lsp.fixture(config=CONFIG)
async def client(lsp_client: LanguageClient):
    await start(lsp_client, "en-us")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def client_zh(lsp_client: LanguageClient):
    await start(lsp_client, "zh-cn")
    yield
    await lsp_client.shutdown_session()


SECRET = "acs:mns:cn-hangzhou:123456789:/queues/do-not-show-me"

CONFIG_SECRET = ClientServerConfig(
    server_command=[FCLINT, "lsp"],
    client_factory=client_factory,
    server_env={**ENV, "DLQ_TOKEN": SECRET},
)


@pytest_lsp.fixture(config=CONFIG_SECRET)
async def client_secret(lsp_client: LanguageClient):
    """A server whose environment holds a secret-looking variable."""
    await start(lsp_client, "en")
    yield
    await lsp_client.shutdown_session()


@pytest_lsp.fixture(config=CONFIG)
async def client_default(lsp_client: LanguageClient):
    """Without initialization options: only s.yaml files (by name or content) are checked."""
    await start(lsp_client, "en", files_all=False)
    yield
    await lsp_client.shutdown_session()


# ---------------------------------------------------------------- helpers

class Doc:
    """An open document on the client side: its text and version, kept in step."""

    def __init__(self, client: LanguageClient, path: pathlib.Path, text: str | None = None):
        self.client = client
        self.path = path
        self.uri = path.as_uri()
        self.text = path.read_text(encoding="utf-8") if text is None else text
        self.version = 1
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=self.uri, language_id="yaml", version=1, text=self.text
                )
            )
        )

    def change(self, text: str):
        """Replace the whole text (one full-content change)."""
        self.version += 1
        self.text = text
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=self.uri, version=self.version
                ),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def edit(self, start: types.Position, end: types.Position, new_text: str):
        """An incremental change, applied to the local copy the same way."""
        self.version += 1
        lines = self.text.split("\n")
        a = offset(lines, start)
        b = offset(lines, end)
        self.text = self.text[:a] + new_text + self.text[b:]
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(
                    uri=self.uri, version=self.version
                ),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(start=start, end=end), text=new_text
                    )
                ],
            )
        )

    def close(self):
        self.client.text_document_did_close(
            types.DidCloseTextDocumentParams(
                text_document=types.TextDocumentIdentifier(uri=self.uri)
            )
        )

    async def diagnostics(self, timeout: float = 20.0):
        """The diagnostics published for the current version."""
        await until(
            lambda: self.client.versions.get(self.uri) == self.version, timeout,
            f"no diagnostics for {self.path.name} version {self.version}",
        )
        return list(self.client.diagnostics.get(self.uri, []))

    def pos(self, needle: str, nth: int = 0, after: str | None = None, delta: int = 0):
        """The position of the `nth` occurrence of `needle` (after the first `after`)."""
        start = self.text.index(after) if after else 0
        i = start
        for _ in range(nth + 1):
            i = self.text.index(needle, i if _ == 0 else i + 1)
        i += delta
        before = self.text[:i]
        line = before.count("\n")
        col = len(before) - (before.rfind("\n") + 1)
        return types.Position(line=line, character=utf16_len(self.text[i - col : i]))


def utf16_len(s: str) -> int:
    return len(s.encode("utf-16-le")) // 2


def offset(lines: list[str], p: types.Position) -> int:
    """Offset in the text of an LSP position (UTF-16 columns)."""
    base = sum(len(l) + 1 for l in lines[: p.line])
    line = lines[p.line] if p.line < len(lines) else ""
    units = 0
    for i, ch in enumerate(line):
        if units >= p.character:
            return base + i
        units += utf16_len(ch)
    return base + len(line)


async def until(cond, timeout: float, what: str):
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while not cond():
        if loop.time() > end:
            raise AssertionError(f"timed out: {what}")
        await asyncio.sleep(0.005)


def shown(path: pathlib.Path) -> str:
    """A path as given to `fclint`: relative to the repository root when inside it."""
    try:
        return str(path.relative_to(ROOT))
    except ValueError:
        return str(path)


def check_json(path: pathlib.Path, lang: str = "en") -> list[dict]:
    """`fclint check --format json` on a file, from the repository root."""
    out = subprocess.run(
        [FCLINT, "check", "--format", "json", "--lang", lang, shown(path)],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)["diagnostics"]


def plan_json(path: pathlib.Path) -> dict:
    out = subprocess.run(
        [FCLINT, "plan", "--format", "json", shown(path)],
        cwd=ROOT,
        env=ENV,
        capture_output=True,
        text=True,
    )
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
