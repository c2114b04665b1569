// The seed's texts become the first published version of each content item. An item that
// already exists is never touched: from then on the editors own it.
import type { Prisma, PrismaClient } from "../../lib/db/generated/client";
import { sektionerTillMarkdown } from "../../lib/innehall/markdown";
import { STARTSIDA_FORVAL } from "../../lib/innehall/publicerat";
import { innehallstyp } from "../../lib/innehall/typer";
import { programData } from "../../lib/innehall/typer/program";
import { forstarkningsomraden, forvaltning, nyckeltal, program, sidor, sprakversioner } from "./content";

async function forstaVersion(
  db: PrismaClient,
  typNamn: string,
  nyckel: string,
  data: Record<string, unknown>,
  kommentar = "Förvaltningens texter när portalen startade.",
): Promise<boolean> {
  const typ = innehallstyp(typNamn)!;
  const parsed = typ.schema.parse(data);
  return db.$transaction(async (tx) => {
    if (await tx.innehall.findUnique({ where: { typ_nyckel: { typ: typNamn, nyckel } }, select: { id: true } })) return false;
    const json = parsed as Prisma.InputJsonObject;
    const item = await tx.innehall.create({ data: { typ: typNamn, nyckel, publicerad: json, publiceradTid: new Date() } });
    await tx.innehallVersion.create({
      data: { innehallId: item.id, nummer: 1, handling: "PUBLICERING", data: json, forfattarNamn: "Systemet", kommentar },
    });
    await typ.skrivPublicerad(tx, nyckel, parsed);
    return true;
  });
}

export async function seedInnehall(db: PrismaClient, options: { demo: boolean }): Promise<void> {
  const { namn, beskrivning, telefon, besoksadress, postadress, postnummer, postort, latitud, longitud } = forvaltning;
  await forstaVersion(db, "kontaktuppgifter", "forvaltningen", {
    namn,
    beskrivning,
    telefon,
    besoksadress,
    postadress,
    postnummer,
    postort,
    latitud,
    longitud,
  });
  await forstaVersion(db, "startsida", "startsida", { ...STARTSIDA_FORVAL, ingress: forvaltning.beskrivning });
  for (const n of nyckeltal) {
    if (await forstaVersion(db, "nyckeltal", n.nyckel, { etikett: n.etikett, varde: n.varde, enhet: n.enhet, kalla: n.kalla })) {
      await db.nyckeltal.update({ where: { nyckel: n.nyckel }, data: { ordning: n.ordning } });
    }
  }
  for (const o of forstarkningsomraden) {
    await forstaVersion(db, "forstarkningsomrade", o.slug, {
      namn: o.namn,
      syfte: o.syfte,
      ingress: o.ingress,
      atgarder: o.atgarder.join("\n"),
      arbetsomraden: o.arbetsomraden.join("\n"),
      skolornasArbete: o.skolornasArbete.join("\n"),
      lankar: o.relateradeLankar.map((l) => `${l.titel} | ${l.href} | ${l.beskrivning}`).join("\n"),
    });
  }
  // "Ni sa – vi gjorde": empty per område (nothing shows) until the editors write and publish it.
  for (const o of forstarkningsomraden)
    await forstaVersion(db, "ni-sa-vi-gjorde", o.slug, { omrade: o.namn, text: "" }, "Tom: inget visas förrän redaktörerna skriver.");
  for (const p of program) await forstaVersion(db, "program", p.slug, programData(p, p.punkter));
  for (const s of sidor) {
    const ny = await forstaVersion(db, "sida", s.slug, {
      titel: s.titel,
      ingress: s.ingress,
      brodtext: sektionerTillMarkdown(s.sektioner),
      foralder: "",
      iNavigering: false,
    });
    if (ny && options.demo && s.slug === "om-forvaltningen") await demoversioner(db, s.slug);
  }
  if (options.demo) {
    for (const v of sprakversioner) {
      await forstaVersion(
        db,
        `${v.av}-${v.sprak}`,
        v.slug,
        { titel: v.titel, ingress: v.ingress, brodtext: v.brodtext },
        `Demoversion, skriven från ${v.av === "startsida" ? "startsidans" : v.av === "sida" ? "sidans" : "områdets"} svenska text.`,
      );
    }
  }
}

/** A short made-up history for the demo, so the editors' history and diff show something. */
async function demoversioner(db: PrismaClient, slug: string) {
  const item = await db.innehall.findUniqueOrThrow({ where: { typ_nyckel: { typ: "sida", nyckel: slug } } });
  const forsta = item.publicerad as Prisma.JsonObject;
  const dag = 24 * 60 * 60 * 1000;
  const utkast = { ...forsta, ingress: `${String(forsta.ingress)} Här kan du läsa om hur vi är organiserade och vad vi arbetar med.` };
  await db.innehallVersion.createMany({
    data: [
      {
        innehallId: item.id,
        nummer: 2,
        handling: "UTKAST",
        data: utkast,
        tidpunkt: new Date(Date.now() - 3 * dag),
        forfattarNamn: "Rasmus Redaktör (demo)",
        kommentar: "Förslag: en mening till i ingressen.",
      },
      {
        innehallId: item.id,
        nummer: 3,
        handling: "UTKAST",
        data: forsta,
        tidpunkt: new Date(Date.now() - 2 * dag),
        forfattarNamn: "Alva Admin (demo)",
        kommentar: "Tillbaka till den kortare ingressen tills vidare.",
      },
    ],
  });
}
