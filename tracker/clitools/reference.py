"""``docs/cli.md``'s reference part, generated from the ``tracker`` parser.

Each command is declared with a ``CommandInfo``: an example invocation and the ``Shape`` of
what ``--json`` prints (a pydantic model named by import path, so the CLI does not import
every service to start). ``render`` writes every command's ``--help`` text, its example and
its JSON fields, then each JSON object once. ``update`` replaces the part of a Markdown
file after ``MARKER``; ``scripts/cli_docs.py`` runs it and a test checks it is current.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import enum
import importlib
import os
import types
import typing
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pydantic is imported when the reference is rendered, not at start-up
    from pydantic import BaseModel

MARKER = "<!-- Everything below is generated from the parser by scripts/cli_docs.py. -->"
WIDTH = 100


@dataclass(frozen=True)
class Shape:
    """What a command prints with ``--json``: one ``model`` (``"package.module:Class"``) or,
    with ``many``, a list of them; ``note`` adds a sentence."""

    model: str
    many: bool = False
    note: str = ""

    def resolve(self) -> type[BaseModel]:
        from pydantic import BaseModel

        module, _, name = self.model.partition(":")
        found = getattr(importlib.import_module(module), name)
        if not (isinstance(found, type) and issubclass(found, BaseModel)):
            raise TypeError(f"{self.model} is not a pydantic model")
        return found


@dataclass(frozen=True)
class CommandInfo:
    """What the reference tells of a command besides its ``--help``."""

    example: str
    output: Shape
    notes: tuple[str, ...] = field(default_factory=tuple)


@contextlib.contextmanager
def help_width(columns: int = WIDTH) -> Iterator[None]:
    """Format help as a terminal of ``columns`` would (what the docs and their test use)."""
    before = os.environ.get("COLUMNS")
    os.environ["COLUMNS"] = str(columns)
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("COLUMNS", None)
        else:
            os.environ["COLUMNS"] = before


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    """The parser's commands by name, in the order they were declared."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def command_help(parser: argparse.ArgumentParser) -> dict[str, str]:
    """One line of help per command, as ``tracker --help`` lists them."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return {a.dest: a.help or "" for a in action._choices_actions}
    return {}


# --- types as the reference writes them ---------------------------------------------------


def _is_model(tp: Any) -> bool:
    from pydantic import BaseModel

    return isinstance(tp, type) and issubclass(tp, BaseModel)


def type_text(tp: Any, found: list[type[BaseModel]]) -> str:
    """``tp`` in words; a model is linked and added to ``found``."""
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if origin is typing.Annotated:
        return type_text(args[0], found)
    if origin in (typing.Union, types.UnionType):
        return " or ".join(type_text(a, found) for a in args)
    if origin is typing.Literal:
        return " ".join(f"`{a}`" for a in args)
    if origin in (list, tuple, set, frozenset):
        return f"list of {type_text(args[0], found)}" if args else "list"
    if _is_model(tp):
        if tp not in found:
            found.append(tp)
        return f"[{tp.__name__}](#{tp.__name__.lower()})"
    return _plain_type(tp, origin)


def _plain_type(tp: Any, origin: Any) -> str:
    if tp is type(None):
        return "null"
    if tp is Any:
        return "any"
    if origin in (dict, Mapping) or tp is dict:
        return "object"
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return " ".join(f"`{m.value}`" for m in tp)
    return _SIMPLE.get(tp, getattr(tp, "__name__", str(tp)))


_SIMPLE: dict[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "true/false",
    dt.date: "date (YYYY-MM-DD)",
    dt.datetime: "time (ISO 8601)",
}


def _first_line(doc: str | None) -> str:
    return " ".join((doc or "").strip().split("\n\n")[0].split())


def model_table(model: type[BaseModel], found: list[type[BaseModel]]) -> list[str]:
    """The fields of ``model`` as a Markdown table (computed fields included)."""
    lines = ["| field | type | meaning |", "|---|---|---|"]
    for name, info in model.model_fields.items():
        if info.exclude:
            continue
        meaning = (info.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | {type_text(info.annotation, found)} | {meaning} |")
    for name, computed in model.model_computed_fields.items():
        meaning = (computed.description or "").replace("|", "\\|")
        lines.append(f"| `{name}` | {type_text(computed.return_type, found)} | {meaning} |")
    return lines


# --- the page ------------------------------------------------------------------------------


def _help_block(parser: argparse.ArgumentParser) -> list[str]:
    return ["```text", parser.format_help().rstrip(), "```"]


def render(parser: argparse.ArgumentParser, infos: Mapping[str, CommandInfo]) -> str:
    """The generated reference: ``tracker --help``, each command, each JSON object."""
    with help_width():
        return _render(parser, infos)


def _render(parser: argparse.ArgumentParser, infos: Mapping[str, CommandInfo]) -> str:
    commands = subcommands(parser)
    helps = command_help(parser)
    found: list[type[BaseModel]] = []
    out = [MARKER, "", "## `tracker --help`", "", *_help_block(parser), "", "## Commands", ""]
    out += ["| command | what it does |", "|---|---|"]
    out += [f"| [`{name}`](#tracker-{name}) | {helps.get(name, '')} |" for name in commands]
    for name, sub in commands.items():
        info = infos[name]
        shape = info.output
        model = shape.resolve()
        what = type_text(model, found)
        printed = f"a list of {what} objects" if shape.many else f"one {what} object"
        out += ["", f"### `tracker {name}`", "", *_help_block(sub), ""]
        out += ["Example:", "", "```sh", info.example, "```", ""]
        out.append(f"With `--json` it prints {printed}." + (f" {shape.note}" if shape.note else ""))
        for note in info.notes:
            out += ["", note]
    out += ["", "## JSON objects", ""]
    out.append("Dates are `YYYY-MM-DD`; record times are ISO 8601 UTC with a `Z`.")
    done: set[type[BaseModel]] = set()
    while len(done) < len(found):
        model = next(m for m in found if m not in done)
        done.add(model)
        out += ["", f"### {model.__name__}", ""]
        summary = _first_line(model.__doc__)
        if summary:
            out += [summary, ""]
        out += model_table(model, found)
    return "\n".join(out) + "\n"


def update(path: Path, parser: argparse.ArgumentParser, infos: Mapping[str, CommandInfo]) -> bool:
    """Rewrite the generated part of ``path``; returns whether it changed."""
    text = path.read_text(encoding="utf-8")
    head, marker, _ = text.partition(MARKER)
    if not marker:
        raise ValueError(f"{path} has no line {MARKER!r}")
    new = head + render(parser, infos)
    if new == text:
        return False
    path.write_text(new, encoding="utf-8", newline="\n")
    return True


def generated_part(path: Path) -> str:
    """What ``path`` holds from the marker on ('' if there is no marker)."""
    text = path.read_text(encoding="utf-8")
    index = text.find(MARKER)
    return "" if index < 0 else text[index:]
