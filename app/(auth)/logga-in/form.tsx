"use client";

import { useActionState } from "react";
import { FelSammanfattning } from "@/components/forms/fel-sammanfattning";
import { loggaIn, type InloggningState } from "./actions";

const start: InloggningState = { email: "", fel: {} };

export function InloggningsFormular() {
  const [state, action, pending] = useActionState(loggaIn, start);
  const { fel } = state;
  return (
    <form action={action} noValidate className="max-w-md">
      <FelSammanfattning fel={{ email: fel.email, password: fel.password, "formular-fel": fel.formular }} />
      <div className="mb-5">
        <label htmlFor="email" className="block font-semibold">E-postadress</label>
        {fel.email && <p id="email-fel" className="font-semibold text-stop">{fel.email}</p>}
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          defaultValue={state.email}
          aria-invalid={Boolean(fel.email)}
          aria-describedby={fel.email ? "email-fel" : undefined}
          className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2"
        />
      </div>
      <div className="mb-5">
        <label htmlFor="password" className="block font-semibold">Lösenord</label>
        {fel.password && <p id="password-fel" className="font-semibold text-stop">{fel.password}</p>}
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          aria-invalid={Boolean(fel.password)}
          aria-describedby={fel.password ? "password-fel" : undefined}
          className="mt-1 w-full rounded-sm border-2 border-ink bg-white px-2 py-2"
        />
      </div>
      {fel.formular && (
        <p id="formular-fel" className="mb-5 border-l-4 border-stop bg-white p-3 font-semibold">{fel.formular}</p>
      )}
      <button type="submit" disabled={pending} className="rounded-sm bg-brand px-5 py-2 font-semibold text-white">
        {pending ? "Loggar in …" : "Logga in"}
      </button>
    </form>
  );
}
