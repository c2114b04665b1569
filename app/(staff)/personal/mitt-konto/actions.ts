"use server";

import { formularArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { lasFalt } from "@/lib/atgard/formular";
import { personalAnrop } from "@/lib/atgard/personal";
import { avslutaAllaSessioner, avslutaEgenSession } from "@/lib/auth/sessioner";

/** Ends one of the signed-in person's sessions (on another device, or this one). */
export const avslutaSession = personalAnrop({
  argument: [formularArgument],
  behorighet: "konto.eget",
  async utfor(user, form): Promise<void> {
    const nyckel = lasFalt(form, ["session"]).varden.session;
    await avslutaEgenSession(db, user.id, nyckel);
    redirect(nyckel === user.sessionsnyckel ? "/logga-in?utloggad=1" : "/personal/mitt-konto?avslutad=1");
  },
});

/** Ends every session of the signed-in person except this browser's. */
export const avslutaAndraSessioner = personalAnrop({
  argument: [],
  behorighet: "konto.eget",
  async utfor(user): Promise<void> {
    await avslutaAllaSessioner(db, user.id, user.sessionsnyckel);
    redirect("/personal/mitt-konto?avslutad=alla");
  },
});
