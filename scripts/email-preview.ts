// `npm run email:dev` — previews every email template in emails/ with its PreviewProps on
// http://localhost:3001 (`-- --port 3002` for another port): an index, each template's HTML, and
// its plain-text part at `?text=1`. Templates are re-imported on every request, so a refresh shows
// an edit to the template file (an edit to a shared component needs a restart). Ctrl-C stops it.
import "./lib/load-env-file";
import { readdir } from "node:fs/promises";
import http from "node:http";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { render } from "@react-email/render";
import { createElement, type ComponentType } from "react";
import { PLAIN_TEXT_OPTIONS } from "@/lib/notifications/email/plain-text-options";

const EMAILS_DIR = path.resolve(import.meta.dirname, "../emails");
const DEFAULT_PORT = 3001;

type TTemplate = ComponentType<Record<string, unknown>> & { PreviewProps?: Record<string, unknown> };

async function listTemplates(): Promise<string[]> {
  const files = await readdir(EMAILS_DIR);
  return files
    .filter((file) => file.endsWith(".tsx") && !file.includes(".test."))
    .map((file) => file.slice(0, -".tsx".length))
    .sort();
}

let importCount = 0;
async function loadTemplate(name: string): Promise<TTemplate> {
  // A fresh query string makes Node load the file again instead of the cached module.
  const url = `${pathToFileURL(path.join(EMAILS_DIR, `${name}.tsx`)).href}?v=${++importCount}`;
  const mod = (await import(url)) as { default?: TTemplate };
  if (typeof mod.default !== "function") throw new Error(`emails/${name}.tsx has no default export component`);
  return mod.default;
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function indexPage(names: string[]): string {
  const rows = names
    .map(
      (name) =>
        `<li><a href="/${encodeURIComponent(name)}">${escapeHtml(name)}</a> · <a href="/${encodeURIComponent(name)}?text=1">plain text</a></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>DeltaCrown emails</title>
<style>body{font-family:system-ui,sans-serif;max-width:640px;margin:40px auto;padding:0 16px;line-height:1.7}a{color:#5b3fd6}</style></head>
<body><h1>DeltaCrown email templates</h1><p>${names.length} templates from <code>emails/</code>, rendered with their <code>PreviewProps</code>.</p><ul>${rows}</ul></body></html>`;
}

async function handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
  const url = new URL(request.url ?? "/", "http://localhost");
  const names = await listTemplates();
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, { "content-type": `${type}; charset=utf-8`, "cache-control": "no-store" });
    response.end(body);
  };
  if (url.pathname === "/") return send(200, "text/html", indexPage(names));
  const name = decodeURIComponent(url.pathname.slice(1));
  if (!names.includes(name)) return send(404, "text/plain", `No template "${name}". Templates: ${names.join(", ")}`);
  const Template = await loadTemplate(name);
  if (!Template.PreviewProps) return send(500, "text/plain", `emails/${name}.tsx has no PreviewProps`);
  const element = createElement(Template, Template.PreviewProps);
  if (url.searchParams.get("text") === "1") return send(200, "text/plain", await render(element, PLAIN_TEXT_OPTIONS));
  return send(200, "text/html", await render(element));
}

function parsePort(args: string[]): number {
  const index = args.indexOf("--port");
  if (index === -1) return DEFAULT_PORT;
  const port = Number(args[index + 1]);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    throw new Error(`--port must be a port number, got "${args[index + 1] ?? ""}"`);
  return port;
}

const port = parsePort(process.argv.slice(2));
const server = http.createServer((request, response) => {
  handle(request, response).catch((error: unknown) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    response.end(error instanceof Error ? (error.stack ?? error.message) : String(error));
  });
});
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `✖ Port ${port} is in use: stop what runs there or pass -- --port <another>.`
      : `✖ ${error.message}`,
  );
  process.exit(1);
});
server.listen(port, "127.0.0.1", async () => {
  const names = await listTemplates();
  console.log(`Email previews: http://localhost:${port} (${names.join(", ")}) — Ctrl-C stops.`);
});
const stop = () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
