"""The HTML report in a real headless browser (Debian's chromium driven by playwright; never a downloaded one)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from _assess_helpers import L, conv
from heart2heart.report.pipeline import analyse_conversation, write_html

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

TALK = conv(
    [
        ("Maya", "u still up?", L(q="closed")),
        ("Sam", "yeah, can't sleep. what's up", L(q="open")),
        ("Maya", "my mum is selling the house and I cried in the car for twenty minutes", L(d=3, v=-0.6)),
        (
            "Sam",
            "oh Maya, that house is your whole childhood. what was going through your head?",
            L(q="open", er=1, ex=2, r=True),
        ),
        ("Maya", "that it's the last place I saw my dad, and I'm scared I'll forget him", L(d=3, v=-0.7)),
        ("Sam", "you should ask her for something of his before it goes", L(a=True)),
    ],
    minutes=[0, 1, 3, 5, 6, 9],
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    write_html([analyse_conversation(TALK, me="Sam")], out, me="Sam")
    return out


def _browser():  # type: ignore[no-untyped-def]
    if not Path(CHROMIUM).exists() or shutil.which(CHROMIUM) is None:
        pytest.skip("needs Debian's chromium at /usr/bin/chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    return sync_api.sync_playwright()


@pytest.mark.parametrize("width", [390, 1024])
def test_report_renders_offline_with_charts(report: Path, width: int) -> None:
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": 900})
            errors: list[str] = []
            requests: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("request", lambda r: requests.append(r.url))
            page.goto(report.as_uri())
            page.wait_for_load_state("load")
            assert page.title() == "heart2heart: t"
            assert page.locator("h2").first.inner_text() in ("Fixing", "A heart-to-heart", "An unmet disclosure")
            assert page.locator("svg.chart").count() == 2
            box = page.locator("svg.chart").first.bounding_box()
            assert box is not None and box["width"] > 200 and box["height"] > 40
            # Nothing sticks out sideways on a phone, and the listening table needs no sideways scrolling either:
            # there it is one card per person, each figure under its heading.
            assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
            wrap = page.locator(".table-wrap").first
            assert wrap.evaluate("w => w.scrollWidth <= w.clientWidth + 1")
            label = page.locator("table.people td[data-label='Talk share']").first
            before = label.evaluate("td => getComputedStyle(td, '::before').content")
            assert before == ('"Talk share"' if width <= 860 else "none")
            assert page.locator("ol.notes li").count() >= 1
            assert errors == []
            assert requests == [report.as_uri()]
        finally:
            browser.close()


def test_report_prints(report: Path, tmp_path: Path) -> None:
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(report.as_uri())
            pdf = page.pdf(format="A4")
            assert pdf[:5] == b"%PDF-" and len(pdf) > 5000
        finally:
            browser.close()


def test_the_listening_table_fits_a_group_with_long_names(tmp_path: Path) -> None:
    names = ["Helen Brooks", "Samir Aziz", "Joanne Reid", "Patrick O'Neill", "Yuki Tanaka", "Dolores Vega-Martín"]
    lines = [(n, f"I think the plan for the hall works, {names[i - 1].split()[0]}.", L()) for i, n in enumerate(names)]
    out = tmp_path / "group.html"
    write_html([analyse_conversation(conv(lines + lines, minutes=list(range(12))))], out)
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for width in (1024, 390):
                page = browser.new_page(viewport={"width": width, "height": 900})
                page.goto(out.as_uri())
                assert page.locator("table.people tbody tr").count() == 6
                assert page.locator(".table-wrap").first.evaluate("w => w.scrollWidth <= w.clientWidth + 1"), width
                # The dot and the first name on one line (it may wrap before the surname).
                first = page.locator("table.people td.who .nw").nth(3)
                assert first.inner_text() == "Patrick"
                dot, word = first.locator(".dot").bounding_box(), first.bounding_box()
                assert dot is not None and word is not None and word["height"] < 30
                assert word["y"] <= dot["y"] + dot["height"] / 2 <= word["y"] + word["height"]
        finally:
            browser.close()


def test_a_check_in_shows_first_and_fits_a_phone(tmp_path: Path) -> None:
    burden = conv(
        [
            ("Kat", "how was the appointment?", L(q="open")),
            ("Aditi", "I think I'm not ok. I keep thinking everyone would be better off without me around", L(d=3)),
            ("Kat", "omg did you see what Priya posted", L(q="closed")),
            ("Aditi", "ha yeah", L()),
        ]
    )
    out = tmp_path / "check.html"
    write_html([analyse_conversation(burden)], out)
    with _browser() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 390, "height": 900})
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.goto(out.as_uri())
            box = page.locator(".check")
            assert box.count() == 1 and box.is_visible()
            assert "Are you thinking about ending your life?" in box.inner_text()
            chart = page.locator("svg.chart").first.bounding_box()
            shown = box.bounding_box()
            assert shown is not None and chart is not None and shown["y"] < chart["y"]  # above the charts
            assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth + 1")
            assert errors == []
        finally:
            browser.close()
