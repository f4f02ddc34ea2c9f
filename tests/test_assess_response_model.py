"""The learned response model: features of made-up disclosure/reply pairs, the fit on a tiny separable set, the
rules as fallback when no weights file is found, and a deterministic build."""

from __future__ import annotations

import importlib.util
import json
import math
import sys
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from heart2heart.assess import response_model as rm
from heart2heart.assess.disclosures import find_disclosures
from heart2heart.assess.response_model import ResponseCase, ResponseModel, features, fit
from heart2heart.assess.text_model import TextModel
from heart2heart.model import Conversation, Turn

DISCLOSED = "I failed my driving test again and I'm so scared I'll never pass"
ROOT = Path(__file__).resolve().parent.parent


def _turn(*texts: str) -> Turn:
    return Conversation.from_texts([("B", t) for t in texts]).turns()[0]


def _on(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 3) for k, v in values.items() if v}


def test_features_of_advice() -> None:
    got = _on(features(ResponseCase(DISCLOSED, _turn("you should book a few more lessons"))))
    # one "you", no "I": (0 + 0.5) / (0 + 1 + 1); 7 words: log(8)
    assert got == {
        "rule_advice": 1.0,
        "advice_any": 1.0,
        "advice_first": 1.0,
        "advice_before_ack": 1.0,
        "me_share": 0.25,
        "you_count": round(math.log(2), 3),
        "log_words": round(math.log(8), 3),
        "utterances": 1.0,
    }


def test_features_of_warmth_and_a_question_about_it() -> None:
    got = _on(features(ResponseCase(DISCLOSED, _turn("oh no, that sounds awful.", "what happened at the test?"))))
    assert got["rule_met"] == 1.0
    assert got["ack_first"] == got["strong_ack"] == got["weak_ack_first"] == 1.0
    assert got["question_about"] == got["refers_back"] == 1.0  # "test" is shared, "what happened" points back
    assert got["shared_roots"] == round(math.log(2), 3)
    assert got["utterances"] == 2.0
    assert "question_unrelated" not in got and "advice_any" not in got


def test_features_of_a_bare_token_an_instruction_and_an_unrelated_question() -> None:
    token = _on(features(ResponseCase(DISCLOSED, _turn("mm"))))
    assert token["rule_none"] == token["bare_token"] == token["short_reply"] == 1.0
    # the rules miss a bare-verb instruction ("Volunteer!"); the feature sees it
    verb = _on(features(ResponseCase(DISCLOSED, _turn("Volunteer! The hospice always needs drivers."))))
    assert verb["rule_deflected"] == verb["bare_verb"] == verb["bare_verb_first"] == 1.0
    away = _on(features(ResponseCase(DISCLOSED, _turn("aw. did you get the boiler fixed?"))))
    assert away["question_unrelated"] == away["ack_then_unrelated"] == away["question_logistics"] == 1.0
    self_turn = _on(features(ResponseCase(DISCLOSED, _turn("haha same, I failed mine three times"))))
    # "i" and "mine": (2 + 0.5) / (2 + 0 + 1)
    assert self_turn["me_share"] == 0.833 and self_turn["me_count"] == round(math.log(3), 3)
    assert self_turn["joke_any"] == self_turn["topper"] == 1.0


def test_every_feature_name_is_present() -> None:
    got = features(ResponseCase(DISCLOSED, _turn("ok")), buckets=8)
    assert set(got) == set(rm.feature_names(8))
    assert len(rm.feature_names(8)) == len(rm.DENSE_NAMES) + 8


def test_fit_separates_a_tiny_set_and_is_deterministic() -> None:
    rows = [{"a": 1.0, "b": 0.0}, {"a": 0.0, "b": 1.0}, {"a": 1.0, "b": 1.0}, {"a": 0.0, "b": 0.0}] * 3
    labels = ["met", "deflected", "advice", "none"] * 3
    model = fit(rows, labels, ("a", "b"), l2=0.01, iterations=3000, free=("a", "b"))  # type: ignore[arg-type]
    assert [model.predict(r) for r in rows[:4]] == ["met", "deflected", "advice", "none"]
    probs = model.probabilities({"a": 1.0, "b": 0.0})
    assert math.isclose(sum(probs.values()), 1.0) and probs["met"] > 0.5
    again = fit(rows, labels, ("a", "b"), l2=0.01, iterations=3000, free=("a", "b"))  # type: ignore[arg-type]
    assert json.dumps(again.to_dict()) == json.dumps(model.to_dict())
    back = ResponseModel.from_dict(model.to_dict())
    assert back.predict({"a": 0.0, "b": 1.0}) == "deflected"


def test_strong_penalty_keeps_weights_small_but_not_on_free_features() -> None:
    rows = [{"a": 1.0, "b": 1.0}, {"a": 0.0, "b": 0.0}] * 4
    labels = ["met", "deflected"] * 4
    model = fit(rows, labels, ("a", "b"), l2=1000.0, free=("a",))  # type: ignore[arg-type]
    # "a" and "b" carry the same signal; only "b" is penalised, so "a" takes the weight
    assert abs(model.weights[0, 0]) > 10 * abs(model.weights[1, 0])


def test_from_dict_rejects_unknown_classes() -> None:
    data = ResponseModel(("a",), ("met",), np.zeros(1), np.ones(1), np.zeros((1, 1)), np.zeros(1), 1.0).to_dict()
    data["classes"] = ["happy"]
    with pytest.raises(ValueError, match="unknown responses"):
        ResponseModel.from_dict(data)


TALK = Conversation.from_texts(
    [
        ("A", "I failed my driving test again and I'm so scared I'll never pass"),
        ("B", "oh no, that sounds awful. what happened?"),
    ]
)


def _always(kind: str, path: Path) -> Path:
    """A weights file whose bias makes ``kind`` win whatever the features."""
    classes = rm.CLASSES
    bias = [5.0 if c == kind else 0.0 for c in classes]
    model = ResponseModel(
        ("rule_met",), classes, np.zeros(1), np.ones(1), np.zeros((1, len(classes))), np.array(bias), 1.0
    )
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    return path


def test_rules_decide_when_the_file_is_absent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("H2H_RESPONSE_MODEL", str(tmp_path / "missing.json"))
    assert rm.decide(ResponseCase(DISCLOSED, _turn("mm"))) is None
    assert find_disclosures(TALK)[0].response == "met"
    monkeypatch.setenv("H2H_RESPONSE_MODEL", "none")
    assert rm.model_path() is None and find_disclosures(TALK)[0].response == "met"


def test_the_model_decides_when_present(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("H2H_RESPONSE_MODEL", str(_always("deflected", tmp_path / "m.json")))
    d = find_disclosures(TALK)[0]
    assert (d.response, d.response_index) == ("deflected", 1)
    monkeypatch.setenv("H2H_RESPONSE_MODEL", str(_always("none", tmp_path / "n.json")))
    assert find_disclosures(TALK)[0].response_index is None


def _build_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_response_model", ROOT / "corpus" / "build_response_model.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_build_is_deterministic(tmp_path: Path) -> None:
    items = [
        ("met", "B: you ok?", "not really, I'm scared about the scan", "oh love, that's a lot. what did they say?"),
        ("advice", "", "I can't sleep, I'm so stressed about work", "you should try melatonin"),
        ("deflected", "", "I feel so lonely since the move", "lol anyway did you see the match"),
        ("none", "", "honestly I've been really low", "k"),
    ]
    with (tmp_path / "pairs.jsonl").open("w", encoding="utf-8") as fh:
        for i, (resp, ctx, disc, reply) in enumerate(items):
            row = {
                "id": f"t{i}",
                "context": [ctx] if ctx else [],
                "disclosure": disc,
                "discloser": "A",
                "replies": [{"speaker": "B", "text": reply}],
                "response": resp,
                "response_at": 0,
                "depth": 3,
                "split": "train",
            }
            fh.write(json.dumps(row) + "\n")
    build = _build_module()
    outs = []
    for name in ("one.json", "two.json"):
        args = [
            "--named",
            "--no-kinds",
            "--no-outside",
            "--pairs",
            str(tmp_path / "pairs.jsonl"),
            "-o",
            str(tmp_path / name),
        ]
        assert build.main(args) == 0
        outs.append((tmp_path / name).read_bytes())
    assert outs[0] == outs[1]
    model = ResponseModel.from_dict(json.loads(outs[0]))
    assert model.features == rm.FEATURE_NAMES and model.classes == rm.CLASSES
    texts = []
    for name in ("one.json", "two.json"):  # without --named: the text model, written as .npz
        args = ["--no-kinds", "--no-outside", "--pairs", str(tmp_path / "pairs.jsonl"), "-o", str(tmp_path / name)]
        assert build.main(args) == 0
        texts.append((tmp_path / name).with_suffix(".npz").read_bytes())
    assert texts[0] == texts[1]
    assert TextModel.from_bytes(texts[0], allowed=rm.CLASSES).classes == ("advice", "deflected", "met", "none")


def test_the_outside_sets_it_learns_from_weigh_more_and_leave_the_blind_ones_out() -> None:
    from heart2heart.assess.validate import OUTSIDE, OUTSIDE_FITTED

    build = _build_module()
    assert build.OUTSIDE_SETS == OUTSIDE_FITTED == OUTSIDE[: len(OUTSIDE_FITTED)]
    assert "outside45" not in OUTSIDE_FITTED and len(OUTSIDE) > len(OUTSIDE_FITTED)  # 45 on: scored blind
    pairs = build.outside_pairs(("outside1",), weight=5.0)["outside1"]
    assert len(pairs) > 20 and {p.weight for p in pairs} == {5.0}
    assert all(p.source.startswith("outside1/") for p in pairs)
    assert {p.weight for p in build.kinds_pairs(build.load_kinds("kinds"))} == {1.0}
    folds = build.dealt(4)  # the folds of --outside-folds and --outside-pipeline: every set once
    assert len(folds) == 4 and sorted(n for fold in folds for n in fold) == sorted(OUTSIDE_FITTED)


def test_emoji_are_named_in_words_for_the_text_model() -> None:
    from heart2heart.assess.response_model import emoji_words
    from heart2heart.models.features import tokenize

    assert tokenize("👍") == [] == tokenize("💔")  # the tokenizer reads letters and digits only
    assert tokenize(emoji_words("👍")) == ["emoji", "thumbs", "up", "sign"]
    assert tokenize(emoji_words("ok 💔💔")) == ["ok", "emoji", "broken", "heart", "emoji", "broken", "heart"]
    assert emoji_words("no emoji here, café") == "no emoji here, café"  # letters, even accented, stay as they are
    case = ResponseCase("I cry most evenings", _turn("👍"), False, 3)
    assert rm.text_document(case)[0] == "👍 emoji thumbs up sign "


def test_blend_adds_the_rule_weight_to_the_rules_answer() -> None:
    probs = {"met": 0.35, "advice": 0.5, "deflected": 0.2, "none": 0.0}
    assert (rm.RULE_WEIGHT, rm.MET_RULE_WEIGHT) == (0.35, 0.2)
    assert rm.blend(probs, "met") == "met"  # 0.55 > 0.5
    assert rm.blend(probs, "deflected") == "deflected"  # 0.55 > 0.5
    assert rm.blend(probs, "none") == "advice"  # 0.35 < 0.5
    assert rm.blend(probs, "none", weight=0.6) == "none"


def test_the_rules_met_weighs_less() -> None:
    # "Right. Are you comfortable with on-call once a month?" after "It was a hard time, honestly.": the rules call
    # it met (a question near the disclosure), the text model a deflection; the rules' met now adds 0.2, not 0.35,
    # so the text model's reading stands.
    probs = {"advice": 0.19, "deflected": 0.52, "met": 0.28, "none": 0.01}
    assert rm.blend(probs, "met") == "deflected"
    assert rm.blend({**probs, "deflected": 0.42, "met": 0.51}, "deflected") == "deflected"  # 0.77 > 0.51


def test_the_text_model_decides_with_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    classes = ("advice", "deflected", "met", "none")
    buckets = 8

    def model(bias: list[float]) -> bytes:
        weights = np.zeros((4, buckets), dtype=np.float32)
        return TextModel(classes, np.ones(buckets, np.float32), weights, np.array(bias, np.float32)).to_bytes()

    monkeypatch.setenv("H2H_RESPONSE_MODEL", str(tmp_path / "t.json"))  # no t.json: t.npz decides
    # sure of "deflected" (softmax of 0, 10, 0, 0): the rules' "met" (+0.35) cannot outweigh it
    (tmp_path / "t.npz").write_bytes(model([0.0, 10.0, 0.0, 0.0]))
    assert find_disclosures(TALK)[0].response == "deflected"
    # torn between "met" and "deflected" (equal scores): the rules' "met" tips it
    (tmp_path / "u.npz").write_bytes(model([0.0, 5.0, 5.0, 0.0]))
    monkeypatch.setenv("H2H_RESPONSE_MODEL", str(tmp_path / "u.json"))
    assert find_disclosures(TALK)[0].response == "met"
    assert rm.text_document(ResponseCase(DISCLOSED, _turn("oh no", "what happened?"))) == [
        "oh no",
        "what happened?",
        "zznotshared",
    ]
    # "test" is a content word of the disclosure ("I failed my driving test again...")
    assert rm.text_document(ResponseCase(DISCLOSED, _turn("which test?")))[-1] == "zzshared"


def test_a_fix_the_rules_call_a_change_of_subject_is_weighed_with_the_text_model() -> None:
    # An opening question on something else stands as deflected, whatever the text model says, unless the text
    # model reads advice at ADVICE_OVER_RULES or more ("Have you spoken to occupational health?" is a fix).
    disclosed = "I cried on the train home twice this week and I don't even know why"
    case = ResponseCase(disclosed, _turn("Have you spoken to occupational health? They can do a referral"))
    from heart2heart.assess.disclosures import classify_response, rules_decide

    rule = classify_response(disclosed, case.reply)[0]
    assert rule == "deflected" and rules_decide(disclosed, case.reply, rule)
    assert rm.rules_stand(case, rule, {"advice": 0.3, "deflected": 0.6, "met": 0.1, "none": 0.0})
    assert rm.rules_stand(case, rule, None)  # no text model: the rules decide
    assert not rm.rules_stand(case, rule, {"advice": rm.ADVICE_OVER_RULES, "deflected": 0.4, "met": 0.1, "none": 0.0})
    assert not rm.rules_stand(ResponseCase(disclosed, _turn("oh no. what happened?")), "met", None)
