import type { Sektion } from "@/lib/innehall/schema";
import { slugify } from "@/lib/slug";

export function Sektioner({ sektioner }: { sektioner: Sektion[] }) {
  return (
    <>
      {sektioner.map((s) => (
        <section key={s.rubrik} aria-labelledby={slugify(s.rubrik)} className="mt-8">
          <h2 id={slugify(s.rubrik)} className="text-2xl font-bold">
            {s.rubrik}
          </h2>
          {s.stycken.map((p) => (
            <p key={p} className="mt-3 max-w-prose">
              {p}
            </p>
          ))}
          {s.punkter && s.punkter.length > 0 && (
            <ul className="mt-3 max-w-prose list-disc space-y-1 pl-6">
              {s.punkter.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </>
  );
}
