// When the database does not answer, the public pages still show what they can: the layout
// and the contact form render without the parts that come from the database, so a visitor is
// never left with a blank page, and can still call or write.
import { unstable_rethrow } from "next/navigation";
import { logger } from "./logger";

/** The value, or null (and a log line) when reading it fails. Next.js's own signals pass through. */
export async function ellerNull<T>(lasning: Promise<T>, vad: string): Promise<T | null> {
  try {
    return await lasning;
  } catch (error) {
    unstable_rethrow(error);
    // The plain logger: reading the request id (headers()) would make a cached page per-request.
    logger.error(
      { err: (error as Error).message, handelse: "databas.otillganglig", vad },
      "Kunde inte läsa från databasen; sidan visas utan",
    );
    return null;
  }
}
