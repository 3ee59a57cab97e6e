#!/usr/bin/env bash
# Peak memory of a whole desktop session and the time to the first
# window (issue 17: ≤ 250 MB, ≤ 1.5 s), measured on the real yaodian-gui
# under Xvfb and openbox and driven by xdotool.
#
#   bench/session-rss.sh            both: the session RUNS times, the first window STARTS times
#   bench/session-rss.sh session    the session only
#   bench/session-rss.sh startup    the first window only
#
# The session, on the 20-page benchmark plan with testdata/history as the
# prior-years folder (set in the settings file of a fresh HOME, as 设置
# would): open the plan, 立即检查 (Ctrl+R), 对照两稿 (Ctrl+D), 返回编辑,
# 指标走势 (审阅 menu) with its first indicator's chart, 导出 PDF (Ctrl+E),
# 导出 Word (文件 menu), 对照两稿 again and 返回编辑. Peak is VmHWM of
# /proc/PID/status, read before the window closes; each step prints
# VmRSS. A screenshot of every step is kept in OUT/run-N/: look at them,
# a step that did not happen proves nothing.
#
# The first window: from exec to the window mapped and drawn (the first
# xwd capture of it that is not blank; a capture takes tens of ms, so
# this errs long), with the benchmark plan as argument, and the CPU time
# (user and system) the process has used by then.
#
# Environment:
#   BENCH_DISPLAY  X display to use (default :91); Xvfb and openbox are
#                  started there unless a server already answers
#   YAODIAN_GUI    the yaodian-gui to measure; default: built from this
#                  tree with the Makefile's GUITAGS
#   RUNS STARTS    sessions (default 3) and starts (default 5)
#   OUT            where screenshots go (default /tmp/yaodian-session-rss)
#   STEP_SETTLE    seconds of idle CPU that end a step (default 1)
#   KEEP           when set, keep each run's HOME, files and log
set -euo pipefail

mode=${1:-all}
root=$(cd "$(dirname "$0")/.." && pwd)
export DISPLAY=${BENCH_DISPLAY:-:91}
RUNS=${RUNS:-3}
STARTS=${STARTS:-5}
OUT=${OUT:-/tmp/yaodian-session-rss}
STEP_SETTLE=${STEP_SETTLE:-1}
mkdir -p "$OUT"
work=$(mktemp -d "${TMPDIR:-/tmp}/yaodian-rss.XXXXXX")
started=()    # PIDs this script started, ended on exit
cleanup() {
	for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
	if [[ -n ${KEEP:-} ]]; then echo "kept $work (each run's HOME, files and the window's log)" >&2; else rm -rf "$work"; fi
}
trap cleanup EXIT

need() {
	for c; do command -v "$c" >/dev/null || { echo "session-rss: $c is missing (apt-get install xvfb openbox xdotool x11-utils x11-apps imagemagick)" >&2; exit 2; }; done
}
need Xvfb openbox xdotool xwininfo xwd xsetroot import gzip

gui=${YAODIAN_GUI:-}
if [[ -z $gui ]]; then
	tags=$(sed -n 's/^GUITAGS *[:?]*= *//p' "$root/Makefile")
	gui=$work/yaodian-gui
	echo "building yaodian-gui (tags: ${tags:-none})" >&2
	(cd "$root" && go build -tags "$tags" -o "$work/linked" ./cmd/yaodian-gui)
	# Installed as dpkg and the Windows installer install it: a copy
	# written with write(). The linker writes through mmap, and the
	# page-cache pages of a file it has just written are mapped into the
	# program ~27 MB at a time more than a copy's (the executable's Rss
	# 50.9 MB against 24.0 MB, measured on 2026-12-03), which no user who
	# installs the program sees.
	cp "$work/linked" "$gui"
fi

if ! xwininfo -root >/dev/null 2>&1; then
	Xvfb "$DISPLAY" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
	started+=($!)
	for _ in $(seq 50); do xwininfo -root >/dev/null 2>&1 && break; sleep 0.1; done
	xwininfo -root >/dev/null 2>&1 || { echo "Xvfb did not start on $DISPLAY" >&2; exit 2; }
	openbox >/dev/null 2>&1 &
	started+=($!)
	sleep 1
fi

now() { date +%s.%N; }
kib() { awk -v f="$1:" '$1 == f {print $2}' "/proc/$2/status" 2>/dev/null || echo 0; }
mib() { awk -v k="$1" 'BEGIN{printf "%.1f MiB (%.1f MB)", k/1024, k*1024/1e6}'; }

# cpu prints the clock ticks process $1 has run.
cpu() { awk '{print $14+$15}' "/proc/$1/stat"; }

# settle waits until process $1 has used under 5% of a core for
# STEP_SETTLE seconds, or $2 seconds have passed (default 30, said): the
# step's work is done. With a dialog open the cursor's blinking redraws
# the window, so dialog steps wait for their file and a few seconds.
settle() {
	local pid=$1 max=${2:-30} quiet=0 before after
	local need=$(awk -v s="$STEP_SETTLE" 'BEGIN{print int(s*4+0.5)}')
	for _ in $(seq $((max * 4))); do
		before=$(cpu "$pid"); sleep 0.25; after=$(cpu "$pid")
		if (( after - before <= 1 )); then quiet=$((quiet + 1)); else quiet=0; fi
		(( quiet >= need )) && return 0
	done
	(( max < 30 )) || echo "  (still busy after $max s)" >&2
}

# fresh makes a clean HOME whose settings point the prior-years folder
# at testdata/history, and a copy of the benchmark plan to export beside.
fresh() {
	local d=$1
	rm -rf "$d"; mkdir -p "$d/home/.config/fyne/cn.yaodian.desktop" "$d/files"
	printf '{"priorDir":"%s"}\n' "$root/testdata/history" > "$d/home/.config/fyne/cn.yaodian.desktop/preferences.json"
	cp "$root/testdata/bench/workplan-20p.md" "$d/files/plan.md"
}

# window prints the id of the window of process $1 once it is mapped.
window() {
	{ xdotool search --onlyvisible --pid "$1" --name 'plan\.md' 2>/dev/null || true; } | head -1
}

# drawn says whether window $1 shows more than a blank fill.
drawn() {
	local n
	n=$(xwd -id "$1" -silent 2>/dev/null | gzip -1 | wc -c)
	(( n > 40000 ))
}

median() { sort -n | awk '{a[NR]=$1} END{if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }

startup() {
	local times=() cpus=() i d pid t0 t w tc c
	echo "== first window, $STARTS starts: $(uptime)"
	# A window not yet drawn shows what the screen showed there, such as
	# the last run's window: a solid root background is drawn again by
	# the server wherever a window closes, so that it shows as blank.
	xsetroot -solid black
	for i in $(seq "$STARTS"); do
		d=$work/start-$i; fresh "$d"
		t0=$(now)
		(cd "$d/files" && HOME=$d/home exec "$gui" plan.md) >"$d/log" 2>&1 &
		pid=$!; started+=($pid)
		w=
		for _ in $(seq 600); do w=$(window "$pid"); [[ -n $w ]] && break; sleep 0.02; done
		[[ -n $w ]] || { echo "start $i: no window in 12 s" >&2; cat "$d/log" >&2; exit 1; }
		ok=
		for _ in $(seq 300); do
			tc=$(now)
			drawn "$w" && { ok=1; break; }
		done
		[[ -n $ok ]] || { echo "start $i: window never drawn" >&2; cat "$d/log" >&2; exit 1; }
		c=$(awk -v t="$(cpu "$pid")" -v hz="$(getconf CLK_TCK)" 'BEGIN{printf "%.2f", t/hz}')
		t=$(awk -v a="$t0" -v b="$tc" 'BEGIN{printf "%.2f", b-a}')
		times+=("$t"); cpus+=("$c")
		echo "start $i: window drawn after $t s, $c s of CPU"
		kill "$pid"; wait "$pid" 2>/dev/null || true
		sleep 1
	done
	echo "first window median: $(printf '%s\n' "${times[@]}" | median) s, $(printf '%s\n' "${cpus[@]}" | median) s of CPU   ($(uptime | sed 's/.*load/load/'))"
}

# key sends keys to window $1 and gives the interface a moment.
key() { local w=$1; shift; xdotool key --clearmodifiers --delay 60 "$@"; sleep 0.3; }

# click clicks at x y inside window $1.
click() { xdotool mousemove --window "$1" "$2" "$3" click 1; sleep 0.3; }

session() {
	local peaks=() i d pid w shots
	echo "== session, $RUNS runs: $(uptime)"
	for i in $(seq "$RUNS"); do
		d=$work/run-$i; fresh "$d"
		shots=$OUT/run-$i; rm -rf "$shots"; mkdir -p "$shots"
		(cd "$d/files" && HOME=$d/home exec "$gui" plan.md) >"$d/log" 2>&1 &
		pid=$!; started+=($pid)
		w=
		for _ in $(seq 600); do w=$(window "$pid"); [[ -n $w ]] && break; sleep 0.02; done
		[[ -n $w ]] || { echo "run $i: no window" >&2; cat "$d/log" >&2; exit 1; }
		xdotool windowactivate --sync "$w" 2>/dev/null || true
		# step waits for the step's work to end, takes its screenshot and
		# prints the memory and the CPU seconds the window used in it.
		local ticks=0
		step() {
			settle "$pid" "${2:-30}"
			import -window root "$shots/$1.png"
			local t=$(cpu "$pid")
			printf '  %-12s VmRSS %s   VmHWM %s   CPU %5.2f s\n' "$1" "$(mib "$(kib VmRSS "$pid")")" "$(mib "$(kib VmHWM "$pid")")" "$(awk -v t=$((t - ticks)) -v hz="$(getconf CLK_TCK)" 'BEGIN{print t/hz}')"
			ticks=$t
		}
		echo "run $i (screenshots in $shots):"
		step 1-open
		key "$w" ctrl+r; step 2-check
		key "$w" ctrl+d; step 3-compare
		click "$w" 51 92; step 4-back                       # 返回编辑
		key "$w" alt+r Down Down Return; settle "$pid"      # 审阅 › 指标走势
		click "$w" 1039 132; step 5-chart                    # its first indicator
		key "$w" ctrl+e; settle "$pid" 3; key "$w" Return    # 导出 PDF…, 保存
		for _ in $(seq 300); do [[ -s $d/files/plan.pdf ]] && break; sleep 0.1; done
		step 6-pdf 3; key "$w" Return
		# 文件 › 导出 Word… (the tenth item), 下一步, 保存
		key "$w" alt+f Down Down Down Down Down Down Down Down Down Down Return
		settle "$pid" 3; key "$w" Return; settle "$pid" 3; key "$w" Return
		for _ in $(seq 300); do [[ -s $d/files/plan.docx ]] && break; sleep 0.1; done
		step 7-docx 3; key "$w" Return
		key "$w" ctrl+d; step 8-compare
		click "$w" 51 92; step 9-closed                     # 返回编辑
		for f in plan.pdf plan.docx; do
			[[ -s $d/files/$f ]] || { echo "run $i: $f was not exported; see $shots" >&2; exit 1; }
		done
		peaks+=("$(kib VmHWM "$pid")")
		echo "run $i peak: $(mib "${peaks[-1]}")"
		kill "$pid"; wait "$pid" 2>/dev/null || true
		sleep 1
	done
	echo "session peak RSS median of $RUNS: $(mib "$(printf '%s\n' "${peaks[@]}" | median)")   ($(uptime | sed 's/.*load/load/'))"
}

case $mode in
session) session ;;
startup) startup ;;
all) session; startup ;;
*) echo "usage: $0 [session|startup]" >&2; exit 2 ;;
esac
