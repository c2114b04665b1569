import Link from "next/link";
import { redirect } from "next/navigation";
import { requirePage } from "@/lib/auth/inloggad";
import { BytLosenordFormular } from "./form";

export const metadata = { title: "Byt lösenord" };

export default async function BytLosenord() {
  const user = await requirePage("konto.eget", { kontoinstallning: true });
  if (!user.harLosenord) redirect("/personal/mitt-konto");
  return (
    <>
      {!user.losenordMasteBytas && (
        <p className="text-sm">
          <Link href="/personal/mitt-konto">Mitt konto</Link>
        </p>
      )}
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Byt lösenord</h1>
      {user.losenordMasteBytas ? (
        <p role="status" className="mt-4 max-w-prose border-l-4 border-brand bg-white p-3 font-semibold">
          Lösenordet du loggade in med valdes av en administratör. Välj ett eget lösenord innan du fortsätter.
        </p>
      ) : (
        <p className="mt-4 max-w-prose">När du har bytt lösenord loggas du ut på alla andra enheter.</p>
      )}
      <div className="mt-6">
        <BytLosenordFormular />
      </div>
    </>
  );
}
