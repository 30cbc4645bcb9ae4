import { Badge, type BadgeTone } from "@/components/ui/badge";
import { StatusBadge } from "@/components/ui/status-badge";
import { ACCOUNT_ROLE_LABEL, USER_STATUS_LABEL, type AccountRole, type UserStatus } from "@/lib/accounts/schemas";

const statusTone: Record<UserStatus, BadgeTone> = { INVITED: "warning", ACTIVE: "success", DISABLED: "danger" };

export function AccountStatusBadge({ status }: { status: UserStatus }) {
  return <StatusBadge status={status} labels={USER_STATUS_LABEL} tones={statusTone} />;
}

const roleTone: Record<AccountRole, BadgeTone> = {
  ADMIN: "brand",
  UNIT_ADMIN: "info",
  OPERATOR: "neutral",
  JUDGE: "accent",
};

export function AccountRoleBadge({ role, unit }: { role: AccountRole; unit?: string }) {
  return (
    <Badge tone={roleTone[role]} className="max-w-full">
      <span className="truncate">
        {ACCOUNT_ROLE_LABEL[role]}
        {unit ? ` · ${unit}` : ""}
      </span>
    </Badge>
  );
}
