"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { faltfel } from "@/lib/atgard/faltfel";
import { lasFalt } from "@/lib/atgard/formular";
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
  const parsed = nyttLosenordViaLankSchema.safeParse(lasFalt(form, ["nytt", "upprepa"]).varden);
  if (!parsed.success) return { fel: faltfel(parsed.error) };
  const utfall = await valjNyttLosenord(db, nyckel, parsed.data);
  if (!utfall.ok) return { fel: utfall.fel };
  redirect("/logga-in?losenord=nytt");
}
