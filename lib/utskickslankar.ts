// The links the outbox fills in when a mail goes out, one per domain that writes such mails.
// The list stands above the domains so that lib/utskick, the platform, imports none of them.
import { losenordslanken } from "./auth/losenordslank";
import { arendelanken } from "./synpunkter/nyckel";
import type { Sandlank } from "./utskick";

export const UTSKICKSLANKAR: readonly Sandlank[] = [arendelanken, losenordslanken];
