# One image for every deployable of the monorepo; SERVICE picks which one a
# container runs (services/<name> or gateway). Built by docker-compose.yml.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json turbo.json tsconfig.base.json ./
COPY packages ./packages
COPY services ./services
COPY gateway ./gateway
# apps/ for npm's workspaces (the lock file lists them); the workbench has its own image.
COPY apps ./apps
RUN npm ci --no-audit --no-fund && TURBO_TELEMETRY_DISABLED=1 npx turbo run build --filter='!@salesgraph/workbench' \
  && npm prune --omit=dev

FROM node:20-bookworm-slim
# No HOST here: every process listens on loopback unless its deployment says
# otherwise (docker-compose.yml sets HOST=0.0.0.0 for the containers that
# other containers must reach).
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app /app
USER node
ARG SERVICE
ENV SERVICE_DIR=${SERVICE}
HEALTHCHECK --interval=10s --timeout=3s --retries=12 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["sh", "-c", "exec node ${SERVICE_DIR}/dist/main.js"]
