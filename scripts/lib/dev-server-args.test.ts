import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { devServerArgs } from "./dev-server-args";

describe("npm run dev's servers", () => {
  it("listen on this machine only unless HOST says otherwise", () => {
    const { HOST } = parseEnv({});
    expect(HOST).toBe("127.0.0.1");
    const args = devServerArgs({ host: HOST, port: "3000" });
    expect(args.next).toEqual(["dev", "--hostname", "127.0.0.1", "--port", "3000"]);
    expect(args.inngest).toEqual([
      "dev",
      "--host",
      "127.0.0.1",
      "--no-discovery",
      "-u",
      "http://127.0.0.1:3000/api/inngest",
    ]);
  });

  it("bind every interface when HOST=0.0.0.0, the Inngest dev server still calling the app on loopback", () => {
    const args = devServerArgs({ host: parseEnv({ HOST: "0.0.0.0" }).HOST, port: "3000" });
    expect(args.next).toContain("0.0.0.0");
    expect(args.inngestSdkUrl).toBe("http://127.0.0.1:3000/api/inngest");
  });

  it("refuses a HOST that is not a host name", () => {
    expect(() => parseEnv({ HOST: "evil; rm -rf /" })).toThrow("HOST must be a host name or IP address");
  });
});
