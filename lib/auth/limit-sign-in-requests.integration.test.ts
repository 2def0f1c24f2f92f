// The magic-link limits against the real PostgreSQL table (SignInRateLimit, from the migration): per
// address, per IP, case-insensitive, and a fresh window once the old one ends. The sign-in form and
// Auth.js's own endpoint are covered in app/sign-in/actions.integration.test.ts.
import pg from "pg";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import {
  createSignInLimiters,
  limitSignInRequests,
  SIGN_IN_REQUEST_LIMITS,
  type TSignInLimiters,
  type TSignInRequestLimits,
} from "./limit-sign-in-requests";

const pool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
afterAll(() => pool.end());

const { perAddress, perIp } = SIGN_IN_REQUEST_LIMITS;
const TRY_AGAIN_IN_AN_HOUR = "Too many sign-in links requested. Try again in 60 minutes.";

let limiters: TSignInLimiters;
beforeEach(async () => {
  await db.$executeRaw`TRUNCATE "SignInRateLimit"`;
  // A fresh instance per test: the limiter also remembers refused keys in memory.
  limiters = createSignInLimiters(pool);
});

/** Makes `count` requests; the messages of the refused ones (undefined for the allowed). */
async function request(
  count: number,
  input: (index: number) => { email: string; ip: string | null },
  using = limiters,
) {
  const outcomes: (string | undefined)[] = [];
  for (let index = 0; index < count; index++) {
    outcomes.push(
      await limitSignInRequests(input(index), using).then(
        () => undefined,
        (error: Error) => error.message,
      ),
    );
  }
  return outcomes;
}

describe("limitSignInRequests", () => {
  it(`allows ${perAddress.points} links per address an hour, refuses the next with when to try again, and leaves other addresses alone`, async () => {
    const outcomes = await request(perAddress.points + 1, (index) => ({
      email: "zoe@example.com",
      ip: `203.0.113.${index}`,
    }));

    expect(outcomes.slice(0, perAddress.points)).toEqual(Array(perAddress.points).fill(undefined));
    expect(outcomes.at(-1)).toBe(TRY_AGAIN_IN_AN_HOUR);
    await expect(limitSignInRequests({ email: "zoe@example.com", ip: "198.51.100.1" }, limiters)).rejects.toMatchObject(
      { code: "RATE_LIMITED", status: 429 },
    );
    await expect(
      limitSignInRequests({ email: "mina@example.com", ip: "203.0.113.1" }, limiters),
    ).resolves.toBeUndefined();
  });

  it("counts an address however it is capitalised or padded", async () => {
    const spellings = [
      "Zoe@Example.com",
      "zoe@example.com",
      " ZOE@EXAMPLE.COM ",
      "zoe@EXAMPLE.com",
      "zOe@example.COM",
      "Zoe@example.com",
    ];

    const outcomes = await request(spellings.length, (index) => ({ email: spellings[index] ?? "", ip: null }));

    expect(outcomes).toEqual([...Array(perAddress.points).fill(undefined), TRY_AGAIN_IN_AN_HOUR]);
  });

  it(`allows ${perIp.points} links per IP an hour across different addresses and refuses the next`, async () => {
    const outcomes = await request(perIp.points + 1, (index) => ({
      email: `player${index}@example.com`,
      ip: "192.0.2.7",
    }));

    expect(outcomes.slice(0, perIp.points)).toEqual(Array(perIp.points).fill(undefined));
    expect(outcomes.at(-1)).toBe(TRY_AGAIN_IN_AN_HOUR);
    // Another IP is not affected, and the refused request did not spend that address's allowance.
    expect(
      await request(perAddress.points, () => ({ email: `player${perIp.points}@example.com`, ip: "192.0.2.8" })),
    ).toEqual(Array(perAddress.points).fill(undefined));
  });

  it("without a client IP counts only the address, so requests without one do not share an allowance", async () => {
    const outcomes = await request(perIp.points + 1, (index) => ({ email: `player${index}@example.com`, ip: null }));

    expect(outcomes).toEqual(Array(perIp.points + 1).fill(undefined));
  });

  it("allows requests again once the window has passed", async () => {
    const short: TSignInRequestLimits = {
      perAddress: { points: 2, durationSeconds: 0.5 },
      perIp: { points: 100, durationSeconds: 0.5 },
    };
    const shortLimiters = createSignInLimiters(pool, short);
    const zoe = () => ({ email: "zoe@example.com", ip: "203.0.113.9" });

    expect(await request(3, zoe, shortLimiters)).toEqual([
      undefined,
      undefined,
      "Too many sign-in links requested. Try again in 1 minute.",
    ]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await request(3, zoe, shortLimiters)).toEqual([
      undefined,
      undefined,
      "Too many sign-in links requested. Try again in 1 minute.",
    ]);
  });

  it("stores no address, only its hash", async () => {
    await limitSignInRequests({ email: "zoe@example.com", ip: "203.0.113.1" }, limiters);

    const rows = await db.signInRateLimit.findMany({ select: { key: true, points: true }, orderBy: { key: "asc" } });
    expect(rows).toEqual([
      { key: expect.stringMatching(/^sign-in:address:[0-9a-f]{64}$/), points: 1 },
      { key: "sign-in:ip:203.0.113.1", points: 1 },
    ]);
  });
});
