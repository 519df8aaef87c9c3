// One-time passwords for new accounts and resets: shown once, must be changed at first login.
// Pure: the random source is an argument (crypto.randomInt in services, a fixed sequence in tests).

// No 0/O, 1/l/I: the password is read off a screen or a printed slip and typed by hand.
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '#%+=@';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** `randomInt(n)` returns an integer in [0, n). */
export type RandomInt = (max: number) => number;

export const ONE_TIME_PASSWORD_LENGTH = 14;

/** 14 characters with at least one of each class, so it always passes the password rule. */
export function generateOneTimePassword(randomInt: RandomInt): string {
  const pick = (alphabet: string) => alphabet[randomInt(alphabet.length)]!;
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < ONE_TIME_PASSWORD_LENGTH) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed classes are not always in the first four places.
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join('');
}
