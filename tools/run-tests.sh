#!/usr/bin/env bash
# Runs every tier of Dateline's tests in order, stops at the first failure,
# and ends with one line summing up all tiers: "N passed, N failed".
set -uo pipefail

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

summary() {
  echo
  echo "$passed passed, $failed failed"
}

# Adds the counts a runner printed (cargo and wasm-bindgen-test, node --test,
# Playwright), or one check when it prints none.
count() {
  local p f
  p=$(grep -hoE '(test result: (ok|FAILED)\. [0-9]+ passed|^# pass [0-9]+|^ +[0-9]+ passed)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  f=$(grep -hoE '([0-9]+ failed;|^# fail [0-9]+|^ +[0-9]+ failed)' "$log" | grep -oE '[0-9]+' | awk '{ s += $1 } END { print s + 0 }')
  echo "${p:-0} ${f:-0}"
}

tier() {
  local name=$1
  shift
  echo "=== $name: $*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  read -r p f < <(count)
  if [ "$p" = 0 ] && [ "$f" = 0 ]; then
    if [ "$status" = 0 ]; then p=1; else f=1; fi
  fi
  if [ "$status" != 0 ] && [ "$f" = 0 ]; then f=1; fi
  passed=$((passed + p))
  failed=$((failed + f))
  echo "=== $name: $p passed, $f failed in $((SECONDS - start)) s"
  if [ "$status" != 0 ]; then
    summary
    exit 1
  fi
}

tier "format" cargo fmt --check
tier "clippy (host)" cargo clippy --all-targets --locked -- -D warnings
tier "clippy (wasm32)" cargo clippy --all-targets --locked --target wasm32-unknown-unknown -- -D warnings
tier "host tests" cargo test --locked
tier "tool tests" node --test tools/
tier "browser tests" cargo test --locked --target wasm32-unknown-unknown --test web
tier "release build" make --no-print-directory build
tier "test build (hydration diagnostics)" make --no-print-directory test-site
tier "HTML validity (Nu HTML Checker)" node tools/validate-html.mjs target/e2e-site target/e2e-edition target/e2e-tr target/e2e-ar
tier "hosts (nginx by docs/deploy.md, and the development server)" node --test hosts/nginx.test.mjs hosts/dev-server.test.mjs
tier "a reader's tour on nginx (Firefox ESR, WebKitGTK, Chromium)" node --test engines/
tier "end-to-end tests" npx playwright test
summary
