#!/bin/sh
# Copies the blind writers' labelled sentences (/work/corpus/sentences/<writer>/*.jsonl, or $1) into
# corpus/sentences/, writer by writer. Files are copied, never read here; held-out writers are copied too
# (the held-out test reads them), but only the test and `--eval` ever open them.
src=${1:-/work/corpus/sentences}
dst=$(dirname "$0")/../corpus/sentences
for w in "$src"/*/; do
  n=$(basename "$w")
  mkdir -p "$dst/$n"
  for f in "$w"*.jsonl; do if [ -f "$f" ]; then cp "$f" "$dst/$n/"; fi; done
  if [ -f "$w/DONE" ]; then touch "$dst/$n/DONE"; fi
done
exit 0
