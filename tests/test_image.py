"""The Docker image's inputs (there is no Docker engine here to build it): the build context
leaves secrets, virtualenvs, history and databases out but keeps what the install needs, and
every dependency of the image is pinned by deploy/constraints.txt, a `pip freeze` of a working
install (scripts/freeze-image-deps.sh)."""

from __future__ import annotations

import fnmatch
import re
import tomllib

from conftest import ROOT

IMAGE_EXTRAS = ("flows", "desk", "postgres", "dask")


def _ignored(path: str) -> bool:
    """Docker's rule, for the patterns used here: a pattern matches the path or a parent of it
    (``**/`` matches any depth); a later ``!pattern`` would re-include (none are used)."""
    patterns = [p.strip() for p in (ROOT / ".dockerignore").read_text().splitlines()
                if p.strip() and not p.startswith("#")]
    assert not any(p.startswith("!") for p in patterns)
    parts = path.split("/")
    prefixes = ["/".join(parts[:i]) for i in range(1, len(parts) + 1)]
    for pat in (p.rstrip("/") for p in patterns):
        for prefix in prefixes:
            if fnmatch.fnmatchcase(prefix, pat) or (pat.startswith("**/") and
                                                    fnmatch.fnmatchcase(prefix.split("/")[-1], pat[3:])):
                return True
    return False


def test_build_context_leaves_out_secrets_venvs_history_and_databases() -> None:
    for path in (".env", ".env.production", ".venv/bin/python", ".git/config", "factdesk.db", "store.sqlite",
                 "factdesk/__pycache__/cli.cpython-311.pyc", "tests/test_cli.py", "factdesk.egg-info/PKG-INFO",
                 ".pytest_cache/v/x", "report-1.html"):
        assert _ignored(path), path
    for path in ("pyproject.toml", "README.md", "prefect.yaml", "factdesk/cli.py", "flows/check_feed.py",
                 "checkers/vote.py", "schemas/contracts.py", "seeds/sample-draft.md", "deploy/worker.sh",
                 "deploy/constraints.txt", "factdesk/review/templates/base.html"):
        assert not _ignored(path), path


def _name(requirement: str) -> str:
    return re.split(r"[\s\[<>=!~;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_the_image_pins_every_dependency_from_a_working_freeze() -> None:
    lines = [ln for ln in (ROOT / "deploy" / "constraints.txt").read_text().splitlines() if ln and ln[0] != "#"]
    pins = {}
    for line in lines:
        m = re.fullmatch(r"([A-Za-z0-9][A-Za-z0-9._-]*)==([0-9][0-9A-Za-z.+!-]*)", line)
        assert m, f"not an exact pin: {line!r}"
        pins[m.group(1).lower().replace("_", "-")] = m.group(2)
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    direct = list(project["dependencies"])
    for extra in IMAGE_EXTRAS:
        direct += [r for r in project["optional-dependencies"][extra] if not r.startswith("factdesk[")]
    assert sorted({_name(r) for r in direct} - set(pins)) == []
    assert "factdesk" not in pins
    # DESIGN.md's pins for Prefect 3.8.8
    assert pins["prefect"] == "3.8.8"
    assert pins["sqlalchemy"].startswith("2.0.")
    assert tuple(int(x) for x in pins["fastapi"].split(".")[:2]) < (0, 151)
    dockerfile = (ROOT / "Dockerfile").read_text()
    assert "pip install -r deploy/constraints.txt" in dockerfile
    assert "pip install --no-deps '.[flows,desk,postgres,dask]'" in dockerfile and "pip check" in dockerfile
