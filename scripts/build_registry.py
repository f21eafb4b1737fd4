#!/usr/bin/env python3
"""Build detente's shipped actor registry from reference data (development script, not shipped).

Reads the reference data directory (default ``../shared/data`` next to the repository):

- ``country-aliases-wikidata.csv``: country labels from Wikidata (CC0), as collected by
  econandrew/sparql_queries (MIT);
- ``Phoenix.Countries.actors.txt``, ``Phoenix.International.actors.txt``, ``Phoenix.agents.txt``:
  the PETRARCH-2 actor and agent dictionaries (Open Event Data Alliance, MIT);

and the small hand-made tables below (facts only: capitals, demonyms, metonyms, role words,
names of intergovernmental organizations in English, Russian and Chinese). Writes
``src/detente/data/actors/{countries,country_terms,agents}.tsv`` and
``{people,organizations}.jsonl``. Every output is sorted: the same inputs give the same bytes.

    python scripts/build_registry.py [--data DIR] [--out DIR] [--report]
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import difflib
import json
import re
import sys
import tomllib
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.actors.registry import normalize  # noqa: E402

COMMAND = "python scripts/build_registry.py"
CURATED = ROOT / "src" / "detente" / "data" / "actors" / "curated.toml"
LANGS = ("en", "ru", "zh")
KIND_ORDER = ("name", "adjective", "people", "capital", "city", "metonym", "side")
LAST_PHOENIX_DATE = "2014-12-31"  # the dictionaries were generated in January 2014
SOVIET_END = "1991-12-26"  # the Soviet Union's last day

# =============================================================================================
# Curated tables. Facts only (names of places, peoples, offices and organizations). Sources:
# the public record — ISO 3166, the UN Terminology database (UNTERM) for official names, the
# Xinhua / Russian MFA usage for Chinese and Russian place names — checked by hand.
# =============================================================================================

# Countries and territories that are not among Wikidata's 199 but appear in Phoenix or in
# twentieth-century scholarship. (iso3, iso2, short English name, ru name, zh name.) Former
# states use their ISO 3166-3 codes; Kosovo uses XKX (the code the EU, IMF and World Bank use).
EXTRA_COUNTRIES = [
    ("XKX", "XK", "Kosovo", "Косово", "科索沃"),
    ("HKG", "HK", "Hong Kong", "Гонконг", "香港"),
    ("MAC", "MO", "Macau", "Макао", "澳门"),
    ("PRI", "PR", "Puerto Rico", "Пуэрто-Рико", "波多黎各"),
    ("GRL", "GL", "Greenland", "Гренландия", "格陵兰"),
    ("FRO", "FO", "Faroe Islands", "Фарерские острова", "法罗群岛"),
    ("BMU", "BM", "Bermuda", "Бермудские Острова", "百慕大"),
    ("CYM", "KY", "Cayman Islands", "Каймановы острова", "开曼群岛"),
    ("VGB", "VG", "British Virgin Islands", "Британские Виргинские острова", "英属维尔京群岛"),
    ("VIR", "VI", "United States Virgin Islands", "Виргинские Острова (США)", "美属维尔京群岛"),
    ("GUM", "GU", "Guam", "Гуам", "关岛"),
    ("ASM", "AS", "American Samoa", "Американское Самоа", "美属萨摩亚"),
    ("ABW", "AW", "Aruba", "Аруба", "阿鲁巴"),
    ("AIA", "AI", "Anguilla", "Ангилья", "安圭拉"),
    ("COK", "CK", "Cook Islands", "Острова Кука", "库克群岛"),
    ("NIU", "NU", "Niue", "Ниуэ", "纽埃"),
    ("TKL", "TK", "Tokelau", "Токелау", "托克劳"),
    ("PYF", "PF", "French Polynesia", "Французская Полинезия", "法属波利尼西亚"),
    ("NCL", "NC", "New Caledonia", "Новая Каледония", "新喀里多尼亚"),
    ("GLP", "GP", "Guadeloupe", "Гваделупа", "瓜德罗普"),
    ("MTQ", "MQ", "Martinique", "Мартиника", "马提尼克"),
    ("GUF", "GF", "French Guiana", "Французская Гвиана", "法属圭亚那"),
    ("WLF", "WF", "Wallis and Futuna", "Уоллис и Футуна", "瓦利斯和富图纳"),
    ("MSR", "MS", "Montserrat", "Монтсеррат", "蒙特塞拉特"),
    ("FLK", "FK", "Falkland Islands", "Фолклендские острова", "福克兰群岛"),
    ("GIB", "GI", "Gibraltar", "Гибралтар", "直布罗陀"),
    ("SHN", "SH", "Saint Helena", "Остров Святой Елены", "圣赫勒拿"),
    ("PCN", "PN", "Pitcairn Islands", "Острова Питкэрн", "皮特凯恩群岛"),
    ("IMN", "IM", "Isle of Man", "Остров Мэн", "马恩岛"),
    ("ANT", "", "Netherlands Antilles", "Нидерландские Антильские острова", "荷属安的列斯"),
    ("SUN", "", "Soviet Union", "Советский Союз", "苏联"),
    ("CSK", "", "Czechoslovakia", "Чехословакия", "捷克斯洛伐克"),
    ("DDR", "", "East Germany", "ГДР", "东德"),
    ("YUG", "", "Yugoslavia", "Югославия", "南斯拉夫"),
    ("SCG", "", "Serbia and Montenegro", "Сербия и Черногория", "塞尔维亚和黑山"),
]
HISTORICAL = {"ANT", "SUN", "CSK", "DDR", "YUG", "SCG"}

# Short common English names where Wikidata's label is the long or an outdated form.
NAME_OVERRIDES = {
    "CHN": "China",
    "USA": "United States",
    "MKD": "North Macedonia",
    "SWZ": "Eswatini",
    "BHS": "Bahamas",
    "FSM": "Micronesia",
    "TLS": "Timor-Leste",
    "STP": "São Tomé and Príncipe",
}

# Phoenix country codes that are not (current) ISO 3166 alpha-3 codes.
PHOENIX_COUNTRY = {
    "TMP": "TLS",  # East Timor's old code
    "KSV": "XKX",  # Kosovo
    "USR": "SUN",  # Soviet Union (Phoenix uses both USR and SUN)
    "FRN": "FRA",  # typo in the Wallis and Futuna entry
    "SRP": "BIH",  # Republika Srpska
    "KRJ": "HRV",  # Republic of Serbian Krajina
}
PHOENIX_SUBUNIT = {"IMY": "IMN", "GZA": None}  # Isle of Man; Gaza (stays Palestine)
PHOENIX_DROP_COUNTRY = {"KNT"}  # "Kinakuta", a fictional country used in tests

# Capitals (and seats of government the press uses as capitals), per country:
# (English forms, Russian forms, Chinese forms). Left out: capitals that are also the country's
# name (Djibouti, Singapore...) and ambiguous ones (Georgetown, Kingston, Victoria, St. John's).
CAPITALS = {
    "AFG": (["Kabul"], ["Кабул"], ["喀布尔"]),
    "AGO": (["Luanda"], ["Луанда"], ["罗安达"]),
    "ALB": (["Tirana"], ["Тирана"], ["地拉那"]),
    "AND": (["Andorra la Vella"], ["Андорра-ла-Велья"], ["安道尔城"]),
    "ARE": (["Abu Dhabi"], ["Абу-Даби"], ["阿布扎比"]),
    "ARG": (["Buenos Aires"], ["Буэнос-Айрес"], ["布宜诺斯艾利斯"]),
    "ARM": (["Yerevan"], ["Ереван"], ["埃里温"]),
    "AUS": (["Canberra"], ["Канберра"], ["堪培拉"]),
    "AUT": (["Vienna"], ["Вена"], ["维也纳"]),
    "AZE": (["Baku"], ["Баку"], ["巴库"]),
    "BDI": (["Gitega", "Bujumbura"], ["Гитега", "Бужумбура"], ["基特加", "布琼布拉"]),
    "BEL": (["Brussels"], ["Брюссель"], ["布鲁塞尔"]),
    "BEN": (["Porto-Novo", "Cotonou"], ["Порто-Ново", "Котону"], ["波多诺伏", "科托努"]),
    "BFA": (["Ouagadougou"], ["Уагадугу"], ["瓦加杜古"]),
    "BGD": (["Dhaka"], ["Дакка"], ["达卡"]),
    "BGR": (["Sofia"], ["София"], ["索非亚"]),
    "BHR": (["Manama"], ["Манама"], ["麦纳麦"]),
    "BHS": (["Nassau"], ["Нассау"], ["拿骚"]),
    "BIH": (["Sarajevo"], ["Сараево"], ["萨拉热窝"]),
    "BLR": (["Minsk"], ["Минск"], ["明斯克"]),
    "BLZ": (["Belmopan"], ["Бельмопан"], ["贝尔莫潘"]),
    "BOL": (["Sucre", "La Paz"], ["Сукре", "Ла-Пас"], ["苏克雷", "拉巴斯"]),
    "BRA": (["Brasília", "Brasilia"], ["Бразилиа"], ["巴西利亚"]),
    "BRB": (["Bridgetown"], ["Бриджтаун"], ["布里奇顿"]),
    "BRN": (["Bandar Seri Begawan"], ["Бандар-Сери-Бегаван"], ["斯里巴加湾市"]),
    "BTN": (["Thimphu"], ["Тхимпху"], ["廷布"]),
    "BWA": (["Gaborone"], ["Габороне"], ["哈博罗内"]),
    "CAF": (["Bangui"], ["Банги"], ["班吉"]),
    "CAN": (["Ottawa"], ["Оттава"], ["渥太华"]),
    "CHE": (["Bern", "Berne"], ["Берн"], ["伯尔尼"]),
    "CHL": (["Santiago"], ["Сантьяго"], ["圣地亚哥"]),
    "CHN": (["Beijing", "Peking"], ["Пекин"], ["北京"]),
    "CIV": (["Yamoussoukro", "Abidjan"], ["Ямусукро", "Абиджан"], ["亚穆苏克罗", "阿比让"]),
    "CMR": (["Yaoundé", "Yaounde"], ["Яунде"], ["雅温得"]),
    "COD": (["Kinshasa"], ["Киншаса"], ["金沙萨"]),
    "COG": (["Brazzaville"], ["Браззавиль"], ["布拉柴维尔"]),
    "COL": (["Bogotá", "Bogota"], ["Богота"], ["波哥大"]),
    "COM": (["Moroni"], ["Морони"], ["莫罗尼"]),
    "CPV": (["Praia"], ["Прая"], ["普拉亚"]),
    "CRI": (["San José"], [], []),
    "CUB": (["Havana"], ["Гавана"], ["哈瓦那"]),
    "CYP": (["Nicosia"], ["Никосия"], ["尼科西亚"]),
    "CZE": (["Prague"], ["Прага"], ["布拉格"]),
    "DEU": (["Berlin"], ["Берлин"], ["柏林"]),
    "DMA": (["Roseau"], ["Розо"], ["罗索"]),
    "DNK": (["Copenhagen"], ["Копенгаген"], ["哥本哈根"]),
    "DOM": (["Santo Domingo"], ["Санто-Доминго"], ["圣多明各"]),
    "DZA": (["Algiers"], [], ["阿尔及尔"]),
    "ECU": (["Quito"], ["Кито"], ["基多"]),
    "EGY": (["Cairo"], ["Каир"], ["开罗"]),
    "ERI": (["Asmara"], ["Асмэра"], ["阿斯马拉"]),
    "ESP": (["Madrid"], ["Мадрид"], ["马德里"]),
    "EST": (["Tallinn"], ["Таллин"], ["塔林"]),
    "ETH": (["Addis Ababa"], ["Аддис-Абеба"], ["亚的斯亚贝巴"]),
    "FIN": (["Helsinki"], ["Хельсинки"], ["赫尔辛基"]),
    "FJI": (["Suva"], ["Сува"], ["苏瓦"]),
    "FRA": (["Paris"], ["Париж"], ["巴黎"]),
    "FSM": (["Palikir"], ["Паликир"], ["帕利基尔"]),
    "GAB": (["Libreville"], ["Либревиль"], ["利伯维尔"]),
    "GBR": (["London"], ["Лондон"], ["伦敦"]),
    "GEO": (["Tbilisi"], ["Тбилиси"], ["第比利斯"]),
    "GHA": (["Accra"], ["Аккра"], ["阿克拉"]),
    "GIN": (["Conakry"], ["Конакри"], ["科纳克里"]),
    "GMB": (["Banjul"], ["Банжул"], ["班珠尔"]),
    "GNB": (["Bissau"], ["Бисау"], ["比绍"]),
    "GNQ": (["Malabo"], ["Малабо"], ["马拉博"]),
    "GRC": (["Athens"], ["Афины"], ["雅典"]),
    "GTM": (["Guatemala City"], [], ["危地马拉城"]),
    "HND": (["Tegucigalpa"], ["Тегусигальпа"], ["特古西加尔巴"]),
    "HRV": (["Zagreb"], ["Загреб"], ["萨格勒布"]),
    "HTI": (["Port-au-Prince"], ["Порт-о-Пренс"], ["太子港"]),
    "HUN": (["Budapest"], ["Будапешт"], ["布达佩斯"]),
    "IDN": (["Jakarta"], ["Джакарта"], ["雅加达"]),
    "IND": (["New Delhi"], ["Нью-Дели"], ["新德里"]),
    "IRL": (["Dublin"], ["Дублин"], ["都柏林"]),
    "IRN": (["Tehran", "Teheran"], ["Тегеран"], ["德黑兰"]),
    "IRQ": (["Baghdad"], ["Багдад"], ["巴格达"]),
    "ISL": (["Reykjavík", "Reykjavik"], ["Рейкьявик"], ["雷克雅未克"]),
    # Israel's seat of government; its status as capital is disputed.
    "ISR": (["Jerusalem"], ["Иерусалим"], ["耶路撒冷"]),
    "ITA": (["Rome"], ["Рим"], ["罗马"]),
    "JOR": (["Amman"], ["Амман"], ["安曼"]),
    "JPN": (["Tokyo"], ["Токио"], ["东京"]),
    "KAZ": (["Astana", "Nur-Sultan"], ["Астана", "Нур-Султан"], ["阿斯塔纳", "努尔苏丹"]),
    "KEN": (["Nairobi"], ["Найроби"], ["内罗毕"]),
    "KGZ": (["Bishkek"], ["Бишкек"], ["比什凯克"]),
    "KHM": (["Phnom Penh"], ["Пномпень"], ["金边"]),
    "KIR": (["Tarawa", "South Tarawa"], ["Тарава", "Южная Тарава"], ["塔拉瓦", "南塔拉瓦"]),
    "KNA": (["Basseterre"], ["Бастер"], ["巴斯特尔"]),
    "KOR": (["Seoul"], ["Сеул"], ["首尔", "汉城"]),
    "KWT": (["Kuwait City"], ["Эль-Кувейт"], ["科威特城"]),
    "LAO": (["Vientiane"], ["Вьентьян"], ["万象"]),
    "LBN": (["Beirut"], ["Бейрут"], ["贝鲁特"]),
    "LBR": (["Monrovia"], ["Монровия"], ["蒙罗维亚"]),
    "LBY": (["Tripoli"], ["Триполи"], ["的黎波里"]),
    "LCA": (["Castries"], ["Кастри"], ["卡斯特里"]),
    "LIE": (["Vaduz"], ["Вадуц"], ["瓦杜兹"]),
    "LKA": (
        ["Sri Jayawardenepura Kotte", "Colombo"],
        ["Шри-Джаяварденепура-Котте", "Коломбо"],
        ["科特", "科伦坡"],
    ),
    "LSO": (["Maseru"], ["Масеру"], ["马塞卢"]),
    "LTU": (["Vilnius"], ["Вильнюс"], ["维尔纽斯"]),
    "LVA": (["Riga"], ["Рига"], ["里加"]),
    "MAR": (["Rabat"], ["Рабат"], ["拉巴特"]),
    "MDA": (["Chișinău", "Chisinau"], ["Кишинёв"], ["基希讷乌"]),
    "MDG": (["Antananarivo"], ["Антананариву"], ["塔那那利佛"]),
    "MDV": (["Malé"], ["Мале"], ["马累"]),
    "MEX": (["Mexico City"], ["Мехико"], ["墨西哥城"]),
    "MHL": (["Majuro"], ["Маджуро"], ["马朱罗"]),
    "MKD": (["Skopje"], ["Скопье"], ["斯科普里"]),
    "MLI": (["Bamako"], ["Бамако"], ["巴马科"]),
    "MLT": (["Valletta"], ["Валлетта"], ["瓦莱塔"]),
    "MMR": (["Naypyidaw", "Nay Pyi Taw"], ["Нейпьидо"], ["内比都"]),
    "MNE": (["Podgorica"], ["Подгорица"], ["波德戈里察"]),
    "MNG": (["Ulaanbaatar", "Ulan Bator"], ["Улан-Батор"], ["乌兰巴托"]),
    "MOZ": (["Maputo"], ["Мапуту"], ["马普托"]),
    "MRT": (["Nouakchott"], ["Нуакшот"], ["努瓦克肖特"]),
    "MUS": (["Port Louis"], ["Порт-Луи"], ["路易港"]),
    "MWI": (["Lilongwe"], ["Лилонгве"], ["利隆圭"]),
    "MYS": (["Kuala Lumpur", "Putrajaya"], ["Куала-Лумпур", "Путраджая"], ["吉隆坡", "布城"]),
    "NAM": (["Windhoek"], ["Виндхук"], ["温得和克"]),
    "NER": (["Niamey"], ["Ниамей"], ["尼亚美"]),
    "NGA": (["Abuja"], ["Абуджа"], ["阿布贾"]),
    "NIC": (["Managua"], ["Манагуа"], ["马那瓜"]),
    "NLD": (["Amsterdam"], ["Амстердам"], ["阿姆斯特丹"]),
    "NOR": (["Oslo"], ["Осло"], ["奥斯陆"]),
    "NPL": (["Kathmandu"], ["Катманду"], ["加德满都"]),
    "NRU": (["Yaren"], ["Ярен"], ["亚伦"]),
    "NZL": (["Wellington"], ["Веллингтон"], ["惠灵顿"]),
    "OMN": (["Muscat"], ["Маскат"], ["马斯喀特"]),
    "PAK": (["Islamabad"], ["Исламабад"], ["伊斯兰堡"]),
    "PAN": (["Panama City"], [], ["巴拿马城"]),
    "PER": (["Lima"], ["Лима"], ["利马"]),
    "PHL": (["Manila"], ["Манила"], ["马尼拉"]),
    "PLW": (["Ngerulmud"], ["Нгерулмуд"], ["恩吉鲁穆德"]),
    "PNG": (["Port Moresby"], ["Порт-Морсби"], ["莫尔兹比港"]),
    "POL": (["Warsaw"], ["Варшава"], ["华沙"]),
    "PRK": (["Pyongyang"], ["Пхеньян"], ["平壤"]),
    "PRT": (["Lisbon"], ["Лиссабон"], ["里斯本"]),
    "PRY": (["Asunción", "Asuncion"], ["Асунсьон"], ["亚松森"]),
    "PSE": (["Ramallah"], ["Рамалла"], ["拉姆安拉"]),  # seat of the Palestinian Authority
    "QAT": (["Doha"], ["Доха"], ["多哈"]),
    "ROU": (["Bucharest"], ["Бухарест"], ["布加勒斯特"]),
    "RUS": (["Moscow"], ["Москва"], ["莫斯科"]),
    "RWA": (["Kigali"], ["Кигали"], ["基加利"]),
    "SAU": (["Riyadh"], ["Эр-Рияд"], ["利雅得"]),
    "SDN": (["Khartoum"], ["Хартум"], ["喀土穆"]),
    "SEN": (["Dakar"], ["Дакар"], ["达喀尔"]),
    "SLB": (["Honiara"], ["Хониара"], ["霍尼亚拉"]),
    "SLE": (["Freetown"], ["Фритаун"], ["弗里敦"]),
    "SLV": (["San Salvador"], ["Сан-Сальвадор"], ["圣萨尔瓦多"]),
    "SOM": (["Mogadishu"], ["Могадишо"], ["摩加迪沙"]),
    "SRB": (["Belgrade"], ["Белград"], ["贝尔格莱德"]),
    "SSD": (["Juba"], ["Джуба"], ["朱巴"]),
    "STP": (["São Tomé", "Sao Tome"], ["Сан-Томе"], ["圣多美"]),
    "SUR": (["Paramaribo"], ["Парамарибо"], ["帕拉马里博"]),
    "SVK": (["Bratislava"], ["Братислава"], ["布拉迪斯拉发"]),
    "SVN": (["Ljubljana"], ["Любляна"], ["卢布尔雅那"]),
    "SWE": (["Stockholm"], ["Стокгольм"], ["斯德哥尔摩"]),
    "SWZ": (["Mbabane"], ["Мбабане"], ["姆巴巴内"]),
    "SYR": (["Damascus"], ["Дамаск"], ["大马士革"]),
    "TCD": (["N'Djamena", "Ndjamena"], ["Нджамена"], ["恩贾梅纳"]),
    "TGO": (["Lomé", "Lome"], ["Ломе"], ["洛美"]),
    "THA": (["Bangkok"], ["Бангкок"], ["曼谷"]),
    "TJK": (["Dushanbe"], ["Душанбе"], ["杜尚别"]),
    "TKM": (["Ashgabat", "Ashkhabad"], ["Ашхабад"], ["阿什哈巴德"]),
    "TLS": (["Dili"], ["Дили"], ["帝力"]),
    "TON": (["Nukuʻalofa", "Nuku'alofa"], ["Нукуалофа"], ["努库阿洛法"]),
    "TTO": (["Port of Spain"], ["Порт-оф-Спейн"], ["西班牙港"]),
    "TUN": (["Tunis"], [], []),
    "TUR": (["Ankara"], ["Анкара"], ["安卡拉"]),
    "TUV": (["Funafuti"], ["Фунафути"], ["富纳富提"]),
    "TWN": (["Taipei"], ["Тайбэй"], ["台北"]),
    "TZA": (["Dodoma", "Dar es Salaam"], ["Додома", "Дар-эс-Салам"], ["多多马", "达累斯萨拉姆"]),
    "UGA": (["Kampala"], ["Кампала"], ["坎帕拉"]),
    "UKR": (["Kyiv", "Kiev"], ["Киев"], ["基辅"]),
    "URY": (["Montevideo"], ["Монтевидео"], ["蒙得维的亚"]),
    "USA": (["Washington", "Washington, D.C.", "Washington DC"], ["Вашингтон"], ["华盛顿"]),
    "UZB": (["Tashkent"], ["Ташкент"], ["塔什干"]),
    "VCT": (["Kingstown"], ["Кингстаун"], []),
    "VEN": (["Caracas"], ["Каракас"], ["加拉加斯"]),
    "VNM": (["Hanoi"], ["Ханой"], ["河内"]),
    "VUT": (["Port Vila"], ["Порт-Вила"], ["维拉港"]),
    "WSM": (["Apia"], ["Апиа"], ["阿皮亚"]),
    "YEM": (["Sanaa", "Sana'a"], ["Сана"], ["萨那"]),
    "ZAF": (["Pretoria"], ["Претория"], ["比勒陀利亚"]),
    "ZMB": (["Lusaka"], ["Лусака"], ["卢萨卡"]),
    "ZWE": (["Harare"], ["Хараре"], ["哈拉雷"]),
    "XKX": (["Pristina", "Prishtina"], ["Приштина"], ["普里什蒂纳"]),
}

# Cities (and a few towns) most named in international news, by country: ISO3 | English forms |
# Russian forms (dictionary form) | Chinese forms (Xinhua usage). Capitals are in CAPITALS, not
# here. Disputed places take the country ISO 3166 puts them in, as elsewhere in the registry:
# Crimea (Sevastopol, Simferopol...) and the occupied parts of Ukraine -> UKR, Abkhazia and South
# Ossetia -> GEO, Transnistria -> MDA, Karabakh -> AZE, Gaza -> PSE. Left out, or left out in one
# language: names shared with a country, a capital or another well-known city (Brest, Valencia,
# Cordoba, Santiago, Portland, Cambridge, Tripoli...), names that are also a person's (Kobe,
# Florence, Medina, Darwin, Austin, Orlando, Salvador...) and names that are also common words
# (Nice, Split, Reading; Russian "Газа", "Мекка", "Киль", "Росток", "Бордо", "Кале", "Изюм", "Ровно",
# "Днепр", "Грозный", "Порту", "Семей"; Chinese 海防, 大田, 新山, 基尔, 利兹, 里尔, 哈马, 台中).
CITIES_TABLE = """
# -- Russia
RUS | Saint Petersburg; St. Petersburg; St Petersburg | Санкт-Петербург; Петербург | 圣彼得堡
RUS | Kazan | Казань | 喀山
RUS | Novosibirsk | Новосибирск | 新西伯利亚
RUS | Yekaterinburg; Ekaterinburg | Екатеринбург | 叶卡捷琳堡
RUS | Nizhny Novgorod | Нижний Новгород | 下诺夫哥罗德
RUS | Samara | Самара | 萨马拉
RUS | Ufa | Уфа | 乌法
RUS | Perm | Пермь | 彼尔姆
RUS | Chelyabinsk | Челябинск | 车里雅宾斯克
RUS | Volgograd | Волгоград | 伏尔加格勒
RUS | Saratov | Саратов | 萨拉托夫
RUS | Voronezh | Воронеж | 沃罗涅日
RUS | Ulyanovsk | Ульяновск | 乌里扬诺夫斯克
RUS | Rostov-on-Don; Rostov | Ростов-на-Дону | 顿河畔罗斯托夫
RUS | Krasnodar | Краснодар | 克拉斯诺达尔
RUS | Novorossiysk | Новороссийск | 新罗西斯克
RUS | Sochi | Сочи | 索契
RUS | Grozny | | 格罗兹尼
RUS | Makhachkala | Махачкала | 马哈奇卡拉
RUS | Vladikavkaz | Владикавказ | 弗拉季高加索
RUS | Nalchik | Нальчик | 纳尔奇克
RUS | Stavropol | Ставрополь | 斯塔夫罗波尔
RUS | Astrakhan | Астрахань | 阿斯特拉罕
RUS | Orenburg | Оренбург | 奥伦堡
RUS | Tyumen | Тюмень | 秋明
RUS | Omsk | Омск | 鄂木斯克
RUS | Tomsk | Томск | 托木斯克
RUS | Kemerovo | Кемерово | 克麦罗沃
RUS | Krasnoyarsk | Красноярск | 克拉斯诺亚尔斯克
RUS | Norilsk | Норильск | 诺里尔斯克
RUS | Barnaul | Барнаул | 巴尔瑙尔
RUS | Irkutsk | Иркутск | 伊尔库茨克
RUS | Ulan-Ude | Улан-Удэ | 乌兰乌德
RUS | Chita | Чита | 赤塔
RUS | Yakutsk | Якутск | 雅库茨克
RUS | Blagoveshchensk | Благовещенск | 布拉戈维申斯克
RUS | Khabarovsk | Хабаровск | 哈巴罗夫斯克
RUS | Vladivostok | Владивосток | 符拉迪沃斯托克; 海参崴
RUS | Nakhodka | | 纳霍德卡
RUS | Magadan | Магадан | 马加丹
RUS | Petropavlovsk-Kamchatsky | Петропавловск-Камчатский |
RUS | Yuzhno-Sakhalinsk | Южно-Сахалинск | 南萨哈林斯克
RUS | Murmansk | Мурманск | 摩尔曼斯克
RUS | Severomorsk | Североморск | 北莫尔斯克
RUS | Arkhangelsk | Архангельск | 阿尔汉格尔斯克
RUS | Severodvinsk | Северодвинск | 北德文斯克
RUS | Kaliningrad | Калининград | 加里宁格勒
RUS | Pskov | Псков | 普斯科夫
RUS | Smolensk | Смоленск | 斯摩棱斯克
RUS | Tver | Тверь | 特维尔
RUS | Tula | Тула | 图拉
RUS | Kaluga | Калуга | 卡卢加
RUS | Ryazan | Рязань | 梁赞
RUS | Yaroslavl | Ярославль | 雅罗斯拉夫尔
RUS | Veliky Novgorod | Великий Новгород | 大诺夫哥罗德
RUS | Petrozavodsk | Петрозаводск | 彼得罗扎沃茨克
RUS | Izhevsk | Ижевск | 伊热夫斯克
RUS | Belgorod | Белгород | 别尔哥罗德
RUS | Kursk | Курск | 库尔斯克
RUS | Bryansk | Брянск | 布良斯克
RUS | Sudzha | Суджа | 苏贾
RUS | Taganrog | Таганрог | 塔甘罗格
# -- Ukraine (Crimea and the occupied regions included)
UKR | Kharkiv; Kharkov | Харьков | 哈尔科夫
UKR | Odesa; Odessa | Одесса | 敖德萨
UKR | Lviv; Lvov | Львов | 利沃夫
UKR | Dnipro; Dnipropetrovsk | Днепропетровск | 第聂伯罗; 第聂伯罗彼得罗夫斯克
UKR | Donetsk | Донецк | 顿涅茨克
UKR | Luhansk; Lugansk | Луганск | 卢甘斯克
UKR | Mariupol | Мариуполь | 马里乌波尔
UKR | Bakhmut; Artemivsk; Artyomovsk | Бахмут; Артёмовск | 巴赫穆特
UKR | Kherson | Херсон | 赫尔松
UKR | Zaporizhzhia; Zaporizhia; Zaporozhye | Запорожье | 扎波罗热
UKR | Mykolaiv | |
UKR | Sevastopol | Севастополь | 塞瓦斯托波尔
UKR | Simferopol | Симферополь | 辛菲罗波尔
UKR | Kerch | Керчь | 刻赤
UKR | Yalta | Ялта | 雅尔塔
UKR | Avdiivka; Avdeyevka | Авдеевка | 阿夫迪伊夫卡
UKR | Pokrovsk | Покровск | 波克罗夫斯克
UKR | Kramatorsk | Краматорск | 克拉马托尔斯克
UKR | Sloviansk; Slovyansk; Slavyansk | Славянск | 斯拉维扬斯克
UKR | Sievierodonetsk; Severodonetsk | Северодонецк | 北顿涅茨克
UKR | Lysychansk; Lisichansk | Лисичанск | 利西昌斯克
UKR | Melitopol | Мелитополь | 梅利托波尔
UKR | Berdiansk; Berdyansk | Бердянск | 别尔江斯克
UKR | Enerhodar; Energodar | Энергодар |
UKR | Bucha | Буча |
UKR | Irpin | Ирпень | 伊尔平
UKR | Chernihiv; Chernigov | Чернигов | 切尔尼戈夫; 切尔尼希夫
UKR | Sumy | Сумы | 苏梅
UKR | Kupiansk; Kupyansk | Купянск | 库皮扬斯克
UKR | Vuhledar; Ugledar | Угледар |
UKR | Izium; Izyum | | 伊久姆
UKR | Kryvyi Rih; Krivoy Rog | Кривой Рог | 克里维里赫
UKR | Zhytomyr | Житомир | 日托米尔
UKR | Vinnytsia | Винница | 文尼察
UKR | Uzhhorod | Ужгород | 乌日霍罗德
UKR | Ivano-Frankivsk | Ивано-Франковск | 伊万诺-弗兰科夫斯克
UKR | Lutsk | Луцк | 卢茨克
UKR | Ternopil | Тернополь | 捷尔诺波尔
UKR | Poltava | Полтава | 波尔塔瓦
UKR | Kremenchuk | Кременчуг | 克列缅丘格
UKR | Cherkasy | Черкассы | 切尔卡瑟
UKR | Chernivtsi | Черновцы | 切尔诺夫策
UKR | Nikopol | Никополь | 尼科波尔
UKR | Chasiv Yar | Часов Яр | 恰索夫亚尔
UKR | Toretsk | Торецк |
UKR | Vovchansk | Волчанск |
UKR | Horlivka; Gorlovka | Горловка | 戈尔洛夫卡
UKR | Makiivka; Makeyevka | Макеевка | 马基耶夫卡
UKR | Debaltseve | Дебальцево | 杰巴尔采沃
UKR | Chernobyl; Chornobyl | Чернобыль | 切尔诺贝利
# -- Belarus, Moldova, the Caucasus, Central Asia
BLR | Gomel; Homel | Гомель | 戈梅利
BLR | Grodno; Hrodna | Гродно | 格罗德诺
BLR | Vitebsk | Витебск | 维捷布斯克
BLR | Mogilev; Mahilyow | Могилёв | 莫吉廖夫
MDA | Tiraspol | Тирасполь | 蒂拉斯波尔
GEO | Batumi | Батуми | 巴统
GEO | Kutaisi | Кутаиси | 库塔伊西
GEO | Sukhumi | Сухум; Сухуми | 苏呼米
GEO | Tskhinvali | Цхинвал; Цхинвали | 茨欣瓦利
ARM | Gyumri | Гюмри | 久姆里
AZE | Ganja | Гянджа | 占贾
AZE | Stepanakert; Khankendi | Степанакерт; Ханкенди | 斯捷潘纳克特
KAZ | Almaty; Alma-Ata | Алматы; Алма-Ата | 阿拉木图
KAZ | Shymkent | Шымкент; Чимкент | 奇姆肯特
KAZ | Karaganda; Karagandy | Караганда | 卡拉干达
KAZ | Aktau | Актау | 阿克套
KAZ | Aktobe | Актобе | 阿克托别
KAZ | Atyrau | Атырау | 阿特劳
KAZ | Baikonur; Baykonur | Байконур | 拜科努尔
KAZ | Semipalatinsk; Semey | Семипалатинск | 塞米巴拉金斯克
KGZ | Osh | | 奥什
UZB | Samarkand; Samarqand | Самарканд | 撒马尔罕
UZB | Bukhara | Бухара | 布哈拉
UZB | Andijan | Андижан | 安集延
UZB | Namangan | Наманган | 纳曼干
UZB | Termez | Термез | 铁尔梅兹
TJK | Khujand | Худжанд | 苦盏
# -- China and Taiwan
CHN | Shanghai | Шанхай | 上海
CHN | Tianjin | Тяньцзинь | 天津
CHN | Chongqing | Чунцин | 重庆
CHN | Guangzhou | Гуанчжоу | 广州
CHN | Shenzhen | Шэньчжэнь | 深圳
CHN | Wuhan | Ухань | 武汉
CHN | Chengdu | Чэнду | 成都
CHN | Hangzhou | Ханчжоу | 杭州
CHN | Nanjing; Nanking | Нанкин | 南京
CHN | Xi'an; Xian | Сиань | 西安
CHN | Qingdao | Циндао | 青岛
CHN | Dalian | Далянь | 大连
CHN | Shenyang | Шэньян | 沈阳
CHN | Harbin | Харбин | 哈尔滨
CHN | Changchun | Чанчунь | 长春
CHN | Xiamen | Сямынь | 厦门
CHN | Fuzhou | Фучжоу | 福州
CHN | Suzhou | Сучжоу | 苏州
CHN | Ningbo | Нинбо | 宁波
CHN | Wuxi | Уси | 无锡
CHN | Wenzhou | Вэньчжоу | 温州
CHN | Yiwu | | 义乌
CHN | Dongguan | Дунгуань | 东莞
CHN | Foshan | Фошань | 佛山
CHN | Zhuhai | Чжухай | 珠海
CHN | Zhengzhou | Чжэнчжоу | 郑州
CHN | Jinan | Цзинань | 济南
CHN | Changsha | Чанша | 长沙
CHN | Nanchang | Наньчан | 南昌
CHN | Hefei | Хэфэй | 合肥
CHN | Kunming | Куньмин | 昆明
CHN | Nanning | Наньнин | 南宁
CHN | Guiyang | Гуйян | 贵阳
CHN | Lanzhou | Ланьчжоу | 兰州
CHN | Xining | Синин | 西宁
CHN | Yinchuan | Иньчуань | 银川
CHN | Hohhot | Хух-Хото | 呼和浩特
CHN | Taiyuan | Тайюань | 太原
CHN | Shijiazhuang | Шицзячжуан | 石家庄
CHN | Urumqi | Урумчи | 乌鲁木齐
CHN | Kashgar | Кашгар | 喀什
CHN | Lhasa | Лхаса | 拉萨
CHN | Haikou | Хайкоу |
CHN | Sanya | Санья | 三亚
CHN | Boao | Боао | 博鳌
CHN | Sansha | Саньша | 三沙
CHN | Dandong | Даньдун | 丹东
CHN | Hunchun | Хуньчунь | 珲春
CHN | Suifenhe | Суйфэньхэ | 绥芬河
CHN | Heihe | Хэйхэ | 黑河
CHN | Manzhouli | Маньчжоули | 满洲里
CHN | Erenhot | | 二连浩特
TWN | Kaohsiung | Гаосюн | 高雄
TWN | Taichung | Тайчжун |
TWN | Tainan | Тайнань | 台南
# -- Japan and Korea
JPN | Osaka | Осака | 大阪
JPN | Kyoto | Киото | 京都
JPN | Yokohama | Иокогама | 横滨
JPN | Nagoya | Нагоя | 名古屋
JPN | | Кобе | 神户
JPN | Fukuoka | Фукуока | 福冈
JPN | Sapporo | Саппоро | 札幌
JPN | Hiroshima | Хиросима | 广岛
JPN | Nagasaki | Нагасаки | 长崎
JPN | Naha | Наха | 那霸
JPN | Sendai | Сендай | 仙台
JPN | Fukushima | Фукусима | 福岛
JPN | Yokosuka | Йокосука | 横须贺
KOR | Busan; Pusan | Пусан | 釜山
KOR | Incheon | Инчхон | 仁川
KOR | Daegu | Тэгу | 大邱
KOR | Gwangju | Кванджу | 光州
KOR | Ulsan | Ульсан | 蔚山
PRK | Kaesong | Кэсон | 开城
PRK | Wonsan | Вонсан | 元山
PRK | Sinuiju | Синыйджу | 新义州
PRK | Nampo | Нампхо | 南浦
PRK | Rason | Расон | 罗先
PRK | Hamhung | Хамхын | 咸兴
PRK | Chongjin | Чхонджин | 清津
PRK | Yongbyon | Йонбён | 宁边
# -- Southeast Asia
VNM | Ho Chi Minh City; Saigon | Хошимин | 胡志明市
VNM | Da Nang; Danang | Дананг | 岘港
VNM | Haiphong; Hai Phong | Хайфон |
THA | Chiang Mai | Чиангмай | 清迈
THA | Phuket | Пхукет | 普吉
THA | Pattaya | Паттайя | 芭提雅
MYS | Johor Bahru | Джохор-Бару |
IDN | Surabaya | Сурабая | 泗水
IDN | Bandung | Бандунг | 万隆
IDN | Medan | Медан | 棉兰
IDN | Makassar | Макассар | 望加锡
PHL | Cebu | Себу | 宿务
PHL | Davao | Давао | 达沃
PHL | Quezon City | Кесон-Сити | 奎松市
PHL | Zamboanga | Замбоанга | 三宝颜
PHL | Marawi | Марави |
MMR | Yangon; Rangoon | Янгон; Рангун | 仰光
MMR | Mandalay | Мандалай | 曼德勒
MMR | Kyaukphyu | | 皎漂
KHM | Siem Reap | Сиемреап | 暹粒
KHM | Sihanoukville | Сиануквиль | 西哈努克港
# -- South Asia and Afghanistan
IND | Mumbai; Bombay | Мумбаи; Бомбей | 孟买
IND | Delhi | Дели | 德里
IND | Kolkata; Calcutta | Калькутта | 加尔各答
IND | Chennai; Madras | Ченнаи; Мадрас | 金奈
IND | Bengaluru; Bangalore | Бангалор; Бенгалуру | 班加罗尔
IND | Hyderabad | Хайдарабад | 海得拉巴
IND | Ahmedabad | Ахмадабад | 艾哈迈达巴德
IND | Pune | Пуна; Пуне | 浦那
IND | Jaipur | Джайпур | 斋浦尔
IND | Lucknow | Лакхнау | 勒克瑙
IND | Srinagar | Сринагар | 斯利那加
IND | Amritsar | Амритсар | 阿姆利则
IND | Varanasi | Варанаси | 瓦拉纳西
PAK | Karachi | Карачи | 卡拉奇
PAK | Lahore | Лахор | 拉合尔
PAK | Peshawar | Пешавар | 白沙瓦
PAK | Quetta | Кветта | 奎达
PAK | Rawalpindi | Равалпинди | 拉瓦尔品第
PAK | Gwadar | Гвадар | 瓜达尔
PAK | Abbottabad | Абботтабад | 阿伯塔巴德
BGD | Chittagong; Chattogram | Читтагонг | 吉大港
LKA | Hambantota | Хамбантота | 汉班托塔
AFG | Kandahar | Кандагар | 坎大哈
AFG | Herat | Герат | 赫拉特
AFG | Mazar-i-Sharif; Mazar-e-Sharif | Мазари-Шариф | 马扎里沙里夫
AFG | Jalalabad | Джелалабад | 贾拉拉巴德
AFG | Kunduz | Кундуз | 昆都士
# -- Middle East
IRN | Tabriz | Тебриз | 大不里士
IRN | Mashhad | Мешхед | 马什哈德
IRN | Isfahan; Esfahan | Исфахан | 伊斯法罕
IRN | Shiraz | Шираз | 设拉子
IRN | Bandar Abbas | Бендер-Аббас | 阿巴斯港
IRN | Qom | | 库姆
IRN | Ahvaz; Ahwaz | Ахваз | 阿瓦士
IRN | Natanz | Натанз | 纳坦兹
IRN | Bushehr | Бушер | 布什尔
IRN | Chabahar | Чабахар | 恰巴哈尔
IRQ | Basra | Басра | 巴士拉
IRQ | Mosul | Мосул | 摩苏尔
IRQ | Erbil; Irbil | Эрбиль | 埃尔比勒
IRQ | Kirkuk | Киркук | 基尔库克
IRQ | Najaf | Наджаф | 纳杰夫
IRQ | Karbala | Кербела | 卡尔巴拉
IRQ | Fallujah; Falluja | Фаллуджа | 费卢杰
IRQ | Ramadi | Рамади | 拉马迪
IRQ | Tikrit | Тикрит | 提克里特
IRQ | Sulaymaniyah | Сулеймания | 苏莱曼尼亚
SYR | Aleppo | Алеппо; Халеб | 阿勒颇
SYR | Homs | Хомс | 霍姆斯
SYR | Hama | |
SYR | Idlib | Идлиб | 伊德利卜
SYR | Latakia | Латакия | 拉塔基亚
SYR | Tartus | Тартус | 塔尔图斯
SYR | Raqqa | Ракка | 拉卡
SYR | Deir ez-Zor; Deir el-Zour | Дейр-эз-Зор | 代尔祖尔
SYR | Daraa; Deraa | Дераа |
SYR | Palmyra | Пальмира |
ISR | Tel Aviv | Тель-Авив | 特拉维夫
ISR | Haifa | Хайфа | 海法
ISR | Eilat | Эйлат | 埃拉特
ISR | Ashkelon | Ашкелон | 阿什凯隆
PSE | Gaza; Gaza City | | 加沙; 加沙城
PSE | Gaza Strip | сектор Газа | 加沙地带
PSE | Rafah | Рафах | 拉法
PSE | Khan Younis; Khan Yunis | Хан-Юнис | 汗尤尼斯
PSE | Jenin | Дженин | 杰宁
PSE | Nablus | Наблус | 纳布卢斯
PSE | Hebron | Хеврон | 希伯伦
PSE | Bethlehem | Вифлеем | 伯利恒
JOR | Aqaba | Акаба | 亚喀巴
SAU | Jeddah; Jidda | Джидда | 吉达
SAU | Mecca; Makkah | | 麦加
SAU | | | 麦地那
SAU | Dammam | Даммам | 达曼
SAU | Dhahran | Дахран | 宰赫兰
ARE | Dubai | Дубай; Дубаи | 迪拜
ARE | Sharjah | Шарджа | 沙迦
ARE | Fujairah | Фуджейра | 富查伊拉
YEM | Aden | Аден | 亚丁
YEM | Hodeidah; Hudaydah | Ходейда | 荷台达
YEM | Taiz | Таиз | 塔伊兹
YEM | Marib | Мариб | 马里卜
TUR | Istanbul | Стамбул | 伊斯坦布尔
TUR | Izmir | Измир | 伊兹密尔
TUR | Antalya | Анталья | 安塔利亚
TUR | Gaziantep | Газиантеп | 加济安泰普
TUR | Adana | Адана | 阿达纳
TUR | Bursa | Бурса | 布尔萨
TUR | Diyarbakir; Diyarbakır | Диярбакыр | 迪亚巴克尔
CYP | Limassol | Лимасол | 利马索尔
# -- Africa
EGY | Alexandria | Александрия | 亚历山大港
EGY | Port Said | Порт-Саид | 塞得港
EGY | Suez | Суэц | 苏伊士
EGY | Sharm el-Sheikh | Шарм-эш-Шейх | 沙姆沙伊赫
EGY | Aswan | Асуан | 阿斯旺
LBY | Benghazi | Бенгази | 班加西
LBY | Misrata | Мисурата | 米苏拉塔
LBY | Sirte | Сирт | 苏尔特
LBY | Tobruk | Тобрук | 图卜鲁格
DZA | Oran | Оран | 奥兰
MAR | Casablanca | Касабланка | 卡萨布兰卡
MAR | Marrakesh; Marrakech | Марракеш | 马拉喀什
MAR | Tangier | Танжер | 丹吉尔
SDN | Port Sudan | Порт-Судан | 苏丹港
SDN | Omdurman | Омдурман | 恩图曼
SDN | El Fasher; Al-Fashir | Эль-Фашер | 法希尔
ETH | Mekelle | | 默克莱
KEN | Mombasa | Момбаса | 蒙巴萨
NGA | Lagos | Лагос | 拉各斯
NGA | Kano | Кано | 卡诺
NGA | Maiduguri | Майдугури | 迈杜古里
NGA | Port Harcourt | Порт-Харкорт | 哈科特港
ZAF | Johannesburg | Йоханнесбург | 约翰内斯堡; 约堡
ZAF | Cape Town | Кейптаун | 开普敦
ZAF | Durban | Дурбан | 德班
COD | Goma | Гома | 戈马
COD | Lubumbashi | Лубумбаши | 卢本巴希
COD | Bukavu | Букаву | 布卡武
MLI | Timbuktu | Тимбукту | 廷巴克图
MLI | Kidal | Кидаль | 基达尔
NER | Agadez | Агадес | 阿加德兹
CMR | Douala | Дуала | 杜阿拉
# -- Europe
CHE | Geneva | Женева | 日内瓦
CHE | Zurich; Zürich | Цюрих | 苏黎世
CHE | Basel | Базель | 巴塞尔
CHE | Lausanne | Лозанна | 洛桑
CHE | Davos | Давос | 达沃斯
DEU | Munich | Мюнхен | 慕尼黑
DEU | Frankfurt | Франкфурт-на-Майне; Франкфурт | 法兰克福
DEU | Hamburg | Гамбург | 汉堡
DEU | Cologne | Кёльн | 科隆
DEU | Bonn | Бонн | 波恩
DEU | Dresden | Дрезден | 德累斯顿
DEU | Leipzig | Лейпциг | 莱比锡
DEU | Stuttgart | Штутгарт | 斯图加特
DEU | Düsseldorf; Dusseldorf | Дюссельдорф | 杜塞尔多夫
DEU | Hanover; Hannover | Ганновер | 汉诺威
DEU | Nuremberg; Nürnberg | Нюрнберг | 纽伦堡
DEU | Bremen | Бремен | 不来梅
DEU | Kiel | |
DEU | Potsdam | Потсдам | 波茨坦
DEU | Ramstein | Рамштайн | 拉姆施泰因
GBR | Manchester | Манчестер | 曼彻斯特
GBR | Birmingham | Бирмингем | 伯明翰
GBR | Liverpool | Ливерпуль | 利物浦
GBR | Glasgow | Глазго | 格拉斯哥
GBR | Edinburgh | Эдинбург | 爱丁堡
GBR | Belfast | Белфаст | 贝尔法斯特
GBR | Cardiff | Кардифф | 加的夫
GBR | Bristol | Бристоль | 布里斯托尔
GBR | Oxford | Оксфорд | 牛津
FRA | Marseille; Marseilles | | 马赛
FRA | Lyon | Лион | 里昂
FRA | Strasbourg | Страсбург | 斯特拉斯堡
FRA | Toulouse | Тулуза | 图卢兹
FRA | Bordeaux | | 波尔多
FRA | Lille | Лилль |
FRA | Cannes | Канны | 戛纳
FRA | Calais | | 加来
FRA | Toulon | Тулон | 土伦
ITA | Milan | Милан | 米兰
ITA | Naples | Неаполь | 那不勒斯
ITA | Turin | Турин | 都灵
ITA | Venice | Венеция | 威尼斯
ITA | | Флоренция | 佛罗伦萨
ITA | Genoa | Генуя | 热那亚
ITA | Bologna | Болонья | 博洛尼亚
ITA | Palermo | Палермо | 巴勒莫
ESP | Barcelona | Барселона | 巴塞罗那
ESP | Seville | Севилья | 塞维利亚
ESP | Bilbao | Бильбао | 毕尔巴鄂
ESP | Malaga; Málaga | Малага | 马拉加
ESP | Ceuta | Сеута | 休达
ESP | Melilla | Мелилья | 梅利利亚
PRT | Porto | | 波尔图
NLD | Rotterdam | Роттердам | 鹿特丹
NLD | The Hague | Гаага | 海牙
NLD | Utrecht | Утрехт | 乌得勒支
NLD | Maastricht | Маастрихт | 马斯特里赫特
BEL | Antwerp | Антверпен | 安特卫普
AUT | Salzburg | Зальцбург | 萨尔茨堡
SWE | Gothenburg | Гётеборг | 哥德堡
SWE | Malmö; Malmo | Мальмё | 马尔默
EST | Narva | Нарва | 纳尔瓦
EST | Tartu | Тарту | 塔尔图
LVA | Daugavpils | Даугавпилс |
LTU | Kaunas | Каунас | 考纳斯
LTU | Klaipeda; Klaipėda | Клайпеда | 克莱佩达
POL | Gdansk; Gdańsk | Гданьск | 格但斯克
POL | Krakow; Kraków; Cracow | Краков | 克拉科夫
POL | Wroclaw; Wrocław | Вроцлав | 弗罗茨瓦夫
POL | Poznan; Poznań | Познань | 波兹南
POL | Rzeszow; Rzeszów | Жешув | 热舒夫
POL | Lublin | Люблин | 卢布林
CZE | Brno | Брно | 布尔诺
ROU | Constanta; Constanța | Констанца | 康斯坦察
ROU | Cluj-Napoca | Клуж-Напока | 克卢日-纳波卡
BGR | Varna | Варна | 瓦尔纳
SRB | Novi Sad | Нови-Сад | 诺维萨德
BIH | Banja Luka | Баня-Лука | 巴尼亚卢卡
BIH | Srebrenica | Сребреница | 斯雷布雷尼察
BIH | Mostar | Мостар | 莫斯塔尔
HRV | Dubrovnik | Дубровник | 杜布罗夫尼克
XKX | Mitrovica | Митровица | 米特罗维察
GRC | Thessaloniki | Салоники | 塞萨洛尼基
GRC | Piraeus | Пирей | 比雷埃夫斯
# -- The Americas
USA | New York; New York City; NYC | Нью-Йорк | 纽约
USA | Los Angeles | Лос-Анджелес | 洛杉矶
USA | San Francisco | Сан-Франциско | 旧金山; 三藩市
USA | Chicago | Чикаго | 芝加哥
USA | Houston | Хьюстон | 休斯敦
USA | Boston | Бостон | 波士顿
USA | Seattle | Сиэтл | 西雅图
USA | Miami | Майами | 迈阿密
USA | Atlanta | Атланта | 亚特兰大
USA | Dallas | Даллас | 达拉斯
USA | Philadelphia | Филадельфия | 费城
USA | Detroit | Детройт | 底特律
USA | Las Vegas | Лас-Вегас | 拉斯维加斯
USA | San Diego | Сан-Диего | 圣迭戈
USA | Honolulu | Гонолулу | 檀香山; 火奴鲁鲁
USA | Anchorage | Анкоридж | 安克雷奇
USA | New Orleans | Новый Орлеан | 新奥尔良
USA | Pittsburgh | Питтсбург | 匹兹堡
USA | Baltimore | Балтимор | 巴尔的摩
USA | Minneapolis | Миннеаполис | 明尼阿波利斯
CAN | Toronto | Торонто | 多伦多
CAN | Vancouver | Ванкувер | 温哥华
CAN | Montreal; Montréal | Монреаль | 蒙特利尔
CAN | Calgary | Калгари | 卡尔加里
CAN | Quebec City | Квебек | 魁北克市
MEX | Guadalajara | Гвадалахара | 瓜达拉哈拉
MEX | Monterrey | Монтеррей | 蒙特雷
MEX | Tijuana | Тихуана | 蒂华纳
MEX | Ciudad Juárez; Ciudad Juarez | Сьюдад-Хуарес | 华雷斯城
MEX | Cancún; Cancun | Канкун | 坎昆
MEX | Acapulco | Акапулько | 阿卡普尔科
MEX | Culiacán; Culiacan | Кульякан | 库利亚坎
BRA | São Paulo; Sao Paulo | Сан-Паулу | 圣保罗
BRA | Rio de Janeiro | Рио-де-Жанейро | 里约热内卢; 里约
BRA | Belo Horizonte | Белу-Оризонти | 贝洛奥里藏特
BRA | Manaus | Манаус | 马瑙斯
BRA | Recife | Ресифи | 累西腓
BRA | Porto Alegre | Порту-Алегри | 阿雷格里港
BRA | Belém; Belem | Белен | 贝伦
CHL | Valparaíso; Valparaiso | Вальпараисо | 瓦尔帕莱索
COL | Medellín; Medellin | Медельин | 麦德林
COL | Cali | Кали |
VEN | Maracaibo | Маракайбо | 马拉开波
ECU | Guayaquil | Гуаякиль | 瓜亚基尔
# -- Oceania
AUS | Sydney | Сидней | 悉尼
AUS | Melbourne | Мельбурн | 墨尔本
AUS | Brisbane | Брисбен | 布里斯班
AUS | Perth | Перт | 珀斯
AUS | Adelaide | Аделаида | 阿德莱德
NZL | Auckland | | 奥克兰
NZL | Christchurch | Крайстчерч | 基督城
"""


def parse_cities(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(iso3, English, Russian, Chinese forms) from CITIES_TABLE's "ISO3 | en | ru | zh" lines
    (forms separated by ";"; "#" lines are comments)."""
    out = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        iso3, en, ru, zh = (part.strip() for part in line.split("|"))
        forms = [[f.strip() for f in part.split(";") if f.strip()] for part in (en, ru, zh)]
        out.append((iso3, forms[0], forms[1], forms[2]))
    return out


CITIES = parse_cities(CITIES_TABLE)

# Regions (provinces, states, republics, historical regions) that news names as places, in the
# same format as CITIES_TABLE. They are listed with kind REGION_KIND: "city", the loader's kind
# for a place that is not a capital (detente.actors.resolve and .roles read "city" as a place; a
# kind of their own would need them to). Disputed regions take the country ISO 3166 puts them
# in, as cities do: Crimea, Donbas and the occupied oblasts -> UKR, Abkhazia and South Ossetia ->
# GEO, Transnistria -> MDA, Karabakh -> AZE, the West Bank -> PSE (the Gaza Strip is a city
# above). Left out: Kashmir, Jammu and Kashmir, Aksai Chin, Arunachal Pradesh, the Golan Heights,
# the Kuril Islands (contested between states); regions shared by several states (Kurdistan,
# Punjab, Bengal, Baluchistan, Macedonia, Tyrol, Galicia, Papua); the bare Chinese 远东 (any Far
# East); English "Georgia", "Virginia" and "Washington" (a country, a given name, a capital),
# Russian "Джорджия" and "Мэн" (also the Isle of Man), Chinese 弗吉尼亚 and 德州 (also a city in
# Shandong).
REGIONS_TABLE = """
# -- Russia
RUS | Siberia | Сибирь | 西伯利亚
RUS | Russian Far East | Дальний Восток | 俄罗斯远东; 俄远东
RUS | North Caucasus | Северный Кавказ | 北高加索
RUS | Chechnya; Chechen Republic | Чечня; Чеченская Республика | 车臣; 车臣共和国
RUS | Dagestan | Дагестан | 达吉斯坦
RUS | Ingushetia | Ингушетия | 印古什
RUS | North Ossetia | Северная Осетия | 北奥塞梯
RUS | Kabardino-Balkaria | Кабардино-Балкария | 卡巴尔达-巴尔卡尔
RUS | Tatarstan | Татарстан | 鞑靼斯坦
RUS | Bashkortostan; Bashkiria | Башкортостан; Башкирия | 巴什科尔托斯坦
RUS | Yakutia; Sakha Republic | Якутия | 雅库特
RUS | Buryatia | Бурятия | 布里亚特
RUS | Tuva | Тыва; Тува | 图瓦
RUS | Karelia | Карелия | 卡累利阿
RUS | Chukotka | Чукотка | 楚科奇
RUS | Kamchatka | Камчатка | 堪察加
RUS | Sakhalin | Сахалин | 萨哈林
RUS | Yamal | Ямал | 亚马尔
RUS | Moscow region; Moscow Oblast | Московская область; Подмосковье | 莫斯科州
RUS | Leningrad region; Leningrad Oblast | Ленинградская область | 列宁格勒州
RUS | Kaliningrad region; Kaliningrad Oblast | Калининградская область | 加里宁格勒州
RUS | Kursk region; Kursk Oblast | Курская область | 库尔斯克州
RUS | Belgorod region; Belgorod Oblast | Белгородская область | 别尔哥罗德州
RUS | Bryansk region; Bryansk Oblast | Брянская область | 布良斯克州
RUS | Voronezh region; Voronezh Oblast | Воронежская область | 沃罗涅日州
RUS | Rostov region; Rostov Oblast | Ростовская область | 罗斯托夫州
RUS | Pskov region; Pskov Oblast | Псковская область | 普斯科夫州
RUS | Smolensk region; Smolensk Oblast | Смоленская область | 斯摩棱斯克州
RUS | Murmansk region; Murmansk Oblast | Мурманская область | 摩尔曼斯克州
RUS | Arkhangelsk region; Arkhangelsk Oblast | Архангельская область | 阿尔汉格尔斯克州
RUS | Volgograd region; Volgograd Oblast | Волгоградская область | 伏尔加格勒州
RUS | Astrakhan region; Astrakhan Oblast | Астраханская область | 阿斯特拉罕州
RUS | Sverdlovsk region; Sverdlovsk Oblast | Свердловская область | 斯维尔德洛夫斯克州
RUS | Chelyabinsk region; Chelyabinsk Oblast | Челябинская область | 车里雅宾斯克州
RUS | Novosibirsk region; Novosibirsk Oblast | Новосибирская область | 新西伯利亚州
RUS | Irkutsk region; Irkutsk Oblast | Иркутская область | 伊尔库茨克州
RUS | Amur region; Amur Oblast | Амурская область | 阿穆尔州
RUS | Krasnodar region; Krasnodar Krai | Краснодарский край | 克拉斯诺达尔边疆区
RUS | Stavropol region; Stavropol Krai | Ставропольский край | 斯塔夫罗波尔边疆区
RUS | Krasnoyarsk region; Krasnoyarsk Krai | Красноярский край | 克拉斯诺亚尔斯克边疆区
RUS | Altai Krai | Алтайский край | 阿尔泰边疆区
RUS | Zabaykalsky Krai | Забайкальский край | 外贝加尔边疆区
RUS | Khabarovsk region; Khabarovsk Krai | Хабаровский край | 哈巴罗夫斯克边疆区
RUS | Primorye; Primorsky Krai; Primorsky region | Приморье; Приморский край | 滨海边疆区
# -- Ukraine (Crimea and the occupied oblasts included)
UKR | Crimea; Crimean Peninsula | Крым; Крымский полуостров | 克里米亚; 克里米亚半岛
UKR | Donbas; Donbass | Донбасс | 顿巴斯
UKR | Donetsk region; Donetsk Oblast | Донецкая область | 顿涅茨克州
UKR | Luhansk region; Luhansk Oblast; Lugansk region | Луганская область | 卢甘斯克州
UKR | Kharkiv region; Kharkiv Oblast; Kharkov region | Харьковская область | 哈尔科夫州
UKR | Zaporizhzhia region; Zaporizhzhia Oblast; Zaporizhia region | Запорожская область | 扎波罗热州
UKR | Kherson region; Kherson Oblast | Херсонская область | 赫尔松州
UKR | Sumy region; Sumy Oblast | Сумская область | 苏梅州
UKR | Dnipropetrovsk region; Dnipropetrovsk Oblast | Днепропетровская область | 第聂伯罗彼得罗夫斯克州
UKR | Mykolaiv region; Mykolaiv Oblast | Николаевская область | 尼古拉耶夫州
UKR | Odesa region; Odesa Oblast; Odessa region | Одесская область | 敖德萨州
UKR | Kyiv region; Kyiv Oblast; Kiev region | Киевская область | 基辅州
UKR | Chernihiv region; Chernihiv Oblast | Черниговская область | 切尔尼戈夫州
UKR | Poltava region; Poltava Oblast | Полтавская область | 波尔塔瓦州
UKR | Lviv region; Lviv Oblast | Львовская область | 利沃夫州
UKR | Zakarpattia; Transcarpathia | Закарпатье | 外喀尔巴阡州
# -- Moldova and the Caucasus
MDA | Transnistria; Transdniestria | Приднестровье | 德涅斯特河沿岸; 德涅斯特河左岸
GEO | Abkhazia | Абхазия | 阿布哈兹
GEO | South Ossetia | Южная Осетия | 南奥塞梯
AZE | Nagorno-Karabakh; Karabakh | Нагорный Карабах; Карабах | 纳戈尔诺-卡拉巴赫; 卡拉巴赫
# -- China
CHN | Xinjiang; Xinjiang Uyghur Autonomous Region | Синьцзян; Синьцзян-Уйгурский автономный район | 新疆; 新疆维吾尔自治区
CHN | Tibet; Tibet Autonomous Region | Тибет; Тибетский автономный район | 西藏; 西藏自治区
CHN | Inner Mongolia | Внутренняя Монголия | 内蒙古
CHN | Guangxi | Гуанси | 广西
CHN | Ningxia | Нинся | 宁夏
CHN | Guangdong | Гуандун | 广东
CHN | Fujian | Фуцзянь | 福建
CHN | Heilongjiang | Хэйлунцзян | 黑龙江
CHN | Jilin | Цзилинь | 吉林
CHN | Liaoning | Ляонин | 辽宁
CHN | Yunnan | Юньнань | 云南
CHN | Sichuan | Сычуань | 四川
CHN | Zhejiang | Чжэцзян | 浙江
CHN | Jiangsu | Цзянсу | 江苏
CHN | Shandong | Шаньдун | 山东
CHN | Henan | Хэнань | 河南
CHN | Hebei | Хэбэй | 河北
CHN | Hubei | Хубэй | 湖北
CHN | Hunan | Хунань | 湖南
CHN | Anhui | Аньхой | 安徽
CHN | Jiangxi | Цзянси | 江西
CHN | Shanxi | Шаньси | 山西
CHN | Shaanxi | Шэньси | 陕西
CHN | Gansu | Ганьсу | 甘肃
CHN | Qinghai | Цинхай | 青海
CHN | Guizhou | Гуйчжоу | 贵州
CHN | Hainan | Хайнань | 海南
# -- Japan, Korea, Southeast and South Asia
JPN | Okinawa | Окинава | 冲绳
JPN | Hokkaido | Хоккайдо | 北海道
KOR | Jeju | Чеджу | 济州
PHL | Mindanao | Минданао | 棉兰老
IDN | Aceh | Ачех | 亚齐
MMR | Rakhine | Ракхайн | 若开
IND | Ladakh | Ладакх | 拉达克
# -- Middle East and Africa
PSE | West Bank | Западный берег реки Иордан; Западный берег Иордана | 约旦河西岸
IRQ | Kurdistan Region; Kurdistan Region of Iraq; Iraqi Kurdistan | Иракский Курдистан | 伊拉克库尔德斯坦; 伊拉克库尔德自治区
EGY | Sinai; Sinai Peninsula | Синай; Синайский полуостров | 西奈半岛
SDN | Darfur | Дарфур | 达尔富尔
ETH | Tigray | Тыграй | 提格雷
# -- Europe
GBR | England | | 英格兰
GBR | Scotland | Шотландия | 苏格兰
GBR | Wales | Уэльс | 威尔士
GBR | Northern Ireland | Северная Ирландия | 北爱尔兰
DEU | Bavaria | Бавария | 巴伐利亚
ESP | Catalonia | Каталония | 加泰罗尼亚
FRA | Corsica | Корсика | 科西嘉
ITA | Sicily | Сицилия | 西西里
# -- Canada
CAN | Quebec | Квебек | 魁北克
CAN | Ontario | Онтарио | 安大略
CAN | British Columbia | Британская Колумбия | 不列颠哥伦比亚
CAN | Alberta | Альберта | 艾伯塔
# -- United States (New York: a city above)
USA | Alabama | Алабама | 亚拉巴马; 阿拉巴马
USA | Alaska | Аляска | 阿拉斯加
USA | Arizona | Аризона | 亚利桑那
USA | Arkansas | Арканзас | 阿肯色
USA | California | Калифорния | 加利福尼亚; 加州
USA | Colorado | Колорадо | 科罗拉多
USA | Connecticut | Коннектикут | 康涅狄格
USA | Delaware | Делавэр | 特拉华
USA | Florida | Флорида | 佛罗里达; 佛州
USA | | | 佐治亚
USA | Hawaii | Гавайи | 夏威夷
USA | Idaho | Айдахо | 爱达荷
USA | Illinois | Иллинойс | 伊利诺伊
USA | Indiana | Индиана | 印第安纳
USA | Iowa | Айова | 艾奥瓦; 爱荷华
USA | Kansas | Канзас | 堪萨斯
USA | Kentucky | Кентукки | 肯塔基
USA | Louisiana | Луизиана | 路易斯安那
USA | Maine | | 缅因
USA | Maryland | Мэриленд | 马里兰
USA | Massachusetts | Массачусетс | 马萨诸塞; 麻省
USA | Michigan | Мичиган | 密歇根
USA | Minnesota | Миннесота | 明尼苏达
USA | Mississippi | Миссисипи | 密西西比
USA | Missouri | Миссури | 密苏里
USA | Montana | Монтана | 蒙大拿
USA | Nebraska | Небраска | 内布拉斯加
USA | Nevada | Невада | 内华达
USA | New Hampshire | Нью-Гэмпшир | 新罕布什尔
USA | New Jersey | Нью-Джерси | 新泽西
USA | New Mexico | Нью-Мексико | 新墨西哥
USA | New York State | штат Нью-Йорк | 纽约州
USA | North Carolina | Северная Каролина | 北卡罗来纳
USA | North Dakota | Северная Дакота | 北达科他
USA | Ohio | Огайо | 俄亥俄
USA | Oklahoma | Оклахома | 俄克拉何马; 俄克拉荷马
USA | Oregon | Орегон | 俄勒冈
USA | Pennsylvania | Пенсильвания | 宾夕法尼亚; 宾州
USA | Rhode Island | Род-Айленд | 罗得岛; 罗德岛
USA | South Carolina | Южная Каролина | 南卡罗来纳
USA | South Dakota | Южная Дакота | 南达科他
USA | Tennessee | Теннесси | 田纳西
USA | Texas | Техас | 得克萨斯; 德克萨斯; 得州
USA | Utah | Юта | 犹他
USA | Vermont | Вермонт | 佛蒙特
USA | Washington State | штат Вашингтон | 华盛顿州
USA | West Virginia | Западная Виргиния; Западная Вирджиния | 西弗吉尼亚
USA | Wisconsin | Висконсин | 威斯康星
USA | Wyoming | Вайоминг | 怀俄明
"""
REGIONS = parse_cities(REGIONS_TABLE)
REGION_KIND = "city"  # see REGIONS_TABLE

# English names the data sets miss: current official short forms and former names.
EN_EXTRA_NAMES = {
    "BEN": ["Dahomey"],
    "BFA": ["Upper Volta"],
    "BGD": ["East Pakistan"],
    "BWA": ["Bechuanaland"],
    "CIV": ["Côte d'Ivoire", "Cote d'Ivoire"],
    "COD": ["Zaire", "DR Congo", "DRC"],
    "CPV": ["Cabo Verde"],
    "CSK": ["Czechoslovakia"],
    "CZE": ["Czechia"],
    "DDR": ["East Germany", "German Democratic Republic", "GDR"],
    "DEU": ["West Germany", "Federal Republic of Germany", "FRG"],
    "ETH": ["Abyssinia"],
    "GBR": ["Britain", "Great Britain", "UK", "United Kingdom"],
    "IRN": ["Persia"],
    "KHM": ["Kampuchea"],
    "LKA": ["Ceylon"],
    "LSO": ["Basutoland"],
    "MKD": ["North Macedonia", "Macedonia"],
    "MMR": ["Burma"],
    "MWI": ["Nyasaland"],
    "PRK": ["DPRK"],
    "KOR": ["ROK"],
    "SCG": ["Serbia and Montenegro"],
    "SUN": ["Soviet Union", "USSR", "U.S.S.R."],
    "SWZ": ["Eswatini", "Swaziland"],
    "THA": ["Siam"],
    "TLS": ["Timor-Leste", "East Timor"],
    "TUR": ["Türkiye", "Turkiye"],
    "USA": ["United States", "US", "U.S.", "USA", "America"],
    "VAT": ["Holy See", "Vatican"],
    "YUG": ["Yugoslavia"],
    "ZWE": ["Rhodesia"],
}
RU_EXTRA_NAMES = {
    "AFG": ["Исламский Эмират Афганистан"],  # the Taliban's name for the state since 2021
    "TUR": ["Республика Турция"],
    "SUN": ["СССР"],
    "DDR": ["Германская Демократическая Республика"],
    "MKD": ["Северная Македония"],
    "SWZ": ["Эсватини", "Свазиленд"],
    "MMR": ["Мьянма", "Бирма"],
}
# Official long forms of the main countries (simplified characters) that Wikidata lacks.
ZH_EXTRA_NAMES = {
    "AFG": ["阿富汗伊斯兰酋长国"],  # the Taliban's name for the state since 2021
    "ARG": ["阿根廷共和国"],
    "AUS": ["澳大利亚联邦"],
    "BLR": ["白俄罗斯共和国"],
    "BRA": ["巴西联邦共和国"],
    "IDN": ["印度尼西亚共和国"],
    "IRN": ["伊朗伊斯兰共和国"],
    "IRQ": ["伊拉克共和国"],
    "ISR": ["以色列国"],
    "MMR": ["缅甸联邦共和国"],
    "PAK": ["巴基斯坦伊斯兰共和国"],
    "PHL": ["菲律宾共和国"],
    "PSE": ["巴勒斯坦国"],
    "QAT": ["卡塔尔国"],
    "RUS": ["俄罗斯联邦", "俄羅斯聯邦"],
    "SAU": ["沙特阿拉伯王国"],
    "SYR": ["阿拉伯叙利亚共和国"],
    "THA": ["泰王国"],
    "TJK": ["塔吉克斯坦共和国"],
    "UZB": ["乌兹别克斯坦共和国"],
    "ZAF": ["南非共和国"],
    "DDR": ["民主德国"],
    "MKD": ["北马其顿"],
    "SWZ": ["斯威士兰", "埃斯瓦蒂尼"],
}

# English demonym adjectives for the main countries (Phoenix adds the rest, misspellings
# included: "Jamacian", "Maldivan"; the standard forms are listed here). Every country or
# territory has one here or from Phoenix, except those in EN_ADJECTIVE_NONE; the build checks
# that (missing_demonyms(), printed with --report).
EN_ADJECTIVES = {
    "AFG": ["Afghan"],
    "AIA": ["Anguillan"],
    "ANT": ["Netherlands Antillean"],
    "ARE": ["Emirati"],
    "ARG": ["Argentine", "Argentinian"],
    "ARM": ["Armenian"],
    "ASM": ["American Samoan"],
    "ATG": ["Antiguan", "Barbudan"],
    "AUS": ["Australian"],
    "AUT": ["Austrian"],
    "AZE": ["Azerbaijani"],
    "BEL": ["Belgian"],
    "BFA": ["Burkinabe", "Burkinabè"],
    "BGD": ["Bangladeshi"],
    "BGR": ["Bulgarian"],
    "BHR": ["Bahraini"],
    "BIH": ["Bosnian"],
    "BLR": ["Belarusian"],
    "BRA": ["Brazilian"],
    "BWA": ["Botswanan"],
    "CAN": ["Canadian"],
    "CHE": ["Swiss"],
    "CHN": ["Chinese", "Sino"],
    "CIV": ["Ivorian"],
    "COM": ["Comorian"],
    "CRI": ["Costa Rican"],
    "CSK": ["Czechoslovak"],
    "CUB": ["Cuban"],
    "CYM": ["Caymanian"],
    "CZE": ["Czech"],
    "DDR": ["East German"],
    "DEU": ["German"],
    "DJI": ["Djiboutian"],
    "DNK": ["Danish"],
    "DOM": ["Dominican"],
    "EGY": ["Egyptian"],
    "ESH": ["Sahrawi", "Saharawi"],
    "ESP": ["Spanish"],
    "EST": ["Estonian"],
    "ETH": ["Ethiopian"],
    "FIN": ["Finnish"],
    "FRA": ["French"],
    "FRO": ["Faroese"],
    "GBR": ["British"],
    "GEO": ["Georgian"],
    "GNB": ["Bissau-Guinean"],
    "GNQ": ["Equatoguinean"],
    "GRC": ["Greek"],
    "GRL": ["Greenlandic"],
    "GUM": ["Guamanian"],
    "HRV": ["Croatian"],
    "HUN": ["Hungarian"],
    "IDN": ["Indonesian"],
    "IMN": ["Manx"],
    "IND": ["Indian"],
    "IRL": ["Irish"],
    "IRN": ["Iranian"],
    "IRQ": ["Iraqi"],
    "ISL": ["Icelandic"],
    "ISR": ["Israeli"],
    "ITA": ["Italian"],
    "JAM": ["Jamaican"],
    "JOR": ["Jordanian"],
    "JPN": ["Japanese"],
    "KAZ": ["Kazakh", "Kazakhstani"],
    "KGZ": ["Kyrgyz"],
    "KHM": ["Cambodian"],
    "KIR": ["I-Kiribati"],
    "KNA": ["Kittitian"],
    "KOR": ["South Korean"],
    "KWT": ["Kuwaiti"],
    "LAO": ["Lao", "Laotian"],
    "LBN": ["Lebanese"],
    "LBY": ["Libyan"],
    "LKA": ["Sri Lankan"],
    "LSO": ["Basotho"],
    "LTU": ["Lithuanian"],
    "LUX": ["Luxembourgish"],
    "LVA": ["Latvian"],
    "MAC": ["Macanese"],
    "MAR": ["Moroccan"],
    "MCO": ["Monegasque", "Monégasque"],
    "MDA": ["Moldovan"],
    "MDG": ["Malagasy"],
    "MDV": ["Maldivian"],
    "MEX": ["Mexican"],
    "MHL": ["Marshallese"],
    "MKD": ["North Macedonian"],
    "MMR": ["Burmese"],
    "MNE": ["Montenegrin"],
    "MNG": ["Mongolian"],
    "MOZ": ["Mozambican"],
    "MYS": ["Malaysian"],
    "NER": ["Nigerien"],
    "NGA": ["Nigerian"],
    "NLD": ["Dutch"],
    "NOR": ["Norwegian"],
    "NPL": ["Nepali", "Nepalese"],
    "NZL": ["New Zealand"],
    "OMN": ["Omani"],
    "PAK": ["Pakistani"],
    "PHL": ["Filipino", "Philippine"],
    "POL": ["Polish"],
    "PRI": ["Puerto Rican"],
    "PRK": ["North Korean"],
    "PRT": ["Portuguese"],
    "PSE": ["Palestinian"],
    "QAT": ["Qatari"],
    "ROU": ["Romanian"],
    "RUS": ["Russian"],
    "SAU": ["Saudi"],
    "SDN": ["Sudanese"],
    "SGP": ["Singaporean"],
    "SMR": ["Sammarinese"],
    "SRB": ["Serbian"],
    "STP": ["São Toméan", "Sao Tomean", "Santomean"],
    "SUN": ["Soviet"],
    "SVK": ["Slovak"],
    "SVN": ["Slovenian", "Slovene"],
    "SWE": ["Swedish"],
    "SWZ": ["Swazi"],
    "SYR": ["Syrian"],
    "THA": ["Thai"],
    "TJK": ["Tajik"],
    "TKM": ["Turkmen"],
    "TLS": ["East Timorese"],
    "TTO": ["Trinidadian", "Tobagonian"],
    "TUR": ["Turkish"],
    "TWN": ["Taiwanese"],
    "UKR": ["Ukrainian"],
    "USA": ["American"],
    "UZB": ["Uzbek"],
    "VEN": ["Venezuelan"],
    "VNM": ["Vietnamese"],
    "VUT": ["Ni-Vanuatu"],
    "WSM": ["Samoan"],
    "XKX": ["Kosovar", "Kosovan"],
    "YEM": ["Yemeni"],
    "YUG": ["Yugoslav"],
    "ZAF": ["South African"],
}
# Countries and territories left without an English demonym adjective, and why.
EN_ADJECTIVE_NONE = {
    "CAF": '"Central African" also means the region ("Central African states")',
    "COG": '"Congolese" is shared with DR Congo (Phoenix gives it to COD, kept there)',
    "DMA": '"Dominican" is shared with the Dominican Republic (TERM_PREFERENCE: DOM)',
    "GGY": "no adjective in common use",
    "SCG": "no adjective in common use (former state)",
    "VAT": '"Vatican", the name, serves as the adjective',
    "VIR": '"Virgin Islander" is shared with the British Virgin Islands',
}
# English demonym nouns that are not the adjective (+s).
EN_PEOPLE = {
    "BFA": ["Burkinabe", "Burkinabè"],
    "BWA": ["Motswana", "Batswana"],
    "DNK": ["Dane", "Danes"],
    "ESP": ["Spaniard", "Spaniards"],
    "FIN": ["Finn", "Finns"],
    "FRA": ["Frenchman", "Frenchmen"],
    "GBR": ["Briton", "Britons", "Brits"],
    "KIR": ["I-Kiribati"],
    "LSO": ["Mosotho", "Basotho"],
    "MCO": ["Monegasques", "Monégasques"],
    "MDG": ["Malagasy"],
    "MNE": ["Montenegrins"],
    "NER": ["Nigeriens"],
    "NLD": ["Dutchman", "Dutchmen"],
    "NZL": ["New Zealander", "New Zealanders"],
    "PHL": ["Filipinos"],
    "SWE": ["Swede", "Swedes"],
    "TUR": ["Turk", "Turks"],
    "VUT": ["Ni-Vanuatu"],
    "XKX": ["Kosovars", "Kosovans"],
}

# Russian demonym adjectives, in the dictionary form natasha/pymorphy2 give (lower case), for
# the countries most in the news (missing_demonyms() lists the sovereign states still without
# one). Left out: "конголезский" (both Congos) and "гвинейский" (three Guineas).
RU_ADJECTIVES = {
    "AFG": ["афганский"],
    "AGO": ["ангольский"],
    "ALB": ["албанский"],
    "ARE": ["эмиратский"],
    "ARG": ["аргентинский"],
    "ARM": ["армянский"],
    "AUS": ["австралийский"],
    "AUT": ["австрийский"],
    "AZE": ["азербайджанский"],
    "BDI": ["бурундийский"],
    "BEL": ["бельгийский"],
    "BEN": ["бенинский"],
    "BGD": ["бангладешский"],
    "BGR": ["болгарский"],
    "BHR": ["бахрейнский"],
    "BHS": ["багамский"],
    "BIH": ["боснийский"],
    "BLR": ["белорусский"],
    "BOL": ["боливийский"],
    "BRA": ["бразильский"],
    "BRN": ["брунейский"],
    "BTN": ["бутанский"],
    "CAN": ["канадский"],
    "CHE": ["швейцарский"],
    "CHL": ["чилийский"],
    "CHN": ["китайский"],
    "CIV": ["ивуарийский"],
    "CMR": ["камерунский"],
    "COL": ["колумбийский"],
    "CRI": ["костариканский"],
    "CSK": ["чехословацкий"],
    "CUB": ["кубинский"],
    "CYP": ["кипрский"],
    "CZE": ["чешский"],
    "DEU": ["германский", "немецкий"],
    "DJI": ["джибутийский"],
    "DNK": ["датский"],
    "DOM": ["доминиканский"],
    "DZA": ["алжирский"],
    "ECU": ["эквадорский"],
    "EGY": ["египетский"],
    "ERI": ["эритрейский"],
    "ESP": ["испанский"],
    "EST": ["эстонский"],
    "ETH": ["эфиопский"],
    "FIN": ["финский", "финляндский"],
    "FJI": ["фиджийский"],
    "FRA": ["французский"],
    "GAB": ["габонский"],
    "GBR": ["британский"],
    "GEO": ["грузинский"],
    "GHA": ["ганский"],
    "GMB": ["гамбийский"],
    "GRC": ["греческий"],
    "GTM": ["гватемальский"],
    "GUY": ["гайанский"],
    "HKG": ["гонконгский"],
    "HND": ["гондурасский"],
    "HRV": ["хорватский"],
    "HTI": ["гаитянский"],
    "HUN": ["венгерский"],
    "IDN": ["индонезийский"],
    "IND": ["индийский"],
    "IRL": ["ирландский"],
    "IRN": ["иранский"],
    "IRQ": ["иракский"],
    "ISL": ["исландский"],
    "ISR": ["израильский"],
    "ITA": ["итальянский"],
    "JAM": ["ямайский"],
    "JOR": ["иорданский"],
    "JPN": ["японский"],
    "KAZ": ["казахстанский"],
    "KEN": ["кенийский"],
    "KGZ": ["киргизский", "кыргызский"],
    "KHM": ["камбоджийский"],
    "KOR": ["южнокорейский"],
    "KWT": ["кувейтский"],
    "LAO": ["лаосский"],
    "LBN": ["ливанский"],
    "LBR": ["либерийский"],
    "LBY": ["ливийский"],
    "LIE": ["лихтенштейнский"],
    "LKA": ["шри-ланкийский", "ланкийский"],
    "LTU": ["литовский"],
    "LUX": ["люксембургский"],
    "LVA": ["латвийский"],
    "MAR": ["марокканский"],
    "MDA": ["молдавский"],
    "MDG": ["мадагаскарский"],
    "MDV": ["мальдивский"],
    "MEX": ["мексиканский"],
    "MKD": ["северомакедонский", "македонский"],
    "MLI": ["малийский"],
    "MLT": ["мальтийский"],
    "MMR": ["мьянманский", "бирманский"],
    "MNE": ["черногорский"],
    "MNG": ["монгольский"],
    "MOZ": ["мозамбикский"],
    "MRT": ["мавританский"],
    "MUS": ["маврикийский"],
    "MWI": ["малавийский"],
    "MYS": ["малайзийский"],
    "NAM": ["намибийский"],
    "NER": ["нигерский"],
    "NGA": ["нигерийский"],
    "NIC": ["никарагуанский"],
    "NLD": ["нидерландский", "голландский"],
    "NOR": ["норвежский"],
    "NPL": ["непальский"],
    "NZL": ["новозеландский"],
    "OMN": ["оманский"],
    "PAK": ["пакистанский"],
    "PAN": ["панамский"],
    "PER": ["перуанский"],
    "PHL": ["филиппинский"],
    "POL": ["польский"],
    "PRK": ["северокорейский"],
    "PRT": ["португальский"],
    "PRY": ["парагвайский"],
    "PSE": ["палестинский"],
    "QAT": ["катарский"],
    "ROU": ["румынский"],
    "RUS": ["российский", "русский"],
    "RWA": ["руандийский"],
    "SAU": ["саудовский"],
    "SDN": ["суданский"],
    "SEN": ["сенегальский"],
    "SGP": ["сингапурский"],
    "SLE": ["сьерра-леонский"],
    "SLV": ["сальвадорский"],
    "SOM": ["сомалийский"],
    "SRB": ["сербский"],
    "SSD": ["южносуданский"],
    "SUN": ["советский"],
    "SUR": ["суринамский"],
    "SVK": ["словацкий"],
    "SVN": ["словенский"],
    "SWE": ["шведский"],
    "SYR": ["сирийский"],
    "TCD": ["чадский"],
    "TGO": ["тоголезский"],
    "THA": ["таиландский", "тайский"],
    "TJK": ["таджикский"],
    "TKM": ["туркменский"],
    "TLS": ["восточнотиморский"],
    "TUN": ["тунисский"],
    "TUR": ["турецкий"],
    "TWN": ["тайваньский"],
    "TZA": ["танзанийский"],
    "UGA": ["угандийский"],
    "UKR": ["украинский"],
    "URY": ["уругвайский"],
    "USA": ["американский"],
    "UZB": ["узбекский", "узбекистанский"],
    "VEN": ["венесуэльский"],
    "VNM": ["вьетнамский"],
    "XKX": ["косовский"],
    "YEM": ["йеменский"],
    "YUG": ["югославский"],
    "ZAF": ["южноафриканский"],
    "ZMB": ["замбийский"],
    "ZWE": ["зимбабвийский"],
}
# Russian demonym nouns (dictionary form: masculine singular).
RU_PEOPLE = {
    "AFG": ["афганец"],
    "ARM": ["армянин"],
    "AZE": ["азербайджанец"],
    "BLR": ["белорус"],
    "CHN": ["китаец"],
    "DEU": ["немец"],
    "FRA": ["француз"],
    "GBR": ["британец"],
    "GEO": ["грузин"],
    "IND": ["индиец"],
    "IRN": ["иранец"],
    "ISR": ["израильтянин"],
    "ITA": ["итальянец"],
    "JPN": ["японец"],
    "KAZ": ["казахстанец"],
    "POL": ["поляк"],
    "PSE": ["палестинец"],
    "RUS": ["россиянин"],
    "SYR": ["сириец"],
    "TUR": ["турок"],
    "UKR": ["украинец"],
    "USA": ["американец"],
    "UZB": ["узбек"],
    "VNM": ["вьетнамец"],
}
# Chinese has no separate adjective form ("中国" serves as one); its demonym nouns are 国名+人.
ZH_PEOPLE = {
    "AFG": ["阿富汗人"],
    "ARM": ["亚美尼亚人"],
    "AUS": ["澳大利亚人"],
    "AZE": ["阿塞拜疆人"],
    "BLR": ["白俄罗斯人"],
    "BRA": ["巴西人"],
    "CAN": ["加拿大人"],
    "CHN": ["中国人"],
    "DEU": ["德国人"],
    "EGY": ["埃及人"],
    "ESP": ["西班牙人"],
    "FRA": ["法国人"],
    "GBR": ["英国人"],
    "GEO": ["格鲁吉亚人"],
    "IDN": ["印尼人", "印度尼西亚人"],
    "IND": ["印度人"],
    "IRN": ["伊朗人"],
    "IRQ": ["伊拉克人"],
    "ISR": ["以色列人"],
    "ITA": ["意大利人"],
    "JPN": ["日本人"],
    "KAZ": ["哈萨克斯坦人"],
    "KOR": ["韩国人"],
    "MEX": ["墨西哥人"],
    "PAK": ["巴基斯坦人"],
    "PHL": ["菲律宾人"],
    "POL": ["波兰人"],
    "PRK": ["朝鲜人"],
    "PSE": ["巴勒斯坦人"],
    "RUS": ["俄罗斯人", "俄国人"],
    "SAU": ["沙特人"],
    "SYR": ["叙利亚人"],
    "THA": ["泰国人"],
    "TUR": ["土耳其人"],
    "TWN": ["台湾人"],
    "UKR": ["乌克兰人"],
    "USA": ["美国人"],
    "VNM": ["越南人"],
    "ZAF": ["南非人"],
}

# Ethnic and national groups the news uses as actor words ("Serb forces", "Bosnian Serbs",
# "Uyghur activists"), pointed at the country CAMEO codes them to: (term, lang, iso3, kind).
# Only groups that live overwhelmingly in one state. Left out: Kurds, Pashtuns, Tamils, Tatars,
# Hutu, Tutsi (several states each); Hausa (Nigeria and Niger), Ndebele (Zimbabwe and South
# Africa), Shona (also a given name); Chinese 塞族/克族 (news uses them for the Serbs and
# Croats of Bosnia and Kosovo).
GROUP_TERMS = [
    ("Serb", "en", "SRB", "adjective"),
    ("Serbs", "en", "SRB", "people"),
    ("серб", "ru", "SRB", "people"),
    ("塞尔维亚人", "zh", "SRB", "people"),
    ("Croat", "en", "HRV", "adjective"),
    ("Croats", "en", "HRV", "people"),
    ("хорват", "ru", "HRV", "people"),
    ("克罗地亚人", "zh", "HRV", "people"),
    ("Bosniak", "en", "BIH", "adjective"),
    ("Bosniaks", "en", "BIH", "people"),
    ("бошняк", "ru", "BIH", "people"),
    # the Serbs and Croats of Bosnia and Kosovo, longer terms that win over "Serb" and "Croat"
    ("Bosnian Serb", "en", "BIH", "adjective"),
    ("Bosnian Serbs", "en", "BIH", "people"),
    ("Bosnian Croat", "en", "BIH", "adjective"),
    ("Bosnian Croats", "en", "BIH", "people"),
    ("Kosovo Serb", "en", "XKX", "adjective"),
    ("Kosovo Serbs", "en", "XKX", "people"),
    ("Yoruba", "en", "NGA", "adjective"),
    ("Yorubas", "en", "NGA", "people"),
    ("Igbo", "en", "NGA", "adjective"),
    ("Igbos", "en", "NGA", "people"),
    ("Ibo", "en", "NGA", "adjective"),
    ("Uyghur", "en", "CHN", "adjective"),
    ("Uyghurs", "en", "CHN", "people"),
    ("Uighur", "en", "CHN", "adjective"),
    ("Uighurs", "en", "CHN", "people"),
    ("Uygur", "en", "CHN", "adjective"),
    ("Uygurs", "en", "CHN", "people"),
    ("уйгурский", "ru", "CHN", "adjective"),
    ("уйгур", "ru", "CHN", "people"),
    ("维吾尔族", "zh", "CHN", "people"),
    ("维吾尔人", "zh", "CHN", "people"),
    ("Tibetan", "en", "CHN", "adjective"),
    ("Tibetans", "en", "CHN", "people"),
    ("тибетский", "ru", "CHN", "adjective"),
    ("тибетец", "ru", "CHN", "people"),
    ("藏族", "zh", "CHN", "people"),
    ("Chechen", "en", "RUS", "adjective"),
    ("Chechens", "en", "RUS", "people"),
    ("чеченский", "ru", "RUS", "adjective"),
    ("чеченец", "ru", "RUS", "people"),
    ("车臣人", "zh", "RUS", "people"),
]

# Places and buildings that stand for an institution: (term, lang, iso3, sector).
METONYMS = [
    ("Kremlin", "en", "RUS", "GOV"),
    ("the Kremlin", "en", "RUS", "GOV"),
    ("Кремль", "ru", "RUS", "GOV"),
    ("克里姆林宫", "zh", "RUS", "GOV"),
    ("Smolenskaya Square", "en", "RUS", "GOV"),  # the Russian foreign ministry
    ("Смоленская площадь", "ru", "RUS", "GOV"),
    ("Старая площадь", "ru", "RUS", "GOV"),  # the Presidential Administration
    ("Lubyanka", "en", "RUS", "SPY"),  # the FSB
    ("Лубянка", "ru", "RUS", "SPY"),
    ("White House", "en", "USA", "GOV"),
    ("the White House", "en", "USA", "GOV"),
    ("Белый дом", "ru", "USA", "GOV"),  # in Russian also the Russian government's seat
    ("白宫", "zh", "USA", "GOV"),
    ("Pentagon", "en", "USA", "MIL"),
    ("the Pentagon", "en", "USA", "MIL"),
    ("Пентагон", "ru", "USA", "MIL"),
    ("五角大楼", "zh", "USA", "MIL"),
    ("Foggy Bottom", "en", "USA", "GOV"),  # the State Department
    ("Capitol Hill", "en", "USA", "LEG"),
    ("Капитолий", "ru", "USA", "LEG"),
    ("国会山", "zh", "USA", "LEG"),
    ("Zhongnanhai", "en", "CHN", "GOV"),
    ("Чжуннаньхай", "ru", "CHN", "GOV"),
    ("中南海", "zh", "CHN", "GOV"),
    ("Downing Street", "en", "GBR", "GOV"),
    ("Даунинг-стрит", "ru", "GBR", "GOV"),
    ("唐宁街", "zh", "GBR", "GOV"),
    ("Whitehall", "en", "GBR", "GOV"),
    ("Уайтхолл", "ru", "GBR", "GOV"),
    ("白厅", "zh", "GBR", "GOV"),
    ("Élysée", "en", "FRA", "GOV"),
    ("Elysee", "en", "FRA", "GOV"),
    ("the Élysée", "en", "FRA", "GOV"),
    ("Élysée Palace", "en", "FRA", "GOV"),
    ("Elysee Palace", "en", "FRA", "GOV"),
    ("Елисейский дворец", "ru", "FRA", "GOV"),
    ("爱丽舍宫", "zh", "FRA", "GOV"),
    ("Quai d'Orsay", "en", "FRA", "GOV"),  # the French foreign ministry
    ("Кэ д'Орсе", "ru", "FRA", "GOV"),
    ("Blue House", "en", "KOR", "GOV"),  # presidential office until 2022
    ("Cheong Wa Dae", "en", "KOR", "GOV"),
    ("青瓦台", "zh", "KOR", "GOV"),
    ("Kasumigaseki", "en", "JPN", "GOV"),
    ("霞关", "zh", "JPN", "GOV"),
    ("Raisina Hill", "en", "IND", "GOV"),
    ("South Block", "en", "IND", "GOV"),
    ("Bankova", "en", "UKR", "GOV"),  # the Office of the President of Ukraine
    ("Банковая", "ru", "UKR", "GOV"),
    ("Palazzo Chigi", "en", "ITA", "GOV"),
    ("Moncloa", "en", "ESP", "GOV"),
]

# Chinese "X方" ("the X side"), as the Chinese foreign ministry and press use them. Left out:
# abbreviations shared by several countries (巴方, 伊方, 澳方, 新方, 马方...) or words (西方, 比方).
SIDES = {
    "中方": "CHN",
    "俄方": "RUS",
    "美方": "USA",
    "印方": "IND",
    "日方": "JPN",
    "英方": "GBR",
    "法方": "FRA",
    "德方": "DEU",
    "韩方": "KOR",
    "朝方": "PRK",
    "乌方": "UKR",
    "越方": "VNM",
    "哈方": "KAZ",
    "蒙方": "MNG",
    "菲方": "PHL",
    "泰方": "THA",
    "意方": "ITA",
    "加方": "CAN",
    "沙方": "SAU",
    "埃方": "EGY",
    "叙方": "SYR",
    "缅方": "MMR",
    "柬方": "KHM",
    "以方": "ISR",
    "荷方": "NLD",
    "墨方": "MEX",
    "古方": "CUB",
    "委方": "VEN",
    "匈方": "HUN",
    "波方": "POL",
    "捷方": "CZE",
    "希方": "GRC",
    "芬方": "FIN",
    "挪方": "NOR",
    "丹方": "DNK",
    "葡方": "PRT",
    "印尼方": "IDN",
    "南非方": "ZAF",
    "巴西方": "BRA",
    "伊朗方": "IRN",
    "阿联酋方": "ARE",
    "巴勒斯坦方": "PSE",
    "吉方": "KGZ",
    "塔方": "TJK",
}

# Terms that point at several countries; the press means this one.
TERM_PREFERENCE = {
    ("ru", "китай"): "CHN",  # Wikidata lists it for Taiwan too
    ("en", "guinea"): "GIN",
    ("en", "guinean"): "GIN",
    ("en", "samoan"): "WSM",
    ("en", "dominican"): "DOM",
    ("en", "congo"): None,  # both Congos: ambiguous, dropped
    ("ru", "конго"): None,
    ("ru", "корея"): None,
    ("en", "korea"): None,
    ("en", "korean"): None,
}
# Terms that are words or mislead as country pointers.
DROP_TERMS = {
    ("en", "states"),
    ("en", "the states"),
    ("en", "us of a"),
    ("en", "zealand"),
    ("zh", "民國"),
    ("zh", "民国"),
    ("ru", "русь"),
    ("en", "congo"),  # both Congos
    ("ru", "конго"),
    ("ru", "корея"),  # both Koreas
    ("en", "korea"),
    ("en", "korean"),
    ("en", "chiloe"),  # a Chilean island
    ("zh", "中非"),  # also "China-Africa" (中非关系)
    ("zh", "大陆"),  # "continent, mainland"
    ("zh", "大陸"),
    ("zh", "内地"),
    ("zh", "內地"),
    ("zh", "安巴"),
}
SHORT_OK = {("en", "US"), ("en", "UK"), ("ru", "РФ")}
ISO3_OK = {"USA", "UAE", "PRC", "ROC", "ROK", "DRC", "KSA", "GDR", "FRG"}

# ---------------------------------------------------------------------------------------------
# Role words. (normalized English title, sector, English terms, Russian terms, Chinese terms).
# English terms here win over Phoenix's; Russian in dictionary form.
AGENTS = [
    # positions whose sector is the employer's ("director of a think tank" -> NGO): sector empty
    (
        "director",
        "",
        ["director", "executive director", "managing director"],
        ["директор"],
        ["主任", "所长", "院长", "司长"],
    ),
    ("deputy director", "", ["deputy director"], ["заместитель директора"], ["副主任", "副所长"]),
    ("head", "", ["head", "chief"], ["глава", "руководитель"], ["负责人"]),
    ("founder", "", ["founder", "co-founder", "founding director"], ["основатель"], ["创始人"]),
    (
        "fellow",
        "",
        ["fellow", "senior fellow", "research fellow", "visiting fellow"],
        ["научный сотрудник", "старший научный сотрудник"],
        ["研究员"],
    ),
    ("adviser", "", ["adviser", "advisor", "senior adviser"], ["советник"], ["顾问"]),
    ("military", "MIL", ["military"], ["военный", "военные"], ["军方"]),
    ("leader", "GOV", ["leader"], ["лидер", "руководитель"], ["领导人"]),
    ("head of state", "GOV", ["head of state"], ["глава государства"], ["国家元首"]),
    ("head of government", "GOV", ["head of government"], ["глава правительства"], ["政府首脑"]),
    ("president", "GOV", ["president"], ["президент"], ["总统", "国家主席"]),
    (
        "vice president",
        "GOV",
        ["vice president", "vice-president"],
        ["вице-президент"],
        ["副总统", "国家副主席"],
    ),
    (
        "prime minister",
        "GOV",
        ["prime minister"],
        ["премьер-министр", "премьер", "председатель правительства"],
        ["总理", "首相"],
    ),
    # China's premier and vice premiers keep their own titles (curated.toml uses them); the
    # bare Chinese 总理/副总理 are used for every country's, so they stay "prime minister".
    ("premier", "GOV", ["premier"], [], ["国务院总理"]),
    ("vice premier", "GOV", ["vice premier"], [], ["国务院副总理"]),
    (
        "deputy prime minister",
        "GOV",
        ["deputy prime minister"],
        ["вице-премьер", "заместитель председателя правительства"],
        ["副总理"],
    ),
    (
        "first deputy prime minister",
        "GOV",
        ["first deputy prime minister"],
        ["первый вице-премьер", "первый заместитель председателя правительства"],
        ["第一副总理"],
    ),
    ("chancellor", "GOV", ["chancellor"], ["канцлер"], []),
    ("chairman", "GOV", ["chairman", "chairwoman", "chairperson"], ["председатель"], ["主席"]),
    (
        "vice chairman",
        "GOV",
        ["vice chairman", "vice-chairman", "vice chairwoman", "vice chair"],
        [],
        ["副主席"],
    ),
    ("deputy chairman", "GOV", ["deputy chairman"], ["заместитель председателя", "зампред"], []),
    (
        "general secretary",
        "GOV",
        ["general secretary"],
        ["генеральный секретарь", "генсек"],
        ["总书记"],
    ),
    ("secretary-general", "GOV", ["secretary-general", "secretary general"], [], ["秘书长"]),
    ("king", "GOV", ["king"], ["король"], ["国王"]),
    ("queen", "GOV", ["queen"], ["королева"], ["女王"]),
    ("emperor", "GOV", ["emperor"], ["император"], ["天皇"]),
    ("crown prince", "GOV", ["crown prince"], ["наследный принц", "кронпринц"], ["王储"]),
    ("monarch", "GOV", ["monarch"], ["монарх"], ["君主"]),
    (
        "foreign minister",
        "GOV",
        [
            "foreign minister",
            "minister of foreign affairs",
            "external affairs minister",
        ],
        ["министр иностранных дел", "глава мид"],
        ["外交部长", "外长", "外交部部长", "外务大臣", "外相"],
    ),
    # Britain's Foreign Secretary is its foreign minister, India's is its top diplomat (a civil
    # servant under the External Affairs Minister): a title of its own. Chinese: 外交大臣 (UK),
    # 外交秘书 (India).
    ("foreign secretary", "GOV", ["foreign secretary"], [], ["外交大臣", "外交秘书"]),
    (
        "deputy foreign minister",
        "GOV",
        ["deputy foreign minister"],
        ["заместитель министра иностранных дел", "замминистра иностранных дел", "замглавы мид"],
        [],
    ),
    (
        "first deputy foreign minister",
        "GOV",
        ["first deputy foreign minister"],
        [
            "первый заместитель министра иностранных дел",
            "первый замминистра иностранных дел",
        ],
        [],
    ),
    ("vice foreign minister", "GOV", ["vice foreign minister"], [], ["外交部副部长", "副外长"]),
    (
        "assistant foreign minister",
        "GOV",
        ["assistant foreign minister"],
        [],
        ["外交部部长助理", "外长助理"],
    ),
    (
        "defence minister",
        "GOV",
        [
            "defence minister",
            "defense minister",
            "defence secretary",
            "defense secretary",
            "minister of defence",
            "minister of defense",
            "secretary of war",  # the US Secretary of Defense's second title since September 2025
            "war secretary",
        ],
        ["министр обороны", "глава минобороны"],
        ["国防部长", "防长", "战争部长"],
    ),
    (
        "finance minister",
        "GOV",
        [
            "finance minister",
            "minister of finance",
            "chancellor of the exchequer",
            "treasury secretary",
        ],
        ["министр финансов", "глава минфина"],
        ["财政部长", "财长"],
    ),
    (
        "interior minister",
        "GOV",
        ["interior minister", "home secretary"],
        ["министр внутренних дел", "глава мвд"],
        ["内政部长"],
    ),
    ("trade minister", "GOV", ["trade minister", "minister of trade"], ["министр торговли"], []),
    # China's Minister of Commerce and the US Commerce Secretary (not the US Trade
    # Representative): "commerce minister", as curated.toml has it.
    (
        "commerce minister",
        "GOV",
        [
            "commerce minister",
            "commerce secretary",
            "secretary of commerce",
            "minister of commerce",
        ],
        ["министр коммерции"],
        ["商务部长", "商务部部长"],
    ),
    ("trade representative", "GOV", ["trade representative"], [], ["贸易代表"]),
    (
        "economy minister",
        "GOV",
        [
            "economy minister",
            "economic minister",
            "economics minister",
            "minister of economy",
            "economic development minister",
        ],
        ["министр экономического развития", "министр экономики"],
        ["经济部长"],
    ),
    ("energy minister", "GOV", ["energy minister"], ["министр энергетики"], ["能源部长"]),
    (
        "infrastructure minister",
        "GOV",
        ["infrastructure minister"],
        ["министр инфраструктуры"],
        ["基础设施部长"],
    ),
    ("culture minister", "GOV", ["culture minister"], ["министр культуры"], ["文化部长"]),
    (
        "emergencies minister",
        "GOV",
        ["emergencies minister", "emergency situations minister"],
        ["министр по чрезвычайным ситуациям", "глава мчс"],
        [],
    ),
    (
        "digital transformation minister",
        "GOV",
        ["digital transformation minister"],
        ["министр цифровой трансформации"],
        [],
    ),
    (
        "central bank governor",
        "GOV",
        ["central bank governor", "central bank chief"],
        ["председатель центробанка", "глава центробанка", "председатель цб", "глава цб"],
        ["央行行长"],
    ),
    ("minister", "GOV", ["minister"], ["министр"], ["部长"]),
    (
        "deputy minister",
        "GOV",
        ["deputy minister", "vice minister"],
        ["заместитель министра", "замминистра"],
        ["副部长"],
    ),
    (
        "secretary of state",
        "GOV",
        ["secretary of state"],
        ["госсекретарь", "государственный секретарь"],
        ["国务卿"],
    ),
    (
        "deputy secretary of state",
        "GOV",
        ["deputy secretary of state"],
        ["заместитель госсекретаря"],
        ["副国务卿"],
    ),
    ("state councilor", "GOV", ["state councilor", "state councillor"], [], ["国务委员"]),
    # Permanent representatives to the UN are "ambassador" (organization "United Nations").
    (
        "ambassador",
        "GOV",
        ["ambassador", "permanent representative"],
        ["посол", "постпред", "постоянный представитель"],
        ["大使", "常驻联合国代表", "常驻代表"],
    ),
    (
        "deputy ambassador",
        "GOV",
        ["deputy ambassador", "deputy permanent representative"],
        ["заместитель постоянного представителя"],
        ["副常驻代表"],
    ),
    ("envoy", "GOV", ["envoy", "emissary"], ["посланник"], []),
    (
        "special envoy",
        "GOV",
        ["special envoy", "special representative", "special presidential envoy"],
        [
            "спецпосланник",
            "специальный посланник",
            "спецпредставитель",
            "специальный представитель",
        ],
        ["特使", "特别代表"],
    ),
    ("high representative", "", ["high representative"], ["верховный представитель"], ["高级代表"]),
    ("high commissioner", "", ["high commissioner"], ["верховный комиссар"], ["高级专员"]),
    (
        "consul",
        "GOV",
        ["consul", "consul general"],
        ["консул", "генеральный консул"],
        ["领事", "总领事"],
    ),
    ("diplomat", "GOV", ["diplomat"], ["дипломат"], ["外交官"]),
    ("negotiator", "GOV", ["negotiator"], ["переговорщик"], ["谈判代表"]),
    ("delegation", "GOV", ["delegation"], ["делегация"], ["代表团"]),
    (
        "spokesperson",
        "GOV",
        [
            "spokesperson",
            "spokesman",
            "spokeswoman",
            "spokespeople",
            "spokesmen",
            "spokeswomen",
            "press secretary",
            "foreign ministry spokesperson",
            "foreign ministry spokesman",
            "foreign ministry spokeswoman",
        ],
        ["пресс-секретарь", "официальный представитель", "официальный представитель мид"],
        ["发言人", "新闻发言人", "外交部发言人"],
    ),
    ("adviser", "GOV", ["adviser", "advisor", "aide"], ["советник", "помощник"], ["顾问"]),
    (
        "national security adviser",
        "GOV",
        ["national security adviser", "national security advisor"],
        ["советник по национальной безопасности"],
        ["国家安全顾问"],
    ),
    (
        "deputy national security adviser",
        "GOV",
        ["deputy national security adviser", "deputy national security advisor"],
        [],
        ["副国家安全顾问"],
    ),
    (
        "security council secretary",
        "GOV",
        ["security council secretary"],
        ["секретарь совета безопасности", "секретарь совбеза"],
        ["安全会议秘书"],
    ),
    ("presidential aide", "GOV", ["presidential aide"], ["помощник президента"], ["总统助理"]),
    (
        "chief of staff",
        "GOV",
        ["chief of staff", "white house chief of staff"],
        [
            "руководитель администрации президента",
            "глава администрации президента",
            "руководитель офиса президента",
            "глава офиса президента",
        ],
        ["幕僚长", "白宫幕僚长"],
    ),
    (
        "first deputy chief of staff",
        "GOV",
        ["first deputy chief of staff"],
        ["первый заместитель руководителя администрации президента"],
        [],
    ),
    ("supreme leader", "GOV", ["supreme leader"], ["верховный лидер"], ["最高领袖"]),
    (
        "acting president",
        "GOV",
        ["acting president"],
        ["исполняющий обязанности президента", "врио президента"],
        ["代总统"],
    ),
    # Communist Party of China secretaries of provinces and cities run them (curated.toml codes
    # these posts GOV).
    ("party secretary", "GOV", ["party secretary"], [], ["省委书记", "市委书记"]),
    (
        "official",
        "GOV",
        ["official", "government official", "senior official"],
        ["чиновник", "официальное лицо", "высокопоставленный чиновник"],
        ["官员", "政府官员", "高级官员"],
    ),
    ("government", "GOV", ["government", "administration"], ["правительство"], ["政府", "当局"]),
    ("cabinet", "GOV", ["cabinet"], ["кабинет министров"], ["内阁"]),
    (
        "foreign ministry",
        "GOV",
        ["foreign ministry", "foreign office", "state department", "ministry of foreign affairs"],
        ["министерство иностранных дел", "МИД", "внешнеполитическое ведомство"],
        ["外交部"],
    ),
    (
        "defence ministry",
        "GOV",
        [
            "defence ministry",
            "defense ministry",
            "ministry of defence",
            "ministry of defense",
            "defense department",
            "department of war",  # the Pentagon's second name since September 2025
            "war department",
        ],
        ["министерство обороны", "минобороны"],
        ["国防部", "战争部"],
    ),
    ("mayor", "GOV", ["mayor"], ["мэр"], ["市长"]),
    ("governor", "GOV", ["governor"], ["губернатор"], ["州长", "省长"]),
    ("general", "MIL", ["general"], ["генерал"], ["将军"]),
    ("admiral", "MIL", ["admiral"], ["адмирал"], ["海军上将"]),
    ("colonel", "MIL", ["colonel"], ["полковник"], ["上校"]),
    ("officer", "MIL", ["officer", "military officer"], ["офицер"], ["军官"]),
    ("commander", "MIL", ["commander"], ["командующий", "командир"], ["司令", "指挥官"]),
    (
        "commander-in-chief",
        "MIL",
        ["commander-in-chief", "commander in chief"],
        ["главнокомандующий", "верховный главнокомандующий"],
        ["总司令"],
    ),
    (
        "chief of general staff",
        "MIL",
        ["chief of general staff", "chief of the general staff"],
        ["начальник генерального штаба", "начальник генштаба"],
        ["总参谋长"],
    ),
    (
        "military",
        "MIL",
        ["military", "armed forces"],
        ["военные", "вооружённые силы"],
        ["军方", "武装部队"],
    ),
    ("army", "MIL", ["army"], ["армия"], ["军队", "陆军"]),
    ("navy", "MIL", ["navy"], ["военно-морской флот", "ВМФ", "ВМС"], ["海军"]),
    ("air force", "MIL", ["air force"], ["военно-воздушные силы", "ВВС"], ["空军"]),
    ("troops", "MIL", ["troops"], ["войска"], ["部队"]),
    ("soldier", "MIL", ["soldier"], ["солдат", "военнослужащий"], ["士兵", "军人"]),
    ("peacekeeper", "MIL", ["peacekeeper"], ["миротворец"], ["维和人员"]),
    (
        "lawmaker",
        "LEG",
        ["lawmaker", "legislator", "parliamentarian"],
        ["депутат", "законодатель", "парламентарий"],
        ["议员", "立法者", "人大代表"],
    ),
    ("senator", "LEG", ["senator"], ["сенатор"], ["参议员"]),
    (
        "member of congress",
        "LEG",
        ["congressman", "congresswoman", "member of congress"],
        ["конгрессмен"],
        ["国会议员", "众议员"],
    ),
    ("parliament", "LEG", ["parliament", "legislature"], ["парламент"], ["议会", "国会"]),
    (
        "speaker",
        "LEG",
        ["speaker", "house speaker", "speaker of the house", "parliament speaker"],
        ["спикер"],
        ["议长", "众议院议长"],
    ),
    ("judge", "JUD", ["judge"], ["судья"], ["法官"]),
    ("prosecutor", "JUD", ["prosecutor"], ["прокурор"], ["检察官"]),
    ("court", "JUD", ["court"], ["суд"], ["法院"]),
    ("lawyer", "JUD", ["lawyer"], ["адвокат", "юрист"], ["律师"]),
    (
        "police",
        "COP",
        ["police", "police officer", "policeman"],
        ["полиция", "полицейский"],
        ["警方", "警察"],
    ),
    (
        "intelligence agency",
        "SPY",
        ["intelligence agency", "intelligence service"],
        ["разведка", "спецслужба"],
        ["情报机构", "情报部门"],
    ),
    ("spy", "SPY", ["spy"], ["шпион"], ["间谍"]),
    ("analyst", "EDU", ["analyst"], ["аналитик"], ["分析人士", "分析师"]),
    ("expert", "EDU", ["expert"], ["эксперт"], ["专家"]),
    (
        "researcher",
        "EDU",
        ["researcher", "research fellow"],
        ["исследователь", "научный сотрудник"],
        ["研究员", "研究人员"],
    ),
    ("scholar", "EDU", ["scholar", "academic"], ["учёный"], ["学者"]),
    ("historian", "EDU", ["historian"], ["историк"], ["历史学家"]),
    ("professor", "EDU", ["professor"], ["профессор"], ["教授"]),
    ("economist", "EDU", ["economist"], ["экономист"], ["经济学家"]),
    (
        "political scientist",
        "EDU",
        ["political scientist"],
        ["политолог"],
        ["政治学家", "政治学者"],
    ),
    ("university", "EDU", ["university"], ["университет"], ["大学"]),
    ("student", "EDU", ["student"], ["студент"], ["学生"]),
    (
        "think tank",
        "NGO",
        ["think tank", "think-tank"],
        ["аналитический центр", "мозговой центр", "экспертный центр"],
        ["智库"],
    ),
    (
        "ngo",
        "NGO",
        ["NGO", "non-governmental organization", "nongovernmental organization"],
        ["НКО", "неправительственная организация"],
        ["非政府组织"],
    ),
    (
        "chief executive",
        "BUS",
        ["chief executive", "chief executive officer", "CEO"],
        ["генеральный директор", "гендиректор"],
        ["首席执行官", "总裁"],
    ),
    ("executive", "BUS", ["executive", "business executive"], ["топ-менеджер"], ["高管"]),
    (
        "businessman",
        "BUS",
        ["businessman", "businesswoman", "entrepreneur", "business leader"],
        ["бизнесмен", "предприниматель"],
        ["商人", "企业家"],
    ),
    ("company", "BUS", ["company"], ["компания"], ["公司", "企业"]),
    ("journalist", "MED", ["journalist"], ["журналист"], ["记者"]),
    ("reporter", "MED", ["reporter", "correspondent"], ["репортёр", "корреспондент"], []),
    (
        "editor",
        "MED",
        ["editor"],
        ["редактор"],
        ["编辑"],
    ),
    (
        "editor-in-chief",
        "MED",
        ["editor-in-chief", "editor in chief", "chief editor"],
        ["главный редактор", "главред"],
        ["主编", "总编辑"],
    ),
    ("media", "MED", ["media"], ["СМИ"], ["媒体"]),
    ("newspaper", "MED", ["newspaper"], ["газета"], ["报纸"]),
    ("activist", "CVL", ["activist"], ["активист"], ["活动人士", "活动家"]),
    (
        "human rights activist",
        "CVL",
        ["human rights activist", "rights activist"],
        ["правозащитник"],
        ["人权活动人士"],
    ),
    (
        "protester",
        "CVL",
        ["protester", "protestor", "demonstrator"],
        ["протестующий", "демонстрант"],
        ["抗议者", "示威者"],
    ),
    ("civilian", "CVL", ["civilian"], ["мирный житель"], ["平民"]),
    ("rebel", "REB", ["rebel", "insurgent"], ["повстанец", "мятежник"], ["叛军", "反叛分子"]),
    ("militant", "REB", ["militant"], ["боевик"], ["武装分子"]),
    ("opposition", "OPP", ["opposition"], ["оппозиция"], ["反对派"]),
    ("opposition leader", "OPP", ["opposition leader"], ["лидер оппозиции"], ["反对派领导人"]),
    ("dissident", "OPP", ["dissident"], ["диссидент"], ["异见人士", "持不同政见者"]),
    ("party", "PTY", ["political party"], ["партия"], ["政党"]),
    ("refugee", "REF", ["refugee"], ["беженец"], ["难民"]),
    ("farmer", "AGR", ["farmer"], ["фермер"], ["农民"]),
    ("worker", "LAB", ["worker"], ["рабочий"], ["工人"]),
    ("trade union", "LAB", ["trade union", "labor union", "labour union"], ["профсоюз"], ["工会"]),
    ("doctor", "HLH", ["doctor"], ["врач"], ["医生"]),
]
# English titles for Phoenix role words whose own form is a variant.
TITLE_SYNONYMS = {
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "defense minister": "defence minister",
    "defense ministry": "defence ministry",
    "defense secretary": "defence minister",
    "defence secretary": "defence minister",
    "foreign affairs minister": "foreign minister",
    "foreign affairs ministry": "foreign ministry",
    "external affairs minister": "foreign minister",
    "prime minster": "prime minister",
    "chief executive officer": "chief executive",
    "ceo": "chief executive",
    "businessperson": "businessman",
    "congressperson": "member of congress",
    "congressman": "member of congress",
    "chairperson": "chairman",
}

# ---------------------------------------------------------------------------------------------
# Intergovernmental organizations: id, English name, English aliases, Russian names, Chinese
# names, the Phoenix IGO sub-codes that mean it.
IGOS = [
    (
        "IGO:UN",
        "United Nations",
        ["UN", "U.N."],
        ["Организация Объединённых Наций", "ООН"],
        ["联合国"],
        ["UNO"],
    ),
    (
        "IGO:UNSC",
        "United Nations Security Council",
        ["UN Security Council", "U.N. Security Council", "Security Council", "UNSC"],
        ["Совет Безопасности ООН", "Совбез ООН", "СБ ООН"],
        ["联合国安理会", "联合国安全理事会", "安理会"],
        [],
    ),
    (
        "IGO:UNGA",
        "United Nations General Assembly",
        ["UN General Assembly", "UNGA"],
        ["Генеральная Ассамблея ООН", "Генассамблея ООН"],
        ["联合国大会", "联大"],
        [],
    ),
    (
        "IGO:UNHRC",
        "United Nations Human Rights Council",
        ["UN Human Rights Council", "UNHRC"],
        ["Совет ООН по правам человека"],
        ["联合国人权理事会"],
        [],
    ),
    (
        "IGO:UNHCR",
        "UN Refugee Agency",
        [
            "UNHCR",
            "UN High Commissioner for Refugees",
            "Office of the UN High Commissioner for Refugees",
        ],
        ["Управление Верховного комиссара ООН по делам беженцев", "УВКБ ООН"],
        ["联合国难民署"],
        ["HCR"],
    ),
    (
        "IGO:NATO",
        "North Atlantic Treaty Organization",
        ["NATO", "North Atlantic Alliance"],
        ["Организация Североатлантического договора", "НАТО", "Североатлантический альянс"],
        ["北大西洋公约组织", "北约"],
        ["NAT"],
    ),
    (
        "IGO:EU",
        "European Union",
        ["EU", "E.U."],
        ["Европейский союз", "Евросоюз", "ЕС"],
        ["欧洲联盟", "欧盟"],
        ["EEC"],
    ),
    ("IGO:COE", "Council of Europe", [], ["Совет Европы"], ["欧洲委员会"], ["COE"]),
    (
        "IGO:OSCE",
        "Organization for Security and Co-operation in Europe",
        ["OSCE", "Organisation for Security and Co-operation in Europe"],
        ["Организация по безопасности и сотрудничеству в Европе", "ОБСЕ"],
        ["欧洲安全与合作组织", "欧安组织"],
        ["SCE"],
    ),
    (
        "IGO:SCO",
        "Shanghai Cooperation Organisation",
        ["SCO", "Shanghai Cooperation Organization"],
        ["Шанхайская организация сотрудничества", "ШОС"],
        ["上海合作组织", "上合组织"],
        [],
    ),
    ("IGO:BRICS", "BRICS", [], ["БРИКС"], ["金砖国家"], []),
    (
        "IGO:ASEAN",
        "Association of Southeast Asian Nations",
        ["ASEAN", "Association of South East Asian Nations"],
        ["Ассоциация государств Юго-Восточной Азии", "АСЕАН"],
        ["东南亚国家联盟", "东盟"],
        ["ASN"],
    ),
    (
        "IGO:CSTO",
        "Collective Security Treaty Organization",
        ["CSTO"],
        ["Организация Договора о коллективной безопасности", "ОДКБ"],
        ["集体安全条约组织"],
        [],
    ),
    (
        "IGO:EAEU",
        "Eurasian Economic Union",
        ["EAEU", "EEU"],
        ["Евразийский экономический союз", "ЕАЭС"],
        ["欧亚经济联盟"],
        [],
    ),
    (
        "IGO:CIS",
        "Commonwealth of Independent States",
        ["CIS"],
        ["Содружество Независимых Государств", "СНГ"],
        ["独立国家联合体", "独联体"],
        ["CIS"],
    ),
    (
        "IGO:G7",
        "Group of Seven",
        ["G7", "G-7"],
        ["Большая семёрка", "Группа семи"],
        ["七国集团"],
        ["GOS"],
    ),
    (
        "IGO:G8",
        "Group of Eight",
        ["G8", "G-8"],
        ["Большая восьмёрка", "Группа восьми"],
        ["八国集团"],
        ["GOE"],
    ),
    (
        "IGO:G20",
        "Group of Twenty",
        ["G20", "G-20"],
        ["Большая двадцатка", "Группа двадцати"],
        ["二十国集团"],
        [],
    ),
    (
        "IGO:OPEC",
        "Organization of the Petroleum Exporting Countries",
        ["OPEC"],
        ["Организация стран — экспортёров нефти", "ОПЕК"],
        ["石油输出国组织", "欧佩克"],
        ["OPC"],
    ),
    (
        "IGO:WTO",
        "World Trade Organization",
        ["WTO"],
        ["Всемирная торговая организация", "ВТО"],
        ["世界贸易组织", "世贸组织"],
        ["WTO"],
    ),
    (
        "IGO:IMF",
        "International Monetary Fund",
        ["IMF"],
        ["Международный валютный фонд", "МВФ"],
        ["国际货币基金组织"],
        ["IMF"],
    ),
    ("IGO:WB", "World Bank", ["World Bank Group"], ["Всемирный банк"], ["世界银行"], ["WBK"]),
    (
        "IGO:OECD",
        "Organisation for Economic Co-operation and Development",
        ["OECD", "Organization for Economic Cooperation and Development"],
        ["Организация экономического сотрудничества и развития", "ОЭСР"],
        ["经济合作与发展组织", "经合组织"],
        [],
    ),
    (
        "IGO:AIIB",
        "Asian Infrastructure Investment Bank",
        ["AIIB"],
        ["Азиатский банк инфраструктурных инвестиций", "АБИИ"],
        ["亚洲基础设施投资银行", "亚投行"],
        [],
    ),
    ("IGO:AU", "African Union", [], ["Африканский союз"], ["非洲联盟", "非盟"], ["AFU"]),
    (
        "IGO:ECOWAS",
        "Economic Community of West African States",
        ["ECOWAS"],
        ["Экономическое сообщество стран Западной Африки", "ЭКОВАС"],
        ["西非国家经济共同体", "西共体"],
        ["WAS"],
    ),
    (
        "IGO:SADC",
        "Southern African Development Community",
        ["SADC"],
        ["Сообщество развития Юга Африки"],
        ["南部非洲发展共同体"],
        ["SAD"],
    ),
    (
        "IGO:SAARC",
        "South Asian Association for Regional Cooperation",
        ["SAARC"],
        ["Ассоциация регионального сотрудничества Южной Азии", "СААРК"],
        ["南亚区域合作联盟", "南盟"],
        ["SAA"],
    ),
    (
        "IGO:IAEA",
        "International Atomic Energy Agency",
        ["IAEA"],
        ["Международное агентство по атомной энергии", "МАГАТЭ"],
        ["国际原子能机构"],
        ["IAE"],
    ),
    (
        "IGO:OPCW",
        "Organisation for the Prohibition of Chemical Weapons",
        ["OPCW", "Organization for the Prohibition of Chemical Weapons"],
        ["Организация по запрещению химического оружия", "ОЗХО"],
        ["禁止化学武器组织", "禁化武组织"],
        [],
    ),
    (
        "IGO:WHO",
        "World Health Organization",
        ["World Health Organisation"],
        ["Всемирная организация здравоохранения", "ВОЗ"],
        ["世界卫生组织", "世卫组织"],
        ["WHO"],
    ),
    (
        "IGO:ICC",
        "International Criminal Court",
        ["ICC"],
        ["Международный уголовный суд", "МУС"],
        ["国际刑事法院"],
        ["ICC"],
    ),
    (
        "IGO:ICJ",
        "International Court of Justice",
        ["ICJ", "World Court"],
        ["Международный суд ООН"],
        ["国际法院"],
        ["ICJ"],
    ),
    (
        "IGO:APEC",
        "Asia-Pacific Economic Cooperation",
        ["APEC"],
        ["Азиатско-Тихоокеанское экономическое сотрудничество", "АТЭС"],
        ["亚太经济合作组织", "亚太经合组织"],
        [],
    ),
    (
        "IGO:GCC",
        "Gulf Cooperation Council",
        ["GCC", "Cooperation Council for the Arab States of the Gulf"],
        ["Совет сотрудничества арабских государств Персидского залива", "ССАГПЗ"],
        ["海湾阿拉伯国家合作委员会", "海合会"],
        ["GCC"],
    ),
    (
        "IGO:ARAB_LEAGUE",
        "Arab League",
        ["League of Arab States"],
        ["Лига арабских государств", "ЛАГ"],
        ["阿拉伯国家联盟", "阿盟"],
        ["ARL"],
    ),
    (
        "IGO:OIC",
        "Organisation of Islamic Cooperation",
        [
            "OIC",
            "Organization of Islamic Cooperation",
            "Organization of the Islamic Conference",
            "Organisation of the Islamic Conference",
        ],
        ["Организация исламского сотрудничества", "ОИС"],
        ["伊斯兰合作组织"],
        ["OIC"],
    ),
    (
        "IGO:OAS",
        "Organization of American States",
        ["OAS"],
        ["Организация американских государств", "ОАГ"],
        ["美洲国家组织"],
        ["OAS"],
    ),
    (
        "IGO:CICA",
        "Conference on Interaction and Confidence-Building Measures in Asia",
        ["CICA"],
        ["Совещание по взаимодействию и мерам доверия в Азии", "СВМДА"],
        ["亚洲相互协作与信任措施会议", "亚信会议"],
        [],
    ),
]

# Words that make a Phoenix name an organization, not a person.
ORG_WORDS = set(
    [
        "ACADEMY",
        "ADMINISTRATION",
        "AGENCY",
        "AIRLINES",
        "AIRWAYS",
        "ALLIANCE",
        "ARMY",
        "ASSEMBLY",
        "ASSOCIATION",
        "AUTHORITY",
        "BANK",
        "BATTALION",
        "BOARD",
        "BRIGADE",
        "BRIGADES",
        "BUREAU",
        "CABINET",
        "CAMPAIGN",
        "CARTEL",
        "CENTER",
        "CENTRE",
        "CHAMBER",
        "CHURCH",
        "CLUB",
        "COALITION",
        "COLLEGE",
        "COMMAND",
        "COMMISSION",
        "COMMITTEE",
        "COMMUNITY",
        "COMPANY",
        "CONFERENCE",
        "CONGRESS",
        "CORP",
        "CORPORATION",
        "CORPS",
        "COUNCIL",
        "COURT",
        "DEPARTMENT",
        "DIRECTORATE",
        "DIVISION",
        "EMBASSY",
        "ENTERPRISES",
        "EXCHANGE",
        "FACTION",
        "FEDERATION",
        "FORCE",
        "FORCES",
        "FORUM",
        "FOUNDATION",
        "FRONT",
        "FUND",
        "GOVERNMENT",
        "GROUP",
        "GUARD",
        "GUARDS",
        "HOLDINGS",
        "INC",
        "INC.",
        "INDUSTRIES",
        "INITIATIVE",
        "INSTITUTE",
        "INSTITUTION",
        "INTERNATIONAL",
        "JOURNAL",
        "LEAGUE",
        "LIMITED",
        "LLC",
        "LTD",
        "LTD.",
        "MILITIA",
        "MINISTRY",
        "MISSION",
        "MOVEMENT",
        "NETWORK",
        "NEWS",
        "NEWSPAPER",
        "OFFICE",
        "ORGANISATION",
        "ORGANIZATION",
        "PARLIAMENT",
        "PARTY",
        "PLC",
        "POLICE",
        "PRESS",
        "PROGRAM",
        "PROGRAMME",
        "PROJECT",
        "RADIO",
        "REGIME",
        "REGIMENT",
        "REPUBLIC",
        "SCHOOL",
        "SECRETARIAT",
        "SENATE",
        "SERVICE",
        "SERVICES",
        "SOCIETY",
        "SYSTEMS",
        "TIMES",
        "TELEVISION",
        "TRIBUNAL",
        "TRUST",
        "UNION",
        "UNIVERSITY",
        "WATCH",
        "MOTORS",
        "GROUP",
        "TRIBE",
        "TRIBES",
        "FIGHTERS",
        "REBELS",
        "INSURGENTS",
        "OFFICIALS",
        "MINISTERS",
        "TROOPS",
        "SOLDIERS",
        "MEMBERS",
        "FAMILY",
        "ISLANDS",
        "PROVINCE",
        "DISTRICT",
        "CITY",
        "RIVER",
        "MOUNTAINS",
        "ISLAND",
        "REGION",
        "STATE",
        "STATES",
        "KINGDOM",
        "EMPIRE",
        "COOPERATIVE",
        "COMPANIES",
        "AIRPORT",
        "HOSPITAL",
        "MOSQUE",
        "TEMPLE",
        "SHRINE",
        "PALACE",
        "HOUSE",
        "OIL",
        "GAS",
        "PETROLEUM",
        "ENERGY",
        "BROADCASTING",
        "CHANNEL",
        "TV",
        "NATIONAL",
        "GLOBAL",
        "WORLD",
        "DEVELOPMENT",
        "RESEARCH",
        "RELIEF",
        "AID",
        "ACTION",
        "RIGHTS",
        "PEACE",
        "CONSERVATION",
        "MEDICAL",
        "HEALTH",
        "HUMANITARIAN",
        "EDUCATION",
        "FUNDS",
        "PARTNERS",
        "PARTNERSHIP",
        "TECHNOLOGIES",
        "TECHNOLOGY",
        "SOLUTIONS",
        "CAPITAL",
        "INVESTMENTS",
        "RESOURCES",
        "MINING",
        "STEEL",
        "TELECOM",
        "COMMUNICATIONS",
        "INSURANCE",
        "PHARMACEUTICALS",
        "ELECTRIC",
        "ELECTRONICS",
        "AEROSPACE",
        "DEFENSE",
        "DEFENCE",
        "SECURITY",
        "INTELLIGENCE",
        "TRANSPORT",
        "SHIPPING",
        "LINES",
        "AUTHORITIES",
        "REPRESENTATIVES",
        "DELEGATION",
        "CONSULATE",
        "LEGION",
        "JIHAD",
        "ISLAMIC",
        "MUJAHIDEEN",
        "TALIBAN",
        "ARMED",
        "OPPOSITION",
        "GOVERNORATE",
        "MUNICIPALITY",
        "COUNTRIES",
        "NATIONS",
        "BROTHERHOOD",
        "DECLARATION",
        "BODIES",
    ]
)
# Leading words of Phoenix names that are titles, not names ("PRESIDENT_XI_JINPING").
TITLE_WORDS = set(
    [
        "PRESIDENT",
        "PRESIDENT-ELECT",
        "VICE",
        "PRIME",
        "MINISTER",
        "SECRETARY",
        "SECRETARY-GENERAL",
        "GENERAL",
        "GEN",
        "GEN.",
        "LT",
        "LT.",
        "LIEUTENANT",
        "COL",
        "COL.",
        "COLONEL",
        "MAJOR",
        "MAJ.",
        "CAPTAIN",
        "CAPT.",
        "ADMIRAL",
        "MARSHAL",
        "FIELD",
        "COMMANDER",
        "SIR",
        "LORD",
        "LADY",
        "BARON",
        "BARONESS",
        "DAME",
        "DR",
        "DR.",
        "MR",
        "MR.",
        "MRS",
        "MRS.",
        "MS",
        "MS.",
        "PROF",
        "PROF.",
        "PROFESSOR",
        "KING",
        "QUEEN",
        "PRINCE",
        "PRINCESS",
        "CROWN",
        "SHEIKH",
        "SHEIK",
        "CHAIRMAN",
        "PREMIER",
        "FORMER",
        "EX",
        "EX-",
        "CHANCELLOR",
        "AMBASSADOR",
        "FOREIGN",
        "DEFENSE",
        "DEFENCE",
        "INTERIOR",
        "FINANCE",
        "DEPUTY",
        "SENATOR",
        "SEN.",
        "REP.",
        "REPRESENTATIVE",
        "GOVERNOR",
        "MAYOR",
        "JUDGE",
        "JUSTICE",
        "CARDINAL",
        "POPE",
        "AYATOLLAH",
        "GRAND",
        "IMAM",
        "MULLAH",
        "EMIR",
        "AMIR",
        "SULTAN",
        "LEADER",
        "CHIEF",
        "COMRADE",
        "MADAME",
        "MONSIEUR",
        "HIS",
        "HER",
        "EXCELLENCY",
        "HON.",
        "HONORABLE",
        "THE",
        "OF",
        "STATE",
        "UN",
        "U.N.",
        "UNITED",
        "NATIONS",
        "SPOKESMAN",
        "SPOKESWOMAN",
        "ENVOY",
        "SPECIAL",
        "DIRECTOR",
        "HEAD",
        "MP",
        "CONGRESSMAN",
        "CONGRESSWOMAN",
        "JONKHEER",
        "COUNT",
        "DUKE",
        "EARL",
        "COMMUNIST",
        "ACTING",
        "INTERIM",
        "VICE-PRESIDENT",
        "UNDER",
        "ASSISTANT",
        "REBEL",
        "MILITANT",
    ]
)
# Surname particles written in lower case inside names.
PARTICLES = {
    "al",
    "el",
    "bin",
    "bint",
    "ibn",
    "de",
    "da",
    "das",
    "do",
    "dos",
    "di",
    "del",
    "della",
    "van",
    "von",
    "der",
    "den",
    "du",
    "la",
    "le",
    "y",
    "e",
    "af",
    "ter",
    "ten",
    "zu",
    "ul",
}
LOWER_ORG_WORDS = {
    "of",
    "the",
    "and",
    "for",
    "in",
    "on",
    "at",
    "to",
    "a",
    "an",
    "de",
    "la",
    "des",
    "du",
    "et",
    "y",
    "el",
    "pour",
    "le",
    "les",
    "por",
    "para",
    "against",
}
EAST_ASIAN = {"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "MNG"}
# Single-word Phoenix names that are English words, not names of organizations.
COMMON_ORG_WORDS = set(
    [
        "ACCORD",
        "AGENDA",
        "ALLIANCE",
        "APPLE",
        "ARCH",
        "ARROW",
        "ATLAS",
        "AVON",
        "BEACON",
        "CARE",
        "CENTURY",
        "CITIZEN",
        "COMPASS",
        "CONCERN",
        "CORE",
        "CREST",
        "DELTA",
        "DISCOVERY",
        "DOMINION",
        "EAGLE",
        "ECHO",
        "ELEMENT",
        "EMBRACE",
        "EMPIRE",
        "ENERGY",
        "ENTERPRISE",
        "EQUITY",
        "FIDELITY",
        "FRONTIER",
        "FUSION",
        "GAP",
        "GENESIS",
        "GLOBAL",
        "GOODWILL",
        "GUARDIAN",
        "HARBOR",
        "HARMONY",
        "HERITAGE",
        "HORIZON",
        "IMPACT",
        "INSIGHT",
        "JUSTICE",
        "LEGACY",
        "LIBERTY",
        "MAGNA",
        "MERIDIAN",
        "MISSION",
        "MOSAIC",
        "NEXUS",
        "NOVA",
        "OASIS",
        "OMEGA",
        "ORACLE",
        "ORBIT",
        "PATHFINDER",
        "PHOENIX",
        "PINNACLE",
        "PIONEER",
        "PLAN",
        "PRIME",
        "PROGRESS",
        "PROSPECT",
        "QUEST",
        "RELIANCE",
        "RESOLUTE",
        "SAFEGUARD",
        "SENTINEL",
        "SHELL",
        "SIGNAL",
        "SPRINT",
        "STAPLES",
        "STAR",
        "SUMMIT",
        "TARGET",
        "TEMPO",
        "TITAN",
        "TRANSITION",
        "TRIUMPH",
        "TRUST",
        "UNITY",
        "VANGUARD",
        "VERTEX",
        "VISION",
        "VOICE",
        "WORLDWIDE",
        "ZENITH",
    ]
)

# Plain names for CAMEO sector codes: the title of a Phoenix role, which has only a sector.
SECTOR_TITLES = {
    "GOV": "government",
    "MIL": "military",
    "REB": "rebel",
    "OPP": "opposition",
    "PTY": "party",
    "COP": "police",
    "JUD": "judiciary",
    "SPY": "intelligence",
    "MED": "media",
    "EDU": "education",
    "BUS": "business",
    "CRM": "crime",
    "CVL": "civilian",
    "ELI": "elite",
    "HLH": "health",
    "HRI": "human rights",
    "LAB": "labour",
    "LEG": "legislature",
    "REF": "refugee",
    "AGR": "agriculture",
    "DEV": "development",
    "ENV": "environment",
    "UAF": "armed group",
    "INS": "insurgent",
    "SEP": "separatist",
    "RAD": "radical",
    "MOD": "moderate",
    "IMG": "militant group",
    "IGO": "international organization",
    "NGO": "non-governmental organization",
}
MAIN_SECTORS = set(SECTOR_TITLES)

# =============================================================================================
# Small helpers
# =============================================================================================


def fold(text: str) -> str:
    """ASCII letters only (for slugs): "Wörner" → "Worner"."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def slug(text: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", fold(text).lower().replace("'", "")))


def has_letter(text: str) -> bool:
    return any(unicodedata.category(c).startswith("L") for c in text)


def letters(text: str) -> str:
    return "".join(c for c in text if c.isalnum())


def is_cjk(text: str) -> bool:
    return any("\u2e80" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


def english_stopwords() -> set[str]:
    """Function words, from jusText's English stoplist (a trafilatura dependency)."""
    try:
        import justext

        return {w.lower() for w in justext.get_stoplist("English")}
    except Exception:  # the script still runs without it; fewer words are filtered
        return set()


# =============================================================================================
# Phoenix (PETRARCH-2) dictionaries
# =============================================================================================


@dataclass
class Block:
    """One actor entry: its names (root first), codes and comments, where it was found."""

    source: str
    line: int
    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    section: str = ""
    listing: str = ""  # the merged-in list it came from ("Source: MNC.MLH.actors" markers)


def read_blocks(path: Path, source: str) -> list[Block]:
    """Actor blocks as PETRARCH reads them, with one fix: consecutive name lines without codes
    between them share the codes that follow (PETRARCH gives the earlier ones no codes, which
    loses e.g. "BORIS_N._YELTSIN"); a blank or comment line ends such a run."""
    blocks: list[Block] = []
    cur: Block | None = None
    section = listing = ""
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, raw in enumerate(fh, 1):
            if "Source: " in raw:  # marks where a merged-in list starts
                raw, _, mark = raw.partition("Source: ")
                listing = mark.strip()
                if not raw.strip():
                    cur = None
                    continue
            stripped = raw.strip()
            if stripped.startswith("#") or not stripped:
                if stripped.startswith("#####"):
                    section = stripped.strip("# ").strip()
                if cur is not None and not cur.codes:
                    cur = None
                continue
            text, _, comment = raw.partition("#")
            text = text.strip()
            if not text:
                continue
            codes = re.findall(r"\[([^\]]*)\]", text)
            head = text.split("[", 1)[0].strip()
            if head.startswith("+"):
                if cur is not None:
                    cur.names.append(head[1:].strip())
                    cur.codes += codes
                    cur.comments.append(comment.strip())
            elif not head:
                if cur is not None:
                    cur.codes += codes
                    cur.comments.append(comment.strip())
            elif cur is not None and not cur.codes:
                cur.names.append(head)
                cur.codes += codes
                cur.comments.append(comment.strip())
            else:
                cur = Block(source, n, [head], list(codes), [comment.strip()], section, listing)
                blocks.append(cur)
    return blocks


@dataclass(frozen=True)
class Code:
    country: str | None
    org: str | None
    sector: str | None
    start: str | None
    end: str | None
    bare: bool  # a country-level code: a country and nothing else


class Stats(Counter):
    pass


def phoenix_date(d: str, stats: Stats) -> str:
    """PETRARCH dates: YYMMDD (YY up to 30 is 20YY) or YYYYMMDD. Fixes: a stray "19" before an
    8-digit date; a 20YY reading later than the dictionaries themselves read as 19YY."""
    if len(d) == 10 and d[:2] == "19" and d[2:4] in ("19", "20"):
        d = d[2:]
        stats["date fixed: 10 digits"] += 1
    if len(d) in (6, 7):
        yy = int(d[:2])
        year, month, day = (2000 + yy if yy <= 30 else 1900 + yy), int(d[2:4]), int(d[4:6])
        if len(d) == 7:
            stats["date read as YYMMDD+junk (7 digits)"] += 1
    elif len(d) == 8:
        year, month, day = int(d[:4]), int(d[4:6]), int(d[6:8])
    else:
        raise ValueError(f"date {d!r}")
    iso = dt.date(year, month, day).isoformat()
    if iso > LAST_PHOENIX_DATE and len(d) == 6:
        iso = dt.date(year - 100, month, day).isoformat()
        stats["date fixed: 20YY → 19YY"] += 1
    if iso > LAST_PHOENIX_DATE or year < 1800:
        raise ValueError(f"date {d!r} out of range")
    return iso


def phoenix_dates(text: str, stats: Stats) -> tuple[str | None, str | None]:
    if not text:
        return None, None
    if m := re.fullmatch(r">(\d+)", text):
        return phoenix_date(m.group(1), stats), None
    if m := re.fullmatch(r"<(\d+)", text):
        return None, phoenix_date(m.group(1), stats)
    if m := re.fullmatch(r"(\d+)-(\d+)", text):
        return phoenix_date(m.group(1), stats), phoenix_date(m.group(2), stats)
    if m := re.fullmatch(r"(\d+)", text):
        return phoenix_date(m.group(1), stats), None
    raise ValueError(f"dates {text!r}")


PHOENIX_IGO = {code: igo[0] for igo in IGOS for code in igo[5]}
TERRITORIES = {row[0] for row in EXTRA_COUNTRIES if row[0] not in HISTORICAL | {"XKX"}}
# Phoenix writes a sub-unit after its parent: GBRFLK (Falklands), USRUKR (Soviet Ukraine).
PARENTS_OF_COUNTRIES = {"USR", "SUN", "YUG", "SCG", "FRY", "CSK", "ETH", "SDN", "IDN", "BIH"}
PHOENIX_COUNTRY["FRY"] = "SCG"


def parse_code(raw: str, known: set[str], stats: Stats) -> Code | None:
    parts = raw.split()
    if not parts:
        return None
    tag = parts[0].upper()
    try:
        start, end = phoenix_dates("".join(parts[1:]), stats)
    except ValueError:
        stats["code dropped: bad date"] += 1
        return None
    if start and end and start > end:
        stats["code dropped: ends before it starts"] += 1
        return None
    if len(tag) % 3 or not tag.isalpha():
        if tag != "---":
            stats["code dropped: malformed"] += 1
        return None
    chunks = [tag[i : i + 3] for i in range(0, len(tag), 3)]
    head = chunks[0]
    if head == "IGO":
        org = next((PHOENIX_IGO[c] for c in reversed(chunks[1:]) if c in PHOENIX_IGO), None)
        return Code(None, org, "IGO", start, end, False)
    if head in ("NGO", "MNC"):
        country = PHOENIX_COUNTRY.get(chunks[1], chunks[1]) if len(chunks) > 1 else None
        sector = "NGO" if head == "NGO" else "BUS"
        return Code(country if country in known else None, None, sector, start, end, False)
    if head in PHOENIX_DROP_COUNTRY:
        stats["code dropped: fictional country"] += 1
        return None
    country = PHOENIX_COUNTRY.get(head, head)
    if country in known:
        rest = chunks[1:]
        if rest and rest[0] in PHOENIX_SUBUNIT:
            country = PHOENIX_SUBUNIT[rest[0]] or country
            rest = rest[1:]
        elif rest and rest[0] in TERRITORIES:
            country = rest[0]
            rest = rest[1:]
        elif (
            rest and head in PARENTS_OF_COUNTRIES and PHOENIX_COUNTRY.get(rest[0], rest[0]) in known
        ):
            country = PHOENIX_COUNTRY.get(rest[0], rest[0])
            rest = rest[1:]
        rest = [c for c in rest if c not in ("UNR", "OCC", "AUT")]
        sector = next((c for c in rest if c in MAIN_SECTORS), None)
        return Code(country, None, sector, start, end, not rest)
    if head in MAIN_SECTORS:
        return Code(None, None, head, start, end, False)
    stats["code dropped: unknown " + head] += 1
    return None


def read_agents(path: Path) -> list[tuple[str, str, str]]:
    """(term, sector, title) from the agents file: macros expanded, the stem "MINIST" spelled
    out (minister, ministry), regular plurals made as PETRARCH makes them, explicit plurals
    from {...}. The title is the singular form, normalized by :func:`agent_title`."""
    macros: dict[str, list[str]] = {}
    out: list[tuple[str, str, str]] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!"):
            continue
        if m := re.match(r"^!(\w+)!\s*=\s*(.+)$", line):
            macros[m.group(1)] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        m = re.match(r"^(.*?)\s*(?:\{([^}]*)\})?\s*\[([^\]]*)[\]}]", line)
        if not m or "Ã" in line:
            continue
        phrase, plural, code = m.group(1).strip(), m.group(2), m.group(3).strip()
        sector = code.replace("~", "")[:3]
        if not re.fullmatch(r"[A-Z]{3}", sector) or "," in phrase:
            continue
        # "AD!MINIST!RATIVE" is "ADMINISTRATIVE" mangled by a global replace in the source.
        phrase = phrase.replace("AD!MINIST!RAT", "ADMINISTRAT")
        forms = [(phrase, phrase)]  # (form, the form its title comes from)
        while any("!" in f for f, _ in forms):
            nxt = []
            for f, t in forms:
                mm = re.search(r"!(\w+)!", f)
                if not mm:
                    nxt.append((f, t))
                    continue
                subs = macros.get(mm.group(1), [])
                for sub in subs:
                    # the title of every form is the first (singular, "MAN"/"MINISTER") one
                    tsub = subs[0] if sub != "MINISTRY" and sub != "MINISTRIES" else "MINISTRY"
                    nxt.append(
                        (f[: mm.start()] + sub + f[mm.end() :], t.replace(mm.group(0), tsub, 1))
                    )
            forms = nxt
        for form, tform in forms:
            words = [w for w in re.split(r"[_\s]+", form) if w]
            twords = [w for w in re.split(r"[_\s]+", tform) if w]
            if not words:
                continue
            variants = [(words, twords)]
            if "MINIST" in words:  # a stem: minister(s) and ministry(-ies)
                variants = [
                    (
                        [{"MINIST": "MINISTER"}.get(w, w) for w in words],
                        [{"MINIST": "MINISTER"}.get(w, w) for w in twords],
                    ),
                    (
                        [{"MINIST": "MINISTRY"}.get(w, w) for w in words],
                        [{"MINIST": "MINISTRY"}.get(w, w) for w in twords],
                    ),
                ]
            for v, tv in variants:
                term = " ".join(v).lower()
                title = agent_title(" ".join(tv).lower())
                out.append((term, sector, title))
                if plural is not None:
                    for p in plural.split(","):
                        p = " ".join(w for w in re.split(r"[_\s]+", p.strip()) if w).lower()
                        if p:
                            out.append((p, sector, title))
                elif "!" not in phrase and (pl := petrarch_plural(term)):
                    out.append((pl, sector, title))
    return out


def agent_title(term: str) -> str:
    """A short normalized English title: "minister for foreign affairs" → "foreign minister"."""
    t = " ".join(term.split())
    if m := re.fullmatch(r"(minister|ministry|secretary) (?:for|of) (?:the )?(.+)", t):
        t = f"{m.group(2)} {m.group(1)}"
    t = re.sub(r"\bdefense\b", "defence", t)
    t = TITLE_SYNONYMS.get(t, t)
    if t.endswith(" affairs minister") and t.split()[0] in ("foreign", "external"):
        t = "foreign minister"
    return TITLE_SYNONYMS.get(t, t)


UNCOUNTABLE = {
    "personnel",
    "police",
    "staff",
    "people",
    "media",
    "intelligence",
    "clergy",
    "infantry",
    "artillery",
    "cavalry",
    "aid",
    "equipment",
    "leadership",
    "military",
}


def petrarch_plural(term: str) -> str | None:
    """The regular plural PETRARCH generates, or None where it would be wrong ("X of Y",
    words already plural or uncountable)."""
    last = term.split()[-1]
    if " of " in f" {term} " or last.endswith(("s", ".")) or last in UNCOUNTABLE:
        return None
    if term.endswith("y") and not term.endswith(("ay", "ey", "oy", "uy")):
        return term[:-1] + "ies"
    if term.endswith(("s", "x", "ch", "sh")):
        return term + "es"
    return term + "s"


# =============================================================================================
# Countries and country terms
# =============================================================================================

WIKIDATA_LANGS = {
    "en": "en",
    "en-gb": "en",
    "en-ca": "en",
    "ru": "ru",
    "zh": "zh",
    "zh-cn": "zh",
    "zh-hans": "zh",
    "zh-hant": "zh",
    "zh-tw": "zh",
    "zh-hk": "zh",
    "zh-sg": "zh",
    "zh-mo": "zh",
    "zh-my": "zh",
}


def read_wikidata(path: Path) -> tuple[dict[str, tuple[str, str]], list[tuple[str, str, str]]]:
    """iso3 → (iso2, English label), and (iso3, lang, label) rows for en, ru and zh."""
    countries: dict[str, tuple[str, str]] = {}
    labels: list[tuple[str, str, str]] = []
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            iso3, lang = row["iso3c"].strip(), WIKIDATA_LANGS.get(row["language"].strip())
            if not re.fullmatch(r"[A-Z]{3}", iso3):
                continue
            if row["language"] == "en" and row["label_type"] == "official":
                countries.setdefault(iso3, (row["iso2c"].strip(), row["label"].strip()))
            if lang:
                labels.append((iso3, lang, row["label"].strip()))
    return countries, labels


def build_countries(wikidata: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    countries = {
        iso3: (iso2, NAME_OVERRIDES.get(iso3, name)) for iso3, (iso2, name) in wikidata.items()
    }
    for iso3, iso2, name, _ru, _zh in EXTRA_COUNTRIES:
        countries.setdefault(iso3, (iso2, name))
    return dict(sorted(countries.items()))


def clean_term(term: str, lang: str, known: set[str], stats: Stats) -> str | None:
    """The term as it should be listed, or None if it is no good as a country pointer."""
    term = " ".join(term.replace("\u200b", "").split())
    if lang == "ru":  # stress marks some Wikidata labels carry ("Сау́довская")
        term = term.replace("\u0301", "")
    if lang == "en" and term.lower().startswith("the "):
        term = term[4:]
    if not term or not has_letter(term):
        stats["term dropped: no letters (flags, symbols)"] += 1
        return None
    if re.search(r"[,()/／:;\[\]{}!?\"]", term):
        stats["term dropped: punctuation"] += 1
        return None
    if lang == "zh" and is_cjk(term):
        if len(term) < 2:
            return None
    else:
        n = letters(term)
        if len(n) <= 2 and (lang, n) not in SHORT_OK:
            stats["term dropped: 1-2 letters"] += 1
            return None
        if n.islower() and len(n) <= 3:
            stats["term dropped: lower-case code"] += 1
            return None
        if n.isupper() and len(n) == 3 and n in known and n not in ISO3_OK:
            stats["term dropped: ISO code"] += 1
            return None
    if lang == "zh" and not is_cjk(term) and not term.isupper():
        stats["term dropped: Latin in zh"] += 1
        return None
    if lang == "ru" and not re.search("[а-яА-ЯёЁ]", term) and not term.isupper():
        stats["term dropped: Latin in ru"] += 1
        return None
    if (lang, normalize(term)) in DROP_TERMS:
        stats["term dropped: listed"] += 1
        return None
    return term


DEMONYM_ENDINGS = (
    "an",
    "ian",
    "ean",
    "ese",
    "ish",
    "i",
    "ot",
    "ine",
    "ene",
    "ois",
    "ais",
    "iote",
    "er",
    "ek",
    "ch",
)
# Phoenix country aliases that look like demonyms but are places, slang or foreign words.
PHOENIX_NOT_DEMONYMS = {
    "mexicali",
    "pakish",
    "turkei",
    "vietman",
    "kampot",
    "liech",
    "switzer",
    "brunai",
    "austurriki",
    "frankreich",
}
NOT_DEMONYM = ("stan", "tan", "jan", "can", "land", "ia", "iki", "eich", "ch'")


def demonym_of(alias: str, names: list[str]) -> bool:
    """Is ``alias`` (lower case) a demonym adjective of a country called ``names``? "afghan",
    "bangladeshi", "south african"; not "azerbaycan" or "frankreich" (names in other
    languages) nor "persepolis"."""
    if not alias.endswith(DEMONYM_ENDINGS) or alias.endswith(NOT_DEMONYM):
        return False
    head, _, last = alias.rpartition(" ")
    for name in names:
        nm = name.lower()
        nhead, _, nlast = nm.rpartition(" ")
        if head:  # "south african": the words before the last are the name's
            if head != nhead:
                continue
            word = nlast
        else:
            word = nm if " " not in nm else nlast
        cp = 0
        while cp < min(len(word), len(last)) and word[cp] == last[cp]:
            cp += 1
        if cp >= 4 and len(last) - cp <= 4 and len(last) >= len(word) - 2:
            return True
        if cp == len(word) and len(last) - cp <= 4:
            return True
    return False


def classify_phoenix_alias(
    alias: str, names: list[str], capitals: set[str], others: set[str]
) -> str | None:
    """kind (name, adjective, people) of an English alias in a Phoenix country block, or None
    for the cities, provinces, rivers, nicknames and foreign-language names those blocks also
    list. ``others``: normalized names of the other countries (the "Grenadines" of Saint
    Vincent are no demonym of Grenada)."""
    a = alias.lower()
    na = f" {normalize(a)} "
    if a in capitals or any(na in o for o in others):
        return None
    for name in names:
        if a == name.lower():
            return "name"
    if a in PHOENIX_NOT_DEMONYMS or (a.endswith("s") and a[:-1] in PHOENIX_NOT_DEMONYMS):
        return None
    if demonym_of(a, names):
        return "adjective"
    if a.endswith("s") and demonym_of(a[:-1], names):
        return "people"
    for name in names:
        if len(a) >= 6 and difflib.SequenceMatcher(None, a, name.lower()).ratio() >= 0.85:
            return "name"  # a misspelling the dictionaries collected from news
    return None


def people_forms(adjective: str) -> list[str]:
    """English demonym nouns from an adjective: "Russian" → "Russians"; "Chinese" → "Chinese"."""
    if adjective.endswith(("ese", "ss", "sh", "ch")):
        return [adjective]
    if adjective.endswith(("an", "i", "ot", "ite", "ek", "er", "ai")):
        return [adjective + "s"]
    return []


def phoenix_country_blocks(
    blocks: list[Block], known: set[str], stats: Stats
) -> dict[str, list[str]]:
    """iso3 → the English names in Phoenix country-level blocks (a bare country code; where a
    block has several dated codes, the latest)."""
    out: dict[str, list[str]] = defaultdict(list)
    for b in blocks:
        codes = [c for raw in b.codes if (c := parse_code(raw, known, Stats()))]
        if not codes or not all(c.bare for c in codes):
            continue
        latest = max(codes, key=lambda c: (c.end is None, c.end or "", c.start or ""))
        for name in b.names:
            words = [w for w in re.split(r"[_\s]+", name) if w]
            if words:
                out[latest.country].append(" ".join(words))
    return out


def build_country_terms(
    countries: dict[str, tuple[str, str]],
    labels: list[tuple[str, str, str]],
    blocks: list[Block],
    stats: Stats,
) -> list[tuple[str, str, str, str, str]]:
    known = set(countries)
    rows: list[tuple[str, str, str, str, str]] = []  # term, lang, iso3, kind, sector

    def add(term: str, lang: str, iso3: str, kind: str, sector: str = "") -> None:
        t = clean_term(term, lang, known, stats)
        if t:
            rows.append((t, lang, iso3, kind, sector))

    for iso3, (_iso2, name) in countries.items():
        add(name, "en", iso3, "name")
    for iso3, lang, label in labels:
        add(label, lang, iso3, "name")
    for iso3, _iso2, name, ru, zh in EXTRA_COUNTRIES:
        add(name, "en", iso3, "name")
        add(ru, "ru", iso3, "name")
        add(zh, "zh", iso3, "name")
    for table, lang in ((EN_EXTRA_NAMES, "en"), (RU_EXTRA_NAMES, "ru"), (ZH_EXTRA_NAMES, "zh")):
        for iso3, terms in table.items():
            for t in terms:
                add(t, lang, iso3, "name")
    capitals_en = {t.lower() for en, _ru, _zh in CAPITALS.values() for t in en}
    for iso3, (en, ru, zh) in CAPITALS.items():
        for lang, terms in (("en", en), ("ru", ru), ("zh", zh)):
            for t in terms:
                add(t, lang, iso3, "capital")
    for iso3, en, ru, zh in CITIES:
        for lang, terms in (("en", en), ("ru", ru), ("zh", zh)):
            for t in terms:
                add(t, lang, iso3, "city")
                if lang == "en" and t.startswith("The "):
                    rows.append((t, lang, iso3, "city", ""))  # "The Hague", kept with its article
    for iso3, en, ru, zh in REGIONS:
        for lang, terms in (("en", en), ("ru", ru), ("zh", zh)):
            for t in terms:
                add(t, lang, iso3, REGION_KIND)
    places_en = capitals_en | {t.lower() for _iso3, en, _ru, _zh in CITIES + REGIONS for t in en}
    # Phoenix country blocks: English names, adjectives and demonyms.
    en_names: dict[str, list[str]] = defaultdict(list)
    for t, lang, iso3, kind, _ in rows:
        if lang == "en" and kind == "name":
            en_names[iso3].append(t)
    adjectives: dict[str, set[str]] = defaultdict(set)
    all_names = {iso3: {normalize(n) for n in ns} for iso3, ns in en_names.items()}
    for iso3, aliases in phoenix_country_blocks(blocks, known, stats).items():
        others = {f" {n} " for other, ns in all_names.items() if other != iso3 for n in ns}
        for alias in aliases:
            pretty = " ".join(
                w.capitalize() if w.isupper() or w.islower() else w for w in alias.split()
            )
            pretty = re.sub(r"(?<=')([A-Z])", lambda m: m.group(1).lower(), pretty)
            kind = classify_phoenix_alias(pretty, en_names[iso3], places_en, others)
            if kind is None:
                stats["phoenix country alias dropped (place, nickname...)"] += 1
                continue
            stats[f"phoenix country alias kept as {kind}"] += 1
            add(pretty, "en", iso3, kind)
            if kind == "adjective":
                adjectives[iso3].add(pretty)
    for iso3, adjs in EN_ADJECTIVES.items():
        adjectives[iso3].update(adjs)
        for a in adjs:
            add(a, "en", iso3, "adjective")
    for iso3, adjs in adjectives.items():
        for a in adjs:
            for p in people_forms(a):
                add(p, "en", iso3, "people")
    for iso3, nouns in EN_PEOPLE.items():
        for p in nouns:
            add(p, "en", iso3, "people")
    for table, lang, kind in (
        (RU_ADJECTIVES, "ru", "adjective"),
        (RU_PEOPLE, "ru", "people"),
        (ZH_PEOPLE, "zh", "people"),
    ):
        for iso3, terms in table.items():
            for t in terms:
                add(t, lang, iso3, kind)
    for term, lang, iso3, kind in GROUP_TERMS:
        add(term, lang, iso3, kind)
    for term, lang, iso3, sector in METONYMS:
        add(term, lang, iso3, "metonym", sector)
        if lang == "en" and term.startswith("the "):
            rows.append((term, lang, iso3, "metonym", sector))  # kept with its article
    for term, iso3 in SIDES.items():
        add(term, "zh", iso3, "side", "GOV")
    # Wikidata and Phoenix list some demonyms as names ("Jamaican", "South African"): the
    # curated kind wins, so that "a South African analyst" reads as a demonym.
    demonyms = {
        (iso3, normalize(t))
        for table in (EN_ADJECTIVES, EN_PEOPLE)
        for iso3, terms in table.items()
        for t in terms
    } | {(iso3, normalize(t)) for t, lang, iso3, _kind in GROUP_TERMS if lang == "en"}
    official = {(iso3, normalize(name)) for iso3, (_iso2, name) in countries.items()}
    official |= {(iso3, normalize(t)) for iso3, terms in EN_EXTRA_NAMES.items() for t in terms}
    kept = []
    for row in rows:
        key = (row[2], normalize(row[0]))
        if row[1] == "en" and row[3] == "name" and key in demonyms and key not in official:
            stats["term: name dropped, a curated demonym"] += 1
            continue
        kept.append(row)
    return resolve_term_conflicts(kept, countries, stats)


def missing_demonyms(terms, countries: dict[str, tuple[str, str]]) -> dict[str, list[str]]:
    """ISO3 codes without a demonym adjective: in English, every country and territory not in
    EN_ADJECTIVE_NONE (the build should leave none); in Russian, the sovereign states (a list
    to work through: RU_ADJECTIVES covers the ones most in the news)."""
    have = {(lang, iso3) for _t, lang, iso3, kind, _s in terms if kind == "adjective"}
    sovereign = [i for i in countries if i not in HISTORICAL and i not in TERRITORIES]
    return {
        "en": [i for i in countries if ("en", i) not in have and i not in EN_ADJECTIVE_NONE],
        "ru": [i for i in sovereign if ("ru", i) not in have],
    }


def resolve_term_conflicts(rows, countries, stats):
    """One country per (normalized term, language): preferences first, then a sovereign state
    over a territory or former state, else the term is dropped as ambiguous."""
    rank = {k: i for i, k in enumerate(KIND_ORDER)}
    by_key: dict[tuple[str, str], list[tuple[str, str, str, str, str]]] = defaultdict(list)
    for row in rows:
        by_key[(row[1], normalize(row[0]))].append(row)
    out = set()
    ambiguous = []
    seen_case: set[tuple[str, str, str, str]] = set()
    for key, group in sorted(by_key.items()):
        isos = sorted({r[2] for r in group})
        if len(isos) > 1:
            pref = TERM_PREFERENCE.get(key, "")
            if pref is None:
                stats["term dropped: ambiguous (listed)"] += 1
                continue
            if not pref:
                # the kinds that matter most decide: a name beats an adjective beats a capital
                best = min(rank[r[3]] for r in group)
                top = sorted({r[2] for r in group if rank[r[3]] == best})
                current = [
                    i
                    for i in top
                    if i not in HISTORICAL and i in countries and i not in TERRITORIES
                ]
                if len(top) == 1:
                    pref = top[0]
                elif len(current) == 1:
                    pref = current[0]
                else:
                    ambiguous.append((key, isos))
                    stats["term dropped: ambiguous"] += 1
                    continue
            group = [r for r in group if r[2] == pref]
        for r in group:
            case_key = (r[1], r[2], r[3], r[0].casefold())
            if case_key in seen_case:  # "Uae" after "UAE": the first spelling listed wins
                continue
            seen_case.add(case_key)
            out.add(r)
    out_sorted = sorted(out, key=lambda r: (r[1], r[2], rank[r[3]], normalize(r[0]), r[0]))
    return out_sorted, ambiguous


# =============================================================================================
# People and organizations from Phoenix
# =============================================================================================

INITIAL = re.compile(r"^(?:[A-Z]\.)+$")


def words_of(name: str) -> list[str]:
    return [w for w in re.split(r"[_\s]+", name.upper().strip()) if w]


def valid_name(words: list[str]) -> bool:
    return bool(words) and all(
        all(ch.isalnum() or ch in "'.&-" for ch in w) and "Ã" not in w and w != "THEN"
        for w in words
    )


def proper_person(words: list[str], countries: set[str | None]) -> str:
    out = []
    for i, w in enumerate(words):
        if INITIAL.match(w) or w in ("II", "III", "IV"):
            out.append(w)
            continue
        parts = w.split("-")
        pp = []
        for j, p in enumerate(parts):
            low = p.lower()
            if (i > 0 or j > 0) and low in PARTICLES and (j < len(parts) - 1 or len(parts) == 1):
                pp.append(low)
            elif j > 0 and countries & {"KOR", "PRK"}:
                pp.append(low)  # Korean given names: "Ban Ki-moon"
            elif low.startswith("mc") and len(low) > 3:
                pp.append("Mc" + low[2:].capitalize())
            elif "'" in low and len(low.split("'")[0]) == 1:
                a, b = low.split("'", 1)
                pp.append(a.upper() + "'" + b.capitalize())
            elif low == "jr.":
                pp.append("Jr.")
            else:
                pp.append(low.capitalize())
        out.append("-".join(pp))
    return " ".join(out)


def proper_org(words: list[str]) -> str:
    if (
        len(words) == 1
        and (len(words[0]) <= 5 or words[0].startswith("UN"))
        and "-" not in words[0]
    ):
        return words[0]  # most short one-word names are acronyms: NATO, OPEC, UNDP, UNESCO
    out = []
    for i, w in enumerate(words):
        low = w.lower()
        if i > 0 and low in LOWER_ORG_WORDS:
            out.append(low)
        elif (len(w) <= 4 and not re.search(r"[AEIOUY]", w)) or w in ("UN", "US", "EU", "UK"):
            out.append(w)  # CNN, BBC, UN
        elif "'" in low and len(low.split("'")[0]) == 1:
            a, b = low.split("'", 1)
            out.append(a.upper() + "'" + b.capitalize())
        else:
            out.append("-".join(p.capitalize() for p in low.split("-")))
    return " ".join(out)


@dataclass
class Candidate:
    kind: str  # person, organization
    words: list[list[str]]  # the block's usable names, title words stripped, root first
    codes: list[Code]
    block: Block


class Builder:
    def __init__(self, countries, terms, agents, blocks, stats):
        self.countries = countries
        self.known = set(countries)
        self.stats = stats
        self.blocks = blocks
        self.stop = english_stopwords()
        # Words that name a country, in upper case, to strip from "RUSSIAN_PRESIDENT_X".
        self.country_words = set()
        self.country_phrases = set()
        for term, lang, _iso3, kind, _sector in terms:
            if lang == "en" and kind in ("name", "adjective", "people", "capital", "metonym"):
                up = tuple(words_of(term))
                self.country_phrases.add(up)
                if len(up) == 1:
                    self.country_words.add(up[0])
        self.agent_terms = {a[0] for a in agents if a[1] == "en"}
        self.igo_alias = {}
        for igo in IGOS:
            for alias in [igo[1], *igo[2]]:
                self.igo_alias[normalize(alias)] = igo[0]
        self.given: set[str] = set()

    # -- names --------------------------------------------------------------------------------
    def strip_titles(self, words: list[str], keep: int = 1) -> list[str]:
        """Drop leading titles and nationalities ("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV"),
        leaving at least ``keep`` words."""
        out = list(words)
        while len(out) > keep:
            for n in (3, 2, 1):
                if tuple(out[:n]) in self.country_phrases and len(out) >= n + keep:
                    out = out[n:]
                    break
            else:
                if (
                    out[0] in TITLE_WORDS
                    or out[0] in self.country_words
                    or (out[0].startswith("EX-") and len(out[0]) > 3)
                ):
                    out = out[1:]
                    continue
                break
        return out

    def is_generic(self, words: list[str]) -> bool:
        """A role, not a name: "RUSSIAN_PRESIDENT", "UN_ENVOY", "AFGHAN_POLICE"."""
        rest = list(words)
        while rest:
            for n in (3, 2, 1):
                if tuple(rest[:n]) in self.country_phrases:
                    rest = rest[n:]
                    break
            else:
                if rest[0] in (
                    "THE",
                    "UN",
                    "U.N.",
                    "UNITED",
                    "NATIONS",
                    "FORMER",
                    "EX",
                    "SENIOR",
                    "TOP",
                    "NEW",
                    "LOCAL",
                    "STATE",
                    "NATIONAL",
                ):
                    rest = rest[1:]
                    continue
                break
        phrase = " ".join(rest).lower()
        return not rest or phrase in self.agent_terms

    def looks_like_person(self, words: list[str], block: Block) -> bool | None:
        longest = (
            8
            if any(w.lower() in ("bin", "ibn", "bint", "al", "abd", "abdul") for w in words)
            else 5
        )
        if any(w in ORG_WORDS for w in words) or len(words) > longest:
            return False
        if len(words) < 2:
            return None
        if any("CountryInfo" in c or "IGOrulers" in c for c in block.comments[:1]):
            return True
        if words[0] in self.given or any(INITIAL.match(w) or len(w) == 1 for w in words[:-1]):
            return True
        return None

    # -- classification --------------------------------------------------------------------------
    def candidates(self) -> list[Candidate]:
        out = []
        # given names: first words of the leaders listed from CountryInfo / IGOrulers
        for b in self.blocks:
            if any("CountryInfo" in c or "IGOrulers" in c for c in b.comments[:1]):
                for name in b.names:
                    w = self.strip_titles(words_of(name))
                    if len(w) >= 2 and w[0] not in ORG_WORDS and w[0].lower() not in PARTICLES:
                        self.given.add(w[0])
        for b in self.blocks:
            codes = []
            for raw in b.codes:
                code = parse_code(raw, self.known, self.stats)
                if code is not None:
                    codes.append(code)
            if not codes:
                self.stats["entry dropped: no usable code"] += 1
                continue
            if all(c.bare for c in codes):
                continue  # a country: country_terms.tsv has it
            if not any(c.country or c.org or c.start or c.end for c in codes):
                self.stats["entry dropped: no country, organization or date"] += 1
                continue
            if b.listing == "MNC.MLH.actors" and all(c.sector == "BUS" for c in codes):
                self.stats["entry dropped: US-listed company from the revenue list"] += 1
                continue
            names = [words_of(n) for n in b.names]
            names = [w for w in names if valid_name(w)]
            if not names:
                self.stats["entry dropped: malformed name"] += 1
                continue
            root = names[0]
            if self.is_generic(root):
                self.stats["entry dropped: generic role, not a name"] += 1
                continue
            if (
                tuple(root) in self.country_phrases
                or tuple(self.strip_titles(root)) in self.country_phrases
            ):
                self.stats["entry dropped: a country term (Kremlin...)"] += 1
                continue
            verdict = self.looks_like_person(self.strip_titles(root, keep=2), b)
            dated = any(c.start or c.end for c in codes)
            if verdict is None:
                stripped = self.strip_titles(root, keep=2)
                if (
                    b.source == "international"
                    and (2 <= len(stripped) <= 4 or (dated and len(stripped) <= 6))
                    and all(c.sector == "IGO" for c in codes)
                    and not any(len(w) <= 4 and not re.search("[AEIOUY]", w) for w in stripped)
                ):
                    verdict = True  # officials of intergovernmental organizations
                else:
                    # in a country's list: a person if dated, or if nothing says organization
                    verdict = (
                        len(stripped) >= 2
                        and b.source == "countries"
                        and (
                            dated
                            or (
                                not any(c.org or c.sector in ("NGO", "BUS") for c in codes)
                                and stripped[0] != "AL"
                                and not stripped[0].startswith("AL-")
                            )
                        )
                    )
            if verdict:
                stripped = [self.strip_titles(w) for w in names if not self.is_generic(w)]
                stripped = [w for w in stripped if not any(x in ORG_WORDS for x in w)]
                if not any(len(w) >= 2 for w in stripped):
                    # "TAIWAN_GONGLOE": a first name that is also a country's
                    stripped.insert(0, self.strip_titles(root, keep=2))
                if not stripped:
                    continue
                out.append(Candidate("person", stripped, codes, b))
            else:
                kept = []
                for w in names:
                    w = w[1:] if w[0] == "THE" and len(w) > 1 else w
                    if any(
                        x
                        in TITLE_WORDS
                        - {
                            "THE",
                            "OF",
                            "STATE",
                            "UN",
                            "U.N.",
                            "UNITED",
                            "NATIONS",
                            "GRAND",
                            "SPECIAL",
                            "FOREIGN",
                            "DEFENSE",
                            "DEFENCE",
                            "INTERIOR",
                            "FINANCE",
                            "CROWN",
                            "FIELD",
                        }
                        for x in w
                    ):
                        continue  # "WORLD_BANK_PRESIDENT" names a person, not the bank
                    kept.append(w)
                if not kept:
                    self.stats["entry dropped: only titles"] += 1
                    continue
                if len(kept[0]) == 1 and (
                    kept[0][0].lower() in self.stop
                    or kept[0][0] in COMMON_ORG_WORDS
                    or kept[0][0].lower() in self.agent_terms
                    or len(kept[0][0]) < 3
                ):
                    self.stats["entry dropped: a single common word"] += 1
                    continue
                out.append(Candidate("organization", kept, codes, b))
        return out

    # -- records ---------------------------------------------------------------------------------
    def roles(self, codes: list[Code]) -> list[dict]:
        """Roles from codes. Phoenix roles have no title, so dated roles with the same country,
        organization and sector that overlap or touch are one role."""
        seen: set[tuple] = set()
        spans: dict[tuple, list[list]] = defaultdict(list)
        undated = []
        for c in codes:
            key = (c.country, c.org, c.sector)
            if c.start is None and c.end is None:
                if key not in seen:
                    seen.add(key)
                    undated.append(key)
                continue
            spans[key].append([c.start, c.end])
        out = []
        for key, intervals in spans.items():
            intervals.sort(key=lambda iv: (iv[0] or "", iv[1] or "9999"))
            merged: list[list] = []
            for start, end in intervals:
                if merged and (
                    merged[-1][1] is None or start is None or start <= day_after(merged[-1][1])
                ):
                    last = merged[-1]
                    last[1] = None if last[1] is None or end is None else max(last[1], end)
                    if start is None:
                        last[0] = None
                else:
                    merged.append([start, end])
            out += [(key, s, e) for s, e in merged]
        out += [(key, None, None) for key in undated]
        roles = []
        for (country, org, sector), start, end in out:
            if country == "RUS" and end is not None and end <= SOVIET_END:
                country = "SUN"  # Phoenix codes Soviet offices as Russian
                self.stats["role: RUS before 1992 recoded SUN"] += 1
            title = SECTOR_TITLES.get(sector or "", "") or (
                "international organization" if org else "member"
            )
            roles.append(
                {
                    "title": title,
                    "organization": org,
                    "country": country,
                    "sector": sector,
                    "start": start,
                    "end": end,
                }
            )
        roles.sort(
            key=lambda r: (
                r["start"] or "",
                r["end"] or "9999",
                r["country"] or "",
                r["organization"] or "",
                r["sector"] or "",
            )
        )
        return roles

    @staticmethod
    def usual(roles: list[dict]) -> tuple[str | None, str | None]:
        useful = [r for r in roles if r["country"] or r["organization"]] or roles
        dated = [r for r in useful if r["start"] or r["end"]]
        if dated:
            best = max(dated, key=lambda r: (r["end"] or "9999-12-31", r["start"] or ""))
        elif useful:
            best = useful[0]
        else:
            return None, None
        return best["country"], best["sector"]

    def records(self) -> tuple[list[dict], list[dict]]:
        cands = self.candidates()
        groups: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
        for c in cands:
            countries = {x.country for x in c.codes}
            if c.kind == "person":
                name = proper_person(c.words[0], countries)
            else:
                name = proper_org(c.words[0])
            groups[(c.kind, slug(name))].append(c)
        people, orgs = [], []
        igo_extra: dict[str, int] = Counter()
        for (kind, s), group in sorted(groups.items()):
            if not s:
                continue
            # the same name in different countries: different actors, unless a code is shared
            clusters: list[list[Candidate]] = []
            for c in group:
                cs = {x.country for x in c.codes if x.country} or {None}
                for cl in clusters:
                    ccs = {x.country for y in cl for x in y.codes if x.country} or {None}
                    if None in cs or None in ccs or cs & ccs:
                        cl.append(c)
                        break
                else:
                    clusters.append([c])
            for cl in clusters:
                codes = [x for c in cl for x in c.codes]
                roles = self.roles(codes)
                country, sector = self.usual(roles)
                suffix = f"-{country.lower()}" if len(clusters) > 1 and country else ""
                if kind == "person":
                    rec = self.person(cl, s + suffix, roles, country, sector)
                    if rec:
                        people.append(rec)
                else:
                    rec = self.organization(cl, s + suffix, roles, country, sector)
                    if rec is None:
                        continue
                    if rec["id"] in self.igo_ids:
                        igo_extra[rec["id"]] += 1
                        continue
                    orgs.append(rec)
        self.stats["phoenix entries merged into curated IGOs"] += sum(igo_extra.values())
        return people, orgs

    def person(self, cl, s, roles, country, sector) -> dict | None:
        names = [w for c in cl for w in c.words]
        full = [w for w in names if len(w) >= 2]
        if not full:
            self.stats["person dropped: no full name"] += 1
            return None
        countries = {r["country"] for r in roles}
        aliases: list[str] = []
        for w in full:
            aliases.append(proper_person(w, countries))
            core = [x for x in w if not INITIAL.match(x)]
            if len(core) >= 2 and core != w and not INITIAL.match(w[0]):
                aliases.append(proper_person(core, countries))
        # of the spellings that compare equal, the one with hyphens and apostrophes: "Ki-moon"
        name = max(
            (a for a in aliases if normalize(a) == normalize(aliases[0])),
            key=lambda a: sum(ch in "-'" for ch in a),
        )
        singles = [w[0] for w in names if len(w) == 1]
        east = bool(countries & EAST_ASIAN)
        return {
            "id": "person:" + s,
            "name": name,
            "type": "person",
            "country": country,
            "sector": sector,
            "aliases": {"en": dedupe([name, *aliases]), "ru": [], "zh": []},
            "roles": roles,
            "source": "phoenix",
            "_singles": singles,
            "_surname": full[0][0] if east else full[0][-1],
            "_names": len({normalize(proper_person(w, countries)) for w in full}),
        }

    @property
    def igo_ids(self) -> set[str]:
        return {igo[0] for igo in IGOS}

    def organization(self, cl, s, roles, country, sector) -> dict | None:
        names = [w for c in cl for w in c.words]
        pretty = [proper_org(w) for w in names]
        for p in pretty:
            if normalize(p) in self.igo_alias:
                return {"id": self.igo_alias[normalize(p)]}
        is_igo = any(r["sector"] == "IGO" for r in roles) and country is None
        if is_igo:
            oid = "IGO:" + s.upper().replace("-", "_")
            typ, sector = "igo", "IGO"
        else:
            oid, typ = "org:" + s, "organization"
        dated = any(r["start"] or r["end"] for r in roles)
        return {
            "id": oid,
            "name": pretty[0],
            "type": typ,
            "country": country,
            "sector": sector,
            "aliases": {"en": dedupe(pretty), "ru": [], "zh": []},
            "roles": roles if dated else [],
            "source": "phoenix",
        }


def day_after(iso: str) -> str:
    return (dt.date.fromisoformat(iso) + dt.timedelta(days=1)).isoformat()


def dedupe(items):
    seen, out = set(), []
    for item in items:
        k = normalize(item)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out


def read_curated(path: Path) -> list[dict]:
    """The [[actor]] entries of curated.toml (none if it does not exist yet)."""
    if not path.exists():
        return []
    return tomllib.loads(path.read_text(encoding="utf-8")).get("actor", [])


def align_with_curated(records: list[dict], curated: list[dict], stats: Stats) -> list[dict]:
    """A generated actor that is a curated one (same full name, a country in common) takes the
    curated id, so that curated.toml's entry completes it instead of doubling it; a generated
    id that a different curated actor already uses gets its country as a suffix. Generated
    records that end up with the same id are merged."""
    index: dict[tuple[str, str], set[str]] = defaultdict(set)
    info: dict[str, set[str]] = {}
    for a in curated:
        aid = a.get("id", "")
        typ = a.get("type") or {"person": "person", "org": "organization"}.get(
            aid.split(":")[0], "igo"
        )
        info[aid] = ({a.get("country")} | {r.get("country") for r in a.get("roles", [])}) - {None}
        for alias in [a.get("name", ""), *a.get("aliases", []), *a.get("aliases_en", [])]:
            k = normalize(alias)
            if k and (typ != "person" or len(k.split()) >= 2):
                index[(typ, k)].add(aid)
    for rec in records:
        mine = ({rec["country"]} | {r["country"] for r in rec["roles"]}) - {None}
        hits: set[str] = set()
        for alias in [rec["name"], *rec["aliases"]["en"]]:
            k = normalize(alias)
            if rec["type"] != "person" or len(k.split()) >= 2:
                hits |= index.get((rec["type"], k), set())
        hits = {h for h in hits if not info[h] or not mine or info[h] & mine}
        if len(hits) == 1:
            new = hits.pop()
            if new != rec["id"]:
                stats["generated id aligned with curated.toml"] += 1
                rec["id"] = new
        elif rec["id"] in info and info[rec["id"]] and mine and not info[rec["id"]] & mine:
            rec["id"] += "-" + sorted(mine)[0].lower()
            stats["generated id renamed: a curated actor of another country has it"] += 1
    merged: dict[str, dict] = {}
    for rec in records:
        old = merged.get(rec["id"])
        if old is None:
            merged[rec["id"]] = rec
            continue
        stats["generated records merged under one id"] += 1
        old["aliases"]["en"] = dedupe(old["aliases"]["en"] + rec["aliases"]["en"])
        roles = {json.dumps(r, sort_keys=True): r for r in old["roles"] + rec["roles"]}
        old["roles"] = sorted(
            roles.values(),
            key=lambda r: (
                r["start"] or "",
                r["end"] or "9999",
                r["country"] or "",
                r["sector"] or "",
            ),
        )
        old["country"], old["sector"] = Builder.usual(old["roles"])
        for key in ("_singles",):
            if key in old:
                old[key] = old[key] + rec.get(key, [])
        if "_names" in old:
            old["_names"] = old["_names"] + rec.get("_names", 0)
    return list(merged.values())


def prominent(p: dict, curated_ids: set[str]) -> bool:
    """Worth shipping: in curated.toml, or several roles (a career the dictionaries follow:
    heads of state and government), several names (variants collected from news), a post in
    an intergovernmental organization, or a post held when the dictionaries end (2014)."""
    roles = p["roles"]
    return (
        p["id"] in curated_ids
        or len(roles) >= 2
        or p.get("_names", 1) >= 2
        or any(r["organization"] for r in roles)
        or any(r["start"] and r["end"] is None for r in roles)
    )


def curated_igos() -> list[dict]:
    out = []
    for oid, name, en, ru, zh, _codes in IGOS:
        out.append(
            {
                "id": oid,
                "name": name,
                "type": "igo",
                "country": None,
                "sector": "IGO",
                "aliases": {"en": dedupe([name, *en]), "ru": dedupe(ru), "zh": dedupe(zh)},
                "roles": [],
                "source": "registry",
            }
        )
    return out


def finish_people(people: list[dict], terms, agents, stop: set[str], stats: Stats) -> list[dict]:
    """Bare surnames as aliases, where Phoenix lists one, it is the person's surname, nobody
    else in the registry has it, and it is no common word."""
    surnames = Counter(p["_surname"] for p in people)
    singles_all = Counter(s for p in people for s in set(p["_singles"]))
    common = {normalize(t[0]) for t in terms} | {normalize(a[0]) for a in agents} | stop
    for p in people:
        for s in sorted(set(p.pop("_singles"))):
            ok = (
                s == p["_surname"]
                and len(s) >= 4
                and surnames[s] == 1
                and singles_all[s] == 1
                and normalize(s) not in common
                and s not in COMMON_ORG_WORDS
            )
            if ok:
                p["aliases"]["en"].append(proper_person([s], {p["country"]}))
                stats["person surname alias kept"] += 1
            else:
                stats["person surname alias dropped (ambiguous or common)"] += 1
        p.pop("_surname")
    return people


# =============================================================================================
# Output
# =============================================================================================

WIKIDATA_SRC = "Wikidata country labels (CC0), collected by econandrew/sparql_queries (MIT)"
PHOENIX_SRC = "Phoenix / PETRARCH-2 dictionaries (Open Event Data Alliance, MIT)"
CURATED_SRC = "hand-made tables of facts in scripts/build_registry.py"


def header(what: str, sources: list[str], columns: str | None) -> str:
    lines = [f"# detente actor registry: {what}"]
    lines += [f"# source: {s}" for s in sources]
    lines.append(
        f"# generated by `{COMMAND}` (do not edit by hand; corrections go in curated.toml)"
    )
    if columns:
        lines.append(f"# columns: {columns}")
    return "\n".join(lines) + "\n"


def write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)


def tsv(rows) -> str:
    return "".join("\t".join(r) + "\n" for r in rows)


def ru_lemmas(phrase: str) -> str:
    """Each word of a Russian phrase in its dictionary form (natasha's pymorphy2 vocabulary, as
    detente lemmatizes), so that a multi-word role matches a lemmatized text."""
    if " " not in phrase:
        return phrase
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from natasha import MorphVocab

    global _MORPH
    if _MORPH is None:
        _MORPH = MorphVocab()
    return " ".join(_MORPH.parse(w)[0].normal_form for w in phrase.split())


_MORPH = None


def jsonl(records) -> str:
    return "".join(json.dumps(r, ensure_ascii=False, separators=(",", ":")) + "\n" for r in records)


def build(data: Path, out: Path, all_people: bool = False) -> dict:
    stats = Stats()
    wikidata, labels = read_wikidata(data / "country-aliases-wikidata.csv")
    countries = build_countries(wikidata)
    blocks = read_blocks(data / "Phoenix.Countries.actors.txt", "countries")
    blocks += read_blocks(data / "Phoenix.International.actors.txt", "international")
    terms, ambiguous = build_country_terms(countries, labels, blocks, stats)

    # Role words: curated first (they win), then Phoenix.
    agents: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    for title, sector, en, ru, zh in AGENTS:
        for lang, words in (("en", en), ("ru", ru), ("zh", zh)):
            for w in words:
                agents.setdefault((lang, normalize(w)), (w, lang, sector, title))
                lemmas = ru_lemmas(w) if lang == "ru" else w
                if lemmas != w:  # "министр иностранный дело": how a lemmatized text spells it
                    agents.setdefault((lang, normalize(lemmas)), (lemmas, lang, sector, title))
    curated_en = {k[1]: (v[2], v[3]) for k, v in agents.items() if k[0] == "en"}
    for term, sector, title in read_agents(data / "Phoenix.agents.txt"):
        key = ("en", normalize(term))
        if normalize(title) in curated_en:  # the plural of a curated word: its sector and title
            sector, title = curated_en[normalize(title)]
        if key in agents:
            if agents[key][2] != sector:
                stats["agent: Phoenix sector overridden by curated"] += 1
            continue
        agents[key] = (term, "en", sector, title)
    agent_rows = sorted(agents.values(), key=lambda r: (r[1], normalize(r[0]), r[0]))

    builder = Builder(countries, terms, agent_rows, blocks, stats)
    people, orgs = builder.records()
    curated = read_curated(CURATED)
    curated_ids = {a.get("id") for a in curated}
    people = align_with_curated(people, curated, stats)
    orgs = align_with_curated(orgs + curated_igos(), curated, stats)
    people = finish_people(people, terms, agent_rows, builder.stop, stats)
    if not all_people:
        kept = [p for p in people if prominent(p, curated_ids)]
        stats["person dropped: one role, one name, left office before 2014"] += len(people) - len(
            kept
        )
        people = kept
    for p in people:
        p.pop("_names", None)
    people.sort(key=lambda r: r["id"])
    orgs.sort(key=lambda r: r["id"])
    ids = Counter(r["id"] for r in people + orgs)
    assert not [i for i, n in ids.items() if n > 1], [i for i, n in ids.items() if n > 1][:5]

    files = {
        "countries.tsv": header(
            "countries and territories (ISO 3166 alpha-3; former states by their ISO 3166-3 "
            "codes; Kosovo as XKX)",
            [WIKIDATA_SRC, CURATED_SRC],
            "iso3\tiso2\tname",
        )
        + tsv((iso3, iso2, name) for iso3, (iso2, name) in countries.items()),
        "country_terms.tsv": header(
            "words that point at a country (kind: name, adjective, people, capital, city, "
            "metonym, side; sector only for metonym and side)",
            [WIKIDATA_SRC, PHOENIX_SRC + ": country entries", CURATED_SRC],
            "term\tlang\tiso3\tkind\tsector",
        )
        + tsv(terms),
        "agents.tsv": header(
            "role words: sector (CAMEO code) and a normalized English title",
            [PHOENIX_SRC + ": Phoenix.agents.txt (English)", CURATED_SRC + " (ru, zh, titles)"],
            "term\tlang\tsector\ttitle",
        )
        + tsv(agent_rows),
        "people.jsonl": header(
            "people, one JSON object a line (roles from Phoenix carry a sector, not a title; "
            "the dictionaries end in early 2014)",
            [PHOENIX_SRC + ": Phoenix.Countries.actors.txt, Phoenix.International.actors.txt"],
            None,
        )
        + jsonl(people),
        "organizations.jsonl": header(
            "organizations and intergovernmental organizations, one JSON object a line",
            [
                PHOENIX_SRC + ": Phoenix.Countries.actors.txt, Phoenix.International.actors.txt",
                CURATED_SRC + " (IGO names in en, ru, zh)",
            ],
            None,
        )
        + jsonl(orgs),
    }
    for name, text in files.items():
        write(out / name, text)
    return {
        "stats": stats,
        "ambiguous": ambiguous,
        "countries": countries,
        "terms": terms,
        "agents": agent_rows,
        "people": people,
        "orgs": orgs,
        "files": {name: (out / name).stat().st_size for name in files},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data",
        type=Path,
        default=ROOT.parent / "shared" / "data",
        help="reference data directory (default: ../shared/data from the repository)",
    )
    ap.add_argument(
        "--out",
        type=Path,
        default=ROOT / "src" / "detente" / "data" / "actors",
        help="where to write the registry files",
    )
    ap.add_argument("--report", action="store_true", help="also print what was dropped and why")
    ap.add_argument(
        "--all-people",
        action="store_true",
        help="keep every Phoenix person (about 18,000; 6 MB) instead of the prominent ones",
    )
    args = ap.parse_args(argv)
    if not (args.data / "Phoenix.agents.txt").exists():
        print(f"error: no reference data in {args.data} (use --data DIR)", file=sys.stderr)
        return 2
    result = build(args.data, args.out, all_people=args.all_people)
    for name, size in result["files"].items():
        print(f"{name:22} {size / 1024:9.1f} KiB")
    kinds = Counter((t[1], t[3]) for t in result["terms"])
    print(f"countries: {len(result['countries'])}")
    print(
        "country terms: "
        + ", ".join(f"{lang}/{kind} {n}" for (lang, kind), n in sorted(kinds.items()))
    )
    print(
        "agents: "
        + ", ".join(
            f"{lang} {n}" for lang, n in sorted(Counter(a[1] for a in result["agents"]).items())
        )
    )
    print(
        f"people: {len(result['people'])}, organizations: {len(result['orgs'])} "
        f"({sum(o['type'] == 'igo' for o in result['orgs'])} IGOs)"
    )
    missing = missing_demonyms(result["terms"], result["countries"])
    print(
        "no demonym adjective: "
        + ", ".join(f"{lang} {len(isos)}" for lang, isos in missing.items())
        + f" (en: {len(EN_ADJECTIVE_NONE)} more left out on purpose, see EN_ADJECTIVE_NONE)"
    )
    if args.report:
        for lang, isos in missing.items():
            print(f"  no {lang} adjective: {' '.join(isos)}")
        for key, n in sorted(result["stats"].items()):
            print(f"  {key}: {n}")
        for (lang, term), isos in result["ambiguous"]:
            print(f"  ambiguous {lang} {term!r}: {' '.join(isos)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
