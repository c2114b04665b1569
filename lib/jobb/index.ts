// Every background job. A new job is one file in this folder and one line here.
import { agarePaminnelser } from "./agare-paminnelser";
import { besokGallring } from "./besok-gallring";
import { bevakningRensning } from "./bevakning-rensning";
import { bevakningUtskick } from "./bevakning-utskick";
import { bevakningVeckobrev } from "./bevakning-veckobrev";
import type { Jobb } from "./deklaration";
import { fristsammanfattning } from "./fristsammanfattning";
import { gallring } from "./gallring";
import { insatsbevakning } from "./insatsbevakning";
import { lankkontroll } from "./lankkontroll";
import { rensaInloggningsgranser } from "./rensa-inloggningsgranser";
import { rensaInskick } from "./rensa-inskick";
import { rensaNarvaro } from "./rensa-narvaro";
import { rensaSessioner } from "./rensa-sessioner";
import { schemalagdPublicering } from "./schemalagd-publicering";
import { sidresponsAgare } from "./sidrespons-agare";
import { sidresponsGallring } from "./sidrespons-gallring";
import { totpOmkryptering } from "./totp-omkryptering";
import { utskick } from "./utskick";

export const jobb: readonly Jobb[] = [
  utskick,
  schemalagdPublicering,
  totpOmkryptering,
  rensaInskick,
  rensaSessioner,
  rensaInloggningsgranser,
  rensaNarvaro,
  gallring,
  fristsammanfattning,
  sidresponsGallring,
  bevakningUtskick,
  bevakningVeckobrev,
  bevakningRensning,
  insatsbevakning,
  agarePaminnelser,
  lankkontroll,
  sidresponsAgare,
  besokGallring,
];
