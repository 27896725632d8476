#!/usr/bin/env bash
# Install the Diplomatic Status Tracker bundle for the current user, without root.
#
#   ./install.sh                      # from an unpacked archive (this script sits in the bundle)
#   scripts/install.sh                # from a checkout, after scripts/build_dist.sh
#   scripts/install.sh dist/diplomatic-status-tracker-0.1.0-linux-x86_64.tar.gz
#   scripts/install.sh --prefix /some/dir BUNDLE_DIR
#
# Puts, under PREFIX (default ~/.local):
#   lib/diplomatic-status-tracker/      the bundle (replaced when already there)
#   bin/tracker, bin/tracker-gui        symbolic links into the bundle
#   share/applications/diplomatic-status-tracker.desktop
#   share/icons/hicolor/*/apps/diplomatic-status-tracker.{png,svg}
# and records what it wrote in lib/diplomatic-status-tracker/.install-manifest, which
# uninstall.sh reads. The analyst's database and settings are never touched.
set -euo pipefail

APP_ID=diplomatic-status-tracker
extracted=""  # temporary folder an archive is unpacked into (global: the EXIT trap reads it)
trap 'if [ -n "$extracted" ]; then rm -rf "$extracted"; fi' EXIT

usage() {
  sed -n '2,16p' "$0" | sed 's/^# \{0,1\}//'
}

die() {
  echo "install: $*" >&2
  exit 1
}

main() {
  local prefix="${HOME:?HOME is not set}/.local" source=""
  while [ $# -gt 0 ]; do
    case "$1" in
      --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
      --prefix=*) prefix=${1#--prefix=}; shift ;;
      -h|--help) usage; exit 0 ;;
      -*) die "unknown option $1 (try --help)" ;;
      *) [ -z "$source" ] || die "only one bundle or archive, please"; source=$1; shift ;;
    esac
  done

  local here bundle
  here=$(cd "$(dirname "$0")" && pwd)
  if [ -z "$source" ]; then
    if [ -x "$here/tracker-gui" ]; then
      source=$here  # running from inside a bundle
    elif [ -x "$here/../dist/tracker/tracker-gui" ]; then
      source=$here/../dist/tracker  # running from a checkout
    else
      die "no bundle found; run scripts/build_dist.sh first or name a bundle or .tar.gz"
    fi
  fi
  if [ -f "$source" ]; then
    case "$source" in
      *.tar.gz|*.tgz) ;;
      *) die "$source: not a .tar.gz archive" ;;
    esac
    extracted=$(mktemp -d)
    tar -xzf "$source" -C "$extracted"
    bundle=$(find "$extracted" -mindepth 1 -maxdepth 1 -type d | head -n 1)
  else
    bundle=$source
  fi
  bundle=$(cd "$bundle" && pwd)
  [ -x "$bundle/tracker-gui" ] && [ -x "$bundle/tracker" ] && [ -d "$bundle/_internal" ] \
    || die "$bundle is not a tracker bundle (tracker-gui, tracker, _internal/ expected)"

  local resources="$bundle/_internal/resources"
  local desktop_src="$resources/linux/$APP_ID.desktop"
  local icons_src="$resources/icons/hicolor"
  [ -f "$desktop_src" ] || die "$desktop_src is missing from the bundle"

  mkdir -p "$prefix"
  prefix=$(cd "$prefix" && pwd)
  local dest="$prefix/lib/$APP_ID" bin="$prefix/bin"
  local apps="$prefix/share/applications" icons="$prefix/share/icons/hicolor"
  [ "$bundle" != "$dest" ] || die "the bundle is already installed at $dest"

  echo "install: $(cat "$bundle/VERSION" 2>/dev/null || echo bundle) -> $dest"
  mkdir -p "$prefix/lib" "$bin" "$apps"
  rm -rf "$dest.new"
  cp -a "$bundle" "$dest.new"
  rm -rf "$dest"
  mv "$dest.new" "$dest"

  local manifest="$dest/.install-manifest"
  : > "$manifest"
  local name
  for name in tracker tracker-gui; do
    if [ -e "$bin/$name" ] && [ ! -L "$bin/$name" ]; then
      die "$bin/$name exists and is not a symbolic link; move it away first"
    fi
    ln -sfn "$dest/$name" "$bin/$name"
    echo "$bin/$name" >> "$manifest"
  done

  # The menu entry runs the bundle by absolute path: ~/.local/bin is not on every
  # desktop session's PATH.
  sed -e "s|^Exec=tracker-gui|Exec=$dest/tracker-gui|" \
      -e "s|^TryExec=tracker-gui|TryExec=$dest/tracker-gui|" \
      "$desktop_src" > "$apps/$APP_ID.desktop"
  chmod 644 "$apps/$APP_ID.desktop"
  echo "$apps/$APP_ID.desktop" >> "$manifest"

  local icon rel
  while IFS= read -r icon; do
    rel=${icon#"$icons_src"/}
    mkdir -p "$icons/$(dirname "$rel")"
    cp "$icon" "$icons/$rel"
    echo "$icons/$rel" >> "$manifest"
  done < <(find "$icons_src" -type f -name "$APP_ID.*" | sort)

  # Refresh the menu and icon caches where the tools exist; neither is required.
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$apps" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi

  echo "install: $bin/tracker-gui, $bin/tracker, menu entry and icons installed"
  case ":$PATH:" in
    *":$bin:"*) ;;
    *) echo "install: note: $bin is not on PATH; add it, or start $dest/tracker-gui" ;;
  esac
}

main "$@"
