import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { getForvaltning, getNavigering } from "@/lib/innehall/queries";
import { ellerNull } from "@/lib/reserv";

// Rendered on the server at request time from cached data (see lib/cache.ts): the database,
// not the build, is the source of every page.
export const dynamic = "force-dynamic";

export default async function PublicLayout({ children }: { children: React.ReactNode }) {
  const [forvaltning, sidor] = await Promise.all([
    ellerNull(getForvaltning(), "förvaltningens kontaktuppgifter"),
    ellerNull(getNavigering(), "sidorna i huvudmenyn"),
  ]);
  return (
    <>
      <SiteHeader sidor={sidor ?? []} />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        {children}
      </main>
      <SiteFooter kontakt={forvaltning} />
    </>
  );
}
