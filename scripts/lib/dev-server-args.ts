// The command lines `npm run dev` starts: next dev and the Inngest dev server, both bound to HOST
// (lib/env.ts: 127.0.0.1 unless set), the Inngest dev server calling the app where it listens.

export type TDevServerArgs = { next: string[]; inngest: string[]; inngestSdkUrl: string };

export function devServerArgs({ host, port }: { host: string; port: string }): TDevServerArgs {
  // "All interfaces" includes loopback, which is where the Inngest dev server finds the app.
  const appHost = ["0.0.0.0", "::", "[::]"].includes(host) ? "127.0.0.1" : host;
  const inngestSdkUrl = `http://${appHost}:${port}/api/inngest`;
  return {
    next: ["dev", "--hostname", host, "--port", port],
    inngest: ["dev", "--host", host, "--no-discovery", "-u", inngestSdkUrl],
    inngestSdkUrl,
  };
}
