import Link from "next/link";
import type { Helpdesk } from "@/lib/site/helpdesk";
import { HelpdeskContacts } from "./helpdesk-contacts";
import { InfoSection } from "./info-page";

/**
 * What personal data the portal keeps, why, who sees it, how long. Keep it true to the schema and the code:
 * a new personal field or a new reader of one belongs here too.
 */
export function PrivacyNotice({ helpdesk }: { helpdesk: Helpdesk | null }) {
  return (
    <>
      <InfoSection id="pengelola" title="Siapa yang mengelola data">
        <p>
          Portal KOVABLIK dikelola oleh Biro Organisasi Sekretariat Daerah Provinsi Jawa Timur sebagai penyelenggara
          Kompetisi Inovasi Pelayanan Publik Provinsi Jawa Timur. Data pribadi diproses untuk menjalankan tugas
          pemerintahan tersebut, sesuai Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.
        </p>
      </InfoSection>

      <InfoSection id="data" title="Data yang kami simpan">
        <ul>
          <li>
            <strong>Identitas akun</strong>: nama, alamat e-mail (dinas), nomor telepon bila diisi, dan NIP bagi
            aparatur sipil negara, beserta peran dan unit kerja (operator, admin lokal, juri, atau sekretariat).
          </li>
          <li>
            <strong>Profil juri</strong>: instansi asal dan bidang keahlian, serta pernyataan konflik kepentingan.
          </li>
          <li>
            <strong>Kata sandi</strong>: hanya dalam bentuk hash satu arah; tidak ada seorang pun, termasuk sekretariat,
            yang dapat membacanya.
          </li>
          <li>
            <strong>Catatan masuk</strong>: waktu terakhir masuk dan waktu penggantian kata sandi, serta setiap
            percobaan masuk (alamat e-mail atau alamat IP, waktu, berhasil atau gagal) untuk membatasi tebakan kata
            sandi.
          </li>
          <li>
            <strong>Isi usulan</strong>: nama inovator, kontak, dan data lain yang Anda tulis dalam usulan dan
            lampirannya (SK, foto, dokumen).
          </li>
          <li>
            <strong>Jejak audit</strong>: siapa melakukan perubahan penting (membuat akun, mengirim, mengembalikan, atau
            memeriksa usulan, mengubah pengaturan edisi), kapan, dan apa yang berubah.
          </li>
          <li>
            <strong>Surat keluar</strong>: salinan e-mail pemberitahuan yang dikirim portal (alamat penerima dan isi).
          </li>
        </ul>
        <p>
          Portal tidak memakai cookie iklan atau pelacak pihak ketiga. Cookie hanya dipakai untuk sesi masuk dan untuk
          melindungi formulir dari permintaan palsu.
        </p>
      </InfoSection>

      <InfoSection id="tujuan" title="Untuk apa data dipakai">
        <ul>
          <li>Mengenali Anda saat masuk dan memberi akses sesuai peran serta instansi Anda.</li>
          <li>Menjalankan kompetisi: menyusun, meninjau, memeriksa, dan menilai usulan, serta menghubungi peserta.</li>
          <li>Mengirim pemberitahuan (undangan akun, pengembalian usulan, pengingat batas waktu).</li>
          <li>
            Menjaga keamanan dan akuntabilitas: jejak audit menunjukkan siapa memutuskan apa, sehingga hasil dapat
            dipertanggungjawabkan.
          </li>
        </ul>
        <p>Data tidak dijual dan tidak dipakai untuk tujuan lain di luar penyelenggaraan KOVABLIK.</p>
      </InfoSection>

      <InfoSection id="akses" title="Siapa yang dapat melihatnya">
        <ul>
          <li>
            <strong>Sekretariat</strong> (Biro Organisasi Setdaprov Jatim): seluruh akun, usulan, jejak audit, dan surat
            keluar, untuk menyelenggarakan kompetisi.
          </li>
          <li>
            <strong>Admin lokal</strong>: akun operator dan usulan di lingkungan instansinya sendiri.
          </li>
          <li>
            <strong>Operator</strong>: usulan unit kerjanya sendiri.
          </li>
          <li>
            <strong>Juri</strong>: usulan yang ditugaskan kepadanya untuk dinilai.
          </li>
          <li>
            <strong>Masyarakat</strong>: hanya nama inovasi, instansi, dan ringkasan yang ditetapkan publik untuk
            finalis dan pemenang. NIP, e-mail, telepon, dan catatan masuk tidak pernah ditampilkan kepada publik.
          </li>
        </ul>
        <p>
          Untuk nominasi KIPP, data usulan pemenang diteruskan kepada Kementerian PANRB sesuai ketentuan kompetisi
          nasional.
        </p>
      </InfoSection>

      <InfoSection id="retensi" title="Berapa lama data disimpan">
        <ul>
          <li>
            Akun disimpan selama Anda masih berperan dalam KOVABLIK. Akun yang tidak diperlukan lagi dinonaktifkan oleh
            admin lokal atau sekretariat sehingga tidak dapat dipakai masuk.
          </li>
          <li>
            Usulan, hasil penilaian, dan jejak audit disimpan sebagai arsip penyelenggaraan kompetisi, termasuk untuk
            memeriksa usulan berikutnya (misalnya inovasi yang pernah menang). Jejak audit tidak dapat diubah atau
            dihapus satu per satu, agar tetap dapat dipercaya.
          </li>
          <li>
            Tautan undangan berlaku 7 hari dan tautan atur ulang kata sandi 1 jam; setelah itu tidak dapat dipakai lagi.
          </li>
        </ul>
      </InfoSection>

      <InfoSection id="hak" title="Hak Anda dan cara menghubungi kami">
        <p>
          Anda dapat mengganti kata sandi sendiri di halaman <Link href="/akun/kata-sandi">Ganti kata sandi</Link>;
          perubahan nama, e-mail, NIP, atau unit kerja dilakukan oleh admin lokal instansi Anda. Untuk meminta salinan,
          perbaikan, atau penghapusan data, atau bila Anda menduga data Anda disalahgunakan, hubungi sekretariat
          KOVABLIK di Biro Organisasi Setdaprov Jatim:
        </p>
        <HelpdeskContacts helpdesk={helpdesk} />
        <p>
          Permintaan penghapusan dapat dibatasi bila data masih diperlukan sebagai arsip resmi kompetisi; dalam hal itu
          akun dinonaktifkan dan alasannya kami sampaikan.
        </p>
      </InfoSection>
    </>
  );
}
