// GENERATED from FORMAT.md §9 (tables A3, A4) by a one-off script; edit by hand if a string changes.
// Entries keep the tables' own spelling; "%s", "%@", "%1$s", "%2$@" … are wildcards.
#include "importers/whatsapp/locale_data.hpp"

namespace chatvault::importers::whatsapp::strings {
namespace {
using C = Category;
using K = model::AttachmentKind;
using namespace std::string_view_literals;

constexpr Entry k_entries[] = {
    // A3 en (default)
    {C::group_event, K::other, "You created group \"%1$s\""sv}, {C::group_event, K::other, "%1$s created group \"%2$s\""sv}, {C::group_event, K::other, "You were added"sv}, {C::group_event, K::other, "%s added you"sv}, {C::group_event, K::other, "%s left"sv}, {C::group_event, K::other, "You left"sv}, {C::contact_event, K::other, "%1$s changed from %2$s to %3$s"sv},
    // A3 af
    {C::group_event, K::other, "Jy het “%1$s” groep geskep"sv}, {C::group_event, K::other, "%1$s het \"%2$s\" groep geskep"sv}, {C::group_event, K::other, "Jy was bygevoeg"sv}, {C::group_event, K::other, "%s het jou bygevoeg"sv}, {C::group_event, K::other, "%s het verlaat"sv}, {C::group_event, K::other, "Jy het verlaat"sv}, {C::contact_event, K::other, "%1$s het verander van %2$s na %3$s"sv},
    // A3 ar
    {C::group_event, K::other, "أنت أنشأت مجموعة \"%1$s\""sv}, {C::group_event, K::other, "%1$s أنشأ مجموعة \"%2$s\""sv}, {C::group_event, K::other, "تمت إضافتك"sv}, {C::group_event, K::other, "%s أضافك"sv}, {C::group_event, K::other, "%s غادر"sv}, {C::group_event, K::other, "أنت غادرت"sv}, {C::contact_event, K::other, "تم تغيير رقم هاتف %1$s من %2$s إلى %3$s"sv},
    // A3 az
    {C::group_event, K::other, "\"%1$s\" qrupunu yaratdınız"sv}, {C::group_event, K::other, "%1$s “%2$s” qrupunu yaratdı"sv}, {C::group_event, K::other, "Siz əlavə olundunuz"sv}, {C::group_event, K::other, "%s sizi əlavə etdi"sv}, {C::group_event, K::other, "%s tərk etdi"sv}, {C::group_event, K::other, "Siz tərk etdiniz"sv}, {C::contact_event, K::other, "%1$s %2$s nömrəsini %3$s ilə dəyişdi."sv},
    // A3 bg
    {C::group_event, K::other, "Създадохте групата \"%1$s\""sv}, {C::group_event, K::other, "%1$s създаде групата \"%2$s\""sv}, {C::group_event, K::other, "Бяхте добавен/а"sv}, {C::group_event, K::other, "%s ви добави"sv}, {C::group_event, K::other, "%s напусна"sv}, {C::group_event, K::other, "Напуснахте"sv}, {C::contact_event, K::other, "%1$s промени своя номер от %2$s на %3$s"sv},
    // A3 bn
    {C::group_event, K::other, "আপনি \"%1$s\" গোষ্ঠীটি তৈরী করেছেন"sv}, {C::group_event, K::other, "%1$s \"%2$s\" গোষ্ঠীটি তৈরি করেছে"sv}, {C::group_event, K::other, "আপনাকে যোগ করা হয়েছে"sv}, {C::group_event, K::other, "%s আপনাকে যোগ করেছেন"sv}, {C::group_event, K::other, "%s ছেড়েছেন"sv}, {C::group_event, K::other, "ছেড়ে গেছেন"sv}, {C::contact_event, K::other, "%1$s, %2$s থেকে %3$s এ পরিবর্তন করেছে"sv},
    // A3 ca
    {C::group_event, K::other, "Has creat el grup \"%1$s\""sv}, {C::group_event, K::other, "%1$s ha creat el grup \"%2$s\""sv}, {C::group_event, K::other, "T'han afegit"sv}, {C::group_event, K::other, "%s t'ha afegit"sv}, {C::group_event, K::other, "%s ha marxat"sv}, {C::group_event, K::other, "Has marxat"sv}, {C::contact_event, K::other, "%1$s que tenia el %2$s ara té el %3$s"sv},
    // A3 cs
    {C::group_event, K::other, "Vytvořil/a jste skupinu %1$s."sv}, {C::group_event, K::other, "%1$s vytvořil/a skupinu %2$s."sv}, {C::group_event, K::other, "Byl/a jste přidán/a."sv}, {C::group_event, K::other, "%s vás přidal/a."sv}, {C::group_event, K::other, "%s opustil/a skupinu"sv}, {C::group_event, K::other, "Opustil/a jste skupinu."sv}, {C::contact_event, K::other, "%1$s změnil/a své číslo z %2$s na %3$s."sv},
    // A3 da
    {C::group_event, K::other, "Du oprettede gruppen \"%1$s\""sv}, {C::group_event, K::other, "%1$s oprettede gruppen \"%2$s\""sv}, {C::group_event, K::other, "Du blev tilføjet"sv}, {C::group_event, K::other, "%s tilføjede dig"sv}, {C::group_event, K::other, "%s forlod"sv}, {C::group_event, K::other, "Du forlod"sv}, {C::contact_event, K::other, "%1$s ændrede fra %2$s til %3$s"sv},
    // A3 de
    {C::group_event, K::other, "Du hast die Gruppe \"%1$s\" erstellt"sv}, {C::group_event, K::other, "%1$s hat die Gruppe \"%2$s\" erstellt"sv}, {C::group_event, K::other, "Du wurdest hinzugefügt"sv}, {C::group_event, K::other, "%s hat dich hinzugefügt"sv}, {C::group_event, K::other, "%s hat die Gruppe verlassen"sv}, {C::group_event, K::other, "Du hast die Gruppe verlassen"sv}, {C::contact_event, K::other, "%1$s hat von %2$s zu %3$s gewechselt"sv},
    // A3 el
    {C::group_event, K::other, "Δημιουργήσατε την ομάδα \"%1$s\""sv}, {C::group_event, K::other, "%1$s δημιούργησε την ομάδα \"%2$s\""sv}, {C::group_event, K::other, "Προστεθήκατε"sv}, {C::group_event, K::other, "%s σας πρόσθεσε"sv}, {C::group_event, K::other, "%s αποχώρησε"sv}, {C::group_event, K::other, "Αποχωρήσατε"sv}, {C::contact_event, K::other, "%1$s άλλαξε από %2$s σε %3$s"sv},
    // A3 es
    {C::group_event, K::other, "Creaste el grupo \"%1$s\""sv}, {C::group_event, K::other, "%1$s creó el grupo \"%2$s\""sv}, {C::group_event, K::other, "Se te añadió al grupo"sv}, {C::group_event, K::other, "%s te añadió"sv}, {C::group_event, K::other, "%s salió"sv}, {C::group_event, K::other, "Saliste"sv}, {C::contact_event, K::other, "%1$s cambió de %2$s a %3$s"sv},
    // A3 et
    {C::group_event, K::other, "Lõid grupi \"%1$s\""sv}, {C::group_event, K::other, "%1$s lõi grupi \"%2$s\""sv}, {C::group_event, K::other, "Sind lisati"sv}, {C::group_event, K::other, "%s lisas sind"sv}, {C::group_event, K::other, "%s lahkus"sv}, {C::group_event, K::other, "Sa lahkusid"sv}, {C::contact_event, K::other, "%1$s asendas %2$s uuega: %3$s"sv},
    // A3 fa
    {C::group_event, K::other, "شما گروه \"%1$s\" را ایجاد کردید"sv}, {C::group_event, K::other, "%1$s گروه \"%2$s\" را به وجود آورد."sv}, {C::group_event, K::other, "شما اضافه شده اید"sv}, {C::group_event, K::other, "%s شما را اضافه کرد"sv}, {C::group_event, K::other, "%s ترک کرد"sv}, {C::group_event, K::other, "شما از گروه رفتید"sv}, {C::contact_event, K::other, "%1$s ٬ %2$s را به %3$s تغییر داد."sv},
    // A3 fi
    {C::group_event, K::other, "Loit ryhmän \"%1$s\""sv}, {C::group_event, K::other, "%1$s loi ryhmän \"%2$s\""sv}, {C::group_event, K::other, "Sinut lisättiin"sv}, {C::group_event, K::other, "%s lisäsi sinut"sv}, {C::group_event, K::other, "%s poistui"sv}, {C::group_event, K::other, "Sinä poistuit"sv}, {C::contact_event, K::other, "%1$s muutti numerosta %2$s numeroon %3$s"sv},
    // A3 fr
    {C::group_event, K::other, "Vous avez créé le groupe “%1$s”"sv}, {C::group_event, K::other, "%1$s a créé le groupe \"%2$s\""sv}, {C::group_event, K::other, "Vous avez été ajouté(e)"sv}, {C::group_event, K::other, "%s vous a ajouté"sv}, {C::group_event, K::other, "%s est parti"sv}, {C::group_event, K::other, "Groupe quitté"sv}, {C::contact_event, K::other, "%1$s est passé de %2$s à %3$s"sv},
    // A3 gu
    {C::group_event, K::other, "તમે \"%1$s\" સમૂહ બનાવ્યું"sv}, {C::group_event, K::other, "%1$sએ સમૂહ \"%2$s\" બનાવ્યું"sv}, {C::group_event, K::other, "તમને ઉમેરવામાં આવ્યા હતા"sv}, {C::group_event, K::other, "%s એ તમને ઉમેર્યા"sv}, {C::group_event, K::other, "%s છોડી ને ગયા"sv}, {C::group_event, K::other, "તમે છોડયું"sv}, {C::contact_event, K::other, "%1$s બદલાઈને %2$sથી %3$s થયો છે"sv},
    // A3 he
    {C::group_event, K::other, "את/ה יצרת את הקבוצה \"%1$s\""sv}, {C::group_event, K::other, "%1$s יצר/ה את הקבוצה \"%2$s\""sv}, {C::group_event, K::other, "נוספת לקבוצה"sv}, {C::group_event, K::other, "%s הוסיף/ה אותך"sv}, {C::group_event, K::other, "%s עזב/ה"sv}, {C::group_event, K::other, "את/ה עזבת"sv}, {C::contact_event, K::other, "%1$s השתנה מ-%2$s ל-%3$s"sv},
    // A3 hi-v16
    {C::group_event, K::other, "आपने \"%1$s\" समूह बनाया"sv}, {C::group_event, K::other, "%1$s ने \"%2$s\" समूह बनाया"sv}, {C::group_event, K::other, "आपको शामिल किया गया"sv}, {C::group_event, K::other, "%s आपको शामिल किया"sv}, {C::group_event, K::other, "%s नें छोड़ा"sv}, {C::group_event, K::other, "आपनें छोड़ दिया"sv}, {C::contact_event, K::other, "%1$s ने अपना नंबर %2$s से बदलकर %3$s किया"sv},
    // A3 hr
    {C::group_event, K::other, "Stvorili ste grupu \"%1$s\""sv}, {C::group_event, K::other, "%1$s je stvorio/la grupu \"%2$s\""sv}, {C::group_event, K::other, "Dodani ste"sv}, {C::group_event, K::other, "%s te je dodao"sv}, {C::group_event, K::other, "%s izašao"sv}, {C::group_event, K::other, "Izašli ste"sv}, {C::contact_event, K::other, "%1$s je promijenio/la %2$s u %3$s"sv},
    // A3 hu
    {C::group_event, K::other, "Létrehoztál egy csoportot: \"%1$s\""sv}, {C::group_event, K::other, "%1$s létrehozta a következő csoportot: \"%2$s\""sv}, {C::group_event, K::other, "Hozzá lettél adva"sv}, {C::group_event, K::other, "%s hozzáadott téged"sv}, {C::group_event, K::other, "%s kilépett"sv}, {C::group_event, K::other, "Kiléptél"sv}, {C::contact_event, K::other, "%1$s száma megváltozott erről: %2$s, erre: %3$s"sv},
    // A3 id
    {C::group_event, K::other, "Anda membuat grup \"%1$s\""sv}, {C::group_event, K::other, "%1$s membuat grup \"%2$s\""sv}, {C::group_event, K::other, "Anda telah ditambahkan"sv}, {C::group_event, K::other, "%s telah menambahkan Anda"sv}, {C::group_event, K::other, "%s keluar"sv}, {C::group_event, K::other, "Anda keluar"sv}, {C::contact_event, K::other, "%1$s telah mengganti nomor dari %2$s ke %3$s"sv},
    // A3 in
    {C::group_event, K::other, "Anda membuat grup \"%1$s\""sv}, {C::group_event, K::other, "%1$s membuat grup \"%2$s\""sv}, {C::group_event, K::other, "Anda telah ditambahkan"sv}, {C::group_event, K::other, "%s telah menambahkan Anda"sv}, {C::group_event, K::other, "%s keluar"sv}, {C::group_event, K::other, "Anda keluar"sv}, {C::contact_event, K::other, "%1$s telah mengganti nomor dari %2$s ke %3$s"sv},
    // A3 it
    {C::group_event, K::other, "Hai creato il gruppo “%1$s”"sv}, {C::group_event, K::other, "%1$s ha creato il gruppo “%2$s”"sv}, {C::group_event, K::other, "Sei stato aggiunto"sv}, {C::group_event, K::other, "%s ti ha aggiunto"sv}, {C::group_event, K::other, "%s ha abbandonato"sv}, {C::group_event, K::other, "Hai abbandonato"sv}, {C::contact_event, K::other, "%1$s ha cambiato numero da %2$s a %3$s"sv},
    // A3 iw
    {C::group_event, K::other, "את/ה יצרת את הקבוצה \"%1$s\""sv}, {C::group_event, K::other, "%1$s יצר/ה את הקבוצה \"%2$s\""sv}, {C::group_event, K::other, "נוספת לקבוצה"sv}, {C::group_event, K::other, "%s הוסיף/ה אותך"sv}, {C::group_event, K::other, "%s עזב/ה"sv}, {C::group_event, K::other, "את/ה עזבת"sv}, {C::contact_event, K::other, "%1$s השתנה מ-%2$s ל-%3$s"sv},
    // A3 ja
    {C::group_event, K::other, "グループ \"%1$s\"を作成しました"sv}, {C::group_event, K::other, "%1$sがグループ「%2$s」を作成しました"sv}, {C::group_event, K::other, "グループに追加されました"sv}, {C::group_event, K::other, "%sがあなたを追加しました"sv}, {C::group_event, K::other, "%s が退出"sv}, {C::group_event, K::other, "退出しました"sv}, {C::contact_event, K::other, "%1$sの電話番号が%2$sから%3$sに変更しました"sv},
    // A3 kk
    {C::group_event, K::other, "Сіз \"%1$s\" тобын аштыңыз"sv}, {C::group_event, K::other, "%1$s \"%2$s\" тобын ашты"sv}, {C::group_event, K::other, "Сізді топқа қосты"sv}, {C::group_event, K::other, "%s топқа қосты"sv}, {C::group_event, K::other, "%s топтан шықты"sv}, {C::group_event, K::other, "Шықтыңыз"sv}, {C::contact_event, K::other, "%1$s %2$s нөмірін %3$s етіп өзгертті"sv},
    // A3 kn
    {C::group_event, K::other, "ನೀವು ರಚಿಸಿರುವ ಗುಂಪು \"%1$s\""sv}, {C::group_event, K::other, "%1$s ಗುಂಪು \"%2$s\" ನ್ನು ರಚಿಸಿದ್ದಾರೆ"sv}, {C::group_event, K::other, "ನಿಮ್ಮನ್ನು ಸೇರಿಸಲಾಗಿದೆ"sv}, {C::group_event, K::other, "%s ನಿಮ್ಮನ್ನು ಸೇರಿಸಿದ್ದಾರೆ"sv}, {C::group_event, K::other, "%s ನಿರ್ಗಮಿಸಿದರು"sv}, {C::group_event, K::other, "ನೀವು ನಿರ್ಗಮಿಸಿದ್ದೀರಿ"sv}, {C::contact_event, K::other, "%1$s %2$s ಇಂದ %3$sಗೆ ಬದಲಿಸಿದರು"sv},
    // A3 ko
    {C::group_event, K::other, "“%1$s”그룹을 만들었습니다"sv}, {C::group_event, K::other, "%1$s님이 “%2$s”그룹을 만들었습니다"sv}, {C::group_event, K::other, "그룹에 추가되었습니다."sv}, {C::group_event, K::other, "%s님에게 초대받았습니다"sv}, {C::group_event, K::other, "%s님이 퇴장하였습니다"sv}, {C::group_event, K::other, "퇴장했습니다"sv}, {C::contact_event, K::other, "%1$s님의 전화번호가 %2$s번에서 %3$s번으로 변경되었습니다"sv},
    // A3 lt
    {C::group_event, K::other, "Jūs sukūrėte grupę \"%1$s\""sv}, {C::group_event, K::other, "%1$s sukūrė grupę “%2$s”"sv}, {C::group_event, K::other, "Jūs buvote pridėti"sv}, {C::group_event, K::other, "%s pridėjo tave"sv}, {C::group_event, K::other, "%s išėjo"sv}, {C::group_event, K::other, "Jūs palikote"sv}, {C::contact_event, K::other, "%1$s pakeitė iš %2$s į %3$s"sv},
    // A3 lv
    {C::group_event, K::other, "Jūs izveidojāt grupu \"%1$s\""sv}, {C::group_event, K::other, "%1$s izveidoja grupu \"%2$s\""sv}, {C::group_event, K::other, "Tikāt pievienots"sv}, {C::group_event, K::other, "%s pievienoja jūs"sv}, {C::group_event, K::other, "%s aizgāja"sv}, {C::group_event, K::other, "Jūs aizgājāt"sv}, {C::contact_event, K::other, "%1$s nomainīja numuru no %2$s uz %3$s"sv},
    // A3 mk
    {C::group_event, K::other, "Ја создаде групата „%1$s“"sv}, {C::group_event, K::other, "%1$s ја создаде групата „%2$s“"sv}, {C::group_event, K::other, "Те додадоа"sv}, {C::group_event, K::other, "%s те додаде"sv}, {C::group_event, K::other, "%s напушти"sv}, {C::group_event, K::other, "Напушти"sv}, {C::contact_event, K::other, "%1$s го промени %2$s во %3$s"sv},
    // A3 ml
    {C::group_event, K::other, "നിങ്ങൾ \"%1$s\" എന്ന ഗ്രൂപ്പുണ്ടാക്കി"sv}, {C::group_event, K::other, "%1$s, \"%2$s\" എന്ന ഗ്രൂപ്പുണ്ടാക്കി"sv}, {C::group_event, K::other, "നിങ്ങളെ ചേർത്തിരിക്കുന്നു"sv}, {C::group_event, K::other, "%s നിങ്ങളെ ചേര്‍ത്തു"sv}, {C::group_event, K::other, "%s പുറത്തു പോയി"sv}, {C::group_event, K::other, "നിങ്ങൾ ഗ്രൂപ്പ് വിട്ടു"sv}, {C::contact_event, K::other, "%1$s %2$s ൽ നിന്നും %3$s ലേക്കു മാറി"sv},
    // A3 mr
    {C::group_event, K::other, "आपण \"%1$s\" हा गट बनवला"sv}, {C::group_event, K::other, "%1$s यांनी \"%2$s\" हा गट तयार केला"sv}, {C::group_event, K::other, "तुम्हाला समाविष्ट करण्यात आले"sv}, {C::group_event, K::other, "%s यांनी तुम्हाला समाविष्ट केले"sv}, {C::group_event, K::other, "%s सोडून गेले"sv}, {C::group_event, K::other, "आपण गट सोडलात"sv}, {C::contact_event, K::other, "%1$s यांचा क्रमांक %2$s पासून %3$s असा बदलला"sv},
    // A3 ms
    {C::group_event, K::other, "Anda telah mencipta grup \"%1$s\""sv}, {C::group_event, K::other, "%1$s telah mencipta grup \"%2$s\""sv}, {C::group_event, K::other, "Anda telah ditambah"sv}, {C::group_event, K::other, "%s telah menambah anda"sv}, {C::group_event, K::other, "%s keluar"sv}, {C::group_event, K::other, "Anda telah keluar"sv}, {C::contact_event, K::other, "%1$s telah menukar nombor dari %2$s ke %3$s"sv},
    // A3 nb-rNO
    {C::group_event, K::other, "Du laget gruppen \"%1$s\""sv}, {C::group_event, K::other, "%1$s opprettet gruppen \"%2$s\""sv}, {C::group_event, K::other, "Du ble lagt til"sv}, {C::group_event, K::other, "%s la deg til"sv}, {C::group_event, K::other, "%s forlot gruppen"sv}, {C::group_event, K::other, "Du forlot gruppen"sv}, {C::contact_event, K::other, "%1$s endret fra %2$s til %3$s"sv},
    // A3 nl
    {C::group_event, K::other, "U hebt de groep '%1$s' gemaakt"sv}, {C::group_event, K::other, "%1$s heeft de groep '%2$s' aangemaakt"sv}, {C::group_event, K::other, "U bent toegevoegd"sv}, {C::group_event, K::other, "%s heeft u toegevoegd"sv}, {C::group_event, K::other, "%s heeft de groep verlaten"sv}, {C::group_event, K::other, "U hebt de groep verlaten"sv}, {C::contact_event, K::other, "%1$s heeft een nieuw nummer: %3$s (was %2$s)"sv},
    // A3 pa
    {C::group_event, K::other, "ਤੁਸੀਂ \"%1$s\" ਗਰੁੱਪ ਬਣਾਇਆ"sv}, {C::group_event, K::other, "%1$s ਨੇ \"%2$s\" ਗਰੁੱਪ ਬਣਾਇਆ"sv}, {C::group_event, K::other, "ਤੁਹਾਨੂੰ ਸ਼ਾਮਿਲ ਕੀਤਾ ਗਿਆ ਹੈ"sv}, {C::group_event, K::other, "%s ਨੇ ਤੁਹਾਨੂੰ ਸ਼ਾਮਲ ਕੀਤਾ"sv}, {C::group_event, K::other, "%s ਨੇ ਛੱਡਿਆ"sv}, {C::group_event, K::other, "ਤੁਸੀਂ ਛੱਡਿਆ"sv}, {C::contact_event, K::other, "%1$s ਨੇ %2$s ਤੋਂ %3$s ਬਦਲਿਆ"sv},
    // A3 pl
    {C::group_event, K::other, "Utworzyłeś(aś) grupę \"%1$s\""sv}, {C::group_event, K::other, "%1$s utworzył(a) grupę \"%2$s\""sv}, {C::group_event, K::other, "Zostałeś(aś) dodany(a)"sv}, {C::group_event, K::other, "%s dodał(a) Cię"sv}, {C::group_event, K::other, "%s opuścił(a)"sv}, {C::group_event, K::other, "Opuściłeś(aś)"sv}, {C::contact_event, K::other, "%1$s zmienił(a) numer z %2$s na %3$s"sv},
    // A3 pt
    {C::group_event, K::other, "Criou o grupo \"%1$s\""sv}, {C::group_event, K::other, "%1$s criou o grupo \"%2$s\""sv}, {C::group_event, K::other, "Foi adicionado a este grupo"sv}, {C::group_event, K::other, "Foi adicionado a este grupo por %s"sv}, {C::group_event, K::other, "%s saiu do grupo"sv}, {C::group_event, K::other, "Saiu do grupo"sv}, {C::contact_event, K::other, "%1$s mudou do número %2$s para %3$s"sv},
    // A3 pt-rBR
    {C::group_event, K::other, "Você criou o grupo \"%1$s\""sv}, {C::group_event, K::other, "%1$s criou o grupo \"%2$s\""sv}, {C::group_event, K::other, "Você foi adicionado"sv}, {C::group_event, K::other, "%s adicionou você"sv}, {C::group_event, K::other, "%s saiu"sv}, {C::group_event, K::other, "Você saiu"sv}, {C::contact_event, K::other, "%1$s alterado de %2$s para %3$s"sv},
    // A3 ro
    {C::group_event, K::other, "Ați creat grupul \"%1$s\""sv}, {C::group_event, K::other, "%1$s a creat grupul \"%2$s\""sv}, {C::group_event, K::other, "Ați fost adăugat/ă."sv}, {C::group_event, K::other, "%s v-a adăugat"sv}, {C::group_event, K::other, "%s a ieșit"sv}, {C::group_event, K::other, "Ați ieșit"sv}, {C::contact_event, K::other, "%1$s a schimbat numărul de la %2$s la %3$s"sv},
    // A3 ru
    {C::group_event, K::other, "Вы создали группу \"%1$s\""sv}, {C::group_event, K::other, "%1$s создал(-а) группу \"%2$s\""sv}, {C::group_event, K::other, "Вы были добавлены"sv}, {C::group_event, K::other, "%s добавил(-а) вас"sv}, {C::group_event, K::other, "%s покинул(-а) группу"sv}, {C::group_event, K::other, "Вы покинули группу"sv}, {C::contact_event, K::other, "%1$s изменил(-а) номер с %2$s на %3$s"sv},
    // A3 sk
    {C::group_event, K::other, "Vytvorili ste skupinu %1$s."sv}, {C::group_event, K::other, "%1$s vytvoril/a skupinu %2$s."sv}, {C::group_event, K::other, "Ste v skupine."sv}, {C::group_event, K::other, "%s vás pridal/a."sv}, {C::group_event, K::other, "%s opustil/a skupinu."sv}, {C::group_event, K::other, "Opustili ste skupinu."sv}, {C::contact_event, K::other, "%1$s zmenil/a svoje číslo %2$s na %3$s."sv},
    // A3 sl
    {C::group_event, K::other, "Ustvarili ste skupino \"%1$s\""sv}, {C::group_event, K::other, "Oseba %1$s je ustvarila skupino \"%2$s\""sv}, {C::group_event, K::other, "Bili ste dodani"sv}, {C::group_event, K::other, "%s vas je dodal"sv}, {C::group_event, K::other, "%s je odšel/a"sv}, {C::group_event, K::other, "Zapustili ste"sv}, {C::contact_event, K::other, "Oseba %1$s je spremenila številko iz %2$s v %3$s"sv},
    // A3 sq
    {C::group_event, K::other, "Ju krijuat grupin \"%1$s\""sv}, {C::group_event, K::other, "%1$s ka krijuar grupin \"%2$s\""sv}, {C::group_event, K::other, "Dikush ju ka shtuar në grup"sv}, {C::group_event, K::other, "Ju jeni shtuar nga %s"sv}, {C::group_event, K::other, "%s u largua nga grupi"sv}, {C::group_event, K::other, "Ju keni dalur nga grupi"sv}, {C::contact_event, K::other, "%1$s ndryshoi numrin nga %2$s në %3$s"sv},
    // A3 sr
    {C::group_event, K::other, "Направио/ла си групу \"%1$s\""sv}, {C::group_event, K::other, "%1$s је направио/ла групу \"%2$s\""sv}, {C::group_event, K::other, "Додат/а си"sv}, {C::group_event, K::other, "%s те је додао"sv}, {C::group_event, K::other, "%s напустио"sv}, {C::group_event, K::other, "Напустио/ла си"sv}, {C::contact_event, K::other, "%1$s је променио/ла број из %2$s у %3$s"sv},
    // A3 sv
    {C::group_event, K::other, "Du skapade gruppen \"%1$s\""sv}, {C::group_event, K::other, "%1$s skapade gruppen \"%2$s\""sv}, {C::group_event, K::other, "Du har lagts till"sv}, {C::group_event, K::other, "%s lade till dig"sv}, {C::group_event, K::other, "%s lämnade"sv}, {C::group_event, K::other, "Du lämnade"sv}, {C::contact_event, K::other, "%1$s har bytt från %2$s till %3$s"sv},
    // A3 sw
    {C::group_event, K::other, "Umeunda kikundi \"%1$s\""sv}, {C::group_event, K::other, "%1$s ameunda kikundi \"%2$s\""sv}, {C::group_event, K::other, "Uliongezwa"sv}, {C::group_event, K::other, "%s alikuongeza wewe"sv}, {C::group_event, K::other, "%s katoka"sv}, {C::group_event, K::other, "Umejitoa"sv}, {C::contact_event, K::other, "%1$s amebadilisha kutoka %2$s kuwa %3$s"sv},
    // A3 ta
    {C::group_event, K::other, "தாங்கள் உருவாக்கிய குழு \"%1$s\""sv}, {C::group_event, K::other, "%1$s உருவாக்கிய குழு \"%2$s\""sv}, {C::group_event, K::other, "இணைக்கப்பட்டுள்ளீர்"sv}, {C::group_event, K::other, "%s இக்குழுவில் தங்களை சேர்த்தார்"sv}, {C::group_event, K::other, "%s விலகினார்"sv}, {C::group_event, K::other, "விலகினீர்"sv}, {C::contact_event, K::other, "%1$s %2$s -இருந்து %3$s-க்கு மாறியுள்ளார்"sv},
    // A3 te
    {C::group_event, K::other, "మీరు చేర్చబడ్డారు"sv}, {C::group_event, K::other, "%s మిమ్మల్ని చేర్చారు"sv}, {C::group_event, K::other, "%s వీడెను"sv}, {C::group_event, K::other, "మీరు వీడారు"sv}, {C::contact_event, K::other, "%1$s అను పేరు %2$s నుండి %3$s కు మార్చబడింది."sv},
    // A3 th
    {C::group_event, K::other, "คุณได้สร้างกลุ่ม \"%1$s\""sv}, {C::group_event, K::other, "%1$s ได้สร้างกลุ่ม \"%2$s\""sv}, {C::group_event, K::other, "คุณได้เข้าร่วมกลุ่ม"sv}, {C::group_event, K::other, "%s ได้เพิ่มคุณเข้ากลุ่ม"sv}, {C::group_event, K::other, "%s ออกจากกลุ่ม"sv}, {C::group_event, K::other, "คุณออกจากกลุ่มแล้ว"sv}, {C::contact_event, K::other, "%1$s ได้เปลี่ยนจากเบอร์ %2$s เป็น %3$s"sv},
    // A3 tl
    {C::group_event, K::other, "Binuo mo ang grupong \"%1$s\""sv}, {C::group_event, K::other, "binuo ni %1$s ang grupong may paksang \"%2$s\""sv}, {C::group_event, K::other, "Kasali ka na"sv}, {C::group_event, K::other, "Dinagdag ka ni %s."sv}, {C::group_event, K::other, "Umalis si %s"sv}, {C::group_event, K::other, "Umalis ka"sv}, {C::contact_event, K::other, "Nagpalit ng number si %1$s, dating %2$s ngayon ay %3$s"sv},
    // A3 tr
    {C::group_event, K::other, "\"%1$s\" grubunu oluşturdunuz"sv}, {C::group_event, K::other, "%1$s , \"%2$s\" grubunu oluşturdu"sv}, {C::group_event, K::other, "Eklendiniz"sv}, {C::group_event, K::other, "%s sizi ekledi"sv}, {C::group_event, K::other, "%s ayrıldı"sv}, {C::group_event, K::other, "Ayrıldınız"sv}, {C::contact_event, K::other, "%1$s, %2$s olan numarasını %3$s olarak değiştirdi"sv},
    // A3 uk
    {C::group_event, K::other, "Ви створили групу \"%1$s\""sv}, {C::group_event, K::other, "%1$s створив групу \"%2$s\""sv}, {C::group_event, K::other, "Вас додано"sv}, {C::group_event, K::other, "%s додав(-ла) вас"sv}, {C::group_event, K::other, "%s покинув(-ла) групу"sv}, {C::group_event, K::other, "Ви вийшли"sv}, {C::contact_event, K::other, "%1$s змінив(-ла) %2$s на %3$s"sv},
    // A3 ur
    {C::group_event, K::other, "آپ نے \"%1$s\" گروپ بنایا"sv}, {C::group_event, K::other, "%1$s نے گروپ \"%2$s\" بنایا"sv}, {C::group_event, K::other, "آپ کو شامل کیا گیا"sv}, {C::group_event, K::other, "%s نے آپ کو شامل کیا"sv}, {C::group_event, K::other, "%s نےچھوڑدیا"sv}, {C::group_event, K::other, "آپ نے چھوڑ دیا"sv}, {C::contact_event, K::other, "%1$s نے %2$s کو %3$s سے بدل دیا ہے"sv},
    // A3 uz
    {C::group_event, K::other, "Siz \"%1$s\" guruhini yaratdingiz"sv}, {C::group_event, K::other, "%1$s \"%2$s\" guruhini yaratdi"sv}, {C::group_event, K::other, "Siz qo‘shildingiz"sv}, {C::group_event, K::other, "%s sizni qo‘shdi"sv}, {C::group_event, K::other, "%s tark etdi"sv}, {C::group_event, K::other, "Siz tark etdingiz"sv}, {C::contact_event, K::other, "%1$s %2$s dan %3$s ga o‘zgartirdi"sv},
    // A3 vi
    {C::group_event, K::other, "Bạn đã tạo nhóm \"%1$s\""sv}, {C::group_event, K::other, "%1$s đã tạo nhóm \"%2$s\""sv}, {C::group_event, K::other, "Bạn đã được thêm vào nhóm"sv}, {C::group_event, K::other, "%s đã thêm bạn vào nhóm"sv}, {C::group_event, K::other, "%s đã rời nhóm"sv}, {C::group_event, K::other, "Bạn đã rời nhóm"sv}, {C::contact_event, K::other, "%1$s đã đổi số điện thoại, từ %2$s thành %3$s"sv},
    // A3 zh-rCN
    {C::group_event, K::other, "你创建了群组\"%1$s\""sv}, {C::group_event, K::other, "%1$s 创建了 \"%2$s\" 群组"sv}, {C::group_event, K::other, "您已被添加"sv}, {C::group_event, K::other, "%s 添加了您"sv}, {C::group_event, K::other, "%s 退出了"sv}, {C::group_event, K::other, "您已退出群组"sv}, {C::contact_event, K::other, "%1$s 将电话号码从 %2$s 更改至 %3$s"sv},
    // A3 zh-rHK
    {C::group_event, K::other, "您建立了群組 \"%1$s\""sv}, {C::group_event, K::other, "%1$s 建立了 \"%2$s\" 群組"sv}, {C::group_event, K::other, "您被加到群組"sv}, {C::group_event, K::other, "%s 新增了您"sv}, {C::group_event, K::other, "%s 退出了"sv}, {C::group_event, K::other, "您已退出群組"sv}, {C::contact_event, K::other, "%1$s 將電話號碼從 %2$s 更改至 %3$s"sv},
    // A3 zh-rSG
    {C::group_event, K::other, "你创建了群组\"%1$s\""sv}, {C::group_event, K::other, "%1$s 创建了 \"%2$s\" 群组"sv}, {C::group_event, K::other, "您已被添加"sv}, {C::group_event, K::other, "%s 添加了您"sv}, {C::group_event, K::other, "还剩 %s"sv}, {C::group_event, K::other, "您已退出群组"sv}, {C::contact_event, K::other, "%1$s 将电话号码从 %2$s 更改至 %3$s"sv},
    // A3 zh-rTW
    {C::group_event, K::other, "您建立了群組 \"%1$s\""sv}, {C::group_event, K::other, "%1$s 建立了 \"%2$s\" 群組"sv}, {C::group_event, K::other, "您被加到群組"sv}, {C::group_event, K::other, "%s 新增了您"sv}, {C::group_event, K::other, "%s 退出了"sv}, {C::group_event, K::other, "您已退出群組"sv}, {C::contact_event, K::other, "%1$s 將電話號碼從 %2$s 更改至 %3$s"sv},
    // A4 en (default)
    {C::notice, K::other, "Messages to this chat and calls are now secured with end-to-end encryption"sv}, {C::notice, K::other, "Messages to this group are now secured with end-to-end encryption"sv},
    // A4 af
    {C::notice, K::other, "Boodskappe aan hierdie gesprek en oproepe word nou beveilig met end-tot-end enkripsie"sv}, {C::notice, K::other, "Boodskappe aan hierdie groep word nou beveilig met end-tot-end enkripsie"sv},
    // A4 ar
    {C::notice, K::other, "باتت الرسائل التي ترسلها إلى هذه الدردشة والمكالمات التي تجريها ضمنها محمية من خلال التشفير التام"sv}, {C::notice, K::other, "باتت الرسائل التي ترسلها إلى هذه المجموعة محمية من خلال التشفير التام"sv},
    // A4 az
    {C::notice, K::other, "Bu söhbətə göndərdiyiniz ismarıclar və zənglər artıq bir başdan digərinə qədər şifrələnir"sv}, {C::notice, K::other, "Bu qrupa göndərdiyiniz ismarıclar artıq bir başdan digərinə qədər şifrələnir"sv},
    // A4 bg
    {C::notice, K::other, "Съобщенията, които изпращате към този чат и обажданията вече са подсигурени с криптиране от край до край"sv}, {C::notice, K::other, "Съобщенията, които изпращате към тази група, вече са подсигурени с криптиране от край до край"sv},
    // A4 bn
    {C::notice, K::other, "এই চ্যাটের বার্তা এবং কলগুলো দুই দিক থেকে এনক্রিপশানের মাধ্যমে নিরাপদ"sv}, {C::notice, K::other, "এই গোষ্ঠীর বার্তাগুলো দুই দিক থেকে এনক্রিপশানের মাধ্যমে নিরাপদ"sv},
    // A4 ca
    {C::notice, K::other, "Els missatges i trucades d'aquest xat estan ara assegurades amb encriptació d'extrem a extrem"sv}, {C::notice, K::other, "Els missatges d'aquest grup estan ara assegurats amb encriptació d'extrem a extrem"sv},
    // A4 cs
    {C::notice, K::other, "Hovory a zprávy v tomto chatu jsou teď zabezpečeny koncovým šifrováním"sv}, {C::notice, K::other, "Zprávy pro tuto skupinu jsou teď zabezpečeny koncovým šifrováním"sv},
    // A4 da
    {C::notice, K::other, "Beskeder og opkald til denne chat er nu sikret med kryptering"sv}, {C::notice, K::other, "Beskeder til denne gruppe er nu sikret med kryptering"sv},
    // A4 de
    {C::notice, K::other, "Nachrichten in diesem Chat sowie Anrufe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt"sv}, {C::notice, K::other, "Nachrichten an diese Gruppe sind jetzt mit Ende-zu-Ende-Verschlüsselung geschützt"sv},
    // A4 el
    {C::notice, K::other, "Τα μηνύματα και οι κλήσεις προς αυτήν τη συνομιλία είναι τώρα ασφαλή με κρυπτογράφηση"sv}, {C::notice, K::other, "Τα μηνύματα προς αυτήν την ομάδα είναι τώρα ασφαλή με κρυπτογράφηση"sv},
    // A4 es
    {C::notice, K::other, "Los mensajes y llamadas en este chat ahora están protegidos con cifrado de extremo a extremo"sv}, {C::notice, K::other, "Los mensajes en este grupo ahora están protegidos con cifrado de extremo a extremo"sv},
    // A4 et
    {C::notice, K::other, "Selle vestluse sõnumid ja kõned on nüüd kaitstud otsast otsani krüpteerimisega"sv}, {C::notice, K::other, "Selle grupi sõnumid on nüüd kaitstud otsast otsani krüpteerimisega"sv},
    // A4 fa
    {C::notice, K::other, "پیام ها و تماس های این چت هم اکنون با رمزگذاری سرتاسری محفوظ شده اند"sv}, {C::notice, K::other, "پیام ها به این گروه هم اکنون با رمزگذاری سرتاسری محفوظ شده اند"sv},
    // A4 fi
    {C::notice, K::other, "Viestit tähän keskusteluun ja puhelut salataan nyt täysin"sv}, {C::notice, K::other, "Viestit tähän ryhmään salataan nyt täysin"sv},
    // A4 fr
    {C::notice, K::other, "Les messages envoyés dans cette discussion et les appels sont désormais protégés avec le chiffrement de bout en bout"sv}, {C::notice, K::other, "Les messages envoyés dans ce groupe sont désormais protégés avec le chiffrement de bout en bout"sv},
    // A4 gu
    {C::notice, K::other, "આ વાતના સંદેશાઓ અને કૉલ્સ હવે શરૂઆતથી અંત સુધી ગુપ્તીકરણ દ્વારા સુરક્ષિત છે"sv}, {C::notice, K::other, "આ સમૂહના સંદેશાઓ હવે શરૂઆતથી અંત સુધી ગુપ્તીકરણ દ્વારા સુરક્ષિત છે"sv},
    // A4 he
    {C::notice, K::other, "כעת השיחות וההודעות הנשלחות בצ'אט זה מאובטחות עם הצפנה מקצה לקצה"sv}, {C::notice, K::other, "כעת ההודעות הנשלחות בקבוצה זו מאובטחות עם הצפנה מקצה לקצה"sv},
    // A4 hi-v16
    {C::notice, K::other, "इस चैट और कॉल मे भेजे गए सन्देश शुरू से अंत तक एन्क्रिप्शन के साथ सुरक्षित है"sv}, {C::notice, K::other, "इस समूह में भेजे गए संदेश शुरू से अंत तक एन्क्रिप्शन से सुरक्षित हैं"sv},
    // A4 hr
    {C::notice, K::other, "Poruke poslane na ovaj razgovor i pozivi sad su osigurani end-to-end metodom"sv}, {C::notice, K::other, "Poruke poslane na ovu grupu sad su osigurane end-to-end metodom šifriranja"sv},
    // A4 hu
    {C::notice, K::other, "Az ebben a csevegésben lévő üzenetek és hívások titkosítottak a végpontok között"sv}, {C::notice, K::other, "Az ebben a csoportban lévő üzenetek titkosítottak a végpontok között"sv},
    // A4 id
    {C::notice, K::other, "Pesan-pesan yang dikirimkan ke chat ini dan panggilan kini diamankan dengan enkripsi end-to-end"sv}, {C::notice, K::other, "Pesan-pesan yang dikirimkan ke grup ini kini diamankan dengan enkripsi end-to-end"sv},
    // A4 in
    {C::notice, K::other, "Pesan-pesan yang dikirimkan ke chat ini dan panggilan kini diamankan dengan enkripsi end-to-end"sv}, {C::notice, K::other, "Pesan-pesan yang dikirimkan ke grup ini kini diamankan dengan enkripsi end-to-end"sv},
    // A4 it
    {C::notice, K::other, "I messaggi inviati a questa chat sono ora protetti con la crittografia end-to-end"sv}, {C::notice, K::other, "I messaggi inviati a questo gruppo sono ora protetti con la crittografia end-to-end"sv},
    // A4 iw
    {C::notice, K::other, "כעת השיחות וההודעות הנשלחות בצ'אט זה מאובטחות עם הצפנה מקצה לקצה"sv}, {C::notice, K::other, "כעת ההודעות הנשלחות בקבוצה זו מאובטחות עם הצפנה מקצה לקצה"sv},
    // A4 ja
    {C::notice, K::other, "このチャットと通話へのメッセージは、エンドツーエンドの暗号化で保護されています"sv}, {C::notice, K::other, "このグループへのメッセージは、エンドツーエンドの暗号化で保護されています"sv},
    // A4 kk
    {C::notice, K::other, "Осы чатқа жөнелтілген хаттар және қоңыраулар толығымен шифрлау арқылы қауіпсіз етілді"sv}, {C::notice, K::other, "Осы топқа жөнелтілген хаттар толығымен шифрлау арқылы қауіпсіз етілді"sv},
    // A4 kn
    {C::notice, K::other, "ಈ ಪ್ರಸಾರಪಟ್ಟಿಯ ಸಂದೇಶಗಳು ಮತ್ತು ಕರೆಗಳು ಈಗ ಕೊನೆಯಿಂದ-ಕೊನೆವರೆಗೆ ಎನ್ಕ್ರಿಪ್ಷನ್ ನಿಂದ ಭದ್ರಪಡಿಸಲ್ಪಟ್ಟಿವೆ.ಹೆಚ್ಚಿನ ಮಾಹಿತಿಗಾಗಿ ತಟ್ಟಿ."sv}, {C::notice, K::other, "ಈ ಗುಂಪಿಗೆ ಸಂದೇಶಗಳು ಈಗ ಕೊನೆಯಿಂದ-ಕೊನೆವರೆಗೆ ಏನ್ಕ್ರಿಪ್ಷನ್ ನಿಂದ ಭದ್ರಪಡಿಸಲ್ಪಟ್ಟಿವೆ"sv},
    // A4 ko
    {C::notice, K::other, "이 대화 및 통화의 메시지는 이제 종단간 암호화되어 안전합니다"sv}, {C::notice, K::other, "이 그룹의 메시지는 이제 종단간 암호화되어 안전합니다"sv},
    // A4 lt
    {C::notice, K::other, "Žinutės į šį pokalbį ir skambučiai dabar yra apsaugoti ištisiniu šifravimu"sv}, {C::notice, K::other, "Žinutės į šią grupę dabar yra apsaugotos ištisiniu šifravimu"sv},
    // A4 lv
    {C::notice, K::other, "Ziņas un zvani šajā sarakstē tagad ir aizsargāti ar pilnīgu šifrēšanu"sv}, {C::notice, K::other, "Ziņas šajā grupā tagad ir aizsargātas ar pilnīgu šifrēšanu"sv},
    // A4 mk
    {C::notice, K::other, "Пораките во овој разговор и повиците сега се обезбедени со шифрирање крај-до-крај"sv}, {C::notice, K::other, "Пораките до оваа група сега се обезбедени со шифрирање крај-до-крај"sv},
    // A4 ml
    {C::notice, K::other, "ഈ ചാറ്റിലേക്കും വിളിയിലേക്കുമുള്ള സന്ദേശങ്ങൾ ഇപ്പോൾ ആദ്യാവസാന എൻക്രിപ്ഷൻ വഴി സുരക്ഷിതമാണ്"sv}, {C::notice, K::other, "ഈ ഗ്രൂപ്പിലേക്കുള്ള സന്ദേശങ്ങൾ ഇപ്പോൾ ആദ്യാവസാന എൻക്രിപ്ഷൻ വഴി സുരക്ഷിതമാണ്"sv},
    // A4 mr
    {C::notice, K::other, "या गप्पांमधील संदेश आणि कॉल्स हे आता संपूर्णपणे कूटबद्ध करून सुरक्षित केलेले आहेत"sv}, {C::notice, K::other, "या गटामधील संदेश आता संपूर्णपणे कूटबद्ध करून सुरक्षित केलेले आहेत"sv},
    // A4 ms
    {C::notice, K::other, "Mesej-mesej ke sembang ini dan panggilan kini selamat dengan penyulitan hujung ke hujung"sv}, {C::notice, K::other, "Mesej-mesej ke grup ini kini selamat dengan penyulitan hujung ke hujung"sv},
    // A4 nb-rNO
    {C::notice, K::other, "Meldinger til denne samtalen er nå kryptert fra ende til ende"sv}, {C::notice, K::other, "Meldinger til denne gruppen er nå kryptert fra ende til ende"sv},
    // A4 nl
    {C::notice, K::other, "Berichten en oproepen in deze chat zijn nu beveiligd met end-to-end encryptie"sv}, {C::notice, K::other, "Berichten die naar deze groep worden verzonden, zijn nu beveiligd met end-to-end encryptie"sv},
    // A4 pa
    {C::notice, K::other, "ਇਹ ਗੱਲਬਾਤ ਲਈ ਸੁਨੇਹੇ ਅਤੇ ਕਾਲਾਂ ਹੁਣ ਸਿਰੇ ਤੋਂ ਸਿਰੇ ਤੱਕ ਇੰਕ੍ਰਿਪਸ਼ਨ ਨਾਲ ਸੁਰੱਖਿਅਤ ਕੀਤੀਆਂ ਹਨ"sv}, {C::notice, K::other, "ਇਹ ਗਰੁੱਪ ਲਈ ਸੁਨੇਹੇ ਹੁਣ ਸਿਰੇ ਤੋਂ ਸਿਰੇ ਤੱਕ ਇੰਕ੍ਰਿਪਸ਼ਨ ਨਾਲ ਸੁਰੱਖਿਅਤ ਕੀਤੇ ਹਨ"sv},
    // A4 pl
    {C::notice, K::other, "Wiadomości oraz połączenia w tym czacie są teraz zabezpieczone przez pełne szyfrowanie"sv}, {C::notice, K::other, "Wiadomości do tej grupy są teraz zabezpieczone przez pełne szyfrowanie"sv},
    // A4 pt
    {C::notice, K::other, "Nesta conversa, as mensagens que enviar e as chamadas que efetuar são completamente encriptadas."sv}, {C::notice, K::other, "As mensagens que enviar a este grupo passarão a ser completamente encriptadas"sv},
    // A4 pt-rBR
    {C::notice, K::other, "As mensagens e chamadas desta conversa estão agora seguras com criptografia de ponta-a-ponta"sv}, {C::notice, K::other, "As mensagens enviadas a este grupo estão agora protegidas com a criptografia de ponta-a-ponta"sv},
    // A4 ro
    {C::notice, K::other, "Mesajele către această conversație și apelurile sunt acum securizate prin criptare integrală"sv}, {C::notice, K::other, "Mesajele către acest grup sunt acum securizate prin criptare integrală"sv},
    // A4 ru
    {C::notice, K::other, "Сообщения в данном чате и звонки теперь защищены сквозным шифрованием"sv}, {C::notice, K::other, "Сообщения в данной группе теперь защищены сквозным шифрованием"sv},
    // A4 sk
    {C::notice, K::other, "Hovory a správy v tomto chate sú teraz zabezpečené šifrovaním počas celého spojenia"sv}, {C::notice, K::other, "Správy pre túto skupinu sú teraz zabezpečené šifrovaním počas celého spojenia"sv},
    // A4 sl
    {C::notice, K::other, "Sporočila in klici v tem klepetu so sedaj zavarovani s šifriranjem od konca do konca"sv}, {C::notice, K::other, "Sporočila v tej skupini so sedaj zavarovana s šifriranjem od konca do konca"sv},
    // A4 sq
    {C::notice, K::other, "Mesazhet dhe thirrjet që i shkëmbeni në këtë bisedë janë tani të koduara fund-e-krye"sv}, {C::notice, K::other, "Mesazhet që i shkëmbeni në këtë grup janë tani të koduara fund-e-krye"sv},
    // A4 sr
    {C::notice, K::other, "Поруке ка овом ћаскању и позиви су сада обезбеђени са шифровањем од почетка-до-краја"sv}, {C::notice, K::other, "Поруке ка овој групи су сада обезбеђене са шифровањем од почетка-до-краја"sv},
    // A4 sv
    {C::notice, K::other, "Meddelanden till denna chatt och samtal är nu säkrade med komplett kryptering"sv}, {C::notice, K::other, "Meddelanden till denna grupp är nu säkrade med komplett kryptering"sv},
    // A4 sw
    {C::notice, K::other, "Jumbe kwenye soga hii na simu unazopiga sasa zipo salama kwa ufumbaji wa mwisho-kwa-mwisho"sv}, {C::notice, K::other, "Jumbe kwenye kikundi hiki sasa zipo salama kwa ufumbaji wa mwisho-kwa-mwisho"sv},
    // A4 ta
    {C::notice, K::other, "இந்த அரட்டை மற்றும் அழைப்பு முழு மறையாக்கத்துடன் பாதுகாக்கப்படுகிறது"sv}, {C::notice, K::other, "இக்குழுவிற்கு தாங்கள் அனுப்பும் தகவல்கள் முழு மறையாக்கத்துடன் பாதுகாக்கப்படுகிறது"sv},
    // A4 te
    {C::notice, K::other, "ఈ చాట్ కు సందేశాలు మరియు కాల్స్ ఇప్పుడు ఎండ్ టు ఎండ్ ఎన్క్రిప్షన్ తో సురక్షితం ఉంటాయి"sv}, {C::notice, K::other, "ఈ వర్గానికి సందేశాలు ఇప్పుడు ఎండ్ టు ఎండ్ ఎన్క్రిప్షన్ తో సురక్షితం ఉంటాయి"sv},
    // A4 th
    {C::notice, K::other, "ข้อความที่ส่งถึงแชทและการโทรนี้ขณะนี้มีความปลอดภัยด้วยการเข้ารหัสจากต้นทางถึงปลายทาง แตะสำหรับข้อมูลเพิ่มเติม"sv}, {C::notice, K::other, "ข้อความที่คุณส่งถึงกลุ่มนี้ขณะนี้มีความปลอดภัยด้วยการเข้ารหัสจากต้นทางถึงปลายทาง แตะสำหรับข้อมูลเพิ่มเติม"sv},
    // A4 tl
    {C::notice, K::other, "Ang mga mensahe at tawag sa chat na ito ay secured gamit ang end-to-end encryption"sv}, {C::notice, K::other, "Ang mensahe sa grupong ito ay secured na, gamit ang end-to-end encryption"sv},
    // A4 tr
    {C::notice, K::other, "Bu sohbete gönderdiğiniz mesajlar ve yaptığınız aramalar artık uçtan uca şifreleme ile korunmaktadır"sv}, {C::notice, K::other, "Bu gruba gönderdiğiniz mesajlar artık uçtan uca şifreleme ile korunmaktadır"sv},
    // A4 uk
    {C::notice, K::other, "Повідомлення у цій бесіді та дзвінки тепер захищено наскрізним шифруванням"sv}, {C::notice, K::other, "Повідомлення у цій групі тепер захищено наскрізним шифруванням"sv},
    // A4 ur
    {C::notice, K::other, "اس بات چیت کے پیغامات اور کالس شروع سے آخر تک رمزکاری کے ذریعے محفوظ ہیں"sv}, {C::notice, K::other, "اس گروپ کے پیغامات اب شروع سے آخر تک رمزکاری کے ذریعے محفوظ ہیں"sv},
    // A4 uz
    {C::notice, K::other, "Ushbu chatdagi xabarlar va qo‘ng‘iroqlar endi boshidan oxirigacha shifrlash bilan himoyalanadi"sv}, {C::notice, K::other, "Ushbu guruhdagi xabarlar endi boshidan oxirigacha shifrlash bilan himoyalanadi"sv},
    // A4 vi
    {C::notice, K::other, "Các tin nhắn gửi tới cuộc trò chuyện này và các cuộc gọi đã được bảo mật với mã hoá đầu-cuối"sv}, {C::notice, K::other, "Những tin nhắn gửi tới nhóm này được bảo mật với mã hoá đầu-cuối"sv},
    // A4 zh-rCN
    {C::notice, K::other, "此对话中的信息和通话已进行端到端的加密"sv}, {C::notice, K::other, "此群组中的信息已进行端到端的加密"sv},
    // A4 zh-rHK
    {C::notice, K::other, "此對話中的訊息和通話已進行端對端的加密"sv}, {C::notice, K::other, "此群組中的訊息已進行端對端的加密"sv},
    // A4 zh-rSG
    {C::notice, K::other, "此对话中的信息和通话已进行端到端的加密"sv}, {C::notice, K::other, "此群组中的信息已进行端到端的加密"sv},
    // A4 zh-rTW
    {C::notice, K::other, "此對話中的訊息和通話已進行端對端的加密"sv}, {C::notice, K::other, "此群組中的訊息已進行端對端的加密"sv},
};

}  // namespace

std::span<const Entry> android_system_entries() { return k_entries; }

}  // namespace chatvault::importers::whatsapp::strings
