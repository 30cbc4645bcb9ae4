import type { SVGProps } from "react";

/**
 * The KOVABLIK mark: a navy shield with a gold rim holding a lit bulb — public service (the shield of
 * the province) and innovation (the light). Our own drawing; not the provincial coat of arms.
 * Decorative by default; pass `title` to make it an image with a name.
 */
export function Emblem({ title, ...props }: SVGProps<SVGSVGElement> & { title?: string }) {
  const labelled = Boolean(title);
  return (
    <svg
      viewBox="0 0 48 56"
      xmlns="http://www.w3.org/2000/svg"
      role={labelled ? "img" : undefined}
      aria-hidden={labelled ? undefined : true}
      focusable="false"
      {...props}
    >
      {title && <title>{title}</title>}
      <path d="M24 2.5 44.5 9.6v17.2c0 12.9-8.6 21.9-20.5 26.9C12.1 48.7 3.5 39.7 3.5 26.8V9.6Z" fill="#14274b" />
      <path
        d="M24 2.5 44.5 9.6v17.2c0 12.9-8.6 21.9-20.5 26.9C12.1 48.7 3.5 39.7 3.5 26.8V9.6Z"
        fill="none"
        stroke="#e5b02c"
        strokeWidth="2.5"
        strokeLinejoin="round"
      />
      <path d="M24 7.5 40 13v13.6c0 10-6.5 17.2-16 21.4-9.5-4.2-16-11.4-16-21.4V13Z" fill="#1a3260" />
      <g stroke="#eec752" strokeWidth="2" strokeLinecap="round">
        <path d="M24 10.5v3" />
        <path d="m14.2 14.6 2.1 2.1" />
        <path d="m33.8 14.6-2.1 2.1" />
        <path d="M10.5 24h3" />
        <path d="M37.5 24h-3" />
      </g>
      <path
        d="M24 15.5a8.5 8.5 0 0 0-5 15.4c.8.6 1.2 1.4 1.2 2.3v1.3h7.6v-1.3c0-.9.4-1.7 1.2-2.3a8.5 8.5 0 0 0-5-15.4Z"
        fill="#e5b02c"
      />
      <path d="m21.2 25.2 2.8-3.2 2.8 3.2-2.8 3.3Z" fill="#14274b" />
      <rect x="20.2" y="36" width="7.6" height="2.2" rx="1.1" fill="#eec752" />
      <rect x="21.3" y="39.6" width="5.4" height="2.2" rx="1.1" fill="#eec752" />
    </svg>
  );
}
