# ElderGraph server with the admin panel built in. Build context: the repository root.
# Targets: the default (last) stage is the server; `--target gateway` builds the federation gateway
# (docker-compose.yml's production profile builds both).
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.base.json ./
COPY server/package.json server/
COPY admin/package.json admin/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build -w server && (npm run build -w admin --if-present)

# Runtime dependencies only (the server image)
FROM build AS prod-deps
RUN npm prune --omit=dev

# The federation gateway (server/src/gateway): @apollo/gateway and @apollo/composition are development
# dependencies of the server workspace, so this image keeps the full node_modules of the build.
FROM node:20-bookworm-slim AS gateway
ENV NODE_ENV=production GATEWAY_HOST=0.0.0.0 GATEWAY_CONFIG=/app/gateway.config.json
WORKDIR /app
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/server/schema.graphql server/schema.graphql
COPY --from=build /app/gateway.config.json ./
USER node
EXPOSE 4100
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4100/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "server/dist/gateway/main.js"]

# The server (default target)
FROM node:20-bookworm-slim AS server
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/server/package.json server/
COPY --from=build /app/server/dist server/dist
COPY --from=build /app/admin/dist admin/dist
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "--min-semi-space-size=64", "--max-semi-space-size=64", "--heap-growing-percent=300", "server/dist/main.js"]
