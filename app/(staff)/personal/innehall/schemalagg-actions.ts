"use server";

// Scheduled publishing: schedule the current draft, or cancel a scheduled step.
import { redirect } from "next/navigation";
import { formularArgument } from "@/lib/http/argument";
import { personalAnrop, personalAtgard } from "@/lib/atgard/personal";
import { db } from "@/lib/db";
import type { Fel } from "@/lib/innehall/redigera";
import { avbrytSchemalagd, schemalagg } from "@/lib/innehall/schemalagt";
import { lasAndring } from "@/lib/innehall/andring";
import { adressTill } from "./adress";

export interface SchemaState {
  varden: { datum: string; klockslag: string; andring?: string; andringsnot?: string };
  fel: Fel;
}

/** "Schemalägg publicering": the current draft, at a Swedish local date and time. */
export const schemalaggPublicering = personalAtgard<SchemaState>({
  behorighet: "innehall.redigera",
  objekt: ({ varden }) => `${varden.typ}/${varden.nyckel}`,
  falt: ["typ", "nyckel", "datum", "klockslag", "schema-andring", "schema-andringsnot"],
  nekad: "Du har inte behörighet att schemalägga.",
  svar: (fel, { varden }) => ({
    varden: {
      datum: varden.datum.trim(),
      klockslag: varden.klockslag.trim(),
      andring: varden["schema-andring"],
      andringsnot: varden["schema-andringsnot"],
    },
    fel,
  }),
  async utfor({ user, varden, svar }) {
    const { typ, nyckel, datum, klockslag } = varden;
    // A form without the choice (a type without change notes) is a minor change.
    const andring = lasAndring(varden, "schema-");
    if (!andring.ok) return svar(andring.fel);
    const utfall = await schemalagg(db, user, typ, nyckel, {
      datum: datum.trim(),
      klockslag: klockslag.trim(),
      andringsnot: andring.andringsnot,
    });
    if (!utfall.ok) return svar(utfall.fel);
    redirect(`${adressTill(typ, nyckel)}?sparad=schemalagd`);
  },
});

/** "Avbryt" on a scheduled publish; back to the page it was cancelled from. */
export const avbrytSchema = personalAnrop({
  argument: [formularArgument],
  behorighet: "innehall.redigera",
  objekt: () => "schema",
  async utfor(user, form): Promise<void> {
    const tillbaka = String(form.get("tillbaka") ?? "");
    await avbrytSchemalagd(db, user, String(form.get("id") ?? ""));
    redirect(`${tillbaka.startsWith("/personal/innehall") ? tillbaka.split("?")[0] : "/personal/innehall"}?sparad=avbruten`);
  },
});
