#!/usr/bin/env bash
# Used by action.yml: check the Markdown files changed since BASE_REF (or all given files)
# and print GitHub annotations. Exit code is factdesk's (0 clean, 1 refuted, 2 bad input).
set -euo pipefail
base="${FACTDESK_BASE_REF:-}"
fail_on="${FACTDESK_FAIL_ON:-refuted}"
if [ -n "$base" ]; then
  mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- '*.md' '*.markdown' '*.mdx')
else
  mapfile -t files < <(git ls-files -- '*.md' '*.markdown' '*.mdx')
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "factdesk: no changed Markdown files"
  exit 0
fi
extra=()
[ -n "$base" ] && [ "${FACTDESK_CHANGED_LINES_ONLY:-false}" = "true" ] && extra+=(--changed-lines "$base")
exec factdesk check --no-store --format github --fail-on "$fail_on" "${extra[@]}" "${files[@]}"
