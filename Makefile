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

# The publish step's settings (see the README, "Publishing"). Those left
# empty take the defaults of the publish command itself (`prerender
# --help`), which are the app's: the sample newsroom `public/api`, the JSON
# at `api/` beside the pages, Latest News refreshed every 30 s.
DIST ?= dist
API ?=
# The path the site is served under: `/`, or a sub-path such as /edition/.
# It is the path of SITE_URL, the one place it is set: the publish step
# moves every page, link and app file under it, whatever Trunk built (at
# `/`). PUBLIC_URL only gives `make build`'s default SITE_URL its path.
PUBLIC_URL ?= /
SITE_URL ?= http://127.0.0.1:8090$(PUBLIC_URL)
API_URL ?=
POLL_SECONDS ?=
# The host's routing file (docs/deploy.md): netlify (_redirects, the
# default), cloudflare (_worker.js) or static (nginx, a bucket, GitHub Pages).
HOST ?=
# An archive on many machines (docs/deploy.md, "A large archive"):
# SHARD=K/N renders the K-th of N shares of the pages; SHARD=finish then
# writes the site-wide files once. JOBS=N renders N pages at once (default:
# one per core).
SHARD ?=
JOBS ?=
# The newsroom's own site (README, "The newsroom's own site"): its name,
# tagline, home time zone, language (lang/{code}.json), digits, accent
# colour and logo, overriding the newsroom folder's site.json.
SITE_NAME ?=
SITE_TAGLINE ?=
SITE_ZONE ?=
SITE_LANGUAGE ?=
SITE_DIGITS ?=
SITE_ACCENT ?=
SITE_LOGO ?=
# Offline reading (README, "Offline reading"): on, the default, or off.
OFFLINE ?=
# The sample newsroom's edition that `make serve`, `make build` and `make
# publish` use: en (public/api), or tr or ar (public/editions/{code}, with
# the English sample's photos: target/newsroom-{code}).
EDITION ?= en
EDITION_API := $(if $(filter en,$(EDITION)),,target/newsroom-$(EDITION))
PUBLISH_SETTINGS = $(if $(API_URL),--api-url $(API_URL)) $(if $(POLL_SECONDS),--poll-seconds $(POLL_SECONDS)) $(if $(HOST),--host $(HOST)) \
  $(if $(JOBS),--jobs $(JOBS)) $(if $(filter finish,$(SHARD)),--shard-finish,$(if $(SHARD),--shard $(SHARD))) \
  $(if $(SITE_NAME),--name '$(subst ','\'',$(SITE_NAME))') $(if $(SITE_TAGLINE),--tagline '$(subst ','\'',$(SITE_TAGLINE))') \
  $(if $(SITE_ZONE),--zone '$(SITE_ZONE)') $(if $(SITE_LANGUAGE),--language '$(SITE_LANGUAGE)') $(if $(SITE_DIGITS),--digits '$(SITE_DIGITS)') \
  $(if $(SITE_ACCENT),--accent '$(SITE_ACCENT)') $(if $(SITE_LOGO),--logo '$(subst ','\'',$(SITE_LOGO))') \
  $(if $(OFFLINE),--offline '$(OFFLINE)')
PRERENDER := target/release/prerender

.PHONY: help size serve edition-head edition-newsroom test build publish app prerender test-site tools rust-target lean-toolchain rust-tools node-tools browser engines hosts-nginx hosts clean screenshots bench photos video

help:
	@echo "make serve    run the app at http://127.0.0.1:8080 with a live newsroom simulator [EDITION=tr|ar]"
	@echo "make test     run every check: lint, host, browser, release build, end-to-end"
	@echo "make build    write dist/: the app, and the sample newsroom pre-rendered [PUBLIC_URL=/edition/] [EDITION=tr|ar]"
	@echo "make publish  API=path/to/json SITE_URL=https://news.example/ [ONLY=news/slug|live/slug] [HOST=cloudflare] [SHARD=K/N]"
	@echo "make bench    Lighthouse and real-browser timings of the release build"
	@echo "make size     what each crate and module costs in the release wasm (after make build)"
	@echo "make hosts    the deploy guide's checks on Cloudflare's and Netlify's own emulators"
	@echo "make photos   redraw the sample newsroom's photos (public/api/images/photos/)"
	@echo "make video    redraw and record the sample newsroom's video (public/api/video/)"

tools: rust-target rust-tools node-tools

# The toolchain comes from rust-toolchain.toml, but rustup does not add the
# targets it lists to a toolchain that is already installed (a fresh machine
# has 1.95.0 with the host target only), so every target that compiles for
# wasm32 passes through here first. A no-op, in milliseconds, when the target
# is there. tools/tools.test.mjs checks that no such target skips it.
rust-target:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
	  || rustup target add wasm32-unknown-unknown

# The release browser build, and only it, is built on one pinned nightly:
# it rebuilds the standard library for the app (`-Z build-std`, with the
# library's own smaller code where it has some, `optimize_for_size`) with
# panics that abort at once, with no panic machinery, no file names or
# lines in the module, and no `Debug` formatting (README, "Size"). Host builds, tests,
# clippy, the pre-render and `make serve` stay on the stable toolchain of
# rust-toolchain.toml. build-std needs the nightly's `rust-src`, not its
# prebuilt wasm32 library (which this nightly does not offer for download).
NIGHTLY := nightly-2026-05-19
LEAN_RUSTFLAGS := --cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none
LEAN_ENV = RUSTUP_TOOLCHAIN=$(NIGHTLY) CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size RUSTFLAGS="$(LEAN_RUSTFLAGS) $(APP_CFG)"
# The standard library's own dependencies come from the registry too, and
# Trunk builds --offline: fetched here (a no-op, in milliseconds, once they
# are in CARGO_HOME).
lean-toolchain:
	@rustup component list --toolchain $(NIGHTLY) --installed 2>/dev/null | grep -q '^rust-src' \
	  || rustup toolchain install $(NIGHTLY) --profile minimal --component rust-src
	@RUSTUP_TOOLCHAIN=$(NIGHTLY) cargo fetch --locked --quiet \
	  --manifest-path "$$(RUSTUP_TOOLCHAIN=$(NIGHTLY) rustc --print sysroot)/lib/rustlib/src/rust/library/Cargo.toml"

rust-tools:
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

# The other engines' tier (engines/, `node --test engines/`): a reader's
# tour in Firefox ESR through geckodriver and in WebKitGTK through
# WebKitWebDriver (on an Xvfb of its own), over classic WebDriver, since
# Playwright's own Firefox and WebKit builds cannot be downloaded here.
# Debian's packages, and geckodriver from the Rust registry, pinned.
GECKODRIVER_VERSION := 0.37.1
engines:
	@missing=""; \
	[ -x /usr/bin/firefox-esr ] || missing="$$missing firefox-esr"; \
	[ -x /usr/bin/WebKitWebDriver ] || missing="$$missing webkit2gtk-driver"; \
	command -v Xvfb >/dev/null || missing="$$missing xvfb"; \
	if [ -z "$$missing" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	else \
	  echo "Please install$$missing (Debian: apt-get install$$missing)"; exit 1; \
	fi
	@geckodriver --version 2>/dev/null | grep -qF "geckodriver $(GECKODRIVER_VERSION)" \
	  || cargo install geckodriver --version $(GECKODRIVER_VERSION) --locked

# Debian's nginx and its brotli module: the hosts tier serves the release
# build with them, configured by docs/deploy.md's own block (hosts/).
hosts-nginx:
	@if [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_filter_module.so ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx libnginx-mod-http-brotli-filter; \
	else \
	  echo "Please install nginx and its brotli module (Debian: apt-get install nginx libnginx-mod-http-brotli-filter)"; exit 1; \
	fi

# index.html's head takes the edition's name, tagline and words from here
# (tools/newsroom/dev-head.mjs); the publish step replaces them in every
# page it writes.
edition-head:
	@mkdir -p target/edition && node tools/newsroom/dev-head.mjs $(EDITION) > target/edition/head.html

# An edition's newsroom folder: its JSON and the English sample's photos.
edition-newsroom:
	@$(if $(EDITION_API),node tools/newsroom/edition.mjs $(EDITION) $(EDITION_API),true)

serve: tools edition-head
	@node tools/newsroom/simulator.mjs --port $(SIM_PORT) --every $(SIM_EVERY) --edition $(EDITION) & sim=$$!; \
	trap 'kill $$sim 2>/dev/null' EXIT INT TERM; \
	trunk serve --offline

# The app as Trunk builds it, on the pinned nightly, its page named
# shell.html (the pre-render writes index.html, and moves the shell under
# the site's path); then slimmed (tools/slim-build.mjs: short names between
# the module and its glue, style sheets without comments). The nightly's
# builds have a target folder of their own, and the test build (APP_CFG
# `--cfg leptos_debuginfo`) another.
APP_CFG ?=
APP_TARGET_DIR ?= target/lean
app: tools lean-toolchain edition-head
	$(LEAN_ENV) CARGO_TARGET_DIR=$(APP_TARGET_DIR) trunk build --release --offline --dist $(DIST) --html-output shell.html
	node tools/slim-build.mjs $(DIST)

# The publish command, built once in release and reused.
prerender:
	cargo build --release --locked --bin prerender

# What a reader downloads to run the app (wasm + JavaScript + CSS, brotli):
# `make build`, and so `make test`, fail above this. The one place the
# budget is kept: 168.3 KB measured on the pinned-nightly build (193.4 KB
# before it; README, "Size"), 187.1 KB with all of the rich-stories issue
# as first built, then 169.4 KB once the contract was read by hand instead
# of through serde's derived readers (README, "Size"): the issue costs
# 1.1 KB of the 8 KB it allows; 169.5 KB once start.js waited for the
# largest paint. The live-pages issue allows 8 KB more: 177.5 KB is its
# ceiling, not a margin (measured 177.2 KB with the live page whole;
# README, "Size"). The own-site-and-language issue allows 6 KB more over
# that 177.2: 183.2 KB was its ceiling (measured 183.1 KB with the site's
# name, tagline, zone, languages, right to left and editions, 182.8 KB
# after its review; README, "Size"). The instant-and-offline issue allows
# 5 KB more over that 182.8: 187.8 KB is its ceiling, not a margin
# (measured 187.8 KB with fetching ahead of a click, the offline notice and
# pages, and the service worker's registration; the worker itself, sw.js,
# loads after the page and is reported on its own line).
# Each feature pays for its bytes: raise it only by what an issue allows,
# with the measured figure.
SIZE_BUDGET_KB := 187.8

build: app prerender edition-newsroom
	$(PRERENDER) --dist $(DIST) $(if $(EDITION_API),--api $(EDITION_API)) --site-url $(SITE_URL) $(PUBLISH_SETTINGS)
	@node tools/size-report.mjs $(DIST) $(SIZE_BUDGET_KB)

# The end-to-end tests' sites: the release build with Leptos's hydration
# diagnostics turned on (a mismatch is logged as an error, which fails the
# test, instead of stopping the app), in a target folder of its own;
# published once at the root, and once (a copy) under a sub-path, as
# `make build PUBLIC_URL=/edition/` does.
E2E_DIST := target/e2e-site
E2E_SUB_DIST := target/e2e-edition
E2E_SUB_URL := http://127.0.0.1:8091/edition/
test-site: prerender
	$(MAKE) app DIST=$(E2E_DIST) APP_CFG="--cfg leptos_debuginfo" APP_TARGET_DIR=target/diagnostics
	rm -rf $(E2E_SUB_DIST) && cp -r $(E2E_DIST) $(E2E_SUB_DIST)
	$(PRERENDER) --dist $(E2E_DIST) --site-url http://127.0.0.1:8090/
	$(PRERENDER) --dist $(E2E_SUB_DIST) --site-url $(E2E_SUB_URL)
	@# The sample's editions in other languages, for the HTML checker (the
	@# end-to-end tests publish their own, with each other's addresses).
	for code in tr ar; do \
	  node tools/newsroom/edition.mjs $$code target/newsroom-$$code >/dev/null; \
	  rm -rf target/e2e-$$code && cp -r $(E2E_DIST) target/e2e-$$code; \
	  $(PRERENDER) --api target/newsroom-$$code --dist target/e2e-$$code --site-url http://127.0.0.1:8090/; \
	done

# A newsroom's publish: its JSON into pages. Builds the app first only when
# the site folder has none.
publish: prerender edition-newsroom
	@[ -f $(DIST)/shell.html ] || $(MAKE) app
	$(PRERENDER) --dist $(DIST) $(if $(API),--api $(API),$(if $(EDITION_API),--api $(EDITION_API))) --site-url $(SITE_URL) $(PUBLISH_SETTINGS) $(if $(ONLY),--only $(ONLY))

test: tools browser engines hosts-nginx
	@bash tools/run-tests.sh

# The hosts' own emulators, only for `make hosts`: installed on demand
# beside the project (400 MB, so `make test` does not wait for them),
# pinned. wrangler 4.86 is the last that runs on this machine's Node 20.
WRANGLER_VERSION := 4.86.0
NETLIFY_CLI_VERSION := 27.10.2
WRANGLER := .tools/wrangler/node_modules/.bin/wrangler
NETLIFY_CLI := .tools/netlify/node_modules/.bin/netlify
$(WRANGLER):
	npm install --prefix .tools/wrangler --no-audit --no-fund wrangler@$(WRANGLER_VERSION)
$(NETLIFY_CLI):
	npm install --prefix .tools/netlify --no-audit --no-fund netlify-cli@$(NETLIFY_CLI_VERSION)

# The deploy guide's checks (hosts/checks.mjs) on Cloudflare Pages'
# `wrangler pages dev` and Netlify's `netlify dev`, offline, each on the
# test site published for it (README, "Hosting").
hosts: test-site $(WRANGLER) $(NETLIFY_CLI)
	node --test hosts/emulators.test.mjs

# Lighthouse, only for `make bench`: installed on demand beside the project
# (not in node_modules, so `make test` does not wait for it).
LIGHTHOUSE_VERSION := 12.2.3
LIGHTHOUSE := .tools/lighthouse/node_modules/lighthouse/package.json
$(LIGHTHOUSE):
	npm install --prefix .tools/lighthouse --no-audit --no-fund lighthouse@$(LIGHTHOUSE_VERSION)

# sharp, only for `make photos`: encodes the drawn photos to JPEG and WebP;
# installed on demand beside the project, so package.json does not change.
SHARP_VERSION := 0.35.5
SHARP := .tools/sharp/node_modules/sharp/package.json
$(SHARP):
	npm install --prefix .tools/sharp --no-audit --no-fund sharp@$(SHARP_VERSION)

# The sample newsroom's photos (public/api/images/photos/), drawn by tools/newsroom/photos.mjs.
photos: $(SHARP)
	node tools/newsroom/photos.mjs

# The sample newsroom's video (public/api/video/), drawn and recorded in Chromium by tools/newsroom/video.mjs.
video: node-tools browser
	node tools/newsroom/video.mjs

# Speed of the release build beside the static-HTML limit (README, "Speed"),
# and the publish step on a generated newsroom of BENCH_ARTICLES articles
# (10,000; README, "A large archive", for BENCH_ARTICLES=1000000): on one
# core, then on every core, each with its time and peak memory, then
# `--only` on the archive it wrote.
BENCH_ARTICLES ?= 10000
TIMED = $(if $(wildcard /usr/bin/time),/usr/bin/time -f "%e s; peak memory %M KB")
bench: build $(LIGHTHOUSE)
	node tools/bench.mjs $(DIST)
	node --max-old-space-size=16000 tools/newsroom/large.mjs $(BENCH_ARTICLES) target/large-newsroom
	rm -rf target/bench-site && mkdir -p target/bench-site && cp $(DIST)/shell.html target/bench-site/
	@echo "one core:"
	$(TIMED) $(if $(shell command -v taskset),taskset -c 0) $(PRERENDER) --jobs 1 --api target/large-newsroom --dist target/bench-site --site-url https://news.example/
	@echo "every core ($$(nproc)):"
	$(TIMED) $(PRERENDER) --api target/large-newsroom --dist target/bench-site --site-url https://news.example/
	@echo "one story (--only):"
	$(TIMED) $(PRERENDER) --api target/large-newsroom --dist target/bench-site --site-url https://news.example/ --only news/$$(ls target/large-newsroom/articles | head -1 | sed 's/\.json$$//')
	du -sh target/bench-site

# twiggy, only for `make size`: installed on demand beside the project, so
# `make serve` and `make test` never wait for it.
TWIGGY_VERSION := 0.8.0
TWIGGY := .tools/twiggy/bin/twiggy
$(TWIGGY):
	cargo install twiggy --version $(TWIGGY_VERSION) --locked --root .tools/twiggy

# Where the release wasm's bytes go (README, "Size"): Cargo's release build
# (the one Trunk made for `make build`, function names still in it) through
# wasm-bindgen, then wasm-opt -Oz as Trunk runs it, with and without names.
SIZE_DIR := target/size
size: tools lean-toolchain $(TWIGGY)
	$(LEAN_ENV) CARGO_TARGET_DIR=target/lean cargo build --release --locked --target wasm32-unknown-unknown --bin dateline
	wasm-bindgen --target web --no-typescript --out-dir $(SIZE_DIR) target/lean/wasm32-unknown-unknown/release/dateline.wasm
	wasm-opt -Oz --debuginfo $(SIZE_DIR)/dateline_bg.wasm -o $(SIZE_DIR)/named.wasm
	wasm-opt -Oz $(SIZE_DIR)/dateline_bg.wasm -o $(SIZE_DIR)/shipped.wasm
	PATH=$(CURDIR)/.tools/twiggy/bin:$$PATH node tools/size-breakdown.mjs $(SIZE_DIR)/dateline_bg.wasm $(SIZE_DIR)/named.wasm $(SIZE_DIR)/shipped.wasm

clean:
	cargo clean
	rm -rf dist node_modules test-results playwright-report .tools

# The README's screenshots, from the release build.
screenshots: build
	node tools/screenshots.mjs
