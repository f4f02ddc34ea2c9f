"""A tiny, hand-written copy of the shared/data layout (all five datasets), for tests that must not need the data.

Every label below is chosen so the expected loader output and scores can be worked out by hand in the tests.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

EMOTIONS = [
    "admiration", "amusement", "anger", "annoyance", "approval", "caring", "confusion", "curiosity", "desire",
    "disappointment", "disapproval", "disgust", "embarrassment", "excitement", "fear", "gratitude", "grief", "joy",
    "love", "nervousness", "optimism", "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral",
]  # fmt: skip
SENTIMENT = {
    "positive": ["amusement", "excitement", "joy", "love", "desire", "optimism", "caring", "pride", "admiration",
                 "gratitude", "relief", "approval"],
    "negative": ["fear", "nervousness", "remorse", "embarrassment", "disappointment", "sadness", "grief", "disgust",
                 "anger", "annoyance", "disapproval"],
    "ambiguous": ["realization", "surprise", "curiosity", "confusion"],
}  # fmt: skip

SIMPLE_HEADER = [
    "transcript_id", "mi_quality", "video_title", "video_url", "topic", "utterance_id", "interlocutor", "timestamp",
    "utterance_text", "main_therapist_behaviour", "client_talk_type",
]  # fmt: skip
FULL_HEADER = [
    "mi_quality", "transcript_id", "video_title", "video_url", "topic", "utterance_id", "interlocutor", "timestamp",
    "utterance_text", "annotator_id", "therapist_input_exists", "therapist_input_subtype", "reflection_exists",
    "reflection_subtype", "question_exists", "question_subtype", "main_therapist_behaviour", "client_talk_type",
]  # fmt: skip

# (transcript, quality, utterance id, speaker, time, text, simple main behaviour,
#  [(question_exists, subtype, reflection_exists, input_subtype, main behaviour) per annotator])
ANNOMI = [
    ("1", "high", 0, "client", "00:00:05", "I drink a bit too much.", "n/a", []),
    ("1", "high", 1, "therapist", "00:00:09", "What worries you about it?", "question",
     [("True", "open", "False", "n/a", "question")]),
    ("1", "high", 2, "client", "00:00:12", "My wife complains.", "n/a", []),
    ("1", "high", 3, "therapist", "00:00:15", "So your wife is worried.", "reflection",
     [("False", "n/a", "True", "n/a", "reflection")]),
    ("1", "high", 4, "therapist", "00:00:20", "You should cut down.", "therapist_input",
     [("False", "n/a", "False", "advice", "therapist_input")]),
    # 2 of 4 annotators hear a question (tie -> the simple file says question); 1 open / 1 closed, and among those
    # whose main behaviour is question also 1 / 1 -> closed.
    ("1", "high", 5, "therapist", "00:00:24", "Do you drink every day?", "question",
     [("True", "closed", "False", "n/a", "question"), ("True", "open", "False", "n/a", "question"),
      ("False", "n/a", "False", "n/a", "other"), ("False", "n/a", "False", "n/a", "reflection")]),
    # 3 of 4 hear a reflection -> reflection; 2 of 4 hear advice, simple says reflection -> no advice.
    ("1", "high", 6, "therapist", "00:01:02", "You are torn about it.", "reflection",
     [("False", "n/a", "True", "advice", "reflection"), ("False", "n/a", "True", "advice", "reflection"),
      ("False", "n/a", "True", "n/a", "reflection"), ("False", "n/a", "False", "n/a", "other")]),
    ("2", "low", 0, "therapist", "00:00:01", "Hello.", "other", [("False", "n/a", "False", "n/a", "other")]),
    ("2", "low", 1, "client", "00:00:03", "Hi.", "n/a", []),
]  # fmt: skip

ESCONV_TRAIN = [
    {
        "emotion_type": "anxiety",
        "survey_score": {"seeker": {"initial_emotion_intensity": "4", "empathy": "5",
                                    "final_emotion_intensity": "2"}, "supporter": {}},
        "dialog": [
            {"text": "Hi, how are you feeling?", "speaker": "sys", "strategy": "Question"},
            {"text": "Worried about my exams.", "speaker": "usr"},
            {"text": "Exams are stressing you.", "speaker": "sys", "strategy": "Restatement or Paraphrasing"},
            {"text": "I was nervous before my exams too.", "speaker": "sys", "strategy": "Self-disclosure"},
            {"text": "Yes.", "speaker": "usr"},
            {"text": "Maybe make a study plan.", "speaker": "sys", "strategy": "Providing Suggestions"},
        ],
    }
]  # fmt: skip
ESCONV_VALID = [
    {
        "emotion_type": "sadness",
        "survey_score": {"seeker": {"initial_emotion_intensity": "5", "empathy": "3"}, "supporter": {}},
        "dialog": [
            {"text": "Hello.", "speaker": "usr"},
            {"text": "What is on your mind?", "speaker": "sys", "strategy": "Question"},
            {"text": "My dog died.", "speaker": "usr"},
            {"text": "You feel very sad.", "speaker": "sys", "strategy": "Reflection of feelings"},
        ],
    },
    {
        "emotion_type": "anger",
        "survey_score": {"seeker": {"initial_emotion_intensity": "3", "empathy": "4",
                                    "final_emotion_intensity": "3"}, "supporter": {}},
        "dialog": [
            {"text": "I am so angry.", "speaker": "usr"},
            {"text": "That is understandable.", "speaker": "sys", "strategy": "Affirmation and Reassurance"},
        ],
    },
]  # fmt: skip

SWDA = {
    "train": {"1000": [("A", "Do you have kids?", "qy"), ("B", "Yeah.", "ny"), ("A", "Uh-huh.", "b"),
                       ("A", "What are their ages?", "qw"), ("B", "Two and five.", "sd")]},
    "val": {"2000": [("A", "Okay.", "b"), ("B", "what do you think about it,", "qo"), ("A", "It's fine.", "sv"),
                     ("B", "You do, don't you?", "^g"), ("A", "Really?", "bh"), ("B", "Right.", "b")]},
}  # fmt: skip

# (sp_id, rp_id, seeker post, response, ER, IP, EX); only s15 falls in the dev split (sha256 < 0.2)
EPITOME = [
    ("s1", "r1", "I feel alone.", "I am so sorry, that sounds hard.", 2, 0, 0),
    ("s1", "r2", "I feel alone.", "What happened?", 0, 0, 2),
    ("s2", "r3", "Nobody listens.", "I understand, I felt that too.", 1, 2, 0),
    ("s3", "r4", "I failed again.", "Get over it.", 0, 0, 0),
    ("s15", "r5", "My mom is sick.", "That must be scary. How is she?", 1, 2, 1),
]

# (text, emotion ids, comment id)
GOEMOTIONS = {
    "train": [("Thanks so much!", "15", "g1"), ("This is awful and sad.", "2,25", "g2"), ("Hmm, okay.", "27", "g3")],
    "dev": [
        ("I love this, thank you", "18,15", "d1"),  # love, gratitude -> valence 1
        ("Why would you do that?", "7,3", "d2"),  # curiosity, annoyance -> (0 - 1) / 2 = -0.5
        ("So sad.", "25", "d3"),  # sadness -> -1
        ("It is raining.", "27", "d4"),  # neutral -> 0
    ],
}


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows(rows)


def make_data(root: Path) -> Path:
    """Write the tiny datasets under ``root`` and return it."""
    annomi = root / "annomi"
    annomi.mkdir(parents=True)
    simple: list[list[str]] = []
    full: list[list[str]] = []
    for tid, quality, uid, who, stamp, text, main, coders in ANNOMI:
        common = ["title", "url", "topic", str(uid), who, stamp, text]
        simple.append([tid, quality, *common, main, "n/a" if who == "therapist" else "neutral"])
        if not coders:
            full.append([quality, tid, *common, "1", *["n/a"] * 7, "neutral"])
        for annotator, (q, sub, refl, inp, beh) in enumerate(coders, start=1):
            input_exists = "True" if inp != "n/a" else "False"
            refl_sub = "simple" if refl == "True" else "n/a"
            full.append([quality, tid, *common, str(annotator), input_exists, inp, refl, refl_sub, q, sub, beh, "n/a"])
    _write_csv(annomi / "AnnoMI-simple.csv", SIMPLE_HEADER, simple)
    _write_csv(annomi / "AnnoMI-full.csv", FULL_HEADER, full)

    esconv = root / "esconv"
    esconv.mkdir()
    for name, chats in (("train.jsonl", ESCONV_TRAIN), ("valid.jsonl", ESCONV_VALID)):
        (esconv / name).write_text("".join(json.dumps(c) + "\n" for c in chats), encoding="utf-8")

    for split, calls in SWDA.items():
        folder = root / "swda" / "swda_data" / split
        folder.mkdir(parents=True)
        for call, rows in calls.items():
            (folder / f"{call}.txt").write_text("".join(f"{s}|{t}|{g}\n" for s, t, g in rows), encoding="utf-8")

    epitome = root / "epitome"
    epitome.mkdir()
    header = ["sp_id", "rp_id", "seeker_post", "response_post", "level", "rationales"]
    for column, name in enumerate(("emotional-reactions", "interpretations", "explorations")):
        rows = [[sp, rp, post, reply, str(levels[column]), ""] for sp, rp, post, reply, *levels in EPITOME]
        _write_csv(epitome / f"{name}-reddit.csv", header, rows)

    goemotions = root / "goemotions"
    goemotions.mkdir()
    (goemotions / "emotions.txt").write_text("\n".join(EMOTIONS) + "\n", encoding="utf-8")
    (goemotions / "sentiment_mapping.json").write_text(json.dumps(SENTIMENT), encoding="utf-8")
    for split, rows in GOEMOTIONS.items():
        (goemotions / f"{split}.tsv").write_text("".join(f"{t}\t{i}\t{c}\n" for t, i, c in rows), encoding="utf-8")
    return root
