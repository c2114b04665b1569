"use server";

import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { publiktFormular } from "@/lib/atgard/publik";
import { requestLogger } from "@/lib/logger";
import { avregistrera } from "@/lib/synpunkter/arende";
import { kontrollera } from "@/lib/sakerhet/signatur";

export const bekraftaAvregistrering = publiktFormular(["token"], async ({ token }) => {
  const id = kontrollera(token, "avregistrera");
  if (!id || !(await avregistrera(db, id))) redirect("/avregistrera/ogiltig");
  (await requestLogger()).info({ handelse: "synpunkt.avregistrerad", via: "sida" }, "Avsändaren slutade få e-post om ärendet");
  redirect(`/avregistrera/${encodeURIComponent(token)}?klart=1`);
});
