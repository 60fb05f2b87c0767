#!/usr/bin/env bash
# Measures entente's accuracy on the gold sets in $SHARED/refdata/gold with
# $SHARED/tools/eventscore, prints the table and writes it into
# docs/accuracy.md between <!-- accuracy:begin --> and <!-- accuracy:end -->
# (the text around the markers is kept). Predictions, entente's stderr and
# eventscore's JSON stay in $BUILD/accuracy/ for inspection.
#
# Usage: BUILD=build SHARED=../shared scripts/accuracy.sh   (make accuracy)
# Relative BUILD and SHARED paths are taken from the repository root.
# Exits 0 with a note when $SHARED/refdata/gold is absent. A configuration
# that entente refuses (exit status != 0) becomes a "not run: <error>" row
# instead of stopping the script; the script fails only when the binary,
# python3 or the docs page cannot be used.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1

build="${BUILD:-build}"
shared="${SHARED:-../shared}"
entente="$build/entente"
gold_dir="$shared/refdata/gold"
scorer="$shared/tools/eventscore"
tabari="$shared/refdata/tabari"
petr="$shared/refdata/petrarch_validate"
doc="docs/accuracy.md"
out="$build/accuracy"

if [ ! -d "$gold_dir" ] || [ ! -f "$scorer" ]; then
  echo "accuracy: skipped, $gold_dir or $scorer absent (set SHARED=/path/to/shared)"
  exit 0
fi
if [ ! -x "$entente" ]; then
  echo "accuracy: $entente not found; run make build (or make accuracy BUILD=$build)" >&2
  exit 1
fi
if ! command -v python3 >/dev/null 2>&1; then
  echo "accuracy: python3 is needed (eventscore and the table); bash scripts/setup.sh installs it" >&2
  exit 1
fi

mkdir -p "$out"
# One line per configuration: set, dictionaries, status, score JSON, predictions.
manifest="$out/manifest.tsv"
: > "$manifest"

# run_config NAME GOLD_FILE LABEL [ENTENTE CODE OPTIONS...]
# Codes GOLD_FILE into $out/NAME.jsonl and scores it into $out/NAME.score.json.
run_config() {
  local name="$1" set_file="$2" label="$3"
  shift 3
  local pred="$out/$name.jsonl" err="$out/$name.stderr" score="$out/$name.score.json"
  local set_name status="ok" first rc
  set_name="$(basename "$set_file" .jsonl)"
  rm -f "$score"
  if [ ! -f "$set_file" ]; then
    status="not run: $set_file absent"
  elif ! "$entente" code "$@" "$set_file" > "$pred" 2> "$err"; then
    rc=$?
    first="$(grep -m1 . "$err")"
    status="not run: ${first:-entente exited with status $rc}"
    status="${status/not run: entente: /not run: }"
  elif ! "$scorer" --json "$set_file" "$pred" > "$score" 2> "$out/$name.score.stderr"; then
    first="$(grep -m1 . "$out/$name.score.stderr")"
    status="not scored: $first"
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$set_name" "$label" "$status" "$score" "$pred" >> "$manifest"
}

tabari_dicts=(--actors "$tabari/CountryInfo.120116.actors" --actors "$tabari/Internatnl.120521.actors"
              --agents "$tabari/PSU.120522.agents" --verbs "$tabari/CAMEO.091003.master.verbs")
petr_dicts=(--actors "$petr/PETR.Validate.actors.txt" --agents "$petr/PETR.Validate.agents.txt"
            --verbs "$petr/PETR.Validate.verbs.txt" --discards "$petr/PETR.Validate.discards.txt")
petr_label="PETR.Validate (actors, agents, verbs, discards)"
if [ -f tests/accuracy/petrarch.options ]; then
  petr_dicts+=(--options tests/accuracy/petrarch.options)
  petr_label="$petr_label + tests/accuracy/petrarch.options"
fi

plover="$gold_dir/plover_gsr_dev.jsonl"
petr_set="$gold_dir/petr_unittest.jsonl"
run_config plover-entente "$plover" "entente default (dict/entente.project)"
run_config plover-tabari "$plover" "TABARI 2012 (CountryInfo, Internatnl, PSU, CAMEO.091003)" \
  "${tabari_dicts[@]}"
run_config plover-tabari-ententeopts "$plover" "TABARI 2012 + --options dict/entente.options" \
  "${tabari_dicts[@]}" --options dict/entente.options
run_config petr-petrvalidate "$petr_set" "$petr_label" "${petr_dicts[@]}"
run_config petr-entente "$petr_set" "entente default (dict/entente.project)"

# TABARI's own validation suite: the last line of `entente validate` is
# "N passed, N failed"; the FAIL lines before it are kept in $out.
project="$tabari/Validate.project"
if [ -f "$project" ]; then
  "$entente" validate "$project" > "$out/tabari-validate.txt" 2>&1
  rc=$?
  summary="$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$out/tabari-validate.txt" | tail -n1)"
  if [ -z "$summary" ]; then
    summary="not run (exit $rc): $(grep -m1 . "$out/tabari-validate.txt")"
  fi
else
  summary="skipped, $project absent"
fi

version="$(git describe --always --dirty 2>/dev/null || echo unknown)"
table="$out/table.md"
python3 - "$manifest" "$summary" "$version" > "$table" <<'PY' || exit 1
import json, sys, datetime

manifest, validate_summary, version = sys.argv[1:4]
LEVELS = ("root", "full", "plover")
header = ["set", "dictionaries", "records", "gold", "pred", "neg/hyp",
          "root P/R/F1", "full P/R/F1", "plover P/R/F1"]
rows = []


def negated_or_hypothetical(pred_path):
    """Events written with "negated" or "hypothetical" true (eventscore skips them)."""
    n = 0
    with open(pred_path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                ev = json.loads(line)
            except ValueError:
                continue
            if ev.get("negated") is True or ev.get("hypothetical") is True:
                n += 1
    return n


for line in open(manifest, encoding="utf-8"):
    set_name, label, status, score_path, pred_path = line.rstrip("\n").split("\t")
    if status != "ok":
        # The message fills the records cell; it does not widen the columns.
        rows.append([set_name, label, status.replace("|", "/")])
        continue
    score = json.load(open(score_path, encoding="utf-8"))
    # gold and pred are counted at the widest computable level: root, else plover.
    widest = next((score[l] for l in ("root", "plover", "full") if score.get(l)), None)
    cells = []
    for level in LEVELS:
        s = score.get(level)
        cells.append("-" if not s else
                     "%.3f / %.3f / %.3f" % (s["precision"], s["recall"], s["f1"]))
    rows.append([set_name, label, str(score["info"]["gold_records"]),
                 str(widest["gold"]) if widest else "-",
                 str(widest["pred"]) if widest else "-",
                 str(negated_or_hypothetical(pred_path))] + cells)

# Column widths for the terminal; "not run" rows count only for set and dictionaries.
scored = [header] + [r for r in rows if len(r) == len(header)]
widths = [max(len(r[i]) for r in (rows + [header] if i < 2 else scored))
          for i in range(len(header))]


def fmt(cells):
    if len(cells) < len(header):  # a "not run" row: pad with empty cells
        return ("| " + " | ".join(c.ljust(w) for c, w in zip(cells[:2], widths))
                + " | " + " | ".join(cells[2:]) + " |" * (len(header) - len(cells) + 1))
    return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"


print(fmt(header))
print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
for r in rows:
    print(fmt(r))
print()
print("TABARI validation suite (`entente validate refdata/tabari/Validate.project`): "
      + validate_summary)
print()
print("records: gold records scored (`\"evaluate\": false` left out); gold, pred: "
      "events at the root level, or plover where root is not computable; neg/hyp: "
      "events written with negated or hypothetical true, which eventscore ignores. "
      "Generated %s at %s." % (datetime.date.today().isoformat(), version))
PY

cat "$table"

# Replace the block between the markers, or append one when the page has none.
if [ ! -f "$doc" ]; then
  printf '# Accuracy\n\n<!-- accuracy:begin -->\n<!-- accuracy:end -->\n' > "$doc"
elif ! grep -q '^<!-- accuracy:begin -->' "$doc" || ! grep -q '^<!-- accuracy:end -->' "$doc"; then
  printf '\n<!-- accuracy:begin -->\n<!-- accuracy:end -->\n' >> "$doc"
fi
tmp="$(mktemp "$doc.XXXXXX")"
awk -v table="$table" '
  /^<!-- accuracy:begin -->/ { print; while ((getline l < table) > 0) print l; skip = 1; next }
  /^<!-- accuracy:end -->/   { skip = 0 }
  !skip
' "$doc" > "$tmp" && cat "$tmp" > "$doc"
rm -f "$tmp"
echo "accuracy: table written to $doc; predictions and scores in $out/"
