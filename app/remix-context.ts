// Types shared by the server adapter and the routes: the load context and single fetch.
import "@remix-run/node";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
  interface AppLoadContext {
    cspNonce: string;
    clientIp: string;
  }
}

export {};
