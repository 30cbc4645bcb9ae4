"use client";

import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type FocusEvent } from "react";

/**
 * The open/closed state of a disclosure menu (a button with aria-expanded and the panel it controls). It
 * closes on Escape (focus goes back to the button), on a press outside, when focus tabs out of it, and when
 * the route changes — the menu belongs to the page it was opened on.
 */
export function useDismiss() {
  const pathname = usePathname();
  // Remembering the page it was opened on closes it on navigation without an effect that sets state.
  const [openedOn, setOpenedOn] = useState<string | null>(null);
  const open = openedOn !== null && openedOn === pathname;
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpenedOn(null), []);
  const toggle = useCallback(() => setOpenedOn((on) => (on === pathname ? null : pathname)), [pathname]);

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key === "Escape") {
        setOpenedOn(null);
        buttonRef.current?.focus();
      }
    }
    function onPointerDown(event: PointerEvent) {
      if (!containerRef.current?.contains(event.target as Node)) setOpenedOn(null);
    }
    document.addEventListener("keydown", onKeyDown);
    document.addEventListener("pointerdown", onPointerDown);
    return () => {
      document.removeEventListener("keydown", onKeyDown);
      document.removeEventListener("pointerdown", onPointerDown);
    };
  }, [open]);

  const onBlur = useCallback((event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && !event.currentTarget.contains(next)) setOpenedOn(null);
  }, []);

  return { open, toggle, close, containerRef, buttonRef, onBlur };
}
