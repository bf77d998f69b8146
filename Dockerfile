# syntax=docker/dockerfile:1
# NEXUS: build the Remix bundle with every dependency, run with production ones only, as `node`.
# Node 20 LTS on Debian slim (glibc: @node-rs/argon2 and PartyKit's workerd ship prebuilt for it).

ARG NODE_VERSION=20.20.2

FROM node:${NODE_VERSION}-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Applied by the postinstall script (patch-package).
COPY patches ./patches
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM node:${NODE_VERSION}-bookworm-slim AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY patches ./patches
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    NEXUS_DATA_DIR=/data \
    NO_UPDATE_NOTIFIER=1
WORKDIR /app
COPY --from=prod-deps --chown=root:root /app/node_modules ./node_modules
COPY --chown=root:root package.json package-lock.json server.ts partykit.json tsconfig.json ./
COPY --chown=root:root app ./app
COPY --chown=root:root db ./db
COPY --chown=root:root drizzle ./drizzle
COPY --chown=root:root party ./party
COPY --chown=root:root scripts ./scripts
COPY --chown=root:root public ./public
COPY --from=build --chown=root:root /app/build ./build
COPY --from=build --chown=root:root /app/public/build ./public/build
# scripts/start.mjs rebuilds when sources look newer than the build; it is current by construction.
RUN touch build/server/index.js build/start.js \
 && mkdir -p /data \
 && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/api/v1/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
CMD ["node", "scripts/start.mjs"]
