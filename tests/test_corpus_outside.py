"""corpus/outside1 .. outside60: conversations written by outside evaluators from issue 4's definitions alone (each
set's PROMPT.md is the whole brief its writer had), every one ``valid``; only the reply model learns from sets 1-44.
The files must read as their writers labelled them, and ``h2h eval --conversations`` reports the sets apart from the
writers'.
Sets 1-4 hold five conversations per kind in the corpus's ten formats; set 5 three per kind in six other exports
(Telegram, Messenger, Discord, Otter, CSV, WhatsApp); sets 6 to 11 three per kind in formats their writers chose,
written as the real apps write them."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from _corpus import CORPUS, KINDS, READER_OF, ROTATION, check_labels, manifest
from heart2heart.assess.validate import OUTSIDE, OUTSIDE_BLIND, OUTSIDE_FITTED, WRITERS, default_corpus, validate_kinds
from heart2heart.cli._eval_conversations import SHORT
from heart2heart.formats import detect, read

#: Each set's mark in its ids: oa .. oz, then pa, pb, pc, pd, pf, pe, pg, ph, pj, pi, pk .. pz and qa .. qh (a set
#: is added once every file of it reads: "pe", of workplace tools' exports, came after "pf").
_LATER = (
    "pa",
    "pb",
    "pc",
    "pd",
    "pf",
    "pe",
    "pg",
    "ph",
    "pj",
    "pi",
    "pk",
    "pl",
    "pm",
    "pn",
    "po",
    "pp",
    "pq",
    "pr",
    "ps",
    "pt",
    "pu",
    "pv",
    "pw",
    "px",
    "py",
    "pz",
    "qa",
    "qb",
    "qc",
    "qd",
    "qe",
    "qf",
    "qg",
    "qh",
)
MARKS = {f"outside{n}": f"o{chr(ord('a') + n - 1)}" for n in range(1, 27)} | {
    f"outside{n}": mark for n, mark in enumerate(_LATER, 27)
}
#: Each set's formats, in the rotation its brief asked for (number n of the kind with index k: (n - 1 + k) mod len).
FORMATS = dict.fromkeys(("outside1", "outside2", "outside3", "outside4"), ROTATION) | {
    "outside5": ("telegram", "messenger", "discord", "otter", "csv", "whatsapp_android"),
}
#: Sets whose writers chose the formats (the manifest's ``format`` describes one: "WhatsApp iOS, German locale").
FREE = tuple(f"outside{n}" for n in range(6, 61))
PER_KIND = {name: 5 for name in MARKS} | dict.fromkeys(("outside5", *FREE), 3)
#: The reader of a described format: that of the first of these words in the description.
APPS = (("threema", "whatsapp"), ("groupme", "jsonl"), ("element web room export, json", "matrix"),
        ("element desktop", "whatsapp"), ("memotrace", "wechat"), ("chatterino", "plain"),
        ("e-mail (ipad mail)", "email"), ("via discordchatexporter, json", "discord"),
        ("via discordchatexporter, plain-text", "otter"),
        ("assemblyai", "speech_json"), ("deepgram", "speech_json"), ("amazon transcribe", "speech_json"),
        ("google cloud speech-to-text", "speech_json"), ("azure ai speech", "speech_json"),
        ("rev.ai", "speech_json"), ("speechmatics", "speech_json"), ("whisperx cli json", "jsonl"),
        ("whisperx cli srt", "srt"), ("fathom copied transcript", "otter"), ("fireflies.ai transcript json", "jsonl"),
        ("apple iphone phone app call recording", "otter"), ("google recorder", "otter"),
        ("samsung voice recorder", "otter"), ("granola transcript", "plain"), ("descript transcript", "plain"),
        ("json lines diarised", "jsonl"), ("csv of utterances", "csv"), ("subtitle export", "srt"),
        ("discourse topic raw text", "discourse_raw"), ("discourse topic json", "discourse"),
        ("copied from desktop browser", "forum_copy"), ("copied from browser", "forum_copy"),
        ("hacker news", "hackernews"), ("reddit thread as json lines", "reddit"), ("reddit thread json", "reddit"),
        ("praw script", "csv"), ("phpbb", "forum_html"), ("vbulletin", "forum_html"),
        ("gmail thread print", "email_text"), ("outlook desktop", "email_text"),
        ("outlook on the web (uk), reading", "email_text"), ("new outlook for windows", "email_text"),
        (".mbox", "email"), ("mbox", "email"), (".eml", "email"), ("x/twitter archive", "x_dms"),
        ("google hangouts", "hangouts"), ("reddit data export chat_history.csv", "csv"),
        ("linkedin data export messages.csv", "csv"), ("facebook messenger html", "messenger_html"),
        ("sms backup & restore", "sms_backup"), ("snapchat", "snapchat"), ("google voice", "google_voice"),
        ("kakaotalk pc chat export csv", "csv"), ("kakaotalk", "kakaotalk"), ("viber", "viber"),
        ("imazing", "imazing"), ("imessage-exporter html", "imessage_html"), ("sigtop", "sigtop"),
        ("zulip", "zulip"), ("mattermost", "mattermost"), ("rocket.chat", "rocketchat"),
        ("discordchatexporter json", "discord"), ("discordchatexporter csv", "csv"),
        ("teams (personal) data export", "jsonl"), ("google chat via google takeout", "jsonl"),
        ("word (.docx)", "docx"), (".docx", "docx"), ("telegram desktop html", "telegram_html"),
        ("download html", "messenger_html"), ("meeting chat", "zoom_chat"), ("zoom live transcript", "otter"),
        ("premiere pro srt", "srt"), ("otter", "otter"), ("premiere pro", "otter"), ("script-style", "otter"),
        ("imessage-exporter", "otter"), ("plain-text export", "otter"), ("teams chat copied", "otter"),
        ("rev-style", "plain"), ("rev transcript", "plain"), ("interview transcript", "plain"),
        ("chat log copied", "plain"), ("google meet", "plain"), ("youtube studio caption download .sbv", "srt"),
        ("youtube studio sbv", "srt"), ("youtube downloaded manual captions vtt", "vtt"), ("aegisub", "ass"),
        ("webex", "vtt"), ("line chat history", "chat_log"), ("irc log", "chat_log"), ("csv of a slack", "csv"),
        ("slack", "slack"), ("signal-export", "signal_export"), ("google chat takeout", "jsonl"),
        ("skype", "jsonl"), ("whisperx diarized json", "jsonl"), ("nested json chat", "jsonl"),
        ("tab-separated", "csv"), ("whatsapp", "whatsapp"), ("telegram", "telegram"), ("messenger", "messenger"),
        ("instagram", "messenger"), ("teams", "vtt"), ("zoom", "vtt"), ("whisperx subtitles .vtt", "vtt"),
        ("srt", "srt"), ("json lines", "jsonl"), ("csv", "csv"), ("plain", "plain"))  # fmt: skip
#: The reader of each format (the corpus's ten, and the other exports of outside5).
READERS = READER_OF | {f: f for f in ("telegram", "messenger", "discord", "otter", "csv")}
ENTRIES = [(name, e) for name in OUTSIDE for e in manifest(CORPUS / name)]


def reader_of(name: str, fmt: str) -> str:
    if name in FREE:
        return next(reader for word, reader in APPS if word in fmt.lower())
    return READERS[fmt]


def test_every_set_is_described_here() -> None:
    assert set(OUTSIDE) == set(MARKS) == set(FORMATS) | set(FREE) == set(PER_KIND)
    assert set(FORMATS).isdisjoint(FREE)


def test_the_sets_are_never_fitted_but_by_the_reply_model() -> None:
    """Not writers' sets (the build scripts fit on WRITERS' dev splits), and nothing in them is dev anyway; only the
    reply model reads the first ones (``OUTSIDE_FITTED``), never the sets from 45 on."""
    assert set(OUTSIDE).isdisjoint(WRITERS)
    assert OUTSIDE[: len(OUTSIDE_FITTED)] == OUTSIDE_FITTED and "outside45" not in OUTSIDE_FITTED
    # every later set is reported in one group of its brief, in order
    assert tuple(n for _, names in OUTSIDE_BLIND for n in names) == OUTSIDE[len(OUTSIDE_FITTED) :]
    for _, entry in ENTRIES:
        assert entry["split"] == "valid"


@pytest.mark.parametrize("name", OUTSIDE)
def test_every_file_is_listed_once_with_the_brief_and_readme(name: str) -> None:
    folder = CORPUS / name
    files = [e["file"] for e in manifest(folder)]
    assert len(files) == len(set(files)) == 10 * PER_KIND[name]
    on_disk = {p.name for p in folder.iterdir() if p.is_file()}
    assert on_disk == {*files, "labels.jsonl", "README.md", "PROMPT.md"}
    assert "from the definitions below" in (folder / "PROMPT.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", OUTSIDE)
def test_each_kind_in_the_briefs_rotation_of_formats(name: str) -> None:
    """As many of each kind, and conversation n of the kind with index k in format (n - 1 + k) mod the count."""
    entries = manifest(CORPUS / name)
    assert Counter(e["kind"] for e in entries) == dict.fromkeys(KINDS, PER_KIND[name])
    kinds = list(SHORT)
    for entry in entries:
        stem = entry["file"].split(".")[0]
        assert stem[:2] == SHORT[entry["kind"]] and stem[2:4] == MARKS[name] and stem[4:].isdigit(), stem
        if name not in FREE:
            formats = FORMATS[name]
            assert entry["format"] == formats[(int(stem[4:]) - 1 + kinds.index(entry["kind"])) % len(formats)], stem
    if name in FREE:  # the brief: at least eight formats or variants, none for more than five files
        used = Counter(e["format"] for e in entries)
        assert len(used) >= 8 and max(used.values()) <= 5


@pytest.mark.parametrize(("name", "entry"), ENTRIES, ids=[f"{n}/{e['file']}" for n, e in ENTRIES])
def test_each_file_reads_as_its_writer_labelled_it(name: str, entry: dict[str, Any]) -> None:
    """Detected as its format, one conversation of the listed length, speakers in order of first appearance, each
    disclosure by its speaker and answered by someone else, labels in range."""
    check_labels(entry)
    path = CORPUS / name / entry["file"]
    # "[2024-03-14 20:02:11] Name: text" is also a WhatsApp iPhone export in an ISO-date locale: either reader reads it
    dated = name in FREE and "YYYY-MM-DD" in entry["format"]
    assert detect(path).name in {reader_of(name, entry["format"]), *(["whatsapp"] if dated else [])}
    (conv,) = read(path)
    assert len(conv) == entry["utterances"]
    # sigtop writes the phone's owner as "You"; the reader names them "Me", as the other phone exports do
    owner = {"You": "Me"} if "sigtop" in entry["format"] else {}
    assert [s.name for s in conv.speakers] == [owner.get(s, s) for s in entry["speakers"]]
    for d in entry["disclosures"]:
        assert conv.utterances[d["index"]].speaker == owner.get(d["speaker"], d["speaker"])
        if d["response_index"] is not None:
            assert conv.utterances[d["response_index"]].speaker != d["speaker"]


@pytest.mark.parametrize("name", OUTSIDE)
def test_validate_kinds_scores_every_conversation(name: str) -> None:
    folder = default_corpus(name)
    assert folder == CORPUS / name
    result = validate_kinds(folder, "valid")
    assert result.n == 10 * PER_KIND[name]
    assert {gold: sum(row.values()) for gold, row in result.confusion.items()} == dict.fromkeys(KINDS, PER_KIND[name])
    assert result.response_n == sum(1 for e in manifest(folder) if e["main_disclosure"] is not None)
