/** The current time as an ISO string; one place, so merges and events agree on the clock. */
export function nowIso(): string {
  return new Date().toISOString();
}
