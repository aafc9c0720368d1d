"""Escaping and French typography of YAML values, French dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

import markdown

from generator.site import dates
from generator.french import NBSP, NNBSP, typography
from generator.site.text import md, md_block

EXTENSIONS = ["tables", "attr_list", "md_in_html", "admonition"]


def render(text: str) -> str:
    return markdown.markdown(text, extensions=EXTENSIONS)


def test_script_tag_is_shown_as_text():
    html = render(md("<script>alert('x')</script>"))
    assert "<script>" not in html
    assert "&lt;script&gt;" in html


def test_html_in_block_is_shown_as_text():
    html = render(md_block("Ligne <b>gras</b>\n\n<div onclick=x>bloc</div>"))
    assert "<b>" not in html and "<div" not in html
    assert "&lt;b&gt;gras&lt;/b&gt;" in html


def test_markdown_syntax_is_shown_as_text():
    source = "*a* _b_ `c` [lien](https://exemple.fr) ![i](x.png) {: .classe} a|b"
    html = render(md(source))
    assert "<em>" not in html and "<code>" not in html and "<a " not in html and "<img" not in html
    for piece in ("*a*", "_b_", "`c`", "[lien](https://exemple.fr)", "{: .classe}", "a|b"):
        assert piece in html


def test_line_start_syntax_is_shown_as_text():
    for source in ("# titre", "1. premier", "> citation", "!!! note", "+ plus", "=== onglet"):
        html = render(md_block(source))
        assert "<h1" not in html and "<ol" not in html and "<blockquote" not in html and "admonition" not in html and "<ul" not in html
        assert source.split()[0].replace(">", "&gt;") in html


def test_md_block_keeps_paragraphs_and_dash_lists():
    html = render(md_block("Intro :\n\n- un\n- deux <i>\n\nFin"))
    assert html.count("<li>") == 2
    assert "&lt;i&gt;" in html
    assert html.count("<p>") == 2


def test_table_cell_pipe_does_not_split_cells():
    html = render("| A | B |\n| --- | --- |\n| " + md("x | y") + " | z |")
    assert html.count("<td>") == 2


def test_typography_spaces():
    assert typography("Note : oui") == f"Note{NBSP}: oui"
    assert typography("Vraiment ?") == f"Vraiment{NNBSP}?"
    assert typography("Attention !") == f"Attention{NNBSP}!"
    assert typography("un ; deux") == f"un{NNBSP}; deux"
    assert typography("« Mes justificatifs »") == f"«{NBSP}Mes justificatifs{NBSP}»"
    assert typography("«mot»") == f"«{NBSP}mot{NBSP}»"


def test_typography_keeps_numbers_with_their_units():
    assert typography("1350 h de formation ou 675 h") == f"1350{NBSP}h de formation ou 675{NBSP}h"
    assert typography("une durée de 1 350 heures") == f"une durée de 1{NNBSP}350{NBSP}heures"
    assert typography("20 min et 10 mn") == f"20{NBSP}min et 10{NBSP}mn"
    assert typography("avant 17 h 00") == f"avant 17{NBSP}h{NBSP}00"
    # what is not a number and its unit stays as typed: years in a list, a code
    for words in ("sessions 2019, 2020 et 2021", "BP 72616", "E31 et 9 sur la E32", "48h", "5 heureux"):
        assert typography(words) == words
    # a telephone number is kept on one line (a phone's screen broke « 05 / 36 25 71 20 »), its groups as typed
    assert typography("Tél. : 02 40 37 38 38, ou 05 36 25 71 20.") == f"Tél.{NBSP}: 02{NBSP}40{NBSP}37{NBSP}38{NBSP}38, ou 05{NBSP}36{NBSP}25{NBSP}71{NBSP}20."


def test_a_web_address_in_a_text_is_kept_whole_and_stays_text():
    """A web address written in a text is wrapped in a span (never hyphenated in the PDF, broken anywhere
    on a phone), without the sentence's punctuation; it is not made a link (the data's words never become
    markup that acts), and what surrounds it is escaped as usual."""
    out = md_block("Consulter le lien suivant : https://www.ac-nantes.fr/a_b-121583. Fin *x*")
    assert out == f'Consulter le lien suivant{NBSP}: <span class="bts-address">https://www.ac-nantes.fr/a\\_b-121583</span>. Fin \\*x\\*'
    assert md_block("(voir https://exemple.fr/page).") == '(voir <span class="bts-address">https://exemple.fr/page</span>).'
    assert "<a " not in markdown.markdown(md_block("Lien : https://exemple.fr/x"))
    assert md_block("https:// seul") == "https://" + " seul"


def test_a_law_or_decree_number_is_kept_whole_on_a_phone():
    """« loi n° 97-1019 » broke at its hyphen on a phone (« loi n° 97- / 1019 », read56 L8): in HTML, the number
    after « n° » is in a span that does not wrap (.bts-nowrap), its characters as typed (a candidate copies
    « 97-1019 », not a no-break hyphen); the plain outputs are unchanged, escaping stays as it was."""
    span = '<span class="bts-nowrap">{}</span>'
    assert md("la loi n° 97-1019 du 28 octobre 1997") == f"la loi n°{NBSP}{span.format('97-1019')} du 28{NBSP}octobre 1997"
    assert md("Décret n°2013-756 et <b>") == f"Décret n°{span.format('2013-756')} et &lt;b&gt;"
    assert md_block("décret n° 2020-1167.\n- n° 97-1019") == f"décret n°{NBSP}{span.format('2020-1167')}.\n\n- n°{NBSP}{span.format('97-1019')}"
    assert "\u2011" not in md("loi n° 97-1019")
    # a number without a hyphen, or a hyphenated number not after « n° », stays as typed; the plain text too
    assert md("B.O. n° 32 ; sessions 2023-2024") == f"B.O. n°{NBSP}32{NNBSP}; sessions 2023-2024"
    assert typography("loi n° 97-1019") == f"loi n°{NBSP}97-1019"


def test_typography_leaves_times_and_urls_alone():
    assert typography("à 17:00 sur https://exemple.fr/a?b=1") == "à 17:00 sur https://exemple.fr/a?b=1"


def test_french_dates_with_derived_weekday(frozen_notices):
    texts = frozen_notices[0].texts
    assert dates.moment(dt.datetime(2023, 11, 15, 17, 0), True, "Europe/Paris", texts, kind="plain") == (
        f"mercredi 15\u00a0novembre\u00a02023 à{NBSP}17{NBSP}h{NBSP}00 (heure de Paris)"
    )
    assert dates.day(dt.date(2023, 11, 22)) == "mercredi 22\u00a0novembre\u00a02023"
    assert dates.day(dt.date(2023, 12, 1)) == "vendredi 1er\u00a0décembre\u00a02023"
    assert dates.day(dt.date(2024, 1, 15)) == "lundi 15\u00a0janvier\u00a02024"
    assert dates.zone_words("Indian/Reunion", texts) == "heure de La Réunion"


def test_the_timeline_s_short_dates_keep_the_weekday_and_1er():
    """The timeline abbreviates (« mer. 15 nov. 2023 »), but says the weekday as every other date of the guide does
    (read49 L5), derived from the date, and « 1er » as ``day`` does; babel keeps « juin » and « août » whole."""
    assert dates.short_day(dt.date(2023, 11, 15)) == "mer. 15\u00a0nov.\u00a02023"
    assert dates.short_day(dt.datetime(2023, 12, 1, 17, 0)) == "ven. 1er\u00a0déc.\u00a02023"
    assert dates.short_day(dt.date(2024, 6, 3)) == "lun. 3\u00a0juin\u00a02024"
    for offset in range(14):  # (each weekday twice: the abbreviation is that of the long weekday day() writes)
        value = dt.date(2024, 7, 1) + dt.timedelta(days=offset)
        assert dates.day(value).split()[0].startswith(dates.short_day(value).split()[0].rstrip("."))


def test_a_day_without_time_says_the_hour_is_not_given(frozen_notices):
    t = frozen_notices[0].texts
    text = dates.moment(dt.datetime(2023, 11, 22, 23, 59), False, "Europe/Paris", t)
    assert text == "au plus tard le mercredi 22\u00a0novembre\u00a02023 (heure non précisée par la notice)"
    assert dates.moment(dt.datetime(2023, 11, 22, 23, 59), False, "Europe/Paris", t, kind="opening") == "à partir du mercredi 22\u00a0novembre\u00a02023 (heure non précisée par la notice)"
    assert dates.moment(dt.datetime(2023, 11, 22, 23, 59), False, "Europe/Paris", t, kind="information") == "mercredi 22\u00a0novembre\u00a02023"



def test_the_end_of_a_day_is_written_24_00_and_said_as_a_whole_day_with_the_notice_s_minuit(frozen_notices):
    """« au plus tard le vendredi 24 novembre 2023 à minuit » (Nantes 2024): staff write 24:00, the day's end, and the
    site writes 24:00 back (new session). The site says it as issue 9 asks a whole day's deadline to be said, « jusqu'au
    vendredi 24 novembre 2023 inclus (heure de Paris) », never an hour of its own (« 23 h 59 »), and, for a notice
    that writes « minuit » alone, that « à minuit » is the notice's word and « inclus » the guide's reading of it
    (phone58 L2: « à minuit, en fin de journée (heure de Paris) — « fin de journée » : lecture du guide » read heavy).
    The same words in the PDF's table (without the time zone, as its dates), on the timeline (the day short) and in
    the calendar's title."""
    from generator.model.values import END_OF_DAY, Moment
    from generator.site import ics
    from generator.site.words import deadline_moment, reading, strict_moment, table_moment

    moment = Moment.parse("2023-11-24 24:00")
    assert moment.time == END_OF_DAY and str(moment) == "2023-11-24 24:00"
    assert moment.end() == dt.datetime(2023, 11, 24, 23, 59, 59) and moment.date == dt.date(2023, 11, 24)
    t = frozen_notices[0].texts
    said = dates.moment(moment.end(), True, "Europe/Paris", t)
    assert said == "jusqu\u2019au vendredi 24\u00a0novembre\u00a02023 inclus (heure de Paris)", said
    assert dates.moment(moment.end(), True, "Europe/Paris", t, kind="latest") == said
    # the notice's own words (its PDF's text) stay its own
    assert dates.moment(moment.end(), True, "Europe/Paris", t, notice_voice=True) == "au plus tard le vendredi 24\u00a0novembre\u00a02023 à\u00a0minuit"
    assert dates.clock(dt.time(17, 0)) == f"17{NBSP}h{NBSP}00"
    nantes = next(n for n in frozen_notices if (n.slug, n.year) == ("nantes", 2024))
    documents = next(d for d in nantes.deadlines if d.id == "documents")
    assert reading(documents) == "midnight"
    page = deadline_moment(nantes, "documents")
    spaced = page.replace("\u202f", " ").replace("\u00a0", " ")
    assert spaced == "jusqu\u2019au vendredi 24 novembre 2023 inclus (heure de Paris) — « à minuit » dans la notice ; « inclus » : lecture du guide", page
    assert "fin de journée" not in page and "au plus tard" not in page
    # the PDF's « Dates à retenir » (its table the guide's, in the notice's voice): the web page's words, time zone and
    # « inclus » included (words.table_moment, pdfdates70), where its text keeps the notice's « à minuit » above
    printed = dataclasses.replace(nantes, voice="notice")
    assert table_moment(printed, "documents") == table_moment(nantes, "documents") == strict_moment(nantes, "documents")
    assert table_moment(printed, "documents").startswith(said), table_moment(printed, "documents")
    # the timeline's short label: « inclus », never « minuit » alone, which reads as the day's start
    from generator.site.timeline import Event, short_when

    label = short_when(Event(when=moment.end(), has_time=True, kind="deadline", label="x"), t)
    assert label == "jusqu\u2019au ven. 24\u00a0nov.\u00a02023 inclus", label
    assert t.text("timeline.midnight_mark").replace(NBSP, " ").replace(NNBSP, " ") == "« à minuit » dans la notice ; « inclus » : lecture du guide"
    # the calendar: the event's title says the guide's « inclus » and the notice's « minuit », its description the sentence
    event = next(e for e in ics.events(nantes) if e.id == "documents")
    assert event.summary.replace("\u202f", " ").replace("\u00a0", " ").endswith(" — jour inclus selon le guide (la notice : « à minuit »)"), event.summary
    assert event.words[0] == page


# ---------------------------------------------------------------- emphasis (**words**, generator.emphasis)


def test_emphasis_in_a_paragraph_is_strong_and_the_rest_stays_escaped():
    html = render(md_block("Dépôt **AU PLUS TARD LE 22 NOVEMBRE 2023**, *délai* de _rigueur_ <b>x</b>"))
    assert "<strong>AU PLUS TARD LE 22\u00a0NOVEMBRE 2023</strong>" in html  # (a day and its month: a no-break space)
    assert html.count("<strong>") == 1
    assert "<em>" not in html and "<b>" not in html
    assert "*délai*" in html and "_rigueur_" in html and "&lt;b&gt;x&lt;/b&gt;" in html


def test_emphasis_in_a_list_item_a_cell_and_a_heading():
    html = render(md_block("Avant :\n- **ATTENTION :** une pièce\n- rien"))
    assert f"<li><strong>ATTENTION{NBSP}:</strong> une pièce</li>" in html
    cell = render("| A | B |\n| --- | --- |\n| " + md("**x** | y") + " | z |")
    assert cell.count("<td>") == 2 and "<td><strong>x</strong> | y</td>" in cell
    heading = render("## " + md("Étape **un**"))
    assert "<h2" in heading and "<strong>un</strong>" in heading


def test_emphasis_at_the_start_of_a_line_reads_no_line_start_syntax():
    html = render(md_block("**1. Premier** point\n\n- **# titre**"))
    assert "<ol" not in html and "<h1" not in html
    assert "<strong>1. Premier</strong> point" in html and "<strong># titre</strong>" in html


def test_markup_inside_emphasis_is_still_escaped():
    html = render(md_block("**<script>alert(1)</script> [lien](https://x.fr) `c`** et **<img src=x onerror=y>**"))
    assert "<script>" not in html and "<img" not in html and "<a " not in html and "<code>" not in html
    assert "<strong>&lt;script&gt;alert(1)&lt;/script&gt; [lien](" in html and ") `c`</strong>" in html
    assert "<strong>&lt;img src=x onerror=y&gt;</strong>" in html


def test_markers_that_do_not_read_are_shown_as_typed():
    for source in ("**pas fermé", "vide ****", "trois ***x***", "**a** et **b"):
        html = render(md_block(source))
        assert "<strong>" not in html and "<em>" not in html
        assert source.replace(" ", " ") in html.replace(NNBSP, " ")


def test_emphasis_keeps_french_typography_and_addresses():
    assert md("**Attention :** voir https://www.ac-x.fr/a_b.") .startswith(f"<strong>Attention{NBSP}:</strong>")
    html = render(md_block("« **mot** » et **https://www.ac-x.fr/a_b**"))
    assert f"«{NBSP}<strong>mot</strong>{NBSP}»" in html
    assert '<strong><span class="bts-address">https://www.ac-x.fr/a_b</span></strong>' in html


def test_plain_outputs_drop_the_markers():
    from generator.site.text import attr, html_text, one_line

    assert one_line("**Attention :** date") == f"Attention{NBSP}: date"
    assert attr('**a** "b"') == "a &quot;b&quot;"
    assert html_text("**a** <b>") == "a &lt;b&gt;"
    assert one_line("**pas fermé") == "**pas fermé"  # a line whose markers do not read stays as typed


def test_emphasis_markers_read_on_one_line_only():
    from generator import emphasis

    assert emphasis.split("a **b** c") == [("a ", False), ("b", True), (" c", False)]
    assert emphasis.line_problems("**a") == [(0, emphasis.UNCLOSED)]
    assert emphasis.line_problems("a ** ** b") == [(2, emphasis.EMPTY)]
    assert emphasis.line_problems("****") == [(0, emphasis.EMPTY)]
    assert emphasis.line_problems("***a***") == [(0, emphasis.TOO_MANY), (4, emphasis.TOO_MANY)]
    assert emphasis.line_problems("*a* et (*) **b**") == []
    assert emphasis.plain("**a**\n**b") == "a\n**b"


# ---------------------------------------------------------------- a literal asterisk (\*, generator.emphasis)


def test_an_escaped_asterisk_is_an_asterisk_and_never_a_marker():
    from generator import emphasis

    assert emphasis.split(r"**\*REMARQUE IMPORTANTE** concernant") == [("*REMARQUE IMPORTANTE", True), (" concernant", False)]
    assert emphasis.line_problems(r"**\*REMARQUE IMPORTANTE**") == []
    assert emphasis.line_problems(r"**a\**") == [(0, emphasis.UNCLOSED)]  # « \* » does not close: one « * » left
    assert emphasis.star_runs(r"**\*a**") == [0, 5]
    assert emphasis.split(r"R 408\*") == [("R 408*", False)]
    assert emphasis.plain("R 408\\* et **a**\nb\\*") == "R 408* et a\nb*"
    assert emphasis.split(r"a\b \\ c") == [(r"a\b \\ c", False)]  # a backslash before anything else: as typed


def test_an_escaped_asterisk_in_the_page_and_the_plain_outputs():
    from generator.site.text import attr, one_line

    html = render(md_block(r"**\*REMARQUE IMPORTANTE** concernant R 408\* et a\b"))
    # (« R 408 » kept whole on a line: text._numbers_whole)
    assert '<strong>*REMARQUE IMPORTANTE</strong> concernant <span class="bts-nowrap">R 408</span>* et a\\b' in html
    assert "<em>" not in html
    assert one_line(r"**\*REMARQUE** R 408\*") == "*REMARQUE R 408*"
    assert attr(r"R 408\*") == "R 408*"


def test_md_block_sets_in_a_line_indented_under_the_others():
    """A paragraph's line written further in than the text's other lines (a case's label under its group's,
    Clermont-Ferrand 2024's bénéfices) is set in; list lines and a text written flush keep no class."""
    html = render(md_block("Groupe :\n  Cas :\nTexte.\n\n  Autre cas :\nSon texte."))
    assert html.count('class="bts-sub-line"') == 2
    assert re.search(r'Groupe\u00a0:<br>\s*<span class="bts-sub-line">Cas\u00a0:</span><br>\s*Texte', html)
    assert "bts-sub-line" not in render(md_block("Un :\nDeux\n- trois\n  - quatre"))


def test_a_quotation_inside_a_quotation_takes_the_inner_marks():
    """A question quoted in the checklist (« Présentez-vous l'épreuve facultative « engagement étudiant » ? ») has
    its own quotes as “ ”, as French typography nests them; the rest is untouched."""
    from generator.french import inner_quotes

    label = "Présentez-vous l'épreuve facultative « engagement étudiant » ?"
    assert inner_quotes(label) == "Présentez-vous l'épreuve facultative \u201cengagement étudiant\u201d ?"
    assert typography("« " + inner_quotes(label) + " »").count("«") == 1
    assert inner_quotes("Quelle est votre situation ?") == "Quelle est votre situation ?"


def test_the_phone_bar_s_date_says_its_year_and_the_time_zone_of_its_hour(frozen_notices):
    """phone58 L1: the bar's « Clôture : mer. 15 nov. à 17 h 00 » had neither the year nor the time zone the list says
    (« … 2023 à 17 h 00 (heure de Paris) »). On a 320 px line, « (heure de Paris) » and the weekday with the year do not
    fit (the closing's line, or « Pièces : … minuit (fin de journée) », on two lines): the year in place of the weekday,
    the zone's city after a clock hour, the list one tap away saying it whole. A day without hour, or the notice's
    « minuit » read as the end of the day, is a day: no zone, as for the other days of the bar."""
    t = frozen_notices[0].texts
    paris = "Europe/Paris"
    assert dates.bar_moment(dt.datetime(2023, 11, 15, 17, 0), True, None, paris, t) == f"15{NBSP}nov.{NBSP}2023 à 17{NBSP}h{NBSP}00 (Paris)"
    assert dates.bar_moment(dt.datetime(2023, 12, 1, 23, 59), False, None, paris, t) == f"1er{NBSP}déc.{NBSP}2023, heure non précisée"
    assert dates.bar_moment(dt.datetime(2022, 11, 21, 18, 0), True, "hour", paris, t) == f"21{NBSP}nov.{NBSP}2022 à 18{NBSP}h{NBSP}00 (Paris), heure du guide"
    assert dates.bar_moment(dt.datetime(2022, 11, 21, 18, 0), True, "day", paris, t) == f"21{NBSP}nov.{NBSP}2022 à 18{NBSP}h{NBSP}00 (Paris), date du guide"
    assert dates.bar_moment(dt.datetime(2023, 11, 20, 23, 59), False, "day", paris, t) == f"20{NBSP}nov.{NBSP}2023, date du guide, heure non précisée"
    assert dates.bar_moment(dt.datetime(2023, 11, 24, 23, 59, 59), True, "midnight", paris, t) == f"24{NBSP}nov.{NBSP}2023 inclus, lecture du guide"
    # (any other 24:00: the whole day, its reading marked as the others'; review73 L1: « à minuit (Paris) »)
    end = dt.datetime(2023, 11, 24, 23, 59, 59)
    assert dates.end_of_day(end)
    assert dates.bar_moment(end, True, None, paris, t) == f"24{NBSP}nov.{NBSP}2023 inclus"
    assert dates.bar_moment(end, True, "hour", paris, t) == f"24{NBSP}nov.{NBSP}2023 inclus, heure du guide"
    assert dates.bar_moment(end, True, "day", paris, t) == f"24{NBSP}nov.{NBSP}2023 inclus, date du guide"
    assert dates.bar_moment(dt.datetime(2024, 6, 3, 9, 30), True, None, "Indian/Reunion", t) == f"3{NBSP}juin{NBSP}2024 à 9{NBSP}h{NBSP}30 (La Réunion)"


def test_the_site_s_name_and_description_are_in_french_typography():
    """read65 L1: mkdocs.yml's site_description, every page's <meta name="description"> (what a search engine shows a
    candidate), had a straight apostrophe (« Guide d'inscription »), while every candidate-facing text is given the
    site's typography (’, narrow spaces). Its name and description are written as the pages print their texts."""
    from pathlib import Path

    import yaml

    config = yaml.safe_load((Path(__file__).resolve().parents[2] / "mkdocs.yml").read_text(encoding="utf-8"))
    for key in ("site_name", "site_description"):
        assert typography(config[key]) == config[key], (key, config[key])
