"use client";

import { useEffect } from "react";

/**
 * The page's language on `<html>`. The root layout is shared with the portal and says "id" (decision 016); an
 * English public page sets "en" here once its script runs and gives the old value back when the visitor moves
 * on to a page of the other language. Before that, the frame's own `lang` attribute already marks its text.
 */
export function DocumentLang({ lang }: { lang: string }) {
  useEffect(() => {
    const root = document.documentElement;
    const before = root.lang;
    root.lang = lang;
    return () => {
      root.lang = before;
    };
  }, [lang]);
  return null;
}
