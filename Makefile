# Dateline: `make serve` to work on it, `make test` to check it.
# Every tool is installed here, at pinned versions, from the package
# registries; nothing is downloaded at run time (Trunk runs --offline).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := help

CARGO_BIN := $(or $(CARGO_HOME),$(HOME)/.cargo)/bin
export PATH := $(CURDIR)/node_modules/.bin:$(CARGO_BIN):$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
# wasm-bindgen-cli must match the wasm-bindgen that Cargo.lock resolved.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/version = |"/, ""); print}' Cargo.lock)
SIM_PORT ?= 8081
SIM_EVERY ?= 60

.PHONY: help serve test build tools rust-tools node-tools browser clean screenshots

help:
	@echo "make serve   run the app at http://127.0.0.1:8080 with a live newsroom simulator"
	@echo "make test    run every check: lint, host, browser, release build, end-to-end"
	@echo "make build   write dist/ for a CDN and print what a reader downloads"

tools: rust-tools node-tools

rust-tools:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qF "$(TRUNK_VERSION)" \
	  || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qF "$(WASM_BINDGEN_VERSION)" \
	  || cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

# Node packages (Playwright, binaryen's wasm-opt) from the committed lock file.
node-tools: node_modules/.installed

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	@touch $@

# Debian's Chromium and ChromeDriver for the browser and end-to-end tests.
browser:
	@if [ -x /usr/bin/chromium ] && [ -x "$(CHROMEDRIVER)" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver; \
	else \
	  echo "Please install Chromium and ChromeDriver (Debian: apt-get install chromium chromium-driver)"; exit 1; \
	fi

serve: tools
	@node tools/newsroom/simulator.mjs --port $(SIM_PORT) --every $(SIM_EVERY) & sim=$$!; \
	trap 'kill $$sim 2>/dev/null' EXIT INT TERM; \
	trunk serve --offline

build: tools
	trunk build --release --offline
	@node tools/size-report.mjs dist

test: tools browser
	@bash tools/run-tests.sh

clean:
	cargo clean
	rm -rf dist node_modules test-results playwright-report

# The README's screenshots, from the release build.
screenshots: build
	node tools/screenshots.mjs
