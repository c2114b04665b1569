import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { TelefonKalla } from "@/components/telefon";
import { Driftinformation } from "@/components/driftinformation";
import { aktuella, getDriftmeddelanden } from "@/lib/innehall/driftinformation";
import { getForvaltning, getNavigering } from "@/lib/innehall/queries";
import { ellerNull } from "@/lib/reserv";
import { RESERVLAGE } from "@/runtime/reservlage.mjs";

// Every page here is kept in the page cache (see lib/cache.ts) and made again in the background
// at most once a second while requested, or at once when a staff change expires its tags. The
// one second is also the s-maxage a proxy in front may keep the page for.
export const revalidate = 1;

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [forvaltning, sidor, drift] = await Promise.all([
    ellerNull(getForvaltning(), "förvaltningens kontaktuppgifter"),
    ellerNull(getNavigering(), "sidorna i huvudmenyn"),
    ellerNull(getDriftmeddelanden(), "driftinformationen"),
  ]);
  return (
    <>
      {(forvaltning === null || sidor === null) && <div hidden {...{ [RESERVLAGE]: "" }} />}
      <SiteHeader sidor={sidor ?? []} />
      {/* Those whose period is on as the page is made: pages are made again within a second (revalidate). */}
      <Driftinformation meddelanden={aktuella(drift ?? [])} />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        <TelefonKalla telefon={forvaltning?.telefon}>{children}</TelefonKalla>
      </main>
      <SiteFooter kontakt={forvaltning} />
      {/* The usage figures (README "Besöksstatistik"): the same on every page, so the page stays
          cacheable; the script sends the path, the image's request has the page as its Referer. */}
      <script async src="/besok.js" />
      <noscript>
        {/* eslint-disable-next-line @next/next/no-img-element -- a counter, not a picture */}
        <img src="/api/besok" alt="" width={1} height={1} className="absolute" />
      </noscript>
    </>
  );
}
