import { expireTags, kanForfallaUtanforBegaran } from "../cache";
import { korSchemalagda } from "../innehall/schemalagt";
import { logger } from "../logger";
import type { Jobb } from "./deklaration";

// Every instance looks; each item is claimed by one. An instance that cannot yet expire the page
// cache (it has served no request) leaves the items to the others, or to its next round: a
// publish must reach the public pages within seconds.
export const schemalagdPublicering: Jobb = {
  namn: "schemalagd-publicering",
  beskrivning: "Publicerar innehåll vars schemalagda tid har kommit och tömmer de publika sidornas cache.",
  intervallSekunder: Number(process.env.SCHEMA_SEKUNDER ?? 30),
  enGangOverInstanser: false,
  async kor(db) {
    if (!kanForfallaUtanforBegaran()) return "Väntar: instansen har ännu inte svarat på någon begäran";
    const n = await korSchemalagda(db, (tagg) => expireTags(tagg));
    if (n > 0) logger.info({ handelse: "innehall.schemalagd", antal: n }, "Schemalagd publicering utförd");
    return `${n} publicerade`;
  },
};
