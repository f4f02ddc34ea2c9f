"""`h2h annotate`'s streaming path against the reference: context runs, byte tokens, label codes, worker processes."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from heart2heart.annotate.pipeline import ContextTracker, Pipeline, label_stream
from heart2heart.annotate.stream import StreamLabeller, context_runs, decode, label_codes
from heart2heart.annotate.writer import canonical_rows, iter_batches, write_annotated, write_batches
from heart2heart.errors import ParseError
from heart2heart.model import Labels
from heart2heart.models import fast as fast_module
from heart2heart.models import load_model
from heart2heart.models.bytetok import scan
from heart2heart.models.fast import ContextRuns, FastFeaturizer
from heart2heart.models.features import Featurizer

TEXTS = [
    "How are you?", "", "I\u2019m fine... you?", "a-'b ''x'' --y-- it's-a-test", "\u212aelvin STRASSE",
    "no\x02marker\x03here", "supercalifragilisticexpialidocious-and-more words", "ok ok ok", "mm-hm",
    "It sounds like you feel alone.", "Have you tried yoga?", "I feel so alone lately", "\U0001f600 lol",
]  # fmt: skip


def _reference_contexts(convs: list[str], speakers: list[str], texts: list[str]) -> list[str]:
    tracker = ContextTracker()
    return [tracker.context(c, s, t) for c, s, t in zip(convs, speakers, texts, strict=True)]


def test_context_runs_hand_computed() -> None:
    lo, hi = context_runs([0, 1, 0, 0, 1, 1, 2], np.array([1, 0, 0, 0, 0, 1, 0], dtype=bool))
    assert list(zip(lo.tolist(), hi.tolist(), strict=True)) == [(0, 0), (0, 1), (1, 2), (1, 2), (2, 4), (5, 5), (5, 6)]
    # only the last four utterances count: b b b b b a -> the a sees utterances 1-4, not 0
    lo, hi = context_runs([1, 1, 1, 1, 1, 0], np.array([1, 0, 0, 0, 0, 0], dtype=bool))
    assert (int(lo[5]), int(hi[5])) == (1, 5)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 2), st.integers(0, 2)), min_size=1, max_size=40))
def test_context_runs_same_as_tracker(rows: list[tuple[int, int]]) -> None:
    convs = [f"c{c}" for c, _ in rows]
    speakers = [f"s{s}" for _, s in rows]
    texts = [f"t{i}" for i in range(len(rows))]
    starts = np.array([i == 0 or convs[i] != convs[i - 1] for i in range(len(rows))])
    lo, hi = context_runs([int(s[1:]) for s in speakers], starts)
    got = [" ".join(texts[a:b]) for a, b in zip(lo.tolist(), hi.tolist(), strict=True)]
    assert got == _reference_contexts(convs, speakers, texts)


def test_context_runs_as_strings() -> None:
    runs = ContextRuns(["c", "d"], ["a", "b"], np.array([0, 3]), np.array([2, 3]))
    assert list(runs) == ["a b", ""]
    assert runs[0:1] == ["a b"]


@settings(max_examples=120, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab1'-?!. \u212aK\u00e9x\u2019Z\x02")), max_size=60))
def test_byte_tokens_same_as_pattern(text: str) -> None:
    low = text.lower().replace("\u2019", "'")
    data = low.encode("utf-8")
    _, starts, ends = scan(data)
    got = [data[a:b].decode() for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]
    assert got == re.findall(r"[a-z0-9]+(?:['\-][a-z0-9]+)*|[?!.\x02\x03]", low)


def test_byte_token_keys_name_words_exactly() -> None:
    keys, _, _ = scan(b"ab ba ab a'b abcdefghijklm abcdefghijklz ?")
    assert keys[0] == keys[2] == 1 + 2 * 39  # 'a' = 1, 'b' = 2, little-endian base 39
    assert len(set(keys[:4].tolist())) == 3
    assert keys[4] == keys[5] == 2**64 - 512  # both longer than 12 characters: looked up by string
    assert keys[6] == 2**64 - 256 + ord("?")


def _same_features(texts: list[str], batch: int, monkeypatch: pytest.MonkeyPatch | None = None) -> None:
    model = load_model()
    fast, ref = FastFeaturizer(model.config), Featurizer(model.config)
    speakers = ["ab"[i % 3 == 0] for i in range(len(texts))]
    convs = ["x" if i < len(texts) // 2 else "y" for i in range(len(texts))]
    contexts = _reference_contexts(convs, speakers, texts)
    labeller_carry: tuple[list[str], list[str]] = ([], [])
    from heart2heart.annotate.stream import carry_after

    for i in range(0, len(texts), batch):
        tx, sp = texts[i : i + batch], speakers[i : i + batch]
        starts = [j for j in range(len(tx)) if i + j == 0 or convs[i + j] != convs[i + j - 1]]
        carry_t, carry_s = labeller_carry if not (starts and starts[0] == 0) else ([], [])
        codes: dict[str, int] = {}
        spk = [codes.setdefault(s, len(codes)) for s in [*carry_s, *sp]]
        flags = np.zeros(len(spk), dtype=bool)
        flags[np.array(starts, dtype=np.int64) + len(carry_t)] = True
        lo, hi = context_runs(spk, flags)
        runs = ContextRuns(tx, carry_t, lo[len(carry_t) :], hi[len(carry_t) :])
        assert list(runs) == contexts[i : i + batch]
        labeller_carry = carry_after(labeller_carry, tx, sp, starts)
        parts, rows = fast.parts(tx, runs), ref.transform(tx, contexts[i : i + batch])
        got = parts.to_rows()
        for name in ("offsets", "indices", "values", "dense"):
            np.testing.assert_array_equal(getattr(got, name), getattr(rows, name))
        np.testing.assert_array_equal(model.scores(parts), model.scores(rows))


def test_runs_features_and_scores_same_as_reference_across_batches() -> None:
    texts = TEXTS * 6
    for batch in (1, 4, 7, 100):
        _same_features(texts, batch)


def test_vocabulary_starting_over_gives_same_features(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fast_module, "_MAX_VOCAB", 40)
    _same_features([f"{t} w{i} v{i}" for i, t in enumerate(TEXTS * 4)], 5)


def test_label_codes_decode_to_label_dicts() -> None:
    pipe = Pipeline()
    texts = [*TEXTS, "I'm so sorry, that must be really hard. Do you want to talk about it?"]
    batch = pipe.run(texts, ["", *texts[:-1]])
    batch.columns["valence"][:3] = [-0.0, -1.0, 0.123]
    codes = label_codes(batch)
    assert codes is not None
    got = [decode(c, batch.emotions) for c in codes.tolist()]
    assert orjson.dumps(got) == orjson.dumps(batch.label_dicts())
    assert orjson.dumps(got[0]["valence"]) == b"-0.0"
    batch.columns["valence"][0] = 0.1234  # not on the 3-decimal grid: no code, the caller uses the dicts
    assert label_codes(batch) is None


def _write_input(path: Path) -> None:
    rows: list[dict[str, object]] = []
    for i, t in enumerate(TEXTS * 5):
        conv = "c1" if i < 20 else ("c2" if i < 41 else "c3")
        row = {"conversation": conv, "speaker": "ab"[i % 3 == 0], "text": t, "start": i if i % 7 else None}
        rows.append({**row, "media": True} if i % 11 == 4 else row)  # a few placeholders: default labels
    lines = [orjson.dumps(r) for r in rows]
    lines[3] = lines[3] + b"\r"  # CRLF line
    lines.insert(5, b"   ")  # blank line, skipped
    lines[10] = orjson.dumps({**rows[9], "start": "1.5"})  # the reader's slow path (start given as text)
    path.write_bytes(b"\xef\xbb\xbf" + b"\n".join(lines) + b"\n")


def test_write_batches_same_bytes_as_reference_path(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    _write_input(src)
    pipe = Pipeline()
    rows = list(canonical_rows(src))  # the reference: tracker contexts, label dicts, each row dumped whole
    stream = label_stream(rows, lambda r: (r["conversation"], r["speaker"], r["text"]), pipe, 9, lambda r: r["media"])
    expected = b"".join(
        orjson.dumps({**r, "labels": lab}) + b"\n" for rs, labs in stream for r, lab in zip(rs, labs, strict=True)
    )
    assert len(expected.splitlines()) == len(TEXTS) * 5
    placeholders = [orjson.loads(line) for line in expected.splitlines() if b'"media":true' in line]
    assert len(placeholders) == 6 and all(r["labels"] == Labels().to_dict() for r in placeholders)
    assert any(r["labels"] != Labels().to_dict() for r in map(orjson.loads, expected.splitlines()))
    via_dicts = tmp_path / "dicts.jsonl"
    write_annotated(canonical_rows(src), via_dicts, pipe, batch_size=9)
    assert via_dicts.read_bytes() == expected
    for workers, size in ((0, 4), (0, 2048), (1, 5), (2, 3)):
        out = tmp_path / f"out{workers}-{size}.jsonl"
        n = write_batches(iter_batches([src], format=None, gap=None, batch_size=size), out, pipe, workers=workers)
        assert n == len(expected.splitlines())
        assert out.read_bytes() == expected, (workers, size)


def test_reference_labels_through_stream_labeller() -> None:
    pipe = Pipeline()
    texts = TEXTS * 3
    speakers = ["ab"[i % 2] for i in range(len(texts))]
    contexts = _reference_contexts(["c"] * len(texts), speakers, texts)
    expected = pipe.run(texts, contexts).label_dicts()
    labeller = StreamLabeller(pipe)
    got: list[dict[str, object]] = []
    for i in range(0, len(texts), 6):
        lab = labeller.label(texts[i : i + 6], speakers[i : i + 6], [0] if i == 0 else [])
        assert lab.codes is not None
        got.extend(decode(c, lab.emotions) for c in lab.codes.tolist())
    assert orjson.dumps(got) == orjson.dumps(expected)


def test_errors_keep_reader_messages_and_line_numbers(tmp_path: Path) -> None:
    src = tmp_path / "bad.jsonl"
    src.write_bytes(b'{"speaker": "a", "text": "hi"}\n\n{"speaker": "a", "text": }\n')
    with pytest.raises(ParseError) as ref:
        list(canonical_rows(src))
    with pytest.raises(ParseError) as got:
        list(iter_batches([src], format=None, gap=None))
    assert str(got.value) == str(ref.value)
    assert f"{src}:3: bad JSON (" in str(got.value)
    # UTF-8 (the emoji), damaged on line 2: not read as Windows-1252
    src.write_bytes(b'{"speaker": "a", "text": "hi \xf0\x9f\x91\x8b"}\n{"speaker": "a", "text": "\xff"}\n')
    with pytest.raises(ParseError, match=r":2: not UTF-8 text"):
        list(iter_batches([src], format=None, gap=None))
    src.write_bytes(b'{"conversation": "x", "speaker": "a", "text": "hi"}\n{"conversation": "y", "speaker": "a", '
                    b'"text": "hi"}\n{"conversation": "x", "speaker": "a", "text": "hi"}\n')  # fmt: skip
    with pytest.raises(ParseError, match=r":3: rows of conversation 'x' must be contiguous"):
        list(iter_batches([src], format=None, gap=None))


@pytest.mark.parametrize(
    "text",
    [
        '{"author": "Ana", "message": "hi", "sent_at": "2024-01-01T10:00:00Z"}\n{"author": "Ben", "message": "hey"}\n',
        '[{"speaker": "Ana", "text": "hi"},\n {"speaker": "Ben", "text": "hey", "time": "20:26:02"}]\n',
        '{"speaker": "Ana", "text": "hi", "time": "20:26:02"}\n{"speaker": "Ben", "text": "hey", "time": "20:26:09"}\n',
        '{"from": "Ben", "body": "hey", "timestamp": 1704103260}\n'
        '{"from": "Ana", "body": "hi", "timestamp": 1704103200}\n',
        '{"speaker": "Ben", "text": "hey", "time": "2024-01-01T10:01:00"}\n'
        '{"speaker": "Ana", "text": "hi", "time": "2024-01-01T10:00:00"}\n',
        '{"speaker": "Ben", "text": "hey", "start": 4.5}\n{"speaker": "Ana", "text": "hi", "start": 0.0}\n',
        '{"author": {"id": 1, "name": "Ana"}, "content": "hi"}\n'
        '{"author": {"id": 2, "name": "Ben"}, "content": "hey"}\n',
        '{"segments": [{"start": 0, "end": 1, "text": " hi", "speaker": "Ana"},\n'
        ' {"start": 1, "end": 2, "text": " hey", "speaker": "Ben"}]}\n',
        '{\n "chat": {"participants": [{"id": 1, "name": "Ana"}, {"id": 2, "name": "Ben"}],\n'
        ' "messages": [{"author": {"id": 1}, "body": {"text": "hi"}},\n'
        ' {"author": {"id": 2}, "body": {"text": "hey"}}]}\n}\n',
    ],
    ids=[
        "other-keys",
        "json-array",
        "times-of-day",
        "newest-first-unix",
        "newest-first-iso",
        "newest-first-seconds",
        "author-objects",
        "whisperx-segments",
        "nested-chat",
    ],
)
def test_annotate_reads_json_rows_as_the_jsonl_reader_does(tmp_path: Path, text: str) -> None:
    """The fast paths and the reader agree on other tools' keys, a JSON array, times of day and a conversation listed
    newest first (read oldest first)."""
    from heart2heart.formats import read

    src = tmp_path / "in.jsonl"
    src.write_text(text, encoding="utf-8")
    expected = [{k: v for k, v in u.to_row().items() if k != "labels"} for c in read(src) for u in c.utterances]
    assert [(r["speaker"], r["text"]) for r in expected] == [("Ana", "hi"), ("Ben", "hey")]
    from heart2heart.annotate.writer import iter_rows

    assert list(iter_rows([src], format=None, gap=None)) == expected
    batched = [orjson.loads(line + b"}") for b in iter_batches([src], format=None, gap=None) for line in b.rows]
    assert batched == expected


def test_trigram_columns_same_as_reference_vocabulary() -> None:
    from heart2heart.models.fast import _BatchVocab
    from heart2heart.models.features import FeaturizerConfig, _Vocab

    config = FeaturizerConfig()
    words = ["ab", "abc", "hello", "?", "it's-a-test", "supercalifragilistic", "x", "a1b2c3d4e5f6g7", "abcdefghijkl",
             "abcdefghijklm", "--", "caf\u00e9s"]  # fmt: skip
    ref = _Vocab(config)
    for w in words:
        ref.add(w)
    for chunk in (words[:-1], words):  # all ASCII (the trigram table), then one that is not (the n-gram cache)
        fast = _BatchVocab(config)
        fast.add_many(chunk)
        np.testing.assert_array_equal(fast.chars[: len(chunk) + 2], ref.chars[: len(chunk) + 2])


def test_key_table_finds_every_key_through_growth_and_collisions() -> None:
    from heart2heart.models.bytetok import KeyTable

    table = KeyTable(bits=4)  # 16 slots: grows several times, keys share home slots
    keys = np.array([3, 5, 7, 2**63, 2**64 - 1, 12345678901234567], dtype=np.uint64)
    table.put(keys, np.array([10, 11, 12, 13, 14, 15]))
    more = np.arange(100, 1100, dtype=np.uint64) * np.uint64(2**40)  # same low bits: probing in action
    table.put(more, np.arange(1000, 2000))
    assert table.get(keys).tolist() == [10, 11, 12, 13, 14, 15]
    np.testing.assert_array_equal(table.get(more), np.arange(1000, 2000))
    assert table.get(np.array([4, 99 * 2**40], dtype=np.uint64)).tolist() == [-1, -1]
    assert table.size == 1006 and 4 * table.size <= len(table.keys)


def test_error_midway_with_workers_leaves_no_output(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        orjson.dumps({"conversation": "c", "speaker": "ab"[i % 2], "text": TEXTS[i % len(TEXTS)]}) for i in range(60)
    ]
    rows[47] = b'{"speaker": "a", "text": 3}'
    src.write_bytes(b"\n".join(rows) + b"\n")
    out = tmp_path / "out.jsonl"
    batches = iter_batches([src], format=None, gap=None, batch_size=4)
    with pytest.raises(ParseError, match=r"in\.jsonl:48: 'text' must be a string"):
        write_batches(batches, out, Pipeline(), workers=2)
    assert not out.exists()


def test_canonical_rows_reject_a_row_that_ends_before_it_starts(tmp_path: Path) -> None:
    src = tmp_path / "t.jsonl"
    src.write_text(
        '{"speaker": "a", "text": "hi", "start": 1.0, "end": 2.0}\n'
        '{"speaker": "b", "text": "yo", "start": 3.5, "end": 0.5}\n',
        encoding="utf-8",
    )
    with pytest.raises(ParseError) as err:
        list(canonical_rows(src))
    assert err.value.line == 2 and "before 'start'" in err.value.message
