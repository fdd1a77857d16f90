#!/usr/bin/env bash
# Runs every check, each even when an earlier one failed, so a report shows all failures.
# Exits non-zero if any failed.
set -u
failures=0
run() {
	echo "── $* ──"
	"$@" || failures=$((failures + 1))
}
run npm run check
run npm run test:unit
run npm run test:e2e
exit "$failures"
