/**
 * How long to wait before verification attempt `attempt` (0-based): 1 s, 2 s, 4 s, then every 5 s.
 * `base` scales it (stories and tests use a shorter one).
 *
 * @example
 * verifyDelay(0); // 1000
 * verifyDelay(3); // 5000
 */
export function verifyDelay(attempt: number, base = 1000): number {
  return Math.min(base * 2 ** attempt, base * 5);
}
