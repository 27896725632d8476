#!/usr/bin/env bash
# Remove what install.sh put under PREFIX (default ~/.local).
#
#   scripts/uninstall.sh                 # bundle, launchers, menu entry, icons
#   scripts/uninstall.sh --purge         # ... and the database, settings and logs too
#   scripts/uninstall.sh --prefix DIR
#
# Without --purge the analyst's database (~/.local/share/diplomatic-status-tracker/) stays.
set -euo pipefail

APP_ID=diplomatic-status-tracker
ORG_NAME=DiplomaticStatusTracker  # QSettings folder (tracker.app_info.ORG_NAME)

die() {
  echo "uninstall: $*" >&2
  exit 1
}

# Everything happens inside main(), so bash has read the whole script before the copy of
# it inside the installed bundle is deleted.
main() {
  local prefix="${HOME:?HOME is not set}/.local" purge=0
  while [ $# -gt 0 ]; do
    case "$1" in
      --prefix) prefix=${2:?--prefix needs a folder}; shift 2 ;;
      --prefix=*) prefix=${1#--prefix=}; shift ;;
      --purge) purge=1; shift ;;
      -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
      *) die "unknown argument $1 (try --help)" ;;
    esac
  done
  [ -d "$prefix" ] || die "$prefix does not exist"
  prefix=$(cd "$prefix" && pwd)
  local dest="$prefix/lib/$APP_ID" manifest="$prefix/lib/$APP_ID/.install-manifest"
  local icons="$prefix/share/icons/hicolor" apps="$prefix/share/applications"

  local files=() path
  if [ -f "$manifest" ]; then
    while IFS= read -r path; do
      [ -n "$path" ] && files+=("$path")
    done < "$manifest"
  else  # an install without a manifest: the fixed names install.sh uses
    files=("$prefix/bin/tracker" "$prefix/bin/tracker-gui" "$apps/$APP_ID.desktop")
    while IFS= read -r path; do files+=("$path"); done \
      < <(find "$icons" -path "*/apps/$APP_ID.*" 2>/dev/null)
  fi

  local removed=0
  for path in "${files[@]}"; do
    case "$path" in
      "$prefix"/*) ;;
      *) echo "uninstall: skipping $path (outside $prefix)"; continue ;;
    esac
    if [ -L "$path" ]; then
      # A launcher is removed only while it still points into our bundle.
      case "$(readlink "$path")" in
        "$dest"/*) rm -f "$path"; removed=$((removed + 1)) ;;
        *) echo "uninstall: keeping $path (it points elsewhere now)" ;;
      esac
    elif [ -f "$path" ]; then
      rm -f "$path"
      removed=$((removed + 1))
    fi
  done
  # Icon size folders left empty by us go too; others' icons keep theirs.
  find "$icons" -mindepth 1 -type d -empty -delete 2>/dev/null || true

  if [ -d "$dest" ]; then
    rm -rf "$dest"
    echo "uninstall: removed $dest and $removed launcher, menu and icon files"
  else
    echo "uninstall: no bundle at $dest; removed $removed launcher, menu and icon files"
  fi

  if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$apps" ]; then
    update-desktop-database -q "$apps" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$icons/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$icons" 2>/dev/null || true
  fi

  local data="${XDG_DATA_HOME:-$HOME/.local/share}/$APP_ID"
  local config="${XDG_CONFIG_HOME:-$HOME/.config}/$ORG_NAME"
  local state="${XDG_STATE_HOME:-$HOME/.local/state}/$APP_ID"
  local cache="${XDG_CACHE_HOME:-$HOME/.cache}/$APP_ID"
  if [ "$purge" -eq 1 ]; then
    rm -rf "$data" "$config" "$state" "$cache"
    echo "uninstall: purged the database, settings and logs"
  elif [ -d "$data" ]; then
    echo "uninstall: your database stays in $data (remove it, or run with --purge)"
  fi
}

main "$@"
