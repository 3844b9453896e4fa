#!/bin/sh
# The worker service: make sure the work pool and the deployments of prefect.yaml exist
# (idempotent: every replica may run it), then pull flow runs from the pool.
# Environment: PREFECT_API_URL, FACTDESK_DATABASE_URL, FACTDESK_FEEDS_CONFIG, FACTDESK_PROJECT_DIR
# (where prefect.yaml and flows/ are; /app in the image), optional FACTDESK_WORKER_LIMIT
# (flow runs at once per worker) and FACTDESK_TASK_RUNNER / FACTDESK_DASK_ADDRESS.
set -eu
# factdesk runs offline: no usage data from Prefect's client or a server it starts
export DO_NOT_TRACK="${DO_NOT_TRACK:-1}" PREFECT_SERVER_ANALYTICS_ENABLED="${PREFECT_SERVER_ANALYTICS_ENABLED:-false}"
cd "${FACTDESK_PROJECT_DIR:-/app}"
export FACTDESK_PROJECT_DIR="$(pwd)"
prefect work-pool create factdesk --type process >/dev/null 2>&1 || true  # exists after the first start
if [ -f flows/refresh_references.py ]; then
  prefect --no-prompt deploy --all
else
  echo "worker.sh: flows/refresh_references.py is not installed; deploying check-feed only" >&2
  prefect --no-prompt deploy --name check-feed
fi
exec prefect worker start --pool factdesk --type process --with-healthcheck --limit "${FACTDESK_WORKER_LIMIT:-2}"
