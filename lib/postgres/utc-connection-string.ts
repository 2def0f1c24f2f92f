// Time is UTC on every connection. Prisma's DateTime columns are `timestamp without time zone`
// holding UTC; Prisma writes UTC whatever the session says, but raw SQL's now(), and every
// comparison between such a column and a timestamptz, go through the session's TimeZone, which
// defaults to the database's (an initdb takes the host's zone). So each session asks for UTC at
// startup (libpq's `options`, kept beside any options the URL already carries, e.g. Neon's endpoint).
// The URL's parameters win over a pg config object's, which is why this edits the URL itself.
const UTC_OPTION = "-c TimeZone=UTC";

export function utcConnectionString(connectionString: string): string {
  const url = new URL(connectionString);
  const options = url.searchParams.get("options");
  if (options?.includes(UTC_OPTION)) return connectionString;
  url.searchParams.set("options", options ? `${options} ${UTC_OPTION}` : UTC_OPTION);
  return url.toString();
}
