import type { ReactNode } from "react";

/**
 * A link that leaves the portal (an innovation's video, a unit's own site): a new tab without the opener, the
 * address as its text unless given; `fallback` when there is no address.
 */
export function ExternalLink({
  href,
  fallback,
  children,
}: {
  href: string | null;
  fallback: ReactNode;
  children?: ReactNode;
}) {
  if (!href) return <>{fallback}</>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className="font-semibold text-brand-700 underline hover:text-brand-900"
    >
      {children ?? href}
    </a>
  );
}
