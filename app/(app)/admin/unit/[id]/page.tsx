import type { Metadata } from "next";
import { can } from "@/lib/auth/permissions";
import { UnitDetailView } from "@/components/units/unit-detail-view";
import { getActor } from "@/lib/auth/session";
import { unitListQuerySchema } from "@/lib/units/schemas";
import { getUnitDetail, unitOption } from "@/lib/units/list";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await getActor();
  if (!can(actor, "unit:manage")) return { title: "Unit" };
  const unit = await unitOption((await params).id);
  return { title: unit ? unit.name : "Unit tidak ditemukan" };
}

export default async function UnitDetailPage({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePagePermission("unit:manage", `/admin/unit/${id}`);
  const sp = await searchParams;
  const { page } = unitListQuerySchema
    .pick({ page: true })
    .parse({ page: Array.isArray(sp.page) ? sp.page[0] : sp.page });
  const detail = await loadOr404(() => getUnitDetail(id, page));
  return <UnitDetailView detail={detail} created={sp.baru === "1"} />;
}
