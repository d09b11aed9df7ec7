#!/bin/sh
# Executable stand-in for VS Code that @vscode/test-electron's runTests() spawns
# (vscodeExecutablePath). Runs vscode-launcher.mjs on STRIDE_NODE, else on the `node`
# first on PATH (node_modules/.bin/node, i.e. Node 22, under npm scripts).
dir=$(dirname "$(readlink -f "$0")")
exec "${STRIDE_NODE:-node}" "$dir/vscode-launcher.mjs" "$@"
