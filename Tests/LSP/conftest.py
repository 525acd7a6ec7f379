"""End-to-end tests of `engagemap lsp` with a real LSP client (pytest-lsp).

The server is the built `engagemap` (ENGAGEMAP, or .build/debug/engagemap); every test works on
a fresh copy of Models/riverside, so edits and renames never touch the repository.
"""

import asyncio
import os
import pathlib
import shutil
import subprocess

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]


def engagemap_binary() -> str:
    explicit = os.environ.get("ENGAGEMAP")
    if explicit:
        return explicit
    bin_path = subprocess.run(
        ["swift", "build", "--show-bin-path"], cwd=REPOSITORY, capture_output=True, text=True, check=True
    ).stdout.strip()
    return str(pathlib.Path(bin_path) / "engagemap")


ENGAGEMAP = engagemap_binary()


@pytest.fixture
def riverside(tmp_path: pathlib.Path) -> pathlib.Path:
    destination = tmp_path / "riverside"
    shutil.copytree(REPOSITORY / "Models" / "riverside", destination)
    return destination


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[ENGAGEMAP, "lsp"]))
async def client(lsp_client: LanguageClient, riverside):
    lsp_client.initialize_result = await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=client_capabilities("visual-studio-code"),
            workspace_folders=[types.WorkspaceFolder(uri=riverside.parent.as_uri(), name="models")],
        )
    )
    yield
    await lsp_client.shutdown_session()


class Document:
    """A file of the model copy, opened in the client, with positions found by text."""

    def __init__(self, client: LanguageClient, path: pathlib.Path):
        self.client = client
        self.path = path
        self.uri = path.as_uri()
        self.text = path.read_text(encoding="utf-8")
        self.version = 1

    def open(self) -> "Document":
        self.client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=self.uri, language_id="engage", version=1, text=self.text)
            )
        )
        return self

    def position(self, needle: str, offset: int = 0, occurrence: int = 0) -> types.Position:
        """The position `offset` characters into the `occurrence`-th `needle` (UTF-16 columns)."""
        start = -1
        for _ in range(occurrence + 1):
            start = self.text.index(needle, start + 1)
        index = start + offset
        line = self.text.count("\n", 0, index)
        line_start = self.text.rfind("\n", 0, index) + 1
        character = len(self.text[line_start:index].encode("utf-16-le")) // 2
        return types.Position(line=line, character=character)

    def change(self, text: str) -> None:
        self.version += 1
        self.text = text
        self.client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=self.uri, version=self.version),
                content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
            )
        )

    def identifier(self) -> types.TextDocumentIdentifier:
        return types.TextDocumentIdentifier(uri=self.uri)


async def diagnostics_until(client: LanguageClient, condition, timeout: float = 20.0):
    """Waits for published diagnostics until `condition(client.diagnostics)` holds."""

    async def wait():
        while not condition(client.diagnostics):
            await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

    await asyncio.wait_for(wait(), timeout)
    return client.diagnostics
