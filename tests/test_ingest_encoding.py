"""Which encoding non-UTF-8 bytes are read in (eventwire.ingest.core.decode_text / charset_guess), and the note
that says so (meta["encoding"], report ``encoding:<codec>``). Fresh-user finding (stop 18): a French paragraph
in Latin-1 was read as cp1250 ("à" came out "ŕ") with no note. Texts are invented variants."""
from __future__ import annotations

import json

import pytest

from eventwire.cli import main
from eventwire.ingest import decode_text, read_inputs
from eventwire.ingest.core import charset_guess, decode_bytes, non_utf8
from eventwire.ingest.html import extract_html

#: Western-European paragraphs with more than 5% non-ASCII bytes (so charset-normalizer decides, not the
#: Windows-1252 shortcut for nearly-ASCII text), written in Latin-1.
WESTERN = {
    "fr": "Le ministre français des Affaires étrangères a déclaré jeudi à Paris que la délégation arrivera à "
          "Genève la semaine prochaine. « Nous sommes prêts à discuter », a-t-il ajouté, où les pourparlers "
          "reprendront après l'été.",
    "fr-short": "Arrivée à Genève: la délégation française négociera à huis clos.",
    "es": "El presidente de la República anunció el miércoles que el Gobierno enviará tropas a la región después "
          "de los ataques. «No aceptaremos más violencia», dijo el ministro. Añadió que habrá más reuniones.",
    "pt": "O ministro das Relações Exteriores disse na quinta-feira que a delegação chegará à capital na próxima "
          "semana para negociações. As conversações serão retomadas após a reunião do comitê.",
    "it": "Il ministro degli Esteri ha dichiarato giovedì che la delegazione arriverà a Ginevra la settimana "
          "prossima. Non è chiaro però se l'accordo sarà firmato: così è, perché la città è divisa e l'unità è "
          "già persa.",
    "sv": "Utrikesministern sade på torsdagen att delegationen kommer till Genève nästa vecka för att förhandla om "
          "ett avtal om vapenvila. Samtalen fortsätter efter sommaren, och bägge sidor är öppna för en överenskommelse.",
    "de": "Der Außenminister erklärte am Donnerstag in Berlin, die Gespräche über einen Waffenstillstand würden "
          "nächste Woche fortgesetzt. Die Bürger seien besorgt über die Gewalt. Große Demonstrationen fanden in "
          "München, Köln und Düsseldorf statt.",
    "en-names": "José Peña and François Hébert met Søren Ørsted in Zürich, São Paulo and Málaga; Björk, Gaël, Zoë.",
}

#: Text in the languages of other code pages, which must keep them.
OTHER = [
    ("cp1250", "Ministr zahraničních věcí ve čtvrtek v Praze prohlásil, že delegace přijede příští týden do Ženevy, "
               "aby vyjednala dohodu o příměří. Řekl, že jsme připraveni jednat, a dodal, že rozhovory budou "
               "pokračovat po létě."),
    ("cp1250", "Minister spraw zagranicznych oświadczył w czwartek w Warszawie, że delegacja przyjedzie do Genewy w "
               "przyszłym tygodniu, aby wynegocjować porozumienie o zawieszeniu broni. Powiedział, że jesteśmy "
               "gotowi do rozmów."),
    ("cp1250", "A külügyminiszter csütörtökön Budapesten kijelentette, hogy a küldöttség a jövő héten érkezik "
               "Genfbe, hogy tűzszüneti megállapodásról tárgyaljon. Hozzátette, hogy készen állunk a tárgyalásokra, "
               "amelyek nyár után folytatódnak."),
    ("cp1250", "Ministrul de externe a declarat joi la Bucureşti că delegaţia va sosi la Geneva săptămâna viitoare "
               "pentru a negocia un acord de încetare a focului. El a adăugat că suntem pregătiţi să discutăm şi că "
               "negocierile vor continua."),
    ("cp1250", "Ministar vanjskih poslova izjavio je u četvrtak u Zagrebu da će izaslanstvo sljedeći tjedan stići "
               "u Ženevu kako bi pregovaralo o primirju. Dodao je da smo spremni za razgovore, koji će se nastaviti "
               "nakon ljeta, rekao je šef diplomacije."),
    ("cp1254", "Dışişleri Bakanı perşembe günü Ankara'da yaptığı açıklamada, heyetin ateşkes anlaşmasını görüşmek "
               "üzere gelecek hafta Cenevre'ye gideceğini söyledi. Görüşmelerin yazdan sonra devam edeceğini "
               "ekledi ve şöyle konuştu."),
    ("cp1251", "Министр иностранных дел заявил в четверг в Москве, что делегация прибудет в Женеву на следующей "
               "неделе для переговоров о прекращении огня. Он добавил, что переговоры продолжатся после лета."),
]


@pytest.mark.parametrize("key", sorted(WESTERN))
def test_western_text_in_latin1_is_read_as_windows_1252(key):
    text = WESTERN[key]
    data = text.encode("latin-1")
    assert sum(b > 127 for b in data) > 0.05 * len(data)  # past the nearly-ASCII shortcut
    assert decode_text(data) == (text, "cp1252")
    assert decode_bytes(data) == text


def test_the_reported_paragraph_reads_a_not_r_acute():
    text, enc = charset_guess(WESTERN["fr"].encode("latin-1"))
    assert enc == "cp1252" and "déclaré jeudi à Paris" in text and "ŕ" not in text and "č" not in text


def test_windows_1252_punctuation_and_euro_sign():
    text = ("L’armée a dû se retirer après l’attaque : « C’est un échec », a déclaré le général — selon l’AFP, "
            "3 000 € ont été volés à l’hôpital, où l’œuvre était exposée.")
    assert decode_text(text.encode("cp1252")) == (text, "cp1252")


@pytest.mark.parametrize("codec,text", OTHER)
def test_text_of_other_code_pages_keeps_its_code_page(codec, text):
    assert decode_text(text.encode(codec)) == (text, codec)


#: Short texts with few non-ASCII bytes (at most 5%, the Windows-1252 shortcut's range) in other code pages.
SHORT_OTHER = [
    ("cp1250", "Policja zatrzymała w poniedziałek dziesięciu demonstrantów w Warszawie."),
    ("cp1250", "Policie v pondělí zadržela deset demonstrantů v Praze, uvedla mluvčí."),
    ("cp1250", "A rendőrség hétfőn tíz tüntetőt vett őrizetbe Budapesten."),
]


@pytest.mark.parametrize("codec,text", SHORT_OTHER + [OTHER[1], OTHER[4]])
def test_few_non_ascii_bytes_of_another_code_page_are_not_forced_to_windows_1252(codec, text):
    assert decode_text(text.encode(codec)) == (text, codec)


def test_few_non_ascii_bytes_of_western_text_stay_windows_1252():
    for text in ("Police said the “peace talks” would resume in Geneva on Monday, officials said.",
                 "Le président a dit à la presse que la grève continuerait lundi matin dans toute la région.",
                 "Chile condemned Iran\xff on Monday.", "Café"):
        assert decode_text(text.encode("cp1252")) == (text, "cp1252")


def test_utf8_and_utf16_encodings_named():
    assert decode_text("Grève à Genève".encode("utf-8")) == ("Grève à Genève", "utf-8")
    assert decode_text("\ufeffGrève".encode("utf-8")) == ("Grève", "utf-8")
    assert decode_text("\ufeffPolice fired tear gas.".encode("utf-16-le")) == ("Police fired tear gas.", "utf-16-le")
    assert decode_text("Police fired tear gas.".encode("utf-16-be")) == ("Police fired tear gas.", "utf-16-be")
    assert decode_text("Police said Café owners fled.".encode("cp1252")) == ("Police said Café owners fled.", "cp1252")
    assert [non_utf8(e) for e in ("utf-8", "utf_8", "UTF-8-SIG", "cp1252", None)] == [None, None, None, "cp1252", None]


def test_txt_reader_keeps_the_encoding_and_utf8_has_none(tmp_path):
    (tmp_path / "a.txt").write_bytes((WESTERN["fr"] + "\n").encode("latin-1"))
    (tmp_path / "b.txt").write_text("Police arrested ten protesters in Genève on Monday.\n", encoding="utf-8")
    a, b = read_inputs([str(tmp_path)])
    assert a.meta["encoding"] == "cp1252" and "à Paris" in a.text
    assert "encoding" not in b.meta


def test_html_reader_keeps_the_encoding():
    page = ("<html><head><title>Grève</title></head><body><article><p>" + WESTERN["fr"] + "</p><p>"
            + WESTERN["es"] + "</p></article></body></html>").encode("latin-1")
    art = extract_html(page, path="page.html")
    assert art.meta["encoding"] == "cp1252" and "à Genève" in art.text
    assert "encoding" not in extract_html(page.decode("latin-1"), path="page.html").meta  # given as text


def test_report_notes_the_encoding_of_a_coded_document(tmp_path):
    en = ("Police in Nairobi arrested 20 protesters on Monday after clashes near parliament, officials said. "
          "Café owners in Montréal, Zürich and São Paulo protested; Müller, Gaël, Zoë, Peña and Hébert were "
          "détained à la façon française.\n")
    (tmp_path / "latin.txt").write_bytes(en.encode("latin-1"))
    (tmp_path / "utf8.txt").write_text("Rebels seized the town of Goma on Sunday, the government of Congo said. "
                                       "Aid groups fled to Gisenyi.\n", encoding="utf-8")
    rep = tmp_path / "rep.json"
    assert main(["code", str(tmp_path / "latin.txt"), str(tmp_path / "utf8.txt"), "--out", str(tmp_path / "o.jsonl"),
                 "--report", str(rep), "--no-progress"]) == 0
    docs = {d["path"].rsplit("/", 1)[-1]: d for d in json.loads(rep.read_text(encoding="utf-8"))["documents"]}
    assert docs["latin.txt"]["status"] == "coded" and docs["latin.txt"]["reason"] == "encoding:cp1252"
    assert docs["utf8.txt"]["status"] == "coded" and not (docs["utf8.txt"]["reason"] or "").count("encoding")
