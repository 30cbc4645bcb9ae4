"use client";

import { ActionPanel } from "@/components/ui/action-panel";
import { verifyChain } from "@/lib/audit/actions";

/** Recomputes the hash chain on the server and says whether it is whole or where it breaks. */
export function VerifyChainPanel() {
  return (
    <ActionPanel
      id="integritas-log"
      title="Integritas log"
      description={
        "Setiap entri memuat sidik (hash berkunci) entri sebelumnya, dan portal mencatat titik periksa rantai di " +
        "luar basis data. Verifikasi menghitung ulang seluruh rantai dan mencocokkannya dengan titik periksa, sehingga " +
        "entri yang diubah, dihapus, atau ditulis ulang terdeteksi."
      }
      label="Verifikasi rantai"
      pendingLabel="Memverifikasi…"
      variant="secondary"
      run={async () => {
        const r = await verifyChain({});
        if (!r.ok) return { tone: "error", text: r.error };
        if (r.data.intact) return { tone: "success", text: `Rantai utuh: ${r.data.entries} entri.` };
        return { tone: "error", text: `${r.message ?? ""} ${r.data.entries} entri sebelumnya utuh.` };
      }}
    />
  );
}
