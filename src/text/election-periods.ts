// The configured election period a post is scheduled in (settings.electionPeriods), for the rules that
// read election-period publicity (in English and in the other languages).

/** True when `publishAt` falls between `start` and `end`; an end given as a date covers the whole day. */
export function withinPeriod(publishAt: string, start: string, end: string): boolean {
  const at = Date.parse(publishAt);
  const from = Date.parse(start);
  const to = Date.parse(end) + (/^\d{4}-\d{2}-\d{2}$/.test(end) ? 86_400_000 - 1 : 0);
  return [at, from, to].every(Number.isFinite) && at >= from && at <= to;
}

/** The first period `publishAt` falls in, or undefined. */
export function periodAt<P extends { start: string; end: string }>(publishAt: string | undefined, periods: readonly P[]): P | undefined {
  return publishAt ? periods.find((p) => withinPeriod(publishAt, p.start, p.end)) : undefined;
}
