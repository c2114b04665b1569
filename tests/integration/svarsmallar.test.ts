import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { PrismaClient } from "@/lib/db/generated/client";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  andraSvarsmall,
  FORSTA_SVARSMALLAR,
  fyllSvarsmall,
  skapaSvarsmall,
  svarsmallarFor,
  svarsmallSchema,
  taBortSvarsmall,
} from "@/lib/synpunkter/svarsmallar";
import { seededDatabase, type Demoaktor } from "../support/seeded";

let db: PrismaClient;
let aktor: Record<string, Demoaktor>;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ db, aktor, drop } = await seededDatabase("svarsmallar"));
});
afterAll(() => drop());

describe("answer templates", () => {
  it("start with the seed's three, once", async () => {
    expect(await db.svarsmall.count()).toBe(FORSTA_SVARSMALLAR.length);
  });

  it("refuse a placeholder the case cannot fill, in Swedish, and an empty name", () => {
    const r = svarsmallSchema.safeParse({ namn: "", typ: "", text: "Hej {förnamn}, om {skola}." });
    expect(r.success).toBe(false);
    const fel = z.flattenError(r.error!).fieldErrors;
    expect(fel.namn).toEqual(["Ge mallen ett namn."]);
    expect(fel.text?.[0]).toMatch(/^Okänd platshållare \{förnamn\}\. Använd \{namn\}, \{ärendenummer\}/);
    expect(svarsmallSchema.parse({ namn: "Alla", typ: "", text: "Hej {namn}!" })).toEqual({ namn: "Alla", typ: null, text: "Hej {namn}!" });
  });

  it("are kept by admins only, each step in the audit log, and offered per type", async () => {
    const data = svarsmallSchema.parse({ namn: "Skolskjuts", typ: "FRAGA", text: "Hej {namn}! Om skolskjuts till {skola}: …" });
    await expect(skapaSvarsmall(db, aktor.HANDLAGGARE, data)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(skapaSvarsmall(db, aktor.REDAKTOR, data)).rejects.toBeInstanceOf(ForbiddenError);
    const { id } = await skapaSvarsmall(db, aktor.ADMIN, data);
    const alla = await skapaSvarsmall(db, aktor.ADMIN, svarsmallSchema.parse({ namn: "Allmänt tack", typ: "", text: "Tack!" }));
    const forFraga = (await svarsmallarFor(db, "FRAGA")).map((m) => m.namn);
    expect(forFraga).toContain("Skolskjuts");
    expect(forFraga).toContain("Allmänt tack");
    expect((await svarsmallarFor(db, "BEROM")).map((m) => m.namn)).not.toContain("Skolskjuts");
    expect(await andraSvarsmall(db, aktor.ADMIN, id, { ...data, namn: "Skolskjuts och resor" })).toBe(true);
    expect(await andraSvarsmall(db, aktor.ADMIN, "finns-inte", data)).toBe(false);
    await expect(taBortSvarsmall(db, aktor.HANDLAGGARE, id)).rejects.toBeInstanceOf(ForbiddenError);
    await taBortSvarsmall(db, aktor.ADMIN, alla.id);
    expect(await db.svarsmall.findUnique({ where: { id: alla.id } })).toBeNull();
    const logg = await db.granskningshandelse.findMany({ where: { objektTyp: "svarsmall" }, orderBy: { tidpunkt: "asc" } });
    expect(logg.map((l) => l.handling)).toEqual(["svarsmall.skapa", "svarsmall.skapa", "svarsmall.andra", "svarsmall.ta-bort"]);
  });

  it("are filled with the case's values; a missing name leaves no gap", () => {
    const mall = "Hej {namn}!\n\nOm ärende {ärendenummer} på {skola}. {diarienummer}\n{handläggare}";
    expect(fyllSvarsmall(mall, { namn: null, ärendenummer: "GF-2026-00042", skola: "Backaskolan", handläggare: "Hanna" })).toBe(
      "Hej!\n\nOm ärende GF-2026-00042 på Backaskolan. {diarienummer}\nHanna",
    );
    expect(fyllSvarsmall("Hej {namn}, tack.", { namn: "Anna" })).toBe("Hej Anna, tack.");
  });
});
