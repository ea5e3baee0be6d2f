// Localised markers, one literal export line per language and marker, with the message it must
// become. Written by hand from real-export spellings (FORMAT.md §9), not from the string tables.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include <string>

#include "tests/importers/whatsapp_test_util.hpp"

using namespace chatvault;
using model::AttachmentKind;
using model::MessageKind;
using test::wa_util::import;
using test::wa_util::messages_of;

namespace {

std::string android(const std::string& body) { return "18/03/2022, 15:10 - Anna: " + body + "\n"; }
std::string ios(const std::string& body) { return "\u200E[3/27/22, 21:41:55] Anna: \u200E" + body + "\r\n"; }

model::Message one(const std::string& text) {
  auto ms = messages_of(text);
  REQUIRE(ms.size() == 1);
  return ms[0];
}

struct Media {
  const char* lang;
  std::string line;
  AttachmentKind kind;
  const char* name;  // nullptr: omitted placeholder
};

}  // namespace

TEST_CASE("whatsapp locales: media omitted and file attached, Android") {
  const Media cases[] = {
      {"en", android("<Media omitted>"), AttachmentKind::other, nullptr},
      {"de", android("<Medien ausgeschlossen>"), AttachmentKind::other, nullptr},
      {"de old", android("<Medien weggelassen>"), AttachmentKind::other, nullptr},
      {"nl", android("<Media weggelaten>"), AttachmentKind::other, nullptr},
      {"cs", android("<Média vynechány>"), AttachmentKind::other, nullptr},
      {"ru", android("<Без медиафайлов>"), AttachmentKind::other, nullptr},
      {"es", android("<Archivo omitido>"), AttachmentKind::other, nullptr},
      {"fr", android("<Fichier omis>"), AttachmentKind::other, nullptr},
      {"it", android("<Media omesso>"), AttachmentKind::other, nullptr},
      {"pt_BR", android("<Mídia omitida>"), AttachmentKind::other, nullptr},
      {"tr", android("<Medya atlanmış>"), AttachmentKind::other, nullptr},
      {"pl", android("<pliki pominięto>"), AttachmentKind::other, nullptr},
      {"sv", android("<Media har utelämnats>"), AttachmentKind::other, nullptr},
      {"ja", android("<メディアは含まれていません>"), AttachmentKind::other, nullptr},
      {"ko", android("<미디어 파일을 생략한 대화내용>"), AttachmentKind::other, nullptr},
      {"zh", android("<省略多媒体文件>"), AttachmentKind::other, nullptr},
      {"ar", android("<تم استبعاد الوسائط>"), AttachmentKind::other, nullptr},
      {"fa", android("<رسانه حذف شد>"), AttachmentKind::other, nullptr},
      {"en", android("IMG-20220318-WA0001.jpg (file attached)"), AttachmentKind::photo, "IMG-20220318-WA0001.jpg"},
      {"de", android("\u200EPTT-20180129-WA0025.opus (Datei angehängt)"), AttachmentKind::voice, "PTT-20180129-WA0025.opus"},
      {"nl", android("VID-20220323-WA0001.mp4 (bestand bijgevoegd)"), AttachmentKind::video, "VID-20220323-WA0001.mp4"},
      {"cs", android("STK-20220323-WA0003.webp (soubor byl přiložen)"), AttachmentKind::sticker, "STK-20220323-WA0003.webp"},
      {"ru", android("IMG-20220323-WA0002.jpg (файл добавлен)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"es", android("IMG-20220323-WA0002.jpg (archivo adjunto)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"es old", android("IMG-20220323-WA0002.jpg (archivo adjuntado)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"pt_BR", android("AUD-20220323-WA0002.mp3 (arquivo anexado)"), AttachmentKind::audio, "AUD-20220323-WA0002.mp3"},
      {"fr", android("Facture.pdf (fichier joint)"), AttachmentKind::document, "Facture.pdf"},
      {"it", android("IMG-20220323-WA0002.jpg (file allegato)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"tr", android("IMG-20220323-WA0002.jpg (dosya ekli)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"sv", android("IMG-20220323-WA0002.jpg (bifogad fil)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"ja", android("IMG-20220323-WA0002.jpg (添付ファイル有り)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"zh", android("IMG-20220323-WA0002.jpg (文件附件)"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
      {"fa", android("فایل پیوست شد IMG-20220323-WA0002.jpg"), AttachmentKind::photo, "IMG-20220323-WA0002.jpg"},
  };
  for (const Media& c : cases) {
    CAPTURE(c.lang);
    CAPTURE(c.line);
    const auto m = one(c.line);
    CHECK(m.kind == MessageKind::media);
    CHECK(m.sender == "Anna");
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].kind == c.kind);
    CHECK(m.attachments[0].missing);
    CHECK(m.attachments[0].file_name == (c.name ? c.name : ""));
  }
}

TEST_CASE("whatsapp locales: iOS <attached: …> forms and X omitted placeholders") {
  const Media cases[] = {
      {"en", ios("<attached: 00000012-PHOTO-2022-03-27-21-41-55.jpg>"), AttachmentKind::photo, "00000012-PHOTO-2022-03-27-21-41-55.jpg"},
      {"de", ios("<Anhang: 00000013-VIDEO-2022-03-27-21-44-16.mp4>"), AttachmentKind::video, "00000013-VIDEO-2022-03-27-21-44-16.mp4"},
      {"es", ios("<adjunto: 00000014-AUDIO-2022-03-27-21-44-47.opus>"), AttachmentKind::audio, "00000014-AUDIO-2022-03-27-21-44-47.opus"},
      {"fr", ios("< pièce jointe : 00000015-PHOTO-2022-03-27-21-41-55.jpg >"), AttachmentKind::photo, "00000015-PHOTO-2022-03-27-21-41-55.jpg"},
      {"tr", ios("<00000016-PHOTO-2022-03-27-21-41-55.jpg eklendi>"), AttachmentKind::photo, "00000016-PHOTO-2022-03-27-21-41-55.jpg"},
      {"ko", ios("< 첨부됨: 00000017-STICKER-2022-03-27-21-48-10.webp>"), AttachmentKind::sticker, "00000017-STICKER-2022-03-27-21-48-10.webp"},
      {"zh", ios("<附件：00000018-GIF-2022-03-27-21-48-30.mp4>"), AttachmentKind::gif, "00000018-GIF-2022-03-27-21-48-30.mp4"},
      {"ja", ios("<添付ファイル: 00000019-PHOTO-2022-03-27-21-41-55.jpg>"), AttachmentKind::photo, "00000019-PHOTO-2022-03-27-21-41-55.jpg"},
      {"ru", ios("<прикреплено: 00000020-PHOTO-2022-03-27-21-41-55.jpg>"), AttachmentKind::photo, "00000020-PHOTO-2022-03-27-21-41-55.jpg"},
      {"ar", "\u200F[27/3/2022، 21:41:55] Anna: \u200F<المُرفق: 00000021-PHOTO-2022-03-27-21-41-55.jpg>\r\n", AttachmentKind::photo, "00000021-PHOTO-2022-03-27-21-41-55.jpg"},
      {"en", ios("image omitted"), AttachmentKind::photo, nullptr},
      {"de", ios("Kontaktkarte ausgelassen"), AttachmentKind::contact, nullptr},
      {"es", ios("documento omitido"), AttachmentKind::document, nullptr},
      {"fr", ios("image absente"), AttachmentKind::photo, nullptr},
      {"fr", ios("GIF retiré"), AttachmentKind::gif, nullptr},
      {"it", ios("video omesso"), AttachmentKind::video, nullptr},
      {"pt_PT", ios("imagem não revelada"), AttachmentKind::photo, nullptr},
      {"ru", ios("стикер не добавлен"), AttachmentKind::sticker, nullptr},
      {"uk", ios("зображення відсутнє"), AttachmentKind::photo, nullptr},
      {"hi", ios("फ़ोटो हटाई गई"), AttachmentKind::photo, nullptr},
      {"id", ios("gambar tidak disertakan"), AttachmentKind::photo, nullptr},
      {"ja", ios("画像は含まれていません"), AttachmentKind::photo, nullptr},
      {"th", ios("ไม่มีรูปภาพ"), AttachmentKind::photo, nullptr},
      {"vi", ios("đã bỏ qua hình ảnh"), AttachmentKind::photo, nullptr},
      {"cs", ios("obrázek vynechán"), AttachmentKind::photo, nullptr},
      {"tr", ios("görüntü dahil edilmedi"), AttachmentKind::photo, nullptr},
      {"nl", ios("audio weggelaten"), AttachmentKind::audio, nullptr},
      {"sv", ios("Kontaktkort uteslutet"), AttachmentKind::contact, nullptr},
      {"ko", ios("이미지 생략됨"), AttachmentKind::photo, nullptr},
      {"zh-Hans", ios("照片已忽略"), AttachmentKind::photo, nullptr},
  };
  for (const Media& c : cases) {
    CAPTURE(c.lang);
    CAPTURE(c.line);
    const auto m = one(c.line);
    CHECK(m.kind == (c.kind == AttachmentKind::contact ? MessageKind::contact : MessageKind::media));
    REQUIRE(m.attachments.size() == 1);
    CHECK(m.attachments[0].kind == c.kind);
    CHECK(m.attachments[0].missing);
    CHECK(m.attachments[0].file_name == (c.name ? c.name : ""));
  }
}

TEST_CASE("whatsapp locales: deleted messages") {
  for (const std::string& line : {
           android("Diese Nachricht wurde gelöscht"), android("Dit bericht is verwijderd"),
           android("Tato zpráva byla odstraněna."), android("Данное сообщение удалено"),
           android("Вы удалили данное сообщение"), android("Este mensaje fue eliminado"),
           android("Ce message a été supprimé"), android("Questo messaggio è stato eliminato"),
           android("Você apagou esta mensagem"), android("Bu mesaj silindi"), android("Ta wiadomość została usunięta"),
           android("このメッセージは削除されました"), android("信息已删除"), android("تم حذف هذه الرسالة"),
           ios("Diese Nachricht wurde gelöscht."), ios("Se eliminó este mensaje."), ios("Ce message a été supprimé."),
           ios("Vous avez supprimé ce message."), ios("Questo messaggio è stato eliminato."),
           ios("Esta mensagem foi apagada."), ios("Данное сообщение удалено."), ios("Це повідомлення було видалено."),
           ios("यह मैसेज डिलीट कर दिया गया है."), ios("Pesan ini dihapus."), ios("このメッセージは削除されました。"),
           ios("ข้อความนี้ถูกลบแล้ว"), ios("Tin nhắn này đã bị xóa."), ios("Tato zpráva byla smazána."),
           ios("This message was deleted by an admin."), ios("Diese Nachricht wurde von einem*einer Admin gelöscht."),
           ios("이 메시지는 삭제되었습니다."), ios("Det här meddelandet raderades.")}) {
    CAPTURE(line);
    const auto m = one(line);
    CHECK(m.kind == MessageKind::deleted);
    CHECK(m.deleted);
    CHECK(m.sender == "Anna");
  }
}

TEST_CASE("whatsapp locales: locations and live locations") {
  struct Loc {
    std::string line;
    double lat, lon;
  };
  for (const Loc& c : {
           Loc{android("Standort: https://maps.google.com/?q=47.421,10.9863"), 47.421, 10.9863},
           Loc{android("locatie: https://maps.google.com/?q=52.37,4.89"), 52.37, 4.89},
           Loc{android("poloha: https://maps.google.com/?q=50.08,14.43"), 50.08, 14.43},
           Loc{android("местоположение: https://maps.google.com/?q=55.75,37.61"), 55.75, 37.61},
           Loc{android("ubicación: https://maps.google.com/?q=40.41,-3.70"), 40.41, -3.70},
           Loc{android("localisation : https://maps.google.com/?q=48.85,2.35"), 48.85, 2.35},
           Loc{android("posizione: https://maps.google.com/?q=41.9,12.5"), 41.9, 12.5},
           Loc{android("konum: https://maps.google.com/?q=41.0,28.97"), 41.0, 28.97},
           Loc{android("位置：https://maps.google.com/?q=39.9,116.4"), 39.9, 116.4},
           Loc{ios("Location: https://maps.google.com/?q=51.5021456,-0.127397"), 51.5021456, -0.127397},
           Loc{ios("Standort: https://maps.google.com/?q=52.52,13.40"), 52.52, 13.40},
           Loc{ios("Местоположение: https://maps.google.com/?q=55.75,37.61"), 55.75, 37.61},
           Loc{ios("Localização: https://maps.google.com/?q=38.72,-9.14"), 38.72, -9.14},
           Loc{ios("Lokasi: https://maps.google.com/?q=-6.2,106.8"), -6.2, 106.8},
           Loc{ios("位置情報: https://maps.google.com/?q=35.68,139.69"), 35.68, 139.69},
       }) {
    CAPTURE(c.line);
    const auto m = one(c.line);
    CHECK(m.kind == MessageKind::location);
    REQUIRE(m.location.has_value());
    CHECK(m.location->lat == doctest::Approx(c.lat));
    CHECK(m.location->lon == doctest::Approx(c.lon));
    CHECK_FALSE(m.location->live);
  }
  for (const std::string& line : {android("Live-Standort wird geteilt"), android("live locatie gedeeld"),
                                  android("Геоданные отправлены"), android("ubicación en tiempo real compartida"),
                                  android("Localisation en direct partagée"), android("byla sdílena aktuální poloha")}) {
    CAPTURE(line);
    const auto m = one(line);
    CHECK(m.kind == MessageKind::location);
    REQUIRE(m.location.has_value());
    CHECK(m.location->live);
  }
}

TEST_CASE("whatsapp locales: calls") {
  struct C {
    std::string line;
    bool missed, video;
  };
  for (const C& c : {C{android("Verpasster Sprachanruf"), true, false}, C{android("Gemiste video-oproep"), true, true},
                     C{android("Пропущенный аудиозвонок"), true, false}, C{android("Zmeškaný hovor"), true, false},
                     C{android("Llamada de voz perdida"), true, false}, C{android("Appel vidéo manqué"), true, true},
                     C{android("Cuộc gọi nhỡ video"), true, true}, C{android("Cuộc gọi nhỡ"), true, false},
                     C{ios("Verpasster Sprachanruf. Zum Zurückrufen tippen"), true, false},
                     C{ios("Missed voice call. Tap to call back"), true, false}, C{ios("音声通話不在着信"), true, false},
                     C{ios("Cevapsız görüntülü arama"), true, true}}) {
    CAPTURE(c.line);
    const auto m = one(c.line);
    CHECK(m.kind == MessageKind::call);
    REQUIRE(m.call.has_value());
    CHECK(m.call->missed == c.missed);
    CHECK(m.call->video == c.video);
  }
}

TEST_CASE("whatsapp locales: system lines stay system in every language, with their text") {
  // Authorless lines whose text holds ": " (group subjects) must not grow a sender.
  for (const char* line : {
           "18/03/2022, 15:10 - Du hast die Gruppe \"Re: Urlaub\" erstellt\n",
           "18/03/2022, 15:10 - Anna created group \"Re: plans\"\n",
           "18/03/2022, 15:10 - Anna heeft de groep 'Re: vakantie' aangemaakt\n",
           "18/03/2022, 15:10 - Anna создал(-а) группу \"Re: отпуск\"\n",
           "18/03/2022, 15:10 - Anna creó el grupo \"Re: viaje\"\n",
           "18/03/2022, 15:10 - Anna , \"Re: tatil\" grubunu oluşturdu\n",
           "18/03/2022, 15:10 - Anna changed the subject from \"a\" to \"Re: b\"\n",
           "18/03/2022, 15:10 - Anna hat den Betreff von \"a\" zu \"Re: b\" geändert\n",
       }) {
    CAPTURE(line);
    const auto r = import(line);
    REQUIRE(r.sink.messages.size() == 1);
    const auto& m = r.sink.messages[0];
    CHECK(m.kind == MessageKind::system);
    CHECK(m.sender.empty());
    CHECK(m.text == std::string(line).substr(20, std::string(line).size() - 21));
    CHECK(r.sink.chats.at(0).is_group);
  }
  // iOS attributes events to the group or the actor, with an LRM before the body.
  for (const char* body : {
           "Boris added you", "Boris hat dich hinzugefügt.", "Boris te añadió.", "Boris vous a ajouté·e",
           "Boris ti ha aggiunto.", "Boris добавил(-а) вас", "Boris heeft u toegevoegd", "Boris vás přidal/a do skupiny.",
           "Foi adicionado/a a este grupo por Boris", "Boris ने आपको शामिल किया", "Boris menambahkan Anda",
           "Borisがあなたを追加しました", "Boris ได้เพิ่มคุณเข้ากลุ่ม", "Boris đã thêm bạn", "Boris додав(-ла) вас",
           "Boris sizi ekledi", "Boris dodał(a) Cię", "Boris님이 회원님을 추가했습니다", "Boris 添加了您",
           "Boris created group “My Group”", "Boris a créé le groupe “Mon groupe”", "Boris ha abbandonato.",
           "Your security code with Boris changed. Tap to learn more.",
           "Deine Sicherheitsnummer für Boris hat sich geändert. Tippe, um mehr zu erfahren.",
           "Boris changed their phone number to a new number. Tap to message or add the new number.",
           "You're now an admin", "Boris joined using this group's invite link"}) {
    CAPTURE(body);
    const std::string line = std::string("[14.08.2024, 21:00:11] My Group: \u200E") + body + "\r\n";
    const auto r = import(line + "[14.08.2024, 21:00:12] Anna: hi\r\n[14.08.2024, 21:00:13] Ben: hi\r\n");
    REQUIRE(r.sink.messages.size() == 3);
    const auto& m = r.sink.messages[0];
    CHECK(m.kind == MessageKind::system);
    CHECK(m.sender.empty());
    CHECK(m.text == body);
    CHECK(nlohmann::json::parse(m.extra_json).at("attributed_to") == "My Group");
    for (const auto& p : r.sink.chats.at(0).participants) {
      CHECK(p.name != "My Group");
    }
  }
  // Encryption notices attributed to the chat, in several languages.
  for (const char* body : {
           "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
           "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.",
           "Les messages et les appels sont chiffrés de bout en bout. Aucun tiers, pas même WhatsApp, ne peut les lire ou les écouter.",
           "Wiadomości i połączenia są w pełni zaszyfrowane. Nikt spoza czatu, nawet WhatsApp, nie może ich odczytać ani odsłuchać.",
           "Mesajlar ve aramalar uçtan uca şifrelidir. WhatsApp da dahil olmak üzere bu sohbetin dışında bulunan hiç kimse mesaj ve aramalarınızı okuyamaz ve dinleyemez."}) {
    CAPTURE(body);
    // Not the first line, so only the table can tell.
    const auto r = import(std::string("[3/27/22, 21:41:50] Anna: hi\r\n[3/27/22, 21:41:55] Elon: \u200E") + body + "\r\n");
    REQUIRE(r.sink.messages.size() == 2);
    CHECK(r.sink.messages[1].kind == MessageKind::system);
    CHECK(r.sink.messages[1].sender.empty());
  }
  // Android old encryption notice, authorless.
  const auto m = one("12/07/2017, 22:35 - Nachrichten an diese Gruppe sind jetzt mit Ende-zu-Ende-Verschlüsselung "
                     "geschützt. Tippe für mehr Infos.\n");
  CHECK(m.kind == MessageKind::system);
}

TEST_CASE("whatsapp locales: unknown markers and look-alikes stay text") {
  for (const std::string& line : {android("<Media vergessen>"), android("photo.jpg (file forgotten)"),
                                  android("You left your keys here"), android("the kids added you to the list"),
                                  ios("bild weggelassen? nein"), android("Verpasster Sprachanrufbeantworter")}) {
    CAPTURE(line);
    const auto m = one(line);
    CHECK(m.kind == MessageKind::text);
    CHECK(m.sender == "Anna");
    CHECK_FALSE(m.text.empty());
  }
}
