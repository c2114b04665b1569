"use server";

import { argument, formularArgument, slugArgument, tillstandArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { ForbiddenError } from "@/lib/auth/permissions";
import { currentUser } from "@/lib/auth/session";
import { uppdateringSchema } from "@/lib/insatser/schema";
import { statusEtikett } from "@/lib/insatser/status";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";
import { requestLogger } from "@/lib/logger";

export interface UppdateringState {
  varden: { status: string; progress: string; kommentar: string; version: string };
  fel: { status?: string; progress?: string; kommentar?: string; formular?: string };
}

// Takes the insats's slug from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export async function sparaUppdatering(_prev: UppdateringState, form: FormData): Promise<UppdateringState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [slug] = argument([slugArgument], [form.get("slug")]);
  const varden = {
    status: String(form.get("status") ?? ""),
    progress: String(form.get("progress") ?? ""),
    kommentar: String(form.get("kommentar") ?? ""),
    version: String(form.get("version") ?? ""),
  };
  const user = await currentUser();
  if (!user) redirect("/logga-in");
  const parsed = uppdateringSchema.safeParse(varden);
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    return { varden, fel: { status: f.status?.[0], progress: f.progress?.[0], kommentar: f.kommentar?.[0], formular: f.version?.[0] && "Sidan är för gammal. Ladda om den och försök igen." } };
  }
  try {
    const utfall = await uppdateraInsats(db, user, slug, parsed.data);
    if (!utfall.ok && utfall.orsak === "finns-inte") return { varden, fel: { formular: "Insatsen finns inte längre eller är arkiverad." } };
    if (!utfall.ok) {
      const a = utfall.aktuell;
      return {
        varden: { ...varden, version: String(a.version) },
        fel: {
          formular:
            `Någon annan sparade en ändring medan du skrev. Nu är status ${statusEtikett(a.status as never).toLowerCase()} och ${a.progress} % klart` +
            (a.senast ? ` (senast: ”${a.senast.kommentar}”, ${a.senast.forfattarNamn}).` : ".") +
            " Din text finns kvar: kontrollera och spara igen om den fortfarande stämmer.",
        },
      };
    }
  } catch (error) {
    if (error instanceof ForbiddenError) {
      (await requestLogger()).warn({ handelse: "behorighet.nekad", userId: user.id, handling: "insats.uppdatera", slug }, "Nekad åtgärd");
      return { varden, fel: { formular: "Du har inte behörighet att uppdatera den här insatsen." } };
    }
    throw error;
  }
  redirect(`/personal/insatser/${slug}?sparad=1`);
}
