#!/bin/bash
# A stand-in for a release's bin/<release> script, as mix or distillery build
# it, installed by release.ts where the generated units expect the release.
# It honours the commands our units run (start, foreground, daemon, stop,
# eval), records who ran it, where, and with which environment in
# stand-in.log at the release root (next to bin/, so the same path works
# inside a chroot), and then idles as a release would.
#
# It runs bash, coreutils' id and sleep, and also rm and mv to daemonize and
# systemd-notify for Type=notify: all a chroot must provide to start it.
set -euo pipefail

log=${0%/*}/../stand-in.log

# One record per run: a `== <command> <args>` line, then one `key value`
# line per fact and one `env NAME=value` line per exported variable. The
# first line also goes to stdout, which systemd sends to the journal.
record() {
  echo "stand-in $*"
  {
    printf '== %s\n' "$*"
    printf 'pid %s\nuid %s\ngid %s\ngroups %s\ncwd %s\n' "${BASHPID}" "$(id -u)" "$(id -g)" "$(id -G)" "$PWD"
    local name
    for name in $(compgen -e); do printf 'env %s=%s\n' "$name" "${!name}"; done
  } >>"$log"
}

idle() {
  while :; do sleep 1; done
}

case ${1-} in
  start | foreground)
    record "$@"
    # Type=notify: tell systemd we are up, as the script that starts a release
    # would. NOTIFY_SOCKET is only set for services that may notify.
    if [[ -n ${NOTIFY_SOCKET-} ]]; then systemd-notify --ready; fi
    idle
    ;;
  daemon)
    record "$@"
    # Type=forking: the daemon runs on in the background and writes its PID
    # to $PIDFILE; the parent exits only once that file is there, because
    # systemd reads it as soon as the parent exits (systemd.service(5) PIDFile=).
    # A daemon killed with -9 leaves its PID file behind.
    rm -f "$PIDFILE"
    "$0" __daemon </dev/null >/dev/null 2>&1 &
    until [[ -s $PIDFILE ]]; do sleep 0.1; done
    ;;
  __daemon)
    echo "$BASHPID" >"$PIDFILE.new"
    mv "$PIDFILE.new" "$PIDFILE"
    idle
    ;;
  stop)
    record "$@"
    kill "$(<"$PIDFILE")"
    ;;
  eval)
    record "$@"
    ;;
  *)
    echo "usage: $0 start|foreground|daemon|stop|eval EXPR" >&2
    exit 2
    ;;
esac
