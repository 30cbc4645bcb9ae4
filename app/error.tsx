"use client";

import { useEffect } from "react";
import { StatusPage } from "@/components/layout/status-page";
import { Button, ButtonLink } from "@/components/ui/button";
import { LineIcon } from "@/components/ui/line-icon";

function digestOf(error: unknown): string | undefined {
  if (error && typeof error === "object" && "digest" in error && typeof error.digest === "string") {
    return error.digest;
  }
  return undefined;
}

export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = digestOf(error);

  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <StatusPage
      code="Galat sistem"
      title="Terjadi kesalahan"
      description={
        <p>
          Maaf, halaman ini gagal dimuat. Silakan coba lagi; bila masalah berlanjut, hubungi sekretariat KOVABLIK di
          Biro Organisasi Setdaprov Jatim.
        </p>
      }
      icon={
        <LineIcon className="size-8">
          <path d="M12 3.5 2.8 19.5h18.4Z" />
          <path d="M12 10v4.5M12 17h.01" />
        </LineIcon>
      }
      actions={
        <>
          <Button variant="primary" onClick={() => retry()}>
            Coba lagi
          </Button>
          <ButtonLink href="/" variant="secondary">
            Kembali ke beranda
          </ButtonLink>
        </>
      }
    >
      {digest && (
        <p className="mt-8 text-sm text-slate-600">
          Kode kesalahan untuk dilaporkan:{" "}
          <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-slate-800">{digest}</code>
        </p>
      )}
    </StatusPage>
  );
}
