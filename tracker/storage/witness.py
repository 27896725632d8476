"""The head witness: the audit log's last row, kept in a file beside the database.

Anyone able to edit the database can delete the newest audit rows or re-hash the whole
chain so that it verifies again; what they cannot do unseen is change what was recorded
outside it. After every write that appends to the log, ``DB.head`` is replaced atomically
with the new head (``seq``, ``hash``, time). ``verify`` checks that the row the witness
names still exists with that hash; a briefing prints the head it was made from, and
``tracker verify --head H`` checks such a printed head.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path

from tracker.domain.errors import UserError
from tracker.storage import audit
from tracker.storage.db import Store
from tracker.storage.files import write_atomically

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Witness:
    seq: int
    hash: str
    at: str


def witness_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".head")


def read(db_path: Path) -> Witness | None:
    """The witness beside ``db_path``; ``None`` when there is none. A file that cannot be
    read as a witness raises ``ValueError``."""
    path = witness_path(db_path)
    try:
        if not path.is_file():
            return None
        data = json.loads(path.read_text(encoding="utf-8")[:4096])
        return Witness(seq=int(data["seq"]), hash=str(data["hash"]), at=str(data.get("at", "")))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"the head witness {path.name} cannot be read ({exc})") from None


def write_head(db_path: Path, seq: int, digest: str, at: str) -> None:
    body = json.dumps({"seq": seq, "hash": digest, "at": at}, sort_keys=True) + "\n"
    write_atomically(witness_path(db_path), body.encode("utf-8"))


def record(store: Store) -> None:
    """Write the current head to the witness (after a commit). A witness that cannot be
    written is logged, never fatal: the change itself is already safe in the database."""
    if store.path is None:
        return
    seq, digest = audit.head(store)
    if seq == 0:
        return
    if store.witnessed == (seq, digest):
        return
    try:
        write_head(store.path, seq, digest, store.now())
        store.witnessed = (seq, digest)
    except (OSError, UserError) as exc:
        log.warning("the head witness of %s could not be written: %s", store.path, exc)


def install(store: Store) -> None:
    if store.path is not None and record not in store.after_commit:
        store.after_commit.append(record)


def exists(db_path: Path) -> bool:
    return os.path.lexists(witness_path(db_path))
