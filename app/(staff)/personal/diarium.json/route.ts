import { diarieexportSvar } from "../diarium-export";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return diarieexportSvar(request, "json");
}
