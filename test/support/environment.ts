// What the test machine offers: PostgreSQL (PG_URL) and Debian's Chromium.
import { existsSync } from 'node:fs';

export function chromiumPath(): string | null {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  return null;
}

export const pgUrl: string | undefined = process.env.PG_URL;
