import Link from "next/link";
import { notFound } from "next/navigation";
import { Progress, StatusBadge } from "@/components/status";
import { can } from "@/lib/auth/permissions";
import { requirePage } from "@/lib/auth/inloggad";
import { formatDatum } from "@/lib/datum";
import { insatsForRedigering } from "@/lib/insatser/dashboard";
import { dag } from "@/lib/insatser/planering";
import { statusEtikett } from "@/lib/insatser/status";
import { db } from "@/lib/db";
import { arkivera } from "../redaktor-actions";
import { RedigeraFormular } from "../redaktor-forms";
import { UppdateringsFormular } from "./form";
import { AgareSektion } from "../../innehall/se-over/agare";

type Props = {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ sparad?: string; skapad?: string; arkiverad?: string; agare?: string }>;
};

export default async function InsatsRedigering({ params, searchParams }: Props) {
  const user = await requirePage("insats.lasa");
  const { slug } = await params;
  const insats = await insatsForRedigering(slug);
  if (!insats) notFound();
  const { sparad, skapad, arkiverad, agare } = await searchParams;
  const redaktor = can(user, "insats.redigera");
  const skolor = redaktor ? await db.skola.findMany({ select: { id: true, namn: true }, orderBy: { namn: "asc" } }) : [];
  const far = can(user, "insats.uppdatera", { skolor: insats.skolor.map((s) => s.skolaId) }) && !insats.arkiverad;
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/insatser">Alla insatser</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">{insats.titel}</h1>
      {(sparad || skapad || arkiverad) && (
        <p role="status" className="mt-4 border-l-4 border-ok bg-white p-3 font-semibold">
          {skapad
            ? "Insatsen är skapad som planerad."
            : arkiverad
              ? "Insatsen är arkiverad och syns inte längre i de publika listorna."
              : "Uppdateringen är sparad och visas nu på den publika sidan."}
        </p>
      )}
      <p className="mt-4 flex flex-wrap items-center gap-3">
        <StatusBadge status={insats.status} /> <Progress value={insats.progress} /> <span>Ansvarig: {insats.ansvarigEnhet}</span>
      </p>
      <p className="mt-2">
        <Link href={`/insatser/${insats.slug}`}>Visa den publika sidan</Link>
      </p>
      <section aria-labelledby="uppdatera" className="mt-8">
        <h2 id="uppdatera" className="text-2xl font-bold">
          Ny uppdatering
        </h2>
        {far ? (
          <UppdateringsFormular
            slug={insats.slug}
            start={{ status: insats.status, progress: String(insats.progress), kommentar: "", version: String(insats.version) }}
          />
        ) : (
          <p className="mt-2">
            Du kan inte uppdatera den här insatsen.{" "}
            {user.roll === "REKTOR" ? "Rektorer uppdaterar insatser som berör den egna skolan." : ""}
          </p>
        )}
      </section>
      {redaktor && !insats.arkiverad && (
        <section aria-labelledby="redigera" className="mt-10 border-t border-line pt-8">
          <h2 id="redigera" className="text-2xl font-bold">
            Redigera uppgifter
          </h2>
          <div className="mt-4">
            <RedigeraFormular
              slug={insats.slug}
              skolor={skolor}
              start={{
                titel: insats.titel,
                beskrivning: insats.beskrivning,
                ansvarigEnhet: insats.ansvarigEnhet,
                planeradStart: dag(insats.planeradStart) ?? "",
                planeradSlut: dag(insats.planeradSlut) ?? "",
                skolor: insats.skolor.map((s) => s.skolaId),
                version: String(insats.version),
              }}
            />
          </div>
          <form action={arkivera.bind(null, insats.slug)} className="mt-8">
            <h3 className="text-lg font-bold">Arkivera</h3>
            <p className="max-w-prose">
              En arkiverad insats försvinner ur de publika listorna. Dess sida och historik finns kvar, märkta som arkiverade.
            </p>
            <button type="submit" className="mt-2 rounded-sm border-2 border-stop bg-white px-4 py-2 font-semibold text-stop">
              Arkivera insatsen
            </button>
          </form>
        </section>
      )}
      {redaktor && !insats.arkiverad && <AgareSektion slag="insats" id={insats.id} kvitto={agare} />}
      <section aria-labelledby="historik" className="mt-8">
        <h2 id="historik" className="text-2xl font-bold">
          Historik
        </h2>
        <ol className="mt-3 space-y-3">
          {insats.uppdateringar.map((u) => (
            <li key={u.id} className="border-l-4 border-brand-soft pl-3">
              <p className="text-sm text-muted">
                <time dateTime={u.tidpunkt.toISOString()}>{formatDatum(u.tidpunkt)}</time> · {u.forfattarNamn}
              </p>
              <p className="font-semibold">
                {u.franStatus ? `${statusEtikett(u.franStatus)} → ` : ""}
                {statusEtikett(u.tillStatus)}, {u.tillProgress} %
              </p>
              <p>{u.kommentar}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
