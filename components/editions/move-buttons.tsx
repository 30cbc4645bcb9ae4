"use client";

import { Button } from "@/components/ui/button";

function Arrow({ up }: { up: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
      <path
        fillRule="evenodd"
        d={
          up
            ? "M10 4.5 15.5 10l-1.06 1.06-3.69-3.69V16h-1.5V7.37l-3.69 3.69L4.5 10 10 4.5Z"
            : "M10 15.5 4.5 10l1.06-1.06 3.69 3.69V4h1.5v8.63l3.69-3.69L15.5 10 10 15.5Z"
        }
        clipRule="evenodd"
      />
    </svg>
  );
}

/** Up/down buttons of an ordered list item; the label names the item for screen readers. */
export function MoveButtons({
  name,
  first,
  last,
  disabled,
  onMove,
}: {
  name: string;
  first: boolean;
  last: boolean;
  disabled?: boolean;
  onMove: (direction: "up" | "down") => void;
}) {
  return (
    <span className="inline-flex gap-1">
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Naikkan ${name}`}
        title="Naikkan"
        disabled={disabled || first}
        onClick={() => onMove("up")}
      >
        <Arrow up />
      </Button>
      <Button
        variant="secondary"
        size="sm"
        aria-label={`Turunkan ${name}`}
        title="Turunkan"
        disabled={disabled || last}
        onClick={() => onMove("down")}
      >
        <Arrow up={false} />
      </Button>
    </span>
  );
}
