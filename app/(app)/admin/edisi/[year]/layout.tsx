import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { EditionTabs } from "@/components/editions/edition-tabs";
import { EditionStatusBadge } from "@/components/editions/status-badge";
import { getEditionHeader } from "@/lib/editions/queries";
import { requirePagePermission, loadOr404 } from "@/lib/auth/page-guards";

export default async function EditionSetupLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ year: string }>;
}) {
  const { year } = await params;
  await requirePagePermission("edition:manage", `/admin/edisi/${year}`);
  const edition = await loadOr404(() => getEditionHeader(year));
  return (
    <>
      <PageHeader
        back={{ href: "/admin/edisi", label: "Semua edisi" }}
        title={`Edisi ${edition.year}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <EditionStatusBadge status={edition.status} />
            <span>{edition.theme}</span>
          </span>
        }
        className="mb-0 border-b-0 pb-4"
      />
      <EditionTabs year={edition.year} />
      {children}
    </>
  );
}
