import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Access tokens look like `tact_<id>_<secret>`. The hub stores only the SHA-256 of the secret:
 * the secret is 32 random bytes, so a fast hash is enough (nothing to brute-force), and the id
 * lets the hub find the row without scanning.
 */
const TOKEN_PATTERN = /^tact_([a-f0-9]{16})_([A-Za-z0-9_-]{43})$/;

export interface NewAccessToken {
  id: string;
  secretHash: string;
  token: string;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export function generateAccessToken(): NewAccessToken {
  const id = randomBytes(8).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return { id, secretHash: hashSecret(secret), token: `tact_${id}_${secret}` };
}

export function parseAccessToken(token: string): { id: string; secret: string } | undefined {
  const match = TOKEN_PATTERN.exec(token);
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : undefined;
}

export function secretMatches(secret: string, storedHash: string): boolean {
  const actual = Buffer.from(hashSecret(secret), 'hex');
  const expected = Buffer.from(storedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
