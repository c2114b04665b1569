import { describe, expect, it } from "vitest";
import { jobb } from "@/lib/jobb";
import { hurOfta } from "@/lib/jobb/deklaration";

const hitta = (namn: string) => jobb.find((j) => j.namn === namn)!;

describe("the declared background jobs", () => {
  it("each has a name of its own and a Swedish description", () => {
    expect(new Set(jobb.map((j) => j.namn)).size).toBe(jobb.length);
    for (const j of jobb) expect(j.beskrivning).toMatch(/^[A-ZÅÄÖ].+\.$/);
  });

  it("keep the schedules they had as timers", () => {
    expect(hitta("utskick").intervallSekunder).toBe(Number(process.env.UTSKICK_SEKUNDER ?? 15));
    expect(hitta("schemalagd-publicering").intervallSekunder).toBe(Number(process.env.SCHEMA_SEKUNDER ?? 30));
    expect(hitta("gallring")).toMatchObject({ intervallSekunder: 86400, forstaKorningEfterSekunder: 600 });
    expect(hitta("totp-omkryptering")).toMatchObject({ intervallSekunder: null, forstaKorningEfterSekunder: 0 });
    for (const namn of ["rensa-inskick", "rensa-sessioner", "rensa-inloggningsgranser", "rensa-narvaro"])
      expect(hitta(namn).intervallSekunder).toBe(3600);
  });
});

describe("how often, in Swedish", () => {
  it("says each schedule in plain words", () => {
    expect(hurOfta({ intervallSekunder: 15 })).toBe("var 15:e sekund");
    expect(hurOfta({ intervallSekunder: 3600 })).toBe("en gång i timmen");
    expect(hurOfta({ intervallSekunder: 86400, forstaKorningEfterSekunder: 600 })).toBe("en gång om dygnet, och 10 minuter efter start");
    expect(hurOfta({ intervallSekunder: null, forstaKorningEfterSekunder: 0 })).toBe("en gång, vid start");
  });
});
