import type { ReactNode, RefObject } from "react";
import { LineIcon } from "@/components/ui/line-icon";

/** The hamburger of a closed menu, a cross when it is open (decorative: the button carries the name). */
export function MenuToggleIcon({ open }: { open: boolean }) {
  return (
    <LineIcon aria-hidden="true" strokeWidth={2} className="size-5">
      {open ? <path d="M6 6l12 12M18 6 6 18" /> : <path d="M4 7h16M4 12h16M4 17h16" />}
    </LineIcon>
  );
}

/** The button that opens and closes a menu panel (`panelId`), wired to useDismiss (open, toggle, buttonRef). */
export function MenuToggleButton({
  open,
  onToggle,
  buttonRef,
  panelId,
  className,
  children,
}: {
  open: boolean;
  onToggle: () => void;
  buttonRef: RefObject<HTMLButtonElement | null>;
  panelId: string;
  className: string;
  children: ReactNode;
}) {
  return (
    <button
      ref={buttonRef}
      type="button"
      aria-expanded={open}
      aria-controls={panelId}
      onClick={onToggle}
      className={className}
    >
      <MenuToggleIcon open={open} />
      {children}
    </button>
  );
}
