"""Shell completion scripts (bash, zsh) generated from the ``tracker`` parser.

What completes: command names; each command's options (the global ones too, before or
after the command); option values that have a fixed set (``--format``) or are files
(``--db``, ``--out``, ``ingest`` paths); track ids where a track is asked for (read from
``tracker tracks --ids`` against the ``--db`` already typed, if any); words of a fixed
vocabulary given by the caller (statuses, kinds, confidence levels).
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tracker.clitools.reference import subcommands

TRACK_DESTS = frozenset({"track", "id", "tracks"})
FILE_DESTS = frozenset({"db", "out", "path", "paths"})


@dataclass(frozen=True)
class Value:
    """How a value is completed: ``choices``, ``files``, ``tracks`` or nothing."""

    kind: str  # "choices" | "files" | "tracks" | "statuses" | "none"
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Option:
    flags: tuple[str, ...]
    help: str
    value: Value | None  # None: a flag without a value


@dataclass(frozen=True)
class Positional:
    name: str
    value: Value
    repeats: bool  # nargs "+" or "*": every later word too


@dataclass(frozen=True)
class Command:
    name: str
    help: str
    options: tuple[Option, ...]
    positionals: tuple[Positional, ...]


Vocabulary = Mapping[str, Sequence[str]]


def _value(action: argparse.Action, words: Vocabulary) -> Value:
    if action.choices is not None:
        return Value("choices", tuple(str(c) for c in action.choices))
    if action.dest in TRACK_DESTS:
        return Value("tracks")
    if action.dest in words:
        return Value("choices", tuple(words[action.dest]))
    if action.dest in FILE_DESTS:
        return Value("files")
    return Value("none")


def _takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0 and not isinstance(
        action, argparse._StoreTrueAction | argparse._StoreFalseAction | argparse._HelpAction
    )


def describe(parser: argparse.ArgumentParser, words: Vocabulary | None = None) -> list[Command]:
    """The parser's commands, options and positionals, as completion needs them."""
    out: list[Command] = []
    helps = {
        a.dest: a.help or ""
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for a in action._choices_actions
    }
    for name, sub in subcommands(parser).items():
        options: list[Option] = []
        positionals: list[Positional] = []
        for action in sub._actions:
            if action.option_strings:
                value = _value(action, words or {}) if _takes_value(action) else None
                text = " ".join((action.help or "").split()) if action.help else ""
                options.append(Option(tuple(action.option_strings), text, value))
            else:
                repeats = action.nargs in ("+", "*")
                positionals.append(Positional(action.dest, _value(action, words or {}), repeats))
        out.append(Command(name, helps.get(name, ""), tuple(options), tuple(positionals)))
    return out


def top_options(parser: argparse.ArgumentParser) -> list[Option]:
    """The options taken before a command (``--version`` and the global ones)."""
    return [
        Option(
            tuple(a.option_strings),
            " ".join((a.help or "").split()),
            _value(a, {}) if _takes_value(a) else None,
        )
        for a in parser._actions
        if a.option_strings
    ]


# --- bash ---------------------------------------------------------------------------------


def _words(values: Sequence[str]) -> str:
    return " ".join(values)


def _bash_value(value: Value) -> str:
    if value.kind == "choices":
        return f'COMPREPLY=($(compgen -W "{_words(value.choices)}" -- "$cur"))'
    if value.kind == "files":
        return 'compopt -o filenames 2>/dev/null; COMPREPLY=($(compgen -f -- "$cur"))'
    if value.kind == "tracks":
        return 'COMPREPLY=($(compgen -W "$(_tracker_track_ids)" -- "$cur"))'
    return "COMPREPLY=()"


def _bash_command(command: Command) -> list[str]:
    valued = [o for o in command.options if o.value is not None]
    flags = [f for o in command.options for f in o.flags]
    lines = [f"        {command.name})"]
    lines.append(f'            opts="{_words(flags)}"')
    lines.append(f'            valued="{_words([f for o in valued for f in o.flags])}"')
    if valued:
        lines.append('            case "$prev" in')
        for option in valued:
            assert option.value is not None
            lines.append(
                f"                {'|'.join(option.flags)}) {_bash_value(option.value)}; return ;;"
            )
        lines.append("            esac")
    lines.append('            if [[ "$cur" == -* ]]; then')
    lines.append('                COMPREPLY=($(compgen -W "$opts" -- "$cur")); return')
    lines.append("            fi")
    lines.append('            _tracker_position "$valued"')
    if command.positionals:
        lines.append('            case "$position" in')
        last = len(command.positionals) - 1
        for index, positional in enumerate(command.positionals):
            pattern = "*" if index == last and positional.repeats else str(index)
            lines.append(f"                {pattern}) {_bash_value(positional.value)} ;;")
        lines.append("            esac")
    lines.append("            ;;")
    return lines


def bash_script(parser: argparse.ArgumentParser, words: Vocabulary | None = None) -> str:
    """A bash completion script: ``source <(tracker completion bash)``."""
    commands = describe(parser, words)
    top = top_options(parser)
    top_valued = [f for o in top if o.value is not None for f in o.flags]
    lines = [
        "# bash completion for tracker (generated by `tracker completion bash`)",
        "",
        "_tracker_track_ids() {",
        '    local db="" i',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        [[ "${COMP_WORDS[i]}" == --db ]] && db="${COMP_WORDS[i+1]}"',
        "    done",
        '    if [[ -n "$db" ]]; then',
        '        tracker tracks --ids --db "$db" 2>/dev/null',
        "    else",
        "        tracker tracks --ids 2>/dev/null",
        "    fi",
        "}",
        "",
        "# Sets $position: which positional argument the current word is (from 0).",
        "_tracker_position() {",
        '    local valued=" $1 --db " i seen=0',
        "    position=0",
        "    for ((i = cmd_index + 1; i < COMP_CWORD; i++)); do",
        '        local word="${COMP_WORDS[i]}"',
        '        if [[ "$word" == -* ]]; then',
        '            [[ "$valued" == *" $word "* ]] && ((i++))',
        "        else",
        "            ((position++))",
        "        fi",
        "    done",
        "}",
        "",
        "_tracker() {",
        '    local cur="${COMP_WORDS[COMP_CWORD]}" prev="${COMP_WORDS[COMP_CWORD-1]}"',
        '    local cmd="" cmd_index=0 i opts valued position',
        f'    local top_valued=" {_words(top_valued)} "',
        "    for ((i = 1; i < COMP_CWORD; i++)); do",
        '        local word="${COMP_WORDS[i]}"',
        '        if [[ "$word" == -* ]]; then',
        '            [[ "$top_valued" == *" $word "* ]] && ((i++))',
        "        else",
        '            cmd="$word"; cmd_index=$i; break',
        "        fi",
        "    done",
        '    if [[ -z "$cmd" ]]; then',
        '        case "$prev" in',
    ]
    for option in top:
        if option.value is not None:
            lines.append(
                f"            {'|'.join(option.flags)}) {_bash_value(option.value)}; return ;;"
            )
    lines += [
        "        esac",
        '        if [[ "$cur" == -* ]]; then',
        f'            COMPREPLY=($(compgen -W "{_words([f for o in top for f in o.flags])}" -- "$cur"))',
        "        else",
        f'            COMPREPLY=($(compgen -W "{_words([c.name for c in commands])}" -- "$cur"))',
        "        fi",
        "        return",
        "    fi",
        '    case "$cmd" in',
    ]
    for command in commands:
        lines += _bash_command(command)
    lines += ["    esac", "}", "", "complete -F _tracker tracker", ""]
    return "\n".join(lines)


# --- zsh ----------------------------------------------------------------------------------


def _zsh_text(text: str) -> str:
    """Help text inside ``[...]`` of a single-quoted ``_arguments`` spec."""
    text = re.sub(r"([\[\]:\\])", r"\\\1", text)
    return text.replace("'", "'\\''")


def _zsh_action(value: Value) -> str:
    if value.kind == "choices":
        return f"({' '.join(value.choices)})"
    if value.kind == "files":
        return "_files"
    if value.kind == "tracks":
        return "_tracker_track_ids"
    return " "


def _zsh_option(option: Option) -> str:
    text = _zsh_text(option.help)
    if option.value is None:
        suffix = f"[{text}]"
    else:
        name = option.flags[-1].lstrip("-")
        suffix = f"[{text}]:{name}:{_zsh_action(option.value)}"
    if len(option.flags) == 1:
        return f"'{option.flags[0]}{suffix}'"
    exclusive = " ".join(option.flags)
    return f"'({exclusive})'{{{','.join(option.flags)}}}'{suffix}'"


def _zsh_positional(positional: Positional, index: int, last: bool) -> str:
    where = "*" if last and positional.repeats else str(index + 1)
    return f"'{where}:{positional.name}:{_zsh_action(positional.value)}'"


def zsh_script(parser: argparse.ArgumentParser, words: Vocabulary | None = None) -> str:
    """A zsh completion script: save it as ``_tracker`` in a folder of ``$fpath``, or
    ``source <(tracker completion zsh)`` after ``compinit``."""
    commands = describe(parser, words)
    top = top_options(parser)
    lines = [
        "#compdef tracker",
        "# zsh completion for tracker (generated by `tracker completion zsh`)",
        "",
        "_tracker_track_ids() {",
        "  local -a ids db",
        "  local i",
        "  for (( i = 1; i < ${#words}; i++ )); do",
        '    [[ ${words[i]} == --db ]] && db=(--db "${words[i+1]}")',
        "  done",
        '  ids=(${(f)"$(tracker tracks --ids $db 2>/dev/null)"})',
        "  compadd -a ids",
        "}",
        "",
        "_tracker() {",
        "  local curcontext=$curcontext state line",
        "  typeset -A opt_args",
        "  local -a commands",
        "  commands=(",
    ]
    for command in commands:
        lines.append(f"    '{command.name}:{_zsh_text(command.help)}'")
    lines += [
        "  )",
        "  _arguments -C \\",
    ]
    lines += [f"    {_zsh_option(o)} \\" for o in top]
    lines += [
        "    '1:command:->command' \\",
        "    '*::argument:->argument'",
        "  case $state in",
        "    command) _describe -t commands 'tracker command' commands ;;",
        "    argument)",
        "      case $line[1] in",
    ]
    for command in commands:
        specs = [_zsh_option(o) for o in command.options]
        last = len(command.positionals) - 1
        specs += [_zsh_positional(p, i, i == last) for i, p in enumerate(command.positionals)]
        lines.append(f"        {command.name})")
        lines.append("          _arguments \\")
        lines += [f"            {spec} \\" for spec in specs[:-1]]
        lines.append(f"            {specs[-1]}")
        lines.append("          ;;")
    lines += [
        "      esac",
        "      ;;",
        "  esac",
        "}",
        "",
        "if [[ $zsh_eval_context[-1] == loadautofunc ]]; then",
        '  _tracker "$@"',
        "else",
        "  compdef _tracker tracker",
        "fi",
        "",
    ]
    return "\n".join(lines)


def script(shell: str, parser: argparse.ArgumentParser, words: Vocabulary | None = None) -> str:
    return bash_script(parser, words) if shell == "bash" else zsh_script(parser, words)
