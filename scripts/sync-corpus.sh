#!/bin/sh
# Copies the blind writers' labelled sentences (/work/corpus/sentences/<writer>/*.jsonl, or $1) into
# corpus/sentences/, writer by writer. Files are copied, never read here; held-out writers are copied too
# (the held-out test reads them), but only the test and `--eval` ever open them.
src=${1:-/work/corpus/sentences}
dst=$(dirname "$0")/../corpus/sentences
for w in "$src"/*/; do
  n=$(basename "$w")
  mkdir -p "$dst/$n"
  for f in "$w"*.jsonl; do [ -f "$f" ] && cp "$f" "$dst/$n/"; done
  [ -f "$w/DONE" ] && touch "$dst/$n/DONE"
done
