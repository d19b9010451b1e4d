#!/bin/bash
# Point the major tag users pin to (v1) at a release tag (v1.2.3) and push it to origin:
#   scripts/move-major-tag.sh v1.2.3
# Only the highest release of a major moves it: publishing a backport (v1.2.4 after v1.3.0)
# leaves v1 where it is. Run by the release workflow after the GitHub release exists.
set -euo pipefail

tag=${1:?usage: move-major-tag.sh vX.Y.Z}
if [[ ! $tag =~ ^v([0-9]+)\.[0-9]+\.[0-9]+$ ]]; then
  echo "move-major-tag: expected a tag vX.Y.Z, got \"$tag\"" >&2
  exit 1
fi
major="v${BASH_REMATCH[1]}"

# A tag-triggered checkout holds only its own tag; the others decide whether this one is the latest.
git fetch --quiet --force origin "refs/tags/$major.*:refs/tags/$major.*"
commit=$(git rev-parse --verify --quiet "refs/tags/$tag^{commit}") || {
  echo "move-major-tag: no tag $tag" >&2
  exit 1
}
latest=$(git tag --list "$major.*.*" --sort=-version:refname | grep -E "^$major\.[0-9]+\.[0-9]+\$" | head -n 1)
if [[ $latest != "$tag" ]]; then
  echo "move-major-tag: $tag is not the latest $major release ($latest is); $major stays"
  exit 0
fi

git tag --force "$major" "$commit"
git push --force origin "refs/tags/$major"
echo "move-major-tag: $major -> $tag ($commit)"
