// The home page's decorative icons (always rendered inside aria-hidden containers or as EmptyState icons).

function iconProps() {
  return {
    viewBox: "0 0 24 24",
    fill: "none",
    stroke: "currentColor",
    strokeWidth: 1.75,
    strokeLinecap: "round" as const,
    strokeLinejoin: "round" as const,
    className: "size-6",
  };
}

export function DocumentIcon() {
  return (
    <svg {...iconProps()}>
      <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8Z" />
      <path d="M14 3v5h5M9 13h6M9 17h4" />
    </svg>
  );
}

export function ClipboardIcon() {
  return (
    <svg {...iconProps()}>
      <rect x="5" y="4.5" width="14" height="17" rx="2" />
      <path d="M9 4.5V3.5h6v1M8.5 13l2.5 2.5 4.5-5" />
    </svg>
  );
}

export function PeopleIcon() {
  return (
    <svg {...iconProps()}>
      <circle cx="9" cy="8" r="3.25" />
      <path d="M3 20c0-3.3 2.7-6 6-6s6 2.7 6 6" />
      <path d="M15.5 4.9a3.25 3.25 0 0 1 0 6.2M17.5 14.4c2 .8 3.5 3 3.5 5.6" />
    </svg>
  );
}

export function CalendarIcon() {
  return (
    <svg {...iconProps()}>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </svg>
  );
}
