"use client";

import { usePathname } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { Alert } from "./alert";

// A success message that outlives the refresh or navigation its own action causes. A workflow step changes the
// page under the button that ran it (a sent draft loses its "Kirim" button), so a message kept in that button's
// state would vanish with it; the signed-in layout keeps it instead, for the page it was meant for.

type Flash = { text: string; path: string };
type FlashApi = { show: (text: string, path?: string) => void };

const FlashContext = createContext<FlashApi | null>(null);

export function FlashProvider({ children }: { children: ReactNode }) {
  const pathname = usePathname();
  const [flash, setFlash] = useState<Flash | null>(null);
  const [shownPath, setShownPath] = useState(pathname);
  const show = useCallback((text: string, path?: string) => setFlash({ text, path: path ?? pathname }), [pathname]);
  const api = useMemo(() => ({ show }), [show]);
  if (shownPath !== pathname) {
    // Leaving the page a message was meant for drops it (a later visit does not bring it back); arriving at it,
    // after the action's own navigation, keeps it. A render-time reset: no effect, no flicker.
    setShownPath(pathname);
    if (flash && flash.path === shownPath) setFlash(null);
  }
  const visible = flash && flash.path === pathname ? flash : null;
  return (
    <FlashContext.Provider value={api}>
      {visible && (
        <Alert tone="success" className="mb-4 flex items-start justify-between gap-3">
          <span>{visible.text}</span>
          <button
            type="button"
            onClick={() => setFlash(null)}
            className="-my-1 rounded px-2 py-1 text-emerald-900 hover:bg-emerald-100 focus-visible:outline-2 focus-visible:outline-emerald-700"
            aria-label="Tutup pesan"
          >
            ×
          </button>
        </Alert>
      )}
      {children}
    </FlashContext.Provider>
  );
}

/** `show(text)` for this page, `show(text, "/usulan/abc")` for the page an action is about to open. */
export function useFlash(): FlashApi {
  const api = useContext(FlashContext);
  // Outside the signed-in layout (e.g. a public page), a flash has nowhere to show: callers keep their own message.
  return api ?? { show: () => {} };
}
