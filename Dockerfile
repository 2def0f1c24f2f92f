# syntax=docker/dockerfile:1
# The app as a container: Next.js's standalone server (next.config.ts `output: "standalone"`), the
# same artefact the e2e suite runs. Untested here: these machines have no Docker engine (see README).
#
#   docker build -t deltacrown .                       # the app (target "app", the default)
#   docker build -t deltacrown-migrate --target migrate .   # the one-shot migration runner
#
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
# postinstall runs `prisma generate` into lib/generated (the JS engine: nothing is downloaded).
RUN mkdir -p lib && npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm run build

# `npm run db:migrate` against DIRECT_URL (or DATABASE_URL), then exit: compose runs it before the app.
FROM deps AS migrate
COPY scripts ./scripts
COPY lib ./lib
COPY tsconfig.json ./
# Not NODE_ENV=production: migrating needs only the database URLs, not the app's other secrets.
CMD ["npx", "tsx", "scripts/migrate.ts"]

FROM node:20-bookworm-slim AS app
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
# server.js, its traced node_modules, and the static files build copied beside it.
COPY --from=build --chown=node:node /app/.next/standalone ./
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/sign-in').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "server.js"]
