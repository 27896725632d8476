"""Reading documents with the lexicon in force: the bundled one with the analysts' rules
layered over it (``lexicon_rules``). Every extraction of stored documents goes through
``read_document``, so a rule taught once applies to every re-extraction."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from tracker.domain.models import Finding, Track
from tracker.domain.readings import LexiconRule
from tracker.domain.vocabulary import TrackKind
from tracker.extract import extract_document
from tracker.extract.lexicon import RULE_MARK, Lexicon, base_signal, load_lexicon, with_rules
from tracker.extract.rulenames import NOT_FOR_THIS_KIND
from tracker.storage import lexicon_rules as rule_rows
from tracker.storage import tracks as track_rows
from tracker.storage.db import Store


def active_rules(store: Store) -> list[LexiconRule]:
    """The analysts' rules in force, oldest first."""
    return rule_rows.active(store)


def effective_lexicon(store: Store, rules: Sequence[LexiconRule] | None = None) -> Lexicon:
    """The bundled lexicon with the rules in force (or ``rules``) layered over it."""
    return with_rules(load_lexicon(), active_rules(store) if rules is None else rules)


def read_document(
    store: Store,
    text: str,
    published: date | None,
    tracks: Sequence[Track],
    lexicon: Lexicon | None = None,
) -> list[Finding]:
    """``extract_document`` with the lexicon in force; findings of a rule limited to some
    kinds of track carry the bundled signal's name (or none on other kinds)."""
    lex = lexicon or effective_lexicon(store)
    findings = extract_document(text, published, tracks, lex)
    return plain_findings(store, findings, lex, tracks)


def plain_findings(
    store: Store,
    findings: Sequence[Finding],
    lexicon: Lexicon | None = None,
    tracks: Sequence[Track] | None = None,
) -> list[Finding]:
    """Findings read with the analysts' rules (here, or by an import's worker processes)
    with the bundled signal names: a rule limited to some kinds of track names its signal
    ``SIGNAL@RULE``, which becomes ``SIGNAL`` on those kinds and no cue on the others."""
    if not any(f.signal and RULE_MARK in f.signal for f in findings):
        return list(findings)
    lex = lexicon or effective_lexicon(store)
    kinds = {t.id: TrackKind(t.kind) for t in (tracks or track_rows.list_tracks(store))}
    base = load_lexicon()
    return [_plain(f, kinds.get(f.track_id, TrackKind.SUMMIT), lex, base) for f in findings]


def _plain(finding: Finding, kind: TrackKind, lex: Lexicon, base: Lexicon) -> Finding:
    signal = finding.signal
    if not signal or RULE_MARK not in signal:
        return finding
    if lex.status_for(signal, kind) is None:
        # The rule is for other kinds of track: on this one the phrase is no cue.
        return finding.model_copy(
            update={
                "signal": None,
                "cue": None,
                "cameo": None,
                "plover": None,
                "rule": NOT_FOR_THIS_KIND,
                "modality": "reported" if finding.speaker else "asserted",
            }
        )
    name = base_signal(signal)
    return finding.model_copy(
        update={"signal": name, "cameo": base.cameo(name), "plover": base.plover(name)}
    )
