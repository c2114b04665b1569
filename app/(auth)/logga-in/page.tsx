import type { Metadata } from "next";
import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { PageHeader } from "@/components/page-header";
import { SiteHeader } from "@/components/site-header";
import { entraAktiverad, signIn } from "@/lib/auth";
import { felFranAuthjs } from "@/lib/auth/login";
import { currentUser } from "@/lib/auth/inloggad";
import { logger } from "@/lib/logger";
import { InloggningsFormular } from "./form";

export const metadata: Metadata = { title: "Logga in för personal", robots: { index: false } };

type Props = { searchParams: Promise<{ error?: string; utloggad?: string; losenord?: string }> };

async function loggaInMedEntra() {
  "use server";
  let till: string;
  try {
    till = await signIn("microsoft-entra-id", { redirect: false, redirectTo: "/personal" });
  } catch (error) {
    // The provider cannot be reached (its discovery document, say): password sign-in still works.
    if (!(error instanceof AuthError)) throw error;
    logger.warn({ handelse: "inloggning.oidc_fel", typ: error.type }, "Entra ID svarar inte");
    till = "/logga-in?error=Tjanst";
  }
  redirect(till);
}

export default async function LoggaInPage({ searchParams }: Props) {
  if (await currentUser()) redirect("/personal");
  const { error, utloggad, losenord } = await searchParams;
  const fel = error ? felFranAuthjs(error) : null;
  return (
    <>
      <SiteHeader />
      <main id="huvudinnehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
        <PageHeader
          titel="Logga in för personal"
          ingress="Här loggar medarbetare på grundskoleförvaltningen in för att uppdatera insatser och handlägga ärenden."
        />
        {utloggad && !fel && (
          <p role="status" className="mb-6 border-l-4 border-ok bg-white p-3 font-semibold">
            Du är utloggad.
          </p>
        )}
        {losenord === "nytt" && !fel && (
          <p role="status" className="mb-6 border-l-4 border-ok bg-white p-3 font-semibold">
            Ditt nya lösenord är sparat. Logga in med det.
          </p>
        )}
        {fel && (
          <p role="alert" className="mb-6 border-l-4 border-stop bg-white p-3 font-semibold">
            {fel}
          </p>
        )}
        <InloggningsFormular />
        {entraAktiverad && (
          <form className="mt-8" action={loggaInMedEntra}>
            <button type="submit" className="rounded-sm border-2 border-brand px-5 py-2 font-semibold text-brand">
              Logga in med Göteborgs Stads konto
            </button>
          </form>
        )}
      </main>
    </>
  );
}
