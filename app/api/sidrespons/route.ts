// The answer to "Hittade du det du letade efter?" (components/innehall/sidrespons.tsx): a plain
// form post, so the page it sits on stays cached and the same for everyone. Answered with 303 to
// the thanks page, where a Nej can get its comment.
import { getSida } from "@/lib/innehall/queries";
import { sidresponsSchema, taEmotSidrespons } from "@/lib/innehall/sidrespons";
import { db } from "@/lib/db";
import { klientadress } from "@/lib/http/klient";
import { franOssSjalva } from "@/lib/http/ursprung";
import { klientnyckel } from "@/lib/sakerhet/klientnyckel";

export const dynamic = "force-dynamic";

const sida = (status: number, text: string) =>
  new Response(
    `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Svaret kunde inte sparas</title></head><body><main><h1>Svaret kunde inte sparas</h1><p>${text}</p><p><a href="/">Till startsidan</a></p></main></body></html>`,
    { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } },
  );

const tillbaka = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

export async function GET() {
  return tillbaka("/");
}

export async function POST(request: Request) {
  if (!franOssSjalva(request)) return sida(403, "Svaret måste skickas från sidan det gäller.");
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return sida(400, "Formuläret gick inte att läsa. Gå tillbaka till sidan och försök igen.");
  }
  const data = sidresponsSchema.safeParse({ sida: form.get("sida"), svar: form.get("svar") });
  if (!data.success) return sida(400, "Svaret gick inte att läsa. Gå tillbaka till sidan och välj Ja eller Nej.");
  const finns = (await getSida(data.data.sida).catch(() => null)) !== null;
  const utfall = await taEmotSidrespons(db, data.data, finns, klientnyckel(klientadress(request.headers)));
  if (!utfall.ok)
    return utfall.orsak === "for-manga"
      ? sida(429, "Du har svarat många gånger på kort tid. Vänta en stund och försök igen.")
      : sida(404, "Sidan finns inte längre.");
  return tillbaka(`/hittade-du/${utfall.id}`);
}
