"""Each sentence of an article read once: its cues, its speaker, whether it opens inside a
quotation, and whether it is a line of the page rather than prose (``analyse``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from tracker.domain.models import Modality, Sentence
from tracker.extract.lexicon import Lexicon
from tracker.extract.sentences import split_sentences
from tracker.extract.signals import CueHit, find_cues, modality_of
from tracker.extract.speakers import SpeakerHit, find_speaker
from tracker.extract.text import CLOSE_QUOTES, OPEN_QUOTES, normalize_same_length

_SENTENCE_END = ".!?\"'”’)"


@dataclass
class SentenceInfo:
    sentence: Sentence
    norm: str
    cues: list[CueHit]
    speaker: str | None
    speaker_from: int | None  # index of the sentence the speaker (and its date) comes from
    quote_continuation: bool
    boilerplate: bool
    same_speaker: bool = False  # "he added": the previous paragraph's speaker goes on
    moods: dict[CueHit, Modality] = field(default_factory=dict)  # each cue's, read once

    def mood(self, hit: CueHit, lexicon: Lexicon) -> Modality:
        """``modality_of`` the cue ``hit`` (unattributed), worked out once per sentence."""
        if hit not in self.moods:
            self.moods[hit] = modality_of(self.norm, hit, lexicon)
        return self.moods[hit]


def is_heading(sentences: Sequence[Sentence], index: int) -> bool:
    s = sentences[index]
    alone = (index == 0 or sentences[index - 1].paragraph != s.paragraph) and (
        index + 1 >= len(sentences) or sentences[index + 1].paragraph != s.paragraph
    )
    return alone and s.text[-1] not in _SENTENCE_END and len(s.text.split()) <= 16


def _is_boilerplate(text: str, lexicon: Lexicon) -> bool:
    stripped = text.strip()
    return lexicon.boilerplate.search_any(stripped)


_QUOTE_MARKS: Final = re.compile('[\u201c\u201d"]')


def _quote_depths(infos_text: Sequence[tuple[int, str]]) -> list[bool]:
    """For each sentence, whether it starts inside a quotation opened earlier in its paragraph."""
    out: list[bool] = []
    depth = 0
    paragraph = -1
    for para, text in infos_text:
        if para != paragraph:
            depth = 0
            paragraph = para
        out.append(depth > 0)
        for char in _QUOTE_MARKS.findall(text):
            if char == "\u201c":
                depth += 1
            elif char == "\u201d":
                depth = max(0, depth - 1)
            elif char == '"':
                depth = 0 if depth else 1
    return out


def _surname(name: str) -> str:
    words = name.split()
    return words[-1].strip(".,'’").lower() if words else ""


# What a sentence's words alone tell (``_read_alone``): its speaker phrase, its cues, and
# whether it is a line of the page.
_Alone = tuple[SpeakerHit | None, tuple[CueHit, ...], bool]
_SENTENCES_KEPT: Final = 1 << 12  # sentences remembered per lexicon before starting over


# The sentences read so far with one lexicon (the last one asked), as one pair replaced
# whole: reporting repeats sentences (wire copy printed by several outlets, a standing
# paragraph, a headline printed twice), and what their words alone tell is the same each
# time. A reader on another thread with another lexicon starts its own pair, so neither
# writes into the other's memory.
_MEMO: list[tuple[Lexicon | None, dict[tuple[str, str], _Alone]]] = [(None, {})]


def _read_alone(norm: str, text: str, lexicon: Lexicon) -> _Alone:
    """``find_speaker`` and ``find_cues`` of the normalised sentence and whether the sentence
    is boilerplate, remembered per lexicon (another lexicon starts the memory anew)."""
    remembered_for, read = _MEMO[0]
    if remembered_for is not lexicon:
        read = {}
        _MEMO[0] = (lexicon, read)
    key = (norm, text)
    found = read.get(key)
    if found is None:
        if len(read) >= _SENTENCES_KEPT:
            read = {}
            _MEMO[0] = (lexicon, read)
        found = (
            find_speaker(norm, lexicon),
            tuple(find_cues(norm, lexicon)),
            _is_boilerplate(text, lexicon),
        )
        read[key] = found
    return found


def analyse(text: str, lexicon: Lexicon) -> list[SentenceInfo]:
    sentences = split_sentences(text)
    norm_text = normalize_same_length(text)
    in_quote = _quote_depths([(s.paragraph, s.text) for s in sentences])
    infos: list[SentenceInfo] = []
    last_speaker: tuple[str, int, int] | None = None  # (name, sentence index, paragraph)
    for index, s in enumerate(sentences):
        norm = norm_text[s.start : s.end]
        hit, cues, boilerplate = _read_alone(norm, s.text, lexicon)
        speaker: str | None = None
        speaker_from: int | None = None
        same_speaker = False
        if hit is not None and not hit.pronoun:
            speaker = s.text[hit.start : hit.end]
            speaker_from = index
            # "…, Baghaei said." / "A new date will be announced later, Baghaei added.":
            # the speaker of the sentence just before goes on, named again.
            same_speaker = bool(
                last_speaker
                and last_speaker[1] == index - 1
                and _surname(last_speaker[0]) == _surname(speaker)
            )
            last_speaker = (speaker, index, s.paragraph)
        elif hit is not None and last_speaker and s.paragraph - last_speaker[2] <= 1:
            speaker, speaker_from = last_speaker[0], index
            same_speaker = True
        starts_quoted = in_quote[index] or (s.text[0] in OPEN_QUOTES or s.text[0] == '"')
        continuation = False
        if speaker is None and starts_quoted and index > 0:
            prev = infos[index - 1]
            if prev.sentence.paragraph == s.paragraph and prev.speaker:
                speaker, speaker_from, continuation = prev.speaker, prev.speaker_from, True
        infos.append(
            SentenceInfo(
                sentence=s,
                norm=norm,
                cues=list(cues),
                speaker=speaker,
                speaker_from=speaker_from,
                quote_continuation=continuation,
                boilerplate=boilerplate,
                same_speaker=same_speaker,
            )
        )
    # A quotation whose attribution follows it ("“…” he said." in the next sentence).
    for index, info in enumerate(infos):
        s = info.sentence
        quoted = s.text[0] in OPEN_QUOTES and s.text[-1] in CLOSE_QUOTES
        if info.speaker is None and quoted and index + 1 < len(infos):
            nxt = infos[index + 1]
            if nxt.sentence.paragraph == s.paragraph and nxt.speaker:
                info.speaker, info.speaker_from = nxt.speaker, nxt.speaker_from
    return infos
