import Link from "next/link";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Pagination } from "@/components/ui/pagination";
import { formatDateWIB } from "@/lib/format/date";
import { UNIT_KIND_LABEL } from "@/lib/units/names";
import { childKindsOf, UNIT_PAGE_SIZE } from "@/lib/units/schemas";
import type { getUnitDetail } from "@/lib/units/list";
import { UnitBreadcrumb } from "./unit-breadcrumb";
import { UnitKindBadge, UnitStatusBadge } from "./unit-badges";
import { UnitManagePanel } from "./unit-manage-panel";
import { UnitTable } from "./unit-table";

export type UnitDetail = NonNullable<Awaited<ReturnType<typeof getUnitDetail>>>;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** One unit: where it sits in the tree, its facts, its direct sub-units (paged) and what the admin may change. */
export function UnitDetailView({ detail, created }: { detail: UnitDetail; created: boolean }) {
  const { unit, ancestors, children, activeChildren, activeMemberships, descendants } = detail;
  const parent = ancestors.at(-1) ?? null;
  const canHaveChildren = childKindsOf(unit.kind).length > 0;
  const memberCount = activeMemberships.unitAdmins + activeMemberships.operators;

  return (
    <>
      <UnitBreadcrumb ancestors={ancestors} current={unit.name} />
      <PageHeader
        title={unit.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <UnitKindBadge kind={unit.kind} />
            <UnitStatusBadge active={unit.active} />
            {unit.isInstitution && (
              <span className="text-sm text-slate-600">Instansi (memiliki admin lokal dan kuota)</span>
            )}
          </span>
        }
        actions={
          <>
            <ButtonLink href={`/admin/akun?unit=${unit.id}`} variant="secondary">
              Lihat akun
            </ButtonLink>
            {canHaveChildren && unit.active && (
              <ButtonLink href={`/admin/unit/baru?induk=${unit.id}`}>Tambah sub-unit</ButtonLink>
            )}
          </>
        }
      />
      {created && (
        <Alert tone="success" className="mb-5">
          {unit.name} berhasil dibuat.
        </Alert>
      )}
      <div className="flex flex-col gap-5">
        <Card as="section" aria-labelledby="rincian-unit">
          <CardHeader>
            <CardTitle as="h2" id="rincian-unit">
              Rincian
            </CardTitle>
          </CardHeader>
          <CardContent>
            <dl className="grid gap-4 sm:grid-cols-2 sm:gap-x-8 lg:grid-cols-3">
              <Fact label="Jenis">{UNIT_KIND_LABEL[unit.kind]}</Fact>
              <Fact label="Induk">
                {parent ? (
                  <Link href={`/admin/unit/${parent.id}`} className="font-semibold text-brand-700 hover:underline">
                    {parent.name}
                  </Link>
                ) : (
                  "Unit puncak (tanpa induk)"
                )}
              </Fact>
              {unit.regionCode && (
                <Fact label="Kode wilayah">
                  <span className="tabular-nums">{unit.regionCode}</span>
                </Fact>
              )}
              <Fact label="Sub-unit">
                {children.total} langsung ({activeChildren} aktif), {descendants} seluruhnya
              </Fact>
              <Fact label="Akun berperan aktif">
                {memberCount === 0 ? (
                  "Belum ada"
                ) : (
                  <Link href={`/admin/akun?unit=${unit.id}`} className="font-semibold text-brand-700 hover:underline">
                    {activeMemberships.unitAdmins} admin lokal, {activeMemberships.operators} operator
                  </Link>
                )}
              </Fact>
              <Fact label="Dibuat">{formatDateWIB(unit.createdAt)}</Fact>
              <Fact label="Terakhir diubah">{formatDateWIB(unit.updatedAt)}</Fact>
            </dl>
          </CardContent>
        </Card>

        <section aria-labelledby="sub-unit">
          <h2 id="sub-unit" className="mb-3 text-lg font-bold text-brand-950">
            Sub-unit langsung
          </h2>
          {children.total === 0 ? (
            <p className="rounded-xl border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
              {canHaveChildren ? "Belum ada sub-unit." : `${UNIT_KIND_LABEL[unit.kind]} tidak memiliki sub-unit.`}
            </p>
          ) : (
            <>
              <UnitTable units={children.items} showParent={false} caption={`Sub-unit ${unit.name}`} />
              <Pagination
                page={children.page}
                pageCount={children.pageCount}
                total={children.total}
                pageSize={UNIT_PAGE_SIZE}
                basePath={`/admin/unit/${unit.id}`}
              />
            </>
          )}
        </section>

        <Card as="section" aria-labelledby="kelola-unit">
          <CardHeader>
            <CardTitle as="h2" id="kelola-unit">
              Kelola unit
            </CardTitle>
          </CardHeader>
          <UnitManagePanel
            key={`${unit.name}-${unit.parentId}-${unit.active}`}
            unit={{
              id: unit.id,
              kind: unit.kind,
              name: unit.name,
              shortName: unit.shortName,
              active: unit.active,
              parentName: parent?.name ?? null,
              activeChildren,
              activeMemberships: memberCount,
              descendants,
            }}
          />
        </Card>
      </div>
    </>
  );
}
