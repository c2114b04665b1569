import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { SiteHeader } from "@/components/site-header";
import { entraAktiverad, signIn } from "@/lib/auth";
import { currentUser } from "@/lib/auth/session";
import { InloggningsFormular } from "./form";

export const metadata: Metadata = { title: "Logga in för personal", robots: { index: false } };

export default async function LoggaInPage() {
  if (await currentUser()) redirect("/personal");
  return (
    <>
      <SiteHeader />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        <PageHeader titel="Logga in för personal" ingress="Här loggar medarbetare på grundskoleförvaltningen in för att uppdatera insatser och handlägga ärenden." />
        <InloggningsFormular />
        {entraAktiverad && (
          <form
            className="mt-8"
            action={async () => {
              "use server";
              await signIn("microsoft-entra-id", { redirectTo: "/personal" });
            }}
          >
            <button type="submit" className="rounded-sm border-2 border-brand px-5 py-2 font-semibold text-brand">
              Logga in med Göteborgs Stads konto
            </button>
          </form>
        )}
      </main>
    </>
  );
}
