#!/usr/bin/env bash
# demo.sh — records the two GIFs of the README (docs/demo-companion.gif and
# docs/demo-session.gif) from the real program in an 80×24 terminal.
#
# Usage: TOOLS=DIR docs/demo.sh
#   DIR holds `tui` (the program in a tmux pane, driven by keys) and `record`
#   (a read-only xterm on a private X display, captured by ffmpeg). Neither is
#   needed to build, run or test backstretch; only to remake these pictures.
#
# A fresh state folder gets four past days of sessions (so the streak, the
# stats and the dosage have something to show) and this morning's session;
# the clock starts on Mon 23 Nov 2026, a few seconds before the midday
# reminder.
set -euo pipefail

: "${TOOLS:?set TOOLS to the folder with tui and record}"
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"; "$TOOLS/tui" stop demo >/dev/null 2>&1 || true' EXIT
go build -o "$work/backstretch" .
bs=$work/backstretch
export XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config

"$bs" screening --none >/dev/null
for day in 19 20 21 22; do
	for s in "morning 08:05" "midday 12:31" "evening 19:02"; do
		set -- $s
		"$bs" "$1" --plain --speed 10000 --pain 2 --pain-after 1 --start-at "2026-11-$day $2" >/dev/null
	done
done
"$bs" morning --plain --speed 10000 --pain 1 --pain-after 1 --start-at "2026-11-23 08:07" >/dev/null

# start NAME COMMAND: runs COMMAND in the demo pane and records it to NAME.
start() {
	"$TOOLS/tui" start demo 80x24 -e XDG_STATE_HOME="$XDG_STATE_HOME" -e XDG_CONFIG_HOME="$XDG_CONFIG_HOME" -- sh -c "$2; sleep 60" >/dev/null
	sleep 0.3
	"$TOOLS/record" demo "docs/demo-$1.gif" "$3" --font-size 13 --fps 8 &
}
keys() { "$TOOLS/tui" keys demo "$@" >/dev/null; }

# The companion: the midday reminder arrives at 12:30, the keys, the stats,
# then enter starts the session with its pain check-in.
start companion "$bs --no-notify --start-at '2026-11-23 12:29:53'" 24
sleep 11.5; keys '?'; sleep 3; keys '?'; sleep 0.5; keys s; sleep 3.5
keys Escape; sleep 1.2; keys Enter; sleep 2; keys 1; sleep 0.6; keys Enter
wait
"$TOOLS/tui" stop demo >/dev/null

# A session, three times as fast: getting ready, a hold, a pause, a rest,
# then q, which leaves the summary and the warning signs in the terminal.
start session "$bs evening --no-notify --pain 1 --pain-after 1 --speed 3 --start-at '2026-11-24 19:00'" 26
sleep 10; keys Space; sleep 2.5; keys Space; sleep 8.5; keys q
wait
