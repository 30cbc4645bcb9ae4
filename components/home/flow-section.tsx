const steps: { title: string; text: string }[] = [
  {
    title: "Pendaftaran & usulan",
    text: "Unit pelayanan menyusun usulan; admin lokal meninjau dan mengirimkannya sebelum batas waktu.",
  },
  {
    title: "Seleksi administrasi",
    text: "Sekretariat memeriksa kelengkapan, usia inovasi, SK, video, dan judul ganda. Usulan dapat dikembalikan untuk perbaikan.",
  },
  {
    title: "Evaluasi usulan",
    text: "Tim evaluasi menilai kebaruan, efektivitas, kemanfaatan, kemudahan replikasi, dan keberlanjutan.",
  },
  {
    title: "Presentasi & wawancara",
    text: "Usulan terpilih dipaparkan di hadapan panel independen, dilengkapi visitasi bila diperlukan.",
  },
  {
    title: "Penetapan & pengumuman",
    text: "Panel menetapkan Top inovasi dan peringkat terbaik; hasilnya diumumkan kepada publik.",
  },
  {
    title: "Nominasi KIPP",
    text: "Inovasi terbaik didampingi menuju Kompetisi Inovasi Pelayanan Publik tingkat nasional.",
  },
];

export function FlowSection() {
  return (
    <section id="alur" aria-labelledby="judul-alur" className="scroll-mt-4 bg-white py-16 sm:py-20">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p className="text-sm font-semibold uppercase tracking-widest text-brand-700">Alur kompetisi</p>
        <h2 id="judul-alur" className="mt-2 text-2xl font-extrabold tracking-tight text-brand-950 sm:text-3xl">
          Dari usulan hingga panggung nasional
        </h2>
        <ol className="mt-10 grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="flex gap-4 rounded-xl border border-slate-200 bg-white p-5">
              <span
                aria-hidden="true"
                className="flex size-10 shrink-0 items-center justify-center rounded-full bg-brand-950 text-base font-bold text-gold-300"
              >
                {index + 1}
              </span>
              <div>
                <h3 className="font-bold text-brand-950">
                  <span className="sr-only">Tahap {index + 1}: </span>
                  {step.title}
                </h3>
                <p className="mt-1.5 text-sm leading-relaxed text-slate-700">{step.text}</p>
              </div>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
