#!/bin/bash
# Boots systemd as PID 1 of fresh namespaces over a copy-on-write view of the
# cached Debian root. harness.ts runs it: this process becomes `unshare`, its
# child (PID 1 of the new namespaces) runs the second half below and becomes
# systemd, so unshare exits when the machine has powered off.
#
#   boot-machine.sh ROOT DIR CGROUP
#     ROOT    the cached root (read-only overlay lower layer)
#     DIR     holds the overlay's upper/work/merged dirs: an empty temp dir,
#             or the dir of a machine that powered off, to boot it again
#     CGROUP  an empty cgroup2 directory on the host for this machine
set -euo pipefail

if [[ ${1-} != --inside ]]; then
  root=$1 dir=$2 cgroup=$3
  # Cgroups: this host is cgroup v1 "hybrid": the controllers sit on v1
  # hierarchies and /sys/fs/cgroup/unified is a cgroup2 tree with none.
  # Handing systemd the v1 hierarchies would let it rearrange the host's, so
  # it gets a cgroup2 tree of its own instead: join a fresh cgroup2 directory,
  # then --cgroup makes that directory the namespace's root, and only cgroup2
  # is mounted on /sys/fs/cgroup inside, so systemd runs in unified mode and
  # creates its slices under it. As no controllers are attached to cgroup2
  # here, MemoryMax=, CPUQuota=, TasksMax= are accepted but not enforced.
  echo $$ >"$cgroup/cgroup.procs"
  # --net: a private network namespace with only `lo`, which systemd brings up
  # itself at boot, so test servers on 127.0.0.1 never meet the host's.
  # --kill-child: if this process dies (it gets SIGKILL when the test runner
  # dies, see harness.ts), so does the machine. --mount defaults to private
  # propagation: every mount below dies with the namespace, none reach the host.
  exec unshare --pid --mount --uts --ipc --net --cgroup --fork --kill-child -- \
    "$BASH" "$0" --inside "$root" "$dir"
fi

root=$2 dir=$3 m=$3/merged
mkdir -p "$dir/upper" "$dir/work" "$m"
mount -t overlay overlay -o "lowerdir=$root,upperdir=$dir/upper,workdir=$dir/work" "$m"
mount -t proc proc "$m/proc"
# /sys read-only as in other containers: units that need to write it are
# skipped by their conditions instead of failing.
mount -t sysfs -o ro,nosuid,nodev,noexec sysfs "$m/sys"
mount -t cgroup2 -o nosuid,nodev,noexec cgroup2 "$m/sys/fs/cgroup"

# A minimal /dev, not the host's: the nodes services expect and nothing else.
mount -t tmpfs -o mode=755,nosuid tmpfs "$m/dev"
for node in null:1:3 zero:1:5 full:1:7 random:1:8 urandom:1:9 tty:5:0; do
  IFS=: read -r name major minor <<<"$node"
  mknod -m 666 "$m/dev/$name" c "$major" "$minor"
done
mkdir "$m/dev/pts" "$m/dev/shm"
mount -t devpts -o newinstance,ptmxmode=0666,mode=620,gid=5 devpts "$m/dev/pts"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$m/dev/shm"
ln -s pts/ptmx "$m/dev/ptmx"
ln -s /proc/self/fd "$m/dev/fd"
for i in 0:stdin 1:stdout 2:stderr; do ln -s "/proc/self/fd/${i%%:*}" "$m/dev/${i#*:}"; done

mount -t tmpfs -o mode=755,nosuid,nodev tmpfs "$m/run"
mount -t tmpfs -o mode=1777,nosuid,nodev tmpfs "$m/tmp"

# pivot_root, not chroot: the kernel refuses new user namespaces to a
# chrooted process (its root is not its mount namespace's root), so under
# chroot PrivateUsers=yes fails with 217/USER. From here on, commands come
# from the machine's root; the host's root goes once nothing uses it.
cd "$m"
pivot_root . mnt
umount -l /mnt
# container= tells systemd it is a container's init, so it skips hardware
# setup (udev, modules, ttys) and shows up as such in systemd-detect-virt.
exec env -i container=systemd-units-test /lib/systemd/systemd --system
