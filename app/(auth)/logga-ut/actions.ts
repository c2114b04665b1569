"use server";

import { redirect } from "next/navigation";
import { signOut } from "@/lib/auth";

/** Ends this browser's session on the server (Auth.js's signOut event deletes the row). */
export async function loggaUt() {
  await signOut({ redirect: false });
  redirect("/logga-in?utloggad=1");
}
