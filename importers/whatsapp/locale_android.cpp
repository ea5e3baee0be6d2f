// GENERATED from FORMAT.md §9 (tables A1, A2, 9.3, 9.4) by a one-off script; edit by hand if a string changes.
// Entries keep the tables' own spelling; "%s", "%@", "%1$s", "%2$@" … are wildcards.
#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_entries[] = {
    // A1 en (default)
    {C::file_name, K::other, "WhatsApp Chat with %s"sv}, {C::file_attached, K::other, "%s (file attached)"sv}, {C::omitted, K::other, "<Media omitted>"sv}, {C::location, K::other, "location: %s"sv}, {C::live_location, K::other, "live location shared"sv},
    // A1 af
    {C::file_name, K::other, "WhatsApp Gesprek met %s"sv}, {C::file_attached, K::other, "%s (lêer aangeheg)"sv}, {C::omitted, K::other, "<Media weggelaat>"sv}, {C::location, K::other, "ligging: %s"sv}, {C::live_location, K::other, "regstreekse ligging gedeel"sv},
    // A1 ar
    {C::file_name, K::other, "دردشة واتساب مع %s"sv}, {C::file_attached, K::other, "%s (الملف مرفق)"sv}, {C::omitted, K::other, "<تم استبعاد الوسائط>"sv}, {C::location, K::other, "الموقع: %s"sv}, {C::live_location, K::other, "تمت مشاركة الموقع المباشر"sv},
    // A1 az
    {C::file_name, K::other, "%s ilə WhatsApp Söhbəti"sv}, {C::file_attached, K::other, "%s (fayl əlavə olunub)"sv}, {C::omitted, K::other, "<Media çıxarılmışdır>"sv}, {C::location, K::other, "məkan: %s"sv}, {C::live_location, K::other, "canlı məkan paylaşılıb"sv},
    // A1 bg
    {C::file_name, K::other, "WhatsApp Чат с %s"sv}, {C::file_attached, K::other, "%s (прикачен файл)"sv}, {C::omitted, K::other, "<Без файл>"sv}, {C::location, K::other, "местоположение: %s"sv}, {C::live_location, K::other, "местоположение в реално време споделено"sv},
    // A1 bn
    {C::file_name, K::other, "%s এর সাথে WhatsApp চ্যাট"sv}, {C::file_attached, K::other, "%s (ফাইল সংযুক্ত হয়েছে)"sv}, {C::omitted, K::other, "<মিডিয়া বাদ দেওয়া হয়েছে>"sv}, {C::location, K::other, "অবস্থান: %s"sv}, {C::live_location, K::other, "লাইভ অবস্থান শেয়ার করা হয়েছে"sv},
    // A1 ca
    {C::file_name, K::other, "Xat de WhatsApp amb %s"sv}, {C::file_attached, K::other, "%s (arxiu adjunt)"sv}, {C::omitted, K::other, "<Mitjans omesos>"sv}, {C::location, K::other, "ubicació: %s"sv}, {C::live_location, K::other, "Ubicació en directe compartida"sv},
    // A1 cs
    {C::file_name, K::other, "Chat WhatsApp s uživatelem %s"sv}, {C::file_attached, K::other, "%s (soubor byl přiložen)"sv}, {C::omitted, K::other, "< Média vynechána >"sv}, {C::location, K::other, "poloha: %s"sv}, {C::live_location, K::other, "byla sdílena aktuální poloha"sv},
    // A1 da
    {C::file_name, K::other, "WhatsApp chat med %s"sv}, {C::file_attached, K::other, "%s (fil vedhæftet)"sv}, {C::omitted, K::other, "<Mediefil udeladt>"sv}, {C::location, K::other, "placering: %s"sv}, {C::live_location, K::other, "live placering delt"sv},
    // A1 de
    {C::file_name, K::other, "WhatsApp Chat mit %s"sv}, {C::file_attached, K::other, "%s (Datei angehängt)"sv}, {C::omitted, K::other, "<Medien weggelassen>"sv}, {C::location, K::other, "Standort: %s"sv}, {C::live_location, K::other, "Live-Standort wird geteilt"sv},
    // A1 el
    {C::file_name, K::other, "Συνομιλία WhatsApp με %s"sv}, {C::file_attached, K::other, "%s (συνημμένο αρχείο)"sv}, {C::omitted, K::other, "<Εξαίρεση πολυμέσων>"sv}, {C::location, K::other, "τοποθεσία: %s"sv}, {C::live_location, K::other, "η τωρινή τοποθεσία κοινοποιήθηκε"sv},
    // A1 es
    {C::file_name, K::other, "Chat de WhatsApp con %s"sv}, {C::file_attached, K::other, "%s (archivo adjuntado)"sv}, {C::omitted, K::other, "<Archivo omitido>"sv}, {C::location, K::other, "ubicación: %s"sv}, {C::live_location, K::other, "ubicación en tiempo real compartida"sv},
    // A1 et
    {C::file_name, K::other, "WhatsApp'i vestlus kontaktiga %s"sv}, {C::file_attached, K::other, "%s (fail lisatud)"sv}, {C::omitted, K::other, "<Meedia ära jäetud>"sv}, {C::location, K::other, "asukoht: %s"sv}, {C::live_location, K::other, "hetke asukoht jagatud"sv},
    // A1 fa
    {C::file_name, K::other, "گفتگوی WhatsApp با %s"sv}, {C::file_attached, K::other, "فایل پیوست شد %s"sv}, {C::omitted, K::other, "< پيوست نما/آهنگ حذف شد >"sv}, {C::location, K::other, "موقعیت: %s"sv}, {C::live_location, K::other, "مکان زنده به اشتراک گذاشته شد"sv},
    // A1 fi
    {C::file_name, K::other, "WhatsApp-keskustelu henkilön %s kanssa"sv}, {C::file_attached, K::other, "%s (liitetiedosto)"sv}, {C::omitted, K::other, "<Media jätetty pois>"sv}, {C::location, K::other, "sijainti: %s"sv}, {C::live_location, K::other, "live-sijainti jaettu"sv},
    // A1 fr
    {C::file_name, K::other, "Discussion WhatsApp avec %s"sv}, {C::file_attached, K::other, "%s (fichier joint)"sv}, {C::omitted, K::other, "<Fichier omis>"sv}, {C::location, K::other, "localisation : %s"sv}, {C::live_location, K::other, "Localisation en direct partagée"sv},
    // A1 gu
    {C::file_name, K::other, "%s સાથેની WhatsApp વાત"sv}, {C::file_attached, K::other, "%s (ફાઇલ જોડાયેલ)"sv}, {C::omitted, K::other, "<મીડિયા અવગણાયું>"sv}, {C::location, K::other, "સ્થળ: %s"sv}, {C::live_location, K::other, "જીવંત સ્થાન શેર કરાયું"sv},
    // A1 he
    {C::file_name, K::other, "צ'אט WhatsApp עם %s"sv}, {C::file_attached, K::other, "%s (קובץ מצורף)"sv}, {C::omitted, K::other, "<מדיה הושמטה>"sv}, {C::location, K::other, "מיקום: %s"sv}, {C::live_location, K::other, "משתף מיקום בשידור חי"sv},
    // A1 hi-v16
    {C::file_name, K::other, "%s के साथ WhatsApp चैट"sv}, {C::file_attached, K::other, "%s (फाइल अटैच कर दी गई है)"sv}, {C::omitted, K::other, "<मीडिया के बिना>"sv}, {C::location, K::other, "स्थान : %s"sv}, {C::live_location, K::other, "लाइव स्थान साझा किया गया"sv},
    // A1 hr
    {C::file_name, K::other, "WhatsApp razgovor s %s"sv}, {C::file_attached, K::other, "%s (datoteka u privitku)"sv}, {C::omitted, K::other, "<Medijski zapis izostavljen>"sv}, {C::location, K::other, "lokacija: %s"sv}, {C::live_location, K::other, "trenutna lokacija podijeljena"sv},
    // A1 hu
    {C::file_name, K::other, "WhatsApp csevegés vele: %s"sv}, {C::file_attached, K::other, "%s (fájl csatolva)"sv}, {C::omitted, K::other, "<Hiányzó médiafájl>"sv}, {C::location, K::other, "Helyzet: %s"sv}, {C::live_location, K::other, "tartózkodási hely megosztva"sv},
    // A1 id
    {C::file_name, K::other, "Chat WhatsApp dengan %s"sv}, {C::file_attached, K::other, "%s (file terlampir)"sv}, {C::omitted, K::other, "<Media tidak disertakan>"sv}, {C::location, K::other, "lokasi : %s"sv}, {C::live_location, K::other, "Lokasi terkini dibagikan"sv},
    // A1 in
    {C::file_name, K::other, "Chat WhatsApp dengan %s"sv}, {C::file_attached, K::other, "%s (file terlampir)"sv}, {C::omitted, K::other, "<Media tidak disertakan>"sv}, {C::location, K::other, "lokasi : %s"sv}, {C::live_location, K::other, "Lokasi terkini dibagikan"sv},
    // A1 it
    {C::file_name, K::other, "Chat WhatsApp con %s"sv}, {C::file_attached, K::other, "%s (file allegato)"sv}, {C::omitted, K::other, "<Media omesso>"sv}, {C::location, K::other, "posizione: %s"sv}, {C::live_location, K::other, "posizione attuale condivisa"sv},
    // A1 iw
    {C::file_name, K::other, "צ'אט WhatsApp עם %s"sv}, {C::file_attached, K::other, "%s (קובץ מצורף)"sv}, {C::omitted, K::other, "<מדיה הושמטה>"sv}, {C::location, K::other, "מיקום: %s"sv}, {C::live_location, K::other, "משתף מיקום בשידור חי"sv},
    // A1 ja
    {C::file_name, K::other, "%sとのWhatsAppチャット"sv}, {C::file_attached, K::other, "%s (添付ファイル有り)"sv}, {C::omitted, K::other, "<メディアは含まれていません>"sv}, {C::location, K::other, "位置情報：%s"sv}, {C::live_location, K::other, "ライブロケーション共有"sv},
    // A1 kk
    {C::file_name, K::other, "WhatsApp чат: %s"sv}, {C::file_attached, K::other, "%s (қосымша файл)"sv}, {C::omitted, K::other, "<Файл қосылған жоқ>"sv}, {C::location, K::other, "орналасуы: %s"sv}, {C::live_location, K::other, "қазіргі орынмен бөлісті"sv},
    // A1 kn
    {C::file_name, K::other, "%s ಜೊತೆ WhatsApp ಸಂಭಾಷಣೆ"sv}, {C::file_attached, K::other, "%s (ಕಡತ ಸೇರಿಸಲಾಯಿತು)"sv}, {C::omitted, K::other, "<ಮೀಡಿಯಾ ಕೈಬಿಡಲಾಗಿದೆ>"sv}, {C::location, K::other, "ಸ್ಥಳ: %s"sv}, {C::live_location, K::other, "ನೇರ ಸ್ಥಳ ಹಂಚಿಕೊಳ್ಳಲಾಗಿದೆ"sv},
    // A1 ko
    {C::file_name, K::other, "%s님과의 WhatsApp 대화"sv}, {C::file_attached, K::other, "%s (파일 첨부됨)"sv}, {C::omitted, K::other, "<미디어 파일을 생략한 대화내용>"sv}, {C::location, K::other, "위치: %s"sv}, {C::live_location, K::other, "공유한 실시간 위치"sv},
    // A1 lt
    {C::file_name, K::other, "WhatsApp pokalbis su %s"sv}, {C::file_attached, K::other, "%s (byla prisegta)"sv}, {C::omitted, K::other, "<Praleistas medijos turinys>"sv}, {C::location, K::other, "buvimo vieta: %s"sv}, {C::live_location, K::other, "tiesioginė vieta bendrinama"sv},
    // A1 lv
    {C::file_name, K::other, "WhatsApp sarakste ar %s"sv}, {C::file_attached, K::other, "%s (pievienots fails)"sv}, {C::omitted, K::other, "<Bez multivides>"sv}, {C::location, K::other, "atrašanās vieta: %s"sv}, {C::live_location, K::other, "reāllaika atrašanās vieta"sv},
    // A1 mk
    {C::file_name, K::other, "WhatsApp разговор со %s"sv}, {C::file_attached, K::other, "%s (прикачен фајл)"sv}, {C::omitted, K::other, "<Без фајл>"sv}, {C::location, K::other, "локација: %s"sv}, {C::live_location, K::other, "споделено локација во живо"sv},
    // A1 ml
    {C::file_name, K::other, "%s മായുള്ള WhatsApp ചാറ്റുകൾ"sv}, {C::file_attached, K::other, "%s (ഫയൽ ചേർത്തു)"sv}, {C::omitted, K::other, "<മീഡിയ ഒഴിവാക്കി>"sv}, {C::location, K::other, "സ്ഥലം: %s"sv}, {C::live_location, K::other, "ലൈവ് ലൊക്കേഷൻ പങ്കിട്ടു"sv},
    // A1 mr
    {C::file_name, K::other, "%s सोबतच्या WhatsApp गप्पा"sv}, {C::file_attached, K::other, "%s (फाइल संलग्न)"sv}, {C::omitted, K::other, "<मीडिया वगळले>"sv}, {C::location, K::other, "स्थान: %s"sv}, {C::live_location, K::other, "सध्याचे थेट ठिकाण शेअर केले"sv},
    // A1 ms
    {C::file_name, K::other, "Sembang WhatsApp dengan %s"sv}, {C::file_attached, K::other, "%s (fail dilampirkan)"sv}, {C::omitted, K::other, "<Media disingkirkan>"sv}, {C::location, K::other, "lokasi: %s"sv}, {C::live_location, K::other, "lokasi terkini dikongsi"sv},
    // A1 nb-rNO
    {C::file_name, K::other, "WhatsApp-samtale med %s"sv}, {C::file_attached, K::other, "%s (vedlagt fil)"sv}, {C::omitted, K::other, "<Uten vedlegg>"sv}, {C::location, K::other, "posisjon: %s"sv}, {C::live_location, K::other, "posisjon i sanntid delt"sv},
    // A1 nl
    {C::file_name, K::other, "WhatsApp-chat met %s"sv}, {C::file_attached, K::other, "%s (bestand bijgevoegd)"sv}, {C::omitted, K::other, "<Media weggelaten>"sv}, {C::location, K::other, "locatie: %s"sv}, {C::live_location, K::other, "live locatie gedeeld"sv},
    // A1 pa
    {C::file_name, K::other, "%s ਨਾਲ WhatsApp ਗੱਲਬਾਤ"sv}, {C::file_attached, K::other, "%s (ਅਟੈਚ ਕੀਤੀ ਫਾਇਲ)"sv}, {C::omitted, K::other, "<ਮੀਡੀਆ ਛੱਡਿਆ ਗਿਆ>"sv}, {C::location, K::other, "ਟਿਕਾਣਾ: %s"sv}, {C::live_location, K::other, "ਮੌਜੂਦਾ ਟਿਕਾਣਾ ਸਾਂਝਾ ਕੀਤਾ"sv},
    // A1 pl
    {C::file_name, K::other, "Czat WhatsApp z %s"sv}, {C::file_attached, K::other, "%s (załączony plik)"sv}, {C::omitted, K::other, "<pliki pominięto>"sv}, {C::location, K::other, "położenie: %s"sv}, {C::live_location, K::other, "udostępniona transmisja położenia"sv},
    // A1 pt
    {C::file_name, K::other, "Conversa no WhatsApp com %s"sv}, {C::file_attached, K::other, "%s (ficheiro anexado)"sv}, {C::omitted, K::other, "<Ficheiro não revelado>"sv}, {C::location, K::other, "localização: %s"sv}, {C::live_location, K::other, "Está a partilhar a sua localização"sv},
    // A1 pt-rBR
    {C::file_name, K::other, "Conversa do WhatsApp com %s"sv}, {C::file_attached, K::other, "%s (arquivo anexado)"sv}, {C::omitted, K::other, "<Mídia omitida>"sv}, {C::location, K::other, "localização: %s"sv}, {C::live_location, K::other, "localização atual compartilhada"sv},
    // A1 ro
    {C::file_name, K::other, "Conversație WhatsApp cu %s"sv}, {C::file_attached, K::other, "%s (fișier atașat)"sv}, {C::omitted, K::other, "<Conținut media omis>"sv}, {C::location, K::other, "locație: %s"sv}, {C::live_location, K::other, "locație în timp real distribuită"sv},
    // A1 ru
    {C::file_name, K::other, "Чат WhatsApp с %s"sv}, {C::file_attached, K::other, "%s (файл добавлен)"sv}, {C::omitted, K::other, "<Файл пропущен>"sv}, {C::location, K::other, "местоположение: %s"sv}, {C::live_location, K::other, "Геоданные отправлены"sv},
    // A1 sk
    {C::file_name, K::other, "WhatsApp chat s používateľom %s"sv}, {C::file_attached, K::other, "%s (súbor pripojený)"sv}, {C::omitted, K::other, "<Médiá vynechané>"sv}, {C::location, K::other, "poloha: %s"sv}, {C::live_location, K::other, "bola zdieľaná aktuálna poloha"sv},
    // A1 sl
    {C::file_name, K::other, "WhatsApp klepet z %s"sv}, {C::file_attached, K::other, "%s (priložena datoteka)"sv}, {C::omitted, K::other, "<Medij izpuščen>"sv}, {C::location, K::other, "lokacija: %s"sv}, {C::live_location, K::other, "lokacija v živo je bila deljena"sv},
    // A1 sq
    {C::file_name, K::other, "Biseda me %s në WhatsApp"sv}, {C::file_attached, K::other, "%s (skedë e ngjitur)"sv}, {C::omitted, K::other, "<Pa media>"sv}, {C::location, K::other, "Vendndodhja: %s"sv}, {C::live_location, K::other, "vendnodhja aktuale u shpërnda"sv},
    // A1 sr
    {C::file_name, K::other, "WhatsApp Ћаскање са %s"sv}, {C::file_attached, K::other, "%s (прикачена датотека)"sv}, {C::omitted, K::other, "<медији су изостављени>"sv}, {C::location, K::other, "локација : %s"sv}, {C::live_location, K::other, "Локација уживо подељена"sv},
    // A1 sv
    {C::file_name, K::other, "WhatsApp-chatt med %s"sv}, {C::file_attached, K::other, "%s (bifogad fil)"sv}, {C::omitted, K::other, "<Media har utelämnats>"sv}, {C::location, K::other, "plats: %s"sv}, {C::live_location, K::other, "liveposition delad"sv},
    // A1 sw
    {C::file_name, K::other, "Soga za WhatsApp na %s"sv}, {C::file_attached, K::other, "%s (faili limeambatanishwa)"sv}, {C::omitted, K::other, "<Media imerukwa>"sv}, {C::location, K::other, "Mahali: %s"sv}, {C::live_location, K::other, "mahali mubashara pameshirikishwa"sv},
    // A1 ta
    {C::file_name, K::other, "%s உடன் WhatsApp உரையாடல்"sv}, {C::file_attached, K::other, "%s இணைக்கப்பட்டது"sv}, {C::omitted, K::other, "< ஊடகங்கள் நீக்கப்பட்டது >"sv}, {C::location, K::other, "இருப்பிடம்:%s"sv}, {C::live_location, K::other, "இடம் நேரலையாக பகிரபட்டது"sv},
    // A1 te
    {C::file_name, K::other, "%s తో WhatsApp సంభాషణ"sv}, {C::file_attached, K::other, "%s (ఫైల్ జోడించబడినది)"sv}, {C::omitted, K::other, "<మాధ్యమం విస్మరించబడింది>"sv}, {C::location, K::other, "స్థలం: %s"sv}, {C::live_location, K::other, "ప్రత్యక్ష స్థాన భాగస్వామ్యం"sv},
    // A1 th
    {C::file_name, K::other, "แชท WhatsApp กับ %s"sv}, {C::file_attached, K::other, "%s (ไฟล์ที่แนบ)"sv}, {C::omitted, K::other, "<สื่อถูกลบ>"sv}, {C::location, K::other, "ตำแหน่งที่ตั้ง: %s"sv}, {C::live_location, K::other, "ตำแหน่งปัจจุบันถูกแบ่งปัน"sv},
    // A1 tl
    {C::file_name, K::other, "WhatsApp Chat kay %s"sv}, {C::file_attached, K::other, "%s (nakalakip na file)"sv}, {C::omitted, K::other, "<Walang kalakip na media>"sv}, {C::location, K::other, "lokasyon: %s"sv}, {C::live_location, K::other, "ibinahagi ang live na lokasyon"sv},
    // A1 tr
    {C::file_name, K::other, "%s ile WhatsApp Sohbeti"sv}, {C::file_attached, K::other, "%s (dosya ekli)"sv}, {C::omitted, K::other, "<Medya atlanmış>"sv}, {C::location, K::other, "konum: %s"sv}, {C::live_location, K::other, "Mevcut konum paylaşıldı"sv},
    // A1 uk
    {C::file_name, K::other, "Бесіда WhatsApp з %s"sv}, {C::file_attached, K::other, "%s (файл додано)"sv}, {C::omitted, K::other, "<Медіа пропущено>"sv}, {C::location, K::other, "місцезнаходження: %s"sv}, {C::live_location, K::other, "геодані надіслано"sv},
    // A1 ur
    {C::file_name, K::other, "%s کے ساتھ WhatsApp بات چیت"sv}, {C::file_attached, K::other, "%s (پیوستہ فائل)"sv}, {C::omitted, K::other, "<میڈیا چھوڑ دیا گیا>"sv}, {C::location, K::other, "مقام: %s"sv}, {C::live_location, K::other, "جاری مقام کا اشتراک ہوا"sv},
    // A1 uz
    {C::file_name, K::other, "%s bilan WhatsApp chati"sv}, {C::file_attached, K::other, "%s (fayl biriktirildi)"sv}, {C::omitted, K::other, "<Fayl o‘tkazib yuborildi>"sv}, {C::location, K::other, "joylashuv: %s"sv}, {C::live_location, K::other, "jonli joylashuv ulashildi"sv},
    // A1 vi
    {C::file_name, K::other, "Trò chuyện WhatsApp với %s"sv}, {C::file_attached, K::other, "%s (tệp đính kèm)"sv}, {C::omitted, K::other, "<Bỏ qua Media>"sv}, {C::location, K::other, "vị trí: %s"sv}, {C::live_location, K::other, "vị trí hiện thời được chia sẻ"sv},
    // A1 zh-rCN
    {C::file_name, K::other, "WhatsApp 与 %s 的对话"sv}, {C::file_attached, K::other, "%s (文件附件)"sv}, {C::omitted, K::other, "<省略多媒体文件>"sv}, {C::location, K::other, "位置：%s"sv}, {C::live_location, K::other, "共享实时位置"sv},
    // A1 zh-rHK
    {C::file_name, K::other, "WhatsApp 與 %s 的對話"sv}, {C::file_attached, K::other, "%s (附件檔案)"sv}, {C::omitted, K::other, "<忽略多媒體檔>"sv}, {C::location, K::other, "位置： %s"sv}, {C::live_location, K::other, "實時位置已分享"sv},
    // A1 zh-rSG
    {C::file_name, K::other, "WhatsApp 与 %s 的对话"sv}, {C::file_attached, K::other, "%s (文件附件)"sv}, {C::omitted, K::other, "<省略多媒体文件>"sv}, {C::location, K::other, "位置：%s"sv}, {C::live_location, K::other, "共享实时位置"sv},
    // A1 zh-rTW
    {C::file_name, K::other, "WhatsApp 與 %s 的對話"sv}, {C::file_attached, K::other, "%s (附件檔案)"sv}, {C::omitted, K::other, "<忽略多媒體檔>"sv}, {C::location, K::other, "位置： %s"sv}, {C::live_location, K::other, "實時位置已分享"sv},
    // A2 en (default)
    {C::deleted, K::other, "This message was deleted"sv}, {C::deleted, K::other, "You deleted this message"sv}, {C::missed_voice, K::other, "Missed voice call"sv}, {C::missed_video, K::other, "Missed video call"sv},
    // A2 af
    {C::deleted, K::other, "Hierdie boodskap was uitgevee"sv}, {C::deleted, K::other, "Jy het boodskap uitgevee"sv}, {C::missed_voice, K::other, "Stemoproep gemis"sv}, {C::missed_video, K::other, "Video-oproep gemis"sv},
    // A2 ar
    {C::deleted, K::other, "تم حذف هذه الرسالة"sv}, {C::deleted, K::other, "أنت حذفت هذه الرسالة"sv}, {C::missed_voice, K::other, "مكالمة صوتية فائتة"sv}, {C::missed_video, K::other, "مكالمة فيديو فائتة"sv},
    // A2 az
    {C::deleted, K::other, "Bu ismarıc silindi"sv}, {C::deleted, K::other, "Siz bu ismarıcı sildiniz"sv}, {C::missed_voice, K::other, "Buraxılmış zəng"sv}, {C::missed_video, K::other, "Buraxılmış video zəng"sv},
    // A2 bg
    {C::deleted, K::other, "Съобщението беше изтрито"sv}, {C::deleted, K::other, "Изтрихте това съобщение"sv}, {C::missed_voice, K::other, "Пропуснато гласово обаждане"sv}, {C::missed_video, K::other, "Пропуснато видео обаждане"sv},
    // A2 bn
    {C::deleted, K::other, "এই বার্তাটি মুছে ফেলা হয়েছে"sv}, {C::deleted, K::other, "আপনি এই বার্তাটি মুছে ফেলেছেন"sv}, {C::missed_voice, K::other, "মিসড ভয়েস কল"sv}, {C::missed_video, K::other, "মিস করা ভিডিও কল"sv},
    // A2 ca
    {C::deleted, K::other, "Aquest missatge està esborrat"sv}, {C::deleted, K::other, "Has esborrat aquest missatge"sv}, {C::missed_voice, K::other, "Trucada de veu perduda"sv}, {C::missed_video, K::other, "Trucada de vídeo perduda"sv},
    // A2 cs
    {C::deleted, K::other, "Tato zpráva byla odstraněna"sv}, {C::deleted, K::other, "Tuto zprávu jste odstranil/a"sv}, {C::missed_voice, K::other, "Zmeškaný hlasový hovor"sv}, {C::missed_video, K::other, "Zmeškaný videohovor"sv},
    // A2 da
    {C::deleted, K::other, "Denne besked blev slettet."sv}, {C::deleted, K::other, "Du slettede denne besked"sv}, {C::missed_voice, K::other, "Mistet opkald"sv}, {C::missed_video, K::other, "Mistede video opkald"sv},
    // A2 de
    {C::deleted, K::other, "Diese Nachricht wurde gelöscht"sv}, {C::deleted, K::other, "Du hast diese Nachricht gelöscht"sv}, {C::missed_voice, K::other, "Verpasster Sprachanruf"sv}, {C::missed_video, K::other, "Verpasster Videoanruf"sv},
    // A2 el
    {C::deleted, K::other, "Αυτό το μήνυμα διαγράφηκε"sv}, {C::deleted, K::other, "Διαγράψατε αυτό το μήνυμα"sv}, {C::missed_voice, K::other, "Αναπάντητη κλήση"sv}, {C::missed_video, K::other, "Αναπάντητη βιντεοκλήση"sv},
    // A2 es
    {C::deleted, K::other, "Este mensaje fue eliminado"sv}, {C::deleted, K::other, "Eliminaste este mensaje"sv}, {C::missed_voice, K::other, "Llamada de voz perdida"sv}, {C::missed_video, K::other, "Videollamada perdida"sv},
    // A2 et
    {C::deleted, K::other, "See sõnum on kustutatud"sv}, {C::deleted, K::other, "Kustutasid selle sõnumi"sv}, {C::missed_voice, K::other, "Vastamata häälkõne"sv}, {C::missed_video, K::other, "Vastamata videokõne"sv},
    // A2 fa
    {C::deleted, K::other, "این پیام حذف شد"sv}, {C::deleted, K::other, "شما این پیام را حذف کردید."sv}, {C::missed_voice, K::other, "تماس صوتی پاسخ داده نشده"sv}, {C::missed_video, K::other, "تماس تصویری پاسخ داده نشده"sv},
    // A2 fi
    {C::deleted, K::other, "Tämä viesti poistettiin."sv}, {C::deleted, K::other, "Poistit tämän viestin"sv}, {C::missed_voice, K::other, "Vastaamaton äänipuhelu"sv}, {C::missed_video, K::other, "Vastaamaton videopuhelu"sv},
    // A2 fr
    {C::deleted, K::other, "Ce message a été supprimé"sv}, {C::deleted, K::other, "Vous avez supprimé ce message"sv}, {C::missed_voice, K::other, "Appel vocal manqué"sv}, {C::missed_video, K::other, "Appel vidéo manqué"sv},
    // A2 gu
    {C::deleted, K::other, "આ સંદેશ રદ્દ કરાયો"sv}, {C::deleted, K::other, "તમે આ સંદેશને રદ્દ કર્યો"sv}, {C::missed_voice, K::other, "છૂટી ગયેલ ધ્વનિ કૉલ"sv}, {C::missed_video, K::other, "છૂટી ગયેલ વિડિઓ કૉલ"sv},
    // A2 he
    {C::deleted, K::other, "הודעה זו נמחקה"sv}, {C::deleted, K::other, "מחקת הודעה זו"sv}, {C::missed_voice, K::other, "שיחה קולית שלא נענתה"sv}, {C::missed_video, K::other, "שיחת וידאו שלא נענתה"sv},
    // A2 hi-v16
    {C::deleted, K::other, "यह संदेश मिटाया गया"sv}, {C::deleted, K::other, "आपने यह संदेश मिटाया"sv}, {C::missed_voice, K::other, "छूटी हुई ध्वनि कॉल"sv}, {C::missed_video, K::other, "छूटी हुई विडियो कॉल"sv},
    // A2 hr
    {C::deleted, K::other, "Ova poruka je izbrisana"sv}, {C::deleted, K::other, "Izbrisali ste ovu poruku"sv}, {C::missed_voice, K::other, "Propušten glasovni poziv"sv}, {C::missed_video, K::other, "Propušten video poziv"sv},
    // A2 hu
    {C::deleted, K::other, "Ez az üzenet törlésre került"sv}, {C::deleted, K::other, "Törölted ezt az üzenetet"sv}, {C::missed_voice, K::other, "Nem fogadott hanghívás"sv}, {C::missed_video, K::other, "Nem fogadott videóhívás"sv},
    // A2 id
    {C::deleted, K::other, "Pesan ini telah dihapus"sv}, {C::deleted, K::other, "Anda telah menghapus pesan ini"sv}, {C::missed_voice, K::other, "Panggilan suara tak terjawab"sv}, {C::missed_video, K::other, "Panggilan video tak terjawab"sv},
    // A2 in
    {C::deleted, K::other, "Pesan ini telah dihapus"sv}, {C::deleted, K::other, "Anda telah menghapus pesan ini"sv}, {C::missed_voice, K::other, "Panggilan suara tak terjawab"sv}, {C::missed_video, K::other, "Panggilan video tak terjawab"sv},
    // A2 it
    {C::deleted, K::other, "Questo messaggio è stato eliminato"sv}, {C::deleted, K::other, "Hai eliminato questo messaggio"sv}, {C::missed_voice, K::other, "Chiamata vocale persa"sv}, {C::missed_video, K::other, "Videochiamata persa"sv},
    // A2 iw
    {C::deleted, K::other, "הודעה זו נמחקה"sv}, {C::deleted, K::other, "מחקת הודעה זו"sv}, {C::missed_voice, K::other, "שיחה קולית שלא נענתה"sv}, {C::missed_video, K::other, "שיחת וידאו שלא נענתה"sv},
    // A2 ja
    {C::deleted, K::other, "このメッセージは削除されました"sv}, {C::deleted, K::other, "このメッセージを削除しました"sv}, {C::missed_voice, K::other, "不在着信"sv}, {C::missed_video, K::other, "ビデオ通話不在着信"sv},
    // A2 kk
    {C::deleted, K::other, "Бұл хат жойылды"sv}, {C::deleted, K::other, "Сіз бұл хатты жойдыңыз"sv}, {C::missed_voice, K::other, "Жауапсыз қоңырау"sv}, {C::missed_video, K::other, "Жауапсыз видео қоңырау"sv},
    // A2 kn
    {C::deleted, K::other, "ಈ ಸಂದೇಶವು ಅಳಿಸಲ್ಪಟ್ಟಿದೆ"sv}, {C::deleted, K::other, "ನೀವು ಈ ಸಂದೇಶವನ್ನು ಅಳಿಸಿದ್ದೀರಿ"sv}, {C::missed_voice, K::other, "ತಪ್ಪಿದ ಧ್ವನಿ ಕರೆ"sv}, {C::missed_video, K::other, "ತಪ್ಪಿದ ದೃಶ್ಯ ಕರೆ"sv},
    // A2 ko
    {C::deleted, K::other, "이 메시지는 삭제되었습니다"sv}, {C::deleted, K::other, "삭제한 메시지입니다"sv}, {C::missed_voice, K::other, "부재중 전화"sv}, {C::missed_video, K::other, "부재중 영상통화"sv},
    // A2 lt
    {C::deleted, K::other, "Ši žinutė buvo ištrinta"sv}, {C::deleted, K::other, "Jūs ištrynėte šią žinutę"sv}, {C::missed_voice, K::other, "Praleistas balso skambutis"sv}, {C::missed_video, K::other, "Praleistas video skambutis"sv},
    // A2 lv
    {C::deleted, K::other, "Šī ziņa tika izdzēsta"sv}, {C::deleted, K::other, "Jūs izdzēsāt šo ziņu"sv}, {C::missed_voice, K::other, "Neatbildēts balss zvans"sv}, {C::missed_video, K::other, "Neatbildēts video zvans"sv},
    // A2 mk
    {C::deleted, K::other, "Оваа порака беше избришана"sv}, {C::deleted, K::other, "Ја избриша оваа порака"sv}, {C::missed_voice, K::other, "Пропуштен гласовен повик"sv}, {C::missed_video, K::other, "Пропуштен видео повик"sv},
    // A2 ml
    {C::deleted, K::other, "ഈ സന്ദേശം ഇല്ലാതാക്കിയതാണ്"sv}, {C::deleted, K::other, "ഈ സന്ദേശം നിങ്ങൾ ഇല്ലാതാക്കി"sv}, {C::missed_voice, K::other, "വിളി നഷ്ടപ്പെട്ടു"sv}, {C::missed_video, K::other, "നഷ്ടമായ വീഡിയോ കാൾ"sv},
    // A2 mr
    {C::deleted, K::other, "हा संदेश हटविण्यात आला होता."sv}, {C::deleted, K::other, "आपण हा संदेश हटविलात."sv}, {C::missed_voice, K::other, "मिस्ड व्हॉइस कॉल"sv}, {C::missed_video, K::other, "मिस्ड व्हिडिओ कॉल"sv},
    // A2 ms
    {C::deleted, K::other, "Mesej ini telah dipadam"sv}, {C::deleted, K::other, "Anda telah memadamkan mesej ini"sv}, {C::missed_voice, K::other, "Panggilan suara terlepas"sv}, {C::missed_video, K::other, "Panggilan video terlepas"sv},
    // A2 nb-rNO
    {C::deleted, K::other, "Denne meldingen ble slettet."sv}, {C::deleted, K::other, "Du slettet denne meldingen"sv}, {C::missed_voice, K::other, "Tapt taleanrop"sv}, {C::missed_video, K::other, "Tapt videosamtale"sv},
    // A2 nl
    {C::deleted, K::other, "Dit bericht is verwijderd"sv}, {C::deleted, K::other, "U hebt dit bericht verwijderd"sv}, {C::missed_voice, K::other, "Gemiste spraakoproep"sv}, {C::missed_video, K::other, "Gemiste video-oproep"sv},
    // A2 pa
    {C::deleted, K::other, "ਇਸ ਸੁਨੇਹੇ ਨੂੰ ਹਟਾਇਆ ਗਿਆ"sv}, {C::deleted, K::other, "ਤੁਸੀਂ ਇਹ ਸੁਨੇਹਾ ਹਟਾਇਆ"sv}, {C::missed_voice, K::other, "ਮਿਸ ਹੋਈ ਆਵਾਜ਼ ਕਾਲ"sv}, {C::missed_video, K::other, "ਮਿਸ ਹੋਈ ਵੀਡੀਓ ਕਾਲ"sv},
    // A2 pl
    {C::deleted, K::other, "Ta wiadomość została usunięta"sv}, {C::deleted, K::other, "Usunąłeś(aś) tę wiadomość"sv}, {C::missed_voice, K::other, "Nieodebrane połączenie"sv}, {C::missed_video, K::other, "Nieodebrane poł. wideo"sv},
    // A2 pt
    {C::deleted, K::other, "Esta mensagem foi apagada pelo remetente."sv}, {C::deleted, K::other, "Esta mensagem foi apagada."sv}, {C::missed_voice, K::other, "Chamada de voz perdida"sv}, {C::missed_video, K::other, "Videochamada perdida"sv},
    // A2 pt-rBR
    {C::deleted, K::other, "Esta mensagem foi apagada"sv}, {C::deleted, K::other, "Você apagou esta mensagem"sv}, {C::missed_voice, K::other, "Chamada de voz perdida"sv}, {C::missed_video, K::other, "Chamada de vídeo perdida"sv},
    // A2 ro
    {C::deleted, K::other, "Acest mesaj a fost șters"sv}, {C::deleted, K::other, "Ați șters acest mesaj"sv}, {C::missed_voice, K::other, "Apel vocal nepreluat"sv}, {C::missed_video, K::other, "Apel video nepreluat"sv},
    // A2 ru
    {C::deleted, K::other, "Данное сообщение удалено"sv}, {C::deleted, K::other, "Вы удалили данное сообщение"sv}, {C::missed_voice, K::other, "Пропущенный аудиозвонок"sv}, {C::missed_video, K::other, "Пропущенный видеозвонок"sv},
    // A2 sk
    {C::deleted, K::other, "Táto správa bola odstránená"sv}, {C::deleted, K::other, "Túto správu ste odstránili"sv}, {C::missed_voice, K::other, "Zmeškaný hlasový hovor"sv}, {C::missed_video, K::other, "Zmeškaný videohovor"sv},
    // A2 sl
    {C::deleted, K::other, "To sporočilo je bilo izbrisano"sv}, {C::deleted, K::other, "To sporočilo ste izbrisali"sv}, {C::missed_voice, K::other, "Zgrešen klic"sv}, {C::missed_video, K::other, "Neodgovorjen video klic"sv},
    // A2 sq
    {C::missed_voice, K::other, "Thirrje e shmangur"sv}, {C::missed_video, K::other, "Videothirrje e shmangur"sv},
    // A2 sr
    {C::deleted, K::other, "Ова порука је обрисана"sv}, {C::deleted, K::other, "Обрисао/ла си ову поруку"sv}, {C::missed_voice, K::other, "Пропуштен гласовни позив"sv}, {C::missed_video, K::other, "Пропуштен видео позив"sv},
    // A2 sv
    {C::deleted, K::other, "Detta meddelande raderades"sv}, {C::deleted, K::other, "Du raderade detta meddelande"sv}, {C::missed_voice, K::other, "Missat röstsamtal"sv}, {C::missed_video, K::other, "Missat videosamtal"sv},
    // A2 sw
    {C::deleted, K::other, "Ujumbe huu ulifutwa"sv}, {C::deleted, K::other, "Umefuta ujumbe huu"sv}, {C::missed_voice, K::other, "Simu ya sauti uliyoikosa"sv}, {C::missed_video, K::other, "Simu ya video uliyoikosa"sv},
    // A2 ta
    {C::deleted, K::other, "இத்தகவல் திரும்பப்பெறப்பட்டது"sv}, {C::deleted, K::other, "இத்தகவலை தாங்கள் அழித்தீர்கள்"sv}, {C::missed_voice, K::other, "தவறிய குரல் அழைப்பு"sv}, {C::missed_video, K::other, "தவறிய காணொலி அழைப்பு"sv},
    // A2 te
    {C::missed_voice, K::other, "మిస్సేడ్ వాయిస్ కాల్"sv}, {C::missed_video, K::other, "తప్పిన వీడియోకాల్"sv},
    // A2 th
    {C::deleted, K::other, "ข้อความนี้ได้ถูกลบ"sv}, {C::deleted, K::other, "คุณลบข้อความนี้"sv}, {C::missed_voice, K::other, "สายที่ไม่ได้รับ"sv}, {C::missed_video, K::other, "สายโทรวิดีโอที่ไม่ได้รับ"sv},
    // A2 tl
    {C::deleted, K::other, "Itong mensahe ay binura na"sv}, {C::deleted, K::other, "Binura mo itong mensahe"sv}, {C::missed_voice, K::other, "Nakaligtaang voice call"sv}, {C::missed_video, K::other, "Nakaligtaang video call"sv},
    // A2 tr
    {C::deleted, K::other, "Bu mesaj silindi"sv}, {C::deleted, K::other, "Bu mesajı sildiniz"sv}, {C::missed_voice, K::other, "Cevapsız sesli arama"sv}, {C::missed_video, K::other, "Cevapsız görüntülü arama"sv},
    // A2 uk
    {C::deleted, K::other, "Це повідомлення було видалено"sv}, {C::deleted, K::other, "Ви видалили це повідомлення."sv}, {C::missed_voice, K::other, "Пропущений аудіодзвінок"sv}, {C::missed_video, K::other, "Пропущений відеодзвінок"sv},
    // A2 ur
    {C::deleted, K::other, "یہ پیغام حذف کیا گیا"sv}, {C::deleted, K::other, "آپ نے اس پیغام کو حذف کیا"sv}, {C::missed_voice, K::other, "چھوٹی ہوئی صوتی کال"sv}, {C::missed_video, K::other, "چھوٹی ہوئی ویڈیو کال"sv},
    // A2 uz
    {C::deleted, K::other, "Ushbu xabar o‘chirildi"sv}, {C::deleted, K::other, "Siz ushbu xabarni o‘chirdingiz"sv}, {C::missed_voice, K::other, "O‘tkazib yub. ovozli qo‘ng‘iroq"sv}, {C::missed_video, K::other, "O‘tkazib yub. videoqo‘ng‘iroq"sv},
    // A2 vi
    {C::deleted, K::other, "Tin nhắn này đã bị xoá"sv}, {C::deleted, K::other, "Bạn đã xoá tin nhắn này"sv}, {C::missed_voice, K::other, "Cuộc gọi nhỡ"sv}, {C::missed_video, K::other, "Cuộc gọi nhỡ video"sv},
    // A2 zh-rCN
    {C::deleted, K::other, "信息已删除"sv}, {C::deleted, K::other, "您删除这个信息"sv}, {C::missed_voice, K::other, "未接语音通话"sv}, {C::missed_video, K::other, "未接视频通话"sv},
    // A2 zh-rHK
    {C::deleted, K::other, "此訊息已刪除。"sv}, {C::deleted, K::other, "您已刪除此訊息"sv}, {C::missed_voice, K::other, "未接語音通話"sv}, {C::missed_video, K::other, "未接視像通話"sv},
    // A2 zh-rSG
    {C::deleted, K::other, "信息已删除"sv}, {C::deleted, K::other, "您删除这个信息"sv}, {C::missed_voice, K::other, "未接语音通话"sv}, {C::missed_video, K::other, "未接视频通话"sv},
    // A2 zh-rTW
    {C::deleted, K::other, "此訊息已刪除。"sv}, {C::deleted, K::other, "您已刪除此訊息"sv}, {C::missed_voice, K::other, "未接語音通話"sv}, {C::missed_video, K::other, "未接視像通話"sv},
    // 9.3 en
    {C::omitted, K::other, "<Media omitted>"sv}, {C::file_attached, K::other, "%s (file attached)"sv}, {C::location, K::other, "location: %s"sv}, {C::deleted, K::other, "This message was deleted"sv}, {C::deleted, K::other, "You deleted this message"sv}, {C::missed_voice, K::other, "Missed voice call"sv}, {C::notice, K::other, "Messages and calls are end-to-end encrypted"sv},
    // 9.3 cs
    {C::omitted, K::other, "<Média vynechány>"sv}, {C::file_attached, K::other, "%s (soubor byl přiložen)"sv}, {C::location, K::other, "poloha: %s"sv}, {C::deleted, K::other, "Tato zpráva byla odstraněna."sv}, {C::deleted, K::other, "Tuto zprávu jste odstranil/a."sv}, {C::missed_voice, K::other, "Zmeškaný hovor"sv}, {C::notice, K::other, "Zprávy a hovory jsou zabezpečeny koncovým šifrováním."sv},
    // 9.3 ru
    {C::omitted, K::other, "<Без медиафайлов>"sv}, {C::file_attached, K::other, "%s (файл добавлен)"sv}, {C::location, K::other, "местоположение: %s"sv}, {C::deleted, K::other, "Данное сообщение удалено"sv}, {C::deleted, K::other, "Вы удалили данное сообщение"sv}, {C::missed_voice, K::other, "Пропущенный аудиозвонок"sv}, {C::notice, K::other, "Сообщения и звонки защищены сквозным шифрованием."sv},
    // 9.3 nl
    {C::omitted, K::other, "<Media weggelaten>"sv}, {C::file_attached, K::other, "%s (bestand bijgevoegd)"sv}, {C::location, K::other, "locatie: %s"sv}, {C::deleted, K::other, "Dit bericht is verwijderd"sv}, {C::deleted, K::other, "U hebt dit bericht verwijderd"sv}, {C::missed_voice, K::other, "Gemiste spraakoproep"sv}, {C::notice, K::other, "Berichten en oproepen worden end-to-end versleuteld."sv},
    // 9.3 de (WR, 2018, hand-made)
    {C::omitted, K::other, "<Medien ausgeschlossen>"sv}, {C::file_attached, K::other, "%s (Datei angehängt)"sv}, {C::location, K::other, "Standort: %s"sv}, {C::deleted, K::other, "Diese Nachricht wurde gelöscht."sv}, {C::deleted, K::other, "Du hast diese Nachricht gelöscht."sv}, {C::notice, K::other, "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt."sv},
    // 9.3 pt_BR (EG)
    {C::file_attached, K::other, "%s (arquivo anexado)"sv},
    // 9.3 fa (RW #28)
    {C::omitted, K::other, "<رسانه حذف شد>"sv}, {C::notice, K::other, "پیامها و تماسها سرتاسر رمزگذاری شدهاند."sv},
    // 9.4 af
    {C::omitted, K::other, "<media weggelaat>"sv},
    // 9.4 ar
    {C::omitted, K::other, "<تم استبعاد الوسائط>"sv}, {C::omitted, K::other, "<تم استبعاد الوسائط>"sv},
    // 9.4 az
    {C::omitted, K::other, "<media buraxıldı>"sv}, {C::omitted, K::other, "<Media çıxarılmışdır>"sv},
    // 9.4 bg
    {C::omitted, K::other, "<Без файл>"sv},
    // 9.4 bn
    {C::omitted, K::other, "<মিডিয়া বাদ দেওয়া হয়েছে>"sv}, {C::omitted, K::other, "<মিডিয়া বাদ দেওয়া হয়েছে>"sv},
    // 9.4 ca
    {C::omitted, K::other, "<fitxers multimèdia omesos>"sv}, {C::omitted, K::other, "<Mitjans omesos>"sv},
    // 9.4 cs
    {C::omitted, K::other, "<média vynechány>"sv}, {C::omitted, K::other, "< Média vynechána >"sv},
    // 9.4 da
    {C::omitted, K::other, "<medier udeladt>"sv}, {C::omitted, K::other, "<Mediefil udeladt>"sv},
    // 9.4 de
    {C::omitted, K::other, "<medien ausgeschlossen>"sv}, {C::omitted, K::other, "<Medien weggelassen>"sv},
    // 9.4 el
    {C::omitted, K::other, "<αρχείο παραλήφθηκε>"sv}, {C::omitted, K::other, "<Εξαίρεση πολυμέσων>"sv},
    // 9.4 et
    {C::omitted, K::other, "<meedia välja jäetud>"sv}, {C::omitted, K::other, "<Meedia ära jäetud>"sv},
    // 9.4 fa
    {C::omitted, K::other, "<رسانه حذف شد>"sv}, {C::omitted, K::other, "< پيوست نما/آهنگ حذف شد >"sv},
    // 9.4 fi
    {C::omitted, K::other, "<media jätettiin pois>"sv}, {C::omitted, K::other, "<Media jätetty pois>"sv},
    // 9.4 fr
    {C::omitted, K::other, "<médias omis>"sv}, {C::omitted, K::other, "<Fichier omis>"sv},
    // 9.4 gu
    {C::omitted, K::other, "<મિડિયા છોડી મૂકાયું>"sv}, {C::omitted, K::other, "<મીડિયા અવગણવામાં આવ્યા>"sv},
    // 9.4 hi
    {C::omitted, K::other, "<मीडिया के बिना>"sv},
    // 9.4 hr
    {C::omitted, K::other, "<medijski zapis izostavljen>"sv}, {C::omitted, K::other, "<Medijski zapis izostavljen>"sv},
    // 9.4 hu
    {C::omitted, K::other, "<média elhagyva>"sv}, {C::omitted, K::other, "<Hiányzó médiafájl>"sv},
    // 9.4 in
    {C::omitted, K::other, "<media tidak disertakan>"sv},
    // 9.4 it
    {C::omitted, K::other, "<media omessi>"sv}, {C::omitted, K::other, "<Media omesso>"sv},
    // 9.4 iw
    {C::omitted, K::other, "<המדיה לא נכללה>"sv}, {C::omitted, K::other, "<מדיה הושמטה>"sv},
    // 9.4 ja
    {C::omitted, K::other, "<メディアなし>"sv}, {C::omitted, K::other, "<メディアは含まれていません>"sv},
    // 9.4 kk
    {C::omitted, K::other, "<файлдар қосылмаған>"sv}, {C::omitted, K::other, "<Файл қосылған жоқ>"sv},
    // 9.4 kn
    {C::omitted, K::other, "<ಮಾಧ್ಯಮ ಕೈಬಿಡಲಾಗಿದೆ>"sv},
    // 9.4 ko
    {C::omitted, K::other, "<미디어 파일 제외됨>"sv}, {C::omitted, K::other, "<미디어 파일을 생략한 대화내용>"sv},
    // 9.4 lo
    {C::omitted, K::other, "<ບໍ່ລວມມີເດຍ>"sv},
    // 9.4 lt
    {C::omitted, K::other, "<medija praleista>"sv}, {C::omitted, K::other, "<Praleistas medijos turinys>"sv},
    // 9.4 lv
    {C::omitted, K::other, "<nav iekļauta multivide>"sv}, {C::omitted, K::other, "<Bez multivides>"sv},
    // 9.4 mk
    {C::omitted, K::other, "<без фајлови>"sv}, {C::omitted, K::other, "<Без фајл>"sv},
    // 9.4 ml
    {C::omitted, K::other, "<മീഡിയ ഒഴിവാക്കി>"sv},
    // 9.4 mr
    {C::omitted, K::other, "<मीडिया वगळण्यात आला>"sv}, {C::omitted, K::other, "<मीडिया वगळले>"sv},
    // 9.4 ms
    {C::omitted, K::other, "<media dikecualikan>"sv}, {C::omitted, K::other, "<Media disingkirkan>"sv},
    // 9.4 nb
    {C::omitted, K::other, "<media utelatt>"sv}, {C::omitted, K::other, "<Uten vedlegg>"sv},
    // 9.4 nl
    {C::omitted, K::other, "<media weggelaten>"sv}, {C::omitted, K::other, "<Media weggelaten>"sv},
    // 9.4 pa
    {C::omitted, K::other, "<ਮੀਡੀਆ ਛੱਡਿਆ>"sv}, {C::omitted, K::other, "<ਮੀਡੀਆ ਛਡਿਆ ਗਿਆ>"sv},
    // 9.4 pl
    {C::omitted, K::other, "<pominięto multimedia>"sv}, {C::omitted, K::other, "<pliki pominięto>"sv},
    // 9.4 pt
    {C::omitted, K::other, "<ficheiro não revelado>"sv}, {C::omitted, K::other, "<Mídia omitida>"sv},
    // 9.4 ro
    {C::omitted, K::other, "<conținut media omis>"sv},
    // 9.4 ru
    {C::omitted, K::other, "<без медиафайлов>"sv}, {C::omitted, K::other, "<Файл пропущен>"sv},
    // 9.4 sk
    {C::omitted, K::other, "<Médiá vynechané>"sv},
    // 9.4 sl
    {C::omitted, K::other, "<datoteke izpuščene>"sv}, {C::omitted, K::other, "<Medij izpuščen>"sv},
    // 9.4 sq
    {C::omitted, K::other, "<media u hoq>"sv}, {C::omitted, K::other, "<Media hequr>"sv},
    // 9.4 sr
    {C::omitted, K::other, "<медији су изостављени>"sv},
    // 9.4 sv
    {C::omitted, K::other, "<media utelämnat>"sv}, {C::omitted, K::other, "<Media har utelämnats>"sv},
    // 9.4 sw
    {C::omitted, K::other, "<media hazijajumuishwa>"sv}, {C::omitted, K::other, "<Media imerukwa>"sv},
    // 9.4 ta
    {C::omitted, K::other, "<கோப்புகள் விடப்பட்டன>"sv}, {C::omitted, K::other, "< ஊடகங்கள் நீக்கப்பட்டது >"sv},
    // 9.4 te
    {C::omitted, K::other, "<మీడియా విస్మరించబడింది>"sv}, {C::omitted, K::other, "<మాధ్యమం విస్మరించబడింది>"sv},
    // 9.4 th
    {C::omitted, K::other, "<ไฟล์สื่อถูกลบ>"sv}, {C::omitted, K::other, "<สื่อถูกลบ>"sv},
    // 9.4 tl
    {C::omitted, K::other, "<ınalis ang media>"sv}, {C::omitted, K::other, "<Walang kalakip na media>"sv},
    // 9.4 tr
    {C::omitted, K::other, "<medya dahil edilmedi>"sv}, {C::omitted, K::other, "<Medya atlanmış>"sv},
    // 9.4 uk
    {C::omitted, K::other, "<медіа пропущено>"sv},
    // 9.4 ur
    {C::omitted, K::other, "<میڈیا چھوڑ دیا گیا>"sv}, {C::omitted, K::other, "<میڈیا ہٹا دیا گیا>"sv},
    // 9.4 uz
    {C::omitted, K::other, "<fayl o‘tkazib yuborildi>"sv},
    // 9.4 vi
    {C::omitted, K::other, "<bỏ qua tệp phương tiện>"sv}, {C::omitted, K::other, "<Bỏ qua Media>"sv},
    // 9.4 zh
    {C::omitted, K::other, "<忽略多媒體檔>"sv}, {C::omitted, K::other, "<省略多媒体文件>"sv},
};

}  // namespace

std::span<const Entry> android_entries() { return k_entries; }

}  // namespace chatvault::importers::whatsapp::strings
