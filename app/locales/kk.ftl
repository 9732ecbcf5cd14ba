site-name = Кеңес
site-tagline = Азаматтардың өтініштері және диалог
skip-to-content = Мазмұнға өту
nav-label = Негізгі мәзір
nav-home = Басты бет
nav-track = Өтінішті тексеру
lang-label = Тіл

home-title = Сізді тыңдайды. Сізге жауап береді.
home-lead = Мемлекеттік органға өтініш беріңіз, әр қадамды ашық оқиғалар желісінен бақылаңыз, хат емес, диалог қажет болса, бейтарап медиаторды сұраңыз.
home-cta-track = Өтінішті тексеру

how-title = Бұл қалай жұмыс істейді
how-file-title = Өтініш беріңіз
how-file-text = Мәселені кез келген телефоннан бірнеше қадаммен сипаттаңыз. Бақылау кодын бірден аласыз.
how-follow-title = Бақылаңыз
how-follow-text = Әр қадам заңды мерзіммен бірге оқиғалар желісінде көрінеді: 15 жұмыс күні.
how-mediate-title = Келісіңіз
how-mediate-text = Сертификатталған медиатор шешім табу үшін сізді және жауапты органды бір үстелге жинайды.

levels-title = Медиацияның үш деңгейі
level-local = Жергілікті: аудан және қала әкімдіктері
level-regional = Өңірлік: облыстардың қоғамдық медиация орталықтары
level-national = Республикалық: ұлттық медиация орталығы

stats-title = Портал бүгін
stat-total = өтініш берілді
stat-open = қаралуда
stat-mediation = медиацияда
stat-resolved = шешілді

recent-title = Жаңа жария өтініштер
recent-empty = Әзірге жария өтініштер жоқ.
author-hidden = Аты жасырылған

status-submitted = Берілді
status-accepted = Қабылданды
status-redirected = Басқа органға жіберілді
status-extended = Мерзімі ұзартылды
status-answered = Жауап берілді
status-in_mediation = Медиацияда
status-resolved = Шешілді
status-not_resolved = Шешілмеді
status-closed = Жабылды
status-rejected = Қабылданбады
status-withdrawn = Кері қайтарылды
status-reopened = Қайта ашылды
status-escalated = Жоғары деңгейге берілді

track-title = Өтінішті тексеру
track-lead = Өтініш берген кезде алған бақылау кодын енгізіңіз.
track-label = Бақылау коды
track-hint = Мысалы, KZ-26-7F3K-92QD
track-submit = Мәртебесін көрсету
track-invalid = Бақылау коды мынадай болады: KZ-26-7F3K-92QD — «KZ», жыл және төрт әріп немесе цифрдан тұратын екі топ.
track-not-found = Мұндай кодпен өтініш жоқ. Кодты тексеріп, қайталап көріңіз.
track-status = Мәртебесі
track-category = Санаты
track-place = Орны
track-submitted = Берілген күні
track-due = Жауап мерзімі
track-overdue = Жауап мерзімі өтті
track-days-left = { $n } жұмыс күні қалды
track-private = Бұл жабық өтініш: оның мәтінін тек тараптар мен тағайындалған қызметкерлер көреді.

footer-text = Кеңес — азаматтардың өтініштері мен медиацияға арналған ашық бағдарламалық қамтамасыз ету.
notfound-title = Бет табылмады
notfound-text = Сұралған бет жоқ немесе басқа жерге көшірілген.
notfound-home = Басты бетке өту
