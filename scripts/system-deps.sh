#!/usr/bin/env bash
# Check (and, when run as root with apt-get, install) the Debian libraries Qt 6 needs.
#   scripts/system-deps.sh test   libraries for headless tests (offscreen Qt), and Xvfb, D-Bus and AT-SPI
#                                 with Qt's X11 libraries for the screen-reader test
#   scripts/system-deps.sh run    also the X11 libraries for a real window (libxcb-cursor0 and friends)
# Without root, it names the exact install line instead of letting Qt abort with a cryptic message.
set -u
mode=${1:-run}
# library file -> Debian package
declare -A libs=(
  [libEGL.so.1]=libegl1 [libGL.so.1]=libgl1 [libxkbcommon.so.0]=libxkbcommon0
  [libfontconfig.so.1]=libfontconfig1 [libglib-2.0.so.0]=libglib2.0-0 [libdbus-1.so.3]=libdbus-1-3
  [libfreetype.so.6]=libfreetype6
)
# the X11 libraries: a real window, and the screen-reader test (Qt on Xvfb)
if [ "$mode" = run ] || [ "$mode" = test ]; then
  libs+=(
    [libxcb-cursor.so.0]=libxcb-cursor0 [libxcb-icccm.so.4]=libxcb-icccm4 [libxcb-keysyms.so.1]=libxcb-keysyms1
    [libxcb-image.so.0]=libxcb-image0 [libxcb-render-util.so.0]=libxcb-render-util0 [libxcb-xkb.so.1]=libxcb-xkb1
    [libxkbcommon-x11.so.0]=libxkbcommon-x11-0 [libxcb-shape.so.0]=libxcb-shape0 [libxcb-randr.so.0]=libxcb-randr0
    [libX11-xcb.so.1]=libx11-xcb1
  )
fi
need=()
if command -v ldconfig >/dev/null 2>&1 || [ -x /sbin/ldconfig ]; then
  cache=$( (ldconfig -p 2>/dev/null || /sbin/ldconfig -p 2>/dev/null) )
  for lib in "${!libs[@]}"; do
    grep -q "$lib" <<<"$cache" || need+=("${libs[$lib]}")
  done
fi
if ! fc-list 2>/dev/null | grep -qi dejavu; then need+=(fonts-dejavu-core); fi
if [ "$mode" = test ]; then
  # the screen-reader test (tests/ui/test_screen_reader_bus.py): an X server, a session bus and AT-SPI
  command -v Xvfb >/dev/null 2>&1 || need+=(xvfb)
  command -v dbus-daemon >/dev/null 2>&1 || need+=(dbus)
  [ -x /usr/libexec/at-spi-bus-launcher ] || need+=(at-spi2-core)
fi
[ ${#need[@]} -eq 0 ] && exit 0
mapfile -t need < <(printf '%s\n' "${need[@]}" | sort -u)
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt needs: ${need[*]}" >&2
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}") >/dev/null && exit 0
fi
cat >&2 <<MSG
The quiz app needs some system libraries that are missing on this computer:
    ${need[*]}
Install them with:
    sudo apt-get install ${need[*]}
then run the same command again.
MSG
exit 1
