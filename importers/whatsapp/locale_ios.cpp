// GENERATED from FORMAT.md §9 (tables I1, I2) by a one-off script; edit by hand if a string changes.
// Entries keep the tables' own spelling; "%s", "%@", "%1$s", "%2$@" … are wildcards.
#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_entries[] = {
    // I1 EN
    {C::attached, K::other, "<attached: %@>"sv}, {C::omitted, K::photo, "image omitted"sv}, {C::omitted, K::video, "video omitted"sv}, {C::omitted, K::audio, "audio omitted"sv}, {C::omitted, K::sticker, "sticker omitted"sv}, {C::omitted, K::gif, "GIF omitted"sv}, {C::omitted, K::contact, "Contact card omitted"sv}, {C::omitted, K::document, "document omitted"sv},
    // I1 AR
    {C::attached, K::other, "<المُرفق: %@>"sv}, {C::omitted, K::photo, "لم يتم إدراج الصورة"sv}, {C::omitted, K::video, "لم يتم إدراج الفيديوهات"sv}, {C::omitted, K::audio, "لم يتم إدراج المقاطع الصوتية"sv}, {C::omitted, K::sticker, "تم حذف الملصقات"sv}, {C::omitted, K::gif, "لم يتم إدراج صورة GIF"sv}, {C::omitted, K::contact, "لم يتم إدراج بطاقة جهة اتصال"sv}, {C::omitted, K::document, "لم يتم إدراج المستند"sv},
    // I1 BN
    {C::attached, K::other, "<attached: %@>"sv}, {C::omitted, K::photo, "ইমেজ বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::video, "ভিডিও বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::audio, "অডিও বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::sticker, "স্টিকার বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::gif, "জিআইএফ বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::contact, "পরিচিতির কার্ড বাদ দেওয়া হয়েছে"sv}, {C::omitted, K::document, "ডকুমেন্ট বাদ দেওয়া হয়েছে"sv},
    // I1 CA
    {C::attached, K::other, "<adjunt: %@>"sv}, {C::omitted, K::photo, "Imatge omesa"sv}, {C::omitted, K::video, "vídeo omès"sv}, {C::omitted, K::audio, "Àudio omès"sv}, {C::omitted, K::sticker, "adhesiu omès"sv}, {C::omitted, K::gif, "GIF omès"sv}, {C::omitted, K::contact, "Targeta de contacte omesa"sv}, {C::omitted, K::document, "Document omès"sv},
    // I1 CS
    {C::attached, K::other, "<příloha: %@>"sv}, {C::omitted, K::photo, "obrázek vynechán"sv}, {C::omitted, K::video, "video vynecháno"sv}, {C::omitted, K::audio, "zvukový soubor vynechán"sv}, {C::omitted, K::sticker, "nálepka vynechána"sv}, {C::omitted, K::gif, "GIF vynechán"sv}, {C::omitted, K::contact, "Vizitka vynechána"sv}, {C::omitted, K::document, "dokument vynechán"sv},
    // I1 DA
    {C::attached, K::other, "<vedhæftet: %@>"sv}, {C::omitted, K::photo, "billede udeladt"sv}, {C::omitted, K::video, "video udeladt"sv}, {C::omitted, K::audio, "lyd udeladt"sv}, {C::omitted, K::sticker, "klistermærke udeladt"sv}, {C::omitted, K::gif, "GIF udeladt"sv}, {C::omitted, K::contact, "Kontaktkort udeladt"sv}, {C::omitted, K::document, "dokument udeladt"sv},
    // I1 DE
    {C::attached, K::other, "<Anhang: %@>"sv}, {C::omitted, K::photo, "Bild weggelassen"sv}, {C::omitted, K::video, "Video weggelassen"sv}, {C::omitted, K::audio, "Audio weggelassen"sv}, {C::omitted, K::sticker, "Sticker weggelassen"sv}, {C::omitted, K::gif, "GIF weggelassen"sv}, {C::omitted, K::contact, "Kontaktkarte ausgelassen"sv}, {C::omitted, K::document, "Dokument weggelassen"sv},
    // I1 EL
    {C::attached, K::other, "<επισυνάφθηκε: %@>"sv}, {C::omitted, K::photo, "εικόνα παραλείφθηκε"sv}, {C::omitted, K::video, "βίντεο παραλείφθηκε"sv}, {C::omitted, K::audio, "ήχος παραλείφθηκε"sv}, {C::omitted, K::sticker, "αυτοκόλλητο παραλήφθηκε"sv}, {C::omitted, K::gif, "Παράληψη GIF"sv}, {C::omitted, K::contact, "Η κάρτα επαφής παραλήφθηκε"sv}, {C::omitted, K::document, "έγγραφο παραλείφθηκε"sv},
    // I1 ES-SP
    {C::attached, K::other, "<adjunto: %@>"sv}, {C::omitted, K::photo, "imagen omitida"sv}, {C::omitted, K::video, "Video omitido"sv}, {C::omitted, K::audio, "audio omitido"sv}, {C::omitted, K::sticker, "sticker omitido"sv}, {C::omitted, K::gif, "GIF omitido"sv}, {C::omitted, K::contact, "Tarjeta de contacto omitida"sv}, {C::omitted, K::document, "documento omitido"sv},
    // I1 FA
    {C::attached, K::other, "<پیوست: %@>"sv}, {C::omitted, K::photo, "تصویر حذف شد"sv}, {C::omitted, K::video, "ویدیو حذف شد"sv}, {C::omitted, K::audio, "صدا حذف شد"sv}, {C::omitted, K::sticker, "استیکر حذف شد"sv}, {C::omitted, K::gif, "GIF حذف شد"sv}, {C::omitted, K::contact, "برگ مخاطب حذف شد."sv}, {C::omitted, K::document, "سند حذف شد"sv},
    // I1 FI
    {C::attached, K::other, "<liite: %@>"sv}, {C::omitted, K::photo, "ei kuvaa"sv}, {C::omitted, K::video, "videota ei sisällytetä"sv}, {C::omitted, K::audio, "äänitiedostoa ei sisällytetä"sv}, {C::omitted, K::sticker, "tarraa ei sisällytetty"sv}, {C::omitted, K::gif, "GIF-animaatio jätetty pois"sv}, {C::omitted, K::contact, "Yhteystietokortti jätettiin pois"sv}, {C::omitted, K::document, "dokumenttia ei sisällytetä"sv},
    // I1 FR
    {C::attached, K::other, "< pièce jointe : %@ >"sv}, {C::omitted, K::photo, "image absente"sv}, {C::omitted, K::video, "vidéo absente"sv}, {C::omitted, K::audio, "audio omis"sv}, {C::omitted, K::sticker, "sticker omis"sv}, {C::omitted, K::gif, "GIF retiré"sv}, {C::omitted, K::contact, "Fiche contact manquante"sv}, {C::omitted, K::document, "document manquant"sv},
    // I1 GA
    {C::attached, K::other, "<ceangailte: %@>"sv}, {C::omitted, K::photo, "íomhá ligthe ar lár"sv}, {C::omitted, K::video, "físeán ligthe ar lár"sv}, {C::omitted, K::audio, "comhad fuaime ar lár"sv}, {C::omitted, K::sticker, "fágadh an greamán ar lár"sv}, {C::omitted, K::gif, "GIF ligthe ar lár"sv}, {C::omitted, K::contact, "Cárta teagmhála ar lár"sv}, {C::omitted, K::document, "cáipéis ligthe ar lár"sv},
    // I1 GR-EL
    {C::attached, K::other, "<επισυνάφθηκε: %@>"sv}, {C::omitted, K::photo, "εικόνα παραλείφθηκε"sv}, {C::omitted, K::video, "βίντεο παραλείφθηκε"sv}, {C::omitted, K::audio, "ήχος παραλείφθηκε"sv}, {C::omitted, K::sticker, "αυτοκόλλητο παραλήφθηκε"sv}, {C::omitted, K::gif, "Παράληψη GIF"sv}, {C::omitted, K::contact, "Η κάρτα επαφής παραλήφθηκε"sv}, {C::omitted, K::document, "έγγραφο παραλείφθηκε"sv},
    // I1 GU
    {C::attached, K::other, "<જોડાયેલ: %@>"sv}, {C::omitted, K::photo, "છબી પડતી મૂકાઈ"sv}, {C::omitted, K::video, "વિડિયો પડતી મુકાઈ"sv}, {C::omitted, K::audio, "ઓડિયો ફાઇલ શામેલ કરી નથી"sv}, {C::omitted, K::sticker, "સ્ટીકર પડતું મુકાયું"sv}, {C::omitted, K::gif, "GIF પડતી મૂકાઈ"sv}, {C::omitted, K::contact, "સંપર્કનું કાર્ડ પડતું મૂકાયું"sv}, {C::omitted, K::document, "ડોક્યુમેન્ટ સામેલ કર્યું નહિ"sv},
    // I1 HE
    {C::attached, K::other, "<מצורף: %@>"sv}, {C::omitted, K::photo, "התמונה הושמטה"sv}, {C::omitted, K::video, "סרטון הווידאו הושמט"sv}, {C::omitted, K::audio, "קטע קול הושמט"sv}, {C::omitted, K::sticker, "סטיקר הושמט"sv}, {C::omitted, K::gif, "GIF הושמט"sv}, {C::omitted, K::contact, "כרטיס איש קשר הושמט"sv}, {C::omitted, K::document, "מסמך הושמט"sv},
    // I1 HI
    {C::attached, K::other, "<अटैच किया गया: %@>"sv}, {C::omitted, K::photo, "फ़ोटो हटाई गई"sv}, {C::omitted, K::video, "वीडियो छोड़ा गया"sv}, {C::omitted, K::audio, "ऑडियो हटाई गयी"sv}, {C::omitted, K::sticker, "स्टिकर छोड़ा गया"sv}, {C::omitted, K::gif, "GIF छोड़ा गया"sv}, {C::omitted, K::contact, "कॉन्टैक्ट कार्ड छोड़ा गया"sv}, {C::omitted, K::document, "डॉक्यूमेंट छोड़ा गया"sv},
    // I1 HR
    {C::attached, K::other, "<priloženo: %@>"sv}, {C::omitted, K::photo, "slika izostavljena"sv}, {C::omitted, K::video, "video izostavljen"sv}, {C::omitted, K::audio, "zvuk izostavljen"sv}, {C::omitted, K::sticker, "naljepnica izostavljena"sv}, {C::omitted, K::gif, "GIF izostavljen"sv}, {C::omitted, K::contact, "Posjetnica izostavljena"sv}, {C::omitted, K::document, "dokument izostavljen"sv},
    // I1 HU
    {C::attached, K::other, "<csatolva: %@>"sv}, {C::omitted, K::photo, "kép küldése sikertelen"sv}, {C::omitted, K::video, "Videó kihagyva."sv}, {C::omitted, K::audio, "Hang kihagyása"sv}, {C::omitted, K::sticker, "matrica kihagyva"sv}, {C::omitted, K::gif, "GIF fájl kihagyása"sv}, {C::omitted, K::contact, "Névjegykártya kihagyva"sv}, {C::omitted, K::document, "dokumentum kihagyva"sv},
    // I1 ID
    {C::attached, K::other, "<terlampir: %@>"sv}, {C::omitted, K::photo, "gambar tidak disertakan"sv}, {C::omitted, K::video, "video tidak disertakan"sv}, {C::omitted, K::audio, "audio tidak disertakan"sv}, {C::omitted, K::sticker, "stiker tidak disertakan"sv}, {C::omitted, K::gif, "GIF tidak disertakan"sv}, {C::omitted, K::contact, "Kartu kontak tidak disertakan"sv}, {C::omitted, K::document, "dokumen tidak disertakan"sv},
    // I1 IT
    {C::attached, K::other, "<allegato: %@>"sv}, {C::omitted, K::photo, "immagine omessa"sv}, {C::omitted, K::video, "video omesso"sv}, {C::omitted, K::audio, "audio omesso"sv}, {C::omitted, K::sticker, "sticker non incluso"sv}, {C::omitted, K::gif, "GIF esclusa"sv}, {C::omitted, K::contact, "Scheda contatto omessa"sv}, {C::omitted, K::document, "documento omesso"sv},
    // I1 JA
    {C::attached, K::other, "<添付ファイル: %@>"sv}, {C::omitted, K::photo, "画像は含まれていません"sv}, {C::omitted, K::video, "ビデオは含まれていません"sv}, {C::omitted, K::audio, "音声は含まれていません"sv}, {C::omitted, K::sticker, "スタンプは含まれていません"sv}, {C::omitted, K::gif, "GIFは含まれていません"sv}, {C::omitted, K::contact, "連絡先カードを省略"sv}, {C::omitted, K::document, "ドキュメントは含まれていません"sv},
    // I1 KO
    {C::attached, K::other, "< 첨부됨: %@>"sv}, {C::omitted, K::photo, "이미지 생략됨"sv}, {C::omitted, K::video, "비디오 생략됨"sv}, {C::omitted, K::audio, "오디오 생략됨"sv}, {C::omitted, K::sticker, "스티커 제외됨"sv}, {C::omitted, K::gif, "GIF 생략됨"sv}, {C::omitted, K::contact, "연락처 카드 생략됨"sv}, {C::omitted, K::document, "문서 생략됨"sv},
    // I1 MR
    {C::attached, K::other, "<संलग्न केले: %@>"sv}, {C::omitted, K::photo, "इमेज वगळली"sv}, {C::omitted, K::video, "व्हिडीओ वगळला"sv}, {C::omitted, K::audio, "ऑडिओ वगळला"sv}, {C::omitted, K::sticker, "स्टिकर वगळले"sv}, {C::omitted, K::gif, "GIF वगळले"sv}, {C::omitted, K::contact, "संपर्क कार्ड वगळले"sv}, {C::omitted, K::document, "डॉक्युमेंट वगळले"sv},
    // I1 MS
    {C::attached, K::other, "<dilampir: %@>"sv}, {C::omitted, K::photo, "imej tidak dimasukkan"sv}, {C::omitted, K::video, "video tidak dimasukkan"sv}, {C::omitted, K::audio, "audio tidak dimasukkan"sv}, {C::omitted, K::sticker, "pelekat tidak disertakan"sv}, {C::omitted, K::gif, "GIF tidak dimasukkan"sv}, {C::omitted, K::contact, "Kad kenalan tidak dimasukkan"sv}, {C::omitted, K::document, "dokumen tidak dimasukkan"sv},
    // I1 NB
    {C::attached, K::other, "<vedlagt: %@>"sv}, {C::omitted, K::photo, "bilde ikke inkludert"sv}, {C::omitted, K::video, "video utelatt"sv}, {C::omitted, K::audio, "lyd utelatt"sv}, {C::omitted, K::sticker, "klistremerke utelatt"sv}, {C::omitted, K::gif, "GIF utelatt"sv}, {C::omitted, K::contact, "Kontaktkort sløyfet"sv}, {C::omitted, K::document, "utelatt dokument"sv},
    // I1 NL
    {C::attached, K::other, "<bijgevoegd: %@>"sv}, {C::omitted, K::photo, "afbeelding weggelaten"sv}, {C::omitted, K::video, "video weggelaten"sv}, {C::omitted, K::audio, "audio weggelaten"sv}, {C::omitted, K::sticker, "sticker weggelaten"sv}, {C::omitted, K::gif, "GIF weggelaten"sv}, {C::omitted, K::contact, "Visitekaartje weggelaten"sv}, {C::omitted, K::document, "document weggelaten"sv},
    // I1 PL
    {C::attached, K::other, "<załączono: %@>"sv}, {C::omitted, K::photo, "obraz pominięty"sv}, {C::omitted, K::video, "wideo pominięte"sv}, {C::omitted, K::audio, "audio pominięte"sv}, {C::omitted, K::sticker, "pominięto naklejkę"sv}, {C::omitted, K::gif, "Plik GIF pominięty"sv}, {C::omitted, K::contact, "Pominięta wizytówka kontaktu"sv}, {C::omitted, K::document, "dokument pominięty"sv},
    // I1 PT-BR
    {C::attached, K::other, "<anexado: %@>"sv}, {C::omitted, K::photo, "imagem ocultada"sv}, {C::omitted, K::video, "vídeo omitido"sv}, {C::omitted, K::audio, "áudio ocultado"sv}, {C::omitted, K::sticker, "figurinha omitida"sv}, {C::omitted, K::gif, "GIF omitido"sv}, {C::omitted, K::contact, "Cartão do contato omitido"sv}, {C::omitted, K::document, "documento omitido"sv},
    // I1 PT-PT
    {C::attached, K::other, "<anexo: %@>"sv}, {C::omitted, K::photo, "imagem não revelada"sv}, {C::omitted, K::video, "vídeo não revelado"sv}, {C::omitted, K::audio, "ficheiro de áudio não revelado"sv}, {C::omitted, K::sticker, "sticker não revelado"sv}, {C::omitted, K::gif, "GIF não revelada"sv}, {C::omitted, K::contact, "Contacto não revelado"sv}, {C::omitted, K::document, "documento não revelado"sv},
    // I1 RO
    {C::attached, K::other, "<atașare: %@>"sv}, {C::omitted, K::photo, "Imagine omisă"sv}, {C::omitted, K::video, "clip video omis"sv}, {C::omitted, K::audio, "fără audio"sv}, {C::omitted, K::sticker, "sticker omis"sv}, {C::omitted, K::gif, "GIF omis"sv}, {C::omitted, K::contact, "Carte de vizită contact omisă"sv}, {C::omitted, K::document, "document omis"sv},
    // I1 RU
    {C::attached, K::other, "<прикреплено: %@>"sv}, {C::omitted, K::photo, "изображение отсутствует"sv}, {C::omitted, K::video, "видео отсутствует"sv}, {C::omitted, K::audio, "аудиофайл отсутствует"sv}, {C::omitted, K::sticker, "стикер не добавлен"sv}, {C::omitted, K::gif, "GIF отсутствует"sv}, {C::omitted, K::contact, "Карточка контакта отсутствует"sv}, {C::omitted, K::document, "документ отсутствует"sv},
    // I1 SK
    {C::attached, K::other, "<príloha: %@>"sv}, {C::omitted, K::photo, "obrázok vynechaný"sv}, {C::omitted, K::video, "video vynechané"sv}, {C::omitted, K::audio, "zvuk vynechaný"sv}, {C::omitted, K::sticker, "nálepka vynechaná"sv}, {C::omitted, K::gif, "GIF vynechaný"sv}, {C::omitted, K::contact, "Karta kontaktu vynechaná"sv}, {C::omitted, K::document, "dokument vynechaný"sv},
    // I1 SV
    {C::attached, K::other, "<bifogat: %@>"sv}, {C::omitted, K::photo, "bild utesluten"sv}, {C::omitted, K::video, "video utesluten"sv}, {C::omitted, K::audio, "ljud utelslutet"sv}, {C::omitted, K::sticker, "sticker utesluten"sv}, {C::omitted, K::gif, "GIF utesluten"sv}, {C::omitted, K::contact, "Kontaktkort uteslutet"sv}, {C::omitted, K::document, "dokument uteslutet"sv},
    // I1 TH
    {C::attached, K::other, "<แนบ: %@>"sv}, {C::omitted, K::photo, "ไม่มีรูปภาพ"sv}, {C::omitted, K::video, "วิดีโอถูกลบ"sv}, {C::omitted, K::audio, "ไม่มีไฟล์เสียง"sv}, {C::omitted, K::sticker, "ไม่มีสติกเกอร์"sv}, {C::omitted, K::gif, "ละเว้น GIF"sv}, {C::omitted, K::contact, "บัตรรายชื่อที่ละเว้น"sv}, {C::omitted, K::document, "ละเว้นเอกสาร"sv},
    // I1 TR
    {C::attached, K::other, "<%@ eklendi>"sv}, {C::omitted, K::photo, "görüntü dahil edilmedi"sv}, {C::omitted, K::video, "video dahil edilmedi"sv}, {C::omitted, K::audio, "ses dahil edilmedi"sv}, {C::omitted, K::sticker, "Çıkartma dahil edilmedi"sv}, {C::omitted, K::gif, "GIF dahil edilmedi"sv}, {C::omitted, K::contact, "Kişi kartı dahil edilmedi"sv}, {C::omitted, K::document, "belge dahil edilmedi"sv},
    // I1 UKR
    {C::attached, K::other, "<додано: %@>"sv}, {C::omitted, K::photo, "зображення відсутнє"sv}, {C::omitted, K::video, "відео відсутнє"sv}, {C::omitted, K::audio, "аудіо відсутнє"sv}, {C::omitted, K::sticker, "Наклейку не додано"sv}, {C::omitted, K::gif, "GIF-анімацію пропущено"sv}, {C::omitted, K::contact, "Картка контакту відсутня"sv}, {C::omitted, K::document, "документ пропущено"sv},
    // I1 UR
    {C::attached, K::other, "<پیوستہ: %@>"sv}, {C::omitted, K::photo, "تصویر نکال دی گئی ہے"sv}, {C::omitted, K::video, "ویڈیو نظرانداز"sv}, {C::omitted, K::audio, "آڈیو نظرانداز"sv}, {C::omitted, K::sticker, "اسٹیکر نظرانداز"sv}, {C::omitted, K::gif, "GIF  نظرانداز"sv}, {C::omitted, K::contact, "رابطہ کارڈ نظر انداز"sv}, {C::omitted, K::document, "دستاویز نظرانداز"sv},
    // I1 VI
    {C::attached, K::other, "<đính kèm: %@>"sv}, {C::omitted, K::photo, "đã bỏ qua hình ảnh"sv}, {C::omitted, K::video, "đã bỏ video"sv}, {C::omitted, K::audio, "bỏ qua tệp âm thanh"sv}, {C::omitted, K::sticker, "đã bỏ sticker"sv}, {C::omitted, K::gif, "Đã bỏ qua ảnh GIF"sv}, {C::omitted, K::contact, "Bỏ qua thẻ liên lạc"sv}, {C::omitted, K::document, "đã bỏ qua tài liệu"sv},
    // I1 ZH-HK
    {C::attached, K::other, "<附件：%@>"sv}, {C::omitted, K::photo, "圖片已略去"sv}, {C::omitted, K::video, "影片已略去"sv}, {C::omitted, K::audio, "音訊已略去"sv}, {C::omitted, K::sticker, "貼圖已略去"sv}, {C::omitted, K::gif, "GIF 已略去"sv}, {C::omitted, K::contact, "聯絡人卡片已略去"sv}, {C::omitted, K::document, "文件已略去"sv},
    // I1 ZH-Hans
    {C::attached, K::other, "<附件：%@>"sv}, {C::omitted, K::photo, "照片已忽略"sv}, {C::omitted, K::video, "视频已忽略"sv}, {C::omitted, K::audio, "音频已忽略"sv}, {C::omitted, K::sticker, "贴图已省略"sv}, {C::omitted, K::gif, "GIF 动态图已被忽略"sv}, {C::omitted, K::contact, "联系人卡片已忽略"sv}, {C::omitted, K::document, "文档已省略"sv},
    // I1 ZH-Hant
    {C::attached, K::other, "<附件：%@>"sv}, {C::omitted, K::photo, "圖像已省略"sv}, {C::omitted, K::video, "影片已省略"sv}, {C::omitted, K::audio, "音訊已省略"sv}, {C::omitted, K::sticker, "貼圖已忽略"sv}, {C::omitted, K::gif, "GIF 圖片已被省略"sv}, {C::omitted, K::contact, "聯絡人卡片已省略"sv}, {C::omitted, K::document, "文件已忽略"sv},
    // I2 EN
    {C::deleted, K::other, "This message was deleted."sv}, {C::deleted, K::other, "You deleted this message."sv}, {C::deleted, K::other, "This message was deleted by an admin."sv}, {C::missed_voice, K::other, "Missed voice call"sv}, {C::missed_video, K::other, "Missed video call"sv}, {C::voice_call, K::other, "Voice call"sv}, {C::location, K::other, "Location: %s"sv}, {C::notice, K::other, "Waiting for this message"sv},
    // I2 AR
    {C::deleted, K::other, "تم حذف هذه الرسالة."sv}, {C::deleted, K::other, "لقد حذَفت هذه الرسالة."sv}, {C::deleted, K::other, "حذف أحد المشرفين هذه الرسالة."sv}, {C::missed_voice, K::other, "مكالمة صوتية فائتة"sv}, {C::missed_video, K::other, "مكالمة فيديو فائتة"sv}, {C::voice_call, K::other, "مكالمة صوتية"sv}, {C::location, K::other, "الموقع: %s"sv}, {C::notice, K::other, "في انتظار هذه الرسالة"sv},
    // I2 BN
    {C::deleted, K::other, "এই মেসেজটি বাদ দেওয়া হয়েছে।"sv}, {C::deleted, K::other, "আপনি এই মেসেজটি বাদ দিয়েছেন।"sv}, {C::deleted, K::other, "অ্যাডমিন এই মেসেজটি বাদ দিয়েছেন।"sv}, {C::missed_voice, K::other, "ভয়েস কল মিস করেছেন"sv}, {C::missed_video, K::other, "ভিডিও কল মিস করেছেন"sv}, {C::voice_call, K::other, "ভয়েস কল"sv}, {C::location, K::other, "লোকেশন: %s"sv}, {C::notice, K::other, "এই মেসেজের জন্য অপেক্ষা করা হচ্ছে"sv},
    // I2 CA
    {C::deleted, K::other, "Aquest missatge s'ha suprimit."sv}, {C::deleted, K::other, "Has suprimit aquest missatge."sv}, {C::deleted, K::other, "Aquest missatge l'ha suprimit un administrador."sv}, {C::missed_voice, K::other, "Trucada de veu perduda"sv}, {C::missed_video, K::other, "Videotrucada perduda"sv}, {C::voice_call, K::other, "Trucada de veu"sv}, {C::location, K::other, "Ubicació: %s"sv}, {C::notice, K::other, "Esperant aquest missatge"sv},
    // I2 CS
    {C::deleted, K::other, "Tato zpráva byla smazána."sv}, {C::deleted, K::other, "Tuto zprávu jste smazal/a."sv}, {C::deleted, K::other, "Tuto zprávu smazal jeden ze správců skupiny."sv}, {C::missed_voice, K::other, "Zmeškaný hovor"sv}, {C::missed_video, K::other, "Zmeškaný videohovor"sv}, {C::voice_call, K::other, "Hlasový hovor"sv}, {C::location, K::other, "Poloha: %s"sv}, {C::notice, K::other, "Čeká se na tuto zprávu"sv},
    // I2 DA
    {C::deleted, K::other, "Denne besked er blevet slettet."sv}, {C::deleted, K::other, "Du har slettet denne besked."sv}, {C::deleted, K::other, "Denne besked er blevet slettet af en administrator."sv}, {C::missed_voice, K::other, "Ubesvaret taleopkald"sv}, {C::missed_video, K::other, "Ubesvaret videoopkald"sv}, {C::voice_call, K::other, "Taleopkald"sv}, {C::location, K::other, "Lokation: %s"sv}, {C::notice, K::other, "Venter på denne besked"sv},
    // I2 DE
    {C::deleted, K::other, "Diese Nachricht wurde gelöscht."sv}, {C::deleted, K::other, "Du hast diese Nachricht gelöscht."sv}, {C::deleted, K::other, "Diese Nachricht wurde von einem*einer Admin gelöscht."sv}, {C::missed_voice, K::other, "Verpasster Sprachanruf"sv}, {C::missed_video, K::other, "Verpasster Videoanruf"sv}, {C::voice_call, K::other, "Sprachanruf"sv}, {C::location, K::other, "Standort: %s"sv}, {C::notice, K::other, "Warte auf diese Nachricht"sv},
    // I2 EL
    {C::deleted, K::other, "Αυτό το μήνυμα διαγράφηκε."sv}, {C::deleted, K::other, "Διαγράψατε το μήνυμα."sv}, {C::deleted, K::other, "Αυτό το μήνυμα διαγράφηκε από έναν διαχειριστή."sv}, {C::missed_voice, K::other, "Αναπάντητη φωνητική κλήση"sv}, {C::missed_video, K::other, "Αναπάντητη βιντεοκλήση"sv}, {C::voice_call, K::other, "Φωνητική κλήση"sv}, {C::location, K::other, "Τοποθεσία: %s"sv}, {C::notice, K::other, "Αναμονή για αυτό το μήνυμα"sv},
    // I2 ES-SP
    {C::deleted, K::other, "Se eliminó este mensaje."sv}, {C::deleted, K::other, "Eliminaste este mensaje."sv}, {C::deleted, K::other, "Un admin. eliminó este mensaje."sv}, {C::missed_voice, K::other, "Llamada perdida"sv}, {C::missed_video, K::other, "Videollamada perdida"sv}, {C::voice_call, K::other, "Llamada"sv}, {C::location, K::other, "Ubicación: %s"sv}, {C::notice, K::other, "Esperando el mensaje"sv},
    // I2 FA
    {C::deleted, K::other, "این پیام حذف شده است."sv}, {C::deleted, K::other, "شما این پیام را حذف کردید."sv}, {C::deleted, K::other, "یکی از مدیران این پیام را حذف کرد."sv}, {C::missed_voice, K::other, "تماس صوتی پاسخ داده نشده"sv}, {C::missed_video, K::other, "تماس تصویری بی‌پاسخ"sv}, {C::voice_call, K::other, "تماس صوتی"sv}, {C::location, K::other, "مکان: %s"sv}, {C::notice, K::other, "در انتظار برای این پیام"sv},
    // I2 FI
    {C::deleted, K::other, "Tämä viesti poistettiin."sv}, {C::deleted, K::other, "Poistit tämän viestin."sv}, {C::deleted, K::other, "Ylläpitäjä poisti tämän viestin."sv}, {C::missed_voice, K::other, "Vastaamaton äänipuhelu"sv}, {C::missed_video, K::other, "Vastaamaton videopuhelu"sv}, {C::voice_call, K::other, "Äänipuhelu"sv}, {C::location, K::other, "Sijainti: %s"sv}, {C::notice, K::other, "Odotetaan tätä viestiä"sv},
    // I2 FR
    {C::deleted, K::other, "Ce message a été supprimé."sv}, {C::deleted, K::other, "Vous avez supprimé ce message."sv}, {C::deleted, K::other, "Ce message a été supprimé par un ou une admin."sv}, {C::missed_voice, K::other, "Appel vocal manqué"sv}, {C::missed_video, K::other, "Appel vidéo manqué"sv}, {C::voice_call, K::other, "Appel vocal"sv}, {C::location, K::other, "Localisation: %s"sv}, {C::notice, K::other, "En attente de ce message"sv},
    // I2 GA
    {C::deleted, K::other, "Scriosadh an teachtaireacht seo."sv}, {C::deleted, K::other, "Scrios tú an teachtaireacht seo."sv}, {C::deleted, K::other, "Scrios riarthóir an teachtaireacht seo."sv}, {C::missed_voice, K::other, "Guthghlao caillte"sv}, {C::missed_video, K::other, "Físghlao caillte"sv}, {C::voice_call, K::other, "Guthghlao"sv}, {C::location, K::other, "Suíomh: %s"sv}, {C::notice, K::other, "Ag fanacht leis an teachtaireacht seo"sv},
    // I2 GR-EL
    {C::deleted, K::other, "Αυτό το μήνυμα διαγράφηκε."sv}, {C::deleted, K::other, "Διαγράψατε το μήνυμα."sv}, {C::deleted, K::other, "Αυτό το μήνυμα διαγράφηκε από έναν διαχειριστή."sv}, {C::missed_voice, K::other, "Αναπάντητη φωνητική κλήση"sv}, {C::missed_video, K::other, "Αναπάντητη βιντεοκλήση"sv}, {C::voice_call, K::other, "Φωνητική κλήση"sv}, {C::location, K::other, "Τοποθεσία: %s"sv}, {C::notice, K::other, "Αναμονή για αυτό το μήνυμα"sv},
    // I2 GU
    {C::deleted, K::other, "આ મેસેજ ડિલીટ કરાયો."sv}, {C::deleted, K::other, "તમે આ મેસેજ ડિલીટ કર્યો."sv}, {C::deleted, K::other, "આ મેસેજ એડમિને ડિલીટ કર્યો હતો."sv}, {C::missed_voice, K::other, "છૂટી ગયેલો વોઇસ કૉલ"sv}, {C::missed_video, K::other, "છૂટી ગયેલ વિડિયો કૉલ"sv}, {C::voice_call, K::other, "વોઇસ કૉલ"sv}, {C::location, K::other, "લોકેશન: %s"sv}, {C::notice, K::other, "આ મેસેજની રાહ જોવાય છે"sv},
    // I2 HE
    {C::deleted, K::other, "הודעה זו נמחקה."sv}, {C::deleted, K::other, "מחקת את ההודעה הזו."sv}, {C::deleted, K::other, "ההודעה נמחקה על ידי מנהל/ת."sv}, {C::missed_voice, K::other, "שיחה קולית שלא נענתה"sv}, {C::missed_video, K::other, "שיחת וידאו שלא נענתה"sv}, {C::voice_call, K::other, "שיחה קולית"sv}, {C::location, K::other, "מיקום: %s"sv}, {C::notice, K::other, "בהמתנה להודעה זו"sv},
    // I2 HI
    {C::deleted, K::other, "यह मैसेज डिलीट कर दिया गया है."sv}, {C::deleted, K::other, "आपने यह मैसेज डिलीट किया."sv}, {C::deleted, K::other, "यह मैसेज किसी एडमिन ने डिलीट कर दिया है."sv}, {C::missed_voice, K::other, "वॉइस कॉल मिस हुई"sv}, {C::missed_video, K::other, "मिस्ड वीडियो कॉल"sv}, {C::voice_call, K::other, "वॉइस कॉल"sv}, {C::location, K::other, "लोकेशन: %s"sv}, {C::notice, K::other, "इस मैसेज को लोड होने में थोड़ा समय लग सकता है."sv},
    // I2 HR
    {C::deleted, K::other, "Ova je poruka izbrisana."sv}, {C::deleted, K::other, "Izbrisali ste ovu poruku."sv}, {C::deleted, K::other, "Ovu je poruku izbrisao administrator."sv}, {C::missed_voice, K::other, "Propušteni glasovni poziv"sv}, {C::missed_video, K::other, "Propušteni videopoziv"sv}, {C::voice_call, K::other, "Glasovni poziv"sv}, {C::location, K::other, "Lokacija: %s"sv}, {C::notice, K::other, "Čekanje na ovu poruku"sv},
    // I2 HU
    {C::deleted, K::other, "Ez az üzenet törlésre került."sv}, {C::deleted, K::other, "Törölted ezt az üzenetet."sv}, {C::deleted, K::other, "Ezt az üzenetet az egyik admin eltávolította."sv}, {C::missed_voice, K::other, "Nem fogadott hanghívás"sv}, {C::missed_video, K::other, "Nem fogadott videohívás"sv}, {C::voice_call, K::other, "Hanghívás"sv}, {C::location, K::other, "Helyzet: %s"sv}, {C::notice, K::other, "Várakozás az üzenetre"sv},
    // I2 ID
    {C::deleted, K::other, "Pesan ini dihapus."sv}, {C::deleted, K::other, "Anda menghapus pesan ini."sv}, {C::deleted, K::other, "Pesan ini dihapus oleh admin."sv}, {C::missed_voice, K::other, "Panggilan suara tak terjawab"sv}, {C::missed_video, K::other, "Panggilan video tak terjawab"sv}, {C::voice_call, K::other, "Panggilan suara"sv}, {C::location, K::other, "Lokasi: %s"sv}, {C::notice, K::other, "Menunggu pesan ini"sv},
    // I2 IT
    {C::deleted, K::other, "Questo messaggio è stato eliminato."sv}, {C::deleted, K::other, "Hai eliminato questo messaggio."sv}, {C::deleted, K::other, "Questo messaggio è stato eliminato da un amministratore."sv}, {C::missed_voice, K::other, "Chiamata vocale persa"sv}, {C::missed_video, K::other, "Videochiamata persa"sv}, {C::voice_call, K::other, "Chiamata vocale"sv}, {C::location, K::other, "Posizione: %s"sv}, {C::notice, K::other, "In attesa del messaggio"sv},
    // I2 JA
    {C::deleted, K::other, "このメッセージは削除されました。"sv}, {C::deleted, K::other, "このメッセージを削除しました。"sv}, {C::deleted, K::other, "このメッセージは管理者により削除されました。"sv}, {C::missed_voice, K::other, "音声通話不在着信"sv}, {C::missed_video, K::other, "ビデオ通話不在着信"sv}, {C::voice_call, K::other, "音声通話"sv}, {C::location, K::other, "位置情報: %s"sv}, {C::notice, K::other, "メッセージを待っています"sv},
    // I2 KO
    {C::deleted, K::other, "이 메시지는 삭제되었습니다."sv}, {C::deleted, K::other, "이 메시지를 삭제했습니다."sv}, {C::deleted, K::other, "이 메시지는 관리자에 의해 삭제되었습니다."sv}, {C::missed_voice, K::other, "부재중 전화"sv}, {C::missed_video, K::other, "부재중 영상통화"sv}, {C::voice_call, K::other, "음성통화"sv}, {C::location, K::other, "위치: %s"sv}, {C::notice, K::other, "메시지 암호화 대기중입니다"sv},
    // I2 MR
    {C::deleted, K::other, "हा मेसेज हटवण्यात आला."sv}, {C::deleted, K::other, "तुम्ही हा मेसेज हटवला."sv}, {C::deleted, K::other, "हा मेसेज ॲडमिनने हटवला."sv}, {C::missed_voice, K::other, "मिस्ड व्हॉइस कॉल"sv}, {C::missed_video, K::other, "मिस्ड व्हिडिओ कॉल"sv}, {C::voice_call, K::other, "व्हॉइस कॉल"sv}, {C::location, K::other, "लोकेशन: %s"sv}, {C::notice, K::other, "या मेसेजची प्रतीक्षा करत आहोत"sv},
    // I2 MS
    {C::deleted, K::other, "Mesej ini telah dipadam."sv}, {C::deleted, K::other, "Anda telah memadamkan mesej ini."sv}, {C::deleted, K::other, "Mesej ini telah dipadamkan oleh pentadbir."sv}, {C::missed_voice, K::other, "Panggila suara terlepas"sv}, {C::missed_video, K::other, "Panggilan video terlepas"sv}, {C::voice_call, K::other, "Panggilan suara"sv}, {C::location, K::other, "Lokasi: %s"sv}, {C::notice, K::other, "Menunggu untuk mesej ini"sv},
    // I2 NB
    {C::deleted, K::other, "Denne meldingen ble slettet."sv}, {C::deleted, K::other, "Du slettet denne meldingen."sv}, {C::deleted, K::other, "Denne meldingen ble slettet av en administrator."sv}, {C::missed_voice, K::other, "Tapt taleanrop"sv}, {C::missed_video, K::other, "Tapt videoanrop"sv}, {C::voice_call, K::other, "Taleanrop"sv}, {C::location, K::other, "Posisjon: %s"sv}, {C::notice, K::other, "Venter på denne meldingen"sv},
    // I2 NL
    {C::deleted, K::other, "Dit bericht is verwijderd."sv}, {C::deleted, K::other, "U hebt dit bericht verwijderd."sv}, {C::deleted, K::other, "Dit bericht is verwijderd door een beheerder."sv}, {C::missed_voice, K::other, "Gemist spraakgesprek"sv}, {C::missed_video, K::other, "Gemist videogesprek"sv}, {C::voice_call, K::other, "Spraakgesprek"sv}, {C::location, K::other, "Locatie: %s"sv}, {C::notice, K::other, "Wachten op dit bericht"sv},
    // I2 PL
    {C::deleted, K::other, "Ta wiadomość została usunięta."sv}, {C::deleted, K::other, "Usunąłeś(-ęłaś) tę wiadomość."sv}, {C::deleted, K::other, "Tę wiadomość usunął administrator."sv}, {C::missed_voice, K::other, "Nieodebrane poł. głosowe"sv}, {C::missed_video, K::other, "Nieodebrane poł. wideo"sv}, {C::voice_call, K::other, "Połączenie głosowe"sv}, {C::location, K::other, "Położenie: %s"sv}, {C::notice, K::other, "Oczekiwanie na tę wiadomość"sv},
    // I2 PT-BR
    {C::deleted, K::other, "Mensagem apagada"sv}, {C::deleted, K::other, "Mensagem apagada"sv}, {C::deleted, K::other, "Mensagem apagada por um admin"sv}, {C::missed_voice, K::other, "Chamada de voz perdida"sv}, {C::missed_video, K::other, "Chamada de vídeo perdida"sv}, {C::voice_call, K::other, "Chamada de voz"sv}, {C::location, K::other, "Localização: %s"sv}, {C::notice, K::other, "Aguardando mensagem"sv},
    // I2 PT-PT
    {C::deleted, K::other, "Esta mensagem foi apagada."sv}, {C::deleted, K::other, "Apagou esta mensagem."sv}, {C::deleted, K::other, "Esta mensagem foi apagada por um/a administrador/a."sv}, {C::missed_voice, K::other, "Chamada de voz perdida"sv}, {C::missed_video, K::other, "Videochamada perdida"sv}, {C::voice_call, K::other, "Chamada de voz"sv}, {C::location, K::other, "Localização: %s"sv}, {C::notice, K::other, "A aguardar pela mensagem"sv},
    // I2 RO
    {C::deleted, K::other, "Acest mesaj a fost șters."sv}, {C::deleted, K::other, "Ați șters acest mesaj."sv}, {C::deleted, K::other, "Acest mesaj a fost șters de un admin."sv}, {C::missed_voice, K::other, "Apel vocal ratat"sv}, {C::missed_video, K::other, "Apel video ratat"sv}, {C::voice_call, K::other, "Apel vocal"sv}, {C::location, K::other, "Locație: %s"sv}, {C::notice, K::other, "Se așteaptă mesajul"sv},
    // I2 RU
    {C::deleted, K::other, "Данное сообщение удалено."sv}, {C::deleted, K::other, "Вы удалили данное сообщение."sv}, {C::deleted, K::other, "Данное сообщение удалено админом."sv}, {C::missed_voice, K::other, "Пропущенный аудиозвонок"sv}, {C::missed_video, K::other, "Пропущенный видеозвонок"sv}, {C::voice_call, K::other, "Аудиозвонок"sv}, {C::location, K::other, "Местоположение: %s"sv}, {C::notice, K::other, "Ожидание сообщения"sv},
    // I2 SK
    {C::deleted, K::other, "Táto správa bola odstránená."sv}, {C::deleted, K::other, "Túto správu ste odstránili."sv}, {C::deleted, K::other, "Túto správu odstránil správca."sv}, {C::missed_voice, K::other, "Zmeškaný hovor"sv}, {C::missed_video, K::other, "Zmeškaný videohovor"sv}, {C::voice_call, K::other, "Hlasový hovor"sv}, {C::location, K::other, "Poloha: %s"sv}, {C::notice, K::other, "Čaká sa na túto správu"sv},
    // I2 SV
    {C::deleted, K::other, "Det här meddelandet raderades."sv}, {C::deleted, K::other, "Du raderade det här meddelandet."sv}, {C::deleted, K::other, "Det här meddelandet togs bort av en administratör."sv}, {C::missed_voice, K::other, "Missat röstsamtal"sv}, {C::missed_video, K::other, "Missat videosamtal"sv}, {C::voice_call, K::other, "Röstsamtal"sv}, {C::location, K::other, "Platsinfo: %s"sv}, {C::notice, K::other, "Väntar på meddelande"sv},
    // I2 TH
    {C::deleted, K::other, "ข้อความนี้ถูกลบแล้ว"sv}, {C::deleted, K::other, "คุณได้ลบข้อความนี้"sv}, {C::deleted, K::other, "ข้อความนี้ถูกลบโดยผู้ดูแล"sv}, {C::missed_voice, K::other, "สายที่ไม่ได้รับ"sv}, {C::missed_video, K::other, "วิดีโอคอลที่ไม่ได้รับ"sv}, {C::voice_call, K::other, "การโทรเสียง"sv}, {C::location, K::other, "ตำแหน่งที่ตั้ง: %s"sv}, {C::notice, K::other, "กำลังรอข้อความนี้ อาจใช้เวลาสักครู่"sv},
    // I2 TR
    {C::deleted, K::other, "Bu mesaj silindi."sv}, {C::deleted, K::other, "Bu mesajı sildiniz."sv}, {C::deleted, K::other, "Bu mesaj bir yönetici tarafından silindi."sv}, {C::missed_voice, K::other, "Cevapsız sesli arama"sv}, {C::missed_video, K::other, "Cevapsız görüntülü arama"sv}, {C::voice_call, K::other, "Sesli arama"sv}, {C::location, K::other, "Konum: %s"sv}, {C::notice, K::other, "Mesaj bekleniyor"sv},
    // I2 UKR
    {C::deleted, K::other, "Це повідомлення було видалено."sv}, {C::deleted, K::other, "Ви видалили це повідомлення."sv}, {C::deleted, K::other, "Адміністратор видалив це повідомлення."sv}, {C::missed_voice, K::other, "Пропущений аудіодзвінок"sv}, {C::missed_video, K::other, "Пропущений відеодзвінок"sv}, {C::voice_call, K::other, "Аудіодзвінок"sv}, {C::location, K::other, "Розташування: %s"sv}, {C::notice, K::other, "Очікування повідомлення"sv},
    // I2 UR
    {C::deleted, K::other, "یہ میسج حذف کر دیا گیا ہے۔"sv}, {C::deleted, K::other, "آپ نے یہ میسج حذف کر دیا ہے۔"sv}, {C::deleted, K::other, "یہ میسج ایک ایڈمن نے حذف کر دیا ہے۔"sv}, {C::missed_voice, K::other, "مسڈ وائس کال"sv}, {C::missed_video, K::other, "مسڈ ویڈیو کال"sv}, {C::voice_call, K::other, "وائس کال"sv}, {C::location, K::other, "مقام: %s"sv}, {C::notice, K::other, "اس میسج کا انتظار ہے"sv},
    // I2 VI
    {C::deleted, K::other, "Tin nhắn này đã bị xóa."sv}, {C::deleted, K::other, "Bạn đã xoá tin nhắn này."sv}, {C::deleted, K::other, "Quản trị viên đã xóa tin nhắn này."sv}, {C::missed_voice, K::other, "Cuộc gọi nhỡ"sv}, {C::missed_video, K::other, "Cuộc gọi nhỡ video"sv}, {C::voice_call, K::other, "Cuộc gọi thoại"sv}, {C::location, K::other, "Vị trí: %s"sv}, {C::notice, K::other, "Đang chờ ghi chú thanh toán này"sv},
    // I2 ZH-HK
    {C::deleted, K::other, "此訊息已刪除。"sv}, {C::deleted, K::other, "您已刪除此訊息。"sv}, {C::deleted, K::other, "管理員已刪除此訊息。"sv}, {C::missed_voice, K::other, "未接語音通話"sv}, {C::missed_video, K::other, "未接視像通話"sv}, {C::voice_call, K::other, "語音通話"sv}, {C::location, K::other, "位置: %s"sv}, {C::notice, K::other, "正在等待此訊息，請耐心等候"sv},
    // I2 ZH-Hans
    {C::deleted, K::other, "这条消息已被删除。"sv}, {C::deleted, K::other, "您已删除这条消息。"sv}, {C::deleted, K::other, "管理员已删除这条消息。"sv}, {C::missed_voice, K::other, "未接语音通话"sv}, {C::missed_video, K::other, "未接视频通话"sv}, {C::voice_call, K::other, "语音通话"sv}, {C::location, K::other, "位置: %s"sv}, {C::notice, K::other, "正在等待信息，可能需要一段时间"sv},
    // I2 ZH-Hant
    {C::deleted, K::other, "此訊息已刪除。"sv}, {C::deleted, K::other, "您已刪除此訊息。"sv}, {C::deleted, K::other, "管理員已刪除此訊息。"sv}, {C::missed_voice, K::other, "未接語音通話"sv}, {C::missed_video, K::other, "未接視像通話"sv}, {C::voice_call, K::other, "語音通話"sv}, {C::location, K::other, "位置: %s"sv}, {C::notice, K::other, "正在等待訊息，此可能需要一段時間"sv},
};

}  // namespace

std::span<const Entry> ios_entries() { return k_entries; }

}  // namespace chatvault::importers::whatsapp::strings
