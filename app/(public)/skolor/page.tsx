import { SkolVy, skolorMetadata } from "./skol-vy";

// A choice of filters is at /skolor?stadsomrade=…, which proxy.ts serves from ./urval (lib/skolor/adress.ts).
export const metadata = skolorMetadata;

export default function SkolorPage() {
  return <SkolVy filter={{}} />;
}
