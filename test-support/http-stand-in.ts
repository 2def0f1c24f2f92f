// A local HTTP stand-in for an outside service (Resend, Discord, Inngest's event API): records every
// request and answers from a queue of scripted responses (status, body, headers, delay), else 200.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type TRecordedRequest = {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: unknown;
  /** The status the stand-in answered with. */
  status: number;
};
export type TScriptedResponse = { status?: number; body?: unknown; headers?: Record<string, string>; delayMs?: number };

export type THttpStandIn = {
  url: string;
  requests: TRecordedRequest[];
  /** Answers the next requests with these, in order; then the default. */
  enqueue: (...responses: TScriptedResponse[]) => void;
  setDefault: (response: TScriptedResponse | ((request: TRecordedRequest) => TScriptedResponse)) => void;
  reset: () => void;
  close: () => Promise<void>;
};

/** `port` 0 (default) lets the OS choose; e2e fixes one so other processes can find it. */
export async function startHttpStandIn(port = 0): Promise<THttpStandIn> {
  const requests: TRecordedRequest[] = [];
  const queue: TScriptedResponse[] = [];
  let fallback: TScriptedResponse | ((request: TRecordedRequest) => TScriptedResponse) = { status: 200, body: {} };

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      let json: unknown = null;
      try {
        json = body ? JSON.parse(body) : null;
      } catch {
        json = null;
      }
      const recorded: TRecordedRequest = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        body,
        json,
        status: 0,
      };
      const scripted = queue.shift() ?? (typeof fallback === "function" ? fallback(recorded) : fallback);
      recorded.status = scripted.status ?? 200;
      requests.push(recorded);
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(recorded.status, { "content-type": "application/json", ...scripted.headers });
        res.end(scripted.body === undefined ? "" : JSON.stringify(scripted.body));
      };
      if (scripted.delayMs) setTimeout(send, scripted.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    enqueue: (...responses) => queue.push(...responses),
    setDefault: (response) => {
      fallback = response;
    },
    reset: () => {
      requests.length = 0;
      queue.length = 0;
      fallback = { status: 200, body: {} };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
