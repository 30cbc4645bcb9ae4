import { forbidden, notFound, redirect } from "next/navigation";
import type { ReactNode } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { EditionTabs } from "@/components/editions/edition-tabs";
import { EditionStatusBadge } from "@/components/editions/status-badge";
import { can } from "@/lib/auth/permissions";
import { getActor } from "@/lib/auth/session";
import { getEditionHeader } from "@/lib/editions/queries";

export default async function EditionSetupLayout({ children, params }: { children: ReactNode; params: Promise<{ year: string }> }) {
  const { year } = await params;
  const actor = await getActor();
  if (!actor) redirect(`/masuk?callbackUrl=${encodeURIComponent(`/admin/edisi/${year}`)}`);
  if (!can(actor, "edition:manage")) forbidden();
  const edition = await getEditionHeader(year);
  if (!edition) notFound();
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
