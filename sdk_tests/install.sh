#!/usr/bin/env bash
# Install Frontegg's own SDKs, pinned, into git-ignored folders under sdk_tests/, for tests/sdk/:
#   sdk_tests/.venv-frontegg      Python: `frontegg[fastapi]` (PyPI) from sdk_tests/python/requirements.txt
#   sdk_tests/node/node_modules   Node: @frontegg/client and @frontegg/rest-api from package-lock.json
#
# Idempotent: each part is (re)installed only when its pin file changed since the last install (a
# stamp holds the pin file's digest), and a run with nothing to do prints nothing. Network access is
# needed here only; the tests run offline. Needs python3 (3.10+) and node 20+ with npm.
# Environment: PYTHON (default python3) picks the interpreter for the virtualenv.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PYTHON="${PYTHON:-python3}"
export PIP_DISABLE_PIP_VERSION_CHECK=1

digest() { sha256sum "$@" | sha256sum | cut -d' ' -f1; }

# ---- Python SDK: its own virtualenv (its dependency ranges are none of the project's business)
venv="$here/.venv-frontegg"
requirements="$here/python/requirements.txt"
want="$(digest "$requirements")"
if [[ ! -x "$venv/bin/python" || "$(cat "$venv/.installed" 2>/dev/null)" != "$want" ]]; then
    rm -f "$venv/.installed"
    [[ -x "$venv/bin/python" ]] || "$PYTHON" -m venv "$venv"
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -r "$requirements"
    echo "$want" >"$venv/.installed"
    echo "sdk_tests: installed $(grep -m1 '^frontegg' "$requirements") into ${venv#"$PWD/"}"
fi

# ---- Node SDKs: npm ci from the lock file
node_dir="$here/node"
want="$(digest "$node_dir/package.json" "$node_dir/package-lock.json")"
if [[ ! -d "$node_dir/node_modules" || "$(cat "$node_dir/node_modules/.installed" 2>/dev/null)" != "$want" ]]; then
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$node_dir/node_modules/.installed"
    echo "sdk_tests: installed @frontegg/client and @frontegg/rest-api into ${node_dir#"$PWD/"}/node_modules"
fi

# ---- Browser bundles for the pages tests/browser opens in Chromium, built by the pinned esbuild into
# sdk_tests/browser/dist (git-ignored); the tests then run offline:
#   rest-api.js         @frontegg/rest-api 7.119.0
#   react-hooks-app.js  react_hooks_app.jsx: @frontegg/react-hooks 7.119.0 with React 18
#   login-box.js        login-box/app.jsx: Frontegg's login box (@frontegg/react 4.0.30, React 17), in its
#                       own folder since React 17 and 18 cannot share one node_modules
browser_dir="$here/browser"
want="$(digest "$browser_dir/package.json" "$browser_dir/package-lock.json" "$browser_dir/rest_api_entry.mjs" \
    "$browser_dir/react_hooks_app.jsx" "$browser_dir/login-box/package.json" \
    "$browser_dir/login-box/package-lock.json" "$browser_dir/login-box/app.jsx")"
if [[ ! -f "$browser_dir/dist/login-box.js" || "$(cat "$browser_dir/dist/.installed" 2>/dev/null)" != "$want" ]]; then
    (cd "$browser_dir" && npm ci --no-audit --no-fund --loglevel=error &&
        (cd login-box && npm ci --no-audit --no-fund --loglevel=error) &&
        esbuild=node_modules/.bin/esbuild &&
        "$esbuild" rest_api_entry.mjs --bundle --format=iife --platform=browser \
            --outfile=dist/rest-api.js --log-level=warning &&
        for app in react_hooks_app.jsx:react-hooks-app.js login-box/app.jsx:login-box.js; do
            "$esbuild" "${app%%:*}" --bundle --format=iife --platform=browser --jsx=automatic --minify \
                --define:process.env.NODE_ENV='"production"' --outfile="dist/${app##*:}" --log-level=warning
        done)
    echo "$want" >"$browser_dir/dist/.installed"
    echo "sdk_tests: bundled @frontegg/rest-api, a react-hooks app and the login box into ${browser_dir#"$PWD/"}/dist"
fi
