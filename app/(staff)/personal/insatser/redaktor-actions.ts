"use server";

import { slugArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { personalAnrop, personalAtgard, type Indata } from "@/lib/atgard/personal";
import { arkiveraInsats, redigeraInsats, skapaInsats } from "@/lib/insatser/redigera";
import { nyInsatsSchema, redigeringSchema } from "@/lib/insatser/schema";

export interface RedaktorState {
  varden: {
    titel: string;
    beskrivning: string;
    ansvarigEnhet: string;
    planeradStart?: string;
    planeradSlut?: string;
    parent?: string;
    skolor?: string[];
    version?: string;
  };
  fel: Record<string, string | undefined>;
}

const nekad = "Du har inte behörighet att redigera insatser.";
const TEXT = ["titel", "beskrivning", "ansvarigEnhet"] as const;
const PLAN = ["planeradStart", "planeradSlut"] as const;
const text = ({ varden }: Indata<unknown>) => ({
  titel: varden.titel,
  beskrivning: varden.beskrivning,
  ansvarigEnhet: varden.ansvarigEnhet,
});

// Takes the insats's slug from a form field, not a bound argument: without JavaScript, a bound action
// whose useActionState answers with a state (an error) never gets an answer (Next.js issue 57867).
export const redigera = personalAtgard<RedaktorState, typeof redigeringSchema, { slug: typeof slugArgument }>({
  behorighet: "insats.redigera",
  objekt: ({ argument }) => argument.slug,
  argument: { slug: slugArgument },
  falt: [...TEXT, ...PLAN, "version"],
  listor: ["skolor"],
  schema: redigeringSchema,
  nekad,
  svar: (fel, indata) => ({
    varden: {
      ...text(indata),
      planeradStart: indata.varden.planeradStart,
      planeradSlut: indata.varden.planeradSlut,
      skolor: indata.listor.skolor,
      version: indata.varden.version,
    },
    fel,
  }),
  async utfor({ user, argument: { slug }, data, svar }) {
    const utfall = await redigeraInsats(db, user, slug, data);
    if (!utfall.ok) {
      const text = {
        "finns-inte": "Insatsen finns inte längre.",
        "okand-skola": "En av de valda skolorna finns inte. Ladda om sidan och välj igen.",
        konflikt:
          "Någon annan har ändrat insatsen medan du skrev. Ladda om sidan för att se ändringen; kopiera din text först om du vill behålla den.",
      }[utfall.orsak];
      return svar({ formular: text });
    }
    redirect(`/personal/insatser/${slug}?sparad=1`);
  },
});

export const skapa = personalAtgard<RedaktorState, typeof nyInsatsSchema>({
  behorighet: "insats.redigera",
  objekt: () => "insats/ny",
  falt: [...TEXT, "parent"],
  schema: nyInsatsSchema,
  nekad,
  svar: (fel, indata) => ({ varden: { ...text(indata), parent: indata.varden.parent }, fel }),
  async utfor({ user, data, svar }) {
    const utfall = await skapaInsats(db, user, data);
    if (!utfall.ok) return svar({ parent: "Den överordnade insatsen finns inte." });
    redirect(`/personal/insatser/${utfall.slug}?skapad=1`);
  },
});

export const arkivera = personalAnrop({
  argument: [slugArgument],
  behorighet: "insats.redigera",
  objekt: ([slug]) => slug,
  async utfor(user, slug): Promise<void> {
    await arkiveraInsats(db, user, slug);
    redirect(`/personal/insatser/${slug}?arkiverad=1`);
  },
});
