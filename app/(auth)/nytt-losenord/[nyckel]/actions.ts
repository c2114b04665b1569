"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { LANKFORM, valjNyttLosenord } from "@/lib/auth/losenordslank";
import { nyttLosenordViaLankSchema } from "@/lib/auth/schema";
import { db } from "@/lib/db";
import { argument, formularArgument, tillstandArgument } from "@/lib/http/argument";

export interface NyttLosenordState {
  fel: Record<string, string | undefined>;
}

const nyckelArgument = z.string().regex(LANKFORM);

// The key comes in a form field, not a bound argument: without JavaScript, a bound action whose
// useActionState returns a state (an error) got no answer at all.
export async function valjLosenord(_prev: NyttLosenordState, form: FormData): Promise<NyttLosenordState> {
  argument([tillstandArgument, formularArgument], [_prev, form]);
  const [nyckel] = argument([nyckelArgument], [form.get("nyckel")]);
  // Passwords are never sent back to the browser: on an error the fields start empty.
  const parsed = nyttLosenordViaLankSchema.safeParse({ nytt: form.get("nytt") ?? "", upprepa: form.get("upprepa") ?? "" });
  if (!parsed.success) return { fel: Object.fromEntries(Object.entries(parsed.error.flatten().fieldErrors).map(([k, v]) => [k, v?.[0]])) };
  const utfall = await valjNyttLosenord(db, nyckel, parsed.data);
  if (!utfall.ok) return { fel: utfall.fel };
  redirect("/logga-in?losenord=nytt");
}
