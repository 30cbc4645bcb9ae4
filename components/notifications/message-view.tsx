import Link from "next/link";
import { Meta } from "@/components/ui/meta";
import { formatDateTimeWIB, toDateTimeAttribute } from "@/lib/format/date";
import { templateLabel } from "@/lib/notifications/labels";
import { PORTAL_DELIVERY_ERRORS } from "@/lib/notifications/outbox";
import { SECRET_LINK_PLACEHOLDER } from "@/lib/notifications/secret-link";
import type { OutboxMessage } from "@/lib/notifications/queries";
import { StateBadge } from "./state-badge";

const at = (d: Date | null) => (d ? <time dateTime={toDateTimeAttribute(d)}>{formatDateTimeWIB(d)}</time> : "—");

export function MessageView({ message }: { message: OutboxMessage }) {
  return (
    <div className="flex flex-col gap-5">
      <dl className="grid gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:grid-cols-2 lg:grid-cols-3">
        <Meta label="Status">
          <StateBadge state={message.state} />
        </Meta>
        <Meta label="Kepada">
          {message.recipient ? `${message.recipient.name} · ` : ""}
          <span className="break-all">{message.recipientEmail}</span>
        </Meta>
        <Meta label="Jenis pesan">
          <span title={message.template}>{templateLabel(message.template)}</span>
        </Meta>
        <Meta label="Dibuat">{at(message.createdAt)}</Meta>
        {message.state === "SENT" ? (
          <Meta label="Terkirim">{at(message.sentAt)}</Meta>
        ) : message.state === "FAILED" ? (
          <Meta label="Pengiriman">Dihentikan; dapat dicoba kirim ulang</Meta>
        ) : (
          <Meta label="Percobaan berikutnya">{at(message.nextAttemptAt)}</Meta>
        )}
        <Meta label="Jumlah percobaan">{message.attempts}</Meta>
      </dl>
      {message.lastError && (
        <div className="rounded-xl border border-red-200 bg-red-50 p-4 text-sm text-red-900">
          <p className="font-semibold">Galat pengiriman terakhir</p>
          {PORTAL_DELIVERY_ERRORS.includes(message.lastError) ? (
            <p className="mt-1 break-words">{message.lastError}</p>
          ) : (
            // The mail server's own reply is for whoever runs the server (it is in the server log too).
            <p className="mt-1 break-words" title={message.lastError}>
              Server email menolak pesan ini atau tidak dapat dihubungi. Bila terus gagal, hubungi pengelola server.
            </p>
          )}
        </div>
      )}
      {message.body.includes(SECRET_LINK_PLACEHOLDER) && <SecretLinkNotice message={message} />}
      <article aria-labelledby="subjek-pesan" className="rounded-xl border border-slate-200 bg-white shadow-sm">
        <header className="border-b border-slate-100 px-4 py-3 sm:px-6">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-500">Subjek</p>
          <h2 id="subjek-pesan" className="mt-0.5 text-lg font-bold text-brand-950">
            {message.subject}
          </h2>
        </header>
        <div className="px-4 py-4 sm:px-6">
          <p className="whitespace-pre-wrap break-words text-sm leading-relaxed text-slate-800">{message.body}</p>
        </div>
      </article>
    </div>
  );
}

/** Why the link is not shown, and how an admin can still help the recipient. */
function SecretLinkNotice({ message }: { message: OutboxMessage }) {
  const invitation = message.template === "account.invitation";
  return (
    <div className="rounded-xl border border-brand-200 bg-brand-50 p-4 text-sm leading-relaxed text-brand-950">
      <p className="font-semibold">Tautan pribadi tidak ditampilkan</p>
      <p className="mt-1">
        Tautan dalam pesan ini adalah kunci akun penerima. Portal menyimpannya terenkripsi, menyisipkannya hanya saat
        email dikirim, lalu menghapusnya; admin tidak dapat membacanya.{" "}
        {invitation && message.recipient ? (
          <>
            Jika penerima belum menerimanya,{" "}
            <Link href={`/admin/akun/${message.recipient.id}`} className="font-semibold underline underline-offset-4">
              kirim ulang undangan dari halaman akunnya
            </Link>{" "}
            (tautan lama tidak berlaku lagi).
          </>
        ) : (
          <>
            Jika penerima belum menerimanya, minta ia meminta tautan baru melalui halaman Lupa kata sandi atau Masuk
            dengan tautan.
          </>
        )}
      </p>
    </div>
  );
}
