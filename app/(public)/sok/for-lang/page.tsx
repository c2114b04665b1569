import { FOR_LANG_SOKNING } from "@/lib/sok/schema";
import { SokVy, sokMetadata } from "../sok-vy";

// What a search longer than the schema allows gets (proxy.ts, lib/sok/adress.ts): one page for
// all of them, sent private so that no cache keeps a copy per address.
export const metadata = sokMetadata;

export default function ForLangSokningPage() {
  return <SokVy fel={FOR_LANG_SOKNING} />;
}
