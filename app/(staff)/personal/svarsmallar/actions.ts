"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { idArgument } from "@/lib/http/argument";
import { personalAtgard, type Formularsvar } from "@/lib/atgard/personal";
import { andraSvarsmall, skapaSvarsmall, svarsmallSchema, taBortSvarsmall } from "@/lib/synpunkter/svarsmallar";

export type SvarsmallState = Formularsvar;

const nekad = "Du har inte behörighet att hantera svarsmallar.";
const mall = { id: idArgument };

export const skapa = personalAtgard<SvarsmallState, typeof svarsmallSchema>({
  behorighet: "svarsmall.hantera",
  objekt: () => "svarsmall/ny",
  falt: ["namn", "typ", "text"],
  schema: svarsmallSchema,
  nekad,
  async utfor({ user, data }) {
    await skapaSvarsmall(db, user, data);
    redirect("/personal/svarsmallar?klart=skapad");
  },
});

// The template's id comes as a form field, not a bound argument (Next.js issue 57867).
export const andra = personalAtgard<SvarsmallState, typeof svarsmallSchema, typeof mall>({
  behorighet: "svarsmall.hantera",
  objekt: ({ argument }) => `svarsmall/${argument.id}`,
  argument: mall,
  falt: ["namn", "typ", "text"],
  schema: svarsmallSchema,
  nekad,
  async utfor({ user, argument: { id }, data, svar }) {
    if (!(await andraSvarsmall(db, user, id, data))) return svar({ formular: "Mallen finns inte längre. Ladda om sidan." });
    redirect("/personal/svarsmallar?klart=sparad");
  },
});

export const taBort = personalAtgard<SvarsmallState, undefined, typeof mall>({
  behorighet: "svarsmall.hantera",
  objekt: ({ argument }) => `svarsmall/${argument.id}`,
  argument: mall,
  falt: [],
  nekad,
  async utfor({ user, argument: { id } }) {
    await taBortSvarsmall(db, user, id);
    redirect("/personal/svarsmallar?klart=borttagen");
  },
});
