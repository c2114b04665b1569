import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePage, TVASTEGS } from "@/lib/auth/inloggad";
import { KRAVS } from "@/lib/auth/tvastegs-installningar";
import { BekraftaFormular } from "../bekrafta";

export const metadata = { title: "Stäng av tvåstegsverifiering" };

export default async function StangAv() {
  const user = await requirePage("konto.eget");
  if (!user.tvastegs) redirect(TVASTEGS);
  return (
    <>
      <p className="text-sm">
        <Link href={TVASTEGS}>Tvåstegsverifiering</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Stäng av tvåstegsverifiering</h1>
      {user.tvastegsValfri ? (
        <>
          <p className="mt-4 max-w-prose">
            Utan tvåstegsverifiering räcker ditt lösenord för att logga in. Dina reservkoder slutar fungera, och nyckeln i appen kan tas
            bort. Bekräfta med ditt lösenord och en kod från appen.
          </p>
          <div className="mt-6">
            <BekraftaFormular
              atgard="stang-av"
              knapp="Stäng av tvåstegsverifiering"
              kodHjalp="De sex siffror som appen visar just nu, eller en oanvänd reservkod."
            />
          </div>
        </>
      ) : (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-brand bg-white p-3 font-semibold">
          {KRAVS}
        </p>
      )}
    </>
  );
}
