"""Where a place is: recognisably in Canada, recognisably abroad, or not recognisable.

CEC-ABROAD-001 may only fail on positive evidence of a foreign place, so a neighbourhood, a street
or a store name ("Kitsilano", "our downtown location") is never taken for a foreign country.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal

from auditor.i18n import tr

Where = Literal["canada", "abroad", "both", "unknown"]

_PROVINCE_CODES = r"AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|PEI|NWT"
# Strong signs: the country, a province or territory, a postal code.
_CANADA_STRONG = re.compile(
    r"\bcanada\b|\b[a-z]\d[a-z] ?\d[a-z]\d\b|\b(ontario|quebec|alberta|british columbia|"
    r"manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|labrador|"
    r"prince edward island|yukon|nunavut|northwest territories|colombie britannique|"
    r"nouveau brunswick|nouvelle ecosse|terre neuve|ile du prince edouard|"
    r"territoires du nord ouest)\b",
)
# A province code as an address element: "Vancouver, BC", "Toronto ON M5X" (upper case only).
_PROVINCE_CODE = re.compile(r"(?:,|\b[A-Z][a-z]+)\s+\(?(?:" + _PROVINCE_CODES + r")\)?(?![\w])")
# Weak signs: Canadian cities (some share names with foreign places; a foreign sign wins).
_CANADA_CITIES = re.compile(
    r"\b(toronto|montreal|vancouver|calgary|edmonton|ottawa|winnipeg|quebec city|hamilton|"
    r"kitchener|waterloo|mississauga|brampton|etobicoke|scarborough|north york|markham|"
    r"vaughan|oakville|burlington|oshawa|barrie|guelph|sudbury|thunder bay|saint john|"
    r"st\.? john's|halifax|dartmouth|moncton|fredericton|charlottetown|saskatoon|regina|"
    r"lethbridge|red deer|kelowna|kamloops|nanaimo|abbotsford|burnaby|surrey|coquitlam|"
    r"laval|gatineau|longueuil|sherbrooke|trois rivieres|levis|saguenay|whitehorse|"
    r"yellowknife|iqaluit|victoria|london|windsor|kingston|richmond|cambridge)\b"
)

# Countries other than Canada (English and French names, common short forms). Names that are
# also Canadian street or person names (Georgia, Jordan, Chad, Jersey) are left out.
_COUNTRIES = (
    "afghanistan|albania|algeria|algerie|angola|argentina|argentine|armenia|armenie|australia|"
    "australie|austria|autriche|azerbaijan|bahamas|bahrain|bangladesh|barbados|belarus|belgium|"
    "belgique|belize|benin|bhutan|bolivia|bolivie|bosnia|botswana|brazil|bresil|brunei|bulgaria|"
    "bulgarie|burkina faso|burundi|cambodia|cambodge|cameroon|cameroun|cape verde|chile|chili|"
    "china|chine|colombia|colombie|comoros|congo|costa rica|cote d'ivoire|ivory coast|croatia|"
    "croatie|cuba|cyprus|chypre|czech republic|czechia|tchequie|denmark|danemark|djibouti|"
    "dominican republic|ecuador|equateur|egypt|egypte|el salvador|eritrea|estonia|estonie|"
    "eswatini|ethiopia|ethiopie|fiji|finland|finlande|france|gabon|gambia|germany|allemagne|"
    "ghana|greece|grece|guatemala|guinea|guinee|guyana|haiti|honduras|hong kong|hungary|hongrie|"
    "iceland|islande|india|inde|indonesia|indonesie|iran|iraq|irak|ireland|irlande|israel|italy|"
    "italie|jamaica|jamaique|japan|japon|kazakhstan|kenya|kuwait|koweit|kyrgyzstan|laos|latvia|"
    "lettonie|lebanon|liban|lesotho|liberia|libya|libye|lithuania|lituanie|luxembourg|macau|"
    "madagascar|malawi|malaysia|malaisie|maldives|malta|malte|mauritania|mauritanie|mauritius|"
    "mexico|mexique|moldova|moldavie|mongolia|mongolie|montenegro|morocco|maroc|"
    "mozambique|myanmar|burma|namibia|namibie|nepal|netherlands|pays bas|new zealand|"
    "nouvelle zelande|nicaragua|nigeria|north korea|north macedonia|norway|norvege|oman|"
    "pakistan|palestine|panama|papua new guinea|paraguay|peru|perou|philippines|poland|pologne|"
    "portugal|qatar|romania|roumanie|russia|russie|rwanda|saudi arabia|arabie saoudite|senegal|"
    "serbia|serbie|sierra leone|singapore|singapour|slovakia|slovaquie|slovenia|slovenie|"
    "somalia|somalie|south africa|afrique du sud|south korea|korea|coree|spain|espagne|"
    "sri lanka|sudan|soudan|suriname|sweden|suede|switzerland|suisse|syria|syrie|taiwan|"
    "tajikistan|tanzania|tanzanie|thailand|thailande|togo|trinidad|tunisia|tunisie|turkey|"
    "turquie|turkiye|turkmenistan|uganda|ouganda|ukraine|united arab emirates|emirats arabes|"
    "united kingdom|royaume uni|england|angleterre|scotland|ecosse|wales|northern ireland|"
    "united states|etats unis|uruguay|uzbekistan|venezuela|vietnam|"
    "viet nam|yemen|zambia|zambie|zimbabwe|mexico city|ciudad de mexico"
)
_FOREIGN = re.compile(r"\b(" + _COUNTRIES + r")\b")
_US_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|"
    r"NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
# Short forms, matched on the original text in capitals so that "us" (the pronoun) never counts.
_FOREIGN_ABBREVIATIONS = re.compile(r"(?<![\w.])(USA|U\.S\.A?\.?|US|UK|U\.K\.|UAE)(?![\w])")
# A US address: state code and ZIP code ("Seattle, WA 98101").
_US_ADDRESS = re.compile(r"\b(?:" + _US_STATES + r")\s+\d{5}(?:-\d{4})?\b")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.sub(r"[-.]", " ", text).replace("’", "'")


def _first(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(0).strip(" ,") if match else None


def locate(text: str) -> tuple[Where, str]:
    """Whether `text` (a location or an address) is in Canada, abroad, both, or unknown; and why."""
    folded = _fold(text)
    strong = _first(_CANADA_STRONG, folded) or _first(_PROVINCE_CODE, text)
    rest = _CANADA_STRONG.sub(" ", folded)  # "Colombie-Britannique" is not Colombia
    foreign = (
        _first(_US_ADDRESS, text) or _first(_FOREIGN_ABBREVIATIONS, text) or _first(_FOREIGN, rest)
    )
    city = _first(_CANADA_CITIES, folded)
    if strong and foreign:
        return "both", tr(
            "{place!r} is in Canada but {foreign!r} is not", place=strong, foreign=foreign
        )
    if foreign:
        return "abroad", tr("{place!r} is outside Canada", place=foreign)
    if strong:
        return "canada", tr("{place!r} is in Canada", place=strong)
    if city:
        return "canada", tr("{place!r} is a Canadian city", place=city)
    return "unknown", tr("not recognisably in Canada or abroad")
