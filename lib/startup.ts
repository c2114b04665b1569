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
}

/** The outbox sender, the rate-limit and session clean-ups and the daily gallring, once per server instance. */
export async function startaBakgrundsjobb() {
  if (process.env.BAKGRUNDSJOBB === "av") return;
  const { db } = await import("./db");
  const { startaUtskick } = await import("./utskick");
  const { rensaInskick } = await import("./synpunkter/skydd");
  const { rensaSessioner } = await import("./auth/sessioner");
  const { rensaInloggningsgranser } = await import("./auth/strypning");
  const { gallra, gallringsrad } = await import("./synpunkter/gallring");
  startaUtskick(db, Number(process.env.UTSKICK_SEKUNDER ?? 15));
  setInterval(() => void rensaInskick(db).catch((e) => logger.error({ err: e.message }, "Rensning av inskick misslyckades")), 60 * 60 * 1000).unref();
  setInterval(() => void rensaSessioner(db).catch((e) => logger.error({ err: e.message }, "Rensning av sessioner misslyckades")), 60 * 60 * 1000).unref();
  setInterval(() => void rensaInloggningsgranser(db).catch((e) => logger.error({ err: e.message }, "Rensning av inloggningsgränser misslyckades")), 60 * 60 * 1000).unref();
  // Gallring once a day, and ten minutes after start so a server that restarts often still runs
  // it. Several instances may run it at once: they never take the same case.
  const gallring = () =>
    void gallra(db, { manader: config().GALLRING_MANADER })
      .then((r) => r.arenden > 0 && logger.info({ handelse: "synpunkt.gallring", arenden: r.arenden }, gallringsrad(r)))
      .catch((e) => logger.error({ err: e.message }, "Gallringen misslyckades"));
  setTimeout(gallring, 10 * 60 * 1000).unref();
  setInterval(gallring, 24 * 60 * 60 * 1000).unref();
}
