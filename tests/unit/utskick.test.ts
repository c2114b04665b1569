import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { brevTillMejl, utskicksmapp } from "@/lib/utskick";
import { fyll, mall, platshallare, type Sandlank } from "@/lib/utskick/mall";
import { UTSKICKSLANKAR, UTSKICKSMALLAR } from "@/lib/utskicksmallar";

describe("where mails go without SMTP", () => {
  const fore = process.env.UTSKICK_MAPP;
  afterEach(() => {
    if (fore === undefined) delete process.env.UTSKICK_MAPP;
    else process.env.UTSKICK_MAPP = fore;
  });

  it("uses UTSKICK_MAPP when set (npm start sets it to the project's .data/utskick), whatever the working folder", () => {
    process.env.UTSKICK_MAPP = path.join(path.sep, "projekt", ".data", "utskick");
    expect(utskicksmapp()).toBe(path.join(path.sep, "projekt", ".data", "utskick"));
  });

  it("falls back to .data/utskick under the working folder (next dev)", () => {
    delete process.env.UTSKICK_MAPP;
    expect(utskicksmapp()).toBe(path.resolve(".data", "utskick"));
  });
});

describe("the mail nodemailer is given", () => {
  it("a notification asks nodemailer for List-Unsubscribe and List-Unsubscribe-Post; other mail has neither", () => {
    const url = "https://grundskola.example/api/avregistrera/abc.def";
    expect(brevTillMejl({ till: "a@exempel.se", amne: "Ämne", text: "Text", avregistrera: url })).toMatchObject({
      list: { unsubscribe: url },
      headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    });
    const vanligt = brevTillMejl({ till: "a@exempel.se", amne: "Ämne", text: "Text" });
    expect(vanligt).not.toHaveProperty("list");
    expect(vanligt).not.toHaveProperty("headers");
  });
});

describe("a mail's template", () => {
  it("fills each named placeholder once, and never reads a value for placeholders", () => {
    expect(fyll("Ärende {nummer}: {svar}\n{nummer}", { nummer: "GF-2026-00001", svar: "Se {nummer}." })).toBe(
      "Ärende GF-2026-00001: Se {nummer}.\nGF-2026-00001",
    );
  });

  it("leaves a placeholder it has no value for, such as a link made when the mail goes out", () => {
    expect(fyll("Hej!\n{arendelank}", { nummer: "1" })).toBe("Hej!\n{arendelank}");
  });

  it("leaves out a line whose placeholders are empty, and a paragraph left empty with its blank line", () => {
    const text = "Hej!\n\n{notiser}\n\nHälsningar\nTelefon {telefon}";
    expect(fyll(text, { notiser: "", telefon: "" })).toBe("Hej!\n\nHälsningar");
    expect(fyll(text, { notiser: "Du får mejl.", telefon: "031-00 00 00" })).toBe(
      "Hej!\n\nDu får mejl.\n\nHälsningar\nTelefon 031-00 00 00",
    );
  });

  it("asks, in its type, for a value for every placeholder that is not a link", () => {
    const lank: Sandlank<"lank"> = { namn: "lank", skapa: async () => null };
    const m = mall({ namn: "prov", amne: "Ärende {nummer}", text: "Hej {namn}!\n{lank}", lankar: [lank] });
    type Varden = NonNullable<typeof m.varden>;
    const varden: Varden[] = ["nummer", "namn"];
    // @ts-expect-error the link is filled when the mail goes out, not by the sender
    const lankVarde: Varden = "lank";
    expect([varden, lankVarde, m.lankar]).toEqual([["nummer", "namn"], "lank", [lank]]);
  });

  it("every listed mail has a unique name, and no placeholder the sender cannot fill", () => {
    expect(new Set(UTSKICKSMALLAR.map((m) => m.namn)).size).toBe(UTSKICKSMALLAR.length);
    for (const m of UTSKICKSMALLAR) {
      for (const namn of m.lankar.map((l) => l.namn)) expect(UTSKICKSLANKAR.map((l) => l.namn)).toContain(namn);
      expect(
        platshallare(m.amne).filter((n) => m.lankar.some((l) => l.namn === n)),
        `${m.namn}: en länk i ämnesraden`,
      ).toEqual([]);
    }
  });
});
