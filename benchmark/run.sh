#!/usr/bin/env bash
# The dashboard benchmark: builds what it runs, then loads a seeded history into a hub of its own
# (ports 19092/19093/18081, dashboard 18088, state under benchmark/target/hub), measures, stops it all.
#   benchmark/run.sh                      # 1,000,000 requests
#   benchmark/run.sh --requests 20000     # a quick loop
# Options: --requests N --parties N --seed N --first-dispatch yyyy-MM-dd --years N --kafka-port P
#   --controller-port P --registry-port P --dashboard-port P --warm-up N --samples N
#   --latency-budget PT3M --catch-up-timeout PT90M --dashboard-jvm "-Xmx384m ..." --keep-running
set -euo pipefail
root="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
cd "$root"
if [[ "${BENCHMARK_SKIP_BUILD:-}" != "1" ]]; then
  echo "Building schemas, schema-registry, dashboard, cli and the benchmark (tests skipped)…"
  ./mvnw -q -B -Pbenchmark -pl schemas,schema-registry,dashboard,cli,benchmark package -DskipTests -Dformat.skip
fi
exec java -Xmx1g -cp "benchmark/target/coophub-benchmark.jar:$(cat benchmark/target/classpath.txt)" \
  org.coophub.benchmark.DashboardBenchmark --repository "$root" "$@"
