import { PublicNotFound } from "@/components/public-site/public-not-found";

// Cached like the pages: an unpublished entry's address answers 404 in both languages (the page has no params).
export default function NotFound() {
  return <PublicNotFound />;
}
