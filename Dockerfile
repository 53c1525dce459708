# Buurtkamer: one app node. Configured only through environment variables (see README).
# Build: docker build -t buurtkamer .   Run: docker compose up (postgres, redis, two nodes, nginx).

FROM node:20-bookworm-slim AS build
WORKDIR /app
# npm ci runs the postinstall patch of postgres.js (db/patch-postgres.mjs): it must be there.
COPY package.json package-lock.json ./
COPY db/patch-postgres.mjs ./db/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build:web

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY db/patch-postgres.mjs ./db/
# tsx runs the TypeScript sources; it is a production dependency, vite and the test tools are not.
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist/web ./dist/web
COPY tsconfig.json ./
COPY server ./server
COPY db ./db
COPY bot ./bot
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# Not `npm start`: that builds the web client first. SIGTERM reaches node directly.
CMD ["node", "--import", "tsx", "server/main.ts"]
