// The portal's HTTP server: opens the database, applies migrations, serves Remix, stops cleanly.
//
// On PostgreSQL it serves from WEB_CONCURRENCY worker processes (default: one per CPU core) that
// share the port; the primary process migrates, imports the content and runs the background jobs
// (mail sender, maintenance) once. The embedded database (PGlite) is one process's, so there the
// portal always runs in a single process.

import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { DatabaseLockedError, openDatabase, type DatabaseHandle } from "../../db/client";
import { isDatabaseEmpty, seedDemo } from "../../db/seed";
import { registerDatabase } from "../db.server";
import { runInRequestScope } from "../utils/request-scope.server";
import { syncContent } from "../modules/training/content-sync.server";
import { notifyTrainersOfConflicts } from "../modules/training/conflicts.server";
import { env } from "../env.server";
import { startMailSender } from "../modules/notifications/sender.server";
import { startMaintenance } from "./maintenance";
import { securityHeaders, sameOriginGuard } from "./security";

process.env.NODE_ENV ??= "production";

// BENCH_COUNT_SQL=true (set by `npm run bench`, never in production): counts the SQL statements
// each request runs, and GET /__bench/sql-statements answers the count of the latest request.
// Exact for one request at a time in one process, as the benchmark asks them: a statement queued
// behind another request's is counted where the driver sends it.
const countSql = process.env.BENCH_COUNT_SQL === "true";
const requestStatements = new AsyncLocalStorage<{ count: number }>();
let latestRequest = { count: 0 };

type Stop = () => Promise<void>;

async function open(max?: number): Promise<DatabaseHandle> {
  const config = env();
  const handle = await openDatabase({
    url: config.DATABASE_URL,
    max,
    onStatement: countSql
      ? () => {
          const store = requestStatements.getStore();
          if (store) store.count++;
        }
      : undefined,
    dataDir: path.resolve(config.DATA_DIR),
  }).catch((error) => {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  registerDatabase(handle);
  return handle;
}

/** What runs once per start, whatever the number of workers. */
async function prepare(handle: DatabaseHandle) {
  await handle.migrate();
  try {
    const report = await syncContent(path.resolve("content"));
    console.log(`Content imported: ${JSON.stringify(report)}`);
    // Also announces conflicts an earlier start found but could not announce.
    await notifyTrainersOfConflicts();
  } catch (error) {
    // A mistake in a content file must not take the portal down: report it and go on.
    console.error(`Content not imported: ${error instanceof Error ? error.message : error}`);
  }
  if (handle.kind === "pglite" && (await isDatabaseEmpty(handle.db))) {
    console.log("First start of the embedded database: adding the demo data…");
    await seedDemo(handle.db);
  }
}

function startJobs(): Stop {
  const stopMail = startMailSender();
  const stopMaintenance = startMaintenance();
  return async () => {
    await Promise.all([stopMail(), stopMaintenance()]);
  };
}

/** Serves HTTP in this process; resolves with a function that finishes requests and stops. */
async function serve(): Promise<Stop> {
  const config = env();
  const buildPath = path.resolve("build/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  if (countSql) {
    app.use((req, res, next) => {
      if (req.path === "/__bench/sql-statements") {
        res.type("text/plain").send(String(latestRequest.count));
        return;
      }
      latestRequest = { count: 0 };
      requestStatements.run(latestRequest, next);
    });
  }
  if (config.TRUST_PROXY === "true") app.set("trust proxy", true);
  app.use(compression());
  app.use(securityHeaders);
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  // Every file in public/ has an extension; pages never do, and they skip the file lookup.
  const publicFiles = express.static("public", { maxAge: "1h" });
  app.use((req, res, next) => (/\.\w+$/.test(req.path) ? publicFiles(req, res, next) : next()));
  app.use(sameOriginGuard(config.PUBLIC_URL));
  app.use((_req, _res, next) => runInRequestScope(next));
  app.all(
    "*",
    createRequestHandler({
      build,
      mode: process.env.NODE_ENV,
      getLoadContext: (req, res) => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? req.socket.remoteAddress ?? "unknown",
      }),
    }),
  );

  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `\nPort ${config.PORT} is already in use: stop the other program or set PORT.\n`
          : error,
      );
      reject(error);
    });
    server.listen(config.PORT, config.HOST, resolve);
  });
  return async () => {
    server.close();
    server.closeIdleConnections();
    const idleCloser = setInterval(() => server.closeIdleConnections(), 200);
    await new Promise<void>((resolve) => server.on("close", resolve));
    clearInterval(idleCloser);
  };
}

/** Stops on SIGTERM/SIGINT; whatever happens, exits within 10 seconds. */
function onSignal(stop: Stop) {
  let stopping = false;
  const handler = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!cluster.isWorker) console.log(`${signal} received: finishing requests and closing the database…`);
    const deadline = setTimeout(() => {
      console.error("Forced exit: requests did not finish in time.");
      process.exit(1);
    }, 9_000);
    deadline.unref();
    await stop();
    if (!cluster.isWorker) console.log("Stopped.");
    process.exit(0);
  };
  process.on("SIGTERM", () => void handler("SIGTERM"));
  process.on("SIGINT", () => void handler("SIGINT"));
}

/** Workers by default: one per core, at most 4 (each keeps up to 10 database connections). */
const DEFAULT_MAX_WORKERS = 4;

function workerCount(): number {
  if (!env().DATABASE_URL) return 1;
  const wanted = Number.parseInt(process.env.WEB_CONCURRENCY ?? "", 10);
  return Number.isInteger(wanted) && wanted > 0 ? wanted : Math.min(os.availableParallelism(), DEFAULT_MAX_WORKERS);
}

async function main() {
  const config = env();
  if (cluster.isWorker) {
    const handle = await open();
    const stopServer = await serve().catch(() => process.exit(1));
    process.send?.("listening");
    onSignal(async () => {
      await stopServer();
      await handle.close();
    });
    return;
  }

  const workers = workerCount();
  // With workers, the primary only migrates and runs the background jobs: a small pool.
  const handle = await open(workers > 1 ? 3 : undefined);
  await prepare(handle);

  if (workers === 1) {
    const stopJobs = startJobs();
    const stopServer = await serve().catch(async () => {
      await stopJobs();
      await handle.close();
      process.exit(1);
    });
    console.log(`Portale Tutori listening on http://localhost:${config.PORT} (${handle.kind})`);
    onSignal(async () => {
      await Promise.all([stopJobs(), stopServer()]);
      await handle.close();
    });
    return;
  }

  let stopping = false;
  let restarts: number[] = [];
  const fork = () =>
    new Promise<void>((resolve) => {
      const worker = cluster.fork();
      let listening = false;
      worker.on("message", (message) => {
        if (message !== "listening") return;
        listening = true;
        resolve();
      });
      worker.once("exit", (code) => {
        if (stopping) return;
        if (!listening) {
          // It could not start (port taken, database unreachable): starting more would loop.
          console.error(`A worker could not start (exit ${code}); stopping.`);
          for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
          process.exit(1);
        }
        // A worker that keeps dying (5 times within a minute) is a fault to look at, not to hide.
        const now = Date.now();
        restarts = restarts.filter((t) => now - t < 60_000);
        restarts.push(now);
        if (restarts.length > 5) {
          console.error(`Workers stopped ${restarts.length} times within a minute (last exit ${code}); stopping.`);
          for (const other of Object.values(cluster.workers ?? {})) other?.kill("SIGTERM");
          process.exit(1);
        }
        console.error(`A worker stopped (exit ${code}): starting another.`);
        void fork();
      });
    });
  await Promise.all(Array.from({ length: workers }, fork));
  const stopJobs = startJobs();
  console.log(`Portale Tutori listening on http://localhost:${config.PORT} (${handle.kind}, ${workers} workers)`);
  onSignal(async () => {
    stopping = true;
    const exited = Object.values(cluster.workers ?? {}).map(
      (worker) =>
        new Promise<void>((resolve) => {
          if (!worker || worker.isDead()) return resolve();
          worker.once("exit", () => resolve());
          worker.kill("SIGTERM");
        }),
    );
    await Promise.all([stopJobs(), ...exited]);
    await handle.close();
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
