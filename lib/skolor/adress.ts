// The school filter's address: one per choice of filters (stadsområde, årskurs, pilot, in that
// order, lower case, nothing empty or unknown), so nginx keeps one copy each (5 × 11 × 2 at
// most). proxy.ts sends every other spelling there (308) and marks that one shareable.
import { utanRsc } from "../http/fragestrang";
import { skolfilterSchema, type Skolfilter } from "./schema";

export type Skoladress = { typ: "sida"; filter: Skolfilter } | { typ: "omdirigera"; adress: string };

/** `?stadsomrade=…&arskurs=…&pilot=ja` with only the filters chosen, "" for none. */
export function kanoniskSkolstrang(filter: Skolfilter): string {
  const par = new URLSearchParams();
  if (filter.stadsomrade) par.set("stadsomrade", filter.stadsomrade.toLowerCase());
  if (filter.arskurs !== undefined) par.set("arskurs", String(filter.arskurs));
  if (filter.pilot) par.set("pilot", filter.pilot);
  const s = par.toString();
  return s ? `?${s}` : "";
}

/** The filters in a query string (the first of each; anything unknown dropped). */
export function skolfilter(sokstrang: string): Skolfilter {
  const par = new URLSearchParams(sokstrang);
  return skolfilterSchema.parse({
    stadsomrade: par.get("stadsomrade") ?? undefined,
    arskurs: par.get("arskurs") ?? undefined,
    pilot: par.get("pilot") ?? undefined,
  });
}

/** Where a request for /skolor with this query string (`?…`, or "") is answered. */
export function skoladress(sokstrang: string): Skoladress {
  const fore = utanRsc(sokstrang);
  const filter = skolfilter(fore);
  const kanonisk = kanoniskSkolstrang(filter);
  return fore === kanonisk ? { typ: "sida", filter } : { typ: "omdirigera", adress: `/skolor${kanonisk}` };
}
