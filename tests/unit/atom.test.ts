import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomflode, rfc3339, xml, type AtomFeed } from "@/lib/atom";

const flode = (andra: Partial<AtomFeed> = {}): AtomFeed => ({
  id: "https://grundskola.example/insatser/lasfrid/atom",
  title: "Läsfrid",
  updated: "2026-12-04T15:29:11.123Z",
  self: "https://grundskola.example/insatser/lasfrid/atom",
  alternate: "https://grundskola.example/insatser/lasfrid",
  author: { name: "Grundskoleförvaltningen", uri: "https://grundskola.example" },
  entries: [
    {
      id: "tag:grundskola.example,2026:insatsuppdatering/abc",
      title: "Status ändrad från planerad till pågår",
      updated: new Date("2026-12-01T08:00:00Z"),
      link: "https://grundskola.example/insatser/lasfrid#uppdatering-abc",
      summary: "Vi har börjat.",
    },
  ],
  ...andra,
});

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (namn) => ["entry", "link"].includes(namn) });

describe("XML escaping", () => {
  it("escapes the five markup characters", () => {
    expect(xml(`<a href="x">Tom & 'Jerry'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;");
  });

  it("drops characters XML cannot hold at all, and keeps tabs, newlines and emoji", () => {
    expect(xml("a\u0000b\u001Fc\uFFFEd\uD800e")).toBe("abcde");
    expect(xml("rad 1\n\trad 2 🎉")).toBe("rad 1\n\trad 2 🎉");
  });

  it("keeps a hostile comment as text in a well-formed feed", () => {
    const kommentar = `</summary></entry><entry><title>falsk</title>]]><!-- &\u0007 slut`;
    const text = atomflode(flode({ entries: [{ ...flode().entries[0], summary: kommentar, title: "<b>fet</b>" }] }));
    expect(XMLValidator.validate(text)).toBe(true);
    const feed = parser.parse(text).feed;
    expect(feed.entry).toHaveLength(1);
    expect(feed.entry[0].summary["#text"]).toBe(kommentar.replace("\u0007", ""));
    expect(feed.entry[0].title["#text"]).toBe("<b>fet</b>");
  });

  it("escapes HTML content into the element, marked type=html", () => {
    const text = atomflode(flode({ entries: [{ ...flode().entries[0], content: { type: "html", value: "<p>Hej &amp; välkommen</p>" } }] }));
    expect(text).toContain('<content type="html">&lt;p&gt;Hej &amp;amp; välkommen&lt;/p&gt;</content>');
    expect(parser.parse(text).feed.entry[0].content["#text"]).toBe("<p>Hej &amp; välkommen</p>");
  });
});

describe("the feed's required elements", () => {
  it("has the Atom namespace, id, title, updated, author, self and alternate links", () => {
    const feed = parser.parse(atomflode(flode())).feed;
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe("https://grundskola.example/insatser/lasfrid/atom");
    expect(feed.title["#text"]).toBe("Läsfrid");
    expect(feed.updated).toBe("2026-12-04T15:29:11Z");
    expect(feed.author.name).toBe("Grundskoleförvaltningen");
    expect(feed.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["self", "https://grundskola.example/insatser/lasfrid/atom"],
      ["alternate", "https://grundskola.example/insatser/lasfrid"],
    ]);
  });

  it("gives each entry an id, a title, updated and a link", () => {
    const [entry] = parser.parse(atomflode(flode())).feed.entry;
    expect(entry.id).toBe("tag:grundskola.example,2026:insatsuppdatering/abc");
    expect(entry.title["#text"]).toBe("Status ändrad från planerad till pågår");
    expect(entry.updated).toBe("2026-12-01T08:00:00Z");
    expect(entry.link[0]["@href"]).toBe("https://grundskola.example/insatser/lasfrid#uppdatering-abc");
    expect(entry.summary["#text"]).toBe("Vi har börjat.");
  });

  it("is well-formed with no entries", () => {
    const text = atomflode(flode({ entries: [] }));
    expect(XMLValidator.validate(text)).toBe(true);
    expect(parser.parse(text).feed.entry).toBeUndefined();
  });
});

describe("dates", () => {
  it("are RFC 3339 in UTC, to the second", () => {
    expect(rfc3339("2026-03-29T01:30:00.999+02:00")).toBe("2026-03-28T23:30:00Z");
    expect(rfc3339(new Date(Date.UTC(2026, 0, 5, 7, 8, 9)))).toBe("2026-01-05T07:08:09Z");
    expect(rfc3339(new Date(0))).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  });

  it("refuse an invalid time instead of writing one", () => {
    expect(() => rfc3339("inte ett datum")).toThrow(RangeError);
  });
});
