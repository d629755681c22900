#!/usr/bin/env bash
# The one benchmark table: the rows each benchmark prints for it (BENCHSUMMARY lines, from summary() in
# tests/bench/benchutils.h), grouped by topic, as Markdown, with the machine and its load average when the
# table was made. ./test.sh --bench ends with it.
#   scripts/benchtable.sh LOG      LOG: the benchmarks' output (ctest -V or the executables themselves)
set -euo pipefail
if [ $# -ne 1 ] || [ ! -r "$1" ]; then
    echo "usage: scripts/benchtable.sh LOG   (the output of ./test.sh --bench or of tests/bench executables)" >&2
    exit 2
fi
# ctest -V puts "N: " before each line of a test's output: the row starts at the marker.
rows=$(grep -a -o $'BENCHSUMMARY\t.*' "$1" || true)
if [ -z "$rows" ]; then
    echo "benchtable: no BENCHSUMMARY rows in $1 (did the benchmarks run?)" >&2
    exit 1
fi

topics=(Refresh Tick Paint "Change latency" Start-up Memory)
echo "| Topic | Figure | Measured (median) | Set against, in the same run |"
echo "|---|---|---:|---|"
for topic in "${topics[@]}"; do
    awk -F'\t' -v topic="$topic" '$2 == topic { printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5 }' <<<"$rows"
done
# A topic a benchmark added that the list above does not know yet comes last rather than not at all.
known=$(printf '%s\n' "${topics[@]}")
awk -F'\t' -v known="$known" 'BEGIN { split(known, k, "\n"); for (i in k) seen[k[i]] = 1 }
    !($2 in seen) { printf "| %s | %s | %s | %s |\n", $2, $3, $4, $5 }' <<<"$rows"
echo
model=$(lscpu | sed -n 's/^Model name: *//p')
echo "Machine: ${model:-unknown CPU}, $(nproc) CPUs online; load average $(cut -d' ' -f1-3 /proc/loadavg) when the table was made."
