// The seed's content, read from the files in ./innehall and checked with zod when the seed starts:
// a file that does not fit is an error naming the file. See ./innehall/README.md for what each
// file holds and how it is written.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { InsatsStatus, ProgramPunktKategori, Stadsomrade } from "../../lib/db/generated/enums";
import { SPRAKVERSIONER } from "../../lib/innehall/typer/sidvariant";
import { InnehallsfilFel, lasMarkdown, type Avsnitt, type Markdownfil } from "./markdown";

const MAPP = fileURLToPath(new URL("./innehall/", import.meta.url));

const text = z.string().trim().min(1, "får inte vara tom");
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ska vara en adress med små bokstäver, siffror och bindestreck");
/** A number written in a front matter. */
const tal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, "ska vara ett tal")
  .transform(Number);
const heltal = z.number().int();
const procent = heltal.min(0).max(100);

const forvaltningSchema = z.strictObject({
  namn: text,
  beskrivning: text,
  telefon: text,
  besoksadress: text,
  postadress: text,
  postnummer: text,
  postort: text,
  latitud: z.number(),
  longitud: z.number(),
});

const nyckeltalSchema = z.strictObject({ nyckel: slug, etikett: text, varde: text, enhet: text, ordning: heltal, kalla: text });

const relateradLankSchema = z.strictObject({
  titel: text,
  beskrivning: text,
  href: z.string().regex(/^\/\S*$/, "ska vara en adress på webbplatsen"),
});

const forstarkningsomradeSchema = z.strictObject({
  slug,
  nummer: heltal.positive(),
  namn: text,
  syfte: text,
  ingress: text,
  atgarder: z.array(text).min(1),
  arbetsomraden: z.array(text).min(1),
  skolornasArbete: z.array(text).min(1),
  relateradeLankar: z.array(relateradLankSchema),
});

const programSchema = z.strictObject({
  slug,
  namn: text,
  undertitel: text,
  ingress: text,
  beskrivning: z.array(text).min(1),
  punkter: z.array(z.strictObject({ kategori: z.enum(ProgramPunktKategori), text })),
  delar: z.array(z.strictObject({ slug, namn: text, beskrivning: text })),
});

const historikSchema = z.strictObject({
  dagarSedan: heltal.nonnegative(),
  forfattarNamn: text,
  franStatus: z.enum(InsatsStatus).nullable(),
  tillStatus: z.enum(InsatsStatus),
  franProgress: procent.nullable(),
  tillProgress: procent,
  kommentar: text,
});

export interface InsatsSeed {
  slug: string;
  titel: string;
  beskrivning: string;
  status: InsatsStatus;
  progress: number;
  ansvarigEnhet: string;
  program?: string;
  forstarkningsomrade?: string;
  skolor?: string[];
  /** The planned period in days from the day the seed runs (negative: before it). */
  planerad?: { start: number; slut: number };
  demo: boolean;
  historik: z.infer<typeof historikSchema>[];
  delinsatser?: InsatsSeed[];
}

const insatsSchema: z.ZodType<InsatsSeed> = z.lazy(() =>
  z.strictObject({
    slug,
    titel: text,
    beskrivning: text,
    status: z.enum(InsatsStatus),
    progress: procent,
    ansvarigEnhet: text,
    program: slug.optional(),
    forstarkningsomrade: slug.optional(),
    skolor: z.array(slug).optional(),
    planerad: z
      .strictObject({ start: heltal, slut: heltal })
      .refine((p) => p.slut >= p.start, "ska sluta efter att den börjar")
      .optional(),
    demo: z.boolean(),
    historik: z.array(historikSchema),
    delinsatser: z.array(insatsSchema).optional(),
  }),
);

const skolaSchema = z.strictObject({
  slug,
  namn: text,
  stadsomrade: z.enum(Stadsomrade),
  adress: text,
  postnummer: z.string().regex(/^\d{3} \d{2}$/, "ska vara ett postnummer, till exempel 412 61"),
  latitud: z.number(),
  longitud: z.number(),
  arskursFran: heltal.min(0).max(9),
  arskursTill: heltal.min(0).max(9),
  framtidsrustadPilot: z.boolean(),
});

const sektionSchema = z.strictObject({ rubrik: text, stycken: z.array(text), punkter: z.array(text).min(1).optional() });
const sidaSchema = z.strictObject({ slug, titel: text, ingress: text, sektioner: z.array(sektionSchema).min(1) });
const sprakversionSchema = z.strictObject({
  /** The original's content type: a page, the start page or an område. */
  av: z.enum(["sida", "startsida", "forstarkningsomrade"]),
  slug,
  sprak: z.enum(SPRAKVERSIONER),
  titel: text,
  ingress: text,
  brodtext: z.string().regex(/\S/, "får inte vara tom"),
});

export type Sektion = z.infer<typeof sektionSchema>;
export type ForvaltningSeed = z.infer<typeof forvaltningSchema>;
export type NyckeltalSeed = z.infer<typeof nyckeltalSchema>;
export type ForstarkningsomradeSeed = z.infer<typeof forstarkningsomradeSchema>;
export type ProgramSeed = z.infer<typeof programSchema>;
export type SkolaSeed = z.infer<typeof skolaSchema>;
export type SidaSeed = z.infer<typeof sidaSchema>;
export type SprakversionSeed = z.infer<typeof sprakversionSchema>;

function kontrollera<T>(fil: string, schema: z.ZodType<T>, varde: unknown): T {
  const r = schema.safeParse(varde);
  if (!r.success) throw new InnehallsfilFel(fil, `stämmer inte:\n${z.prettifyError(r.error)}`);
  return r.data;
}

function las(fil: string): string {
  return readFileSync(path.join(MAPP, fil), "utf8");
}

function json<T>(fil: string, schema: z.ZodType<T>): T {
  let varde: unknown;
  try {
    varde = JSON.parse(las(fil));
  } catch (e) {
    throw new InnehallsfilFel(fil, `är inte giltig JSON (${(e as Error).message})`);
  }
  return kontrollera(fil, schema, varde);
}

/** The Markdown files in a folder, in name order. */
function markdownfiler(mapp: string, val: { friText?: boolean } = {}): { fil: string; namn: string; md: Markdownfil }[] {
  return readdirSync(path.join(MAPP, mapp))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({ fil: `${mapp}/${f}`, namn: f.slice(0, -3), md: lasMarkdown(`${mapp}/${f}`, las(`${mapp}/${f}`), val) }));
}

/** The one paragraph before the first heading. */
function ettStycke(fil: string, md: Markdownfil, vad: string): string {
  if (md.inledning.length !== 1) throw new InnehallsfilFel(fil, `${vad} ska vara ett enda stycke före första rubriken`);
  return md.inledning[0];
}

/**
 * The `##` sections by heading, each with the `###` sections under it. Every heading must be one
 * of `tillatna`; those in `kravda` must be there.
 */
function avsnittEfterRubrik(fil: string, md: Markdownfil, tillatna: readonly string[], kravda: readonly string[] = tillatna) {
  const ut = new Map<string, Avsnitt & { under: Avsnitt[] }>();
  let senaste: (Avsnitt & { under: Avsnitt[] }) | undefined;
  for (const a of md.avsnitt) {
    if (a.djup === 3) {
      if (!senaste) throw new InnehallsfilFel(fil, `rubriken "${a.rubrik}" (###) står före första ##-rubriken`);
      senaste.under.push(a);
      continue;
    }
    if (!tillatna.includes(a.rubrik))
      throw new InnehallsfilFel(fil, `okänd rubrik "${a.rubrik}"; använd ${tillatna.map((t) => `"${t}"`).join(", ")}`);
    if (ut.has(a.rubrik)) throw new InnehallsfilFel(fil, `rubriken "${a.rubrik}" står två gånger`);
    senaste = { ...a, under: [] };
    ut.set(a.rubrik, senaste);
  }
  for (const k of kravda) if (!ut.has(k)) throw new InnehallsfilFel(fil, `rubriken "${k}" saknas`);
  return ut;
}

function punkter(fil: string, a: Avsnitt | undefined): string[] {
  if (a?.stycken.length) throw new InnehallsfilFel(fil, `under "${a.rubrik}" ska det bara stå en lista`);
  return a?.punkter ?? [];
}

function stycken(fil: string, a: Avsnitt | undefined): string[] {
  if (a?.punkter.length) throw new InnehallsfilFel(fil, `under "${a.rubrik}" ska det bara stå stycken`);
  return a?.stycken ?? [];
}

function lasForvaltning(): ForvaltningSeed {
  const fil = "forvaltningen.md";
  const md = lasMarkdown(fil, las(fil));
  if (md.avsnitt.length) throw new InnehallsfilFel(fil, "ska inte ha några rubriker");
  const huvud = kontrollera(
    fil,
    z.strictObject({
      namn: z.string(),
      telefon: z.string(),
      besoksadress: z.string(),
      postadress: z.string(),
      postnummer: z.string(),
      postort: z.string(),
      latitud: tal,
      longitud: tal,
    }),
    md.huvud,
  );
  const { namn, ...resten } = huvud;
  return kontrollera(fil, forvaltningSchema, { namn, beskrivning: ettStycke(fil, md, "beskrivningen"), ...resten });
}

const OMRADE_RUBRIKER = ["Åtgärder", "Arbetsområden", "Skolornas arbete", "Relaterade länkar"] as const;

function lasForstarkningsomraden(): ForstarkningsomradeSeed[] {
  const omraden = markdownfiler("forstarkningsomraden").map(({ fil, namn: slug, md }) => {
    const huvud = kontrollera(fil, z.strictObject({ nummer: tal, namn: z.string(), syfte: z.string() }), md.huvud);
    const a = avsnittEfterRubrik(fil, md, OMRADE_RUBRIKER);
    const relateradeLankar = punkter(fil, a.get("Relaterade länkar")).map((p) => {
      const m = /^\[([^\]]+)\]\((\S+)\): (.+)$/.exec(p);
      if (!m) throw new InnehallsfilFel(fil, `länken "${p}" ska skrivas "[Titel](/adress): beskrivning"`);
      return { titel: m[1], beskrivning: m[3], href: m[2] };
    });
    return kontrollera(fil, forstarkningsomradeSchema, {
      slug,
      nummer: huvud.nummer,
      namn: huvud.namn,
      syfte: huvud.syfte,
      ingress: ettStycke(fil, md, "ingressen"),
      atgarder: punkter(fil, a.get("Åtgärder")),
      arbetsomraden: punkter(fil, a.get("Arbetsområden")),
      skolornasArbete: stycken(fil, a.get("Skolornas arbete")),
      relateradeLankar,
    });
  });
  return omraden.sort((a, b) => a.nummer - b.nummer);
}

/** Each kind of programme point and its heading in a programme's file (the editors' field labels). */
const PUNKTRUBRIKER = {
  Mål: "MAL",
  Grunduppdrag: "GRUNDUPPDRAG",
  "Vägledande utgångspunkter": "UTGANGSPUNKT",
  "Den strategiska gruppens uppdrag": "STRATEGISK_GRUPP_UPPDRAG",
  "Processtöd till skolorna": "PROCESSTOD",
} as const satisfies Record<string, ProgramPunktKategori>;

function lasProgram(): ProgramSeed[] {
  return markdownfiler("program").map(({ fil, namn: slug, md }) => {
    const huvud = kontrollera(fil, z.strictObject({ namn: z.string(), undertitel: z.string() }), md.huvud);
    const a = avsnittEfterRubrik(fil, md, ["Beskrivning", ...Object.keys(PUNKTRUBRIKER), "Programmets delar"], ["Beskrivning"]);
    const punktlista = [...a.values()].flatMap((avsnitt) => {
      const kategori = PUNKTRUBRIKER[avsnitt.rubrik as keyof typeof PUNKTRUBRIKER];
      return kategori ? punkter(fil, avsnitt).map((t) => ({ kategori, text: t })) : [];
    });
    const delar = a.get("Programmets delar");
    if (delar && (delar.stycken.length || delar.punkter.length))
      throw new InnehallsfilFel(fil, `under "Programmets delar" ska det bara stå ###-rubriker, en för varje del`);
    return kontrollera(fil, programSchema, {
      slug,
      namn: huvud.namn,
      undertitel: huvud.undertitel,
      ingress: ettStycke(fil, md, "ingressen"),
      beskrivning: stycken(fil, a.get("Beskrivning")),
      punkter: punktlista,
      delar: (delar?.under ?? []).map((d) => {
        if (!d.id) throw new InnehallsfilFel(fil, `delen "${d.rubrik}" saknar sin adress: skriv "### ${d.rubrik} {#adress}"`);
        if (d.stycken.length !== 1 || d.punkter.length) throw new InnehallsfilFel(fil, `delen "${d.rubrik}" ska ha ett enda stycke`);
        return { slug: d.id, namn: d.rubrik, beskrivning: d.stycken[0] };
      }),
    });
  });
}

function lasSidor(): SidaSeed[] {
  return markdownfiler("sidor").map(({ fil, namn: slug, md }) => {
    const huvud = kontrollera(fil, z.strictObject({ titel: z.string() }), md.huvud);
    if (md.avsnitt.some((a) => a.djup !== 2)) throw new InnehallsfilFel(fil, "en sida har bara ##-rubriker");
    const sektioner = md.avsnitt.map((a) => ({
      rubrik: a.rubrik,
      stycken: a.stycken,
      ...(a.punkter.length ? { punkter: a.punkter } : {}),
    }));
    return kontrollera(fil, sidaSchema, { slug, titel: huvud.titel, ingress: ettStycke(fil, md, "ingressen"), sektioner });
  });
}

/**
 * `<sidans adress>.<språk>.md` (a page), `startsida.<språk>.md` (the start page) or
 * `forstarkningsomrade.<områdets adress>.<språk>.md`: the ingress, then the body as Markdown, kept as written.
 */
function lasSprakversioner(): SprakversionSeed[] {
  return markdownfiler("sprakversioner", { friText: true }).map(({ fil, namn, md }) => {
    const huvud = kontrollera(fil, z.strictObject({ titel: z.string() }), md.huvud);
    const delar = namn.split(".");
    const [av, slug, sprak, ...ovrigt] =
      delar[0] === "startsida" && delar.length === 2
        ? ["startsida", "startsida", delar[1]]
        : delar[0] === "forstarkningsomrade"
          ? delar
          : ["sida", ...delar];
    if (ovrigt.length || !sprak)
      throw new InnehallsfilFel(
        fil,
        "filen ska heta <sidans adress>.<språk>.md, startsida.<språk>.md eller forstarkningsomrade.<områdets adress>.<språk>.md",
      );
    return kontrollera(fil, sprakversionSchema, {
      av,
      slug,
      sprak,
      titel: huvud.titel,
      ingress: ettStycke(fil, md, "ingressen"),
      brodtext: md.resten,
    });
  });
}

/** A reference to another file's item that does not exist is an error, not a row without its link. */
function kontrolleraHanvisningar() {
  const programSlugs = new Set(program.map((p) => p.slug));
  const omradeSlugs = new Set(forstarkningsomraden.map((o) => o.slug));
  const skolSlugs = new Set(skolor.map((s) => s.slug));
  const sidSlugs = new Set(sidor.map((s) => s.slug));
  const sedda = new Set<string>();
  const gaIgenom = (i: InsatsSeed) => {
    const fel = (vad: string) => new InnehallsfilFel("insatser.json", `insatsen ${i.slug} ${vad}`);
    if (sedda.has(i.slug)) throw fel("står två gånger");
    sedda.add(i.slug);
    if (i.program && !programSlugs.has(i.program)) throw fel(`pekar på okänt program ${i.program}`);
    if (i.forstarkningsomrade && !omradeSlugs.has(i.forstarkningsomrade))
      throw fel(`pekar på okänt förstärkningsområde ${i.forstarkningsomrade}`);
    for (const s of i.skolor ?? []) if (!skolSlugs.has(s)) throw fel(`pekar på okänd skola ${s}`);
    i.delinsatser?.forEach(gaIgenom);
  };
  insatser.forEach(gaIgenom);
  for (const v of sprakversioner) {
    if (v.av === "sida" && !sidSlugs.has(v.slug))
      throw new InnehallsfilFel(`sprakversioner/${v.slug}.${v.sprak}.md`, `det finns ingen sida ${v.slug}`);
    if (v.av === "forstarkningsomrade" && !omradeSlugs.has(v.slug))
      throw new InnehallsfilFel(
        `sprakversioner/forstarkningsomrade.${v.slug}.${v.sprak}.md`,
        `det finns inget förstärkningsområde ${v.slug}`,
      );
  }
}

export const forvaltning = lasForvaltning();
export const nyckeltal = json("nyckeltal.json", z.array(nyckeltalSchema));
export const forstarkningsomraden = lasForstarkningsomraden();
export const program = lasProgram();
export const insatser = json("insatser.json", z.array(insatsSchema));
export const skolor = json("skolor.json", z.array(skolaSchema));
export const sidor = lasSidor();
export const sprakversioner = lasSprakversioner();
kontrolleraHanvisningar();
