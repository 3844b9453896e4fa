"""Docs that cannot drift: every command, option, setting and checker is documented."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from conftest import ROOT

DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def _walk(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()):  # noqa: ANN202
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield prefix + (name,), None
                yield from _walk(sub, prefix + (name,))
        elif action.option_strings and action.help is not argparse.SUPPRESS:
            long = [o for o in action.option_strings if o.startswith("--")]
            if long and long[0] != "--help":
                yield prefix, long[0]


def test_every_command_and_option_is_documented() -> None:
    from factdesk.cli import build_parser

    missing = []
    for path, option in _walk(build_parser()):
        command = "factdesk " + " ".join(path)
        if option is None:
            if command not in DOCS:
                missing.append(command)
        elif not re.search(rf"{re.escape(option)}(?![\w-])", DOCS):
            missing.append(f"{command} {option}")
    assert missing == []


def test_every_setting_is_documented() -> None:
    from factdesk.settings import Settings

    missing = [f"FACTDESK_{name.upper()}" for name in Settings.model_fields
               if f"FACTDESK_{name.upper()}" not in DOCS]
    assert missing == []


def test_every_builtin_checker_is_documented() -> None:
    from factdesk.registry import load_checkers

    names = sorted(c.name for c in load_checkers().values())
    assert len(names) == 6
    assert [n for n in names if f"`{n}`" not in DOCS] == []


def test_docs_links_to_files_exist() -> None:
    broken = []
    for doc in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for target in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", doc.read_text(encoding="utf-8")):
            if "://" in target or target.startswith("mailto:"):
                continue
            if not (doc.parent / target).exists():
                broken.append(f"{doc.name}: {target}")
    assert broken == []


def test_readme_starts_with_the_two_commands() -> None:
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## ", 1)[0]
    assert "make demo" in head and "make test" in head
    assert Path(ROOT / ".ci" / "run").read_text(encoding="utf-8").rstrip().endswith("make test")
