import Link from "next/link";
import { formatShortDateWIB } from "@/lib/format/date";
import { rolesOf, type AccountListItem } from "@/lib/accounts/list";
import { AccountRoleBadge, AccountStatusBadge } from "./account-badges";
import { TableOrCards } from "@/components/ui/table";

function Roles({ user }: { user: AccountListItem }) {
  const roles = rolesOf(user);
  if (!roles.length && !user.memberships.length) return <span className="text-sm text-slate-500">Tanpa peran</span>;
  return (
    <span className="flex min-w-0 flex-wrap gap-1.5">
      {user.isAdmin && <AccountRoleBadge role="ADMIN" />}
      {user.memberships.map((m) => (
        <AccountRoleBadge key={m.id} role={m.role} unit={m.unit.name} />
      ))}
      {user.judgeProfile && <AccountRoleBadge role="JUDGE" />}
    </span>
  );
}

function LastSignIn({ at }: { at: Date | null }) {
  return <>{at ? formatShortDateWIB(at) : "Belum pernah"}</>;
}

/** A table on wide screens; on phones each account is a card, so nothing scrolls sideways. */
export function AccountTable({
  users,
  basePath,
  caption,
}: {
  users: AccountListItem[];
  basePath: string;
  caption: string;
}) {
  return (
    <TableOrCards
      caption={caption}
      tableClassName="w-full table-fixed text-left text-sm"
      columns={[
        { label: "Nama", className: "w-[34%] px-4 py-3" },
        "Peran",
        { label: "Status", className: "w-28 px-4 py-3" },
        { label: "Terakhir masuk", className: "w-32 px-4 py-3" },
      ]}
      rows={users.map((u) => (
        <tr key={u.id} className="align-top hover:bg-slate-50">
          <td className="px-4 py-3">
            <Link
              href={`${basePath}/${u.id}`}
              className="font-semibold text-brand-800 underline-offset-2 hover:underline"
            >
              {u.name}
            </Link>
            <span className="block break-all text-xs text-slate-600">{u.email}</span>
            {u.nip && <span className="block text-xs tabular-nums text-slate-500">NIP {u.nip}</span>}
          </td>
          <td className="px-4 py-3">
            <Roles user={u} />
          </td>
          <td className="px-4 py-3">
            <AccountStatusBadge status={u.status} />
          </td>
          <td className="px-4 py-3 text-slate-700">
            <LastSignIn at={u.lastSignInAt} />
          </td>
        </tr>
      ))}
      cards={users.map((u) => (
        <li key={u.id}>
          <Link
            href={`${basePath}/${u.id}`}
            className="block rounded-xl border border-slate-200 bg-white p-4 text-sm shadow-sm hover:border-brand-300"
          >
            <span className="flex items-start justify-between gap-2">
              <span className="min-w-0">
                <span className="block font-semibold text-brand-900">{u.name}</span>
                <span className="block break-all text-xs text-slate-600">{u.email}</span>
              </span>
              <AccountStatusBadge status={u.status} />
            </span>
            <span className="mt-2 block">
              <Roles user={u} />
            </span>
          </Link>
        </li>
      ))}
    />
  );
}
