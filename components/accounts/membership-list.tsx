"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmButton } from "@/components/ui/confirm-dialog";
import { Badge } from "@/components/ui/badge";
import { Alert } from "@/components/ui/alert";
import { formatShortDateWIB } from "@/lib/format/date";
import { endMembershipAction, endOperatorMembershipAction } from "@/lib/accounts/actions";
import { MEMBERSHIP_ROLE_LABEL } from "@/lib/accounts/schemas";

export type MembershipRow = {
  id: string;
  role: "UNIT_ADMIN" | "OPERATOR";
  validFrom: Date;
  validTo: Date | null;
  current: boolean;
  unit: { id: string; name: string; active: boolean };
  grantedBy: { name: string } | null;
};

/** Roles held on units, current first; ended ones stay listed because conflict-of-interest checks use them. */
export function MembershipList({
  mode,
  memberships,
  userName,
  linkUnits,
  afterLastEnded,
}: {
  mode: "all" | "operators";
  memberships: MembershipRow[];
  userName: string;
  linkUnits: boolean;
  /** Where to go once the last current role shown here has ended (the page itself would no longer open). */
  afterLastEnded?: string;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const end = mode === "all" ? endMembershipAction : endOperatorMembershipAction;
  const sorted = [...memberships].sort((a, b) => Number(b.current) - Number(a.current));
  if (!sorted.length) return <p className="text-sm text-slate-600">Belum ada peran di unit mana pun.</p>;
  return (
    <div className="space-y-3">
      {message && <Alert tone="success">{message}</Alert>}
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200">
        {sorted.map((m) => (
          <li key={m.id} className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div className="min-w-0 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-slate-900">{MEMBERSHIP_ROLE_LABEL[m.role]}</span>
                {m.current ? <Badge tone="success">Berlaku</Badge> : <Badge>Berakhir</Badge>}
                {!m.unit.active && <Badge tone="danger">Unit nonaktif</Badge>}
              </p>
              <p className="mt-0.5 text-slate-700">
                {linkUnits ? (
                  <Link href={`/admin/unit/${m.unit.id}`} className="font-medium text-brand-700 hover:underline">
                    {m.unit.name}
                  </Link>
                ) : (
                  m.unit.name
                )}
              </p>
              <p className="mt-0.5 text-xs text-slate-600">
                Sejak {formatShortDateWIB(m.validFrom)}
                {m.validTo ? ` sampai ${formatShortDateWIB(m.validTo)}` : ""}
                {m.grantedBy ? ` · diberikan oleh ${m.grantedBy.name}` : ""}
              </p>
            </div>
            {m.current && (
              <div className="shrink-0">
                <ConfirmButton
                  triggerLabel="Akhiri peran"
                  triggerSize="sm"
                  title={`Akhiri peran ${MEMBERSHIP_ROLE_LABEL[m.role].toLowerCase()} ${userName}?`}
                  confirmLabel="Ya, akhiri"
                  pendingLabel="Mengakhiri…"
                  onConfirm={async () => {
                    const r = await end({ membershipId: m.id });
                    if (!r.ok) return { ok: false, error: r.error };
                    if (afterLastEnded && sorted.filter((x) => x.current).length === 1) {
                      router.push(afterLastEnded);
                      return { ok: true };
                    }
                    setMessage(r.message ?? null);
                    router.refresh();
                    return { ok: true };
                  }}
                >
                  <p>
                    Peran di <strong>{m.unit.name}</strong> berakhir saat ini juga. Akunnya tetap ada; riwayat peran
                    disimpan untuk pemeriksaan konflik kepentingan.
                  </p>
                </ConfirmButton>
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
