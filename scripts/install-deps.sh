#!/usr/bin/env bash
# Installs what ShortVideo runs on, from Debian/Ubuntu packages, when it is missing:
# ffmpeg (transcoding), rabbitmq-server (the broker, run as a private node by the AppHost), a font
# for captions, and node for the resumable-upload test.
# Pass --browser to also install chromium for the browser tests.
set -euo pipefail

packages=()
command -v ffmpeg >/dev/null 2>&1 && command -v ffprobe >/dev/null 2>&1 || packages+=(ffmpeg)
[ -x /usr/lib/rabbitmq/bin/rabbitmq-server ] || packages+=(rabbitmq-server)
# The caption template draws text with this font.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || packages+=(fonts-dejavu-core)
# The resumable-upload test drives the real tus-js-client with node.
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
if [ "${1:-}" = "--browser" ]; then command -v chromium >/dev/null 2>&1 || packages+=(chromium); fi

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is not installed; see https://learn.microsoft.com/dotnet/core/install/linux" >&2
  exit 1
fi
[ ${#packages[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "error: missing ${packages[*]}, and this is not a Debian/Ubuntu machine: install them with your package manager." >&2
  exit 1
fi
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "error: missing ${packages[*]}; run as root or install sudo, or install them yourself: apt-get install -y ${packages[*]}" >&2
    exit 1
  fi
fi
echo "Installing ${packages[*]} from the distribution's packages..."
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null; }; then
  echo "error: could not install ${packages[*]}; install them by hand: sudo apt-get install -y ${packages[*]}" >&2
  exit 1
fi
# On a machine with systemd the package also starts a system-wide broker; it is left alone:
# ShortVideo runs its own private node on free ports.
