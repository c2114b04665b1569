// The public diarium's address: one per choice of filters and page (år, månad, typ, status, sida, in that
// order, lower case, nothing empty, unknown or on its default), so nginx keeps one copy each.
// proxy.ts sends every other spelling there (308) and marks that one shareable.
import { utanRsc } from "../http/fragestrang";
import { diariefilterSchema, type Diariefilter } from "./diarium";

export type Diarieadress = { typ: "sida"; filter: Diariefilter } | { typ: "omdirigera"; adress: string };

/** `?ar=2026&typ=klagomal&status=besvarad&sida=2` with only what is chosen, "" for none. */
export function kanoniskDiariestrang(filter: Diariefilter): string {
  const par = new URLSearchParams();
  if (filter.ar) par.set("ar", String(filter.ar));
  if (filter.ar && filter.manad) par.set("manad", String(filter.manad));
  if (filter.typ) par.set("typ", filter.typ.toLowerCase());
  if (filter.status) par.set("status", filter.status.toLowerCase());
  if (filter.sida) par.set("sida", String(filter.sida));
  const s = par.toString();
  return s ? `?${s}` : "";
}

/** The filters in a query string (the first of each; anything unknown dropped). */
export function diariefilter(sokstrang: string): Diariefilter {
  const par = new URLSearchParams(sokstrang);
  return diariefilterSchema.parse({
    ar: par.get("ar") ?? undefined,
    manad: par.get("manad") ?? undefined,
    typ: par.get("typ") ?? undefined,
    status: par.get("status") ?? undefined,
    sida: par.get("sida") ?? undefined,
  });
}

/** Where a request for /diarium with this query string (`?…`, or "") is answered. */
export function diarieadress(sokstrang: string): Diarieadress {
  const fore = utanRsc(sokstrang);
  const filter = diariefilter(fore);
  const kanonisk = kanoniskDiariestrang(filter);
  return fore === kanonisk ? { typ: "sida", filter } : { typ: "omdirigera", adress: `/diarium${kanonisk}` };
}
