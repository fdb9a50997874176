# 益企问 as a container image: `docker build -t yiqi .`, then
# `docker run -p 3978:3978 --env-file .env yiqi` (see README, "Docker image").
# Two stages: the build stage compiles the TypeScript with the dev dependencies; the run stage has only
# the production dependencies, the compiled code, the knowledge base and the web chat page.

# The Node version pinned for CI in .node-version (a test keeps the two equal).
ARG NODE_VERSION=24.22.3

FROM node:${NODE_VERSION}-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: no dependency needs its install script (all are denied in package.json's allowScripts), and the
# package's own `prepare` (a build) runs below once the sources are here.
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY scripts/mark-executable.mjs scripts/bundle-server.mjs scripts/
COPY src src
COPY dialogs dialogs
# The build bundles the server and keeps the knowledge files it validates (scripts/bundle-server.mjs).
COPY knowledge knowledge
RUN npm run build

FROM node:${NODE_VERSION}-slim AS run
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts && npm cache clean --force
COPY --from=build /app/dist dist
COPY knowledge knowledge
COPY web web
# Maintainers' records go to DATA_DIR when no blob storage is configured: a folder the app may write.
RUN mkdir -p var && chown node:node var
# The official image's unprivileged user.
USER node
# Without MicrosoftAppId the server runs in local mode and listens on the container's loopback only:
# give it its Azure Bot credentials (or UserAssignedMSI) to serve other hosts.
ENV PORT=3978 DATA_DIR=/app/var
EXPOSE 3978
# Slim images have no curl: Node asks /healthz itself.
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/src/index.js"]
