#!/bin/bash
# Installs, on a Debian machine, what the systemd test suite
# (__tests__/systemd) needs from the host and does not find there; does
# nothing when all of it is present. Needs root, as the suite itself does.
# The Debian root the machines boot is built by the suite, not here.
set -euo pipefail

if [[ $(id -u) -ne 0 ]]; then
  echo "systemd-test-deps: must run as root (the suite mounts, unshares and chroots)" >&2
  exit 1
fi

missing=()
# What the suite runs on the host, by the package that ships it.
declare -A package_of=(
  [debootstrap]=debootstrap [unshare]=util-linux [nsenter]=util-linux
  [setpriv]=util-linux [pivot_root]=util-linux [mount]=mount [chroot]=coreutils
)
for tool in "${!package_of[@]}"; do
  command -v "$tool" >/dev/null || missing+=("${package_of[$tool]}")
done
# debootstrap checks the archive's signatures with this keyring, which is
# only a recommendation of it.
[[ -e /usr/share/keyrings/debian-archive-keyring.gpg ]] || missing+=(debian-archive-keyring)

if ((${#missing[@]} > 0)); then
  apt-get update -q
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
