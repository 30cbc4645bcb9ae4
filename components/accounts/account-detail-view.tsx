import type { ReactNode } from "react";
import { SectionCard } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { formatDateTimeWIB, formatDateWIB } from "@/lib/format/date";
import type { AccountDetail } from "@/lib/accounts/list";
import { AccountRoleBadge } from "./account-badges";
import { AccountStatusPanel } from "./account-status-panel";
import { AddMembershipForm } from "./add-membership-form";
import { InvitationNotice } from "./invitation-notice";
import { MembershipList } from "./membership-list";
import { ProfileForm } from "./profile-form";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="min-w-0 break-words text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** One account: its state, profile, roles and the changes the viewer may make. */
export function AccountDetailView({
  account,
  mode,
  created,
}: {
  account: AccountDetail;
  mode: "all" | "operators";
  created: boolean;
}) {
  const lockedReason = account.isSelf
    ? "Ini akun Anda sendiri; akun sendiri tidak dapat dinonaktifkan."
    : account.hasOutsideMemberships
      ? "Akun ini juga menjadi operator di unit lain di luar wilayah Anda, sehingga hanya admin provinsi yang dapat menonaktifkan atau mengundangnya ulang. Anda tetap dapat mengakhiri perannya di unit Anda."
      : null;
  return (
    <div className="flex flex-col gap-5">
      {created && (
        <Alert tone="success">Akun dibuat. Undangan untuk membuat kata sandi telah dimasukkan ke antrean email.</Alert>
      )}
      <InvitationNotice account={account} />
      <div className="grid gap-5 lg:grid-cols-2">
        <SectionCard id="ringkasan-akun" title="Ringkasan">
          <dl className="grid gap-4 sm:grid-cols-2">
            <Fact label="Email">
              <span className="break-all">{account.email}</span>
            </Fact>
            <Fact label="NIP">{account.nip ? <span className="tabular-nums">{account.nip}</span> : "—"}</Fact>
            <Fact label="Telepon">{account.phone ?? "—"}</Fact>
            <Fact label="Peran">
              {account.roles.length ? (
                <span className="flex flex-wrap gap-1.5">
                  {account.roles.map((r) => (
                    <AccountRoleBadge key={r} role={r} />
                  ))}
                </span>
              ) : (
                "Tanpa peran aktif"
              )}
            </Fact>
            {account.judgeProfile && <Fact label="Afiliasi juri">{account.judgeProfile.affiliation ?? "—"}</Fact>}
            <Fact label="Terakhir masuk">
              {account.lastSignInAt ? formatDateTimeWIB(account.lastSignInAt) : "Belum pernah"}
            </Fact>
            <Fact label="Dibuat">{formatDateWIB(account.createdAt)}</Fact>
          </dl>
        </SectionCard>
        <SectionCard
          id="status-akun"
          title="Status akun"
          description={
            account.status === "DISABLED"
              ? "Akun nonaktif: pemiliknya tidak dapat masuk."
              : account.status === "INVITED"
                ? "Menunggu pemilik membuat kata sandi melalui tautan undangan."
                : "Akun aktif."
          }
        >
          <AccountStatusPanel
            mode={mode}
            user={{ id: account.id, name: account.name, email: account.email, status: account.status }}
            lockedReason={lockedReason}
            isSelf={account.isSelf}
          />
        </SectionCard>
      </div>

      <SectionCard
        id="peran-akun"
        title={mode === "all" ? "Peran di unit" : "Peran operator di wilayah Anda"}
        description="Peran yang diakhiri tetap tercatat sebagai riwayat untuk pemeriksaan konflik kepentingan."
      >
        <MembershipList
          mode={mode}
          userName={account.name}
          linkUnits={mode === "all"}
          afterLastEnded={mode === "operators" ? "/unit/akun?diakhiri=1" : undefined}
          memberships={mode === "all" ? account.memberships : account.memberships.filter((m) => m.role === "OPERATOR")}
        />
        {mode === "all" && (
          <div className="mt-5 border-t border-slate-100 pt-5">
            <h3 className="mb-3 text-base font-bold text-brand-950">Tambah peran</h3>
            <AddMembershipForm userId={account.id} />
          </div>
        )}
      </SectionCard>

      {mode === "all" && (
        <SectionCard id="profil-akun" title="Profil">
          <ProfileForm
            initial={{
              userId: account.id,
              name: account.name,
              email: account.email,
              nip: account.nip ?? "",
              phone: account.phone ?? "",
            }}
          />
        </SectionCard>
      )}
    </div>
  );
}
