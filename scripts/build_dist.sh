#!/usr/bin/env bash
# Build the offline bundle: dist/tracker/ (tracker-gui, tracker, _internal/) and
# dist/diplomatic-status-tracker-VERSION-linux-ARCH.tar.gz (+ .sha256).
#
#   scripts/build_dist.sh                  # set up what is missing, build, archive
#   scripts/smoke_frozen.sh                # then check the frozen programs
#   scripts/build_dist.sh --compile-only   # only the compiled reading engine (.ci/run
#                                          # builds it while the tests run)
#
# Works on a fresh Debian machine: it runs scripts/setup.sh when .venv/ is missing,
# installs PyInstaller from constraints.txt when it is missing, and binutils (objdump,
# strip — PyInstaller needs them on Linux) with apt-get, as root or with sudo.
# Environment: MAX_BUNDLE_MB (default 170) fails the build when the bundle grows past it;
# TRACKER_COMPILED=0 leaves the reading engine pure Python (no C compiler needed).
set -euo pipefail
cd "$(dirname "$0")/.."

MAX_BUNDLE_MB=${MAX_BUNDLE_MB:-170}
COMPILE_ONLY=0
[ "${1:-}" = "--compile-only" ] && COMPILE_ONLY=1
start=$SECONDS

step() { printf '\n== %s\n' "$*"; }

# binutils: PyInstaller reads and strips ELF files with objdump/strip. The X11 helper
# libraries are carried inside the bundle (analysts' machines may lack them, and Qt's xcb
# plugin will not load without them), so they must be on the build machine.
DEBIAN_PACKAGES=(binutils libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1
  libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1
  libxkbcommon0 libxkbcommon-x11-0 libx11-xcb1 libfontconfig1 libfreetype6 libglib2.0-0
  libdbus-1-3)
# The reading engine is compiled (scripts/build_compiled.py, mypyc): a C compiler and the
# headers of the Python the .venv runs on. TRACKER_COMPILED=0 builds a pure bundle instead.
COMPILED=${TRACKER_COMPILED:-1}
if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${DEBIAN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" \
      || missing+=("$pkg")
  done
  if [ "$COMPILED" != 0 ]; then
    command -v cc >/dev/null 2>&1 || missing+=(gcc)
    py=.venv/bin/python
    [ -x "$py" ] || py=python3  # scripts/setup.sh makes .venv from python3 below
    headers=$("$py" -c 'import sysconfig; print(sysconfig.get_paths()["include"])')
    [ -f "$headers/Python.h" ] || missing+=(python3-dev)
  fi
  if [ ${#missing[@]} -gt 0 ]; then
    step "Installing Debian packages: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
      "${missing[@]}" > /dev/null
  fi
fi
for tool in objdump strip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "build_dist: $tool missing; install binutils" >&2; exit 1; }
done

if [ ! -x .venv/bin/python ]; then
  step "Setting up .venv (scripts/setup.sh)"
  scripts/setup.sh
fi
if [ "$COMPILE_ONLY" = 1 ]; then
  [ "$COMPILED" != 0 ] || exit 0
  step "Compiling the reading engine (scripts/build_compiled.py, mypyc)"
  .venv/bin/python scripts/build_compiled.py
  echo "build_dist: compiled in $((SECONDS - start)) s"
  exit 0
fi
if ! .venv/bin/python -c 'import PyInstaller' >/dev/null 2>&1; then
  step "Installing PyInstaller from constraints.txt"
  .venv/bin/pip install -q -c constraints.txt -e '.[build]'
fi

VERSION=$(.venv/bin/python -c 'from tracker.app_info import __version__; print(__version__)')
ARCH=$(uname -m)
NAME="diplomatic-status-tracker-${VERSION}-linux-${ARCH}"
echo "build_dist: Diplomatic Status Tracker ${VERSION}, PyInstaller $(.venv/bin/pyinstaller --version)"

# The PNG/ICO/ICNS icons are rendered from resources/icons/tracker.svg and committed (a
# test holds them to the SVG). A build never rewrites files of the checkout: when the SVG
# changed and the icons were not rendered again, it stops and says how.
if ! cmp -s resources/icons/tracker.svg \
    resources/icons/hicolor/scalable/apps/diplomatic-status-tracker.svg; then
  echo "build_dist: resources/icons/tracker.svg changed since the icons were rendered;" >&2
  echo "build_dist: run 'QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py'," >&2
  echo "build_dist: commit resources/icons/ and build again" >&2
  exit 1
fi

if [ "$COMPILED" != 0 ]; then
  step "Compiling the reading engine (scripts/build_compiled.py, mypyc)"
  compile_start=$SECONDS
  .venv/bin/python scripts/build_compiled.py
  echo "build_dist: compiled in $((SECONDS - compile_start)) s (reused when the sources are unchanged)"
fi
export TRACKER_COMPILED=$COMPILED

step "PyInstaller (build.spec)"
rm -rf dist/tracker "dist/${NAME}.tar.gz" "dist/${NAME}.tar.gz.sha256"
build_start=$SECONDS
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller build.spec
build_seconds=$((SECONDS - build_start))

# The installer scripts travel with the bundle: an analyst unpacks the archive and runs
# ./install.sh, no checkout needed.
cp scripts/install.sh scripts/uninstall.sh dist/tracker/
chmod 755 dist/tracker/install.sh dist/tracker/uninstall.sh
printf '%s\n' "$VERSION" > dist/tracker/VERSION

# Every library a bundled binary links against must be in the bundle, except the few that
# belong to the machine it runs on (glibc, the GPU driver's GL/EGL, the display server's
# client libraries — PyInstaller leaves those out on purpose).
SYSTEM_LIBS='^(ld-linux.*|libc|libm|libdl|libpthread|librt|libutil|libresolv|libGL|libEGL|libOpenGL|libGLX|libGLdispatch|libxcb|libwayland-(client|cursor|egl))\.so'
unresolved=$(
  find dist/tracker -type f \( -name '*.so*' -o -name tracker -o -name tracker-gui \) \
    -exec objdump -p {} + 2>/dev/null | awk '/NEEDED/ {print $2}' | sort -u \
    | comm -23 - <(find dist/tracker -name '*.so*' -printf '%f\n' | sort -u) \
    | grep -Ev "$SYSTEM_LIBS" || true
)
if [ -n "$unresolved" ]; then
  echo "build_dist: bundled binaries need libraries the bundle lacks:" $unresolved >&2
  echo "build_dist: install the Debian packages providing them and build again" >&2
  exit 1
fi

bundle_mb=$(du -sm dist/tracker | cut -f1)
if [ "$bundle_mb" -gt "$MAX_BUNDLE_MB" ]; then
  echo "build_dist: the bundle is ${bundle_mb} MB, over the ${MAX_BUNDLE_MB} MB limit" >&2
  exit 1
fi

step "Archive dist/${NAME}.tar.gz"
# Stable order, owner and times, so the same build gives the same archive listing.
mtime=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime="$mtime" \
  --transform "s,^tracker,${NAME}," -cf - tracker | gzip -6 -n > "dist/${NAME}.tar.gz"
(cd dist && sha256sum "${NAME}.tar.gz" > "${NAME}.tar.gz.sha256")

echo
echo "build_dist: bundle   dist/tracker  $(du -sh dist/tracker | cut -f1)"
echo "build_dist: archive  dist/${NAME}.tar.gz  $(du -h "dist/${NAME}.tar.gz" | cut -f1)"
echo "build_dist: PyInstaller ${build_seconds} s, total $((SECONDS - start)) s"
