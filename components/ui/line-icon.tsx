import type { ComponentProps } from "react";

/** An outline icon in the portal's one drawing style: a 24-unit grid, round strokes in the text colour. */
export function LineIcon({ strokeWidth = 1.75, children, ...props }: ComponentProps<"svg">) {
  return (
    <svg
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={strokeWidth}
      strokeLinecap="round"
      strokeLinejoin="round"
      {...props}
    >
      {children}
    </svg>
  );
}
