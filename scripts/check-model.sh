#!/usr/bin/env bash
# Checks that the shipped NER model is what `warta train ner` builds from this checkout.
# Training reads vocabularies the runtime also uses (entities/titles.tsv, aliases.tsv, outlets,
# org-words.tsv, place-words.tsv) and tokenises the shared news (language/abbreviations.tsv):
# an edit to any of them changes the model a retrain gives. Run this after such an edit; when it
# fails, either keep the edit out of what training reads or retrain, re-pin the floors and ship.
#   scripts/check-model.sh        (about 2 minutes on a quiet 2-core machine; needs ../shared)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHIPPED="$ROOT/warta-core/src/main/resources/id/warta/entities/ner/ner-model.bin.gz"
OUT="$(mktemp -d)"; trap 'rm -rf "$OUT"' EXIT
"$ROOT/warta" train ner --out "$OUT/model.bin.gz" > "$OUT/train.log" 2>&1 || { cat "$OUT/train.log"; exit 2; }
if cmp -s "$OUT/model.bin.gz" "$SHIPPED"; then
  echo "the shipped NER model is what 'warta train ner' builds from this checkout"
else
  echo "the shipped NER model differs from a retrain of this checkout:" >&2
  grep -E "dev|valid|all" "$OUT/train.log" | head -20 >&2
  exit 1
fi
