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

/** The outbox sender and the rate-limit clean-up, once per server instance. */
export async function startaBakgrundsjobb() {
  if (process.env.BAKGRUNDSJOBB === "av") return;
  const { db } = await import("./db");
  const { startaUtskick } = await import("./utskick");
  const { rensaInskick } = await import("./synpunkter/skydd");
  startaUtskick(db, Number(process.env.UTSKICK_SEKUNDER ?? 15));
  setInterval(() => void rensaInskick(db).catch((e) => logger.error({ err: e.message }, "Rensning av inskick misslyckades")), 60 * 60 * 1000).unref();
}
