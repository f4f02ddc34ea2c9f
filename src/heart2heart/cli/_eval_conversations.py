"""The conversation-level section of ``h2h eval --conversations``: kinds, main-disclosure responses, AnnoMI AUC
and ESConv Spearman, printed as rich tables (or JSON)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import typer

__all__ = ["confusion_table", "disclosures_figures", "report"]

#: Column heads: the corpus file prefixes of each kind (corpus/kinds/README.md).
SHORT = {
    "heart_to_heart": "hh",
    "small_talk": "st",
    "discussion": "di",
    "venting": "ve",
    "lecture": "le",
    "fixing": "fx",
    "interrogation": "in",
    "unmet_disclosure": "un",
    "performance": "pf",
    "conflict": "cf",
}


def confusion_table(kinds: dict[str, Any]) -> Any:
    """A rich table of the kinds confusion matrix (rows gold, columns predicted; only kinds that occur)."""
    from rich.table import Table

    conf: dict[str, dict[str, int]] = kinds["confusion"]
    used = [k for k in conf if sum(conf[k].values()) or any(row.get(k) for row in conf.values())]
    table = Table(title=f"kinds: gold (rows) vs predicted (columns), corpus {kinds['split']} split", box=None)
    table.add_column("gold \\ predicted", no_wrap=True)
    for k in used:
        table.add_column(SHORT.get(k, k[:2]), justify="right")
    for gold in used:
        row = conf[gold]
        table.add_row(gold, *[(f"[bold]{row[k]}[/bold]" if k == gold else str(row[k] or ".")) for k in used])
    return table


def _share(right: int, n: int) -> str:
    return f"{right}/{n} = {right / n:.3f}" if n else "n/a"


def disclosures_figures(right: int, ours: int, labelled: int) -> str:
    """Precision, recall and F1 of our disclosures against the labelled ones ("n/a" where a count is 0)."""
    if not ours or not labelled or not right:
        return f"{right} of {ours} right, {labelled} labelled"
    p, r = right / ours, right / labelled
    return f"precision {p:.3f}, recall {r:.3f}, F1 {2 * p * r / (p + r):.3f} ({right} of {ours})"


def report(data_dir: Path | None, as_json: bool) -> None:
    """Run the conversation-level checks and print them."""
    import orjson

    from heart2heart.assess.validate import validate_conversations

    out = validate_conversations(data_dir)
    if as_json:
        typer.echo(orjson.dumps(out).decode())
        return
    from rich.console import Console

    console = Console()
    from heart2heart.assess.validate import OUTSIDE, OUTSIDE_BLIND, OUTSIDE_FITTED, SAFETY_SETS, WRITERS

    _sets(console, out, WRITERS, "writer", "All writers")
    fitted = len(OUTSIDE_FITTED)
    _sets(
        console,
        out,
        OUTSIDE_FITTED,
        "outside set",
        f"Outside sets 1-{fitted} (from the issue's definitions alone; the reply model learns from them, so in "
        "sample: corpus/build_response_model.py --outside-pipeline 4 reads each with a model that never saw it)",
    )
    for brief, blind in OUTSIDE_BLIND:
        first = OUTSIDE.index(blind[0]) + 1
        _sets(
            console,
            out,
            blind,
            "outside set",
            f"Outside sets {first}-{first + len(blind) - 1} (from the issue's definitions alone, {brief}; never "
            "fitted)",
            first=first,
        )
    for name, _ in SAFETY_SETS:
        safety = out.get(name)
        if safety is None:
            continue
        (ex, n_ex), (ind, n_ind) = safety["explicit"], safety["indirect"]
        console.print(
            f"Check-ins (corpus/{name}, an outside evaluator's statements, {safety['split']} split, n={safety['n']}): "
            f"flagged {safety['flagged']}, precision {_share(safety['flagged_right'], safety['flagged'])}, recall "
            f"{_share(safety['flagged_right'], safety['signs'])} (explicit {ex}/{n_ex}, indirect {ind}/{n_ind}); "
            f"sign right {safety['sign_right']}/{safety['flagged_right']}"
        )
    sessions = out.get("sessions")
    if sessions is not None:
        a, e = sessions["annomi"], sessions["esconv"]
        console.print(
            f"AnnoMI ({sessions['split']}, n={a['n']}): counsellor attunement high vs low quality, ROC AUC "
            f"{a['auc_attunement_high_vs_low']} (target 0.90)"
        )
        console.print(
            f"ESConv ({sessions['split']}, n={e['n']}): supporter attunement vs seeker empathy, Spearman "
            f"{e['spearman_attunement_empathy']}; vs relief (n={e['n_relief']}) {e['spearman_attunement_relief']}"
        )
    elif any(key in out for key in (*WRITERS, *OUTSIDE)):
        console.print("AnnoMI / ESConv: skipped (no --data or $H2H_DATA)")


#: The coaching notes that say how a disclosure was answered (``validate.NOTE_ANSWERS``), as the summary names them.
NOTE_TEXT = {"advice_first": "answered with advice", "missed_disclosure": "not met", "strength": "met"}


def _sets(console: Any, out: dict[str, Any], names: tuple[str, ...], each: str, together: str, first: int = 1) -> None:
    """Each labelled set's kind accuracy, confusion matrix and main-disclosure figures, then the sets together
    (``first``: the first set's number)."""
    totals = dict.fromkeys(("n", "kind_right", "with_main", "response_right", "speaker_right"), 0)
    disc = dict.fromkeys(("labelled", "detected", "detected_right", "listed", "listed_right"), 0)
    notes = {category: [0, 0] for category in NOTE_TEXT}
    horsemen = dict.fromkeys(("labelled", "listed", "listed_right"), 0)
    start = dict.fromkeys(("labelled", "said", "right"), 0)
    for nth, key in enumerate(names, start=first):
        found = out.get(key)
        if found is None:
            continue
        n_main = found["main_response_n"]
        who = _share(found["main_speaker_right"], n_main)
        console.print(
            f"Kinds, corpus/{key} ({each} {nth}, {found['split']} split, n={found['n']}): accuracy "
            f"{found['kind_accuracy']:.3f} (target 0.90); main disclosure (n={n_main}): answer "
            f"{found['main_response_accuracy']} (target 0.85), who disclosed {who}"
        )
        console.print(confusion_table(found))
        totals["n"] += found["n"]
        totals["kind_right"] += round(found["kind_accuracy"] * found["n"])
        totals["with_main"] += n_main
        totals["response_right"] += found["main_response_right"]
        totals["speaker_right"] += found["main_speaker_right"]
        for k in disc:
            disc[k] += found["disclosures"][k]
        for k in horsemen:
            horsemen[k] += found.get("horsemen", {}).get(k, 0)
        for k in start:
            start[k] += found.get("start_up", {}).get(k, 0)
        for category, counts in found.get("notes", {}).items():
            if category in notes:
                notes[category][0] += counts["agree"]
                notes[category][1] += counts["labelled"]
    if not totals["n"]:
        return
    console.print(
        f"{together} ({totals['n']} conversations): kind {_share(totals['kind_right'], totals['n'])}; main "
        f"disclosure (n={totals['with_main']}): answer {_share(totals['response_right'], totals['with_main'])}, "
        f"who disclosed {_share(totals['speaker_right'], totals['with_main'])}"
    )
    console.print(
        f"Disclosures the writers labelled ({disc['labelled']}), found at the same utterance: listed "
        f"(shown in the reports) {disclosures_figures(disc['listed_right'], disc['listed'], disc['labelled'])}; "
        f"everything detected (in the JSON) "
        f"{disclosures_figures(disc['detected_right'], disc['detected'], disc['labelled'])}"
    )
    if horsemen["labelled"] or start["labelled"]:
        console.print(
            f"Gottman's horsemen the writers labelled ({horsemen['labelled']}), listed at the same utterance as the "
            f"same horseman (told only of conflicts): "
            f"{disclosures_figures(horsemen['listed_right'], horsemen['listed'], horsemen['labelled'])}; how a "
            f"conflict started (labelled in {start['labelled']}): said of {start['said']}, right "
            f"{_share(start['right'], start['said'])}"
        )
    if any(n for _, n in notes.values()):
        said = "; ".join(f"{NOTE_TEXT[c]} {_share(agree, n)}" for c, (agree, n) in notes.items() if n)
        console.print(f"Coaching notes on how a disclosure was answered, agreeing with the writer's answer: {said}")
