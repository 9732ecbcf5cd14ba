#!/usr/bin/env python3
"""One-off generator: adds Kazakh and English names to the shared KATO list.

Regions and cities are named by hand; district names are derived mechanically from the
Russian name (stem + "ауданы" / transliterated stem + "District") and are meant to be
reviewed by administrators, who can edit reference data. Run:
    python3 scripts/dev/jurisdiction_names.py ../shared/data/kz-jurisdictions.csv > core/data/jurisdictions.csv
"""
import csv, sys

HAND = {  # kato: (kk, en)
    "11": ("Ақмола облысы", "Akmola Region"), "1110": ("Көкшетау", "Kokshetau"),
    "1116": ("Қосшы", "Kosshy"), "1118": ("Степногорск", "Stepnogorsk"),
    "15": ("Ақтөбе облысы", "Aktobe Region"), "1510": ("Ақтөбе", "Aktobe"),
    "19": ("Алматы облысы", "Almaty Region"), "1910": ("Қонаев", "Konaev"),
    "23": ("Атырау облысы", "Atyrau Region"), "2310": ("Атырау", "Atyrau"),
    "63": ("Шығыс Қазақстан облысы", "East Kazakhstan Region"), "6324": ("Риддер", "Ridder"),
    "6310": ("Өскемен", "Oskemen (Ust-Kamenogorsk)"),
    "31": ("Жамбыл облысы", "Zhambyl Region"), "3110": ("Тараз", "Taraz"),
    "27": ("Батыс Қазақстан облысы", "West Kazakhstan Region"), "2710": ("Орал", "Oral (Uralsk)"),
    "35": ("Қарағанды облысы", "Karaganda Region"), "3516": ("Балқаш", "Balkhash"),
    "3510": ("Қарағанды", "Karaganda"), "3521": ("Приозерск", "Priozersk"), "3522": ("Саран", "Saran"),
    "3524": ("Теміртау", "Temirtau"), "3528": ("Шахтинск", "Shakhtinsk"),
    "39": ("Қостанай облысы", "Kostanay Region"), "3916": ("Арқалық", "Arkalyk"),
    "3910": ("Қостанай", "Kostanay"), "3920": ("Лисаковск", "Lisakovsk"), "3924": ("Рудный", "Rudny"),
    "43": ("Қызылорда облысы", "Kyzylorda Region"), "4319": ("Байқоңыр", "Baikonur"),
    "4310": ("Қызылорда", "Kyzylorda"),
    "47": ("Маңғыстау облысы", "Mangystau Region"), "4710": ("Ақтау", "Aktau"),
    "4718": ("Жаңаөзен", "Zhanaozen"),
    "55": ("Павлодар облысы", "Pavlodar Region"), "5516": ("Ақсу", "Aksu"),
    "5510": ("Павлодар", "Pavlodar"), "5522": ("Екібастұз", "Ekibastuz"),
    "59": ("Солтүстік Қазақстан облысы", "North Kazakhstan Region"),
    "5910": ("Петропавл", "Petropavl"),
    "61": ("Түркістан облысы", "Turkistan Region"), "6116": ("Арыс", "Arys"),
    "6120": ("Кентау", "Kentau"), "6110": ("Түркістан", "Turkistan"),
    "75": ("Алматы қаласы", "Almaty"), "71": ("Астана қаласы", "Astana"),
    "79": ("Шымкент қаласы", "Shymkent"),
    "10": ("Абай облысы", "Abai Region"), "1018": ("Курчатов", "Kurchatov"), "1010": ("Семей", "Semey"),
    "33": ("Жетісу облысы", "Zhetysu Region"), "3310": ("Талдықорған", "Taldykorgan"),
    "3318": ("Текелі", "Tekeli"),
    "62": ("Ұлытау облысы", "Ulytau Region"), "6210": ("Жезқазған", "Zhezkazgan"),
    "6218": ("Қаражал", "Karazhal"), "6220": ("Сәтбаев", "Satbayev"),
}

TR = dict(zip("абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяә",
              ["a", "b", "v", "g", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "k", "l", "m", "n",
               "ng", "o", "o", "p", "r", "s", "t", "u", "u", "u", "f", "kh", "h", "ts", "ch", "sh",
               "shch", "", "y", "i", "", "e", "yu", "ya", "a"]))


def translit(s: str) -> str:
    out = []
    for ch in s:
        low = ch.lower()
        t = TR.get(low, ch)
        out.append(t.capitalize() if ch != low and t else t)
    return "".join(out)


def district(name_ru: str):
    for prefix in ("Район им.", "район имени ", "район ", "Район "):
        if name_ru.startswith(prefix):
            stem = name_ru[len(prefix):].strip()
            return f"{stem} ауданы", f"{translit(stem)} District"
    stem = name_ru.removesuffix(" район")
    stem = stem[:-4] if stem.endswith("ский") else stem
    return f"{stem} ауданы", f"{translit(stem)} District"


rows = csv.DictReader(open(sys.argv[1], encoding="utf-8"))
w = csv.writer(sys.stdout, lineterminator="\n")
w.writerow(["kato", "parent_kato", "kind", "name_kk", "name_ru", "name_en"])
for r in rows:
    kk, en = HAND.get(r["kato"]) or district(r["name_ru"])
    w.writerow([r["kato"], r["parent_kato"], r["kind"], kk, r["name_ru"], en])
