"""Hand-written word and phrase lists behind the hand-designed features and the rule-based labels.

Every entry is lower-case and tokenised the way :mod:`heart2heart.models.features` tokenises text (words keep inner
apostrophes and hyphens; ``?`` and ``!`` are tokens). Phrases have one to three tokens. The project wrote these
lists itself; they are small on purpose and read like the DESIGN.md definitions of each label.
"""

from __future__ import annotations

__all__ = ["PHRASES", "WORDS"]


def _w(words: str) -> frozenset[str]:
    return frozenset(words.split())


WORDS: dict[str, frozenset[str]] = {
    "wh": _w(
        "what how why where when who whom whose which what's what're what'd how's how'd where's who's when's why's "
        "whats hows wheres whos"
    ),
    "aux": _w(
        "do does did is are was were am can could would will shall should have has had may might must "
        "isn't aren't wasn't weren't don't doesn't didn't can't couldn't won't wouldn't haven't hasn't "
        "shouldn't"
    ),
    "you": _w("you your yours yourself you're you've you'd you'll ya u"),
    "i": _w("i me my mine myself i'm i've i'd i'll im ive"),
    "we": _w("we us our ours we're we've"),
    "feel": _w("feel feels feeling feelings felt emotion emotions emotional"),
    "neg": _w(
        "sad sadness upset angry anger mad furious depressed depression anxious anxiety scared afraid "
        "terrified fear frightened lonely alone hurt hurting pain painful ashamed shame guilty guilt worried "
        "worry worrying stressed stress frustrated frustrating overwhelmed hopeless helpless miserable awful "
        "terrible horrible cry crying cried tears failing failure failed worthless panic panicking nervous "
        "heartbroken broken grief grieving miss lost suicidal exhausted tired struggling struggle suffering "
        "disappointed embarrassed jealous insecure rejected abandoned betrayed empty numb sick dread "
        "unhappy annoyed bitter resent regret sorry"
    ),
    "pos": _w(
        "happy glad excited proud love loved loving grateful thankful relieved hopeful joy joyful great "
        "wonderful amazing awesome thrilled delighted calm peaceful content confident blessed lucky "
        "fantastic good nice fun enjoy enjoyed"
    ),
    "vuln": _w(
        "terrified scared afraid ashamed shame secret embarrassed lonely alone depressed hopeless worthless "
        "failing failure suicidal panic cry crying cried heartbroken insecure abandoned rejected helpless "
        "struggling guilty vulnerable fear fears"
    ),
    "think": _w(
        "think thought believe feel felt guess suppose remember wish hope want wanted like love hate prefer "
        "worry wonder realized realised know opinion experience"
    ),
    "backchannel": _w(
        "mm mmm mhm mm-hm mm-hmm mhmm uh-huh uh-hum um-hum uh-hmm hm hmm huh uh um yeah yea yep yup yes ya "
        "right okay ok k sure wow oh ah i see really true exactly cool nice gotcha alright absolutely "
        "definitely totally indeed interesting"
    ),
    "filler": _w("so and but well okay ok um uh uh-huh now then like oh right alright yeah mm mhm hmm or just"),
    "subj": _w(
        "you i he she it they we there that this your his her my anyone anybody anything everything everyone "
        "somebody someone something things people ya u y'all"
    ),
    "modal": _w("should could might need have ought can may must want shall"),
    "imperative": _w(
        "try take go call talk make think write get let keep stop avoid remember consider start look find ask "
        "tell give be don't just focus practice reach see check join listen breathe"
    ),
    "stop": _w(
        "a an the and or but so of to in on at for with from by about as is are was were be been being am "
        "it it's its this that these those there here i you he she we they me him her us them my your his "
        "their our do does did have has had not no yes just very really um uh like well oh okay ok yeah "
        "what how why when where who which if then than too also can could would will should ? ! ."
    ),
}
"""Single-word lists, by category (used as per-token flags)."""

PHRASES: dict[str, tuple[str, ...]] = {
    "advice": (
        "you should",
        "you could",
        "you might",
        "you need to",
        "you have to",
        "you must",
        "have you tried",
        "why don't you",
        "why not",
        "try to",
        "try",
        "i suggest",
        "i'd suggest",
        "i recommend",
        "i'd recommend",
        "i advise",
        "my advice",
        "it might help",
        "it may help",
        "it would help",
        "maybe you",
        "perhaps you",
        "how about",
        "what about trying",
        "consider",
        "make sure",
        "don't forget",
        "you can try",
        "you ought to",
        "suggest",
        "recommend",
        "it's important to",
        "the best thing",
        "go to",
        "talk to",
        "reach out",
    ),
    "reflect": (
        "sounds like",
        "it sounds",
        "so you",
        "you feel",
        "you're feeling",
        "you felt",
        "you've been",
        "seems like",
        "you seem",
        "it seems",
        "what i'm hearing",
        "you're saying",
        "you said",
        "you mean",
        "you're worried",
        "you're not sure",
        "you're thinking",
        "for you",
        "part of you",
        "you want",
        "you'd like",
        "you don't want",
        "on one hand",
        "on the other",
        "you wish",
        "you're concerned",
    ),
    "emotional_reaction": (
        "i'm sorry",
        "i am sorry",
        "so sorry",
        "sorry to hear",
        "sorry you",
        "sorry for",
        "that's awful",
        "that's terrible",
        "that's horrible",
        "that sucks",
        "sucks",
        "hugs",
        "hug",
        "i feel for you",
        "my heart",
        "heartbreaking",
        "i'm here for you",
        "here for you",
        "sending",
        "that's rough",
        "that's hard",
        "so hard",
        "that must be",
        "must be hard",
        "must be so",
        "i hope",
        "i'm glad",
        "proud of you",
        "awful",
        "horrible",
        "terrible",
        "wow",
        "oh no",
        "i care",
        "take care",
        "<3",
        "love you",
        "you're not alone",
        "not alone",
        "i'm so",
        "hope you",
        "i hope you",
        "good luck",
        "best of luck",
        "hang in",
        "hang in there",
        "stay strong",
        "be strong",
        "feel free",
        "pm me",
        "message me",
        "dm me",
        "get better",
        "gets better",
        "i feel you",
        "i'm here",
        "here if",
        "to talk",
        "you got this",
        "you can do",
        "wish you",
        "take care of",
        "congrats",
        "congratulations",
        "glad you",
        "sorry",
        "you deserve",
        "it's okay",
        "it's ok",
        "you matter",
    ),
    "interpretation": (
        "i understand",
        "understand",
        "i know how",
        "i know what",
        "i know that",
        "i've been",
        "i have been",
        "i went through",
        "i had the same",
        "same here",
        "me too",
        "i feel the same",
        "i can relate",
        "relate",
        "i can imagine",
        "must feel",
        "must be",
        "sounds like",
        "i get it",
        "i get that",
        "i was in",
        "i used to",
        "been there",
        "i felt",
        "i had",
        "i've had",
        "i also",
        "i was",
        "it seems",
        "seems like",
        "you feel",
        "you're feeling",
        "makes sense",
    ),
    "exploration": (
        "how are you feeling",
        "how do you feel",
        "how does that",
        "how did that",
        "what happened",
        "do you want to talk",
        "want to talk",
        "tell me more",
        "tell me",
        "how long",
        "what makes you",
        "why do you",
        "have you",
        "are you",
        "what do you",
        "how did",
        "can you tell",
        "what's going on",
        "what is going on",
        "do you feel",
        "did you",
        "what do",
        "how do",
        "what are",
    ),
    "secret": (
        "never told",
        "told anyone",
        "tell anyone",
        "nobody knows",
        "no one knows",
        "i'm scared",
        "i'm afraid",
        "i'm terrified",
        "i'm ashamed",
        "i feel like",
        "i've been struggling",
        "i'm struggling",
        "i can't",
        "i'm failing",
        "i'm worried",
        "i'm lonely",
        "i feel so",
        "i hate myself",
        "i'm not okay",
        "i'm not ok",
        "i'm depressed",
        "honestly",
        "to be honest",
        "i've never",
    ),
    "open_start": (
        "tell me",
        "describe",
        "explain",
        "walk me through",
        "say more",
        "talk about",
        "i wonder",
        "wondering",
        "curious",
        "what else",
        "how come",
        "what do you think",
        "how do you feel",
        "what's it like",
    ),
    "closed_start": (
        "how many",
        "how much",
        "how long",
        "how often",
        "how old",
        "how far",
        "which",
        "what time",
        "scale",
        "is there",
        "are there",
        "anything else",
        "any other",
        "right ?",
        "okay ?",
        "yeah ?",
        "correct ?",
    ),
}
"""Phrase lists, by category (matched as uni-, bi- or trigrams; counted per utterance)."""
