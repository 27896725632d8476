"""Ingest boundaries: only regular files, no symlinks out of the folder, bounded reads, a
sane published-date window, checked sidecars, honest decoding; one bad file never stops
a batch and every skipped entry is reported with its reason."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tracker.domain.errors import RejectedInputError
from tracker.ingest import pipeline
from tracker.ingest.pipeline import prepare_bytes, read_bounded, sane_published
from tracker.ingest.readers import decode_report
from tracker.services.ingest import IngestReport, ingest_paths
from tracker.storage.db import Store

ARTICLE = (
    "Summit talks in Budapest are on hold, officials say\n\n"
    "The planned summit between the two presidents in Budapest was put on hold on Tuesday, "
    "officials said.\n"
)


def _write(folder: Path, name: str, text: str = ARTICLE) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _by_name(report: IngestReport) -> dict[str, tuple[str, str | None]]:
    return {Path(i.path).name: (i.outcome, i.reason) for i in report.items}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_a_folder_is_refused_without_hanging(fresh_db: Store, tmp_path: Path) -> None:
    _write(tmp_path, "good.txt")
    os.mkfifo(tmp_path / "pipe.txt")
    report = ingest_paths(fresh_db, [tmp_path])
    got = _by_name(report)
    assert got["good.txt"][0] == "new"
    assert got["pipe.txt"] == ("refused", "not a regular file (a FIFO (named pipe))")


def test_symlinks_out_of_the_folder_are_not_followed(fresh_db: Store, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    outside = _write(tmp_path, "outside.txt")
    (folder / "passwd.txt").symlink_to("/etc/passwd")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "out.txt").symlink_to(outside)
    _write(folder, "real.txt")
    (folder / "again.txt").symlink_to(folder / "real.txt")
    (folder / "sub").symlink_to(tmp_path)
    got = _by_name(ingest_paths(fresh_db, [folder]))
    for name in ("passwd.txt", "zero.txt", "out.txt"):
        outcome, reason = got[name]
        assert outcome == "refused" and "outside the imported folder: not followed" in (
            reason or ""
        )
    # a link inside the folder is read (in name order: the link first, then its target)
    assert (got["again.txt"][0], got["real.txt"][0]) == ("new", "duplicate")
    assert got["sub"] == ("skipped", "a symbolic link to a folder: not followed")
    assert len([i for i in fresh_db.conn.execute("SELECT id FROM documents")]) == 1


def test_a_device_named_directly_is_refused(fresh_db: Store) -> None:
    got = _by_name(ingest_paths(fresh_db, [Path("/dev/zero")]))
    assert got["zero"][0] == "refused"


def test_reads_are_bounded(tmp_path: Path) -> None:
    path = _write(tmp_path, "big.txt", "x" * 5000)
    with pytest.raises(RejectedInputError, match="limit"):
        read_bounded(path, 1000)
    assert read_bounded(path, 5000) == b"x" * 5000


def test_other_entries_are_reported_as_skipped(fresh_db: Store, tmp_path: Path) -> None:
    tmp_path = tmp_path / "articles"
    tmp_path.mkdir()
    _write(tmp_path, "good.txt")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    (tmp_path / "good.txt.meta.json").write_text('{"outlet": "Reuters"}')
    report = ingest_paths(fresh_db, [tmp_path])
    got = _by_name(report)
    assert got["photo.jpg"][0] == "skipped" and ".jpg" in (got["photo.jpg"][1] or "")
    assert got[".DS_Store"] == ("skipped", "a hidden file")
    assert "good.txt.meta.json" not in got  # a sidecar is part of its article
    assert report.skipped == 2


def test_an_unreadable_subfolder_is_reported(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "good.txt")
    (tmp_path / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path: object) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    got = _by_name(ingest_paths(fresh_db, [tmp_path]))
    assert got["locked"] == ("refused", "cannot read folder: Permission denied")
    assert got["good.txt"][0] == "new"


@pytest.mark.parametrize(
    "stamp", ["Published: 0001-01-01", "Published: 9999-12-31", "Published: 1850-05-01"]
)
def test_a_date_outside_the_window_is_ignored_and_the_batch_goes_on(
    fresh_db: Store, tmp_path: Path, stamp: str
) -> None:
    _write(tmp_path, "a_bad.txt", ARTICLE.replace("\n\n", f"\n\n{stamp}\n\n", 1))
    _write(tmp_path, "b_good.txt", ARTICLE.replace("Tuesday", "Monday"))
    report = ingest_paths(fresh_db, [tmp_path])
    bad = next(i for i in report.items if i.path.endswith("a_bad.txt"))
    assert bad.outcome == "new"
    assert any(w.startswith("date ignored: published date") for w in bad.warnings)
    assert next(i for i in report.items if i.path.endswith("b_good.txt")).outcome == "new"


def test_a_sidecar_date_outside_the_window_is_ignored(fresh_db: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt")
    (tmp_path / "a.txt.meta.json").write_text('{"published": "2031-01-01"}')
    item = ingest_paths(fresh_db, [path]).items[0]
    assert item.outcome == "new" and "date ignored" in item.warnings[0]
    assert fresh_db.conn.execute("SELECT published FROM documents").fetchone()[0] is None


@pytest.mark.parametrize(
    ("meta", "stamps", "lines", "warning"),
    [
        (
            {"article:published_time": "9999-12-31T00:00:00Z"},
            [],
            [],
            "date ignored: published date 9999-12-31 (page metadata) is outside 1900–2026",
        ),
        (
            {},
            ["Oct 1, 2031"],
            [],
            'date ignored: published date 2031-10-01 ("Oct 1, 2031") is outside 1900–2026',
        ),
        (
            {},
            [],
            ["Headline", "Published: 0001-01-01"],
            "date ignored: published date 0001-01-01 "
            '("Published: 0001-01-01") is outside 1900–2026',
        ),
        (
            {},
            [],
            ["Updated: 2025-12-01"],
            'date ignored: published date 2025-12-01 ("Updated: 2025-12-01") is after today',
        ),
        ({}, [], ["Posted: 2025-02-30"], 'date ignored: "2025-02-30" is not a date'),
        (
            {},
            [],
            ["Published: December 31, 9999"],
            "date ignored: published date in the year 9999 "
            '("Published: December 31, 9999") is out of range',
        ),
        ({}, ["Oct 1, 2025"], ["Published: 2025-10-01"], None),
        ({}, [], ["The talks resumed on 0001-01-01 in the story's own words."], None),
    ],
)
def test_a_printed_date_the_reader_could_not_take_is_named(
    meta: dict[str, str], stamps: list[str], lines: list[str], warning: str | None
) -> None:
    from datetime import date

    got = pipeline.unused_printed_date(meta, stamps, lines, date(2025, 10, 22))
    assert got == warning


def test_the_window_is_1900_to_a_year_ahead() -> None:
    from datetime import date

    today = date(2025, 10, 22)
    assert sane_published(date(1900, 1, 1), today) is None
    assert sane_published(date(2026, 10, 22), today) is None
    assert sane_published(date(2026, 10, 24), today) is not None
    assert sane_published(date(1899, 12, 31), today) is not None


@pytest.mark.parametrize(
    ("sidecar", "message"),
    [
        ({"title": 42}, "sidecar field 'title' must be text, not a number"),
        ({"outlet": ["Reuters"]}, "sidecar field 'outlet' must be text, not a list"),
        ({"published": {"y": 2025}}, "sidecar field 'published' must be text, not an object"),
        ({"reliability": True}, "sidecar field 'reliability' must be text, not true/false"),
        ({"title": "x" * 100_000}, "sidecar field 'title' is 100,000 characters long; at most 500"),
    ],
)
def test_wrong_sidecar_values_are_refused_with_the_field_named(
    sidecar: dict[str, object], message: str
) -> None:
    with pytest.raises(RejectedInputError) as caught:
        prepare_bytes(ARTICLE.encode(), name="a.txt", manifest=sidecar)
    assert str(caught.value) == message


def test_a_long_title_from_the_text_is_cut() -> None:
    prepared = prepare_bytes(("Budapest " * 200 + "\n\n" + ARTICLE).encode(), name="a.txt")
    assert len(prepared.document.title) <= pipeline.FIELD_LIMITS["title"]
    assert any("title was cut" in w for w in prepared.warnings) or prepared.document.title


def test_a_zero_width_only_file_is_refused() -> None:
    with pytest.raises(RejectedInputError, match=r"no visible text|no article text"):
        prepare_bytes(("\u200b\u200c\u200d\ufeff\u2060\n" * 20).encode(), name="z.txt")


def test_utf16_without_a_bom_is_read_with_a_note() -> None:
    prepared = prepare_bytes(ARTICLE.encode("utf-16-le"), name="a.txt")
    assert (
        prepared.document.text.startswith("The planned summit")
        or "summit" in prepared.document.text
    )
    assert prepared.document.encoding == "utf-16-le"
    assert prepared.warnings == ["no byte order mark: read as UTF-16-LE"]


def test_invalid_utf8_is_decoded_with_a_stated_fallback() -> None:
    mixed = "Café Zürich – naïve".encode() + b"\xff\xfe!"
    text, encoding, note = decode_report(mixed)
    assert (encoding, text.count("\ufffd")) == ("utf-8", 2)
    assert note == "invalid UTF-8: 2 byte sequence(s) could not be read and show as \ufffd"
    text, encoding, note = decode_report("Café Zürich – naïve".encode("cp1252"))
    assert (text, encoding) == ("Café Zürich – naïve", "cp1252")
    assert note == "not UTF-8: read as Windows-1252 (cp1252)"


def test_an_unexpected_fault_in_one_file_does_not_stop_the_batch(
    fresh_db: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, "a.txt")
    _write(tmp_path, "b.txt", ARTICLE.replace("Tuesday", "Monday"))
    real = pipeline.prepare_bytes

    def flaky(data: bytes, **kw: object) -> object:
        if kw.get("name") == "a.txt":
            raise OverflowError("date value out of range")
        return real(data, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr("tracker.ingest.pipeline.prepare_bytes", flaky)
    got = _by_name(ingest_paths(fresh_db, [tmp_path]))
    assert got["a.txt"] == ("refused", "could not be read (OverflowError: date value out of range)")
    assert got["b.txt"][0] == "new"


def test_a_sidecar_that_is_a_symlink_is_not_followed(fresh_db: Store, tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt")
    secret = tmp_path / "secret.json"
    secret.write_text(json.dumps({"outlet": "Leaked"}))
    (tmp_path / "a.txt.meta.json").symlink_to(secret)
    item = ingest_paths(fresh_db, [path]).items[0]
    assert item.outcome == "refused" and "symbolic link" in (item.reason or "")
