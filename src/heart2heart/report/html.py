"""The HTML report: one self-contained file (inline CSS and SVG, no scripts, fonts or images from anywhere).

Readable on a phone (viewport meta, fluid layout) and printable (print CSS). Per conversation it shows the verdict
and scores, talk balance over time, the depth of disclosure across the conversation with each disclosure and its
response marked, the listening figures per speaker, then the coaching notes with their quotes.

Charts are SVG built here from the numbers (a polyline per speaker, not an element per utterance), so a 1,000-turn
transcript stays small and fast to render.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from markupsafe import Markup, escape

from heart2heart import _io

if TYPE_CHECKING:
    import jinja2

    from heart2heart.analysis import Analysis
    from heart2heart.assess import Assessment
    from heart2heart.assess.disclosures import Disclosure
    from heart2heart.model import Conversation

__all__ = ["KIND_TEXT", "RESPONSE_COLOURS", "ReportItem", "render_html", "talk_balance_series"]

#: Speaker colours (colour-blind friendly, print well in grey).
PALETTE = ("#3366cc", "#e08a1e", "#2a9d8f", "#b5446e", "#6d597a", "#8d99ae")
RESPONSE_COLOURS = {"met": "#2a9d8f", "advice": "#e08a1e", "deflected": "#c0392b", "none": "#7f8c8d"}
RESPONSE_TEXT = {"met": "met", "advice": "answered with advice", "deflected": "deflected", "none": "no answer"}

KIND_TEXT: dict[str, tuple[str, str]] = {
    "heart_to_heart": ("A heart-to-heart", "Both of you went deep, and what was shared was met."),
    "small_talk": ("Small talk", "Friendly and light: plans, logistics, pleasantries."),
    "discussion": ("A discussion", "An engaged exchange of ideas that stayed mostly impersonal."),
    "venting": ("Venting", "One person unloaded; the other mostly listened."),
    "lecture": ("A lecture", "One person held the floor and explained or told."),
    "fixing": ("Fixing", "Solutions came before the feelings were heard."),
    "interrogation": ("An interrogation", "A string of yes-or-no questions with short answers."),
    "unmet_disclosure": ("An unmet disclosure", "Someone opened up and the moment was not met."),
    "performance": ("A performance", "Polished stories traded back and forth; nobody asked or met the other."),
    "conflict": ("A conflict", "An argument: see how it started and what helped or hurt."),
}


@dataclass(frozen=True, slots=True)
class ReportItem:
    """One conversation to report: the labelled conversation, its measures and its assessment."""

    conversation: Conversation
    analysis: Analysis
    assessment: Assessment


def _colours(names: Sequence[str]) -> dict[str, str]:
    return {n: PALETTE[i % len(PALETTE)] for i, n in enumerate(names)}


def talk_balance_series(item: ReportItem, max_points: int = 120) -> tuple[list[str], list[tuple[float, list[float]]]]:
    """Talk share per stretch of the conversation: (speakers, [(position 0-1, shares)]).

    Uses the sliding windows of :func:`heart2heart.metrics.dominance.dominance` when there are several; a short
    conversation is cut into up to 12 equal stretches of utterances instead.
    """
    conv = item.conversation
    names = [s.name for s in conv.speakers]
    dom = item.analysis.dominance
    if len(dom.windows) >= 4:
        ws = list(dom.windows)
        if len(ws) > max_points:
            stride = len(ws) / max_points
            ws = [ws[int(i * stride)] for i in range(max_points)]
        order = list(dom.speakers)
        start, end = ws[0].start, max(w.end for w in ws)
        span = (end - start) or 1.0
        pts = [((w.start + w.end) / 2 - start) / span for w in ws]
        return order, [(p, list(w.shares)) for p, w in zip(pts, ws, strict=True)]
    utts = conv.utterances
    if not utts:
        return names, []
    bins = min(12, max(1, len(utts) // 3))
    slot = {n: i for i, n in enumerate(names)}
    out: list[tuple[float, list[float]]] = []
    for b in range(bins):
        lo, hi = b * len(utts) // bins, (b + 1) * len(utts) // bins
        amount = [0.0] * len(names)
        for u in utts[lo:hi]:
            amount[slot[u.speaker]] += max(1, u.words)
        total = sum(amount) or 1.0
        out.append(((b + 0.5) / bins, [a / total for a in amount]))
    return names, out


def _svg_balance(item: ReportItem, colours: dict[str, str], uid: str) -> Markup:
    names, series = talk_balance_series(item)
    # 600 wide; bars 112 high from the top, "start"/"end" under them, the "50%" mark in the right margin
    w, top, plot, pad, right = 600, 8, 112, 24, 48
    if not series:
        return Markup("")
    n = len(series)
    bw = (w - pad - right) / n
    parts = [
        f'<svg class="chart" viewBox="0 0 {w} {top + plot + 24}" role="img" aria-labelledby="tb-{uid}">',
        f'<title id="tb-{uid}">Talk balance over time</title>',
    ]
    for i, (_, shares) in enumerate(series):
        y = float(top)
        x = pad + i * bw
        for name, share in zip(names, shares, strict=True):
            hh = share * plot
            if hh > 0:
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(bw - 1, 0.5):.1f}" height="{hh:.1f}" '
                    f'fill="{colours.get(name, "#999")}"><title>{escape(name)}: {round(100 * share)}%</title></rect>'
                )
            y += hh
    mid = top + plot / 2
    parts.append(f'<line x1="{pad}" x2="{w - right}" y1="{mid:.1f}" y2="{mid:.1f}" class="half"/>')
    parts.append(f'<text x="{w - right + 4}" y="{mid + 4:.1f}" class="axis">50%</text>')
    parts.append(f'<text x="{pad}" y="{top + plot + 18}" class="axis">start</text>')
    parts.append(f'<text x="{w - right}" y="{top + plot + 18}" class="axis" text-anchor="end">end</text>')
    parts.append("</svg>")
    return Markup("".join(parts))


def _svg_depth(item: ReportItem, listed: Sequence[Disclosure], colours: dict[str, str], uid: str) -> Markup:
    conv = item.conversation
    utts = conv.utterances
    if not utts:
        return Markup("")
    w, h, left, pad = 600, 190, 86, 16  # the left margin holds the level names, large on a phone
    n = len(utts)
    first = utts[0].index

    def x(i: int) -> float:
        return left + (i - first) / max(1, n - 1) * (w - left - pad)

    def y(d: float) -> float:
        return h - pad - d / 3 * (h - 2 * pad)

    parts = [
        f'<svg class="chart" viewBox="0 0 {w} {h + 8}" role="img" aria-labelledby="dd-{uid}">',
        f'<title id="dd-{uid}">Depth of disclosure across the conversation</title>',
    ]
    for level, label in ((0, "none"), (1, "facts"), (2, "thoughts"), (3, "feelings")):
        ly = y(level)
        parts.append(f'<line x1="{left}" x2="{w - pad}" y1="{ly:.1f}" y2="{ly:.1f}" class="grid"/>')
        parts.append(f'<text x="{left - 4}" y="{ly + 3:.1f}" class="axis" text-anchor="end">{label}</text>')
    for name, colour in colours.items():
        pts = [(x(u.index), y(u.labels.disclosure if u.labels else 0)) for u in utts if u.speaker == name]
        if not pts:
            continue
        path = " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
        parts.append(
            f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.6" '
            f'stroke-opacity="0.75"><title>{escape(name)}</title></polyline>'
        )
    by_index = {u.index: u for u in utts}
    for d in listed:
        cx, cy = x(d.index), y(d.depth)
        col = RESPONSE_COLOURS[d.response]
        sp = colours.get(d.speaker, "#999")
        if d.response_index is not None and d.response_index in by_index:
            rx = x(d.response_index)
            parts.append(
                f'<path d="M{cx:.1f},{cy:.1f} Q{(cx + rx) / 2:.1f},{cy - 18:.1f} {rx:.1f},{cy:.1f}" '
                f'fill="none" stroke="{col}" stroke-width="1.4" stroke-dasharray="3 2"/>'
            )
        tip = f"#{d.index} {d.speaker}: {RESPONSE_TEXT[d.response]}"
        parts.append(
            f'<circle cx="{cx:.1f}" cy="{cy:.1f}" r="6" fill="{sp}" stroke="{col}" stroke-width="3">'
            f"<title>{escape(tip)}</title></circle>"
        )
    parts.append("</svg>")
    return Markup("".join(parts))


def _bar(value: float | None, colour: str = "#3366cc", marks: Sequence[float] = ()) -> Markup:
    """A small horizontal 0-1 bar with optional reference marks (nothing without a value: the figure beside it
    already says "–")."""
    if value is None:
        return Markup("")
    v = max(0.0, min(1.0, value))
    ticks = "".join(f'<line x1="{100 * m:.0f}" x2="{100 * m:.0f}" y1="0" y2="10" class="tick"/>' for m in marks)
    return Markup(
        f'<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true">'
        f'<rect width="100" height="10" class="track"/><rect width="{100 * v:.1f}" height="10" fill="{colour}"/>'
        f"{ticks}</svg>"
    )


def _gauge(score: int) -> Markup:
    r = 34
    circ = 2 * 3.14159 * r
    filled = circ * max(0, min(100, score)) / 100
    colour = "#2a9d8f" if score >= 60 else "#e08a1e" if score >= 35 else "#c0392b"
    return Markup(
        f'<svg class="gauge" viewBox="0 0 84 84" role="img" aria-label="heart-to-heart score {score} of 100">'
        f'<circle cx="42" cy="42" r="{r}" class="track" fill="none" stroke-width="9"/>'
        f'<circle cx="42" cy="42" r="{r}" fill="none" stroke="{colour}" stroke-width="9" '
        f'stroke-dasharray="{filled:.1f} {circ:.1f}" transform="rotate(-90 42 42)"/>'
        f'<text x="42" y="48" text-anchor="middle" class="score">{score}</text></svg>'
    )


def _minute_clock(conv: Conversation) -> bool:
    """True when the conversation is timed by a clock to the minute (most chat exports): then a reply's latency is
    only known to the minute."""
    times = [u.time for u in conv.utterances if u.time is not None]
    return (
        bool(times)
        and all(u.start is None for u in conv.utterances)
        and all(t.second == 0 and t.microsecond == 0 for t in times)
    )


def _latency_text(seconds: float | None, minute_clock: bool) -> str | None:
    """How long a reply took, as people say it: "after 40 s", "after 3 min", "within the minute" (a clock to the
    minute cannot say more than that)."""
    from heart2heart.report.readings import duration_text  # loaded already: the terminal summary uses it

    if seconds is None:
        return None
    if minute_clock:
        minutes = round(seconds / 60)
        if minutes == 0:
            return "within the minute"
        return f"after {minutes} min" if minutes < 90 else f"after {duration_text(seconds)}"
    return f"after {duration_text(seconds)}"


def _context(item: ReportItem, me: str | None, uid: str) -> dict[str, Any]:
    from heart2heart.assess.listening import answered_by  # loaded already: the assessment was made with it
    from heart2heart.assess.notes import note_parts  # loaded already, likewise

    a = item.assessment
    conv = item.conversation
    names = [s.name for s in conv.speakers]
    colours = _colours(names)
    by_index = {u.index: u for u in conv.utterances}
    listed = [d for d in a.disclosures if d.listed]  # the disclosures the report shows
    minute_clock = _minute_clock(conv)
    # "Disclosures met" counts those listed, by who answered them (as the listening figures count all).
    answers = answered_by(by_index, listed)
    speakers = []
    for sl in a.listening:
        speakers.append(
            {
                "name": sl.name,
                "you": me is not None and sl.name == me,
                "colour": colours[sl.name],
                "role": sl.role,
                "talk_share": sl.talk_share,
                "talk_bar": _bar(sl.talk_share, colours[sl.name], (0.5,)),
                "attunement": a.attunement.get(sl.name, 0.0),
                "attunement_bar": _bar(a.attunement.get(sl.name, 0.0), "#2a9d8f"),
                "questions_open": sl.questions_open,
                "questions_closed": sl.questions_closed,
                "follow_up": sl.follow_up_questions,
                "reflections": sl.reflections,
                "rpq": sl.reflections_per_question,
                "rpq_bar": _bar(
                    None if sl.reflections_per_question is None else sl.reflections_per_question / 2.5,
                    "#6d597a",
                    (0.4, 0.8),
                ),
                "band": sl.miti_band,
                "open_share": sl.open_share,
                "advice": sl.advice,
                "advice_early": sl.advice_before_acknowledging,
                "met": sum(d.response == "met" for d in answers.get(sl.name, [])),
                "answered": len(answers.get(sl.name, [])),
            }
        )
    disclosures = [
        {
            "index": d.index,
            "speaker": d.speaker,
            "depth": d.depth,
            "response": d.response,
            "response_text": RESPONSE_TEXT[d.response],
            "colour": RESPONSE_COLOURS[d.response],
            "quote": d.text,
            "reply": by_index[d.response_index].text if d.response_index in by_index else None,
            "reply_speaker": by_index[d.response_index].speaker if d.response_index in by_index else None,
            "latency": d.latency_seconds,
            "latency_text": _latency_text(d.latency_seconds, minute_clock),
            "main": d.main,
        }
        for d in listed
    ]
    dom = item.analysis.dominance
    title, blurb = KIND_TEXT.get(a.kind, (a.kind, ""))
    return {
        "id": conv.id,
        "uid": uid,
        "title": title,
        "blurb": blurb,
        "kind": a.kind,
        "scores": a.scores,
        "gauge": _gauge(a.scores.heart_to_heart),
        "utterances": len(conv),
        "speakers": speakers,
        "colours": colours,
        "balance": _svg_balance(item, colours, uid),
        "stereotype": (dom.stereotype or "").replace("_", " "),
        "depth": _svg_depth(item, listed, colours, uid),
        "disclosures": disclosures,
        "response_colours": RESPONSE_COLOURS,
        "response_text": RESPONSE_TEXT,
        "notes": note_parts(a.notes),  # check-ins, what to try, what went well
        "start_up": a.start_up,
        "horsemen": a.horsemen,
        "lsm": item.analysis.style.score if item.analysis.style is not None else None,
    }


def cache_dir() -> Path:
    """Where compiled templates are kept between runs: ``$XDG_CACHE_HOME/heart2heart/templates``."""
    return _io.cache_dir("templates")


#: The compiled report template the package ships, one file per Python minor version and Jinja2 version (written
#: by ``python -m heart2heart._regex_seed`` with the compiled patterns), so a first run does not compile it either.
TEMPLATE_SEED_DIR = Path(__file__).with_name("template_seed")
TEMPLATE = "report.html.j2"


def template_seed_file() -> Path:
    """This Python's and this Jinja2's compiled template in :data:`TEMPLATE_SEED_DIR` (it may not exist)."""
    import sys

    import jinja2

    return TEMPLATE_SEED_DIR / f"{sys.implementation.cache_tag}-jinja2-{jinja2.__version__}.cache"


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """A cache of the compiled template in the user's cache folder, so later runs skip compiling it (~50 ms); the
    first run takes the package's own (:func:`template_seed_file`) when it is there.

    Jinja2 keys each entry by the template's source checksum, its own bytecode format and Python's version, so an
    edited template or an upgrade recompiles (a shipped file compiled from another source is refused the same way).
    A cache folder that cannot be written, or a damaged entry, only costs the compile.
    """
    import jinja2

    class QuietCache(jinja2.FileSystemBytecodeCache):
        def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            try:
                super().load_bytecode(bucket)
            except Exception:  # a damaged entry: compile again
                bucket.reset()
            if bucket.code is None:
                try:
                    bucket.bytecode_from_string(template_seed_file().read_bytes())
                except Exception:  # none shipped for this Python and Jinja2, or damaged: compile
                    bucket.reset()

        def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
            with contextlib.suppress(OSError):  # read-only or full disk: the report is still written
                super().dump_bytecode(bucket)

    folder = cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return QuietCache(str(folder))


def _environment(bytecode_cache: jinja2.BytecodeCache | None) -> jinja2.Environment:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.PackageLoader("heart2heart.report", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        bytecode_cache=bytecode_cache,
    )
    env.filters["pct"] = lambda v: "–" if v is None else f"{round(100 * v)}%"
    env.filters["num"] = lambda v, d=2: "–" if v is None else f"{v:.{d}f}"
    return env


@lru_cache(maxsize=1)
def _template() -> jinja2.Template:
    return _environment(_bytecode_cache()).get_template(TEMPLATE)


def write_template_seed() -> Path:
    """Write this Python's and this Jinja2's :func:`template_seed` into the package (and drop this Python's for another
    Jinja2: one file per Python); ``python -m heart2heart._regex_seed`` calls it."""
    from heart2heart._io import atomic_write_bytes

    path = template_seed_file()
    TEMPLATE_SEED_DIR.mkdir(parents=True, exist_ok=True)
    tag = path.name.split("-jinja2-")[0]
    for old in TEMPLATE_SEED_DIR.glob(f"{tag}-jinja2-*.cache"):
        old.unlink()
    atomic_write_bytes(path, template_seed())
    return path


def template_seed() -> bytes:
    """The compiled template as :func:`template_seed_file` holds it: Jinja2's bytecode cache entry (its format and
    Python's version, the source's checksum, the code), compiled with the report's own settings."""
    import jinja2

    env = _environment(None)
    assert env.loader is not None
    source, _, _ = env.loader.get_source(env, TEMPLATE)
    bucket = jinja2.bccache.Bucket(env, TEMPLATE, jinja2.BytecodeCache().get_source_checksum(source))
    bucket.code = env.compile(source, TEMPLATE, f"heart2heart/report/templates/{TEMPLATE}")
    return bucket.bytecode_to_string()


def render_html(items: Sequence[ReportItem], me: str | None = None, title: str | None = None) -> str:
    """The whole report as one HTML string."""
    from heart2heart import __version__

    sections = [_context(item, me, f"c{i}") for i, item in enumerate(items)]
    return _template().render(
        sections=sections,
        me=me,
        version=__version__,
        title=title or (f"heart2heart: {sections[0]['id']}" if len(sections) == 1 else "heart2heart report"),
    )
