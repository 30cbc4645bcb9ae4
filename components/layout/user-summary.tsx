import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Actor, Role } from "@/lib/auth/permissions";
import { roleLines } from "./roles";

const ROLE_TONE: Record<Role, BadgeTone> = { ADMIN: "brand", UNIT_ADMIN: "accent", OPERATOR: "info", JUDGE: "success" };

/** Who is signed in and in which roles, so a person holding several roles knows what they are looking at. */
export function UserSummary({ actor }: { actor: Actor }) {
  const lines = roleLines(actor);
  return (
    <div className="min-w-0">
      <p className="font-bold leading-snug break-words text-brand-950">{actor.name}</p>
      <p className="text-xs break-all text-slate-500">{actor.email}</p>
      <ul aria-label="Peran" className="mt-2.5 flex flex-col items-start gap-1.5">
        {lines.length === 0 && <li className="text-xs text-slate-600">Belum memiliki peran</li>}
        {lines.map((line, i) => (
          <li key={`${line.role}-${i}`} className="max-w-full">
            <Badge tone={ROLE_TONE[line.role]} className="max-w-full">
              <span className="truncate">
                {line.label}
                {line.unit && <span className="font-medium"> · {line.unit}</span>}
              </span>
            </Badge>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** One line for the compact bar of phones: the name and the roles, shortened. */
export function UserLine({ actor }: { actor: Actor }) {
  const roles = [...new Set(roleLines(actor).map((l) => l.label))].join(", ");
  return (
    <>
      <p className="truncate font-bold text-brand-950">{actor.name}</p>
      <p className="truncate text-xs text-slate-600">{roles || "Belum memiliki peran"}</p>
    </>
  );
}
