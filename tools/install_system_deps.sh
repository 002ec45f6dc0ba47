#!/bin/sh
# Install the Debian packages the test suite needs, only those missing (Debian 12).
#
#   tools/install_system_deps.sh          install what is missing (as root), else list it
#   tools/install_system_deps.sh --check  only list what is missing; exit 1 if anything is
#
# Qt offscreen: EGL/GL, xkbcommon, fontconfig/freetype, D-Bus, GLib, a Latin and a CJK font.
# A real window under Xvfb: xvfb and the xcb libraries Qt's xcb plugin loads.
# Desktop integration tests: desktop-file-validate and appstreamcli.
# Not root (or --check): prints the missing packages and the command to install them, exit 0
# (1 with --check), so a developer machine without sudo can still run what it can.
set -eu

PACKAGES="libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libdbus-1-3 libglib2.0-0
fonts-dejavu-core fonts-wqy-microhei desktop-file-utils appstream xvfb libxkbcommon-x11-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0
libxcb-image0 libxcb-xinerama0"

check_only=false
if [ "${1:-}" = "--check" ]; then
    check_only=true
fi

if ! command -v dpkg >/dev/null 2>&1; then
    echo "install_system_deps: not a Debian-like system (no dpkg); install the equivalents of:" >&2
    echo "  $(echo $PACKAGES)" >&2
    exit 0
fi

missing=""
for package in $PACKAGES; do
    # dpkg -s succeeds for removed-but-configured packages too; require "install ok installed".
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    if [ "$status" != "install ok installed" ]; then
        missing="$missing $package"
    fi
done

if [ -z "$missing" ]; then
    echo "install_system_deps: all system packages present"
    exit 0
fi

echo "install_system_deps: missing:$missing"
if $check_only; then
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install_system_deps: not root; install them with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$missing" >&2
    exit 0
fi

export DEBIAN_FRONTEND=noninteractive
# Another package manager (unattended-upgrades, a software centre) may hold apt's lock:
# wait for it up to LOCK_WAIT seconds instead of failing at once with "Could not get lock".
LOCK_WAIT=${LOCK_WAIT:-300}
busy() {
    echo "install_system_deps: apt could not install:$missing" >&2
    echo "  If another package manager is running (apt, unattended-upgrades, a software" >&2
    echo "  centre), wait for it to finish and run this again, or install them yourself:" >&2
    echo "  apt-get install -y --no-install-recommends$missing" >&2
    exit 1
}
apt-get -o DPkg::Lock::Timeout="$LOCK_WAIT" update -q || busy
# shellcheck disable=SC2086  # word splitting of the package list is intended
apt-get -o DPkg::Lock::Timeout="$LOCK_WAIT" install -y -q --no-install-recommends $missing || busy
echo "install_system_deps: installed:$missing"
