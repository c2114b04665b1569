import Link from "next/link";
import { db } from "@/lib/db";
import { kopplingsvy } from "@/lib/synpunkter/koppling";
import { Kopplingsform, TaBortKoppling } from "./koppling-formular";

/** "Samma ärende" on the staff case page: the main case, or the cases linked to this one, and the forms. */
export async function Koppling({ synpunktId, lopnummer }: { synpunktId: string; lopnummer: number }) {
  const vy = await kopplingsvy(db, synpunktId);
  return (
    <section aria-labelledby="koppling" className="mt-6 max-w-2xl rounded-sm border border-line bg-white p-4">
      <h2 id="koppling" className="text-xl font-bold">
        Samma ärende
      </h2>
      {vy.huvudarende ? (
        <>
          <p className="mt-1 max-w-prose">
            Kopplat till ärende <Link href={`/personal/synpunkter/${vy.huvudarende.lopnummer}`}>{vy.huvudarende.nummer}</Link> och handläggs
            där. Svaren i det ärendet går också till den här avsändaren.
          </p>
          <p className="mt-1 max-w-prose text-sm text-muted">
            Tar du bort kopplingen öppnas ärendet igen med nya frister, och avsändaren får besked.
          </p>
          <TaBortKoppling lopnummer={lopnummer} />
        </>
      ) : (
        <>
          {vy.kopplade.length > 0 ? (
            <>
              <p className="mt-1 max-w-prose">
                Kopplade ärenden. Svar och besked i det här ärendet går också till deras avsändare, med var och ens eget namn och
                ärendenummer.
              </p>
              <ul className="mt-2 list-disc pl-5">
                {vy.kopplade.map((k) => (
                  <li key={k.lopnummer}>
                    <Link href={`/personal/synpunkter/${k.lopnummer}`}>{k.nummer}</Link>
                    {k.nyttMeddelande && <strong className="ml-2 rounded-sm border-2 border-warn px-1 text-sm">Nytt meddelande</strong>}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1 max-w-prose">Har någon annan skrivit om samma sak? Koppla ärendena så handläggs de som ett.</p>
          )}
          <Kopplingsform lopnummer={lopnummer} />
        </>
      )}
    </section>
  );
}
