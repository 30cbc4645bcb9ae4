import { Badge, type BadgeTone } from "@/components/ui/badge";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import type { UnitKind } from "@/lib/units/schemas";

const kindTone: Record<UnitKind, BadgeTone> = {
  PROVINCE: "brand",
  KABUPATEN: "info",
  KOTA: "accent",
  PROVINCIAL_AGENCY: "brand",
  REGIONAL_AGENCY: "neutral",
  SERVICE_UNIT: "neutral",
  BUMD: "success",
};

export function UnitKindBadge({ kind }: { kind: UnitKind }) {
  return <Badge tone={kindTone[kind]}>{UNIT_KIND_LABEL[kind]}</Badge>;
}

export function UnitStatusBadge({ active }: { active: boolean }) {
  return active ? (
    <Badge tone="success" dot>
      Aktif
    </Badge>
  ) : (
    <Badge tone="danger" dot>
      Nonaktif
    </Badge>
  );
}
