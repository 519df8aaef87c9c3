// Record ids: UUIDv7 text generated in the application (DESIGN §4). Version 7 (RFC 9562 §5.7) puts
// the Unix time in milliseconds first, so ids sort by creation time and index well on both databases.
import { randomFillSync } from 'node:crypto';

let lastMillis = -1;
let lastCounter = 0;

/**
 * A new UUIDv7. Within one millisecond the 12-bit `rand_a` field is used as a counter (RFC 9562
 * §6.2 method 1) so ids made in the same process stay strictly increasing.
 */
export function newId(now: number = Date.now()): string {
  const bytes = new Uint8Array(16);
  randomFillSync(bytes);
  let millis = now;
  if (millis <= lastMillis) {
    millis = lastMillis;
    lastCounter += 1;
    if (lastCounter > 0xfff) {
      // Counter exhausted: borrow the next millisecond rather than repeat or go backwards.
      millis += 1;
      lastCounter = bytes[7]! & 0x7f;
    }
  } else {
    lastCounter = ((bytes[6]! & 0x0f) << 8 | bytes[7]!) & 0x7ff;
  }
  lastMillis = millis;
  // 48-bit big-endian timestamp.
  let t = millis;
  for (let i = 5; i >= 0; i -= 1) {
    bytes[i] = t % 256;
    t = Math.floor(t / 256);
  }
  bytes[6] = 0x70 | ((lastCounter >> 8) & 0x0f);
  bytes[7] = lastCounter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f); // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

export function isId(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** The creation time encoded in a UUIDv7. */
export function idTimestamp(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
