"use client";

// Client component for the same reason as PublicFrame: this view travels in every public page's data.
import { StatusPage } from "@/components/layout/status-page";
import { ButtonLink } from "@/components/ui/button";
import { dictionary } from "@/lib/public-site/i18n";

/** The public site's 404, in both languages (a not-found view does not know the page's language). */
export function PublicNotFound() {
  const id = dictionary("id");
  const en = dictionary("en");
  return (
    <StatusPage
      code="404"
      title={id.notFound}
      description={
        <>
          <p>{id.notFoundBody}</p>
          <p lang="en" className="mt-2 text-slate-600">
            {en.notFound}. {en.notFoundBody}
          </p>
        </>
      }
      icon={
        <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.75} className="size-8">
          <circle cx="11" cy="11" r="6.5" />
          <path d="m20 20-4.2-4.2" />
        </svg>
      }
      actions={
        <>
          <ButtonLink href="/inovasi" variant="primary">
            {id.nav.innovations}
          </ButtonLink>
          <ButtonLink href="/" variant="secondary">
            {id.nav.home}
          </ButtonLink>
        </>
      }
    />
  );
}
