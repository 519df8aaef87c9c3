// How instants are shown: Beijing time (all date logic runs in Asia/Shanghai, DESIGN §4), to the second.
const beijing = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** "2026-03-02 10:15:03" for 2026-03-02T02:15:03Z. */
export function formatBeijingTime(instant: string): string {
  const parts = Object.fromEntries(beijing.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}:${parts.second}`;
}

/** The first instant of a Beijing calendar day (YYYY-MM-DD), as ISO UTC. */
export function beijingDayStart(day: string): string {
  return new Date(`${day}T00:00:00+08:00`).toISOString();
}

/** The first instant after a Beijing calendar day (exclusive end of a date range), as ISO UTC. */
export function beijingDayEnd(day: string): string {
  return new Date(new Date(`${day}T00:00:00+08:00`).getTime() + 24 * 3600 * 1000).toISOString();
}
