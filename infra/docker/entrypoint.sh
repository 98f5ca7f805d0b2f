#!/bin/sh
# The image's entrypoint: `api` or `web`, each as one process that receives the stop signal
# itself (exec, no pnpm or tsx wrapper in between); anything else runs as given.
set -eu
case "${1:-api}" in
  api)
    cd /app/apps/api
    exec node --import tsx src/main.ts
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
