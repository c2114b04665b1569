import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { authorize, can, type Aktor } from "@/lib/auth/permissions";
import type { Inloggad } from "@/lib/auth/inloggad";
import { nyttKontoSchema } from "@/lib/anvandare/schema";
import { uppdateringSchema } from "@/lib/insatser/schema";
import { idArgument, slugArgument } from "@/lib/http/argument";
import { logger } from "@/lib/logger";
import { FORMULAR_GAMMALT, nyttFormular } from "@/lib/sakerhet/formularladdning";

// The wrapper's two doors to a request: the session (Auth.js's cookie) and the request's
// headers. Everything else is the real thing: permissions, zod, the logger, Next's redirect.
const session = vi.hoisted(() => ({ user: null as Inloggad | null }));
vi.mock("@/lib/auth/inloggad", () => ({ currentUser: async () => session.user }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-request-id": "prov" }) }));

const { faltfel } = await import("@/lib/atgard/faltfel");
const { personalAnrop, personalAtgard } = await import("@/lib/atgard/personal");
const { publikAtgard } = await import("@/lib/atgard/publik");

const person = (roll: Aktor["roll"], skolaId: string | null = null): Inloggad => ({
  id: `id-${roll.toLowerCase()}`,
  name: "Prov",
  email: "prov@exempel.se",
  roll,
  skolaId,
  sessionsnyckel: "s",
  harLosenord: true,
  losenordMasteBytas: false,
  tvastegs: true,
  tvastegsKravs: false,
  tvastegsValfri: true,
  leverantor: "credentials",
});

function formular(falt: Record<string, string | string[]>) {
  const f = new FormData();
  f.set("$ACTION_ID_abc", "");
  for (const [k, v] of Object.entries(falt)) for (const x of [v].flat()) f.append(k, x);
  return f;
}

/** Where Next's redirect() and notFound() would send the browser. */
async function vart(p: Promise<unknown>) {
  const fel = await p.then(
    () => null,
    (e: { digest?: string }) => e,
  );
  return fel?.digest?.startsWith("NEXT_REDIRECT") ? fel.digest.split(";")[2] : fel?.digest?.endsWith(";404") ? "404" : fel;
}

let varningar: unknown[][];
beforeEach(() => {
  varningar = [];
  vi.clearAllMocks();
  const child = logger.child.bind(logger);
  vi.spyOn(logger, "child").mockImplementation((...a) => {
    const c = child(...a);
    vi.spyOn(c, "warn").mockImplementation((...args: unknown[]) => void varningar.push(args));
    return c;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  session.user = null;
});

describe("turning zod's issues into field errors", () => {
  it("gives each field its first Swedish message, and the whole form's under formular", () => {
    const r = nyttKontoSchema.safeParse({ email: "inte", name: "", roll: "REKTOR", skolaId: "", losenord: "kort" });
    const fel = faltfel(r.error!);
    expect(fel.email).toBe("Skriv e-postadressen i formatet namn@exempel.se.");
    expect(fel.name).toBe("Skriv personens namn.");
    expect(Object.values(fel).every((v) => typeof v === "string")).toBe(true);
    const hela = z
      .object({ a: z.string() })
      .refine(() => false, { error: "Hela formuläret är fel." })
      .safeParse({ a: "x" });
    expect(faltfel(hela.error!)).toEqual({ formular: "Hela formuläret är fel." });
  });
});

describe("a staff form action", () => {
  const utfort = vi.fn();
  const spara = personalAtgard<
    { varden: Record<string, string>; fel: Record<string, string | undefined> },
    typeof uppdateringSchema,
    { slug: typeof slugArgument }
  >({
    behorighet: "insats.uppdatera",
    kan: (user) => can(user, "insats.uppdatera", { skolor: user.skolaId ? [user.skolaId] : [] }),
    objekt: ({ argument }) => argument.slug,
    argument: { slug: slugArgument },
    falt: ["status", "progress", "kommentar", "version"],
    schema: uppdateringSchema,
    nekad: "Du har inte behörighet att uppdatera den här insatsen.",
    async utfor({ user, data, svar }) {
      utfort(data);
      // The domain's own check, here for a school the insats does not concern.
      authorize(user, "insats.uppdatera", { skolor: ["en-annan-skola"] });
      return svar({ formular: "sparad" });
    },
  });
  const giltig = { slug: "en-insats", status: "PAGAR", progress: "40", kommentar: "Vi har börjat.", version: "1" };

  it("sends a signed-out visitor to the sign-in page, before anything is read", async () => {
    expect(await vart(spara({ varden: {}, fel: {} }, formular(giltig)))).toBe("/logga-in");
    expect(utfort).not.toHaveBeenCalled();
  });

  it("answers a hidden field no honest page sends with the 404 page", async () => {
    session.user = person("ADMIN");
    expect(await vart(spara({ varden: {}, fel: {} }, formular({ ...giltig, slug: "../ut" })))).toBe("404");
  });

  it("refuses a user without the right in Swedish, keeps the text and logs the refusal", async () => {
    session.user = person("HANDLAGGARE");
    const svar = await spara({ varden: {}, fel: {} }, formular(giltig));
    expect(svar).toEqual({
      varden: { status: "PAGAR", progress: "40", kommentar: "Vi har börjat.", version: "1" },
      fel: { formular: "Du har inte behörighet att uppdatera den här insatsen." },
    });
    expect(utfort).not.toHaveBeenCalled();
    expect(varningar).toEqual([
      [{ handelse: "behorighet.nekad", userId: "id-handlaggare", handling: "insats.uppdatera", objekt: "en-insats" }, "Nekad åtgärd"],
    ]);
  });

  it("answers the domain's refusal (a rektor and another school's insats) the same way", async () => {
    session.user = person("REKTOR", "min-skola");
    const svar = await spara({ varden: {}, fel: {} }, formular(giltig));
    expect(svar.fel).toEqual({ formular: "Du har inte behörighet att uppdatera den här insatsen." });
    expect(utfort).toHaveBeenCalledWith({ status: "PAGAR", progress: 40, kommentar: "Vi har börjat.", version: 1 });
    expect(varningar).toHaveLength(1);
  });

  it("says in Swedish what is wrong with each field and keeps what was typed", async () => {
    session.user = person("ADMIN");
    const svar = await spara({ varden: {}, fel: {} }, formular({ ...giltig, status: "KLAR", progress: "90", kommentar: "  " }));
    expect(svar).toEqual({
      varden: { status: "KLAR", progress: "90", kommentar: "  ", version: "1" },
      fel: { kommentar: "Skriv vad som har hänt: kommentaren visas för allmänheten.", progress: "En klar insats ska vara 100 % klar." },
    });
    expect(utfort).not.toHaveBeenCalled();
    expect(varningar).toEqual([]);
  });

  it("lets any other error through", async () => {
    session.user = person("ADMIN");
    const trasig = personalAtgard<{ varden: Record<string, string>; fel: Record<string, string> }>({
      behorighet: "konto.eget",
      nekad: "Nej.",
      utfor: async () => {
        throw new Error("databasen svarar inte");
      },
    });
    await expect(trasig({ varden: {}, fel: {} }, formular({}))).rejects.toThrow("databasen svarar inte");
  });
});

describe("a staff action called with arguments", () => {
  const loggaUt = personalAnrop({
    argument: [idArgument],
    behorighet: "anvandare.hantera",
    objekt: ([id]) => `konto/${id}`,
    utfor: async (user, id) => `${user.id} loggade ut ${id}`,
  });

  it("signs in first, refuses on the 403 page and logs it, and otherwise does the work", async () => {
    expect(await vart(loggaUt("abc"))).toBe("/logga-in");
    session.user = person("REDAKTOR");
    expect(await vart(loggaUt("abc"))).toBe("/personal/ingen-behorighet");
    expect(varningar[0][0]).toMatchObject({ handelse: "behorighet.nekad", handling: "anvandare.hantera", objekt: "konto/abc" });
    session.user = person("ADMIN");
    expect(await loggaUt("abc")).toBe("id-admin loggade ut abc");
    expect(await vart(loggaUt("inte ett id"))).toBe("404");
  });

  it("can answer a signed-out caller and a refusal itself, for calls from a script", async () => {
    const puls = personalAnrop({
      argument: [],
      behorighet: "innehall.redigera",
      utloggad: () => ["utloggad"],
      nekad: () => ["nekad"],
      utfor: async () => ["ok"],
    });
    expect(await puls()).toEqual(["utloggad"]);
    session.user = person("HANDLAGGARE");
    expect(await puls()).toEqual(["nekad"]);
  });
});

describe("a public form action", () => {
  const schema = z.object({
    meddelande: z.string().trim().min(1, { error: "Skriv ditt meddelande." }),
    idempotensnyckel: z.string(),
    startad: z.string(),
  });
  const skicka = publikAtgard({
    falt: ["meddelande", "idempotensnyckel", "startad"],
    schema,
    laddning: { syfte: "kontakt", minstaTid: true },
    utfor: async ({ data, svar }) => svar({ formular: `tog emot ${data.meddelande}` }),
  });
  const forst = { varden: {}, fel: {} };

  it("takes a form sent from its own load, after a person's typing time", async () => {
    const laddning = nyttFormular("kontakt", Date.now() - 10_000);
    expect((await skicka(forst, formular({ meddelande: "Hej", ...laddning }))).fel).toEqual({ formular: "tog emot Hej" });
  });

  it("keeps the text and gives a new load when the load is not this form's own", async () => {
    const annan = nyttFormular("meddelande", Date.now() - 10_000);
    const svar = await skicka(forst, formular({ meddelande: "Hej", ...annan }));
    expect(svar.fel).toEqual({ formular: FORMULAR_GAMMALT });
    expect(svar.varden.meddelande).toBe("Hej");
    expect(svar.varden.idempotensnyckel).not.toBe(annan.idempotensnyckel);
  });

  it("refuses a form sent faster than a person types, and says what is missing", async () => {
    const nu = nyttFormular("kontakt");
    expect((await skicka(forst, formular({ meddelande: "Hej", ...nu }))).fel.formular).toMatch(/väldigt snabbt/);
    expect((await skicka(forst, formular({ meddelande: " ", ...nu }))).fel).toEqual({ meddelande: "Skriv ditt meddelande." });
  });
});
