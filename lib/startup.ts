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
    logger.warn("TOTP_NYCKLAR saknas: tvåstegsnycklarna krypteras med en nyckel härledd ur AUTH_SECRET (se README, Tvåstegsnycklarnas krypteringsnyckel).");
  }
  // Without the server entry no response would carry a Content-Security-Policy, and nothing
  // would be compressed (next.config.ts): `node server.js` alone is not the portal.
  if (process.env.NODE_ENV === "production" && !(globalThis as Record<symbol, unknown>)[Symbol.for("grundskoleportalen.csp")]) {
    logger.fatal("Starta servern med `node lib/http/server.mjs` i den fristående katalogen, inte server.js: annars saknas Content-Security-Policy.");
    process.exit(1);
  }
}

/** The outbox sender, the rate-limit and session clean-ups, the daily gallring and scheduled publishing, once per server instance. */
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

  if (process.env.BAKGRUNDSJOBB === "av") return;
  const { startaUtskick } = await import("./utskick");
  const { UTSKICKSLANKAR } = await import("./utskickslankar");
  const { rensaInskick } = await import("./synpunkter/skydd");
  const { rensaSessioner } = await import("./auth/sessioner");
  const { rensaInloggningsgranser } = await import("./auth/strypning");
  const { gallra, gallringsrad } = await import("./synpunkter/gallring");
  startaUtskick(db, UTSKICKSLANKAR, Number(process.env.UTSKICK_SEKUNDER ?? 15));
  // Second-factor keys still in clear text (from before encryption) or under a rotated-out key.
  const { krypteraOm } = await import("./auth/totp-kryptering");
  void krypteraOm(db)
    .then((n) => n > 0 && logger.info({ handelse: "totp.omkrypterade", antal: n }, "TOTP-nycklar krypterade med den aktuella nyckeln"))
    .catch((e) => logger.error({ err: e.message }, "Omkrypteringen av TOTP-nycklar misslyckades"));
  setInterval(() => void rensaInskick(db).catch((e) => logger.error({ err: e.message }, "Rensning av inskick misslyckades")), 60 * 60 * 1000).unref();
  setInterval(() => void rensaSessioner(db).catch((e) => logger.error({ err: e.message }, "Rensning av sessioner misslyckades")), 60 * 60 * 1000).unref();
  setInterval(() => void rensaInloggningsgranser(db).catch((e) => logger.error({ err: e.message }, "Rensning av inloggningsgränser misslyckades")), 60 * 60 * 1000).unref();
  const { rensaNarvaro } = await import("./innehall/narvaro");
  setInterval(() => void rensaNarvaro(db).catch((e) => logger.error({ err: e.message }, "Rensning av redigeringsnärvaro misslyckades")), 60 * 60 * 1000).unref();
  // Gallring once a day, and ten minutes after start so a server that restarts often still runs
  // it. Several instances may run it at once: they never take the same case.
  const gallring = () =>
    void gallra(db, { manader: config().GALLRING_MANADER })
      .then((r) => r.arenden > 0 && logger.info({ handelse: "synpunkt.gallring", arenden: r.arenden }, gallringsrad(r)))
      .catch((e) => logger.error({ err: e.message }, "Gallringen misslyckades"));
  setTimeout(gallring, 10 * 60 * 1000).unref();
  setInterval(gallring, 24 * 60 * 60 * 1000).unref();

  // Scheduled publishing: every instance looks twice a minute; each item is claimed by one. An
  // instance that cannot yet expire the page cache (it has served no request) leaves the items to
  // the others, or to its next round: a publish must reach the public pages within seconds.
  const { korSchemalagda } = await import("./innehall/schemalagt");
  const { expireTags, kanForfallaUtanforBegaran } = await import("./cache");
  const schema = () => {
    if (!kanForfallaUtanforBegaran()) return;
    void korSchemalagda(db, (tagg) => expireTags(tagg))
      .then((n) => n > 0 && logger.info({ handelse: "innehall.schemalagd", antal: n }, "Schemalagd publicering utförd"))
      .catch((e) => logger.error({ err: e.message }, "Schemalagd publicering misslyckades"));
  };
  setInterval(schema, Number(process.env.SCHEMA_SEKUNDER ?? 30) * 1000).unref();
}
