import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { navFor } from "@/components/app-shell/nav";
import { getActor } from "@/lib/auth/session";

// The signed-in area. Every page below still checks its own permission; this only requires a session.
export default async function AppLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  if (!actor) redirect("/masuk");
  return (
    <div className="mx-auto flex w-full max-w-6xl flex-col gap-6 px-4 py-8 sm:px-6 lg:flex-row">
      <nav aria-label="Menu portal" className="lg:w-56 lg:shrink-0">
        <ul className="flex gap-1 overflow-x-auto lg:flex-col">
          {navFor(actor).map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                className="block whitespace-nowrap rounded-lg px-3 py-2 text-sm font-semibold text-brand-900 hover:bg-brand-50"
              >
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
