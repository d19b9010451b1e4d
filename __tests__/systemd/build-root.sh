#!/bin/bash
# Builds the Debian root that every test machine boots (see harness.ts).
# harness.ts names the cache after a hash of this file, so any edit here,
# the package lists included, makes the next run rebuild the root.
#
#   build-root.sh TARGET MIRROR
# Run it inside a private mount namespace: debootstrap mounts /proc and /sys
# in TARGET, and an interrupted build must not leave them on the host.
set -euo pipefail
target=$1 mirror=$2

debootstrap --variant=minbase --include=systemd,systemd-sysv,dbus,procps \
  bookworm "$target" "$mirror"

# Runtimes the unit tests start real applications with, one per hardening
# profile runtime (apps.test.ts): node, beam, python.
chroot "$target" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
  sh -ec 'apt-get update -q
          apt-get install -y -q --no-install-recommends nodejs erlang-base python3
          apt-get clean
          rm -rf /var/lib/apt/lists/*'

# debootstrap copies the host's hostname; no /etc/hosts means "localhost"
# would be looked up in DNS, which a machine without network cannot reach.
echo systemd-units-test >"$target/etc/hostname"
printf '127.0.0.1 localhost\n::1 localhost\n127.0.1.1 systemd-units-test\n' >"$target/etc/hosts"

# Machines are thrown away: keep the journal in /run instead of writing it
# to the overlay and flushing it there at every boot.
mkdir -p "$target/etc/systemd/journald.conf.d"
printf '[Journal]\nStorage=volatile\n' >"$target/etc/systemd/journald.conf.d/volatile.conf"
