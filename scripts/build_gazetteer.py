"""Build resources/gazetteer.json: countries, organisations and people the reader knows.

Sources:
- scripts/data/countries.tsv: each country's English name, capital and the names and
  demonyms reporting uses (written for the tracker);
- the Phoenix country dictionary of the PETRARCH2 event coder (MIT licence, Open Event Data
  Alliance; ``Phoenix.Countries.actors.txt``): longer official names containing the country's
  name ("Islamic Republic of Iran") and the country's cities, which tell where a place is;
- scripts/data/venues.tsv: cities and venues where diplomacy happens, with their country
  (written for the tracker);
- scripts/data/gazetteer_extra.json: institutions that stand for a country ("the Kremlin"),
  organisations, and people in office in 2025-2026 with their country and role (written for
  the tracker).

Run: ``.venv/bin/python scripts/build_gazetteer.py [PATH/TO/petrarch2]`` (default
``../shared/reference/petrarch2``). The output is committed; the reference files are not.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "scripts" / "data"
OUT = ROOT / "resources" / "gazetteer.json"
MAX_CITIES = 15
_SMALL = {"of", "the", "and", "de", "du", "la", "al", "el"}
_TOKEN = re.compile(r"^[A-Z][A-Z .'-]*$")

NOTICE = (
    "Derived in part from the Phoenix country dictionary of the PETRARCH2 event coder "
    "(Copyright (c) 2014 Open Event Data Alliance, MIT licence): official name variants and "
    "cities. Names, capitals, demonyms, institutions, organisations and people were written "
    "for the tracker. Rebuild with scripts/build_gazetteer.py."
)


def _title(token: str) -> str:
    words = token.replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if i and low in _SMALL:
            out.append(low)
        elif "-" in word:
            out.append("-".join(p.capitalize() for p in word.split("-")))
        else:
            out.append(word.capitalize())
    return " ".join(out)


def phoenix_blocks(path: Path) -> dict[str, list[str]]:
    """Country header token -> its '+' synonym lines (cleaned), for every block in the file."""
    blocks: dict[str, list[str]] = {}
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for i, line in enumerate(lines):
        if not line or line[0] in "+#\t ":
            continue
        head = line.split("#")[0].split("[")[0].strip().rstrip("_").strip()
        synonyms: list[str] = []
        j = i + 1
        while j < len(lines) and lines[j].startswith("+"):
            value = lines[j][1:].split("#")[0].strip().rstrip("_").strip()
            if value and _TOKEN.match(value.replace("_", " ")) and "(" not in value:
                synonyms.append(value)
            j += 1
        if j < len(lines) and lines[j].startswith("\t"):
            continue  # a person or body with role codes, not a country
        if synonyms and head not in blocks:
            blocks[head] = synonyms
    return blocks


def build(reference: Path) -> dict[str, Any]:
    blocks = phoenix_blocks(reference / "Phoenix.Countries.actors.txt")
    countries: dict[str, Any] = {}
    for raw in (DATA / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = ([*raw.split("\t"), "", "", "", ""])[:5]
        code, name, capital, header, extra = (p.strip() for p in parts)
        extras = [e.strip() for e in extra.split(",") if e.strip()]
        header = header or name.upper().replace(" ", "_")
        synonyms = [_title(s) for s in blocks.get(header, [])]
        known_words = {w.lower() for n in [name, *extras] for w in n.split() if len(w) > 3}
        names = [name]
        demonyms: list[str] = []
        for value in extras:
            is_demonym = value[:1].isupper() and re.search(
                r"(?:an|ian|ese|ish|i|ic|ch|sh|ot|er|ean|ine|ite|ss)$", value
            )
            if is_demonym and " " not in value and value not in ("UAE",):
                demonyms.append(value)
            else:
                names.append(value)
        cities: list[str] = []
        for value in synonyms:
            words = {w.lower() for w in value.split()}
            if value.lower() == capital.lower() or value in names or value in demonyms:
                continue
            if words & known_words:
                if value.lower() != name.lower() and len(value.split()) > 1:
                    names.append(value)
                continue
            if len(cities) < MAX_CITIES and value.lower() not in (n.lower() for n in cities):
                cities.append(value)
        countries[code] = {
            "name": name,
            "names": sorted(set(names), key=names.index),
            "demonyms": demonyms,
            "capital": capital,
            "cities": cities,
        }
    for raw in (DATA / "venues.tsv").read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        venue, code = (p.strip() for p in raw.split("\t"))
        cities = countries[code]["cities"]
        if venue not in cities:
            cities.insert(0, venue)
    extra = json.loads((DATA / "gazetteer_extra.json").read_text(encoding="utf-8"))
    for code, items in extra["institutions"].items():
        countries[code]["institutions"] = items
    return {
        "comment": NOTICE,
        "countries": countries,
        "organisations": extra["organisations"],
        "people": extra["people"],
    }


def main(argv: list[str]) -> int:
    reference = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared/reference/petrarch2"
    if not (reference / "Phoenix.Countries.actors.txt").is_file():
        print(f"no Phoenix dictionary under {reference}", file=sys.stderr)
        return 1
    data = build(reference)
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{OUT.relative_to(ROOT)}: {len(data['countries'])} countries, "
        f"{len(data['organisations'])} organisations, {len(data['people'])} people"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
