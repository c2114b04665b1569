import Link from "next/link";

export default function IngenBehorighet() {
  return (
    <>
      <h1 className="text-2xl font-bold sm:text-4xl">Du har inte behörighet till sidan</h1>
      <p className="mt-4 max-w-prose">
        Din roll ger inte tillgång till det du försökte öppna. Behöver du det i ditt arbete kan en administratör ändra din roll.
      </p>
      <p className="mt-4">
        <Link href="/personal">Till översikten</Link>
      </p>
    </>
  );
}
