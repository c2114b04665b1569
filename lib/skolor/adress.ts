// The school filter's address: one per choice of filters (stadsområde, årskurs, pilot, in that
// order, lower case, nothing empty or unknown), so nginx and the page cache keep one copy each
// (5 × 11 × 2 at most). proxy.ts sends every other spelling there (308), and hands the canonical
// one to the page cache as a path, which it caches (a query string it does not).
import { utanRsc } from "../http/fragestrang";
import { skolfilterSchema, type Skolfilter } from "./schema";

export type Skoladress = { typ: "sida"; sokvag: string } | { typ: "omdirigera"; adress: string };

const URVAL = "/skolor/urval";
const ALLA = "alla";

/** `?stadsomrade=…&arskurs=…&pilot=ja` with only the filters chosen, "" for none. */
export function kanoniskSkolstrang(filter: Skolfilter): string {
  const par = new URLSearchParams();
  if (filter.stadsomrade) par.set("stadsomrade", filter.stadsomrade.toLowerCase());
  if (filter.arskurs !== undefined) par.set("arskurs", String(filter.arskurs));
  if (filter.pilot) par.set("pilot", filter.pilot);
  const s = par.toString();
  return s ? `?${s}` : "";
}

/** Where a request for /skolor with this query string (`?…` as sent, or "") is answered. */
export function skoladress(sokstrang: string): Skoladress {
  const fore = utanRsc(sokstrang);
  const par = new URLSearchParams(fore);
  const filter = skolfilterSchema.parse({
    stadsomrade: par.get("stadsomrade") ?? undefined,
    arskurs: par.get("arskurs") ?? undefined,
    pilot: par.get("pilot") ?? undefined,
  });
  const kanonisk = kanoniskSkolstrang(filter);
  if (fore !== kanonisk) return { typ: "omdirigera", adress: `/skolor${kanonisk}` };
  if (!kanonisk) return { typ: "sida", sokvag: "/skolor" };
  const del = [filter.stadsomrade?.toLowerCase() ?? ALLA, filter.arskurs ?? ALLA, filter.pilot ? "pilot" : ALLA].join("_");
  return { typ: "sida", sokvag: `${URVAL}/${del}` };
}

/** The filters a filtered list's path segment stands for, or null when it is not a canonical one. */
export function filterFranSegment(segment: string): Skolfilter | null {
  const [stadsomrade, arskurs, pilot, ...rest] = segment.split("_");
  if (rest.length || pilot === undefined) return null;
  const filter = skolfilterSchema.parse({
    stadsomrade: stadsomrade === ALLA ? undefined : stadsomrade,
    arskurs: arskurs === ALLA ? undefined : arskurs,
    pilot: pilot === "pilot" ? "ja" : undefined,
  });
  const tillbaka = skoladress(kanoniskSkolstrang(filter));
  return tillbaka.typ === "sida" && tillbaka.sokvag === `${URVAL}/${segment}` ? filter : null;
}
