import { notFound } from "next/navigation";
import { connection } from "next/server";

// Any address no route matches: rendered per request, so the 404 page's scripts carry the request's CSP nonce
// (a prerendered 404 would have none and the portal's policy would block them). Decision 016.
export default async function UnknownAddress() {
  await connection();
  notFound();
}
