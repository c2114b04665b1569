/** "Ni sa – vi gjorde" on an insats's public page: the number of linked cases, or nothing below the threshold. */
export function KoppladeSynpunkter({ antal }: { antal: number | null }) {
  if (antal === null) return null;
  return (
    <p className="mt-6 rounded-sm border-l-4 border-brand-soft bg-white p-4">
      {antal} synpunkter från invånare har kopplats till den här insatsen.
    </p>
  );
}
