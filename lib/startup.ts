import { hasServerEntry } from "@/runtime/process-wide.mjs";
import { config } from "./config";
import { logger } from "./logger";

/** Stops the server at start-up, with one line, when a setting is missing or malformed. */
export function checkConfig() {
  try {
    config();
  } catch (error) {
    logger.fatal((error as Error).message);
    process.exit(1);
  }
  if (process.env.NODE_ENV === "production" && !process.env.TOTP_NYCKLAR) {
    logger.warn(
      "TOTP_NYCKLAR saknas: tvåstegsnycklarna krypteras med en nyckel härledd ur AUTH_SECRET (se README, Tvåstegsnycklarnas krypteringsnyckel).",
    );
  }
  // Without the server entry no response would carry a Content-Security-Policy, and nothing
  // would be compressed (next.config.ts): `node server.js` alone is not the portal.
  if (process.env.NODE_ENV === "production" && !hasServerEntry()) {
    logger.fatal(
      "Starta servern med `node runtime/server.mjs` i den fristående katalogen, inte server.js: annars saknas Content-Security-Policy.",
    );
    process.exit(1);
  }
}

/** The address map's reload and the background jobs of lib/jobb, once per server instance. */
export async function startaBakgrundsjobb() {
  const { db } = await import("./db");
  // Not a job but the proxy's data: the old addresses it answers 301 and 410 for, read at start
  // and then whenever the table has changed, so every instance follows within ADRESS_SEKUNDER.
  const { laddaAdresser } = await import("./innehall/adresser");
  let adressfel = false;
  const adresser = () =>
    void laddaAdresser(db).then(
      () => (adressfel = false),
      (e) => {
        if (!adressfel) logger.warn({ err: e.message }, "Kunde inte läsa gamla adresser; de senast lästa gäller");
        adressfel = true;
      },
    );
  adresser();
  setInterval(adresser, Number(process.env.ADRESS_SEKUNDER ?? 2) * 1000).unref();

  // The jobs themselves are declared in lib/jobb; none starts with BAKGRUNDSJOBB=av.
  const { jobb } = await import("./jobb");
  const { startaJobb } = await import("./jobb/korare");
  startaJobb(db, jobb, config().DATABASE_URL);
}
