import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/field";
import type { OutboxFilters } from "@/lib/notifications/queries";

export function OutboxSearch({ filters }: { filters: OutboxFilters }) {
  return (
    <form method="get" action="/admin/kotak-keluar" role="search" className="flex gap-2">
      {filters.state && <input type="hidden" name="state" value={filters.state} />}
      <label htmlFor="cari-pesan" className="sr-only">
        Cari penerima atau subjek
      </label>
      <Input
        id="cari-pesan"
        name="q"
        type="search"
        placeholder="Cari penerima atau subjek"
        defaultValue={filters.q ?? ""}
        className="min-w-0 flex-1"
      />
      <Button type="submit" variant="secondary">
        Cari
      </Button>
    </form>
  );
}
