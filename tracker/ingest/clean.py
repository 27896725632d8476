"""Web boilerplate removal, line by line, keeping what was dropped and why.

The cleaned text is the article's paragraphs, one per line, separated by a blank line; it is
what every excerpt's offsets point into. The raw text is kept beside it. Lines are dropped
whole, never rewritten, so a kept line reads exactly as the page printed it.

What goes is page furniture, never a headline, standfirst or sentence of the article:

- a line that is furniture by its own form (``furniture_reason``): share bars and
  counters, site menus and breadcrumbs ("News | Politics | World", "Home › World"),
  market and weather tickers ("DJIA 46,190.61 +0.52% | Brent Crude 61.29 -2.3%"), tag
  lists, copyright and "All rights reserved" footers, "Follow us on", "Subscribe",
  "Listen live", photo credits ("© Agency / photo bank", "Photo: Reuters/Name") and photo
  captions ("… at the summit, Oct. 24, 2025. (AP Photo)", "File photo", "(Photo: Getty
  Images)", "… on Friday. | Photo Credit: PTI", "… / Reuters/Sputnik/Pool"); a syndicated
  story's note ("(With inputs from agencies)"), a blog post's footer ("Posted by … at 8:21
  AM", "0 comments:"), an outlet's promotion or paywall ("… is now on Telegram. Click here
  to join", "Sign up to read this article"); a web address alone on its line (a saved
  page's first line);
- a line that is furniture by its place (``clean_text``): the items under a "Related",
  "Read also", "Latest", "Most read" heading; a caption written just above its credit; a
  related-story card in the middle of the article (section label, headline, author); a
  truncated teaser repeating another line ("Anutin halts … again wo…"); lists of "Read
  More" items.

Every test is on one line or a bounded look around it, and every pattern is bounded, so
cleaning stays linear in the size of the text.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from tracker.ingest.datestamps import parse_stamp

_EXACT = frozenset(
    {
        "share",
        "share this",
        "share this article",
        "share this story",
        "share on facebook",
        "share on twitter",
        "share on x",
        "read more",
        "read more:",
        "sponsored",
        "sponsored content",
        "trending",
        "trending news",
        "trending now",
        "tags",
        "tags:",
        "post a comment",
        "leave a comment",
        "leave a reply",
        "add a comment",
        "comments",
        "scroll for next",
        "scroll to continue",
        "advertisement",
        "advertisement:",
        "ad",
        "related",
        "related articles",
        "related stories",
        "related news",
        "related posts",
        "you may also like",
        "recommended",
        "recommended for you",
        "most read",
        "most popular",
        "subscribe",
        "subscribe now",
        "sign up",
        "sign in",
        "log in",
        "follow us",
        "newsletter",
        "print",
        "email",
        "copy link",
        "copied",
        "listen to this article",
        "skip to content",
        "back to top",
        "next article",
        "previous article",
        "continue reading",
        "see also",
        "more from",
        "click here",
        "load more",
        "show comments",
        "hide comments",
        "also read",
    }
)
_PATTERNS = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"^\d+\s+comments?$",
            r"^(?:post a )?comments?\s*\(\d+\)$",
            r"^post a comment\s*\(\d+\)$",
            r"^\d+/related/\w+$",
            r"^\d+\s+min(?:ute)?s?\s+read(?:\s*[.·|]\s*\d{1,2}:\d{2}\s*(?:[ap]m)?\s*[a-z]{0,4})?$",
            r"^[\d.,]+[km]?$",  # a lone number: view, share or comment counters
            r"^(?:#[\w-]+\s*)+$",  # a line of hashtags
            r"^#[\w-]+(?:\s+[\w-]+){0,3}$",  # a section tag such as "#Global News"
            r"^(?:share|follow) (?:on|us on) \w+$",
            r"^(?:photo|image|picture|credit|source)s?\s*[:/].{0,80}$",
            r"^advertisement\b.{0,40}$",
            r"^(?:also read|read also|read more|see also)\s*[:|-].*$",
            r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|email|reddit)(?:\s*[|·•]\s*\w+)+$",
            # an official page's tools: "Print | Share", "Print | Close", "Email | Print | PDF"
            r"^(?:print|share|close|email|download|pdf)(?:\s*[|·•]\s*(?:print|share|close|email|"
            r"download|pdf))+$",
        )
    ),
    re.IGNORECASE,
)
_READ_MORE = re.compile(r"^(?:read more|read full story|continue reading)\W*$", re.IGNORECASE)

# ---------------------------------------------------------------- furniture by its form

_SHORT = 400  # furniture lines are short: longer lines are only checked at their ends
_TAIL = 160  # how much of a line's end a caption credit may take

# A heading over a list of links to other stories.
RELATED_HEADING = re.compile(
    r"^(?:related(?: \w+)?|read (?:also|more|next)|also read|see also|(?:the )?latest|"
    r"latest (?:news|stories|articles|headlines|videos|posts|from [\w' ]{1,30})|"
    r"more (?:\w+ ){0,2}(?:news|stories|articles|headlines|coverage)|"
    r"more (?:from|on|about) (?:[\w'&-]+ ?){1,4}|more on this(?: \w+)?|"
    r"most (?:read|popular|viewed|shared|watched)|trending(?: now| news| stories)?|"
    r"popular(?: now| stories| news)?|you (?:may|might) also like|recommended(?: \w+){0,2}|"
    r"top stories|editors?'?s?'? picks|in other news|what to read next|read next|up next|"
    r"further reading|don'?t miss|reference(?:\(s\)|s)?|associated links)[\s:]*$",
    re.IGNORECASE,
)
# Each starts only where a run of spaces starts ((?<!\s)): linear on long runs of spaces.
_SEPARATOR = re.compile(r"(?<!\s)\s*[|·•›»]\s*|(?<!\s)\s+>\s+")
_SEPARATOR_CHARS = frozenset("|·•›»")
_SLASH = re.compile(r"(?<!\s)\s+/\s+")
_BREADCRUMB = re.compile(r"\s[›»>]\s")
_DIGIT = re.compile(r"\d")
_DATEISH = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}:\d{2}|"
    r"\d{4}-\d{2}-\d{2}|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
# One instrument of a ticker: "USD/RUB 81.2", "Brent $62.41", "Sensex 82,344.68 ▲ 0.27%".
_QUOTE = re.compile(
    r"^(?:markets?:\s*)?[A-Z][\w&./'-]*(?:\s[\w&./'-]+){0,3}\s+[-+]?[$€£¥R]?\s?\d[\d,.]*"
    r"(?:\s*[%▲▼+-]\s*\d*[\d,.]*%?)*$"
)
_PAIR = re.compile(r"\b[A-Z]{3}/[A-Z]{3}\b|[▲▼]")  # "USD/RUB", a rise or a fall
_WEATHER = re.compile(r"^-?\d+(?:[.,]\d+)?\s*°?\s*[CF]$")
_TAGS = re.compile(
    r"^(?:(?:tags?|labels?|topics?|keywords?|tagged(?: with)?|filed under)\s*:|more about [^.!?]{1,80}$)"
)
_FOOTER = re.compile(
    r"^copyrights?\b.{0,20}(?:©|\d{4})|^\(c\)\s*\d{4}|all rights reserved|without warranty of any kind|"
    r"^(?:legal )?disclaimer\b\s*:?\s*$|^(?:privacy policy|terms of (?:use|service)|cookie policy)\b|"
    r"^our standards\b|\bcontributed (?:reporting )?(?:to )?(?:this|the) (?:report|story)\b|"
    r"^(?:additional )?(?:reporting|writing|editing) by\b[^.]{0,120}(?:;|editing by)|"
    # a syndicated story's note: "(This story has not been edited by … staff and is
    # auto-generated from a syndicated feed.)", "(With inputs from agencies)", "(With PTI inputs)"
    r"\b(?:auto-generated|published|generated|sourced) from a (?:third[- ]party )?syndicated "
    r"(?:news )?feed\b|"
    r"^\(with (?:inputs? from [\w ,&/-]{1,40}|[\w ,&/-]{1,30} inputs?)\)\.?$|"
    # a press release's note that it is no official text: "For information media. Not an
    # official record.", "Not an official document"
    r"^(?:for (?:the )?(?:use of (?:the )?)?information (?:media|purposes)(?: only)?\.?\s*)?"
    r"not an official (?:record|document)\.?$|^for (?:the )?information (?:media|purposes) only\.?$",
    re.IGNORECASE,
)
_SOCIAL = re.compile(
    r"^follow (?:us|[\w.]+(?: [\w.]+)?) on\b(?:\s+\S+){0,6}$|^(?:share|share this|share on|sharing)\s*:|"
    r"^(?:subscribe|sign up|get our|join our)\b.{0,80}\b(?:newsletter|alerts|updates|channel|"
    r"subscription|inbox)\b|^subscribe\b(?:\s+\w+){0,4}$|"
    r"\bsupport (?:independent|quality|our|local)\b[^.]{0,30}\bjournalism\b|"
    r"^we use cookies\b|^accept (?:all )?cookies$|delivered (?:straight )?to your inbox|"
    r"^enter your e-?mail\b|^download (?:our|the) app\b|^click here\b.{0,80}$|"
    r"^(?:facebook|twitter|x|linkedin|whatsapp|telegram|e-?mail|reddit|print|copy link|"
    r"messenger|flipboard|pinterest)(?: (?:facebook|twitter|x|linkedin|whatsapp|telegram|"
    r"e-?mail|reddit|print|copy link|messenger|flipboard|pinterest))+$",
    re.IGNORECASE,
)
_LIVE = re.compile(
    r"^(?:live|live tv|live now|watch live|watch now|listen live|live updates|live blog|"
    r"live radio|on air)$|^(?:watch|listen) live\b.{0,40}$|^(?:listen|watch) now\b.{0,30}$|"
    r"^live updates\s*:\s*follow (?:the|all the|our) (?:latest|live coverage)\b.{0,60}$",
    re.IGNORECASE,
)
_WIDGET = re.compile(
    r"^\d+\s+view gallery$|^(?:view|open|photo|image) gallery$|^\d+\s+(?:photos|images)$|"
    r"^this audio is (?:generated|produced|created)\b.{0,60}$|^audio (?:by|powered by)\b.{0,40}$|"
    r"^story continues below\b.{0,30}$|^(?:load|show|see) more(?: updates| stories| news)?$|"
    r"^catch all the latest\b.{0,60}$|^(?:listen|play)$|"
    r"^listen to (?:this |the )?(?:article|story)\b.{0,20}$",
    re.IGNORECASE,
)
_AGENCY_NAMES = (
    r"AP|AFP|AA|EPA|EFE|dpa|Reuters|REUTERS|Bernama|Xinhua|TASS|Sputnik|RIA Novosti|"
    r"Anadolu(?: Agency)?|Yonhap|Getty Images|Bloomberg|Shutterstock|Kyodo|IRNA|WANA|"
    r"Ukrinform|UNIAN|PTI|ANI|SANA|WAM|KUNA|Pool|POOL|The New York Times|Sipa|Alamy|NurPhoto"
)
# A whole line that is a photo credit: "© Sputnik / Sergei Guneev", "(Photo: Reuters)",
# "Image credit: AFP", "Photograph: Name/Agency", "REUTERS/Evelyn Hockstein", "AP Photo/Name",
# "Kent Nishimura/Getty Images", "Credit...Doug Mills/The New York Times".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:(?:photo|image|picture|pic)s?\s*(?:credit|courtesy|source|by)?|"
    r"credits?|credited (?:from|to)|courtesy|collage|illustration|illustrative (?:photo|image))"
    r"\s*[:/]|"
    r"^©|^(?:file photo|file image|archive photo|stock photo|illustrative photo)\W*$|"
    r"^(?:photograph|composite|image source|video source)s?\s*[:,]|^credit\s*(?:\.{2,}|…)|"
    r"^copyright\b.{0,40}(?:photo|/)",
    re.IGNORECASE,
)
_CREDIT_NAME = re.compile(  # case matters: "NATO/EU leaders meet" is no credit
    r"^(?:AP|AFP|AA|EPA|Reuters|REUTERS|Anadolu|Xinhua|Sputnik|TASS)"
    r"(?:\s*(?:Photo|Images|pic)(?:\s*/\s*[\w .'-]{1,40})?|\s*/\s*[\w .'-]{1,40})$|"
    r"^Getty Images$|^[A-Z]{2,}(?:/[A-Z][a-z]+(?: [A-Z][\w'.-]+){0,3})+$|"
    rf"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}}(?: ?/ ?(?:{_AGENCY_NAMES}))+$|"
    # a photographer and the agency with a bar between: "Kevin Lamarque | Reuters"
    rf"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{1,3}} \| (?:{_AGENCY_NAMES})$|"
    # a short credit to whoever gave the picture: "Courtesy CPAC", "Courtesy of the Senate"
    r"^Courtesy(?: of)?(?: the)? [A-Z][\w.'&-]*(?: (?:of |and |the )?[A-Z][\w.'&-]*){0,4}$"
)
_AGENCY = (
    r"(?:AP|AFP|AA|EPA|EFE|dpa|PA|Reuters|REUTERS|REUTERSPIX|Bernama|Xinhua|TASS|Sputnik|"
    r"RIA Novosti|Anadolu(?: Agency)?|Yonhap|YONHAP|Getty Images|Bloomberg|Shutterstock|Kyodo|"
    r"IRNA|WANA|Ukrinform|UNIAN|PTI|ANI|IANS|SANA|WAM|KUNA|Pool|POOL|File|FILE)"
)
# The end of a caption: the credit after its description. Strong credits name a photo
# ("(Photo: Getty Images)", "(AP Photo/Alex Brandon)", "(collage: LIGA.net)", "©
# Sputnik / Go to the mediabank", "[AFP/YONHAP]", "File Image/Reuters", "— Bernama pic").
_STRONG_CREDIT = (
    re.compile(
        r"\((?:[^()]{0,60}\b)?(?:photos?|images?|pictures?|pic|collage|illustration|"
        r"illustrative|screenshot|screengrab|footage)\b[^()]{0,80}\)\s*$",
        re.IGNORECASE,
    ),
    re.compile(r"©[^©]{0,90}$"),
    re.compile(r"\[[A-Z][A-Z/ .&-]{1,30}\]\.?(?:\s*/\s*[A-Z][\w.]{0,20})?\s*$"),
    # "… file photo", and Dawn's "… in New York. — AP/File", "— Reuters/File": a file picture
    re.compile(
        r"\bfile (?:image|photo|picture)s?\b[^.]{0,40}$|\s[-–—]\s*[A-Z][\w .]{0,24}/\s*file\.?\s*$",
        re.IGNORECASE,
    ),
    # "— Bernama pic", and Dawn's "… a press conference. — Photo courtesy Radio Pakistan"
    re.compile(
        r"\s[-–—]\s*[\w.]+ (?:pic|photo)s?\.?\s*$|\s[-–—]\s*REUTERSPIX\s*$|"
        r"\s[-–—]\s*(?i:photos?|images?|pictures?) courtesy (?:of )?[A-Z][^.]{1,40}$"
    ),
    # "… in Alaska. Photograph: Evelyn Hockstein/Reuters", "[File: Name/Reuters]"
    # "… on Saturday. | Photo Credit: PTI", "… Photo Credit: -" (a credit left blank)
    re.compile(
        r"\b(?:photograph|photo|image|picture|composite)s?(?: credits?)?: [^.:]{1,60}$"
        r"|(?<=[.!?\"”])\s+Credit: (?-i:[A-Z])[^.:]{0,40}$",
        re.IGNORECASE,
    ),
    re.compile(r"\[(?:file|photo|image)?:?[^\[\]]{0,60}/[^\[\]]{1,40}\]\s*$", re.IGNORECASE),
    # "… two-day Russia visit | - PTI", "… | - X/@ANI": a bar, a dash and the credit
    re.compile(r"\s\|\s*[-–—]\s*[\w@/.' ]{1,40}$"),
    # "… July 8, 2024. / Reuters/Sputnik/Gavriil Grigorov/Pool": an agency and its chain
    re.compile(rf"(?<=[.\d])\s/\s*(?:{_AGENCY_NAMES})(?:\s*/\s*[\w '-]{{1,30}}){{1,4}}\s*$"),
    # A wire photo's credit in capitals after the description: "… June 12, 2018.
    # REUTERS/Jonathan Ernst" (Geo.tv, Reuters' own captions), "… Ng Han Guan/Pool via
    # REUTERS", "… in Singapore. AFP PHOTO" and "… AFP FILE PHOTO" (The Manila Times), "…
    # building. / AFP PHOTO / KOREAN BROADCASTING SYSTEM"
    re.compile(
        r"(?<=[.\d)])\s+(?:/\s*)?(?:REUTERS|AFP|AP|EPA|XINHUA|YONHAP|ANADOLU)"
        r"(?:\s*/\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}|(?: FILE)? PHOTO"
        r"(?:\s*/\s*[A-Z][A-Z .'’-]{1,40}){0,2})\s*$"
        r"|/\s*Pool via (?:REUTERS|AFP|AP|EPA)\s*$"
    ),
    # "… Kuala Lumpur on Tuesday. Pic/AFP", "… in Delhi. Photo/PTI": a word of a picture, a
    # slash and the agency closing the caption (Mid-day's captions)
    re.compile(
        r"(?<=[.\d)])\s+(?:Pic|Photo|Image)s?\s*/\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}\s*$"
    ),
)
# "External Affairs Minister S. Jaishankar. (Source: PTI)": a short line whose source is a
# news or photo agency (a caption; wire copy closes a paragraph with "(AFP)" alone).
_SOURCE_CREDIT = re.compile(
    rf"\((?:source|credit)s?\s*:\s*(?:{_AGENCY_NAMES})[^()]{{0,30}}\)\s*$", re.I
)
_SOURCE_WORDS = 15  # at most this many words before it
# Weak credits also close wire copy ("… he said. — Reuters"): a caption only when what
# precedes them is not a sentence, or with a second sign of a photo.
_WEAK_CREDIT = re.compile(
    rf"(?:\s[-–—]\s*{_AGENCY}|\s/\s*[A-Z]{{2,}}(?:[/ ][A-Z]{{2,}}){{0,3}}|(?P<paren>\s\(\s*{_AGENCY}\s*\)))"
    r"\.?\s*$"
)
_CAPTION_HEAD = re.compile(
    r"^(?:(?i:photo caption|image caption|caption|file photo|combined photos?|photo|photos|"
    r"pictured|picture|image|main image|top image|in (?:the|this) (?:photo|picture|image))"
    r"\s*[:.,–—-]\s|FILE\s*[-–—:]\s"
    # "In this pool photograph distributed by …, the two presidents walk past …", "In a
    # handout picture released by …": a wire caption's opening, the picture's kind named
    r"|(?i:in (?:this|an?) (?:pool|handout|file|undated) (?:photo(?:graph)?|picture|image)\b))"
)
_POSITION = re.compile(
    r"\((?:\d-?)?(?:[LRC]|left|right|cent(?:er|re)|front|back|top|bottom|from (?:left|right)|"
    r"\d(?:st|nd|rd|th) (?:left|right|from (?:left|right)))\)",
    re.IGNORECASE,
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_DATE_END = re.compile(
    rf"(?:,\s*|\son\s+)(?:{_MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})\.?\s*$",
    re.IGNORECASE,
)
_LIST_MARK = re.compile(r"^(?:[-*•·→▪►]|\d{1,2}[.)])\s+")
_LEAD_STAMP = re.compile(
    r"^(?:\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[ap]\.?m\.?))?|\d{1,2}[./]\d{1,2}[./]\d{2,4}|"
    rf"\d{{1,2}} {_MONTH}|{_MONTH} \d{{1,2}})\s+",
    re.IGNORECASE,
)
_MONTH_STARTS = frozenset(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
)
_NOTICE = re.compile(r"\b(?:19|20)\d{2}\b|\brights\b", re.IGNORECASE)  # a copyright notice
_ELLIPSIS = ("…", "...", "[…]", "[...]")
_END = ".!?"
_CLOSERS = "\"'”’)]"


@dataclass
class CleanResult:
    text: str
    lines: list[str]
    dropped: list[tuple[str, str]] = field(default_factory=list)  # (line, reason)
    stamps: list[str] = field(default_factory=list)  # date-stamp lines outside related blocks


def is_boilerplate(line: str) -> bool:
    """Whether a whole line is web furniture (share buttons, counters, tags, menus, ...)."""
    return _old_boilerplate(line) or furniture_reason(line) is not None


def _old_boilerplate(line: str, spaced: bool = False) -> bool:
    norm = (line if spaced else " ".join(line.split())).lower()
    if not norm:
        return True
    if len(norm) > _SHORT:
        return False
    if norm in _EXACT or norm.rstrip(":") in _EXACT:
        return True
    return _PATTERNS.match(norm) is not None


def furniture_reason(line: str) -> str | None:
    """What kind of page furniture a whole line is ("menu", "caption" …), or None.

    Each test runs only when a cheap look at the line allows it (a separator, a bracket at
    the end, a key word), so ordinary prose costs a few string scans."""
    text = " ".join(line.split())
    return _furniture(text) if text else None


def _furniture(text: str) -> str | None:  # noqa: C901 - a chain of reading rules, split when they settle
    """``furniture_reason`` of a line already in single spaces, not empty."""
    low = text.lower()
    if ("t.co/" in low or "pic." in low or "(@" in low) and _embedded_post(text):
        return "embedded-post"
    if len(text) > _SHORT:
        return _caption_reason(text) or ("footer" if _footer(low[:_TAIL]) else None)
    if low.startswith(("http://", "https://", "www.")) and _ADDRESS.match(text):
        return "address"  # a page's address on a line of its own, as a saved page starts
    if _footer(low) or (
        "©" in text and _NOTICE.search(text) and (text[0] == "©" or len(text.split()) <= 8)
    ):
        return "footer"  # "Copyright © 2025 …", "… All rights reserved", "Shafaq News © 2025"
    caption = _caption_reason(text)
    if caption:
        return caption
    if text[0] == "(" and text[-1] == ")" and _EDIT_NOTE.match(text):
        return "edit note"  # a wire story's revision note: "(Updates headline, adds quotes)"
    if len(text) <= _LINK_LINE and low.startswith(_LINK_WORDS) and _LINK_LINE_RE.match(text):
        return "related-links"  # "Read: <headline>", "Also read: <headline>" in the body
    if len(text) <= 80:
        if RELATED_HEADING.match(text):
            return "related-links"
        if _LIVE.match(text):
            return "live link"
        if _WIDGET.match(text):
            return "widget"
        if _WEATHER.match(text):
            return "ticker"
    if low.startswith(_TAG_WORDS) and _TAGS.match(low):
        return "tags"
    if (low.startswith(_BLOG_WORDS) or low[:1].isdigit()) and _BLOG.search(text):
        return "blog footer"
    if any(w in low for w in _PROMO_WORDS) and _PROMO.search(text):
        return "newsletter/social"
    if (low.startswith(_SOCIAL_WORDS) or "journalism" in low or "inbox" in low) and _SOCIAL.search(
        text
    ):
        return "newsletter/social"
    segments = [text]
    if not _SEPARATOR_CHARS.isdisjoint(text) or " > " in text:
        segments = [s for s in _SEPARATOR.split(text) if s.strip()]
    if len(segments) == 1 and text.count(" / ") >= 2:
        segments = [s for s in _SLASH.split(text) if s.strip()]  # "Home / World / China-US"
    if _is_ticker(text, segments):
        return "ticker"
    if _is_menu(text, segments):
        return "menu"
    if _is_keyword_list(text):
        return "tags"
    return None


# A link to another article set in the body as one line: "Read: Talks end without a deal",
# "Also read: …", "Related: …", "READ MORE: …", a section's label before the headline of its
# piece ("ANALYSIS: What a new deal would mean", "Also watch: …") — a label, a colon and a
# headline (no full stop).
_LINK_LINE = 140
_LINK_WORDS = ("read", "also read", "related", "see also", "analysis", "also watch")
_LINK_LINE_RE = re.compile(
    r"^(?:read(?: also| more| next)?|also read|related(?: story| article| news)?|see also|"
    r"analysis|also watch)"
    r"\s*:\s*[\w'‘“\"].{2,130}[^.:;,]$",
    re.IGNORECASE,
)


# A social-network post embedded in the page, as its text is saved: the post ending on its
# short link ("… later this year https://t.co/3fzMK4var6", "… in New Delhi.
# pic.twitter.com/FHntQZw2ez"), and the post's signature line ("— ANI (@ANI) December 11,
# 2017"). The article tells its news in its own words; the post is a quotation of the feed.
_POST_LINK = re.compile(
    r"(?:\bhttps?://t\.co/|\bpic\.(?:twitter|x)\.com/)\w{4,20}"
    r"(?:\s*[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s+\w+\s+\d{1,2},\s+\d{4})?\s*$",
    re.IGNORECASE,
)
_POST_SIGNATURE = re.compile(
    r"^[—–-]{1,2}\s*[^()\n]{1,80}\(@\w{1,30}\)\s+[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}$"
)
_POST_MAX = 600


def _embedded_post(text: str) -> bool:
    """Whether a line is an embedded social post: its text ending on the post's short link,
    or its signature alone (``_POST_LINK``, ``_POST_SIGNATURE``)."""
    if len(text) > _POST_MAX:
        return False
    return _POST_LINK.search(text) is not None or _POST_SIGNATURE.match(text) is not None


# A web address and nothing else (no spaces): "https://outlet.example/world/2025/10/21/story".
_ADDRESS = re.compile(r"^(?:https?://|www\.)[^\s/]+(?:/\S*)?$", re.IGNORECASE)

# A wire story's revision note, a whole line in brackets: "(Updates headline, intro with …;
# adds quotes)", "(Adds Kremlin comment in paragraph 5)", "(Corrects date in first paragraph)".
_EDIT_NOTE = re.compile(
    r"^\((?:updates|adds|recasts|corrects|rewrites|refiles|repeats|changes|fixes|removes|"
    r"inserts|clarifies)\b[^().!?]*\)$",
    re.IGNORECASE,
)
_TAG_WORDS = ("tag", "label", "topic", "keyword", "filed", "more about")
# A blog post's footer: "Posted by Name at 8:21 AM", "Email ThisBlogThis!Share to X…",
# "No comments:", "0 comments:", "Comments are closed.", "<< Home", "Newer Post Older Post".
_BLOG = re.compile(
    r"^posted by\b.{1,60}\bat \d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?$|^email this\s*blogthis!|"
    r"^(?:no|\d+) comments?:?$|^comments are (?:now )?closed\.?$|"
    r"^commenting (?:on this (?:article|story|post) )?is (?:now )?closed\.?$|"
    r"\bthe comment form is closed\b|^<<\s*home$|^newer posts?\b.{0,20}\bolder posts?\b",
    re.IGNORECASE,
)
_BLOG_WORDS = ("posted by", "email this", "no comment", "comment", "<<", "newer post", "sorry")
# An outlet's promotion of itself or its paywall: "… is now on Telegram. Click here to join
# our channel", "For all the latest India News, download … App", "Sign up to read this
# article", "Already a member? Sign in here".
_PROMO = re.compile(
    r"\bis (?:now )?on (?:telegram|whatsapp)\b.{0,80}\b(?:click|join|follow|subscribe)\b|^for all the latest\b.{0,80}\bdownload\b|"
    r"\brated green for its credibility\b|^sign up to read (?:this|the full) (?:article|story)\b|"
    r"^already a (?:member|subscriber)\?\s*(?:sign|log) in\b",
    re.IGNORECASE,
)
_PROMO_WORDS = (
    "telegram",
    "whatsapp",
    "for all the latest",
    "credibility",
    "sign up to read",
    "already a ",
)
_SOCIAL_WORDS = (
    "facebook",
    "twitter",
    "linkedin",
    "whatsapp",
    "telegram",
    "email",
    "e-mail",
    "reddit",
    "print",
    "copy link",
    "enter your",
    "download",
    "click here",
    "follow",
    "share",
    "sharing",
    "subscribe",
    "sign up",
    "get our",
    "join our",
    "we use",
    "accept",
)
_FOOTER_WORDS = (
    "(c)",
    "(with",
    "disclaimer",
    "legal",
    "privacy",
    "terms",
    "cookie",
    "copyright",
    "our standards",
    "reporting by",
    "additional reporting",
    "writing by",
    "editing by",
    "for information",
    "for the information",
    "for the use of",
    "not an official",
)


def _footer(low: str) -> bool:
    if "rights reserved" in low:
        return True
    return (
        "warranty" in low
        or "contributed" in low
        or "syndicated" in low
        or low.startswith(_FOOTER_WORDS)
    ) and bool(_FOOTER.search(low))


def _is_credit_line(text: str) -> bool:
    if len(text) > 160:
        return False
    if not (
        "/" in text
        or ":" in text
        or " | " in text
        or text[0] in "(©,"
        or text.lower().startswith(_CREDIT_WORDS)
    ):
        return False  # every credit form has a slash, a colon, a bracket or a credit word
    return bool(_CREDIT_LINE.match(text) or _CREDIT_NAME.match(text))


_CREDIT_WORDS = (
    "file",
    "credit",
    "courtesy ",
    "copyright",
    "getty",
    "archive",
    "stock",
    "illustrative",
    "image source",
    "video source",
    "ap ",
    "afp ",
    "aa ",
    "epa ",
    "reuters",
    "anadolu",
    "xinhua",
    "sputnik",
    "tass",
)


def _dashed(end: str) -> bool:
    return ("-" in end or "–" in end or "—" in end) and bool(_DASHED.search(end))


_WIRE_CAPITALS = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|XINHUA|YONHAP|ANADOLU)\b")


def _caption_reason(text: str) -> str | None:
    """A credit line, or a photo's caption: a credit after a description, a caption label,
    or two signs of a photo among a weak credit, the people's positions ("(R)", "(2-R)")
    and the date the photo was taken closing the line."""
    short = len(text) <= _SHORT
    if short and _is_credit_line(text):
        return "credit"
    first = text[:12].split(" ", 1)[0].rstrip(":.,-–—").lower()
    if first in _CAPTION_WORDS and _CAPTION_HEAD.match(text[:40]):
        return "caption"
    tail = text[-_TAIL:]
    end = tail[-48:]
    if (
        (tail[-1] == ")" and _STRONG_CREDIT[0].search(tail))
        or ("©" in tail and _STRONG_CREDIT[1].search(tail))
        or ("]" in end and _STRONG_CREDIT[2].search(end))
        or ("file" in end.lower() and _STRONG_CREDIT[3].search(end))
        or (_dashed(end) and _STRONG_CREDIT[4].search(end))
        or (":" in tail[-64:] and _STRONG_CREDIT[5].search(tail[-72:]))
        or (tail[-1] == "]" and _STRONG_CREDIT[6].search(tail))
        or ("|" in end and _STRONG_CREDIT[7].search(end))
        or (" / " in end and _STRONG_CREDIT[8].search(end))
        or (_WIRE_CAPITALS.search(end) is not None and _STRONG_CREDIT[9].search(end))
        or ("/" in end and _STRONG_CREDIT[10].search(end))
        or (short and tail[-1] == ")" and _source_credit(text))
    ):
        return "caption"
    signs = 0
    body = end
    weak = _WEAK_CREDIT.search(end) if tail[-1] == ")" or "/" in end or _dashed(end) else None
    if weak:
        body = end[: weak.start()].rstrip()
        # "… central Gaza (AFP)" is a caption; "… he said. (AFP)" and "Headline - TASS" not.
        signs += 2 if weak.group("paren") and body[-1:] not in _END + _CLOSERS else 1
    if body.rstrip(". ")[-1:].isdigit() and _DATE_END.search(body):
        signs += 1
    if signs and short and "(" in text and _POSITION.search(text):
        signs += 1
    elif not signs and short and "(" in text and _POSITION.search(text):
        signs += 1 + bool(tail.rstrip(". ")[-1:].isdigit() and _DATE_END.search(tail[-48:]))
    return "caption" if signs >= 2 else None


_DASHED = re.compile(r"\s[-–—]\s*\S")


def _source_credit(text: str) -> bool:
    m = _SOURCE_CREDIT.search(text[-80:])
    return m is not None and len(text[: len(text) - 80 + m.start()].split()) <= _SOURCE_WORDS


_CAPTION_WORDS = frozenset(  # the first words _CAPTION_HEAD knows
    [
        "photo",
        "photos",
        "image",
        "caption",
        "file",
        "combined",
        "pictured",
        "picture",
        "main",
        "top",
        "in",
    ]
)


def _is_ticker(text: str, segments: list[str]) -> bool:
    """Prices and rates: "EUR/BGN 1.9558 | USD/BGN 1.6821", "Kuching 25.3°C Light rain | …"."""
    if len(segments) == 1:
        if len(text) > 80 or not _PAIR.search(text):
            return False
        return bool(_QUOTE.match(text)) and not _DATEISH.search(text)
    if _DATEISH.search(text):
        return False
    numeric = sum(1 for s in segments if _DIGIT.search(s))
    return (
        numeric >= 2 and numeric * 2 >= len(segments) and all(len(s.split()) <= 8 for s in segments)
    )


def _is_menu(text: str, segments: list[str]) -> bool:
    """Site menus and breadcrumbs: short items between bars, dots, bullets or arrows."""
    if len(segments) < 2 or (text[-1:] in _END and not text.endswith(".com")):
        return False
    words = [len(s.split()) for s in segments]
    if _BREADCRUMB.search(text) and max(words[:-1]) <= 4:
        return True  # "Home › World", "Russia › Ushakov on the upcoming meeting"
    if len(segments) >= 3:
        return max(words) <= 4
    return max(words) <= 3


def _is_keyword_list(text: str) -> bool:
    """A tag line without its label: five or more short comma-separated names."""
    if text[-1:] in _END or text.count(",") < 4:
        return False
    items = text.split(",")
    return len(items) >= 5 and all(0 < len(item.split()) <= 3 for item in items)


# ---------------------------------------------------------------- furniture by its place


def _item_text(line: str) -> str:
    text = _LIST_MARK.sub("", line, count=1)
    return _LEAD_STAMP.sub("", text, count=1).strip()


def _is_item(line: str, stamps: frozenset[str]) -> bool:
    """A link in a list of other stories: a headline (no closing full stop), or a teaser
    cut short ("… again wo…", "… harm. […]")."""
    if line in stamps:
        return True
    text = _item_text(line)
    if not text:
        return False
    if text.endswith(_ELLIPSIS):
        return True
    words = len(text.split())
    if words > 30:
        return False
    last = text.rstrip(_CLOSERS)[-1:]
    return last != "." and not (last in "!?" and words > 20)


def _is_prose(line: str) -> bool:
    return len(line.split()) >= 12 and line.rstrip(_CLOSERS)[-1:] in _END


def _blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of runs of non-empty lines (paragraph blocks)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for i, line in enumerate(lines):
        if line and start is None:
            start = i
        elif not line and start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(lines)))
    return spans


def _related_sections(
    lines: list[str], blocks: list[tuple[int, int]], mark: list[str], stamps: frozenset[str]
) -> None:
    """The items under a related-links heading: the rest of the heading's block, or, when
    the heading stands alone, the blocks after it while they hold only items."""
    for b, (start, end) in enumerate(blocks):
        for i in range(start, end):
            if not RELATED_HEADING.match(lines[i]) or len(lines[i]) > 80:
                continue
            mark[i] = mark[i] or "related-links"
            j = i + 1
            while j < end and _is_item(lines[j], stamps):
                mark[j] = "related-links"
                j += 1
            if j > i + 1 or i + 1 < end:
                continue
            taken = 0
            for start2, end2 in blocks[b + 1 :]:
                items = range(start2, end2)
                if taken + len(items) > 12 or not all(_is_item(lines[k], stamps) for k in items):
                    break
                for k in items:
                    mark[k] = "related-links"
                taken += len(items)


def _caption_blocks(lines: list[str], blocks: list[tuple[int, int]], mark: list[str]) -> None:
    """A caption written just above its credit line in the same block (not in the page's
    first block, where a headline may stand above a credit), or alone in the block just
    above a credit that stands alone (a saved page's figure: caption, blank line, credit);
    a photo gallery's block ("1 View gallery", the alt text, the caption, the credit)
    entirely."""
    for number, (start, end) in enumerate(blocks):
        if (
            number > 1
            and end - start == 1
            and _figure_caption(lines, blocks[number - 1], start, mark)
        ):
            mark[blocks[number - 1][0]] = "caption"
        if number > 0 and end - start == 1 and not mark[start] and _occasion_label(lines[start]):
            mark[start] = "caption"
        gallery = False
        for i in range(start, end):
            line = lines[i]
            if len(line) <= 80 and _WIDGET.match(line):
                gallery = True
                continue
            if len(line) > _SHORT or not _is_credit_line(line) or _NOTICE.search(line):
                continue
            k = i - 1
            while k >= start and not mark[k] and _caption_like(lines[k]):
                if not gallery and number == 0:
                    break
                mark[k] = "caption"
                if not gallery:
                    break
                k -= 1


def _caption_like(line: str) -> bool:
    """Whether a line above a credit may be its caption: not prose, or prose closed by the
    picture's place and day as wire captions are ("… at the White House, in Washington, D.C.,
    U.S., October 20, 2025.")."""
    return not _is_prose(line) or (
        line.rstrip(". ")[-1:].isdigit() and _DATE_END.search(line[-48:]) is not None
    )


# A picture's label alone in its block: an occasion's name, its place and its day, with no
# verb ("The First Ministerial Meeting of the Forum in Beijing on January 8, 2015.").
_OCCASION_LABEL = re.compile(
    r"^(?:(?:[A-Z0-9][\w'’.&-]*|of|the|and|for|de|on)\s+){2,14}(?:in|at)\s+"
    r"[A-Z][\w'’.-]*(?:,?\s+[A-Z][\w'’.-]*){0,3}\s+on\s+"
    rf"{_MONTH}\s+\d{{1,2}},\s+\d{{4}}\.$",
    re.IGNORECASE,
)
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "de", "on", "in", "at"})


def _occasion_label(line: str) -> bool:
    """A line that names an occasion, where and when, and nothing else (every word but a
    function word capitalised): a picture's label, never a sentence."""
    if len(line) > _SHORT or _OCCASION_LABEL.match(line) is None:
        return False
    words = [w for w in line.split() if w.lower() not in _FUNCTION_WORDS]
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _figure_caption(lines: list[str], above: tuple[int, int], credit: int, mark: list[str]) -> bool:
    """Whether the one-line block ``above`` the line ``credit``, a block of its own, is a
    photo's caption: the line is a credit, and the caption one line that quotes no one (a
    caption describes)."""
    start, end = above
    caption, line = lines[start], lines[credit]
    return (
        end - start == 1
        and not mark[start]
        and len(caption) <= _SHORT
        and not any(q in caption for q in '"“”«»')
        and parse_stamp(caption) is None  # the page's own date above a lead photo's credit
        and len(line) <= 80
        and _is_credit_line(line)
        and not _NOTICE.search(line)
    )


def _dated_lists(
    lines: list[str], blocks: list[tuple[int, int]], mark: list[str], stamps: frozenset[str]
) -> None:
    """Headlines listed with their dates, after the article has begun: two or more items
    each beside a date stamp ("Oct 21, 2025" / "Oil prices edge up"), or opening with a time
    or a date ("17:40 GMT Hamas hands over remains")."""
    dated = sum(
        1
        for line in lines
        if line in stamps
        or (
            (line[:1].isdigit() or line[:3].lower() in _MONTH_STARTS)
            and _LEAD_STAMP.match(line) is not None
        )
    )
    if dated < 2:
        return  # no list of dates on this page
    begun = False
    run: list[int] = []
    dates = items = 0

    def close() -> None:
        nonlocal run, dates, items
        if min(dates, items) >= 2 and abs(dates - items) <= 1:
            for k in run:
                mark[k] = mark[k] or "related-links"
        run, dates, items = [], 0, 0

    for start, end in blocks:
        if not begun:
            begun = any(_is_prose(lines[i]) for i in range(start, end))
            continue
        for i in range(start, end):
            line = lines[i]
            if line in stamps:
                dates += 1
            elif _is_item(line, stamps) and not _is_prose(line):
                led = _LEAD_STAMP.match(line) is not None
                dates += led
                items += 1
            else:
                close()
                continue
            run.append(i)
    close()


def _teaser_cards(
    lines: list[str], blocks: list[tuple[int, int]], mark: list[str], stamps: frozenset[str]
) -> None:
    """A related-story card set inside the article: a section label, a headline and its
    author, as one block after the article has begun ("World / Trump before … / Name")."""
    begun = False
    for start, end in blocks:
        if not begun:
            begun = any(_is_prose(lines[i]) for i in range(start, end))
            continue
        if end - start < 2 or end - start > 4:
            continue
        label, headline = lines[start], lines[start + 1]
        if (
            len(label.split()) <= 2
            and label[:1].isupper()
            and not _DIGIT.search(label)
            and label[-1:].isalpha()
            and len(headline.split()) >= 4
            and all(_is_item(lines[i], stamps) for i in range(start, end))
        ):
            for i in range(start, end):
                mark[i] = mark[i] or "related-links"


def _truncated_repeats(lines: list[str], mark: list[str]) -> None:
    """A teaser cut short that repeats the start of another line of the page."""
    cut = [i for i, line in enumerate(lines) if line.endswith(_ELLIPSIS)]
    if not cut:
        return
    ordered = sorted(_item_text(line) for line in lines if line)
    for i in cut:
        text = _item_text(lines[i])
        head = text.rstrip(".…[] ").rstrip()
        if len(head) < 20:
            continue
        # Lines starting with ``head``, other than copies of this very line.
        starting = bisect.bisect_left(ordered, head + "\U0010ffff") - bisect.bisect_left(
            ordered, head
        )
        copies = bisect.bisect_right(ordered, text) - bisect.bisect_left(ordered, text)
        if starting > copies:
            mark[i] = mark[i] or "truncated repeat"


def _related_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Spans ``[start, end)`` of related-article link lists: items ending in "Read More".

    Two or more "Read More" lines make a block; the item length (lines between two of them)
    tells where the first item starts. Tag and stamp lines just above it belong to it too.
    """
    marks = [i for i, line in enumerate(lines) if _READ_MORE.match(line.strip())]
    if len(marks) < 2:
        return []
    blocks: list[tuple[int, int]] = []
    group = [marks[0]]
    for mark in marks[1:]:
        if mark - group[-1] <= 6:
            group.append(mark)
        else:
            if len(group) >= 2:
                blocks.append(_block_span(lines, group))
            group = [mark]
    if len(group) >= 2:
        blocks.append(_block_span(lines, group))
    return blocks


def _block_span(lines: list[str], group: list[int]) -> tuple[int, int]:
    gaps = sorted(b - a for a, b in itertools.pairwise(group))
    item = gaps[len(gaps) // 2]
    start = max(0, group[0] - item + 1)
    while start > 0:
        above = lines[start - 1].strip()
        if not above or is_boilerplate(above) or parse_stamp(above) is not None:
            start -= 1
            continue
        break
    return start, group[-1] + 1


def clean_text(raw: str) -> CleanResult:  # noqa: C901 - a chain of reading rules, split when they settle
    """Split ``raw`` into lines, drop boilerplate, return the cleaned text and what went."""
    lines = _split_leading_stamp(
        [
            " ".join(line.split())
            for line in raw.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        ]
    )
    dropped: list[tuple[str, str]] = []
    stamps: list[str] = []
    in_block = [False] * len(lines)
    for start, end in _related_blocks(lines):
        for i in range(start, end):
            in_block[i] = True
    mark = [""] * len(lines)
    blocks = _blocks(lines)
    stamps_seen = frozenset(line for line in set(lines) if line and parse_stamp(line) is not None)
    _related_sections(lines, blocks, mark, stamps_seen)
    _caption_blocks(lines, blocks, mark)
    _teaser_cards(lines, blocks, mark, stamps_seen)
    _dated_lists(lines, blocks, mark, stamps_seen)
    _truncated_repeats(lines, mark)
    # A stamp at the head of a related block, directly under the article, is the article's
    # own date (e.g. "Oct. 22, 2025 10:21 a.m. 563"); stamps among the items are not.
    kept: list[str] = []
    for i, line in enumerate(lines):
        if not line:
            continue
        if line in stamps_seen:
            if not _inside_items(lines, in_block, i) and not mark[i]:
                stamps.append(line)
            dropped.append((line, "date stamp"))
            continue
        if in_block[i]:
            dropped.append((line, "related-links block"))
            continue
        if mark[i]:
            dropped.append((line, mark[i]))
            continue
        if _old_boilerplate(line, spaced=True):
            dropped.append((line, "boilerplate"))
            continue
        reason = _furniture(line)
        if reason:
            dropped.append((line, reason))
            continue
        kept.append(line)
    kept = _drop_repeats(kept, dropped)
    return CleanResult(text="\n\n".join(kept), lines=kept, dropped=dropped, stamps=stamps)


# A date label run into the first line of a saved page: "date 2025-10-22 Budapest, Oct 23 …".
_LEADING_STAMP = re.compile(r"^(date:? \d{4}-\d{2}-\d{2})\s+(\S.*)$", re.IGNORECASE)


def _split_leading_stamp(lines: list[str]) -> list[str]:
    """The first line (after the page's address, if any), when it opens with a date label,
    as two lines: the label (a date stamp) and the rest, which reads as printed."""
    first = next((i for i, line in enumerate(lines) if line and not _ADDRESS.match(line)), None)
    m = _LEADING_STAMP.match(lines[first]) if first is not None else None
    if first is None or m is None:
        return lines
    return [*lines[:first], m.group(1), m.group(2), *lines[first + 1 :]]


def _inside_items(lines: list[str], in_block: list[bool], index: int) -> bool:
    """A stamp is inside the item list when an item title precedes it within the block."""
    j = index - 1
    while j >= 0 and in_block[j]:
        if lines[j] and parse_stamp(lines[j]) is None and not is_boilerplate(lines[j]):
            return True
        j -= 1
    return False


def _drop_repeats(lines: list[str], dropped: list[tuple[str, str]]) -> list[str]:
    """Collapse a line repeated right after itself: a headline keeps one copy; a short
    caption under a photo ("Dmitry Peskov" / "Dmitry Peskov") goes entirely."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j + 1 < len(lines) and lines[j + 1] == lines[i]:
            j += 1
        if j > i:
            if len(lines[i].split()) >= 5:
                out.append(lines[i])
                dropped.extend((lines[i], "repeated line") for _ in range(j - i))
            else:
                dropped.extend((lines[i], "repeated caption") for _ in range(j - i + 1))
        else:
            out.append(lines[i])
        i = j + 1
    return out
