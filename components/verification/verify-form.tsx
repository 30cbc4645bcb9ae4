/** The code form of the verification page: a plain GET form, so it works without JavaScript. */
export function VerifyForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form action="/verifikasi" method="get" className="flex flex-col gap-3 sm:flex-row sm:items-end">
      <div className="flex-1 space-y-1.5">
        <label htmlFor="kode-verifikasi" className="block text-sm font-semibold text-slate-800">
          Kode verifikasi
        </label>
        <input
          id="kode-verifikasi"
          name="kode"
          required
          defaultValue={defaultValue}
          autoComplete="off"
          spellCheck={false}
          placeholder="Contoh: KV7Q-3MXD-9TRA"
          maxLength={40}
          className="block w-full rounded-lg border border-slate-300 bg-white px-3 py-2.5 font-mono text-base uppercase text-slate-900 placeholder:normal-case shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30"
        />
      </div>
      <button
        type="submit"
        className="inline-flex min-h-11 items-center justify-center rounded-lg bg-brand-800 px-5 font-semibold text-white hover:bg-brand-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-600 focus-visible:ring-offset-2"
      >
        Periksa
      </button>
    </form>
  );
}
