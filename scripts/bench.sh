#!/usr/bin/env bash
# Benchmarks on generated WhatsApp exports: parse-only and full import throughput, peak memory
# for a small and a large export, search latency; the npm whatsapp-chat-parser parsing the same
# file in the same run is the baseline (when node is present); the large import and the searches
# also run on plain SQLite (the same code without the page-sealing VFS, `--plain`) for the cost
# of encryption (target: sealed <= 1.3x plain).
# Usage: scripts/bench.sh [MESSAGES] [--memory] [--convert] [--meta]
#   --convert also runs `chatvault convert --format telegram` on a 10 k-message export and on the
#   MESSAGES one and compares their peak RSS (target: at most 50 MB more). Its exports use the
#   "dict" corpus: words of the system's English, German, French and Spanish lists, Zipf-like.
#   --meta also generates a Messenger JSON download of MESSAGES messages ("dict" corpus, mojibake,
#   reactions, photo references, shares, calls) and prints its parse and import rates beside the
#   WhatsApp export of the same corpus and size (targets: parse >= 1 M msg/s; import within 10 %).
#   --memory also imports a generated ~1 GB export (12.5 M messages; about 2 minutes and 1 GB of
#   disk under build/bench/data) and compares its peak RSS with the 10 MB one (target: at most
#   50 MB more).
set -euo pipefail
cd "$(dirname "$0")/.."

memory=0
convert=0
meta=0
args=()
for a in "$@"; do
  case "$a" in
    --memory) memory=1 ;;
    --convert) convert=1 ;;
    --meta) meta=1 ;;
    *) args+=("$a") ;;
  esac
done
big="${args[0]:-1000000}"
small=130000   # about 10 MB
huge=12500000  # about 1 GB
scripts/install-deps.sh --bench
cmake -S . -B build/bench -DCMAKE_BUILD_TYPE=Release -DCHATVAULT_BENCH=ON -DCHATVAULT_TESTS=OFF >/dev/null
cmake --build build/bench --parallel "$(nproc)" --target chatvault_bench chatvault_cli >/dev/null
b=build/bench/bench/chatvault_bench
work=build/bench/data
mkdir -p "$work"

for n in "$small" "$big"; do
  [ -f "$work/chat-$n.txt" ] || "$b" generate "$n" "$work/chat-$n.txt"
done

echo "== small export ($small messages, $(du -m "$work/chat-$small.txt" | cut -f1) MB)"
small_parse=$("$b" parse "$work/chat-$small.txt"); echo "$small_parse"
small_import=$("$b" import "$work/chat-$small.txt" "$work/small.chatvault"); echo "$small_import"

echo "== large export ($big messages, $(du -m "$work/chat-$big.txt" | cut -f1) MB)"
parse=$("$b" parse "$work/chat-$big.txt"); echo "$parse"
[ -f "$work/chat-$big-two.txt" ] || "$b" generate "$big" "$work/chat-$big-two.txt" 2 >/dev/null
echo "-- the same size between two people (no group: every line's notice check stays)"
parse_two=$("$b" parse "$work/chat-$big-two.txt"); echo "$parse_two"
import=$("$b" import "$work/chat-$big.txt" "$work/big.chatvault"); echo "$import"
search=$("$b" search "$work/big.chatvault"); echo "$search"
echo "== the same on plain SQLite (--plain: nothing encrypted, benchmarks only)"
plain_import=$("$b" import "$work/chat-$big.txt" "$work/big-plain.sqlite" --plain); echo "$plain_import"
plain_search=$("$b" search "$work/big-plain.sqlite" --plain); echo "$plain_search"

node_rate=""
if command -v node >/dev/null && command -v npm >/dev/null; then
  if [ ! -d build/bench/node/node_modules/whatsapp-chat-parser ]; then
    npm install --silent --prefix build/bench/node whatsapp-chat-parser@4 >/dev/null 2>&1 || true
  fi
  if [ -d build/bench/node/node_modules/whatsapp-chat-parser ]; then
    cp bench/node_parse.mjs build/bench/node/
    node_out=$(node --max-old-space-size=8192 build/bench/node/node_parse.mjs "$work/chat-$big.txt"); echo "$node_out"
    node_rate=$(echo "$node_out" | awk '/node rate/ {print $3}')
  fi
fi

value() { echo "$1" | awk -v k="$2" -F': ' '$1 == k {split($2, a, " "); print a[1]}'; }
echo "== figures"
pr=$(value "$parse" "parse rate"); ir=$(value "$import" "import rate")
echo "parse: $pr msg/s (two-person chat: $(value "$parse_two" "parse rate") msg/s, target >= 2000000); full import into the encrypted archive: $ir msg/s (target >= 150000; parsing runs beside it on a second thread)"
if [ -n "$node_rate" ]; then
  echo "parse vs whatsapp-chat-parser (node) on the same file: $(awk -v a="$pr" -v b="$node_rate" 'BEGIN{printf "%.1fx", a/b}')"
fi
ratio() { awk -v a="$1" -v b="$2" 'BEGIN{printf "%.2fx", a/b}'; }
is=$(value "$import" "import seconds"); ps=$(value "$plain_import" "import seconds")
ss=$(value "$search" "search open ms/query"); pss=$(value "$plain_search" "search open ms/query")
echo "import, sealed vs plain: $is s vs $ps s ($(ratio "$is" "$ps"), target <= 1.3x)"
echo "search, sealed vs plain: $ss ms vs $pss ms a query on an open archive ($(ratio "$ss" "$pss"), target <= 1.3x)"
echo "search with the open (Argon2id interactive each time): $(value "$search" "search ms/query") ms vs $(value "$plain_search" "search ms/query") ms a query"
echo "peak RSS, import: small $(value "$small_import" "import peak RSS") MB, large $(value "$import" "import peak RSS") MB"
echo "peak RSS, parse:  small $(value "$small_parse" "parse peak RSS") MB, large $(value "$parse" "parse peak RSS") MB"

if [ "$memory" = 1 ]; then
  [ -f "$work/chat-$huge.txt" ] || "$b" generate "$huge" "$work/chat-$huge.txt"
  echo "== huge export ($huge messages, $(du -m "$work/chat-$huge.txt" | cut -f1) MB)"
  huge_parse=$("$b" parse "$work/chat-$huge.txt"); echo "$huge_parse"
  huge_import=$("$b" import "$work/chat-$huge.txt" "$work/huge.chatvault"); echo "$huge_import"
  rm -f "$work/huge.chatvault"
  hi=$(value "$huge_import" "import peak RSS"); si=$(value "$small_import" "import peak RSS")
  echo "peak RSS, import: 1 GB export $hi MB vs 10 MB export $si MB: +$(awk -v a="$hi" -v b="$si" 'BEGIN{printf "%.1f", a-b}') MB (target <= +50 MB)"
  echo "peak RSS, parse:  1 GB export $(value "$huge_parse" "parse peak RSS") MB vs 10 MB export $(value "$small_parse" "parse peak RSS") MB"
fi

if [ "$convert" = 1 ]; then
  # Peak RSS of a whole command, from the kernel's accounting of the finished child.
  peak_mb() { python3 -c 'import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL)
print(round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1))' "$@"; }
  tiny=10000
  for n in "$tiny" "$big"; do
    [ -f "$work/dict-$n.txt" ] || "$b" generate "$n" "$work/dict-$n.txt" --corpus dict
  done
  cv=build/bench/chatvault
  for n in "$tiny" "$big"; do
    mkdir -p "$work/convert-$n" && cp "$work/dict-$n.txt" "$work/convert-$n/WhatsApp Chat - Bench $n.txt"
    rm -rf "$work/convert-$n/out"
    start=$(date +%s.%N)
    rss=$(peak_mb "$cv" convert "$work/convert-$n/WhatsApp Chat - Bench $n.txt" --tz UTC --format telegram \
          --out "$work/convert-$n/out")
    secs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{printf "%.2f", b-a}')
    echo "convert $n messages to telegram: $secs s, peak RSS $rss MB"
    eval "convert_rss_$n=$rss"
  done
  t=$(eval echo "\$convert_rss_$tiny"); l=$(eval echo "\$convert_rss_$big")
  echo "peak RSS, convert: $big messages $l MB vs $tiny messages $t MB: +$(awk -v a="$l" -v b="$t" 'BEGIN{printf "%.1f", a-b}') MB (target <= +50 MB)"
fi

if [ "$meta" = 1 ]; then
  [ -f "$work/dict-$big.txt" ] || "$b" generate "$big" "$work/dict-$big.txt" --corpus dict
  [ -d "$work/messenger-$big" ] || "$b" generate-messenger "$big" "$work/messenger-$big" --corpus dict
  echo "== Messenger JSON download vs WhatsApp export, $big messages each, corpus dict"
  wa_parse=$("$b" parse "$work/dict-$big.txt"); me_parse=$("$b" parse "$work/messenger-$big" messenger)
  wa_import=$("$b" import "$work/dict-$big.txt" "$work/wa-dict.chatvault")
  me_import=$("$b" import "$work/messenger-$big" "$work/messenger.chatvault")
  rm -f "$work/wa-dict.chatvault" "$work/messenger.chatvault"
  mp=$(value "$me_parse" "parse rate"); wp=$(value "$wa_parse" "parse rate")
  mi=$(value "$me_import" "import rate"); wi=$(value "$wa_import" "import rate")
  echo "parse:  messenger $mp msg/s, whatsapp $wp msg/s ($(ratio "$mp" "$wp") of WhatsApp; target >= 1000000 msg/s)"
  echo "import: messenger $mi msg/s, whatsapp $wi msg/s ($(ratio "$mi" "$wi") of WhatsApp; target >= 0.90x)"
  echo "peak RSS, import: messenger $(value "$me_import" "import peak RSS") MB, whatsapp $(value "$wa_import" "import peak RSS") MB"
fi
