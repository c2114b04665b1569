// Password hashing: argon2id (OWASP's minimum: 19 MiB, 2 passes, 1 lane, the library's default).
// Hashes from before are bcrypt; they are still verified, and replaced at the next sign-in.
// bcrypt reads only the first 72 bytes of a password, so a longer password is never verified
// against a bcrypt hash: it would let "the first 72 bytes plus anything" in.
import { hash, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

export const BCRYPT_MAX_BYTES = 72;

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export const isBcryptHash = (stored: string) => /^\$2[aby]\$/.test(stored);

/** True when the stored hash should be replaced by an argon2id hash of the same password. */
export const behoverNyHash = (stored: string) => !stored.startsWith("$argon2id$");

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (isBcryptHash(stored)) {
    if (Buffer.byteLength(password, "utf8") > BCRYPT_MAX_BYTES) {
      await bcrypt.compare("", stored); // the same work as a real check
      return false;
    }
    return bcrypt.compare(password, stored);
  }
  try {
    return await verify(stored, password);
  } catch {
    return false; // a malformed hash verifies nothing
  }
}

let dummy: Promise<string> | undefined;
/** A hash to verify against when there is no account, so that the answer takes as long. */
export function dummyHash(): Promise<string> {
  dummy ??= hash("ingen-användare-har-det-här-lösenordet");
  return dummy;
}
