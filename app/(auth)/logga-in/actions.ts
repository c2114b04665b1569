"use server";

import { AuthError, CredentialsSignin } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { siteUrl } from "@/lib/config";
import { ENHETSKAKA, enhetskaka, enhetskakansLivstid } from "@/lib/auth/strypning";
import { signIn } from "@/lib/auth";
import { inloggningsfel } from "@/lib/auth/login";
import { inloggningSchema } from "@/lib/auth/schema";

export interface InloggningState {
  email: string;
  fel: { email?: string; password?: string; formular?: string };
}

export async function loggaIn(_prev: InloggningState, form: FormData): Promise<InloggningState> {
  const email = String(form.get("email") ?? "");
  const parsed = inloggningSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    return { email, fel: { email: f.email?.[0], password: f.password?.[0] } };
  }
  try {
    // No redirect from Auth.js: its target would be absolute; this one stays on the host in use.
    await signIn("credentials", { ...parsed.data, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const orsak = error.code === "avstangd" ? error.code : "fel";
      return { email, fel: { formular: inloggningsfel(orsak) } };
    }
    if (error instanceof AuthError) return { email, fel: { formular: "Inloggningen misslyckades. Försök igen om en stund." } };
    throw error;
  }
  // This browser is now a known device for the account: a stranger's failures elsewhere do not slow it.
  (await cookies()).set(ENHETSKAKA, enhetskaka(parsed.data.email), {
    httpOnly: true,
    sameSite: "lax",
    secure: new URL(siteUrl()).protocol === "https:",
    path: "/",
    maxAge: enhetskakansLivstid,
  });
  redirect("/personal");
}
