"use server";

import { z } from "zod";
import { argument, formularArgument, slugArgument, tillstandArgument } from "@/lib/http/argument";
import { expireTags } from "@/lib/cache";
import { notFound, redirect } from "next/navigation";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { aterstall, publicera, skapaSida, skapaSprakversion, sparaUtkast, type Fel } from "@/lib/innehall/redigera";
import { autospara } from "@/lib/innehall/autospara";
import { narvaro } from "@/lib/innehall/narvaro";
import { avbrytSchemalagd, schemalagg } from "@/lib/innehall/schemalagt";
import { franFormular, tillFormular } from "@/lib/innehall/typ";
import { innehallstyp } from "@/lib/innehall/typer";
import { requestLogger } from "@/lib/logger";

export interface RedigeringState {
  varden: Record<string, string>;
  kommentar: string;
  version: string;
  fel: Fel;
  /** Someone else saved first: their text, shown beside the editor's own (which is kept). */
  konflikt?: { varden: Record<string, string>; av: string | null };
}

async function nekad(userId: string, handling: string, objekt: string) {
  (await requestLogger()).warn({ handelse: "behorighet.nekad", userId, handling, objekt }, "Nekad åtgärd");
}

const adressTill = (typ: string, nyckel: string) => `/personal/innehall/${typ}/${nyckel}`;

/**
 * "Spara utkast", "Publicera" or "Förhandsvisa" (which saves the draft and opens the preview).
 * The item comes in hidden fields, not bound arguments: with bound arguments, Next 16.4 never
 * finishes the response when a form posted without JavaScript gets its state back.
 */
export async function sparaInnehall(_prev: RedigeringState, form: FormData): Promise<RedigeringState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const typNamn = String(form.get("typ") ?? "");
  const nyckel = String(form.get("nyckel") ?? "");
  const typ = innehallstyp(typNamn);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const handling = String(form.get("handling") ?? "utkast");
  const kommentar = String(form.get("kommentar") ?? "");
  const version = String(form.get("version") ?? "");
  const data = typ ? franFormular(typ, form) : {};
  const varden = typ ? tillFormular(typ, data) : {};
  const state = { varden, kommentar, version };
  if (!typ) return { ...state, fel: { formular: "Det här innehållet finns inte." } };
  if (!/^\d{1,9}$/.test(version)) return { ...state, fel: { formular: "Sidan är för gammal. Ladda om den och försök igen." } };
  const sparning = { data, version: Number(version), kommentar };
  let utfall;
  try {
    utfall = handling === "publicera" ? await publicera(db, user, typNamn, nyckel, sparning, (t) => expireTags(t)) : await sparaUtkast(db, user, typNamn, nyckel, sparning);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      return { ...state, fel: { formular: "Du har inte behörighet att ändra innehållet." } };
    }
    throw error;
  }
  if (!utfall.ok) {
    if (utfall.orsak === "finns-inte") return { ...state, fel: { formular: "Det här innehållet finns inte längre." } };
    if (utfall.orsak === "ogiltig") return { ...state, fel: utfall.fel };
    return {
      ...state,
      version: String(utfall.aktuell.version),
      konflikt: { varden: tillFormular(typ, utfall.aktuell.data), av: utfall.aktuell.av },
      fel: {
        formular: `${utfall.aktuell.av ?? "Någon annan"} sparade ${typ.namn} medan du skrev. Din text finns kvar i formuläret och den sparade texten visas nedanför. Jämför, ändra det som behövs och spara igen.`,
      },
    };
  }
  if (handling === "forhandsvisa" && typ.forhandsvisning) redirect(`/forhandsvisning/${typNamn}/${nyckel}`);
  redirect(`${adressTill(typNamn, nyckel)}?sparad=${handling === "publicera" ? "publicerad" : "utkast"}`);
}

/** "Återställ": an old version becomes a new draft. A plain form; errors come back in the address. */
export async function aterstallVersion(typNamn: string, nyckel: string, form: FormData): Promise<void> {
  argument([slugArgument, z.string().min(1).max(120), formularArgument], [typNamn, nyckel, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const heltal = (v: FormDataEntryValue | null) => (typeof v === "string" && /^\d{1,9}$/.test(v) ? Number(v) : null);
  const nummer = heltal(form.get("nummer"));
  const version = heltal(form.get("version"));
  const historik = `${adressTill(typNamn, nyckel)}/historik`;
  if (nummer === null || version === null) redirect(`${historik}?fel=gammal`);
  let utfall;
  try {
    utfall = await aterstall(db, user, typNamn, nyckel, nummer, version);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      redirect("/personal/ingen-behorighet");
    }
    throw error;
  }
  if (!utfall.ok) redirect(`${historik}?fel=${utfall.orsak === "konflikt" ? "konflikt" : "finns-inte"}`);
  redirect(`${adressTill(typNamn, nyckel)}?sparad=aterstalld&fran=${nummer}`);
}

export interface NySidaState {
  varden: { titel: string; adress: string; foralder: string };
  fel: Fel;
}

export async function skapaNySida(_prev: NySidaState, form: FormData): Promise<NySidaState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const varden = { titel: String(form.get("titel") ?? ""), adress: String(form.get("adress") ?? ""), foralder: String(form.get("foralder") ?? "") };
  let utfall;
  try {
    utfall = await skapaSida(db, user, varden);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", "sida/ny");
      return { varden, fel: { formular: "Du har inte behörighet att skapa sidor." } };
    }
    throw error;
  }
  if (!utfall.ok) return { varden, fel: utfall.fel };
  redirect(`${adressTill("sida", utfall.nyckel)}?sparad=skapad`);
}

export interface SchemaState {
  varden: { datum: string; klockslag: string };
  fel: Fel;
}

/** "Schemalägg publicering": the current draft, at a Swedish local date and time. */
export async function schemalaggPublicering(_prev: SchemaState, form: FormData): Promise<SchemaState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const typNamn = String(form.get("typ") ?? "");
  const nyckel = String(form.get("nyckel") ?? "");
  const varden = { datum: String(form.get("datum") ?? "").trim(), klockslag: String(form.get("klockslag") ?? "").trim() };
  let utfall;
  try {
    utfall = await schemalagg(db, user, typNamn, nyckel, varden);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      return { varden, fel: { formular: "Du har inte behörighet att schemalägga." } };
    }
    throw error;
  }
  if (!utfall.ok) return { varden, fel: utfall.fel };
  redirect(`${adressTill(typNamn, nyckel)}?sparad=schemalagd`);
}

/** "Avbryt" on a scheduled publish; back to the page it was cancelled from. */
export async function avbrytSchema(form: FormData): Promise<void> {
  argument([formularArgument], [form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const tillbaka = String(form.get("tillbaka") ?? "");
  try {
    await avbrytSchemalagd(db, user, String(form.get("id") ?? ""));
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", "schema");
      redirect("/personal/ingen-behorighet");
    }
    throw error;
  }
  redirect(`${tillbaka.startsWith("/personal/innehall") ? tillbaka.split("?")[0] : "/personal/innehall"}?sparad=avbruten`);
}

export type AutoSvar =
  | { ok: true; version: string; sparad: string }
  | { ok: false; fel: string; version?: string; konflikt?: { varden: Record<string, string>; av: string | null } };

/**
 * Autosave from the open edit form (JavaScript only): the draft row, no version (lib/innehall/autospara.ts).
 * Called with the whole form, like "Spara utkast"; answers with the new version or why not.
 */
export async function autosparaInnehall(form: FormData): Promise<AutoSvar> {
  argument([formularArgument], [form]);
  const user = await currentUser();
  if (!user) return { ok: false, fel: "Du är inte inloggad längre. Kopiera din text, logga in igen och spara." };
  const typNamn = String(form.get("typ") ?? "");
  const nyckel = String(form.get("nyckel") ?? "");
  const version = String(form.get("version") ?? "");
  const typ = innehallstyp(typNamn);
  if (!typ) return { ok: false, fel: "Det här innehållet finns inte." };
  if (!/^\d{1,9}$/.test(version)) return { ok: false, fel: "Sidan är för gammal. Ladda om den och försök igen." };
  let utfall;
  try {
    utfall = await autospara(db, user, typNamn, nyckel, { data: franFormular(typ, form), version: Number(version) });
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      return { ok: false, fel: "Du har inte behörighet att ändra innehållet." };
    }
    throw error;
  }
  if (utfall.ok) return { ok: true, version: String(utfall.version), sparad: utfall.sparad.toISOString() };
  if (utfall.orsak === "finns-inte") return { ok: false, fel: "Det här innehållet finns inte längre." };
  if (utfall.orsak === "ogiltig") return { ok: false, fel: `Utkastet sparas inte automatiskt förrän felen är rättade: ${Object.values(utfall.fel)[0]} Spara utkast visar alla fel.` };
  return {
    ok: false,
    version: String(utfall.aktuell.version),
    konflikt: { varden: tillFormular(typ, utfall.aktuell.data), av: utfall.aktuell.av },
    fel: `${utfall.aktuell.av ?? "Någon annan"} sparade ${typ.namn} medan du skrev, så din text sparas inte automatiskt längre. Den finns kvar i formuläret och den sparade texten visas nedanför. Jämför, ändra det som behövs och spara igen.`,
  };
}

/** The open editor's heartbeat: marks the editor present and answers who else has the item open. */
export async function narvaroPuls(typNamn: string, nyckel: string): Promise<string[]> {
  argument([slugArgument, z.string().min(1).max(120)], [typNamn, nyckel]);
  const user = await currentUser();
  if (!user) return [];
  try {
    return (await narvaro(db, user, typNamn, nyckel)) ?? [];
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      return [];
    }
    throw error;
  }
}

/** "Skapa en lättläst version" / "Skapa en engelsk version" on a page's edit view: a plain form. */
export async function skapaSprakversionen(form: FormData): Promise<void> {
  argument([formularArgument], [form]);
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const [typNamn, nyckel] = argument([slugArgument, slugArgument], [form.get("typ"), form.get("nyckel")]);
  let utfall;
  try {
    utfall = await skapaSprakversion(db, user, typNamn, nyckel);
  } catch (error) {
    if (error instanceof ForbiddenError) {
      await nekad(user.id, "innehall.redigera", `${typNamn}/${nyckel}`);
      redirect("/personal/ingen-behorighet");
    }
    throw error;
  }
  if (!utfall.ok && utfall.orsak === "finns-inte") notFound();
  redirect(`${adressTill(typNamn, nyckel)}${utfall.ok ? "?sparad=sprakversion" : ""}`);
}
