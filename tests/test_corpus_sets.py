"""The checks every labelled conversation set of corpus/kinds2 .. corpus/kinds7 must pass, run on each set.

Each set was written by an independent author (see the set's README.md, and the notes above SETS). Every set is
checked the same way: the manifest lists exactly the files on disk, no id clashes with an earlier set, ids carry the
set's digit, ten per kind split five dev / five valid, every authoring format is used, the manifest's counts,
indices and speakers agree with what the readers produce, the rendered files are in sync with corpus/build.py, and
validate_kinds and ``h2h eval --conversations`` cover the set. What differs from set to set (the length bounds, the
split validate_kinds is checked on) lives in SETS.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from _corpus import CORPUS, KINDS, READER_OF, ROTATION, builder, check_labels, check_read, manifest
from heart2heart.cli._eval_conversations import SHORT


@dataclass(frozen=True, slots=True)
class SetFacts:
    """What one set's checks need to know about it."""

    name: str  # the folder under corpus/ and the name validate.default_corpus() takes
    longest_allowed: int  # no conversation has more utterances
    longest_at_least: int  # the longest conversation has at least this many utterances
    validate_split: str  # the split validate_kinds is checked on

    @property
    def folder(self) -> Path:
        """corpus/<name>."""
        return CORPUS / self.name

    mark: str | None = None  # what follows the kind in the ids when the set's last digit is taken (kinds12: "c")
    rotated: bool = False  # formats follow ROTATION (kinds15 on)

    @property
    def digit(self) -> str:
        """What every id of the set carries between the kind and the number: the set's last digit (hh401.txt in
        kinds4), or its ``mark`` from kinds12 on, whose last digits kinds2 and kinds3 already use (hhc01.txt). Only
        ``h`` is left of the single letters; a later set can take two characters (hhha01.txt), as the checks read
        the mark as everything between the kind's two letters and the two-digit number."""
        return self.mark or self.name[-1]


# In the order the sets were written: each set's ids must not clash with corpus/kinds or any set before it.
# kinds2: written to widen the writers, relationships, registers and formats the kind classifier is validated on.
# kinds3: other relationships, group chats, registers and the borderline cases the classifier misses most.
# kinds4: teens, students and retirees; work chats, family group chats, dating apps, peer support, sports teams,
#   long-distance friends and acquaintances; mostly the plain, typical version of each kind.
# kinds5: the clear, typical version of each kind, in everyday settings: work, family, money, health, moving, exams,
#   breakups, friends, hobbies, pets and neighbours.
# kinds6: conversations as they run in real transcripts and exports: meetings and calls that ramble, bursts of short
#   messages, typos and voice-to-text, therapists, coaches, teachers and managers as well as friends and family.
# kinds7: settings the others did not use: landlords and tenants, a helpline shift, a hospice, a driving
#   instructor, a wedding planner, union reps, a shop floor, a priest, a barber, gaming voice chat, a language
#   exchange, a rugby club chat, cousins abroad, retired couples; many that open on logistics before their kind.
# kinds8: the boundaries the verdict confuses most (performance vs small talk, unmet disclosure vs fixing and
#   venting, polite conflicts vs discussion), in settings such as house clearances, a mosque committee, esports,
#   fostering, an interpreter-mediated call; many group conversations.
# kinds9: ordinary talk as exported, typical and borderline forms of every kind (a shy but attentive listener, a
#   warm fixer, an interrogation by a worried parent, conflicts that end in repair).
# kinds10: disclosures and every way of answering them, in most conversations of most kinds.
# kinds11: transcripts and exports of real life with plentiful borderline cases (fixing vs unmet disclosure,
#   performance vs small talk, venting vs heart-to-heart, polite conflicts vs discussion). Ids of kinds10 carry a 0
#   (hh001), of kinds11 a 1 (hh101): the set's last digit.
# kinds12 .. kinds15: four more writers of disclosures and their answers in everyday settings and borderline cases
#   (ids marked c, d, e and f).
# kinds16 .. kinds18: three more writers (ids marked i, j and k): understated people who say hard things sideways,
#   disclosures answered in every way, and real-life exports with borderline cases.
# kinds19 .. kinds21: three more (ids marked l, m and n): clear evaluation-style examples of every kind, group
#   conversations and long meetings, and short chats as people text.
# kinds22 .. kinds24: three more (ids marked o, p and q): international English, helping conversations outside
#   therapy (helplines, peer support, coaches, GPs, managers), and couples and families.
# kinds25 .. kinds30: six more (ids marked r, s, t, u, v and w): work and professional life, older adults and
#   their families, students and young adults (irony and jokes), spoken transcripts, dialogue with subtext written
#   as a screenwriter would, and strangers and online communities.
# kinds31 .. kinds36: six more (ids marked x, y, z, a, b and g): teenagers as they text, health and illness,
#   stoic cultures that rarely name a feeling, migrants and long-distance ties, big life events (grief, divorce,
#   coming out), and messy everyday chats where logistics and something personal run together.
# kinds37 .. kinds42: six more (ids marked h, then the two-character xa, xb, xc, xd and xe): people in caring and
#   service jobs debriefing, faith and community groups, very direct and literal communicators, new parents, dating
#   and early relationships, and sport and fitness communities.
SETS = [
    SetFacts("kinds2", longest_allowed=50, longest_at_least=20, validate_split="dev"),
    SetFacts("kinds3", longest_allowed=60, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds4", longest_allowed=50, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds5", longest_allowed=50, longest_at_least=29, validate_split="valid"),
    SetFacts("kinds6", longest_allowed=50, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds7", longest_allowed=45, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds8", longest_allowed=45, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds9", longest_allowed=45, longest_at_least=45, validate_split="valid"),
    SetFacts("kinds10", longest_allowed=45, longest_at_least=42, validate_split="valid"),
    SetFacts("kinds11", longest_allowed=45, longest_at_least=45, validate_split="valid", rotated=True),
    SetFacts("kinds12", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="c"),
    SetFacts("kinds13", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="d"),
    SetFacts("kinds14", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="e"),
    SetFacts("kinds15", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="f", rotated=True),
    SetFacts("kinds16", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="i", rotated=True),
    SetFacts("kinds17", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="j", rotated=True),
    SetFacts("kinds18", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="k", rotated=True),
    SetFacts("kinds19", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="l", rotated=True),
    SetFacts("kinds20", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="m", rotated=True),
    SetFacts("kinds21", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="n", rotated=True),
    SetFacts("kinds22", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="o", rotated=True),
    SetFacts("kinds23", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="p", rotated=True),
    SetFacts("kinds24", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="q", rotated=True),
    SetFacts("kinds25", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="r", rotated=True),
    SetFacts("kinds26", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="s", rotated=True),
    SetFacts("kinds27", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="t", rotated=True),
    SetFacts("kinds28", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="u", rotated=True),
    SetFacts("kinds29", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="v", rotated=True),
    SetFacts("kinds30", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="w", rotated=True),
    SetFacts("kinds31", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="x", rotated=True),
    SetFacts("kinds32", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="y", rotated=True),
    SetFacts("kinds33", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="z", rotated=True),
    SetFacts("kinds34", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="a", rotated=True),
    SetFacts("kinds35", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="b", rotated=True),
    SetFacts("kinds36", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="g", rotated=True),
    SetFacts("kinds37", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="h", rotated=True),
    SetFacts("kinds38", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xa", rotated=True),
    SetFacts("kinds39", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xb", rotated=True),
    SetFacts("kinds40", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xc", rotated=True),
    SetFacts("kinds41", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xd", rotated=True),
    SetFacts("kinds42", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xe", rotated=True),
    SetFacts("kinds43", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xf", rotated=True),
    SetFacts("kinds44", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xg", rotated=True),
    SetFacts("kinds45", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xh", rotated=True),
    SetFacts("kinds46", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xi", rotated=True),
    SetFacts("kinds47", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xj", rotated=True),
    SetFacts("kinds48", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xk", rotated=True),
    SetFacts("kinds49", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xl", rotated=True),
    SetFacts("kinds50", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xm", rotated=True),
    SetFacts("kinds51", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xn", rotated=True),
    SetFacts("kinds52", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xo", rotated=True),
    SetFacts("kinds53", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xp", rotated=True),
    SetFacts("kinds54", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xq", rotated=True),
    SetFacts("kinds55", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xr", rotated=True),
    SetFacts("kinds56", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xs", rotated=True),
    SetFacts("kinds57", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xt", rotated=True),
    SetFacts("kinds58", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xu", rotated=True),
    SetFacts("kinds59", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xv", rotated=True),
    SetFacts("kinds60", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xw", rotated=True),
    SetFacts("kinds61", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xx", rotated=True),
    SetFacts("kinds62", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xy", rotated=True),
    SetFacts("kinds63", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="xz", rotated=True),
    SetFacts("kinds64", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="ya", rotated=True),
    SetFacts("kinds65", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yb", rotated=True),
    SetFacts("kinds66", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yc", rotated=True),
    SetFacts("kinds67", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yd", rotated=True),
    SetFacts("kinds68", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="ye", rotated=True),
    SetFacts("kinds69", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yf", rotated=True),
    SetFacts("kinds70", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yg", rotated=True),
    SetFacts("kinds71", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yh", rotated=True),
    SetFacts("kinds72", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yi", rotated=True),
    SetFacts("kinds73", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yj", rotated=True),
    SetFacts("kinds74", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yk", rotated=True),
    SetFacts("kinds75", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yl", rotated=True),
    SetFacts("kinds76", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="ym", rotated=True),
    SetFacts("kinds77", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yn", rotated=True),
    SetFacts("kinds78", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yo", rotated=True),
    SetFacts("kinds79", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yp", rotated=True),
    SetFacts("kinds80", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yq", rotated=True),
    SetFacts("kinds81", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yr", rotated=True),
    SetFacts("kinds82", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="ys", rotated=True),
    SetFacts("kinds83", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yt", rotated=True),
    SetFacts("kinds84", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yu", rotated=True),
    SetFacts("kinds85", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yv", rotated=True),
    SetFacts("kinds86", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yw", rotated=True),
    SetFacts("kinds87", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yx", rotated=True),
    SetFacts("kinds88", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yy", rotated=True),
    SetFacts("kinds89", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="yz", rotated=True),
    SetFacts("kinds90", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="za", rotated=True),
    SetFacts("kinds91", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zb", rotated=True),
    SetFacts("kinds92", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zc", rotated=True),
    SetFacts("kinds93", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zd", rotated=True),
    SetFacts("kinds94", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="ze", rotated=True),
    SetFacts("kinds95", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zf", rotated=True),
    SetFacts("kinds96", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zg", rotated=True),
    SetFacts("kinds97", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zh", rotated=True),
    SetFacts("kinds98", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zi", rotated=True),
    SetFacts("kinds99", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zj", rotated=True),
    SetFacts("kinds100", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zk", rotated=True),
    SetFacts("kinds101", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zl", rotated=True),
    SetFacts("kinds102", longest_allowed=45, longest_at_least=45, validate_split="valid", mark="zm", rotated=True),
]
MANIFESTS = {s.name: manifest(s.folder) for s in SETS}
BY_FILE = {name: {e["file"]: e for e in entries} for name, entries in MANIFESTS.items()}
ENTRIES = [(s, e) for s in SETS for e in MANIFESTS[s.name]]
ENTRY_IDS = [f"{s.name}/{e['file']}" for s, e in ENTRIES]

by_set = pytest.mark.parametrize("facts", SETS, ids=[s.name for s in SETS])
by_entry = pytest.mark.parametrize(("facts", "entry"), ENTRIES, ids=ENTRY_IDS)


@pytest.fixture(scope="module")
def conversations_report() -> dict[str, Any]:
    """validate_conversations(None), what ``h2h eval --conversations`` prints (computed once: it takes seconds)."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    report: dict[str, Any] = validate.validate_conversations(None)
    return report


@by_set
def test_every_file_exists_once_and_every_file_is_listed(facts: SetFacts) -> None:
    files = [e["file"] for e in MANIFESTS[facts.name]]
    assert len(files) == len(set(files))
    skip = ("labels.jsonl", "README.md")
    on_disk = {p.name for p in facts.folder.iterdir() if p.is_file() and p.name not in skip}
    assert on_disk == set(files)


@by_set
def test_ids_do_not_clash_with_the_earlier_sets(facts: SetFacts) -> None:
    earlier = ["kinds"] + [s.name for s in SETS[: SETS.index(facts)]]
    files = {e["file"] for e in MANIFESTS[facts.name]}
    for other in earlier:
        assert not {e["file"] for e in manifest(CORPUS / other)} & files, other


@by_set
def test_ids_carry_the_sets_digit(facts: SetFacts) -> None:
    for entry in MANIFESTS[facts.name]:
        name = entry["file"]
        stem = name.split(".")[0]
        assert stem[2:-2] == facts.digit and stem[-2:].isdigit(), name


@by_set
def test_kinds_are_split_half_and_half(facts: SetFacts) -> None:
    entries = MANIFESTS[facts.name]
    counts = Counter((e["kind"], e["split"]) for e in entries)
    assert {e["kind"] for e in entries} == KINDS
    assert len(entries) == 100
    for kind in KINDS:
        assert counts[(kind, "dev")] == 5, kind
        assert counts[(kind, "valid")] == 5, kind


@by_set
def test_formats_are_mixed_within_each_kind(facts: SetFacts) -> None:
    entries = MANIFESTS[facts.name]
    assert {e["format"] for e in entries} == set(READER_OF)
    for kind in KINDS:
        fmts = {e["format"] for e in entries if e["kind"] == kind}
        assert len(fmts) >= 8, (kind, fmts)


# From kinds15 on, number n of the kind with index k (heart_to_heart 0 .. conflict 9, with its id prefix) has
# format ROTATION[(n - 1 + k) % 10] (tests/_corpus.py), so every kind uses every format once.
ROTATED = [s for s in SETS if s.rotated]


@pytest.mark.parametrize("facts", ROTATED, ids=[s.name for s in ROTATED])
def test_formats_follow_the_rotation_and_numbers_give_the_split(facts: SetFacts) -> None:
    """Number n of the kind with index k has format ROTATION[(n - 1 + k) % 10]; 01-05 dev, 06-10 valid."""
    entries = MANIFESTS[facts.name]
    assert len(entries) == 100
    kinds = list(SHORT)  # the corpus file prefix of each kind, in the order of KINDS
    for entry in entries:
        name, kind = entry["file"], entry["kind"]
        k, n = kinds.index(kind), int(name.split(".")[0][-2:])
        assert name[:2] == SHORT[kind], name
        assert entry["format"] == ROTATION[(n - 1 + k) % 10], name
        assert entry["split"] == ("dev" if n <= 5 else "valid"), name


@by_set
def test_group_chats_and_lengths_vary(facts: SetFacts) -> None:
    entries = MANIFESTS[facts.name]
    sizes = [e["utterances"] for e in entries]
    assert min(sizes) <= 8 and max(sizes) >= facts.longest_at_least
    assert sum(1 for e in entries if len(e["speakers"]) >= 3) >= 10


@by_entry
def test_entry_is_well_formed(facts: SetFacts, entry: dict[str, Any]) -> None:
    n = entry["utterances"]
    assert 6 <= n <= facts.longest_allowed
    check_labels(entry)
    if entry["kind"] in ("heart_to_heart", "fixing", "unmet_disclosure", "venting"):
        assert entry["main_disclosure"] is not None, entry["file"]
    if entry["kind"] in ("small_talk", "discussion"):
        assert entry["main_disclosure"] is None
    if entry["kind"] in ("fixing", "unmet_disclosure"):
        main = next(d for d in entry["disclosures"] if d["index"] == entry["main_disclosure"])
        expected = {"advice"} if entry["kind"] == "fixing" else {"deflected", "none"}
        assert main["response"] in expected, entry["file"]


@by_set
def test_rendered_files_are_in_sync_with_sources(facts: SetFacts) -> None:
    built = builder().build(facts.folder)
    assert set(built) == {e["file"] for e in MANIFESTS[facts.name]} | {"labels.jsonl"}
    for name, content in built.items():
        assert (facts.folder / name).read_text(encoding="utf-8") == content, f"{name}: run python corpus/build.py"


@by_entry
def test_readers_agree_with_manifest(facts: SetFacts, entry: dict[str, Any]) -> None:
    formats = pytest.importorskip("heart2heart.formats")
    conversations = formats.read(facts.folder / entry["file"], format=READER_OF[entry["format"]])
    check_read(conversations, entry)
    for h in entry["horsemen"]:
        assert 0 <= h["index"] < len(conversations[0])


@by_entry
def test_format_is_detected_and_reads_as_one_conversation(facts: SetFacts, entry: dict[str, Any]) -> None:
    formats = pytest.importorskip("heart2heart.formats")
    path = facts.folder / entry["file"]
    assert formats.detect(path).name == READER_OF[entry["format"]]
    (conv,) = formats.read(path)
    assert len(conv) == entry["utterances"]


@by_set
def test_validate_kinds_scores_the_set(facts: SetFacts) -> None:
    """validate_kinds finds the set by name and scores every conversation of a split once."""
    validate = pytest.importorskip("heart2heart.assess.validate")
    folder = validate.default_corpus(facts.name)
    assert folder == facts.folder
    result = validate.validate_kinds(folder, facts.validate_split)
    assert result.n == 50
    # Five conversations of the split per kind: each gold row of the confusion matrix sums to five.
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, 5)
    # One main-response check per conversation of the split with a main disclosure.
    entries = MANIFESTS[facts.name]
    split = facts.validate_split
    assert result.response_n == sum(1 for e in entries if e["split"] == split and e["main_disclosure"] is not None)
    assert 0.0 <= result.accuracy <= 1.0
    assert set(result.notes) == set(validate.NOTE_ANSWERS)
    assert all(0 <= agree <= n for agree, n in result.notes.values())
    assert 0 <= result.horsemen_right <= min(result.horsemen_listed, result.horsemen_labelled)
    assert result.horsemen_labelled == sum(len(e["horsemen"]) for e in entries if e["split"] == split)
    assert 0 <= result.start_up_right <= result.start_up_said <= result.start_up_labelled


@by_set
def test_validate_conversations_reports_the_set(facts: SetFacts, conversations_report: dict[str, Any]) -> None:
    """validate_conversations (what ``h2h eval --conversations`` prints) has a valid section for the set."""
    assert conversations_report[facts.name]["split"] == "valid"
    assert conversations_report[facts.name]["n"] == 50


# ------------------------------------------------------------------ entries checked by hand


@dataclass(frozen=True, slots=True)
class Opening:
    """The first heart-to-heart of a set, counted by hand: its file holds one utterance a line, the disclosure on
    line ``index`` (met by the other speaker on the next line)."""

    set: str
    file: str
    index: int
    speaker: str
    disclosed: str  # words on the disclosure's line
    answered: str  # words on the answer's line
    utterances: int
    speakers: list[str]
    format: str


OPENINGS = [
    # Arjun's sixth message, "...i'm the failure one", answered by Riya's next message.
    Opening("kinds2", "hh201.txt", 5, "Arjun", "the failure one", "that silence must have felt so heavy", 23,
            ["Arjun", "Riya"], "whatsapp_android"),
    # JunoVale's third message, "ngl i've been kinda not ok", answered by kairo's next message.
    Opening("kinds3", "hh301.txt", 4, "JunoVale", "kinda not ok", "how long has it been", 16,
            ["JunoVale", "kairo"], "whatsapp_android_us"),
    # Niamh's second message, "i think im failing second year", answered by Priya's next message.
    Opening("kinds4", "hh401.txt", 2, "Niamh", "failing second year", "how long have you been carrying", 15,
            ["Niamh", "Priya"], "whatsapp_android"),
    # Line 3: Lena's scan result she has told no one about, answered by Dom's next line.
    Opening("kinds5", "hh501.txt", 3, "Lena", "haven't told anyone yet", "sitting on that on your own", 17,
            ["Dom", "Lena"], "plain"),
    # A rugby club chat about the kit bag; Owain's fourth message (line 6), his dad found wandering again, is met
    # by Huw's next message.
    Opening("kinds7", "hh701.txt", 6, "Owain", "found wandering down by the station", "that's a lot to be carrying",
            19, ["Dai", "Huw", "Owain"], "whatsapp_android"),
]  # fmt: skip


@pytest.mark.parametrize("hh", OPENINGS, ids=[o.file for o in OPENINGS])
def test_opening_heart_to_heart_checked_by_hand(hh: Opening) -> None:
    entry = BY_FILE[hh.set][hh.file]
    lines = (CORPUS / hh.set / hh.file).read_text(encoding="utf-8").splitlines()
    assert hh.disclosed in lines[hh.index] and hh.answered in lines[hh.index + 1]
    assert entry["main_disclosure"] == hh.index
    assert entry["disclosures"][0] == {
        "index": hh.index,
        "speaker": hh.speaker,
        "depth": 3,
        "response": "met",
        "response_index": hh.index + 1,
    }
    assert entry["utterances"] == hh.utterances and entry["speakers"] == hh.speakers
    assert entry["format"] == hh.format and entry["harsh_startup"] is None


def test_kinds4_hand_checked_entries() -> None:
    """kinds4: more entries counted by hand from the rendered files."""
    # un410: Mrs Hartley's bare "Mm." (index 5) is not the answer; her change of subject to the oven (6) is.
    un410 = BY_FILE["kinds4"]["un410.jsonl"]
    assert un410["disclosures"] == [
        {"index": 4, "speaker": "Gosia", "depth": 3, "response": "deflected", "response_index": 6}
    ]
    # cf403: a gentle start-up (a feeling, a specific request) answered defensively; ends in "Fine." and a walk-out.
    cf403 = BY_FILE["kinds4"]["cf403.txt"]
    assert cf403["harsh_startup"] is False and cf403["main_disclosure"] == 0
    assert [h["kind"] for h in cf403["horsemen"]] == [
        "defensiveness",
        "defensiveness",
        "defensiveness",
        "contempt",
        "stonewalling",
        "stonewalling",
    ]
    assert [h["index"] for h in cf403["horsemen"]] == [1, 3, 5, 5, 9, 11]


def test_kinds5_hand_checked_entries() -> None:
    """kinds5: more entries counted by hand from the rendered files."""
    # un510: a group chat says goodnight; Gethin's disclosure (7) gets no reply, only his own "Ignore me" (8).
    un510 = BY_FILE["kinds5"]["un510.txt"]
    assert un510["disclosures"] == [
        {"index": 7, "speaker": "Gethin", "depth": 3, "response": "none", "response_index": None}
    ]
    assert un510["utterances"] == 9 and len(un510["speakers"]) == 3
    # cf508: a harsh start-up ("Why is it ALWAYS me"); line 3 is both defensive and contemptuous.
    cf508 = BY_FILE["kinds5"]["cf508.txt"]
    assert cf508["harsh_startup"] is True and cf508["main_disclosure"] == 4
    assert [(h["index"], h["kind"]) for h in cf508["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "defensiveness"),
        (3, "contempt"),
        (5, "defensiveness"),
        (7, "stonewalling"),
    ]
    # fx510 (valid): the word of sympathy comes only in the last line; both feelings were met with advice first.
    fx510 = BY_FILE["kinds5"]["fx510.jsonl"]
    assert fx510["split"] == "valid" and fx510["main_disclosure"] == 1
    assert [(d["index"], d["response"], d["response_index"]) for d in fx510["disclosures"]] == [
        (1, "advice", 2),
        (5, "advice", 6),
    ]


def test_kinds6_hand_checked_entries() -> None:
    """kinds6: entries counted by hand from the rendered files."""
    un604 = BY_FILE["kinds6"]["un604.jsonl"]
    rows = [json.loads(line) for line in (CORPUS / "kinds6" / "un604.jsonl").read_text(encoding="utf-8").splitlines()]
    # Amy's third message (the scan), answered by Rob's next one, which turns to his own day.
    assert "really scared" in rows[2]["text"] and "my day was a nightmare" in rows[3]["text"]
    assert un604["main_disclosure"] == 2
    assert un604["disclosures"] == [
        {"index": 2, "speaker": "Amy", "depth": 3, "response": "deflected", "response_index": 3}
    ]
    assert un604["utterances"] == 10 and un604["speakers"] == ["Amy", "Rob"]
    assert un604["format"] == "jsonl" and un604["harsh_startup"] is None
    # ve606: the coach's "Mm, yeah." after "I feel stupid for hoping" is a bare token, so that disclosure is none.
    ve606 = BY_FILE["kinds6"]["ve606.vtt"]
    assert [(d["index"], d["response"], d["response_index"]) for d in ve606["disclosures"]] == [
        (3, "met", 4),
        (5, "none", None),
    ]
    # cf610: "you always leave your crap", a sarcastic hotel jibe, "whatever", and a feeling met by "i'm going to bed".
    cf610 = BY_FILE["kinds6"]["cf610.txt"]
    assert cf610["harsh_startup"] is True and cf610["main_disclosure"] == 7
    assert [(h["index"], h["kind"]) for h in cf610["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (3, "contempt"),
        (4, "defensiveness"),
        (6, "stonewalling"),
        (9, "contempt"),
    ]
    assert cf610["disclosures"][0]["response"] == "deflected" and cf610["disclosures"][0]["response_index"] == 8
    # fx601: the manager's time-blocking tip is the first reply to Aisha's 4 a.m. panic.
    fx601 = BY_FILE["kinds6"]["fx601.vtt"]
    assert fx601["main_disclosure"] == 3
    assert fx601["disclosures"][0]["response"] == "advice" and fx601["disclosures"][0]["response_index"] == 4
    assert fx601["format"] == "teams_vtt" and fx601["split"] == "dev"


def test_kinds6_formats_follow_one_order_in_every_kind() -> None:
    """x01 Teams VTT, x02 WhatsApp iOS, ... x10 WhatsApp iOS US; odd numbers dev, even valid."""
    order = [
        "teams_vtt",
        "whatsapp_ios",
        "plain_ts",
        "jsonl",
        "whatsapp_android_us",
        "zoom_vtt",
        "srt",
        "whatsapp_android",
        "plain",
        "whatsapp_ios_us",
    ]
    for entry in MANIFESTS["kinds6"]:
        number = int(entry["file"][3:5])
        assert entry["format"] == order[number - 1], entry["file"]
        assert entry["split"] == ("dev" if number % 2 else "valid"), entry["file"]


def test_kinds7_hand_checked_entries() -> None:
    """kinds7: entries counted by hand from the rendered files."""
    # un703: at the barber's, Pete's fourth line (index 3, his wife has left) is answered by Delroy's joke and the
    # football (4); eleven lines in all, two speakers.
    un703 = BY_FILE["kinds7"]["un703.txt"]
    lines = (CORPUS / "kinds7" / "un703.txt").read_text(encoding="utf-8").splitlines()
    assert "Wife's gone" in lines[3] and "More room in the bed" in lines[4]
    assert un703["disclosures"] == [
        {"index": 3, "speaker": "Pete", "depth": 3, "response": "deflected", "response_index": 4}
    ]
    assert un703["main_disclosure"] == 3 and un703["utterances"] == 11 and un703["speakers"] == ["Delroy", "Pete"]
    # cf704: "you literally never text back" (0); "you always have a thing" (2) and "you always have a problem" (3)
    # are criticism; line 7 both defends ("I'm not your ex") and shuts down ("I'm not doing this tonight").
    cf704 = BY_FILE["kinds7"]["cf704.txt"]
    assert cf704["harsh_startup"] is True and cf704["main_disclosure"] == 6
    assert [(h["index"], h["kind"]) for h in cf704["horsemen"]] == [
        (0, "criticism"),
        (1, "defensiveness"),
        (2, "criticism"),
        (3, "criticism"),
        (7, "defensiveness"),
        (7, "stonewalling"),
        (8, "contempt"),
        (9, "stonewalling"),
        (10, "stonewalling"),
    ]
    assert cf704["disclosures"][0]["response"] == "deflected" and cf704["disclosures"][0]["response_index"] == 7
    # fx703: the learner's fear of fast roads (3) and "I feel stupid" (9) both get the instructor's tips first.
    fx703 = BY_FILE["kinds7"]["fx703.txt"]
    assert fx703["main_disclosure"] == 3
    assert [(d["index"], d["response"], d["response_index"]) for d in fx703["disclosures"]] == [
        (3, "advice", 4),
        (9, "advice", 10),
    ]
    # un710: the bride's message after the goodnights (index 7, the last of eight) gets no reply at all.
    un710 = BY_FILE["kinds7"]["un710.txt"]
    assert un710["utterances"] == 8 and un710["split"] == "valid" and un710["format"] == "whatsapp_ios"
    assert un710["disclosures"] == [
        {"index": 7, "speaker": "Amara", "depth": 3, "response": "none", "response_index": None}
    ]


def test_kinds7_formats_follow_one_order_in_every_kind() -> None:
    """x01 WhatsApp Android, x02 Zoom VTT, x03 plain, x04 WhatsApp iOS US, x05 SRT (dev); x06 JSONL, x07 Teams VTT,
    x08 WhatsApp Android US, x09 plain with timestamps, x10 WhatsApp iOS (valid)."""
    for entry in MANIFESTS["kinds7"]:
        number = int(entry["file"][3:5])
        assert entry["format"] == ROTATION[number - 1], entry["file"]
        assert entry["split"] == ("dev" if number <= 5 else "valid"), entry["file"]
