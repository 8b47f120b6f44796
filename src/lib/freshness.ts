/**
 * Freshness of directory entries and playbooks: how long since a fact was
 * verified, and whether it is past its review interval.
 * Dates are ISO 8601 calendar dates (`YYYY-MM-DD`), compared in UTC.
 */

/**
 * Whole calendar months from one ISO date to another (never negative).
 * @param fromIso - earlier date, `YYYY-MM-DD`
 * @param to - the reference date (default: now)
 * @returns months elapsed, counting a month only once its day-of-month is reached
 * @throws RangeError when `fromIso` is not an ISO date
 */
export function monthsSince(fromIso: string, to: Date = new Date()): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(fromIso);
  if (!match) throw new RangeError(`Not an ISO 8601 date: ${fromIso}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  let months = (to.getUTCFullYear() - year) * 12 + (to.getUTCMonth() + 1 - month);
  if (to.getUTCDate() < day) months -= 1;
  return Math.max(0, months);
}

/**
 * The date on which an entry becomes due for review.
 * @param verifiedIso - last verification (or review) date, `YYYY-MM-DD`
 * @param reviewEveryMonths - review interval in months
 * @returns the due date as `YYYY-MM-DD`
 */
export function reviewDueDate(verifiedIso: string, reviewEveryMonths: number): string {
  const due = new Date(`${verifiedIso}T00:00:00Z`);
  const day = due.getUTCDate();
  due.setUTCDate(1);
  due.setUTCMonth(due.getUTCMonth() + reviewEveryMonths);
  const lastDay = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth() + 1, 0)).getUTCDate();
  due.setUTCDate(Math.min(day, lastDay));
  return due.toISOString().slice(0, 10);
}

/** Freshness of one entry. */
export type Freshness = {monthsAgo: number; dueDate: string; stale: boolean};

/**
 * Whether an entry is past its review interval (DESIGN.md: `review_every_months`, default 6).
 * @param verifiedIso - last verification date, `YYYY-MM-DD`
 * @param reviewEveryMonths - review interval in months
 * @param now - the reference date (default: now)
 */
export function freshness(
  verifiedIso: string,
  reviewEveryMonths: number,
  now: Date = new Date(),
): Freshness {
  const dueDate = reviewDueDate(verifiedIso, reviewEveryMonths);
  return {
    monthsAgo: monthsSince(verifiedIso, now),
    dueDate,
    stale: now.toISOString().slice(0, 10) > dueDate,
  };
}
