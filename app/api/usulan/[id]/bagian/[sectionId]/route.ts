import { loggedRoute } from "@/lib/log/route";
import { handleSaveSection, SAVE_SECTION_ROUTE } from "@/lib/proposals/autosave-route";

export const dynamic = "force-dynamic";

// Autosave of one section (lib/proposals/autosave-route.ts). In a running app process most of these requests
// are answered by the front door before they reach this route (lib/http/front-door.ts); the handler is one.
export const PUT = loggedRoute(SAVE_SECTION_ROUTE, handleSaveSection);
