"""Page furniture never reaches the cleaned text; headlines, standfirsts and sentences do.

One test per kind of furniture, in each layout pages are saved in: plain text (one line per
element, a blank line between blocks), Markdown and HTML. Expectations are literal.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tracker.ingest import prepare_bytes
from tracker.ingest.clean import clean_text, furniture_reason, is_boilerplate
from tracker.ingest.html import html_to_text
from tracker.ingest.markdown import markdown_to_text

from .linear import LINEAR_GROWTH, growth

PROSE = (
    "Russian President Vladimir Putin and US President Donald Trump will meet in Budapest "
    "within two weeks, Kremlin aide Yuri Ushakov told reporters on Thursday."
)
SECOND = (
    "The date of the summit will be set once the foreign ministers have met, Kremlin "
    "spokesman Dmitry Peskov said, adding that preparations were under way."
)


# ------------------------------------------------------------------ one line, by its form


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # photo credits on a line of their own
        ("(Photo: Getty Images)", "credit"),
        ("© Agency / photo bank", "credit"),
        ("© Ramil Sitdikov/POOL/TASS", "credit"),
        ("Photo: Reuters/Evelyn Hockstein", "credit"),
        ("Image credit: AFP", "credit"),
        ("REUTERS/Evelyn Hockstein", "credit"),
        ("AP Photo/Alex Brandon", "credit"),
        ("File photo", "credit"),
        ("( Photos: Alex Kolomoisky, Mehmet Ali Ozcan / Anadolu via AFP)", "credit"),
        ("Photograph: Evelyn Hockstein/Reuters", "credit"),
        ("Image source, Getty Images", "credit"),
        ("Kent Nishimura/Getty Images", "credit"),
        ("Kirsty Wigglesworth / POOL / AFP", "credit"),
        ("Ludovic Marin/POOL/AFP", "credit"),
        ("Credit...Doug Mills/The New York Times", "credit"),
        ("Copyright AP Photo/Vadim Ghirda", "credit"),
        ("Credited from: LATIMES", "credit"),
        ("Kevin Lamarque | Reuters", "credit"),
        ("Courtesy CPAC", "credit"),
        ("Courtesy of the Senate of Canada", "credit"),
        ("Courtesy Rideau Hall", "credit"),
        # captions: a description and its credit, or a caption label
        ("Vladimir Putin. © Sputnik / Sergei Guneev", "caption"),
        ("Vladimir Putin and Donald Trump, file photo. © Sputnik / Go to the mediabank", "caption"),
        ("Lavrov speaks at the UN in New York, Oct. 24, 2025. (AP Photo)", "caption"),
        ("Trump talks to reporters in the Oval Office. (Photo: Getty Images)", "caption"),
        ("Quispe greets Mensah at the palace in Accra. Credit: Supplied", "caption"),
        (
            "Keir Starmer and Volodymyr Zelenskyy (Illustrative photo: Mads Rasmussen / EPA)",
            "caption",
        ),
        ("Donald Trump and Vladimir Putin (collage: LIGA.net)", "caption"),
        ("Bessent at the White House, March 6, 2026. (AP Photo/Alex Brandon)", "caption"),
        ("Masked gunmen search for bodies in Nuseirat, central Gaza (AFP)", "caption"),
        ("Trump and Xi shake hands at the Gimhae Air Base in Busan. [AFP/YONHAP]", "caption"),
        ("Sisi with Trump during a White House meeting [FILE]. / AA", "caption"),
        (
            "Trump and Putin shaking hands in Anchorage, Aug. 15, 2025. File Image/Reuters",
            "caption",
        ),
        ("Leaders at the KL Peace Accord ceremony, October 26, 2025. — Bernama pic", "caption"),
        ("Zelensky and Trump in Washington, on August 18, 2025. - REUTERSPIX", "caption"),
        ("Photo caption: Foreign Minister Hakan Fidan chairs the meeting in Istanbul.", "caption"),
        ("Image caption, Putin and Trump met in Alaska", "caption"),
        ("FILE - Russian President Vladimir Putin speaks in Moscow, Oct. 5, 2025.", "caption"),
        ("Trump and Putin in Alaska. Photograph: Evelyn Hockstein/Reuters", "caption"),
        ("Trump speaks in the Oval Office [File: Evelyn Hockstein/Reuters]", "caption"),
        ("Combined photos: Zelensky in Washington and Putin in Anchorage", "caption"),
        ("Bessent (2-R) arrives at Rosenbad in Stockholm, Sweden, 29 July 2025.", "caption"),
        (
            "Asif (right) and Mujahid sign the agreement in Doha on October 19, 2025. — Reuters",
            "caption",
        ),
        # a credit after a bar ("| Photo Credit: PTI", "| - ANI"), a chain of agencies after a
        # slash, the agency as the source of a short caption
        ("Quispe is received by Mensah at the palace on Friday. | Photo Credit: PTI", "caption"),
        ("Quispe greeted at the airport in Lisbon on Monday. | Photo Credit: -", "caption"),
        ("The prime minister's two-day visit to Accra | - X/@ANI", "caption"),
        ("The prime minister's two-day visit to Accra | - PTI", "caption"),
        (
            "Quispe and Mensah attend a meeting in Lisbon, Portugal March 2, 2026. "
            "/ Reuters/Sputnik/Ana Lopes/Pool",
            "caption",
        ),
        ("Foreign Minister Ingrid Solberg. (Source: PTI)", "caption"),
        # site menus and breadcrumbs
        ("News | Politics | Economy | Finance | Technology | Opinion | EN", "menu"),
        ("euronews. · Europe · World · Business · Live", "menu"),
        ("Home • World • Asia", "menu"),
        ("Sign in | Subscribe", "menu"),
        ("Home › World", "menu"),
        ("Home > World", "menu"),
        ("Home / World / China-US", "menu"),
        ("Russia › Ushakov on the upcoming Putin–Trump meeting", "menu"),
        # live-TV and radio links
        ("LIVE", "live link"),
        ("Watch live", "live link"),
        ("Listen live: KTOO 104.3 FM", "live link"),
        ("Live updates: Follow the latest on the border talks", "live link"),
        # market and weather tickers
        ("DJIA 46,190.61 +0.52% | Brent Crude 61.29 -2.3%", "ticker"),
        ("USD/RUB 81.2", "ticker"),
        ("EUR/BGN 1.9558 | USD/BGN 1.6821 | GBP/BGN 2.2463", "ticker"),
        ("Sensex 82,344.68 ▲ 0.27% | Nifty 25,342.75 ▲ 0.25% | USD/INR 91.92", "ticker"),
        ("Markets: NZX 50 12,172.6 ▲0.4% | NZD/USD 0.5964 | Brent crude US$61.87", "ticker"),
        ("Kuching 25.3°C Light rain | Samarahan 27.1°C Patchy light rain with thunder", "ticker"),
        ("20.5 C", "ticker"),
        # headings of related-links and latest-news lists
        ("Related:", "related-links"),
        ("Read also:", "related-links"),
        ("Latest news", "related-links"),
        ("More from World", "related-links"),
        ("More World News", "related-links"),
        ("Most read", "related-links"),
        ("You may also like", "related-links"),
        ("Editors' Picks", "related-links"),
        ("Recommended videos", "related-links"),
        ("Up next", "related-links"),
        # tag lists
        ("Tags: Iran-US talks, Oman, Esmaeil Baghaei", "tags"),
        ("Tags: Dmitry Peskov | Vladimir Putin | Donald Trump", "tags"),
        ("More about Ukraine · Russia · Volodymyr Zelenskyy", "tags"),
        ("Bangkok, Bangkok News, Phnom Penh, Thailand, Cambodia, border conflict", "tags"),
        # footers
        ("Copyright © 2025 IFP News. All rights reserved.", "footer"),
        ("© 2025 LIGA.net. Use of materials is permitted only with a hyperlink.", "footer"),
        ("Shafaq News © 2025", "footer"),
        ("Copyright 2025 The Herald Times.", "footer"),
        ("Legal Disclaimer:", "footer"),
        ("Reporting by Guy Faulconbridge; Editing by Alex Richardson", "footer"),
        ("Our Standards: The Thomson Reuters Trust Principles.", "footer"),
        ("Associated Press writer Jim Heintz contributed to this report.", "footer"),
        # a syndicated story's note
        (
            "(This story has not been edited by Example staff and is auto-generated from a "
            "syndicated feed.)",
            "footer",
        ),
        ("Disclaimer: This story is auto-generated from a syndicated feed of IANS.", "footer"),
        ("(With inputs from agencies)", "footer"),
        ("(With PTI inputs)", "footer"),
        # a press release's note that it is no official text
        ("For information media. Not an official record.", "footer"),
        ("Not an official document.", "footer"),
        ("For information purposes only.", "footer"),
        # a blog post's footer
        ("Posted by Example News Wire at 8:21 AM", "blog footer"),
        ("Email ThisBlogThis!Share to XShare to Facebook", "blog footer"),
        ("No comments:", "blog footer"),
        ("0 comments:", "blog footer"),
        ("Comments are closed.", "blog footer"),
        ("Newer Post Older Post Home", "blog footer"),
        ("Labels: Peru, Ghana, Lisbon summit", "tags"),
        # newsletter, subscription and social lines
        ("Follow us on Telegram for the latest news", "newsletter/social"),
        ("Follow NewsX on Google News", "newsletter/social"),
        ("Subscribe to our newsletter", "newsletter/social"),
        ("Support independent journalism in Ukraine.", "newsletter/social"),
        ("Share this: Facebook | X | WhatsApp | Telegram", "newsletter/social"),
        ("Facebook Twitter LinkedIn Email", "newsletter/social"),
        ("Get the latest news delivered to your inbox", "newsletter/social"),
        (
            "📣 Example Daily is now on Telegram. Click here to join our channel",
            "newsletter/social",
        ),
        ("For all the latest World News, download the Example Daily App.", "newsletter/social"),
        ("Sign up to read this article", "newsletter/social"),
        ("Already a member? Sign in here", "newsletter/social"),
        # a wire story's revision note
        ("(Updates with ministry comment in paragraphs 3-4, adds byline)", "edit note"),
        ("(Adds analyst quote in paragraph 9)", "edit note"),
        ("(Corrects spelling of minister's name in paragraph 2)", "edit note"),
        # widgets
        ("1 View gallery", "widget"),
        ("This audio is generated with the help of AI", "widget"),
        ("Load more updates", "widget"),
        ("Listen to this article 5 min", "widget"),
        # a page's address alone on its line
        ("https://news.example.org/world/2025/10/21/summit-on-hold-1592893.html", "address"),
        ("http://origin-web.example.com/en/news/officials-hold-talks-in-paris-3706695", "address"),
        ("www.example.org/politics/talks-resume", "address"),
    ],
)
def test_furniture_line(line: str, reason: str) -> None:
    assert furniture_reason(line) == reason
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        PROSE,
        "Trump and Putin met in Anchorage, Alaska, on August 15, 2025.",
        "The talks ended without a deal, he said. — Reuters",
        "Washington is sensitive to Chinese curbs on rare earths. (Yonhap)",
        "Istanbul negotiating platform has not run dry yet, says Lavrov - Russian Politics - TASS",
        "Trump sets date for Alaska meeting with Putin | KTOO",
        "Trump cancels planned summit with Xi | Türkiye Today",
        # a sentence citing its source, a channel named in a sentence, a time in a sentence
        "The ministers will meet again in Lisbon next week to settle the remaining points of "
        "the text, the foreign ministry said in a statement on Sunday. (Source: Reuters)",
        "Rivas, who is now on Telegram, said the talks would go on.",
        "The statement, posted by the ministry at 10:00, said the talks went on.",
        "Quispe said she had been in contact with 50/50 / Reuters/Ipsos pollsters.",
        "Iran, Russia, China and Turkey meet in Tehran",
        "Russia / Ukraine: talks resume in Istanbul",
        "Topics of the talks included trade.",
        "Like many on the left, he opposed the deal.",
        "Copyright disputes delayed the talks.",
        "More about the talks was revealed on Monday.",
        "Latest: Trump arrives in Alaska for talks with Putin",
        "Sen. Lindsey Graham (R-S.C.) said the summit was off on Oct. 5, 2025.",
        "Tariffs rise to 145.5% as talks stall",
        "G20 2025: leaders gather in Johannesburg",
        "Live updates from the Alaska summit of Trump and Putin",
        "Putin and Trump: what the summit produced and what it did not",
        "Follow-up talks are set for next week in Geneva, officials said.",
        "Kremlin: Budapest summit will be needed at some stage",
        "* Talks took in trade, rare earths, fentanyl, TikTok",
        "Reporting by state media suggested the talks would resume.",
        "File reports suggest the talks stalled.",
        "Photograph shows leaders shaking hands in Anchorage.",
        "Print media reported the summit was off.",
        "NATO/EU leaders meet in Brussels",
        "The talks resumed in Geneva, officials said [Reuters]",
        "Credit rating agencies cut Russia's outlook before the summit.",
        "Peskov explained the reason: Kyiv had refused",
        "(Updates on the talks are expected on Monday.)",
        "(Adds to pressure on Moscow, the envoy said.) The talks resume today.",
        "https://example.org/a says the summit is off.",
        "www.example.org reported the talks resumed on Monday.",
        "The minister said the draft was not an official document of the talks.",
        "Not an official record of the summit exists, the spokesman said.",
        "Quispe said the credit line was open. Credit: it was hers to give",
        "Talks | Reuters coverage of the week",
        "Courtesy calls were paid on Monday.",
        "Courtesy of the host, the talks ran late",
        "Courtesy visits to Ottawa and Quebec City",
    ],
)
def test_headlines_and_sentences_are_not_furniture(line: str) -> None:
    assert furniture_reason(line) is None
    assert not is_boilerplate(line)


# ------------------------------------------------------------------ plain text, by its place


def _kept(raw: str) -> list[str]:
    result = clean_text(raw)
    assert result.text == "\n\n".join(result.lines)
    raw_lines = {" ".join(line.split()) for line in raw.splitlines()}
    assert all(line in raw_lines for line in result.lines), "a kept line was rewritten"
    return result.lines


def test_txt_page_keeps_headline_standfirst_and_sentences() -> None:
    raw = "\n".join(
        [
            "Sputnik International",
            "News | World | Russia | Business | Opinion",
            "DJIA 46,190.61 +0.52% | Brent Crude 61.29 -2.3% | USD/RUB 81.2",
            "LIVE",
            "",
            "Putin and Trump to meet in Budapest",
            "",
            "The Kremlin says the summit could take place within two weeks",
            "",
            "Vladimir Putin. © Sputnik / Sergei Guneev",
            "",
            PROSE,
            "",
            SECOND,
            "",
            "Tags: Vladimir Putin, Donald Trump, Budapest",
            "Copyright © 2025 Sputnik. All rights reserved.",
        ]
    )
    assert _kept(raw) == [
        "Sputnik International",
        "Putin and Trump to meet in Budapest",
        "The Kremlin says the summit could take place within two weeks",
        PROSE,
        SECOND,
    ]


def test_txt_related_list_under_its_heading_goes_and_the_article_goes_on() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "Read also:",
            "Zelenskyy flies to Washington: what Kyiv wants from the White House talks",
            "- Trump and Putin in Alaska: what the summit produced",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == [PROSE, SECOND]


def test_txt_related_heading_alone_takes_the_list_below_it() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "Most read",
            "",
            "Lavrov says Moscow is ready to give security guarantees",
            "Oil prices edge up after US stock data",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == [PROSE, SECOND]


def test_txt_related_teaser_cut_short_goes() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "Read more",
            "",
            "Iran's Supreme Leader: Talks with U.S. Government Bring Us No Benefit",
            "WANA (Sep 23) – Addressing the nation, the Supreme Leader said talks bring no "
            "benefit. […]",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == [PROSE, SECOND]


def test_txt_stamps_in_a_latest_list_are_not_the_articles_date() -> None:
    raw = "\n".join(
        [
            "October 16, 2025",
            "",
            PROSE,
            "",
            "Latest news",
            "October 15, 2025",
            "Oil prices edge up after US stock data",
            "October 14, 2025",
            "Hamas hands over remains of two more hostages",
        ]
    )
    result = clean_text(raw)
    assert result.lines == [PROSE]
    assert result.stamps == ["October 16, 2025"]


@pytest.mark.parametrize(
    "items",
    [
        [
            "October 15, 2025",
            "Oil prices edge up after US stock data",
            "October 14, 2025",
            "Hamas hands over remains",
        ],
        [
            "Oil prices edge up after US stock data",
            "Oct. 15, 2025",
            "",
            "Hamas hands over remains",
            "Oct. 14, 2025",
        ],
        ["17:40 GMT Hamas hands over remains of two more hostages", "17:05 GMT Oil prices edge up"],
    ],
)
def test_txt_headlines_listed_with_their_dates_go(items: list[str]) -> None:
    raw = "\n".join(
        [
            "Putin and Trump to meet in Budapest",
            "",
            "October 16, 2025",
            "",
            PROSE,
            "",
            SECOND,
            "",
            *items,
        ]
    )
    result = clean_text(raw)
    assert result.lines == ["Putin and Trump to meet in Budapest", PROSE, SECOND]
    assert result.stamps == ["October 16, 2025"]


def test_txt_key_points_and_a_dated_paragraph_stay() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "October 15, 2025",
            "",
            SECOND,
            "",
            "Trump upbeat on reaching a deal",
            "Talks took in trade",
        ]
    )
    assert clean_text(raw).lines == [
        PROSE,
        SECOND,
        "Trump upbeat on reaching a deal",
        "Talks took in trade",
    ]


def test_txt_caption_above_its_credit_goes() -> None:
    raw = "\n".join(
        [
            "Putin and Trump to meet in Budapest",
            "",
            PROSE,
            "",
            "Syrian leader Ahmed al-Sharaa and Israel's Prime Minister Benjamin Netanyahu",
            "(Photos: Alex Kolomoisky / AFP)",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == ["Putin and Trump to meet in Budapest", PROSE, SECOND]


def test_txt_wire_caption_ending_with_its_place_and_day_above_its_credit_goes() -> None:
    raw = "\n".join(
        [
            "Putin and Trump to meet in Budapest",
            "",
            PROSE,
            "",
            "President Quispe meets Ghana's President Kwame Mensah in the Cabinet Room at the "
            "palace, in Accra, Ghana, October 20, 2025.",
            "Ama Owusu | Reuters",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == ["Putin and Trump to meet in Budapest", PROSE, SECOND]


def test_txt_a_sentence_above_a_credit_is_kept_unless_closed_by_a_caption_day() -> None:
    sentence = "Quispe met Mensah in Accra, and the two agreed to meet again next month in Lima."
    raw = "\n".join(
        ["Putin and Trump to meet in Budapest", "", PROSE, "", sentence, "Ama Owusu | Reuters"]
    )
    assert sentence in _kept(raw)


def test_txt_an_occasions_label_alone_in_its_block_goes() -> None:
    label = "The Second Ministerial Meeting of the Andes-Baltic Forum in Tallinn on May 3, 2019."
    sentence = "The Second Ministerial Meeting of the Forum was held in Tallinn on May 3, 2019."
    raw = "\n".join(["Putin and Trump to meet in Budapest", "", PROSE, "", label, "", sentence])
    assert _kept(raw) == ["Putin and Trump to meet in Budapest", PROSE, sentence]


def test_txt_a_syndicated_feed_note_goes() -> None:
    note = (
        "This story has been sourced from a third party syndicated feed, agencies. The site "
        "accepts no responsibility for its text."
    )
    raw = "\n".join(["Putin and Trump to meet in Budapest", "", PROSE, "", note])
    assert _kept(raw) == ["Putin and Trump to meet in Budapest", PROSE]


def test_txt_headline_above_a_credit_in_the_first_block_stays() -> None:
    raw = "\n".join(["Putin and Trump to meet in Budapest", "Photo: Reuters", "", PROSE])
    assert _kept(raw) == ["Putin and Trump to meet in Budapest", PROSE]


def test_txt_photo_gallery_block_goes() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "1 View gallery",
            "בנימין נתניהו, אחמד א-שרע",
            "Syrian leader Ahmed al-Sharaa and Israel's Prime Minister Benjamin Netanyahu",
            "( Photos: Alex Kolomoisky, Menahem Kahana/AFP)",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == [PROSE, SECOND]


def test_txt_related_story_card_inside_the_article_goes() -> None:
    raw = "\n".join(
        [
            PROSE,
            "",
            "World",
            "Trump before the Israeli parliament: 'Now I can say it, the hostages are back'",
            "Santiago Ospital",
            "",
            SECOND,
        ]
    )
    assert _kept(raw) == [PROSE, SECOND]


def test_txt_truncated_repeat_of_the_headline_goes_but_a_distinct_teaser_stays() -> None:
    raw = "\n".join(
        [
            "Anutin halts Thai–Cambodian peace declaration as landmine again wounds Thai troops",
            "",
            "BANGKOK (AP) — Thailand suspended the declaration and said it would…",
            "",
            PROSE,
            "",
            "Anutin halts Thai–Cambodian peace declaration as landmine again wo…",
        ]
    )
    assert _kept(raw) == [
        "Anutin halts Thai–Cambodian peace declaration as landmine again wounds Thai troops",
        "BANGKOK (AP) — Thailand suspended the declaration and said it would…",
        PROSE,
    ]


def test_txt_key_points_without_a_related_heading_stay() -> None:
    raw = "\n".join(
        [
            "Trump eyes China trade deal as negotiators reach early consensus",
            "",
            "- Trump upbeat on reaching deal with China",
            "- Extension of trade truce possible, says Bessent",
            "",
            PROSE,
        ]
    )
    assert _kept(raw) == [
        "Trump eyes China trade deal as negotiators reach early consensus",
        "- Trump upbeat on reaching deal with China",
        "- Extension of trade truce possible, says Bessent",
        PROSE,
    ]


# ------------------------------------------------------------------ Markdown


def test_markdown_page_furniture() -> None:
    md = "\n".join(
        [
            "[Site](https://x) · Iran · Politics · Economy · Opinion",
            "",
            "# Araghchi rejects reports of contact with the U.S.",
            "",
            "![Araghchi](a.jpg)",
            "*Abbas Araghchi in Tehran, Oct. 8, 2025.*",
            "",
            PROSE,
            "",
            "> **Read more**",
            ">",
            "> **Iran's Supreme Leader: Talks with U.S. Government Bring Us No Benefit**",
            "",
            SECOND,
            "",
            "**Read also:**",
            "- [Explainer: What came out of the three Istanbul rounds](https://x)",
            "- [Russia strikes energy facilities overnight](https://x)",
            "",
            "*Tags: Araghchi, Witkoff, Iran-US talks*",
            "",
            "© 2025 WANA News Agency",
        ]
    )
    text, meta = markdown_to_text(md)
    assert meta["title"] == "Araghchi rejects reports of contact with the U.S."
    assert clean_text(text).lines == [
        "Araghchi rejects reports of contact with the U.S.",
        PROSE,
        SECOND,
    ]


def test_markdown_caption_only_directly_under_an_image() -> None:
    md = "![photo](a.jpg)\n\n_Caption of the photo_\n\n*An emphasised line of the article*\n"
    text, _ = markdown_to_text(md)
    assert "Caption of the photo" not in text
    assert "An emphasised line of the article" in text
    linked, _ = markdown_to_text("[![alt](a.jpg)](https://x)\n" + PROSE)
    assert linked.split("\n") == ["", PROSE]


# ------------------------------------------------------------------ HTML

HTML_PAGE = f"""<!doctype html><html><head>
<title>Kremlin: summit could take place within two weeks | Example News</title></head>
<body>
<header><a class="logo" href="/">Example News</a>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="ticker">DJIA 46,190.61 +0.52% | USD/RUB 81.2</div>
<p class="listen-live">Listen live: 104.3 FM</p></header>
<div class="breadcrumb">Home › World</div>
<main><article>
<h1>Putin and Trump to meet in Budapest</h1>
<h2 class="standfirst">The Kremlin says the summit could take place within two weeks</h2>
<figure><img src="a.jpg" alt="Putin">
<figcaption>Vladimir Putin. <span class="credit">Sputnik / Sergei Guneev</span></figcaption>
</figure>
<p class="lead">{PROSE}</p>
<div class="share">Share: Facebook | X</div>
<p class="photo-credit">Photo: Reuters/Name</p>
<p>{SECOND}</p>
<h3>Read also</h3>
<ul><li><a href="#">Zelenskyy flies to Washington</a></li></ul>
<div class="tags">vladimir putin, donald trump, budapest, kremlin, summit</div>
<div class="newsletter">Subscribe to our daily newsletter</div>
</article>
<aside class="related"><h2>Latest</h2><ul><li>Oil prices edge up</li></ul></aside>
</main>
<footer>Copyright © 2025 Example News. All rights reserved.</footer>
</body></html>"""


def test_html_page_furniture_goes_headline_and_standfirst_stay() -> None:
    text, meta = html_to_text(HTML_PAGE)
    assert meta["title"] == "Kremlin: summit could take place within two weeks | Example News"
    assert clean_text(text).lines == [
        "Kremlin: summit could take place within two weeks | Example News",
        "Example News",
        "Putin and Trump to meet in Budapest",
        "The Kremlin says the summit could take place within two weeks",
        PROSE,
        SECOND,
    ]


def test_html_blocks_are_paragraphs() -> None:
    text, _ = html_to_text(f"<p>{PROSE}</p><p>{SECOND}<br>Next line</p>")
    assert text == f"{PROSE}\n\n{SECOND}\nNext line"


@pytest.mark.parametrize(
    ("title", "h1", "first"),
    [
        ("Summit paused – Reuters", "Summit paused", "Summit paused"),
        (
            "Summit paused in Budapest | Reuters",
            "Summit paused in Budapest",
            "Summit paused in Budapest",
        ),
        ("Example News", "Summit paused in Budapest", "Summit paused in Budapest"),
        (
            "Trump shelves Budapest summit - Agency",
            "Summit paused",
            "Trump shelves Budapest summit - Agency",
        ),
    ],
)
def test_html_title_kept_only_when_it_is_a_headline_of_its_own(
    title: str, h1: str, first: str
) -> None:
    text, _ = html_to_text(f"<title>{title}</title><h1>{h1}</h1><p>{PROSE}</p>")
    assert text.split("\n\n")[0] == first
    assert text.count(h1) == 1


@pytest.mark.parametrize(
    "attrs",
    [
        'class="caption"',
        'class="wp-caption-text"',
        'class="photo-credit"',
        'class="related-stories"',
        'class="share-bar"',
        'class="newsletter-signup"',
        'class="breadcrumbs"',
        'class="tags"',
        'class="ticker"',
        'class="main-menu"',
        'id="sidebar"',
        'class="most-read"',
        'class="video-embed"',
    ],
)
def test_html_furniture_by_class(attrs: str) -> None:
    text, _ = html_to_text(f"<p>{PROSE}</p><div {attrs}><p>Furniture words here</p></div>")
    assert text == PROSE


def test_html_list_of_points_under_a_latest_heading_stays() -> None:
    html = (
        f"<p>{PROSE}</p><h3>Latest</h3><ul><li>{SECOND}</li></ul>"
        "<h3>Latest news</h3><ul><li><a>Oil prices edge up</a></li></ul>"
        "<h3>Latest developments</h3><ul><li>Summit put on hold</li></ul>"
    )
    text, _ = html_to_text(html)
    assert clean_text(text).lines == [PROSE, SECOND, "Latest developments", "Summit put on hold"]


def test_html_figure_text_goes_whatever_its_tags() -> None:
    html = (
        f"<p>{PROSE}</p><figure><img src='a.jpg'><p>Vladimir Putin in the Kremlin</p>"
        f"<div><span>Sputnik</span></div></figure><p>{SECOND}</p>"
    )
    text, _ = html_to_text(html)
    assert text.split("\n\n") == [PROSE, SECOND]


def test_html_article_with_a_furniture_class_is_still_read() -> None:
    body = "".join(f"<p>{PROSE}</p>" for _ in range(3))
    text, _ = html_to_text(f'<div class="content has-sidebar">{body}</div><p>{SECOND}</p>')
    assert text.count(PROSE) == 3 and SECOND in text
    text, _ = html_to_text(f'<main class="related"><h1>Summit set</h1><p>{PROSE}</p></main>')
    assert text.split("\n\n") == ["Summit set", PROSE]
    text, _ = html_to_text(f'<div class="share-wrapper"><h1>Summit set</h1><p>{PROSE}</p></div>')
    assert text.split("\n\n") == ["Summit set", PROSE]


def test_html_list_after_a_related_heading_goes_other_lists_stay() -> None:
    html = (
        f"<p>{PROSE}</p><ul><li>Putin gave the idea his full backing.</li></ul>"
        "<h3>More from World</h3><ul><li>Lavrov says Moscow ready</li></ul>"
        f"<p>{SECOND}</p>"
    )
    text, _ = html_to_text(html)
    assert clean_text(text).lines == [PROSE, "Putin gave the idea his full backing.", SECOND]


# ------------------------------------------------------------------ the whole pipeline


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "page.txt",
            "\n".join(
                [
                    "Home | World | Politics | Business",
                    "",
                    "Putin and Trump to meet in Budapest",
                    "",
                    "Vladimir Putin. © Sputnik / Sergei Guneev",
                    "",
                    PROSE,
                    "",
                    "Related:",
                    "Oil prices edge up after US stock data",
                    "",
                    "Copyright © 2025 Example. All rights reserved.",
                ]
            ),
        ),
        (
            "page.md",
            "\n".join(
                [
                    "Home · World · Politics · Business",
                    "",
                    "# Putin and Trump to meet in Budapest",
                    "",
                    "![Putin](a.jpg)",
                    "*Vladimir Putin in the Kremlin*",
                    "",
                    PROSE,
                    "",
                    "## Related",
                    "- [Oil prices edge up after US stock data](https://x)",
                    "",
                    "© 2025 Example",
                ]
            ),
        ),
        ("page.html", HTML_PAGE.replace("<h2 class", "<h2 hidden class")),
    ],
)
def test_pipeline_per_layout(name: str, data: str) -> None:
    doc = prepare_bytes(data.encode(), name=name).document
    assert "Putin and Trump to meet in Budapest" in doc.text
    assert PROSE in doc.text
    for furniture in ("Home", "Sputnik /", "Oil prices", "rights reserved", "©", "DJIA"):
        assert furniture not in doc.text, furniture


_CAPTION_BAR = "Putin is received by Trump in Anchorage on Friday. | Photo Credit: PTI"
_CAPTION_CHAIN = (
    "Putin and Trump attend a meeting in Anchorage, Aug. 15, 2025. / Reuters/Sputnik/Pool"
)
_SYNDICATED = "(With inputs from agencies)"
_BLOG_FOOTER = "Posted by Example News Wire at 8:21 AM"
_PROMO_LINE = "📣 Example Daily is now on Telegram. Click here to join our channel"
_NEW_FURNITURE = (_CAPTION_BAR, _CAPTION_CHAIN, _SYNDICATED, _BLOG_FOOTER, _PROMO_LINE)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        (
            "page.txt",
            "\n\n".join(
                [
                    "Putin and Trump to meet in Budapest",
                    _CAPTION_BAR,
                    PROSE,
                    _CAPTION_CHAIN,
                    SECOND,
                    _SYNDICATED,
                    _PROMO_LINE,
                    _BLOG_FOOTER,
                ]
            ),
        ),
        (
            "page.md",
            "\n\n".join(
                [
                    "# Putin and Trump to meet in Budapest",
                    _CAPTION_BAR,
                    PROSE,
                    _CAPTION_CHAIN,
                    SECOND,
                    f"*{_SYNDICATED}*",
                    _PROMO_LINE,
                    _BLOG_FOOTER,
                ]
            ),
        ),
        (
            "page.html",
            "<html><head><title>Putin and Trump to meet in Budapest</title></head><body>"
            "<h1>Putin and Trump to meet in Budapest</h1>"
            + "".join(
                f"<p>{line}</p>"
                for line in (
                    _CAPTION_BAR,
                    PROSE,
                    _CAPTION_CHAIN,
                    SECOND,
                    _SYNDICATED,
                    _PROMO_LINE,
                    _BLOG_FOOTER,
                )
            )
            + "</body></html>",
        ),
    ],
)
def test_captions_credits_footers_and_promotions_go_in_every_layout(name: str, data: str) -> None:
    # a photo credited after a bar or a chain of agencies, a syndicated story's note, an
    # outlet's promotion and a blog post's footer are never sentences of the article
    doc = prepare_bytes(data.encode(), name=name).document
    assert PROSE in doc.text and SECOND in doc.text
    for line in _NEW_FURNITURE:
        assert line not in doc.text, line
        assert line.split(" ", 3)[-1] not in doc.text, line


# ------------------------------------------------------------------ linear time


def _html(text: str) -> object:
    return html_to_text(f"<p>{text}</p>")


@pytest.mark.parametrize(
    "unit",
    [
        "|",
        "[",
        "!?",
        "(",
        "( photo ",
        "© ",
        " / ",
        " - ",
        "· ",
        ", a",
        "advert_",
        "Home | World\n",
        "(Photo: Reuters)\n",
        "Some headline text that runs on…\n",
        "Related\nHeadline item\n\n",
        "1 View gallery\ncaption\n(Photo: X)\n",
        "World\nA headline about the talks\nName Surname\n\n",
    ],
)
@pytest.mark.parametrize("clean", [clean_text, _html])
def test_hostile_input_is_cleaned_in_linear_time(unit: str, clean: Callable[[str], object]) -> None:
    # 200,000 characters in one piece cost about what four pieces of 50,000 do (linear),
    # not four times as much (quadratic).
    ratio = growth(clean, lambda chars: unit * (chars // len(unit)), 50_000)
    assert ratio < LINEAR_GROWTH, f"{unit!r}: one piece cost {ratio:.1f}x four quarters"


@pytest.mark.parametrize(
    "make",
    [
        lambda n: '<div class="related">' * n + "x" + "</div>" * n,
        lambda n: "<span>" * n + "</p>" * n,
        lambda n: "<h3>Related</h3><ul><li>a</li></ul>" * (n // 4),
        lambda n: '<div class="' + "advert_" * (n * 2) + '">x</div>',
    ],
    ids=["nested-furniture", "unclosed-spans", "related-lists", "long-class"],
)
def test_hostile_html_structure_is_linear(make: Callable[[int], str]) -> None:
    ratio = growth(html_to_text, make, 5_000)
    assert ratio < LINEAR_GROWTH, f"one page cost {ratio:.1f}x four pages a quarter its size"


def test_txt_page_saved_with_its_address_first_keeps_it_as_the_documents_address() -> None:
    address = "https://news.example.org/world/2025/10/21/syrian-israeli-officials-hold-talks"
    raw = "\n".join([address, "", "Syrian and Israeli officials hold talks in Paris", "", PROSE])
    prepared = prepare_bytes(raw.encode(), name="saved.txt")
    assert prepared.document.url == address
    assert address not in prepared.document.text
    assert (address, "address") in prepared.dropped
    # An address further down the page is furniture too, but not the page's own address.
    later = "\n".join(["Syrian and Israeli officials hold talks in Paris", "", PROSE, "", address])
    prepared = prepare_bytes(later.encode(), name="later.txt")
    assert prepared.document.url is None and address not in prepared.document.text


def test_txt_date_label_run_into_the_first_line_is_a_stamp_and_the_rest_reads_as_printed() -> None:
    raw = "\n".join(
        [
            "https://news.example.org/world/2025/11/02/kremlin-summit",
            " date 2025-11-02 MOSCOW, November 2. /TASS/. A summit needs thorough preparation.",
            "",
            PROSE,
        ]
    )
    result = clean_text(raw)
    assert result.lines[0] == "MOSCOW, November 2. /TASS/. A summit needs thorough preparation."
    assert result.stamps == ["date 2025-11-02"]
    prepared = prepare_bytes(raw.encode(), name="saved.txt")
    assert str(prepared.document.published) == "2025-11-02"
    # Only a label at the head of the page: the same words inside the article stay.
    inner = clean_text(PROSE + "\n\ndate 2025-11-02 was the day the envoy named.")
    assert inner.lines == [PROSE, "date 2025-11-02 was the day the envoy named."]


def test_txt_figure_caption_in_its_own_block_above_a_lone_credit_goes() -> None:
    caption = (
        "Leaders of Denmark, Ukraine and the UK attend a news conference after the coalition "
        "meeting in London on October 24, 2025."
    )
    raw = "\n\n".join(
        ["Coalition leaders meet in London", PROSE, caption, "Jane Doe / POOL / AFP", SECOND]
    )
    assert _kept(raw) == ["Coalition leaders meet in London", PROSE, SECOND]
    # A paragraph that quotes someone is the article's, whatever line follows it.
    quoted = 'Starmer called the meeting "very important" for the year ahead.'
    raw = "\n\n".join(
        ["Coalition leaders meet in London", PROSE, quoted, "Jane Doe / POOL / AFP", SECOND]
    )
    assert _kept(raw) == ["Coalition leaders meet in London", PROSE, quoted, SECOND]
    # A paragraph above a line that is not a credit stays.
    raw = "\n\n".join(["Coalition leaders meet in London", PROSE, caption, SECOND])
    assert _kept(raw) == ["Coalition leaders meet in London", PROSE, caption, SECOND]


def test_txt_the_pages_date_above_a_lead_photos_credit_stays_its_date() -> None:
    # menu, headline, the page's date, the lead photo's credit, the article
    raw = "\n\n".join(
        [
            "News | Weather | Listen Live",
            "Leaders meet in Lisbon",
            "May 27, 2025",
            "Courtesy CPAC",
            PROSE,
            SECOND,
        ]
    )
    cleaned = clean_text(raw)
    assert cleaned.lines == ["Leaders meet in Lisbon", PROSE, SECOND]
    assert cleaned.stamps == ["May 27, 2025"]


@pytest.mark.parametrize(
    "line",
    [
        "The two foreign ministers shake hands before their talks in Tashkent last year. — AP/File",
        "Border guards watch over the crossing near the frontier town. — Reuters/File",
        "A delegation leaves the venue after the second round in the capital. — AFP/File",
        "The ministry's spokeswoman at her weekly briefing. — Photo courtesy Radio Pakistan",
    ],
)
def test_dashed_file_credit_closes_a_caption(line: str) -> None:
    # Dawn credits an archive picture with the agency and "/File" after a dash, and a
    # handout with "— Photo courtesy <source>".
    assert furniture_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "Read: Envoys agree to meet again after the border clashes",
        "Also read: Ministers fail to set a date for the next round",
        "Related: Summit on the sidelines of the assembly unlikely",
        "READ MORE: Talks in the border town end without a statement",
        "ANALYSIS: What a new fisheries accord would mean for the north",
        "Also watch: Envoys land in the capital | Talks resume",
    ],
)
def test_link_to_another_article_set_as_one_line_is_related_links(line: str) -> None:
    assert furniture_reason(line) == "related-links"


@pytest.mark.parametrize(
    "line",
    [
        "Read: the ministry said the talks would resume next week.",
        "Related: the meeting was put off, an official said.",
        "Analysis: the talks will resume only if both sides agree.",
        "Also watch: the talks are expected to run late into the night.",
        "Reading the statement aloud, he said the talks would go on",
        "The letter was kept on file at the ministry. — he said",
        "The envoy thanked the hosts — photo courtesy of the ministry was not given",
    ],
)
def test_sentences_that_start_like_a_link_or_end_in_file_stay(line: str) -> None:
    assert furniture_reason(line) is None


@pytest.mark.parametrize(
    "line",
    [
        "The two leaders shake hands at their hotel in Geneva, March 2, 2026. REUTERS/Jane Doe",
        "Delegates arrive for the second round in Muscat, May 3, 2026. Jane Doe/Pool via REUTERS",
        "The envoys greet each other before the talks in Lisbon. AFP PHOTO",
        "The two ministers sign the accord at the palace in 2019. AFP FILE PHOTO",
        "The leaders walk to the conference hall. / AFP PHOTO / STATE BROADCASTER",
    ],
)
def test_wire_photo_credit_in_capitals_closes_a_caption(line: str) -> None:
    # Geo.tv and Reuters' own captions end on "REUTERS/<photographer>" or "<name>/Pool via
    # REUTERS"; The Manila Times on "AFP PHOTO", "AFP FILE PHOTO" or a chain of sources.
    assert furniture_reason(line) == "caption"


@pytest.mark.parametrize(
    "line",
    [
        "The minister told REUTERS/AFP reporters that the talks would resume next week.",
        "Officials said the talks would resume. AFP reported the date first.",
        "The two sides met again on Friday, AP Photo editors said.",
    ],
)
def test_sentences_naming_a_wire_agency_stay(line: str) -> None:
    assert furniture_reason(line) is None
