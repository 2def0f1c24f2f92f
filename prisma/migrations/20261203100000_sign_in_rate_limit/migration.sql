-- CreateTable
-- rate-limiter-flexible's RateLimiterPostgres table (lib/auth/limit-sign-in-requests.ts), created here
-- rather than at runtime (`tableCreated: true`). Column order matters: the library inserts positionally.
CREATE TABLE "SignInRateLimit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "SignInRateLimit_pkey" PRIMARY KEY ("key")
);
