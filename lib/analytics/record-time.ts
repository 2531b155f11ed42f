// When a post or comment happened, for analytics: its publish time when the platform showed a readable
// one, else the moment Earshot first captured it (some pages show no time, or only "3 days ago").

// What adapters store (toISOString output) is returned as it is, without a parse: ingest asks for
// every record.
const CANONICAL = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/** ISO time of `row`: createdAt (normalised to ISO UTC) when present and parseable, else firstSeenAt. */
export function recordTime(row: { createdAt?: string; firstSeenAt: string }): string {
  if (row.createdAt && CANONICAL.test(row.createdAt)) return row.createdAt;
  if (row.createdAt) {
    const ms = Date.parse(row.createdAt);
    if (!Number.isNaN(ms)) return new Date(ms).toISOString();
  }
  return row.firstSeenAt;
}
