"""Every feature of `engagemap lsp`, through pytest-lsp, on a copy of Models/riverside."""

import json
import re
import subprocess

from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient
import pytest

from conftest import ENGAGEMAP, Document, diagnostics_until


def id_count(model, name):
    """How often `name` is written as an id in the model: strings, comments and vocabulary
    values (`kind facilitator`) left out."""
    total = 0
    for path in model.rglob("*.engage"):
        code = re.sub(r'"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"|#[^\n]*|\bkind \w+', "", path.read_text())
        total += len(re.findall(rf"\b{name}\b", code))
    return total


async def test_initialize_offers_utf16_without_utf8_support(client: LanguageClient):
    capabilities = client.initialize_result.capabilities
    assert capabilities.position_encoding == "utf-16"
    assert capabilities.rename_provider.prepare_provider is True


async def test_diagnostics_for_every_file_on_open_then_on_change_and_cleared(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    roles_uri = (riverside / "shared" / "roles.engage").as_uri()
    published = await diagnostics_until(client, lambda d: codesign.uri in d and roles_uri in d)
    assert list(published[codesign.uri]) == []
    assert list(published[roles_uri]) == [], "every file of the model is published, the included one too"

    broken = codesign.text.replace("owner facilitator", "owner facilitatr", 1)
    codesign.change(broken)
    published = await diagnostics_until(client, lambda d: len(d.get(codesign.uri, [])) > 0)
    diagnostic = published[codesign.uri][0]
    assert diagnostic.severity == types.DiagnosticSeverity.Error
    assert diagnostic.code.startswith("EM")
    assert "facilitatr" in diagnostic.message
    assert diagnostic.range.start == codesign.position("facilitatr")

    codesign.change(broken.replace("facilitatr", "facilitator"))
    published = await diagnostics_until(client, lambda d: len(d.get(codesign.uri, [1])) == 0)
    assert list(published[codesign.uri]) == []


async def test_hover_shows_kind_title_and_purpose(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=codesign.identifier(), position=codesign.position("partner_recruitment", 3))
    )
    assert "**process** `partner_recruitment` — Patient-partner recruitment and support" in hover.contents.value
    assert "Have enough oriented, supported patient partners" in hover.contents.value


async def test_hover_on_a_diagnostic_explains_the_rule(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    codesign.change(codesign.text.replace("    owner facilitator\n", "", 1))
    published = await diagnostics_until(client, lambda d: len(d.get(codesign.uri, [])) > 0)
    diagnostic = published[codesign.uri][0]
    assert diagnostic.code == "EM0205"
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=codesign.identifier(), position=diagnostic.range.start)
    )
    assert "**EM0205 " in hover.contents.value
    assert "**process** `partner_recruitment`" in hover.contents.value, "and the element under the cursor"


async def test_definition_across_files_and_through_the_include(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    location = await client.text_document_definition_async(
        types.DefinitionParams(text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8))
    )
    assert location.uri == (riverside / "shared" / "roles.engage").as_uri()
    roles_text = (riverside / "shared" / "roles.engage").read_text()
    assert location.range.start.line == roles_text[: roles_text.index("role facilitator")].count("\n")

    organisation = Document(client, riverside / "organisation.engage").open()
    include = await client.text_document_definition_async(
        types.DefinitionParams(text_document=organisation.identifier(), position=organisation.position('"shared/roles.engage"', 3))
    )
    assert include.uri == (riverside / "shared" / "roles.engage").as_uri()

    member = await client.text_document_definition_async(
        types.DefinitionParams(text_document=codesign.identifier(), position=codesign.position("committee_cycle.partner_request", 17))
    )
    assert member.uri == codesign.uri or member.uri.endswith(".engage")
    target_text = open(member.uri[len("file://"):]).read()
    assert target_text.splitlines()[member.range.start.line][member.range.start.character:].startswith("partner_request")


async def test_references_across_files_including_the_included_one(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    locations = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    uris = {location.uri for location in locations}
    assert (riverside / "shared" / "roles.engage").as_uri() in uris, "the declaration, in the included file"
    assert codesign.uri in uris
    assert len(uris) >= 3, "referenced from several files"
    expected = id_count(riverside, "facilitator")
    assert len(locations) == expected

    without = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8),
            context=types.ReferenceContext(include_declaration=False),
        )
    )
    assert len(without) == expected - 1


async def test_rename_everywhere_across_files(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    prepared = await client.text_document_prepare_rename_async(
        types.PrepareRenameParams(text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8))
    )
    assert prepared.placeholder == "facilitator"
    edit = await client.text_document_rename_async(
        types.RenameParams(text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8), new_name="coordinator")
    )
    expected = id_count(riverside, "facilitator")
    assert sum(len(edits) for edits in edit.changes.values()) == expected
    assert (riverside / "shared" / "roles.engage").as_uri() in edit.changes
    for edits in edit.changes.values():
        assert all(e.new_text == "coordinator" for e in edits)

    # Apply the edits to every file and check the model: it stays clean.
    for uri, edits in edit.changes.items():
        path = uri[len("file://"):]
        lines = open(path, encoding="utf-8").read().split("\n")
        for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
            line = lines[e.range.start.line]
            lines[e.range.start.line] = line[: e.range.start.character] + e.new_text + line[e.range.end.character :]
        open(path, "w", encoding="utf-8").write("\n".join(lines))
    check = subprocess.run([ENGAGEMAP, "check", str(riverside)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


async def test_an_included_file_opened_alone_belongs_to_its_model(client: LanguageClient, riverside):
    roles = Document(client, riverside / "shared" / "roles.engage").open()
    locations = await client.text_document_references_async(
        types.ReferenceParams(
            text_document=roles.identifier(), position=roles.position("role facilitator", 6),
            context=types.ReferenceContext(include_declaration=True),
        )
    )
    assert len(locations) == id_count(riverside, "facilitator")
    assert (riverside / "codesign.engage").as_uri() in {location.uri for location in locations}


@pytest.mark.parametrize("name", ["care-team", "process", "monthly", "2nd"])
async def test_rename_refuses_an_invalid_id(client: LanguageClient, riverside, name):
    codesign = Document(client, riverside / "codesign.engage").open()
    with pytest.raises(JsonRpcException) as error:
        await client.text_document_rename_async(
            types.RenameParams(text_document=codesign.identifier(), position=codesign.position("owner facilitator", 8), new_name=name)
        )
    assert name in str(error.value)


async def completion_labels(client, document, needle, offset):
    result = await client.text_document_completion_async(
        types.CompletionParams(text_document=document.identifier(), position=document.position(needle, offset))
    )
    items = result.items if hasattr(result, "items") else result
    return {item.label for item in items}


async def test_completion_of_keywords_vocabulary_and_ids(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    text = codesign.text.replace("    engagement involve\n    tags recruitment", "    \n    engagement \n    tags recruitment", 1)
    text = text.replace("by facilitator, manager", "by ", 1)
    codesign.change(text)
    keywords = await completion_labels(client, codesign, "    \n    engagement \n", 4)
    assert {"kind", "owner", "step", "decision", "measure", "allow"} <= keywords
    assert "organisation" not in keywords
    levels = await completion_labels(client, codesign, "    engagement \n", 15)
    assert levels == {"inform", "consult", "involve", "collaborate", "empower"}
    roles = await completion_labels(client, codesign, "define_role \"Define the partner role, time commitment and support\" by ", 70)
    assert {"facilitator", "manager", "partner"} <= roles
    assert "partner_recruitment" not in roles


async def test_code_action_from_a_fix_it(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    codesign.change(codesign.text.replace("    kind support\n    owner facilitator", "    kidn support\n    owner facilitator", 1))
    published = await diagnostics_until(client, lambda d: len(d.get(codesign.uri, [])) > 0)
    diagnostic = published[codesign.uri][0]
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=codesign.identifier(), range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic]),
        )
    )
    assert len(actions) == 1
    action = actions[0]
    assert action.kind == types.CodeActionKind.QuickFix
    assert action.is_preferred is True
    assert "kind" in action.title
    (edit,) = action.edit.changes[codesign.uri]
    assert edit.new_text == "kind"


async def test_formatting_through_fmt(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    formatted = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=codesign.identifier(), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert not formatted, "Models/ is formatted already"

    messy = codesign.text.replace("    kind support\n", "\t\tkind    support   \n", 1)
    codesign.change(messy)
    (edit,) = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=codesign.identifier(), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert edit.new_text == (riverside / "codesign.engage").read_text()
    assert edit.range.start == types.Position(line=0, character=0)

    codesign.change(messy + "\nrole {\n")
    broken = await client.text_document_formatting_async(
        types.DocumentFormattingParams(text_document=codesign.identifier(), options=types.FormattingOptions(tab_size=2, insert_spaces=True))
    )
    assert not broken


async def test_document_symbols_are_hierarchical(client: LanguageClient, riverside):
    codesign = Document(client, riverside / "codesign.engage").open()
    symbols = await client.text_document_document_symbol_async(types.DocumentSymbolParams(text_document=codesign.identifier()))
    (megaprocess,) = [s for s in symbols if s.name == "service_codesign"]
    assert megaprocess.kind == types.SymbolKind.Namespace
    process = next(s for s in megaprocess.children if s.name == "partner_recruitment")
    assert process.kind == types.SymbolKind.Function
    assert {"need", "define_role", "interest", "partners"} <= {c.name for c in process.children}


def frame(payload: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(payload) + payload


def message(obj) -> bytes:
    return frame(json.dumps(obj).encode())


def read_messages(output: bytes):
    messages = []
    while output:
        header, _, rest = output.partition(b"\r\n\r\n")
        length = int(header.split(b":")[1])
        messages.append(json.loads(rest[:length]))
        output = rest[length:]
    return messages


def test_malformed_frames_and_json_get_errors_not_a_crash():
    stream = (
        b"Content-Type: nothing\r\n\r\n"
        + b"Content-Length: zero\r\n\r\n"
        + frame(b"{not json")
        + frame(b"[1, 2]")
        + message({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}})
        + message({"jsonrpc": "2.0", "id": 2, "method": "no/such/method"})
        + message({"jsonrpc": "2.0", "id": 3, "method": "shutdown"})
        + message({"jsonrpc": "2.0", "method": "exit"})
    )
    run = subprocess.run([ENGAGEMAP, "lsp"], input=stream, capture_output=True, timeout=60)
    assert run.returncode == 0
    messages = read_messages(run.stdout)
    logs = [m for m in messages if m.get("method") == "window/logMessage"]
    assert len(logs) == 2
    errors = [m for m in messages if "error" in m]
    assert [e["error"]["code"] for e in errors] == [-32700, -32600, -32601]
    initialize = next(m for m in messages if m.get("id") == 1)
    assert initialize["result"]["capabilities"]["positionEncoding"] == "utf-8"
    assert next(m for m in messages if m.get("id") == 3)["result"] is None


def test_exit_without_shutdown_exits_1():
    run = subprocess.run([ENGAGEMAP, "lsp"], input=message({"jsonrpc": "2.0", "method": "exit"}), capture_output=True, timeout=60)
    assert run.returncode == 1


async def test_workspace_symbols_find_elements_by_id_or_title(client: LanguageClient, riverside):
    Document(client, riverside / "codesign.engage").open()
    await diagnostics_until(client, lambda d: (riverside / "codesign.engage").as_uri() in d)
    symbols = await client.workspace_symbol_async(types.WorkspaceSymbolParams(query="recruitment"))
    names = {symbol.name for symbol in symbols}
    assert "partner_recruitment" in names
    assert all(symbol.location.uri.startswith("file://") for symbol in symbols)
