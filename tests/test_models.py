"""The featurizer and the numpy linear scorer: stable hashing, scoring against a slow reference, model files."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import zlib
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from heart2heart.errors import ModelError
from heart2heart.models import load_model, resolve_model
from heart2heart.models.features import DENSE, Featurizer, FeaturizerConfig, previous_turn, tokenize
from heart2heart.models.linear import FORMAT_VERSION, Head, LinearModel

TEXTS = ["How was work?", "What was the hardest part of your day?", "mm-hm", "You should try yoga.", ""]
CONTEXTS = ["", "I had a rough day at work", "I was so tired", "I can't sleep", "anything"]
MASK = (1 << 64) - 1
GOLD, P0 = 0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F


def _dense(name: str, bits: int = 18) -> int:
    return (1 << bits) + DENSE.index(name)


def test_tokenize_keeps_apostrophes_hyphens_and_question_marks() -> None:
    assert tokenize("I’ve said mm-hm. Really?!") == ["i've", "said", "mm-hm", ".", "really", "?", "!"]


def test_previous_turn_skips_own_utterances_and_joins_the_other_speakers_run() -> None:
    # the current speaker said "a2" just before: skip it, then take the other speaker's run "b1 b2"
    assert previous_turn(("a1", "b1", "b2", "a2"), (True, False, False, True)) == "b1 b2"
    assert previous_turn(("b1",), (False,)) == "b1"
    assert previous_turn(("a1",), (True,)) == ""
    assert previous_turn((), ()) == ""


def test_unigram_column_is_crc32_based_and_computed_by_hand() -> None:
    x = Featurizer(FeaturizerConfig(bits=18, char_ngrams=0)).transform(["hello"], [""])
    key = (zlib.crc32(b"hello") * P0 + 11) & MASK
    expected = ((key * GOLD) & MASK) >> (64 - 18)
    assert expected in x.indices.tolist()


def test_dense_features_of_clear_sentences() -> None:
    x = Featurizer().transform(TEXTS, CONTEXTS)
    col = {name: x.column(name).tolist() for name in DENSE}
    assert col["qmark"] == [1, 1, 0, 0, 0]
    assert col["wh_first"] == [1, 1, 0, 0, 0]
    assert col["qsent_wh"] == [1, 1, 0, 0, 0]
    assert col["all_backchannel"] == [0, 0, 1, 0, 0]
    assert col["no_context"] == [1, 0, 0, 0, 0]
    # "hardest part of your day" shares "day" (and "work"? no) with "I had a rough day at work": content words of
    # the utterance are what/hardest/part/day minus stop words -> hardest, part, day; shared: day -> 1/3
    assert col["overlap_frac"][1] == pytest.approx(1 / 3)
    assert col["phrase_advice"][3] > 0  # "you should" and "try"
    assert x.offsets[-1] == len(x.indices) == len(x.values)
    assert np.all(np.diff(x.offsets) > 0)  # every row has entries


def test_conjunction_features_rising_intonation_prompts_tags_and_own_past() -> None:
    texts = ["Yeah?", "He did it?", "So you feel stuck?", "Have you tried yoga?", "Tell me about your week.",
             "I went through the same and I had help", "she needed that, didn't she.", "what kind of car,",
             "what is it?", "do you have pets."]  # fmt: skip
    contexts = ["I went", "So, he did it.", "", "", "", "", "", "", "", ""]
    x = Featurizer().transform(texts, contexts)
    col = {name: x.column(name).tolist() for name in DENSE}
    assert col["q_backchannel"] == [1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    # short, with a "?" and echoing the previous turn: "He did it?" has only stop words; "Yeah?" none at all
    assert col["q_echo"] == [1, 1, 0, 0, 0, 0, 0, 0, 0, 0]
    assert col["q_reflect"] == [0, 0, 1, 0, 0, 0, 0, 0, 0, 0]  # "so you", "you feel"
    assert col["q_advice"] == [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]  # "have you tried"
    assert col["q_declarative"] == [1, 1, 1, 0, 0, 0, 0, 0, 0, 0]  # ends in "?" without a wh/aux opening
    assert col["prompt_no_qmark"] == [0, 0, 0, 0, 1, 0, 0, 0, 0, 0]  # "tell me"
    assert col["aux_subj_no_qmark"] == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1]
    assert col["i_past"][5] == pytest.approx(np.log1p(2))  # "i went", "i had"
    assert col["tag_question"] == [0, 0, 0, 0, 0, 0, 1, 0, 0, 0]  # not "what is it?": the aux follows a wh-word
    assert col["wh_no_qmark"] == [0, 0, 0, 0, 0, 0, 0, 1, 0, 0]


def test_featurizer_is_the_same_in_another_process() -> None:
    here = Featurizer().transform(TEXTS, CONTEXTS)
    code = (
        "import json; from heart2heart.models.features import Featurizer;"
        f"x = Featurizer().transform({TEXTS!r}, {CONTEXTS!r});"
        "print(json.dumps([x.indices.tolist(), x.values.tolist(), x.offsets.tolist()]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env={"PYTHONHASHSEED": "123"}
    )
    indices, values, offsets = json.loads(out.stdout)
    assert indices == here.indices.tolist()
    assert values == pytest.approx(here.values.tolist())
    assert offsets == here.offsets.tolist()


def test_featurizer_does_not_depend_on_batch_composition() -> None:
    f = Featurizer()
    together = f.transform(TEXTS, CONTEXTS)
    alone = Featurizer().transform(TEXTS[3:4], CONTEXTS[3:4])
    a, b = together.offsets[3], together.offsets[4]
    assert sorted(together.indices[a:b].tolist()) == sorted(alone.indices.tolist())


def _tiny_model() -> LinearModel:
    """Hand-made: head "q" (binary) weighs '?' by 2 and has bias -1; head "k" (softmax, 2 classes) weighs
    wh_first (+1, -1) and the unigram "yoga" (0, 3)."""
    cfg = FeaturizerConfig(bits=18, char_ngrams=3)
    f = Featurizer(cfg)
    yoga = f.transform(["yoga"], [""])
    key = (zlib.crc32(b"yoga") * P0 + 11) & MASK
    yoga_col = ((key * GOLD) & MASK) >> (64 - 18)
    assert yoga_col in yoga.indices.tolist()
    keys = np.array(sorted([_dense("qmark"), _dense("wh_first"), yoga_col]), dtype=np.int64)
    rows = np.zeros((3, 3), dtype=np.float32)
    for i, k in enumerate(keys.tolist()):
        if k == _dense("qmark"):
            rows[i] = [2.0, 0.0, 0.0]
        elif k == _dense("wh_first"):
            rows[i] = [0.0, 1.0, -1.0]
        else:
            rows[i] = [0.0, 0.0, 3.0]
    heads = {"q": Head("q", "binary", 0), "k": Head("k", "softmax", 1, ("a", "b"))}
    return LinearModel(heads, keys, rows, np.array([-1.0, 0.0, 0.5], dtype=np.float32), cfg)


def test_scores_hand_computed() -> None:
    model = _tiny_model()
    x = Featurizer(model.config).transform(["How are you?", "Fine.", "Try yoga"], ["", "", ""])
    s = model.scores(x)
    np.testing.assert_allclose(s, [[1.0, 1.0, -0.5], [-1.0, 0.0, 0.5], [-1.0, 0.0, 3.5]], atol=1e-6)
    assert model.head_scores(s, "k").shape == (3, 2)


def test_scores_equal_slow_reference() -> None:
    model = _tiny_model()
    rng = np.random.default_rng(7)
    model.rows = rng.normal(size=model.rows.shape).astype(np.float32)
    model._slot = model._table = None
    x = Featurizer(model.config).transform(TEXTS, CONTEXTS)
    fast = model.scores(x)
    weights = {int(k): model.rows[i] for i, k in enumerate(model.keys)}
    for r in range(len(TEXTS)):
        slow = model.bias.astype(np.float64).copy()
        for j in range(x.offsets[r], x.offsets[r + 1]):
            w = weights.get(int(x.indices[j]))
            if w is not None:
                slow += float(x.values[j]) * w
        assert fast[r] == pytest.approx(slow, abs=1e-5)


def test_save_load_round_trip(tmp_path: Path) -> None:
    model = _tiny_model()
    model.meta["name"] = "tiny"
    model.save(tmp_path / "m")
    back = LinearModel.load(tmp_path / "m")
    assert back.heads == model.heads and back.meta["name"] == "tiny"
    x = Featurizer(model.config).transform(["How are you?"], [""])
    np.testing.assert_allclose(back.scores(x), model.scores(x), atol=1e-3)
    assert load_model(tmp_path / "m").heads == model.heads


def test_prepared_tables_are_cached_and_mapped_on_the_next_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    model = _tiny_model()
    model.save(tmp_path / "m")
    x = Featurizer(model.config).transform(["How are you?", "Try yoga"], ["", ""])
    first = LinearModel.load(tmp_path / "m")  # builds the tables and writes them to the cache
    entries = list((tmp_path / "cache" / "heart2heart" / "models").iterdir())
    assert len(entries) == 1 and sorted(p.name for p in entries[0].iterdir()) == [
        "bias.npy", "dense.npy", "keys.npy", "scalars.json", "slot.npy", "table.npy",
    ]  # fmt: skip
    # (the weight rows are not needed to score: not kept twice)
    # the saved float16 weights are kept as they are (no float32 round trip): the same tables as from float32 rows
    assert first.rows.dtype == np.float16
    as32 = LinearModel(first.heads, first.keys, first.rows.astype(np.float32), first.bias, first.config)
    for built, expected in zip(first._lookup(), as32._lookup(), strict=True):
        np.testing.assert_array_equal(built, expected)
    second = LinearModel.load(tmp_path / "m")  # maps them
    assert isinstance(second._table, np.memmap)
    np.testing.assert_array_equal(second.scores(x), first.scores(x))
    np.testing.assert_allclose(second.scores(x), [[1.0, 1.0, -0.5], [-1.0, 0.0, 3.5]], atol=1e-6)
    # a mapped model reads its rows from the weights file only when asked (saving it): the same model
    assert second._rows is None
    second.save(tmp_path / "copy")
    assert (tmp_path / "copy" / "weights.npz").read_bytes() == (tmp_path / "m" / "weights.npz").read_bytes()
    # a damaged entry is ignored (the tables are built again); a changed model gets its own entry
    (entries[0] / "scalars.json").write_text("{")
    np.testing.assert_array_equal(LinearModel.load(tmp_path / "m").scores(x), first.scores(x))
    assert json.loads((entries[0] / "scalars.json").read_text())  # rewritten whole
    mapped = LinearModel.load(tmp_path / "m")
    model.bias[0] = 5.0
    model.save(tmp_path / "m")
    assert LinearModel.load(tmp_path / "m").scores(x)[0, 0] == pytest.approx(7.0)
    assert len(list((tmp_path / "cache" / "heart2heart" / "models").iterdir())) == 2
    # a model mapped before its weights file was replaced does not take rows that are not its own
    with pytest.raises(ModelError, match="weights changed"):
        _ = mapped.rows


def test_old_prepared_tables_are_pruned_least_recently_used_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each model version writes a folder of prepared tables; upgrades would pile them up. Writing one prunes the
    # folders used least recently beyond the budget, and half-written folders over an hour old; reading one marks
    # it used.
    import heart2heart.models.linear as linear

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    models = tmp_path / "cache" / "heart2heart" / "models"
    model = _tiny_model()
    model.save(tmp_path / "m")
    LinearModel.load(tmp_path / "m")
    (current,) = models.iterdir()
    size = sum(f.stat().st_size for f in current.iterdir())
    now = time.time()
    for n, age in enumerate([10, 20, 30, 40]):  # four older versions, the first used most recently
        old = models / f"old{n}"
        old.mkdir()
        (old / "table.npy").write_bytes(b"x" * size)
        os.utime(old, (now - age * 86400, now - age * 86400))
    stale, fresh = models / ".abc.123.part", models / ".abc.456.part"
    for part, age in ((stale, 7200), (fresh, 60)):
        part.mkdir()
        os.utime(part, (now - age, now - age))
    os.utime(current, (now - 50 * 86400, now - 50 * 86400))
    LinearModel.load(tmp_path / "m")  # a read: marks its folder used, prunes nothing
    assert current.stat().st_mtime > now - 60 and len(list(models.iterdir())) == 7
    monkeypatch.setattr(linear, "CACHE_BUDGET", 3 * size + size // 2)
    model.bias[0] = 5.0
    model.save(tmp_path / "m")
    before = {p.name for p in models.iterdir()}
    LinearModel.load(tmp_path / "m")  # a new version: written, then the cache pruned to three folders' worth
    (written,) = {p.name for p in models.iterdir()} - before
    assert {p.name for p in models.iterdir()} == {written, current.name, "old0", fresh.name}


def test_an_unwritable_cache_only_costs_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "file").write_text("not a folder")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "file"))
    model = _tiny_model()
    model.save(tmp_path / "m")
    x = Featurizer(model.config).transform(["How are you?"], [""])
    np.testing.assert_allclose(LinearModel.load(tmp_path / "m").scores(x), [[1.0, 1.0, -0.5]], atol=1e-6)


def test_missing_model_file(tmp_path: Path) -> None:
    _tiny_model().save(tmp_path / "m")
    (tmp_path / "m" / "weights.npz").unlink()
    with pytest.raises(ModelError, match=r"weights\.npz: model file not found"):
        LinearModel.load(tmp_path / "m")


def _npy_bytes() -> bytes:
    buffer = io.BytesIO()
    np.save(buffer, np.zeros(3))
    return buffer.getvalue()


def _npz_bytes(**arrays: Any) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    return buffer.getvalue()


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a zip file",
        _npy_bytes(),  # one array saved under the archive's name
        _npz_bytes(keys=np.zeros(2, dtype=np.int32)),  # an archive without rows or bias
        _npz_bytes(keys=np.array(["a", "b"]), rows=np.zeros((2, 3)), bias=np.zeros(3)),  # keys that are not numbers
    ],
    ids=["not-zip", "bare-npy", "missing-arrays", "text-keys"],
)
def test_corrupt_weights(tmp_path: Path, content: bytes) -> None:
    _tiny_model().save(tmp_path / "m")
    (tmp_path / "m" / "weights.npz").write_bytes(content)
    with pytest.raises(ModelError, match=r"weights\.npz: corrupt weights"):
        LinearModel.load(tmp_path / "m")


def test_corrupt_description(tmp_path: Path) -> None:
    _tiny_model().save(tmp_path / "m")
    (tmp_path / "m" / "model.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelError, match="not a readable model description"):
        LinearModel.load(tmp_path / "m")


def test_version_mismatch(tmp_path: Path) -> None:
    _tiny_model().save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    meta["format_version"] = FORMAT_VERSION + 1
    (tmp_path / "m" / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="format version"):
        LinearModel.load(tmp_path / "m")


def test_weights_not_matching_description(tmp_path: Path) -> None:
    _tiny_model().save(tmp_path / "m")
    meta = json.loads((tmp_path / "m" / "model.json").read_text(encoding="utf-8"))
    meta["width"] = 5
    (tmp_path / "m" / "model.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="do not match"):
        LinearModel.load(tmp_path / "m")


def test_unknown_model_name() -> None:
    with pytest.raises(ModelError, match="unknown model 'no-such-model'"):
        resolve_model("no-such-model")


def test_default_model_ships_and_loads() -> None:
    model = load_model()
    assert model.meta["tier"] == "default"
    assert set(model.meta["data"]) <= {"annomi", "goemotions", "corpus"}
    assert {"question", "question_open", "reflection", "advice", "emotion"} <= set(model.heads)


def test_a_cached_model_is_found_without_reading_its_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The cache entry is named from the zip's directory (member CRC-32s and sizes), so a cache hit never reads or
    # hashes the 4 MB of weights; a changed weight still gets its own entry (the test above).
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    _tiny_model().save(tmp_path / "m")
    first = LinearModel.load(tmp_path / "m")
    weights = tmp_path / "m" / "weights.npz"
    real = Path.read_bytes

    def guarded(self: Path) -> bytes:
        assert self != weights, "the weights were read on a cache hit"
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", guarded)
    second = LinearModel.load(tmp_path / "m")
    assert isinstance(second._table, np.memmap)
    np.testing.assert_array_equal(second.bias, first.bias)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the detached write forks (Linux only)")
def test_a_first_load_leaves_the_tables_to_a_detached_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The command that loads the model does not wait for the tables to be written (nor hold its caller's pipes
    # open while they are): they appear whole a moment later, and the next load maps them.
    _tiny_model().save(tmp_path / "m")
    cache = tmp_path / "cache"
    code = "import sys; from heart2heart.models.linear import LinearModel; LinearModel.load(sys.argv[1]); print('ok')"
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path / "m")], capture_output=True, text=True, env=env,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout == "ok\n"
    models = cache / "heart2heart" / "models"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any(p.name[0] != "." for p in models.glob("*")):
        time.sleep(0.05)
    (entry,) = [p for p in models.iterdir() if not p.name.startswith(".")]
    assert sorted(p.name for p in entry.iterdir()) == [
        "bias.npy", "dense.npy", "keys.npy", "scalars.json", "slot.npy", "table.npy",
    ]  # fmt: skip
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    assert isinstance(LinearModel.load(tmp_path / "m")._table, np.memmap)


def test_a_lazy_model_scores_the_same_bytes_as_the_whole_table() -> None:
    # A first load scores from rows converted as they are used (in units of 2**-24, int64) while a detached process
    # writes the whole table (in units of 2**(shift - 24), int32): the same sums, so the same scores, on both
    # feature layouts; prepare() then builds the whole table and scores the same again.
    from heart2heart.models.fast import FastFeaturizer

    loaded = load_model()
    whole = LinearModel(loaded.heads, loaded.keys, loaded.rows, loaded.bias, loaded.config, loaded.meta)
    lazy = LinearModel(loaded.heads, loaded.keys, loaded.rows, loaded.bias, loaded.config, loaded.meta, _lazy=True)
    texts = ["How was work, really?", "I felt invisible in the meeting again.", "You should talk to HR.", "mm",
             "When my dad was ill I felt like I was failing everyone.", "🙂", "ok ok ok ok", ""]  # fmt: skip
    contexts = ["", texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6]]
    rows = Featurizer(loaded.config).transform(texts, contexts)
    parts = FastFeaturizer(loaded.config).parts(texts, contexts)
    for x in (rows, parts, rows):
        got = lazy.scores(x)
        assert got.tobytes() == whole.scores(x).tobytes()
    assert lazy._filled is not None and 0 < lazy._filled.sum() < len(lazy._filled) // 2  # only the rows used
    assert lazy._shift == 0 and whole._shift > 0
    lazy.prepare()
    assert lazy._filled is None and lazy.scores(parts).tobytes() == whole.scores(parts).tobytes()
