#!/usr/bin/env bash
# Installs what `make run` and `make test` need, or says exactly what is missing.
#   scripts/deps.sh build     Rust wasm target, Trunk, wasm-bindgen CLI, npm packages (Playwright, wasm-opt)
#   scripts/deps.sh browser   Chromium, ChromeDriver and a CJK font (Debian packages; needs root)
#   scripts/deps.sh size      twiggy, for `make size`
# Everything comes from the package registries (crates.io, npm, Debian); nothing is downloaded from elsewhere.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
say() { printf '\033[1m[deps]\033[0m %s\n' "$*"; }
die() { printf '\033[1;31m[deps] %s\033[0m\n' "$*" >&2; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_updated=
apt_install() {
  if ! is_root; then
    die "missing Debian packages: $*. Install them with: sudo apt-get install -y $*"
  fi
  if [ -z "$apt_updated" ]; then
    say "apt-get update"
    apt-get update -qq
    apt_updated=1
  fi
  say "apt-get install $*"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The wasm-bindgen CLI must match the library version in Cargo.lock exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

build_deps() {
  command -v cargo >/dev/null || die "Rust is missing: install it with rustup (https://rustup.rs), then run this again."
  # rust-toolchain.toml pins the toolchain; say so plainly when it is not there, rather than let rustup fail later.
  local pinned
  pinned=$(awk -F'"' '/^channel/ { print $2 }' rust-toolchain.toml)
  if ! rustup toolchain list 2>/dev/null | grep -q "^${pinned}[-[:space:]]"; then
    say "installing the Rust toolchain ${pinned} named in rust-toolchain.toml"
    rustup toolchain install "$pinned" --profile minimal -c rustfmt -c clippy -t wasm32-unknown-unknown \
      || die "Rust ${pinned} is missing and could not be installed: run 'rustup toolchain install ${pinned}'."
  fi
  if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (takes 10-15 minutes once)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  [ -f Cargo.lock ] || cargo generate-lockfile
  local wbg
  wbg=$(wasm_bindgen_version)
  [ -n "$wbg" ] || die "could not read the wasm-bindgen version from Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wbg" ]; then
    say "installing wasm-bindgen-cli $wbg"
    # Not --locked: its lockfile names a crate version the registry no longer has.
    cargo install wasm-bindgen-cli --version "$wbg"
  fi
  if ! command -v npm >/dev/null; then
    apt_install nodejs npm
  fi
  if [ ! -x node_modules/.bin/playwright ] || [ ! -x node_modules/.bin/wasm-opt ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    say "installing npm packages (Playwright, binaryen's wasm-opt)"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

browser_deps() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # Without a CJK font every Chinese name renders as boxes.
  dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || missing+=(fonts-wqy-microhei)
  # The print test reads the handout's PDF (pdftotext, pdfinfo).
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  if [ ${#missing[@]} -gt 0 ]; then
    apt_install "${missing[@]}"
  fi
}

# `make size` lists what the wasm is made of with twiggy (crates.io); `make test` does not need it.
size_deps() {
  if [ "$(twiggy --version 2>/dev/null)" != "twiggy 0.8.0" ]; then
    say "installing twiggy 0.8.0 (a minute or two, once)"
    cargo install --locked twiggy --version 0.8.0
  fi
}

case "${1:-}" in
  build) build_deps ;;
  browser) browser_deps ;;
  size) size_deps ;;
  *) die "usage: scripts/deps.sh build|browser|size" ;;
esac
