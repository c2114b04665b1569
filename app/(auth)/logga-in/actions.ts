"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { faltfel } from "@/lib/atgard/faltfel";
import { KodKravs, signIn } from "@/lib/auth";
import { inloggningsfel, lasHalvinloggning, type Orsak } from "@/lib/auth/login";
import { db } from "@/lib/db";
import { inloggningSchema, kodSchema } from "@/lib/auth/schema";
import { ENHETSKAKA, enhetskaka, enhetskakansLivstid } from "@/lib/auth/strypning";
import { siteUrl } from "@/lib/config";

export interface InloggningState {
  email: string;
  /** Set between the password and the code step: the signed proof that the password was right. */
  halv?: string;
  fel: { email?: string; password?: string; kod?: string; formular?: string };
}

const ORSAKER: Orsak[] = ["fel", "avstangd", "kod", "utgangen"];

export async function loggaIn(_prev: InloggningState, form: FormData): Promise<InloggningState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const email = String(form.get("email") ?? "");
  const halv = form.get("halv");
  let data: Record<string, string>;
  // The account the known-device cookie is for: never the address a form says, only a checked one.
  let kontoEpost: () => Promise<string | undefined>;
  if (typeof halv === "string" && halv) {
    const parsed = kodSchema.safeParse({ halv, kod: form.get("kod") ?? "" });
    if (!parsed.success) return { email, halv, fel: { kod: faltfel(parsed.error).kod } };
    data = parsed.data;
    const userId = lasHalvinloggning(halv);
    kontoEpost = async () => (userId ? (await db.user.findUnique({ where: { id: userId }, select: { email: true } }))?.email : undefined);
  } else {
    const parsed = inloggningSchema.safeParse({ email, password: form.get("password") ?? "" });
    if (!parsed.success) {
      const f = faltfel(parsed.error);
      return { email, fel: { email: f.email, password: f.password } };
    }
    data = parsed.data;
    kontoEpost = async () => parsed.data.email;
  }
  try {
    // No redirect from Auth.js: its target would be absolute; this one stays on the host in use.
    await signIn("credentials", { ...data, redirect: false });
  } catch (error) {
    if (error instanceof KodKravs) return { email, halv: error.halv, fel: {} };
    if (error instanceof CredentialsSignin) {
      const orsak = ORSAKER.find((o) => o === error.code) ?? "fel";
      if (orsak === "kod") return { email, halv: String(halv), fel: { kod: inloggningsfel(orsak) } };
      return { email, fel: { formular: inloggningsfel(orsak) } };
    }
    if (error instanceof AuthError) return { email, fel: { formular: "Inloggningen misslyckades. Försök igen om en stund." } };
    throw error;
  }
  // This browser is now a known device for the account: a stranger's failures elsewhere do not slow it.
  const konto = await kontoEpost();
  if (konto) {
    (await cookies()).set(ENHETSKAKA, enhetskaka(konto), {
      httpOnly: true,
      sameSite: "lax",
      secure: new URL(siteUrl()).protocol === "https:",
      path: "/",
      maxAge: enhetskakansLivstid,
    });
  }
  redirect("/personal");
}
