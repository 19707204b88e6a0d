#!/bin/sh
# Regenerates every OCR fixture of corpus/ocr (run from the repository root).
set -e
M=scripts/make-ocr-fixture
E=corpus/expected
S=corpus/ocr/sources
O=corpus/ocr
$M --style table      --degrade mild   -o $O/020_dinkes-sipb-disdukcapil-akta.txt $E/010_dinkes-rekomendasi-izin-praktik-bidan.json $E/016_disdukcapil-penerbitan-akta-kelahiran.json
$M --style table      --degrade medium -o $O/021_bkpsdm-kenaikan-pangkat.txt $E/011_bkpsdm-usul-kenaikan-pangkat.json
$M --style table      --degrade mild   --form-feed -o $O/022_inspektorat-reviu-lkpd-dan-lkjip.txt $E/013_inspektorat-reviu-lkpd.json $E/003_ddd9cf8b959a5bc6.json
$M --style bagan-alur --degrade mild   -o $O/023_kecamatan-izin-keramaian-bagan-alur.txt $E/012_kecamatan-rekomendasi-izin-keramaian.json
$M --style table      --degrade medium -o $O/024_bapperida-musrenbang-rkpd.txt $E/015_bapperida-musrenbang-rkpd.json
$M --style bagan-alur --degrade medium --form-feed -o $O/025_satpolpp-pkl-dan-pengaduan-bagan-alur.txt $E/018_satpolpp-penertiban-pkl-dan-pengaduan.json
$M --style table      --degrade mild   -o $O/026_kelurahan-sktm-disdik-mutasi-bpbd-logistik.txt $E/017_kelurahan-surat-keterangan-tidak-mampu.json $E/014_disdik-rekomendasi-mutasi-peserta-didik.json $E/019_bpbd-penyaluran-bantuan-logistik.json
$M --style bagan-alur --degrade mild   -o $O/027_rsud-pendaftaran-dpmptsp-pbg-bagan-alur.txt $S/rsud-pendaftaran-pasien-rawat-jalan.json $S/dpmptsp-persetujuan-bangunan-gedung.json
$M --style table      --degrade medium --form-feed -o $O/028_bpkad-sp2d-dinsos-dtks.txt $S/bpkad-penerbitan-sp2d.json $S/dinsos-verifikasi-validasi-dtks.json
$M --style bagan-alur --degrade medium -o $O/029_dlh-pengaduan-bapenda-keberatan-bagan-alur.txt $S/dlh-pengaduan-pencemaran.json $S/bapenda-keberatan-pbb-p2.json
$M --style table      --degrade medium --form-feed -o $O/030_dpmptsp-lkjip-iku-lakip.txt $E/000_7c0994d11aebd731.json $E/001_e603b82cb368b190.json $E/002_ac54faf19602f954.json
$M --style table      --degrade mild   -o $O/031_rsud-pendaftaran-bapenda-keberatan.txt $S/rsud-pendaftaran-pasien-rawat-jalan.json $S/bapenda-keberatan-pbb-p2.json
