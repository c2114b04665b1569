"use server";

import { notFound, redirect } from "next/navigation";
import { publiktFormular } from "@/lib/atgard/publik";
import { andraFrekvens, avslutaAlla, avslutaBevakning } from "@/lib/bevakning/bevaka";
import { prenumerantAvToken } from "@/lib/bevakning/nyckel";
import { frekvensSchema } from "@/lib/bevakning/schema";
import { db } from "@/lib/db";
import { requestLogger } from "@/lib/logger";

// A subscription's id as the page writes it; anything else is answered before the database sees it.
const ID = /^[A-Za-z0-9_-]{1,64}$/;

const sida = (token: string, klart: string) => `/bevaka/hantera/${encodeURIComponent(token)}?klart=${klart}`;

export const sparaFrekvens = publiktFormular(["token", "bevakningId", "frekvens"], async ({ token, bevakningId, frekvens }) => {
  const id = prenumerantAvToken(token);
  const f = frekvensSchema.safeParse(frekvens);
  if (!id || !f.success || !ID.test(bevakningId)) notFound();
  await andraFrekvens(db, id, bevakningId, f.data);
  redirect(sida(token, "andrad"));
});

export const slutaBevaka = publiktFormular(["token", "bevakningId"], async ({ token, bevakningId }) => {
  const id = prenumerantAvToken(token);
  if (!id || !ID.test(bevakningId)) notFound();
  if (await avslutaBevakning(db, id, bevakningId))
    (await requestLogger()).info({ handelse: "bevakning.avslutad", via: "sida" }, "Bevakning avslutad");
  redirect(sida(token, "avslutad"));
});

export const slutaBevakaAllt = publiktFormular(["token"], async ({ token }) => {
  const id = prenumerantAvToken(token);
  if (!id) notFound();
  if (await avslutaAlla(db, id))
    (await requestLogger()).info({ handelse: "bevakning.avslutad", via: "sida", alla: true }, "Alla bevakningar avslutade");
  redirect(sida(token, "alla"));
});
