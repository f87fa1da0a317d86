# syntax=docker/dockerfile:1
# github-teams-bridge. Build with the dev dependencies, run with the production ones only.
# docs/deploy.md says how to use it and how each stage was checked.

ARG NODE_IMAGE=node:20-bookworm-slim

# better-sqlite3 downloads a prebuilt binary when one fits the platform and compiles itself
# with node-gyp otherwise; this stage carries what the compile needs.
FROM ${NODE_IMAGE} AS toolchain
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
# node-gyp builds against the image's own Node headers rather than downloading them.
ENV npm_config_nodedir=/usr/local \
    npm_config_update_notifier=false \
    npm_config_fund=false \
    npm_config_audit=false
WORKDIR /app

FROM toolchain AS build
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY public ./public
COPY appPackage ./appPackage
# tsc → dist/, esbuild → public/build/. appPackage/ is here for `npm run package` (docs/deploy.md).
RUN npm run build

FROM toolchain AS prod-deps
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3978 \
    DATA_DIR=/data
WORKDIR /app
# Code and dependencies stay owned by root: the service can read them, not change them.
COPY --from=prod-deps /app/node_modules ./node_modules
# package.json makes dist/ ESM; the lock file lets image scanners list the dependencies.
COPY package.json package-lock.json ./
COPY --from=build /app/dist/src ./dist/src
COPY --from=build /app/public ./public
# The gallery serves these pre-rendered cards from src/, where the code looks for them.
COPY src/cards/samples.json ./src/cards/samples.json
# A named volume copies this directory's owner on first use, so the service can write to it.
RUN mkdir -p /data && chown node:node /data && chmod 700 /data
VOLUME ["/data"]
# The image's `node` user, by number so that runAsNonRoot checks can verify it.
USER 1000:1000
EXPOSE 3978
# Liveness only: a replica whose database is down is not restarted (that would not help);
# the proxy routes by /readyz instead. Node itself, since slim images have no curl.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3978)+'/healthz',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
STOPSIGNAL SIGTERM
# Not `npm start`: its prestart would try to rebuild, and npm would stand between the signal and node.
CMD ["node", "dist/src/server.js"]
