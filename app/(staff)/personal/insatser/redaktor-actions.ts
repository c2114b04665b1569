"use server";

import { argument, formularArgument, slugArgument, tillstandArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { arkiveraInsats, redigeraInsats, skapaInsats } from "@/lib/insatser/redigera";
import { nyInsatsSchema, redigeringSchema } from "@/lib/insatser/schema";

export interface RedaktorState {
  varden: { titel: string; beskrivning: string; ansvarigEnhet: string; parent?: string; skolor?: string[]; version?: string };
  fel: Record<string, string | undefined>;
}

const nekad = "Du har inte behörighet att redigera insatser.";
const forsta = (f: Record<string, string[] | undefined>) => Object.fromEntries(Object.entries(f).map(([k, v]) => [k, v?.[0]]));

async function inloggad() {
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  return user;
}

// Takes the insats's slug from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export async function redigera(_prev: RedaktorState, form: FormData): Promise<RedaktorState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [slug] = argument([slugArgument], [form.get("slug")]);
  const varden = {
    titel: String(form.get("titel") ?? ""),
    beskrivning: String(form.get("beskrivning") ?? ""),
    ansvarigEnhet: String(form.get("ansvarigEnhet") ?? ""),
    skolor: form.getAll("skolor").map(String),
    version: String(form.get("version") ?? ""),
  };
  const user = await inloggad();
  const parsed = redigeringSchema.safeParse(varden);
  if (!parsed.success) return { varden, fel: forsta(parsed.error.flatten().fieldErrors) };
  try {
    const utfall = await redigeraInsats(db, user, slug, parsed.data);
    if (!utfall.ok) {
      const text = {
        "finns-inte": "Insatsen finns inte längre.",
        "okand-skola": "En av de valda skolorna finns inte. Ladda om sidan och välj igen.",
        konflikt: "Någon annan har ändrat insatsen medan du skrev. Ladda om sidan för att se ändringen; kopiera din text först om du vill behålla den.",
      }[utfall.orsak];
      return { varden, fel: { formular: text } };
    }
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden, fel: { formular: nekad } };
    throw error;
  }
  redirect(`/personal/insatser/${slug}?sparad=1`);
}

export async function skapa(_prev: RedaktorState, form: FormData): Promise<RedaktorState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const varden = {
    titel: String(form.get("titel") ?? ""),
    beskrivning: String(form.get("beskrivning") ?? ""),
    ansvarigEnhet: String(form.get("ansvarigEnhet") ?? ""),
    parent: String(form.get("parent") ?? ""),
  };
  const user = await inloggad();
  const parsed = nyInsatsSchema.safeParse(varden);
  if (!parsed.success) return { varden, fel: forsta(parsed.error.flatten().fieldErrors) };
  let slug: string;
  try {
    const utfall = await skapaInsats(db, user, parsed.data);
    if (!utfall.ok) return { varden, fel: { parent: "Den överordnade insatsen finns inte." } };
    slug = utfall.slug;
  } catch (error) {
    if (error instanceof ForbiddenError) return { varden, fel: { formular: nekad } };
    throw error;
  }
  redirect(`/personal/insatser/${slug}?skapad=1`);
}

export async function arkivera(slug: string) {
  argument([slugArgument], [slug]);
  const user = await inloggad();
  try {
    await arkiveraInsats(db, user, slug);
  } catch (error) {
    if (error instanceof ForbiddenError) redirect("/personal/ingen-behorighet");
    throw error;
  }
  redirect(`/personal/insatser/${slug}?arkiverad=1`);
}
