"""Two invented tracks (and an article date) the reading tests share: a talks track and a
summit track whose people, parties and places appear in no real reporting."""

from __future__ import annotations

from datetime import date

from tracker.domain.models import Actor, Track

PUB = date(2026, 3, 4)
# the invented leaders of Peru and Ghana, shared by the summit below and by the tests' own
# visit, accord and meeting tracks
QUISPE = Actor(name="Rosa Quispe", aliases=["Quispe"])
MENSAH = Actor(name="Kwame Mensah", aliases=["Mensah"])

TALKS = Track(
    id="norway-chile-talks",
    title="Norway–Chile fisheries talks",
    kind="talks",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    parties=["Norway", "Chile"],
    places=["Reykjavik"],
    keywords=["talks", "negotiations", "round"],
)
SUMMIT = Track(
    id="peru-ghana-summit",
    title="Peru–Ghana summit",
    kind="summit",
    actors=[QUISPE, MENSAH],
    parties=["Peru", "Ghana"],
    places=["Lisbon"],
    keywords=["summit", "meeting", "meet"],
)
TRACKS = [TALKS, SUMMIT]
# The two talks negotiators' own channel: calls, talks and meetings of the two ministers.
CHANNEL = Track(
    id="solberg-rivas-channel",
    title="Solberg–Rivas ministers' channel",
    kind="channel",
    actors=[
        Actor(name="Ingrid Solberg", aliases=["Solberg"]),
        Actor(name="Mateo Rivas", aliases=["Rivas"]),
    ],
    keywords=["call", "talks", "meeting"],
)


def kenya_portugal_talks(track_id: str, subject: str) -> Track:
    """Invented Kenya–Portugal talks on ``subject`` ("maritime", "tariff"), held in Lisbon by
    two negotiators, for the date tests that need a track of their own."""
    return Track(
        id=track_id,
        title=f"Kenya–Portugal {subject} talks",
        kind="talks",
        actors=[
            Actor(name="Amara Otieno", aliases=["Otieno"]),
            Actor(name="Luca Rossi", aliases=["Rossi"]),
        ],
        parties=["Kenya", "Portugal"],
        places=["Lisbon"],
        keywords=[f"{subject} talks"],
    )


def quispe_ghana_visit(keywords: list[str]) -> Track:
    """Invented: Quispe's state visit to Ghana, hosted by Mensah in Accra (the summit's two
    leaders), typed with ``keywords``."""
    return Track(
        id="quispe-ghana-visit",
        title="Quispe's state visit to Ghana",
        kind="visit",
        actors=[
            Actor(name="Rosa Quispe", aliases=["Quispe"]),
            Actor(name="Kwame Mensah", aliases=["Mensah"]),
        ],
        parties=["Peru", "Ghana"],
        places=["Accra"],
        keywords=keywords,
    )


# Invented: a summit of the two Kenya–Portugal negotiators in Lisbon, for the date tests.
OTIENO_ROSSI_SUMMIT = Track(
    id="otieno-rossi-summit",
    title="Otieno–Rossi summit",
    kind="summit",
    actors=[
        Actor(name="Amara Otieno", aliases=["Otieno"]),
        Actor(name="Luca Rossi", aliases=["Rossi"]),
    ],
    parties=["Kenya", "Portugal"],
    places=["Lisbon"],
    keywords=["summit"],
)


# A meeting of two leaders at one's seat, for the read-out tests: what one of them said at it.
MEETING = Track(
    id="okafor-lindqvist-meeting",
    title="Okafor–Lindqvist meeting at Rosenbad",
    kind="meeting",
    actors=[
        Actor(name="Chidi Okafor", aliases=["Okafor", "President Okafor"]),
        Actor(name="Elsa Lindqvist", aliases=["Lindqvist", "Prime Minister Lindqvist"]),
    ],
    parties=["Nigeria", "Sweden"],
    places=["Rosenbad"],
    keywords=["meeting", "talks"],
)


# Invented: a forum of two blocs in Tallinn, told by official overviews (a communiqué, a
# ministry's page, the host's remarks), for the tests of ``overviews.py``.
ANDES_BALTIC_FORUM = Track(
    id="andes-baltic-forum",
    title="Andes–Baltic Forum in Tallinn",
    kind="summit",
    actors=[
        Actor(name="Liisa Tamm", aliases=["Tamm"]),
        Actor(name="Jorge Paredes", aliases=["Paredes"]),
    ],
    parties=["Estonia", "Bolivia"],
    places=["Tallinn"],
    keywords=["Andes-Baltic Forum", "forum", "summit"],
)


def arce_benavente_exchanges(kind: str = "channel") -> Track:
    """Invented: Chile–Peru detainee exchanges typed as an analyst would before reading, with
    the two people the process frees, its two sides and the crossing at Tacna; a ``channel``
    or, typed as a release deal, an ``initiative``."""
    return Track(
        id=f"chile-peru-detainee-{kind}",
        title="Chile–Peru detainee exchanges",
        kind=kind,
        actors=[
            Actor(name="Tomás Arce", aliases=["Arce"]),
            Actor(name="Lucía Benavente", aliases=["Benavente"]),
        ],
        parties=["Chile", "Peru"],
        places=["Tacna"],
        keywords=["prisoner swap", "prisoner exchange"],
    )


# Invented: a meeting of two foreign ministers in Valletta (one planned encounter), for the
# tests of a meeting told by its end and by its noun phrase.
THORSEN_DIOP_MEETING = Track(
    id="thorsen-diop-meeting",
    title="Thorsen–Diop meeting in Valletta",
    kind="meeting",
    actors=[
        Actor(name="Einar Thorsen", aliases=["Thorsen"]),
        Actor(name="Awa Diop", aliases=["Diop"]),
    ],
    parties=["Iceland", "Senegal"],
    places=["Valletta"],
    keywords=["meeting", "talks", "meet"],
)
