/** "Hittade du det du letade efter?": a plain form, no JavaScript, the same for everyone (app/api/sidrespons). */
export function Sidresponsfraga({ sida }: { sida: string }) {
  return (
    <form method="post" action="/api/sidrespons" className="mt-10 rounded-sm border border-line bg-white p-4">
      <fieldset>
        <legend className="font-semibold">Hittade du det du letade efter?</legend>
        <input type="hidden" name="sida" value={sida} />
        <div className="mt-2 flex gap-3">
          <button type="submit" name="svar" value="ja" className="rounded-sm border-2 border-ink bg-white px-5 py-2 font-semibold">
            Ja
          </button>
          <button type="submit" name="svar" value="nej" className="rounded-sm border-2 border-ink bg-white px-5 py-2 font-semibold">
            Nej
          </button>
        </div>
      </fieldset>
    </form>
  );
}
