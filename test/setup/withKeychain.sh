#!/bin/sh
# Runs a command with a throwaway, unlocked gnome-keyring on a private D-Bus session, so tests use
# a REAL Secret Service without touching the user's own keyring (HOME and XDG_* point into a fresh
# temporary directory, removed afterwards).
#   test/setup/withKeychain.sh npx vitest run --project node
# Sets CAPI_TEST_KEYCHAIN=throwaway; keychain tests only write to a keychain when it is set.
set -eu
if [ "$#" -eq 0 ]; then
  echo 'usage: test/setup/withKeychain.sh COMMAND [ARGUMENT...]' >&2
  exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "withKeychain: $tool is missing. Install it: apt-get install dbus gnome-keyring" >&2
    exit 127
  fi
done
root=$(mktemp -d "${TMPDIR:-/tmp}/capi-keychain.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
mkdir -m 700 "$root/home" "$root/data" "$root/config" "$root/cache" "$root/runtime"
export HOME="$root/home" XDG_DATA_HOME="$root/data" XDG_CONFIG_HOME="$root/config"
export XDG_CACHE_HOME="$root/cache" XDG_RUNTIME_DIR="$root/runtime"
export CAPI_TEST_KEYCHAIN=throwaway npm_config_update_notifier=false
unset DBUS_SESSION_BUS_ADDRESS
status=0
dbus-run-session -- sh -c '
  printf %s throwaway-keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"' withKeychain "$@" || status=$?
exit "$status"
