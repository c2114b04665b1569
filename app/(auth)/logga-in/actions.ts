"use server";

import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";
import { AuthError, CredentialsSignin } from "next-auth";
import { signIn } from "@/lib/auth";
import { inloggningsfel } from "@/lib/auth/login";
import { inloggningSchema } from "@/lib/auth/schema";

export interface InloggningState {
  email: string;
  fel: { email?: string; password?: string; formular?: string };
}

export async function loggaIn(_prev: InloggningState, form: FormData): Promise<InloggningState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const email = String(form.get("email") ?? "");
  const parsed = inloggningSchema.safeParse({ email, password: form.get("password") ?? "" });
  if (!parsed.success) {
    const f = parsed.error.flatten().fieldErrors;
    return { email, fel: { email: f.email?.[0], password: f.password?.[0] } };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/personal" });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      const orsak = error.code === "last" || error.code === "avstangd" ? error.code : "fel";
      return { email, fel: { formular: inloggningsfel(orsak) } };
    }
    if (error instanceof AuthError) return { email, fel: { formular: "Inloggningen misslyckades. Försök igen om en stund." } };
    throw error; // the redirect to /personal on success
  }
  return { email, fel: {} };
}
