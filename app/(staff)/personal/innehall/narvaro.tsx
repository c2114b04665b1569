"use client";

import { useEffect, useState } from "react";
import { narvaroPuls } from "./actions";

/** "Anna", "Anna och Bo", "Anna, Bo och Cecilia". */
function uppraknad(namn: string[]): string {
  return namn.length < 2 ? (namn[0] ?? "") : `${namn.slice(0, -1).join(", ")} och ${namn.at(-1)}`;
}

/**
 * Who else has the item's edit page open. The server renders the list it had when the page was
 * made (that request also marked this editor present); with JavaScript a heartbeat keeps this
 * editor present and the list fresh while the tab is visible.
 */
export function Narvaro(props: { typ: string; nyckel: string; andra: string[]; pulsSekunder: number }) {
  const [andra, setAndra] = useState(props.andra);
  const { typ, nyckel, pulsSekunder } = props;
  useEffect(() => {
    let aktiv = true;
    const puls = () => {
      if (document.visibilityState !== "visible") return;
      narvaroPuls(typ, nyckel).then(
        (namn) => aktiv && setAndra(namn),
        () => {},
      );
    };
    const id = setInterval(puls, pulsSekunder * 1000);
    document.addEventListener("visibilitychange", puls);
    return () => {
      aktiv = false;
      clearInterval(id);
      document.removeEventListener("visibilitychange", puls);
    };
  }, [typ, nyckel, pulsSekunder]);
  return (
    <p aria-live="polite" className={andra.length > 0 ? "mt-4 border-l-4 border-warn bg-white p-3 font-semibold" : "sr-only"}>
      {andra.length > 0 &&
        `${uppraknad(andra)} har också den här sidan öppen. Spara ofta; sparar ni samma text får den som sparar sist jämföra och välja.`}
    </p>
  );
}
