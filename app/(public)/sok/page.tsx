import { SokVy, sokMetadata } from "./sok-vy";

// A query's results are at /sok?q=…, which proxy.ts serves from ./traffar (lib/sok/adress.ts).
export const metadata = sokMetadata;

export default function SokPage() {
  return <SokVy />;
}
