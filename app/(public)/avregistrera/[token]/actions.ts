"use server";

import { argument, formularArgument } from "@/lib/http/argument";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";
import { avregistrera } from "@/lib/synpunkter/arende";
import { kontrollera } from "@/lib/sakerhet/signatur";

export async function bekraftaAvregistrering(form: FormData): Promise<void> {
  argument([formularArgument], [form]);
  const token = typeof form.get("token") === "string" ? String(form.get("token")) : "";
  const id = kontrollera(token, "avregistrera");
  if (!id || !(await avregistrera(db, id))) redirect("/avregistrera/ogiltig");
  (await requestLogger()).info({ handelse: "synpunkt.avregistrerad", via: "sida" }, "Avsändaren slutade få e-post om ärendet");
  redirect(`/avregistrera/${encodeURIComponent(token)}?klart=1`);
}
