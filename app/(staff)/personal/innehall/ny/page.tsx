import Link from "next/link";
import { requirePage } from "@/lib/auth/inloggad";
import { NySidaFormular } from "./form";

export const metadata = { title: "Ny sida" };

export default async function NySida() {
  await requirePage("innehall.redigera");
  return (
    <>
      <p className="text-sm">
        <Link href="/personal/innehall">Allt innehåll</Link>
      </p>
      <h1 className="mt-2 text-2xl font-bold sm:text-4xl">Ny sida</h1>
      <p className="mt-2 mb-6 max-w-prose">Sidan skapas som ett utkast och syns inte publikt förrän du publicerar den.</p>
      <NySidaFormular />
    </>
  );
}
