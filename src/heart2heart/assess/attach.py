"""Put an assessment onto an :class:`~heart2heart.analysis.Analysis`: kind, scores, disclosures, notes, attunement."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from heart2heart.assess import Assessment, assess

if TYPE_CHECKING:
    from heart2heart.analysis import Analysis
    from heart2heart.model import Conversation

__all__ = ["attach"]


def attach(analysis: Analysis, conv: Conversation) -> tuple[Analysis, Assessment]:
    """The analysis with the assessment's fields filled in, and the assessment itself (for reports)."""
    lsm = analysis.style.score if analysis.style is not None else None
    a = assess(conv, me=analysis.me, lsm=lsm)
    filled = analysis.with_speakers(**{name: {"attunement": value} for name, value in a.attunement.items()})
    filled = dataclasses.replace(
        filled, kind=a.kind, scores=a.scores, disclosures=a.disclosures, notes=a.notes, assessment=a
    )
    return filled, a
