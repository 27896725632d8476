"""The reading engine holds the quality it reached on the labelled corpus (tests/corpus).

A floor, raised as the engine improves and never lowered: each figure below is what
``bench/quality.py`` measured when it was last raised, less a small margin for the
rounding of a changed label. ``.venv/bin/python bench/quality.py`` prints the figures.

The floors below hold on the articles numbered 0–499 (the corpus as it stood when they were
set), scored on a database built from the whole corpus, so a group of articles added later
cannot lower them by being harder. Each later group (500 and up, a hundred numbers each) has
its own floor in ``GROUP_FLOOR``, set from its first measure (``bench/quality.py`` prints the
figures "by group of articles") and raised as the engine improves on it.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

FLOOR: dict[str, dict[str, float]] = {
    "default": {"recall": 0.965, "signal": 0.905, "date": 0.926},
    "added": {"recall": 0.943, "signal": 0.906, "date": 0.947},
}
MAX_CROSS_TRACK = 2
MAX_FALSE_PER_ARTICLE = 0.02
MAX_FURNITURE = 33
MIN_FINAL_OK = 17
# Final statuses right on the whole corpus (every group): 44 of 45 until a trip called off
# beside "the negotiations continue" stopped suspending the Japan–US talks (14xx), 45 of 45.
# 67 of 68 with the later groups until a halt and a resumption told for one day were read in
# that order (the Chagos talks, 22xx): 68 of 68. 75 of 77 with groups 20xx-25xx; 76 of 77
# once the Barbados talks' failure told in figures of speech ("mortally wounded") was read;
# 81 of 83 with groups 26xx and 27xx (wrong: COP29 left scheduled, Pezeshkian's visit);
# 82 of 83 once a numbered session named alone ("COP29 starts tomorrow") was the track.
# 82 of 86 with group 30xx (the Israel-Saudi normalisation right; the grain initiative left
# stalled on the day it ended, the Vienna talks left active). 87 of 92 with groups 28xx-31xx
# together (wrong: the grain initiative, the Vienna talks, the Pope's undated journey,
# Kim's visit to Russia taking Putin's Pyongyang summit, Pezeshkian's undated visit).
# 90 of 95 with group 35xx (its three visits right; Meloni's from the press review of 18
# August that tells it concluded); group 34xx's direction rules bring Kim's visit to Russia
# back to proposed. 98 of 104 with groups 32xx-35xx merged.
MIN_WHOLE_FINAL_OK = 98
MIN_SAME_DAY_PUBLISHED = 83  # articles dated the day their source was published
FIRST_GROUPS = (0, 499)
# A later group's floor: group ("5xx") -> measure -> floor.
GROUP_FLOOR: dict[str, dict[str, float]] = {
    # meetings and visits told as held (501-508): first measured .719 / .219 / .471
    # a state visit "set to run from" its days read scheduled: signal .578 -> .594
    # a side's words read at the meeting (readouts.py): .785 / .615 / .731
    # a judgement after it ("a terrific meeting") and the two leaders' acts: signal .631
    "5xx": {"recall": 0.78, "signal": 0.626, "date": 0.726},
    # multi-day summits of 2025 (first measure .851 / .340 / .462; .468 with the clause verb)
    # a speaker's words at a gathering told held (speeches.py): signal .617 -> .638
    "8xx": {"recall": 0.867, "signal": 0.634, "date": 0.892},
    # visits announced well ahead (first measure .878 / .347 / .500)
    # a preview's present read scheduled (previews.py): signal .519 -> .577
    "6xx": {"recall": 0.88, "signal": 0.572, "date": 0.687},
    # talks under way, stalled, forming and signed: first measure .919 / .452 / .745
    "7xx": {"recall": 0.93, "signal": 0.576, "date": 0.825},
    # standing processes going on, stalled and resumed: first measure .844 / .429 / .766
    # a side freeing prisoners read on a channel (acts.py, 907's headline): signal .558 -> .571
    "9xx": {"recall": 0.865, "signal": 0.566, "date": 0.846},
    # encounters given a date, then moved, postponed or called off: first measure
    # .803 / .508 / .600
    "10xx": {"recall": 0.912, "signal": 0.728, "date": 0.862},
    # leaders' attendance at summits with set days, visits dated "from d to d": first
    # measure .694 / .290 / .486; after its rules .758 / .565 / .600 on 62 labels. 1105 gained
    # two labels for the Lee–Xi summit track of 15xx, both missed ("will attend … and pay a
    # state visit … at the invitation of" no status; "This will be … the first meeting" read
    # held); on its first 62 labels the engine reads as before, on 64 .766 / .547 / .568;
    # after the visit at the other's invitation and "will be the first" .766 / .578 / .622
    "11xx": {"recall": 0.761, "signal": 0.573, "date": 0.644},
    # tracks that share people (a leader's visit and the trade track of the same countries):
    # first measure .851 / .537 / .439; after its rules .955 / .582 / .512
    # the two leaders' acts together (together.py): signal .687 -> .716
    "12xx": {"recall": 0.95, "signal": 0.711, "date": 0.751},
    # negotiations held in rounds, active between their meetings: first measure
    # .742 / .419 / .545; after its rules .753 / .570 / .545; .763 once one side told as a
    # side carried the talks on (1411's "Swiss officials have offered a package …")
    "14xx": {"recall": 0.758, "signal": 0.565, "date": 0.577},
    # meetings of two on the sidelines of a summit that is a track too: first measure
    # .821 / .333 / .661 (tracks as narrowed after the first run; .808 / .333 / .610 as first
    # typed); after its rules .821 / .346 / .661; with the arbitration of tracks that share
    # a party decided by their relation, not their ids' order, .833 / .359 / .678 (1505's
    # APEC sentence no longer lost to a meeting track itself given way); after the acts said
    # or done at the meeting and the meeting told ahead on the sidelines .833 / .462 / .695
    # a leader who "reaches" the venue for the G7 outreach read scheduled: signal .462 -> .474
    # a side's words read at the meeting (readouts.py): .835 / .494 / .712
    # an encounter judged after it ("very meaningful"): signal .494 -> .506
    "15xx": {"recall": 0.83, "signal": 0.501, "date": 0.707},
    # a visit's programme told without names or the event word (ceremony, wreath, banquet,
    # address, tour): first measure .493 / .232 / .397 (69 labels; .486 / .222 / .394 on the
    # 72 kept, the pages' titles labelled); after its rules .611 / .500 / .530; with people
    # named by their title ("the King" after "King Charles") and a shared person weighed
    # for neither track .764 / .556 / .697
    # a visit's stage acts with no cue (the palace, honours, anthems, a performance for the
    # guest) read the visit held .808 / .644 / .701
    # with a plan told loosely set for later the article's day: .808 / .685 / .701
    "13xx": {"recall": 0.803, "signal": 0.68, "date": 0.692},
    # tours of several countries told stop by stop, and an arrival for a summit ahead:
    # first measure .842 / .436 / .675 with the tracks as first typed, .762 / .446 / .675
    # with the hosts added as people (the one-person tracks took other visits' sentences);
    # after the stages of a tour and the arrival dated by the summit .762 / .624 / .700;
    # a dateline's place no venue, the track's own place as a venue, the guest's arrival by
    # a pronoun and an event told by its setting .861 / .683 / .825
    # a visit's stage acts with no cue (honours conferred, a dance for the guest, the palace
    # reached) .901 / .762 / .825
    # the two leaders' acts together (together.py): signal .762 -> .782
    "17xx": {"recall": 0.896, "signal": 0.777, "date": 0.82},
    # summits and conferences told by what was said and done at them (speeches, joint
    # positions, the close still ahead): first measure .505 / .204 / .440; after what was
    # said at the gathering and its close ahead .527 / .333 / .440; with a speaker's part
    # announced ahead .527 / .344 / .440; a text's drafting no meeting .527 / .355 / .440;
    # a gathering named by its capital ("the Baghdad Summit") and carried on by what its
    # people said there .656 / .430 / .587; its many counted ("more than 60 world leaders
    # have gathered") .677 / .452 / .613; the chain read over a subhead .699 / .452 / .640
    # a speaker's words at the gathering once it was told held (speeches.py) .699 / .527 / .640
    "16xx": {"recall": 0.694, "signal": 0.522, "date": 0.635},
    # a process told by its acts (exchanges and releases carried out, held up): first
    # measure .566 / .202 / .521 (tracks narrowed after the first run, as README says);
    # after the acts carried out, ahead and held up (acts.py) .566 / .465 / .535; after the
    # headline's delay, the cells, the exchange agreed and the act named again .566 / .495 / .535;
    # after the process's acts linked to it (actlinks.py: people freed, its sides exchanging,
    # the act by its noun in an article about it) .859 / .788 / .859
    "18xx": {"recall": 0.854, "signal": 0.783, "date": 0.854},
    # bilateral meetings told by their read-outs: first measure .723 / .337 / .448 (83 labels);
    # a side's words at the meeting, the meeting after it and begun (readouts.py): .723 / .470 / .522
    # the surroundings read before the read-out, which keeps their day: .723 / .470 / .567
    # an encounter judged after it, the talks "held behind closed doors": .735 / .506 / .582
    "19xx": {"recall": 0.73, "signal": 0.501, "date": 0.577},
    # summits and ministerial forums told by official pages (joint statements, a
    # communique, opening remarks, a ministry's overview): first measure .763 / .447 / .655
    # on the eleven dated articles; after the overview's forms .763 / .579 / .655
    # a speaker's words at the gathering once it was told held (speeches.py) .763 / .632 / .690
    # a preview's present read scheduled (previews.py, 2112's headline): .763 / .658 / .724
    "21xx": {"recall": 0.758, "signal": 0.653, "date": 0.719},
    # negotiations told by their sessions, and talks reported failed or halted (2201-2213):
    # first measure .386 / .157 / .278 (2201-2212; with 2213 .413 / .196 / .372); after the
    # session, failure and halt cues and talks inside one body: .533 / .359 / .488; with one
    # body's named keyword: .609 / .435 / .558
    "22xx": {"recall": 0.604, "signal": 0.43, "date": 0.553},
    # a meeting told by its end or by its noun phrase (Rubio–Wang Yi, Hegseth–Dong Jun,
    # Vance–Modi): first measure .753 / .529 / .600 on 85 labels as first typed, .765 / .518
    # / .600 with the Vance–Modi parties and places dropped (they took 705's trade delegation
    # and 1206's Modi visit); after the meeting told by its end and by its noun phrase
    # .788 / .576 / .644
    # with the read-out refusals and the surroundings first: .788 / .588 / .644
    # the talks "held beside" another meeting (a comma-set participle): signal .588 -> .600
    # undated pages dated by the meeting dated reports agree on (pagedays.py): date .667
    # a continuation goes to the event told last (the ministers' meeting, not the leaders'
    # summit named in passing): signal .600 -> .612; recall .788 -> .800 once a visit refused
    # a venue in a third country though typed with a landmark (34xx's rules)
    "23xx": {"recall": 0.795, "signal": 0.607, "date": 0.662},
    # talks that failed, told afterwards (Jeddah, Tumaini, Barbados; 2401-2411): first
    # measure .767 / .517 / .649 on 60 labels; after the failure told later, adjourned,
    # before the talks, sought resumptions and the feared collapse: .767 / .700 / .649;
    # the failure in figures of speech and the coined name ("Tumaini"): .817 / .767 / .703
    "24xx": {"recall": 0.812, "signal": 0.762, "date": 0.698},
    # visits announced ahead, dated or left open, and proposed by a leader's remark: first
    # measure .776 / .328 / .500 (58 labels; the Xi track narrowed to the White House); after
    # its rules (planned for a day, next week's visit, dates settled, no plans to visit, a
    # visit worked out, a visitor told coming, a plural "begin") .793 / .500 / .500, and so
    # with the Xi track retyped (no places, context terms for the Busan meeting and Trump's
    # Beijing visit) and a context track taking no cue (3xx back to its figures); with a
    # visit told apart from a meeting of its people and the announcement of a proposal
    # dated by its telling .793 / .534 / .500
    # a yearless dateline settled by its track and a programme that "comes Tuesday": .542
    # a visit's rank, act or stay told ahead (33xx's rules): signal .534 -> .552
    "20xx": {"recall": 0.788, "signal": 0.547, "date": 0.537},
    # pages that print no date of their own (Pezeshkian in Moscow, the EU Commission in India,
    # the AI Action Summit): first measure .647 / .275 / .357 on 51 labels; .635 / .288 / .357
    # on 52 with the title line of 2511 labelled (the lead's day without its year dates no
    # page of the group: their years are not printed)
    "25xx": {"recall": 0.63, "signal": 0.283, "date": 0.352},
    # talks told through their sides and accords by their announcement (Saudi–Iran in
    # Beijing, Saudi–Houthi in Sanaa and Riyadh, Ethiopia–TPLF in Pretoria and Nairobi;
    # 2601-2612): first measure .893 / .507 / .604 on 75 labels; after relations restored,
    # a mediator's congratulations, a delegation's arrival or return, talks judged or their
    # outcome welcomed and the host thanked: .893 / .733 / .604; .893 / .720 / .604 with an
    # arrival in a relative clause left to the meeting ahead it modifies
    # (the wall-clock stamp "Wed 20 Sep 2023 1:52 pm - Jerusalem Time" read: date .625)
    "26xx": {"recall": 0.888, "signal": 0.715, "date": 0.62},
    # summits and conferences told ahead in the present (NATO in Washington, COP29 in Baku,
    # CHOGM in Samoa): first measure .577 / .197 / .405 on 71 labels; after a preview's
    # present read scheduled (previews.py) and a host getting ready read preparing
    # .577 / .352 / .432; with a numbered session named alone ("COP29 starts tomorrow")
    # .732 / .437 / .568; .746 / .451 / .595 with the dateline rules
    "27xx": {"recall": 0.741, "signal": 0.446, "date": 0.59},
    # pages dated by yearless, bracketed and date-first datelines or not at all (Putin in
    # Pyongyang, the SCO summit in Astana, Pope Francis's Asia-Pacific journey; 3101-3108):
    # first measure .755 / .306 / .116 on 49 labels; after the dateline layouts, the years
    # settled by the lead's weekday and the track's dated reports, and a plan told in the
    # present taking the programme's day: .755 / .306 / .442; .735 / .286 / .419 beside the
    # distractor refusals (3104's roll call of the SCO's heads of state, host first, is read
    # as a list of others' countries: a members' list of the track's own body, left open);
    # .755 / .306 / .442 once the Pyongyang summit was no longer Kim's visit to Russia (34xx)
    "31xx": {"recall": 0.75, "signal": 0.301, "date": 0.437},
    # accords made, shelved, suspended, revived and ended (the Black Sea grain deal, the
    # Vienna talks on the Iran nuclear deal, the Israel-Saudi normalisation): first measure
    # .649 / .390 / .667 on 77 labels; after an accord told by where it stands (its text
    # ready, a deal near, a participation suspended, its end) .675 / .545 / .686
    "30xx": {"recall": 0.67, "signal": 0.54, "date": 0.681},
    # talks told only through their sides (US–Taliban contacts, the China–Philippines
    # consultation mechanism, the Greece–Turkey political dialogue): first measure
    # .873 / .493 / .464 on 71 labels; after two sides' officials telling each other read as
    # the talks in use and one side told as a side carrying them on .915 / .521 / .500
    "28xx": {"recall": 0.91, "signal": 0.516, "date": 0.495},
    # distractors: pages about other events of the tracks' people, parties, places and words
    # (no track of their own; 10 evidence labels): first measure .700 / .100 / .000; with
    # ministers' meetings and lists of guests refused .800 / .100 / .000
    "29xx": {"recall": 0.79, "signal": 0.09, "date": 0.0},
    # events told by what was agreed, adopted, signed or issued at them (the G20 New Delhi
    # summit, the Jeddah talks on Ukraine's peace formula, the Camp David summit): first
    # measure .691 / .444 / .373 on 81 labels with the tracks as typed; with the tracks
    # narrowed (corpus README) .642 / .420 / .387; with an event told by its outcome
    # (outcomes.py) .642 / .481 / .387; once four headline labels quoted the page's <title>
    # line whole (each quote found once) .617 / .469 / .373, on the branch and merged alike
    "32xx": {"recall": 0.615, "signal": 0.465, "date": 0.37},
    # summits and a state visit told ahead by expectation and itinerary ("due to gather",
    # "will be in <city> from d to d", "is expected to visit … beginning on", a day's
    # programme) and by modal headlines: first measure .720 / .380 / .378 (51 labels); with
    # a visit's parts ahead while it goes on read status-less (group 5's part-of-event)
    # .725 / .373 / .390; after the future reaching a visitor's act, a visit's rank in a
    # preview's present, a stay by its days, gatherings due or set and a plan recalled
    # (50 labels, two sentences on the G20 in Rio left out) .740 / .480 / .400
    "33xx": {"recall": 0.735, "signal": 0.475, "date": 0.395},
    # visits in opposite directions (Modi in Paris 2023, Macron in India 2024, Xi in Brasilia
    # 2024): first measure .727 / .303 / .377 on 66 labels (.738 / .308 / .383 on 65 once
    # 3407's G20 sentence was left out); the direction rules leave it there (they take
    # other tracks' readings away, cross-track errors 5 -> 4)
    "34xx": {"recall": 0.733, "signal": 0.303, "date": 0.378},
    # pages that print no date, or print it only in the address, a caption, an embedded post
    # or glued to the lead (Putin in Mongolia, Meloni in China, Erdogan in Iraq, 2024;
    # 3501-3511): first measure .875 / .482 / .333 on 56 labels (27 dated; 3 of 11 pages
    # dated); after the address layouts, the date glued to a press review's lead and a
    # caption's day settled by the lead's weekday .912 / .491 / .821 on 57 labels (7 pages
    # dated the day published, the 4 that print neither date nor year left undated)
    "35xx": {"recall": 0.9, "signal": 0.485, "date": 0.81},
}
# A later group's ceiling of false evidence per article (status claims on sentences with no
# label for their track), where the group was written to measure it: group -> (first, last
# article number, ceiling). 29xx (distractors): first measure 2.500 (35 claims on 14 pages),
# 2.357 with ministers' meetings and lists of guests refused; 2.071 (29 claims) with a visit's
# venue in a third country and another body's named gathering refused (34xx); 2.214 (31
# claims) once the tracks of groups 32xx-35xx joined the corpus: the G20 New Delhi summit's
# track makes two claims on these pages; the older tracks' claims are still the 29 of 2.071
# (the same pages read by more tracks, not a refusal lost).
GROUP_MAX_FALSE: dict[str, tuple[int, int, float]] = {
    "29xx": (2900, 2999, 2.22),
}


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT))
    from bench.labels import check, load
    from bench.quality import build, part, score

    corpus = load()
    assert check(corpus) == []
    built = build(corpus, tmp_path_factory.mktemp("quality"))
    whole = score(corpus, built)
    first = score(part(corpus, *FIRST_GROUPS), built)
    false = {
        group: score(part(corpus, lo, hi), built)["false_evidence_per_article"]
        for group, (lo, hi, _) in GROUP_MAX_FALSE.items()
    }
    return {**first, "whole": whole, "group_false": false}


@pytest.mark.parametrize("which", ["default", "added"])
def test_reading_holds_its_floor(result: dict[str, Any], which: str) -> None:
    got = result[which]
    for measure, floor in FLOOR[which].items():
        assert got[measure] >= floor, f"{which} {measure} fell to {got[measure]} (floor {floor})"


def test_few_wrong_tracks_and_no_page_furniture(result: dict[str, Any]) -> None:
    assert result["cross_track_errors"] <= MAX_CROSS_TRACK
    assert result["false_evidence_per_article"] <= MAX_FALSE_PER_ARTICLE
    assert result["furniture_excerpts"] <= MAX_FURNITURE


def test_final_statuses_and_as_of_today_agree(result: dict[str, Any]) -> None:
    assert result["final_status_ok"] >= MIN_FINAL_OK
    assert result["as_of_today_agrees"], [
        r for r in result["finals"] if not r["as_of_today_agrees"]
    ]


def test_final_statuses_hold_on_the_whole_corpus(result: dict[str, Any]) -> None:
    wrong = [r for r in result["whole"]["finals"] if r["expected"] and not r["ok"]]
    assert result["whole"]["final_status_ok"] >= MIN_WHOLE_FINAL_OK, wrong


def test_articles_are_dated_as_published_and_never_wrong(result: dict[str, Any]) -> None:
    dates = result["published_dates"]
    assert dates["same_day"] >= MIN_SAME_DAY_PUBLISHED, dates
    assert result["whole"]["published_dates"]["wrong"] == 0, result["whole"]["published_dates"]


def test_later_groups_hold_their_floors(result: dict[str, Any]) -> None:
    groups = result["whole"]["by_group"]
    for group, floors in GROUP_FLOOR.items():
        for measure, floor in floors.items():
            got = groups[group][measure]
            assert got >= floor, f"group {group} {measure} fell to {got} (floor {floor})"
    assert result["whole"]["as_of_today_agrees"]


def test_later_groups_hold_their_false_evidence_ceilings(result: dict[str, Any]) -> None:
    for group, (_, _, ceiling) in GROUP_MAX_FALSE.items():
        got = result["group_false"][group]
        assert got <= ceiling, f"group {group} false evidence rose to {got} (ceiling {ceiling})"
