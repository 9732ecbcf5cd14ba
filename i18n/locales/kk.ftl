site-name = Кеңес
site-tagline = Азаматтардың өтініштері және диалог
skip-to-content = Мазмұнға өту
nav-label = Негізгі мәзір
nav-more = Тағы
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
author-seen-by-few = жұртшылықтан жасырылған: бұл атты тек авторы мен қызметкерлер көреді

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

nav-signin = Кіру
nav-signup = Тіркелгі ашу
field-email = Электрондық пошта
field-display-name = Көрсетілетін аты
field-display-name-hint = Басқаларға шын атыңыздың орнына көрсетіледі.
field-password = Құпиясөз
field-new-password = Жаңа құпиясөз
field-password-hint = Кемінде 8 таңба; 15 не одан көп болса, сенімдірек. Бірнеше сөзден тұратын тіркесті есте сақтау оңай.
signup-title = Тіркелгі ашу
signup-submit = Тіркелгі ашу
signup-done = Аз қалды: сізге хат жібердік. Мекенжайды растау үшін ондағы сілтемені ашыңыз.
signup-have-account = Тіркелгіңіз бар ма? Кіріңіз
signin-title = Кіру
signin-submit = Кіру
signin-forgot = Құпиясөзді ұмыттыңыз ба?
signin-no-account = Тіркелгіңіз жоқ па? Ашыңыз
verify-title = Поштаны растаңыз
verify-lead = Бұл мекенжай сіздікі екенін растау үшін түймені басыңыз.
verify-submit = Поштамды растау
verify-done = Поштаңыз расталды. Енді кіре аласыз.
verify-adopted = Осы мекенжаймен тіркелгісіз берген { $n } өтінішіңіз енді сіздікі: кіргеннен кейін оларды «Менің өтініштерім» бөлімінен табасыз.
reset-title = Құпиясөзді қалпына келтіру
reset-lead = Поштаңызды енгізіңіз. Ол тіркелгіге тиесілі болса, жаңа құпиясөз орнату сілтемесін жібереміз.
reset-submit = Сілтемені жіберу
reset-done = Бұл мекенжайдың тіркелгісі болса, сілтеме жолда. Ол бір сағат жарамды.
reset-new-title = Жаңа құпиясөз
reset-new-submit = Құпиясөзді сақтау
reset-new-done = Құпиясөз өзгертілді, барлық сеанстар жабылды. Жаңа құпиясөзбен кіріңіз.
account-title = Сіздің тіркелгіңіз
account-signout = Шығу
account-signout-all = Барлық құрылғыдан шығу
account-signout-all-hint = Сіз кірген барлық браузер мен телефондағы сеанстарды жабады.
err-email-invalid = name@example.kz сияқты пошта мекенжайын енгізіңіз.
err-name-required = Көрсетілетін атты енгізіңіз.
err-name-too-long = Ең көбі 80 таңба.
err-password-too-short = Кемінде 8 таңба.
err-password-too-long = Ең көбі 128 таңба.
err-password-common = Бұл құпиясөз ең көп тараған құпиясөздердің бірі, оны табу оңай. Басқасын таңдаңыз.
err-credentials = Пошта немесе құпиясөз қате.
err-not-verified = Алдымен поштаңызды растаңыз: біз жіберген хаттағы сілтемені ашыңыз.
err-locked = Бұл тіркелгіге сәтсіз әрекет тым көп. { $minutes } минуттан кейін қайталаңыз.
err-rate-limited = Сіздің қосылымыңыздан әрекет тым көп. { $minutes } минуттан кейін қайталаңыз.
err-token-invalid = Сілтеме жарамсыз, пайдаланылған немесе мерзімі өткен. Жаңасын сұраңыз.
err-server = Бізде бір нәрсе дұрыс болмады. Қайталап көріңіз.
err-summary-title = Қателер бар
err-summary-page-title = Қате: { $title }
err-reference = (Қолдау қызметіне арналған нөмір: { $id })
err-storage-full = Серверде орын таусылды, сондықтан ештеңе сақталмады. Жазғаныңыз осында қалды: кейінірек қайталап көріңіз.
err-unavailable = Қызмет қайта іске қосылуда. Ештеңе сақталмады, жазғаныңыз осында қалды. Бірнеше секундтан кейін қайталап көріңіз.
mail-verify-subject = Кеңес үшін поштаңызды растаңыз
mail-verify-body = Сәлеметсіз бе!

    Кеңес тіркелгісін ашуды аяқтау үшін мына сілтемені ашыңыз:
    { $link }

    Сілтеме 48 сағат жарамды. Егер сіз тіркелмеген болсаңыз, бұл хатты елемеңіз.
mail-existing-subject = Сіздің Кеңес тіркелгіңіз
mail-existing-body = Сәлеметсіз бе!

    Біреу осы мекенжаймен Кеңес тіркелгісін ашпақ болды, бірақ сізде тіркелгі бар.
    Бұл сіз болсаңыз, кіріңіз немесе мына жерде жаңа құпиясөз орнатыңыз:
    { $link }
mail-reset-subject = Кеңес үшін жаңа құпиясөз
mail-reset-body = Сәлеметсіз бе!

    Жаңа құпиясөз орнату үшін мына сілтемені ашыңыз (ол бір сағат жарамды):
    { $link }

    Егер сіз сұрамаған болсаңыз, хатты елемеңіз: құпиясөзіңіз өзгермейді.
mail-changed-subject = Кеңес құпиясөзіңіз өзгертілді
mail-changed-body = Сәлеметсіз бе!

    Кеңес құпиясөзіңіз жаңа ғана өзгертілді, барлық сеанстар жабылды.
    Егер бұл сіз болмасаңыз, құпиясөзді дереу қалпына келтіріңіз.
mfa-title = Екі қадамды кіру
mfa-lead = Аутентификатор қолданбасындағы 6 таңбалы кодты енгізіңіз.
mfa-code = Код
mfa-code-hint = Немесе қалпына келтіру кодтарыңыздың бірі.
mfa-submit = Жалғастыру
err-code = Код қате немесе пайдаланылған. Келесі кодты күтіп, қайталап көріңіз.
totp-title = Екі қадамды кіру
totp-lead = Екі қадамды кіру қосулы болса, ұрланған құпиясөз тіркелгіңізге кіру үшін жеткіліксіз. Қызметкерлер үшін міндетті.
totp-start = Екі қадамды кіруді баптау
totp-step-app = Кеңесті аутентификатор қолданбасына қосыңыз (мысалы, FreeOTP немесе Aegis).
totp-open-app = Осы телефондағы қолданбада ашу
totp-step-secret = Немесе мына кілтті қолданбаға енгізіңіз:
totp-confirm = Қосу
totp-done = Екі қадамды кіру қосылды. Басқа сеанстарыңыз жабылды.
totp-codes-lead = Бұл қалпына келтіру кодтарын қауіпсіз жерде сақтаңыз. Телефоныңызды жоғалтсаңыз, әрқайсысы бір рет жарайды; олар тек қазір көрсетіледі.
totp-on = Тіркелгіңізде екі қадамды кіру қосулы.
totp-required = Тіркелгіңізде қызметкер рөлі бар: оны пайдалану үшін екі қадамды кіруді баптаңыз.
account-export = Деректерімді жүктеп алу (JSON)
delete-title = Тіркелгіні жою
delete-lead = Тіркелгі, сеанстар мен хаттар біржола жойылады. Сіз берген өтініштер атыңызсыз («жойылған пайдаланушы») ашық күйде қалады. Растау үшін құпиясөзді енгізіңіз.
delete-submit = Біржола жою
delete-done = Тіркелгіңіз жойылды. Порталда сіз туралы ешқандай жеке дерек қалмады.
err-password-wrong = Бұл сіздің құпиясөзіңіз емес.
admin-roles-title = Қызметкерлер рөлдері
admin-roles-active = Қолданыстағы рөлдер
admin-role = Рөл
admin-scope = Аясы
admin-granted = Берілген күні
admin-revoke = Қайтарып алу
admin-grant-title = Рөл беру
admin-grant = Беру
admin-body = Жауапты орган
admin-body-hint = Лауазымды тұлғалар үшін: органының коды.
admin-level = Деңгей
admin-kato = Аумақ (ӘАОЖ/КАТО коды)
admin-kato-hint = Жергілікті және өңірлік орталық үйлестірушілері мен медиаторлар үшін, мысалы 11 немесе 1132.
admin-granted-done = Рөл берілді.
admin-revoked = Рөл қайтарылды.
role-official = Лауазымды тұлға
role-coordinator = Үйлестіруші
role-mediator = Медиатор
role-moderator = Модератор
role-administrator = Әкімші
level-name-local = Жергілікті
level-name-regional = Өңірлік
level-name-national = Республикалық
err-forbidden = Бұл әрекетке құқығыңыз жоқ.
err-unknown-user = Мұндай поштамен тіркелгі жоқ.
err-scope-required = Бұл рөл үшін осы өрісті толтыру керек.
err-unknown-kato = Мұндай КАТО коды бар аумақ жоқ.
err-unknown-role = Рөлдердің бірін таңдаңыз.
nav-admin = Әкімшілік
profile-title = Аты және тіл
profile-save = Сақтау
profile-saved = Сақталды.
field-legal-name = Шын аты-жөні (қалауыңызша)
field-legal-name-hint = Ешқашан жария көрсетілмейді; оны тек өтініштеріңізбен жұмыс істейтін қызметкерлер көреді.
field-locale = Портал мен хаттарымыздың тілі
err-legal-name-too-long = Ең көбі 200 таңба.
err-locale-invalid = Қазақ, орыс немесе ағылшын тілін таңдаңыз.
password-title = Құпиясөзді өзгерту
password-submit = Құпиясөзді өзгерту
password-changed = Құпиясөз өзгертілді. Басқа сеанстарыңыз жабылды.
field-current-password = Қазіргі құпиясөз
nav-file = Өтініш беру
home-cta-file = Өтініш беру
file-title = Өтініш беру
file-kind = Өтініш түрі
kind-application = Өтініш
kind-complaint = Шағым
kind-proposal = Ұсыныс
kind-inquiry = Сұрау салу
kind-feedback = Пікір
file-category = Санаты
file-choose = Таңдаңыз…
file-place = Орны
file-place-hint = Мәселе туындаған аудан немесе қала.
file-region = Облыс немесе республикалық маңызы бар қала
file-region-any = Кез келген облыс
file-region-show = Оның аудандарын көрсету
file-alike-check = Бұрын хабарланғанын тексеру
file-alike-title = Бұл туралы бұрын хабарланды ма?
file-alike-lead = Осы жердегі осындай ашық өтініштер. Егер солардың бірі сіздің мәселеңіз болса, қайта бермей, соны қолдаңыз: орган бұл мәселе қанша адамға қатысты екенін көреді, ал сіз әр қадамнан хабардар боласыз.
file-alike-kept = Жазғаныңыз жоба ретінде сақталды: қайтып келгенде осында болады.
file-alike-none = Бұл жерде әзірге мұндай ашық өтініш жоқ.
file-alike-choose = Алдымен тақырыпты және ауданды не қаланы таңдаңыз.
card-supporters = { $n } қолдаушы
file-landmark = Нақты қай жерде (міндетті емес)
file-landmark-hint = Көше, үй немесе жұрт білетін орын, мысалы: «№3 мектептің артындағы құдық».
file-title-field = Тақырыбы
file-title-hint = Қысқаша, мысалы «5-үйде ыстық су жоқ».
file-body = Сипаттамасы
file-body-hint = Не болды, қай жерде және қашаннан бері. 4000 таңбаға дейін. Басқа адамдардың жеке деректерін жазбаңыз.
file-lang = Мәтініңіздің тілі
file-privacy = Кім көре алады
privacy-public_anonymous = Атымсыз жария
privacy-public_anonymous-hint = Мәтінді бәрі оқи алады; кім бергенін тек өтінішпен жұмыс істейтін қызметкерлер көреді.
privacy-public = Көрсетілетін атыммен жария
privacy-public-hint = Бәрі оқи алады және көрсетілетін атыңызды көреді.
privacy-private = Жабық
privacy-private-hint = Тек сіз және өтінішпен жұмыс істейтін қызметкерлер.
file-submit = Өтініш беру
file-done = Өтінішіңіз берілді. Сізге растау хатын жібердік.
file-done-keep = Бақылау кодын сақтаңыз: ол арқылы әр қадамды бақылай аласыз.
file-follow = Бақылау
my-title = Менің өтініштерім
my-empty = Сіз әлі өтініш бермегенсіз.
my-supported = Мен қолдайтын өтініштер
err-file-choose = Нұсқалардың бірін таңдаңыз.
err-file-required = Бұл өрісті толтырыңыз.
err-file-too-short = Сәл толығырақ жазыңыз.
err-file-too-long = Тым ұзын.
err-file-category-choose = Санатты таңдаңыз.
err-file-kato-choose = Мәселе болған аудан не қаланы таңдаңыз.
err-file-appeal_kind-choose = Өтініш түрін таңдаңыз.
err-file-privacy-choose = Оны кім көре алатынын таңдаңыз.
err-file-lang-choose = Мәтініңіздің тілін таңдаңыз.
err-file-title-required = Өтініштің тақырыбын жазыңыз.
err-file-title-too-short = Тақырыпты сәл толығырақ жазыңыз.
err-file-title-too-long = Тақырып тым ұзын.
err-file-body-required = Мәселені сипаттаңыз.
err-file-body-too-short = Мәселені сәл толығырақ сипаттаңыз.
err-file-body-too-long = Сипаттама тым ұзын.
err-file-landmark-too-long = «Нақты қай жерде»: тым ұзын.
mail-filed-subject = «{ $title }» ({ $code }) өтініші берілді
mail-filed-body = Сәлеметсіз бе!

    Өтінішіңіз берілді, бақылау коды «{ $title }» ({ $code }).
    Жауапты орган 15 жұмыс күні ішінде жауап беруі керек. Әр қадамды мына жерден бақылаңыз:
    { $link }
track-timeline = Қарау барысы
actor-citizen = азамат
actor-official = лауазымды тұлға
actor-coordinator = үйлестіруші
actor-mediator = медиатор
actor-system = Кеңес

## Grievance page and handling
g-body = Жауапты орган
g-body-none = әлі тағайындалмаған
g-author = Авторы
g-supports = Қолдағандар
g-duplicate-of = Өтініштің көшірмесі
g-answer = Жауап
g-rated = Азаматтың бағасы: 5-тен { $n }
g-actions = Сіз не істей аласыз
g-op-accept = Қарауға қабылдау
g-op-support = Өтінішті қолдау
g-support-lead = Бұл сіздің де мәселеңіз бе? Сіздің қолдауыңыз органға мәселе қанша адамға қатысты екенін көрсетеді.
g-support-signin = Қолдау үшін кіріңіз
g-op-close = Маған жарайды: жабу
g-op-withdraw = Кері қайтарып алу
g-op-answer = Жауапты жіберу
g-op-extend = Мерзімді ұзарту
g-op-redirect = Қайта жолдау
g-op-reject = Бас тарту
g-op-escalate = Келесі деңгейге беру
g-op-link = Көшірме ретінде байланыстыру
g-op-rate = Жауапты бағалау
g-op-reopen = Қайта ашу
g-answer-answer = Азаматқа жауап
g-answer-preview-button = Жауапты алдын ала қарау
g-answer-preview = Өтініш иесі осы жауапты алады
g-reject-reason = Бас тарту себебі
g-escalate-reason = Беру себебі
g-reopen-reason = Жауап неге мәселені шешпейді
g-withdraw-warning = Кері қайтарып алынған өтініш біржола жабылады: оны қайта ашуға болмайды, орган онымен жұмысты тоқтатады.
g-withdraw-reason = Өтінішті неге кері қайтарып аласыз
g-withdraw-confirm = Иә, біржола кері қайтарып аламын
err-g-withdraw-unconfirmed = Өтінішті біржола кері қайтарып алатыныңызды белгілеңіз.
g-op-hide = Жария көрсетілімнен алу
g-hide-warning = Өтінішті тек сіз және оны қарайтын қызметкерлер көреді. Ол бұрынғыдай қаралады, бірақ ашық тізімнен шығады, ал оны қолдағандарға ол туралы хат бұдан былай келмейді. Оны қайта жария ету мүмкін емес.
g-hide-confirm = Иә, жария көрсетілімнен біржола алу
err-g-hide-unconfirmed = Өтінішті біржола жасыру керегін растау үшін белгі қойыңыз.
g-hide-moderator = Мәтін ережені бұзады (қорлау, басқа адамның дербес деректері): оны тек авторы мен қызметкерлер көреді. Авторға себебі хабарланады.
g-hide-reason = Қай ереже бұзылды
err-g-already-private = Өтініш жария көрсетілімнен алынып қойған.
g-done-hide = Өтініш жасырылды: оны тек авторы мен қызметкерлер көреді.
g-event-hidden = Жария көрсетілімнен алынды
g-op-report = Өтінішке шағымдану
g-report-reason = Не ережені бұзады
g-report-hint = Қорлау, қорқыту немесе басқа адамның дербес деректері (мекенжайымен аты-жөні, телефон нөмірі). Өңір модераторы қарайды; шағымданған адамды ешкім білмейді.
err-g-reported = Сіз бұл өтінішке шағымданып қойғансыз.
g-done-report = Рахмет. Модератор шағымды қарайды.
g-reports = Оқырмандардың шағымдары:
g-op-dismiss-reports = Бұзушылық жоқ: шағымдарды қабылдамау
g-done-dismiss-reports = Шағымдар қабылданбады.
err-g-report-settled = Өтінішке ашық шағым жоқ.
err-g-answer-too-short = Заң бойынша жауапта кемінде 20 таңба болуы керек: не істелгенін немесе шешілгенін жазыңыз.
g-extend-until = Жаңа мерзім
g-extend-reason = Ұзарту себебі (азаматқа хабарланады)
g-redirect-body = Құзыретті орган
g-redirect-reason = Мәселе неге сіздің құзыретіңізде емес
g-link-of = Бастапқы өтініштің коды
g-link-candidates = Мүмкін, сол мәселе
g-link-candidates-lead = Осы жердегі осы тақырыптағы, бұдан бұрын берілген ашық өтініштер. Байланыстырғаннан кейін бұл өтініш соның қарау барысымен жүреді, ал оның қолдаушылары соған есептеледі.
g-link-this = Осыған байланыстыру
g-rate-legend = Жауап қаншалықты жақсы? (1 нашар – 5 жақсы)
g-done-accept = Қабылданды. Азаматқа хабарланды.
g-done-redirect = Қайта жолданды. Азаматқа хабарланды.
g-done-extend = Мерзім ұзартылды. Азаматқа хабарланды.
g-done-answer = Жауап жіберілді.
g-done-reject = Бас тартылды. Азаматқа хабарланды.
g-done-escalate = Келесі деңгейге берілді.
g-done-withdraw = Сіз өтінішті кері қайтардыңыз.
g-done-close = Жабылды. Рахмет.
g-done-reopen = Қайта ашылды. Органның жаңа мерзімі бар.
g-done-support = Қолдауыңызға рахмет. Өтінішке жауап берілгенде не ол алға жылжығанда сізге хат жазамыз (мұндай хаттарды хат баптауларынан өшіруге болады).
g-op-unsupport = Қолдауды қайтарып алу
g-done-unsupport = Қолдауыңызды қайтарып алдыңыз; бұл өтініш туралы хат бұдан былай келмейді.
err-g-not-supported = Сіз бұл өтінішті қолдамайсыз.
g-done-rate = Бағаңызға рахмет.
g-done-link = Көшірме ретінде байланыстырылды.
g-event-rated = Жауап 5-тен { $n } деп бағаланды
g-event-overdue = { $due } мерзімі өтті: жоғарыға берілді
g-event-duplicate-of = { $code } көшірмесі ретінде байланыстырылды
g-event-duplicate-linked = { $code } көшірме ретінде байланыстырылды
err-g-required = Бұл өрісті толтырыңыз.
err-g-too-short = Кемінде 10 таңба жазыңыз.
err-g-too-long = 4000 таңбадан аспауы керек.
err-g-choose = Тізімнен таңдаңыз.
err-g-body-choose = Өтініш жіберілетін органды таңдаңыз.
err-g-rating-choose = 1-ден 5-ке дейін баға таңдаңыз.
err-g-q_neutral-choose = 1-ден 5-ке дейін баға таңдаңыз.
err-g-q_heard-choose = { err-g-q_neutral-choose }
err-g-q_clear-choose = { err-g-q_neutral-choose }
err-g-q_again-choose = { err-g-q_neutral-choose }
err-g-languages-choose = Тілдерді тізімнен таңдаңыз.
err-g-specialisations-choose = Салаларды тізімнен таңдаңыз.
err-g-redirect-late = Өтінішті алған күннен бастап 3 жұмыс күні ішінде ғана қайта жолдауға болады.
err-g-date = Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.
err-g-not-later = Жаңа мерзім қазіргіден кейін болуы керек.
err-g-too-late = Мерзімді берілген күннен бастап 2 айдан аспайтындай ұзартуға болады.
err-g-top-level = Өтініш республикалық деңгейде тұр.
err-g-reopen-late = Өтінішті жауаптан кейін 30 күн ішінде ғана қайта ашуға болады.
err-g-not-answered = Бағалайтын жауап әлі жоқ.
err-g-own = Өз өтінішіңізді қолдай алмайсыз.
err-g-already = Сіз бұл өтінішті қолдадыңыз.
err-g-unknown = Мұндай кодпен өтініш жоқ.
err-g-same = Өтініш өзінің немесе өз көшірмесінің көшірмесі бола алмайды.
err-g-illegal = Өтініштің қазіргі күйінде бұл қадам мүмкін емес. Бетті жаңартыңыз.

## Lists
list-title = Жария өтініштер
list-region = Өңір
list-all = Барлығы
list-filter = Көрсету
list-count = { $n } өтініш
list-pages = Беттер
list-prev = Артқа
list-next = Келесі
queue-title = Кезек
queue-open = Барлық ашық
nav-grievances = Өтініштер
nav-queue = Кезек

## Mail preferences
mailprefs-title = Өтініштерім туралы хаттар
mailprefs-lead = Заң талап ететін хаттар (беру, ұзарту, жауап, бас тарту) әрқашан келеді. Тағы қайсысын алғыңыз келетінін таңдаңыз.
mailprefs-legend = Өтініш мына жағдайда хат жіберу
mailprefs-saved = Таңдауыңыз сақталды.
mailprefs-accepted = қарауға қабылданғанда
mailprefs-redirected = басқа органға жолданғанда
mailprefs-escalated = жоғары деңгейге берілгенде
mailprefs-deadline_missed = мерзімі өткенде
mailprefs-mediation = бойынша медиация ұсынылғанда немесе алға жылжығанда
mailprefs-queue = органымның кезегіне түскенде (қызметкерлер үшін)
mailprefs-supported-legend = Мен қолдайтын өтініштер
mailprefs-supported = өтінішке жауап берілгенде, медиацияға берілгенде, шешілгенде, жоғары деңгейге берілгенде немесе аяқталғанда хабарлау
account-mail-link = Хат баптаулары

## Grievance mails
mail-accepted-subject = «{ $title }» ({ $code }) өтініші қабылданды
mail-accepted-body = Сәлеметсіз бе!

    Жауапты орган сіздің «{ $title }» ({ $code }) өтінішіңізді қарауға қабылдады.
    Мұнда қадағалаңыз: { $link }
mail-redirected-subject = «{ $title }» ({ $code }) өтініші қайта жолданды
mail-redirected-body = Сәлеметсіз бе!

    Сіздің «{ $title }» ({ $code }) өтінішіңіз бірінші органның құзыретінде емес, ол мұнда жолданды: { $body }.
    Мұнда қадағалаңыз: { $link }
mail-extended-subject = «{ $title }» ({ $code }) өтінішінің мерзімі ұзартылды
mail-extended-body = Сәлеметсіз бе!

    Сіздің «{ $title }» ({ $code }) өтінішіңізді қарау мерзімі { $until } дейін ұзартылды.
    Себебі: { $reason }
    Мұнда қадағалаңыз: { $link }
mail-answered-subject = «{ $title }» ({ $code }) өтінішіне жауап берілді
mail-answered-body = Сәлеметсіз бе!

    Жауапты орган сіздің «{ $title }» ({ $code }) өтінішіңізге жауап берді:

    { $answer }

    Жауапты өтініш бетінде бағалаңыз; мәселе шешілмесе, 30 күн ішінде өтінішті қайта
    ашыңыз: { $link }
mail-rejected-subject = «{ $title }» ({ $code }) өтініші бойынша бас тартылды
mail-rejected-body = Сәлеметсіз бе!

    Сіздің «{ $title }» ({ $code }) өтінішіңіз бойынша бас тартылды.
    Себебі: { $reason }
    Оны 30 күн ішінде қайта ашуға болады: { $link }
mail-escalated-subject = «{ $title }» ({ $code }) өтініші жоғары деңгейге берілді
mail-escalated-body = Сәлеметсіз бе!

    Сіздің «{ $title }» ({ $code }) өтінішіңіз мына деңгейге берілді: { $level }.
    Себебі: { $reason }
    Мұнда қадағалаңыз: { $link }
mail-missed-escalated-subject = «{ $title }» ({ $code }) өтінішінің мерзімі өтті
mail-missed-escalated-body = Сәлеметсіз бе!

    Орган сіздің «{ $title }» ({ $code }) өтінішіңізге { $due } дейін жауап бермеді. Өтініш жаңа мерзіммен мына деңгейге берілді: { $level }.
    Мұнда қадағалаңыз: { $link }
mail-missed-subject = «{ $title }» ({ $code }) өтінішінің мерзімі өтті
mail-missed-body = Сәлеметсіз бе!

    Орган сіздің «{ $title }» ({ $code }) өтінішіңізге { $due } дейін жауап бермеді. Үйлестірушілер хабардар етілді.
    Мұнда қадағалаңыз: { $link }
track-open = Өтініш бетін ашу

## Bodies and routing
bodies-title = Органдар және бағыттау
bodies-filter = Мына жердің ішіндегі ережелерді көрсету
bodies-filter-hint = ҚАТО коды, мысалы 11 (облыс) немесе 1132 (аудан). Бос: барлық ереже.
bodies-rules = Бағыттау ережелері: өтініш оның орны мен санатын қамтитын ең жақын, ең төменгі деңгейдегі ереженің органына жіберіледі
bodies-delete = Жою
bodies-rule-title = Ереже қосу
bodies-rule-kato-hint = ҚАТО коды: ереже оның ішіндегі барлық жерді қамтиды. Бос: бүкіл ел.
bodies-rule-add = Ережені қосу
bodies-body-title = Орган қосу немесе өзгерту
bodies-code = Орган коды
bodies-code-hint = Кіші латын әріптері, цифрлар және сызықшалар, мысалы akimat-1132-water. Бар код жаңартылады.
bodies-name-kk = Қазақша атауы
bodies-name-ru = Орысша атауы
bodies-name-en = Ағылшынша атауы
bodies-save = Органды сақтау
bodies-saved = Орган сақталды.
bodies-rule-added = Ереже қосылды.
bodies-deleted = Ереже жойылды.
err-bodies-code = 3–64 кіші латын әрпі, цифр және сызықша.
err-bodies-choose = Тізімнен таңдаңыз.
err-bodies-national = Республикалық органның ҚАТО коды жоқ.
err-bodies-required = Бұл өрісті толтырыңыз.
err-bodies-unknown = Мұндай ҚАТО кодымен жер жоқ.
file-draft = Жоба ретінде сақтау
file-draft-saved = Жобаңыз сақталды. Қайта келгенде осында болады.
file-draft-restored = { $at } жобаңыз қалпына келтірілді.

## Filing without an account
file-guest-lead = Тіркелгісіз де беруге болады: поштаңызды растау үшін сілтеме жібереміз. Тіркелгімен барлық өтініштеріңіз бір жерде:
file-guest-email-hint = Тек өтінішті растау және ол туралы хабарлау үшін қолданылады; ешқайда көрсетілмейді.
file-guest-pending-hint = Сілтеме 48 сағат жарамды. Оны ашпайынша ештеңе берілмейді.
file-guest-sent = Аз қалды: сілтемені { $email } адресіне жібердік. Өтінішті беру үшін оны ашыңыз.
file-guest-again = Хат келмеді ме?
file-guest-again-hint = Алдымен «Спам» қалтасын қараңыз. Адрес қате болса, осы жерде түзетіңіз: жаңа сілтеме біріншісін алмастырады.
file-guest-resend = Сілтемені қайта жіберу
err-file-email = name@example.kz түріндегі мекенжайды енгізіңіз.
err-file-too-many-filings = Бұл мекенжайдан соңғы сағатта тым көп өтініш берілді. Кейінірек қайталаңыз.
guest-confirm-title = Өтінішті растаңыз
guest-confirm-lead = Поштаны растап, өтінішті беру үшін батырманы басыңыз.
guest-confirm-submit = Растау және беру
guest-keep-link = Бұл сілтемені сақтаңыз (хатпен де жібердік): тіркелгісіз өтінішті бағалау, қайта ашу немесе кері қайтару тек осы арқылы мүмкін.
guest-already = Бұл өтініш бұрын берілген. Жеке сілтемеңіз сол кезде жіберілген хатта.
guest-link-invalid = Сілтеме жарамсыз немесе мерзімі өткен. Сілтемені қайта сұрасаңыз, ең соңғы хатты ашыңыз; әйтпесе өтінішті қайта беріңіз.
mail-guest-confirm-subject = Кеңестегі өтінішіңізді растаңыз
mail-guest-confirm-body = Сәлеметсіз бе!

    Поштаңызды растап, өтінішті беру үшін мына сілтемені ашыңыз:
    { $link }
    Егер сіз өтініш нысанын толтырмасаңыз, бұл хатқа мән бермеңіз: ештеңе берілмейді.
mail-guest-filed-subject = { $code } өтінішіңіз берілді
mail-guest-filed-body = Сәлеметсіз бе!

    Өтінішіңіз берілді, бақылау коды: { $code }.
    Жауапты орган 15 жұмыс күні ішінде жауап беруі керек. Бұл өтінішті қадағалауға, бағалауға, қайта ашуға немесе кері қайтаруға арналған жеке сілтемеңіз; оны ешкімге бермеңіз:
    { $link }
g-files = Фото және құжаттар
g-attach-file = Фото немесе PDF құжаттар
g-attach-hint = JPEG, PNG, WebP немесе PDF, әрқайсысы 5 МБ-қа дейін, барлығы 5.
g-op-attach = Тіркеу
g-done-attach = Тіркелді.
err-g-type = Тек JPEG, PNG, WebP фото және PDF құжаттарды тіркеуге болады.
err-g-too-big = Файл 5 МБ-тан аспауы керек.
err-g-too-many = Өтінішке 5 файлдан артық тіркеуге болмайды.
err-file-type = Тек JPEG, PNG, WebP фото және PDF құжаттарды тіркеуге болады. Файлдарды қайта таңдаңыз.
err-file-too-big = Файл 5 МБ-тан аспауы керек. Файлдарды қайта таңдаңыз.
err-file-too-many = 5 файлдан артық емес. Файлдарды қайта таңдаңыз.

## Mediation
m-title = Медиация
m-lead = Бейтарап сертификатталған медиатор сізге және екінші тарапқа келісуге көмектесе алады. Медиация ерікті: екі тараптың келісімі керек.
g-m-request-hope = Медиациядан не күтесіз?
g-op-m-request = Медиация сұрау
m-requested = Медиация сұралды. Екі тарап келісіп, тараптармен байланысы жоқ медиатор растағанда басталады.
m-active = Медиация жүріп жатыр.
m-party-citizen = Азамат
m-party-body = Жауапты орган
m-answer-consent = келісті
m-answer-decline = бас тартты
m-answer-none = әлі жауап бермеді
m-mediator = Медиатор
m-mediator-none = әлі таңдалмаған
g-op-m-consent = Медиацияға келісемін
g-m-decline-reason = Неге бас тартасыз (себебі хронологияда бәріне көрінеді)
g-op-m-decline = Медиациядан бас тарту
g-m-object-objection = Бұл медиаторға неге қарсысыз (бір рет қарсылық білдіруге болады)
g-op-m-object = Медиаторға қарсылық білдіру
m-candidates = Бұл іске медиаторлар, ең лайықтысы бірінші
m-specialised = осындай жанжалдарға маманданған
m-speaks = өтініш тілінде сөйлейді
g-op-m-propose = Ұсыну
m-no-conflict = Тараптардың ешқайсысымен байланысым жоқ және бұл істе мүдделер қақтығысы жоқ екенін мәлімдеймін.
g-op-m-confirm = Істі алу
g-done-m-request = Медиация сұралды.
g-done-m-consent = Рахмет: келісіміңіз жазылды.
g-done-m-decline = Жауабыңыз жазылды.
g-done-m-object = Қарсылығыңыз жазылды; үйлестіруші басқа медиатор ұсынады.
g-done-m-propose = Медиатор ұсынылды.
g-done-m-confirm = Сіз істі алдыңыз.
err-g-mediation-open = Медиация сұралып қойған.
err-g-started = Бұл медиация басталып кетті.
err-g-no-mediator = Медиатор әлі ұсынылмаған.
err-g-once = Сіз бір рет қарсылық білдірдіңіз.
err-g-consent-missing = Алдымен екі тарап медиацияға келісуі керек.
g-event-mediation_requested = Медиация сұралды
g-event-mediation_consented = Медиацияға келісім
g-event-mediation_declined = Медиациядан бас тарту
g-event-mediator_proposed = Медиатор ұсынылды
g-event-mediator_objected = Медиаторға қарсылық

## Mediators
mediator-title = Медиатор профилім
mediator-uncertified = Жарамды сертификат жазылмаған: әкімші жазбайынша сізді ұсынбайды.
mediator-certified = Сертификат: { $issuer }, № { $number }, { $until } дейін жарамды.
mediator-bio = Өзіңіз туралы (тараптар көреді)
mediator-languages = Медиация тілдері
mediator-specialisations = Мамандықтар
mediator-available = Жаңа істерді ала аламын
mediator-ties = Мәлімделген байланыстар
mediator-ties-lead = Органмен, жермен немесе адаммен әр байланысты мәлімдеңіз. Оларға қатысты іске сізді ешқашан ұсынбайды.
mediator-tie-kind = Байланыс
mediator-tie-value = Кіммен немесе немен
mediator-tie-hint = Органның коды, жердің ҚАТО коды немесе адамның поштасы.
mediator-tie-note = Түсініктеме (міндетті емес)
mediator-tie-declare = Байланысты мәлімдеу
tie-body = органмен
tie-place = жермен
tie-person = адаммен
lang-kk = қазақ тілі
lang-ru = орыс тілі
lang-en = ағылшын тілі
spec-ethnomediation = этномедиация
spec-social = әлеуметтік
spec-labour = еңбек
spec-family = отбасылық
spec-land = жер
spec-housing = тұрғын үй
spec-environment = экологиялық
mediators-title = Медиаторлар және сертификаттау
mediators-issuer = Кім берген
mediators-number = Сертификат нөмірі
mediators-valid-until = Жарамдылық мерзімі
mediators-certify = Сертификатты жазу

## Rooms
room-title = Диалог бөлмесі
room-not-found = Мұнда бөлме жоқ немесе ол сізге жабық.
room-rules-title = Бөлме ережелері
room-rule-1 = Адамдар туралы емес, мүдделер мен фактілер туралы сөйлеңіз.
room-rule-2 = Ешбір топқа қарсы қорлау, қоқан-лоқы және араздыққа шақыру болмайды.
room-rule-3 = Тараптар нәтижені жариялауға келіспесе, мұнда айтылған осында қалады.
room-rule-4 = Медиатор хабарламаларды жасыра, қатысушыны өшіре немесе бөлмені жаба алады; әр қадам себебімен жазылады.
room-rules-accept = Ережелерді қабылдаймын
room-replying = Жауап:
room-message = Хабарламаңыз
room-send = Жіберу
room-moderation = Модерация
room-reports = Шағымдар
room-reason = Себебі
room-lock = Бөлмені жабу
room-unlock = Бөлмені ашу
room-locked = Бөлме жабық: тек медиатор жазады.
room-slow = Баяу режим: қатысушыдан бір хабарлама әр (секунд)
room-slow-seconds = Хабарламалар арасындағы секунд (0: өшірулі)
room-slow-set = Баяу режимді орнату
room-log = Модерация журналы
room-log-empty = Модерация болған жоқ.
room-action-hide = хабарлама жасырылды
room-action-mute = қатысушы өшірілді
room-action-lock = бөлме жабылды
room-action-unlock = бөлме ашылды
room-action-slow_mode = баяу режим өзгертілді
room-edited = өзгертілді
room-hidden = Модератор жасырды
room-reply = Жауап беру
room-report = Шағымдану
room-act = Шағымдану…
room-act-moderator = Модерациялау…
room-edit = Түзету
room-edit-save = Түзетуді сақтау
room-reported = Сіз бұл хабарламаға шағымдандыңыз. Модератор оны қарайды.
room-hide = Жасыру
room-mute = Үнсіз қалдыру
room-mute-minutes = Неше минутқа
room-replies = Жауаптар
room-open = Диалог бөлмесін ашу
actor-moderator = модератор
err-room-required = Бұл өрісті толтырыңыз.
err-room-too-long = 4000 таңбадан аспауы керек.
err-room-rules = Алдымен бөлме ережелерін қабылдаңыз.
err-room-locked = Бөлме жабық.
err-room-muted = Сіз уақытша өшірілдіңіз.
err-room-too-fast = Бір минутта тым көп хабарлама. Сәл күтіңіз.
err-room-slow-mode = Баяу режим қосулы: келесі хабарламаға дейін күтіңіз.
err-room-closed = Бұл медиация аяқталды.
err-room-parent = Бұл хабарлама бөлмеде жоқ.
err-room-edit-late = Хабарламаны тек 10 минут ішінде өзгертуге болады.
err-room-already-hidden = Бұл хабарлама жасырылған.
err-room-range = Сан рұқсат етілген шектен тыс.
err-room-choose = Тізімнен таңдаңыз.
err-room-vote-choose = Таңдаңыз: келісемін, қарсымын немесе қалыс.
err-room-party-choose = Бұл кімнің мүддесі екенін таңдаңыз.
err-room-kind-choose = Адамның қандай рөлде қатысатынын таңдаңыз.
err-room-accept-choose = Келісімді қабылдайтыныңызды не қабылдамайтыныңызды таңдаңыз.

## Deliberation
d-title = Келісімге қарай
d-interests = Әр тарапқа не керек
d-interests-none = Медиатор тараптардың мүдделерін әлі қорытындыламады.
d-party = Тарап
d-summary = Осы тараптың мүдделерінің қорытындысы
d-pin = Қорытындыны бекіту
d-proposals = Ұсыныстар
d-proposals-none = Әзірге ұсыныс жоқ.
d-agree = келісемін
d-disagree = қарсымын
d-pass = қалыс
d-your-mark = Сіздің белгіңіз
d-reason-optional = Неге (міндетті емес)
d-mark = Белгілеу
d-new-proposal = Сіздің ұсынысыңыз
d-table = Ұсыныс енгізу
d-agreement = Келісім
d-agreement-proposed = Екі тараптың жауабын күтуде.
d-agreement-accepted = Екі тарап қабылдады.
d-agreement-none = Келісім әлі жасалмаған.
d-accepted = қабылдайды
d-rejected = қабылдамайды
d-publish-yes = жариялауға болады
d-your-answer = Сіздің жауабыңыз
d-accept = Келісімді қабылдаймын
d-reject = Келісімді қабылдамаймын
d-publish = Нәтижені жариялауға болады (аты-жөнсіз және байланыссыз)
d-reject-reason = Неге қабылдамайсыз (бас тартқанда міндетті)
d-answer = Жауап беру
d-draft = Келісім жобасы
d-draft-submit = Жобаны екі тарапқа ұсыну
d-end-reason = Медиация неге келісімсіз аяқталады
d-end = Келісімсіз аяқтау
err-room-none = Жауап беретін келісім жоқ.
err-room-too-short = Сәл толығырақ жазыңыз.
m-watch = Диалогті бақылау (тек оқу)
m-observers-on = Екінші тарап та келіссе, көпшілік бөлмені бақылай алады.
m-observers-off = Бөлме көпшілікке жабық.
m-observers-allow = Көпшілікке бөлмені бақылауға рұқсат беру
m-observers-stop = Бөлмені көпшілікке жабу
g-done-m-observers = Бақылаушылар туралы таңдауыңыз сақталды.
room-observing = Сіз бұл бөлмеде бақылаушысыз: оқуға болады, жазуға болмайды.
g-event-late = мерзімі өткеннен кейін
actor-stakeholder = шақырылған қатысушы
stakeholder-aksakal = ақсақал
stakeholder-community_leader = қауымдастық көшбасшысы
stakeholder-association = этномәдени бірлестік
stakeholder-expert = сарапшы
room-people = Шақырылған қатысушылар
room-people-none = Басқа ешкім шақырылмаған.
room-invite = Шақыру
room-invite-email = Оның Кеңес тіркелгісінің электрондық поштасы
room-invite-kind = Кім ретінде
room-remove = Бөлмеден шығару
room-sessions = Кездесулер
room-sessions-none = Кездесу белгіленбеген.
room-session-online = осы онлайн бөлмеде
room-session-minutes = минут
room-session-cancelled = Болдырылмады
room-schedule = Кездесу белгілеу
room-session-starts = Күні мен уақыты (Қазақстан уақыты)
room-session-length = Ұзақтығы, минут
room-session-place = Орны (осы онлайн бөлмеде кездесу үшін бос қалдырыңыз)
room-session-agenda = Күн тәртібі
room-session-cancel = Кездесуді болдырмау
room-action-dismiss = шағым қабылданбады
room-dismiss = Шағымды қабылдамау
err-room-no-account = Бұл мекенжаймен Кеңес тіркелгісі жоқ. Алдымен тіркелуін сұраңыз.
err-room-already = Бұл адам бөлмеде бар.
err-room-email-invalid = Электрондық пошта мекенжайын енгізіңіз.
err-room-when-invalid = Күні мен уақытын енгізіңіз.
err-room-past = Бұл уақыт өтіп кетті.
err-room-too-far = Бір жыл ішінде белгілеңіз.
err-room-place-too-long = 200 таңбадан аспауы керек.
err-room-agenda-too-long = 2 000 таңбадан аспауы керек.
err-room-started = Басталған кездесуді болдырмау мүмкін емес.
moderation-title = Модерация кезегі
moderation-empty = Ашық шағымдар жоқ.
moderation-grievances = Шағым түскен өтініштер
moderation-reported = Шағым түскен хабарлама
moderation-in-room = бөлмеде
moderation-message-hidden = (жасырылған)
mail-invited-subject = Сізді диалог бөлмесіне шақырды: «{ $title }» ({ $code })
mail-invited-body = Сәлеметсіз бе!

    Медиатор сізді ({ $kind }) «{ $title }» ({ $code }) өтініші бойынша диалог бөлмесіне шақырды.
    Кірген кезде бөлменің ережелерін оқыңыз: { $room }
mail-session-scheduled-subject = «{ $title }» ({ $code }) бойынша кездесу белгіленді
mail-session-scheduled-body = Сәлеметсіз бе!

    Медиатор «{ $title }» ({ $code }) өтініші бойынша кездесу белгіледі:
    { $starts } (Қазақстан уақыты), { $minutes } минут, { $place }.
    Бөлме: { $room }
mail-session-cancelled-subject = «{ $title }» ({ $code }) бойынша кездесу болдырылмады
mail-session-cancelled-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші бойынша { $starts } (Қазақстан уақыты) кездесуі болдырылмады.
    Себебі: { $reason }
    Бөлме: { $room }
mail-mediation-requested-subject = «{ $title }» ({ $code }) өтініші бойынша медиация ұсынылды
mail-mediation-requested-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші бойынша медиация ұсынылды: сертификатталған бейтарап медиатор
    өтініш иесі мен жауапты органға диалог бөлмесінде келісуге көмектеседі.
    Ұсынған тараптың үміті: { $hope }
    Өтініш бетінде «иә» немесе «жоқ» деп жауап беріңіз: { $link }
mail-mediation-consented-subject = «{ $title }» ({ $code }) өтініші бойынша тарап медиацияға келісті
mail-mediation-consented-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтінішінің бір тарапы медиацияға келісті.
    Барысын мына жерден қадағалаңыз: { $link }
mail-mediation-declined-subject = «{ $title }» ({ $code }) өтініші бойынша медиациядан бас тартылды
mail-mediation-declined-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтінішінің бір тарапы медиациядан бас тартты, ол өтпейді.
    Себебі: { $reason }
    Өтінішті қарау жалғасады: { $link }
mail-mediator-asked-subject = Сізден «{ $title }» ({ $code }) өтініші бойынша медиация жүргізу сұралады
mail-mediator-asked-body = Сәлеметсіз бе!

    Медиация орталығы сізден «{ $title }» ({ $code }) өтініші бойынша медиация жүргізуді сұрайды.
    Тараптармен ешқандай байланысыңыз болмаса, өтініш бетінде растаңыз: { $link }
mail-mediator-proposed-subject = «{ $title }» ({ $code }) өтініші бойынша медиатор ұсынылды
mail-mediator-proposed-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтінішінің медиаторы ретінде { $mediator } ұсынылды.
    Медиатордың бейтараптығына күмәніңіз болса, себебін көрсетіп, бір рет қарсылық білдіре аласыз: { $link }
mail-mediation-started-subject = «{ $title }» ({ $code }) өтініші бойынша медиация басталды
mail-mediation-started-body = Сәлеметсіз бе!

    { $mediator } «{ $title }» ({ $code }) өтінішін медиатор ретінде қабылдады. Диалог бөлмесі ашық:
    { $room }
mail-agreement-drafted-subject = «{ $title }» ({ $code }) өтініші бойынша келісім жобасы жауабыңызды күтеді
mail-agreement-drafted-body = Сәлеметсіз бе!

    Медиатор «{ $title }» ({ $code }) өтініші бойынша келісім жобасын дайындады. Оны оқып, қабылдаңыз
    немесе неге қабылдамайтыныңызды бөлмеде жазыңыз: { $room }
mail-agreement-accepted-subject = «{ $title }» ({ $code }) өтініші бойынша келісімге қол жеткізілді
mail-agreement-accepted-body = Сәлеметсіз бе!

    Екі тарап та «{ $title }» ({ $code }) өтініші бойынша келісімді қабылдады; өтініш шешілді.
    Келісім мен іс барысы: { $link }
mail-in-queue-subject = Кезегіңізге «{ $title }» ({ $code }) өтініші түсті
mail-in-queue-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші сіздің органыңызға берілді; жауап { $due } дейін берілуі керек.
    Ашу: { $link }
    Кезегіңіз: { $queue }
mail-supported-subject = Сіз қолдайтын өтініш бойынша жаңалық: «{ $title }» ({ $code })
mail-supported-body = Сәлеметсіз бе!

    Сіз қолдайтын «{ $title }» ({ $code }) өтінішінің қазіргі мәртебесі: { $status }.
    Толығырақ: { $link }

    Бұл хат сіз осы өтінішті қолдағандықтан келді. Мұндай хаттардан бас тарту: { $prefs }
mail-hidden-subject = «{ $title }» ({ $code }) өтініші жария көрсетілімнен алынды
mail-hidden-body = Сәлеметсіз бе!

    Модератор сіздің «{ $title }» ({ $code }) өтінішіңізді жария көрсетілімнен алды: { $reason }
    Ол бұрынғыдай қаралады; оны тек сіз және қызметкерлер көресіз. Мұнда қадағалаңыз: { $link }
mail-linked-subject = «{ $title }» ({ $code }) өтініші бұрынғы өтінішпен байланыстырылды
mail-linked-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтінішіңізді қарайтын қызметкерлер сол мәселе туралы бұрынғы өтінішті тауып, екеуін байланыстырды: { $original }
    Сіздің өтінішіңізге бәрібір жауап беріледі. Екі өтініштің қолдаушылары енді бірге есептеледі, сондықтан орган мәселе қанша адамға қатысты екенін көреді.
    Өтінішіңізді мұнда қадағалаңыз: { $link }
mail-reported-subject = Оқырман «{ $title }» ({ $code }) өтінішіне шағымданды
mail-reported-body = Сәлеметсіз бе!

    Оқырман сіздің аумағыңыздағы «{ $title }» ({ $code }) жария өтініші ережені бұзады деп хабарлады.
    Себептері модерация кезегіңізде: { $queue }
    Өтініш бетінде оны жария көрсетілімнен алуға немесе шағымдарды қабылдамауға болады: { $link }
nav-outcomes = Нәтижелер
outcomes-title = Жарияланған нәтижелер
outcomes-lead = Өтініштер қалай аяқталды — атаусыз және қатысушылардың келісімімен. Қазақ, орыс немесе ағылшын тілінде іздеңіз.
outcomes-query = Не іздеу керек
outcomes-facet-region = Өңір
outcomes-facet-level = Деңгей
outcomes-facet-category = Санат
outcomes-facet-result = Нәтиже
outcomes-facet-year = Жыл
outcomes-facet-mediated = Медиация
outcomes-facet-kind = Түрі
outcomes-kind-grievance = Өтініштің нәтижесі
outcomes-kind-dialogue = Қоғамдық диалог
outcomes-mediated-yes = медиациямен
outcomes-mediated-no = медиациясыз
outcomes-sort = Реті
outcomes-sort-relevance = Алдымен ең сәйкестері
outcomes-sort-newest = Алдымен жаңалары
outcomes-search = Іздеу
outcomes-none = Сәйкес жарияланған нәтиже жоқ.
outcomes-found = { $n } нәтиже
list-download = Осы нәтижелерді жүктеу:
outcomes-back = Барлық жарияланған нәтижелер
outcome-not-found = Мұнда жарияланған нәтиже жоқ.
outcome-withdrawn = Бұл нәтиже жариялаудан алынды. Себебі төменде көрсетілген.
outcome-notes = Түзетулер мен ескертпелер
outcome-note-corrected = Түзетілді
outcome-note-withdrawn = Жариялаудан алынды
outcome-filed = Берілді
outcome-closed = Аяқталды
outcome-days = Берілгеннен аяқталғанға дейінгі күндер
outcome-days-dialogue = Ашылғаннан аяқталғанға дейінгі күндер
outcome-opened = Ашылды
result-agreement = Келісімге қол жеткізілді
result-answered = Жауап берілді
result-partial = Ішінара шешілді
result-not_resolved = Шешілмеді
result-awaiting_answer = Есеп жарияланды, жауап күтілуде
outcome-dialogue-link = Диалогтың толық мәтіні: пікірлер және пікір картасы
outcome-prepare = Жария нәтиже
outcome-link = Жария нәтижені дайындау
outcome-public-link = Жарияланған нәтижені оқу
outcome-open = Оның бетін ашу
outcome-status-published = Нәтиже жарияланды.
outcome-status-withdrawn = Нәтиже жариялаудан алынды.
outcome-title-label = Тақырып (атаусыз)
outcome-summary-label = Не болды және қалай аяқталды
outcome-summary-hint = Аты-жөні, мекенжай, телефон, электрондық пошта және ЖСН жазбаңыз. Мәтін жарияланар алдында тексеріледі.
outcome-result-label = Нәтиже
outcome-correction-note = Не түзетілді (нәтижемен бірге көрсетіледі)
outcome-withdraw-note = Нәтиже неге алынады (оның орнында көрсетіледі)
outcome-op-publish = Нәтижені жариялау
outcome-op-correct = Түзетуді жариялау
outcome-op-withdraw = Нәтижені жариялаудан алу
outcome-flags = Мәтінде жеке деректер бар. Осы жерлерді қайта жазып, қайта жариялаңыз:
outcome-field-title = Тақырып
outcome-field-summary = Мәтін
outcome-flag-email = электрондық пошта мекенжайы
outcome-flag-phone = телефон нөмірі
outcome-flag-iin = ЖСН
outcome-flag-name = іске қатысушының аты
g-event-outcome_published = Нәтиже жарияланды
g-event-outcome_corrected = Жарияланған нәтиже түзетілді
g-event-outcome_withdrawn = Жарияланған нәтиже алынды
err-outcome-required = Осы өрісті толтырыңыз.
err-outcome-too-long = Тым ұзын.
err-outcome-too-short = Кемінде 20 таңба жазыңыз.
err-outcome-choose = Тізімнен таңдаңыз.
err-outcome-no-agreement = Бұл істе келісім болған жоқ.
err-outcome-personal = Жоғарыда көрсетілген жеке деректерді алып тастаңыз.
err-outcome-not-finished = Нәтиже өтініш шешілгенде, шешілмегенде немесе жабылғанда жарияланады.
err-outcome-no-consent = Тараптар нәтижені жариялауға екеуі де келіскен жоқ.
err-outcome-no-consent-private = Азамат бұл өтінішті жабық ретінде берді: оның нәтижесі жарияланбайды.
err-outcome-already = Бұл нәтиже жарияланып қойған.
err-outcome-withdrawn = Алынған нәтижені өзгертуге болмайды.
err-search = Іздеу уақытша қолжетімсіз. Қайталап көріңіз.
dash-title = Үйлестірушінің тақтасы
dash-not-coordinator = Тақта медиация орталықтарының үйлестірушілеріне арналған.
dash-open = Ашық
dash-overdue = Мерзімі өткен
dash-due-week = Мерзімі 7 күн ішінде
dash-mediations = Жүріп жатқан медиациялар
dash-weekly = Аптадағы жаңа өтініштер
dash-week = Апта басы
dash-count = Өтініштер
dash-by-category = Санаттар бойынша ашық өтініштер
dash-alerts = Ерте ескерту
dash-no-alerts = Ашық ескерту жоқ.
dash-all-alerts = Барлық ашық ескертуді көрсету
dash-sweep = Қауіп белгілерін қазір тексеру
dash-raised = Жаңа ескертулер
dash-note = Ескертпе
dash-to-acknowledged = Назарға алу
dash-to-closed = Жабу
err-dash-required = Ескертпе жазыңыз.
err-dash-too-long = 1 000 таңбадан аспауы керек.
err-dash-alert-state = Ескерту басқа күйге өтіп қойған. Бетті жаңартыңыз.
alert-country = Қазақстан
alert-kind-spike = Жаңа өтініштердің күрт өсуі
alert-kind-sensitive = Сезімтал санат
alert-kind-cluster = Ұқсас өтініштер тобы
alert-kind-surge = Қолдаудың күрт өсуі
alert-kind-overdue = Мерзімі өткен өтініштер жиналды
alert-kind-reopened = Қайта ашылған өтініштер жиналды
alert-state-new = жаңа
alert-state-acknowledged = назарға алынды
alert-state-closed = жабылды
alert-why-spike = Соңғы 7 күнде { $place } аумағында «{ $category }» тақырыбында { $observed } жаңа өтініш, алдыңғы { $weeks } аптада аптасына { $expected }. Қалыпты ауытқумен мұнша болу ықтималдығы: { $p }.
alert-why-sensitive = { $place } аумағында сезімтал санаттағы («{ $category }») жаңа өтініш.
alert-why-cluster = { $place } аумағынан { $days } күн ішінде бір мәселе туралы { $count } өтініш.
alert-why-surge = { $place } аумағындағы жария өтініш бір тәулікте { $last } қолдау алды (алдыңғы тәулікте: { $before }).
alert-why-overdue = «{ $body }» органында { $open } ашық өтініштің { $overdue } мерзімі өткен.
alert-why-reopened = { $place } аумағында { $days } күнде { $count } өтініш қайта ашылды.
mail-alert-subject = Ерте ескерту: { $kind }
mail-alert-body = Сәлеметсіз бе!

    { $why }

    Оны тақтаңызда қарап, назарға алып, жабыңыз: { $link }
nav-accountability = Есептілік
acc-title = Органдар өтініштермен қалай жұмыс істейді
acc-lead = Әр өңір бойынша, ал өңір ішінде әр орган бойынша: қаралған өтініштер, мерзімінде берілген жауаптар үлесі, жауапқа дейінгі күндер медианасы, медиация қаншалықты жиі қолданылды және немен аяқталды, азаматтардың бағасы. Бестен аз өтініш туралы жолдарда сандар көрсетілмейді.
acc-body = Орган
acc-all-regions = Барлық өңірлер
acc-handled = Қаралды
acc-on-time = Мерзімінде жауап
acc-median = Жауапқа дейінгі күндер медианасы
acc-mediation = Медиациямен
acc-mediation-resolved = Шешілген медиациялар
acc-rating = Баға (1–5)
acc-suppressed = 5-тен аз өтініш: көрсетілмейді
acc-csv = CSV жүктеу
dash-by-place = Аумақтар бойынша ашық өтініштер
dash-map = Өңірлер картасы
dash-measure = Өңірлерді бояу өлшемі
dash-measure-open = Ашық өтініштер
dash-measure-overdue = Мерзімі өткен өтініштер
dash-measure-new = Соңғы 7 күндегі жаңа өтініштер
err-body-title = Форма жіберілмеді
err-body-too-large = Жіберілген дерек сайт қабылдайтын көлемнен үлкен. Әрқайсысы 5 МБ-тан аспайтын ең көбі бес файл тіркеңіз және мәтін ұзындығынан асырмаңыз.
err-body-too-many-fields = Жіберілген формада осы сайттың кез келген формасынан көп өріс бар.
err-body-not-utf8 = Жіберілген формада сайт оқи алмайтын кодтаудағы мәтін бар. Оны сайттың өз бетінен қайта жіберіңіз.
err-body-malformed = Жіберілген форманы оқу мүмкін болмады. Оны сайттың өз бетінен қайта жіберіңіз.
err-body-back = Басты бетке

## Dates: the day, the month's name (in Russian, the genitive) and the year
date-long = { $day } { $month } { $year }
month-1 = қаңтар
month-2 = ақпан
month-3 = наурыз
month-4 = сәуір
month-5 = мамыр
month-6 = маусым
month-7 = шілде
month-8 = тамыз
month-9 = қыркүйек
month-10 = қазан
month-11 = қараша
month-12 = желтоқсан

## The public registry of mediators
registry-title = Медиаторлар
registry-lead = Барлық сертификатталған медиаторлар: жұмыс тілдері, өңірлері, бағыттары және тәжірибесі. Медиатор бейтарап: ол ештеңе шешпейді, тараптардың келісуіне көмектеседі.
registry-language = Тіл
registry-specialisation = Бағыт
registry-count = { $n } медиатор
registry-certification = Сертификат
registry-valid-until = жарамдылық мерзімі
registry-expired = мерзімі өткен
registry-whole-country = бүкіл ел
registry-availability = Жаңа істер алады
registry-available = иә
registry-unavailable = қазір жоқ
registry-not-found = Ашық тізілімде мұндай медиатор жоқ.
registry-record = Тәжірибесі
registry-taken = Алынған медиациялар
registry-ended = Аяқталған медиациялар
registry-agreement-share = Келісіммен аяқталды
registry-no-cases-ended = әзірге ешқайсысы аяқталған жоқ
registry-median-days = Келісімге дейінгі медиана мерзім
registry-days = { $n } күн
mediator-hidden = Менің профилімді медиаторлардың ашық тізілімінде көрсетпеу

## What mediation is (/mediation)
about-title = Медиация дегеніміз не
about-lead = Медиация — бейтарап медиатор жүргізетін әңгіме, онда азамат пен жауапты орган екеуіне де қолайлы шешім іздейді. Медиатор ештеңе шешпейді: тараптар келіседі немесе келіспейді, сонда өтініш бұрынғыдай қаралады.
about-steps-title = Қалай өтеді
about-step-1 = Сіз өтініш бересіз, жауапты орган оны қабылдайды.
about-step-2 = Өтініш бетінде медиация сұрайсыз және неге қол жеткізгіңіз келетінін жазасыз. Екінші тарап келіседі немесе бас тартады.
about-step-3 = Медиация орталығы сіздің тіліңізде жұмыс істейтін және ешбір тараппен байланысы жоқ сертификатталған медиаторды ұсынады. Кез келген тарап қарсылық білдіре алады.
about-step-4 = Екі тарап та қабылдаған ережелер бойынша модерацияланатын диалог бөлмесінде сөйлесесіз: жазбаша, өзіңізге ыңғайлы кезде, және медиатор белгілейтін кездесулерде.
about-step-5 = Тараптар ұсыныстар енгізіп, бағалайды; медиатор келісім жобасын дайындайды, ол екі тарап та қабылдағанда ғана күшіне енеді.
about-step-6 = Келісім өтінішті шешеді, ал екі тарап та рұқсат етсе, нәтиже аты-жөнсіз жарияланады.
about-rights-title = Сіздің құқықтарыңыз
about-right-1 = Ерікті: ешкім қатысуға міндетті емес, кез келген тарап кез келген уақытта шыға алады.
about-right-2 = Бейтарап: медиатор тәуелсіз, ешкімнің жағын алмайды және ештеңе шешпейді.
about-right-3 = Құпия: бөлмеде айтылғандар қатысушылар арасында қалады; екі тарап рұқсат еткен нәтиже ғана аты-жөнсіз жарияланады.
about-right-4 = Тең: екі тараптың да сөйлеуге, ұсынуға және бас тартуға құқығы бірдей.
about-law-title = Заң
about-law = Қазақстан Республикасының 2011 жылғы 28 қаңтардағы «Медиация туралы» Заңы мына қағидаттарды белгілейді: еріктілік; тараптардың теңдігі; медиатордың тәуелсіздігі мен бейтараптығы және рәсімге араласуға жол бермеу; құпиялылық. Келісім жазбаша жасалады және оны тараптардың өздері орындайды.
about-ask-title = Медиацияны қалай сұрауға болады
about-ask = Орган өтінішіңізді қабылдағаннан кейін оның бетін ашып, «Медиация сұрау» батырмасын басыңыз да, неге үміттенетініңізді жазыңыз. Тіркелгіге кірсеңіз, өтініштеріңізді «Менің өтініштерім» бөлімінен табасыз; қонақ хаттағы сілтемені ашады.
about-stories-title = Келісіммен аяқталған істер
about-stories-none = Медиация қолданылған жарияланған нәтиже әзірге жоқ.
about-stories-all = Медиация қолданылған барлық жарияланған нәтижелер
nav-mediation = Медиация дегеніміз не

# Келісімдегі міндеттемелер және олардың орындалуы.
c-title = Келісім бойынша міндеттемелер
c-number = { $n }-міндеттеме
c-draft-hint = Әр міндеттемені жеке жолға жазыңыз: кім, не істейді, қай мерзімге дейін және қалай тексеріледі. Артық жолдарды бос қалдырыңыз.
c-party = Кім
c-what = Не істейді
c-due = Мерзімі (күні)
c-check = Қалай тексеріледі
c-due-on = Мерзімі: { $due }
c-note = Ескертпе (міндетті емес)
c-state-pending = Күтілуде
c-state-done = Орындалды
c-state-partly = Ішінара орындалды
c-state-not_done = Орындалмады
c-state-lapsed = Орындалмады: ешкім уақытында есеп бермеді
c-said-responsible = Жауапты тарап хабарлады: { $kept }
c-said-other = Екінші тарап жауабы: { $kept }
kept-done = орындалды
kept-partly = ішінара орындалды
kept-not_done = орындалмады
c-report-legend = Қалай орындалды?
c-report-submit = Есеп беру
c-confirm-legend = Орындалды ма?
c-confirm-submit = Растау
g-done-c-report = Есебіңіз жазылды.
g-done-c-confirm = Жауабыңыз жазылды.
c-confirm-title = Міндеттеме орындалды ма?
c-confirm-lead = «{ $title }» ({ $code }) өтініші келісіммен аяқталды. Осы міндеттеменің орындалғанын не орындалмағанын хабарлаңыз.
c-confirmed = Рақмет. Жауабыңыз өтініштің хронологиясына жазылды.
c-back = Өтінішті ашу
c-link-invalid = Сілтеме жұмыс істемейді: ол пайдаланылған, мерзімі өткен немесе сіздікі емес. Жүйеге кіріп, өтініш бетінде жауап бере аласыз.
err-g-settled = Бұл міндеттеме бойынша шешім қабылданып қойған.
err-g-kept-choose = Міндеттеменің орындалған-орындалмағанын таңдаңыз.
err-g-line-too-long = 500 таңбадан аспауы керек.
err-room-line-too-long = 500 таңбадан аспауы керек.
err-room-future = Күн бүгіннен кейін болуы керек.
err-room-date = Күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз.
g-event-commitment_reported = { $n }-міндеттеме бойынша есеп: { $kept }
g-event-commitment_confirmed = { $n }-міндеттеме расталды: { $kept }
g-event-commitment_lapsed = { $n }-міндеттеме: ешкім уақытында есеп бермеді ({ $kept })
g-event-agreement-not-kept = Келісім орындалмады ({ $n }-міндеттеме)
mail-commitment-due-subject = «{ $title }» ({ $code }) өтініші бойынша міндеттеменің мерзімі келді
mail-commitment-due-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші бойынша келісімдегі { $number }-міндеттеменің мерзімі — { $due }:
    { $what }
    Оның орындалғанын өтініш бетінде хабарлаңыз: { $link }
mail-commitment-confirm-subject = «{ $title }» ({ $code }) өтініші бойынша міндеттеме орындалды ма?
mail-commitment-confirm-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтінішіңіз бойынша келісімдегі { $number }-міндеттеменің мерзімі — { $due }:
    { $what }
    Оның орындалғанын хабарлаңыз. Бұл сілтеме тек сізге арналған, бір рет жұмыс істейді және 30 күн жарамды:
    { $confirm }
    Өтініш бетінде де жауап бере аласыз: { $link }
mail-commitment-reported-subject = «{ $title }» ({ $code }) өтініші бойынша міндеттеме туралы есеп
mail-commitment-reported-body = Сәлеметсіз бе!

    Жауапты тарап { $number }-міндеттеме ({ $what }) туралы хабарлады: { $said }.
    Келісесіз бе — өтініш бетінде жауап беріңіз: { $link }
mail-agreement-not-kept-subject = «{ $title }» ({ $code }) өтініші бойынша келісім орындалмады
mail-agreement-not-kept-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші бойынша келісімдегі { $number }-міндеттеме ({ $what }) орындалмады.
    Өтініш жаңа мерзіммен қайта ашылды.
    { $link }
mail-agreement-not-kept-escalated-subject = «{ $title }» ({ $code }) өтініші бойынша келісім орындалмады: өтініш жоғары жіберілді
mail-agreement-not-kept-escalated-body = Сәлеметсіз бе!

    «{ $title }» ({ $code }) өтініші бойынша келісімдегі { $number }-міндеттеме ({ $what }) орындалмады.
    Өтініш қайта ашылып, { $level } деңгейге жіберілді; жауап беруге 15 жұмыс күні бар.
    { $link }
registry-commitment-share = Келісімдері бойынша орындалған міндеттемелер
registry-no-commitments = Әзірге бірде-бір міндеттеме жабылмаған
fb-title = Медиация қалай өтті?
fb-lead = Жауаптарыңыз тек басқалармен бірге есептеледі, ешқашан жеке және атыңызбен көрсетілмейді.
fb-neutral = Медиатор бейтарап болды
fb-heard = Мені тыңдады
fb-clear = Қадамдар түсінікті болды
fb-again = Медиацияға қайта жүгінер едім
fb-comment = Пікір (міндетті емес)
fb-comment-hint = Оны тек медиация орталығының үйлестірушілері оқиды.
g-op-m-feedback = Жауаптарды жіберу
g-done-m-feedback = Жауаптарыңызға рақмет.
err-g-feedback-given = Сіздің тарап жауап беріп қойған.
fb-record-title = Тараптар не айтты
fb-answers = Жауаптар саны: { $n }, 1-ден (мүлде жоқ) 5-ке (толық) дейін
fb-too-few = Көрсету үшін жауаптар әлі аз.
fb-comments = Пікірлер (тек үйлестірушілер көреді)
g-appeal-legend = Жауап көңіліңізден шықпады ма?
g-appeal-hint = 1 немесе 2 баға қойсаңыз, жауаптан кейін 30 күн ішінде жоғары деңгейден оны қайта қарауды сұрай аласыз. Оның жауап беруге 15 жұмыс күні бар, ал жауап берген орган шағымыңызды көреді.
g-appeal-ask = Жоғары деңгейден қайта қарауды сұрау
g-appeal-reason = Жауап мәселеңізді неге шешпейді
err-g-appeal-rating = Шағымдану үшін 1 немесе 2 баға қажет.
err-g-appeal-late = Жауапқа тек 30 күн ішінде шағымдануға болады.
err-g-appeal-once = Бұл жауапқа шағым берілген.
err-g-appeal-state = Тек жауап берілген өтінішке шағымдануға болады.
g-event-appealed = Шағым жоғары деңгейге берілді: { $level }
mail-appealed-subject = «{ $title }» ({ $code }) өтінішіне берілген жауапқа шағым түсті
mail-appealed-body = Сәлеметсіз бе!

    Өтініш беруші «{ $title }» ({ $code }) өтінішіне органыңыздың жауабын төмен бағалап, «{ $level }» деңгейінен қайта қарауды сұрады:
    { $reason }
    { $link }
acc-accept-days = Қабылдауға дейінгі күндер медианасы
acc-agreements-kept = Орындалған келісімдер
acc-appeals = Шағым түскен жауаптар
acc-appeals-answered = Қаралған шағымдар
alert-kind-broken = Орган медиация келісімдерін бұзады
alert-why-broken = «{ $body }» органы { $days } күн ішінде медиацияның { $count } келісімі бойынша міндеттемелерін орындамады.
dash-late-commitments = Мерзімі өткен міндеттемелер
dash-late-none = Мерзімі өткен міндеттеме жоқ.
m-public-mediator = Тек профилі мен жұмыс нәтижелері бәріне ашық медиатор
c-evidence = Дәлел
c-evidence-file = Дәлел: фотосуреттер немесе PDF құжаттар (міндетті емес)
nav-dialogues = Қоғамдық диалогтар
dialogues-title = Қоғамдық диалогтар
dialogues-lead = Қауымдастықтар ортақ мәселелерді бейтарап фасилитатормен талқылайды. Оқуға бәрі құқылы, жүйеге кіргендер қатысады, жауапты органдар жауап беруге міндетті.
dialogues-empty = Әзірге қоғамдық диалог жоқ.
dialogue-open = Диалог ашу
dialogue-open-lead = Үйлестірушінің диалогы бірден ашылады. Медиатордың диалогы аумақ үйлестірушісінің мақұлдауын күтеді, оны медиатор жүргізеді.
dialogue-open-submit = Диалогты ашу
dialogue-question = Сұрақ
dialogue-question-hint = 10-нан 300 таңбаға дейін: қауымдастық нені шешуі керек?
dialogue-background-kk = Қазақша түсінік
dialogue-background-ru = Орысша түсінік
dialogue-background-en = Ағылшынша түсінік
dialogue-territory = Аумақ
dialogue-facilitator = Фасилитатор (сертификатталған медиатор)
dialogue-choose = Таңдаңыз…
dialogue-opens-on = Ашылады
dialogue-closes-on = Жабылады
dialogue-body = Жауап беретін орган
dialogue-grievances = Байланысты өтініштер (міндетті емес)
dialogue-grievances-hint = Өтініш кодтары, бос орынмен бөлінген.
dialogue-residents-only = Тек осы аумақты өзінікі деп санайтындар қатысады
dialogue-phase-proposed = Мақұлдауды күтуде
dialogue-phase-upcoming = Жақында ашылады
dialogue-phase-open = Ашық
dialogue-phase-closed = Жабық
dialogue-approve = Диалогты мақұлдау
dialogue-bodies = Жауап беруі тиіс
dialogue-taking-part = Қатысушылар
dialogue-nobody-yet = әзірге ешкім
dialogue-kind-citizen = азаматтар
dialogue-kind-aksakal = ақсақалдар
dialogue-kind-community_leader = қауымдастық көшбасшылары
dialogue-kind-association = бірлестіктер
dialogue-kind-expert = сарапшылар
dialogue-kind-official = лауазымды тұлғалар
dialogue-sign-in = Қатысу үшін кіріңіз
dialogue-join = Қатысу
dialogue-resident = Мен { $place } аумағында тұрамын немесе бұл менің қауымдастығым
dialogue-next = Сіз қалай ойлайсыз?
dialogue-all-voted = Сіз барлық пікірге дауыс бердіңіз. Жаңаларына оралыңыз.
dialogue-agree = Келісемін
dialogue-disagree = Келіспеймін
dialogue-pass = Өткізу
dialogue-your-vote = Сіздің дауысыңыз
dialogue-write = Пікір қосу
dialogue-statement = Пікір
dialogue-statement-hint = Бір ой, 280 таңбадан аспайды. Басқалар оған дауыс береді.
dialogue-write-submit = Пікірді қосу
dialogue-seed = Бастапқы пікір
dialogue-seed-submit = Бастапқы пікірді қосу
dialogue-held = Тексерудегі пікірлер
dialogue-show = Көрсету
dialogue-hide = Жасыру
dialogue-statements = Пікірлер мен дауыстар
dialogue-map-title = Пікірлер картасы
dialogue-map-svg-title = Ұқсас дауыс берген қатысушылар топтары, мүшелер санына қарай
dialogue-map-too-few = Топтар 15 адам әрқайсысы кемінде 7 пікірге дауыс бергенде көрінеді; әзірге { $eligible }.
dialogue-map-no-camps = Дауыстарда айқын топтар жоқ.
dialogue-group-label = { $name } тобы: { $size } адам
dialogue-groups-caption = Топтар және оларды ерекшелейтін пікірлер
dialogue-group = Топ
dialogue-group-size = Адам
dialogue-group-apart = Ерекшелігі
dialogue-group-agrees = { $share }% келіседі
dialogue-group-disagrees = { $share }% келіспейді
dialogue-common-ground = Ортақ келісім
dialogue-common-ground-none = Әзірге барлық топ келіскен пікір жоқ.
dash-open-dialogue = Осы бойынша қоғамдық диалог ашу
err-dialogue-too-short = Тым қысқа.
err-dialogue-too-long = Тым ұзын.
err-dialogue-required = Осы өрісті толтырыңыз.
err-dialogue-unknown = Табылмады: тексеріңіз.
err-dialogue-not-certified = Сертификаты жарамды медиаторды таңдаңыз.
err-dialogue-date = Күнді көрсетіңіз.
err-dialogue-before-opening = Жабылу күні ашылу күнінен бұрын.
err-dialogue-past = Жабылу күні өтіп кетті.
err-dialogue-twice = Екі рет көрсетілген.
err-dialogue-question-too-short = Сұрақты кемінде 10 таңбамен жазыңыз.
err-dialogue-question-too-long = Сұрақ тым ұзын: 300 таңбадан аспауы керек.
err-dialogue-background-required = Мән-жайды кемінде бір тілде жазыңыз.
err-dialogue-background-too-long = Мән-жай тым ұзын.
err-dialogue-kato-unknown = Аумақты тізімнен таңдаңыз.
err-dialogue-opens_on-date = Ашылу күнін енгізіңіз.
err-dialogue-closes_on-date = Жабылу күнін енгізіңіз.
err-dialogue-bodies-required = Жауап беруге тиіс органды таңдаңыз.
err-dialogue-bodies-unknown = Органды тізімнен таңдаңыз.
err-dialogue-bodies-twice = Орган екі рет таңдалған.
err-dialogue-grievances-unknown = Өтініш коды табылмады: кодтарды тексеріңіз.
err-dialogue-not-open = Диалог ашық емес.
err-dialogue-closed = Диалог жабық.
err-dialogue-choose = Таңдаңыз: келісемін, келіспеймін немесе өткізу.
dialogue-report = Қорытынды есеп
dialogue-report-publish = Есепті жариялау
dialogue-report-groups = Топтар және олардың ерекшеліктері
dialogue-recommendations = Органдарға ұсыныстар
dialogue-recommendations-hint = Әр жолда бір тармақ, 10-нан аспайды. Әр орган әр тармаққа жауап береді.
dialogue-answer-due = Органдар жауап беретін мерзім
dialogue-answer-of = Жауап: { $body }
dialogue-answer-for = { $body } атынан жауап, тармақ бойынша
dialogue-answer-submit = Жауапты жариялау
dialogue-answer-waiting = Әлі жауап бермегендер
err-dialogue-not-closed = Есеп жабылу күнінен бастап жарияланады.
err-dialogue-already = Бұл бұрын орындалған.
err-dialogue-too-many = 10 тармақтан аспауы керек.
err-dialogue-no-report = Жауап беретін есеп әлі жоқ.
err-dialogue-every-point = Әр тармаққа кемінде 10 таңбамен жауап беріңіз.
dialogue-download = Пікірлер мен дауыстарды жүктеу:
mail-dialogue-overdue-subject = Қоғамдық диалогқа жауап мерзімі өтті
mail-dialogue-overdue-body = Сәлеметсіз бе!

    «{ $question }» қоғамдық диалогына жауап { $due } дейін берілуі керек еді. Жауап бермегендер: { $bodies }.

    Енді диалог сізге, бір деңгей жоғары берілді. Есепті оқып, жауапты қадағалаңыз: { $link }
dialogue-escalated = Жауап мерзімі өтті. { $date } диалог бір деңгей жоғары, «{ $level }» деңгейінің үйлестірушілеріне берілді.
mail-dialogue-proposed-subject = Қоғамдық диалог сіздің мақұлдауыңызды күтуде
mail-dialogue-proposed-body = Сәлеметсіз бе!

    Медиатор сіздің аумағыңызда қоғамдық диалог ұсынады: «{ $question }». Үйлестіруші мақұлдағанға дейін ол жұртқа көрінбейді.

    Оқып, мақұлдаңыз: { $link }
mail-dialogue-approved-subject = Сіздің қоғамдық диалогыңыз мақұлданды
mail-dialogue-approved-body = Сәлеметсіз бе!

    Сіз жүргізетін «{ $question }» қоғамдық диалогы мақұлданды және жұртқа ашық. Алғашқы пікірлерді қосыңыз: { $link }
mail-dialogue-reported-subject = Қоғамдық диалогтың есебі жарияланды
mail-dialogue-reported-body = Сәлеметсіз бе!

    Жүргізуші «{ $question }» қоғамдық диалогының есебін жариялады: кім қатысты, неде келісім бар және органдарға ұсынымдар. Органдар 15 жұмыс күні ішінде әр тармаққа жария жауап береді.

    Оқу: { $link }
mail-dialogue-answered-subject = Орган қоғамдық диалогқа жауап берді
mail-dialogue-answered-body = Сәлеметсіз бе!

    { $body } «{ $question }» қоғамдық диалогының есебіне әр тармақ бойынша жауап берді.

    Жауапты оқу: { $link }
dialogue-label-citizen = азамат
dialogue-label-aksakal = ақсақал
dialogue-label-community_leader = қауым көшбасшысы
dialogue-label-association = бірлестік
dialogue-label-expert = сарапшы
dialogue-label-official = орган өкілі
dialogue-label-title = Мүдделі тарапты белгілеу
dialogue-label-lead = Ақсақалдар, бірлестіктер, сарапшылар және орган өкілдері көрінетін белгімен қатысады, ол олардың пікірлерінің жанында көрсетіледі. Қатысушыны тіркелген мекенжайы бойынша көрсетіңіз; белгіні алу үшін «азамат» таңдаңыз.
dialogue-label-kind = Белгі
dialogue-label-submit = Белгілеу
err-dialogue-choose-kind = Белгіні таңдаңыз.
err-dialogue-not-participant = Қатысушылар арасында мұндай мекенжай жоқ.
alert-kind-dialogue_hidden = Қоғамдық диалогта әдеттегіден әлдеқайда көп жасырылуда
alert-why-dialogue_hidden = «{ $question }» қоғамдық диалогында соңғы 7 күнде жазылған { $new } пікірдің { $hidden } ұсталды немесе жасырылды; диалогтарда әдетте { $usual }%.
alert-kind-dialogue_drift = Қоғамдық диалогтағы топтар алшақтауда
alert-why-dialogue_drift = «{ $question }» қоғамдық диалогында топтар енді { $apart } алшақ (0 — бірдей дауыс береді, 1 — бәрінде қарама-қарсы), бір апта бұрын { $last } еді.
dash-see-dialogue = Диалогты ашу

dialogue-discussion = Талқылау
dialogue-discussion-join = Талқылауға қатысу үшін жоғарыдағы диалогқа қосылыңыз.
actor-facilitator = жүргізуші
err-room-not-open = Талқылау диалог жүріп жатқанда ғана ашық.
