#!/bin/sh
# The image's entrypoint: `api` or `web`, each as one process that receives the stop signal
# itself (exec, no pnpm or tsx wrapper in between); anything else runs as given.
set -eu
case "${1:-api}" in
  api)
    cd /app/apps/api
    # A young generation of 64 MB a half: an uncached answer's rows and promises outlive V8's
    # default 16 MB and were copied scavenge after scavenge (a third of the API's CPU under load).
    exec node --max-semi-space-size=64 --import tsx src/main.ts
    ;;
  web)
    cd /app/apps/web
    # next itself, not `pnpm start`: the build is in the image and must not be redone.
    exec node node_modules/next/dist/bin/next start --hostname 0.0.0.0 --port "${WEB_PORT:-3000}"
    ;;
  *)
    exec "$@"
    ;;
esac
