"use client";

import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, Input } from "@/components/ui/field";
import { searchInnovationsAction } from "@/lib/proposals/actions";

export type InnovationOption = { id: string; name: string; unitName: string };

/** Picks the original innovation a replication copies, by searching innovations known to the portal. */
export function InnovationPicker({
  proposalId,
  value,
  error,
  onChange,
}: {
  proposalId: string;
  value: InnovationOption | null;
  error?: string;
  onChange: (o: InnovationOption | null) => void;
}) {
  const [q, setQ] = useState("");
  const [results, setResults] = useState<InnovationOption[] | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (q.trim().length < 2) return;
    let live = true;
    const t = setTimeout(async () => {
      try {
        const r = await searchInnovationsAction({ q: q.trim(), proposalId });
        if (!live) return;
        setFailed(!r.ok);
        setResults(r.ok ? r.data : []);
      } catch {
        if (live) setFailed(true);
      }
    }, 300);
    return () => {
      live = false;
      clearTimeout(t);
    };
  }, [q, proposalId]);

  if (value) {
    return (
      <div className="space-y-1.5">
        <p className="text-sm font-semibold text-slate-800">Inovasi asal yang direplikasi</p>
        <div className="flex flex-wrap items-center gap-3 rounded-lg border border-slate-200 bg-slate-50 px-3 py-2">
          <span className="min-w-0 flex-1 text-sm">
            <strong>{value.name}</strong> — {value.unitName}
          </span>
          <Button size="sm" variant="ghost" onClick={() => onChange(null)}>
            Ganti
          </Button>
        </div>
      </div>
    );
  }
  return (
    <Field
      id="fakta-inovasi-asal"
      label="Inovasi asal yang direplikasi"
      hint="Ketik sebagian nama inovasi asal, lalu pilih dari daftar."
      error={error}
    >
      {(aria) => (
        <div className="space-y-2">
          <Input {...aria} type="search" value={q} onChange={(e) => setQ(e.target.value)} autoComplete="off" />
          {failed ? <p className="text-sm text-red-700">Pencarian gagal. Coba lagi.</p> : null}
          {q.trim().length >= 2 && results ? (
            results.length ? (
              <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
                {results.map((r) => (
                  <li key={r.id}>
                    <button
                      type="button"
                      className="w-full px-3 py-2 text-left text-sm hover:bg-brand-50"
                      onClick={() => {
                        onChange(r);
                        setQ("");
                      }}
                    >
                      <strong>{r.name}</strong> <span className="text-slate-600">— {r.unitName}</span>
                    </button>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="text-sm text-slate-600">Tidak ada inovasi dengan nama itu.</p>
            )
          ) : null}
        </div>
      )}
    </Field>
  );
}
