// Search and the school filter have one address per query: every other spelling is sent there,
// so nginx keeps one copy per query (lib/sok/adress.ts, lib/skolor/adress.ts).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { skoladress } from "@/lib/skolor/adress";
import { sokadress } from "@/lib/sok/adress";
import { diarieadress } from "@/lib/synpunkter/diarium-adress";

describe("the search's address", () => {
  it("sends a query with spaces, capitals and unknown parameters to its one spelling", () => {
    expect(sokadress("?q=%20Skola%20&x=1")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?x=1&q=SKOLA")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=skola&")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=skola&q=gard")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=likv%C3%A4rdig++%0A+skola")).toEqual({ typ: "omdirigera", adress: "/sok?q=likv%C3%A4rdig+skola" });
  });

  it("folds Swedish letters by Swedish rules and percent-encodes them in the address", () => {
    expect(sokadress(`?q=${encodeURIComponent("ÅÄÖ Skolgård")}`)).toEqual({
      typ: "omdirigera",
      adress: "/sok?q=%C3%A5%C3%A4%C3%B6+skolg%C3%A5rd",
    });
    // "å" as a plus its ring (NFD) is the same query as "å" (NFC).
    expect(sokadress(`?q=${encodeURIComponent("skolga\u030Ard")}`)).toEqual({ typ: "omdirigera", adress: "/sok?q=skolg%C3%A5rd" });
  });

  it("the canonical spelling is the page, whatever the query's characters", () => {
    expect(sokadress("?q=skolg%C3%A5rd")).toEqual({ typ: "sida", q: "skolgård" });
    for (const q of ["../..", "a/b %2f", "100 % säker?", "x".repeat(200), "ö".repeat(200), "🙂".repeat(100)]) {
      expect(sokadress(`?${new URLSearchParams({ q })}`), q).toEqual({ typ: "sida", q });
    }
  });

  it("a form's own spelling (spaces as +) is already canonical, and Next's _rsc is not part of the address", () => {
    expect(sokadress("?q=likv%C3%A4rdig+skola")).toEqual({ typ: "sida", q: "likvärdig skola" });
    expect(sokadress("?q=skola&_rsc=1a2b3")).toEqual({ typ: "sida", q: "skola" });
    expect(sokadress("?_rsc=1a2b3&q=skola")).toEqual({ typ: "sida", q: "skola" });
  });

  it("an empty query is the search page without results", () => {
    expect(sokadress("")).toEqual({ typ: "sida", q: "" });
    expect(sokadress("?q=")).toEqual({ typ: "omdirigera", adress: "/sok" });
    expect(sokadress("?q=+++")).toEqual({ typ: "omdirigera", adress: "/sok" });
    expect(sokadress("?utm_source=nyhetsbrev")).toEqual({ typ: "omdirigera", adress: "/sok" });
  });

  it("a query longer than 200 characters gets the message, not a page of its own", () => {
    expect(sokadress(`?q=${"a".repeat(201)}`)).toEqual({ typ: "for-lang" });
    expect(sokadress(`?q=${"a".repeat(200)}`).typ).toBe("sida");
    // Spaces collapsed first: what is left is what counts.
    expect(sokadress(`?q=${"a+".repeat(100)}${"+".repeat(300)}`)).toEqual({ typ: "omdirigera", adress: `/sok?q=${"a+".repeat(99)}a` });
  });
});

describe("no address is sent round in a circle", () => {
  // Next hands the proxy the query string parsed and written again (URLSearchParams), so that is
  // what the canonical address must survive.
  const somNext = (adress: string) => {
    const fraga = adress.slice(adress.indexOf("?") + 1);
    const s = adress.includes("?") ? new URLSearchParams(fraga).toString() : "";
    return s ? `?${s}` : "";
  };
  const varde = fc.oneof(
    fc.string({ unit: "grapheme-composite", maxLength: 220 }),
    fc.string({ unit: "binary", maxLength: 60 }),
    fc.constantFrom("İ", "ẞ", "ﬀ", "Å", "A\u030A", " \u00a0\u2003 "),
  );
  it("a search's redirect ends on an address that is its page", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom("q", "x", "_rsc"), varde, { maxKeys: 3 }), (par) => {
        const svar = sokadress(`?${new URLSearchParams(par)}`);
        if (svar.typ === "omdirigera") expect(sokadress(somNext(svar.adress)).typ).toBe("sida");
      }),
      { numRuns: 2_000 },
    );
  });
  it("a choice of filters' redirect ends on an address that is its page", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("stadsomrade", "arskurs", "pilot", "typ"),
          fc.oneof(varde, fc.constantFrom("Hisingen", " 3 ", "JA", "centrum")),
          { maxKeys: 4 },
        ),
        (par) => {
          const svar = skoladress(`?${new URLSearchParams(par)}`);
          if (svar.typ === "omdirigera") expect(skoladress(somNext(svar.adress)).typ).toBe("sida");
        },
      ),
      { numRuns: 2_000 },
    );
  });
  it("the diarium's redirect ends on an address that is its page", () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom("ar", "manad", "typ", "status", "sida", "x"),
          fc.oneof(varde, fc.constantFrom("2026", " Klagomal ", "BESVARAD", "2", "1", "00002", "12", "13")),
          { maxKeys: 6 },
        ),
        (par) => {
          const svar = diarieadress(`?${new URLSearchParams(par)}`);
          if (svar.typ === "omdirigera") expect(diarieadress(somNext(svar.adress)).typ).toBe("sida");
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe("the diarium's address", () => {
  it("puts the filters in one order, in lower case, and drops empty, unknown and default ones", () => {
    expect(diarieadress("?status=BESVARAD&typ=Klagomal&ar=2026")).toEqual({
      typ: "omdirigera",
      adress: "/diarium?ar=2026&typ=klagomal&status=besvarad",
    });
    expect(diarieadress("?ar=&typ=hot&sida=1&namn=Kalle")).toEqual({ typ: "omdirigera", adress: "/diarium" });
    expect(diarieadress("?sida=02")).toEqual({ typ: "omdirigera", adress: "/diarium?sida=2" });
    expect(diarieadress("?ar=2026&sida=3")).toEqual({ typ: "sida", filter: { ar: 2026, sida: 3 } });
    expect(diarieadress("")).toEqual({ typ: "sida", filter: {} });
  });
  it("keeps a month only with a year, and pages only as far as the count goes", () => {
    expect(diarieadress("?manad=3&ar=2026")).toEqual({ typ: "omdirigera", adress: "/diarium?ar=2026&manad=3" });
    expect(diarieadress("?ar=2026&manad=03")).toEqual({ typ: "omdirigera", adress: "/diarium?ar=2026&manad=3" });
    expect(diarieadress("?manad=3")).toEqual({ typ: "omdirigera", adress: "/diarium" });
    expect(diarieadress("?ar=2026&manad=13")).toEqual({ typ: "omdirigera", adress: "/diarium?ar=2026" });
    expect(diarieadress("?sida=200")).toEqual({ typ: "sida", filter: { sida: 200 } });
    expect(diarieadress("?sida=201")).toEqual({ typ: "omdirigera", adress: "/diarium" });
  });
});

describe("the school filter's address", () => {
  it("puts the filters in one order, in lower case, and drops empty and unknown ones", () => {
    expect(skoladress("?pilot=ja&stadsomrade=HISINGEN")).toEqual({ typ: "omdirigera", adress: "/skolor?stadsomrade=hisingen&pilot=ja" });
    expect(skoladress("?stadsomrade=hisingen&arskurs=&typ=friskola")).toEqual({
      typ: "omdirigera",
      adress: "/skolor?stadsomrade=hisingen",
    });
    expect(skoladress("?stadsomrade=%20Nordost%20&arskurs=04&pilot=JA")).toEqual({
      typ: "omdirigera",
      adress: "/skolor?stadsomrade=nordost&arskurs=4&pilot=ja",
    });
    expect(skoladress("?stadsomrade=&arskurs=")).toEqual({ typ: "omdirigera", adress: "/skolor" });
  });

  it("drops a stadsområde, grade or pilot value that does not exist", () => {
    expect(skoladress("?stadsomrade=mars&arskurs=12&pilot=kanske")).toEqual({ typ: "omdirigera", adress: "/skolor" });
    expect(skoladress("?stadsomrade=sydv%C3%A4st&arskurs=3")).toEqual({ typ: "omdirigera", adress: "/skolor?arskurs=3" });
  });

  it("the canonical choice is the page, with its filters", () => {
    expect(skoladress("")).toEqual({ typ: "sida", filter: {} });
    expect(skoladress("?stadsomrade=hisingen&arskurs=0&pilot=ja")).toEqual({
      typ: "sida",
      filter: { stadsomrade: "HISINGEN", arskurs: 0, pilot: "ja" },
    });
    expect(skoladress("?arskurs=9")).toEqual({ typ: "sida", filter: { arskurs: 9 } });
    expect(skoladress("?stadsomrade=centrum&_rsc=x1")).toEqual({ typ: "sida", filter: { stadsomrade: "CENTRUM" } });
  });
});
