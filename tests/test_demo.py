"""`h2h demo` through the real command: summary printed, HTML written where it says, nothing opened."""

from __future__ import annotations

import subprocess
from pathlib import Path


def test_demo_writes_report_and_prints_path(tmp_path: Path) -> None:
    out = tmp_path / "sub" / "demo.html"
    proc = subprocess.run(
        ["h2h", "demo", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"HTML report written to {out.resolve()}" in proc.stdout
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>") and "<svg" in html
    # The bundled chat splits into two evenings: two sections.
    assert html.count('<section class="conv"') == 2
    assert "demo_whatsapp#1" in proc.stdout or "demo_whatsapp" in proc.stdout


def test_demo_default_path_is_in_the_working_folder(tmp_path: Path) -> None:
    proc = subprocess.run(
        ["h2h", "demo"], capture_output=True, text=True, timeout=60, cwd=tmp_path, stdin=subprocess.DEVNULL
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "h2h-demo-report.html").is_file()


def test_example_ships_inside_the_package() -> None:
    from importlib.resources import files

    text = files("heart2heart.examples").joinpath("demo_whatsapp.txt").read_text(encoding="utf-8")
    repo_copy = Path(__file__).resolve().parents[1] / "examples" / "demo_whatsapp.txt"
    assert text == repo_copy.read_text(encoding="utf-8")


def test_demo_json_fills_the_assessment(tmp_path: Path) -> None:
    import json

    proc = subprocess.run(
        ["h2h", "demo", "--json", "-o", str(tmp_path / "d.html")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
    )
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["conversation"] for r in rows] == ["demo_whatsapp#1", "demo_whatsapp#2"]
    for r in rows:
        assert r["kind"] is not None and 0 <= r["scores"]["heart_to_heart"] <= 100
        assert isinstance(r["disclosures"], list) and 1 <= len(r["notes"]) <= 5
    # Evening 2: "wait really? you never told me that" is surprise, not criticism.
    assert not any("criticism" in n["message"] for n in rows[1]["notes"])
    # Nothing in the example is a sign of thinking about suicide ("hey. I've been thinking about last night" opens an
    # ordinary talk about a bad evening): a check-in there would be the first thing a new user sees, and wrong.
    assert all(r["safety"] == [] for r in rows)


def test_terminal_summary_shows_the_verdict(tmp_path: Path) -> None:
    proc = subprocess.run(
        ["h2h", "demo", "-o", str(tmp_path / "d.html")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        stdin=subprocess.DEVNULL,
        env=None,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Heart-to-heart" in proc.stdout and "/100" in proc.stdout
    assert "What to try next" in proc.stdout
