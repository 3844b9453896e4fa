#!/usr/bin/env bash
# Regenerate deploy/constraints.txt, the pinned dependencies of the Docker image: install
# factdesk[flows,desk,postgres,dask] into a fresh venv, require `pip check` to be clean and the
# image's commands to work (a flow run on the sample draft, the review desk's app), then
# `pip freeze` it. Usage: scripts/freeze-image-deps.sh [PYTHON] (default python3, 3.11 as in the image).
set -euo pipefail
cd "$(dirname "$0")/.."
py="${1:-python3}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$py" -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip
"$tmp/venv/bin/python" -m pip install -q '.[flows,desk,postgres,dask]'
"$tmp/venv/bin/python" -m pip check
export PREFECT_HOME="$tmp/prefect" FACTDESK_DATABASE_URL="sqlite:///$tmp/store.db" FACTDESK_REPORT_DIR="$tmp/reports"
code=0
"$tmp/venv/bin/factdesk" flow check seeds/sample-draft.md >/dev/null 2>"$tmp/flow.err" || code=$?
[ "$code" -eq 1 ] || { echo "flow check exited $code, not 1:" >&2; cat "$tmp/flow.err" >&2; exit 1; }
"$tmp/venv/bin/python" -c "import factdesk.review.app, prefect_dask, psycopg"
{
  echo "# Pinned dependencies of the Docker image: factdesk[flows,desk,postgres,dask], frozen from a working"
  echo "# install on Python $("$tmp/venv/bin/python" -c 'import platform; print(platform.python_version())')"\
" (pip check clean; flow check and the review desk run). Regenerate: scripts/freeze-image-deps.sh"
  "$tmp/venv/bin/python" -m pip freeze --exclude factdesk
} > deploy/constraints.txt
echo "wrote deploy/constraints.txt ($(grep -vc '^#' deploy/constraints.txt) pins)"
