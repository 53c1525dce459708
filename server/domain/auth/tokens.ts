import { createHash, randomBytes } from 'node:crypto';

/** A random, URL-safe secret (256 bits) for session tokens and invite codes. */
export function newSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as their SHA-256; they have enough entropy that no slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}
