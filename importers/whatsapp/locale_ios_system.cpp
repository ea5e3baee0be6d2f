// GENERATED from FORMAT.md §9 (tables I3, I4) by a one-off script; edit by hand if a string changes.
// Entries keep the tables' own spelling; "%s", "%@", "%1$s", "%2$@" … are wildcards.
#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_entries[] = {
    // I3 EN
    {C::group_event, K::other, "You created group “%@”"sv}, {C::group_event, K::other, "%1$@ created group “%2$@”"sv}, {C::group_event, K::other, "You were added"sv}, {C::group_event, K::other, "%@ added you"sv}, {C::group_event, K::other, "%@ left"sv}, {C::group_event, K::other, "You left"sv}, {C::group_event, K::other, "%1$@ changed the subject to “%2$@”"sv}, {C::group_event, K::other, "%@ joined using this group's invite link"sv}, {C::contact_event, K::other, "%1$@ changed their phone number to a new number."sv}, {C::contact_event, K::other, "Your security code with %@ changed."sv},
    // I3 AR
    {C::group_event, K::other, "أنت أنشأت مجموعة \"%@\""sv}, {C::group_event, K::other, "%1$@ أنشأ مجموعة \"%2$@\""sv}, {C::group_event, K::other, "تمت إضافتك"sv}, {C::group_event, K::other, "%@ أضافك"sv}, {C::group_event, K::other, "%@ غادر المجموعة"sv}, {C::group_event, K::other, "أنت غادرت"sv}, {C::group_event, K::other, "%1$@ غيّر اسم المجموعة إلى \"%2$@\""sv}, {C::group_event, K::other, "%@ انضم إلى المجموعة عبر استخدام رابط الدعوة الخاص بها"sv}, {C::contact_event, K::other, "%1$@ غيّر رقم هاتفه إلى رقم جديد."sv}, {C::contact_event, K::other, "تغيّر رمز أمانك المُستخدَم مع %@."sv},
    // I3 BN
    {C::group_event, K::other, "আপনি “%@” গ্রুপটি তৈরি করেছেন"sv}, {C::group_event, K::other, "%1$@ “%2$@” গ্রুপটি তৈরি করেছেন"sv}, {C::group_event, K::other, "আপনাকে যোগ করা হয়েছে"sv}, {C::group_event, K::other, "%@ আপনাকে যোগ করেছেন"sv}, {C::group_event, K::other, "%@ বেরিয়ে এসেছেন"sv}, {C::group_event, K::other, "আপনি বেরিয়ে এসেছেন"sv}, {C::group_event, K::other, "%1$@ গ্রুপের নাম পরিবর্তন করে “%2$@” করেছেন"sv}, {C::group_event, K::other, "%@ এই গ্রুপের আমন্ত্রণের লিঙ্ক ব্যবহার করে যোগ দিয়েছেন"sv}, {C::contact_event, K::other, "%1$@ তার ফোন নম্বরটি একটি নতুন নম্বরে পরিবর্তন করেছেন।"sv}, {C::contact_event, K::other, "%@-এর সাথে আপনার নিরাপত্তা কোড পরিবর্তিত হয়েছে।"sv},
    // I3 CA
    {C::group_event, K::other, "Has creat el grup “%@”"sv}, {C::group_event, K::other, "%1$@ ha creat el grup “%2$@”"sv}, {C::group_event, K::other, "Se t'ha afegit"sv}, {C::group_event, K::other, "%@ t'ha afegit"sv}, {C::group_event, K::other, "%@ ha marxat del grup"sv}, {C::group_event, K::other, "Has sortit"sv}, {C::group_event, K::other, "%1$@ ha canviat l'assumpte a “%2$@”"sv}, {C::group_event, K::other, "%@ s'ha unit al grup amb l'enllaç d'invitació"sv}, {C::contact_event, K::other, "%1$@ ha canviat de número de telèfon."sv}, {C::contact_event, K::other, "El teu codi de seguretat amb %@ ha canviat."sv},
    // I3 CS
    {C::group_event, K::other, "Vytvořil/a jste skupinu %@."sv}, {C::group_event, K::other, "%1$@ vytvořil/a skupinu %2$@."sv}, {C::group_event, K::other, "Byl/a jste přidán/a."sv}, {C::group_event, K::other, "%@ vás přidal/a do skupiny."sv}, {C::group_event, K::other, "%@ opustil/a skupinu."sv}, {C::group_event, K::other, "Opustil/a jste skupinu."sv}, {C::group_event, K::other, "%1$@ změnil/a téma skupiny na „%2$@“."sv}, {C::group_event, K::other, "%@ se připojil/a k této skupině pomocí zvacího odkazu."sv}, {C::contact_event, K::other, "%1$@ změnil/a své telefonní číslo na nové číslo."sv}, {C::contact_event, K::other, "Bezpečnostní kód mezi vámi a⍽uživatelem %@ byl změněn."sv},
    // I3 DA
    {C::group_event, K::other, "Du har oprettet gruppen %@"sv}, {C::group_event, K::other, "%1$@ har oprettet gruppen %2$@"sv}, {C::group_event, K::other, "Du blev tilføjet"sv}, {C::group_event, K::other, "%@ har tilføjet dig"sv}, {C::group_event, K::other, "%@ har forladt gruppen"sv}, {C::group_event, K::other, "Du har forladt gruppen"sv}, {C::group_event, K::other, "%1$@ har ændret emnet til %2$@"sv}, {C::group_event, K::other, "%@ deltager ved brug af denne gruppes invitationslink"sv}, {C::contact_event, K::other, "%1$@ har ændret sit telefonnummer til et nyt nummer."sv}, {C::contact_event, K::other, "Din sikkerhedskode for %@ har ændret sig."sv},
    // I3 DE
    {C::group_event, K::other, "Du hast die Gruppe „%@“ erstellt."sv}, {C::group_event, K::other, "%1$@ hat die Gruppe „%2$@“ erstellt."sv}, {C::group_event, K::other, "Du wurdest hinzugefügt."sv}, {C::group_event, K::other, "%@ hat dich hinzugefügt."sv}, {C::group_event, K::other, "%@ hat die Gruppe verlassen."sv}, {C::group_event, K::other, "Du hast die Gruppe verlassen."sv}, {C::group_event, K::other, "%1$@ hat den Betreff zu “%2$@” geändert."sv}, {C::group_event, K::other, "%@ ist der Gruppe mit dem Einladungslink beigetreten."sv}, {C::contact_event, K::other, "%1$@ hat die Telefonnummer gewechselt."sv}, {C::contact_event, K::other, "Deine Sicherheitsnummer für %@ hat sich geändert."sv},
    // I3 EL
    {C::group_event, K::other, "Δημιουργήσατε την ομάδα “%@”"sv}, {C::group_event, K::other, "%1$@ δημιούργησε την ομάδα “%2$@”"sv}, {C::group_event, K::other, "Προστεθήκατε"sv}, {C::group_event, K::other, "%@ σας πρόσθεσε"sv}, {C::group_event, K::other, "%@ αποσυνδέθηκε"sv}, {C::group_event, K::other, "Φύγατε"sv}, {C::group_event, K::other, "%1$@ άλλαξε το θέμα σε “%2$@”"sv}, {C::group_event, K::other, "%@ συμμετέχει χρησιμοποιώντας τον σύνδεσμο πρόσκλησης της ομάδας"sv}, {C::contact_event, K::other, "%1$@ άλλαξε το αριθμό τηλεφώνου του σε νέο αριθμό."sv}, {C::contact_event, K::other, "Ο κωδικός ασφαλείας σας με %@ άλλαξε."sv},
    // I3 ES-SP
    {C::group_event, K::other, "Creaste el grupo \"%@\"."sv}, {C::group_event, K::other, "%1$@ creó el grupo “%2$@”"sv}, {C::group_event, K::other, "Te añadieron al grupo."sv}, {C::group_event, K::other, "%@ te añadió."sv}, {C::group_event, K::other, "%@ salió del grupo."sv}, {C::group_event, K::other, "Saliste del grupo"sv}, {C::group_event, K::other, "%1$@ cambió el asunto a “%2$@”"sv}, {C::group_event, K::other, "%@ se unió usando el enlace de invitación de este grupo"sv}, {C::contact_event, K::other, "%1$@ cambió su número de teléfono."sv}, {C::contact_event, K::other, "Cambió tu código de seguridad con %@."sv},
    // I3 FA
    {C::group_event, K::other, "شما گروه «%@» را ایجاد کردید"sv}, {C::group_event, K::other, "%1$@ گروه «%2$@» را ایجاد کرد"sv}, {C::group_event, K::other, "اضافه شدید"sv}, {C::group_event, K::other, "%@ شما را اضافه کرد"sv}, {C::group_event, K::other, "%@ گروه را ترک کرد"sv}, {C::group_event, K::other, "شما گروه را ترک کردید"sv}, {C::group_event, K::other, "%1$@ موضوع را به «%2$@» تغییر داد"sv}, {C::group_event, K::other, "%@ با لینک دعوت به گروه پیوست"sv}, {C::contact_event, K::other, "%1$@ شماره خود را تغییر داد."sv}, {C::contact_event, K::other, "کد امنیتی شما با %@ تغییر کرد."sv},
    // I3 FI
    {C::group_event, K::other, "Loit ryhmän “%@”"sv}, {C::group_event, K::other, "%1$@ loi ryhmän “%2$@”"sv}, {C::group_event, K::other, "Sinut lisättiin"sv}, {C::group_event, K::other, "%@ lisäsi sinut"sv}, {C::group_event, K::other, "%@ poistui"sv}, {C::group_event, K::other, "Poistuit"sv}, {C::group_event, K::other, "%1$@ vaihtoi aiheeksi “%2$@”"sv}, {C::group_event, K::other, "%@⍽liittyi ryhmään kutsulinkillä"sv}, {C::contact_event, K::other, "%1$@ vaihtoi puhelinnumeroaan."sv}, {C::contact_event, K::other, "Turvanumerosi muuttui henkilön %@ kanssa."sv},
    // I3 FR
    {C::group_event, K::other, "Vous avez créé le groupe \"%@\""sv}, {C::group_event, K::other, "%1$@ a créé le groupe “%2$@”"sv}, {C::group_event, K::other, "Vous avez été ajouté·e"sv}, {C::group_event, K::other, "%@ vous a ajouté·e"sv}, {C::group_event, K::other, "%@ est parti·e"sv}, {C::group_event, K::other, "Vous êtes parti·e"sv}, {C::group_event, K::other, "%1$@ a remplacé le sujet par \"%2$@\"."sv}, {C::group_event, K::other, "%@ a rejoint ce groupe grâce à son lien d'invitation"sv}, {C::contact_event, K::other, "%1$@ a changé de numéro de téléphone."sv}, {C::contact_event, K::other, "Votre code de sécurité avec %@ a changé."sv},
    // I3 GA
    {C::group_event, K::other, "Chruthaigh tú an grúpa “%@”"sv}, {C::group_event, K::other, "Chruthaigh %1$@ an grúpa “%2$@”"sv}, {C::group_event, K::other, "Cuireadh leis an ngrúpa thú"sv}, {C::group_event, K::other, "Chuir %@ leis thú"sv}, {C::group_event, K::other, "D'fhág %@"sv}, {C::group_event, K::other, "D'fhág tú"sv}, {C::group_event, K::other, "D'athraigh %1$@ an t-ábhar go “%2$@”"sv}, {C::group_event, K::other, "Chuaigh %@ isteach ann le nasc cuiridh an ghrúpa seo"sv}, {C::contact_event, K::other, "D'athraigh %1$@ a (h)uimhir ghutháin go huimhir nua."sv}, {C::contact_event, K::other, "Athraíodh an cód slándála atá agat le %@."sv},
    // I3 GR-EL
    {C::group_event, K::other, "Δημιουργήσατε την ομάδα “%@”"sv}, {C::group_event, K::other, "%1$@ δημιούργησε την ομάδα “%2$@”"sv}, {C::group_event, K::other, "Προστεθήκατε"sv}, {C::group_event, K::other, "%@ σας πρόσθεσε"sv}, {C::group_event, K::other, "%@ αποσυνδέθηκε"sv}, {C::group_event, K::other, "Φύγατε"sv}, {C::group_event, K::other, "%1$@ άλλαξε το θέμα σε “%2$@”"sv}, {C::group_event, K::other, "%@ συμμετέχει χρησιμοποιώντας τον σύνδεσμο πρόσκλησης της ομάδας"sv}, {C::contact_event, K::other, "%1$@ άλλαξε το αριθμό τηλεφώνου του σε νέο αριθμό."sv}, {C::contact_event, K::other, "Ο κωδικός ασφαλείας σας με %@ άλλαξε."sv},
    // I3 GU
    {C::group_event, K::other, "તમે “%@” ગ્રૂપ બનાવ્યું"sv}, {C::group_event, K::other, "%1$@ દ્વારા “%2$@” ગ્રૂપ બનાવવામાં આવ્યું"sv}, {C::group_event, K::other, "તમને ઉમેર્યા"sv}, {C::group_event, K::other, "%@એ તમને ઉમેર્યા"sv}, {C::group_event, K::other, "%@ છોડીને ગયા"sv}, {C::group_event, K::other, "તમે છોડયું"sv}, {C::group_event, K::other, "%1$@એ વિષયને “%2$@”માં બદલ્યું"sv}, {C::group_event, K::other, "આ ગ્રૂપની આમંત્રણ લિંક વાપરીને %@ જોડાયા"sv}, {C::contact_event, K::other, "%1$@એ તેમના ફોન નંબરને નવા નંબર સાથે બદલાવ્યો."sv}, {C::contact_event, K::other, "%@ સાથેનો તમારો સુરક્ષા કોડ બદલાઈ ગયો."sv},
    // I3 HE
    {C::group_event, K::other, "יצרת את הקבוצה \"%@\""sv}, {C::group_event, K::other, "הקבוצה \"%2$@\" נוצרה על ידי %1$@"sv}, {C::group_event, K::other, "צורפת לקבוצה"sv}, {C::group_event, K::other, "צורפת על-ידי %@"sv}, {C::group_event, K::other, "%@ עזב/ה."sv}, {C::group_event, K::other, "עזבת את הקבוצה"sv}, {C::group_event, K::other, "הנושא שונה ל-\"%2$@\" ע״י %1$@"sv}, {C::group_event, K::other, "ההצטרפות של %@ בוצעה באמצעות קישור ההזמנה לקבוצה"sv}, {C::contact_event, K::other, "%1$@ החליף/ה את מספר הטלפון למספר חדש."sv}, {C::contact_event, K::other, "קוד האבטחה עם %@ שונה."sv},
    // I3 HI
    {C::group_event, K::other, "आपने ग्रुप “%@” बनाया"sv}, {C::group_event, K::other, "%1$@ ने ग्रुप “%2$@” बनाया"sv}, {C::group_event, K::other, "आपको शामिल किया गया"sv}, {C::group_event, K::other, "%@ ने आपको शामिल किया"sv}, {C::group_event, K::other, "%@ ने छोड़ा"sv}, {C::group_event, K::other, "आपने छोड़ा"sv}, {C::group_event, K::other, "%1$@ ने ग्रुप का नाम बदलकर “%2$@” किया"sv}, {C::group_event, K::other, "%@ आमंत्रण लिंक का इस्तेमाल करके ग्रुप में शामिल हुए/हुईं"sv}, {C::contact_event, K::other, "%1$@ ने अपना फ़ोन नंबर बदला है."sv}, {C::contact_event, K::other, "%@ के लिए आपका सुरक्षा कोड बदल गया है."sv},
    // I3 HR
    {C::group_event, K::other, "Izradili ste grupu “%@”"sv}, {C::group_event, K::other, "%1$@ je izradio/la grupu “%2$@”"sv}, {C::group_event, K::other, "Dodani ste"sv}, {C::group_event, K::other, "%@ vas je dodao"sv}, {C::group_event, K::other, "%@ je napustio/la"sv}, {C::group_event, K::other, "Napušteno"sv}, {C::group_event, K::other, "%1$@ je promjenio/la temu u “%2$@”"sv}, {C::group_event, K::other, "%@ se pridružio/la koristeći pozivnicu za ovu grupu"sv}, {C::contact_event, K::other, "%1$@ je promijenio/la svoj broj telefona u novi broj."sv}, {C::contact_event, K::other, "Vaš sigurnosni kôd za kontakt %@ promijenio se."sv},
    // I3 HU
    {C::group_event, K::other, "Létrehoztál egy csoportot: „%@”"sv}, {C::group_event, K::other, "%1$@ létrehozott egy csoportot: “%2$@”"sv}, {C::group_event, K::other, "Hozzá lettél adva"sv}, {C::group_event, K::other, "%@ hozzáadott téged"sv}, {C::group_event, K::other, "%@ kilépett"sv}, {C::group_event, K::other, "Kiléptél"sv}, {C::group_event, K::other, "%1$@ megváltoztatta a témát erre: “%2$@”"sv}, {C::group_event, K::other, "%@ csatlakozott a csoporthoz a meghívólink segítségével."sv}, {C::contact_event, K::other, "%1$@ megváltoztatta a telefonszámát egy újra."sv}, {C::contact_event, K::other, "%@ biztonsági kódja megváltozott."sv},
    // I3 ID
    {C::group_event, K::other, "Anda membuat grup “%@”"sv}, {C::group_event, K::other, "%1$@ membuat grup “%2$@”"sv}, {C::group_event, K::other, "Anda ditambahkan"sv}, {C::group_event, K::other, "%@ menambahkan Anda"sv}, {C::group_event, K::other, "%@ keluar"sv}, {C::group_event, K::other, "Anda keluar"sv}, {C::group_event, K::other, "%1$@ telah mengubah subjek menjadi “%2$@”"sv}, {C::group_event, K::other, "%@ bergabung menggunakan tautan undangan grup ini"sv}, {C::contact_event, K::other, "%1$@ telah mengganti nomor teleponnya ke nomor baru."sv}, {C::contact_event, K::other, "Kode keamanan Anda dengan %@ telah berubah."sv},
    // I3 IT
    {C::group_event, K::other, "Hai creato il gruppo \"%@\"."sv}, {C::group_event, K::other, "%1$@ ha creato il gruppo \"%2$@\"."sv}, {C::group_event, K::other, "Ora fai parte del gruppo."sv}, {C::group_event, K::other, "%@ ti ha aggiunto."sv}, {C::group_event, K::other, "%@ ha abbandonato."sv}, {C::group_event, K::other, "Hai abbandonato."sv}, {C::group_event, K::other, "%1$@ ha cambiato l'oggetto in “%2$@”"sv}, {C::group_event, K::other, "%@ ha usato il link d'invito per entrare nel gruppo."sv}, {C::contact_event, K::other, "%1$@ ha cambiato numero."sv}, {C::contact_event, K::other, "Il tuo codice di sicurezza con %@ è cambiato."sv},
    // I3 JA
    {C::group_event, K::other, "グループ「%@」を作成しました"sv}, {C::group_event, K::other, "%1$@がグループ「%2$@」を作成しました"sv}, {C::group_event, K::other, "追加されました"sv}, {C::group_event, K::other, "%@があなたを追加しました"sv}, {C::group_event, K::other, "%@が退出しました"sv}, {C::group_event, K::other, "退出しました"sv}, {C::group_event, K::other, "%1$@ がグループ名を「%2$@」に変更しました"sv}, {C::group_event, K::other, "%@が招待リンクからグループに参加しました"sv}, {C::contact_event, K::other, "%1$@が電話番号を変更しました。"sv}, {C::contact_event, K::other, "%@とのセキュリティコードが変更されました。"sv},
    // I3 KO
    {C::group_event, K::other, "“%@” 그룹을 만들었습니다."sv}, {C::group_event, K::other, "%1$@님이 “%2$@” 그룹을 만들었습니다."sv}, {C::group_event, K::other, "회원님이 추가되었습니다"sv}, {C::group_event, K::other, "%@님이 회원님을 추가했습니다"sv}, {C::group_event, K::other, "%@님이 그룹에서 나갔습니다"sv}, {C::group_event, K::other, "퇴장했습니다"sv}, {C::group_event, K::other, "%1$@님이 그룹 이름을 “%2$@”(으)로 변경했습니다."sv}, {C::group_event, K::other, "%@님이 이 그룹 초대 링크로 참여했습니다"sv}, {C::contact_event, K::other, "%1$@님이 휴대전화 번호를 새로운 번호로 변경되었습니다."sv}, {C::contact_event, K::other, "%@님과의 보안 코드가 변경되었습니다."sv},
    // I3 MR
    {C::group_event, K::other, "तुम्ही “%@” हा ग्रुप तयार केला"sv}, {C::group_event, K::other, "%1$@ यांनी “%2$@” हा ग्रुप तयार केला"sv}, {C::group_event, K::other, "तुम्हाला समाविष्ट करण्यात आले"sv}, {C::group_event, K::other, "%@ यांनी तुम्हाला समाविष्ट केले"sv}, {C::group_event, K::other, "%@ यांनी ग्रुप सोडला"sv}, {C::group_event, K::other, "तुम्ही ग्रुप सोडला"sv}, {C::group_event, K::other, "%1$@ यांनी विषय बदलून “%2$@” केला"sv}, {C::group_event, K::other, "या ग्रुपची आमंत्रण लिंक वापरून %@ सामील झाले"sv}, {C::contact_event, K::other, "%1$@ यांनी त्यांचा फोन नंबर नवीन फोन नंबर मध्ये बदलला."sv}, {C::contact_event, K::other, "तुमचा %@ संबंधित सुरक्षा कोड बदलला आहे."sv},
    // I3 MS
    {C::group_event, K::other, "Anda telah mencipta grup “%@”"sv}, {C::group_event, K::other, "%1$@ telah mencipta grup “%2$@”"sv}, {C::group_event, K::other, "Anda telah ditambahkan"sv}, {C::group_event, K::other, "%@ menambah anda"sv}, {C::group_event, K::other, "%@ keluar"sv}, {C::group_event, K::other, "Anda telah keluar"sv}, {C::group_event, K::other, "%1$@ mengubah subjek kepada “%2$@”"sv}, {C::group_event, K::other, "%@ menyertai menggunakan pautan undangan grup ini"sv}, {C::contact_event, K::other, "%1$@ telah mengubah nombor telefonnya ke nombor baru."sv}, {C::contact_event, K::other, "Kod keselamatan anda dengan %@ telah berubah."sv},
    // I3 NB
    {C::group_event, K::other, "Du opprettet gruppen “%@”"sv}, {C::group_event, K::other, "%1$@ opprettet gruppen “%2$@”"sv}, {C::group_event, K::other, "Du ble lagt til"sv}, {C::group_event, K::other, "%@ la deg til"sv}, {C::group_event, K::other, "%@ forlot"sv}, {C::group_event, K::other, "Du forlot"sv}, {C::group_event, K::other, "%1$@ endret emnet til “%2$@”"sv}, {C::group_event, K::other, "%@ ble med ved hjelp av denne gruppens invitasjonslenke"sv}, {C::contact_event, K::other, "%1$@ endret telefonnummeret sitt."sv}, {C::contact_event, K::other, "Sikkerhetskoden med %@ ble endret."sv},
    // I3 NL
    {C::group_event, K::other, "U hebt de groep %@ gemaakt"sv}, {C::group_event, K::other, "%1$@ heeft de groep %2$@ gemaakt"sv}, {C::group_event, K::other, "U bent toegevoegd"sv}, {C::group_event, K::other, "%@ heeft u toegevoegd"sv}, {C::group_event, K::other, "%@ heeft de groep verlaten"sv}, {C::group_event, K::other, "U hebt de groep verlaten"sv}, {C::group_event, K::other, "%1$@ heeft het onderwerp gewijzigd naar “%2$@”"sv}, {C::group_event, K::other, "%@ is deelnemer geworden via de uitnodigingslink van deze groep"sv}, {C::contact_event, K::other, "%1$@ heeft een nieuw telefoonnummer."sv}, {C::contact_event, K::other, "Uw beveiligingscode voor %@ is gewijzigd."sv},
    // I3 PL
    {C::group_event, K::other, "Utworzyłeś(-aś) grupę „%@”"sv}, {C::group_event, K::other, "%1$@ utworzył(a) grupę „%2$@”"sv}, {C::group_event, K::other, "Dodano Cię"sv}, {C::group_event, K::other, "%@ dodał(a) Cię"sv}, {C::group_event, K::other, "%@ opuścił(a) grupę"sv}, {C::group_event, K::other, "Opuściłeś(-aś) grupę"sv}, {C::group_event, K::other, "%1$@ zmienił(a) temat na „%2$@”"sv}, {C::group_event, K::other, "%@ dołączył(a) do grupy, używając linku z zaproszeniem"sv}, {C::contact_event, K::other, "%1$@ zmienił(a) swój numer na nowy."sv}, {C::contact_event, K::other, "Twój kod zabezpieczeń z użytkownikiem %@ zmienił się."sv},
    // I3 PT-BR
    {C::group_event, K::other, "Você criou o grupo “%@”"sv}, {C::group_event, K::other, "%1$@ criou o grupo “%2$@”"sv}, {C::group_event, K::other, "Você foi adicionado(a)"sv}, {C::group_event, K::other, "%@ adicionou você"sv}, {C::group_event, K::other, "%@ saiu"sv}, {C::group_event, K::other, "Você saiu"sv}, {C::group_event, K::other, "%1$@ mudou o nome do grupo para “%2$@”"sv}, {C::group_event, K::other, "%@ entrou usando o link de convite deste grupo"sv}, {C::contact_event, K::other, "%1$@ mudou de número de telefone."sv}, {C::contact_event, K::other, "Seu código de segurança com %@ mudou."sv},
    // I3 PT-PT
    {C::group_event, K::other, "Criou o grupo “%@”"sv}, {C::group_event, K::other, "%1$@ criou o grupo “%2$@”"sv}, {C::group_event, K::other, "Foi adicionado/a"sv}, {C::group_event, K::other, "Foi adicionado/a a este grupo por %@"sv}, {C::group_event, K::other, "%@ saiu do grupo"sv}, {C::group_event, K::other, "Saiu do grupo"sv}, {C::group_event, K::other, "O título do grupo foi alterado para “%2$@” por %1$@"sv}, {C::group_event, K::other, "%@ entrou no grupo através da ligação de convite"sv}, {C::contact_event, K::other, "%1$@ mudou de número de telemóvel."sv}, {C::contact_event, K::other, "O seu código de segurança partilhado com %@ mudou."sv},
    // I3 RO
    {C::group_event, K::other, "Ați creat grupul „%@”"sv}, {C::group_event, K::other, "%1$@ a creat grupul „%2$@”"sv}, {C::group_event, K::other, "Ați fost adăugat/ă în grup"sv}, {C::group_event, K::other, "%@ v-a adăugat în grup"sv}, {C::group_event, K::other, "%@ a ieșit din grup"sv}, {C::group_event, K::other, "Ați ieșit din grup"sv}, {C::group_event, K::other, "%1$@ a schimbat subiectul grupului în „%2$@”"sv}, {C::group_event, K::other, "%@ a intrat în grup prin linkul de invitație"sv}, {C::contact_event, K::other, "%1$@ și-a schimbat numărul de telefon."sv}, {C::contact_event, K::other, "Codul dvs. de securitate cu %@ s-a schimbat."sv},
    // I3 RU
    {C::group_event, K::other, "Вы создали группу “%@”"sv}, {C::group_event, K::other, "%1$@ создал(-а) группу “%2$@”"sv}, {C::group_event, K::other, "Вы добавлены"sv}, {C::group_event, K::other, "%@ добавил(-а) вас"sv}, {C::group_event, K::other, "%@ покинул(-а) группу"sv}, {C::group_event, K::other, "Вы покинули группу"sv}, {C::group_event, K::other, "%1$@ изменил(-а) тему на “%2$@”"sv}, {C::group_event, K::other, "%@ вступил(-а) в группу, используя приглашение"sv}, {C::contact_event, K::other, "%1$@ сменил(-а) номер телефона."sv}, {C::contact_event, K::other, "Ваш код безопасности с контактом %@ изменился."sv},
    // I3 SK
    {C::group_event, K::other, "Vytvorili ste skupinu %@."sv}, {C::group_event, K::other, "%1$@ vytvoril/a skupinu %2$@."sv}, {C::group_event, K::other, "Ste v⍽skupine."sv}, {C::group_event, K::other, "%@ vás pridal/a."sv}, {C::group_event, K::other, "%@ opustil/a skupinu."sv}, {C::group_event, K::other, "Opustili ste skupinu."sv}, {C::group_event, K::other, "%1$@ zmenil/a tému na %2$@."sv}, {C::group_event, K::other, "%@ sa k tejto skupine pripojil/a pomocou pozývacieho odkazu."sv}, {C::contact_event, K::other, "Telefónne číslo %1$@ bolo zmenené na nové číslo."sv}, {C::contact_event, K::other, "Bezpečnostný kód, ktorý zdieľate s⍽používateľom %@, bol zmenený."sv},
    // I3 SV
    {C::group_event, K::other, "Du skapade gruppen “%@”"sv}, {C::group_event, K::other, "%1$@ skapade gruppen “%2$@”"sv}, {C::group_event, K::other, "Du har lagts till"sv}, {C::group_event, K::other, "%@ lade till dig"sv}, {C::group_event, K::other, "%@ lämnade"sv}, {C::group_event, K::other, "Du lämnade"sv}, {C::group_event, K::other, "%1$@ ändrade ämnet till “%2$@”"sv}, {C::group_event, K::other, "%@ anslöt genom att använda gruppens inbjudningslänk"sv}, {C::contact_event, K::other, "%1$@⍽ändrade sitt telefonnummer till ett nytt nummer."sv}, {C::contact_event, K::other, "För att kontrollera en kontakts säkerhetskod öppnar du sidan för deras Kontaktinfo och trycker “%@”."sv},
    // I3 TH
    {C::group_event, K::other, "คุณได้สร้างกลุ่ม “%@”"sv}, {C::group_event, K::other, "%1$@ ได้สร้างกลุ่ม “%2$@”"sv}, {C::group_event, K::other, "คุณถูกเพิ่มเข้ากลุ่ม"sv}, {C::group_event, K::other, "%@ ได้เพิ่มคุณเข้ากลุ่ม"sv}, {C::group_event, K::other, "%@ ออกจากกลุ่ม"sv}, {C::group_event, K::other, "คุณออกจากกลุ่มแล้ว"sv}, {C::group_event, K::other, "%1$@ เปลี่ยนหัวข้อเป็น “%2$@”"sv}, {C::group_event, K::other, "%@ เข้าร่วมกลุ่มโดยใช้ลิงก์เชิญของกลุ่มนี้"sv}, {C::contact_event, K::other, "%1$@ ได้เปลี่ยนหมายเลขโทรศัพท์เป็นหมายเลขใหม่"sv}, {C::contact_event, K::other, "รหัสความปลอดภัยของคุณกับ %@ มีการเปลี่ยนแปลง"sv},
    // I3 TR
    {C::group_event, K::other, "“%@” grubunu oluşturdunuz"sv}, {C::group_event, K::other, "%1$@ “%2$@” grubunu oluşturdu."sv}, {C::group_event, K::other, "Eklendiniz"sv}, {C::group_event, K::other, "%@ sizi ekledi"sv}, {C::group_event, K::other, "%@ ayrıldı"sv}, {C::group_event, K::other, "Ayrıldınız"sv}, {C::group_event, K::other, "%1$@ konuyu “%2$@” olarak değiştirdi"sv}, {C::group_event, K::other, "%@ bu grubun davet bağlantısını kullanarak katıldı"sv}, {C::contact_event, K::other, "%1$@ telefon numarasını yeni bir numaraya değiştirdi."sv}, {C::contact_event, K::other, "%@ ile aranızdaki güvenlik kodu değişti."sv},
    // I3 UKR
    {C::group_event, K::other, "Ви створили групу «%@»"sv}, {C::group_event, K::other, "%1$@ створив(-ла) групу «%2$@»"sv}, {C::group_event, K::other, "Вас додано"sv}, {C::group_event, K::other, "%@ додав(-ла) вас"sv}, {C::group_event, K::other, "%@ вийшов(-ла) з групи"sv}, {C::group_event, K::other, "Ви вийшли"sv}, {C::group_event, K::other, "Учасник %1$@ змінив тему на «%2$@»"sv}, {C::group_event, K::other, "%@ приєднався(-лася) до групи, використавши запрошення"sv}, {C::contact_event, K::other, "%1$@ змінив(-ла) номер телефону на новий."sv}, {C::contact_event, K::other, "Код безпеки з контактом %@ змінився."sv},
    // I3 UR
    {C::group_event, K::other, "آپ نے \"%@\" گروپ بنایا ہے"sv}, {C::group_event, K::other, "%1$@ نے گروپ \"%2$@\" بنایا"sv}, {C::group_event, K::other, "آپ کو شامل کیا گیا ہے"sv}, {C::group_event, K::other, "%@ نے آپ کو شامل کیا"sv}, {C::group_event, K::other, "%@ نے گروپ چھوڑ دیا"sv}, {C::group_event, K::other, "آپ نکل گئے"sv}, {C::group_event, K::other, "%1$@ نے نام '%2$@' پر تبدیل کر دیا"sv}, {C::group_event, K::other, "%@ نے اس گروپ کے دعوتی لنک کے ذریعے جوائن کیا ہے"sv}, {C::contact_event, K::other, "%1$@ نے اپنا فون نمبر نئے نمبر سے تبدیل کیا۔"sv}, {C::contact_event, K::other, "%@ کے ساتھ آپ کا سیکیورٹی کوڈ تبدیل ہوگیا ہے۔"sv},
    // I3 VI
    {C::group_event, K::other, "Bạn đã tạo nhóm “%@”"sv}, {C::group_event, K::other, "%1$@ đã tạo nhóm “%2$@”"sv}, {C::group_event, K::other, "Bạn đã được thêm"sv}, {C::group_event, K::other, "%@ đã thêm bạn"sv}, {C::group_event, K::other, "%@ đã rời nhóm"sv}, {C::group_event, K::other, "Bạn đã rời nhóm"sv}, {C::group_event, K::other, "%1$@ đã đổi tên thành “%2$@”"sv}, {C::group_event, K::other, "%@ đã tham gia liên kết mời của nhóm này"sv}, {C::contact_event, K::other, "%1$@ đã đổi sang số điện thoại mới."sv}, {C::contact_event, K::other, "Mã bảo mật của bạn với %@ đã thay đổi."sv},
    // I3 ZH-HK
    {C::group_event, K::other, "您已建立「%@」群組"sv}, {C::group_event, K::other, "%1$@已建立「%2$@」群組"sv}, {C::group_event, K::other, "您已加入"sv}, {C::group_event, K::other, "%@新增了您"sv}, {C::group_event, K::other, "%@ 離開了"sv}, {C::group_event, K::other, "您已離開"sv}, {C::group_event, K::other, "%1$@已將群組主題變更為「%2$@」"sv}, {C::group_event, K::other, "%@已使用此群組的邀請連結加入"sv}, {C::contact_event, K::other, "%1$@已更換了手機號碼。"sv}, {C::contact_event, K::other, "您與%@之間的安全代碼已變更。"sv},
    // I3 ZH-Hans
    {C::group_event, K::other, "您创建了 “%@” 群组"sv}, {C::group_event, K::other, "%1$@ 创建了 “%2$@” 群组"sv}, {C::group_event, K::other, "有人添加了您"sv}, {C::group_event, K::other, "%@ 添加了您"sv}, {C::group_event, K::other, "%@ 退出了"sv}, {C::group_event, K::other, "您已退出群组"sv}, {C::group_event, K::other, "%1$@ 已更改主题为 “%2$@”"sv}, {C::group_event, K::other, "%@ 使用了群组邀请链接加入群组"sv}, {C::contact_event, K::other, "%1$@ 更改电话号码为新号码。"sv}, {C::contact_event, K::other, "您和 %@ 的安全代码已更改。"sv},
    // I3 ZH-Hant
    {C::group_event, K::other, "您建立了「%@」群組"sv}, {C::group_event, K::other, "%1$@ 建立了「%2$@」群組"sv}, {C::group_event, K::other, "您被加到群組"sv}, {C::group_event, K::other, "%@ 新增了您"sv}, {C::group_event, K::other, "%@ 退出了"sv}, {C::group_event, K::other, "您已退出群組"sv}, {C::group_event, K::other, "%1$@ 已變更主題為 “%2$@”"sv}, {C::group_event, K::other, "%@ 使用了群組邀請連結加入群組"sv}, {C::contact_event, K::other, "%1$@ 變更電話號碼為新號碼"sv}, {C::contact_event, K::other, "您與 %@ 的安全碼已變更。"sv},
    // I4 EN
    {C::notice, K::other, "Messages and calls are end-to-end encrypted"sv},
    // I4 AR
    {C::notice, K::other, "الرسائل والمكالمات مشفرة تمامًا بين الطرفين"sv},
    // I4 BN
    {C::notice, K::other, "মেসেজ এবং কল এন্ড-টু-এন্ড এনক্রিপ্টেড থাকে"sv},
    // I4 CA
    {C::notice, K::other, "Els missatges i les trucades estan xifrats d'extrem a extrem"sv},
    // I4 CS
    {C::notice, K::other, "Zprávy a hovory jsou opatřeny koncovým šifrováním"sv},
    // I4 DA
    {C::notice, K::other, "Beskeder og opkald er end-to-end-krypterede"sv},
    // I4 DE
    {C::notice, K::other, "Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt"sv},
    // I4 EL
    {C::notice, K::other, "Τα μηνύματα και οι κλήσεις κρυπτογραφούνται πλήρως"sv},
    // I4 ES-SP
    {C::notice, K::other, "Los mensajes y las llamadas están cifrados de extremo a extremo"sv},
    // I4 FA
    {C::notice, K::other, "پیام‌ها و تماس‌ها سرتاسر رمزگذاری شده‌اند"sv},
    // I4 FI
    {C::notice, K::other, "Viestit ja puhelut salataan täysin"sv},
    // I4 FR
    {C::notice, K::other, "Les messages et les appels sont chiffrés de bout en bout"sv},
    // I4 GA
    {C::notice, K::other, "Déantar criptiúchán ó cheann go ceann ar theachtaireachtaí agus ar ghlaonna"sv},
    // I4 GR-EL
    {C::notice, K::other, "Τα μηνύματα και οι κλήσεις κρυπτογραφούνται πλήρως"sv},
    // I4 GU
    {C::notice, K::other, "મેસેજ અને કૉલ શરૂથી અંત સુધી સુરક્ષિત છે"sv},
    // I4 HE
    {C::notice, K::other, "ההודעות והשיחות מוצפנות מקצה-לקצה"sv},
    // I4 HI
    {C::notice, K::other, "मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं"sv},
    // I4 HR
    {C::notice, K::other, "Poruke i pozivi zaštićeni su potpunom enkripcijom"sv},
    // I4 HU
    {C::notice, K::other, "Az üzenetek és hívások végpontok közötti titkosítással vannak védve"sv},
    // I4 ID
    {C::notice, K::other, "Pesan dan panggilan terenkripsi secara end-to-end"sv},
    // I4 IT
    {C::notice, K::other, "I messaggi e le chiamate sono crittografati end-to-end"sv},
    // I4 JA
    {C::notice, K::other, "メッセージと通話はエンドツーエンド暗号化されています"sv},
    // I4 KO
    {C::notice, K::other, "메시지 및 전화는 종단간 암호화되어 안전합니다"sv},
    // I4 MR
    {C::notice, K::other, "मेसेजेस आणि कॉल्स एन्ड-टू-एन्ड एन्क्रिप्शनने सुरक्षित केलेले असतात"sv},
    // I4 MS
    {C::notice, K::other, "Mesej dan panggilan disulitkan hujung ke hujung"sv},
    // I4 NB
    {C::notice, K::other, "Meldinger og samtaler er ende-til-ende-krypterte"sv},
    // I4 NL
    {C::notice, K::other, "Berichten en gesprekken worden end-to-end versleuteld"sv},
    // I4 PL
    {C::notice, K::other, "Wiadomości i połączenia są w pełni zaszyfrowane"sv},
    // I4 PT-BR
    {C::notice, K::other, "As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta e ficam somente entre você e os participantes desta conversa"sv},
    // I4 PT-PT
    {C::notice, K::other, "As mensagens e chamadas são encriptadas ponto a ponto"sv},
    // I4 RO
    {C::notice, K::other, "Mesajele și apelurile sunt criptate integral"sv},
    // I4 RU
    {C::notice, K::other, "Сообщения и звонки защищены сквозным шифрованием"sv},
    // I4 SK
    {C::notice, K::other, "Správy a hovory sú zabezpečené šifrovaním počas celého spojenia"sv},
    // I4 SV
    {C::notice, K::other, "Meddelanden och samtal är komplett krypterade"sv},
    // I4 TH
    {C::notice, K::other, "ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง ผู้ที่ไม่ได้อยู่ในแชทนี้จะไม่สามารถอ่านหรือฟังได้แม้แต่ WhatsApp เอง"sv},
    // I4 TR
    {C::notice, K::other, "Mesajlar ve aramalar uçtan uca şifrelidir"sv},
    // I4 UKR
    {C::notice, K::other, "Повідомлення й дзвінки захищено наскрізним шифруванням"sv},
    // I4 UR
    {C::notice, K::other, "میسجز اور کالز اینڈ ٹو اینڈ اینکرپشن کے ذریعے محفوظ ہیں"sv},
    // I4 VI
    {C::notice, K::other, "Tin nhắn và cuộc gọi được mã hóa đầu cuối"sv},
    // I4 ZH-HK
    {C::notice, K::other, "訊息和通話經端對端加密。對話以外的任何人 (即使是 WhatsApp) 均無法查看或聆聽那些內容。"sv},
    // I4 ZH-Hans
    {C::notice, K::other, "消息和通话都进行端到端加密"sv},
    // I4 ZH-Hant
    {C::notice, K::other, "訊息已受端對端加密保護。此對話以外所有人"sv},
};

}  // namespace

std::span<const Entry> ios_system_entries() { return k_entries; }

}  // namespace chatvault::importers::whatsapp::strings
