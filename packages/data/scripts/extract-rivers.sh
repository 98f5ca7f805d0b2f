#!/usr/bin/env bash
# Extracts Zhoukou's rivers from the WDBII river database that Debian ships with GMT
# (packages gmt, gmt-gshhg-full) into geo/rivers.json. Run once; the result is committed.
#   apt-get install gmt gmt-gshhg-full && pnpm --filter @atlas/data extract:rivers
set -euo pipefail
cd "$(dirname "$0")/.."
region=113.9/115.8/32.9/34.5   # the accepted extent: Zhoukou 114.0–115.7 E, 33.0–34.4 N, with a 0.1° margin
raw=$(mktemp)
trap 'rm -f "$raw"' EXIT
# -Df: full resolution; -I1/-I2/-I3/-I4: permanent rivers, major to minor (intermittent ones and canals left out).
gmt coast -R"$region" -Df -I1 -I2 -I3 -I4 -M >"$raw"
gmt_version=$(gmt --version)
shhg_version=$(dpkg-query -W -f='${Version}' gmt-gshhg-full 2>/dev/null || echo unknown)
npx tsx scripts/rivers-to-geojson.ts "$raw" "$region" "GMT $gmt_version, gmt-gshhg-full $shhg_version" >geo/rivers.json
echo "wrote geo/rivers.json"
