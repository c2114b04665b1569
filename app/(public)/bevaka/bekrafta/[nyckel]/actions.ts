"use server";

import { redirect } from "next/navigation";
import { publiktFormular } from "@/lib/atgard/publik";
import { bekraftaBevakning } from "@/lib/bevakning/bevaka";
import { hanteraToken } from "@/lib/bevakning/nyckel";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";

export const bekrafta = publiktFormular(["nyckel"], async ({ nyckel }) => {
  const prenumerantId = await bekraftaBevakning(db, nyckel);
  if (!prenumerantId) redirect(`/bevaka/bekrafta/${encodeURIComponent(nyckel)}`);
  (await requestLogger()).info({ handelse: "bevakning.bekraftad" }, "Bevakning bekräftad");
  redirect(`/bevaka/hantera/${hanteraToken(prenumerantId)}?klart=bekraftad`);
});
