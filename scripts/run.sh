#!/usr/bin/env bash
# Brings the whole system up: the Aspire AppHost starts RabbitMQ, the five services and the gateway.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
port="${Gateway__Port:-8080}"
echo "ShortVideo is starting. When every resource is healthy:"
echo "  gateway:   http://localhost:${port}"
echo "  dashboard: http://localhost:18888"
exec dotnet run --project AppHost -- "$@"
