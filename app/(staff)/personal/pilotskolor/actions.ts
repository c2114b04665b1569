"use server";

import { formularArgument, slugArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { lasFalt } from "@/lib/atgard/formular";
import { personalAnrop } from "@/lib/atgard/personal";
import { pilotstegSchema, sattPilot, sattPilotsteg } from "@/lib/skolor/pilot";

const tillbaka = (ok: boolean, lyckat: string) => redirect(`/personal/pilotskolor?${ok ? lyckat : "fel=1"}`);

export const laggTill = personalAnrop({
  argument: [formularArgument],
  behorighet: "pilot.hantera",
  async utfor(user, form): Promise<void> {
    tillbaka((await sattPilot(db, user, lasFalt(form, ["skola"]).varden.skola, true)).ok, "tillagd=1");
  },
});

export const taBort = personalAnrop({
  argument: [slugArgument],
  behorighet: "pilot.hantera",
  objekt: ([slug]) => slug,
  async utfor(user, slug): Promise<void> {
    tillbaka((await sattPilot(db, user, slug, false)).ok, "borttagen=1");
  },
});

export const sparaSteg = personalAnrop({
  argument: [slugArgument, formularArgument],
  behorighet: "pilot.hantera",
  objekt: ([slug]) => slug,
  async utfor(user, slug, form): Promise<void> {
    const parsed = pilotstegSchema.safeParse(lasFalt(form).varden);
    if (!parsed.success) redirect("/personal/pilotskolor?fel=1");
    tillbaka((await sattPilotsteg(db, user, slug, parsed.data)).ok, "sparad=1");
  },
});
