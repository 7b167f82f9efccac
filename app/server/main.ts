// The portal's HTTP server: opens the database, applies migrations, serves Remix, stops cleanly.

import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { DatabaseLockedError, openDatabase } from "../../db/client";
import { isDatabaseEmpty, seedDemo } from "../../db/seed";
import { registerDatabase } from "../db.server";
import { syncContent } from "../modules/training/content-sync.server";
import { notifyTrainersOfConflicts } from "../modules/training/conflicts.server";
import { env } from "../env.server";
import { startMailSender } from "../modules/notifications/sender.server";
import { startMaintenance } from "./maintenance";
import { securityHeaders, sameOriginGuard } from "./security";

process.env.NODE_ENV ??= "production";

async function main() {
  const config = env();
  const handle = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: path.resolve(config.DATA_DIR),
  }).catch((error) => {
    if (error instanceof DatabaseLockedError) {
      console.error(`\n${error.message}\n`);
      process.exit(1);
    }
    throw error;
  });
  registerDatabase(handle);
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

  const buildPath = path.resolve("build/index.js");
  const build = (await import(pathToFileURL(buildPath).href)) as ServerBuild;

  const app = express();
  app.disable("x-powered-by");
  if (config.TRUST_PROXY === "true") app.set("trust proxy", true);
  app.use(compression());
  app.use(securityHeaders);
  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.use(sameOriginGuard(config.PUBLIC_URL));
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
  const stopMail = startMailSender();
  const stopMaintenance = startMaintenance();
  await new Promise<void>((resolve) => {
    server.once("error", async (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === "EADDRINUSE"
          ? `\nPort ${config.PORT} is already in use: stop the other program or set PORT.\n`
          : error,
      );
      await stopMail();
      await stopMaintenance();
      await handle.close();
      process.exit(1);
    });
    server.listen(config.PORT, config.HOST, resolve);
  });
  console.log(`Portale Tutori listening on http://localhost:${config.PORT} (${handle.kind})`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: finishing requests and closing the database…`);
    // Whatever happens, exit within 10 seconds.
    const deadline = setTimeout(() => {
      console.error("Forced exit: requests did not finish in time.");
      process.exit(1);
    }, 9_000);
    deadline.unref();
    await Promise.all([stopMail(), stopMaintenance()]);
    server.close();
    server.closeIdleConnections();
    const idleCloser = setInterval(() => server.closeIdleConnections(), 200);
    await new Promise<void>((resolve) => server.on("close", resolve));
    clearInterval(idleCloser);
    await handle.close();
    console.log("Stopped.");
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
