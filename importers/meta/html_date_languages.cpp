// Month names as CLDR and Meta's own pages spell them (the fbchat-archive-parser test strings of
// FORMAT.md §3.1 among them). Genitive forms matter in Slavic and Baltic languages, where
// "4 декабря" is how a date says "December".
#include "importers/meta/html_date_languages.hpp"

#include <array>

namespace chatvault::importers::meta {
namespace {

using S = std::string_view;

constexpr std::array<MonthName, 24> k_en_months{{
    {"january", 1}, {"february", 2}, {"march", 3}, {"april", 4}, {"may", 5}, {"june", 6},
    {"july", 7}, {"august", 8}, {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7},
    {"aug", 8}, {"sep", 9}, {"sept", 9}, {"oct", 10}, {"nov", 11}, {"dec", 12},
}};
constexpr std::array<S, 16> k_en_ignored{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday",
                                         "saturday", "sun", "mon", "tue", "wed", "thu", "fri", "sat", "at", "on"};

constexpr std::array<MonthName, 26> k_de_months{{
    {"januar", 1}, {"jänner", 1}, {"februar", 2}, {"märz", 3}, {"april", 4}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"dezember", 12},
    {"jan", 1}, {"jän", 1}, {"feb", 2}, {"febr", 2}, {"mär", 3}, {"mrz", 3}, {"apr", 4}, {"jun", 6},
    {"jul", 7}, {"aug", 8}, {"sep", 9}, {"okt", 10}, {"dez", 12},
}};
constexpr std::array<S, 18> k_de_ignored{"sonntag", "montag", "dienstag", "mittwoch", "donnerstag", "freitag",
                                         "samstag", "sonnabend", "so", "mo", "di", "mi", "do", "fr", "sa",
                                         "um", "am", "uhr"};

constexpr std::array<MonthName, 26> k_fr_months{{
    {"janvier", 1}, {"février", 2}, {"fevrier", 2}, {"mars", 3}, {"avril", 4}, {"mai", 5}, {"juin", 6},
    {"juillet", 7}, {"août", 8}, {"aout", 8}, {"septembre", 9}, {"octobre", 10}, {"novembre", 11},
    {"décembre", 12}, {"decembre", 12}, {"janv", 1}, {"févr", 2}, {"fevr", 2}, {"avr", 4}, {"juil", 7},
    {"sept", 9}, {"oct", 10}, {"nov", 11}, {"déc", 12}, {"dec", 12}, {"fév", 2},
}};
constexpr std::array<S, 10> k_fr_ignored{"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
                                         "samedi", "à", "le", "h"};

constexpr std::array<MonthName, 25> k_es_months{{
    {"enero", 1}, {"febrero", 2}, {"marzo", 3}, {"abril", 4}, {"mayo", 5}, {"junio", 6},
    {"julio", 7}, {"agosto", 8}, {"septiembre", 9}, {"setiembre", 9}, {"octubre", 10}, {"noviembre", 11},
    {"diciembre", 12}, {"ene", 1}, {"feb", 2}, {"mar", 3}, {"abr", 4}, {"may", 5}, {"jun", 6},
    {"jul", 7}, {"ago", 8}, {"sept", 9}, {"sep", 9}, {"oct", 10}, {"dic", 12},
}};
constexpr std::array<S, 15> k_es_ignored{"domingo", "lunes", "martes", "miércoles", "miercoles", "jueves",
                                         "viernes", "sábado", "sabado", "de", "del", "a", "las", "la", "h"};

constexpr std::array<MonthName, 25> k_pt_months{{
    {"janeiro", 1}, {"fevereiro", 2}, {"março", 3}, {"marco", 3}, {"abril", 4}, {"maio", 5}, {"junho", 6},
    {"julho", 7}, {"agosto", 8}, {"setembro", 9}, {"outubro", 10}, {"novembro", 11}, {"dezembro", 12},
    {"jan", 1}, {"fev", 2}, {"mar", 3}, {"abr", 4}, {"mai", 5}, {"jun", 6}, {"jul", 7}, {"ago", 8},
    {"set", 9}, {"out", 10}, {"nov", 11}, {"dez", 12},
}};
constexpr std::array<S, 14> k_pt_ignored{"domingo", "segunda", "terça", "terca", "quarta", "quinta", "sexta",
                                         "feira", "sábado", "sabado", "de", "às", "as", "à"};
constexpr std::array<MonthName, 24> k_it_months{{
    {"gennaio", 1}, {"febbraio", 2}, {"marzo", 3}, {"aprile", 4}, {"maggio", 5}, {"giugno", 6},
    {"luglio", 7}, {"agosto", 8}, {"settembre", 9}, {"ottobre", 10}, {"novembre", 11}, {"dicembre", 12},
    {"gen", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"mag", 5}, {"giu", 6}, {"lug", 7}, {"ago", 8},
    {"set", 9}, {"ott", 10}, {"nov", 11}, {"dic", 12},
}};
constexpr std::array<S, 17> k_it_ignored{"domenica", "lunedì", "lunedi", "martedì", "martedi", "mercoledì",
                                         "mercoledi", "giovedì", "giovedi", "venerdì", "venerdi", "sabato",
                                         "alle", "ore", "il", "h", "all"};

constexpr std::array<MonthName, 27> k_id_months{{
    {"januari", 1}, {"februari", 2}, {"maret", 3}, {"april", 4}, {"mei", 5}, {"juni", 6},
    {"juli", 7}, {"agustus", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"desember", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"agu", 8}, {"agt", 8},
    {"ags", 8}, {"agst", 8}, {"sep", 9}, {"okt", 10}, {"nov", 11}, {"des", 12}, {"sept", 9},
}};
constexpr std::array<S, 11> k_id_ignored{"minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu",
                                         "pukul", "pk", "jam", "pada"};

constexpr std::array<MonthName, 24> k_nl_months{{
    {"januari", 1}, {"februari", 2}, {"maart", 3}, {"april", 4}, {"mei", 5}, {"juni", 6},
    {"juli", 7}, {"augustus", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mrt", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"okt", 10}, {"nov", 11}, {"dec", 12},
}};
constexpr std::array<S, 8> k_nl_ignored{"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                        "zaterdag", "om"};

constexpr std::array<MonthName, 23> k_nb_months{{
    {"januar", 1}, {"februar", 2}, {"mars", 3}, {"april", 4}, {"mai", 5}, {"juni", 6},
    {"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"desember", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"okt", 10}, {"nov", 11}, {"des", 12},
}};
constexpr std::array<S, 9> k_nb_ignored{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
                                        "kl", "den"};

constexpr std::array<MonthName, 22> k_da_months{{
    {"januar", 1}, {"februar", 2}, {"marts", 3}, {"april", 4}, {"maj", 5}, {"juni", 6},
    {"juli", 7}, {"august", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"okt", 10}, {"dec", 12},
}};
constexpr std::array<S, 9> k_da_ignored{"søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag",
                                        "kl", "den"};

constexpr std::array<MonthName, 23> k_sv_months{{
    {"januari", 1}, {"februari", 2}, {"mars", 3}, {"april", 4}, {"maj", 5}, {"juni", 6},
    {"juli", 7}, {"augusti", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"jun", 6}, {"jul", 7}, {"aug", 8}, {"sep", 9},
    {"sept", 9}, {"okt", 10}, {"dec", 12},
}};
constexpr std::array<S, 9> k_sv_ignored{"söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag",
                                        "den", "kl"};

constexpr std::array<MonthName, 23> k_hu_months{{
    {"január", 1}, {"február", 2}, {"március", 3}, {"április", 4}, {"május", 5}, {"június", 6},
    {"július", 7}, {"augusztus", 8}, {"szeptember", 9}, {"október", 10}, {"november", 11}, {"december", 12},
    {"jan", 1}, {"febr", 2}, {"márc", 3}, {"ápr", 4}, {"máj", 5}, {"jún", 6}, {"júl", 7}, {"aug", 8},
    {"szept", 9}, {"okt", 10}, {"dec", 12},
}};
constexpr std::array<S, 7> k_hu_ignored{"vasárnap", "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat"};

constexpr std::array<MonthName, 22> k_ro_months{{
    {"ianuarie", 1}, {"februarie", 2}, {"martie", 3}, {"aprilie", 4}, {"mai", 5}, {"iunie", 6},
    {"iulie", 7}, {"august", 8}, {"septembrie", 9}, {"octombrie", 10}, {"noiembrie", 11}, {"decembrie", 12},
    {"ian", 1}, {"feb", 2}, {"mar", 3}, {"apr", 4}, {"iun", 6}, {"iul", 7}, {"aug", 8}, {"sept", 9},
    {"oct", 10}, {"nov", 11},
}};
constexpr std::array<S, 10> k_ro_ignored{"duminică", "luni", "marți", "marţi", "miercuri", "joi", "vineri",
                                         "sâmbătă", "la", "ora"};

constexpr std::array<MonthName, 24> k_sl_months{{
    {"januar", 1}, {"februar", 2}, {"marec", 3}, {"april", 4}, {"maj", 5}, {"junij", 6},
    {"julij", 7}, {"avgust", 8}, {"september", 9}, {"oktober", 10}, {"november", 11}, {"december", 12},
    {"januarja", 1}, {"februarja", 2}, {"marca", 3}, {"aprila", 4}, {"maja", 5}, {"junija", 6},
    {"julija", 7}, {"avgusta", 8}, {"septembra", 9}, {"oktobra", 10}, {"novembra", 11}, {"decembra", 12},
}};
constexpr std::array<S, 8> k_sl_ignored{"nedelja", "ponedeljek", "torek", "sreda", "četrtek", "petek", "sobota",
                                        "ob"};

constexpr std::array<MonthName, 23> k_cs_months{{
    {"leden", 1}, {"ledna", 1}, {"únor", 2}, {"února", 2}, {"březen", 3}, {"března", 3}, {"duben", 4},
    {"dubna", 4}, {"květen", 5}, {"května", 5}, {"červen", 6}, {"června", 6}, {"červenec", 7},
    {"července", 7}, {"srpen", 8}, {"srpna", 8}, {"září", 9}, {"říjen", 10}, {"října", 10},
    {"listopad", 11}, {"listopadu", 11}, {"prosinec", 12}, {"prosince", 12},
}};
constexpr std::array<S, 9> k_cs_ignored{"neděle", "pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota",
                                        "v", "ve"};

constexpr std::array<MonthName, 24> k_sk_months{{
    {"január", 1}, {"januára", 1}, {"február", 2}, {"februára", 2}, {"marec", 3}, {"marca", 3},
    {"apríl", 4}, {"apríla", 4}, {"máj", 5}, {"mája", 5}, {"jún", 6}, {"júna", 6}, {"júl", 7}, {"júla", 7},
    {"august", 8}, {"augusta", 8}, {"september", 9}, {"septembra", 9}, {"október", 10}, {"októbra", 10},
    {"november", 11}, {"novembra", 11}, {"december", 12}, {"decembra", 12},
}};
constexpr std::array<S, 9> k_sk_ignored{"nedeľa", "pondelok", "utorok", "streda", "štvrtok", "piatok", "sobota",
                                        "o", "v"};

constexpr std::array<MonthName, 36> k_pl_months{{
    {"styczeń", 1}, {"stycznia", 1}, {"luty", 2}, {"lutego", 2}, {"marzec", 3}, {"marca", 3},
    {"kwiecień", 4}, {"kwietnia", 4}, {"maj", 5}, {"maja", 5}, {"czerwiec", 6}, {"czerwca", 6},
    {"lipiec", 7}, {"lipca", 7}, {"sierpień", 8}, {"sierpnia", 8}, {"wrzesień", 9}, {"września", 9},
    {"październik", 10}, {"października", 10}, {"listopad", 11}, {"listopada", 11}, {"grudzień", 12},
    {"grudnia", 12}, {"sty", 1}, {"lut", 2}, {"mar", 3}, {"kwi", 4}, {"cze", 6}, {"lip", 7}, {"sie", 8},
    {"wrz", 9}, {"paź", 10}, {"lis", 11}, {"gru", 12}, {"paz", 10},
}};
constexpr std::array<S, 9> k_pl_ignored{"niedziela", "poniedziałek", "wtorek", "środa", "czwartek", "piątek",
                                        "sobota", "o", "r"};

// Croatian "listopad" is October (Czech and Polish: November): the page's language decides.
constexpr std::array<MonthName, 25> k_hr_months{{
    {"siječanj", 1}, {"siječnja", 1}, {"veljača", 2}, {"veljače", 2}, {"ožujak", 3}, {"ožujka", 3},
    {"travanj", 4}, {"travnja", 4}, {"svibanj", 5}, {"svibnja", 5}, {"lipanj", 6}, {"lipnja", 6},
    {"srpanj", 7}, {"srpnja", 7}, {"kolovoz", 8}, {"kolovoza", 8}, {"rujan", 9}, {"rujna", 9},
    {"listopad", 10}, {"listopada", 10}, {"studeni", 11}, {"studenoga", 11}, {"studenog", 11},
    {"prosinac", 12}, {"prosinca", 12},
}};
constexpr std::array<S, 8> k_hr_ignored{"nedjelja", "ponedjeljak", "utorak", "srijeda", "četvrtak", "petak",
                                        "subota", "u"};

constexpr std::array<MonthName, 24> k_sr_months{{
    {"јануар", 1}, {"фебруар", 2}, {"март", 3}, {"април", 4}, {"мај", 5}, {"јун", 6},
    {"јул", 7}, {"август", 8}, {"септембар", 9}, {"октобар", 10}, {"новембар", 11}, {"децембар", 12},
    {"januar", 1}, {"februar", 2}, {"mart", 3}, {"april", 4}, {"maj", 5}, {"jun", 6},
    {"jul", 7}, {"avgust", 8}, {"septembar", 9}, {"oktobar", 10}, {"novembar", 11}, {"decembar", 12},
}};
constexpr std::array<S, 16> k_sr_ignored{"недеља", "понедељак", "уторак", "среда", "четвртак", "петак",
                                         "субота", "у", "nedelja", "ponedeljak", "utorak", "sreda", "četvrtak",
                                         "petak", "subota", "u"};

constexpr std::array<MonthName, 37> k_ru_months{{
    {"январь", 1}, {"января", 1}, {"февраль", 2}, {"февраля", 2}, {"март", 3}, {"марта", 3},
    {"апрель", 4}, {"апреля", 4}, {"май", 5}, {"мая", 5}, {"июнь", 6}, {"июня", 6}, {"июль", 7},
    {"июля", 7}, {"август", 8}, {"августа", 8}, {"сентябрь", 9}, {"сентября", 9}, {"октябрь", 10},
    {"октября", 10}, {"ноябрь", 11}, {"ноября", 11}, {"декабрь", 12}, {"декабря", 12}, {"янв", 1},
    {"февр", 2}, {"фев", 2}, {"мар", 3}, {"апр", 4}, {"июн", 6}, {"июл", 7}, {"авг", 8}, {"сент", 9},
    {"сен", 9}, {"окт", 10}, {"нояб", 11}, {"дек", 12},
}};
constexpr std::array<S, 9> k_ru_ignored{"воскресенье", "понедельник", "вторник", "среда", "четверг", "пятница",
                                        "суббота", "г", "в"};

constexpr std::array<MonthName, 24> k_lt_months{{
    {"sausis", 1}, {"sausio", 1}, {"vasaris", 2}, {"vasario", 2}, {"kovas", 3}, {"kovo", 3},
    {"balandis", 4}, {"balandžio", 4}, {"gegužė", 5}, {"gegužės", 5}, {"birželis", 6}, {"birželio", 6},
    {"liepa", 7}, {"liepos", 7}, {"rugpjūtis", 8}, {"rugpjūčio", 8}, {"rugsėjis", 9}, {"rugsėjo", 9},
    {"spalis", 10}, {"spalio", 10}, {"lapkritis", 11}, {"lapkričio", 11}, {"gruodis", 12}, {"gruodžio", 12},
}};
constexpr std::array<S, 9> k_lt_ignored{"sekmadienis", "pirmadienis", "antradienis", "trečiadienis",
                                        "ketvirtadienis", "penktadienis", "šeštadienis", "m", "d"};

constexpr std::array<MonthName, 12> k_tr_months{{
    {"ocak", 1}, {"şubat", 2}, {"mart", 3}, {"nisan", 4}, {"mayıs", 5}, {"haziran", 6},
    {"temmuz", 7}, {"ağustos", 8}, {"eylül", 9}, {"ekim", 10}, {"kasım", 11}, {"aralık", 12},
}};
constexpr std::array<S, 7> k_tr_ignored{"pazar", "pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi"};

constexpr std::array<DateLanguage, 23> k_languages{{
    {"en", k_en_months, k_en_ignored, NumericOrder::mdy, false},
    {"en-GB", k_en_months, k_en_ignored, NumericOrder::dmy, false},
    {"de", k_de_months, k_de_ignored, NumericOrder::dmy, false},
    {"fr", k_fr_months, k_fr_ignored, NumericOrder::dmy, false},
    {"es", k_es_months, k_es_ignored, NumericOrder::dmy, false},
    {"pt", k_pt_months, k_pt_ignored, NumericOrder::dmy, false},
    {"it", k_it_months, k_it_ignored, NumericOrder::dmy, false},
    {"id", k_id_months, k_id_ignored, NumericOrder::dmy, true},
    {"nl", k_nl_months, k_nl_ignored, NumericOrder::dmy, false},
    {"nb", k_nb_months, k_nb_ignored, NumericOrder::dmy, true},
    {"da", k_da_months, k_da_ignored, NumericOrder::dmy, true},
    {"sv", k_sv_months, k_sv_ignored, NumericOrder::ymd, false},
    {"hu", k_hu_months, k_hu_ignored, NumericOrder::ymd, false},
    {"ro", k_ro_months, k_ro_ignored, NumericOrder::dmy, false},
    {"sl", k_sl_months, k_sl_ignored, NumericOrder::dmy, false},
    {"cs", k_cs_months, k_cs_ignored, NumericOrder::dmy, false},
    {"sk", k_sk_months, k_sk_ignored, NumericOrder::dmy, false},
    {"pl", k_pl_months, k_pl_ignored, NumericOrder::dmy, false},
    {"hr", k_hr_months, k_hr_ignored, NumericOrder::dmy, false},
    {"sr", k_sr_months, k_sr_ignored, NumericOrder::dmy, false},
    {"ru", k_ru_months, k_ru_ignored, NumericOrder::dmy, false},
    {"lt", k_lt_months, k_lt_ignored, NumericOrder::ymd, false},
    {"tr", k_tr_months, k_tr_ignored, NumericOrder::dmy, false},
}};

}  // namespace

std::span<const DateLanguage> date_languages() { return k_languages; }

}  // namespace chatvault::importers::meta
