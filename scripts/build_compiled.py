"""Compile the reading engine with mypyc, out of the source tree, for the frozen bundle and
the benchmarks.

The pure modules of ``tracker/extract`` (sentences, names, places, cues, dates, speakers:
typed throughout) are compiled to C extension modules; everything else stays Python. The
result is a complete copy of the ``tracker`` package in ``build/compiled/`` whose
``tracker/extract`` holds the compiled modules next to their sources, plus mypyc's runtime
helper module at its root, and links to ``resources/`` and ``seeds/``. Nothing is written to
the checkout's own ``tracker/``: the dev checkout, the tests and ``scripts/run.sh`` always
read the ``.py`` files, and a compiled module can never shadow an edited one.

The build is keyed on the sha256 of every file of the package, this script, Python's and
mypy's versions: when the key matches the one stored in the output it does nothing, when
anything changed it builds again from scratch.

    .venv/bin/python scripts/build_compiled.py          # prints the folder to put first on sys.path
    .venv/bin/python scripts/build_compiled.py --check  # exit 1 when missing or stale

Used by scripts/build_dist.sh (build.spec puts the folder first on its search path) and by
``bench/extraction.py`` (the pure and the compiled engine side by side).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "build" / "compiled"
STAMP = "BUILD-KEY"
# The compiled modules: pure functions over strings and spans (no pydantic classes are
# defined in them): the reading engine, and the date and text handling of the import that
# it calls. lexicon.py stays Python: its Patterns subclasses a tuple, which mypyc compiles
# only as a non-native class (declared with mypy_extensions, not a dependency of the app);
# its per-sentence share is the choice of candidate patterns, about 7% of the reading.
COMPILED = (
    "tracker.extract.analysis",
    "tracker.extract.anchoring",
    "tracker.extract.cuechoice",
    "tracker.extract.dates",
    "tracker.extract.document",
    "tracker.extract.eventdates",
    "tracker.extract.gazetteer",
    "tracker.extract.literals",
    "tracker.extract.literalspans",
    "tracker.extract.matching",
    "tracker.extract.sentences",
    "tracker.extract.signals",
    "tracker.extract.speakers",
    "tracker.extract.text",
    "tracker.extract.visits",
    "tracker.ingest.clean",
    "tracker.ingest.datestamps",
    "tracker.ingest.htmldates",
    "tracker.ingest.published",
)
MYPY_CONFIG = """\
[mypy]
python_version = 3.11
plugins = pydantic.mypy
strict = True

[mypy-docx.*,rapidfuzz.*,sqlite_utils.*,ahocorasick,tzdata]
ignore_missing_imports = True
"""


def sources() -> list[Path]:
    """The compiled modules' source files, in the checkout."""
    return [ROOT / f"{name.replace('.', '/')}.py" for name in COMPILED]


def build_key() -> str:
    """Everything the compiled copy depends on."""
    import mypy.version

    digest = hashlib.sha256()
    digest.update(f"{sys.version} {platform.machine()} {mypy.version.__version__}\n".encode())
    digest.update(Path(__file__).read_bytes())
    for path in sorted((ROOT / "tracker").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def is_current(out: Path, key: str) -> bool:
    stamp = out / STAMP
    return stamp.is_file() and stamp.read_text().strip() == key


def runtime_modules(out: Path) -> list[str]:
    """Top-level modules mypyc's build put next to the package (its shared runtime)."""
    return sorted(p.name.split(".")[0] for p in out.glob("*__mypyc*.so"))


def build(out: Path, key: str) -> None:
    """Copy the package to ``out`` and compile the chosen modules there."""
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    shutil.copytree(
        ROOT / "tracker", out / "tracker", ignore=shutil.ignore_patterns("__pycache__", "*.so")
    )
    for name in ("resources", "seeds"):  # tracker.paths finds them next to the package
        os.symlink(ROOT / name, out / name)
    (out / "mypyc.ini").write_text(MYPY_CONFIG)
    targets = [f"{name.replace('.', '/')}.py" for name in COMPILED]
    # Run where there is no pyproject.toml: setuptools would read the project's own.
    env = {**os.environ, "PYTHONPATH": str(out), "MYPYC_OPT_LEVEL": "3"}
    done = subprocess.run(
        [sys.executable, "-m", "mypyc", "--config-file", "mypyc.ini", *targets],
        cwd=out,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stdout[-4000:] + done.stderr[-4000:])
        raise SystemExit(f"build_compiled: mypyc failed (exit {done.returncode})")
    shutil.rmtree(out / "build", ignore_errors=True)  # the generated C and object files
    missing = [n for n in COMPILED if not list(out.glob(f"{n.replace('.', '/')}.*.so"))]
    if missing or not runtime_modules(out):
        raise SystemExit(f"build_compiled: no extension module for {missing or 'the runtime'}")
    (out / STAMP).write_text(key + "\n")


def ensure(out: Path = OUT) -> Path:
    """The compiled copy, built when missing or stale."""
    key = build_key()
    if not is_current(out, key):
        build(out, key)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--check", action="store_true", help="exit 1 when missing or stale")
    args = ap.parse_args(argv)
    if args.check:
        current = is_current(args.out, build_key())
        print(f"{args.out}: {'current' if current else 'missing or stale'}")
        return 0 if current else 1
    print(ensure(args.out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
