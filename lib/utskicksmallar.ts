// Every mail the portal sends: one template each (lib/utskick/mall.ts), declared by the domain
// that sends it. A new mail is one template in its domain and one line here. The list stands
// above the domains so that lib/utskick, the platform, imports none of them; the sender takes
// from it the links it makes as a mail goes out.
import { paminnelsemejl as agarpaminnelse } from "./agare/paminnelser";
import { losenordsmejl } from "./auth/losenordslank";
import { andringsmejl, bekraftelsemejl as bevakningsbekraftelse, redanmejl, veckomejl } from "./bevakning/mejl";
import { fristsammanfattningsmejl } from "./synpunkter/fristsammanfattning";
import { kopplingBorttagenMejl, kopplingsmejl } from "./synpunkter/koppling";
import { vidarebefordransmejl } from "./synpunkter/vidarebefordran";
import { bekraftelsemejl, forseningsmejl, insatsmejl, statusmejl, svarsmejl } from "./synpunkter/mejl";
import { godkandmejl, tillbakamejl } from "./innehall/granskning";
import { sidresponsmejl } from "./innehall/sidrespons-agare";
import type { Mall, Sandlank } from "./utskick";

export const UTSKICKSMALLAR: readonly Mall[] = [
  bekraftelsemejl,
  statusmejl,
  svarsmejl,
  forseningsmejl,
  insatsmejl,
  fristsammanfattningsmejl,
  vidarebefordransmejl,
  losenordsmejl,
  kopplingsmejl,
  kopplingBorttagenMejl,
  bevakningsbekraftelse,
  redanmejl,
  andringsmejl,
  veckomejl,
  agarpaminnelse,
  tillbakamejl,
  godkandmejl,
  sidresponsmejl,
];

/** The links the outbox fills in when a mail goes out: each one the templates carry, once. */
export const UTSKICKSLANKAR: readonly Sandlank[] = [...new Set(UTSKICKSMALLAR.flatMap((m) => m.lankar))];
