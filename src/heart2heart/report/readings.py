"""One-line, plain-language readings of the structural measures, each grounded in EVIDENCE.md.

Used by the terminal summary (and free for the HTML report). Each function takes an
:class:`~heart2heart.analysis.Analysis` and returns a sentence, or ``None`` when there is nothing to say. With
``me`` set, that speaker is addressed as "you". Thresholds:

- balance: the biggest share (by time when timed, else words) up to 1/n + 0.10 reads as even, up to 0.75 as
  leaning, above as one-sided; a quieter speaker under 35% also gets the "80% listening is folklore" reminder;
- monologue: 200 words or more, or half of everything said (with 60+ words in all), is a long stretch;
- replies on transcripts: a median gap up to 1 s is quick (face to face is ~0.3 s, video calls ~1 s), over 2 s slow;
- style matching: LSM 0.85 or more is high, under 0.70 low; under 50 words a speaker, it is flagged as unreliable.
"""

from __future__ import annotations

from heart2heart.analysis import Analysis, SpeakerResult

__all__ = [
    "balance_reading",
    "dominance_reading",
    "duration_text",
    "monologue_reading",
    "share_of",
    "style_reading",
    "tempo_reading",
]

LONG_MONOLOGUE_WORDS = 200
QUICK_REPLY_SECONDS = 1.0
SLOW_REPLY_SECONDS = 2.0
HIGH_LSM = 0.85
LOW_LSM = 0.70
LSM_MIN_WORDS = 50


def _who(name: str, me: str | None, *, start: bool = False) -> str:
    if name == me:
        return "You" if start else "you"
    return name


def share_of(s: SpeakerResult) -> float:
    """The speaker's talk share: by seconds of speech when timed, else by words."""
    return s.talk_share_time if s.talk_share_time is not None else s.talk_share


def duration_text(seconds: float) -> str:
    """A short human duration: "45 s", "2.5 min", "1 h 5 min"."""
    if seconds < 90:
        return f"{seconds:.0f} s" if seconds >= 10 else f"{seconds:.1f} s"
    minutes = seconds / 60
    if minutes < 90:
        return f"{minutes:.0f} min" if minutes >= 10 else f"{minutes:.1f} min"
    hours, rest = divmod(round(minutes), 60)
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def balance_reading(a: Analysis) -> str:
    """How evenly the talk was shared, read against CANDOR and the "listen 80%" folklore."""
    speakers = [s for s in a.speakers if s.words or s.talk_share_time]
    if len(speakers) < 2:
        only = speakers[0].name if speakers else (a.speakers[0].name if a.speakers else "nobody")
        return f"Only {_who(only, a.me)} spoke here: a note or a monologue, not a dialogue."
    ranked = sorted(speakers, key=share_of, reverse=True)
    top, low = ranked[0], ranked[-1]
    unit = "of the speaking time" if top.talk_share_time is not None else "of the words"
    top_pct = round(100 * share_of(top))
    if share_of(top) <= 1 / len(speakers) + 0.10:
        shares = " / ".join(f"{round(100 * share_of(s))}%" for s in ranked)
        line = (
            f"Talk was shared evenly ({shares} {unit}): in 1,594 recorded video chats, balanced talk was enjoyed most."
        )
    elif share_of(top) <= 0.75:
        line = (
            f"{_who(top.name, a.me, start=True)} did more of the talking ({top_pct}% {unit}): fine when one person "
            "needs to be heard; in mutual talk, balanced conversations were enjoyed most, above all by the quieter one."
        )
    else:
        line = (
            f"{_who(top.name, a.me, start=True)} did most of the talking ({top_pct}% {unit}): closer to a monologue "
            "than a dialogue."
        )
    if share_of(low) < 0.35:
        line += (
            ' Listening well is not staying quiet: "listen 80% of the time" is folklore; skilled counsellors say '
            "about half the words, and it is reflecting and asking that count."
        )
    return line


def monologue_reading(a: Analysis) -> str | None:
    """The longest uninterrupted stretch, read against Sprecher et al. (2013)."""
    if not a.speakers:
        return None
    total = sum(s.words for s in a.speakers)
    longest = max(a.speakers, key=lambda s: s.longest_monologue_words)
    n = longest.longest_monologue_words
    if n == 0:
        return None
    secs = f", {duration_text(longest.longest_monologue_seconds)}" if longest.longest_monologue_seconds else ""
    who = _who(longest.name, a.me)
    if n >= LONG_MONOLOGUE_WORDS or (total >= 60 and n >= total / 2):
        return (
            f"Longest stretch: {who}, {n} words{secs} without the other saying more than a few words. Long one-way "
            "stretches read as venting or a lecture; short alternating turns build closeness (Sprecher et al. 2013)."
        )
    return (
        f"No long monologues (longest: {who}, {n} words{secs}): short alternating turns like these build "
        "closeness (Sprecher et al. 2013)."
    )


def tempo_reading(a: Analysis) -> str:
    """Switches per minute and reply latency, read per channel."""
    if a.timed:
        gaps = [(s, s.median_latency_seconds) for s in a.speakers if s.median_latency_seconds is not None]
        parts = ", ".join(f"{_who(s.name, a.me)} {g:.1f} s" for s, g in gaps)
        rate = f"{a.switches_per_minute:.1f} speaker switches a minute" if a.switches_per_minute else "No switches"
        if not gaps:
            return f"{rate}."
        slow = [s for s, g in gaps if g > SLOW_REPLY_SECONDS]
        if slow:
            reading = (
                f"{_who(slow[0].name, a.me, start=True)} often paused before replying; quick replies signal "
                "connection, though video calls run slower (~1 s) than face to face (~0.3 s)."
            )
        elif all(g <= QUICK_REPLY_SECONDS for _, g in gaps):
            reading = "Quick replies like these signal connection (partners feel closer when replies come fast)."
        else:
            reading = "Replies came at an ordinary pace (about a second is typical on video calls)."
        return f"{rate}; median reply gap: {parts}. {reading}"
    if a.dated:
        gaps = [(s, s.median_latency_minutes) for s in a.speakers if s.median_latency_minutes is not None]
        if not gaps:
            return "Only one person wrote, so there are no reply times."
        parts = ", ".join(f"{_who(s.name, a.me)} {duration_text(g * 60)}" for s, g in gaps)
        return (
            f"Median reply time: {parts}. In chats this mostly reflects life around the phone; it matters most "
            "right after something personal is shared."
        )
    return "No timestamps, so no timing measures."


_STEREOTYPE_TEXT = {
    "alternating_dominance": (
        "Dominance alternated: each of you led in turn, the pattern enjoyed most in 1,594 video chats (7.79 of 10)."
    ),
    "back_and_forth": (
        "A steady back-and-forth: nobody held the floor for long; balanced talk was enjoyed more than one-sided "
        "talk (CANDOR)."
    ),
}


def dominance_reading(a: Analysis) -> str | None:
    """The TalkTimeSharing stereotype, read against CANDOR's enjoyment ratings."""
    d = a.dominance
    if d.stereotype is None:
        return None
    if d.stereotype == "dominating_throughout":
        top = max(d.dominated().items(), key=lambda kv: kv[1])[0]
        return (
            f'{_who(top, a.me, start=True)} held the floor in most stretches; in 1,594 video chats, "one person '
            'dominates throughout" was enjoyed least (7.20 of 10, against 7.79 when dominance alternated).'
        )
    return _STEREOTYPE_TEXT[d.stereotype]


def style_reading(a: Analysis) -> str:
    """Language style matching, read against Ireland et al. (2011)."""
    s = a.style
    if s is None:
        return "Not enough words from two people to compare their styles."
    pair = f"{_who(s.speakers[0], a.me, start=True)} and {_who(s.speakers[1], a.me)}"
    if s.score >= HIGH_LSM:
        line = (
            f"{pair} spoke in step (style match {s.score:.2f}): matching small words like pronouns and "
            "articles goes with mutual interest on speed dates and with lasting relationships (Ireland et al. 2011)."
        )
    elif s.score >= LOW_LSM:
        line = f"{pair} matched each other's style moderately (style match {s.score:.2f}), as most conversations do."
    else:
        line = (
            f"{pair} used rather different styles (style match {s.score:.2f}); low matching often comes with "
            "talking past each other."
        )
    if min(s.words) < LSM_MIN_WORDS:
        line += " (Few words, so read this with care.)"
    return line
