"use server";

import { slugArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { personalAtgard } from "@/lib/atgard/personal";
import { can } from "@/lib/auth/permissions";
import { uppdateringSchema } from "@/lib/insatser/schema";
import { statusEtikett } from "@/lib/insatser/status";
import { uppdateraInsats } from "@/lib/insatser/uppdatera";

export interface UppdateringState {
  varden: { status: string; progress: string; kommentar: string; version: string };
  fel: { status?: string; progress?: string; kommentar?: string; formular?: string };
}

// Takes the insats's slug from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export const sparaUppdatering = personalAtgard<UppdateringState, typeof uppdateringSchema, { slug: typeof slugArgument }>({
  behorighet: "insats.uppdatera",
  // A rektor with a school may try; lib/insatser/uppdatera.ts checks that the insats concerns it.
  kan: (user) => can(user, "insats.uppdatera", { skolor: user.skolaId ? [user.skolaId] : [] }),
  objekt: ({ argument }) => argument.slug,
  argument: { slug: slugArgument },
  falt: ["status", "progress", "kommentar", "version"],
  schema: uppdateringSchema,
  nekad: "Du har inte behörighet att uppdatera den här insatsen.",
  svar: (f, { varden: { status, progress, kommentar, version } }) => ({
    varden: { status, progress, kommentar, version },
    fel: f.formular
      ? { formular: f.formular }
      : {
          status: f.status,
          progress: f.progress,
          kommentar: f.kommentar,
          formular: f.version && "Sidan är för gammal. Ladda om den och försök igen.",
        },
  }),
  async utfor({ user, argument: { slug }, data, svar }) {
    const utfall = await uppdateraInsats(db, user, slug, data);
    if (!utfall.ok && utfall.orsak === "finns-inte") return svar({ formular: "Insatsen finns inte längre eller är arkiverad." });
    if (!utfall.ok) {
      const a = utfall.aktuell;
      const s = svar({
        formular:
          `Någon annan sparade en ändring medan du skrev. Nu är status ${statusEtikett(a.status as never).toLowerCase()} och ${a.progress} % klart` +
          (a.senast ? ` (senast: ”${a.senast.kommentar}”, ${a.senast.forfattarNamn}).` : ".") +
          " Din text finns kvar: kontrollera och spara igen om den fortfarande stämmer.",
      });
      return { ...s, varden: { ...s.varden, version: String(a.version) } };
    }
    redirect(`/personal/insatser/${slug}?sparad=1`);
  },
});
