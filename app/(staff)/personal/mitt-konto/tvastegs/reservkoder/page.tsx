import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePage, TVASTEGS } from "@/lib/auth/inloggad";
import { BekraftaFormular } from "../bekrafta";

export const metadata = { title: "Skapa nya reservkoder" };

export default async function NyaReservkoder() {
  const user = await requirePage("konto.eget");
  if (!user.tvastegs) redirect(TVASTEGS);
  return (
    <>
      <p className="text-sm">
        <Link href={TVASTEGS}>Tvåstegsverifiering</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Skapa nya reservkoder</h1>
      <p className="mt-4 max-w-prose">
        Du får tio nya reservkoder. Alla dina gamla reservkoder slutar fungera, också de du inte har använt. Bekräfta med ditt lösenord och
        en kod från appen.
      </p>
      <div className="mt-6">
        <BekraftaFormular
          atgard="reservkoder"
          knapp="Skapa nya reservkoder"
          kodHjalp="De sex siffror som appen visar för Grundskoleportalen just nu."
        />
      </div>
    </>
  );
}
