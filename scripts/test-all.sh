#!/usr/bin/env bash
# Runs every check, each even when an earlier one failed, so a report shows all failures.
# Exits non-zero if any failed. Each check that is not a test runner (type check, lint,
# formatting, dead code) is recorded in reports/checks.tsv, so .ci/totals.mjs counts it: a
# failed type check is a failure in the closing line, not only in the exit code.
set -u
mkdir -p reports
: > reports/checks.tsv
failures=0
run() {
	echo "── $* ──"
	"$@" || failures=$((failures + 1))
}
check() {
	local name=$1
	shift
	echo "── $name: $* ──"
	if "$@"; then
		printf '%s\tpassed\n' "$name" >> reports/checks.tsv
	else
		printf '%s\tfailed\n' "$name" >> reports/checks.tsv
		failures=$((failures + 1))
	fi
}
check "type check" npm run check
check "lint (ESLint: boundaries and code rules)" npx eslint --max-warnings 0 .
check "formatting (Prettier)" npx prettier --check .
check "dead code (knip)" npx knip
run npm run test:unit
run npm run test:e2e
exit "$failures"
