// The programme pages, Jämlikt Göteborg (målområde 2, vägledande utgångspunkter) and
// Framtidsrustad skola (purpose, parts, strategic group, processtöd): texts, the points of each
// kind, one point per line, and the programme's parts, "Namn | beskrivning" per line. (The
// insatser are edited elsewhere.)
import { z } from "zod";
import { taggar } from "../../taggar";
import type { ProgramPunktKategori } from "../../db/generated/enums";
import { slugify } from "../../slug";
import { text } from "../../text";
import { dellista, matchaDelar, programdelar } from "../listor";
import { radlista, rader } from "../rader";
import type { Innehallstyp } from "../typ";

/** Each list field and the kind of point it holds. */
export const kategorier = {
  mal: "MAL",
  grunduppdrag: "GRUNDUPPDRAG",
  utgangspunkter: "UTGANGSPUNKT",
  strategiskGrupp: "STRATEGISK_GRUPP_UPPDRAG",
  processtod: "PROCESSTOD",
} as const satisfies Record<string, ProgramPunktKategori>;

const schema = z.object({
  namn: text().trim().min(1, "Skriv programmets namn.").max(120, "Namnet får vara högst 120 tecken."),
  undertitel: text().trim().max(200, "Undertiteln får vara högst 200 tecken."),
  ingress: text().trim().min(1, "Skriv en ingress.").max(1_000, "Ingressen får vara högst 1 000 tecken."),
  beskrivning: radlista("programmet"),
  mal: radlista(),
  grunduppdrag: radlista(),
  utgangspunkter: radlista(),
  strategiskGrupp: radlista(),
  processtod: radlista(),
  delar: dellista(),
});
export type ProgramData = z.infer<typeof schema>;

const punkthjalp = "En punkt per rad. Lämna tomt om programmet inte har några.";

export const program: Innehallstyp<ProgramData> = {
  typ: "program",
  namn: "programsidan",
  grupp: "Program",
  falt: [
    { namn: "namn", etikett: "Namn", slag: "text" },
    { namn: "undertitel", etikett: "Undertitel", slag: "text" },
    { namn: "ingress", etikett: "Ingress", slag: "flerrad" },
    { namn: "beskrivning", etikett: "Beskrivning", hjalp: "Ett stycke per rad.", slag: "flerrad" },
    { namn: "mal", etikett: "Mål", hjalp: punkthjalp, slag: "flerrad" },
    { namn: "grunduppdrag", etikett: "Grunduppdrag", hjalp: punkthjalp, slag: "flerrad" },
    { namn: "utgangspunkter", etikett: "Vägledande utgångspunkter", hjalp: punkthjalp, slag: "flerrad" },
    { namn: "strategiskGrupp", etikett: "Den strategiska gruppens uppdrag", hjalp: punkthjalp, slag: "flerrad" },
    { namn: "processtod", etikett: "Processtöd till skolorna", hjalp: punkthjalp, slag: "flerrad" },
    {
      namn: "delar",
      etikett: "Programmets delar",
      hjalp:
        "En del per rad: namn | beskrivning. En del som byter namn behåller pilotskolornas steg. Lämna tomt om programmet inte har några delar.",
      slag: "flerrad",
    },
  ],
  schema,
  // Its name shows on its insatser's pages; its parts on "Så går det" and the pilot schools' pages.
  taggar: (nyckel, d, fore) => [
    taggar.program(nyckel),
    ...(fore?.namn === d.namn ? [] : [taggar.insatssidor]),
    ...(fore?.delar === d.delar ? [] : [taggar.sagardet, taggar.skolsidor]),
  ],
  titel: (_n, d) => d.namn,
  adress: (nyckel) => `/${nyckel}`,
  forhandsvisning: true,
  async kontrollera(db, nyckel, d): Promise<Record<string, string>> {
    const befintliga = await db.programdel.findMany({
      where: { program: { slug: nyckel } },
      orderBy: { ordning: "asc" },
      select: { namn: true, _count: { select: { pilotsteg: true } } },
    });
    const medSteg = matchaDelar(befintliga, programdelar(d.delar)).borttagna.filter((b) => b._count.pilotsteg > 0);
    if (medSteg.length === 0) return {};
    return {
      delar: `Delen ${medSteg.map((b) => `”${b.namn}”`).join(" och ")} har pilotskolornas steg och kan inte tas bort. Behåll en rad för den (du kan byta namn och beskrivning).`,
    };
  },
  async skrivPublicerad(tx, nyckel, d) {
    const p = await tx.program.update({
      where: { slug: nyckel },
      data: { namn: d.namn, undertitel: d.undertitel, ingress: d.ingress, beskrivning: rader(d.beskrivning) },
      select: { id: true },
    });
    for (const [falt, kategori] of Object.entries(kategorier)) {
      await tx.programPunkt.deleteMany({ where: { programId: p.id, kategori } });
      const punkter = rader(d[falt as keyof typeof kategorier]);
      if (punkter.length > 0)
        await tx.programPunkt.createMany({ data: punkter.map((text, ordning) => ({ programId: p.id, kategori, text, ordning })) });
    }
    // Parts are updated in place (pilot schools' steps refer to them), not replaced.
    const befintliga = await tx.programdel.findMany({ where: { programId: p.id }, orderBy: { ordning: "asc" } });
    const nya = programdelar(d.delar);
    const { behall, borttagna } = matchaDelar(befintliga, nya);
    if (borttagna.length > 0) await tx.programdel.deleteMany({ where: { id: { in: borttagna.map((b) => b.id) } } });
    const slugs = new Set(befintliga.filter((b) => !borttagna.includes(b)).map((b) => b.slug));
    for (const [ordning, del] of nya.entries()) {
      const gammal = behall[ordning];
      if (gammal) {
        await tx.programdel.update({ where: { id: gammal.id }, data: { namn: del.namn, beskrivning: del.beskrivning, ordning } });
        continue;
      }
      const bas = slugify(del.namn) || "del";
      let slug = bas;
      for (let n = 2; slugs.has(slug); n++) slug = `${bas}-${n}`;
      slugs.add(slug);
      await tx.programdel.create({ data: { programId: p.id, slug, namn: del.namn, beskrivning: del.beskrivning, ordning } });
    }
  },
};

/** A programme row and its points as the type's data (the seed's first version). */
export function programData(
  p: { namn: string; undertitel: string; ingress: string; beskrivning: string[]; delar?: { namn: string; beskrivning: string }[] },
  punkter: { kategori: string; text: string }[],
): ProgramData {
  const av = (k: string) =>
    punkter
      .filter((x) => x.kategori === k)
      .map((x) => x.text)
      .join("\n");
  return {
    namn: p.namn,
    undertitel: p.undertitel,
    ingress: p.ingress,
    beskrivning: p.beskrivning.join("\n"),
    mal: av("MAL"),
    grunduppdrag: av("GRUNDUPPDRAG"),
    utgangspunkter: av("UTGANGSPUNKT"),
    strategiskGrupp: av("STRATEGISK_GRUPP_UPPDRAG"),
    processtod: av("PROCESSTOD"),
    delar: (p.delar ?? []).map((d) => `${d.namn} | ${d.beskrivning}`).join("\n"),
  };
}
