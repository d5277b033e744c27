#!/usr/bin/env bash
# One-step set-up and run for a fresh Debian machine (Python 3.11+).
#   bash tools/dev.sh app [ARGS]   install, then open WALL Desktop on its own demo database
#   bash tools/dev.sh test [ARGS]  install, then lint, type-check and run the test suite
# System packages are installed with apt-get when run as root (or through sudo);
# otherwise the script stops and names them.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
VENV="$ROOT/.venv"
cd "$ROOT"

# Qt's libraries for the offscreen and X11 platforms, PDF tools for the document tests,
# LibreOffice Calc to recalculate the workbooks as a second reader.
QT_PACKAGES="libglib2.0-0 libegl1 libgl1 libdbus-1-3 libfontconfig1 libxkbcommon0 libxkbcommon-x11-0
 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0 libxcb-render0
 libxcb-shape0 libxcb-util1 libxcb-xkb1 fonts-dejavu-core"
TEST_PACKAGES="poppler-utils libreoffice-calc-nogui"

die() { echo "tools/dev.sh: $*" >&2; exit 1; }

need_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  command -v apt-get >/dev/null || die "install these system packages first: ${missing[*]}"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || die "as root, run: apt-get install ${missing[*]}"
    sudo="sudo"
  fi
  echo "Installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

pick_python() {
  for py in python3.13 python3.12 python3.11 python3; do
    if command -v "$py" >/dev/null && "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      echo "$py"; return 0
    fi
  done
  die "Python 3.11 or newer is needed (apt-get install python3)"
}

setup_venv() {
  local py; py=$(pick_python)
  if ! "$py" -c 'import venv, ensurepip' 2>/dev/null; then
    need_packages python3-venv
  fi
  [ -x "$VENV/bin/python" ] || "$py" -m venv "$VENV"
  # Reinstall only when the declared dependencies changed.
  local stamp="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e ".[test]"
    rm -f "$VENV"/.installed-* && touch "$stamp"
  fi
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case "$cmd" in
  app)
    # shellcheck disable=SC2086
    need_packages $QT_PACKAGES
    setup_venv
    exec "$VENV/bin/wall-desktop" --demo "$@"
    ;;
  test)
    # shellcheck disable=SC2086
    need_packages $QT_PACKAGES $TEST_PACKAGES
    setup_venv
    export QT_QPA_PLATFORM=offscreen
    "$VENV/bin/ruff" check .
    "$VENV/bin/ruff" format --check .
    "$VENV/bin/mypy"
    exec "$VENV/bin/python" -m pytest "$@"
    ;;
  *)
    echo "usage: bash tools/dev.sh app|test [ARGS]" >&2
    exit 2
    ;;
esac
