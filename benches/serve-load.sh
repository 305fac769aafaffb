#!/usr/bin/env bash
# Load test of `hearsay serve`: 200 concurrent connections for 30 s on loopback, with a mix of
# searches, article views, people, claims and malformed queries (the 400s wrk reports as
# non-2xx are those, 1 request in 20). Needs wrk (Debian: apt-get install wrk).
#
# Usage: benches/serve-load.sh [STORE.db]   (default: a store built from ../shared/gold with
#        `hearsay bench-store`, 1M statements; building it takes a minute or two)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }
cargo build --release -p hearsay
db="${1:-target/load.db}"
if [ ! -f "$db" ]; then
  ./target/release/hearsay bench-store --db "$db" --articles 1000 --statements 1000000 --queries 100 ../shared/gold/en ../shared/gold/fr
fi
./target/release/hearsay serve --db "$db" --addr 127.0.0.1:8765 2>/dev/null &
server=$!
trap 'kill $server' EXIT
sleep 1
wrk -t2 -c200 -d30s --timeout 10s --latency -s benches/api-mix.lua http://127.0.0.1:8765/
echo "server memory: $(grep -E 'VmHWM' /proc/$server/status)"
