// Lists whose lines have parts, edited one item per line with "|" between the parts, so a plain
// textarea works without JavaScript: related links ("Länktext | /adress | beskrivning") and a
// programme's parts ("Namn | beskrivning"). The schemas name the line that is wrong, in Swedish.
import { text } from "../text";
import { rader } from "./rader";

export interface Lank {
  titel: string;
  href: string;
  beskrivning: string;
}

export interface Del {
  namn: string;
  beskrivning: string;
}

const delar = (rad: string) => rad.split("|").map((d) => d.trim());

/**
 * An address a link may have: one on this site ("/kontakt", "/om-forvaltningen#del") or a whole
 * http(s) address. Never javascript:, data:, a protocol-relative "//host" or a bare word.
 */
export function tillatenAdress(href: string): boolean {
  if (/\s/.test(href) || href.includes("\\")) return false;
  if (href.startsWith("/")) return !href.startsWith("//");
  if (!/^https?:\/\//i.test(href)) return false;
  try {
    const u = new URL(href);
    return (u.protocol === "http:" || u.protocol === "https:") && u.hostname.includes(".");
  } catch {
    return false;
  }
}

export function lankar(s: string): Lank[] {
  return rader(s).map((r) => {
    const [titel, href = "", ...rest] = delar(r);
    return { titel, href, beskrivning: rest.join(" | ") };
  });
}

export function programdelar(s: string): Del[] {
  return rader(s).map((r) => {
    const [namn, ...rest] = delar(r);
    return { namn, beskrivning: rest.join(" | ") };
  });
}

/** One link per line: "Länktext | https://… or /adress", optionally "| a sentence about it". */
export function lanklista() {
  return text()
    .max(20_000, "Fältet får vara högst 20 000 tecken.")
    .superRefine((s, ctx) => {
      const fel = lankar(s)
        .map((l, i) => {
          const rad = `Rad ${i + 1}`;
          if (!l.titel) return `${rad}: skriv länktexten först, till exempel Kontakta oss | /kontakt.`;
          if (l.titel.length > 200) return `${rad}: länktexten får vara högst 200 tecken.`;
          if (!l.href) return `${rad}: skriv adressen efter |, till exempel ${l.titel} | /kontakt.`;
          if (l.href.length > 500) return `${rad}: adressen får vara högst 500 tecken.`;
          if (!tillatenAdress(l.href))
            return `${rad}: adressen ”${l.href.slice(0, 80)}” går inte att använda. Skriv en adress på webbplatsen som börjar med / eller en hel adress som börjar med https://.`;
          if (l.beskrivning.length > 500) return `${rad}: beskrivningen får vara högst 500 tecken.`;
          return null;
        })
        .find(Boolean);
      if (fel) ctx.addIssue({ code: "custom", message: fel });
    })
    .transform((s) =>
      lankar(s)
        .map((l) => [l.titel, l.href, l.beskrivning].filter(Boolean).join(" | "))
        .join("\n"),
    );
}

/** One part per line: "Namn | beskrivning". Names are unique: a part is known by its name. */
export function dellista() {
  return text()
    .max(20_000, "Fältet får vara högst 20 000 tecken.")
    .superRefine((s, ctx) => {
      const lista = programdelar(s);
      const fel = lista
        .map((d, i) => {
          const rad = `Rad ${i + 1}`;
          if (!d.namn) return `${rad}: skriv delens namn först, till exempel Kartläggning | Vad delen går ut på.`;
          if (d.namn.length > 120) return `${rad}: namnet får vara högst 120 tecken.`;
          if (!d.beskrivning) return `${rad}: skriv en beskrivning efter |, till exempel ${d.namn} | Vad delen går ut på.`;
          if (d.beskrivning.length > 2_000) return `${rad}: beskrivningen får vara högst 2 000 tecken.`;
          if (lista.findIndex((x) => x.namn.toLowerCase() === d.namn.toLowerCase()) < i)
            return `${rad}: det finns redan en del som heter ${d.namn}.`;
          return null;
        })
        .find(Boolean);
      if (fel) ctx.addIssue({ code: "custom", message: fel });
    })
    .transform((s) =>
      programdelar(s)
        .map((d) => `${d.namn} | ${d.beskrivning}`)
        .join("\n"),
    );
}

/**
 * Which existing part each new line keeps: the one with the same name, else (a rename) the next
 * existing part whose name no line uses. A kept part keeps its pilot schools' steps; the parts
 * left over are removed.
 */
export function matchaDelar<T extends { namn: string }>(befintliga: T[], nya: Del[]): { behall: (T | null)[]; borttagna: T[] } {
  const namn = new Set(nya.map((n) => n.namn.toLowerCase()));
  const lediga = befintliga.filter((b) => !namn.has(b.namn.toLowerCase()));
  const behall = nya.map((n) => befintliga.find((b) => b.namn.toLowerCase() === n.namn.toLowerCase()) ?? lediga.shift() ?? null);
  return { behall, borttagna: lediga };
}
