// Renders the whole document, then sends it in one piece. The portal defers no data (no Suspense
// boundary waits for anything), so streaming the shell early gained nothing, while sending React's
// many small chunks through two stream conversions cost a write per chunk (issue 7's profile: about
// a fifth of the server's time on a page). React writes into a plain collector rather than a
// stream.Writable, whose per-chunk machinery was another 4% (and React only needs write, end,
// destroy and the three events). Every script carries the CSP nonce.
import { EventEmitter } from "node:events";
import type { AppLoadContext, EntryContext } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/components/nonce";

const ABORT_DELAY = 5_000;
export const streamTimeout = ABORT_DELAY;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const nonce = loadContext.cspNonce ?? "";
  return new Promise<Response>((resolve, reject) => {
    const sink = new DocumentSink(
      (body) => {
        responseHeaders.set("Content-Type", "text/html; charset=utf-8");
        resolve(new Response(body, { headers: responseHeaders, status: responseStatusCode }));
      },
      reject,
    );
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce}>
        <RemixServer context={remixContext} url={request.url} abortDelay={ABORT_DELAY} nonce={nonce} />
      </NonceProvider>,
      {
        nonce,
        onAllReady() {
          clearTimeout(timer);
          // React uses only write, end, destroy and events of its destination.
          pipe(sink as unknown as NodeJS.WritableStream);
        },
        onShellError(error: unknown) {
          clearTimeout(timer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          console.error(error);
        },
      },
    );
    const timer = setTimeout(abort, ABORT_DELAY + 1000);
  });
}

/** Collects what React writes (chunks it never reuses) and hands over the whole document once. */
class DocumentSink extends EventEmitter {
  private readonly chunks: Buffer[] = [];
  private done = false;

  constructor(
    private readonly onEnd: (body: Buffer<ArrayBuffer>) => void,
    private readonly onError: (error: unknown) => void,
  ) {
    super();
  }

  write(chunk: Uint8Array | string): boolean {
    if (this.done) return true;
    this.chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    return true;
  }

  end(): this {
    if (!this.done) {
      this.done = true;
      this.onEnd(Buffer.concat(this.chunks));
    }
    return this;
  }

  destroy(error?: unknown): this {
    if (!this.done) {
      this.done = true;
      this.onError(error ?? new Error("The document could not be rendered"));
    }
    return this;
  }
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return;
  console.error(error);
}
