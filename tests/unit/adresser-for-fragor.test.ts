// Search and the school filter have one address per query: every other spelling is sent there,
// so nginx and the page cache keep one copy per query (lib/sok/adress.ts, lib/skolor/adress.ts).
import { describe, expect, it } from "vitest";
import { filterFranSegment, skoladress } from "@/lib/skolor/adress";
import { fragaFranSokvag, sokadress } from "@/lib/sok/adress";

const sida = (s: ReturnType<typeof sokadress>) => (s.typ === "sida" ? s.sokvag : null);

describe("the search's address", () => {
  it("sends a query with spaces, capitals and unknown parameters to its one spelling", () => {
    expect(sokadress("?q=%20Skola%20&x=1")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?x=1&q=SKOLA")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=skola&")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=skola&q=gard")).toEqual({ typ: "omdirigera", adress: "/sok?q=skola" });
    expect(sokadress("?q=likv%C3%A4rdig++%0A+skola")).toEqual({ typ: "omdirigera", adress: "/sok?q=likv%C3%A4rdig+skola" });
  });

  it("folds Swedish letters by Swedish rules and percent-encodes them in the address", () => {
    expect(sokadress(`?q=${encodeURIComponent("ÅÄÖ Skolgård")}`)).toEqual({ typ: "omdirigera", adress: "/sok?q=%C3%A5%C3%A4%C3%B6+skolg%C3%A5rd" });
    // "å" as a plus its ring (NFD) is the same query as "å" (NFC).
    expect(sokadress(`?q=${encodeURIComponent("skolga\u030Ard")}`)).toEqual({ typ: "omdirigera", adress: "/sok?q=skolg%C3%A5rd" });
  });

  it("serves the canonical spelling from one page per query, whatever the query's characters", () => {
    const svar = sokadress("?q=skolg%C3%A5rd");
    expect(svar.typ).toBe("sida");
    const fraga = sida(svar)!.replace(/^\/sok\/traffar\//, "").split("/");
    expect(fragaFranSokvag(fraga)).toBe("skolgård");
    for (const q of ["../..", "a/b %2f", "100 % säker?", "x".repeat(200), "ö".repeat(200), "🙂".repeat(100)]) {
      const adress = `?${new URLSearchParams({ q })}`;
      const s = sokadress(adress);
      expect(s.typ, q).toBe("sida");
      const delar = sida(s)!.split("/").slice(3);
      expect(delar.every((d) => /^[A-Za-z0-9_-]{1,200}$/.test(d)), q).toBe(true);
      expect(fragaFranSokvag(delar), q).toBe(q);
    }
  });

  it("a form's own spelling (spaces as +) is already canonical, and Next's _rsc is not part of the address", () => {
    expect(sida(sokadress("?q=likv%C3%A4rdig+skola"))).toMatch(/^\/sok\/traffar\//);
    expect(sida(sokadress("?q=skola&_rsc=1a2b3"))).toBe(sida(sokadress("?q=skola")));
  });

  it("an empty query is the search page without results", () => {
    expect(sokadress("")).toEqual({ typ: "sida", sokvag: "/sok" });
    expect(sokadress("?q=")).toEqual({ typ: "omdirigera", adress: "/sok" });
    expect(sokadress("?q=+++")).toEqual({ typ: "omdirigera", adress: "/sok" });
  });

  it("a query longer than 200 characters gets the message, not a page of its own", () => {
    expect(sokadress(`?q=${"a".repeat(201)}`)).toEqual({ typ: "for-lang", sokvag: "/sok/for-lang" });
    expect(sokadress(`?q=${"a".repeat(200)}`).typ).toBe("sida");
    // Spaces collapsed first: what is left is what counts.
    expect(sokadress(`?q=${"a+".repeat(100)}${"+".repeat(300)}`)).toEqual({ typ: "omdirigera", adress: `/sok?q=${"a+".repeat(99)}a` });
  });

  it("a results path that is not a canonical query's is no page", () => {
    expect(fragaFranSokvag(["U2tvbGE"])).toBeNull(); // "Skola": capital
    expect(fragaFranSokvag(["c2tvbGE="])).toBeNull();
    expect(fragaFranSokvag(["c2tv", "bGE"])).toBeNull(); // split elsewhere than the address does
    expect(fragaFranSokvag([""])).toBeNull();
    expect(fragaFranSokvag(["c2tvbGE"])).toBe("skola");
  });
});

describe("the school filter's address", () => {
  it("puts the filters in one order, in lower case, and drops empty and unknown ones", () => {
    expect(skoladress("?pilot=ja&stadsomrade=HISINGEN")).toEqual({ typ: "omdirigera", adress: "/skolor?stadsomrade=hisingen&pilot=ja" });
    expect(skoladress("?stadsomrade=hisingen&arskurs=&typ=friskola")).toEqual({ typ: "omdirigera", adress: "/skolor?stadsomrade=hisingen" });
    expect(skoladress("?stadsomrade=%20Nordost%20&arskurs=04&pilot=JA")).toEqual({ typ: "omdirigera", adress: "/skolor?stadsomrade=nordost&arskurs=4&pilot=ja" });
    expect(skoladress("?stadsomrade=&arskurs=")).toEqual({ typ: "omdirigera", adress: "/skolor" });
  });

  it("drops a stadsområde, grade or pilot value that does not exist", () => {
    expect(skoladress("?stadsomrade=mars&arskurs=12&pilot=kanske")).toEqual({ typ: "omdirigera", adress: "/skolor" });
    expect(skoladress("?stadsomrade=sydv%C3%A4st&arskurs=3")).toEqual({ typ: "omdirigera", adress: "/skolor?arskurs=3" });
  });

  it("serves each canonical choice from one page, and the list of all from /skolor", () => {
    expect(skoladress("")).toEqual({ typ: "sida", sokvag: "/skolor" });
    expect(skoladress("?stadsomrade=hisingen&arskurs=0&pilot=ja")).toEqual({ typ: "sida", sokvag: "/skolor/urval/hisingen_0_pilot" });
    expect(skoladress("?arskurs=9")).toEqual({ typ: "sida", sokvag: "/skolor/urval/alla_9_alla" });
    expect(skoladress("?stadsomrade=centrum&_rsc=x1")).toEqual({ typ: "sida", sokvag: "/skolor/urval/centrum_alla_alla" });
  });

  it("reads the filters back from the page's path, and nothing else", () => {
    expect(filterFranSegment("hisingen_0_pilot")).toEqual({ stadsomrade: "HISINGEN", arskurs: 0, pilot: "ja" });
    expect(filterFranSegment("alla_9_alla")).toEqual({ arskurs: 9 });
    for (const fel of ["alla_alla_alla", "HISINGEN_alla_alla", "mars_alla_alla", "alla_10_alla", "alla_alla_ja", "alla_alla", "a_b_c_d", "alla_04_alla"]) {
      expect(filterFranSegment(fel), fel).toBeNull();
    }
  });
});
