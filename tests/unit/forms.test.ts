import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inloggningSchema } from "@/lib/auth/schema";
import { uppdateringSchema } from "@/lib/insatser/schema";

describe("the insats update form", () => {
  const ok = { status: "PAGAR", progress: "40", kommentar: "Arbetet har börjat.", version: "3" };

  it("accepts a complete update and turns the numbers into numbers", () => {
    expect(uppdateringSchema.parse(ok)).toEqual({ status: "PAGAR", progress: 40, kommentar: "Arbetet har börjat.", version: 3 });
  });

  it("says in Swedish what is wrong with each field", () => {
    const r = uppdateringSchema.safeParse({ status: "KLAR", progress: "101", kommentar: "   ", version: "3" });
    const f = r.success ? {} : z.flattenError(r.error).fieldErrors;
    expect(f.progress?.[0]).toBe("Skriv ett tal mellan 0 och 100.");
    expect(f.kommentar?.[0]).toMatch(/^Skriv vad som har hänt/);
    expect(uppdateringSchema.safeParse({ ...ok, status: "OKAND" }).success).toBe(false);
    expect(uppdateringSchema.safeParse({ ...ok, progress: "4,5" }).success).toBe(false);
    expect(uppdateringSchema.safeParse({ ...ok, kommentar: "x".repeat(2001) }).success).toBe(false);
  });

  it("requires 100 % for an insats that is klar", () => {
    const r = uppdateringSchema.safeParse({ ...ok, status: "KLAR", progress: "90" });
    expect(r.success ? null : z.flattenError(r.error).fieldErrors.progress?.[0]).toBe("En klar insats ska vara 100 % klar.");
    expect(uppdateringSchema.safeParse({ ...ok, status: "KLAR", progress: "100" }).success).toBe(true);
  });
});

describe("the sign-in form", () => {
  it("normalises the e-mail address and asks for what is missing", () => {
    expect(inloggningSchema.parse({ email: " Admin@Exempel.SE ", password: "x" }).email).toBe("admin@exempel.se");
    const r = inloggningSchema.safeParse({ email: "inte-en-adress", password: "" });
    const f = r.success ? {} : z.flattenError(r.error).fieldErrors;
    expect(f.email?.[0]).toBe("Skriv e-postadressen i formatet namn@exempel.se.");
    expect(f.password?.[0]).toBe("Skriv ditt lösenord.");
  });
});

describe("text from forms", () => {
  it("loses control characters (NUL, which PostgreSQL refuses, among them) but keeps line breaks and tabs", async () => {
    const { synpunktSchema } = await import("@/lib/synpunkter/schema");
    const r = synpunktSchema.parse({
      typ: "FRAGA",
      skolaId: "",
      meddelande: "Hej\u0000 på\u0007 er!\nRad två\tmed tabb",
      namn: "\u0001Åsa",
      epost: "",
      idempotensnyckel: "6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e",
      startad: "1",
      webbplats: "",
    });
    expect(r.meddelande).toBe("Hej på er!\nRad två\tmed tabb");
    expect(r.namn).toBe("Åsa");
    expect(
      synpunktSchema.safeParse({
        typ: "FRAGA",
        skolaId: "",
        meddelande: "\u0000\u0000 ",
        namn: "",
        epost: "",
        idempotensnyckel: "6f1c2b8e-3d4a-4b5c-9d6e-7f8a9b0c1d2e",
        startad: "1",
        webbplats: "",
      }).success,
    ).toBe(false);
  });
});
