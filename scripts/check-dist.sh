#!/bin/bash
# Rebuild dist/ with `npm run package` and fail, showing the diff, when the committed dist/
# differs: the runner executes dist/index.js, never the sources. CI runs this on every push,
# and the release workflow before it publishes a tag.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run package --silent
# New chunk files are untracked until added: --intent-to-add puts them in the diff too.
git add --intent-to-add dist
if ! git diff --exit-code --stat -- dist; then
  git diff -- dist
  echo "::error title=dist/ is stale::dist/ differs from a fresh npm run package: run it and commit dist/"
  exit 1
fi
echo "dist/ matches the sources"
